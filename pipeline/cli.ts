/**
 * The command line: `dateline run --raw raw --out out --jobs 2 [--strict] [--previous dir]`
 * and `dateline diff OLD NEW [--format json]`.
 * Thin: parses flags, provides the Node platform, runs pipeline/run.ts and
 * prints a one-screen summary.
 */
import { availableParallelism } from "node:os"
import { NodeRuntime, NodeServices } from "@effect/platform-node"
import { Console, Data, Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { TABLES } from "../schemas/index.ts"
import { diffJson, renderReport } from "./diff.ts"
import { diffFolders, run, type RunSummary } from "./run.ts"
import { PIPELINE_VERSION } from "./version.ts"

class RejectsFound extends Data.TaggedError("RejectsFound")<{ readonly count: number }> {
  override get message() {
    return `--strict: ${this.count} reject(s); see rejects.csv`
  }
}

const summary = (raw: string, out: string, jobs: number, s: RunSummary): string =>
  [
    `dateline ${PIPELINE_VERSION}: ${raw} -> ${out} (${jobs} job${jobs === 1 ? "" : "s"}, ${s.seconds.toFixed(1)} s)`,
    `  ${s.files} file(s) found, ${s.documents} document(s) kept, ${s.rejects} reject row(s)`,
    ...TABLES.map((t) => `  ${t.name.padEnd(12)} ${String(s.rows[t.name]).padStart(8)} rows`),
  ].join("\n")

const runCommand = Command.make(
  "run",
  {
    raw: Flag.String("raw").pipe(Flag.withDescription("The raw folder: *.txt articles below it, optional manifest.csv at its root."), Flag.withDefault("raw")),
    out: Flag.String("out").pipe(Flag.withDescription("The out folder, replaced as a whole when the run succeeds."), Flag.withDefault("out")),
    jobs: Flag.Int("jobs").pipe(Flag.withDescription("How many articles to work on at once (the output does not depend on it)."), Flag.withDefault(availableParallelism())),
    strict: Flag.Boolean("strict").pipe(Flag.withDescription("Exit non-zero when anything was rejected (the dataset is still written)."), Flag.withDefault(false)),
    previous: Flag.String("previous").pipe(
      Flag.withDescription("The dataset this build is a new version of, for its version number and changelog (default: the out folder as it is)."),
      Flag.optional,
    ),
  },
  (flags) =>
    Effect.gen(function* () {
      const previous = Option.getOrUndefined(flags.previous)
      const result = yield* run({ raw: flags.raw, out: flags.out, jobs: flags.jobs, ...(previous ? { previous } : {}) })
      yield* Console.log(summary(flags.raw, flags.out, flags.jobs, result))
      if (flags.strict && result.rejects > 0) return yield* new RejectsFound({ count: result.rejects })
    }),
).pipe(Command.withDescription("Build the dataset of a raw folder into an out folder."))

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
  Command.withSubcommands([runCommand, diffCommand]),
)

Command.run(dateline, { version: PIPELINE_VERSION }).pipe(Effect.provide(NodeServices.layer), NodeRuntime.runMain)
