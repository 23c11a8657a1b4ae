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
