// Budget: renderer initial JavaScript (lazy chunks excluded), gzipped ≤ 300 KB.
// "Initial" = the entry <script type="module"> of out/renderer/index.html, every <link rel="modulepreload">,
// and, transitively, every chunk those files import statically (what the browser must fetch and run
// before the app can start). Dynamic import() targets are lazy and excluded. Gzip level 9, as a server
// or an asar would not do better.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const STATIC_IMPORT = /(?:^|[;}\n)])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g

/** Static import specifiers of a minified ES module (import … from "./x.js", import "./x.js", export … from). */
export function staticImports(code) {
  const found = new Set()
  for (const match of code.matchAll(STATIC_IMPORT)) found.add(match[1])
  return [...found]
}

export function initialJs(rendererDir) {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const attr = (tag, name) => new RegExp(`${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1]
  const roots = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
    if (/type\s*=\s*["']module["']/.test(tag) && attr(tag, 'src')) roots.push(attr(tag, 'src'))
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g))
    if (/rel\s*=\s*["']modulepreload["']/.test(tag) && attr(tag, 'href')) roots.push(attr(tag, 'href'))
  const files = new Map()
  const queue = roots.map((r) => resolve(rendererDir, r))
  while (queue.length > 0) {
    const file = queue.shift()
    if (files.has(file)) continue
    const code = readFileSync(file)
    files.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length })
    for (const spec of staticImports(code.toString('utf8'))) queue.push(resolve(dirname(file), spec))
  }
  const list = [...files].map(([file, size]) => ({ file: file.slice(rendererDir.length + 1), ...size }))
  return { files: list, raw: list.reduce((s, f) => s + f.raw, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) }
}
