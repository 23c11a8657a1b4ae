#!/usr/bin/env node
// npm start / npm run dev: launch the desktop app; where Electron's binary cannot be downloaded,
// say so in one line and start the browser edition instead.
import { spawn, spawnSync } from 'node:child_process'

const dev = process.argv.includes('--dev')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

const install = spawnSync(npx, ['install-electron'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
if (install.status !== 0) {
  const reason = (install.stderr || install.stdout || '')
    .split('\n')
    .find((l) => /error|fail/i.test(l))
    ?.trim()
  console.log(`Electron's binary could not be downloaded here${reason ? ` (${reason})` : ''}; starting the browser edition instead.`)
  const web = spawn(process.execPath, ['scripts/web.mjs', ...(dev ? ['--dev'] : [])], { stdio: 'inherit' })
  web.on('exit', (code) => process.exit(code ?? 0))
} else {
  const child = spawn(npx, ['electron-vite', dev ? 'dev' : 'preview'], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
