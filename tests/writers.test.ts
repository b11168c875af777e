/** The writers: CSV (csv-stringify), Arrow IPC file, datapackage.json. */
import { createHash } from "node:crypto"
import { DataType, makeBuilder, makeData, RecordBatch, Struct, tableFromIPC } from "apache-arrow"
import { parse } from "csv-parse/sync"
import pl from "nodejs-polars"
import { describe, expect, it } from "vitest"
import { z } from "zod"
import { choice, columnsOf, count, flag, id, optCount, optIsoDate, optText, table, type TableDef, text } from "../schemas/columns.ts"
import { TABLES } from "../schemas/index.ts"
import { arrowFileWriter, arrowSchema, batchesToArrow, recordBatch, toArrow } from "../pipeline/write/arrow.ts"
import { toCsv } from "../pipeline/write/csv.ts"
import { sha256Hex } from "../pipeline/hash.ts"
import { datapackage, fileInfo } from "../pipeline/write/datapackage.ts"
import { arrowToParquet, parquetFileWriter } from "../pipeline/write/parquet.ts"

const awkward = table({
  name: "awkward",
  title: "Awkward",
  description: "Values that break naive writers.",
  key: "id",
  schema: z.object({
    id: id("Row id."),
    note: optText("Free text."),
    body: text("Always present."),
    n: count("A count."),
    maybe: optCount("An optional count."),
    day: optIsoDate("A date."),
    ok: flag("A flag."),
    kind: choice(["a", "b"], "A code."),
  }),
})
const NAMES = Object.keys(awkward.schema.shape)

const ROWS = [
  { id: "1", note: 'she said "no", twice', body: "line one\nline two", n: 0, maybe: null, day: "2011-06-15", ok: true, kind: "a" },
  { id: "2", note: null, body: "", n: 7, maybe: 3, day: null, ok: false, kind: "b" },
  { id: "3", note: "", body: "crlf\r\ninside, with comma", n: 2147483647, maybe: 0, day: "1969-12-31", ok: true, kind: "a" },
  { id: "4", note: "=1+2", body: "+cmd|' /C calc'!A0", n: 1, maybe: null, day: "2000-02-29", ok: false, kind: "b" },
  { id: "5", note: "-2", body: "@SUM(A1)\rold Mac line end", n: 1, maybe: null, day: null, ok: true, kind: "a" },
  { id: "6", note: "Café — Дмитрий Рогозин", body: "中文 😀 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627", n: 1, maybe: null, day: null, ok: true, kind: "a", extra: "ignored" },
]
/** Days since 1970-01-01 of the `day` column, counted by hand. */
const DAYS = [15140, null, -1, 11016, null, null]

/** csv-parse, telling an unquoted empty cell (null) from a quoted one (""). */
const parseWithNulls = (csv: string) =>
  parse(csv, { columns: true, cast: (v: string, ctx: { quoting: boolean }) => (v === "" && !ctx.quoting ? null : v) }) as Array<Record<string, string | null>>

describe("CSV writer", () => {
  const csv = toCsv(awkward, ROWS)

  it("round-trips awkward values through an independent parser", () => {
    const want = ROWS.map((r) => Object.fromEntries(NAMES.map((n) => {
      const v = r[n as keyof typeof r]
      return [n, v === null ? null : String(v)]
    })))
    expect(parseWithNulls(csv)).toEqual(want)
  })

  it("tells null (empty cell) from the empty string (\"\") in the raw text", () => {
    expect(csv).toContain('\n2,,"",7,3,,false,b\n') // note null, body ""
    expect(csv).toContain('\n3,"",') // note ""
  })

  it("quotes quotes, commas, LF and CR, and nothing else", () => {
    expect(csv).toContain('\n1,"she said ""no"", twice","line one\nline two",0,,2011-06-15,true,a\n')
    expect(csv).toContain(',"crlf\r\ninside, with comma",2147483647,0,1969-12-31,')
    expect(csv).toContain("\n6,Café — Дмитрий Рогозин,中文 😀 ")
  })

  it("writes UTF-8 without BOM, a header, \\n line ends and formula-like cells verbatim", () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff)
    expect(csv.startsWith(`${NAMES.join(",")}\n`)).toBe(true)
    expect(csv.endsWith("\n")).toBe(true)
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, "").includes("\r")).toBe(false) // CR only inside quoted cells
    expect(csv).toContain("\n4,=1+2,+cmd|' /C calc'!A0,")
    expect(csv).toContain('\n5,-2,"@SUM(A1)\rold Mac line end",') // a lone CR is quoted too
    expect(csv).not.toContain("ignored")
  })

  it("is read by polars with the same rows, nulls and empty strings", () => {
    const df = pl.readCSV(csv)
    expect(df.height).toBe(ROWS.length)
    expect(df.columns).toEqual(NAMES)
    expect(df.getColumn("note").toArray()).toEqual(ROWS.map((r) => r.note))
    expect(df.getColumn("body").toArray()).toEqual(ROWS.map((r) => r.body))
  })

  it("depends only on the rows", () => {
    expect(toCsv(awkward, ROWS.map((r) => ({ ...r })))).toBe(csv)
  })

  it("writes a header-only file for no rows, for every table", () => {
    for (const def of [awkward, ...TABLES]) {
      const names = columnsOf(def.schema).map((c) => c.name)
      const empty = toCsv(def, [])
      expect(empty, def.name).toBe(`${names.join(",")}\n`)
      expect(parse(empty), def.name).toEqual([names])
      const df = pl.readCSV(empty)
      expect([df.height, df.columns], def.name).toEqual([0, names])
    }
  })
})

describe("Arrow writer", () => {
  const bytes = toArrow(awkward, ROWS)

  it("writes the IPC file format with explicit, non-dictionary types and descriptions", () => {
    const magic = (b: Uint8Array) => Buffer.from(b).toString("latin1")
    expect(magic(bytes.subarray(0, 6))).toBe("ARROW1")
    expect(magic(bytes.subarray(-6))).toBe("ARROW1")
    const t = tableFromIPC(bytes)
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}:${f.nullable}`)).toEqual([
      "id:Utf8:false", "note:Utf8:true", "body:Utf8:false", "n:Int32:false", "maybe:Int32:true", "day:Date32<DAY>:true", "ok:Bool:false", "kind:Utf8:false",
    ])
    expect(t.schema.fields.some((f) => DataType.isDictionary(f.type))).toBe(false)
    expect(t.schema.fields.map((f) => f.metadata.get("description"))).toEqual(columnsOf(awkward.schema).map((c) => c.description))
    expect(t.schema.metadata.get("description")).toBe(awkward.description)
  })

  it("keeps values, nulls and empty strings", () => {
    const rows = tableFromIPC(bytes).toArray().map((r) => r.toJSON())
    for (const n of NAMES.filter((n) => n !== "day")) expect(rows.map((r) => r[n]), n).toEqual(ROWS.map((r) => r[n as keyof typeof r]))
    // a DateDay reads back as epoch milliseconds
    expect(rows.map((r) => (r.day === null ? null : (r.day as number) / 86_400_000))).toEqual(DAYS)
  })

  it("writes the same dates, and the same bytes, in any time zone", () => {
    const saved = process.env.TZ
    try {
      for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) { // UTC+14, UTC-11
        process.env.TZ = tz
        expect(new Date(2011, 5, 15).getTimezoneOffset(), tz).not.toBe(0)
        const there = toArrow(awkward, ROWS)
        expect(Buffer.from(there).equals(Buffer.from(bytes)), tz).toBe(true)
        expect(tableFromIPC(there).getChild("day")!.toArray().map((ms: number | null) => (ms === null ? null : ms / 86_400_000)), tz).toEqual(DAYS)
      }
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })

  it("is read by polars with the same rows and types", () => {
    const df = pl.readIPC(Buffer.from(bytes))
    expect(df.height).toBe(ROWS.length)
    expect(df.columns).toEqual(NAMES)
    expect(df.dtypes.map(String)).toEqual(["String", "String", "String", "Int32", "Int32", "Date", "Bool", "String"].map((t) => `DataType(${t})`))
    expect(df.getColumn("note").toArray()).toEqual(ROWS.map((r) => r.note))
  })

  it("depends only on the rows", () => {
    expect(Buffer.from(toArrow(awkward, ROWS.map((r) => ({ ...r })))).equals(Buffer.from(bytes))).toBe(true)
  })

  it("writes the bytes Arrow's own value-by-value builders write, for any batch size", () => {
    const schema = arrowSchema(awkward)
    const byBuilders = (rows: ReadonlyArray<Record<string, unknown>>) => {
      const children = columnsOf(awkward.schema).map((c, i) => {
        const builder = makeBuilder({ type: schema.fields[i]!.type, nullValues: [null] })
        for (const row of rows) {
          const v = row[c.name] ?? null
          builder.append(c.kind === "date" && v !== null ? Date.parse(`${String(v)}T00:00:00Z`) : v)
        }
        return builder.finish().flush()
      })
      return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children }))
    }
    for (const length of [0, 1, 6, 63, 64, 65, 513, 8192]) {
      const rows = Array.from({ length }, (_, i) => ({ ...ROWS[i % ROWS.length]!, id: String(i) }))
      expect(sha256Hex(batchesToArrow([recordBatch(awkward, schema, rows)])), `${length} rows`).toBe(sha256Hex(batchesToArrow([byBuilders(rows)])))
    }
  })

  it("refuses a value that does not fit its column", () => {
    const row = ROWS[0]!
    expect(() => toArrow(awkward, [{ ...row, n: "seven" }])).toThrow(/column n/)
    expect(() => toArrow(awkward, [{ ...row, n: 2 ** 31 }])).toThrow(/column n: 2147483648 is not a 32-bit integer/)
    expect(() => toArrow(awkward, [{ ...row, n: 1.5 }])).toThrow(/column n/)
    expect(() => toArrow(awkward, [{ ...row, body: null }])).toThrow(/column body: null/)
    expect(() => toArrow(awkward, [{ ...row, ok: "true" }])).toThrow(/column ok/)
    expect(() => toArrow(awkward, [{ ...row, day: "2011-02-30" }])).toThrow(/column day: "2011-02-30" is not an ISO date/)
    expect(() => toArrow(awkward, [{ ...row, day: "2011-06-15T00:00:00Z" }])).toThrow(/column day/)
  })

  it("writes valid empty files with the full schema for every table", () => {
    for (const def of TABLES) {
      const columns = columnsOf(def.schema)
      const empty = toArrow(def, [])
      const t = tableFromIPC(empty)
      expect(t.numRows).toBe(0)
      expect(t.schema.fields.map((f) => [f.name, f.nullable]), def.name).toEqual(columns.map((c) => [c.name, c.nullable]))
      expect(t.schema.fields.some((f) => DataType.isDictionary(f.type)), def.name).toBe(false)
      const df = pl.readIPC(Buffer.from(empty))
      expect([df.height, df.columns], def.name).toEqual([0, columns.map((c) => c.name)])
    }
  })
})

describe("streamed Arrow and Parquet writers", () => {
  // Several record batches, and more rows than a Parquet row group holds (65,536).
  const many = Array.from({ length: 70_000 }, (_, i) => ({ ...ROWS[i % ROWS.length]!, id: String(i).padStart(6, "0") }))
  const schema = arrowSchema(awkward)
  const batches = [many.slice(0, 8192), many.slice(8192, 30_000), many.slice(30_000)].map((rows) => recordBatch(awkward, schema, rows))
  const collect = async (make: (sink: (chunk: Uint8Array) => void) => { write: (b: (typeof batches)[number]) => void; finish: () => Promise<void> }) => {
    const chunks: Uint8Array[] = []
    const writer = make((chunk) => chunks.push(chunk.slice()))
    for (const b of batches) writer.write(b)
    await writer.finish()
    return Buffer.concat(chunks)
  }

  it("write the bytes of the whole-table writers, batch by batch", async () => {
    const whole = batchesToArrow(batches)
    const streamed = await collect(arrowFileWriter)
    expect(sha256Hex(streamed)).toBe(sha256Hex(whole))
    expect(tableFromIPC(streamed).numRows).toBe(many.length)
    const parquet = await collect(parquetFileWriter)
    expect(sha256Hex(parquet)).toBe(sha256Hex(arrowToParquet(whole)))
    const df = pl.readParquet(parquet)
    expect([df.height, df.getColumn("id").get(69_999)]).toEqual([many.length, "069999"])
  })
})

describe("datapackage.json", () => {
  const utf8 = new TextEncoder()
  const written = (def: TableDef, rows: ReadonlyArray<Record<string, unknown>>) => {
    const arrow = toArrow(def, rows)
    return { def, csv: utf8.encode(toCsv(def, rows)), arrow, parquet: arrowToParquet(arrow) }
  }
  const files = [...TABLES.map((def) => written(def, [])), written(awkward, ROWS)]
  const resources = files.map((f) => ({ def: f.def, csv: fileInfo(f.csv), arrow: fileInfo(f.arrow), parquet: fileInfo(f.parquet) }))
  const xlsx = new Uint8Array([1, 2, 3])
  const meta = { name: "t", title: "T", description: "D", version: "1.2.3", pipelineVersion: "0.1.0" }
  const text = datapackage(meta, resources, fileInfo(xlsx))
  const pkg = JSON.parse(text)
  const byPath = (path: string) => pkg.resources.find((x: { path: string }) => x.path === path)

  it("is Data Package v2 JSON with the dataset's metadata", () => {
    expect(text).toBe(`${JSON.stringify(pkg, null, 2)}\n`)
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json")
    expect([pkg.name, pkg.title, pkg.description, pkg.version, pkg.pipeline_version]).toEqual(["t", "T", "D", "1.2.3", "0.1.0"])
    expect(pkg.licenses[0].name).toBe("ODC-BY-1.0")
    expect(pkg.sources[0].title).toMatch(/publisher/)
  })

  it("describes every file with its bytes and sha256", () => {
    expect(sha256Hex(files[0]!.csv)).toBe(createHash("sha256").update(files[0]!.csv).digest("hex"))
    expect(pkg.resources).toHaveLength(files.length * 3 + 1)
    expect(byPath("dataset.xlsx")).toMatchObject({ format: "xlsx", bytes: 3, hash: `sha256:${createHash("sha256").update(xlsx).digest("hex")}` })
    for (const r of files) {
      const csv = byPath(`${r.def.name}.csv`)
      const arrow = byPath(`${r.def.name}.arrow`)
      const parquet = byPath(`${r.def.name}.parquet`)
      expect([parquet.name, parquet.format, parquet.bytes]).toEqual([`${r.def.name}-parquet`, "parquet", r.parquet.length])
      expect([csv.name, csv.type, csv.format, csv.mediatype, csv.encoding]).toEqual([r.def.name, "table", "csv", "text/csv", "utf-8"])
      expect([arrow.name, arrow.format, arrow.mediatype]).toEqual([`${r.def.name}-arrow`, "arrow", "application/vnd.apache.arrow.file"])
      expect([csv.bytes, csv.hash]).toEqual([r.csv.length, `sha256:${createHash("sha256").update(r.csv).digest("hex")}`])
      expect([arrow.bytes, arrow.hash]).toEqual([r.arrow.length, `sha256:${createHash("sha256").update(r.arrow).digest("hex")}`])
      expect(csv.dialect).toEqual({ header: true, delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true })
      expect(csv.schema.primaryKey).toEqual([r.def.key])
      expect(csv.schema.missingValues).toEqual([""])
    }
  })

  it("carries a described, typed field for every column, with required and code lists", () => {
    for (const r of resources) {
      const fields = byPath(`${r.def.name}.csv`).schema.fields
      expect(fields.map((f: { name: string; type: string; constraints: { required: boolean } }) => [f.name, f.type, f.constraints.required]))
        .toEqual(columnsOf(r.def.schema).map((c) => [c.name, c.kind, !c.nullable]))
      for (const f of fields) expect(f.description.length, `${r.def.name}.${f.name}`).toBeGreaterThan(5)
    }
    const docs = byPath("documents.csv")
    expect(docs.schema.fields.find((f: { name: string }) => f.name === "published_source").constraints.enum).toContain("manifest")
    expect(byPath("awkward.csv").schema.fields.find((f: { name: string }) => f.name === "kind").constraints).toEqual({ required: true, enum: ["a", "b"] })
  })

  it("is deterministic", () => {
    expect(datapackage(meta, resources, fileInfo(xlsx))).toBe(text)
  })

  it("lists no spreadsheet when there is none", () => {
    const without = JSON.parse(datapackage(meta, resources, null))
    expect(without.resources).toHaveLength(files.length * 3)
    expect(without.resources.some((r: { format: string }) => r.format === "xlsx")).toBe(false)
  })
})
