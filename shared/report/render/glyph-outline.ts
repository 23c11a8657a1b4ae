import type { TableRef, TtfFont } from './ttf'

type Point = { x: number; y: number; on: boolean }

/** The contours of a simple TrueType glyph in font units (compound glyphs and empty ones give none). */
export function glyphContours(font: TtfFont, gid: number): Point[][] {
  const start = font.loca[gid] as number
  const end = font.loca[gid + 1] as number
  if (end <= start) return []
  const view = font.view
  const at = (font.tables.get('glyf') as TableRef).offset + start
  const contourCount = view.getInt16(at)
  if (contourCount <= 0) return []
  const ends: number[] = []
  for (let i = 0; i < contourCount; i++) ends.push(view.getUint16(at + 10 + i * 2))
  const pointCount = (ends[contourCount - 1] as number) + 1
  let p = at + 10 + contourCount * 2
  p += 2 + view.getUint16(p) // instructions
  const flags: number[] = []
  while (flags.length < pointCount) {
    const flag = view.getUint8(p++)
    flags.push(flag)
    if (flag & 8) {
      const repeat = view.getUint8(p++)
      for (let r = 0; r < repeat; r++) flags.push(flag)
    }
  }
  const read = (short: number, same: number): number[] => {
    const values: number[] = []
    let v = 0
    for (const flag of flags) {
      if (flag & short) {
        const d = view.getUint8(p++)
        v += flag & same ? d : -d
      } else if (!(flag & same)) {
        v += view.getInt16(p)
        p += 2
      }
      values.push(v)
    }
    return values
  }
  const xs = read(2, 16)
  const ys = read(4, 32)
  const contours: Point[][] = []
  let first = 0
  for (const last of ends) {
    const contour: Point[] = []
    for (let i = first; i <= last; i++) contour.push({ x: xs[i] as number, y: ys[i] as number, on: ((flags[i] as number) & 1) === 1 })
    contours.push(contour)
    first = last + 1
  }
  return contours
}

const fmt = (v: number): string => String(Math.round(v * 100) / 100)

/**
 * PDF path operators for one glyph, each font-unit point mapped by `map` to page points (bottom-left
 * origin). TrueType's quadratic curves become cubic ones; implied on-curve points are restored.
 */
export function glyphPath(contours: readonly Point[][], map: (x: number, y: number) => [number, number]): string {
  const ops: string[] = []
  const xy = (x: number, y: number): string => map(x, y).map(fmt).join(' ')
  for (const contour of contours) {
    if (contour.length === 0) continue
    const n = contour.length
    const startIndex = contour.findIndex((pt) => pt.on)
    const start: Point =
      startIndex >= 0
        ? (contour[startIndex] as Point)
        : {
            x: ((contour[0] as Point).x + (contour[n - 1] as Point).x) / 2,
            y: ((contour[0] as Point).y + (contour[n - 1] as Point).y) / 2,
            on: true
          }
    const from = startIndex >= 0 ? startIndex : n - 1
    ops.push(`${xy(start.x, start.y)} m`)
    let current = start
    let control: Point | null = null
    for (let k = 1; k <= n; k++) {
      const pt = contour[(from + k) % n] as Point
      if (pt.on) {
        if (control) ops.push(cubic(current, control, pt, xy))
        else ops.push(`${xy(pt.x, pt.y)} l`)
        current = pt
        control = null
      } else if (control) {
        const mid = { x: (control.x + pt.x) / 2, y: (control.y + pt.y) / 2, on: true }
        ops.push(cubic(current, control, mid, xy))
        current = mid
        control = pt
      } else control = pt
    }
    if (control) ops.push(cubic(current, control, start, xy))
    ops.push('h')
  }
  return ops.join(' ')
}

function cubic(p0: Point, q: Point, p1: Point, xy: (x: number, y: number) => string): string {
  const c1x = p0.x + (2 / 3) * (q.x - p0.x)
  const c1y = p0.y + (2 / 3) * (q.y - p0.y)
  const c2x = p1.x + (2 / 3) * (q.x - p1.x)
  const c2y = p1.y + (2 / 3) * (q.y - p1.y)
  return `${xy(c1x, c1y)} ${xy(c2x, c2y)} ${xy(p1.x, p1.y)} c`
}
