import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { buildKey, load } from "../pipeline/bundle.mjs"

const ROOT = join(import.meta.dirname, "..")
const made: string[] = []
/** A copy of the project's sources in a folder of its own, sharing this checkout's node_modules (as a git worktree may). */
const checkout = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "dateline-checkout-"))
  made.push(dir)
  for (const sub of ["pipeline", "schemas"]) cpSync(join(ROOT, sub), join(dir, sub), { recursive: true })
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"))
  return dir
}
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }) })

describe("the build the command line and the worker threads load", () => {
  it("is named by the sources and by where they are, so checkouts sharing node_modules never run each other's build", () => {
    const a = checkout()
    const b = checkout()
    expect(buildKey(a)).toBe(buildKey(a))
    // (the same sources in two folders: each build names its own folder's lexicons and worker, so each has its own)
    expect(buildKey(a)).not.toBe(buildKey(b))
    // (an edited source gets a new build)
    const before = buildKey(a)
    writeFileSync(join(a, "pipeline", "added.ts"), "export const added = 1\n")
    expect(buildKey(a)).not.toBe(before)
  })
  it("keeps the regular-expression literals of the sources as literals, not rebuilt at each call", async () => {
    await load("worker")
    const build = readFileSync(join(ROOT, "node_modules", ".cache", "dateline", buildKey(), "worker.mjs"), "utf8")
    // (esbuild turns /\p{L}-$/u into new RegExp("\\p{L}-$", "u") unless told Node has such escapes)
    expect(build).not.toMatch(/new RegExp\("[^"]*\\\\p\{/)
    expect(build).toMatch(/\/\^?\\p\{L[ul]?\}[^/\n]*\/u/)
  })
})
