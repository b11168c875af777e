#!/usr/bin/env node
// Breakdown of a timex run against TimeBank-style gold (make bench-timex, after score.py):
// value accuracy and value F1 by granularity, and by where the expression lies relative to
// the article's publication date (before, on / around, after, or not a calendar date).
// Matching is score.py's: a gold expression takes the first unused system row of its file
// that overlaps it (an exact match wins); system rows before the file's title_len are ignored.
// Then, by the rule (pattern) of each system row: how many matched a gold expression with the
// same value, with another value, or none (a false positive), to show which patterns to work on.
// Usage: node bench/timex-breakdown.mjs OUT GOLD.jsonl
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "csv-parse/sync"

const [out, goldPath] = process.argv.slice(2)
if (!out || !goldPath) {
  console.error("usage: node bench/timex-breakdown.mjs OUT GOLD.jsonl")
  process.exit(2)
}
const rows = (name) => parse(readFileSync(join(out, `${name}.csv`)), { columns: true })
const docs = new Map(rows("documents").map((d) => [d.source_file.split("/").at(-1), d.doc_id]))
const byDoc = new Map()
for (const t of rows("timexes")) byDoc.set(t.doc_id, [...(byDoc.get(t.doc_id) ?? []), t])

/** The granularity of a TIMEX3 value (the type tells a SET from a duration). */
export const granularity = (value, type) => {
  const v = value ?? ""
  if (type === "SET") return "set"
  if (/_REF$/.test(v)) return "REF"
  if (/^P/.test(v)) return "duration"
  if (/T/.test(v)) return "time"
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(v)) return "day"
  if (/^[\dX]{4}-W[\dX]{1,2}(-WE|-\d)?$/.test(v)) return "week"
  if (/^[\dX]{4}-[\dX]{2}$/.test(v)) return "month"
  if (/^[\dX]{4}-(Q[\dX]|SP|SU|FA|WI|H[12X])$/.test(v)) return "season/quarter"
  if (/^(FY)?[\dX]{4}$/.test(v)) return "year"
  if (/^\d{2,3}X*$/.test(v)) return "decade/century"
  return "other"
}

/** Where a calendar value lies relative to the publication date, by the day range it covers. */
const RANGES = { SP: ["03-01", "05-31"], SU: ["06-01", "08-31"], FA: ["09-01", "11-30"], WI: ["12-01", "12-31"], H1: ["01-01", "06-30"], H2: ["07-01", "12-31"] }
const range = (v) => {
  let m
  if ((m = /^(\d{4}-\d\d-\d\d)/.exec(v))) return [m[1], m[1]]
  if ((m = /^(\d{4})-(\d\d)$/.exec(v))) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-31`]
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = Number(m[2])
    return [`${m[1]}-${String(q * 3 - 2).padStart(2, "0")}-01`, `${m[1]}-${String(q * 3).padStart(2, "0")}-31`]
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI|H1|H2)$/.exec(v))) return RANGES[m[2]].map((d) => `${m[1]}-${d}`)
  if ((m = /^(\d{4})-W(\d\d?)/.exec(v))) {
    // The ISO week's Monday, from 4 January (always in week 1), in UTC.
    const jan4 = Date.UTC(Number(m[1]), 0, 4)
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000
    const day = (t) => new Date(t).toISOString().slice(0, 10)
    return [day(monday), day(monday + 6 * 86_400_000)]
  }
  if ((m = /^(\d{4})$/.exec(v))) return [`${m[1]}-01-01`, `${m[1]}-12-31`]
  if ((m = /^(\d{3})$/.exec(v))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`]
  return null
}
const relation = (v, dct) => {
  const r = range(v ?? "")
  if (!r || !dct) return "not a calendar date"
  return r[1] < dct ? "before publication" : r[0] > dct ? "after publication" : "same day / containing it"
}

const stats = new Map()
const byRule = new Map()
const ruleStat = (rule) => {
  if (!byRule.has(rule)) byRule.set(rule, { right: 0, wrong: 0, unmatched: 0 })
  return byRule.get(rule)
}
const stat = (key) => {
  if (!stats.has(key)) stats.set(key, { gold: 0, system: 0, found: 0, right: 0 })
  return stats.get(key)
}
for (const line of readFileSync(goldPath, "utf8").split("\n").filter(Boolean)) {
  const g = JSON.parse(line)
  const sys = (byDoc.get(docs.get(g.file)) ?? []).filter((r) => Number(r.raw_start) >= g.title_len)
  for (const r of sys) {
    stat(`granularity  ${granularity(r.value, r.type)}`).system++
    stat(`relation     ${relation(r.value, g.dct)}`).system++
  }
  const used = new Set()
  for (const t of g.timexes) {
    let best = -1
    for (let i = 0; i < sys.length; i++) {
      const r = sys[i]
      if (used.has(i) || !(Number(r.raw_start) < t.end && Number(r.raw_end) > t.start)) continue
      best = i
      if (Number(r.raw_start) === t.start && Number(r.raw_end) === t.end) break
    }
    if (best >= 0) used.add(best)
    const found = best >= 0 ? 1 : 0
    const right = found && sys[best].value === t.value ? 1 : 0
    if (found) ruleStat(sys[best].rule)[right ? "right" : "wrong"]++
    for (const key of [`granularity  ${granularity(t.value, t.type)}`, `relation     ${relation(t.value, g.dct)}`]) {
      const s = stat(key)
      s.gold++
      s.found += found
      s.right += right
    }
  }
  sys.forEach((r, i) => {
    if (!used.has(i)) ruleStat(r.rule).unmatched++
  })
}

const pad = (x, n) => String(x).padStart(n)
console.log("breakdown by the gold value (found: an overlapping system row; right: the same value;")
console.log("value F1 = 2 right / (gold + system rows of that kind))")
console.log(`${"".padEnd(40)} ${pad("gold", 6)} ${pad("system", 6)} ${pad("found", 6)} ${pad("right", 6)} ${pad("value acc", 10)} ${pad("value F1", 9)}`)
for (const [k, s] of [...stats].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const acc = s.found ? s.right / s.found : 0
  const f1 = s.gold + s.system ? (2 * s.right) / (s.gold + s.system) : 0
  console.log(`${k.padEnd(40)} ${pad(s.gold, 6)} ${pad(s.system, 6)} ${pad(s.found, 6)} ${pad(s.right, 6)} ${pad(acc.toFixed(3), 10)} ${pad(f1.toFixed(3), 9)}`)
}

console.log("")
console.log("by the rule of the system row (right: matched with the gold value; wrong: another value; unmatched: no gold expression)")
console.log(`${"".padEnd(40)} ${pad("right", 6)} ${pad("wrong", 6)} ${pad("unmatched", 9)}`)
for (const [rule, s] of [...byRule].sort(([a, x], [b, y]) => y.wrong + y.unmatched - (x.wrong + x.unmatched) || (a < b ? -1 : 1))) {
  console.log(`${`rule         ${rule}`.padEnd(40)} ${pad(s.right, 6)} ${pad(s.wrong, 6)} ${pad(s.unmatched, 9)}`)
}
