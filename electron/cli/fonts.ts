import { readFileSync } from 'node:fs'
import { access, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lazyFallbacks } from '@shared/report/render/font-set'
import type { ReportFonts } from '@shared/report/render/pdf-fonts'

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const

/**
 * Where the report fonts may be: an explicit override, the packaged app's resources/fonts
 * (electron-builder extraResources), or assets/fonts two levels above this module, which is the
 * project root both from the sources (electron/cli) and from the built CLI (out/cli).
 */
export function fontDirCandidates(): string[] {
  const here = dirname(fileURLToPath(import.meta.url))
  const resources = (process as { resourcesPath?: string }).resourcesPath
  return [
    process.env['ARMSLENGTH_FONTS_DIR'],
    resources ? join(resources, 'fonts') : undefined,
    join(here, '..', '..', 'assets', 'fonts'),
    join(process.cwd(), 'assets', 'fonts')
  ].filter((d): d is string => typeof d === 'string' && d.length > 0)
}

export async function findFontDir(): Promise<string | null> {
  for (const dir of fontDirCandidates()) {
    const ok = await access(join(dir, FONT_FILES.regular)).then(
      () => true,
      () => false
    )
    if (ok) return dir
  }
  return null
}

/** The report's fonts: the primary faces' bytes, the fallbacks read when a report needs them. */
export async function loadReportFonts(): Promise<ReportFonts> {
  const dir = await findFontDir()
  if (!dir) throw new Error(`Report fonts not found (looked in ${fontDirCandidates().join(', ')})`)
  const [regular, bold] = await Promise.all([readFile(join(dir, FONT_FILES.regular)), readFile(join(dir, FONT_FILES.bold))])
  // the script fallbacks (Arabic, Hebrew, Devanagari, Thai, CJK, emoji) are read only when a report needs them
  return {
    regular,
    bold,
    fallbacks: lazyFallbacks((file) => readFileSync(join(dir, file)))
  }
}
