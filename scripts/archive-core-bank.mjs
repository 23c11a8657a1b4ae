#!/usr/bin/env node
// Freezes the current core bank as a release: writes shared/bank/archive/armslength-core-<version>.ts with
// the bank's exact content, for ARCHIVED_CORE_BANKS (shared/bank/archive/archived-banks.ts), which loads it on demand.
// Run it when the next release changes the bank (new version in core-bank.ts), *before* editing the bank:
// signed assessments are fingerprinted over the bank they were answered under, so a released bank's
// content must never change. Refuses to overwrite an archived release.
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { runnerImport } from 'vite'

const root = resolve(import.meta.dirname, '..')
const config = { root, configFile: false, logLevel: 'error', resolve: { alias: { '@shared': join(root, 'shared') } } }
const { module } = await runnerImport(join(root, 'shared/bank/core-bank.ts'), config)
const bank = module.CORE_BANK
const slug = bank.version.replace(/\./g, '-')
const file = join(root, 'shared/bank/archive', `${bank.id}-${slug}.ts`)
if (existsSync(file)) {
  process.stderr.write(`${file} exists: release ${bank.version} is already archived and must not change\n`)
  process.exit(1)
}
const json = JSON.stringify(bank)
// String.raw keeps the JSON byte for byte; it cannot hold a backtick or "${"
if (json.includes('`') || json.includes('${')) {
  process.stderr.write('The bank text contains ` or ${, which this archive format cannot hold\n')
  process.exit(1)
}
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim()
const name = `ARMSLENGTH_CORE_${slug.replace(/-/g, '_')}_JSON`
writeFileSync(
  file,
  `// Generated once from the built-in bank as released (git ${commit}); never edit by hand.\n` +
    '// Assessments and signed reports stay pinned to the bank version they were answered under, so the app\n' +
    '// keeps every released version of its core bank, word for word, to score and verify them.\n' +
    `export const ${name} = String.raw\`${json}\`\n`
)
// a dynamic import: the archive is a chunk of its own, loaded only when an assessment answered under it is used
const entry = `{ id: '${bank.id}', version: '${bank.version}', text: async () => (await import('./${bank.id}-${slug}')).${name} }`
process.stdout.write(
  `wrote ${file}\nadd this line to ARCHIVED_CORE_BANKS in shared/bank/archive/archived-banks.ts (newest first):\n  ${entry},\n` +
    `and record its hash in shared/bank/released-banks.ts\n`
)
