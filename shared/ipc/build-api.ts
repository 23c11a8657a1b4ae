import { CHANNELS } from './channels'
import type { ApiMethod, ArmsLengthApi } from './contract'

/** How one API call reaches the service: over IPC on the desktop, through dispatch in the browser edition. */
export type SendRequest = (method: ApiMethod, request: unknown) => Promise<unknown>

/**
 * The API object, built the same way for every host: one forwarding function per method in CHANNELS
 * (a new method needs no edit here), each passing exactly one argument — the request object, or
 * undefined — so a page cannot add arguments or name another method. The object is frozen.
 * Imports only the channel map at run time, so the desktop preload stays tiny (no zod).
 */
export function buildApi(send: SendRequest): ArmsLengthApi {
  const api: Partial<Record<ApiMethod, (request?: unknown) => Promise<unknown>>> = {}
  for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
    api[method] = (request?: unknown) => send(method, request)
  }
  // The cast is sound: CHANNELS `satisfies Record<ApiMethod, …>`, so every method got a function above,
  // and each host validates the request and answers with the method's Result.
  return Object.freeze(api) as ArmsLengthApi
}
