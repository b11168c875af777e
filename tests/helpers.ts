/** Shared test helpers: temp folders and running the pipeline in-process. */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect } from "effect"
import { run, type RunOptions } from "../pipeline/run.ts"

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
