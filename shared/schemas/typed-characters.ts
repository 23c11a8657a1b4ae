/* eslint-disable no-control-regex -- matching control characters is what this module is for */
import type { z } from 'zod'

/**
 * Characters no one types into a name and no report can print: C0 and C1 controls (a NUL prints as nothing
 * or a box and cuts some readers' text short), DEL, a lone surrogate half (not a character at all, shown
 * as "�"), and the Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane,
 * U+1FFFE to U+10FFFF included: a paste carries those as easily as U+FFFE), and the bidi embedding,
 * override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make text show in another order than
 * it is stored ("Dr. K" + U+202E + "ßieW .rD" shows as "Dr. KDr. Weiß" on screen and prints reversed), so
 * a name could look like the other signer's; the direction marks (U+200E, U+200F, U+061C) and the joiners
 * that right-to-left and Indic names need stay allowed. Line breaks and tabs are
 * allowed only where the field is multi-line; so are the Unicode line and paragraph separators (U+2028,
 * U+2029), and a single-line field also refuses the zero-width space and the byte-order mark (U+200B,
 * U+FEFF), which print as nothing and made "Wei" + U+200B + "ß" a different signer who looks the same, and
 * so every other default-ignorable character (variation selectors, U+034F, the Hangul fillers U+115F and
 * U+3164, U+17B5 …) but the joiners and direction marks, and a variation selector right after an emoji (❤️),
 * and the Braille blank (U+2800), which prints as a space: "Jörg Haßelbach" + U+FE0F signed off as the
 * reviewer of "Jörg Haßelbach" (attacker review). Checked when text is entered (the form and the API's
 * create/update requests) and when a file from elsewhere is read (an engagement file, a bundle, a backup
 * file: typed-fields.ts), never when the app's own stored data is read, so records written before the rule
 * still open.
 */
const SINGLE_LINE =
  /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\u2800\ufeff]|(?![\u061c\u200c-\u200f])(?<!\p{Extended_Pictographic})\p{Default_Ignorable_Code_Point}|\p{Noncharacter_Code_Point}|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u
const MULTI_LINE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\p{Noncharacter_Code_Point}|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u

/** The first unprintable character of a text, as "U+0000", or null. */
export function unprintableCharacter(text: string, multiLine = false): string | null {
  const found = (multiLine ? MULTI_LINE : SINGLE_LINE).exec(text)
  if (!found) return null
  return `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** What is said of a text holding `found` (a character as "U+0000"). */
export function unprintableReason(found: string): string {
  return `Contains a control or invalid character (${found}) that a report cannot print as typed; remove it (it often comes with pasted text)`
}

/**
 * An answer's note, N/A reason and evidence are free text pasted from contracts and e-mails, kept as they
 * are (a file the app exported must import again): the only characters they refuse are the bidi embedding,
 * override and isolate controls, which the screen applies and the report (jsPDF, no bidi pass over them:
 * shaping.ts drops them) does not, so what is signed would read otherwise than what is printed. The
 * direction marks (U+200E, U+200F, U+061C), the joiners (U+200C, U+200D) and line breaks stay allowed.
 */
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u

/** The first bidi embedding, override or isolate control of a text, as "U+202E", or null. */
export function directionControl(text: string): string | null {
  const found = DIRECTION_CONTROL.exec(text)
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase()}` : null
}

/** What is said of an answer's text holding `found` (a direction control as "U+202E"). */
export function directionControlReason(found: string): string {
  return `Contains a direction control (${found}) that shows the text in another order on screen than the report prints it; remove it (it often comes with pasted text)`
}

/** The direction marks a one-line field may hold (LRM, RLM, the Arabic letter mark). */
const DIRECTION_MARK = /[\u200e\u200f\u061c]/u
// the letters of the scripts written right to left (JavaScript has no Bidi_Class property to ask instead)
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u
// a mark with no letter between it and a digit: the mark then decides where the digits show
const MARK_BY_DIGITS = /[\u200e\u200f\u061c][^\p{L}]*\p{Nd}|\p{Nd}[^\p{L}]*[\u200e\u200f\u061c]/u

/**
 * Why the direction marks of a one-line text are refused, or null. A mark is invisible and exists to place
 * right-to-left text among left-to-right; in a text without right-to-left letters it does nothing honest, and
 * next to digits (with no letter between) it reorders them on screen: "2022" RLM " 014" shows as "014 2022"
 * while the report prints the order stored (attacker review). So a mark is allowed only in a text holding
 * right-to-left letters, and never with only spaces or punctuation between it and a digit.
 */
export function directionMarkProblem(text: string): string | null {
  const mark = DIRECTION_MARK.exec(text)
  if (!mark) return null
  const code = `U+${mark[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  if (!RIGHT_TO_LEFT.test(text))
    return `Contains a direction mark (${code}) but no right-to-left letters, where it can only change what the screen shows; remove it`
  const byDigits = MARK_BY_DIGITS.exec(text)
  if (byDigits) {
    const at = byDigits[0].match(DIRECTION_MARK)![0]
    return `Contains a direction mark (U+${at.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) beside digits, which it can show in another order than the report prints them; remove it`
  }
  return null
}

// the alphabets whose letters stand in for Latin ones (Latin "a", Cyrillic "а", Greek "α", Armenian "օ", Lisu "ꓳ",
// Cherokee "Ꭺ"…): those of UTS #39's confusables with many Latin look-alikes (latin-look-alikes.ts). The first
// version held only Latin, Cyrillic and Greek; the attacker review signed "Hannah ꓳkafor" (Lisu) and "Օkafor".
const CONFUSABLE_SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Coptic', /\p{Script=Coptic}/u],
  ['Lisu', /\p{Script=Lisu}/u],
  ['Canadian Aboriginal', /\p{Script=Canadian_Aboriginal}/u],
  ['Georgian', /\p{Script=Georgian}/u]
] as const

/**
 * Why a person's name is refused for mixing scripts, or null. A word mixing Latin, Cyrillic, Greek or another
 * alphabet above ("Аnna" with a Cyrillic "А") looks like another word and compares as another name, so it passed as a second
 * signer who looks the same (attacker review). UTS #39's "highly restrictive" level allows no such mix; a name
 * wholly in one script (Cyrillic, Greek, CJK, Arabic…), and words in different scripts side by side, stay
 * accepted. Words are what white space separates, so a hyphen does not split one.
 */
export function mixedScriptProblem(text: string): string | null {
  for (const word of text.split(/[\s\u00a0]+/u)) {
    const scripts = CONFUSABLE_SCRIPTS.filter(([, re]) => re.test(word))
    if (scripts.length < 2) continue
    // the first letter of the word's second script, to say which one is out of place
    const [, second] = scripts
    const odd = [...word].find((c) => second![1].test(c))!
    return `The word "${word}" mixes ${scripts.map(([name]) => name).join(' and ')} letters ("${odd}" is ${second![0]}), so it can pass for another name; write each word in one script`
  }
  return null
}

/** Why a one-line text is refused (a character, or its direction marks), or null; `name` adds the mixed-script rule. */
export function lineProblem(text: string, name = false): string | null {
  const found = unprintableCharacter(text)
  if (found) return unprintableReason(found)
  return directionMarkProblem(text) ?? (name ? mixedScriptProblem(text) : null)
}

/** Adds an issue at `path` when the text holds a character that cannot be printed (one line: or a misplaced direction mark). */
export function checkPrintable(text: string, path: (string | number)[], ctx: z.RefinementCtx, multiLine = false): void {
  const problem = multiLine ? unprintableOf(text) : lineProblem(text)
  if (problem) ctx.addIssue({ code: 'custom', path, message: problem })
}

/** Adds an issue at `path` when a person's name is refused: as a one-line text, and for mixing scripts in a word. */
export function checkPersonName(text: string, path: (string | number)[], ctx: z.RefinementCtx): void {
  const problem = lineProblem(text, true)
  if (problem) ctx.addIssue({ code: 'custom', path, message: problem })
}

function unprintableOf(text: string): string | null {
  const found = unprintableCharacter(text, true)
  return found ? unprintableReason(found) : null
}

/**
 * A string schema refused when it holds a character that cannot be printed: for text typed into a request
 * (names that are signed and printed, titles, comments), never for stored data (see the note above).
 */
export function printable<T extends z.ZodType<string>>(schema: T, multiLine = false) {
  return schema.superRefine((text, ctx) => checkPrintable(text, [], ctx, multiLine))
}

/** A string schema for a person's name: refused as `printable` one-line text is, and for mixing scripts in a word. */
export function personName<T extends z.ZodType<string>>(schema: T) {
  return schema.superRefine((text, ctx) => checkPersonName(text, [], ctx))
}
