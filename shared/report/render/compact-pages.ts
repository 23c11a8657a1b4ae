import type { jsPDF } from 'jspdf'

type PagesApi = { internal: { pages: string[][] } }

/**
 * jsPDF keeps each page as an array of the operator strings written to it, and only joins them when
 * the file is output. A packet page holds a few hundred small strings (each a V8 object, many of them
 * concatenation ropes); joining a finished report's pages into one flat string each keeps the
 * packet's memory close to the size of its content. The joined text is what jsPDF would write anyway,
 * and later writes (header, footer) still append to the same arrays. The layout compacts each page as
 * it leaves it (Layout.newPage): the small strings then die young, in the page they were written on,
 * instead of surviving (copied by every minor GC, then promoted) until their report is done.
 */
export function compactPages(doc: jsPDF, first: number, last: number): void {
  // narrow cast: internal.pages is part of jsPDF's plugin API but missing from its typings
  const pages = (doc as unknown as PagesApi).internal.pages
  for (let n = first; n <= last; n++) {
    const page = pages[n]
    if (!page || page.length < 2) continue
    const joined = page.join('\n')
    page.length = 0
    page.push(joined)
  }
}
