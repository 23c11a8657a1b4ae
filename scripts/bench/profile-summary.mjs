#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): self time and inclusive time per function, so a
// missed budget can be explained without opening DevTools.
//   node scripts/bench/profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

export function summarise(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const selfUs = new Map()
  const deltas = profile.timeDeltas
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)))
  const label = (n) => {
    const f = n.callFrame
    return `${f.functionName || '(anonymous)'} ${f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : ''}`.trim()
  }
  const self = new Map()
  const inclusive = new Map()
  let total = 0
  for (const [id, us] of selfUs) {
    total += us
    const node = byId.get(id)
    self.set(label(node), (self.get(label(node)) ?? 0) + us)
    // inclusive: count each label once per sample stack
    const seen = new Set()
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur))
      if (seen.has(l)) continue
      seen.add(l)
      inclusive.set(l, (inclusive.get(l) ?? 0) + us)
    }
  }
  const fmt = (entries) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([l, us]) => `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${l}`)
  return { totalMs: total / 1000, self: fmt(self), inclusive: fmt(inclusive) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top] = process.argv.slice(2)
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')), Number(top ?? 25))
  console.log(`sampled ${s.totalMs.toFixed(0)} ms\n\nself time:\n${s.self.join('\n')}\n\ninclusive time:\n${s.inclusive.join('\n')}`)
}
