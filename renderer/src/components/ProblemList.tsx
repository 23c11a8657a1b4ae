import type { Problem } from '@shared/util/result'

/** Why a file was refused: every problem as "path: reason", in an alert, with nothing changed. */
export function ProblemList({
  heading,
  message,
  problems
}: {
  heading: string
  message: string
  problems: readonly Problem[]
}): React.JSX.Element {
  return (
    <div className="banner banner-error" role="alert">
      <p>
        <strong>{heading}</strong> {message}
      </p>
      {problems.length > 0 && (
        <ul className="problem-list">
          {problems.slice(0, 50).map((p, i) => (
            <li key={i}>
              <code>{p.path}</code>: {p.reason}
            </li>
          ))}
          {problems.length > 50 && <li>…and {problems.length - 50} more</li>}
        </ul>
      )}
    </div>
  )
}
