import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '@shared/ipc/channels'
import type { ApiMethod, ArmsLengthApi } from '@shared/ipc/contract'
import { dispatch } from '@shared/ipc/dispatch'
import { fail, type Result } from '@shared/util/result'
import type { AppLogger } from '@shared/diagnostics/log-ring'
import type { SenderFrame } from '../trusted-sender'

export type SenderCheck = (frame: SenderFrame | null | undefined) => boolean

/** Only what registration needs from ipcMain, so tests can pass a recorder. */
export type IpcRegistrar = Pick<IpcMain, 'handle'>

type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => Promise<Result<unknown>>

/** Where refusals and unexpected errors are logged: method names and error codes, never payloads. */
export type IpcLog = Pick<AppLogger, 'warn' | 'error'>

const NO_LOG: IpcLog = { warn: () => undefined, error: () => undefined }

/**
 * One ipcMain.handle per CHANNELS entry, generated from the contract so a new API method is wired
 * (and guarded) without touching this file. Returns the registered channel names.
 */
export function registerIpc(ipcMain: IpcRegistrar, api: ArmsLengthApi, isTrusted: SenderCheck, log: IpcLog = NO_LOG): string[] {
  const methods = Object.keys(CHANNELS) as ApiMethod[]
  return methods.map((method) => {
    const channel = CHANNELS[method]
    ipcMain.handle(channel, createHandler(method, api, isTrusted, log))
    return channel
  })
}

export function createHandler(method: ApiMethod, api: ArmsLengthApi, isTrusted: SenderCheck, log: IpcLog = NO_LOG): Handler {
  return async (event, ...args) => {
    // why: checked first, before the payload is even looked at (Electron security checklist #17)
    if (!isTrusted(event.senderFrame)) {
      log.warn('ipc-forbidden', { method })
      return fail('forbidden', 'This request did not come from the app window.')
    }
    // why: every API method takes at most one object; extra arguments mean a caller that is not our preload
    if (args.length > 1) return fail('invalid-request', `Invalid request for ${method}: expected at most one argument`)
    // dispatch validates the payload with the method's zod schema and never throws; a bug's stack goes to the log
    const result = await dispatch(api, method, args[0], (m, error) => log.error('ipc-internal', error, { method: m }))
    // why: the code says what kind of failure; the message may quote what the user typed, so it stays out
    if (!result.ok && result.error.code !== 'cancelled' && result.error.code !== 'internal')
      log.warn('ipc-failed', { method, code: result.error.code })
    return result
  }
}
