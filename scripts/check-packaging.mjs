// Packaging smoke test that runs offline: electron-builder --linux --dir against a stub Electron
// distribution (the real zip cannot be downloaded here), then inspects the app.asar it produced.
// It exercises the real file selection, asar build and dependency collection; the result is not
// runnable. Needs a prior `npm run build` (out/).
//   node scripts/check-packaging.mjs
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const asar = require('@electron/asar')

for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run \`npm run build\` first.`)
    process.exit(1)
  }
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const stub = mkdtempSync(join(tmpdir(), 'al-electron-dist-'))
const output = mkdtempSync(join(tmpdir(), 'al-builder-out-'))

function cleanup() {
  rmSync(stub, { recursive: true, force: true })
  rmSync(output, { recursive: true, force: true })
}

function fail(message) {
  console.error(message)
  cleanup()
  process.exit(1)
}

// what electron-builder expects in an unpacked Electron for linux
writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron: not runnable" >&2\nexit 1\n')
chmodSync(join(stub, 'electron'), 0o755)
writeFileSync(join(stub, 'version'), electronVersion)
writeFileSync(join(stub, 'LICENSE'), 'stub')
writeFileSync(join(stub, 'LICENSES.chromium.html'), 'stub')
mkdirSync(join(stub, 'resources'))

const args = ['electron-builder', '--linux', '--dir', '--publish', 'never', `-c.electronDist=${stub}`, `-c.directories.output=${output}`]
console.log(`$ npx ${args.join(' ')}`)
const started = Date.now()
const run = spawnSync('npx', args, { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } })
process.stdout.write(run.stdout ?? '')
process.stderr.write(run.stderr ?? '')
if (run.status !== 0) fail(`electron-builder failed (exit ${run.status}).`)

const unpacked = join(output, 'linux-unpacked')
const asarPath = join(unpacked, 'resources', 'app.asar')
if (!existsSync(asarPath)) fail(`no app.asar at ${asarPath}`)
const entries = asar.listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/'))

const required = ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json', '/node_modules/electron-store/package.json', '/node_modules/conf/package.json']
// libraries electron-vite bundles: a copy in node_modules would be dead weight (and a second version)
const bundled = ['vite', 'vitest', 'typescript', 'electron', 'react', 'react-dom', 'jspdf', 'jspdf-autotable', 'zod', 'react-hook-form', 'pdfjs-dist', 'electron-builder', '@electron/asar']
const forbidden = [
  { why: 'TypeScript source', test: (e) => /\.(ts|tsx|mts|cts)$/.test(e) && !/\.d\.(ts|mts|cts)$/.test(e) },
  { why: 'source map', test: (e) => e.endsWith('.map') },
  { why: 'test files', test: (e) => /^\/test(\/|$)/.test(e) || /\/(__tests__|test)\/.*\.test\./.test(e) },
  { why: 'unbuilt source folders', test: (e) => /^\/(shared|electron|renderer|scripts|docs|assets|src)(\/|$)/.test(e) },
  { why: 'renderer sources', test: (e) => e.startsWith('/renderer/src') },
  { why: 'build or tool config', test: (e) => /^\/(tsconfig.*\.json|electron\.vite\.config\.ts|vitest\.config\.ts|electron-builder\.yml|\.env.*)$/.test(e) },
  ...bundled.map((name) => ({ why: `bundled library ${name} duplicated in node_modules`, test: (e) => e === `/node_modules/${name}` || e.startsWith(`/node_modules/${name}/`) }))
]

const problems = []
for (const entry of required) if (!entries.includes(entry)) problems.push(`missing ${entry}`)
for (const rule of forbidden) {
  const hits = entries.filter(rule.test)
  if (hits.length > 0) problems.push(`${rule.why}: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` … (${hits.length})` : ''}`)
}

const asarBytes = statSync(asarPath).size
const modules = [...new Set(entries.filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/]+$/.test(e)).map((e) => e.slice('/node_modules/'.length)))].sort()
const fonts = join(unpacked, 'resources', 'fonts')
console.log(`\napp.asar: ${(asarBytes / 1024 / 1024).toFixed(2)} MB (${asarBytes} bytes), ${entries.length} entries, built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`node_modules in asar (${modules.length}): ${modules.join(', ')}`)
console.log(`extraResources fonts: ${existsSync(fonts) ? 'present' : 'absent (assets/fonts has no fonts yet)'}`)

if (problems.length > 0) fail(`\npackaging check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
cleanup()
console.log('packaging check OK')
