// Packaging smoke test that runs offline: electron-builder --linux --dir against a stub Electron
// distribution (the real zip cannot be downloaded here), then inspects the app.asar it produced and the
// fuse wire electron-builder flipped in the stub binary. It exercises the real file selection, asar
// build, dependency collection and fuse flipping; the result is not runnable. Where `npm run dist` left
// unpacked builds in dist/, their real binaries' fuse wires are checked too. Needs a prior `npm run build` (out/).
//   node scripts/check-packaging.mjs
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXPECTED_FUSES, FUSE_DISABLED, FUSE_ENABLED } from './expected-fuses.mjs'

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

// what electron-builder expects in an unpacked Electron for linux. The stub binary carries a fuse wire as
// a real one does (sentinel, version 1, length, one byte per fuse) with Electron's shipped defaults, so
// that a build that forgot to flip a fuse is caught here.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ELECTRON_DEFAULT_WIRE = '10110001'
writeFileSync(
  join(stub, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub electron: not runnable" >&2\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
    Buffer.from('\n')
  ])
)
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

const required = [
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/package.json',
  '/node_modules/electron-store/package.json',
  '/node_modules/conf/package.json'
]
// libraries electron-vite bundles: a copy in node_modules would be dead weight (and a second version)
const bundled = [
  'vite',
  'vitest',
  'typescript',
  'electron',
  'react',
  'react-dom',
  'jspdf',
  'bidi-js',
  'electron-log',
  'zod',
  'react-hook-form',
  'pdfjs-dist',
  'electron-builder',
  '@electron/asar'
]
const forbidden = [
  { why: 'TypeScript source', test: (e) => /\.(ts|tsx|mts|cts)$/.test(e) && !/\.d\.(ts|mts|cts)$/.test(e) },
  { why: 'source map', test: (e) => e.endsWith('.map') },
  { why: 'test files', test: (e) => /^\/test(\/|$)/.test(e) || /\/(__tests__|test)\/.*\.test\./.test(e) },
  { why: 'unbuilt source folders', test: (e) => /^\/(shared|electron|renderer|scripts|docs|assets|src)(\/|$)/.test(e) },
  { why: 'renderer sources', test: (e) => e.startsWith('/renderer/src') },
  {
    why: 'build or tool config',
    test: (e) => /^\/(tsconfig.*\.json|electron\.vite\.config\.ts|vitest\.config\.ts|electron-builder\.yml|\.env.*)$/.test(e)
  },
  ...bundled.map((name) => ({
    why: `bundled library ${name} duplicated in node_modules`,
    test: (e) => e === `/node_modules/${name}` || e.startsWith(`/node_modules/${name}/`)
  }))
]

const problems = []
for (const entry of required) if (!entries.includes(entry)) problems.push(`missing ${entry}`)

/** What is wrong with the fuse wire of one Electron binary (none when every expected fuse is set). */
function fuseProblems(binary) {
  const bytes = readFileSync(binary)
  const at = bytes.indexOf(FUSE_SENTINEL)
  if (at < 0) return [`${binary}: no fuse wire found`]
  const wire = at + FUSE_SENTINEL.length
  const length = bytes[wire + 1]
  return EXPECTED_FUSES.flatMap((fuse) => {
    const state = fuse.wireIndex < length ? bytes[wire + 2 + fuse.wireIndex] : undefined
    const want = fuse.enabled ? FUSE_ENABLED : FUSE_DISABLED
    return state === want
      ? []
      : [
          `${binary}: fuse ${fuse.name} is ${state === undefined ? 'missing' : String.fromCharCode(state)}, expected ${fuse.enabled ? 'on' : 'off'} (${fuse.why})`
        ]
  })
}

// electron-builder renames the binary to the executable name (package.json "name" on linux)
const packagedBinary = join(unpacked, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name)
if (!existsSync(packagedBinary)) problems.push(`no packaged binary at ${packagedBinary}`)
else problems.push(...fuseProblems(packagedBinary))

// real unpacked builds from `npm run dist`, when present
const distBinaries = []
const dist = join(root, 'dist')
for (const dir of existsSync(dist) ? readdirSync(dist) : []) {
  const folder = join(dist, dir)
  if (!dir.endsWith('-unpacked') && !dir.startsWith('mac')) continue
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (name.endsWith('.app')) distBinaries.push(join(path, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework'))
    else if ((name.endsWith('.exe') && !/uninstall/i.test(name)) || name === 'armslength') distBinaries.push(path)
  }
}
for (const binary of distBinaries.filter((b) => existsSync(b))) problems.push(...fuseProblems(binary))
for (const rule of forbidden) {
  const hits = entries.filter(rule.test)
  if (hits.length > 0) problems.push(`${rule.why}: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` … (${hits.length})` : ''}`)
}

const asarBytes = statSync(asarPath).size
const modules = [
  ...new Set(entries.filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/]+$/.test(e)).map((e) => e.slice('/node_modules/'.length)))
].sort()
const fonts = join(unpacked, 'resources', 'fonts')
console.log(
  `\napp.asar: ${(asarBytes / 1024 / 1024).toFixed(2)} MB (${asarBytes} bytes), ${entries.length} entries, built in ${((Date.now() - started) / 1000).toFixed(1)} s`
)
console.log(`node_modules in asar (${modules.length}): ${modules.join(', ')}`)
console.log(`extraResources fonts: ${existsSync(fonts) ? 'present' : 'absent (assets/fonts has no fonts yet)'}`)
console.log(
  `fuse wire checked: ${[packagedBinary, ...distBinaries].length} binar${distBinaries.length === 0 ? 'y (the stub build)' : 'ies'}; expected ${EXPECTED_FUSES.map((f) => `${f.name} ${f.enabled ? 'on' : 'off'}`).join(', ')}`
)

if (problems.length > 0) fail(`\npackaging check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
cleanup()
console.log('packaging check OK')
