#!/usr/bin/env node
// npm run validate:cases — scores every decided case in validation/cases/ with the shipped engine and
// prints band agreement, AUC, per-jurisdiction agreement and every miss (docs/validation.md).
// Exit 1 only when a case file is invalid: the numbers are a measurement, not a pass mark.
//   --markdown   print the table for docs/validation.md instead
//   --json       print the report as JSON
// Runs the TypeScript sources directly through Vite's module runner, so a clean clone needs no build.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { runnerImport } from 'vite'

const root = resolve(import.meta.dirname, '..')
const casesDir = join(root, 'validation', 'cases')
const config = { root, configFile: false, logLevel: 'error', resolve: { alias: { '@shared': join(root, 'shared') } } }

const { module: validation } = await runnerImport(join(root, 'shared/validation/index.ts'), config)

const files = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ path: relative(root, join(casesDir, f)), text: readFileSync(join(casesDir, f), 'utf8') }))

const report = validation.runValidation(files, validation.DEFAULT_BANK)
const args = new Set(process.argv.slice(2))
if (args.has('--json')) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
else if (args.has('--markdown')) process.stdout.write(validation.formatReportMarkdown(report, new Date().toISOString().slice(0, 10)))
else process.stdout.write(validation.formatReportText(report))
process.exitCode = report.invalid.length > 0 ? 1 : 0
