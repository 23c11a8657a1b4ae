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
})
