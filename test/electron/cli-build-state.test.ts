import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module of the launcher, without types
import { cliBuildIsStale } from '../../bin/cli-build.mjs'

const isStale = cliBuildIsStale as (root: string, entry: string) => boolean
let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** A repository with one source file and the built entry, each dated (seconds since the epoch). */
function repo(sourceAt: number, builtAt: number | null): { root: string; entry: string } {
  root = mkdtempSync(join(tmpdir(), 'armslength-cli-build-'))
  mkdirSync(join(root, 'shared', 'workflow'), { recursive: true })
  const source = join(root, 'shared', 'workflow', 'revision-cycles.ts')
  writeFileSync(source, 'export {}')
  utimesSync(source, sourceAt, sourceAt)
  const entry = join(root, 'out', 'cli', 'armslength.js')
  if (builtAt !== null) {
    mkdirSync(join(root, 'out', 'cli'), { recursive: true })
    writeFileSync(entry, '')
    utimesSync(entry, builtAt, builtAt)
  }
  return { root, entry }
}

describe('the launcher rebuilds the command line when it is not current', () => {
  it('builds it when it is missing, or when a source changed after it was built, and not otherwise', () => {
    const missing = repo(1_000, null)
    expect(isStale(missing.root, missing.entry)).toBe(true)
    const older = repo(2_000, 1_000)
    expect(isStale(older.root, older.entry)).toBe(true)
    const current = repo(1_000, 2_000)
    expect(isStale(current.root, current.entry)).toBe(false)
  })

  it('counts the build settings and the installed packages too', () => {
    const { root: r, entry } = repo(1_000, 2_000)
    writeFileSync(join(r, 'package-lock.json'), '{}')
    utimesSync(join(r, 'package-lock.json'), 3_000, 3_000)
    expect(isStale(r, entry)).toBe(true)
  })
})
