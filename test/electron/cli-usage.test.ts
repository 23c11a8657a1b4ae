import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { COMMAND_HELP } from '../../electron/cli/command-help'
import { COMMANDS } from '../../electron/cli/run-cli'
import { ROOT, examplePath, run } from './cli-run'

describe('usage and exit code 2', () => {
  test('no command: usage on stderr, exit 2; help: usage on stdout, exit 0', async () => {
    const none = await run([])
    expect(none.code).toBe(2)
    expect(none.out).toBe('')
    expect(none.err).toContain('Usage: armslength <command>')
    for (const help of [['help'], ['--help'], ['-h']]) {
      const r = await run(help)
      expect(r.code).toBe(0)
      for (const name of ['questions', 'score', 'validate', 'schema']) expect(r.out).toContain(`  ${name}`)
    }
    const one = await run(['score', '--help'])
    expect(one.code).toBe(0)
    expect(one.out).toContain('Usage: armslength score <assessment.json>')
  })

  test('an unknown command exits 2 with the usage', async () => {
    const r = await run(['scroe', 'x.json'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('Unknown command "scroe"')
    expect(r.err).toContain('Usage: armslength <command>')
  })

  test.each([
    [['score'], 'Expected <assessment.json>', 'score'],
    [['validate'], 'Expected <file.json>', 'validate'],
    [['score', 'a.json', 'b.json'], 'Expected <assessment.json>', 'score'],
    [['validate', 'a.json', 'b.json'], 'Expected <file.json>', 'validate'],
    [['questions', 'extra'], 'Expected no arguments', 'questions'],
    [['schema', 'extra'], 'Expected no arguments', 'schema'],
    [['score', 'a.json', '--verbose'], 'Unknown option --verbose', 'score'],
    [['score', 'a.json', '--assessment'], '--assessment needs a value', 'score'],
    [['questions', '-o', 'out.txt'], 'questions does not take the option -o', 'questions'],
    [['validate', 'a.json', '--json'], 'validate does not take the option --json', 'validate'],
    [['schema', '--assessment', 'x'], 'schema does not take the option --assessment', 'schema'],
    [['verify', 'a.pdf', 'b.json', '--json'], 'verify does not take the option --json', 'verify'],
    [['verify', 'a.pdf', 'b.json', '-o', 'x.pdf'], 'verify does not take the option -o', 'verify']
  ])("%j exits 2 with the command's usage", async (argv, message, command) => {
    const r = await run(argv)
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(r.err).toContain(`Usage: armslength ${command}`)
    expect(r.out).toBe('')
  })

  test('score --assessment with an id the file does not hold exits 2 and names the ids it holds', async () => {
    const r = await run(['score', examplePath('managed-contact-centre.json'), '--assessment', 'asm-nope'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('No assessment with id "asm-nope"')
    expect(r.err).toContain('asm-lodz-2025, asm-lodz-2026')
  })
})

test('docs/cli.md shows the usage line of every command', () => {
  const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8')
  for (const command of COMMANDS) expect(doc, command.name).toContain(`npx armslength ${command.usage}\n`)
})

describe('--help per command', () => {
  test.each(COMMANDS.map((c) => [c.name]))('%s --help prints its usage, options and exit codes on stdout, exit 0', async (name) => {
    const command = COMMANDS.find((c) => c.name === name)!
    const r = await run([name, '--help'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out.split('\n')[0]).toBe(`Usage: armslength ${command.usage}`)
    expect(r.out).toContain(command.summary)
    expect(r.out).toMatch(/Exit codes: 0/)
    for (const option of command.options ?? []) expect(r.out, option).toContain(option)
    // -h and `help <command>` say the same
    expect((await run([name, '-h'])).out).toBe(r.out)
    expect((await run(['help', name])).out).toBe(r.out)
  })

  test('every command has its help entry (a new command without one fails here)', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual(COMMANDS.map((c) => c.name).sort())
  })

  test('--help wins over missing arguments and -o (nothing is read or written)', async () => {
    const r = await run(['report', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('-o, --output <out.pdf>')
    expect(r.written.size).toBe(0)
  })
})
