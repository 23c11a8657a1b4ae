import type { PdfObjectWriter } from '../font-objects'
import { bytesOfBinary, type StreamDeflate } from '../stream-deflate'

/**
 * Where a PDF being written goes, up to 64 KB at a time: a file, or a list of blobs. A sink that
 * writes asynchronously returns a promise; the writer's caller waits for them (`drained`) between
 * pieces, so no more than a piece's worth of bytes is ever waiting to be written.
 */
export type PdfSink = (bytes: Uint8Array) => void | Promise<void>

const BUFFER = 64 * 1024

const bytesOf = bytesOfBinary

/**
 * A PDF written front to back into a sink, keeping only each object's offset (for the xref table):
 * a packet of any size costs the same memory. Object numbers are handed out by `reserve`, in the
 * order asked, so a caller that asks in a fixed order gets the same bytes every time; an object may
 * be written long after its number was used in a reference.
 */
export class PdfStreamWriter {
  private readonly offsets: number[] = [0]
  private written = 0
  private buffer = new Uint8Array(BUFFER)
  private filled = 0
  private pending: Promise<void>[] = []

  constructor(
    private readonly sink: PdfSink,
    private readonly deflate: StreamDeflate
  ) {
    this.raw('%PDF-1.3\n%\xBA\xDF\xAC\xE0\n')
  }

  /** A new object number, to be written later with `object` or `stream`. */
  reserve(): number {
    this.offsets.push(-1)
    return this.offsets.length - 1
  }

  /** An object: `head` (text: a dictionary, array, …) and optionally bytes after it (a copied stream and its `endobj`). */
  object(id: number, head: string, tail?: Uint8Array): void {
    this.begin(id)
    if (tail) {
      this.raw(head)
      this.bytes(tail)
    } else this.raw(`${head}\nendobj\n`)
  }

  /** A stream object holding `data` (a binary string) deflated; `extra` adds dictionary entries. */
  stream(id: number, data: string | Uint8Array, extra = ''): void {
    const plain = typeof data === 'string' ? bytesOf(data) : data
    const packed = this.deflate.bytes(plain)
    this.begin(id)
    this.raw(`<<\n/Length ${packed.length}\n/Filter /FlateDecode${extra}\n>>\nstream\n`)
    this.bytes(packed)
    this.raw('\nendstream\nendobj\n')
  }

  /** A stream object holding `text` as it is: for content too short to be worth deflating. */
  plainStream(id: number, text: string): void {
    this.begin(id)
    this.raw(`<<\n/Length ${text.length}\n>>\nstream\n${text}\nendstream\nendobj\n`)
  }

  /** What the font writer (font-objects) expects of jsPDF, over this writer. */
  objectWriter(): PdfObjectWriter {
    return {
      newObject: () => {
        const id = this.reserve()
        this.begin(id)
        return id
      },
      out: (line) => this.raw(`${line}\n`),
      putStream: ({ data, addLength1 }) => {
        const plain = bytesOf(data)
        const packed = this.deflate.bytes(plain)
        this.raw(`<<\n/Length ${packed.length}\n/Filter /FlateDecode${addLength1 ? `\n/Length1 ${plain.length}` : ''}\n>>\nstream\n`)
        this.bytes(packed)
        this.raw('\nendstream\n')
      }
    }
  }

  /** The xref table and trailer; every reserved object must have been written. */
  finish(root: number, info: number, fileId: string): void {
    const missing = this.offsets.findIndex((o, id) => id > 0 && o < 0)
    if (missing > 0) throw new Error(`PDF writer: object ${missing} was reserved but never written`)
    const xref = this.written + this.filled
    const rows = ['xref', `0 ${this.offsets.length}`, '0000000000 65535 f ']
    for (let id = 1; id < this.offsets.length; id++) rows.push(`${String(this.offsets[id]).padStart(10, '0')} 00000 n `)
    this.raw(`${rows.join('\n')}\n`)
    this.raw(`trailer\n<<\n/Size ${this.offsets.length}\n/Root ${root} 0 R\n/Info ${info} 0 R\n/ID [ <${fileId}> <${fileId}> ]\n>>\n`)
    this.raw(`startxref\n${xref}\n%%EOF`)
    this.flush()
  }

  private begin(id: number): void {
    if (this.offsets[id] !== -1) throw new Error(`PDF writer: object ${id} is not reserved or written twice`)
    this.offsets[id] = this.written + this.filled
    this.raw(`${id} 0 obj\n`)
  }

  private raw(text: string): void {
    if (this.filled + text.length > BUFFER) this.flush()
    if (text.length > BUFFER) {
      this.emit(bytesOf(text))
      return
    }
    for (let i = 0; i < text.length; i++) this.buffer[this.filled++] = text.charCodeAt(i)
  }

  private bytes(data: Uint8Array): void {
    if (data.length > BUFFER / 4) {
      // large streams go straight through, copied: a sink that keeps its chunks (a Blob's parts)
      // must not keep the whole piece they were cut from
      this.flush()
      this.emit(data.slice())
      return
    }
    if (this.filled + data.length > BUFFER) this.flush()
    this.buffer.set(data, this.filled)
    this.filled += data.length
  }

  private flush(): void {
    if (this.filled === 0) return
    this.emit(this.buffer.slice(0, this.filled))
    this.filled = 0
  }

  private emit(bytes: Uint8Array): void {
    this.written += bytes.length
    const done = this.sink(bytes)
    if (done) this.pending.push(done)
  }

  /** Resolves once the sink has taken everything handed to it so far (at once for a synchronous sink). */
  async drained(): Promise<void> {
    const pending = this.pending
    this.pending = []
    await Promise.all(pending)
  }
}
