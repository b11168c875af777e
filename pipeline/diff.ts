/**
 * Dataset versions: what changed between two out folders, row by row, keyed
 * by each table's id column; the semantic version that follows from it
 * (Frictionless rules: major when a column changed, minor when rows were
 * added or removed, patch when values were corrected); and the changelog
 * entry and report written from it. Pure functions over the tables' CSV
 * text, so that both sides are compared in the same form.
 */
import { parse } from "csv-parse/sync"
import { TABLES } from "../schemas/index.ts"
import type { CsvReader } from "./csvstream.ts"

/** A table as read from its CSV: column names in order, and rows of text cells. */
export interface CsvTable {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<Record<string, string>>
}

export interface RowChange {
  readonly id: string
  readonly columns: Readonly<Record<string, readonly [string | null, string | null]>>
}

export interface TableDiff {
  readonly added: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
  readonly changed: ReadonlyArray<RowChange>
  readonly columnsAdded: ReadonlyArray<string>
  readonly columnsRemoved: ReadonlyArray<string>
}

export interface DatasetDiff {
  readonly tables: Readonly<Record<string, TableDiff>>
}

export const readCsvTable = (text: string): CsvTable => {
  const records = parse(text, { bom: false, relax_column_count: false }) as string[][]
  const [header = [], ...body] = records
  return { columns: header, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]))) }
}

const cell = (v: string | undefined): string | null => (v === undefined || v === "" ? null : v)

/** Rows added, removed and changed between two versions of one table, keyed by `key`. */
export const diffTable = (key: string, before: CsvTable | null, after: CsvTable | null): TableDiff => {
  const oldRows = new Map((before?.rows ?? []).map((r) => [r[key]!, r]))
  const newRows = new Map((after?.rows ?? []).map((r) => [r[key]!, r]))
  const oldCols = before?.columns ?? []
  const newCols = after?.columns ?? []
  const shared = newCols.filter((c) => oldCols.includes(c) && c !== key)
  const changed: RowChange[] = []
  for (const [id, row] of newRows) {
    const old = oldRows.get(id)
    if (!old) continue
    const columns: Record<string, readonly [string | null, string | null]> = {}
    for (const c of shared) if ((old[c] ?? "") !== (row[c] ?? "")) columns[c] = [cell(old[c]), cell(row[c])]
    if (Object.keys(columns).length > 0) changed.push({ id, columns })
  }
  return {
    added: [...newRows.keys()].filter((id) => !oldRows.has(id)),
    removed: [...oldRows.keys()].filter((id) => !newRows.has(id)),
    changed,
    columnsAdded: before && after ? newCols.filter((c) => !oldCols.includes(c)) : [],
    columnsRemoved: before && after ? oldCols.filter((c) => !newCols.includes(c)) : [],
  }
}

/** Diffs every table of the dataset; a table missing on one side counts as all rows added or removed. */
export const diffDatasets = (before: ReadonlyMap<string, CsvTable>, after: ReadonlyMap<string, CsvTable>): DatasetDiff => ({
  tables: Object.fromEntries(TABLES.map((def) => [def.name, diffTable(def.key, before.get(def.name) ?? null, after.get(def.name) ?? null)])),
})

export const isEmpty = (d: TableDiff): boolean =>
  d.added.length + d.removed.length + d.changed.length + d.columnsAdded.length + d.columnsRemoved.length === 0

/** The next version by Frictionless rules; the first version is 1.0.0, an unchanged dataset keeps its version. */
export const nextVersion = (previous: string | null, diff: DatasetDiff | null): string => {
  const m = previous ? /^(\d+)\.(\d+)\.(\d+)$/.exec(previous) : null
  if (!m || !diff) return "1.0.0"
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const tables = Object.values(diff.tables)
  if (tables.some((t) => t.columnsAdded.length + t.columnsRemoved.length > 0)) return `${major + 1}.0.0`
  if (tables.some((t) => t.added.length + t.removed.length > 0)) return `${major}.${minor + 1}.0`
  if (tables.some((t) => t.changed.length > 0)) return `${major}.${minor}.${patch + 1}`
  return previous!
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** One line per table that changed: "events: 3 rows added, 1 removed, 2 changed (columns: date, raw_start)". */
const summaryLines = (diff: DatasetDiff): string[] =>
  Object.entries(diff.tables)
    .filter(([, t]) => !isEmpty(t))
    .map(([name, t]) => {
      const parts = [`${plural(t.added.length, "row")} added`, `${t.removed.length} removed`, `${t.changed.length} changed`]
      const cols = [...new Set(t.changed.flatMap((c) => Object.keys(c.columns)))].sort()
      const schema = [...t.columnsAdded.map((c) => `+${c}`), ...t.columnsRemoved.map((c) => `-${c}`)]
      return `${name}: ${parts.join(", ")}${cols.length ? ` (columns: ${cols.join(", ")})` : ""}${schema.length ? `; schema ${schema.join(" ")}` : ""}`
    })

/** A CHANGELOG.md entry for a new version. */
export const changelogEntry = (version: string, pipelineVersion: string, diff: DatasetDiff | null): string => {
  const lines = !diff ? ["First version of the dataset."] : summaryLines(diff).length ? summaryLines(diff) : ["No change to the data."]
  return `## ${version}\n\nBuilt by dateline ${pipelineVersion}.\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`
}

/** The report `make diff` prints: counts per table, then a few examples of each kind of change. */
export const renderReport = (diff: DatasetDiff, examples = 3): string => {
  const out: string[] = []
  const w = Math.max(...Object.keys(diff.tables).map((n) => n.length))
  out.push(`${"table".padEnd(w)}  ${"added".padStart(7)}  ${"removed".padStart(7)}  ${"changed".padStart(7)}`)
  for (const [name, t] of Object.entries(diff.tables)) {
    out.push(`${name.padEnd(w)}  ${String(t.added.length).padStart(7)}  ${String(t.removed.length).padStart(7)}  ${String(t.changed.length).padStart(7)}`)
  }
  for (const [name, t] of Object.entries(diff.tables)) {
    if (isEmpty(t)) continue
    out.push("", `${name}:`)
    if (t.columnsAdded.length || t.columnsRemoved.length) out.push(`  columns added: ${t.columnsAdded.join(", ") || "none"}; removed: ${t.columnsRemoved.join(", ") || "none"}`)
    for (const id of t.added.slice(0, examples)) out.push(`  + ${id}`)
    if (t.added.length > examples) out.push(`  + ... ${t.added.length - examples} more`)
    for (const id of t.removed.slice(0, examples)) out.push(`  - ${id}`)
    if (t.removed.length > examples) out.push(`  - ... ${t.removed.length - examples} more`)
    for (const c of t.changed.slice(0, examples)) {
      out.push(`  ~ ${c.id}`)
      for (const [col, [a, b]] of Object.entries(c.columns)) out.push(`      ${col}: ${short(a)} -> ${short(b)}`)
    }
    if (t.changed.length > examples) out.push(`  ~ ... ${t.changed.length - examples} more`)
  }
  if (Object.values(diff.tables).every(isEmpty)) out.push("", "no changes")
  return out.join("\n") + "\n"
}

const short = (v: string | null): string => (v === null ? "(empty)" : JSON.stringify(v.length > 80 ? v.slice(0, 77) + "..." : v))

/** The JSON form: {"tables": {"events": {"added": [...], "removed": [...], "changed": [{"id", "columns": {"col": [old, new]}}]}}}. */
export const diffJson = (diff: DatasetDiff): string =>
  JSON.stringify(
    {
      tables: Object.fromEntries(
        Object.entries(diff.tables).map(([name, t]) => [
          name,
          { added: t.added, removed: t.removed, changed: t.changed, columns_added: t.columnsAdded, columns_removed: t.columnsRemoved },
        ]),
      ),
    },
    null,
    2,
  ) + "\n"

/** Changed values longer than this are cut in a streamed diff (the changelog names columns only). */
const STREAM_VALUE_LIMIT = 200
const cut = (v: string | null): string | null => (v !== null && v.length > STREAM_VALUE_LIMIT ? v.slice(0, STREAM_VALUE_LIMIT) + "…" : v)

/**
 * The diff of one table computed while the new version is written: the new
 * rows arrive in id order, the previous version is read as a stream of CSV
 * records (also in id order), and the two are merged, so neither side has to
 * fit in memory. Gives what `diffTable` gives for tables sorted by id. A
 * batch pushed with its CSV text, when the previous version has the same
 * columns and goes on with exactly that text, is passed over unparsed: in a
 * re-run that changed a few articles, most batches are.
 */
export class StreamingTableDiff {
  private readonly added: string[] = []
  private readonly removed: string[] = []
  private readonly changed: RowChange[] = []
  private oldColumns: string[] = []
  private oldKey = -1
  private sameColumns = false
  private shared: Array<readonly [string, number, number]> = []

  private constructor(
    private readonly key: string,
    private readonly columns: ReadonlyArray<string>,
    private readonly previous: CsvReader | null,
  ) {}

  /** A differ against the previous version's CSV (header first), or against nothing. */
  static async start(key: string, columns: ReadonlyArray<string>, previous: CsvReader | null): Promise<StreamingTableDiff> {
    const d = new StreamingTableDiff(key, columns, previous)
    const header = previous ? await previous.head() : null
    if (header) {
      previous!.advance()
      d.oldColumns = header
      d.oldKey = header.indexOf(key)
      d.sameColumns = header.length === columns.length && header.every((c, i) => c === columns[i])
      d.shared = columns.flatMap((c, i) => (c !== key && header.includes(c) ? [[c, i, header.indexOf(c)] as const] : []))
    }
    return d
  }

  /** The previous version's next record (when it has the key column), or null at its end. */
  private async head(): Promise<string[] | null> {
    return this.oldKey >= 0 && this.previous ? await this.previous.head() : null
  }

  /**
   * The next new rows, as their CSV cells in the order of `columns`, or as a function that gives them, with the
   * rows' CSV text when it is at hand (then `cells` is called only when the text differs from the previous version's).
   */
  async push(rows: ReadonlyArray<ReadonlyArray<string>> | (() => ReadonlyArray<ReadonlyArray<string>>), text?: string): Promise<void> {
    if (text !== undefined && this.sameColumns && (await this.previous!.skip(text))) return
    const keyAt = this.columns.indexOf(this.key)
    for (const cells of typeof rows === "function" ? rows() : rows) {
      const id = cells[keyAt]!
      let head = await this.head()
      while (head && head[this.oldKey]! < id) {
        this.removed.push(head[this.oldKey]!)
        this.previous!.advance()
        head = await this.head()
      }
      if (!head || head[this.oldKey]! > id) {
        this.added.push(id)
        continue
      }
      const columns: Record<string, readonly [string | null, string | null]> = {}
      for (const [c, i, j] of this.shared) if ((head[j] ?? "") !== cells[i]) columns[c] = [cut(cell(head[j])), cut(cell(cells[i]))]
      if (Object.keys(columns).length > 0) this.changed.push({ id, columns })
      this.previous!.advance()
    }
  }

  async finish(): Promise<TableDiff> {
    for (let head = await this.head(); head; head = await this.head()) {
      this.removed.push(head[this.oldKey]!)
      this.previous!.advance()
    }
    const had = this.previous !== null
    return {
      added: this.added,
      removed: this.removed,
      changed: this.changed,
      columnsAdded: had ? this.columns.filter((c) => !this.oldColumns.includes(c)) : [],
      columnsRemoved: had ? this.oldColumns.filter((c) => !this.columns.includes(c)) : [],
    }
  }
}
