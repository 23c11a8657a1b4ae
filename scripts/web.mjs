#!/usr/bin/env node
// npm run web: the browser edition on 127.0.0.1 (storage: the browser's IndexedDB).
// --dev serves the sources with hot reload; otherwise the built renderer is served.
import { spawn, spawnSync } from 'node:child_process'

const dev = process.argv.includes('--dev')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const port = process.env.ARMSLENGTH_PORT ?? '4173'

if (dev) {
  run(['vite', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'])
} else {
  const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  console.log(`Arm's Length (browser edition): http://127.0.0.1:${port}/`)
  run(['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'])
}

function run(args) {
  const child = spawn(npx, args, { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
