import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { runCli } from '../../electron/cli/run-cli'
import { memoryIo } from '../fixtures/examples/cli-io'
import { EXAMPLE_SCRIPTS } from '../fixtures/examples/index'

/* What the command-line tests share: the example files in docs/examples and a way to run one command line. */

export const ROOT = resolve(import.meta.dirname, '../..')
export const EXAMPLES = EXAMPLE_SCRIPTS.map((e) => e.fileName)
export const examplePath = (fileName: string) => join(ROOT, 'docs/examples', fileName)
export const exampleText = (fileName: string) => readFileSync(examplePath(fileName), 'utf8')
export const exampleFile = (fileName: string) => JSON.parse(exampleText(fileName)) as EngagementFile

/** Runs one command line against in-memory files (and the real example files). */
export async function run(argv: string[], files: Record<string, string> = {}) {
  const m = memoryIo({ files, readRealFiles: true })
  const code = await runCli(argv, m.io)
  return { code, out: m.stdout(), err: m.stderr(), written: m.written }
}
