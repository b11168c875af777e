/**
 * The incremental cache: what an article gave last time, keyed by everything
 * its rows depend on. The key is a sha256 of the pipeline's fingerprint (the
 * code, lexicons, gazetteer, schemas and version), the file's own sha256,
 * its doc id and manifest entry, and which of its lines the corpus counts as
 * furniture; an article whose key is unchanged is not processed again.
 * Entries are written atomically (temp file, then rename), so a killed run
 * never leaves half an entry; a corrupt or unreadable entry is a miss. The
 * cache only ever holds what processing would give, so it cannot change the
 * output bytes. It holds one pipeline version: entries live in a folder named
 * by the fingerprint, and the folders of other versions are removed when a
 * run opens the cache, so it does not grow with every change of a rule.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { sourcesDigest } from "./digest.mjs"
import { sha256Hex } from "./hash.ts"

const ROOT = join(import.meta.dirname, "..")
/** What a row can depend on: the code and the data files it reads. */
const SOURCES = ["package.json", "pipeline", "schemas", "gazetteer"]

/** The pipeline's fingerprint: a sha256 over the names and bytes of its sources. */
export const pipelineFingerprint = (): string => sourcesDigest(ROOT, SOURCES)

/** Names this module gives the folders of a cache root: a fingerprint's first 16 hex digits, and the kinds of the unversioned layout before it. */
const OURS = /^(?:[0-9a-f]{16}|scan|process)$/

/**
 * The cache folder of this pipeline version below `root` (created), after
 * removing the folders of other versions. A cache that cannot be tidied is
 * used as it is: entries are keyed by the fingerprint anyway.
 */
export const openCache = (root: string, fingerprint: string): string => {
  const own = fingerprint.slice(0, 16)
  try {
    mkdirSync(join(root, own), { recursive: true })
    for (const name of readdirSync(root)) if (name !== own && OURS.test(name)) rmSync(join(root, name), { recursive: true, force: true })
  } catch {
    // a read-only or vanished cache: lookups miss and writes are skipped
  }
  return join(root, own)
}

export const cacheKey = (...parts: ReadonlyArray<unknown>): string => sha256Hex(JSON.stringify(parts))

const entryPath = (dir: string, kind: string, key: string) => join(dir, kind, key.slice(0, 2), `${key}.json`)

/** The cached value, or undefined on a miss (absent, unreadable or corrupt). */
export const cacheGet = <T>(dir: string | null, kind: string, key: string): T | undefined => {
  if (!dir) return undefined
  try {
    return JSON.parse(readFileSync(entryPath(dir, kind, key), "utf8")) as T
  } catch {
    return undefined
  }
}

/** Stores a value; a cache that cannot be written is skipped, never an error of the run. */
export const cachePut = (dir: string | null, kind: string, key: string, value: unknown): void => {
  if (!dir) return
  const path = entryPath(dir, kind, key)
  try {
    mkdirSync(dirname(path), { recursive: true })
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    writeFileSync(tmp, JSON.stringify(value))
    renameSync(tmp, path)
  } catch {
    // a read-only or full disk: the run goes on without caching
  }
}
