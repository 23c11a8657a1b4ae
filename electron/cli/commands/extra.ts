import type { Command } from '../cli-types'
import { packetCommand } from './packet'
import { reportCommand } from './report'
import { verifyCommand } from './verify'

/** Commands added by later slices (report, verify, packet) register here. */
export const EXTRA_COMMANDS: readonly Command[] = [reportCommand, verifyCommand, packetCommand]
