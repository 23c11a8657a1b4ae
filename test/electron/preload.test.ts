import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { API_GLOBAL, CHANNELS } from '@shared/ipc/channels'
import type { ApiMethod } from '@shared/ipc/contract'

const electron = vi.hoisted(() => {
  const contextBridge = { exposeInMainWorld: vi.fn() }
  const ipcRenderer = { invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })) }
  return { contextBridge, ipcRenderer }
})

vi.mock('electron', () => ({ default: electron, ...electron }))

await import('../../electron/preload/index')

function exposed(): Record<string, unknown> {
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0]
  if (!call) throw new Error('nothing exposed')
  return call[1] as Record<string, unknown>
}

describe('preload', () => {
  it('exposes exactly one object, under API_GLOBAL', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe(API_GLOBAL)
  })

  it('exposes one function per API method and nothing else', () => {
    const api = exposed()
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort())
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)
    // no way back to ipcRenderer or a generic invoke through the bridge object
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke)
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('ipcRenderer')
  })

  it('forwards each method to its own channel with exactly one argument', async () => {
    const api = exposed()
    for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
      electron.ipcRenderer.invoke.mockClear()
      const fn = api[method] as (...args: unknown[]) => Promise<unknown>
      const request = { probe: method }
      await expect(fn(request, 'ignored extra')).resolves.toEqual({ ok: true, value: { channel: CHANNELS[method], request } })
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(CHANNELS[method], request)
      electron.ipcRenderer.invoke.mockClear()
      await fn()
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(CHANNELS[method], undefined)
    }
  })

  it('imports nothing at run time but electron, the channel map and its own builder (bundle stays tiny, no zod)', () => {
    const dir = resolve(import.meta.dirname, '../../electron/preload')
    const allowed = new Set(['electron', '@shared/ipc/channels', '@shared/ipc/build-api'])
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8')
      for (const match of source.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        if (match[1]) continue // type-only imports are erased
        expect(allowed, `${file} imports ${match[2]}`).toContain(match[2])
      }
    }
    const channels = readFileSync(resolve(import.meta.dirname, '../../shared/ipc/channels.ts'), 'utf8')
    expect(channels).not.toMatch(/^import\s+(?!type\s)/m)
    // the builder both hosts share brings in only the channel map
    const builder = readFileSync(resolve(import.meta.dirname, '../../shared/ipc/build-api.ts'), 'utf8')
    const runtime = [...builder.matchAll(/^import\s+(?!type\s)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1])
    expect(runtime).toEqual(['./channels'])
  })
})
