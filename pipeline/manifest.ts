/**
 * The manifest: `manifest.csv` at the raw folder's root, parsed and joined
 * to the article files found. What it says about a document wins over what
 * the text suggests. Every row or value it cannot use is refused with a
 * reason (line number and value); the rest of the manifest still applies.
 */
import { posix } from "node:path"
import { parse } from "csv-parse/sync"

export interface ManifestEntry {
  readonly doc_id?: string
  readonly url?: string
  readonly publisher?: string
  /** Publication date, YYYY-MM-DD. */
  readonly published?: string
  readonly language?: string
  readonly title?: string
}

export interface Manifest {
  readonly entries: ReadonlyMap<string, ManifestEntry>
  readonly rejects: ReadonlyArray<{ readonly reason: string }>
}

/** A path inside the raw folder, normalised with / separators, or null when it is absolute or leaves the folder. */
export const insideRaw = (file: string): string | null => {
  const slashed = file.replace(/\\/g, "/")
  if (slashed.startsWith("/") || /^[a-zA-Z]:/.test(slashed)) return null
  const norm = posix.normalize(slashed)
  return norm === ".." || norm.startsWith("../") || norm === "." ? null : norm
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** The calendar date of an ISO 8601 date or date-time as written (no time-zone conversion), or null. */
export const isoDateOf = (value: string): string | null => {
  const m = ISO_DATE_TIME.exec(value)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const day = new Date(Date.UTC(y, mo - 1, d))
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null
  return `${m[1]}-${m[2]}-${m[3]}`
}

const isHttpUrl = (value: string): boolean => {
  try {
    const u = new URL(value)
    return u.protocol === "http:" || u.protocol === "https:"
  } catch {
    return false
  }
}

const BCP47 = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/
const NO_CONTROLS = /^[^\u0000-\u001f\u007f]+$/

type Row = Record<string, string | undefined>

/** A UTF-8 byte-order mark read as Windows-1252 (decode reads a file so when its bytes after the mark are not UTF-8). */
const MISREAD_BOM = /^\u00ef\u00bb\u00bf/

/** The manifest's rows by column name, each with the line it ends on (blank lines skipped, so counted here), or why it is not CSV. */
const parseRows = (text: string): { header: string[]; rows: Array<{ row: Row; line: number }> } | { error: string } => {
  let records: Array<{ record: string[]; info: { lines: number } }>
  try {
    records = parse(text.replace(MISREAD_BOM, ""), { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records
  } catch (e) {
    return { error: (e as Error).message }
  }
  const [first, ...body] = records
  const header = first?.record ?? []
  return { header, rows: body.map(({ record, info }) => ({ row: Object.fromEntries(header.map((col, i) => [col, record[i]])), line: info.lines })) }
}

export const readManifest = (text: string, files: ReadonlyArray<string>): Manifest => {
  const rejects: Array<{ reason: string }> = []
  const refuse = (line: number, why: string) => rejects.push({ reason: `line ${line}: ${why}` })
  const parsed = parseRows(text)
  if ("error" in parsed) return { entries: new Map(), rejects: [{ reason: `manifest is not valid CSV: ${parsed.error}` }] }
  if (!parsed.header.includes("file")) return { entries: new Map(), rejects: [{ reason: "manifest has no file column: ignored" }] }

  const known = new Set(files)
  const entries = new Map<string, ManifestEntry>()
  const docIds = new Map<string, number>()
  parsed.rows.forEach(({ row, line }) => {
    const file = row.file ?? ""
    if (file === "") return refuse(line, "empty file column")
    const path = insideRaw(file)
    if (path === null) return refuse(line, `path outside the raw folder: ${JSON.stringify(file)}`)
    if (!known.has(path)) return refuse(line, `names no file: ${JSON.stringify(file)}`)
    if (entries.has(path)) return refuse(line, `second row for ${JSON.stringify(path)}`)

    const entry: { -readonly [K in keyof ManifestEntry]: ManifestEntry[K] } = {}
    const value = (col: keyof ManifestEntry, ok: (v: string) => string | null, what: string) => {
      const v = row[col]
      if (v === undefined || v === "") return
      const parsed = ok(v)
      if (parsed === null) refuse(line, `${col} ${JSON.stringify(v)} is not ${what}: value ignored`)
      else entry[col] = parsed
    }
    value("doc_id", (v) => (NO_CONTROLS.test(v) ? v : null), "a valid id")
    value("url", (v) => (isHttpUrl(v) ? v : null), "an absolute http(s) URL")
    value("publisher", (v) => v, "text")
    value("published", isoDateOf, "an ISO 8601 date or date-time")
    value("language", (v) => (BCP47.test(v) ? v : null), "a BCP 47 language tag")
    value("title", (v) => v, "text")
    if (entry.doc_id !== undefined) {
      const first = docIds.get(entry.doc_id)
      if (first !== undefined) {
        refuse(line, `doc_id ${JSON.stringify(entry.doc_id)} already given on line ${first}: value ignored`)
        delete entry.doc_id
      } else docIds.set(entry.doc_id, line)
    }
    entries.set(path, entry)
  })
  return { entries, rejects }
}
