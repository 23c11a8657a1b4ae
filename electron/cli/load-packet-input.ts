import { recordsOf, type EngagementRecord } from '@shared/exchange/exchange-schemas'
import type { Problem } from '@shared/util/result'
import { InputError, type CliIo } from './cli-types'
import { loadExchangeFile } from './load-input'

/** One file's failure: its message names the file, each problem the member ("path: reason"). */
export type FileProblems = { message: string; problems: Problem[] }

export type PacketSources = { ok: true; records: EngagementRecord[]; files: string[] } | { ok: false; failures: FileProblems[] }

/**
 * The engagements for a packet: one bundle or engagement file, or every .json file in a folder. Every
 * file is read and validated before anything is built, and every problem in every file is returned,
 * so one run shows all that needs fixing. An engagement id in two files is a problem too: the packet
 * could not tell which one to report.
 */
export async function loadPacketSources(io: CliIo, path: string): Promise<PacketSources> {
  const listed = await io.listJsonFiles(path)
  if (listed !== null && listed.length === 0) throw new InputError(`${path}: the folder holds no .json files`)
  const files = listed ?? [path]
  const failures: FileProblems[] = []
  const records: EngagementRecord[] = []
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
        records.push(record)
      }
    })
    if (duplicates.length > 0) failures.push({ message: `${file}: The same engagement is in more than one file.`, problems: duplicates })
  }
  return failures.length > 0 ? { ok: false, failures } : { ok: true, records, files }
}
