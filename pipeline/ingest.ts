/**
 * One article file through the per-document work, as a worker thread does it
 * (pipeline/worker.ts): read the bytes, decode, process, validate, and hand
 * back every row as `[id, JSON]` ready for the run files. Two tasks, one per
 * pass of a run:
 *
 *   scan:    the file's distinct short lines (corpus furniture is counted from them)
 *   process: the file's rows, knowing which lines the corpus counts as furniture
 *
 * Both are cached (cache.ts) by the file's sha256 and the pipeline's
 * fingerprint, so an unchanged article costs a read and a hash.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { RejectRow, TableName } from "../schemas/index.ts"
import { TABLES } from "../schemas/index.ts"
import { cacheGet, cacheKey, cachePut } from "./cache.ts"
import { type Cleaned, clean } from "./clean.ts"
import { decode } from "./decode.ts"
import { processDocument } from "./document.ts"
import { furnitureKeys } from "./furniture.ts"
import { once } from "./memo.ts"
import { sha256Hex } from "./hash.ts"
import type { ManifestEntry } from "./manifest.ts"
import type { Keyed } from "./spill.ts"
import { reject, validateDocument } from "./validate.ts"

/** An article file to ingest, with its id and what the manifest says of it. */
export interface Input {
  readonly file: string
  readonly docId: string
  readonly manifest: ManifestEntry
}

export interface Context {
  readonly rawDir: string
  readonly cacheDir: string | null
  readonly fingerprint: string
}

/** What one file gave: its rows per table as `[id, JSON]`, rejects included, and whether it became a document. */
export interface Payload {
  readonly document: boolean
  /** Taken from the cache rather than processed. */
  readonly cached?: boolean
  readonly tables: ReadonlyArray<readonly [TableName, ReadonlyArray<Keyed>]>
}

/** An I/O error's message without the raw folder's absolute path (outputs never carry one). */
export const relativeMessage = (error: unknown, rawDir: string): string =>
  (error instanceof Error ? error.message : String(error)).split(`${rawDir}/`).join("")

const readBytes = (ctx: Context, file: string): { bytes: Uint8Array } | { error: string } => {
  try {
    return { bytes: readFileSync(join(ctx.rawDir, file)) }
  } catch (e) {
    return { error: relativeMessage(e, ctx.rawDir) }
  }
}

/** A file's text decoded and cleaned, once, whether the scan, the process task or both need it (null when it does not decode). */
const cleanedOnce = (bytes: Uint8Array) => {
  const decoded = once(() => decode(bytes))
  return { decoded, cleaned: once(() => { const d = decoded(); return d.ok ? clean(d.text) : null }) }
}

/** The distinct furniture keys of a file, sorted (none when it does not decode: the process task reports that). */
const lineKeys = (ctx: Context, sha256: string, cleaned: () => Cleaned | null): string[] => {
  const key = cacheKey("scan", ctx.fingerprint, sha256)
  const cached = cacheGet<string[]>(ctx.cacheDir, "scan", key)
  if (cached) return cached
  const text = cleaned()
  const keys = text ? [...furnitureKeys(text.text)].sort() : []
  cachePut(ctx.cacheDir, "scan", key, keys)
  return keys
}

/** The distinct furniture keys of a file (none when it cannot be read or decoded: the process task reports that). */
export const scanFile = (ctx: Context, file: string): string[] => {
  const read = readBytes(ctx, file)
  return "error" in read ? [] : lineKeys(ctx, sha256Hex(read.bytes), cleanedOnce(read.bytes).cleaned)
}

const keyed = (def: (typeof TABLES)[number], rows: ReadonlyArray<object>): Keyed[] =>
  rows.map((row) => [String((row as Record<string, unknown>)[def.key]), JSON.stringify(row)] as const)

const REJECTS = TABLES.find((t) => t.name === "rejects")!
const rejected = (rows: ReadonlyArray<RejectRow>): Payload => ({ document: false, tables: [["rejects", keyed(REJECTS, rows)]] })

/** A file's rows: read, decode, process, validate; every failure becomes a rejects row. */
export const processFile = (ctx: Context, input: Input, furniture: ReadonlySet<string>): Payload => {
  const read = readBytes(ctx, input.file)
  if ("error" in read) return rejected([reject(input.file, "read", `cannot read: ${read.error}`)])
  const sha256 = sha256Hex(read.bytes)
  const text = cleanedOnce(read.bytes)
  // (the cache key names the corpus furniture the file has; with no cache, there is no key to make)
  const key = ctx.cacheDir === null ? "" : cacheKey("process", ctx.fingerprint, sha256, input, lineKeys(ctx, sha256, text.cleaned).filter((k) => furniture.has(k)))
  const cached = cacheGet<Payload>(ctx.cacheDir, "process", key)
  if (cached) return { ...cached, cached: true }
  const payload = ((): Payload => {
    const decoded = text.decoded()
    if (!decoded.ok) return rejected([reject(input.file, "decode", decoded.reason)])
    const source = { docId: input.docId, sourceFile: input.file, sha256, encoding: decoded.encoding, raw: decoded.text, manifest: input.manifest }
    let tables
    try {
      tables = processDocument(source, { isFurniture: (k) => furniture.has(k) }, text.cleaned()!)
    } catch (e) {
      return rejected([reject(input.file, "process", `internal error while processing: ${e instanceof Error ? e.message : String(e)}`)])
    }
    const checked = validateDocument(tables, input.file)
    const rows = TABLES.map((def) => {
      const list = def.name === "rejects" ? checked.rejects : ((checked.tables?.[def.name as keyof typeof checked.tables] ?? []) as object[])
      return [def.name, keyed(def, list)] as const
    }).filter(([, list]) => list.length > 0)
    return { document: checked.tables !== null, tables: rows }
  })()
  cachePut(ctx.cacheDir, "process", key, payload)
  return payload
}
