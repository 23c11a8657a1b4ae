import { beforeAll, describe, expect, test } from 'vitest'
import { bundleOf } from '@shared/exchange/build-exchange'
import { EXAMPLES, exampleFile, exampleText, run } from './cli-run'

type JsonSchema = {
  type?: string
  const?: unknown
  enum?: unknown[]
  required?: string[]
  properties?: Record<string, JsonSchema>
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  items?: JsonSchema
  oneOf?: JsonSchema[]
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
}

/** A tiny JSON Schema checker for the keywords our schema uses; returns the paths that fail. */
function schemaErrors(schema: JsonSchema, value: unknown, path = '$'): string[] {
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s) => schemaErrors(s, value, path).length === 0).length
    return passing === 1 ? [] : [`${path}: matches ${passing} of oneOf`]
  }
  const errors: string[] = []
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value
  if (schema.type && !(schema.type === kind || (schema.type === 'number' && kind === 'integer'))) return [`${path}: not ${schema.type}`]
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${String(schema.const)}`)
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not in enum`)
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: pattern`)
    if (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity)) errors.push(`${path}: length`)
  }
  if (typeof value === 'number' && (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity)))
    errors.push(`${path}: range`)
  if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) errors.push(`${path}: items count`)
    if (schema.items) value.forEach((v, i) => errors.push(...schemaErrors(schema.items!, v, `${path}[${i}]`)))
  }
  if (kind === 'object') {
    const obj = value as Record<string, unknown>
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${path}.${key}: required`)
    for (const [key, v] of Object.entries(obj)) {
      if (schema.propertyNames) errors.push(...schemaErrors(schema.propertyNames, key, `${path}.${key} (name)`))
      const own = schema.properties?.[key]
      if (own) errors.push(...schemaErrors(own, v, `${path}.${key}`))
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`)
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...schemaErrors(schema.additionalProperties, v, `${path}.${key}`))
    }
  }
  return errors
}

describe('schema', () => {
  let schema: JsonSchema & { $schema?: string }

  beforeAll(async () => {
    const r = await run(['schema'])
    expect(r.code).toBe(0)
    schema = JSON.parse(r.out) as typeof schema
  })

  test('is a draft 2020-12 schema with one branch per format, listing their required members', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const [engagementFile, bundle] = schema.oneOf ?? []
    expect(engagementFile?.required).toEqual(['format', 'formatVersion', 'exportedAt', 'engagement', 'assessments'])
    expect(bundle?.required).toEqual(['format', 'formatVersion', 'exportedAt', 'engagements'])
    expect(engagementFile?.properties?.['format']?.const).toBe('armslength.engagement')
    expect(bundle?.properties?.['format']?.const).toBe('armslength.bundle')
    for (const branch of [engagementFile, bundle]) {
      expect(branch?.additionalProperties).toBe(false)
      expect(Object.keys(branch?.properties ?? {})).toEqual(expect.arrayContaining(branch?.required ?? []))
      expect(branch).not.toHaveProperty('$schema')
    }
    const engagement = engagementFile?.properties?.['engagement']
    expect(engagement?.required).toEqual(expect.arrayContaining(['id', 'vendorName', 'name', 'services', 'deliveryCountries', 'headcount']))
  })

  test('accepts every example and a bundle of them, and refuses a wrong type', () => {
    for (const fileName of EXAMPLES) expect(schemaErrors(schema, exampleFile(fileName))).toEqual([])
    const files = EXAMPLES.map(exampleFile)
    expect(
      schemaErrors(
        schema,
        bundleOf(
          files.map((f) => ({ engagement: f.engagement, assessments: f.assessments })),
          '2026-11-25T10:00:00.000Z'
        )
      )
    ).toEqual([])
    const broken = JSON.parse(exampleText('germany-client-instructions.json').replace('"headcount": 55', '"headcount": "many"')) as unknown
    expect(schemaErrors(schema, broken)).not.toEqual([])
    expect(schemaErrors(schema, { format: 'something-else' })).not.toEqual([])
  })
})
