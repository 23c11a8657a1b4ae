import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { printJson } from '../../electron/cli/print-lines'
import { terminalSafe } from '../../electron/cli/terminal-safe'
import { run } from './cli-run'

/** What a terminal receives for `value` printed as JSON through the one-line escaper every output call uses. */
function printedJson(value: unknown): string {
  const lines: string[] = []
  printJson((line) => lines.push(terminalSafe(line)), value)
  return lines.join('\n')
}

// characters the escaper rewrites, mixed into ordinary text so every one of them is tried often
const awkward = fc.constantFrom(
  '\u007f',
  '\u0085',
  '\u009f',
  '\u001b',
  '\n',
  '\r',
  '\t',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u061c',
  'a',
  'é',
  '😀'
)
const awkwardString = fc.oneof(fc.string({ unit: awkward, maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 40 }))

describe('JSON output (--json, schema)', () => {
  it('stays valid JSON holding the same value, whatever characters its strings hold, and sends no control character', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }), awkwardString, (value, text) => {
        const doc = { value, text, [text]: text }
        const printed = printedJson(doc)
        expect(JSON.parse(printed)).toEqual(JSON.parse(JSON.stringify(doc)))
        // eslint-disable-next-line no-control-regex
        expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
      })
    )
  })

  it('writes DEL as \\u007f, not the \\x7f text output uses (which JSON.parse refuses)', () => {
    expect(printedJson({ name: 'Acme\u007f' })).toContain('"Acme\\u007f"')
    expect(terminalSafe('Acme\u007f')).toBe('Acme\\x7f')
  })

  it('score --json and questions --json print JSON that parses', async () => {
    const score = await run(['score', '--json', 'docs/examples/managed-contact-centre.json'])
    expect(score.code).toBe(0)
    expect(JSON.parse(score.out)).toMatchObject({ engagement: { vendorName: expect.any(String) } })
    const questions = await run(['questions', '--json'])
    expect(JSON.parse(questions.out)).toMatchObject({ format: 'armslength.question-bank' })
  })
})
