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
    title: 'Your staff routinely direct individual agents',
    verdict:
      'Your staff instruct individual agents directly every week or more often: direct supervision of the ' +
      'workers, the control almost every test weighs most, and a fact that points strongly to you as their ' +
      'employer.',
    band: 'high',
    when: [{ allOf: [{ question: 'SUP-01', anyOf: ['direct-routine'] }] }],
    sources: ['S-SALINAS-2017', 'S-NLRB-2020-RULE', 'S-BUTLER-2015', 'S-DE-BGB-611A', 'S-PH-DO-174-2017']
  }
] as const satisfies readonly RuleEntry[]
