/**
 * The dataset card, `README.md` of the out folder: what the dataset holds,
 * where its dates came from, a codebook generated from the zod schemas, the
 * date flags and rejects, how to cite it and how to load it.
 *
 * The card and the report (report.ts) read only `DatasetFacts`: the row
 * counts and the small tables they describe. A run that streams its tables
 * gathers the facts as the rows go past; `factsOf` builds them from an
 * in-memory `Dataset`. Pure functions: the same facts give the same text (no
 * clock, no absolute path, every list sorted).
 */
import {
  type ActorRow, type Column, columnsOf, type DocumentRow, type EventRow, type PositionRow, type RejectRow,
  type TableDef, type TableName, TABLES,
} from "../schemas/index.ts"
import { PUBLISHED_SOURCES } from "../schemas/codes.ts"
import type { Dataset } from "./dataset.ts"

/** What the card and the report describe. */
export interface DatasetFacts {
  readonly name: string
  readonly title: string
  readonly version: string
  readonly pipelineVersion: string
  /** Rows per table. */
  readonly rows: Record<TableName, number>
  /** Every documents row, without its text. */
  readonly documents: ReadonlyArray<Omit<DocumentRow, "text">>
  readonly positions: ReadonlyArray<PositionRow>
  readonly events: ReadonlyArray<EventRow>
  /** Boilerplate rows per kind. */
  readonly boilerplateByKind: Record<string, number>
  readonly rejects: ReadonlyArray<RejectRow>
  readonly actors: ReadonlyArray<ActorRow>
}

/** The dataset's name, title and version, and the pipeline's version. */
export type FactsMeta = Pick<DatasetFacts, "name" | "title" | "version" | "pipelineVersion">

/** The facts of an in-memory dataset. */
export const factsOf = (dataset: Dataset, meta: FactsMeta): DatasetFacts => ({
  name: meta.name,
  title: meta.title,
  version: meta.version,
  pipelineVersion: meta.pipelineVersion,
  rows: Object.fromEntries(TABLES.map((def) => [def.name, dataset[def.name].length])) as Record<TableName, number>,
  documents: (dataset.documents as ReadonlyArray<DocumentRow>).map(({ text: _, ...rest }) => rest),
  positions: dataset.positions as ReadonlyArray<PositionRow>,
  events: dataset.events as ReadonlyArray<EventRow>,
  boilerplateByKind: Object.fromEntries(tally(dataset.boilerplate, (row) => String(row.kind))),
  rejects: dataset.rejects as ReadonlyArray<RejectRow>,
  actors: dataset.actors as ReadonlyArray<ActorRow>,
})

// ---------------------------------------------------------------------------
// Counting and ordering, shared with the report.

/** Compares strings by UTF-16 code units: the same order in every locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** How many rows fall under each key, as [key, count] pairs: most first, ties by key. */
export const tally = <T>(rows: Iterable<T>, keyOf: (row: T) => string): Array<[string, number]> => {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
}

/** A whole number as written in English text (1,234). */
export const formatCount = (n: number): string => n.toLocaleString("en-US")

/** A number and a noun, the noun in the plural unless the number is 1 ("1 article", "2 articles"). */
export const counted = (n: number, noun: string, plural = noun + "s"): string => `${formatCount(n)} ${n === 1 ? noun : plural}`

/** The findings of a documents.date_flags cell (a ;-separated list). */
export const dateFlagsOf = (cell: string): string[] => cell.split(";").map((f) => f.trim()).filter((f) => f !== "")

/** The first and last of some ISO dates, or null when there are none. */
export const dateRange = (dates: Iterable<string | null>): { first: string; last: string } | null => {
  const known = [...dates].filter((d): d is string => Boolean(d)).sort(byText)
  return known.length > 0 ? { first: known[0]!, last: known[known.length - 1]! } : null
}

// ---------------------------------------------------------------------------
// Markdown.

/** A Markdown table cell: one line, pipes escaped. */
const cell = (value: string): string => value.replace(/\r?\n/g, " ").replace(/\|/g, "\\|")

const mdTable = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [header, header.map(() => "---"), ...rows].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n")

/** A Markdown code span (with double backticks when the value holds one). */
const code = (value: string): string => (value.includes("`") ? "`` " + value + " ``" : "`" + value + "`")

const columnType = (c: Column): string => (c.nullable ? `${c.kind}, may be empty` : c.kind)

/** A table's codebook: every column of its schema, its type, description and allowed values. */
export const codebook = (def: TableDef): string =>
  mdTable(
    ["column", "type", "description", "allowed values"],
    columnsOf(def.schema).map((c) => [code(c.name), columnType(c), c.description, c.values ? c.values.map(code).join(", ") : ""]),
  )

const corpusSection = (facts: DatasetFacts): string => {
  const docs = facts.documents
  const range = dateRange(docs.map((d) => d.published))
  const undated = docs.filter((d) => !d.published).length
  const sources = new Map(tally(docs, (d) => d.published_source))
  const publishers = tally(docs, (d) => d.publisher ?? "(not known)")
  return [
    "## The corpus",
    "",
    counted(docs.length, "article") +
      (range ? `, published from ${range.first} to ${range.last}` : ", none with a known publication date") +
      (range && undated > 0 ? ` (${formatCount(undated)} without a known publication date)` : "") +
      ".",
    "",
    ...(publishers.length > 0 ? [mdTable(["publisher", "articles"], publishers.map(([p, n]) => [p, formatCount(n)])), ""] : []),
    "Where the publication dates (`documents.published`) came from:",
    "",
    mdTable(["published_source", "articles"], PUBLISHED_SOURCES.map((s) => [code(s), formatCount(sources.get(s) ?? 0)])),
  ].join("\n")
}

const tablesSection = (facts: DatasetFacts): string =>
  [
    "## Tables and codebook",
    "",
    "Every table is in the folder as `NAME.csv`, `NAME.arrow` and `NAME.parquet`; `datapackage.json` describes them for machines. An empty CSV cell is a null.",
    "",
    mdTable(["table", "rows", "one row per"], TABLES.map((def) => [code(def.name), formatCount(facts.rows[def.name]), def.description])),
    ...TABLES.flatMap((def) => ["", `### ${def.name}`, "", `${def.description} ${counted(facts.rows[def.name], "row")}, sorted by ${code(def.key)}.`, "", codebook(def as TableDef)]),
  ].join("\n")

const flagsSection = (facts: DatasetFacts): string => {
  const findings = facts.documents
    .flatMap((d) => dateFlagsOf(d.date_flags).map((flag) => [d.doc_id, flag] as const))
    .sort((a, b) => byText(a[0], b[0]) || byText(a[1], b[1]))
  const kinds = tally(findings, ([, flag]) => flag.split(":")[0]!.trim())
  return [
    "## Date flags",
    "",
    findings.length === 0
      ? "No article has a date flag."
      : [
          `${counted(findings.length, "finding")} about articles' dates (\`documents.date_flags\`) in ${counted(new Set(findings.map(([id]) => id)).size, "article")}: ` +
            kinds.map(([k, n]) => `${code(k)} ${formatCount(n)}`).join(", ") + ".",
          "",
          mdTable(["doc_id", "finding"], findings.map(([id, flag]) => [code(id), flag])),
        ].join("\n"),
  ].join("\n")
}

const rejectsSection = (facts: DatasetFacts): string => {
  const rows = [...facts.rejects].sort((a, b) => byText(a.source_file, b.source_file) || byText(a.stage, b.stage) || byText(a.reason, b.reason))
  return [
    "## Rejects",
    "",
    rows.length === 0
      ? "Nothing was rejected."
      : `${counted(rows.length, "file, manifest row or value was", "files, manifest rows or values were")} refused (\`rejects.csv\`):\n\n` +
        mdTable(["file", "stage", "reason"], rows.map((r) => [code(r.source_file), r.stage, r.reason])),
  ].join("\n")
}

const citeSection = (facts: DatasetFacts): string =>
  [
    "## How to cite",
    "",
    `> ${facts.title}. Dataset \`${facts.name}\`, version ${facts.version}, built with the dateline pipeline ${facts.pipelineVersion}.`,
    "",
    "```bibtex",
    `@misc{${facts.name.replace(/[^A-Za-z0-9]+/g, "_")}_${facts.version.replace(/[^0-9]+/g, "_")},`,
    `  title = {${facts.title}},`,
    `  note = {Dataset ${facts.name}, version ${facts.version}; dateline pipeline ${facts.pipelineVersion}},`,
    `  version = {${facts.version}},`,
    "}",
    "```",
    "",
    "The text of each article belongs to its publisher (`documents.publisher`, `documents.url`).",
  ].join("\n")

const loadSection = (): string =>
  [
    "## How to load it",
    "",
    "From this folder (Arrow and Parquet keep the column types; with pandas, read a CSV with `keep_default_na=False, na_values=[\"\"]` so that a headline like \"NA\" stays text):",
    "",
    "```python",
    'import pandas as pd; events = pd.read_parquet("events.parquet")',
    "```",
    "",
    "```python",
    'import polars as pl; events = pl.read_ipc("events.arrow")',
    "```",
    "",
    "```r",
    'events <- arrow::read_parquet("events.parquet")',
    "```",
    "",
    "```sql",
    "SELECT event_type, count(*) AS n FROM 'events.parquet' GROUP BY ALL ORDER BY n DESC;  -- DuckDB",
    "```",
    "",
    "Spreadsheet users: `dataset.xlsx` when the folder has one (one sheet per table). Charts of the positions, events, dates and boilerplate: `report.html`.",
  ].join("\n")

/** The text of the out folder's README.md. */
export const renderCard = (facts: DatasetFacts): string =>
  [
    `# ${facts.title}`,
    "",
    `Dataset \`${facts.name}\`, version ${facts.version}, built by the dateline pipeline ${facts.pipelineVersion}.`,
    "",
    corpusSection(facts),
    "",
    tablesSection(facts),
    "",
    flagsSection(facts),
    "",
    rejectsSection(facts),
    "",
    citeSection(facts),
    "",
    loadSection(),
    "",
  ].join("\n")
