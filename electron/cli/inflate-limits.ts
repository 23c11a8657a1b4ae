/**
 * Limits on inflating a PDF's streams in `verify`: a crafted file of a few megabytes can inflate to gigabytes
 * (attacker review: 1.2 MB took 18 s and 2.1 GB). No PDF this app writes comes near either limit: its largest stream
 * is a font of a few megabytes, and its streams inflate to about four times their size.
 */
export const MAX_STREAM_INFLATED_BYTES = 64 * 2 ** 20

/** All of a file's streams together: far above the app's own ratio, far below what a bomb asks for. */
export function inflatedBudget(pdfBytes: number): number {
  return MAX_STREAM_INFLATED_BYTES + 50 * pdfBytes
}

export const MB = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`
