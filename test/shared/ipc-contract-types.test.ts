import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { ApiMethod, ArmsLengthApi } from '../../shared/ipc/contract'
import { REQUEST_SCHEMAS } from '../../shared/ipc/request-schemas'

/**
 * The request types of `ArmsLengthApi` and the zod schemas main validates with are written separately;
 * this file keeps them in step. `npm run typecheck` fails when they drift:
 * - what the renderer may send (the API's parameter) must be accepted by the schema's input type, and
 * - what the schema lets through (its output) must be what the implementation is typed to receive.
 */
type RequestOf<M extends ApiMethod> = Parameters<ArmsLengthApi[M]>[0]
type SchemaIn<M extends ApiMethod> = z.input<(typeof REQUEST_SCHEMAS)[M]>
type SchemaOut<M extends ApiMethod> = z.output<(typeof REQUEST_SCHEMAS)[M]>

type Assignable<From, To> = [From] extends [To] ? true : false
type Agrees<M extends ApiMethod> =
  Assignable<RequestOf<M>, SchemaIn<M>> extends true
    ? Assignable<SchemaOut<M>, RequestOf<M>> extends true
      ? true
      : ['schema output does not fit the API request', M]
    : ['API request not accepted by the schema input', M]

type Disagreeing = { [M in ApiMethod]: Agrees<M> extends true ? never : M }[ApiMethod]

// If this line fails to compile, the hover on `Disagreeing` names the methods whose types drifted.
const noDrift: [Disagreeing] extends [never] ? true : Disagreeing = true

describe('IPC contract', () => {
  it('has one request schema per API method and no extra (the type-level agreement is checked by tsc)', () => {
    expect(noDrift).toBe(true)
    const methods = Object.keys(REQUEST_SCHEMAS).sort()
    expect(methods.length).toBeGreaterThan(20)
    expect(new Set(methods).size).toBe(methods.length)
  })
})
