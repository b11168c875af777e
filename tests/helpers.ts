/** Shared test helpers: temp folders and running the pipeline in-process. */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
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
