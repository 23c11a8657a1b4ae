import { UsageError, type ParsedArgs } from './cli-types'

const VALUE_FLAGS = new Set(['-o', '--output', '--assessment'])
const BOOLEAN_FLAGS = new Set(['--json', '--help', '-h'])

/** Minimal, strict argument parsing: unknown flags are usage errors, not silently ignored. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[i + 1]
      if (value === undefined || value.startsWith('-')) throw new UsageError(`${arg} needs a value`)
      flags.set(arg === '--output' ? '-o' : arg, value)
      i++
    } else if (BOOLEAN_FLAGS.has(arg)) {
      flags.set(arg === '-h' ? '--help' : arg, true)
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unknown option ${arg}`)
    } else {
      positional.push(arg)
    }
  }
  return { positional, flags }
}

export function requirePositionals(args: ParsedArgs, names: readonly string[]): string[] {
  if (args.positional.length !== names.length) {
    throw new UsageError(`Expected ${names.map((n) => `<${n}>`).join(' ') || 'no arguments'}`)
  }
  return args.positional
}

export function requireOutput(args: ParsedArgs): string {
  const out = args.flags.get('-o')
  if (typeof out !== 'string') throw new UsageError('Missing -o <out.pdf>')
  return out
}
