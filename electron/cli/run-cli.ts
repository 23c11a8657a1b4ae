import { EXIT, InputError, UsageError, type CliIo, type Command, type ExitCode } from './cli-types'
import { parseArgs } from './parse-args'
import { questionsCommand } from './commands/questions'
import { scoreCommand } from './commands/score'
import { validateCommand } from './commands/validate'
import { schemaCommand } from './commands/schema'
import { EXTRA_COMMANDS } from './commands/extra'
import { commandHelp } from './command-help'
import { printLines } from './print-lines'

export const COMMANDS: readonly Command[] = [questionsCommand, scoreCommand, validateCommand, schemaCommand, ...EXTRA_COMMANDS]

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length))
  return [
    'Usage: armslength <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 success, 1 invalid input (the message says what and where), 2 usage error.',
    'Help on one command: armslength <command> --help'
  ].join('\n')
}

/** Runs one command line; never throws for expected failures, always answers an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv
  if (name === undefined) {
    // Nothing asked for: a usage error, so the usage goes to stderr and scripts see exit 2.
    printLines(io.err, usage())
    return EXIT.usage
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `armslength help score` is `armslength score --help`
    const topic = name === 'help' && rest.length === 1 ? COMMANDS.find((c) => c.name === rest[0]) : undefined
    printLines(io.out, topic ? commandHelp(topic) : usage())
    return EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`Unknown command "${name}".`)
    io.err('')
    printLines(io.err, usage())
    return EXIT.usage
  }
  try {
    const args = parseArgs(rest)
    if (args.flags.has('--help')) {
      printLines(io.out, commandHelp(command))
      return EXIT.ok
    }
    const unexpected = command.options ? [...args.flags.keys()].find((flag) => !command.options?.includes(flag)) : undefined
    if (unexpected !== undefined) throw new UsageError(`${command.name} does not take the option ${unexpected}`)
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message)
      io.err(`Usage: armslength ${command.usage}`)
      return EXIT.usage
    }
    if (error instanceof InputError) {
      io.err(error.message)
      return EXIT.invalid
    }
    throw error
  }
}
