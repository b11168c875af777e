/**
 * A run: raw folder in, out folder replaced. The Effect program that does
 * the I/O around the pure stages:
 *
 *   discover *.txt -> read manifest.csv
 *   -> first pass, per file: read -> decode -> clean -> distinct lines (corpus furniture)
 *   -> second pass, per file (bounded concurrency):
 *      read bytes -> decode -> processDocument -> validate
 *   -> assemble -> encode -> replace the out folder atomically
 */
import { Data, Effect, FileSystem, Path } from "effect"
import type { RejectRow } from "../schemas/index.ts"
import { TABLES, type TableName } from "../schemas/index.ts"
import { assemble, encode, type FileResult, NO_PREVIOUS, type Previous } from "./dataset.ts"
import { type CsvTable, diffDatasets, readCsvTable } from "./diff.ts"
import { decode } from "./decode.ts"
import { clean } from "./clean.ts"
import { furnitureKeys, furnitureOf } from "./furniture.ts"
import type { LayoutOptions } from "./layout.ts"
import { processDocument } from "./document.ts"
import { sha256Hex } from "./hash.ts"
import { type ManifestEntry, readManifest } from "./manifest.ts"
import { replaceFolder } from "./outdir.ts"
import { makeProgress } from "./progress.ts"
import { reject, validateDocument } from "./validate.ts"

export interface RunOptions {
  readonly raw: string
  readonly out: string
  readonly jobs: number
  /** The dataset this run is a new version of (default: what `out` holds now). */
  readonly previous?: string
  /** Show progress on stderr (default: when it is a terminal). */
  readonly progress?: boolean
}

export interface RunSummary {
  readonly files: number
  readonly documents: number
  readonly rejects: number
  readonly rows: Readonly<Record<TableName, number>>
  readonly seconds: number
}

export class RawFolderMissing extends Data.TaggedError("RawFolderMissing")<{ readonly raw: string }> {
  override get message() {
    return `raw folder not found: ${this.raw}`
  }
}

/** An article file to ingest, with its id and what the manifest says of it. */
interface Input {
  readonly file: string
  readonly docId: string
  readonly manifest: ManifestEntry
}

const MANIFEST = "manifest.csv"

/** An I/O error's message without the raw folder's absolute path (outputs never carry one). */
const relativeMessage = (error: { message: string }, rawDir: string) => error.message.split(`${rawDir}/`).join("")

/** Every *.txt file below the raw folder (hidden files and folders skipped), sorted; non-files refused. */
const discover = (rawDir: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const entries = (yield* fs.readDirectory(rawDir, { recursive: true }))
      .map((p) => p.split(path.sep).join("/"))
      .filter((p) => p.endsWith(".txt") && !p.split("/").some((seg) => seg.startsWith(".")))
      .sort()
    const files: string[] = []
    const rejects: RejectRow[] = []
    for (const file of entries) {
      const info = yield* fs.stat(path.join(rawDir, file)).pipe(Effect.result)
      if (info._tag === "Failure") rejects.push(reject(file, "discover", `cannot stat: ${relativeMessage(info.failure, rawDir)}`))
      else if (info.success.type !== "File") rejects.push(reject(file, "discover", `is a ${info.success.type.toLowerCase()}, not a file`))
      else files.push(file)
    }
    return { files, rejects }
  })

/** The manifest's entries by file, or none when there is no manifest.csv. */
const loadManifest = (rawDir: string, files: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const file = path.join(rawDir, MANIFEST)
    if (!(yield* fs.exists(file))) return { entries: new Map<string, ManifestEntry>(), rejects: [] as RejectRow[] }
    const decoded = decode(yield* fs.readFile(file))
    if (!decoded.ok) return { entries: new Map<string, ManifestEntry>(), rejects: [reject(MANIFEST, "manifest", `manifest not read: ${decoded.reason}`)] }
    const m = readManifest(decoded.text, files)
    return { entries: m.entries, rejects: m.rejects.map((r) => reject(MANIFEST, "manifest", r.reason)) }
  })

/** Doc ids: the manifest's, else the path without extension; a later file whose id is taken is refused. */
const assignDocIds = (files: ReadonlyArray<string>, entries: ReadonlyMap<string, ManifestEntry>) => {
  const owner = new Map<string, string>()
  const inputs: Input[] = []
  const rejects: RejectRow[] = []
  for (const file of files) {
    const manifest = entries.get(file) ?? {}
    const docId = manifest.doc_id ?? file.slice(0, -".txt".length)
    const taken = owner.get(docId)
    if (taken !== undefined) rejects.push(reject(file, "discover", `duplicate doc_id "${docId}": already the id of ${taken}`))
    else {
      owner.set(docId, file)
      inputs.push({ file, docId, manifest })
    }
  }
  return { inputs, rejects }
}

/** First pass: the distinct short lines of one file (none when it cannot be read or decoded; ingest reports that). */
const scanLines = (rawDir: string, input: Input) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const bytes = yield* fs.readFile(path.join(rawDir, input.file)).pipe(Effect.result)
    if (bytes._tag === "Failure") return new Set<string>()
    const decoded = decode(bytes.success)
    return decoded.ok ? furnitureKeys(clean(decoded.text).text) : new Set<string>()
  })

/** One file through read, decode, the document stages and validation; every failure becomes a rejects row. */
const ingest = (rawDir: string, input: Input, options: LayoutOptions) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const bytes = yield* fs.readFile(path.join(rawDir, input.file)).pipe(Effect.result)
    if (bytes._tag === "Failure") return { tables: null, rejects: [reject(input.file, "read", `cannot read: ${relativeMessage(bytes.failure, rawDir)}`)] }
    const decoded = decode(bytes.success)
    if (!decoded.ok) return { tables: null, rejects: [reject(input.file, "decode", decoded.reason)] }
    const source = { docId: input.docId, sourceFile: input.file, sha256: sha256Hex(bytes.success), encoding: decoded.encoding, raw: decoded.text, manifest: input.manifest }
    const tables = yield* Effect.try({ try: () => processDocument(source, options), catch: (e) => e }).pipe(Effect.result)
    if (tables._tag === "Failure") {
      const why = tables.failure instanceof Error ? tables.failure.message : String(tables.failure)
      return { tables: null, rejects: [reject(input.file, "process", `internal error while processing: ${why}`)] }
    }
    return validateDocument(tables.success, input.file)
  }) satisfies Effect.Effect<FileResult, never, FileSystem.FileSystem | Path.Path>

/**
 * The dataset an out folder holds (its version, changelog and tables), or
 * none when the folder is missing or not a dataset this pipeline wrote.
 */
const readPrevious = (dir: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const text = (name: string) => fs.readFileString(path.join(dir, name)).pipe(Effect.result)
    const pkg = yield* text("datapackage.json")
    if (pkg._tag === "Failure") return NO_PREVIOUS
    const version = (() => {
      try {
        const v = (JSON.parse(pkg.success) as { version?: unknown }).version
        return typeof v === "string" ? v : null
      } catch {
        return null
      }
    })()
    const tables = new Map<string, CsvTable>()
    for (const def of TABLES) {
      const csv = yield* text(`${def.name}.csv`)
      if (csv._tag === "Failure") continue
      try {
        tables.set(def.name, readCsvTable(csv.success))
      } catch {
        return NO_PREVIOUS // not a CSV this pipeline wrote: number the new dataset afresh
      }
    }
    const changelog = yield* text("CHANGELOG.md")
    return { version, changelog: changelog._tag === "Success" ? changelog.success : "", tables } satisfies Previous
  })

export class NotADataset extends Data.TaggedError("NotADataset")<{ readonly dir: string }> {
  override get message() {
    return `${this.dir} holds no dataset (no datapackage.json)`
  }
}

/** The row diff between the datasets of two out folders. */
export const diffFolders = (older: string, newer: string) =>
  Effect.gen(function* () {
    const a = yield* readPrevious(older)
    const b = yield* readPrevious(newer)
    if (!a.tables) return yield* new NotADataset({ dir: older })
    if (!b.tables) return yield* new NotADataset({ dir: newer })
    return diffDatasets(a.tables, b.tables)
  })

/** Builds the dataset of `raw` into `out`, replacing it atomically. */
export const run = (options: RunOptions) =>
  Effect.gen(function* () {
    const started = performance.now()
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const rawDir = path.resolve(options.raw)
    const info = yield* fs.stat(rawDir).pipe(Effect.result)
    if (info._tag === "Failure" || info.success.type !== "Directory") return yield* new RawFolderMissing({ raw: options.raw })

    const found = yield* discover(rawDir)
    const manifest = yield* loadManifest(rawDir, found.files)
    const ids = assignDocIds(found.files, manifest.entries)
    const concurrency = Math.max(1, options.jobs)
    // Corpus furniture needs every article's lines before any article is laid out.
    const lineSets = yield* Effect.forEach(ids.inputs, (input) => scanLines(rawDir, input), { concurrency })
    const layoutOptions: LayoutOptions = { isFurniture: furnitureOf(lineSets, ids.inputs.length) }
    const progress = makeProgress(ids.inputs.length, options.progress)
    const results = yield* Effect.forEach(
      ids.inputs,
      (input) => ingest(rawDir, input, layoutOptions).pipe(Effect.tap((r) => Effect.sync(() => progress.tick(r.tables === null)))),
      { concurrency },
    )
    progress.done()

    const dataset = assemble(results, [...found.rejects, ...manifest.rejects, ...ids.rejects])
    const previous = yield* readPrevious(options.previous ?? options.out)
    const files = yield* Effect.promise(() => encode(dataset, previous))
    yield* replaceFolder(options.out, files)
    const rows = Object.fromEntries(TABLES.map((t) => [t.name, dataset[t.name].length])) as Record<TableName, number>
    return {
      files: found.files.length + found.rejects.length,
      documents: rows.documents,
      rejects: rows.rejects,
      rows,
      seconds: (performance.now() - started) / 1000,
    } satisfies RunSummary
  })
