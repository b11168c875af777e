// The baseline of `make bench`: chrono-node alone parsing the dates of every
// *.txt file below a folder, on one core (reading included), against a fixed
// reference date. It finds and resolves dates and does nothing else: no
// cleaning, layout, actors, events, validation or output.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import * as chrono from "chrono-node"

const root = process.argv[2]
const files = readdirSync(root, { recursive: true }).map(String).filter((p) => p.endsWith(".txt")).sort()
const reference = new Date(Date.UTC(2005, 0, 1))
const started = performance.now()
let dates = 0
for (const file of files) dates += chrono.parse(readFileSync(join(root, file), "utf8"), reference).length
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ files: files.length, dates, seconds }))
