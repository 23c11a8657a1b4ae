// Draws the app icon (a navy rounded square with a white balance scale and a gold pivot) and writes
// assets/icons/icon.png (512), icon-256.png and icon.ico. Pure geometry, supersampled for smooth edges,
// encoded with node:zlib only, so the icon can be regenerated anywhere without new dependencies.
//   node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

const OUT = resolve(import.meta.dirname, '..', 'assets', 'icons')

const NAVY = [27, 42, 74]
const WHITE = [255, 255, 255]
const GOLD = [227, 179, 65]

// --- shapes, in unit coordinates (0..1, y down) -------------------------------------------------
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r
}
const bowl = (cx, cy, rx, ry) => (x, y) => y >= cy && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy)
  const d1 = s(ax, ay, bx, by)
  const d2 = s(bx, by, cx, cy)
  const d3 = s(cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}
const any =
  (...shapes) =>
  (x, y) =>
    shapes.some((shape) => shape(x, y))

const pan = (cx) =>
  any(
    capsule(cx, 0.345, cx - 0.092, 0.575, 0.008),
    capsule(cx, 0.345, cx + 0.092, 0.575, 0.008),
    bowl(cx, 0.57, 0.115, 0.07),
    capsule(cx - 0.115, 0.57, cx + 0.115, 0.57, 0.01)
  )

// painted bottom to top; the first layer that covers a sample gives its colour
const LAYERS = [
  { color: GOLD, inside: circle(0.5, 0.265, 0.042) },
  {
    color: WHITE,
    inside: any(
      capsule(0.5, 0.27, 0.5, 0.74, 0.024),
      capsule(0.25, 0.335, 0.75, 0.335, 0.019),
      triangle(0.5, 0.63, 0.405, 0.755, 0.595, 0.755),
      roundedRect(0.33, 0.74, 0.67, 0.79, 0.022),
      pan(0.25),
      pan(0.75)
    )
  },
  { color: NAVY, inside: roundedRect(0.04, 0.04, 0.96, 0.96, 0.2) }
]

function render(size) {
  const ss = size <= 64 ? 8 : 4
  const rgba = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size
          const y = (py + (sy + 0.5) / ss) / size
          const layer = LAYERS.find((l) => l.inside(x, y))
          if (!layer) continue
          r += layer.color[0]
          g += layer.color[1]
          b += layer.color[2]
          a += 1
        }
      }
      const i = (py * size + px) * 4
      if (a > 0) {
        rgba[i] = Math.round(r / a)
        rgba[i + 1] = Math.round(g / a)
        rgba[i + 2] = Math.round(b / a)
      }
      rgba[i + 3] = Math.round((255 * a) / (ss * ss))
    }
  }
  return rgba
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size) {
  const rgba = render(size)
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0 // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

// ICO with PNG-compressed entries (supported since Windows Vista)
function ico(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry[0] = size >= 256 ? 0 : size
    entry[1] = size >= 256 ? 0 : size
    entry.writeUInt16LE(1, 4) // planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)])
}

mkdirSync(OUT, { recursive: true })
writeFileSync(join(OUT, 'icon.png'), png(512))
writeFileSync(join(OUT, 'icon-256.png'), png(256))
writeFileSync(join(OUT, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: png(size) }))))
console.log(`wrote icon.png (512), icon-256.png and icon.ico to ${OUT}`)
