/**
 * Scale and reliability: shards merged give the single run's bytes, the
 * cache never changes the output and spares unchanged articles, and a run
 * killed at any moment leaves the previous complete dataset in place.
 * These run the command line as separate processes, as users do.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process"
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sha256Hex } from "../pipeline/hash.ts"
import { readFolder, removeDir, sharedDir, tempDir } from "./helpers.ts"

const repo = join(import.meta.dirname, "..")
const cli = (...args: string[]) => execFileSync("node", ["bin/dateline.mjs", ...args], { cwd: repo, encoding: "utf8" })
const cliAsync = (...args: string[]) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn("node", ["bin/dateline.mjs", ...args], { cwd: repo })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${out}`))))
  })

/** The seeds and, when the shared corpora are here, 60 BBC articles: enough for every shard to hold several. */
const buildCorpus = (dir: string): void => {
  cpSync(join(repo, "raw"), dir, { recursive: true })
  const shared = sharedDir()
  if (!shared) return
  const bbc = join(shared, "bench", "corpora", "bbc")
  const files = readdirSync(bbc, { recursive: true }).map(String).filter((f) => f.endsWith(".txt")).sort().slice(0, 60)
  for (const f of files) cpSync(join(bbc, f), join(dir, "bbc", f))
}

const expectSameFolders = (a: string, b: string) => {
  const x = readFolder(a), y = readFolder(b)
  expect([...y.keys()]).toEqual([...x.keys()])
  for (const [name, bytes] of x) expect(Buffer.compare(bytes, y.get(name)!), name).toBe(0)
}

/** Every resource of datapackage.json is in the folder with its bytes and sha256. */
const matchesPackage = (dir: string): boolean => {
  const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { resources: Array<{ path: string; bytes: number; hash: string }> }
  return pkg.resources.every((r) => {
    const p = join(dir, r.path)
    if (!existsSync(p)) return false
    const bytes = readFileSync(p)
    return bytes.length === r.bytes && `sha256:${sha256Hex(bytes)}` === r.hash
  })
}

describe("shards, cache and interrupted runs", () => {
  let root: string
  let raw: string
  let single: string

  beforeAll(() => {
    root = tempDir("dateline-scale-")
    raw = join(root, "raw")
    buildCorpus(raw)
    single = join(root, "single")
    cli("run", "--raw", raw, "--out", single, "--jobs", "2")
  }, 180_000)
  afterAll(() => removeDir(root))

  it("four shards in four processes, merged, give the single run's bytes", async () => {
    const partials = [1, 2, 3, 4].map((k) => join(root, `part-${k}`))
    await Promise.all(partials.map((p, i) => cliAsync("run", "--raw", raw, "--out", p, "--jobs", "1", "--shard", `${i + 1}/4`)))
    const sizes = partials.map((p) => readdirSync(join(p, "runs", "documents")).length)
    expect(sizes.every((n) => n > 0)).toBe(true) // every shard got articles
    const merged = join(root, "merged")
    cli("merge", "--out", merged, "--jobs", "2", ...partials)
    expectSameFolders(single, merged)
  }, 300_000)

  it("two-phase shards (line counts from `scan`) give the same bytes too", async () => {
    const counts = [1, 2].map((k) => join(root, `counts-${k}.json`))
    await Promise.all(counts.map((c, i) => cliAsync("scan", "--raw", raw, "--shard", `${i + 1}/2`, "--to", c, "--jobs", "1")))
    const partials = [1, 2].map((k) => join(root, `two-${k}`))
    await Promise.all(partials.map((p, i) => cliAsync("run", "--raw", raw, "--out", p, "--jobs", "1", "--shard", `${i + 1}/2`, "--counts", counts.join(","))))
    const merged = join(root, "merged-two")
    cli("merge", "--out", merged, ...partials)
    expectSameFolders(single, merged)
  }, 300_000)

  it("refuses to merge an incomplete set of shards", () => {
    const p = join(root, "lonely")
    cli("run", "--raw", raw, "--out", p, "--jobs", "1", "--shard", "1/3")
    const merged = spawnSync("node", ["bin/dateline.mjs", "merge", "--out", join(root, "never"), p], { cwd: repo, encoding: "utf8" })
    expect(merged.status).not.toBe(0)
    expect(merged.stdout + merged.stderr).toMatch(/need each shard of 3 once/)
    expect(existsSync(join(root, "never"))).toBe(false)
  }, 120_000)

  it("the cache spares unchanged articles and never changes the output", () => {
    const edited = join(root, "edited-raw")
    cpSync(raw, edited, { recursive: true })
    const cache = join(root, "cache")
    const out = join(root, "cached-out")
    cli("run", "--raw", edited, "--out", out, "--cache", cache, "--jobs", "2")
    expectSameFolders(single, out)
    const again = cli("run", "--raw", edited, "--out", out, "--cache", cache, "--jobs", "2")
    const documents = Number(/(\d+) document\(s\) kept/.exec(again)![1])
    expect(again).toContain(`${documents} article(s) from the cache`)

    const first = readdirSync(edited).filter((f) => f.endsWith(".txt")).sort()[0]!
    appendFileSync(join(edited, first), "\nThe foreign minister said on Tuesday that the talks would resume next week.\n")
    const rerun = cli("run", "--raw", edited, "--out", out, "--cache", cache, "--jobs", "2")
    expect(rerun).toContain(`${documents - 1} article(s) from the cache`)
    const fresh = join(root, "fresh-out")
    cli("run", "--raw", edited, "--out", fresh, "--jobs", "2", "--previous", out)
    // Same tables as a run without the cache (the version and changelog follow from `out`, so compare the data files).
    for (const name of readdirSync(fresh).filter((n) => /\.(csv|arrow|parquet)$/.test(n))) {
      expect(Buffer.compare(readFileSync(join(fresh, name)), readFileSync(join(out, name))), name).toBe(0)
    }
  }, 300_000)

  it("a run killed with SIGKILL at any moment leaves the previous dataset whole", async () => {
    const out = join(root, "killed")
    cpSync(single, out, { recursive: true })
    const edited = join(root, "kill-raw")
    cpSync(raw, edited, { recursive: true })
    appendFileSync(join(edited, readdirSync(edited).filter((f) => f.endsWith(".txt")).sort()[0]!), "\nA new last line.\n")
    for (const delay of [150, 400, 800, 1200, 1600, 2000, 2500, 3000]) {
      const child: ChildProcess = spawn("node", ["bin/dateline.mjs", "run", "--raw", edited, "--out", out, "--jobs", "2"], { cwd: repo, stdio: "ignore" })
      const exited = new Promise((r) => child.on("exit", r)) // listening from the start: a run may end before its kill
      await new Promise((r) => setTimeout(r, delay))
      child.kill("SIGKILL")
      await exited
      // Killed between the two renames, `out` is briefly absent and its copy sits aside: the next run puts it back.
      const aside = readdirSync(root).filter((n) => n.startsWith(".killed.old-"))
      if (!existsSync(out)) expect(aside.length, `killed after ${delay} ms: no out folder and nothing set aside`).toBe(1)
      else expect(matchesPackage(out), `killed after ${delay} ms`).toBe(true)
    }
    cli("run", "--raw", edited, "--out", out, "--jobs", "2")
    expect(matchesPackage(out)).toBe(true)
    expect(readdirSync(root).filter((n) => n.startsWith(".killed."))).toEqual([])
  }, 300_000)
})
