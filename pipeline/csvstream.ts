/**
 * A streaming reader of the CSV files this pipeline writes (RFC 4180: comma,
 * double quotes doubled inside quoted cells, `\n` or `\r\n` record ends), one
 * record at a time, so that a previous dataset of any size can be compared
 * with a new one without loading it.
 */
import { createReadStream } from "node:fs"

/** The records of a CSV file as arrays of cell text (the header first), a read's worth of records at a time. */
export async function* readCsvRecords(file: string): AsyncGenerator<string[][]> {
  let records: string[][] = []
  let cells: string[] = []
  let cell = ""
  let quoted = false // inside a quoted cell
  let afterQuote = false // a quote seen inside a quoted cell: the end of the cell, or the first of a doubled quote
  let pending = false // a record has started
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    let i = 0
    const n = chunk.length
    while (i < n) {
      if (quoted) {
        if (afterQuote) {
          afterQuote = false
          if (chunk[i] === '"') {
            cell += '"'
            i++
            continue
          }
          quoted = false
          continue // re-read this character outside the quotes
        }
        const q = chunk.indexOf('"', i)
        if (q === -1) {
          cell += chunk.slice(i)
          i = n
        } else {
          cell += chunk.slice(i, q)
          afterQuote = true
          i = q + 1
        }
        continue
      }
      const ch = chunk[i]!
      if (ch === '"' && cell === "") {
        quoted = true
        pending = true
        i++
      } else if (ch === ",") {
        cells.push(cell)
        cell = ""
        pending = true
        i++
      } else if (ch === "\n") {
        cells.push(cell)
        records.push(cells)
        cells = []
        cell = ""
        pending = false
        i++
      } else if (ch === "\r" && (chunk[i + 1] === "\n" || i + 1 === n)) {
        i++ // the CR of a CRLF record end (a lone CR inside a cell is quoted by our writer)
      } else {
        // plain text up to the next delimiter
        let j = i
        while (j < n) {
          const c = chunk[j]
          if (c === "," || c === "\n" || c === "\r" || c === '"') break
          j++
        }
        if (j === i) j++ // a quote in the middle of an unquoted cell: keep it as text
        cell += chunk.slice(i, j)
        pending = true
        i = j
      }
    }
    if (records.length > 0) {
      yield records
      records = []
    }
  }
  if (afterQuote) quoted = false
  if (pending || cell !== "" || cells.length > 0) {
    cells.push(cell)
    yield [cells]
  }
}
