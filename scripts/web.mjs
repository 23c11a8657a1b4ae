#!/usr/bin/env node
// npm run web: the browser edition on 127.0.0.1 (storage: the browser's IndexedDB).
// --dev serves the sources with hot reload; otherwise the built renderer is served.
import { spawn, spawnSync } from 'node:child_process'
import { DEFAULT_WEB_PORT } from './web-server-policy.mjs'

const dev = process.argv.includes('--dev')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
// why: one fixed, distinctive port, because the data lives in the storage of this exact origin
// (another port is another, empty store); 4173 is Vite's default and often taken by other projects
const port = process.env.ARMSLENGTH_PORT ?? String(DEFAULT_WEB_PORT)

if (dev) {
  run(['vite', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'])
} else {
  const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  console.log(`Arm's Length (browser edition): http://127.0.0.1:${port}/  (your data lives in this browser, at this address)`)
  run(['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'])
}

function run(args) {
  const child = spawn(npx, args, { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
