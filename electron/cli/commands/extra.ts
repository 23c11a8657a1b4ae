import type { Command } from '../cli-types'

/** Commands added by later slices (report, verify, packet) register here. */
export const EXTRA_COMMANDS: readonly Command[] = []
