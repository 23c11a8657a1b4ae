import { recordsOf, type EngagementRecord } from '@shared/exchange/exchange-schemas'
import type { Problem } from '@shared/util/result'
import { InputError, type CliIo } from './cli-types'
import { loadExchangeFile } from './load-input'

/** One file's failure: its message names the file, each problem the member ("path: reason"). */
export type FileProblems = { message: string; problems: Problem[] }

export type PacketSources<T = EngagementRecord> = { ok: true; records: T[]; files: string[] } | { ok: false; failures: FileProblems[] }

/**
 * What is kept of each record as it is read, so a packet of many engagements need not hold them all:
 * `file` is the engagement file it came from (with its text), or null for a bundle's records.
 */
export type KeepRecord<T> = (record: EngagementRecord, file: { path: string; text: string } | null) => T

/**
 * The engagements for a packet: one bundle or engagement file, or every .json file in a folder. Every
 * file is read and validated before anything is built, and every problem in every file is returned,
 * so one run shows all that needs fixing. An engagement id in two files is a problem too: the packet
 * could not tell which one to report.
 */
export function loadPacketSources(io: CliIo, path: string): Promise<PacketSources> {
  return loadPacketRecords(io, path, (record) => record)
}

/** The same, keeping of each record what `keep` makes of it as soon as it is read. */
export async function loadPacketRecords<T>(io: CliIo, path: string, keep: KeepRecord<T>): Promise<PacketSources<T>> {
  const listed = await io.listJsonFiles(path)
  if (listed !== null && listed.length === 0) throw new InputError(`${path}: the folder holds no .json files`)
  const files = listed ?? [path]
  const failures: FileProblems[] = []
  const records: T[] = []
  const seen = new Map<string, string>()
  for (const file of files) {
    const loaded = await loadExchangeFile(io, file)
    if (!loaded.ok) {
      failures.push({ message: loaded.message, problems: loaded.problems })
      continue
    }
    const duplicates: Problem[] = []
    recordsOf(loaded.file).forEach((record, i) => {
      const id = record.engagement.id
      const first = seen.get(id)
      const at = loaded.file.kind === 'bundle' ? `engagements[${i}].engagement.id` : 'engagement.id'
      if (first !== undefined) duplicates.push({ path: at, reason: `Duplicate engagement id "${id}": ${first} holds it too` })
      else {
        seen.set(id, file)
        records.push(keep(record, loaded.file.kind === 'engagement' ? { path: file, text: loaded.text } : null))
      }
    })
    if (duplicates.length > 0) failures.push({ message: `${file}: The same engagement is in more than one file.`, problems: duplicates })
  }
  return failures.length > 0 ? { ok: false, failures } : { ok: true, records, files }
}
