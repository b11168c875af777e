/**
 * The spreadsheet: `dataset.xlsx`, one sheet per table, for users who open
 * the data in Excel or LibreOffice and must not have it misread.
 *
 * Every text cell is written as a string cell (a value starting with `=`,
 * `+`, `-` or `@` stays text, never a formula), dates as ISO text (no
 * locale-dependent date cells), integers as numbers, flags as booleans, and
 * the header row is frozen. Excel holds at most 32,767 characters in a cell:
 * a longer text is cut there with a marker (the CSV and Arrow files keep it
 * whole). The zip is rewritten with fixed entry times so that the same data
 * gives the same bytes.
 */
import { unzipSync, zipSync } from "fflate"
import writeXlsxFile from "write-excel-file/node"
import { type Column, columnsOf, type TableDef } from "../../schemas/columns.ts"

export const CELL_LIMIT = 32_767
const CUT = " [cut: longer than a spreadsheet cell holds; see the CSV]"

type Cell = { value: string; type: StringConstructor } | { value: number; type: NumberConstructor } | { value: boolean; type: BooleanConstructor } | null

const cellOf = (c: Column, v: unknown): Cell => {
  if (v === null || v === undefined) return null
  if (c.kind === "integer") return { value: v as number, type: Number }
  if (c.kind === "boolean") return { value: v as boolean, type: Boolean }
  const s = String(v)
  return { value: s.length > CELL_LIMIT ? s.slice(0, CELL_LIMIT - CUT.length) + CUT : s, type: String }
}

/** A zip entry time that reads the same in every time zone (fflate writes local DOS times). */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0)

export const toXlsx = async (tables: ReadonlyArray<{ def: TableDef; rows: ReadonlyArray<Record<string, unknown>> }>): Promise<Uint8Array> => {
  const sheets = tables.map(({ def, rows }) => {
    const columns = columnsOf(def.schema)
    const header = columns.map((c) => ({ value: c.name, type: String, fontWeight: "bold" as const }))
    return { sheet: def.name, stickyRowsCount: 1, data: [header, ...rows.map((row) => columns.map((c) => cellOf(c, row[c.name])))] }
  })
  const written: Buffer = await writeXlsxFile(sheets).toBuffer()
  const files = unzipSync(new Uint8Array(written))
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: FIXED_TIME }]])), { level: 6 })
}
