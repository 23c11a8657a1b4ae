import type { CanvasFonts, DocFace, FaceName } from './pdf-fonts'
import { shapeLine } from './shaping'
import { PAGE, type Colour } from './theme'

/**
 * Two decimals are far below anything visible and keep the content streams short. A page repeats
 * the same few coordinates (margins, baselines, sizes), and printing a fraction is the slow part of
 * writing an operator, so the printed form is remembered, by the value in hundredths: an integer, so
 * a plain array's slot for what lies on a page (0 to 1,000 pt), which is about twice as fast as a map
 * keyed by the number itself. Anything else is printed each time. The same text either way.
 */
function n(value: number): string {
  const hundredths = Math.round(value * 100)
  if (hundredths >= 0 && hundredths < PRINTED_SIZE) return (PRINTED[hundredths] ??= String(hundredths / 100))
  return String(hundredths / 100)
}

const PRINTED_SIZE = 100_000
const PRINTED = new Array<string | undefined>(PRINTED_SIZE).fill(undefined)

/**
 * Drawing on the current page with raw PDF operators. Coordinates are in points from the top-left
 * corner (text y is the baseline). jsPDF's own text() runs an Arabic shaper, a bidi pass and a
 * per-character glyph lookup on every call; writing `Tj` with pre-encoded glyph ids is ~10× faster.
 * Text passed here must already be covered (coverText) for the face it is drawn in.
 */
export class PdfCanvas {
  private fill: Colour | null = null
  // the primary faces, looked up once: nearly every text run is drawn in one of them
  private regular: DocFace | null = null
  private bold: DocFace | null = null

  /** `write` appends operators to the current page: a jsPDF page (jspdf-door) or a packet's overlay. */
  constructor(
    private readonly write: (text: string) => void,
    readonly fonts: CanvasFonts
  ) {}

  /** Call after switching page: the graphics state of another page is unknown. */
  pageChanged(): void {
    this.fill = null
  }

  private setFill(colour: Colour): void {
    if (this.fill === colour) return
    this.fill = colour
    this.write(`${colour} rg`)
  }

  text(text: string, x: number, y: number, face: FaceName, size: number, colour: Colour): void {
    if (text.length === 0) return
    this.setFill(colour)
    const set = this.fonts.set
    // most texts are drawn again and again (a packet's bank texts and labels): one drawn whole before in
    // this document is known to be the primary face's throughout, and found without reading it again
    const primary = face === 'bold' ? this.bold : this.regular
    const known = primary?.subset.wholeEncoding(text)
    if (known !== undefined || set.isPrimaryOnly(text, face)) {
      const f = face === 'bold' ? (this.bold ??= this.fonts.get(set.primary.bold)) : (this.regular ??= this.fonts.get(set.primary.regular))
      this.write(`BT /${f.key} ${n(size)} Tf ${n(x)} ${n(PAGE.height - y)} Td (${known ?? f.subset.encodeWhole(text)}) Tj ET`)
      return
    }
    // one text object per run of one face and direction, each at its place in the laid-out line
    for (const run of shapeLine(text, face, set)) {
      const f = this.fonts.get(run.face)
      this.write(
        `BT /${f.key} ${n(size)} Tf ${n(x + (run.offset * size) / 1000)} ${n(PAGE.height - y)} Td (${f.subset.encode(run.text)}) Tj ET`
      )
    }
  }

  /** Text rotated counter-clockwise by `degrees` around its start point (column titles). */
  rotatedText(text: string, x: number, y: number, degrees: number, face: FaceName, size: number, colour: Colour): void {
    const a = (degrees * Math.PI) / 180
    const cos = Math.cos(a)
    const sin = Math.sin(a)
    this.setFill(colour)
    for (const run of shapeLine(text, face, this.fonts.set)) {
      const f = this.fonts.get(run.face)
      const along = (run.offset * size) / 1000
      const rx = x + along * cos
      const ry = PAGE.height - y + along * sin
      this.write(
        `BT /${f.key} ${n(size)} Tf ${n(cos)} ${n(sin)} ${n(-sin)} ${n(cos)} ${n(rx)} ${n(ry)} Tm (${f.subset.encode(run.text)}) Tj ET`
      )
    }
  }

  /** A filled outline given as PDF path operators in points, bottom-left origin (glyph outlines). */
  fillPath(path: string, colour: Colour): void {
    this.setFill(colour)
    this.write(`${path} f`)
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Colour): void {
    this.setFill(colour)
    this.write(`${n(x)} ${n(PAGE.height - y - h)} ${n(w)} ${n(h)} re f`)
  }

  strokeRect(x: number, y: number, w: number, h: number, colour: Colour, width = 0.5): void {
    this.write(`${colour} RG ${n(width)} w ${n(x)} ${n(PAGE.height - y - h)} ${n(w)} ${n(h)} re S`)
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: Colour, width = 0.5, dash?: readonly number[]): void {
    const pattern = dash ? `[${dash.map(n).join(' ')}] 0 d ` : ''
    const reset = dash ? ' [] 0 d' : ''
    this.write(`${colour} RG ${n(width)} w ${pattern}${n(x1)} ${n(PAGE.height - y1)} m ${n(x2)} ${n(PAGE.height - y2)} l S${reset}`)
  }

  /** A filled polygon (points from the top-left origin). */
  polygon(points: readonly (readonly [number, number])[], colour: Colour): void {
    if (points.length < 3) return
    this.setFill(colour)
    const [first, ...rest] = points as [readonly [number, number], ...(readonly [number, number])[]]
    this.write(`${n(first[0])} ${n(PAGE.height - first[1])} m ${rest.map(([x, y]) => `${n(x)} ${n(PAGE.height - y)} l`).join(' ')} h f`)
  }

  /** A filled circle, drawn with four Bézier arcs. */
  circle(cx: number, cy: number, r: number, colour: Colour): void {
    const k = 0.5523 * r
    const y = PAGE.height - cy
    this.setFill(colour)
    this.write(
      `${n(cx + r)} ${n(y)} m ${n(cx + r)} ${n(y + k)} ${n(cx + k)} ${n(y + r)} ${n(cx)} ${n(y + r)} c ` +
        `${n(cx - k)} ${n(y + r)} ${n(cx - r)} ${n(y + k)} ${n(cx - r)} ${n(y)} c ` +
        `${n(cx - r)} ${n(y - k)} ${n(cx - k)} ${n(y - r)} ${n(cx)} ${n(y - r)} c ` +
        `${n(cx + k)} ${n(y - r)} ${n(cx + r)} ${n(y - k)} ${n(cx + r)} ${n(y)} c f`
    )
  }
}
