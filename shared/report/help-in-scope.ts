/**
 * A question's "why it matters" note, cut to the law of the profiles applied (issue 11, item 7).
 *
 * The bank's notes explain each question from the law of several countries at once ("US courts and the NLRB
 * look for …, Germany for …"). A report cites only the authorities of the profiles applied, so a sentence
 * that names the law or an authority of a profile not applied is left out of that report; a sentence naming
 * no country's law is a general principle and stays. The released bank is frozen by hash (DECISIONS 69), so
 * the cut is made here, where the report is built, not by rewording the bank.
 */

/** How the bank's notes name each profile's law: the country, its statutes, agencies and leading cases. */
const MARKERS: Readonly<Record<string, readonly RegExp[]>> = {
  'us-federal': [
    /\bUS\b/,
    /\bU\.S\./,
    /\bUnited States\b/,
    /\bAmerican\b/,
    /\bNLRB\b/,
    /\bEEOC\b/,
    /\bFLSA\b/,
    /\bIRS\b/,
    /\bTitle VII\b/,
    /\bLabor Department\b/,
    /\bDepartment of Labor\b/,
    /\bBrowning-Ferris\b/,
    /\bBonnette\b/,
    /\bZheng\b/,
    /\bSalinas\b/,
    /\bButler\b/,
    /\bVizcaino\b/,
    /\bLepkowski\b/,
    /\bLayton\b/,
    /\bEnterprise Rent-A-Car\b/,
    /\bTorres-Lopez\b/,
    /\bRutherford\b/,
    /\bDarden\b/,
    /\bMoreau\b/,
    /\bDIRECTV\b/
  ],
  'us-california': [/\bCalifornia\b/, /\bABC test\b/, /\b2810(\.3)?\b/, /\bDynamex\b/, /\bBorello\b/, /\bMartinez\b/, /\bSalazar\b/],
  philippines: [
    /\bPhilippines?\b/,
    /\bFilipino\b/,
    /\bDOLE\b/,
    /\bD\.O\. ?174\b/,
    /\bDepartment Order 174\b/,
    /\bPHP\b/,
    /\bSonza\b/,
    /\bTabas\b/
  ],
  india: [/\bIndian?\b/, /\bOSH Code\b/, /\bCLRA\b/, /\bContract Labour\b/, /\bBhilwara\b/, /\bHussainbhai\b/, /\bBalwant\b/],
  germany: [/\bGerman(y)?\b/, /\bAÜG\b/, /\bWerkvertrag\b/, /\bBundesarbeitsgericht\b/, /\bEU\b/, /\bEuropean Union\b/],
  'united-kingdom': [
    /\bUK\b/,
    /\bUnited Kingdom\b/,
    /\bBritish\b/,
    /\bEnglish court/,
    /\bTUPE\b/,
    /\bAgency Workers Regulations\b/,
    /\bAutoclenz\b/,
    /\bUber\b/,
    /\bPimlico\b/,
    /\bGreenwich\b/,
    /\bDacas\b/,
    /\bMuscat\b/,
    // the bank names it "Ready Mixed Concrete" (a capitalised "Ready" nowhere else)
    /\bReady\b/
  ],
  mexico: [/\bMexic(o|an)\b/, /\bREPSE\b/],
  brazil: [/\bBrazil(ian)?\b/, /\bTST\b/, /\bSTF\b/],
  colombia: [/\bColombian?\b/]
}

/** The profiles whose law a piece of text names. */
export function profilesNamedIn(text: string): string[] {
  return Object.entries(MARKERS)
    .filter(([, patterns]) => patterns.some((p) => p.test(text)))
    .map(([profile]) => profile)
}

// A full stop after these ends an abbreviation, not a sentence: "Vizcaino v. Microsoft", "D.O. 174", "U.S.".
const ABBREVIATION = /(?:\bv|\bvs|\bNo|\bRev|\bRul|\bCo|\bInc|\bLtd|\bSt|\bcf|\be\.g|\bi\.e|\b[A-Z])\.$/

function sentencesOf(text: string): string[] {
  const pieces = text.split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
  const sentences: string[] = []
  for (const piece of pieces) {
    const last = sentences[sentences.length - 1]
    if (last !== undefined && ABBREVIATION.test(last)) sentences[sentences.length - 1] = `${last} ${piece}`
    else sentences.push(piece)
  }
  return sentences
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One sentence cut to its clauses (split at semicolons) that name only applied law; '' when none does. */
function sentenceInScope(sentence: string, applied: ReadonlySet<string>): string {
  const inScope = (t: string): boolean => profilesNamedIn(t).every((p) => applied.has(p))
  if (inScope(sentence)) return sentence
  const clauses = sentence.split(/;\s+/)
  if (clauses.length === 1) return examplesInScope(sentence, inScope)
  const kept = clauses.filter(inScope)
  if (kept.length === 0) return ''
  const joined = capitalised(kept.join('; ').trim())
  return /[.!?]$/.test(joined) ? joined : `${joined}.`
}

/**
 * A sentence that states a general point and then lists examples after a colon ("… is the pattern courts
 * look through: Microsoft's workers in Vizcaino, the workers an Indian court called a subterfuge in
 * Bhilwara.") keeps its point, with the examples of applied law when the first one is among them; dropping it
 * whole lost a general statement with a foreign example (HIR-06 under Indian law). '' when the point itself names another law.
 */
function examplesInScope(sentence: string, inScope: (t: string) => boolean): string {
  const colon = sentence.indexOf(': ')
  if (colon <= 0) return ''
  const point = sentence.slice(0, colon)
  if (!inScope(point) || profilesNamedIn(point).length > 0) return ''
  const examples = sentence
    .slice(colon + 2)
    .replace(/[.!?]$/, '')
    .split(/,\s+/)
  // the first example may carry the verb the others leave out ("US courts look for A, Germany for B"):
  // without it the rest would not read, so then only the point stays; an example naming no one's law
  // cannot be told from a fragment of a foreign one, so only examples of applied law are kept
  if (!inScope(examples[0] ?? '')) return `${point}.`
  const kept = examples.filter((e) => inScope(e) && profilesNamedIn(e).length > 0)
  return kept.length > 0 ? `${point}: ${kept.join(', ')}.` : `${point}.`
}

export const HELP_OUT_OF_SCOPE =
  "This question's explanatory note draws on the law of countries not applied to this engagement, so it is not printed here; " +
  'the legal factors below cite the authorities of the law applied and of general principles.'

/**
 * The note as a report for these applied profiles prints it: every sentence that names only applied law or
 * none; a sentence naming another profile's law is cut to its clauses that do not, or left out. With no
 * profile applied the result rests on general principles, whose basis is the law of several countries, so the
 * note is kept whole (as the sources are: `citeAll`). When nothing is left, `nothingLeft` says why (the
 * report's sentence by default; the screen passes its own).
 */
export function helpInScope(help: string, appliedProfiles: readonly string[], nothingLeft: string = HELP_OUT_OF_SCOPE): string {
  if (appliedProfiles.length === 0 || help.trim().length === 0) return help
  // A packet cuts the same notes for every engagement under the same laws (about 3.5 ms a report):
  // the cut is a pure function of its arguments, so it is remembered, within a bound.
  const key = `${appliedProfiles.join(' ')}\u0000${nothingLeft}\u0000${help}`
  const known = CUTS.get(key)
  if (known !== undefined) return known
  if (CUTS.size >= MAX_CUTS) CUTS.clear()
  const cut = cutToScope(help, appliedProfiles, nothingLeft)
  CUTS.set(key, cut)
  return cut
}

const CUTS = new Map<string, string>()
/** Far above one bank's notes × the profile sets of one packet; a bound, not a cache policy. */
const MAX_CUTS = 5000

function cutToScope(help: string, appliedProfiles: readonly string[], nothingLeft: string): string {
  const applied = new Set(appliedProfiles)
  const kept: string[] = []
  let previousLeftOut = false
  for (const sentence of sentencesOf(help.trim())) {
    const cut = sentenceInScope(sentence, applied)
    // "It does not create risk on its own …" after a sentence that was left out would point at nothing.
    const leftOut: boolean = cut.length === 0 || (previousLeftOut && REFERS_BACK.test(cut))
    if (!leftOut) kept.push(cut)
    previousLeftOut = leftOut
  }
  return kept.length > 0 ? kept.join(' ') : nothingLeft
}

/** A sentence that leans on the one before: it opens with a pronoun, or speaks of "both" without naming them. */
const REFERS_BACK = /^(It|Its|This|That|These|Those|They|Such|On its own)\b|\bboth\b(?! the\b)/
