import type { RuleEntry } from './profiles'

/**
 * General knock-out rules: facts every control-based regime weighs most (legal brief, section 0.2), applied
 * under every profile whose knock-outs decide and when no profile applies. Answers the bank marks as red
 * flags are knock-outs too; they need no rule here.
 */
export const GENERAL_RULES = [
  {
    id: 'daily-direct-supervision',
    kind: 'knock-out',
    nature: 'employment',
    title: 'Your staff direct individual agents day to day',
    verdict:
      'Your staff direct individual agents day to day: the fact every control-based test weighs most, ' +
      'enough on its own to make you a likely employer.',
    band: 'high',
    when: [{ allOf: [{ question: 'SUP-01', anyOf: ['direct-routine'] }] }],
    sources: ['S-SALINAS-2017', 'S-NLRB-2020-RULE', 'S-BUTLER-2015', 'S-DE-BGB-611A', 'S-PH-DO-174-2017']
  }
] as const satisfies readonly RuleEntry[]
