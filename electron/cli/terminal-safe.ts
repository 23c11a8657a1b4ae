/* eslint-disable no-control-regex -- matching control characters is what this module is for */

/**
 * What a terminal must not be sent as is: control characters other than tab, DEL and the C1 controls, and
 * the bidirectional controls. Names, titles, paths and messages come from files that others may have
 * written: an escape sequence or a carriage return in a vendor name could clear the screen, retitle the
 * window, or overwrite the "Mismatch" line `verify` prints with a "Match" of its own; a line feed could print
 * a "Match" line of its own below it; a right-to-left override shows "fdp.exe" as "exe.pdf".
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * One line for a terminal: the characters above shown as escapes (`\x1b`, `\n`, `\u202e`), never sent.
 * Every `out`/`err` call is one line, so a line feed is never trusted; text of several lines is printed a
 * line at a time (`printLines`), JSON through `printJson`.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0)
    if (c === '\n') return '\\n'
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`
  })
}

/**
 * JSON text whose strings hold none of the characters above, each written as its JSON escape (`\u007f`)
 * instead: the same JSON value, so `terminalSafe` leaves it alone. JSON.stringify escapes only U+0000–U+001F,
 * and terminalSafe's `\x7f` for a DEL inside a string made `--json` output that JSON.parse refused.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(UNSAFE, (c) => (c === '\n' ? '\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
}
