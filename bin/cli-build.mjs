// Whether the built command line (out/cli) is older than what it is built from, so `npx armslength` never runs
// yesterday's checks after a pull (break-it review: a revision back-dated with an offset passed `validate` because
// out/cli predated the fix). Fonts are read from assets/ at run time, so only code and its build settings count.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What vite.cli.config.ts builds the command line from, relative to the repository. */
export const CLI_SOURCES = ['shared', 'electron', 'vite.cli.config.ts', 'package-lock.json']

/** True when `entry` is missing or any file under CLI_SOURCES (those present) was changed after it was built. */
export function cliBuildIsStale(root, entry) {
  if (!existsSync(entry)) return true
  const built = statSync(entry).mtimeMs
  return CLI_SOURCES.some((source) => changedAfter(join(root, source), built))
}

function changedAfter(path, time) {
  if (!existsSync(path)) return false
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs > time
  return readdirSync(path).some((name) => changedAfter(join(path, name), time))
}
