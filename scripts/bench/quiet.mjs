// Waits until the machine is quiet before a measure: what the previous measure wrote is flushed to disk
// (`sync`), then the CPUs must be idle for two one-second windows in a row. The browser load read
// 1.06–1.46 s in full runs against 0.9–1.0 s run alone; the store measure before it writes hundreds of
// megabytes. In the first run with this wait every measure found the machine idle within its first two
// windows, so that was not the cause shown; the wait stays so a measure never starts on another's work.
// It changes nothing that is measured, only when. (A host's contention for the VM's cores does not show
// here: /proc/stat's steal column read 0 on our machines while their speed drifted by a third.)
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const IDLE_SHARE = 0.9
const WINDOW_MS = 1000
const MAX_WAIT_MS = 60_000

/** The CPU line of /proc/stat as [idle + iowait, total] jiffies (iowait counts as busy: the disk is). */
function cpuTimes() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((a, b) => a + b, 0)
  return [fields[3], total]
}

/** Resolves once quiet, or after a minute at most; says how long it waited and how idle the last window was. */
export async function quietMachine() {
  const started = Date.now()
  try {
    execFileSync('sync')
  } catch {
    // not every system has `sync`; the idle windows still apply
  }
  if (!existsSync('/proc/stat')) return { waitedMs: Date.now() - started, idle: null }
  let quietWindows = 0
  let idle = 0
  while (quietWindows < 2 && Date.now() - started < MAX_WAIT_MS) {
    const [idle0, total0] = cpuTimes()
    await new Promise((r) => setTimeout(r, WINDOW_MS))
    const [idle1, total1] = cpuTimes()
    idle = total1 > total0 ? (idle1 - idle0) / (total1 - total0) : 1
    quietWindows = idle >= IDLE_SHARE ? quietWindows + 1 : 0
  }
  return { waitedMs: Date.now() - started, idle }
}
