/**
 * The worker thread's side of the pool (piscina): a task names a pass and a
 * batch of files (a few dozen: one message per article would cost more than a
 * cached article's work); the answer is each file's furniture keys (scan) or
 * rows (process), in the batch's order.
 * The corpus furniture is written once to a file by the run and read once
 * per worker, not sent with every task.
 */
import { readFileSync } from "node:fs"
import { type Context, type Input, type Payload, processFile, scanFile } from "./ingest.ts"
import { type PublishedTable, publishTable, type TableJob } from "./publish.ts"

export type Task =
  | { readonly kind: "scan"; readonly ctx: Context; readonly files: ReadonlyArray<string> }
  | { readonly kind: "process"; readonly ctx: Context; readonly inputs: ReadonlyArray<Input>; readonly furnitureFile: string }
  | { readonly kind: "publish"; readonly job: TableJob }

/** A published table as it crosses threads: its definition (with functions inside) stays behind, named by its table. */
export type PublishedOverThreads = Omit<PublishedTable, "resource"> & { readonly resource: Omit<PublishedTable["resource"], "def"> }

let furniture: { file: string; keys: ReadonlySet<string> } | null = null

const furnitureOf = (file: string): ReadonlySet<string> => {
  if (furniture?.file !== file) furniture = { file, keys: new Set(JSON.parse(readFileSync(file, "utf8")) as string[]) }
  return furniture.keys
}

export default function work(task: Task): string[][] | Payload[] | Promise<PublishedOverThreads> {
  switch (task.kind) {
    case "scan": return task.files.map((file) => scanFile(task.ctx, file))
    case "process": return task.inputs.map((input) => processFile(task.ctx, input, furnitureOf(task.furnitureFile)))
    case "publish": return publishTable(task.job).then(({ resource: { def: _, ...files }, ...rest }) => ({ ...rest, resource: files }))
  }
}
