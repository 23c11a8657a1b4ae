import { describe, expect, it } from 'vitest'
import { readPart, renumber } from '@shared/report/render/packet/pdf-part'
import { PdfStreamWriter } from '@shared/report/render/packet/pdf-stream-writer'
import { concat } from '@shared/report/render/packet/render-packet'
import { PORTABLE_DEFLATE } from '@shared/report/render/stream-deflate'

describe('reading back a piece of a packet', () => {
  it('renumbers references, never the text of a literal string (a link address)', () => {
    const map = new Map([
      [4, 40],
      [5, 50]
    ])
    const text =
      '<</Type /Annot /A <</S /URI /URI (https://example.org/a(4 0 R)x\\(5 0 R) >> /P 4 0 R /Next [5 0 R 4 0 R] /W 14 0.5 /R 595.28 0 R>>'
    expect(renumber(text, (id) => map.get(id) ?? id)).toBe(
      '<</Type /Annot /A <</S /URI /URI (https://example.org/a(4 0 R)x\\(5 0 R) >> /P 40 0 R /Next [50 0 R 40 0 R] /W 14 0.5 /R 595.28 0 R>>'
    )
  })

  it('finds the objects, pages, catalog and resources of a file our writer made, streams copied byte for byte', () => {
    const chunks: Uint8Array[] = []
    const out = new PdfStreamWriter((bytes) => void chunks.push(bytes), PORTABLE_DEFLATE)
    const [tree, resources, page, content, catalog, info] = [1, 2, 3, 4, 5, 6].map(() => out.reserve()) as number[]
    out.stream(content as number, 'BT (a >> b) Tj ET endobj')
    out.object(page as number, `<</Type /Page\n/Parent ${tree} 0 R\n/Resources ${resources} 0 R\n/Contents ${content} 0 R\n>>`)
    out.object(resources as number, '<<\n/Font <<\n>>\n>>')
    out.object(tree as number, `<</Type /Pages\n/Kids [${page} 0 R ]\n/Count 1\n>>`)
    out.object(info as number, '<<\n/Producer (test)\n>>')
    out.object(catalog as number, `<<\n/Type /Catalog\n/Pages ${tree} 0 R\n>>`)
    out.finish(catalog as number, info as number, '0123456789ABCDEF0123456789ABCDEF')
    const part = readPart(concat(chunks))
    expect(part).toMatchObject({ pages: [page], catalog, info, pageTree: tree, resources })
    const stream = part.byId.get(content as number)
    expect(stream?.head).toMatch(/^<<\n\/Length \d+\n\/Filter \/FlateDecode\n>>$/)
    expect(Buffer.from(stream?.tail ?? []).toString('latin1')).toMatch(/^\nstream\n[^]*\nendstream\nendobj\n$/)
  })
})
