/**
 * The out folder as users load it, through readers that share no code with
 * the writers: polars (Arrow, Parquet, CSV), DuckDB (CSV, Parquet) and
 * LibreOffice (the spreadsheet, converted back to CSV headless). LibreOffice
 * tests skip with a message where `soffice` is not installed (.ci/run
 * installs it).
 */
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import pl from "nodejs-polars"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { z } from "zod"
import { columnsOf, id, optIsoDate, optText, table, text } from "../schemas/columns.ts"
import { TABLES } from "../schemas/index.ts"
import { toXlsx } from "../pipeline/write/xlsx.ts"
import { parseCsv, removeDir, runPipeline, tempDir } from "./helpers.ts"

const repo = join(import.meta.dirname, "..")
const work = tempDir()
const out = join(work, "out")
afterAll(() => removeDir(work))
beforeAll(async () => {
  await runPipeline({ raw: join(repo, "raw"), out })
}, 120_000)

const csvRows = (name: string) => parseCsv(readFileSync(join(out, `${name}.csv`)), { columns: true }) as Array<Record<string, string>>
const columnNames = (def: (typeof TABLES)[number]) => columnsOf(def.schema).map((c) => c.name)

describe("polars", () => {
  it("reads every table from Arrow, Parquet and CSV with the same rows and columns", () => {
    for (const def of TABLES) {
      const n = csvRows(def.name).length
      const arrow = pl.readIPC(readFileSync(join(out, `${def.name}.arrow`)))
      const parquet = pl.readParquet(readFileSync(join(out, `${def.name}.parquet`)))
      expect([arrow.height, arrow.columns], `${def.name}.arrow`).toEqual([n, columnNames(def)])
      expect([parquet.height, parquet.columns], `${def.name}.parquet`).toEqual([n, columnNames(def)])
      expect(parquet.dtypes.map(String), `${def.name}.parquet types`).toEqual(arrow.dtypes.map(String))
      if (n > 0) expect(pl.readCSV(readFileSync(join(out, `${def.name}.csv`), "utf8")).columns, `${def.name}.csv`).toEqual(columnNames(def))
    }
  })
})

describe("DuckDB", () => {
  it("reads every table from CSV and Parquet with the same rows and columns", async () => {
    const db = await DuckDBInstance.create(":memory:")
    const con = await db.connect()
    try {
      for (const def of TABLES) {
        const n = csvRows(def.name).length
        for (const source of [`read_csv('${join(out, `${def.name}.csv`)}', header = true, all_varchar = true)`, `read_parquet('${join(out, `${def.name}.parquet`)}')`]) {
          const count = await con.runAndReadAll(`select count(*) as n from ${source}`)
          expect(Number(count.getRows()[0]![0]), source).toBe(n)
          if (n === 0 && source.startsWith("read_csv")) continue // a header-only CSV gives DuckDB no types to sniff
          const described = await con.runAndReadAll(`describe select * from ${source}`)
          expect(described.getRows().map((r) => r[0]), source).toEqual(columnNames(def))
        }
      }
    } finally {
      con.closeSync()
      db.closeSync()
    }
  })
})

const soffice = ["soffice", "libreoffice"].find((cmd) => {
  try {
    execFileSync(cmd, ["--version"], { stdio: "pipe", timeout: 60_000 })
    return true
  } catch {
    return false
  }
})
if (!soffice) console.warn("tests/readers.test.ts: LibreOffice (soffice) not found, spreadsheet tests skipped; `apt-get install libreoffice-calc` to run them")

/** Converts every sheet of a workbook to CSV with LibreOffice headless; returns sheet name -> rows. */
const sheetsAsCsv = (xlsx: string, dir: string): Map<string, string[][]> => {
  // Filter options: comma, double quote, UTF-8, from line 1, ..., -1 = every sheet to its own file (LibreOffice 7.2+).
  execFileSync(soffice!, [
    `-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, xlsx,
  ], { stdio: "pipe", timeout: 180_000 })
  const base = xlsx.split("/").at(-1)!.replace(/\.xlsx$/, "")
  return new Map(readdirSync(dir).filter((f) => f.startsWith(`${base}-`) && f.endsWith(".csv"))
    .map((f) => [f.slice(base.length + 1, -4), parseCsv(readFileSync(join(dir, f)), { relax_column_count: true }) as string[][]]))
}

describe.skipIf(!soffice)("LibreOffice", () => {
  it("keeps a cell that looks like a formula as text, and dates as ISO text", async () => {
    const awkward = table({
      name: "awkward", title: "A", description: "Cells a spreadsheet could misread.", key: "id",
      schema: z.object({ id: id("id"), value: text("v"), note: optText("n"), day: optIsoDate("d") }),
    })
    const values = ["=1+1", "+33 1 23 45", "-2", "@SUM(A1:A2)", "=HYPERLINK(\"http://example.com\")", "0012", "1e5", "TRUE"]
    const rows = values.map((value, i) => ({ id: `r${i}`, value, note: i === 0 ? null : "x", day: "2011-06-15" }))
    const dir = join(work, "awkward")
    execFileSync("mkdir", ["-p", dir])
    writeFileSync(join(dir, "awkward.xlsx"), await toXlsx([{ def: awkward, rows }]))
    const sheets = sheetsAsCsv(join(dir, "awkward.xlsx"), dir)
    const sheet = sheets.get("awkward") ?? [...sheets.values()][0]!
    expect(sheet[0]).toEqual(["id", "value", "note", "day"])
    expect(sheet.slice(1).map((r) => r[1])).toEqual(values)
    expect(sheet.slice(1).map((r) => r[3])).toEqual(values.map(() => "2011-06-15"))
  }, 200_000)

  it("reads every table of dataset.xlsx as a sheet with the same rows and columns", () => {
    const dir = join(work, "sheets")
    execFileSync("mkdir", ["-p", dir])
    const sheets = sheetsAsCsv(join(out, "dataset.xlsx"), dir)
    for (const def of TABLES) {
      const sheet = sheets.get(def.name)
      expect(sheet, def.name).toBeDefined()
      expect(sheet![0], def.name).toEqual(columnNames(def))
      expect(sheet!.length - 1, def.name).toBe(csvRows(def.name).length)
    }
  }, 200_000)
})

it("writes the spreadsheet with the header row frozen, and the same bytes for the same data", async () => {
  const { unzipSync } = await import("fflate")
  const sheet1 = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(join(out, "dataset.xlsx"))))["xl/worksheets/sheet1.xml"]!)
  expect(sheet1).toContain('state="frozen"')
  const tables = TABLES.map((def) => ({ def, rows: [] }))
  const first = await toXlsx(tables)
  await new Promise((r) => setTimeout(r, 2100)) // zip times have a two-second resolution
  expect(Buffer.from(await toXlsx(tables)).equals(Buffer.from(first))).toBe(true)
})
