import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { diagnosticsText, type DiagnosticsHost } from '@shared/diagnostics/collect-diagnostics'
import type { Diagnostics } from '@shared/ipc/contract'
import { formatLogFields, formatLogLine } from '@shared/diagnostics/log-line'
import { createLogRing } from '@shared/diagnostics/log-ring'
import { dispatch } from '@shared/ipc/dispatch'
import { createStoreService } from '@shared/service/store-service'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { createDesktopLogger, entries, LOG_MAX_BYTES } from '../../electron/main/logging/app-log'
import { watchProcessErrors } from '../../electron/main/logging/process-errors'
import { cancellingFileSaver, engagementFields, memoryPersistence, sequentialIds, steppingClock } from './fixtures'
import { testReports } from '../helpers/memory-persistence'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'al-log-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('log lines carry kinds and ids, never content', () => {
  it('keeps identifier-like values and masks anything else', () => {
    expect(formatLogFields({ method: 'saveAnswer', code: 'invalid-request', id: 'eng-1', n: 3, ok: true })).toBe(
      'method=saveAnswer code=invalid-request id=eng-1 n=3 ok=true'
    )
    expect(formatLogFields({ vendor: 'Łódź Services Sp. z o.o.', note: 'he said "no"', multi: 'a\nINFO forged' })).toBe(
      'vendor=? note=? multi=?'
    )
  })

  it('puts an error stack under its line', () => {
    const error = new Error('boom')
    const line = formatLogLine('2026-12-06T00:00:00.000Z', 'error', 'ipc-internal', { method: 'listEngagements' }, error)
    expect(line.split('\n')[0]).toBe('2026-12-06T00:00:00.000Z ERROR ipc-internal method=listEngagements')
    expect(line).toContain('Error: boom\n    at ')
  })
})

describe('the desktop log file', () => {
  it('writes to <logs>/main.log and reads back the newest entries with their stacks', async () => {
    const log = createDesktopLogger({ logsDir: dir, console: false })
    log.event('app-start', { version: '0.1.0' })
    log.error('ipc-internal', new TypeError('x is undefined'), { method: 'openAssessment' })
    log.warn('ipc-failed', { method: 'importBank', code: 'invalid-file' })
    expect(log.file).toBe(join(dir, 'main.log'))
    const recent = await log.recent(2)
    expect(recent).toHaveLength(2)
    expect(recent[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z error ipc-internal method=openAssessment\nTypeError: x is undefined\n {4}at /)
    expect(recent[1]).toMatch(/ warn ipc-failed method=importBank code=invalid-file$/)
  })

  it('rotates at the size limit: main.log starts again and the previous one becomes main.old.log', async () => {
    const log = createDesktopLogger({ logsDir: dir, console: false })
    const fields = { a: 'x'.repeat(110), b: 'x'.repeat(110), c: 'x'.repeat(110), d: 'x'.repeat(110), e: 'x'.repeat(110) }
    const perLine = 500 // a little less than each line's real length, so the loop certainly passes the limit
    for (let i = 0; i < Math.ceil(LOG_MAX_BYTES / perLine) + 10; i++) log.event('tick', fields)
    expect(existsSync(join(dir, 'main.old.log'))).toBe(true)
    expect(readFileSync(join(dir, 'main.log')).byteLength).toBeLessThan(LOG_MAX_BYTES)
    // reading spans both files, newest last
    expect((await log.recent(3)).every((e) => e.includes(' info tick '))).toBe(true)
  }, 20_000)

  it('groups continuation lines with their entry', () => {
    expect(entries('2026-01-01T00:00:00.000Z info a\n2026-01-01T00:00:01.000Z error b\nError: x\n    at f\n')).toEqual([
      '2026-01-01T00:00:00.000Z info a',
      '2026-01-01T00:00:01.000Z error b\nError: x\n    at f'
    ])
  })
})

describe('unexpected errors are logged with their stacks', () => {
  it('dispatch tells the host about a throw (the caller still gets internal)', async () => {
    const seen: { method: string; error: unknown }[] = []
    const api = {
      listEngagements: async () => {
        throw new RangeError('index out of range')
      }
    }
    const result = await dispatch(api as never, 'listEngagements', undefined, (method, error) => seen.push({ method, error }))
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: 'index out of range' } })
    expect(seen).toHaveLength(1)
    expect(seen[0]?.method).toBe('listEngagements')
    expect((seen[0]?.error as Error).stack).toContain('RangeError: index out of range')
  })

  it('uncaught exceptions and unhandled rejections reach the log; the user is told of the first kind', () => {
    const source = new EventEmitter()
    const log = { error: vi.fn() }
    const tellUser = vi.fn()
    watchProcessErrors(source, log, tellUser)
    const error = new Error('uncaught')
    source.emit('uncaughtException', error)
    source.emit('unhandledRejection', 'rejected with a string')
    expect(log.error).toHaveBeenCalledWith('uncaught-exception', error)
    expect(log.error).toHaveBeenCalledWith('unhandled-rejection', 'rejected with a string')
    expect(tellUser).toHaveBeenCalledTimes(1)
  })

  it('the browser edition keeps the newest entries in memory only', async () => {
    let t = 0
    const ring = createLogRing(3, () => `T${t++}`)
    for (const kind of ['a', 'b', 'c', 'd']) ring.event(kind)
    expect(await ring.recent(10)).toEqual(['T1 INFO b', 'T2 INFO c', 'T3 INFO d'])
  })
})

describe('getDiagnostics', () => {
  const host: DiagnosticsHost = {
    appVersion: '0.1.0',
    platform: 'linux x64; Electron 45.5.0',
    recentLog: async (n) => ['T0 INFO app-start version=0.1.0'].slice(-n)
  }

  it('answers versions, counts and the log through the validating dispatch, and none of the content', async () => {
    const api = await createStoreService({
      edition: 'desktop',
      persistence: memoryPersistence(),
      files: cancellingFileSaver(),
      reports: testReports,
      clock: steppingClock(),
      ids: sequentialIds('eng'),
      host
    })
    const created = await api.createEngagement({
      fields: engagementFields({ vendorName: 'Zyxwv Secret Vendor', notes: 'confidential remark' })
    })
    if (!created.ok) throw new Error(created.error.message)
    const started = await api.startAssessment({ engagementId: created.value.id, kind: 'annual', title: 'Hidden title 2026' })
    if (!started.ok) throw new Error(started.error.message)
    const question = DEFAULT_BANK.questions[0]!
    await api.saveAnswer({
      assessmentId: started.value.id,
      questionId: question.id,
      answer: { choice: question.options[0]!.id, note: 'an answer note' }
    })

    const result = await dispatch(api, 'getDiagnostics', undefined)
    if (!result.ok) throw new Error(result.error.message)
    const diagnostics = result.value as Diagnostics
    expect(diagnostics).toMatchObject({
      appVersion: '0.1.0',
      edition: 'desktop',
      platform: 'linux x64; Electron 45.5.0',
      counts: { engagements: 1, assessments: 1, finalAssessments: 0, importedBanks: 0 },
      logLines: ['T0 INFO app-start version=0.1.0']
    })
    expect(diagnostics.storeVersion).toBeGreaterThanOrEqual(4)
    const text = diagnosticsText(diagnostics)
    for (const secret of ['Zyxwv', 'Secret Vendor', 'confidential', 'Hidden title', 'an answer note', 'Tier 1 customer support'])
      expect(text).not.toContain(secret)
    expect(text).toContain('Engagements: 1; assessments: 1 (0 signed off)')
    // a request with arguments is refused like any other
    expect(await dispatch(api, 'getDiagnostics', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })
})
