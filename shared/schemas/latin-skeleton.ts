import { LATIN_LOOK_ALIKES } from './latin-look-alikes'

/**
 * Every character Unicode's confusables data (UTS #39) draws like an ASCII letter or digit, read as that
 * letter: Cyrillic "а", Greek "Ϲ", Lisu "ꓳ", Armenian "Օ", Latin "ɑ" and "ı"… A name written in another
 * script to look Latin ("ТОМ КЕМР", "ꓔꓳꓟ ꓗꓰꓟꓑ") passes the mixed-script rule (typed-characters.ts), since
 * no word mixes scripts; compared through this skeleton it is still "TOM KEMP". The first version held
 * 53 hand-picked Cyrillic and Greek letters; the attacker review signed past it with Lisu, Armenian, Greek
 * "Ϲ" and Latin "ɑ". Characters the data maps to nothing Latin (Cyrillic "Һ", "Ԁ") stay themselves.
 */
const LOOKS_LATIN: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  const chars = [...LATIN_LOOK_ALIKES]
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!)
  return map
})()

/** The text with every character drawn like an ASCII letter or digit replaced by that letter or digit. */
export function latinSkeleton(text: string): string {
  let out = ''
  for (const c of text) out += LOOKS_LATIN.get(c) ?? c
  return out
}
