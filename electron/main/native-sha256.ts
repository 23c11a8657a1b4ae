import { createHash } from 'node:crypto'
import { useHostSha256, type Sha256Text } from '@shared/integrity/sha256'

/** Node's SHA-256 of text as UTF-8 (a lone surrogate becomes U+FFFD, as in the portable one). */
export const NATIVE_SHA256: Sha256Text = (text) => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * Fingerprints and hashes in this thread use Node's SHA-256 instead of the portable TypeScript one: the
 * same digest (checked on install), ten times faster. Every Node entry point calls it once: the desktop
 * main process, the command line and the PDF worker threads.
 */
export function installNativeSha256(): void {
  useHostSha256(NATIVE_SHA256)
}
