import { setFlagsFromString } from 'node:v8'

/**
 * Above this many engagements a packet is drawn with a lean heap. A packet's memory is mostly garbage
 * waiting for V8 to collect it: each piece's document and report models live a second or two, long
 * enough to reach the old generation, and V8 lets the heap grow to about three times what is live
 * before a full collection (a drawing thread's heap swung between ≈ 50 and 150 MB). For 1,000
 * engagements that put the peak at ≈ 550 MB; collecting when the heap is a fifth over what was live
 * brought it to ≈ 350 MB, for ≈ 15 % more CPU (measured on 100 engagements).
 */
export const LEAN_HEAP_ABOVE_ENGAGEMENTS = 128

/** The heap's growth allowed beyond what a full collection left alive, in per cent, while a lean packet is made. */
const LEAN_GROWING_PERCENT = 20

/**
 * The growth allowed while a smaller packet is made: half again what was live. V8's own choice when
 * allocation is fast is up to four times, and whether the 100-engagement packet's main thread collected
 * just before or just after its last pieces moved its peak by ±25 MB (360–410 MB, the budget 400). With the
 * drawing threads' smaller young generation (node-worker-handle.ts), held to twice it peaked at 326–377 MB
 * for the same CPU time, held to half again at 315–338 MB for ≈ 2–3 % more CPU (docs/performance.md,
 * DECISIONS 221); 20 % would cost ≈ 15 % more, which the 4 s budget cannot spare.
 */
const PACKET_GROWING_PERCENT = 50

/** The growth held, in per cent, for each packet being made now (packets can be made at once). */
const making: number[] = []

/** The growth held while a packet of `engagements` is made, in per cent of what a full collection left alive. */
export function packetGrowingPercent(engagements: number): number {
  return engagements > LEAN_HEAP_ABOVE_ENGAGEMENTS ? LEAN_GROWING_PERCENT : PACKET_GROWING_PERCENT
}

/**
 * Runs `make` (writing a packet of `engagements`) with V8's heap growth held to packetGrowingPercent:
 * the leanest of the packets being made at once. The setting is the process's (every thread's heap:
 * the drawing threads and this one), read by V8 at each collection; it is restored once no packet is
 * being made.
 */
export async function withLeanHeap<T>(engagements: number, make: () => Promise<T>): Promise<T> {
  const percent = packetGrowingPercent(engagements)
  making.push(percent)
  apply()
  try {
    return await make()
  } finally {
    making.splice(making.indexOf(percent), 1)
    apply()
  }
}

let applied = 0

function apply(): void {
  // 0 is V8's default: the growth factor worked out from the collector's speed
  const wanted = making.length === 0 ? 0 : Math.min(...making)
  if (wanted === applied) return
  setFlagsFromString(`--heap-growing-percent=${wanted}`)
  applied = wanted
}

/**
 * Sets the heap growth this thread's packets want again, whatever a thread that ended in the middle of its
 * packet left (the setting is the process's): called when this thread's last PDF thread has ended
 * (node-worker-handle.ts).
 */
export function reapplyHeapGrowth(): void {
  applied = -1
  apply()
}
