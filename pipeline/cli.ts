/**
 * The command line:
 *   dateline run --raw raw --out out --jobs 2 [--cache dir] [--strict] [--previous dir]
 *   dateline run ... --shard k/N [--counts c1.json,c2.json,...]   (a partial dataset)
 *   dateline scan --raw raw --shard k/N --to counts-k.json         (line counts of a slice)
 *   dateline merge --out out PARTIAL...                            (partials -> one dataset)
 *   dateline diff OLD NEW [--format json]
 * Thin: parses flags, provides the Node platform, runs pipeline/run.ts and
 * prints a one-screen summary.
 */
import { availableParallelism } from "node:os"
// (The modules themselves, not the package's index: it loads the HTTP, socket and worker modules too.)
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Console, Data, Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { TABLES } from "../schemas/index.ts"
import { diffJson, renderReport } from "./diff.ts"
import { writeFileSync } from "node:fs"
import { diffFolders, merge, parseShard, run, type RunSummary, scan, type Shard } from "./run.ts"
import { PIPELINE_VERSION } from "./version.ts"

class RejectsFound extends Data.TaggedError("RejectsFound")<{ readonly count: number }> {
  override get message() {
    return `--strict: ${this.count} reject(s); see rejects.csv`
  }
}

const summary = (raw: string, out: string, jobs: number, s: RunSummary): string =>
  [
    `dateline ${PIPELINE_VERSION}: ${raw} -> ${out} (${jobs} job${jobs === 1 ? "" : "s"}, ${s.seconds.toFixed(1)} s)${s.version ? `, version ${s.version}` : ""}`,
    `  ${s.files} file(s) found, ${s.documents} document(s) kept, ${s.rejects} reject row(s)${s.cached ? `, ${s.cached} article(s) from the cache` : ""}`,
    ...TABLES.map((t) => `  ${t.name.padEnd(12)} ${String(s.rows[t.name]).padStart(8)} rows`),
  ].join("\n")

class BadShard extends Data.TaggedError("BadShard")<{ readonly text: string }> {
  override get message() {
    return `--shard ${this.text}: expected k/N with 1 <= k <= N`
  }
}

const shardFlag = Flag.String("shard").pipe(
  Flag.withDescription("Work on slice k of N (files assigned by a hash of their path); writes a partial dataset for `merge`."),
  Flag.optional,
)

const shardOption = (text: Option.Option<string>) =>
  Option.match(text, {
    onNone: () => Effect.succeed(undefined as Shard | undefined),
    onSome: (t) => {
      const s = parseShard(t)
      return s ? Effect.succeed(s) : Effect.fail(new BadShard({ text: t }))
    },
  })

const cacheFlag = Flag.String("cache").pipe(
  Flag.withDescription("Cache folder: an article whose bytes, manifest entry and pipeline did not change is not processed again (default: none)."),
  Flag.optional,
)
const jobsFlag = Flag.Int("jobs").pipe(Flag.withDescription("Worker threads (the output does not depend on it)."), Flag.withDefault(availableParallelism()))
const xlsxFlag = Flag.Int("xlsx-max-rows").pipe(Flag.withDescription("Write no spreadsheet when the dataset has more rows than this."), Flag.optional)

const runCommand = Command.make(
  "run",
  {
    raw: Flag.String("raw").pipe(Flag.withDescription("The raw folder: *.txt articles below it, optional manifest.csv at its root."), Flag.withDefault("raw")),
    out: Flag.String("out").pipe(Flag.withDescription("The out folder, replaced as a whole when the run succeeds."), Flag.withDefault("out")),
    jobs: jobsFlag,
    cache: cacheFlag,
    shard: shardFlag,
    counts: Flag.String("counts").pipe(Flag.withDescription("With --shard: comma-separated line-count files of every shard from `dateline scan` (default: scan the whole corpus)."), Flag.optional),
    xlsxMaxRows: xlsxFlag,
    workerHeap: Flag.Int("worker-heap-mb").pipe(
      Flag.withDescription("Heap limit of each worker thread in MB (default 512, at least 128); an article that needs more becomes a rejects row."),
      Flag.optional,
    ),
    strict: Flag.Boolean("strict").pipe(Flag.withDescription("Exit non-zero when anything was rejected (the dataset is still written)."), Flag.withDefault(false)),
    previous: Flag.String("previous").pipe(
      Flag.withDescription("The dataset this build is a new version of, for its version number and changelog (default: the out folder as it is)."),
      Flag.optional,
    ),
  },
  (flags) =>
    Effect.gen(function* () {
      const previous = Option.getOrUndefined(flags.previous)
      const shard = yield* shardOption(flags.shard)
      const counts = Option.getOrUndefined(flags.counts)?.split(",").filter((c) => c !== "")
      const result = yield* run({
        raw: flags.raw, out: flags.out, jobs: flags.jobs, cache: Option.getOrNull(flags.cache),
        xlsxMaxRows: Option.getOrUndefined(flags.xlsxMaxRows), workerHeapMb: Option.getOrUndefined(flags.workerHeap),
        ...(previous ? { previous } : {}), ...(shard ? { shard } : {}), ...(counts ? { counts } : {}),
      })
      yield* Console.log(summary(flags.raw, flags.out, flags.jobs, result))
      if (flags.strict && result.rejects > 0) return yield* new RejectsFound({ count: result.rejects })
    }),
).pipe(Command.withDescription("Build the dataset of a raw folder into an out folder."))

const scanCommand = Command.make(
  "scan",
  {
    raw: Flag.String("raw").pipe(Flag.withDescription("The raw folder."), Flag.withDefault("raw")),
    to: Flag.String("to").pipe(Flag.withDescription("The line-count file to write (JSON).")),
    shard: shardFlag,
    jobs: jobsFlag,
    cache: cacheFlag,
  },
  (flags) =>
    Effect.gen(function* () {
      const shard = yield* shardOption(flags.shard)
      const counts = yield* scan({ raw: flags.raw, jobs: flags.jobs, cache: Option.getOrNull(flags.cache), ...(shard ? { shard } : {}) })
      writeFileSync(flags.to, JSON.stringify(counts) + "\n")
      yield* Console.log(`${counts.documents} article(s) scanned, ${counts.counts.length} distinct short line(s) -> ${flags.to}`)
    }),
).pipe(Command.withDescription("Count the short lines of a slice of the corpus: phase one of a sharded build (corpus furniture)."))

const mergeCommand = Command.make(
  "merge",
  {
    partials: Argument.String("partial").pipe(Argument.withDescription("The partial datasets of every shard."), Argument.variadic({ min: 1 })),
    out: Flag.String("out").pipe(Flag.withDescription("The out folder, replaced as a whole."), Flag.withDefault("out")),
    previous: Flag.String("previous").pipe(Flag.withDescription("The dataset this build is a new version of (default: the out folder as it is)."), Flag.optional),
    xlsxMaxRows: xlsxFlag,
    jobs: jobsFlag,
  },
  (args) =>
    Effect.gen(function* () {
      const previous = Option.getOrUndefined(args.previous)
      const result = yield* merge({ partials: args.partials, out: args.out, jobs: args.jobs, xlsxMaxRows: Option.getOrUndefined(args.xlsxMaxRows), ...(previous ? { previous } : {}) })
      yield* Console.log(summary(args.partials.join(" "), args.out, args.jobs, result))
    }),
).pipe(Command.withDescription("Publish the partial datasets of all shards as one dataset: the bytes a single run gives."))

const diffCommand = Command.make(
  "diff",
  {
    old: Argument.String("old").pipe(Argument.withDescription("The older out folder.")),
    new: Argument.String("new").pipe(Argument.withDescription("The newer out folder.")),
    format: Flag.Literals("format", ["text", "json"]).pipe(Flag.withDescription("A readable report, or JSON."), Flag.withDefault("text")),
  },
  (args) =>
    Effect.gen(function* () {
      const d = yield* diffFolders(args.old, args.new)
      yield* Console.log((args.format === "json" ? diffJson(d) : renderReport(d)).trimEnd())
    }),
).pipe(Command.withDescription("Rows added, removed and changed in every table between two out folders, keyed by row id."))

const dateline = Command.make("dateline").pipe(
  Command.withDescription("Raw news articles in, open datasets of dated events and actors' positions out."),
  Command.withSubcommands([runCommand, scanCommand, mergeCommand, diffCommand]),
)

Command.run(dateline, { version: PIPELINE_VERSION }).pipe(Effect.provide(NodeServices.layer), NodeRuntime.runMain)
