import type { WebFrameMain } from 'electron'
import { isAppIndexUrl, type AppLocation } from './app-urls'

/** The parts of an IPC sender frame the check reads (a real WebFrameMain, or a fake in tests). */
export type SenderFrame = Pick<WebFrameMain, 'url' | 'parent'>

/**
 * Whether an IPC message comes from our own page. Every handler asks this before doing anything,
 * because IPC is reachable by any frame that ever gets a preload (Electron security checklist #17).
 */
export function isTrustedSender(location: AppLocation, frame: SenderFrame | null | undefined): boolean {
  // why: senderFrame is null after the frame navigated away or was destroyed; fail closed
  if (!frame) return false
  try {
    // why: only the top-level frame of our window; our CSP allows no frames, so a child frame is foreign
    if (frame.parent !== null) return false
    // why: URL-parsed comparison against the exact index file or dev origin, never a prefix match
    return isAppIndexUrl(location, frame.url)
  } catch {
    // why: reading a disposed WebFrameMain throws; treat as untrusted rather than crash the handler
    return false
  }
}

export function createSenderCheck(location: AppLocation): (frame: SenderFrame | null | undefined) => boolean {
  return (frame) => isTrustedSender(location, frame)
}
