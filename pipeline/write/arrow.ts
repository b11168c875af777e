/**
 * Arrow writer: the IPC *file* format (what pyarrow's `open_file`, polars and
 * R's `read_feather` expect), explicit column types from the table schema,
 * plain Utf8 strings (no dictionary), no compression, nullable exactly where
 * the schema allows null. Column descriptions travel as field metadata.
 */
import { Bool, DateDay, Field, Int32, RecordBatch, RecordBatchFileWriter, Schema, Struct, Table, Utf8, type DataType, makeData, tableToIPC } from "apache-arrow"
import { type Column, columnsOf, type TableDef } from "../../schemas/columns.ts"

const arrowType = (c: Column): DataType => {
  switch (c.kind) {
    case "string": return new Utf8()
    case "integer": return new Int32()
    case "boolean": return new Bool()
    case "date": return new DateDay()
  }
}

/**
 * The UTC midnight of an ISO date in epoch milliseconds, from its digits: no
 * local-time parsing, so the time zone cannot shift it. The DateDay builder
 * stores it as days since 1970-01-01.
 */
const utcMidnight = (c: Column, iso: string): number => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const date = new Date(0)
  if (m) date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])) // unlike Date.UTC, keeps years 0-99
  if (!m || date.toISOString().slice(0, 10) !== iso) throw new Error(`column ${c.name}: ${JSON.stringify(iso)} is not an ISO date`)
  return date.getTime()
}

/** The value as the column's builder takes it, or an error if it does not fit the column. */
const checkValue = (c: Column, v: unknown): unknown => {
  if (v === null || v === undefined) {
    if (!c.nullable) throw new Error(`column ${c.name}: null in a non-nullable column`)
    return null
  }
  const ok =
    c.kind === "integer" ? typeof v === "number" && (v | 0) === v // a whole number in the Int32 range
    : c.kind === "boolean" ? typeof v === "boolean"
    : typeof v === "string"
  if (!ok) throw new Error(`column ${c.name}: ${JSON.stringify(v)} is not a ${c.kind === "integer" ? "32-bit integer" : c.kind}`)
  return c.kind === "date" ? utcMidnight(c, v as string) : v
}

/** The Arrow schema of a table: its columns' types, nullability and descriptions. */
export const arrowSchema = (def: TableDef): Schema => {
  const fields = columnsOf(def.schema).map((c) => new Field(c.name, arrowType(c), c.nullable, new Map([["description", c.description]])))
  return new Schema(fields, new Map([["description", def.description], ["primary_key", def.key]]))
}

/** A bitmap for `length` bits, its size rounded up to 64 bytes as Arrow's own builders round it (so the files' bytes are theirs). */
const bitmapFor = (length: number): Uint8Array => new Uint8Array(Math.ceil(((length + 7) >> 3) / 64) * 64)

/** A validity bitmap (bit set = value present), or none when no value is null. */
const validity = (values: ReadonlyArray<unknown>): { bitmap: Uint8Array | undefined; nulls: number } => {
  let nulls = 0
  const bitmap = bitmapFor(values.length)
  values.forEach((v, i) => {
    if (v === null) nulls++
    else bitmap[i >> 3]! |= 1 << (i & 7)
  })
  return { bitmap: nulls > 0 ? bitmap : undefined, nulls }
}

/**
 * One column's values (checked by `checkValue`) as Arrow data, its buffers
 * filled directly: the strings of a batch are encoded into one UTF-8 buffer
 * with their offsets, numbers and days into one typed array, flags into a
 * bitmap. (Arrow's generic builders append value by value, several times
 * slower on the hundreds of thousands of rows of a big corpus.)
 */
const columnData = (type: DataType, c: Column, values: ReadonlyArray<unknown>) => {
  const { bitmap: nullBitmap, nulls: nullCount } = validity(values)
  const length = values.length
  switch (c.kind) {
    case "string": {
      const valueOffsets = new Int32Array(length + 1)
      let bytes = 0
      values.forEach((v, i) => {
        if (v !== null) bytes += Buffer.byteLength(v as string, "utf8")
        valueOffsets[i + 1] = bytes
      })
      const data = Buffer.alloc(bytes)
      values.forEach((v, i) => {
        if (v !== null) data.write(v as string, valueOffsets[i]!, "utf8")
      })
      return makeData({ type: type as Utf8, length, nullCount, nullBitmap, valueOffsets, data: new Uint8Array(data.buffer, data.byteOffset, bytes) })
    }
    case "integer":
      return makeData({ type: type as Int32, length, nullCount, nullBitmap, data: Int32Array.from(values, (v) => (v === null ? 0 : (v as number))) })
    case "date":
      return makeData({ type: type as DateDay, length, nullCount, nullBitmap, data: Int32Array.from(values, (v) => (v === null ? 0 : (v as number) / 86_400_000)) })
    case "boolean": {
      const data = bitmapFor(length)
      values.forEach((v, i) => {
        if (v === true) data[i >> 3]! |= 1 << (i & 7)
      })
      return makeData({ type: type as Bool, length, nullCount, nullBitmap, data })
    }
  }
}

/** Rows as one record batch of the table's schema; throws if a value does not fit its column. */
export const recordBatch = (def: TableDef, schema: Schema, rows: ReadonlyArray<Record<string, unknown>>): RecordBatch => {
  const children = columnsOf(def.schema).map((c, i) => columnData(schema.fields[i]!.type, c, rows.map((row) => checkValue(c, row[c.name]))))
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children }))
}

/** Record batches as an Arrow IPC file (at least one batch: an empty table still has its schema). */
export const batchesToArrow = (batches: ReadonlyArray<RecordBatch>): Uint8Array => tableToIPC(new Table([...batches]), "file")

/** The table's rows as an Arrow IPC file (one record batch); throws if a value does not fit its column. */
export const toArrow = (def: TableDef, rows: ReadonlyArray<Record<string, unknown>>): Uint8Array =>
  batchesToArrow([recordBatch(def, arrowSchema(def), rows)])

/**
 * An Arrow IPC file written batch by batch, for tables that do not fit in
 * memory: `write` each batch, then `finish`, which resolves when every byte
 * has gone to `sink`. The bytes are those of `batchesToArrow` on the same
 * batches.
 */
export const arrowFileWriter = (sink: (chunk: Uint8Array) => void) => {
  const writer = new RecordBatchFileWriter()
  const drained = (async () => {
    for await (const chunk of writer) sink(chunk)
  })()
  return {
    write: (batch: RecordBatch): void => void writer.write(batch),
    finish: async (): Promise<void> => {
      writer.finish()
      await drained
    },
  }
}
