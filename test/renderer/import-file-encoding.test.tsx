import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { firstInvalidUtf8Byte } from '@shared/exchange/utf8'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { ImportPanel } from '../../renderer/src/components/ImportPanel'
import { readFileText } from '../../renderer/src/read-file-text'
import { fakeApi } from '../helpers/fake-api'

// bytes no well-formed UTF-8 holds, or holds only as part of a sequence (a lone continuation, an overlong form, a surrogate)
const badByteRuns = fc.constantFrom([0xff], [0xfe], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82])

describe('reading a chosen file (browser edition and desktop renderer)', () => {
  it('gives back the exact text of any valid UTF-8 file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (text) => {
        expect(await readFileText(new Blob([new TextEncoder().encode(text)]))).toEqual({ ok: true, text })
      })
    )
  })

  it('refuses a file holding a byte that is not UTF-8, saying at which byte, where a lossy read replaced it with U+FFFD', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), badByteRuns, fc.string({ maxLength: 30 }), async (before, bad, after) => {
        const head = new TextEncoder().encode(before)
        const bytes = new Uint8Array([...head, ...bad, ...new TextEncoder().encode(after)])
        // the first bad byte is where the inserted run starts
        expect(firstInvalidUtf8Byte(bytes)).toBe(head.length)
        expect(await readFileText(new Blob([bytes]))).toEqual({
          ok: false,
          reason: `The file is not valid UTF-8 (at byte ${head.length}); save it as UTF-8 and choose it again`
        })
      })
    )
  })

  it('the import panel says so and sends nothing to preview', async () => {
    const { api, calls } = await fakeApi()
    render(
      <ApiProvider api={api}>
        <ImportPanel onImported={() => undefined} />
      </ApiProvider>
    )
    const file = new File([new Uint8Array([0x7b, 0x22, 0x61, 0xff, 0x22, 0x7d])], 'latin1.json', { type: 'application/json' })
    await userEvent.upload(screen.getByLabelText(/Import an engagement file or bundle/), file)
    expect(await screen.findByText(/The file is not valid UTF-8 \(at byte 3\)/)).toBeTruthy()
    expect(calls.filter((c) => c.method === 'previewImport')).toEqual([])
  })
})
