/**
 * CSV writer: RFC 4180, UTF-8 without BOM, `\n` line ends, a header row.
 * A null is an empty cell; the empty string is written `""` so readers can
 * tell the two apart. Cells are written verbatim (a cell starting with `=`
 * stays as it is: the CSV is canonical, not a spreadsheet macro guard).
 */
import { stringify } from "csv-stringify/sync"
import { columnsOf, type TableDef } from "../../schemas/columns.ts"

/**
 * The table's rows as CSV text, columns in schema order (extra keys ignored,
 * missing ones null); with `header: false`, just the records (to write a
 * table in chunks).
 */
export const toCsv = (def: TableDef, rows: ReadonlyArray<Record<string, unknown>>, header = true): string => {
  const names = columnsOf(def.schema).map((c) => c.name)
  return stringify(
    rows.map((row) => names.map((n) => row[n] ?? null)),
    {
      header,
      columns: names,
      record_delimiter: "\n",
      // Delimiters, quotes and LF are quoted by default; a lone CR and the
      // empty string are cast to quoted cells (`quoted_empty` would quote
      // null cells too, and a `quoted_match` pattern, tried on every cell,
      // is slower on a big table).
      cast: {
        string: (v: string) => (v === "" ? { value: v, quoted_empty: true } : v.includes("\r") ? { value: v, quoted: true } : v),
        // The default boolean cast writes `1` and an empty cell.
        boolean: (v: boolean) => (v ? "true" : "false"),
      },
    },
  )
}

/** A value as its CSV cell reads back: null and the empty string both as "", flags as true/false. */
export const cellText = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "true" : "false") : String(v))
