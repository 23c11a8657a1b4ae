import { CHANNELS } from '@shared/ipc/channels'
import type { ApiMethod, ArmsLengthApi } from '@shared/ipc/contract'

/** ipcRenderer.invoke, narrowed to the one shape the bridge uses. */
export type Invoke = (channel: string, request: unknown) => Promise<unknown>

/**
 * One forwarding function per API method, built from CHANNELS so a new method needs no edit here.
 * Each forwards exactly one argument (the request object, or undefined) to its own channel; the page
 * gets no way to name a channel, send extra arguments or reach ipcRenderer itself.
 */
export function buildApi(invoke: Invoke): ArmsLengthApi {
  const api: Partial<Record<ApiMethod, (request?: unknown) => Promise<unknown>>> = {}
  for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
    const channel = CHANNELS[method]
    api[method] = (request?: unknown) => invoke(channel, request)
  }
  // The cast is sound: CHANNELS `satisfies Record<ApiMethod, …>`, so every method got a function above,
  // and main validates each request and answers with the method's Result.
  return Object.freeze(api) as ArmsLengthApi
}
