/**
 * Sorted run files: how a table of any size is sorted by its id in bounded
 * memory. Rows arrive as `[id, line]` pairs (the line is the row as JSON) in
 * whatever order articles finish; they are buffered, and when the buffer
 * reaches its budget it is sorted and written out as one run file. At the
 * end the runs are merged (k-way, one line per run in memory) into one
 * stream in id order. Ties (the same id twice, as per-article actors rows
 * have) are ordered by the line itself, so the order never depends on which
 * article finished first.
 *
 * Memory: the buffer budget (default 32 MB of row text across tables) plus
 * one line per run while merging.
 */
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, writeSync } from "node:fs"
import { join } from "node:path"
import { createInterface } from "node:readline"

export type Keyed = readonly [id: string, line: string]

/** Code-unit order of the id, then of the line: a total order, the same in every locale. */
export const compareKeyed = (a: Keyed, b: Keyed): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0

/** A run file line: the id, a tab, the row's JSON (JSON never holds a raw tab or newline). */
const encodeLine = ([id, line]: Keyed): string => `${id}\t${line}\n`
const decodeLine = (text: string): Keyed => {
  const tab = text.indexOf("\t")
  return [text.slice(0, tab), text.slice(tab + 1)]
}

/** Rows written to a run file at a time. */
const WRITE_SLICE = 4096

/** Buffers rows of several tables and writes sorted run files below `dir` (one sub-folder per table). */
export class Spiller {
  private readonly buffers = new Map<string, Keyed[]>()
  private size = 0
  private runs = 0

  constructor(
    readonly dir: string,
    private readonly budget = 32 * 1024 * 1024,
  ) {}

  add(table: string, rows: ReadonlyArray<Keyed>): void {
    let buffer = this.buffers.get(table)
    if (!buffer) this.buffers.set(table, (buffer = []))
    for (const row of rows) {
      buffer.push(row)
      this.size += row[0].length + row[1].length
    }
    if (this.size >= this.budget) this.flush()
  }

  /** Writes every buffered table as a sorted run file. */
  flush(): void {
    for (const [table, rows] of this.buffers) {
      if (rows.length === 0) continue
      rows.sort(compareKeyed)
      mkdirSync(join(this.dir, table), { recursive: true })
      const fd = openSync(join(this.dir, table, `run-${String(this.runs).padStart(6, "0")}.tsv`), "w")
      try {
        // In slices, so the buffer is never held a second time as one string.
        for (let i = 0; i < rows.length; i += WRITE_SLICE) writeSync(fd, rows.slice(i, i + WRITE_SLICE).map(encodeLine).join(""))
      } finally {
        closeSync(fd)
      }
    }
    this.runs++
    this.buffers.clear()
    this.size = 0
  }
}

/** The run files of one table in one or more spill folders. */
export const runFiles = (dirs: ReadonlyArray<string>, table: string): string[] =>
  dirs.flatMap((dir) => {
    try {
      return readdirSync(join(dir, table)).filter((n) => n.endsWith(".tsv")).sort().map((n) => join(dir, table, n))
    } catch {
      return []
    }
  })

async function* readRun(file: string): AsyncGenerator<Keyed> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }), crlfDelay: Infinity })
  for await (const line of lines) if (line !== "") yield decodeLine(line)
}

/** The rows of sorted run files, merged into one sorted stream (a binary heap over the runs' heads). */
export async function* mergeRuns(files: ReadonlyArray<string>): AsyncGenerator<Keyed> {
  const heads: Array<{ row: Keyed; it: AsyncGenerator<Keyed> }> = []
  const less = (i: number, j: number) => compareKeyed(heads[i]!.row, heads[j]!.row) < 0
  const swap = (i: number, j: number) => ([heads[i], heads[j]] = [heads[j]!, heads[i]!])
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1
      let m = i
      if (l < heads.length && less(l, m)) m = l
      if (r < heads.length && less(r, m)) m = r
      if (m === i) return
      swap(i, m)
      i = m
    }
  }
  for (const file of files) {
    const it = readRun(file)
    const first = await it.next()
    if (!first.done) heads.push({ row: first.value, it })
  }
  for (let i = Math.floor(heads.length / 2) - 1; i >= 0; i--) down(i)
  while (heads.length > 0) {
    const top = heads[0]!
    yield top.row
    const next = await top.it.next()
    if (next.done) {
      heads[0] = heads[heads.length - 1]!
      heads.pop()
    } else top.row = next.value
    if (heads.length > 0) down(0)
  }
}
