/**
 * Arabic joining without a shaping engine: each letter takes its isolated, final, initial or
 * medial presentation form (Unicode's Arabic Presentation Forms-A/B) from its neighbours, and lam
 * followed by alef becomes the obligatory lam-alef ligature. The forms of each letter are found
 * from Unicode itself (NFKC maps every presentation form back to its letter; the forms of a
 * letter follow each other as isolated, final, initial, medial), so there is no hand-typed table.
 */
type Forms = { isolated: number; final: number; initial?: number; medial?: number }

const FORMS = new Map<number, Forms>()
const LAM_ALEF = new Map<number, { isolated: number; final: number }>()

function buildForms(from: number, to: number): void {
  let cp = from
  while (cp <= to) {
    const base = String.fromCodePoint(cp).normalize('NFKC')
    const letter = base.codePointAt(0) as number
    if (base.length !== 1 || letter < 0x0620 || letter > 0x06ff || FORMS.has(letter)) {
      cp++
      continue
    }
    let count = 1
    while (cp + count <= to && String.fromCodePoint(cp + count).normalize('NFKC') === base) count++
    if (count === 4) FORMS.set(letter, { isolated: cp, final: cp + 1, initial: cp + 2, medial: cp + 3 })
    else if (count === 2) FORMS.set(letter, { isolated: cp, final: cp + 1 })
    else if (count === 1) FORMS.set(letter, { isolated: cp, final: cp })
    cp += count
  }
}
buildForms(0xfe80, 0xfef4)
buildForms(0xfb50, 0xfbe9)
for (let cp = 0xfef5; cp <= 0xfefb; cp += 2) {
  const alef = String.fromCodePoint(cp).normalize('NFKC').codePointAt(1) as number
  LAM_ALEF.set(alef, { isolated: cp, final: cp + 1 })
}

const LAM = 0x0644
const TATWEEL = 0x0640
const ZWJ = 0x200d
const TRANSPARENT = /\p{Mn}/u

function isTransparent(cp: number): boolean {
  return TRANSPARENT.test(String.fromCodePoint(cp))
}

/** Whether a character links to the letter after it (in logical order). */
function joinsForward(cp: number): boolean {
  return cp === TATWEEL || cp === ZWJ || FORMS.get(cp)?.initial !== undefined
}

/** Whether a character links to the letter before it. */
function joinsBackward(cp: number): boolean {
  return cp === TATWEEL || cp === ZWJ || (FORMS.has(cp) && (FORMS.get(cp) as Forms).isolated !== (FORMS.get(cp) as Forms).final)
}

export function hasArabic(cps: readonly number[]): boolean {
  return cps.some((cp) => cp >= 0x0600 && cp <= 0x06ff)
}

/**
 * The code point to draw for each position (logical order), or -1 where a ligature took it.
 * `has` says whether the face can draw a presentation form; when it cannot, the letter stays as typed.
 */
export function joinArabic(cps: readonly number[], has: (cp: number) => boolean): number[] {
  const out = cps.slice()
  const neighbour = (i: number, step: 1 | -1): number | null => {
    for (let k = i + step; k >= 0 && k < cps.length; k += step) if (!isTransparent(cps[k] as number)) return cps[k] as number
    return null
  }
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number
    const forms = FORMS.get(cp)
    if (!forms) continue
    const before = neighbour(i, -1)
    const linkedBefore = before !== null && joinsForward(before) && joinsBackward(cp)
    const next = cps[i + 1]
    const ligature = cp === LAM && next !== undefined ? LAM_ALEF.get(next) : undefined
    if (ligature) {
      const form = linkedBefore ? ligature.final : ligature.isolated
      if (has(form)) {
        out[i] = form
        out[i + 1] = -1
        i++
        continue
      }
    }
    const after = neighbour(i, 1)
    const linkedAfter = after !== null && forms.initial !== undefined && joinsBackward(after)
    const form = linkedBefore && linkedAfter ? forms.medial : linkedBefore ? forms.final : linkedAfter ? forms.initial : forms.isolated
    if (form !== undefined && has(form)) out[i] = form
  }
  return out
}
