/**
 * The incremental cache: what an article gave last time, keyed by everything
 * its rows depend on. The key is a sha256 of the pipeline's fingerprint (the
 * code, lexicons, gazetteer, schemas and version), the file's own sha256,
 * its doc id and manifest entry, and which of its lines the corpus counts as
 * furniture; an article whose key is unchanged is not processed again.
 * Entries are written atomically (temp file, then rename), so a killed run
 * never leaves half an entry; a corrupt or unreadable entry is a miss. The
 * cache only ever holds what processing would give, so it cannot change the
 * output bytes.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { sha256Hex } from "./hash.ts"

const ROOT = join(import.meta.dirname, "..")
/** What a row can depend on: the code and the data files it reads. */
const SOURCES = ["package.json", "pipeline", "schemas", "gazetteer"]

const walk = (rel: string): string[] => {
  const abs = join(ROOT, rel)
  if (statSync(abs).isFile()) return [rel]
  return readdirSync(abs).sort().flatMap((name) => walk(`${rel}/${name}`))
}

/** The pipeline's fingerprint: a sha256 over the names and bytes of its sources. */
export const pipelineFingerprint = (): string => {
  const parts = SOURCES.flatMap(walk).map((rel) => `${rel}\0${sha256Hex(readFileSync(join(ROOT, rel)))}`)
  return sha256Hex(parts.join("\n"))
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
