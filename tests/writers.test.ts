/** The writers: CSV (csv-stringify), Arrow IPC file, datapackage.json. */
import { createHash } from "node:crypto"
import { tableFromIPC } from "apache-arrow"
import { parse } from "csv-parse/sync"
import pl from "nodejs-polars"
import { describe, expect, it } from "vitest"
import { z } from "zod"
import { choice, count, flag, id, optCount, optIsoDate, optText, table, text } from "../schemas/columns.ts"
import { TABLES } from "../schemas/index.ts"
import { toArrow } from "../pipeline/write/arrow.ts"
import { toCsv } from "../pipeline/write/csv.ts"
import { datapackage } from "../pipeline/write/datapackage.ts"

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

const ROWS = [
  { id: "1", note: 'she said "no", twice', body: "line one\nline two", n: 0, maybe: null, day: "2011-06-15", ok: true, kind: "a" },
  { id: "2", note: null, body: "", n: 7, maybe: 3, day: null, ok: false, kind: "b" },
  { id: "3", note: "", body: "crlf\r\ninside, with comma", n: 2147483647, maybe: 0, day: "1969-12-31", ok: true, kind: "a" },
  { id: "4", note: "=1+2", body: "+cmd|' /C calc'!A0", n: 1, maybe: null, day: "2000-02-29", ok: false, kind: "b" },
  { id: "5", note: "-2", body: "@SUM(A1)", n: 1, maybe: null, day: null, ok: true, kind: "a" },
  { id: "6", note: "Dmitry Rogozin — Дмитрий Рогозин", body: "中文 😀 \u05e9\u05dc\u05d5\u05dd", n: 1, maybe: null, day: null, ok: true, kind: "a" },
]

describe("CSV writer", () => {
  const csv = toCsv(awkward, ROWS)

  it("round-trips awkward values through an independent parser", () => {
    const back = parse(csv, { columns: true }) as Array<Record<string, string>>
    expect(back.map((r) => r.note)).toEqual(['she said "no", twice', "", "", "=1+2", "-2", "Dmitry Rogozin — Дмитрий Рогозин"])
    expect(back.map((r) => r.body)).toEqual(ROWS.map((r) => r.body))
    expect(back.map((r) => r.day)).toEqual(["2011-06-15", "", "1969-12-31", "2000-02-29", "", ""])
    expect(back.map((r) => r.ok)).toEqual(["true", "false", "true", "false", "true", "true"])
    expect(back[2]!.n).toBe("2147483647")
  })

  it("tells null (empty cell) from the empty string (\"\")", () => {
    expect(csv).toContain('\n2,,"",7,3,,false,b\n') // note null, body ""
    expect(csv).toContain('\n3,"",') // note ""
  })

  it("writes UTF-8 without BOM, a header, \\n line ends and formula-like cells verbatim", () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff)
    expect(csv.startsWith("id,note,body,n,maybe,day,ok,kind\n")).toBe(true)
    expect(csv.endsWith("\n")).toBe(true)
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, "").includes("\r")).toBe(false) // CR only inside quoted cells
    expect(csv).toContain("\n4,=1+2,")
    expect(csv).toContain(",@SUM(A1),")
  })

  it("writes a header-only file for no rows", () => {
    expect(toCsv(awkward, [])).toBe("id,note,body,n,maybe,day,ok,kind\n")
  })
})

describe("Arrow writer", () => {
  const bytes = toArrow(awkward, ROWS)

  it("writes the IPC file format with explicit, non-dictionary types", () => {
    expect(Buffer.from(bytes.subarray(0, 6)).toString()).toBe("ARROW1")
    const t = tableFromIPC(bytes)
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}:${f.nullable}`)).toEqual([
      "id:Utf8:false", "note:Utf8:true", "body:Utf8:false", "n:Int32:false", "maybe:Int32:true", "day:Date32<DAY>:true", "ok:Bool:false", "kind:Utf8:false",
    ])
    expect(t.schema.fields.find((f) => f.name === "note")!.metadata.get("description")).toBe("Free text.")
  })

  it("keeps values, nulls and empty strings", () => {
    const rows = tableFromIPC(bytes).toArray().map((r) => r.toJSON())
    expect(rows.map((r) => r.note)).toEqual(ROWS.map((r) => r.note))
    expect(rows.map((r) => r.body)).toEqual(ROWS.map((r) => r.body))
    expect(rows.map((r) => r.maybe)).toEqual(ROWS.map((r) => r.maybe))
    // dates are day numbers: 2011-06-15 is day 15140, 1969-12-31 is day -1
    expect(rows.map((r) => (r.day === null ? null : (r.day as number) / 86_400_000))).toEqual([15140, null, -1, 11016, null, null])
  })

  it("is read by polars with the same rows as the CSV", () => {
    const df = pl.readIPC(Buffer.from(bytes))
    expect(df.height).toBe(ROWS.length)
    expect(df.columns).toEqual(Object.keys(awkward.schema.shape))
    expect(df.getColumn("body").toArray()).toEqual(ROWS.map((r) => r.body))
    expect(pl.readCSV(toCsv(awkward, ROWS)).height).toBe(ROWS.length)
  })

  it("refuses a value that does not fit its column", () => {
    expect(() => toArrow(awkward, [{ ...ROWS[0], n: "seven" }])).toThrow(/column n/)
    expect(() => toArrow(awkward, [{ ...ROWS[0], body: null }])).toThrow(/column body/)
  })

  it("writes valid empty files with the full schema for every table", () => {
    for (const def of TABLES) {
      const t = tableFromIPC(toArrow(def, []))
      expect(t.numRows).toBe(0)
      expect(t.schema.fields.map((f) => f.name)).toEqual(Object.keys(def.schema.shape))
      expect(pl.readIPC(Buffer.from(toArrow(def, []))).columns).toEqual(Object.keys(def.schema.shape))
    }
  })
})

describe("datapackage.json", () => {
  const resources = TABLES.map((def) => ({ def, csv: new TextEncoder().encode(toCsv(def, [])), arrow: toArrow(def, []) }))
  const meta = { name: "t", title: "T", description: "D", version: "1.2.3", pipelineVersion: "0.1.0" }
  const pkg = JSON.parse(datapackage(meta, resources))

  it("describes every file with its bytes and sha256", () => {
    expect(pkg.resources).toHaveLength(TABLES.length * 2)
    for (const r of resources) {
      const csv = pkg.resources.find((x: { path: string }) => x.path === `${r.def.name}.csv`)
      const arrow = pkg.resources.find((x: { path: string }) => x.path === `${r.def.name}.arrow`)
      expect(csv.bytes).toBe(r.csv.length)
      expect(csv.hash).toBe(`sha256:${createHash("sha256").update(r.csv).digest("hex")}`)
      expect(arrow.hash).toBe(`sha256:${createHash("sha256").update(r.arrow).digest("hex")}`)
      expect(csv.schema.primaryKey).toEqual([r.def.key])
    }
  })

  it("carries a described, typed field for every column, and code lists", () => {
    for (const r of pkg.resources.filter((x: { format: string }) => x.format === "csv")) {
      for (const f of r.schema.fields) {
        expect(f.description.length, `${r.name}.${f.name}`).toBeGreaterThan(10)
        expect(["string", "integer", "boolean", "date"]).toContain(f.type)
      }
    }
    const docs = pkg.resources.find((x: { name: string }) => x.name === "documents")
    expect(docs.schema.fields.find((f: { name: string }) => f.name === "published_source").constraints.enum).toContain("manifest")
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json")
    expect(pkg.version).toBe("1.2.3")
  })

  it("is deterministic", () => {
    expect(datapackage(meta, resources)).toBe(datapackage(meta, resources))
  })
})
