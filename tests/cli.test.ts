/** The command line as make calls it: help, strict mode, exit codes. */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { removeDir, tempDir, writeTree } from "./helpers.ts"

const repo = join(import.meta.dirname, "..")
const root = tempDir()
afterAll(() => removeDir(root))
const cli = (...args: string[]) => spawnSync(process.execPath, ["bin/dateline.mjs", ...args], { cwd: repo, encoding: "utf8" })

describe("dateline CLI", () => {
  it("documents its flags in --help", () => {
    const r = cli("run", "--help")
    expect(r.status).toBe(0)
    for (const flag of ["--raw", "--out", "--jobs", "--strict"]) expect(r.stdout).toContain(flag)
  })

  it("writes the dataset and exits 0 despite rejects, non-zero with --strict", () => {
    const raw = join(root, "raw")
    writeTree(raw, { "ok.txt": "A sentence.", "empty.txt": "" })
    const lenient = cli("run", "--raw", raw, "--out", join(root, "out1"))
    expect(lenient.status).toBe(0)
    expect(lenient.stdout).toMatch(/1 document\(s\) kept, 1 reject row\(s\)/)
    const strict = cli("run", "--raw", raw, "--out", join(root, "out2"), "--strict")
    expect(strict.status).not.toBe(0)
    expect(existsSync(join(root, "out2", "rejects.csv"))).toBe(true)
  })

  it("exits non-zero for a raw folder that does not exist", () => {
    const r = cli("run", "--raw", join(root, "missing"), "--out", join(root, "out3"))
    expect(r.status).not.toBe(0)
    expect(r.stdout + r.stderr).toMatch(/raw folder not found/)
    expect(existsSync(join(root, "out3"))).toBe(false)
  })
})
