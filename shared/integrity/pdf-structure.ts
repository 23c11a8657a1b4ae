import type { Problem } from '../util/result'

/**
 * Whether a PDF is one whole document as this app writes it: a single body ending in one `%%EOF`,
 * with nothing after it. An incremental update (a second xref section and `%%EOF`, the way editors
 * append a changed page or value without rewriting the file) or bytes after the end would let the
 * file show something other than what was generated while keeping its original bytes, so `verify`
 * refuses both before reading anything else.
 */
export function pdfStructureProblems(pdf: Uint8Array): Problem[] {
  const text = latin1(pdf)
  const problems: Problem[] = []
  if (!text.startsWith('%PDF-')) problems.push({ path: '(file)', reason: 'not a PDF: it does not start with %PDF-' })
  const eofs = occurrences(text, '%%EOF')
  if (eofs.length === 0) {
    problems.push({ path: '(file)', reason: 'no %%EOF marker: the file is truncated or not a PDF' })
    return problems
  }
  const last = eofs[eofs.length - 1] as number
  const trailing = text.slice(last + 5)
  if (!/^[\r\n\t \0]*$/.test(trailing)) {
    problems.push({
      path: `byte ${last + 5}`,
      reason: `${trailing.length} bytes after the final %%EOF: something was appended to the document`
    })
  }
  const startxrefs = occurrences(text, 'startxref').length
  // (/Prev also links bookmarks; only a trailer's /Prev points to an earlier cross-reference section)
  const chained = /trailer\s*<<(?:(?!>>)[\s\S])*\/Prev\s+\d/.test(text)
  if (eofs.length > 1 || startxrefs > 1 || chained) {
    problems.push({
      path: '(file)',
      reason: `incremental update: ${eofs.length} %%EOF markers and ${startxrefs} cross-reference sections; the document was changed after it was generated`
    })
  }
  return problems
}

function occurrences(text: string, needle: string): number[] {
  const at: number[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) at.push(i)
  return at
}

function latin1(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += 0x8000)
    parts.push(String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + 0x8000))))
  return parts.join('')
}
