import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/ipc/channels'
import type { ApiMethod, ArmsLengthApi } from '@shared/ipc/contract'
import { createStoreService } from '@shared/service/store-service'
import type { Result } from '@shared/util/result'
import type { AppLocation } from '../../electron/main/app-urls'
import { registerIpc, type IpcRegistrar } from '../../electron/main/ipc/register-ipc'
import { createSenderCheck, type SenderFrame } from '../../electron/main/trusted-sender'
import { cancellingFileSaver, engagementFields, memoryPersistence, sequentialIds, steppingClock } from './fixtures'
import { testReports } from '../helpers/memory-persistence'

const rendererDir = '/opt/armslength/resources/app.asar/out/renderer'
const location: AppLocation = { rendererDir, devOrigin: null }
const appFrame: SenderFrame = { url: 'app://bundle/index.html#/engagements', parent: null }

type Handler = (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => Promise<Result<unknown>>

async function setup() {
  const service = await createStoreService({
    edition: 'desktop',
    persistence: memoryPersistence(),
    files: cancellingFileSaver(),
    reports: testReports,
    clock: steppingClock(),
    ids: sequentialIds('eng')
  })
  // every method wrapped in a spy that still reaches the real service
  const api = Object.fromEntries(
    Object.entries(service).map(([name, fn]) => [name, vi.fn(fn as (req: unknown) => Promise<Result<unknown>>)])
  ) as unknown as ArmsLengthApi & Record<ApiMethod, ReturnType<typeof vi.fn>>
  const handlers = new Map<string, Handler>()
  const ipcMain: IpcRegistrar = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, handler)
    }) as unknown as IpcRegistrar['handle']
  }
  const log = { warn: vi.fn(), error: vi.fn() }
  const registered = registerIpc(ipcMain, api, createSenderCheck(location), log)
  async function call(method: ApiMethod, frame: SenderFrame | null, ...args: unknown[]) {
    const handler = handlers.get(CHANNELS[method])
    if (!handler) throw new Error(`no handler for ${method}`)
    return handler({ senderFrame: frame }, ...args)
  }
  return { api, handlers, registered, call, log }
}

function errorCode(result: Result<unknown>): string | null {
  return result.ok ? null : result.error.code
}

describe('registerIpc', () => {
  let ctx: Awaited<ReturnType<typeof setup>>
  beforeEach(async () => {
    ctx = await setup()
  })

  it('registers exactly one handler per CHANNELS entry', () => {
    expect([...ctx.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort())
    expect(ctx.registered.sort()).toEqual(Object.values(CHANNELS).sort())
  })

  it('answers forbidden to every foreign sender, before looking at the payload', async () => {
    const foreign: (SenderFrame | null)[] = [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///elsewhere/evil/index.html', parent: null },
      // the old file:// page is no longer ours: the UI is served from app://bundle/
      { url: pathToFileURL(join(rendererDir, 'index.html')).href, parent: null },
      { url: 'app://bundle/other.html', parent: null },
      { url: 'app://bundle.evil/index.html', parent: null },
      { url: 'http://localhost:5173/', parent: null },
      { url: appFrame.url, parent: {} as SenderFrame['parent'] },
      {
        get url(): string {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed')
        },
        parent: null
      }
    ]
    for (const frame of foreign) {
      for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
        expect(errorCode(await ctx.call(method, frame, undefined))).toBe('forbidden')
      }
    }
    for (const spy of Object.values(ctx.api)) expect(spy).not.toHaveBeenCalled()
  })

  it('every channel validates its payload: an unexpected shape is refused on each one', async () => {
    for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
      for (const payload of [{ __junk: 1 }, 42, 'text', [1, 2]]) {
        expect(errorCode(await ctx.call(method, appFrame, payload)), `${method} ${JSON.stringify(payload)}`).toBe('invalid-request')
      }
    }
    for (const spy of Object.values(ctx.api)) expect(spy).not.toHaveBeenCalled()
  })

  it('rejects malformed payloads as invalid-request without calling the service', async () => {
    const fields = engagementFields()
    const cases: [ApiMethod, unknown[]][] = [
      ['createEngagement', [{ fields: 'not an object' }]],
      ['createEngagement', [{ fields: { ...fields, headcount: '120' } }]],
      ['createEngagement', [{ fields, extra: true }]],
      ['createEngagement', [{ fields: { ...fields, isAdmin: true } }]],
      ['createEngagement', [JSON.parse(`{"fields": ${JSON.stringify(fields)}, "__proto__": {"polluted": true}}`)]],
      ['deleteEngagement', [JSON.parse('{"id": "eng-1", "__proto__": {"polluted": true}}')]],
      ['deleteEngagement', [{ id: 42 }]],
      ['deleteEngagement', [{ id: '../../etc/passwd' }]],
      ['deleteEngagement', ['eng-1']],
      ['deleteEngagement', [null]],
      ['deleteEngagement', []],
      ['listEngagements', [{}]],
      ['listEngagements', [undefined, undefined]],
      ['deleteEngagement', [{ id: 'eng-1' }, { id: 'eng-2' }]],
      ['restoreBackup', [{ id: '../armslength-store.json' }]],
      ['setEngagementStatus', [{ id: 'eng-1', status: 'deleted' }]]
    ]
    for (const [method, args] of cases) {
      const result = await ctx.call(method, appFrame, ...args)
      expect(errorCode(result), `${method} ${JSON.stringify(args)}`).toBe('invalid-request')
    }
    for (const spy of Object.values(ctx.api)) expect(spy).not.toHaveBeenCalled()
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('passes a valid request from the app page to the service and returns its result', async () => {
    const created = await ctx.call('createEngagement', appFrame, { fields: engagementFields() })
    expect(created.ok).toBe(true)
    expect(ctx.api.createEngagement).toHaveBeenCalledTimes(1)
    const listed = await ctx.call('listEngagements', appFrame, undefined)
    expect(listed).toMatchObject({ ok: true, value: [{ vendorName: 'Łódź Services Sp. z o.o.' }] })
  })

  it('accepts the dev server page only when a dev origin is configured', async () => {
    const devFrame: SenderFrame = { url: 'http://localhost:5173/', parent: null }
    const devCheck = createSenderCheck({ ...location, devOrigin: 'http://localhost:5173' })
    expect(devCheck(devFrame)).toBe(true)
    expect(devCheck({ url: 'http://localhost:5173.evil.test/', parent: null })).toBe(false)
    expect(createSenderCheck(location)(devFrame)).toBe(false)
  })

  it('logs refusals and unexpected errors by method and code, with the stack, never the payload', async () => {
    await ctx.call('deleteEngagement', { url: 'https://evil.example/', parent: null }, { id: 'eng-1' })
    expect(ctx.log.warn).toHaveBeenCalledWith('ipc-forbidden', { method: 'deleteEngagement' })

    await ctx.call('createEngagement', appFrame, { fields: engagementFields({ vendorName: 'Secret Vendor Ltd' }), extra: 1 })
    expect(ctx.log.warn).toHaveBeenCalledWith('ipc-failed', { method: 'createEngagement', code: 'invalid-request' })

    const bug = new TypeError('Cannot read properties of undefined')
    ctx.api.listEngagements.mockImplementationOnce(async () => {
      throw bug
    })
    expect(errorCode(await ctx.call('listEngagements', appFrame, undefined))).toBe('internal')
    expect(ctx.log.error).toHaveBeenCalledWith('ipc-internal', bug, { method: 'listEngagements' })
    expect(JSON.stringify([ctx.log.warn.mock.calls, ctx.log.error.mock.calls])).not.toContain('Secret Vendor')
  })
})
