import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { sha256Hex } from '@shared/integrity/sha256'
import { canonicalJson } from '@shared/integrity/canonical-json'

describe('sha256', () => {
  test('matches Node crypto on known vectors and any text', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((n) => String.fromCharCode(n)), maxLength: 20 })
        ),
        (s) => {
          expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
        }
      ),
      { numRuns: 150 }
    )
  }, 30_000)
})

describe('canonical JSON', () => {
  test('key order does not matter; values do', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 'Łódź', c: null }] })).toBe('{"a":[1,{"c":null,"d":"Łódź"}],"b":1}')
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}')
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse())
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj))
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)))
      })
    )
  })

  test('gives the text of the plain recursive definition, for any value (undefined members and array holes too)', () => {
    // the definition, written the obvious way: canonicalJson is written for speed and must not differ from it
    const definition = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value)
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : definition(v))).join(',')}]`
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${definition(v)}`).join(',')}}`
    }
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.boolean(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.string({ unit: 'binary' })
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 6 }),
        fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), tie('node'), { maxKeys: 6 })
      )
    })).node
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(definition(v))
      })
    )
    expect(canonicalJson([1, undefined, { b: undefined, a: [undefined] }])).toBe('[1,null,{"a":[null]}]')
  })

  test('orders keys by code unit on either side of its insertion-sort bound, integer-like keys among them', () => {
    // Object.keys lists integer-like keys first, numerically ("9" before "10"); canonical order is by code unit
    const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.nat({ max: 200 }).map(String))
    fc.assert(
      fc.property(fc.dictionary(key, fc.integer(), { maxKeys: 60 }), (obj) => {
        const ordered = Object.keys(obj).sort()
        expect(canonicalJson(obj)).toBe(`{${ordered.map((k) => `${JSON.stringify(k)}:${obj[k]}`).join(',')}}`)
      })
    )
    expect(canonicalJson({ 10: 1, 9: 2, a: 3, B: 4 })).toBe('{"10":1,"9":2,"B":4,"a":3}')
  })
})
