/**
 * What a PDF thread tells its host for the log without failing its job: the thread compressing a
 * packet's pages refused a batch or stopped. The packet's bytes do not change (its pages are then
 * compressed on the drawing thread, DECISIONS 246), so nothing reaches the user, but a packet made
 * slower for a reason no one sees is a fault no one can mend. No page content or names: only the reason.
 */
export type ThreadNotice = { kind: 'compressing-thread-failed'; why: string }

/** A message carrying a notice, as a PDF thread posts it to the thread that started it. */
export type ThreadNoticeMessage = { notice: ThreadNotice }

let sink: (notice: ThreadNotice) => void = () => undefined

/**
 * Where this thread's notices go: the desktop app's log, the command line's standard error, or (in a PDF
 * thread, pdf-worker.ts) up to the thread that started it. Unset, they go nowhere.
 */
export function setThreadNoticeSink(to: (notice: ThreadNotice) => void): void {
  sink = to
}

export function tellThreadNotice(notice: ThreadNotice): void {
  sink(notice)
}

export function isThreadNoticeMessage(message: unknown): message is ThreadNoticeMessage {
  return typeof message === 'object' && message !== null && 'notice' in message
}
