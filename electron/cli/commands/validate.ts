import { builtinBanks } from '../builtin-banks'
import { recordsOf } from '@shared/exchange/exchange-schemas'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { EXIT, type Command } from '../cli-types'
import { requirePositionals } from '../parse-args'
import { reportProblems, unreadable } from '../load-input'
import { bankProblemsDespiteSchema, mergeProblems } from '../salvage-problems'

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate <file.json>',
  summary: 'exit 0 if valid; else exit 1 and list every problem (path: reason)',
  options: [],
  run: async (args, io) => {
    const [path] = requirePositionals(args, ['file.json']) as [string]
    let text: string
    try {
      text = await io.readText(path)
    } catch (error) {
      reportProblems(io, unreadable(path, error))
      return EXIT.invalid
    }
    const banks = await builtinBanks()
    // one time for both passes, so a problem the two find alike is merged (it had been printed twice, a few ms apart)
    const now = io.now().toISOString()
    const read = readExchangeFile(text, banks, now)
    if (!read.ok) {
      // one pass: the bank's problems too, not only after every format problem is fixed
      const problems = mergeProblems(read.error.problems ?? [], bankProblemsDespiteSchema(text, banks, now))
      reportProblems(io, { ok: false, message: `${path}: ${read.error.message}`, problems })
      return EXIT.invalid
    }
    const records = recordsOf(read.value)
    const assessments = records.reduce((n, r) => n + r.assessments.length, 0)
    io.out(
      `${path}: valid ${read.value.kind} file (${records.length} engagement${records.length === 1 ? '' : 's'}, ${assessments} assessment${assessments === 1 ? '' : 's'})`
    )
    return EXIT.ok
  }
}
