import type { ApiMethod, ArmsLengthApi } from './contract'
import { REQUEST_SCHEMAS } from './request-schemas'
import { fail, messageOf, type Result } from '../util/result'
import { problemsFromZod } from '../util/problems'

/**
 * Validates an untrusted request against its method's schema, then calls the implementation.
 * The main process runs this for every IPC message; the browser edition runs it too, so both
 * editions refuse exactly the same input.
 */
export async function dispatch(
  api: ArmsLengthApi,
  method: ApiMethod,
  raw: unknown,
  /** Told of every unexpected throw with the error itself, so the host can log its stack (the answer carries the message only). */
  onUnexpected?: (method: ApiMethod, error: unknown) => void
): Promise<Result<unknown>> {
  const schema = REQUEST_SCHEMAS[method]
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error)
    // the screens show the message: it says what was refused and why, not only which call
    const first = problems[0]
    const why = first ? `: ${first.path ? `${first.path}: ` : ''}${first.reason}` : ''
    return fail('invalid-request', `Invalid request for ${method}${why}`, problems)
  }
  const call = api[method] as (req: unknown) => Promise<Result<unknown>>
  try {
    return await call(parsed.data)
  } catch (error) {
    // a throw here is a bug; the caller still gets a value, never a rejected promise
    onUnexpected?.(method, error)
    return fail('internal', messageOf(error))
  }
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, name)
}
