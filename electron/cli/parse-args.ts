import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError, UsageError, type CliIo, type ParsedArgs } from './cli-types'

const VALUE_FLAGS = new Set(['-o', '--output', '--assessment', '--counsel-direction'])
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

/**
 * The `-o` path, checked before any input is read or anything rendered: an unwritable path fails at
 * once (exit 1) instead of after minutes of work.
 */
export async function requireWritableOutput(args: ParsedArgs, io: CliIo): Promise<string> {
  const out = requireOutput(args)
  const problem = await io.checkOutputPath(out)
  if (problem !== null) throw new InputError(`Cannot write ${out}: ${problem}`)
  return out
}

/**
 * Refuses an `-o` path that is one of the input files: `report data.json -o data.json` (or a packet
 * written into its own folder under an input's name) would replace the data, signed assessments and
 * all, with the PDF made from it. The same file may be named two ways — through a link to it, a linked
 * folder, or another letter case on a case-insensitive disk — so an existing output is compared with
 * each input by the file it is (device and inode), not only by its path.
 */
export function refuseOverwritingInput(output: string, inputs: readonly string[]): void {
  const target = resolve(output)
  const targetFile = fileIdentity(output)
  const input = inputs.find((path) => resolve(path) === target || (targetFile !== null && fileIdentity(path) === targetFile))
  if (input !== undefined)
    throw new InputError(`Cannot write ${output}: it is the input file ${input}; the PDF would replace your data. Give another -o path.`)
}

/**
 * Refuses an `-o` path not named .pdf: `packet pk -o pk/out.json` wrote a PDF named .json into its own
 * input folder, which the next packet of that folder then failed to read as an engagement file. Checked
 * after `refuseOverwritingInput`, whose message is the more useful one when the path is an input.
 */
export function requirePdfName(output: string): void {
  if (!output.toLowerCase().endsWith('.pdf'))
    throw new InputError(`Cannot write ${output}: the output is a PDF; give a file name ending in .pdf`)
}

/** The file a path leads to (links followed), or null when there is none. */
function fileIdentity(path: string): string | null {
  try {
    const info = statSync(path, { throwIfNoEntry: false, bigint: true })
    return info ? `${info.dev}:${info.ino}` : null
  } catch {
    // unreadable (a part of the path is a file, no permission): the read or the write reports it
    return null
  }
}
