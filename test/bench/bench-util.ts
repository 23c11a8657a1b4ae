import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lazyFallbacks } from '@shared/report/render/font-set'
import type { ReportFonts } from '@shared/report/render/pdf-fonts'

/**
 * Helpers for the benchmark's child processes (test/bench/measure-*.ts, bundled by scripts/bench.mjs).
 * Each child prints exactly one result line, `BENCH_RESULT {…}`, which the parent parses.
 */

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1] as number
}

/**
 * Peak resident set size of this process so far, in MiB. On Linux from /proc/self/status VmHWM: getrusage's
 * ru_maxrss survives exec, so a child spawned by a large parent would report the parent's peak.
 */
export function peakRssMiB(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8')
    const kib = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]
    if (kib !== undefined) return Number(kib) / 1024
  } catch {
    // not Linux: fall through to getrusage
  }
  return process.resourceUsage().maxRSS / 1024
}

export function emitResult(result: Record<string, unknown>): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ ...result, peakRssMiB: peakRssMiB() })}\n`)
}

/** The repository root: the parent passes it, so a bundle in out/bench finds assets/. */
export function benchRoot(): string {
  return process.env['BENCH_ROOT'] ?? process.cwd()
}

export async function readReportFonts(root = benchRoot()): Promise<ReportFonts> {
  const dir = join(root, 'assets', 'fonts')
  const [regular, bold] = await Promise.all([readFile(join(dir, 'DejaVuSans.ttf')), readFile(join(dir, 'DejaVuSans-Bold.ttf'))])
  return {
    regular,
    bold,
    fallbacks: lazyFallbacks((file) => readFileSync(join(dir, file)))
  }
}

/** Page count of a PDF, from its page objects (enough for a plausibility check of the output). */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return (text.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length
}

export const time = <T>(fn: () => T): { ms: number; value: T } => {
  const start = performance.now()
  const value = fn()
  return { ms: performance.now() - start, value }
}
