/** Shared test helpers: temp folders and running the pipeline in-process. */
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect } from "effect"
import type { Article } from "../pipeline/annotations.ts"
import { run, type RunOptions } from "../pipeline/run.ts"

/** An article whose text is one body sentence, published on `published`. */
export const oneSentenceArticle = (text: string, published: string | null): Article =>
  ({ docId: "t", text, headline: null, sentences: [{ start: 0, end: text.length, paragraph: 0, position: 0 }], published, dateline: null })

/**
 * The time expressions of a one-sentence article as another process finds
 * them under the time zone `tz`: JSON of [value, start date, end date, anchor].
 */
export const timexesUnderTz = (text: string, published: string, tz: string): string => {
  const script = `
    import { findTimexes } from "./pipeline/timex.ts"
    const text = ${JSON.stringify(text)}
    const a = { docId: "t", text, headline: null, sentences: [{ start: 0, end: text.length, paragraph: 0, position: 0 }], published: ${JSON.stringify(published)}, dateline: null }
    console.log(JSON.stringify(findTimexes(a).map((t) => [t.value, t.startDate, t.endDate, t.anchor])))`
  return execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: join(import.meta.dirname, ".."), env: { ...process.env, TZ: tz } }).toString()
}

export const tempDir = (prefix = "dateline-test-"): string => mkdtempSync(join(tmpdir(), prefix))

/** Writes files (path -> text or bytes) below a folder, creating sub-folders. */
export const writeTree = (root: string, files: Record<string, string | Uint8Array>): void => {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel)
    mkdirSync(dirname(p), { recursive: true })
    writeFileSync(p, content)
  }
}

export const runPipeline = (options: Omit<RunOptions, "jobs" | "progress"> & { jobs?: number }) =>
  Effect.runPromise(run({ jobs: 2, progress: false, ...options }).pipe(Effect.provide(NodeServices.layer)))

/** Every file of a folder (not recursive) by name. */
export const readFolder = (dir: string): Map<string, Buffer> =>
  new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]))

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true })

/** Parses a CSV file of the out folder into records (all values as strings). */
export { parse as parseCsv } from "csv-parse/sync"

/**
 * The shared development corpora (../shared next to the repository, or
 * DATELINE_SHARED), or null when this checkout has none: tests that read
 * them skip with a message rather than fail.
 */
export const sharedDir = (): string | null => {
  const candidates = [process.env.DATELINE_SHARED, join(import.meta.dirname, "..", "..", "shared"), "/work/shared"]
  return candidates.find((c): c is string => c !== undefined && existsSync(join(c, "bench"))) ?? null
}
