import { useEffect, useId, useState } from 'react'
import { DEFAULT_BANK, bankKey } from '@shared/bank/bank-registry'
import { ARCHIVED_CORE_BANKS } from '@shared/bank/archive/archived-banks'
import type { Problem } from '@shared/util/result'
import { useApi } from '../../hooks/api-context'
import { useBanks, useEnsureBanks, useReloadBanks } from '../../hooks/banks-context'
import { formatDate } from '../../format'
import { ProblemList } from '../ProblemList'
import { JsonFileField } from '../JsonFileField'
import { StatusLine } from '../StatusLine'
import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import { tooLarge } from '../../file-size'
import { readFileText } from '../../read-file-text'

/** The built-in banks by key: the current core bank and its earlier releases (a custom bank can never take one's key). */
const BUILTIN_KEYS = new Set([DEFAULT_BANK, ...ARCHIVED_CORE_BANKS].map(bankKey))

/** The question banks available for new assessments, and importing a custom one. */
export function BanksCard(): React.JSX.Element {
  const api = useApi()
  const uid = useId()
  const banks = useBanks()
  const reload = useReloadBanks()
  const ensure = useEnsureBanks()
  const [message, setMessage] = useState('')
  const [problems, setProblems] = useState<{ message: string; problems: Problem[] } | null>(null)
  const [archiveError, setArchiveError] = useState<string | null>(null)

  useEffect(() => {
    // the earlier releases are loaded on demand; this list shows every bank the app has
    void ensure().then((r) => setArchiveError(r.ok ? null : r.error.message))
  }, [ensure])

  async function importFile(file: File): Promise<void> {
    setMessage('')
    setProblems(null)
    if (file.size > MAX_IMPORT_BYTES)
      return setProblems({
        message: `${file.name}: this file was not read.`,
        problems: [{ path: '(file)', reason: tooLarge(file.size, MAX_IMPORT_BYTES) }]
      })
    const read = await readFileText(file)
    if (!read.ok)
      return setProblems({ message: `${file.name}: this file was not read.`, problems: [{ path: '(file)', reason: read.reason }] })
    const r = await api.importBank({ text: read.text })
    if (!r.ok) return setProblems({ message: `${file.name}: ${r.error.message}`, problems: r.error.problems ?? [] })
    await reload()
    setMessage(
      r.value.alreadyPresent
        ? `${r.value.id} ${r.value.version} was already here.`
        : `Imported question bank ${r.value.id} ${r.value.version}.`
    )
  }

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Question banks</h2>
      <p className="lede">
        Each assessment stays with the bank version it was answered under. A custom bank must keep the same rules as the built-in one.
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Question banks</caption>
        <thead>
          <tr>
            <th scope="col">Bank</th>
            <th scope="col">Version</th>
            <th scope="col" className="num">
              Questions
            </th>
            <th scope="col">Published</th>
            <th scope="col">Origin</th>
          </tr>
        </thead>
        <tbody>
          {banks.map((b) => (
            <tr key={`${b.id}@${b.version}`}>
              <th scope="row">
                {b.title} <span className="hint block">{b.id}</span>
              </th>
              <td>{b.version}</td>
              <td className="num">{b.questions.length}</td>
              <td>{formatDate(b.publishedOn)}</td>
              <td>{BUILTIN_KEYS.has(bankKey(b)) ? 'Built in' : 'Imported'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {archiveError && (
        <p className="banner banner-error preserve-lines" role="alert">
          {archiveError}
        </p>
      )}
      <JsonFileField id={`${uid}-file`} label="Import a question bank (.json)" onFile={(file) => void importFile(file)} />
      <StatusLine>{message}</StatusLine>
      {problems && <ProblemList heading="The bank was not imported." message={problems.message} problems={problems.problems} />}
    </section>
  )
}
