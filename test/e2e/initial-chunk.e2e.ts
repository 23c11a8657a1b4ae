import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { initialJs } from '../../scripts/bench/initial-js.mjs'
import { ARCHIVED_CORE_BANKS } from '@shared/bank/archive/archived-banks'

const DIR = 'out/renderer'
const initial = initialJs(DIR).files.map((f) => f.file)
const assets = readdirSync(join(DIR, 'assets')).filter((f) => f.endsWith('.js'))
const read = (file: string) => readFileSync(join(DIR, 'assets', file), 'utf8')
/** The opening of an archive's text as the build carries it: the bank's id and version, in its JSON. */
const markerOf = (a: { id: string; version: string }) => `"id":"${a.id}","version":"${a.version}"`

/**
 * The built renderer (npm run build; the e2e project runs after it): what the first screen must fetch and
 * compile before the app is interactive leaves out the earlier bank releases, each a chunk of its own that
 * is loaded when an assessment answered under it is opened (shared/bank/bank-source.ts).
 */
describe('the initial JavaScript of the built renderer', () => {
  test('is the entry and its static imports (the same set the initial-js budget measures)', () => {
    expect(initial.some((f) => /assets\/index-[^/]+\.js$/.test(f))).toBe(true)
  })

  test.each(ARCHIVED_CORE_BANKS.map((a) => [`${a.id}@${a.version}`, a] as const))(
    'does not carry the archived bank %s, which is built as a chunk of its own',
    (_, archive) => {
      const marker = markerOf(archive)
      const holding = assets.filter((f) => read(f).includes(marker))
      // the archive is in the build (else this test would prove nothing) …
      expect(holding).toHaveLength(1)
      // … and in no file of the initial set
      expect(initial.filter((f) => holding.some((h) => f.endsWith(`assets/${h}`)))).toEqual([])
    }
  )
})
