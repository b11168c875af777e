/**
 * The dataset as a whole: per-document results gathered into sorted,
 * validated tables, and the tables encoded as the files of an out folder.
 * Pure functions; run.ts does the I/O.
 */
import {
  type ActorRow, type RejectRow, type TableDef, type TableName, TABLES, rejects as rejectsTable,
} from "../schemas/index.ts"
import { commonest, type DocumentTables } from "./document.ts"
import { PIPELINE_VERSION } from "./version.ts"
import { changelogEntry, type CsvTable, diffDatasets, nextVersion, readCsvTable } from "./diff.ts"
import { toArrow } from "./write/arrow.ts"
import { toCsv } from "./write/csv.ts"
import { datapackage } from "./write/datapackage.ts"
import { arrowToParquet } from "./write/parquet.ts"
import { toXlsx } from "./write/xlsx.ts"

export type Dataset = { readonly [K in TableName]: ReadonlyArray<Record<string, unknown>> }

/** What one source file gave: its rows if it became a document, and its rejects. */
export interface FileResult {
  readonly tables: DocumentTables | null
  readonly rejects: ReadonlyArray<RejectRow>
}

const byKey = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>): number => {
  const x = String(a[key]), y = String(b[key])
  return x < y ? -1 : x > y ? 1 : 0
}

const sorted = (def: TableDef, rows: ReadonlyArray<Record<string, unknown>>) => [...rows].sort(byKey(def.key))

/** Gathers per-file results and run-level rejects into the dataset's tables, each sorted by its id. */
export const assemble = (results: ReadonlyArray<FileResult>, runRejects: ReadonlyArray<RejectRow>): Dataset => {
  const rows: Record<TableName, Record<string, unknown>[]> = {
    documents: [], sentences: [], boilerplate: [], timexes: [], events: [], positions: [], actors: [], rejects: [...runRejects],
  }
  const perArticleActors: ActorRow[] = []
  for (const r of results) {
    rows.rejects.push(...r.rejects)
    if (!r.tables) continue
    for (const [name, list] of Object.entries(r.tables)) {
      if (name === "actors") perArticleActors.push(...(list as ActorRow[]))
      else rows[name as TableName].push(...list)
    }
  }
  rows.actors = mergeActors(perArticleActors)
  // Rejects are made by the pipeline itself: one that fails its schema is a bug, not data.
  for (const r of rows.rejects) rejectsTable.schema.parse(r)
  return Object.fromEntries(TABLES.map((def) => [def.name, sorted(def, rows[def.name])])) as unknown as Dataset
}

/**
 * One actors row per actor id across the corpus: mentions summed, and the
 * role the most mentions carry (ties broken by code-unit order), so the
 * result does not depend on the order articles finished in.
 */
export const mergeActors = (rows: ReadonlyArray<ActorRow>): ActorRow[] => {
  const merged = new Map<string, { row: ActorRow; roles: Map<string, number> }>()
  for (const row of rows) {
    const m = merged.get(row.actor_id) ?? { row: { ...row, mentions: 0, role: null }, roles: new Map<string, number>() }
    m.row = { ...m.row, mentions: m.row.mentions + row.mentions }
    if (row.role) m.roles.set(row.role, (m.roles.get(row.role) ?? 0) + row.mentions)
    merged.set(row.actor_id, m)
  }
  return [...merged.values()].map(({ row, roles }) => ({ ...row, role: commonest(roles) }))
}

export const DATASET = {
  name: "dateline",
  title: "dateline: dated events and actors' positions from news articles",
  description:
    "Dated events and actors' positions extracted from news articles, with the boilerplate removed, time expressions normalised to TIMEX3, and every row traceable to code point offsets in its source file.",
}

/** What the out folder held before this run: the dataset a new version is numbered and described against. */
export interface Previous {
  readonly version: string | null
  readonly changelog: string
  readonly tables: ReadonlyMap<string, CsvTable> | null
}

export const NO_PREVIOUS: Previous = { version: null, changelog: "", tables: null }

const CHANGELOG_TITLE = "# Changelog\n\nOne entry per version of the dataset, newest first, written from the row diff against the version before.\n\n"

/**
 * The files of an out folder, in a fixed order: every table as CSV, Arrow and
 * Parquet, the spreadsheet, the changelog and datapackage.json. The version
 * follows from the diff against the previous dataset (unchanged data keeps
 * its version and its changelog, so a rebuild gives the same bytes).
 */
export const encode = async (dataset: Dataset, previous: Previous = NO_PREVIOUS): Promise<Array<{ name: string; bytes: Uint8Array }>> => {
  const utf8 = new TextEncoder()
  const resources = TABLES.map((def) => {
    const csv = utf8.encode(toCsv(def as TableDef, dataset[def.name]))
    const arrow = toArrow(def as TableDef, dataset[def.name])
    return { def: def as TableDef, csv, arrow, parquet: arrowToParquet(arrow) }
  })
  const xlsx = await toXlsx(TABLES.map((def) => ({ def: def as TableDef, rows: dataset[def.name] })))

  const decoder = new TextDecoder()
  const current = new Map(resources.map((r) => [r.def.name, readCsvTable(decoder.decode(r.csv))]))
  const diff = previous.tables ? diffDatasets(previous.tables, current) : null
  const version = nextVersion(previous.version, diff)
  const changed = version !== previous.version || !previous.changelog
  const history = previous.changelog.startsWith(CHANGELOG_TITLE) ? previous.changelog.slice(CHANGELOG_TITLE.length) : ""
  const changelog = changed ? CHANGELOG_TITLE + changelogEntry(version, PIPELINE_VERSION, diff) + (history ? "\n" + history : "") : previous.changelog

  const pkg = datapackage({ ...DATASET, version, pipelineVersion: PIPELINE_VERSION }, resources, xlsx)
  return [
    ...resources.flatMap((r) => [
      { name: `${r.def.name}.csv`, bytes: r.csv },
      { name: `${r.def.name}.arrow`, bytes: r.arrow },
      { name: `${r.def.name}.parquet`, bytes: r.parquet },
    ]),
    { name: "dataset.xlsx", bytes: xlsx },
    { name: "CHANGELOG.md", bytes: utf8.encode(changelog) },
    { name: "datapackage.json", bytes: utf8.encode(pkg) },
  ]
}
