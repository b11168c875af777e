import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { recover, replaceFolder } from "../pipeline/outdir.ts"
import { removeDir, tempDir } from "./helpers.ts"

const run = <A, E>(e: Effect.Effect<A, E, any>) => Effect.runPromise(Effect.provide(e, NodeServices.layer) as Effect.Effect<A, E>)
const enc = (s: string) => new TextEncoder().encode(s)
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(removeDir))
const parentDir = () => {
  const d = tempDir()
  dirs.push(d)
  return d
}

describe("atomic replacement of the out folder", () => {
  it("replaces the whole folder: old files go, new files come", async () => {
    const parent = parentDir()
    const out = join(parent, "out")
    mkdirSync(out)
    writeFileSync(join(out, "stale.csv"), "old")
    await run(replaceFolder(out, [{ name: "a.csv", bytes: enc("x\n") }, { name: "b.arrow", bytes: enc("y") }]))
    expect(readdirSync(out).sort()).toEqual(["a.csv", "b.arrow"])
    expect(readFileSync(join(out, "a.csv"), "utf8")).toBe("x\n")
    expect(readdirSync(parent)).toEqual(["out"])
  })

  it("leaves the previous dataset intact when writing fails part-way", async () => {
    const parent = parentDir()
    const out = join(parent, "out")
    mkdirSync(out)
    writeFileSync(join(out, "a.csv"), "previous")
    // the second file cannot be written (its folder does not exist)
    const failed = run(replaceFolder(out, [{ name: "a.csv", bytes: enc("new") }, { name: "no/such/dir.csv", bytes: enc("z") }]))
    await expect(failed).rejects.toBeDefined()
    expect(readdirSync(out)).toEqual(["a.csv"])
    expect(readFileSync(join(out, "a.csv"), "utf8")).toBe("previous")
    expect(readdirSync(parent)).toEqual(["out"])
  })

  it("recovers the previous dataset after a run killed between the two renames", async () => {
    const parent = parentDir()
    const out = join(parent, "out")
    // what a kill leaves: the old dataset set aside, the new one half written, no out/
    mkdirSync(join(parent, ".out.old-abc123"))
    writeFileSync(join(parent, ".out.old-abc123", "a.csv"), "previous")
    mkdirSync(join(parent, ".out.new-abc123"))
    writeFileSync(join(parent, ".out.new-abc123", "a.csv"), "half")
    await run(recover(out))
    expect(readFileSync(join(out, "a.csv"), "utf8")).toBe("previous")
    expect(readdirSync(parent)).toEqual(["out"])
  })

  it("creates the out folder and its parents when missing", async () => {
    const parent = parentDir()
    const out = join(parent, "deep", "er", "out")
    await run(replaceFolder(out, [{ name: "a.csv", bytes: enc("x") }]))
    expect(existsSync(join(out, "a.csv"))).toBe(true)
  })
})
