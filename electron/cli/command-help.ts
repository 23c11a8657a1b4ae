import type { Command } from './cli-types'

/**
 * What `armslength <command> --help` (or `armslength help <command>`) prints after the usage line and
 * summary: the options and the exit codes, as docs/cli.md explains them at length. Kept beside the
 * commands rather than in them so every command, including ones added later, is covered by one test
 * (test/electron/cli-usage.test.ts fails when a command has no entry here).
 */
export const COMMAND_HELP: Readonly<Record<string, readonly string[]>> = {
  questions: [
    'Options:',
    '  --json   the whole question bank as JSON (sections, questions, options, risks, sources)',
    '',
    'Exit codes: 0 printed; 2 an argument or another option.'
  ],
  score: [
    'Scores the latest assessment in an engagement file (or the one named), after validating the file.',
    '',
    'Options:',
    '  --json              the stable score document (format armslength.score; fields in docs/cli.md)',
    '  --assessment <id>   score this assessment instead of the latest',
    '',
    'Exit codes: 0 scored (whatever the band); 1 the file is missing, unreadable or invalid;',
    '2 missing or extra arguments, an unknown option or --assessment id.'
  ],
  validate: [
    'Checks an engagement file or bundle in one pass: safe reading, format, schema, the question bank',
    '(questions, options, profiles) and sign-off fingerprints. Every problem is listed as "path: reason".',
    '',
    'Exit codes: 0 valid; 1 missing, unreadable or invalid; 2 missing or extra arguments, or any option.'
  ],
  schema: [
    'Prints the JSON Schema (draft 2020-12) of the engagement file and bundle formats.',
    '',
    'Exit codes: 0; 2 an argument or an option.'
  ],
  report: [
    'Writes the legal review report (PDF) of one assessment; the other assessments in the file are its history.',
    '',
    'Options:',
    '  -o, --output <out.pdf>   where to write it; the folder must exist and be writable (checked first)',
    '  --assessment <id>        report this assessment instead of the latest',
    '',
    'The PDF is written to a temporary file beside the target and then renamed: a failure leaves the',
    'previous file untouched and no partial file behind.',
    '',
    'Exit codes: 0 written; 1 invalid input, or the PDF cannot be written; 2 missing -o, missing or extra',
    'arguments, an unknown option or --assessment id.'
  ],
  verify: [
    'Checks that a report PDF shows exactly what the data gives, by the fingerprint it carries.',
    '',
    'Options:',
    '  --assessment <id>   compare with this assessment instead of the one whose fingerprint the report names',
    '',
    "Exit codes: 0 match; 1 mismatch, no assessment with the PDF's fingerprint, a PDF without an Arm's Length",
    'fingerprint, or an unreadable or invalid file; 2 missing or extra arguments, an unknown option or --assessment id.'
  ],
  packet: [
    'Writes one audit packet (PDF) for many engagements: a bundle, an engagement file, or every .json file',
    'in a folder. Every file is validated first and every problem listed; any problem means no packet.',
    '',
    'Options:',
    '  -o, --output <out.pdf>   where to write it; the folder must exist and be writable (checked first)',
    '',
    'Exit codes: 0 written; 1 a file missing, unreadable or invalid, or the PDF cannot be written;',
    '2 missing -o, missing or extra arguments, or any other option.'
  ]
}

/** The full help of one command. */
export function commandHelp(command: Command): string {
  const details = COMMAND_HELP[command.name]
  return [`Usage: armslength ${command.usage}`, command.summary, ...(details ? ['', ...details] : [])].join('\n')
}
