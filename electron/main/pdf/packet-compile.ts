import { setFlagsFromString } from 'node:v8'

/**
 * Runs `make` (writing a packet) with TurboFan's inlining off, for the process (V8's flags are every
 * thread's), and puts it back once no packet is being made on this thread. A packet runs each report's
 * code a few hundred times and then stops: V8 optimises the model builders and drawing functions all
 * the same, and with inlining their graphs are large (one builder took 40–80 ms to compile, several
 * times over). On two cores that compiling ran beside the drawing thread and took the core it needed:
 * measured on the 100-engagement packet, CPU 4.2 → 3.5 s and the wall time about a tenth lower
 * (docs/performance.md, DECISIONS 243). Only how code is compiled changes, never what it computes: the
 * bytes are the same. What else is compiled meanwhile (the main process's own code) is compiled
 * without inlining too, and since the count is this thread's, a packet finished on one thread turns
 * inlining back on while another thread's packet is still being made: only speed is at stake. A thread
 * terminated in the middle of a packet (the desktop app's packet worker, when a packet is given up) cannot
 * put it back: the thread that started it does once its PDF threads have all ended (reapplyInlining).
 */
export async function withoutTurboInlining<T>(make: () => Promise<T>): Promise<T> {
  if (making++ === 0) setFlagsFromString('--no-turbo-inlining')
  try {
    return await make()
  } finally {
    if (--making === 0) setFlagsFromString('--turbo-inlining')
  }
}

/** Packets being made now (they can be made at once). */
let making = 0

/**
 * Sets inlining as this thread's packets want it (off while one is made here, else on), whatever a thread
 * that ended in the middle of its packet left: called when this thread's last PDF thread has ended
 * (node-worker-handle.ts).
 */
export function reapplyInlining(): void {
  setFlagsFromString(making === 0 ? '--turbo-inlining' : '--no-turbo-inlining')
}
