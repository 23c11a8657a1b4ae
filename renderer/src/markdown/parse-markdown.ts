/**
 * The few Markdown blocks our docs use (headings, paragraphs, lists, block quotes, tables, rules, code
 * fences), parsed into plain data the screen renders as React elements: no HTML string is ever
 * injected, so a doc cannot carry markup or script into the app.
 */
export type MdBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; blocks: MdBlock[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-')
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim())

export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const blocks: MdBlock[] = []
  let i = 0
  const isListItem = (l: string) => /^\s*([-*]|\d+\.)\s+/.test(l)
  const startsBlock = (l: string) => /^(#{1,6}\s|>|```|---+\s*$|\|)/.test(l) || isListItem(l)
  while (i < lines.length) {
    const line = lines[i] as string
    if (line.trim() === '') {
      i++
    } else if (line.startsWith('```')) {
      const body: string[] = []
      for (i++; i < lines.length && !(lines[i] as string).startsWith('```'); i++) body.push(lines[i] as string)
      i++
      blocks.push({ kind: 'code', text: body.join('\n') })
    } else if (/^#{1,6}\s/.test(line)) {
      const hashes = line.match(/^#+/)?.[0].length ?? 1
      const text = line.replace(/^#+\s*/, '').trim()
      blocks.push({ kind: 'heading', level: Math.min(4, hashes) as 1 | 2 | 3 | 4, text, id: slug(text) })
      i++
    } else if (/^---+\s*$/.test(line)) {
      blocks.push({ kind: 'rule' })
      i++
    } else if (line.startsWith('>')) {
      const body: string[] = []
      for (; i < lines.length && (lines[i] as string).startsWith('>'); i++) body.push((lines[i] as string).replace(/^>\s?/, ''))
      blocks.push({ kind: 'quote', blocks: parseMarkdown(body.join('\n')) })
    } else if (line.trim().startsWith('|') && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
      const head = cells(line)
      const rows: string[][] = []
      for (i += 2; i < lines.length && (lines[i] as string).trim().startsWith('|'); i++) rows.push(cells(lines[i] as string))
      blocks.push({ kind: 'table', head, rows })
    } else if (isListItem(line)) {
      const ordered = /^\s*\d+\./.test(line)
      const items: string[] = []
      for (; i < lines.length; i++) {
        const l = lines[i] as string
        if (isListItem(l)) items.push(l.replace(/^\s*([-*]|\d+\.)\s+/, ''))
        else if (l.trim() !== '' && /^\s+/.test(l) && items.length > 0) items[items.length - 1] += ` ${l.trim()}`
        else break
      }
      blocks.push({ kind: 'list', ordered, items })
    } else {
      const body: string[] = []
      for (; i < lines.length && (lines[i] as string).trim() !== '' && !startsBlock(lines[i] as string); i++)
        body.push((lines[i] as string).trim())
      if (body.length === 0) {
        body.push(line.trim())
        i++
      }
      blocks.push({ kind: 'paragraph', text: body.join(' ') })
    }
  }
  return blocks
}

export type MdInline = { kind: 'text' | 'strong' | 'em' | 'code'; text: string } | { kind: 'link'; text: string; href: string }

/** Bold, italic, code and links within a line; everything else is text. */
export function parseInline(text: string): MdInline[] {
  const out: MdInline[] = []
  const pattern = /(\*\*([^*]+)\*\*)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)\s]+)\))|(\*([^*\s][^*]*)\*)|(_([^_\s][^_]*)_)/g
  let last = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) })
    if (m[2] !== undefined) out.push({ kind: 'strong', text: m[2] })
    else if (m[4] !== undefined) out.push({ kind: 'code', text: m[4] })
    else if (m[6] !== undefined && m[7] !== undefined) out.push({ kind: 'link', text: m[6], href: m[7] })
    else if (m[9] !== undefined) out.push({ kind: 'em', text: m[9] })
    else if (m[11] !== undefined) out.push({ kind: 'em', text: m[11] })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}
