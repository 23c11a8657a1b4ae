import { useId, useRef, useState } from 'react'
import type { ImportDecision, ImportOutcome, ImportPreviewItem } from '@shared/exchange/plan-import'
import { assertNever, type Problem } from '@shared/util/result'
import { useApi } from '../hooks/api-context'
import { ProblemList } from './ProblemList'
import { StatusLine } from './StatusLine'
import { withdrawnCountryNotices } from '@shared/schemas/geo'
import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import { tooLarge } from '../file-size'
import { readFileText } from '../read-file-text'
import { JsonFileField } from './JsonFileField'

/** countryNotices: withdrawn country codes in the file (DD, SU, YU…) and what they are read as. */
type Preview = { text: string; fileName: string; kind: 'engagement' | 'bundle'; items: ImportPreviewItem[]; countryNotices: string[] }

const DECISION_LABEL: Record<ImportDecision, string> = { skip: 'Skip (keep ours)', replace: 'Replace ours', 'keep-both': 'Keep both' }

/** Import an engagement file or bundle: preview, a decision per conflict, then all or nothing. */
export function ImportPanel({ onImported }: { onImported: () => void }): React.JSX.Element {
  const api = useApi()
  const uid = useId()
  const [preview, setPreview] = useState<Preview | null>(null)
  const [decisions, setDecisions] = useState<Record<string, ImportDecision>>({})
  const [problems, setProblems] = useState<{ message: string; problems: Problem[] } | null>(null)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  // why: Import and Cancel live in the preview, which closes when pressed; focus fell to the page body, so
  // it returns to the file chooser (the status line beside it says what the import did)
  const fileRef = useRef<HTMLInputElement>(null)

  async function choose(file: File): Promise<void> {
    setPreview(null)
    setProblems(null)
    setOutcome(null)
    // why: reading a file of gigabytes into one string stalls or crashes the page before any check runs
    if (file.size > MAX_IMPORT_BYTES)
      return setProblems({
        message: `${file.name}: this file was not read.`,
        problems: [{ path: '(file)', reason: tooLarge(file.size, MAX_IMPORT_BYTES) }]
      })
    const read = await readFileText(file)
    if (!read.ok)
      return setProblems({ message: `${file.name}: this file was not read.`, problems: [{ path: '(file)', reason: read.reason }] })
    const text = read.text
    const r = await api.previewImport({ text })
    if (!r.ok) return setProblems({ message: `${file.name}: ${r.error.message}`, problems: r.error.problems ?? [] })
    // the preview parsed, so the text is JSON
    setPreview({ text, fileName: file.name, ...r.value, countryNotices: withdrawnCountryNotices(JSON.parse(text) as unknown) })
    setDecisions(Object.fromEntries(r.value.items.filter((i) => i.conflict).map((i) => [i.engagementId, 'skip' as const])))
  }

  async function apply(): Promise<void> {
    if (!preview) return
    const r = await api.applyImport({ text: preview.text, decisions })
    if (!r.ok) return setProblems({ message: r.error.message, problems: r.error.problems ?? [] })
    setOutcome(r.value)
    setPreview(null)
    fileRef.current?.focus()
    onImported()
  }

  const replacing = preview?.items.some((i) => i.conflict && decisions[i.engagementId] === 'replace') ?? false

  return (
    <div className="import-panel">
      <JsonFileField
        id={`${uid}-file`}
        label="Import an engagement file or bundle (.json)"
        inputRef={fileRef}
        onFile={(file) => void choose(file)}
      />
      {problems && <ProblemList heading="Nothing was imported." message={problems.message} problems={problems.problems} />}
      {outcome && (
        <StatusLine>
          Imported: {outcome.added} added, {outcome.replaced} replaced, {outcome.keptBoth} kept as copies, {outcome.skipped} skipped.
          {outcome.finalsKept > 0
            ? ` ${outcome.finalsKept} signed-off ${outcome.finalsKept === 1 ? 'assessment' : 'assessments'} of ours kept.`
            : ''}
          {outcome.signedDifferently > 0
            ? ` ${outcome.signedDifferently} of the file's signed-off ${outcome.signedDifferently === 1 ? 'assessment' : 'assessments'} not taken: signed differently from ours.`
            : ''}
          {outcome.secondRevisions > 0
            ? ` ${outcome.secondRevisions} of the file's ${outcome.secondRevisions === 1 ? 'assessment' : 'assessments'} not taken: a second revision of a final we revised.`
            : ''}
        </StatusLine>
      )}
      {preview && (
        <section aria-labelledby={`${uid}-preview`} className="import-preview">
          <h3 id={`${uid}-preview`}>
            {preview.fileName}: {preview.items.length} engagement{preview.items.length === 1 ? '' : 's'}
          </h3>
          {preview.countryNotices.length > 0 && (
            <ul className="banner banner-warning country-notices" aria-label="Country codes read differently">
              {preview.countryNotices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <table className="data-table">
            <caption className="visually-hidden">What the import would change</caption>
            <thead>
              <tr>
                <th scope="col">Engagement in the file</th>
                <th scope="col" className="num">
                  Assessments
                </th>
                <th scope="col">Already here?</th>
                <th scope="col">What to do</th>
                <th scope="col">What that keeps and drops</th>
              </tr>
            </thead>
            <tbody>
              {preview.items.map((item) => {
                const decision = decisions[item.engagementId] ?? 'skip'
                return (
                  <tr key={item.engagementId}>
                    <th scope="row">
                      <bdi>{item.vendorName}</bdi>{' '}
                      <span className="hint block">
                        <bdi>{item.name}</bdi>
                      </span>
                    </th>
                    <td className="num">{item.assessmentCount}</td>
                    <td>
                      {item.conflict
                        ? `Yes: ${item.conflict.vendorName} — ${item.conflict.name} (${item.conflict.assessmentCount} ${item.conflict.assessmentCount === 1 ? 'assessment' : 'assessments'})`
                        : 'No'}
                    </td>
                    <td>
                      {item.conflict ? (
                        <>
                          <label className="visually-hidden" htmlFor={`${uid}-${item.engagementId}`}>
                            What to do with <bdi>{item.vendorName}</bdi>
                          </label>
                          <select
                            id={`${uid}-${item.engagementId}`}
                            value={decision}
                            onChange={(e) => setDecisions({ ...decisions, [item.engagementId]: e.target.value as ImportDecision })}
                          >
                            {(Object.keys(DECISION_LABEL) as ImportDecision[]).map((d) => (
                              <option key={d} value={d}>
                                {DECISION_LABEL[d]}
                              </option>
                            ))}
                          </select>
                        </>
                      ) : (
                        'Add'
                      )}
                    </td>
                    <td>
                      {item.conflict ? (
                        <DecisionEffect item={item} conflict={item.conflict} decision={decision} />
                      ) : (
                        'Adds it with its assessments.'
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {replacing && <p>Before anything is replaced, a backup of all your data is made and read back to check it.</p>}
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void apply()}>
              Import
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPreview(null)
                fileRef.current?.focus()
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  )
}

function taken(n: number, total: number): string {
  if (n === total) return `its ${total} ${total === 1 ? 'assessment' : 'assessments'}`
  return n === 0 ? 'none of its assessments' : `${n} of its ${total} assessments`
}

/** In words, what the chosen decision keeps of ours and of the file, naming the assessments affected. */
function DecisionEffect({
  item,
  conflict,
  decision
}: {
  item: ImportPreviewItem
  conflict: NonNullable<ImportPreviewItem['conflict']>
  decision: ImportDecision
}): React.JSX.Element {
  switch (decision) {
    case 'skip':
      return <>Keeps ours unchanged; nothing of this engagement is taken from the file.</>
    case 'keep-both':
      return (
        <>
          Keeps ours unchanged and adds the file&apos;s as “<bdi>{item.copyName}</bdi>”.
        </>
      )
    case 'replace':
      return (
        <>
          {/* the count taken, not the file's: a final signed differently from ours is not taken (attacker review) */}
          Takes the file&apos;s details and{' '}
          {taken(item.assessmentCount - conflict.signedDifferently.length - conflict.secondRevisions.length, item.assessmentCount)}.{' '}
          {conflict.keptFinals.length > 0
            ? `Our signed-off ${list(conflict.keptFinals)} ${conflict.keptFinals.length === 1 ? 'stays' : 'stay'}. `
            : ''}
          {conflict.signedDifferently.length > 0
            ? `The file's ${list(conflict.signedDifferently)} ${conflict.signedDifferently.length === 1 ? 'is' : 'are'} signed differently from ours (the same sign-off with another fingerprint, id or link: possibly an altered copy): not taken. `
            : ''}
          {/* a final is revised once: a second revision of one we revised would stand beside ours for the same cycle */}
          {conflict.secondRevisions.length > 0
            ? `The file's ${list(conflict.secondRevisions)} ${conflict.secondRevisions.length === 1 ? 'revises' : 'revise'} a final we have already revised, or an assessment of the file that is not taken: not taken, so each final keeps one revision. `
            : ''}
          {conflict.droppedUnfinished.length > 0
            ? `Our unfinished ${list(conflict.droppedUnfinished)} ${conflict.droppedUnfinished.length === 1 ? 'is' : 'are'} dropped.`
            : 'No unfinished work of ours is dropped.'}
        </>
      )
    default:
      return assertNever(decision)
  }
}

function list(titles: readonly string[]): string {
  const quoted = titles.map((t) => `“${t}”`)
  return quoted.length <= 3 ? quoted.join(', ') : `${quoted.slice(0, 3).join(', ')} and ${quoted.length - 3} more`
}
