/**
 * A streaming reader of the CSV files this pipeline writes (RFC 4180: comma,
 * double quotes doubled inside quoted cells, `\n` or `\r\n` record ends), one
 * record at a time, so that a previous dataset of any size can be compared
 * with a new one without loading it. It can also pass over a stretch of the
 * file that equals a given text without parsing it: a re-run that changed a
 * few rows compares the rest of a table as text, batch by batch.
 *
 * Memory: one read (1 MB), or the longest record or passed-over text.
 */
import { createReadStream } from "node:fs"

/** The cells of one record's text (without its line end). */
const parseRecord = (text: string): string[] => {
  const cells: string[] = []
  let i = 0
  for (;;) {
    if (text[i] === '"') {
      let cell = ""
      let from = i + 1
      for (;;) {
        const q = text.indexOf('"', from)
        if (q === -1) {
          // an unclosed quote: the rest of the record is the cell
          cell += text.slice(from)
          i = text.length
          break
        }
        cell += text.slice(from, q)
        if (text[q + 1] === '"') {
          cell += '"'
          from = q + 2
          continue
        }
        // text after the closing quote, up to the next comma, belongs to the cell
        const comma = text.indexOf(",", q + 1)
        cell += text.slice(q + 1, comma === -1 ? text.length : comma)
        i = comma === -1 ? text.length : comma
        break
      }
      cells.push(cell)
    } else {
      const comma = text.indexOf(",", i)
      cells.push(text.slice(i, comma === -1 ? text.length : comma))
      i = comma === -1 ? text.length : comma
    }
    if (i >= text.length) return cells
    i++ // the comma
    if (i === text.length) {
      cells.push("")
      return cells
    }
  }
}

/** The previous version of a table, read a record, or a known stretch of text, at a time. */
export class CsvReader {
  private buf = ""
  private pos = 0
  private ended = false
  /** The record at `pos`, once parsed, and where it ends. */
  private parsed: { cells: string[]; end: number } | null = null

  constructor(private readonly chunks: AsyncIterator<string>) {}

  static open(file: string): CsvReader {
    return new CsvReader((createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }) as AsyncIterable<string>)[Symbol.asyncIterator]())
  }

  /** Reads on until at least `need` characters follow `pos` (one read at least); false when the file has ended first. */
  private async more(need: number): Promise<boolean> {
    const reads: string[] = [this.buf.slice(this.pos)]
    let have = reads[0]!.length
    while (!this.ended && (reads.length === 1 || have < need)) {
      const next = await this.chunks.next()
      if (next.done) this.ended = true
      else {
        reads.push(next.value)
        have += next.value.length
      }
    }
    this.buf = reads.join("")
    this.pos = 0
    this.parsed = null
    return have >= need
  }

  /**
   * Where the record at `pos` ends (the index of its `\n`, or the buffer's end at the file's end), or -1 when more
   * must be read. A quote opens a quoted cell only at a cell's start (a stray one inside a cell is text).
   */
  private recordEnd(): number {
    const buf = this.buf
    let i = this.pos
    let nl = buf.indexOf("\n", i)
    let reopen = false // just after a closing quote: a quote here is the second of a doubled one
    for (;;) {
      const quote = buf.indexOf('"', i)
      if (quote === -1 || (nl !== -1 && nl < quote)) return nl !== -1 ? nl : this.ended ? buf.length : -1
      const opens = quote === this.pos || buf[quote - 1] === "," || (reopen && quote === i)
      reopen = false
      if (!opens) {
        i = quote + 1
        continue
      }
      const close = buf.indexOf('"', quote + 1)
      if (close === -1) return this.ended ? buf.length : -1
      i = close + 1
      reopen = true
      if (nl !== -1 && nl < i) nl = buf.indexOf("\n", i)
    }
  }

  /** The next record's cells without passing it, or null at the end of the file. */
  async head(): Promise<string[] | null> {
    for (;;) {
      if (this.parsed) return this.parsed.cells
      if (this.pos >= this.buf.length && this.ended) return null
      const end = this.pos < this.buf.length ? this.recordEnd() : -1
      if (end !== -1) {
        const text = this.buf.slice(this.pos, end)
        this.parsed = { cells: parseRecord(text.endsWith("\r") ? text.slice(0, -1) : text), end: Math.min(end + 1, this.buf.length) }
        return this.parsed.cells
      }
      if (!(await this.more(this.buf.length - this.pos + 1)) && this.pos >= this.buf.length) return null
    }
  }

  /** Passes the record `head` gave. */
  advance(): void {
    if (!this.parsed) throw new Error("CsvReader.advance before head")
    this.pos = this.parsed.end
    this.parsed = null
  }

  /** Passes `text` when the file goes on with exactly it (from the start of a record); else passes nothing and is false. */
  async skip(text: string): Promise<boolean> {
    if (this.buf.length - this.pos < text.length && !(await this.more(text.length))) return false
    if (!this.buf.startsWith(text, this.pos)) return false
    this.pos += text.length
    this.parsed = null
    return true
  }
}
