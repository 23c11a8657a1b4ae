// Static Electron security scan of the built app (out/) with electronegativity, gated on its SARIF
// report: electronegativity itself always exits 0, even with HIGH findings, and its CSV output races.
// Any finding whose ruleId is not in scripts/electronegativity-allowlist.json (each with a reviewed
// reason) fails the run. Needs a prior `npm run build`.
//   node scripts/security.mjs
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const out = join(root, 'out')
const sarifPath = join(root, 'test-results', 'electronegativity.sarif')
const require = createRequire(import.meta.url)

for (const built of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) {
  if (!existsSync(join(out, built))) {
    console.error(`out/${built} is missing: run \`npm run build\` first, then scan.`)
    process.exit(1)
  }
}

// Entries match on rule, file and exact message, so an allowed "maybe weak CSP" note cannot hide a
// later "CSP is vulnerable" finding of the same rule.
const allowlist = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-allowlist.json'), 'utf8')).allowed ?? []
for (const entry of allowlist) {
  if (!entry.ruleId || !entry.file || !entry.message || typeof entry.reason !== 'string' || entry.reason.trim().length < 40) {
    console.error(`allow-list entry ${JSON.stringify(entry)} needs ruleId, file, message and a real reason`)
    process.exit(1)
  }
}

// why: without -e it assumes Electron 0.1.0 and reports long-fixed issues
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version

mkdirSync(join(root, 'test-results'), { recursive: true })
// why: a stale report from an earlier run must never make this run pass
rmSync(sarifPath, { force: true })

// -x takes check class names, not rule ids. PreloadJSCheck only says "review the preload", which
// test/electron/preload.test.ts does mechanically.
const args = ['electronegativity', '-i', out, '-e', electronVersion, '-r', '-v', 'false', '-x', 'PreloadJSCheck', '-o', sarifPath]
console.log(`$ npx ${args.map((a) => relative(root, a) || a).join(' ')}`)
const run = spawnSync('npx', args, { cwd: root, encoding: 'utf8' })
if (run.status !== 0 || !existsSync(sarifPath)) {
  process.stdout.write(run.stdout ?? '')
  process.stderr.write(run.stderr ?? '')
  console.error(`electronegativity did not produce ${relative(root, sarifPath)} (exit ${run.status})`)
  process.exit(1)
}

const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'))
const results = sarif.runs?.flatMap((r) => r.results ?? []) ?? []
const rules = new Map(sarif.runs?.flatMap((r) => r.tool?.driver?.rules ?? []).map((rule) => [rule.id, rule]) ?? [])

const fileOf = (result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '(global)'
const lineOf = (result) => result.locations?.[0]?.physicalLocation?.region?.startLine
const messageOf = (result) => result.message?.text ?? rules.get(result.ruleId)?.fullDescription?.text ?? ''

const blocking = []
const allowed = []
const used = new Set()
for (const result of results) {
  const line = `${result.ruleId}  ${fileOf(result)}${lineOf(result) ? `:${lineOf(result)}` : ''}  ${messageOf(result)}`
  const entry = allowlist.find((e) => e.ruleId === result.ruleId && e.file === fileOf(result) && e.message === messageOf(result))
  if (entry) {
    used.add(entry)
    allowed.push(`${line}\n       reviewed: ${entry.reason}`)
  } else {
    blocking.push(line)
  }
}

console.log(
  `electronegativity (Electron ${electronVersion}): ${results.length} finding(s), ${allowed.length} allowed, ${blocking.length} blocking`
)
for (const line of allowed) console.log(`  ok   ${line}`)
for (const line of blocking) console.log(`  FAIL ${line}`)
const unused = allowlist.filter((e) => !used.has(e))
for (const e of unused) console.log(`  note: allow-list entry not seen this run (consider removing): ${e.ruleId} ${e.file}`)

if (blocking.length > 0) {
  console.error(`\nsecurity gate failed: fix the findings above or add a reviewed reason to scripts/electronegativity-allowlist.json`)
  process.exit(1)
}
console.log('security gate passed')
