import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { normalFormOf } from '../../electron/cli/pdf-normal-form'
import { findPrintedFingerprint } from '../../electron/cli/pdf-text-fingerprint'
import { MAX_STREAM_INFLATED_BYTES } from '../../electron/cli/inflate-limits'

/** A PDF-shaped file whose one Flate stream inflates to `inflated` bytes of spaces (a few kB on disk). */
function bomb(inflated: number): Uint8Array {
  const data = deflateSync(Buffer.alloc(inflated, 0x20), { level: 9 })
  const head = Buffer.from(`%PDF-1.3\n1 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1')
  const tail = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n0\n%%EOF\n', 'latin1')
  return new Uint8Array(Buffer.concat([head, data, tail]))
}

describe('verify inflates a crafted PDF within limits (attacker review: 1.2 MB took 18 s and 2.1 GB)', () => {
  const file = bomb(MAX_STREAM_INFLATED_BYTES + 2 ** 20)

  it('refuses a stream that inflates past the limit, saying so, as a problem of the file', () => {
    expect(file.byteLength).toBeLessThan(200_000)
    const read = normalFormOf(file)
    expect('problem' in read ? read.problem : 'read').toMatch(/^object 1: its stream inflates to more than 64 MB/)
  })

  it('the printed-fingerprint fallback stops reading and finds nothing', () => {
    expect(findPrintedFingerprint(file)).toBeNull()
  })

  it('reads a stream within the limit as before', () => {
    const read = normalFormOf(bomb(1000))
    expect('parts' in read ? read.parts[0] : read).toBe(`1 0 obj << /Length /Filter /FlateDecode >>\nstream ${' '.repeat(1000)}`)
  })
})
