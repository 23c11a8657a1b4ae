import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import { firstInvalidUtf8Byte } from '@shared/exchange/utf8'
import { RefusedInput, type CliIo } from '../../electron/cli/cli-types'
import { nodeIo, terminalSafe } from '../../electron/cli/node-io'
import { MAX_PDF_BYTES, readInputText } from '../../electron/cli/read-input-file'
import { requirePdfName } from '../../electron/cli/parse-args'
import { runCli } from '../../electron/cli/run-cli'
import { examplePath } from './cli-run'

/* Inputs that are not what they claim: pipes, devices, huge files, bytes that are not UTF-8, text that forges lines. */

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'al-cli-input-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const example = () => readFileSync(examplePath('managed-contact-centre.json'))

/** The real files and the real terminal escaping, output captured line by line. */
function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    ...nodeIo,
    out: (text) => void out.push(terminalSafe(text)),
    err: (text) => void err.push(terminalSafe(text)),
    writeFileAtomic: vi.fn(async () => undefined),
    writeFileStreamAtomic: vi.fn(async () => undefined)
  }
  return runCli(argv, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n'), io }))
}

describe('an input that is not a regular file is refused before it is read', () => {
  it('a named pipe: validate and verify answer at once (they used to wait for a writer for ever)', async () => {
    const fifo = join(dir, 'pipe.json')
    execFileSync('mkfifo', [fifo])
    const data = join(dir, 'data.json')
    writeFileSync(data, example())
    const validate = await run(['validate', fifo])
    expect(validate.code).toBe(1)
    expect(validate.err).toBe(`${fifo}: not a regular file (a named pipe)`)
    const verifyPdf = await run(['verify', fifo, data])
    expect(verifyPdf.code).toBe(1)
    expect(verifyPdf.err).toBe(`${fifo}: not a regular file (a named pipe)`)
  })

  it('/dev/zero, named or through a link: refused as a device (validate failed after seconds with "Invalid string length")', async () => {
    const link = join(dir, 'zero.json')
    symlinkSync('/dev/zero', link)
    const data = join(dir, 'data.json')
    writeFileSync(data, example())
    for (const argv of [
      ['validate', '/dev/zero'],
      ['validate', link],
      ['verify', '/dev/zero', data]
    ]) {
      const r = await run(argv)
      expect(r.code).toBe(1)
      expect(r.err).toBe(`${argv[1]}: not a regular file (a device)`)
    }
  })

  it('a file over the limit is refused by its size on disk, before any of it is read', async () => {
    // sparse files: the size is on disk at once, no bytes written
    const json = join(dir, 'big.json')
    writeFileSync(json, '')
    truncateSync(json, MAX_IMPORT_BYTES + 1)
    const pdf = join(dir, 'big.pdf')
    writeFileSync(pdf, '')
    truncateSync(pdf, MAX_PDF_BYTES + 1)
    const validate = await run(['validate', json])
    expect(validate.code).toBe(1)
    expect(validate.err).toBe(
      `${json}: the file is 50.0 MB (${MAX_IMPORT_BYTES + 1} bytes); the limit is 50 MB (${MAX_IMPORT_BYTES} bytes)`
    )
    const started = performance.now()
    const verify = await run(['verify', pdf, examplePath('managed-contact-centre.json')])
    expect(verify.code).toBe(1)
    expect(verify.err).toBe(`${pdf}: the file is 200.0 MB (${MAX_PDF_BYTES + 1} bytes); the limit is 200 MB (${MAX_PDF_BYTES} bytes)`)
    // reading 200 MB and looking for its structure took seconds; the size alone takes milliseconds
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('a file at the limit is still read whole; one byte more is refused', async () => {
    const path = join(dir, 'ten.json')
    writeFileSync(path, '"12345678"')
    expect(await readInputText(path, 10)).toBe('"12345678"')
    await expect(readInputText(path, 9)).rejects.toThrow(new RefusedInput('the file is 0.0 MB (10 bytes); the limit is 0.0 MB (9 bytes)'))
  })
})

describe('a packet folder', () => {
  it('lists a pipe, a link to a device, a folder and a dangling link named .json as problems: no packet', async () => {
    writeFileSync(join(dir, 'a.json'), example())
    execFileSync('mkfifo', [join(dir, 'b.json')])
    symlinkSync('/dev/zero', join(dir, 'c.json'))
    mkdirSync(join(dir, 'd.json'))
    symlinkSync(join(dir, 'gone'), join(dir, 'e.json'))
    const r = await run(['packet', dir, '-o', join(tmpdir(), 'never-written.pdf')])
    expect(r.code).toBe(1)
    expect(r.err.split('\n')).toEqual([
      `${join(dir, 'b.json')}: not a regular file (a named pipe)`,
      `${join(dir, 'c.json')}: not a regular file (a device)`,
      `${join(dir, 'd.json')}: not a regular file (a folder)`,
      `Cannot read ${join(dir, 'e.json')}`,
      '  (file): No such file',
      'No packet written: 4 files have problems.'
    ])
    expect(r.io.writeFileStreamAtomic).not.toHaveBeenCalled()
  })
})

describe('-o must name a PDF', () => {
  it('packet into its own folder as .json is refused (the next packet of the folder would read it as an input)', async () => {
    writeFileSync(join(dir, 'a.json'), example())
    const r = await run(['packet', dir, '-o', join(dir, 'out.json')])
    expect(r.code).toBe(1)
    expect(r.err).toBe(`Cannot write ${join(dir, 'out.json')}: the output is a PDF; give a file name ending in .pdf`)
    expect(r.io.writeFileStreamAtomic).not.toHaveBeenCalled()
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('report to a name without .pdf is refused; .PDF in capitals is a PDF', async () => {
    const refused = await run(['report', examplePath('managed-contact-centre.json'), '-o', join(dir, 'out.txt')])
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/give a file name ending in \.pdf$/)
    expect(refused.io.writeFileAtomic).not.toHaveBeenCalled()
    // (checked alone: a report takes seconds to render)
    expect(() => requirePdfName(join(dir, 'OUT.PDF'))).not.toThrow()
  })
})

describe('text from a file cannot forge a line of output', () => {
  it('a line feed or a bidirectional control in a vendor name, a title or a path is shown escaped', async () => {
    const file = JSON.parse(example().toString('utf8')) as { engagement: { vendorName: string } }
    // a file holding a line feed or a bidi override in a name is refused (typed-fields.ts); the direction
    // marks a right-to-left name needs are allowed, and reach the terminal escaped
    file.engagement.vendorName = 'Evil Ltd \u200e\u061c'
    const data = join(dir, 'forged\nMatch.json')
    writeFileSync(data, JSON.stringify(file))
    const score = await run(['score', data])
    expect(score.code).toBe(0)
    expect(score.out).toContain('Evil Ltd \\u200e\\u061c')
    file.engagement.vendorName = 'Evil Ltd\nMatch: all fine \u202efdp.exe\u2066x\u2069'
    writeFileSync(data, JSON.stringify(file))
    const refused = await run(['score', data])
    expect(refused.code).toBe(1)
    expect(refused.err.split('\n')).toEqual([
      `${join(dir, 'forged\\nMatch.json')}: The engagement file is not valid.`,
      expect.stringMatching(/^ {2}engagement\.vendorName: Contains a control or invalid character \(U\+000A\)/)
    ])
    expect([...score.out.split('\n'), ...refused.err.split('\n')].some((line) => line.startsWith('Match'))).toBe(false)
    const missing = await run(['validate', join(dir, 'x\nMatch: y.json')])
    expect(missing.err.split('\n')).toEqual([`Cannot read ${join(dir, 'x\\nMatch: y.json')}`, '  (file): No such file'])
  })

  it('the terminal gets one line per call, and the help and JSON still print as several lines', async () => {
    const written: string[] = []
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true))
    try {
      nodeIo.out('one\ntwo \u202b')
      await runCli(['schema'], nodeIo)
      await runCli(['validate', '--help'], nodeIo)
    } finally {
      spy.mockRestore()
    }
    expect(written[0]).toBe('one\\ntwo \\u202b\n')
    expect(written.every((chunk) => chunk.indexOf('\n') === chunk.length - 1)).toBe(true)
    const schemaEnd = written.findIndex((chunk) => chunk === '}\n')
    expect(JSON.parse(written.slice(1, schemaEnd + 1).join(''))).toHaveProperty('$schema')
    expect(written.slice(schemaEnd + 1)[0]).toBe('Usage: armslength validate <file.json>\n')
  })
})

describe('bytes that are not UTF-8', () => {
  const withBytes = (bytes: number[]) => {
    const text = example()
    const at = text.indexOf('Łódź')
    return Buffer.concat([text.subarray(0, at), Buffer.from(bytes), text.subarray(at)])
  }

  it.each([
    ['FF FE', [0xff, 0xfe]],
    ['an overlong slash (C0 AF)', [0xc0, 0xaf]],
    ['a surrogate (ED A0 80)', [0xed, 0xa0, 0x80]]
  ])('%s inside a string is refused with its byte offset (it used to become U+FFFD and read as valid)', async (_name, bytes) => {
    const path = join(dir, 'bad.json')
    const content = withBytes(bytes)
    writeFileSync(path, content)
    const r = await run(['validate', path])
    expect(r.code).toBe(1)
    expect(r.err).toBe(`${path}: not valid UTF-8 at byte ${example().indexOf('Łódź')}`)
  })

  it('a UTF-16 file is still explained as UTF-16', async () => {
    const path = join(dir, 'utf16.json')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example().toString('utf8'), 'utf16le')]))
    const r = await run(['validate', path])
    expect(r.code).toBe(1)
    expect(r.err).toContain('it looks like UTF-16')
  })

  it('the offset finder agrees with the strict decoder on what is valid', () => {
    const cases = [
      [0x41, 0xc3, 0xa9],
      [0xe0, 0x80, 0x80],
      [0xe0, 0xa0, 0x80],
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xc2],
      [0x41, 0xe2, 0x82],
      [0xed, 0x9f, 0xbf],
      [0x80]
    ]
    for (const c of cases) {
      const bytes = new Uint8Array(c)
      let valid = true
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        valid = false
      }
      expect(firstInvalidUtf8Byte(bytes) === null, c.map((b) => b.toString(16)).join(' ')).toBe(valid)
    }
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2)
  })
})
