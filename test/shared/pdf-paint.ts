import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { COLOURS } from '@shared/report/render/theme'

const hex = (operands: string): string =>
  `#${operands
    .split(' ')
    .map((v) =>
      Math.round(Number(v) * 255)
        .toString(16)
        .padStart(2, '0')
    )
    .join('')}`

/** Per page, how many fills are painted in the watermark's colour (from pdf.js's operator list). */
export async function watermarkFills(bytes: Uint8Array): Promise<number[]> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
  const watermark = hex(COLOURS.watermark)
  try {
    const counts: number[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const ops = await (await doc.getPage(p)).getOperatorList()
      let n = 0
      ops.fnArray.forEach((fn, i) => {
        if (fn === OPS.setFillRGBColor && String(ops.argsArray[i]?.[0]).toLowerCase() === watermark) n++
      })
      counts.push(n)
    }
    return counts
  } finally {
    await doc.destroy()
  }
}

export type CoverLines = { lines: string[]; title: unknown; lang: string | null }

/**
 * The text of one page as a reader copies it: text runs on one line joined as they are (pdf.js
 * marks the end of each line), lines split at those marks.
 */
export async function pageLines(bytes: Uint8Array, page = 1): Promise<CoverLines> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
  try {
    const content = await (await doc.getPage(page)).getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
    const meta = await doc.getMetadata()
    return { lines: text.split('\n').map((l) => l.trim()), title: (meta.info as Record<string, unknown>)['Title'], lang: content.lang }
  } finally {
    await doc.destroy()
  }
}
