/**
 * Export file names: recognisable (vendor, engagement, assessment, status, date), safe on Windows,
 * macOS and Linux (ASCII letters, digits and hyphens only, so no reserved character, no trailing dot
 * or space, no case-only clash surprises), never a reserved device name, and shortened only at a
 * word boundary of the subject so the status and date at the end are never cut ("…-dr.pdf").
 */

/** Longest name before the extension; well under every platform's 255-byte limit, and readable. */
export const MAX_FILE_STEM = 80

// Letters NFKD does not decompose into ASCII plus a mark.
const TRANSLITERATE: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  '&': ' and '
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** Words of a text in safe ASCII: accents dropped, other letters transliterated, everything else a separator. */
export function fileWords(text: string): string[] {
  return text
    .replace(/[ßẞÆæŒœØøŁłĐđÐðÞþıĦħ&]/g, (c) => TRANSLITERATE[c] ?? ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
}

/**
 * `subject` parts (vendor, engagement, assessment title) are shortened whole words at a time when the
 * name is too long; `suffix` parts (status, date) are always kept whole.
 */
export function exportFileName(subject: readonly string[], suffix: readonly string[], extension: string): string {
  const tail = suffix.flatMap(fileWords)
  const room = MAX_FILE_STEM - (tail.length > 0 ? tail.join('-').length + 1 : 0)
  const words: string[] = []
  let length = 0
  for (const w of subject.flatMap(fileWords)) {
    const added = (words.length > 0 ? 1 : 0) + w.length
    if (length + added > room) {
      // a first word longer than the room is the only one ever cut, and then without a stray hyphen
      if (words.length === 0) words.push(w.slice(0, Math.max(1, room)))
      break
    }
    words.push(w)
    length += added
  }
  let stem = [...words, ...tail].join('-')
  if (stem === '') stem = 'export'
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}-export`
  return `${stem}.${extension.replace(/[^A-Za-z0-9]/g, '')}`
}
