/**
 * Arrow writer: the IPC *file* format (what pyarrow's `open_file`, polars and
 * R's `read_feather` expect), explicit column types from the table schema,
 * plain Utf8 strings (no dictionary), no compression, nullable exactly where
 * the schema allows null. Column descriptions travel as field metadata.
 */
import { Bool, DateDay, Field, Int32, RecordBatch, Schema, Struct, Table, Utf8, type DataType, makeBuilder, makeData, tableToIPC } from "apache-arrow"
import { type Column, columnsOf, type TableDef } from "../../schemas/columns.ts"

const arrowType = (c: Column): DataType => {
  switch (c.kind) {
    case "string": return new Utf8()
    case "integer": return new Int32()
    case "boolean": return new Bool()
    case "date": return new DateDay()
  }
}

/** The UTC midnight of an ISO date, by arithmetic: no local-time parsing, so no time zone. */
export const isoDateToUtc = (iso: string): Date => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new Error(`not an ISO date: ${iso}`)
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
}

const checkValue = (c: Column, v: unknown): unknown => {
  if (v === null || v === undefined) {
    if (!c.nullable) throw new Error(`column ${c.name}: null in a non-nullable column`)
    return null
  }
  const ok = c.kind === "string" || c.kind === "date" ? typeof v === "string" : c.kind === "integer" ? Number.isInteger(v) : typeof v === "boolean"
  if (!ok) throw new Error(`column ${c.name}: ${JSON.stringify(v)} is not a ${c.kind}`)
  return c.kind === "date" ? isoDateToUtc(v as string) : v
}

export const toArrow = (def: TableDef, rows: ReadonlyArray<Record<string, unknown>>): Uint8Array => {
  const columns = columnsOf(def.schema)
  const fields = columns.map((c) => new Field(c.name, arrowType(c), c.nullable, new Map([["description", c.description]])))
  const schema = new Schema(fields, new Map([["description", def.description], ["primary_key", def.key]]))
  const children = columns.map((c, i) => {
    const builder = makeBuilder({ type: fields[i]!.type, nullValues: [null] })
    for (const row of rows) builder.append(checkValue(c, row[c.name]))
    return builder.finish().flush()
  })
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children }))
  return tableToIPC(new Table([batch]), "file")
}
