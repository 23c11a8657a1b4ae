import type { jsPDF } from 'jspdf'
import type { PdfCanvas } from './canvas'
import { compactPages } from './compact-pages'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE, type Colour, type TextStyle } from './theme'
import type { Typesetter } from './typesetter'

export type Bookmark = { title: string; page: number; children: Bookmark[] }

/** The baseline of a line drawn in a box starting at `top`, for a style's size and leading. */
export function baseline(top: number, style: TextStyle): number {
  return top + style.leading / 2 + style.size * 0.35
}

export type ParagraphOptions = { x?: number; width?: number; colour?: Colour; after?: number }

/**
 * The flow of content down the pages: a cursor, page breaks that never split a line, headings that
 * keep with what follows, and the bookmarks and section pages collected on the way. Page numbers are
 * the document's: a report drawn into an audit packet starts on `firstPage`, not on page 1.
 */
export class Layout {
  y: number = PAGE.top
  page: number
  readonly bottom = PAGE.height - PAGE.bottom
  readonly outline: Bookmark[] = []
  readonly sectionPages = new Map<string, number>()

  constructor(
    readonly doc: jsPDF,
    readonly canvas: PdfCanvas,
    readonly ts: Typesetter,
    private readonly onPageStart: () => void,
    readonly firstPage = 1
  ) {
    this.page = firstPage
  }

  newPage(): void {
    // the page left is done but for later overlays: its operators joined into one string now
    compactPages(this.doc, this.page, this.page)
    this.doc.addPage()
    this.page++
    this.canvas.pageChanged()
    this.y = PAGE.top
    this.onPageStart()
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage()
  }

  remaining(): number {
    return this.bottom - this.y
  }

  space(height: number): void {
    this.y += height
  }

  /** Draws already wrapped lines, breaking pages between lines. */
  lines(lines: readonly string[], style: TextStyle, x: number = PAGE.left, colour: Colour = COLOURS.ink): void {
    for (const line of lines) {
      this.ensure(style.leading)
      this.canvas.text(line, x, baseline(this.y, style), style.face, style.size, colour)
      this.y += style.leading
    }
  }

  /** Lines that together show a web address, each a clickable link to it (a PDF link annotation). */
  linkLines(lines: readonly string[], url: string, style: TextStyle, x: number = PAGE.left): void {
    for (const line of lines) {
      this.ensure(style.leading)
      this.canvas.text(line, x, baseline(this.y, style), style.face, style.size, COLOURS.link)
      this.doc.link(x, this.y, this.ts.width(line, style.face, style.size), style.leading, { url })
      this.y += style.leading
    }
  }

  paragraph(text: string, style: TextStyle = TYPE.body, options: ParagraphOptions = {}): void {
    const x = options.x ?? PAGE.left
    const lines = this.ts.wrap(text, style, options.width ?? PAGE.left + CONTENT_WIDTH - x)
    this.lines(lines, style, x, options.colour ?? COLOURS.ink)
    this.y += options.after ?? 6
  }

  /**
   * A numbered report section, bookmarked at the top level. It starts on a new page, except where
   * the page so far holds only the last few lines of the section before (less than a third of
   * it): then it follows on that page, so the report has no near-empty pages. `ownPage` keeps the
   * new page always (the audit packet's own parts).
   */
  section(id: string, title: string, options: { ownPage?: boolean } = {}): void {
    const used = (this.y - PAGE.top) / (this.bottom - PAGE.top)
    const follow = !options.ownPage && this.page > this.firstPage && this.y > PAGE.top && used < 1 / 3
    if (follow) {
      this.y += 22
    } else if (this.page > this.firstPage || this.y > PAGE.top) this.newPage()
    this.sectionPages.set(id, this.page)
    this.outline.push({ title, page: this.page, children: [] })
    this.canvas.text(this.ts.cover(title, 'bold'), PAGE.left, baseline(this.y, TYPE.h1), 'bold', TYPE.h1.size, COLOURS.navy)
    this.y += TYPE.h1.leading + 4
    this.canvas.line(PAGE.left, this.y, PAGE.left + CONTENT_WIDTH, this.y, COLOURS.navy, 1)
    this.y += 14
  }

  /** A heading kept together with at least `keep` points of what follows. */
  heading(title: string, style: TextStyle = TYPE.h2, keep = 48, bookmark = false): void {
    const lines = this.ts.wrap(title, style, CONTENT_WIDTH)
    this.ensure(lines.length * style.leading + keep)
    if (bookmark) this.bookmark(title)
    this.lines(lines, style, PAGE.left, COLOURS.navy)
    this.y += 4
  }

  /** A bookmark under the current section, pointing at the current page. */
  bookmark(title: string): void {
    const parent = this.outline.at(-1)
    const mark = { title, page: this.page, children: [] }
    if (parent) parent.children.push(mark)
    else this.outline.push(mark)
  }

  /** A bulleted list item with a hanging indent. */
  bullet(text: string, style: TextStyle = TYPE.body, x: number = PAGE.left, colour: Colour = COLOURS.ink): void {
    const indent = 12
    const lines = this.ts.wrap(text, style, PAGE.left + CONTENT_WIDTH - x - indent)
    this.ensure(style.leading)
    this.canvas.text(this.ts.cover('•', style.face), x + 2, baseline(this.y, style), style.face, style.size, colour)
    this.lines(lines, style, x + indent, colour)
    this.y += 2
  }
}
