/**
 * Sorted run files: how a table of any size is sorted by its id in bounded
 * memory. Rows arrive as `[id, line]` pairs (the line is the row as JSON) in
 * whatever order articles finish; they are buffered, and when the buffer
 * reaches its budget it is sorted and written out as one run file. At the
 * end the runs are merged (k-way, a read of each run in memory) into one
 * stream in id order. Ties (the same id twice, as per-article actors rows
 * have) are ordered by the line itself, so the order never depends on which
 * article finished first.
 *
 * Memory: the buffer budget (default 32 MB of row text across tables) plus
 * one read (64 KB, or the longest line) per run while merging.
 */
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, writeSync } from "node:fs"
import { join } from "node:path"

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

/** The rows of a run file, a read's worth at a time (no promise per line: tables have millions). */
async function* readRun(file: string): AsyncGenerator<Keyed[]> {
  let parts: string[] = [] // the start of a line that a read cut
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 16 }) as AsyncIterable<string>) {
    const rows: Keyed[] = []
    let start = 0
    for (let nl = chunk.indexOf("\n"); nl !== -1; nl = chunk.indexOf("\n", start)) {
      parts.push(chunk.slice(start, nl))
      const line = parts.length === 1 ? parts[0]! : parts.join("")
      parts = []
      if (line !== "") rows.push(decodeLine(line))
      start = nl + 1
    }
    if (start < chunk.length) parts.push(chunk.slice(start))
    if (rows.length > 0) yield rows
  }
  const last = parts.join("")
  if (last !== "") yield [decodeLine(last)]
}

/** Rows per array that `mergeRuns` yields. */
const MERGED_BATCH = 4096

/**
 * The rows of sorted run files, merged into one sorted stream (a binary heap
 * over the runs' heads), in arrays of up to 4,096 rows.
 */
export async function* mergeRuns(files: ReadonlyArray<string>): AsyncGenerator<Keyed[]> {
  const heads: Array<{ rows: Keyed[]; at: number; it: AsyncGenerator<Keyed[]> }> = []
  const head = (i: number) => heads[i]!.rows[heads[i]!.at]!
  const less = (i: number, j: number) => compareKeyed(head(i), head(j)) < 0
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
    if (!first.done) heads.push({ rows: first.value, at: 0, it })
  }
  for (let i = Math.floor(heads.length / 2) - 1; i >= 0; i--) down(i)
  let out: Keyed[] = []
  while (heads.length > 0) {
    const top = heads[0]!
    out.push(top.rows[top.at++]!)
    if (top.at === top.rows.length) {
      const next = await top.it.next()
      if (next.done) {
        heads[0] = heads[heads.length - 1]!
        heads.pop()
      } else {
        top.rows = next.value
        top.at = 0
      }
    }
    if (heads.length > 0) down(0)
    if (out.length === MERGED_BATCH) {
      yield out
      out = []
    }
  }
  if (out.length > 0) yield out
}
