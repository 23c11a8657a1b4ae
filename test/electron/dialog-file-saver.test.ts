import { mkdtempSync } from 'node:fs'
import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BaseWindow, Dialog, SaveDialogOptions } from 'electron'
import { createDialogFileSaver } from '../../electron/main/files/dialog-file-saver'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'al-export-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function saverAnswering(filePath: string | undefined, parent: BaseWindow | null = null) {
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: filePath === undefined, filePath: filePath ?? '' }))
  const saver = createDialogFileSaver({
    dialog: { showSaveDialog } as unknown as Pick<Dialog, 'showSaveDialog'>,
    parentWindow: () => parent,
    defaultDir: () => dir
  })
  const optionsOf = (call = 0): SaveDialogOptions => showSaveDialog.mock.calls[call]?.at(-1) as SaveDialogOptions
  return { saver, showSaveDialog, optionsOf }
}

describe('dialog file saver', () => {
  it('answers null when the user cancels, and writes nothing', async () => {
    const { saver } = saverAnswering(undefined)
    expect(await saver.save({ suggestedName: 'x.json', mime: 'application/json', data: '{}' })).toEqual({ ok: true, value: null })
    expect(await readdir(dir)).toEqual([])
  })

  it('writes exactly the bytes to the chosen path, leaving no temp file', async () => {
    const target = join(dir, 'Łódź Services.json')
    const { saver, optionsOf } = saverAnswering(target)
    const data = '{"vendor":"Łódź Services Sp. z o.o."}\n'
    expect(await saver.save({ suggestedName: 'Lodz-Services.json', mime: 'application/json', data })).toEqual({
      ok: true,
      value: { savedAs: target }
    })
    expect(await readFile(target, 'utf8')).toBe(data)
    expect(await readdir(dir)).toEqual(['Łódź Services.json'])
    expect(optionsOf().defaultPath).toBe(join(dir, 'Lodz-Services.json'))
    expect(optionsOf().filters).toEqual([{ name: "Arm's Length engagement file", extensions: ['json'] }])
    expect(optionsOf().properties).toContain('showOverwriteConfirmation')
  })

  it('writes binary data unchanged', async () => {
    const target = join(dir, 'report.pdf')
    const { saver } = saverAnswering(target)
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80])
    await saver.save({ suggestedName: 'report.pdf', mime: 'application/pdf', data: bytes })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
  })

  it('keeps only the file-name part of a suggested name', async () => {
    const { saver, optionsOf } = saverAnswering(undefined)
    await saver.save({ suggestedName: '../../etc/passwd', mime: 'text/plain', data: '' })
    expect(optionsOf().defaultPath).toBe(join(dir, '.._.._etc_passwd'))
  })

  it('opens the dialog modal to the app window when there is one', async () => {
    const window = {} as BaseWindow
    const { saver, showSaveDialog } = saverAnswering(undefined, window)
    await saver.save({ suggestedName: 'a.json', mime: 'application/json', data: '' })
    expect(showSaveDialog.mock.calls[0]?.[0]).toBe(window)
  })

  it('reports a failed write as io-failed', async () => {
    const blocked = join(dir, 'folder.json')
    await mkdir(blocked)
    await mkdir(join(blocked, 'inside'))
    const { saver } = saverAnswering(blocked)
    const result = await saver.save({ suggestedName: 'folder.json', mime: 'application/json', data: '{}' })
    expect(result.ok ? null : result.error.code).toBe('io-failed')
    expect((await readdir(dir)).sort()).toEqual(['folder.json'])
  })
})
