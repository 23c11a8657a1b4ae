import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { parseUntrustedJson } from '@shared/exchange/safe-json'

const twice = (problems: readonly { reason: string }[]) => problems.filter((p) => p.reason.includes('is given twice'))

describe('members named twice', () => {
  test('any JSON a program writes (escapes, quotes and brackets inside strings, any layout) has none', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const r = parseUntrustedJson(JSON.stringify(value, null, indent))
        expect(r.ok ? [] : twice(r.problems)).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  test('a member added again anywhere, under any name and spelling, is found with its path', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 5 }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        (members, pick, extra, escape) => {
          const names = Object.keys(members).filter((n) => !['__proto__', 'constructor', 'prototype'].includes(n))
          fc.pre(names.length > 0)
          const name = names[pick % names.length]!
          // the repeated name spelt with every character escaped, which JSON.parse reads as the same name
          const spelt = escape
            ? `"${[...name]
                .map((c) =>
                  c
                    .split('')
                    .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)
                    .join('')
                )
                .join('')}"`
            : JSON.stringify(name)
          // a replacer function: a string replacement would read "$`" in the generated value as a pattern
          const inner = JSON.stringify(members).replace(/}$/, () => `,${spelt}:${JSON.stringify(extra)}}`)
          const r = parseUntrustedJson(`{"list":[0,{"inside":${inner}}]}`)
          expect(r.ok).toBe(false)
          if (!r.ok)
            expect(twice(r.problems)).toEqual([
              { path: expect.stringContaining('list[1].inside'), reason: `The member "${name}" is given twice in this object` }
            ])
        }
      ),
      { numRuns: 300 }
    )
  })
})
