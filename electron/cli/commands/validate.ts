import { EXIT, type Command } from '../cli-types'
import { requirePositionals } from '../parse-args'
import { loadExchangeFile, reportProblems } from '../load-input'
import { recordsOf } from '@shared/exchange/exchange-schemas'

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate <file.json>',
  summary: 'exit 0 if valid; else exit 1 and list every problem (path: reason)',
  options: [],
  run: async (args, io) => {
    const [path] = requirePositionals(args, ['file.json'])
    const loaded = await loadExchangeFile(io, path as string)
    if (!loaded.ok) {
      reportProblems(io, loaded)
      return EXIT.invalid
    }
    const records = recordsOf(loaded.file)
    const assessments = records.reduce((n, r) => n + r.assessments.length, 0)
    io.out(`${path}: valid ${loaded.file.kind} file (${records.length} engagement${records.length === 1 ? '' : 's'}, ${assessments} assessment${assessments === 1 ? '' : 's'})`)
    return EXIT.ok
  }
}
