import { useMemo } from 'react'
// imported at build time, so the page always matches the methodology shipped with this version
import methodology from '../../../docs/methodology.md?raw'
import { parseMarkdown } from '../markdown/parse-markdown'
import { Markdown } from '../markdown/Markdown'

/** "How the score works": docs/methodology.md inside the app, for anyone who has to explain a score. */
export function MethodScreen(): React.JSX.Element {
  const blocks = useMemo(() => {
    const all = parseMarkdown(methodology)
    // the document's own title is replaced by the screen's
    return all[0]?.kind === 'heading' && all[0].level === 1 ? all.slice(1) : all
  }, [])
  return (
    <article className="method-doc" aria-labelledby="method-title">
      <h1 id="method-title">How the score works</h1>
      <p className="lede">The scoring methodology shipped with this version of Arm&apos;s Length, as written for counsel.</p>
      <Markdown blocks={blocks} />
    </article>
  )
}
