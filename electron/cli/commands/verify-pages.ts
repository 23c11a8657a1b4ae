import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'

// pdf.js runs its parser on the calling thread when it finds the worker module here; the bundled
// command line then needs no worker file beside it.
;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker

/** Every page's text as a reader extracts it (pdf.js): the page's text runs, one per line. */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  return (await readDocument(pdf)).pages
}

/** The document title from the properties, without reading any page. */
export async function documentTitle(pdf: Uint8Array): Promise<string | null> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const info = (await doc.getMetadata()).info as { Title?: unknown }
    return typeof info.Title === 'string' ? info.Title : null
  } finally {
    await doc.destroy()
  }
}

/** The pages' text and the document title from the properties. */
export async function readDocument(pdf: Uint8Array): Promise<{ pages: string[]; title: string | null }> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const pages: string[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent()
      pages.push(content.items.flatMap((item) => ('str' in item && item.str.length > 0 ? [item.str] : [])).join('\n'))
    }
    const info = (await doc.getMetadata()).info as { Title?: unknown }
    return { pages, title: typeof info.Title === 'string' ? info.Title : null }
  } finally {
    await doc.destroy()
  }
}

export type PageDifference = { page: number; expected: string; found: string }

const MAX_DIFFERENCES = 12

/**
 * Compares the pages of the document with the pages re-rendered from the data: the first line that
 * differs on each page that differs (up to a dozen pages), and a missing or extra page as such.
 */
export function comparePages(expected: readonly string[], found: readonly string[]): PageDifference[] {
  const out: PageDifference[] = []
  const pages = Math.max(expected.length, found.length)
  for (let i = 0; i < pages && out.length < MAX_DIFFERENCES; i++) {
    const want = expected[i]
    const got = found[i]
    if (want === got) continue
    if (want === undefined) out.push({ page: i + 1, expected: '(no such page)', found: firstLine(got ?? '') })
    else if (got === undefined) out.push({ page: i + 1, expected: firstLine(want), found: '(page missing)' })
    else out.push({ page: i + 1, ...firstDifference(want.split('\n'), got.split('\n')) })
  }
  return out
}

function firstDifference(want: readonly string[], got: readonly string[]): { expected: string; found: string } {
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) return { expected: want[i] ?? '(end of page)', found: got[i] ?? '(end of page)' }
  }
  return { expected: '', found: '' }
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '') ?? '(empty page)'
}

/** Every 64-hex-digit value printed on the pages: the fingerprints (and a packet's manifest hash). */
export function printedHashes(pages: readonly string[]): Set<string> {
  const found = new Set<string>()
  for (const page of pages) for (const m of page.matchAll(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g)) found.add(m[0])
  return found
}
