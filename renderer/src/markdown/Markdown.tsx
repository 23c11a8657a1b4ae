import { Fragment } from 'react'
import { assertNever } from '@shared/util/result'
import { parseInline, type MdBlock } from './parse-markdown'

/**
 * Renders parsed Markdown. Links within the document scroll to the heading (the app's own hash is its
 * route, so they are buttons-as-links handled here); links elsewhere are shown as text with their
 * address, since the app opens nothing outside itself.
 */
export function Markdown({ blocks, headingOffset = 0 }: { blocks: readonly MdBlock[]; headingOffset?: number }): React.JSX.Element {
  return (
    <>
      {blocks.map((b, i) => (
        <Block key={i} block={b} headingOffset={headingOffset} />
      ))}
    </>
  )
}

function Block({ block: b, headingOffset }: { block: MdBlock; headingOffset: number }): React.JSX.Element {
  switch (b.kind) {
    case 'heading': {
      const level = Math.min(6, b.level + headingOffset)
      const Tag = `h${level}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
      return (
        <Tag id={`doc-${b.id}`} tabIndex={-1}>
          <Inline text={b.text} />
        </Tag>
      )
    }
    case 'paragraph':
      return (
        <p>
          <Inline text={b.text} />
        </p>
      )
    case 'list': {
      const items = b.items.map((item, i) => (
        <li key={i}>
          <Inline text={item} />
        </li>
      ))
      return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
    }
    case 'quote':
      return (
        <blockquote>
          <Markdown blocks={b.blocks} headingOffset={headingOffset} />
        </blockquote>
      )
    case 'table':
      return (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                {b.head.map((h, i) => (
                  <th key={i} scope="col">
                    <Inline text={h} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>
                      <Inline text={c} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    case 'code':
      return (
        <pre className="doc-code">
          <code>{b.text}</code>
        </pre>
      )
    case 'rule':
      return <hr />
    default:
      return assertNever(b)
  }
}

function Inline({ text }: { text: string }): React.JSX.Element {
  return (
    <>
      {parseInline(text).map((part, i) => {
        switch (part.kind) {
          case 'text':
            return <Fragment key={i}>{part.text}</Fragment>
          case 'strong':
            return <strong key={i}>{part.text}</strong>
          case 'em':
            return <em key={i}>{part.text}</em>
          case 'code':
            return <code key={i}>{part.text}</code>
          case 'link':
            return part.href.startsWith('#') ? (
              <a
                key={i}
                href={part.href}
                onClick={(e) => {
                  e.preventDefault()
                  const target = document.getElementById(`doc-${part.href.slice(1)}`)
                  target?.scrollIntoView()
                  target?.focus()
                }}
              >
                {part.text}
              </a>
            ) : (
              <Fragment key={i}>
                {part.text}
                {/^https?:/.test(part.href) ? <span className="doc-address"> ({part.href})</span> : null}
              </Fragment>
            )
          default:
            return assertNever(part)
        }
      })}
    </>
  )
}
