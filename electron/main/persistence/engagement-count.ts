import { open } from 'node:fs/promises'
import { readTextOrNull } from './read-text'

/** Our backups list engagements first: a few megabytes hold them even at thousands of engagements. */
const HEAD_BYTES = 4 * 1024 * 1024
const OUR_HEAD = /^\{"schemaVersion":\d+,"engagements":\[/

/**
 * How many engagements a backup file holds, for the backup list. A backup of a large store is tens of
 * megabytes, and the list is shown often; reading and parsing ten of them took seconds. Backups we wrote
 * start with the engagements, so only the head is read; any other file is parsed whole. Null when the
 * file is gone; 0 when it cannot be understood (restoring it reports what is wrong).
 */
export async function countEngagementsIn(path: string): Promise<number | null> {
  const fromHead = await engagementsInHead(path)
  if (fromHead !== undefined) return fromHead
  const raw = await readTextOrNull(path)
  if (raw === null) return null
  try {
    const json: unknown = JSON.parse(raw)
    if (typeof json === 'object' && json !== null && 'engagements' in json && Array.isArray(json.engagements))
      return json.engagements.length
  } catch {
    // listed without a count
  }
  return 0
}

async function engagementsInHead(path: string): Promise<number | null | undefined> {
  let head: string
  try {
    const handle = await open(path, 'r')
    try {
      const buffer = Buffer.alloc(HEAD_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
      head = buffer.toString('utf8', 0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const start = OUR_HEAD.exec(head)?.[0].length
  if (start === undefined) return undefined
  const end = closingBracket(head, start - 1)
  if (end === null) return undefined
  try {
    const engagements: unknown = JSON.parse(head.slice(start - 1, end + 1))
    return Array.isArray(engagements) ? engagements.length : undefined
  } catch {
    return undefined
  }
}

/** The index of the `]` that closes the array opened at `open`, skipping brackets inside strings; null if not in `text`. */
export function closingBracket(text: string, open: number): number | null {
  let depth = 0
  let inString = false
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '[' || c === '{') depth++
    else if (c === ']' || c === '}') {
      depth--
      if (depth === 0) return i
    }
  }
  return null
}
