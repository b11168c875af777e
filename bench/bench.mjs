// `make bench`: throughput and memory on BBC News x8.
//
// 1. builds the corpus: the 2,225 BBC articles of ../shared/bench/corpora/bbc
//    copied 8 times into distinct paths (copy-1/ ... copy-8/): 17,800 files;
// 2. the baseline: chrono-node alone over the same files on one core;
// 3. the whole pipeline, cold (no cache), with JOBS worker threads: wall time,
//    articles/s, MB/s and peak RSS (of the process and its worker threads);
// 4. the same with an empty cache (to fill it), then one article edited and
//    the pipeline run again with the cache: the incremental re-run.
//
// Prints a table and writes bench-out/bench.json.
import { spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join, resolve } from "node:path"

const repo = resolve(import.meta.dirname, "..")
const shared = resolve(process.env.SHARED ?? join(repo, "..", "shared"))
const work = resolve(process.env.BENCH_OUT ?? join(repo, "bench-out"))
const copies = Number(process.env.COPIES ?? 8)
const jobs = Number(process.env.JOBS ?? availableParallelism())
const source = join(shared, "bench", "corpora", "bbc")
const raw = join(work, `bbc-x${copies}`)

if (!existsSync(raw)) {
  for (let k = 1; k <= copies; k++) cpSync(source, join(raw, `copy-${k}`), { recursive: true })
}
const files = readdirSync(raw, { recursive: true }).map(String).filter((p) => p.endsWith(".txt"))
const megabytes = files.reduce((n, f) => n + statSync(join(raw, f)).size, 0) / 1e6

/** Runs a command under /usr/bin/time: wall seconds and peak RSS in MB. */
const timed = (cmd, args) => {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", cmd, ...args], { cwd: repo, encoding: "utf8", maxBuffer: 1 << 26 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`)
  const [wall, kb] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number)
  return { seconds: wall, rssMB: Math.round(kb / 1024), stdout: r.stdout }
}

const dateline = (out, extra = []) => timed("node", ["--single-threaded-gc", "bin/dateline.mjs", "run", "--raw", raw, "--out", out, "--jobs", String(jobs), ...extra])

console.error(`corpus: ${files.length} files, ${megabytes.toFixed(1)} MB in ${raw}`)
const chrono = timed("node", ["bench/chrono-baseline.mjs", raw])
console.error(`chrono-node alone, one core: ${chrono.seconds} s`)
const out = join(work, "out")
const cache = join(work, "cache")
rmSync(out, { recursive: true, force: true })
rmSync(cache, { recursive: true, force: true })
const cold = dateline(out)
console.error(`pipeline, ${jobs} workers, no cache: ${cold.seconds} s, ${cold.rssMB} MB peak RSS`)
const fill = dateline(out, ["--cache", cache])
console.error(`pipeline with an empty cache: ${fill.seconds} s`)
const edited = join(raw, files.sort()[0])
const original = readFileSync(edited)
appendFileSync(edited, "\nThe minister said on Tuesday that the talks would resume next week.\n")
let rerun
try {
  rerun = dateline(out, ["--cache", cache])
} finally {
  writeFileSync(edited, original)
}
console.error(`re-run after editing one article: ${rerun.seconds} s, ${rerun.rssMB} MB peak RSS`)

const result = {
  files: files.length,
  megabytes: Number(megabytes.toFixed(1)),
  jobs,
  chrono_seconds: chrono.seconds,
  pipeline_seconds: cold.seconds,
  ratio: Number((cold.seconds / chrono.seconds).toFixed(2)),
  articles_per_second: Math.round(files.length / cold.seconds),
  megabytes_per_second: Number((megabytes / cold.seconds).toFixed(2)),
  peak_rss_mb: cold.rssMB,
  fill_cache_seconds: fill.seconds,
  rerun_after_one_edit_seconds: rerun.seconds,
  rerun_peak_rss_mb: rerun.rssMB,
}
mkdirSync(work, { recursive: true })
writeFileSync(join(work, "bench.json"), JSON.stringify(result, null, 2) + "\n")
console.log(Object.entries(result).map(([k, v]) => `${k.padEnd(30)} ${v}`).join("\n"))

