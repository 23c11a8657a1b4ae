import { jsonTerminalSafe } from './terminal-safe'

/**
 * Prints text of several lines a line at a time. `out` and `err` take one line each and show a line feed
 * inside it as `\n` (a name from a file must not start a line of its own), so text that is meant to span
 * lines — help, usage, indented JSON — comes here. Only for text the program made: JSON.stringify escapes
 * line feeds inside strings, so its line breaks are its own.
 */
export function printLines(print: (line: string) => void, text: string): void {
  for (const line of text.split('\n')) print(line)
}

/**
 * Prints a value as indented JSON that stays JSON once it has passed `terminalSafe`: the characters it
 * escapes are written as JSON escapes first (`\u007f`, `\u202e`), the same value to any JSON reader.
 */
export function printJson(print: (line: string) => void, value: unknown): void {
  printLines(print, jsonTerminalSafe(JSON.stringify(value, null, 2)))
}
