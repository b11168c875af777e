import { cpSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import fc from "fast-check"
import { stringify } from "csv-stringify/sync"
import { CsvReader } from "../pipeline/csvstream.ts"
import { changelogEntry, diffDatasets, diffJson, diffTable, nextVersion, readCsvTable, renderReport, StreamingTableDiff, type TableDiff } from "../pipeline/diff.ts"
import { parseCsv, removeDir, runPipeline, tempDir } from "./helpers.ts"

const csv = (text: string) => readCsvTable(text)

describe("diffTable", () => {
  const before = csv("id,a,b\nx,1,one\ny,2,two\nz,3,three\n")
  const after = csv("id,a,b\nx,1,one\ny,2,TWO\nw,4,four\n")

  it("reports rows added, removed and changed by id, with old and new values of the changed columns", () => {
    expect(diffTable("id", before, after)).toEqual({
      added: ["w"], removed: ["z"], changed: [{ id: "y", columns: { b: ["two", "TWO"] } }], columnsAdded: [], columnsRemoved: [],
    })
  })

  it("reports columns added and removed, and compares the columns both sides have", () => {
    const d = diffTable("id", before, csv("id,a,c\nx,1,new\ny,5,new\nz,3,new\n"))
    expect([d.columnsAdded, d.columnsRemoved]).toEqual([["c"], ["b"]])
    expect(d.changed).toEqual([{ id: "y", columns: { a: ["2", "5"] } }])
  })

  it("reads an empty cell as null", () => {
    expect(diffTable("id", csv("id,a\nx,\n"), csv("id,a\nx,1\n")).changed).toEqual([{ id: "x", columns: { a: [null, "1"] } }])
  })
})

describe("versions", () => {
  const empty: TableDiff = { added: [], removed: [], changed: [], columnsAdded: [], columnsRemoved: [] }
  const diff = (t: Partial<TableDiff>) => ({ tables: { events: { ...empty, ...t } } })

  it("bumps by Frictionless rules: major for a column, minor for rows, patch for values", () => {
    expect(nextVersion("1.2.3", diff({ columnsAdded: ["x"] }))).toBe("2.0.0")
    expect(nextVersion("1.2.3", diff({ removed: ["a"] }))).toBe("1.3.0")
    expect(nextVersion("1.2.3", diff({ changed: [{ id: "a", columns: { x: ["1", "2"] } }] }))).toBe("1.2.4")
    expect(nextVersion("1.2.3", diff({}))).toBe("1.2.3")
    expect(nextVersion(null, null)).toBe("1.0.0")
  })

  it("writes a changelog entry and a report from the diff", () => {
    const d = diff({ added: ["a", "b"], changed: [{ id: "c", columns: { date: ["2011", "2011-06-15"] } }] })
    expect(changelogEntry("1.3.0", "0.2.0", d)).toBe("## 1.3.0\n\nBuilt by dateline 0.2.0.\n\n- events: 2 rows added, 0 removed, 1 changed (columns: date)\n")
    const report = renderReport(d)
    expect(report).toMatch(/events\s+2\s+0\s+1/)
    expect(report).toContain('date: "2011" -> "2011-06-15"')
    expect(JSON.parse(diffJson(d)).tables.events.changed).toEqual([{ id: "c", columns: { date: ["2011", "2011-06-15"] } }])
  })
})

describe("editing one article of the seeds", () => {
  const repo = join(import.meta.dirname, "..")
  const work = tempDir()
  const raw = join(work, "raw")
  const target = "002_36cefa5a0f04f663.txt"
  let d: ReturnType<typeof diffDatasets>
  let before: Map<string, ReturnType<typeof readCsvTable>>

  beforeAll(async () => {
    cpSync(join(repo, "raw"), raw, { recursive: true })
    await runPipeline({ raw, out: join(work, "v1") })
    // A new first line, and one sentence reworded.
    const text = readFileSync(join(raw, target), "utf8")
    const edited = "MOSCOW, April 23 — Russian officials gave the visiting Pentagon chief a cool reception on Monday.\n" +
      text.replace("Missile defense is only one sign of deteriorating relations", "Missile defense is just one sign of worsening relations")
    expect(edited).not.toBe(text)
    writeFileSync(join(raw, target), edited)
    cpSync(join(work, "v1"), join(work, "v2"), { recursive: true })
    await runPipeline({ raw, out: join(work, "v2") })
    const read = (dir: string) => new Map(["documents", "sentences", "boilerplate", "timexes", "events", "positions", "actors", "rejects"]
      .map((t) => [t, readCsvTable(readFileSync(join(work, dir, `${t}.csv`), "utf8"))]))
    before = read("v1")
    d = diffDatasets(before, read("v2"))
  }, 120_000)
  afterAll(() => removeDir(work))

  it("changes rows of that article only", () => {
    const docOf = new Map<string, string>()
    for (const dir of ["v1", "v2"]) {
      for (const t of ["documents", "sentences", "boilerplate", "timexes", "events", "positions"]) {
        const rows = parseCsv(readFileSync(join(work, dir, `${t}.csv`)), { columns: true }) as Array<Record<string, string>>
        const key = Object.keys(rows[0] ?? { x: 1 })[0]!
        for (const r of rows) docOf.set(`${t}:${r[key]}`, r.doc_id!)
      }
    }
    for (const t of ["documents", "sentences", "boilerplate", "timexes", "events", "positions"]) {
      const tdiff = d.tables[t]!
      for (const id of [...tdiff.added, ...tdiff.removed, ...tdiff.changed.map((c) => c.id)]) {
        expect(docOf.get(`${t}:${id}`), `${t} ${id}`).toBe("002_36cefa5a0f04f663")
      }
    }
    expect(d.tables.sentences!.added.length).toBeGreaterThanOrEqual(2)
    expect(d.tables.sentences!.removed.length).toBe(1)
  })

  it("keeps the ids of unchanged sentences: they show moved offsets, not a removal", () => {
    const sentences = before.get("sentences")!.rows.filter((r) => r.doc_id === "002_36cefa5a0f04f663")
    const removed = new Set(d.tables.sentences!.removed)
    const kept = sentences.filter((s) => !s.text!.startsWith("Missile defense is only one sign"))
    expect(kept.length).toBeGreaterThan(10)
    for (const s of kept) expect(removed.has(s.sentence_id!), s.text).toBe(false)
    const moved = d.tables.sentences!.changed.filter((c) => "raw_start" in c.columns)
    expect(moved.length).toBeGreaterThan(10)
  })

  it("numbers the new version and writes its changelog entry on top of the old one", () => {
    const v1 = JSON.parse(readFileSync(join(work, "v1", "datapackage.json"), "utf8")).version
    const v2 = JSON.parse(readFileSync(join(work, "v2", "datapackage.json"), "utf8")).version
    expect(v1).toBe("1.0.0")
    expect(v2).toBe("1.1.0")
    const log = readFileSync(join(work, "v2", "CHANGELOG.md"), "utf8")
    expect(log.indexOf("## 1.1.0")).toBeLessThan(log.indexOf("## 1.0.0"))
    expect(log).toMatch(/- sentences: \d+ rows? added, 1 removed, \d+ changed/)
  })
})

describe("StreamingTableDiff", () => {
  // The diff the run computes while it writes: the previous version's CSV read a chunk of text at a time, the new rows
  // pushed a batch at a time (some with their CSV text, which lets an unchanged stretch pass unparsed), both in id
  // order. It must give what diffTable gives on the two whole tables, whatever the cells hold.
  const cellValue = fc.oneof(fc.constantFrom("", "same", "a,b", 'say "no"', "two\nlines", "\"", ",", "x\r\ny"), fc.string({ maxLength: 4 }))
  it("gives diffTable's answer whatever the sizes of the chunks and batches", async () => {
    await fc.assert(fc.asyncProperty(
      fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 120 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 120 }),
      fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), cellValue, fc.boolean(),
      async (oldIds, newIds, chunk, batch, salt, b, withText) => {
        const id = (n: number) => `r${String(n).padStart(4, "0")}`
        const value = (n: number, side: number) => String((n * 7 + (n % 4 === salt ? side : 0)) % 5)
        const oldRows = [...oldIds].sort((x, y) => x - y).map((n) => [id(n), value(n, 0), n % 3 === 0 ? b : "same"])
        const newRows = [...newIds].sort((x, y) => x - y).map((n) => [id(n), value(n, 1), n % 3 === 0 ? b : "same"])
        const text = (rows: string[][], header: boolean) => stringify(rows, { header, columns: ["id", "a", "b"], record_delimiter: "\n" })
        const previousText = text(oldRows, true)
        async function* chunks() {
          for (let i = 0; i < previousText.length; i += chunk) yield previousText.slice(i, i + chunk)
        }
        const d = await StreamingTableDiff.start("id", ["id", "a", "b"], new CsvReader(chunks()))
        for (let i = 0; i < newRows.length; i += batch) {
          const some = newRows.slice(i, i + batch)
          await (withText ? d.push(() => some, text(some, false)) : d.push(some))
        }
        const streamed = await d.finish()
        const whole = diffTable("id", csv(previousText), csv(text(newRows, true)))
        expect({ ...streamed, added: [...streamed.added].sort(), removed: [...streamed.removed].sort() })
          .toEqual({ ...whole, added: [...whole.added].sort(), removed: [...whole.removed].sort() })
      },
    ), { numRuns: 400 })
  })

  it("passes over a batch whose text the previous version goes on with, without asking for its cells", async () => {
    const previous = "id,a\nr1,1\nr2,2\nr3,3\n"
    async function* chunks() {
      yield previous.slice(0, 7)
      yield previous.slice(7)
    }
    const d = await StreamingTableDiff.start("id", ["id", "a"], new CsvReader(chunks()))
    let asked = 0
    await d.push(() => (asked++, [["r1", "1"], ["r2", "2"]]), "r1,1\nr2,2\n")
    expect(asked).toBe(0)
    await d.push(() => (asked++, [["r3", "4"]]), "r3,4\n")
    expect(asked).toBe(1)
    expect((await d.finish()).changed).toEqual([{ id: "r3", columns: { a: ["3", "4"] } }])
  })
})
