import type { ByteProducer } from './output-file'

/** What a command may touch: injected so tests run commands without a real terminal or disk. */
export type CliIo = {
  out: (text: string) => void
  err: (text: string) => void
  readText: (path: string) => Promise<string>
  readBytes: (path: string) => Promise<Uint8Array>
  /** Lists the .json files of a folder, or null if the path is not a folder. */
  listJsonFiles: (path: string) => Promise<string[] | null>
  /** Null when `-o <path>` can be written (its folder exists and is writable, it is not a folder); else why not. */
  checkOutputPath: (path: string) => Promise<string | null>
  /** Temp file beside the target, then rename; on failure the temp file is removed and the target untouched. */
  writeFileAtomic: (path: string, data: Uint8Array | string) => Promise<void>
  /** The same, the bytes written as `produce` makes them (an audit packet). Absent: they are collected, then written. */
  writeFileStreamAtomic?: (path: string, produce: ByteProducer) => Promise<void>
  now: () => Date
}

export type ParsedArgs = { positional: string[]; flags: Map<string, string | true> }

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export type Command = {
  name: string
  usage: string
  summary: string
  /** The options this command takes (besides --help); any other is a usage error. Absent: any known option. */
  options?: readonly string[]
  run: (args: ParsedArgs, io: CliIo) => Promise<ExitCode>
}

/** The command line itself is wrong (unknown option, missing argument): exit 2 with usage. */
export class UsageError extends Error {}

/**
 * The input is readable but unsuitable for the command (for example a bundle given to a command that
 * takes one engagement): exit 1, and the message says what and where.
 */
export class InputError extends Error {}

/**
 * An input file refused before it is read (a pipe, a device, a file over the size limit, text that is
 * not UTF-8). Its message is the reason alone; it is printed after the path ("x.json: not a regular file").
 */
export class RefusedInput extends Error {}
