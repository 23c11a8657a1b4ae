import { EXIT, type Command } from '../cli-types'
import { requirePositionals } from '../parse-args'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { printJson } from '../print-lines'

export const questionsCommand: Command = {
  name: 'questions',
  usage: 'questions [--json]',
  summary: 'print the question bank (ids, sections, options)',
  options: ['--json'],
  run: async (args, io) => {
    requirePositionals(args, [])
    const bank = DEFAULT_BANK
    if (args.flags.has('--json')) {
      printJson(io.out, bank)
      return EXIT.ok
    }
    io.out(`${bank.title} — ${bank.id} ${bank.version} (${bank.questions.length} questions)`)
    for (const section of bank.sections) {
      io.out('')
      io.out(section.title)
      for (const q of bank.questions.filter((x) => x.section === section.id)) {
        const tags = [
          q.format === 'contract-and-practice' ? 'contract+practice' : null,
          q.amplifier ? 'amplifier' : null,
          q.appliesTo ? `only ${q.appliesTo.join(', ')}` : null,
          q.showIf ? `follow-up of ${q.showIf.question}` : null
        ]
          .filter(Boolean)
          .join('; ')
        io.out(`  ${q.id}  ${q.prompt}${tags ? `  [${tags}]` : ''}`)
        if (q.contract) io.out(`      contract: ${q.contract.options.map((o) => `${o.id} (${o.risk})`).join(' | ')}`)
        // amplifier options carry no risk of their own, only what they add to the amplification
        const value = (o: (typeof q.options)[number]) =>
          q.amplifier ? `amplify +${o.amplify ?? 0}` : `${o.risk}${o.redFlag ? ', red flag' : ''}`
        io.out(`      ${q.contract ? 'practice: ' : ''}${q.options.map((o) => `${o.id} (${value(o)})`).join(' | ')}`)
      }
    }
    return EXIT.ok
  }
}
