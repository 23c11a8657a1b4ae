import { z } from 'zod'
import { EXIT, type Command } from '../cli-types'
import { requirePositionals } from '../parse-args'
import { BundleSchema, EngagementFileSchema } from '@shared/exchange/exchange-schemas'

/** The JSON Schema of the exchange formats, generated from the zod schemas that validate them. */
export function exchangeJsonSchema(): unknown {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: "Arm's Length exchange file",
    description: 'One engagement with its assessments (armslength.engagement) or many (armslength.bundle). See docs/file-format.md.',
    oneOf: [
      z.toJSONSchema(EngagementFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
      z.toJSONSchema(BundleSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })
    ]
  }
}

export const schemaCommand: Command = {
  name: 'schema',
  usage: 'schema',
  summary: 'print the JSON Schema of the engagement file and bundle formats',
  run: async (args, io) => {
    requirePositionals(args, [])
    io.out(JSON.stringify(exchangeJsonSchema(), null, 2))
    return EXIT.ok
  }
}
