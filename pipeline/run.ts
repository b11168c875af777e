/**
 * A run: raw folder in, out folder replaced. The Effect program around the
 * pure stages, with the per-document work on a pool of worker threads:
 *
 *   discover *.txt -> read manifest.csv -> doc ids (-> this shard's slice)
 *   -> pass 1, per file on the pool: its distinct short lines; counted (corpus furniture)
 *   -> pass 2, per file on the pool: read -> decode -> processDocument -> validate,
 *      rows as [id, JSON] appended to per-table sorted run files (spill.ts)
 *   -> publish: runs merged in id order into CSV, Arrow, Parquet, ... (publish.ts)
 *   -> the new folder replaces the out folder atomically
 *
 * Every file's work is cached by its sha256 and the pipeline's fingerprint
 * (ingest.ts, cache.ts). A sharded run (`--shard k/N`) does passes 1 and 2 for
 * its slice and leaves its run files as a partial dataset; `merge` publishes
 * partials as one dataset, the same bytes a single run gives.
 */
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { Data, Effect, FileSystem, Path } from "effect"
import type { PlatformError } from "effect/PlatformError"
import Piscina from "piscina"
import type { RejectRow, TableName } from "../schemas/index.ts"
import { TABLES } from "../schemas/index.ts"
import { openCache, pipelineFingerprint } from "./cache.ts"
import { type CsvTable, diffDatasets, readCsvTable } from "./diff.ts"
import { decode } from "./decode.ts"
import { furnitureThreshold } from "./furniture.ts"
import { sha256Hex } from "./hash.ts"
import { type Context, type Input, type Payload, relativeMessage } from "./ingest.ts"
import { type ManifestEntry, readManifest } from "./manifest.ts"
import { replaceFolderWith } from "./outdir.ts"
import { collectGarbage } from "./memory.ts"
import { makeProgress } from "./progress.ts"
import { publish, type PublishedTable, readPrevious, type TablePublisher } from "./publish.ts"
import { type Keyed, Spiller } from "./spill.ts"
import type { PublishedOverThreads, Task } from "./worker.ts"
import { reject } from "./validate.ts"
import { PIPELINE_VERSION } from "./version.ts"

/** A slice of the corpus: shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number
  readonly count: number
}

export interface RunOptions {
  readonly raw: string
  readonly out: string
  readonly jobs: number
  /** The dataset this run is a new version of (default: what `out` holds now). */
  readonly previous?: string
  /** Show progress on stderr (default: when it is a terminal). */
  readonly progress?: boolean
  /** The cache folder (none: every article is processed). */
  readonly cache?: string | null
  /** Process one slice and write a partial dataset (for `merge`) instead of a dataset. */
  readonly shard?: Shard
  /** Line counts of the whole corpus from `dateline scan` (a sharded run scans the whole corpus without them). */
  readonly counts?: ReadonlyArray<string>
  /** Above this many rows no spreadsheet is written. */
  readonly xlsxMaxRows?: number
  /** Old-generation heap limit of each worker thread in MB (default 512); an article that needs more is rejected. */
  readonly workerHeapMb?: number
}

export interface RunSummary {
  readonly files: number
  readonly documents: number
  readonly rejects: number
  readonly rows: Readonly<Record<TableName, number>>
  readonly seconds: number
  /** The dataset's version (none for a partial dataset). */
  readonly version: string | null
  /** Articles taken from the cache instead of processed. */
  readonly cached: number
}

export class RawFolderMissing extends Data.TaggedError("RawFolderMissing")<{ readonly raw: string }> {
  override get message() {
    return `raw folder not found: ${this.raw}`
  }
}

export class BadPartials extends Data.TaggedError("BadPartials")<{ readonly reason: string }> {
  override get message() {
    return `cannot merge: ${this.reason}`
  }
}

const MANIFEST = "manifest.csv"

/**
 * Every *.txt file below the raw folder (hidden files and folders skipped),
 * sorted; non-files refused. Links to folders are not followed (a link back
 * up the tree would read every article again and again); links to files are
 * read like files.
 */
const discover = (rawDir: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    // Entry types come with the listing: only links (and entries the listing cannot type) cost a stat.
    const entries: Array<{ readonly file: string; readonly type: string }> = []
    const walk = (rel: string): Effect.Effect<void, PlatformError> =>
      Effect.gen(function* () {
        for (const entry of yield* fs.readDirectoryEntries(path.join(rawDir, rel))) {
          if (entry.name.startsWith(".")) continue
          const child = rel ? `${rel}/${entry.name}` : entry.name
          const type = entry.type !== "Unknown" ? entry.type : yield* fs.lstat(path.join(rawDir, child)).pipe(Effect.map((i) => i.type), Effect.orElseSucceed(() => "Unknown"))
          // A folder named like an article is listed too, to be refused as what it is.
          if (entry.name.endsWith(".txt")) entries.push({ file: child, type })
          if (type === "Directory") yield* walk(child)
        }
      })
    yield* walk("")
    entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    const files: string[] = []
    const rejects: RejectRow[] = []
    for (const { file, type } of entries) {
      const info = type === "File" ? null : yield* fs.stat(path.join(rawDir, file)).pipe(Effect.result)
      if (info === null) files.push(file)
      else if (info._tag === "Failure") rejects.push(reject(file, "discover", `cannot stat: ${relativeMessage(info.failure, rawDir)}`))
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
    const none = { entries: new Map<string, ManifestEntry>(), rejects: [] as RejectRow[] }
    const info = yield* fs.stat(file).pipe(Effect.result)
    if (info._tag === "Failure") return none
    const refused = (why: string) => ({ ...none, rejects: [reject(MANIFEST, "manifest", `manifest not read: ${why}`)] })
    if (info.success.type !== "File") return refused(`is a ${info.success.type.toLowerCase()}, not a file`)
    const bytes = yield* fs.readFile(file).pipe(Effect.result)
    if (bytes._tag === "Failure") return refused(`cannot read: ${relativeMessage(bytes.failure, rawDir)}`)
    const decoded = decode(bytes.success)
    if (!decoded.ok) return refused(decoded.reason)
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

/** Which shard a file belongs to: a hash of its path, so a slice does not shift when other files come and go. */
export const shardOf = (file: string, count: number): number => (parseInt(sha256Hex(file).slice(0, 8), 16) % count) + 1

export const parseShard = (text: string): Shard | null => {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim())
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null
  return shard && shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count ? shard : null
}

/** Line counts: how many articles hold each short line, and of how many articles. */
export interface LineCounts {
  readonly documents: number
  readonly counts: ReadonlyArray<readonly [string, number]>
}

/** The corpus as a run sees it: its inputs (all, or one shard's) and the run-level rejects that belong to them. */
const corpus = (raw: string, shard: Shard | undefined) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const rawDir = path.resolve(raw)
    const info = yield* fs.stat(rawDir).pipe(Effect.result)
    if (info._tag === "Failure" || info.success.type !== "Directory") return yield* new RawFolderMissing({ raw })
    const found = yield* discover(rawDir)
    const manifest = yield* loadManifest(rawDir, found.files)
    const ids = assignDocIds(found.files, manifest.entries)
    const mine = (file: string) => !shard || shardOf(file, shard.count) === shard.index
    return {
      rawDir,
      files: found.files.length + found.rejects.length,
      all: ids.inputs,
      inputs: ids.inputs.filter((i) => mine(i.file)),
      rejects: [...found.rejects, ...manifest.rejects, ...ids.rejects].filter((r) => mine(r.source_file)),
    }
  })

type Pool = Piscina<Task, string[][] | Payload[] | PublishedOverThreads>

/** Publishes the tables of a dataset in parallel on the pool. */
const onPool = (pool: Pool): TablePublisher => (jobs) =>
  Promise.all(jobs.map(async (job) => {
    const t = (await pool.run({ kind: "publish", job })) as PublishedOverThreads
    if (process.env.DATELINE_TIMING === "1") process.stderr.write(`    ${job.table}: ${t.seconds.toFixed(2)} s\n`)
    return { ...t, resource: { ...t.resource, def: TABLES.find((d) => d.name === job.table)! } } as PublishedTable
  }))

/**
 * Old-generation heap of one worker thread, in MB: enough for a 5 MB article
 * and for publishing a table; never below 128 (V8 aborts the whole process
 * rather than the thread when a limit is too small to load the pipeline).
 */
export const WORKER_HEAP_MB = 512
const MIN_WORKER_HEAP_MB = 128

/**
 * Young-generation size of a worker thread, in MB: publishing a table makes
 * hundreds of thousands of short-lived strings and arrays, and at 32 MB a
 * thread spent a quarter of its time collecting them; 64 MB costs about
 * 80 MB of peak RSS on BBC News x8. A thread given a small old generation
 * (`--worker-heap-mb` below the default) keeps 32 MB: with 64 MB beside a
 * 128 MB old generation, V8 sometimes aborts the whole process when the
 * thread runs out of heap, instead of failing the thread's task.
 */
const youngMbFor = (heapMb: number): number => (heapMb >= WORKER_HEAP_MB ? 64 : 32)

/** A pool of worker threads for the run's scope, destroyed when it closes. */
const workerPool = (jobs: number, heapMb = WORKER_HEAP_MB) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const pool = new Piscina<Task, string[][] | Payload[] | PublishedOverThreads>({
        filename: new URL("./worker.mjs", import.meta.url).href,
        minThreads: jobs,
        maxThreads: jobs,
        idleTimeout: 60_000,
        // Bounds each thread's heap (V8 otherwise lets old generations grow far beyond what one article needs):
        // a thread that still runs out fails its task, which becomes a reject row.
        resourceLimits: { maxOldGenerationSizeMb: Math.max(MIN_WORKER_HEAP_MB, heapMb), maxYoungGenerationSizeMb: youngMbFor(heapMb) },
      })
      // A thread that fails between tasks loses no work: the pool replaces it.
      pool.on("error", (e: unknown) => process.stderr.write(`dateline: a worker thread failed between tasks: ${messageOf(e)}\n`))
      return pool
    }),
    (pool) => Effect.promise(() => pool.destroy()),
  )

/** With DATELINE_TIMING=1, the seconds each phase (and each table's publishing) took and the peak RSS so far, on stderr. */
const phase = (name: string, since: number): number => {
  const now = performance.now()
  if (process.env.DATELINE_TIMING === "1") {
    const peak = Math.round(process.resourceUsage().maxRSS / 1024)
    const heap = Math.round(process.memoryUsage().heapUsed / 1048576)
    process.stderr.write(`  ${name}: ${((now - since) / 1000).toFixed(2)} s, peak RSS so far ${peak} MB (main thread heap ${heap} MB)\n`)
  }
  return now
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** Files per task: enough that the messages cost little beside a cached article's work, few enough to keep both threads busy to the end. */
const BATCH_FILES = 32

const batches = <A>(items: ReadonlyArray<A>): A[][] => {
  const out: A[][] = []
  for (let i = 0; i < items.length; i += BATCH_FILES) out.push(items.slice(i, i + BATCH_FILES))
  return out
}

/**
 * A batch's results from the pool, one per item. When its thread fails (runs
 * out of heap, crashes), the pool replaces the thread and each item is tried
 * again on its own, so only the item that broke a thread is lost: it gets
 * `failed(item, reason)`.
 */
const onPoolInBatch = <I, O>(send: (items: ReadonlyArray<I>) => Promise<O[]>, failed: (item: I, reason: string) => O) => (items: ReadonlyArray<I>) =>
  Effect.promise(() =>
    send(items).catch(() => Promise.all(items.map((item) => send([item]).then((o) => o[0]!, (e: unknown) => failed(item, messageOf(e)))))))

/** The payload of an article whose thread failed: one rejects row, so the document is accounted for. */
const threadFailed = (input: Input, why: string): Payload => ({
  document: false,
  cached: false,
  tables: [["rejects", [keyedReject(reject(input.file, "process", `worker thread failed: ${why}`))]]],
})

/** Each file's furniture keys (none for a file that broke its thread: its process task says why). */
const scanBatch = (pool: Pool, ctx: Context) =>
  onPoolInBatch((files: ReadonlyArray<string>) => pool.run({ kind: "scan", ctx, files }) as Promise<string[][]>, (): string[] => [])

/** Each article's payload. */
const processBatch = (pool: Pool, ctx: Context, furnitureFile: string) =>
  onPoolInBatch((inputs: ReadonlyArray<Input>) => pool.run({ kind: "process", ctx, inputs, furnitureFile }) as Promise<Payload[]>, threadFailed)

/** Batches in flight per worker: enough to keep every thread busy while the main thread writes. */
const QUEUE_PER_JOB = 2

/** Pass 1: counts, over the given files, how many hold each short line. */
const countLines = (pool: Pool, ctx: Context, inputs: ReadonlyArray<Input>, jobs: number) =>
  Effect.gen(function* () {
    const counts = new Map<string, number>()
    const scanned = scanBatch(pool, ctx)
    yield* Effect.forEach(
      batches(inputs.map((input) => input.file)),
      (files) => scanned(files).pipe(
        Effect.map((keysOfFiles) => {
          for (const keys of keysOfFiles) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
        }),
      ),
      { concurrency: jobs * QUEUE_PER_JOB, discard: true },
    )
    return { documents: inputs.length, counts: [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) } satisfies LineCounts
  })

/** The furniture set from line counts (of the whole corpus, possibly counted in slices). */
const furnitureFrom = (parts: ReadonlyArray<LineCounts>): string[] => {
  const documents = parts.reduce((n, p) => n + p.documents, 0)
  const totals = new Map<string, number>()
  for (const p of parts) for (const [k, n] of p.counts) totals.set(k, (totals.get(k) ?? 0) + n)
  const threshold = furnitureThreshold(documents)
  return [...totals].filter(([, n]) => n >= threshold).map(([k]) => k).sort()
}

const readJson = <T>(file: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    return JSON.parse(yield* fs.readFileString(file)) as T
  })

/** Line counts of a raw folder (or of one shard of it): the first phase of a sharded build. */
export const scan = (options: { readonly raw: string; readonly shard?: Shard; readonly jobs: number; readonly cache?: string | null }) =>
  Effect.scoped(
    Effect.gen(function* () {
      const c = yield* corpus(options.raw, options.shard)
      const fingerprint = pipelineFingerprint()
      const ctx: Context = { rawDir: c.rawDir, cacheDir: options.cache ? openCache(resolve(options.cache), fingerprint) : null, fingerprint }
      const pool = yield* workerPool(Math.max(1, options.jobs))
      return yield* countLines(pool, ctx, c.inputs, Math.max(1, options.jobs))
    }),
  )

const PARTIAL = "partial.json"
const RUNS = "runs"

/**
 * Builds the dataset of `raw` into `out`, replacing it atomically; with a
 * shard, builds that slice's partial dataset into `out` instead.
 */
export const run = (options: RunOptions) =>
  Effect.scoped(
    Effect.gen(function* () {
      const started = performance.now()
      const path = yield* Path.Path
      const jobs = Math.max(1, options.jobs)
      const c = yield* corpus(options.raw, options.shard)
      const fingerprint = pipelineFingerprint()
      const ctx: Context = { rawDir: c.rawDir, cacheDir: options.cache ? openCache(path.resolve(options.cache), fingerprint) : null, fingerprint }
      const pool = yield* workerPool(jobs, options.workerHeapMb)
      let mark = phase("discover", started)

      // Pass 1: corpus furniture needs the lines of every article of the corpus (all shards) before any is laid out.
      const counts = options.counts?.length
        ? yield* Effect.forEach(options.counts, (f) => readJson<LineCounts>(f))
        : [yield* countLines(pool, ctx, c.all, jobs)]
      const previous = readPrevious(options.previous ?? options.out)
      mark = phase("pass 1 (lines)", mark)

      return yield* replaceFolderWith(options.out, (dir) =>
        Effect.gen(function* () {
          const fs = yield* FileSystem.FileSystem
          const furnitureFile = path.join(dir, "furniture.json")
          writeFileSync(furnitureFile, JSON.stringify(furnitureFrom(counts)))
          const runs = path.join(dir, RUNS)
          const spiller = new Spiller(runs)
          spiller.add("rejects", c.rejects.map(keyedReject))

          // Pass 2: every article on the pool; rows go to run files as they come.
          const progress = makeProgress(c.inputs.length, options.progress)
          let cached = 0
          const processed = processBatch(pool, ctx, furnitureFile)
          yield* Effect.forEach(
            batches(c.inputs),
            (inputs) => processed(inputs).pipe(
              Effect.map((payloads) => {
                for (const payload of payloads) {
                  for (const [table, rows] of payload.tables) spiller.add(table, rows)
                  if (payload.cached) cached++
                  progress.tick(!payload.document)
                }
              }),
            ),
            { concurrency: jobs * QUEUE_PER_JOB, discard: true },
          )
          progress.done()
          spiller.flush()
          collectGarbage() // the rows of pass 2 are on disk now: publishing starts from a small heap
          mark = phase("pass 2 (articles)", mark)
          yield* fs.remove(furnitureFile)

          if (options.shard) {
            const s = options.shard
            yield* fs.writeFileString(path.join(dir, PARTIAL), JSON.stringify({ pipeline_version: PIPELINE_VERSION, fingerprint, shard: `${s.index}/${s.count}`, files: c.files }) + "\n")
            return { files: c.files, documents: 0, rejects: 0, rows: emptyCounts(), seconds: (performance.now() - started) / 1000, version: null, cached } satisfies RunSummary
          }
          const published = yield* Effect.promise(() => publish({ spillDirs: [runs], dir, previous, xlsxMaxRows: options.xlsxMaxRows, tables: onPool(pool) }))
          yield* fs.remove(runs, { recursive: true })
          phase("publish", mark)
          const rows = published.gathered.rows
          return { files: c.files, documents: rows.documents, rejects: rows.rejects, rows, seconds: (performance.now() - started) / 1000, version: published.version, cached } satisfies RunSummary
        }))
    }),
  )

const emptyCounts = () => Object.fromEntries(TABLES.map((t) => [t.name, 0])) as Record<TableName, number>

const keyedReject = (r: RejectRow): Keyed => [r.reject_id, JSON.stringify(r)]

/** Publishes the partial datasets of every shard of a build as one dataset, the one a single run gives. */
export const merge = (options: {
  readonly partials: ReadonlyArray<string>
  readonly out: string
  readonly jobs: number
  readonly previous?: string
  readonly xlsxMaxRows?: number | undefined
}) =>
  Effect.scoped(Effect.gen(function* () {
    const started = performance.now()
    const path = yield* Path.Path
    const metas = yield* Effect.forEach(options.partials, (p) =>
      readJson<{ fingerprint: string; shard: string; files: number }>(path.join(p, PARTIAL)).pipe(
        Effect.mapError(() => new BadPartials({ reason: `${p} is not a partial dataset (no ${PARTIAL})` })),
      ))
    const count = metas.map((m) => parseShard(m.shard)?.count)
    const indexes = new Set(metas.map((m) => parseShard(m.shard)?.index))
    if (new Set(metas.map((m) => m.fingerprint)).size > 1) return yield* new BadPartials({ reason: "the partials were built by different pipelines" })
    if (new Set(count).size !== 1 || indexes.size !== count[0] || metas.length !== count[0]) {
      return yield* new BadPartials({ reason: `need each shard of ${count[0]} once, got ${metas.map((m) => m.shard).join(", ")}` })
    }
    const previous = readPrevious(options.previous ?? options.out)
    const spillDirs = options.partials.map((p) => path.join(path.resolve(p), RUNS))
    const pool = yield* workerPool(Math.max(1, options.jobs))
    return yield* replaceFolderWith(options.out, (dir) =>
      Effect.promise(() => publish({ spillDirs, dir, previous, xlsxMaxRows: options.xlsxMaxRows, tables: onPool(pool) })).pipe(
        Effect.map((published) => {
          const rows = published.gathered.rows
          return { files: metas[0]!.files, documents: rows.documents, rejects: rows.rejects, rows, seconds: (performance.now() - started) / 1000, version: published.version, cached: 0 } satisfies RunSummary
        }),
      ))
  }))

export class NotADataset extends Data.TaggedError("NotADataset")<{ readonly dir: string }> {
  override get message() {
    return `${this.dir} holds no dataset (no datapackage.json)`
  }
}

/** The tables of an out folder as CSV text tables, or none when it holds no datapackage.json. */
const readTables = (dir: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    if (!(yield* fs.exists(path.join(dir, "datapackage.json")))) return null
    const tables = new Map<string, CsvTable>()
    for (const def of TABLES) {
      const csv = yield* fs.readFileString(path.join(dir, `${def.name}.csv`)).pipe(Effect.result)
      if (csv._tag === "Success") tables.set(def.name, readCsvTable(csv.success))
    }
    return tables
  })

/** The row diff between the datasets of two out folders. */
export const diffFolders = (older: string, newer: string) =>
  Effect.gen(function* () {
    const a = yield* readTables(older)
    const b = yield* readTables(newer)
    if (!a) return yield* new NotADataset({ dir: older })
    if (!b) return yield* new NotADataset({ dir: newer })
    return diffDatasets(a, b)
  })
