#!/usr/bin/env node
// Breakdown of a timex run against TimeBank-style gold (make bench-timex):
// value accuracy by granularity of the gold value, and by whether the gold date
// lies before, on or after the article's publication date.
// Usage: node bench/timex-breakdown.mjs OUT GOLD.jsonl
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "csv-parse/sync"

const [out, goldPath] = process.argv.slice(2)
const rows = (name) => parse(readFileSync(join(out, `${name}.csv`)), { columns: true })
const docs = new Map(rows("documents").map((d) => [d.source_file.split("/").at(-1), d.doc_id]))
const byDoc = new Map()
for (const t of rows("timexes")) byDoc.set(t.doc_id, [...(byDoc.get(t.doc_id) ?? []), t])

const granularity = (v) =>
  /^\d{4}-\d\d-\d\dT/.test(v) ? "time" : /^\d{4}-\d\d-\d\d$/.test(v) ? "day" : /^\d{4}-W\d\d(-WE)?$/.test(v) ? "week"
  : /^\d{4}-\d\d$/.test(v) ? "month" : /^\d{4}-(Q\d|SP|SU|FA|WI|H\d)$/.test(v) ? "season/quarter" : /^\d{4}$/.test(v) ? "year"
  : /^\d{2,3}$/.test(v) ? "decade/century" : /_REF$/.test(v) ? "ref" : /^P/.test(v) ? "duration/set" : "other"
const relation = (v, dct) => {
  const d = /^(\d{4}-\d\d-\d\d)/.exec(v)?.[1]
  if (!d || !dct) return "not a day"
  return d < dct ? "past" : d > dct ? "future" : "same day"
}

const stats = new Map()
const add = (key, found, right) => {
  const s = stats.get(key) ?? { gold: 0, found: 0, right: 0 }
  s.gold++; s.found += found; s.right += right
  stats.set(key, s)
}
for (const line of readFileSync(goldPath, "utf8").split("\n").filter(Boolean)) {
  const g = JSON.parse(line)
  const sys = (byDoc.get(docs.get(g.file)) ?? []).filter((r) => Number(r.raw_start) >= g.title_len)
  const used = new Set()
  for (const t of g.timexes) {
    let best = -1
    sys.forEach((r, i) => { if (!used.has(i) && Number(r.raw_start) < t.end && Number(r.raw_end) > t.start && best < 0) best = i })
    if (best >= 0) used.add(best)
    const found = best >= 0 ? 1 : 0
    const right = found && sys[best].value === t.value ? 1 : 0
    add(`granularity  ${granularity(t.value)}`, found, right)
    add(`relation     ${relation(t.value, g.dct)}`, found, right)
  }
}
console.log("breakdown (gold timexes: found = overlapping system row, right = same value)")
console.log(`${"".padEnd(30)} ${"gold".padStart(6)} ${"found".padStart(6)} ${"right".padStart(6)} ${"value acc".padStart(10)}`)
for (const [k, s] of [...stats].sort()) console.log(`${k.padEnd(30)} ${String(s.gold).padStart(6)} ${String(s.found).padStart(6)} ${String(s.right).padStart(6)} ${(s.found ? s.right / s.found : 0).toFixed(3).padStart(10)}`)
