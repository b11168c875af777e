/**
 * The committed dataset: `make all` must reproduce out/ byte for byte, in
 * another time zone and locale and with any number of jobs, and independent
 * readers must load what it wrote.
 */
import { execFileSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import pl from "nodejs-polars"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { TABLES } from "../schemas/index.ts"
import { parseCsv, readFolder, removeDir, runPipeline, tempDir } from "./helpers.ts"

const repo = join(import.meta.dirname, "..")
const committed = join(repo, "out")
const work = tempDir()
afterAll(() => removeDir(work))

describe("the committed dataset", () => {
  beforeAll(async () => {
    // A new version of the committed dataset: unchanged data keeps its version and changelog.
    await runPipeline({ raw: join(repo, "raw"), out: join(work, "in-process"), jobs: 4, previous: committed })
  })

  it("is reproduced byte for byte by the pipeline", () => {
    expect(existsSync(join(committed, "datapackage.json")), "out/ is missing: run `make all` and commit out/").toBe(true)
    const want = readFolder(committed)
    const got = readFolder(join(work, "in-process"))
    expect([...got.keys()]).toEqual([...want.keys()])
    for (const [name, bytes] of want) expect(got.get(name)?.equals(bytes), `${name} differs from the committed out/${name}: run make all`).toBe(true)
  })

  it("comes out the same from the CLI with TZ=Pacific/Kiritimati LC_ALL=C and one job", () => {
    const out = join(work, "cli")
    execFileSync(process.execPath, ["bin/dateline.mjs", "run", "--raw", "raw", "--out", out, "--jobs", "1", "--previous", "out"], {
      cwd: repo,
      env: { ...process.env, TZ: "Pacific/Kiritimati", LC_ALL: "C", LANG: "C" },
      stdio: "pipe",
    })
    const want = readFolder(join(work, "in-process"))
    const got = readFolder(out)
    expect([...got.keys()]).toEqual([...want.keys()])
    for (const [name, bytes] of want) expect(got.get(name)?.equals(bytes), name).toBe(true)
  })

  it("writes every table as CSV and Arrow, and polars reads the same rows from both", () => {
    const out = join(work, "in-process")
    for (const def of TABLES) {
      const csvText = readFileSync(join(out, `${def.name}.csv`), "utf8")
      const records = parseCsv(csvText, { columns: true }) as unknown[]
      const arrow = pl.readIPC(readFileSync(join(out, `${def.name}.arrow`)))
      expect(arrow.height, def.name).toBe(records.length)
      expect(arrow.columns, def.name).toEqual(Object.keys(def.schema.shape))
      if (records.length > 0) expect(pl.readCSV(csvText).height, def.name).toBe(records.length)
    }
    // CSV, Arrow and Parquet per table; the spreadsheet, datapackage.json, CHANGELOG.md, README.md and report.html.
    expect(readFolder(out).size).toBe(TABLES.length * 3 + 5)
  })

  it("describes every file in datapackage.json with its size and hash", async () => {
    const out = join(work, "in-process")
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"))
    const { createHash } = await import("node:crypto")
    const paths = pkg.resources.map((r: { path: string }) => r.path).sort()
    const documentation = new Set(["datapackage.json", "CHANGELOG.md", "README.md", "report.html"])
    expect(paths).toEqual([...readFolder(out).keys()].filter((n) => !documentation.has(n)))
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(out, r.path))
      expect(r.bytes).toBe(bytes.length)
      expect(r.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`)
    }
    expect(readFileSync(join(out, "datapackage.json"), "utf8")).not.toContain(repo)
  })
})
