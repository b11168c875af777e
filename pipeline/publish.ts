/**
 * The last phase of a run (and all of `dateline merge`): sorted run files in,
 * the files of an out folder written. Each table is streamed once, in id
 * order, from its runs (spill.ts) to its CSV, Arrow and Parquet files, batch
 * by batch, and to the streamed diff against the previous version of the
 * dataset; then come the spreadsheet (when the dataset is small enough for
 * one), the changelog, the dataset card, the report and `datapackage.json`.
 *
 * Memory: a batch of 8,192 rows for CSV, Arrow and the diff; a row group of
 * 65,536 rows inside the Parquet writer; the rows of the spreadsheet when
 * there is one (at most `xlsxMaxRows` rows, read again from the runs after
 * the tables are written); the small tables the card and
 * report describe (documents without their text, events, positions, actors,
 * rejects).
 */
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs"
import { createHash } from "node:crypto"
import { join } from "node:path"
import { type ActorRow, columnsOf, type TableDef, type TableName, TABLES } from "../schemas/index.ts"
import { type DatasetFacts, renderCard } from "./card.ts"
import { CsvReader } from "./csvstream.ts"
import { DATASET, mergeActors } from "./dataset.ts"
import { changelogEntry, type DatasetDiff, nextVersion, StreamingTableDiff, type TableDiff } from "./diff.ts"
import { mergeRuns, runFiles } from "./spill.ts"
import { renderReport } from "./report.ts"
import { PIPELINE_VERSION } from "./version.ts"
import { arrowFileWriter, arrowSchema, recordBatch } from "./write/arrow.ts"
import { cellText, toCsv } from "./write/csv.ts"
import { datapackage, type FileInfo, fileInfo, type WrittenResource } from "./write/datapackage.ts"
import { parquetFileWriter } from "./write/parquet.ts"

type Row = Record<string, unknown>

/** Rows per CSV chunk and per Arrow record batch. */
const BATCH = 8192

/** Above this many rows in all tables together, no spreadsheet is written (the CSV, Arrow and Parquet files hold the data). */
export const XLSX_MAX_ROWS = 150_000

/** What the out folder held before: its version and changelog, and its folder for the streamed diff. */
export interface Previous {
  readonly dir: string | null
  readonly version: string | null
  readonly changelog: string
}

export const NO_PREVIOUS: Previous = { dir: null, version: null, changelog: "" }

/** The previous dataset of an out folder, or none when it holds no datapackage.json this pipeline wrote. */
export const readPrevious = (dir: string): Previous => {
  try {
    const version = (JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { version?: unknown }).version
    const changelog = existsSync(join(dir, "CHANGELOG.md")) ? readFileSync(join(dir, "CHANGELOG.md"), "utf8") : ""
    return { dir, version: typeof version === "string" ? version : null, changelog }
  } catch {
    return NO_PREVIOUS
  }
}

/** What the card and the report describe, gathered while the tables stream past. */
export interface Gathered {
  readonly rows: Record<TableName, number>
  readonly documents: Row[]
  readonly events: Row[]
  readonly positions: Row[]
  readonly actors: Row[]
  readonly rejects: Row[]
  readonly boilerplateByKind: Record<string, number>
}

/** A table's rows in id order from its runs, in arrays; per-article actors rows with one id are folded into one. */
async function* tableRows(def: TableDef, spillDirs: ReadonlyArray<string>): AsyncGenerator<Row[]> {
  const runs = mergeRuns(runFiles(spillDirs, def.name))
  if (def.name !== "actors") {
    for await (const keyed of runs) yield keyed.map(([, line]) => JSON.parse(line) as Row)
    return
  }
  let group: ActorRow[] = []
  for await (const keyed of runs) {
    const rows: Row[] = []
    for (const [id, line] of keyed) {
      if (group.length > 0 && group[0]!.actor_id !== id) {
        rows.push(mergeActors(group)[0]!)
        group = []
      }
      group.push(JSON.parse(line) as ActorRow)
    }
    yield rows
  }
  if (group.length > 0) yield [mergeActors(group)[0]!]
}

/** A file written as it comes, with its size and sha256. */
class HashedFile {
  private readonly fd: number
  private readonly hash = createHash("sha256")
  private bytes = 0
  constructor(path: string) {
    this.fd = openSync(path, "w")
  }
  write(data: string | Uint8Array): void {
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data
    writeSync(this.fd, buf)
    this.hash.update(buf)
    this.bytes += buf.length
  }
  close(): FileInfo {
    closeSync(this.fd)
    return { bytes: this.bytes, sha256: this.hash.digest("hex") }
  }
}

const writeWhole = (dir: string, name: string, data: string | Uint8Array): FileInfo => {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data
  writeFileSync(join(dir, name), bytes)
  return fileInfo(bytes)
}

/** What publishing one table gives: its files, its diff, its row count, and what the card and report use. */
export interface PublishedTable {
  readonly resource: WrittenResource
  readonly diff: TableDiff | null
  readonly rows: number
  /** Rows the card and report describe (documents without their text; events, positions, actors, rejects); none for other tables. */
  readonly kept: Row[]
  readonly byKind: Record<string, number>
  /** Seconds the table took to publish (`DATELINE_TIMING=1` prints them). */
  readonly seconds: number
}

export interface TableJob {
  readonly table: TableName
  readonly spillDirs: ReadonlyArray<string>
  readonly dir: string
  readonly previousDir: string | null
}

const KEPT: ReadonlySet<string> = new Set(["documents", "events", "positions", "actors", "rejects"])

/**
 * Streams one table, batch by batch, to its CSV, Arrow and Parquet files,
 * the diff against the previous version, and the rows kept for the card and
 * report. Independent of the other tables, so the tables of a dataset can be
 * published in parallel (a worker thread each).
 */
export const publishTable = async (job: TableJob): Promise<PublishedTable> => {
  const started = performance.now()
  const def = TABLES.find((t) => t.name === job.table)! as TableDef
  const names = columnsOf(def.schema).map((c) => c.name)
  const previousCsv = job.previousDir ? join(job.previousDir, `${def.name}.csv`) : null
  const differ = job.previousDir
    ? await StreamingTableDiff.start(def.key, names, previousCsv && existsSync(previousCsv) ? CsvReader.open(previousCsv) : null)
    : null
  const csv = new HashedFile(join(job.dir, `${def.name}.csv`))
  csv.write(toCsv(def, []))
  const schema = arrowSchema(def)
  const arrowFile = new HashedFile(join(job.dir, `${def.name}.arrow`))
  const arrow = arrowFileWriter((chunk) => arrowFile.write(chunk))
  const parquetFile = new HashedFile(join(job.dir, `${def.name}.parquet`))
  const parquet = parquetFileWriter((chunk) => parquetFile.write(chunk))
  let batches = 0
  const kept: Row[] = []
  const byKind: Record<string, number> = {}
  let batch: Row[] = []
  let rows = 0
  const flush = async () => {
    const text = toCsv(def, batch, false)
    csv.write(text)
    const rowsOf = batch
    if (differ) await differ.push(() => rowsOf.map((row) => names.map((n) => cellText(row[n]))), text)
    const records = recordBatch(def, schema, batch)
    arrow.write(records)
    parquet.write(records)
    batches++
    batch = []
  }
  for await (const some of tableRows(def, job.spillDirs)) {
    for (const row of some) {
      rows++
      batch.push(row)
      if (def.name === "documents") {
        const { text: _, ...rest } = row
        kept.push(rest)
      } else if (KEPT.has(def.name)) kept.push(row)
      if (def.name === "boilerplate") byKind[String(row.kind)] = (byKind[String(row.kind)] ?? 0) + 1
      if (batch.length === BATCH) await flush()
    }
  }
  if (batch.length > 0 || batches === 0) await flush()
  await arrow.finish()
  await parquet.finish()
  return { resource: { def, csv: csv.close(), arrow: arrowFile.close(), parquet: parquetFile.close() }, diff: differ ? await differ.finish() : null, rows, kept, byKind, seconds: (performance.now() - started) / 1000 }
}

const CHANGELOG_TITLE = "# Changelog\n\nOne entry per version of the dataset, newest first, written from the row diff against the version before.\n\n"

/** Publishes every table: one after the other in this thread, or given a pool, in parallel. */
export type TablePublisher = (jobs: ReadonlyArray<TableJob>) => Promise<ReadonlyArray<PublishedTable>>

const inThisThread: TablePublisher = async (jobs) => {
  const out: PublishedTable[] = []
  for (const job of jobs) out.push(await publishTable(job))
  return out
}

/**
 * Writes the out folder's files into `dir` from the sorted runs of
 * `spillDirs`: every table as CSV, Arrow and Parquet, the spreadsheet (when
 * the dataset has at most `xlsxMaxRows` rows), CHANGELOG.md and
 * datapackage.json. Returns the row counts and what the card and report use.
 */
export const publish = async (options: {
  readonly spillDirs: ReadonlyArray<string>
  readonly dir: string
  readonly previous: Previous
  readonly xlsxMaxRows?: number | undefined
  readonly tables?: TablePublisher
}): Promise<{ gathered: Gathered; version: string }> => {
  const { spillDirs, dir, previous } = options
  const xlsxMaxRows = options.xlsxMaxRows ?? XLSX_MAX_ROWS
  const jobs = TABLES.map((def) => ({ table: def.name, spillDirs, dir, previousDir: previous.dir }))
  const tables = await (options.tables ?? inThisThread)(jobs)
  const byName = new Map(tables.map((t) => [t.resource.def.name, t]))
  const kept = (name: TableName) => byName.get(name)!.kept
  const gathered: Gathered = {
    rows: Object.fromEntries(tables.map((t) => [t.resource.def.name, t.rows])) as Record<TableName, number>,
    documents: kept("documents"), events: kept("events"), positions: kept("positions"), actors: kept("actors"), rejects: kept("rejects"),
    boilerplateByKind: byName.get("boilerplate")!.byKind,
  }
  // A dataset small enough for a spreadsheet is read from its runs once more, whole, for it.
  const total = tables.reduce((n, t) => n + t.rows, 0)
  const sheets = async () => {
    const out = []
    for (const t of tables) {
      const rows: Row[] = []
      for await (const some of tableRows(t.resource.def, spillDirs)) rows.push(...some)
      out.push({ def: t.resource.def, rows })
    }
    return out
  }
  // (The spreadsheet writer is loaded only then: worker threads import this module too.)
  const xlsx = total <= xlsxMaxRows ? writeWhole(dir, "dataset.xlsx", await (await import("./write/xlsx.ts")).toXlsx(await sheets())) : null

  const diff: DatasetDiff | null = previous.dir ? { tables: Object.fromEntries(tables.map((t) => [t.resource.def.name, t.diff!])) } : null
  const version = nextVersion(previous.version, diff)
  const changed = version !== previous.version || !previous.changelog
  const history = previous.changelog.startsWith(CHANGELOG_TITLE) ? previous.changelog.slice(CHANGELOG_TITLE.length) : ""
  const changelog = changed ? CHANGELOG_TITLE + changelogEntry(version, PIPELINE_VERSION, diff) + (history ? "\n" + history : "") : previous.changelog
  writeWhole(dir, "CHANGELOG.md", changelog)
  const description = xlsx
    ? DATASET.description
    : `${DATASET.description} No spreadsheet: the dataset has more than ${xlsxMaxRows.toLocaleString("en-US")} rows.`
  writeWhole(dir, "datapackage.json", datapackage({ ...DATASET, description, version, pipelineVersion: PIPELINE_VERSION }, tables.map((t) => t.resource), xlsx))
  const facts = { ...gathered, name: DATASET.name, title: DATASET.title, version, pipelineVersion: PIPELINE_VERSION } as unknown as DatasetFacts
  writeWhole(dir, "README.md", renderCard(facts))
  writeWhole(dir, "report.html", await renderReport(facts))
  return { gathered, version }
}
