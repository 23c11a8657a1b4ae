import { QuestionBankSchema, type QuestionBank } from './bank-schema'
import { ARCHIVED_CORE_BANKS, type ArchivedBank } from './archive/archived-banks'
import { CORE_BANK } from './core-bank'
import { RELEASED_BANK_HASHES } from './released-banks'
import { bankKey, type BankRef } from './bank-registry'
import { computeBankContentHash, rememberBankContentHash } from '../integrity/fingerprint'
import { fail, messageOf, ok, type Result } from '../util/result'

/**
 * The built-in question banks, the earlier releases loaded only when asked for. Callers that are about
 * to use assessments (a view of the store, an import, a command of the CLI) ask once for the banks those
 * assessments are pinned to; everything after that finds them synchronously in `loaded()`, so no scoring,
 * report or check needs to be asynchronous.
 */
export type BankSource = {
  /** The built-in banks at hand now: the current core bank, then each earlier release loaded so far (newest first). */
  loaded: () => readonly QuestionBank[]
  /** Loads the earlier releases among `refs` not loaded yet (other refs — the current bank, custom banks — need nothing); answers `loaded()`. */
  load: (refs: Iterable<BankRef>) => Promise<Result<readonly QuestionBank[]>>
  /** Loads every earlier release (an import, a restore, the summary upgrade, the list in Settings, the CLI); answers `loaded()`. */
  loadAll: () => Promise<Result<readonly QuestionBank[]>>
  /**
   * The content hash of an earlier built-in release, loaded or not: its recorded release hash, which it is
   * checked against when loaded. Undefined for any other bank. Lets a result summary's stamp be checked
   * at start without loading the release it names.
   */
  archivedHash: (ref: BankRef) => string | undefined
}

export function createBankSource(
  archives: readonly ArchivedBank[] = ARCHIVED_CORE_BANKS,
  released: Readonly<Record<string, string>> = RELEASED_BANK_HASHES
): BankSource {
  const byKey = new Map(archives.map((a) => [bankKey(a), a]))
  const done = new Map<string, QuestionBank>()
  // why: two screens asking for the same archive at once share one load; a failed load is forgotten, so it can be retried
  const pending = new Map<string, Promise<Result<QuestionBank>>>()
  let current: readonly QuestionBank[] = [CORE_BANK]

  function loaded(): readonly QuestionBank[] {
    return current
  }

  function loadOne(archive: ArchivedBank): Promise<Result<QuestionBank>> {
    const key = bankKey(archive)
    const found = done.get(key)
    if (found) return Promise.resolve(ok(found))
    let loading = pending.get(key)
    if (!loading) {
      loading = readArchive(archive, released[key]).then((read) => {
        pending.delete(key)
        if (read.ok) {
          done.set(key, read.value)
          current = [CORE_BANK, ...archives.flatMap((a) => done.get(bankKey(a)) ?? [])]
        }
        return read
      })
      pending.set(key, loading)
    }
    return loading
  }

  async function loadMany(wanted: readonly ArchivedBank[]): Promise<Result<readonly QuestionBank[]>> {
    const results = await Promise.all(wanted.map(loadOne))
    const failed = results.find((r) => !r.ok)
    return failed && !failed.ok ? failed : ok(current)
  }

  return {
    loaded,
    load: (refs) => {
      const wanted = new Map<string, ArchivedBank>()
      for (const ref of refs) {
        const key = bankKey(ref)
        const archive = byKey.get(key)
        if (archive && !done.has(key)) wanted.set(key, archive)
      }
      return wanted.size === 0 ? Promise.resolve(ok(current)) : loadMany([...wanted.values()])
    },
    loadAll: () => loadMany(archives),
    archivedHash: (ref) => {
      const key = bankKey(ref)
      return byKey.has(key) ? released[key] : undefined
    }
  }
}

/**
 * Reads one archive as any bank file is read (JSON, then the schema), and checks it is exactly the release
 * its hash was recorded for: a damaged or edited archive is an error the user sees, never a bank that
 * scores their assessment differently from when it was answered.
 */
async function readArchive(archive: ArchivedBank, releasedHash: string | undefined): Promise<Result<QuestionBank>> {
  const problem = (why: string) =>
    fail<QuestionBank>(
      'internal',
      `The earlier question bank ${archive.id} ${archive.version}, which assessments answered under it need, could not be loaded: ${why} ` +
        "The app's files may be damaged: install Arm's Length again. Your data is unchanged."
    )
  let text: string
  try {
    text = await archive.text()
  } catch (error) {
    return problem(`${messageOf(error)}.`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return problem(`it is not valid JSON (${messageOf(error)}).`)
  }
  const parsed = QuestionBankSchema.safeParse(json)
  if (!parsed.success) return problem('it does not have the shape of a question bank.')
  const bank = parsed.data
  if (bankKey(bank) !== bankKey(archive)) return problem(`it holds ${bank.id} ${bank.version} instead.`)
  if (releasedHash === undefined) return problem('no release hash is recorded for it (shared/bank/released-banks.ts).')
  // why: tens of ms (more on a busy machine), once per process and only when an older assessment is used;
  // the recorded hash then serves every fingerprint
  if (computeBankContentHash(bank) !== releasedHash) return problem('its content differs from the release.')
  rememberBankContentHash(bank, releasedHash)
  return ok(bank)
}

/** The app's one source of built-in banks: an archive loaded once serves every later caller. */
export const BUILTIN_BANK_SOURCE: BankSource = createBankSource()
