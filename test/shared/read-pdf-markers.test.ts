import { describe, expect, it } from 'vitest'
import { readPdfMarkers } from '@shared/report/read-fingerprint'

const FP = '2a4a3cae8ccc45b096543f509e0e0c2c389f8ec30a31b3fe6f1b6d80f606e004'
const bytes = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff))

describe('readPdfMarkers', () => {
  it('reads the markers as the report writes them', () => {
    const pdf = bytes(
      `%PDF-1.3\n<< /Keywords (co-employment; document:AL-1; fingerprint:${FP}; generated:2026-12-06T02:45:11.729Z) >>\n%%EOF\n`
    )
    expect(readPdfMarkers(pdf)).toEqual({ fingerprints: [FP], generatedAt: '2026-12-06T02:45:11.729Z', manifestHash: null, layout: null })
  })

  it('reads them when another program rewrote the file and escaped ":" and ";" as octal', () => {
    // as pypdf writes the Info dictionary of a report whose pages it removed
    const pdf = bytes(
      `%PDF-1.3\n<< /Keywords (co-employment\\073 document\\072AL-1\\073 fingerprint\\072${FP}\\073 generated\\0722026\\05512\\05506T02\\07245\\07211\\056729Z) >>\n%%EOF\n`
    )
    expect(readPdfMarkers(pdf)).toEqual({ fingerprints: [FP], generatedAt: '2026-12-06T02:45:11.729Z', manifestHash: null, layout: null })
  })
})
