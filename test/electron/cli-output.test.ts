import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CliIo } from '../../electron/cli/cli-types'
import { nodeIo, terminalSafe } from '../../electron/cli/node-io'
import { checkOutputPath, removePendingTempFiles, writeFileAtomic, type AtomicWriteFs } from '../../electron/cli/output-file'
import { runCli } from '../../electron/cli/run-cli'
import { examplePath } from './cli-run'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'al-cli-out-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('checkOutputPath (before any work starts)', () => {
  it('accepts a new or existing file in an existing, writable folder', async () => {
    expect(await checkOutputPath(join(dir, 'new.pdf'))).toBeNull()
    writeFileSync(join(dir, 'old.pdf'), 'old')
    expect(await checkOutputPath(join(dir, 'old.pdf'))).toBeNull()
  })

  it('refuses a missing folder, a folder as the target, and a file as the folder', async () => {
    expect(await checkOutputPath(join(dir, 'nope', 'x.pdf'))).toBe(`The folder ${join(dir, 'nope')} does not exist`)
    expect(await checkOutputPath(dir)).toMatch(/is a folder; give a file name inside it/)
    expect(await checkOutputPath(`${dir}/`)).toMatch(/names a folder/)
    writeFileSync(join(dir, 'file'), 'x')
    expect(await checkOutputPath(join(dir, 'file', 'x.pdf'))).toMatch(/is not a folder|not a folder/)
  })

  it('refuses a pipe (writing to one could block forever)', async () => {
    const fifo = join(dir, 'fifo.pdf')
    execFileSync('mkfifo', [fifo])
    expect(await checkOutputPath(fifo)).toMatch(/not a regular file/)
  })
})

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temp file', async () => {
    const target = join(dir, 'out.pdf')
    writeFileSync(target, 'old')
    await writeFileAtomic(target, 'new content')
    expect(readFileSync(target, 'utf8')).toBe('new content')
    expect(readdirSync(dir)).toEqual(['out.pdf'])
  })

  it('a producer handing over chunks without waiting gets them written in order, however the writes finish', async () => {
    const target = join(dir, 'packet.pdf')
    // a file system whose writes finish in reverse order of their start, as concurrent writes may under load
    const landed: string[] = []
    const reordering: AtomicWriteFs = {
      open: async (path, flags) => {
        const handle = await open(path, flags)
        let inFlight = 0
        return {
          writeFile: async (data: Uint8Array | string) => {
            inFlight++
            await new Promise((r) => setTimeout(r, 20 / inFlight))
            landed.push(String(typeof data === 'string' ? data : Buffer.from(data).toString('latin1')))
            inFlight--
          },
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      },
      rename: async () => undefined,
      unlink: async () => undefined
    }
    const chunks = Array.from({ length: 6 }, (_, i) => `chunk-${i};`)
    await writeFileAtomic(
      target,
      async (write) => {
        // like the packet writer: every chunk handed over first, then all awaited together
        await Promise.all(chunks.map((c) => write(new TextEncoder().encode(c))))
      },
      reordering
    )
    expect(landed).toEqual(chunks)
  })

  it('on a full disk: the target keeps its old content and the half-written temp file is removed', async () => {
    const target = join(dir, 'out.pdf')
    writeFileSync(target, 'the previous report')
    // a disk that fills up half way through the write: part of the data lands, then ENOSPC
    const fullDisk: AtomicWriteFs = {
      open: async (path, flags) => {
        const handle = await open(path, flags)
        return {
          writeFile: async (data: Uint8Array | string) => {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 5) : data.subarray(0, 5))
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
          },
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      },
      rename: vi.fn(async () => undefined),
      unlink: (path) => import('node:fs/promises').then((fs) => fs.unlink(path))
    }
    await expect(writeFileAtomic(target, 'a much longer new report', fullDisk)).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(fullDisk.rename).not.toHaveBeenCalled()
    expect(readFileSync(target, 'utf8')).toBe('the previous report')
    expect(readdirSync(dir)).toEqual(['out.pdf'])
  })

  it('an interrupted write (Ctrl-C) leaves no temp file: the signal handler removes what is in progress', async () => {
    const target = join(dir, 'out.pdf')
    let release = (): void => undefined
    let started = (): void => undefined
    const writingStarted = new Promise<void>((resume) => (started = resume))
    // a write that is still going when the user presses Ctrl-C
    const slow: AtomicWriteFs = {
      open: async (path, flags) => {
        const handle = await open(path, flags)
        return {
          writeFile: async (data: Uint8Array | string) => {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3))
            started()
            await new Promise<void>((resume) => (release = resume))
          },
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      },
      rename: vi.fn(async () => undefined),
      unlink: async () => undefined
    }
    const writing = writeFileAtomic(target, 'the whole report', slow)
    await writingStarted
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true)
    removePendingTempFiles()
    expect(readdirSync(dir)).toEqual([])
    release()
    await writing.catch(() => undefined)
  })

  it('when the rename fails the temp file is removed too', async () => {
    const target = join(dir, 'out.pdf')
    mkdirSync(target) // renaming a file over a folder fails
    await expect(writeFileAtomic(target, 'x')).rejects.toBeTruthy()
    expect(readdirSync(dir)).toEqual(['out.pdf'])
  })
})

describe('report and packet check -o first', () => {
  /** The real file system for the output checks, but no rendering cost: inputs come from the examples. */
  const io = (): { io: CliIo; err: string[]; written: string[] } => {
    const err: string[] = []
    const written: string[] = []
    return {
      err,
      written,
      io: {
        ...nodeIo,
        out: () => undefined,
        err: (text) => void err.push(text),
        readText: vi.fn(nodeIo.readText),
        writeFileAtomic: async (path) => void written.push(path)
      }
    }
  }

  it.each([['report'], ['packet']])('%s with -o in a missing folder fails at once (exit 1) without reading the input', async (command) => {
    const r = io()
    const out = join(dir, 'missing', 'out.pdf')
    expect(await runCli([command, examplePath('managed-contact-centre.json'), '-o', out], r.io)).toBe(1)
    expect(r.err.join('\n')).toBe(`Cannot write ${out}: The folder ${join(dir, 'missing')} does not exist`)
    expect(r.io.readText).not.toHaveBeenCalled()
    expect(r.written).toEqual([])
  })

  it('report with -o naming a folder fails at once', async () => {
    const r = io()
    expect(await runCli(['report', examplePath('managed-contact-centre.json'), '-o', dir], r.io)).toBe(1)
    expect(r.err.join('\n')).toMatch(/is a folder; give a file name inside it/)
    expect(r.io.readText).not.toHaveBeenCalled()
  })

  it('-o naming the input file (or a packet input in its folder) is refused: the PDF would replace the data, finals and all', async () => {
    const data = join(dir, 'data.json')
    writeFileSync(data, readFileSync(examplePath('managed-contact-centre.json')))
    const report = io()
    // the same file under another spelling (relative to the working folder)
    expect(await runCli(['report', data, '-o', relative(process.cwd(), data)], report.io)).toBe(1)
    expect(report.err.join('\n')).toMatch(/is the input file .*data\.json; the PDF would replace your data/)
    expect(report.written).toEqual([])
    const packet = io()
    expect(await runCli(['packet', dir, '-o', data], packet.io)).toBe(1)
    expect(packet.err.join('\n')).toMatch(/is the input file/)
    expect(packet.written).toEqual([])
    expect(readFileSync(data, 'utf8')).toBe(readFileSync(examplePath('managed-contact-centre.json'), 'utf8'))
  })

  it('-o reaching the input through a link is refused too: renaming over the link target would replace the data', async () => {
    const data = join(dir, 'data.json')
    const original = readFileSync(examplePath('managed-contact-centre.json'))
    writeFileSync(data, original)
    // the input named through a link to it, the output naming the file itself
    symlinkSync(data, join(dir, 'link.json'))
    const viaLinkedInput = io()
    expect(await runCli(['report', join(dir, 'link.json'), '-o', data], viaLinkedInput.io)).toBe(1)
    expect(viaLinkedInput.err.join('\n')).toMatch(/is the input file .*link\.json; the PDF would replace your data/)
    // the output named through a linked folder
    mkdirSync(join(dir, 'real'))
    const inner = join(dir, 'real', 'data.json')
    writeFileSync(inner, original)
    symlinkSync(join(dir, 'real'), join(dir, 'alias'))
    const viaLinkedFolder = io()
    expect(await runCli(['report', inner, '-o', join(dir, 'alias', 'data.json')], viaLinkedFolder.io)).toBe(1)
    expect(viaLinkedFolder.err.join('\n')).toMatch(/is the input file/)
    // a packet whose folder holds a link to one of its inputs is refused as well
    const packet = io()
    expect(await runCli(['packet', join(dir, 'alias'), '-o', inner], packet.io)).toBe(1)
    expect(packet.err.join('\n')).toMatch(/is the input file/)
    expect([...viaLinkedInput.written, ...viaLinkedFolder.written, ...packet.written]).toEqual([])
    expect(readFileSync(data)).toEqual(original)
    expect(readFileSync(inner)).toEqual(original)
  })

  it('a usage error still wins over the output check (exit 2)', async () => {
    const r = io()
    expect(await runCli(['report', '-o', join(dir, 'missing', 'x.pdf')], r.io)).toBe(2)
  })
})

describe('what reaches the terminal', () => {
  it('control characters from a file (escape sequences, carriage returns) are shown as escapes, never sent', async () => {
    const file = JSON.parse(readFileSync(examplePath('managed-contact-centre.json'), 'utf8')) as { engagement: { vendorName: string } }
    // a name holding them is refused (typed-fields.ts), so they reach the terminal in the file's path
    file.engagement.vendorName = 'Evil\u001b[2J Ltd'
    const data = join(dir, 'Evil\u001b[2J\u001b]0;owned\u0007 Ltd\r\u001b[2KMatch: all fine.json')
    writeFileSync(data, JSON.stringify(file))
    const written: string[] = []
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true))
    const errors = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true))
    let code: number
    try {
      code = await runCli(['score', data], nodeIo)
    } finally {
      spy.mockRestore()
      errors.mockRestore()
    }
    expect(written.join('')).toContain('engagement.vendorName: Contains a control or invalid character (U+001B)')
    expect(code).toBe(1)
    const out = written.join('')
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(out).toContain('Evil\\x1b[2J\\x1b]0;owned\\x07 Ltd\\x0d\\x1b[2KMatch: all fine.json')
    expect(terminalSafe('tab\tindented – Łódź')).toBe('tab\tindented – Łódź')
  })
})

describe('the files of a packet folder', () => {
  it('are every entry named .json, whatever it is: a pipe or a folder among them is read and refused, never left out unseen', async () => {
    writeFileSync(join(dir, 'a.json'), '{}')
    execFileSync('mkfifo', [join(dir, 'b.json')])
    mkdirSync(join(dir, 'c.json'))
    writeFileSync(join(dir, 'd.txt'), 'x')
    expect(await nodeIo.listJsonFiles(dir)).toEqual(['a.json', 'b.json', 'c.json'].map((f) => join(dir, f)))
  })
})
