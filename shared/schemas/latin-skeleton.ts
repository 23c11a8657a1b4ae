/**
 * Cyrillic and Greek letters drawn like a Latin letter, each above the Latin letter it passes for: the subset
 * of UTS #39's confusables (confusables.txt) for the three scripts, capitals and small letters. A name written
 * wholly in Cyrillic to look Latin ("ТОМ КЕМР") passes the mixed-script rule (typed-characters.ts), since no
 * word mixes scripts; compared through this skeleton it is still the same name as "TOM KEMP".
 */
const LOOK_ALIKES = 'АВЕЅІЈКМНОРСТХУҮԚԜаеѕіјорсухһԛԝӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧονιαρυχ'
const AS_LATIN = 'ABESIJKMHOPCTXYYQWaesijopcyxhqwlABEZHIKMNOPTYXoviapux'
const LOOKS_LATIN: ReadonlyMap<string, string> = new Map([...LOOK_ALIKES].map((c, i) => [c, AS_LATIN[i] as string]))
const CONFUSABLE = new RegExp(`[${LOOK_ALIKES}]`, 'gu')

/** The text with every Cyrillic or Greek letter that looks Latin replaced by that Latin letter. */
export function latinSkeleton(text: string): string {
  return text.replace(CONFUSABLE, (c) => LOOKS_LATIN.get(c) ?? c)
}
