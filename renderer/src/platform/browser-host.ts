import packageJson from '../../../package.json?raw'
import type { DiagnosticsHost } from '@shared/diagnostics/collect-diagnostics'
import { createLogRing, type AppLogger } from '@shared/diagnostics/log-ring'

// why: ?raw keeps package.json out of the renderer's TypeScript project (which lists its files) while
// the bundle still carries the one version the desktop reads from app.getVersion()
const version = String((JSON.parse(packageJson) as { version?: unknown }).version ?? 'unknown')

/** The newest entries kept by the browser edition's log (it lives in memory only, for this page's life). */
const LOG_CAPACITY = 200

/**
 * The browser edition's log and host facts for "Copy diagnostic information": an in-memory ring (no
 * file, nothing written to the console) of event kinds, ids and error stacks, fed by the page's
 * uncaught errors and unhandled rejections and by the API's unexpected errors.
 */
export function createBrowserHost(target: Pick<Window, 'addEventListener'> = window): { log: AppLogger; host: DiagnosticsHost } {
  const log = createLogRing(LOG_CAPACITY, () => new Date().toISOString())
  log.event('app-start', { version, edition: 'browser' })
  target.addEventListener('error', (event) => log.error('uncaught-error', event.error ?? new Error('script error (no details)')))
  target.addEventListener('unhandledrejection', (event) => log.error('unhandled-rejection', event.reason))
  return {
    log,
    host: { appVersion: version, platform: navigator.userAgent, recentLog: (count) => log.recent(count) }
  }
}
