import type { QuestionBank } from '@shared/bank/bank-schema'
import { helpOnScreen } from './help-on-screen'

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
  return (
    <div className="factor-list">
      <h3 className="small-heading">Legal factors</h3>
      <ul>
        {factors.map((f) => (
          <li key={f.id}>
            <strong>{f.title}.</strong> {helpOnScreen(f.description, appliedProfiles)}{' '}
            <span className="sources">Sources: {f.sources.map((s) => bank.sources.find((x) => x.id === s)?.citation ?? s).join('; ')}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
