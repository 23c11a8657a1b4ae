import type { QuestionBank } from '@shared/bank/bank-schema'
import { factorSourcesInScope, helpOnScreen } from './help-on-screen'

/** The legal factors a question evidences, each with its sources. */
export function FactorList({
  bank,
  factorIds,
  appliedProfiles
}: {
  bank: QuestionBank
  factorIds: readonly string[]
  appliedProfiles: readonly string[]
}): React.JSX.Element {
  const factors = factorIds.map((id) => bank.factors.find((f) => f.id === id)).filter((f) => f !== undefined)
  const sourcesOf = (ids: readonly string[]): string[] => factorSourcesInScope(bank, ids, appliedProfiles)
  return (
    <div className="factor-list">
      <h3 className="small-heading">Legal factors</h3>
      <ul>
        {factors.map((f) => (
          <li key={f.id}>
            <strong>{f.title}.</strong> {helpOnScreen(f.description, appliedProfiles)}{' '}
            {sourcesOf(f.sources).length > 0 && (
              <span className="sources">
                Sources:{' '}
                {sourcesOf(f.sources)
                  .map((s) => bank.sources.find((x) => x.id === s)?.citation ?? s)
                  .join('; ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
