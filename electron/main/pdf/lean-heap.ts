import { setFlagsFromString } from 'node:v8'

/**
 * Above this many engagements a packet is drawn with a lean heap. A packet's memory is mostly garbage
 * waiting for V8 to collect it: each piece's document and report models live a second or two, long
 * enough to reach the old generation, and V8 lets the heap grow to about three times what is live
 * before a full collection (a drawing thread's heap swung between ≈ 50 and 150 MB). For 1,000
 * engagements that put the peak at ≈ 550 MB; collecting when the heap is a fifth over what was live
 * brought it to ≈ 350 MB, for ≈ 15 % more CPU (measured on 100 engagements). Below this the packet
 * stays under its 400 MB anyway (100 engagements: 340–370 MB), and its time is what counts.
 */
export const LEAN_HEAP_ABOVE_ENGAGEMENTS = 128

/** The heap's growth allowed beyond what a full collection left alive, in per cent, while a lean packet is made. */
const LEAN_GROWING_PERCENT = 20

let leanPackets = 0

/**
 * Runs `make` (writing a packet of `engagements`) with V8's heap growth held to LEAN_GROWING_PERCENT
 * when the packet is large. The setting is the process's (every thread's heap: the drawing threads and
 * this one), read by V8 at each collection; it is restored once no lean packet is being made.
 */
export async function withLeanHeap<T>(engagements: number, make: () => Promise<T>): Promise<T> {
  if (engagements <= LEAN_HEAP_ABOVE_ENGAGEMENTS) return make()
  if (leanPackets++ === 0) setFlagsFromString(`--heap-growing-percent=${LEAN_GROWING_PERCENT}`)
  try {
    return await make()
  } finally {
    // 0 is V8's default: the growth factor worked out from the collector's speed
    if (--leanPackets === 0) setFlagsFromString('--heap-growing-percent=0')
  }
}
