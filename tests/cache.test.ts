/** The cache folder: one pipeline version's entries, the others' removed when a run opens it. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { cacheGet, cachePut, openCache } from "../pipeline/cache.ts"
import { removeDir, tempDir } from "./helpers.ts"

describe("the cache folder", () => {
  const root = tempDir("dateline-cache-")
  afterAll(() => removeDir(root))
  const v1 = "a".repeat(64)
  const v2 = "b".repeat(64)

  it("keeps the entries of the current pipeline version, and removes those of other versions", () => {
    const first = openCache(root, v1)
    cachePut(first, "process", "k1", { rows: 1 })
    expect(cacheGet(openCache(root, v1), "process", "k1")).toEqual({ rows: 1 })

    // An older layout's folders and a file that is not the cache's own.
    mkdirSync(join(root, "scan", "ab"), { recursive: true })
    writeFileSync(join(root, "notes.txt"), "mine")
    const second = openCache(root, v2)
    expect(second).not.toBe(first)
    expect(cacheGet(second, "process", "k1")).toBeUndefined()
    expect(existsSync(first)).toBe(false)
    expect(readdirSync(root).sort()).toEqual(["bbbbbbbbbbbbbbbb", "notes.txt"])
  })

  it("is used as it is when it cannot be tidied", () => {
    const file = join(root, "not-a-folder")
    writeFileSync(file, "")
    const dir = openCache(file, v1)
    cachePut(dir, "process", "k", { rows: 2 })
    expect(cacheGet(dir, "process", "k")).toBeUndefined()
  })
})
