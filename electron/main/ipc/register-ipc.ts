import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '@shared/ipc/channels'
import type { ApiMethod, ArmsLengthApi } from '@shared/ipc/contract'
import { dispatch } from '@shared/ipc/dispatch'
import { fail, type Result } from '@shared/util/result'
import type { SenderFrame } from '../trusted-sender'

export type SenderCheck = (frame: SenderFrame | null | undefined) => boolean

/** Only what registration needs from ipcMain, so tests can pass a recorder. */
export type IpcRegistrar = Pick<IpcMain, 'handle'>

type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => Promise<Result<unknown>>

/**
 * One ipcMain.handle per CHANNELS entry, generated from the contract so a new API method is wired
 * (and guarded) without touching this file. Returns the registered channel names.
 */
export function registerIpc(ipcMain: IpcRegistrar, api: ArmsLengthApi, isTrusted: SenderCheck): string[] {
  const methods = Object.keys(CHANNELS) as ApiMethod[]
  return methods.map((method) => {
    const channel = CHANNELS[method]
    ipcMain.handle(channel, createHandler(method, api, isTrusted))
    return channel
  })
}

export function createHandler(method: ApiMethod, api: ArmsLengthApi, isTrusted: SenderCheck): Handler {
  return async (event, ...args) => {
    // why: checked first, before the payload is even looked at (Electron security checklist #17)
    if (!isTrusted(event.senderFrame)) return fail('forbidden', 'This request did not come from the app window.')
    // why: every API method takes at most one object; extra arguments mean a caller that is not our preload
    if (args.length > 1) return fail('invalid-request', `Invalid request for ${method}: expected at most one argument`)
    // dispatch validates the payload with the method's zod schema and never throws
    return dispatch(api, method, args[0])
  }
}
