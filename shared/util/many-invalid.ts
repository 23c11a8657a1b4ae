import type { z } from 'zod'
import type { Problem } from './result'
import { isObject } from '../store/migrations'

/** A list of members in untrusted data and the schema each member must pass. */
export type MemberList = { items: unknown; schema: z.ZodType; path: string }

/** How many invalid members end the check at once: a person fixes the first ones, then looks again. */
export const INVALID_MEMBER_LIMIT = 20

/**
 * Problems when a file holds at least `limit` invalid members (a hostile file, or the wrong kind of file);
 * otherwise an empty list, and the caller validates the whole file as usual so every problem is named.
 * Each member is checked alone and the scan stops at the limit. Validating the whole file first costs
 * time for every problem it finds: a 300 KB file of 100,000 empty records took 3 to 22 s (every
 * missing field of every record an issue), with the page or the main process frozen meanwhile.
 */
export function manyInvalidMembers(
  lists: readonly MemberList[],
  format: (error: z.ZodError, prefix: string) => Problem[],
  limit: number = INVALID_MEMBER_LIMIT
): Problem[] {
  const problems: Problem[] = []
  let invalid = 0
  for (const { items, schema, path } of lists) {
    if (!Array.isArray(items)) continue
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i]
      const prefix = `${path}[${i}]`
      if (!isObject(item)) problems.push({ path: prefix, reason: 'Expected an object' })
      else {
        const parsed = schema.safeParse(item)
        if (parsed.success) continue
        problems.push(...format(parsed.error, prefix).slice(0, 5))
      }
      if (++invalid >= limit) {
        problems.push({ path: '(file)', reason: `Stopped after ${limit} invalid members; fix these and check the file again` })
        return problems
      }
    }
  }
  return []
}
