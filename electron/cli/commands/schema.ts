import { z } from 'zod'
import { EXIT, type Command } from '../cli-types'
import { requirePositionals } from '../parse-args'
import { printJson } from '../print-lines'
import {
  BUNDLE_FORMAT,
  BundleSchema,
  ENGAGEMENT_FILE_FORMAT,
  EngagementFileSchema,
  EXCHANGE_FORMAT_VERSION
} from '@shared/exchange/exchange-schemas'

/** The JSON Schema of the exchange formats, generated from the zod schemas that validate them. */
export function exchangeJsonSchema(): unknown {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: "Arm's Length exchange file",
    description: 'One engagement with its assessments (armslength.engagement) or many (armslength.bundle). See docs/file-format.md.',
    oneOf: [
      subschema(EngagementFileSchema, `Engagement file (${ENGAGEMENT_FILE_FORMAT}, format version ${EXCHANGE_FORMAT_VERSION})`),
      subschema(BundleSchema, `Bundle (${BUNDLE_FORMAT}, format version ${EXCHANGE_FORMAT_VERSION})`)
    ]
  }
}

/** One format's schema, without its own "$schema": only the document root may declare the dialect. */
function subschema(schema: z.ZodType, title: string): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })
  return { title, ...rest }
}

export const schemaCommand: Command = {
  name: 'schema',
  usage: 'schema',
  summary: 'print the JSON Schema of the engagement file and bundle formats',
  options: [],
  run: async (args, io) => {
    requirePositionals(args, [])
    printJson(io.out, exchangeJsonSchema())
    return EXIT.ok
  }
}
