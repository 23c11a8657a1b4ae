#!/usr/bin/env node
// `npx armslength`: runs the built command line (out/cli). `npm run build` builds it; when it is missing (a fresh
// clone) or older than its sources (a pull since), it is built here first, so the checks run are the code's own.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { cliBuildIsStale } from './cli-build.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'out', 'cli', 'armslength.js')
if (cliBuildIsStale(root, entry)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const built = spawnSync(npm, ['run', '--silent', 'build:cli'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (built.status !== 0 || !existsSync(entry)) {
    process.stderr.write('armslength: the command line is not built; run "npm run build:cli"\n')
    process.exit(2)
  }
}
await import(pathToFileURL(entry).href)
