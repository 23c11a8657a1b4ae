import { hrefFor } from '../../hooks/use-hash-route'
import { QUEUE_FILTERS, QUEUE_LABEL, type QueueFilter } from './work-queue'

type Props = {
  assessmentId: string
  counts: Record<QueueFilter, number>
  /** First question of each filter, in bank order. */
  firstOf: Record<QueueFilter, string | undefined>
  filter: QueueFilter | null
  onFilter: (filter: QueueFilter | null) => void
}

/** What is left, with counts: each count is a link that shows only those questions and goes to the first. */
export function WorkQueue({ assessmentId, counts, firstOf, filter, onFilter }: Props): React.JSX.Element {
  return (
    <nav className="work-queue" aria-label="Work queue">
      <h2 className="small-heading">What is left</h2>
      <ul>
        {QUEUE_FILTERS.map((f) => {
          const first = firstOf[f]
          const label = (
            <>
              <span className="queue-label">{QUEUE_LABEL[f]}</span> <span className="queue-count">{counts[f]}</span>
            </>
          )
          return (
            <li key={f} className={`queue-${f}`}>
              {first ? (
                <a
                  href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: first })}
                  aria-current={filter === f ? 'true' : undefined}
                  onClick={() => onFilter(f)}
                >
                  {label}
                </a>
              ) : (
                <span className="queue-empty">{label}</span>
              )}
            </li>
          )
        })}
      </ul>
      {filter && (
        <button type="button" className="button subtle small" onClick={() => onFilter(null)}>
          Show all questions
        </button>
      )}
    </nav>
  )
}
