import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type PdfFacts = { pages: string[]; outline: string[]; info: Record<string, unknown> }

/** The text of every page, the flattened outline titles and the document properties, via pdfjs. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  type Node = { title: string; items: Node[] }
  const flatten = (nodes: Node[] | null): string[] => (nodes ?? []).flatMap((n) => [n.title, ...flatten(n.items)])
  const outline = flatten((await doc.getOutline()) as Node[] | null)
  const meta = await doc.getMetadata()
  await doc.destroy()
  return { pages, outline, info: meta.info as Record<string, unknown> }
}
