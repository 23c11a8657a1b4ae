import type { z } from 'zod'
import type { Problem } from './result'

/** Turns a zod error into "path: reason" problems a person can act on. */
export function problemsFromZod(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(prefix, issue.path),
    reason: issue.message
  }))
}

export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.reason}`).join('\n')
}
