/**
 * Export file names: recognisable (vendor, engagement, assessment, status, date), safe on Windows,
 * macOS and Linux (letters, digits and hyphens only, so no reserved character, no trailing dot or
 * space), never a reserved device name, and shortened only at a word boundary of the subject so the
 * status and date at the end are never cut ("…-dr.pdf"). Latin letters are folded to ASCII ("Łódź" →
 * "Lodz", as most filing systems and e-mail gateways expect); letters of other scripts are kept in
 * NFC ("東京", "Мумбаи"), since a name of only non-Latin words used to vanish into "export.pdf".
 * 80 code units of any script stay under the 255-byte limit of every file system in UTF-8.
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

/**
 * Words of a text, safe in a file name: Latin accents dropped and special Latin letters transliterated,
 * letters of other scripts kept with their marks (a Devanagari vowel sign is part of the word),
 * everything else a separator.
 */
export function fileWords(text: string): string[] {
  return (
    text
      .replace(/[ßẞÆæŒœØøŁłĐđÐðÞþıĦħ&]/g, (c) => TRANSLITERATE[c] ?? ' ')
      // NFKD folds compatibility forms (ﬁ, full-width letters) and splits accents off Latin letters
      .normalize('NFKD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      // a Latin letter with no ASCII form (ŋ, ɐ) is a separator, as before: Latin stays ASCII
      .replace(/(?![A-Za-z])\p{Script=Latin}/gu, ' ')
      .normalize('NFC')
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      // a word never starts with a mark left over from a separator it followed
      .map((w) => w.replace(/^\p{M}+/u, ''))
      .filter((w) => w !== '')
  )
}

/** The first `room` code units of a word, never splitting a surrogate pair or a letter from its marks. */
function cutWord(word: string, room: number): string {
  let cut = ''
  for (const cluster of word.match(/\P{M}\p{M}*/gu) ?? []) {
    if (cut.length + cluster.length > room) break
    cut += cluster
  }
  return cut === '' ? Array.from(word)[0]! : cut
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
      if (words.length === 0) words.push(cutWord(w, Math.max(1, room)))
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
