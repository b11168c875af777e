/**
 * CSV writer: RFC 4180, UTF-8 without BOM, `\n` line ends, a header row.
 * A null is an empty cell; the empty string is written `""` so readers can
 * tell the two apart. Cells are written verbatim (a cell starting with `=`
 * stays as it is: the CSV is canonical; spreadsheet users get a safe file).
 */
import { stringify } from "csv-stringify/sync"
import { columnsOf, type TableDef } from "../../schemas/columns.ts"

export const toCsv = (def: TableDef, rows: ReadonlyArray<Record<string, unknown>>): string => {
  const names = columnsOf(def.schema).map((c) => c.name)
  return stringify(
    rows.map((row) => names.map((n) => row[n] ?? null)),
    {
      header: true,
      columns: names,
      record_delimiter: "\n",
      // csv-stringify quotes delimiters, quotes and LF by itself; CR and the empty string need asking
      quoted_match: [/\r/, /^$/],
      cast: { boolean: (v: boolean) => (v ? "true" : "false"), number: (v: number) => String(v) },
    },
  )
}
