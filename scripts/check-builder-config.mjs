// Validates electron-builder.yml offline: electron-builder's own loader and JSON-schema validator
// (internal API, see docs verified-stack §7 — recheck on upgrades), then the decisions we rely on.
//   node scripts/check-builder-config.mjs
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { EXPECTED_FUSES } from './expected-fuses.mjs'

const root = join(import.meta.dirname, '..')
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'))
const { getConfig, validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config.js')
const { DebugLogger } = requireFromBuilder('builder-util')

const failures = []
const check = (ok, message) => {
  if (!ok) failures.push(message)
}

const config = await getConfig(root, null, null)
try {
  await validateConfiguration(config, new DebugLogger(false))
} catch (error) {
  console.error(`electron-builder.yml does not match electron-builder's schema:\n${error.message}`)
  process.exit(1)
}

/** Target names of a platform, whatever form (string, list, objects) the config uses. */
function targets(platform) {
  const raw = config[platform]?.target
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
  return list.map((t) => (typeof t === 'string' ? { target: t, arch: [] } : { target: t.target, arch: [t.arch ?? []].flat() }))
}

check(config.appId === 'com.armslength.app', `appId is ${config.appId}, expected com.armslength.app`)
check(config.productName === "Arm's Length", `productName is ${config.productName}`)
check(config.asar !== false, 'asar must stay on')
check(config.directories?.buildResources === 'assets/icons', 'directories.buildResources must be assets/icons')

// getConfig normalises `files` to [{ filter: [...] }]; accept plain strings too
const files = [config.files ?? []].flat().flatMap((f) => (typeof f === 'string' ? [f] : [f.filter ?? []].flat()))
for (const dir of ['out/main', 'out/preload', 'out/renderer']) {
  check(
    files.some((f) => f === 'out/**' || f === `${dir}/**`),
    `files must include ${dir}/** (or out/**)`
  )
}
const included = files.filter((f) => !f.startsWith('!'))
check(
  included.every((f) => f.startsWith('out/') || f === 'package.json'),
  `files must include built output and package.json only, got ${included.join(', ')}`
)

const win = targets('win')
check(
  win.some((t) => t.target === 'nsis' && (t.arch.length === 0 || t.arch.includes('x64'))),
  'win target nsis (x64) missing'
)
check(
  targets('mac').some((t) => t.target === 'dmg'),
  'mac target dmg missing'
)
check(config.mac?.category === 'public.app-category.business', 'mac.category must be public.app-category.business')
const linux = targets('linux').map((t) => t.target)
check(linux.includes('AppImage') && linux.includes('deb'), `linux targets must include AppImage and deb, got ${linux.join(', ')}`)
check(config.linux?.category === 'Office', 'linux.category must be Office')

// Electron fuses: each one the shipped binary must carry, set explicitly (an absent key keeps Electron's default)
for (const fuse of EXPECTED_FUSES) {
  const value = config.electronFuses?.[fuse.configKey]
  check(value === fuse.enabled, `electronFuses.${fuse.configKey} must be ${fuse.enabled} (${fuse.why}), got ${JSON.stringify(value)}`)
}

// deb needs a maintainer (taken from package.json author) and a homepage
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const author = typeof pkg.author === 'string' ? pkg.author : `${pkg.author?.name ?? ''} <${pkg.author?.email ?? ''}>`
check(
  config.linux?.maintainer !== undefined || /<[^@\s>]+@[^>\s]+>/.test(author),
  'deb needs a maintainer: set package.json author with an email'
)
check(typeof pkg.homepage === 'string' && pkg.homepage !== '', 'deb needs package.json homepage')

// icons: a 512×512 PNG for mac/linux, an .ico for Windows
function pngSize(path) {
  const bytes = readFileSync(path)
  const signature = bytes.subarray(0, 8).toString('hex')
  if (signature !== '89504e470d0a1a0a') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
const iconPng = join(root, 'assets/icons/icon.png')
if (existsSync(iconPng)) {
  const size = pngSize(iconPng)
  check(
    size !== null && size.width >= 512 && size.width === size.height,
    `assets/icons/icon.png must be a square PNG of at least 512 px, got ${JSON.stringify(size)}`
  )
} else {
  check(false, 'assets/icons/icon.png is missing (node scripts/make-icon.mjs)')
}
for (const platform of ['win', 'mac', 'linux']) {
  const icon = config[platform]?.icon
  if (icon) check(existsSync(join(root, icon)), `${platform}.icon ${icon} does not exist`)
}

if (failures.length > 0) {
  console.error(`electron-builder.yml: ${failures.length} problem(s)`)
  for (const failure of failures) console.error(`  - ${failure}`)
  process.exit(1)
}
console.log(
  `electron-builder.yml OK: schema valid; ${config.appId} "${config.productName}"; ` +
    `win ${win.map((t) => t.target).join('+')}, mac ${targets('mac')
      .map((t) => t.target)
      .join('+')}, linux ${linux.join('+')}; ` +
    `${EXPECTED_FUSES.length} fuses as expected`
)
