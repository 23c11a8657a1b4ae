import type { Profile, ProhibitedModel } from '../bank/bank-schema'
import { assertNever } from '../util/result'
import { withArticle } from './law-names'

/**
 * Advice is checked against every applied law (issue 11, item 6). Generic remediation sometimes offers,
 * as one way out, to run an engagement openly as staffing or leasing. Where an applied law prohibits
 * supplying workers for the client to direct (Mexico's 2021 ban on subcontracting of personnel,
 * Philippine labour-only contracting, Colombian intermediation for permanent core work), that advice
 * would steer towards the unlawful model, so it is withheld and the profile's lawful alternative said instead.
 */

// Wording that steers towards supplying people for the client to direct. Kept broad on purpose: a
// false match only withholds one sentence, a missed one would advise an unlawful model.
const LABOUR_SUPPLY =
  /\b(staffing (arrangement|agency|model|company)|staffing or leasing|leasing or staffing|(staffing|leasing) model|staff augmentation|(labou?r|staff|personnel|agency) (leasing|supply)|leasing (arrangement|contract|licen[cs]e)|licensed leasing|designated[^.]{0,40}leasing|temporary (work|staffing) agency|agency work(er)?s? arrangement|supply of (people|workers|personnel|staff)|employer of record)\b/i

export function suggestsModel(text: string, model: ProhibitedModel): boolean {
  switch (model) {
    case 'labour-supply':
      return LABOUR_SUPPLY.test(text)
    default:
      return assertNever(model)
  }
}

/** The applied profiles that prohibit a model this advice suggests. */
export function prohibitingProfiles(text: string, profiles: readonly Profile[]): Profile[] {
  return profiles.filter((p) => (p.prohibits ?? []).some((model) => suggestsModel(text, model)))
}

/**
 * The advice as it may be given under these laws: each sentence suggesting a prohibited model loses the
 * alternative that suggests it (", or treat it as staffing…") or, when the whole sentence suggests it,
 * is dropped; then each prohibiting law's lawful alternative is added, naming the law.
 */
export function lawfulAdvice(text: string, profiles: readonly Profile[]): string {
  const prohibiting = prohibitingProfiles(text, profiles)
  if (prohibiting.length === 0) return text
  const models = new Set(prohibiting.flatMap((p) => p.prohibits ?? []))
  const offends = (sentence: string): boolean => [...models].some((model) => suggestsModel(sentence, model))
  const kept: string[] = []
  for (const sentence of text.split(/(?<=[.;:])\s+/)) {
    if (!offends(sentence)) {
      kept.push(sentence)
      continue
    }
    // only an alternative set off by punctuation (", or treat it as…"): a bare "or" may sit inside the
    // offending phrase itself ("a staffing or leasing model"), and cutting there kept half of it
    const alternative = sentence.search(/[,;—–]\s*or\s/)
    const head =
      alternative > 0
        ? sentence
            .slice(0, alternative)
            .replace(/\beither\s+/i, '')
            .trim()
        : ''
    if (head && !offends(head)) kept.push(`${head}.`)
  }
  const lead = kept.join(' ').replace(/[:;,]$/, '.')
  const lawful = prohibiting.map(
    (p) =>
      p.lawfulInstead ??
      `Under the law of ${withArticle(p.name)} that arrangement is prohibited; keep the engagement a genuine service directed by the vendor.`
  )
  return [lead, ...lawful].filter((part) => part.length > 0).join(' ')
}
