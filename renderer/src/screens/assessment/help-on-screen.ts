import type { QuestionBank } from '@shared/bank/bank-schema'
import { sourceInScope } from '@shared/bank/profiles-for'
import { helpInScope } from '@shared/report/help-in-scope'

/**
 * The note as the report prints it for the same profiles (shared/report/help-in-scope.ts), so the screen
 * never explains a Philippine engagement with US cases the report leaves out; a note cut entirely says so
 * in words for the screen rather than for print.
 */
const HELP_OUT_OF_SCOPE_ON_SCREEN =
  "This question's explanatory note draws on the law of countries not applied to this engagement, so it is not shown here; " +
  'the legal factors below explain what the law applied weighs.'

export function helpOnScreen(help: string, appliedProfiles: readonly string[]): string {
  return helpInScope(help, appliedProfiles, HELP_OUT_OF_SCOPE_ON_SCREEN)
}

/**
 * The factor's sources a screen for these applied laws cites, as the report does (model-context.ts `citeAll`): the
 * law of an applied profile and general principles; every source when no profile applies (the result then rests on
 * general principles drawn from them all). PH-02 under Philippine law had cited Zheng, Butler and a German court.
 */
export function factorSourcesInScope(bank: QuestionBank, sourceIds: readonly string[], appliedProfiles: readonly string[]): string[] {
  if (appliedProfiles.length === 0) return [...sourceIds]
  return sourceIds.filter((id) => {
    const source = bank.sources.find((s) => s.id === id)
    return source !== undefined && sourceInScope(bank, appliedProfiles, source)
  })
}
