/**
 * The dataset card (out/README.md): a codebook with every column of every
 * schema, counts that match the tables written beside it, the date flags
 * with their articles, the rejects, and nothing that depends on the machine.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { byText, factsOf, renderCard } from "../pipeline/card.ts"
import type { Dataset } from "../pipeline/dataset.ts"
import { PUBLISHED_SOURCES } from "../schemas/codes.ts"
import { columnsOf, TABLES } from "../schemas/index.ts"
import { parseCsv, removeDir, runPipeline, tempDir, writeTree } from "./helpers.ts"

const repo = join(import.meta.dirname, "..")
const root = tempDir()
afterAll(() => removeDir(root))

const table = (out: string, name: string): Array<Record<string, string>> =>
  parseCsv(readFileSync(join(out, `${name}.csv`), "utf8"), { columns: true })

/** The text of a Markdown section: from its heading to the next heading of the same or a higher level. */
const sectionOf = (md: string, heading: string): string => {
  const level = heading.match(/^#+/)![0].length
  const lines = md.split("\n")
  const start = lines.indexOf(heading)
  expect(start, `no heading ${heading}`).toBeGreaterThanOrEqual(0)
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level)
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n")
}

/** The cells of the Markdown table rows of a text (header and separator rows included). */
const tableRows = (md: string): string[][] =>
  md.split("\n").filter((l) => l.startsWith("| ")).map((l) => l.slice(2, -2).split(/(?<!\\) \| /))

const meta = { name: "dateline", title: "A test dataset", version: "1.2.3", pipelineVersion: "9.9.9" }

const emptyDataset = Object.fromEntries(TABLES.map((def) => [def.name, []])) as unknown as Dataset

describe("the codebook", () => {
  const card = renderCard(factsOf(emptyDataset, meta))

  it("has every column of every schema, with its type, description and allowed values", () => {
    for (const def of TABLES) {
      const rows = tableRows(sectionOf(card, `### ${def.name}`)).slice(2)
      const columns = columnsOf(def.schema)
      expect(rows.map((r) => r[0]), def.name).toEqual(columns.map((c) => `\`${c.name}\``))
      columns.forEach((c, i) => {
        const [, type, description, values] = rows[i]!
        expect(type, `${def.name}.${c.name}`).toBe(c.nullable ? `${c.kind}, may be empty` : c.kind)
        expect(description!.replace(/\\\|/g, "|"), `${def.name}.${c.name}`).toBe(c.description)
        expect(values, `${def.name}.${c.name}`).toBe((c.values ?? []).map((v) => `\`${v}\``).join(", "))
      })
    }
  })

  it("lists the code columns' values: stances, event types, published sources", () => {
    const row = (tableName: string, column: string) =>
      tableRows(sectionOf(card, `### ${tableName}`)).find((r) => r[0] === `\`${column}\``)!
    expect(row("positions", "stance")[3]).toBe("`oppose`, `support`, `concern`, `neutral`")
    expect(row("events", "event_type")[3]).toContain("`ASSAULT`")
    expect(row("documents", "published_source")[3]).toBe(PUBLISHED_SOURCES.map((s) => `\`${s}\``).join(", "))
  })

  it("says so when there are no flags, no rejects and no articles", () => {
    expect(sectionOf(card, "## Date flags")).toContain("No article has a date flag.")
    expect(sectionOf(card, "## Rejects")).toContain("Nothing was rejected.")
    expect(sectionOf(card, "## The corpus")).toContain("0 articles, none with a known publication date.")
  })

  it("names the dataset, its version and the pipeline, and how to cite and load it", () => {
    expect(card.startsWith("# A test dataset\n")).toBe(true)
    expect(card).toContain("Dataset `dateline`, version 1.2.3, built by the dateline pipeline 9.9.9.")
    expect(sectionOf(card, "## How to cite")).toContain("version 1.2.3, built with the dateline pipeline 9.9.9")
    const load = sectionOf(card, "## How to load it")
    for (const line of ['pd.read_parquet("events.parquet")', 'pl.read_ipc("events.arrow")', 'arrow::read_parquet("events.parquet")', "FROM 'events.parquet'"])
      expect(load).toContain(line)
  })
})

describe("the card of the default corpus", () => {
  const out = join(root, "default")
  let card: string

  beforeAll(async () => {
    await runPipeline({ raw: join(repo, "raw"), out })
    card = readFileSync(join(out, "README.md"), "utf8")
  })

  it("gives every table's row count as written in its CSV file", () => {
    const counts = tableRows(sectionOf(card, "## Tables and codebook").split("\n### ")[0]!).slice(2)
    expect(counts.map((r) => r[0])).toEqual(TABLES.map((def) => `\`${def.name}\``))
    for (const def of TABLES) {
      const n = table(out, def.name).length
      expect(counts.find((r) => r[0] === `\`${def.name}\``)![1], def.name).toBe(n.toLocaleString("en-US"))
      expect(sectionOf(card, `### ${def.name}`), def.name).toContain(` ${n} row${n === 1 ? "" : "s"}, sorted by \`${def.key}\`.`)
    }
  })

  it("describes the corpus: articles, publishers, date range and where the dates came from", () => {
    const docs = table(out, "documents")
    const corpus = sectionOf(card, "## The corpus")
    const published = docs.map((d) => d.published).filter(Boolean).sort()
    expect(corpus).toContain(`${docs.length} articles, published from ${published[0]} to ${published.at(-1)}`)
    const rows = tableRows(corpus)
    for (const source of PUBLISHED_SOURCES) {
      const n = docs.filter((d) => d.published_source === source).length
      expect(rows.find((r) => r[0] === `\`${source}\``)?.[1], source).toBe(String(n))
    }
    for (const publisher of new Set(docs.map((d) => d.publisher || "(not known)"))) {
      const n = docs.filter((d) => (d.publisher || "(not known)") === publisher).length
      expect(rows.find((r) => r[0] === publisher)?.[1], publisher).toBe(String(n))
    }
  })

  it("lists every date flag with the article it concerns", () => {
    const flagged = table(out, "documents").filter((d) => d.date_flags !== "")
    expect(flagged.length, "the default corpus has an article with a date flag").toBeGreaterThan(0)
    const rows = tableRows(sectionOf(card, "## Date flags")).slice(2)
    const want = flagged.flatMap((d) => d.date_flags!.split(";").map((f) => [`\`${d.doc_id}\``, f.trim()]))
    expect(rows.map((r) => r.join(" | ")).sort()).toEqual(want.map((r) => r.join(" | ")).sort())
  })

  it("depends on nothing but the data: no absolute path, the same bytes from another run", async () => {
    expect(card).not.toContain(root)
    expect(card).not.toContain(repo)
    const again = join(root, "default-again")
    await runPipeline({ raw: join(repo, "raw"), out: again, jobs: 1 })
    expect(readFileSync(join(again, "README.md"), "utf8")).toBe(card)
  })
})

describe("the card of a corpus with rejects", () => {
  const raw = join(root, "with-rejects")
  const out = join(root, "with-rejects-out")

  it("lists each reject with its file, stage and reason", async () => {
    writeTree(raw, {
      "a.txt": "MOSCOW, June 3 (Reuters) - Russia opposes the plan, its foreign minister said on Tuesday.\n",
      "empty.txt": "",
      "manifest.csv": "file,published\na.txt,2011-06-03\nmissing.txt,2011-06-04\n",
    })
    await runPipeline({ raw, out })
    const rejects = table(out, "rejects")
    expect(rejects.length).toBe(2)
    const rows = tableRows(sectionOf(readFileSync(join(out, "README.md"), "utf8"), "## Rejects")).slice(2)
    expect(rows).toEqual(
      [...rejects]
        .sort((a, b) => byText(a.source_file!, b.source_file!))
        .map((r) => [`\`${r.source_file}\``, r.stage, r.reason]),
    )
  })
})
