// `make bench-stages`: where the time of one article goes. Runs each per-document stage over every
// *.txt below a folder (default: the BBC corpus of ../shared/bench), in one thread, three rounds (the
// first warms the JIT), and prints milliseconds per article for each stage of the last round.
import { readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { checkDates, findActors } from "../pipeline/actors.ts"
import type { Article } from "../pipeline/annotations.ts"
import { clean } from "../pipeline/clean.ts"
import { decode } from "../pipeline/decode.ts"
import { bodySentences } from "../pipeline/document.ts"
import { extractEvents, extractPositions } from "../pipeline/events.ts"
import { layout } from "../pipeline/layout.ts"
import { readMetadata } from "../pipeline/metadata.ts"
import { findTimexes } from "../pipeline/timex.ts"

const root = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "bench", "corpora", "bbc"))
const files = readdirSync(root, { recursive: true }).map(String).filter((p) => p.endsWith(".txt")).sort()
const texts = files.flatMap((f) => {
  const d = decode(readFileSync(join(root, f)))
  return d.ok ? [d.text] : []
})
const ms: Record<string, number> = {}
const time = <A>(stage: string, f: () => A): A => {
  const t = performance.now()
  const a = f()
  ms[stage] = (ms[stage] ?? 0) + performance.now() - t
  return a
}
for (let round = 0; round < 3; round++) {
  for (const k in ms) delete ms[k]
  texts.forEach((raw, i) => {
    const cleaned = time("clean", () => clean(raw))
    const page = time("layout", () => layout(cleaned.text))
    const meta = time("metadata", () => readMetadata(cleaned.text, page, {}))
    const sentences = time("sentences", () => bodySentences(cleaned.text, page.paragraphs, meta.datelineSpan))
    const article: Article = { docId: String(i), text: cleaned.text, headline: meta.headlineSpan, sentences, published: meta.published, dateline: meta.dateline }
    const timexes = time("timexes", () => findTimexes(article))
    const mentions = time("actors", () => findActors(article))
    time("actors", () => checkDates(article, mentions))
    time("events", () => extractEvents(article, timexes, mentions))
    time("positions", () => extractPositions(article, timexes, mentions))
  })
}
const total = Object.values(ms).reduce((a, b) => a + b, 0)
console.log(`${texts.length} articles from ${root}, one thread; milliseconds per article:`)
for (const [stage, t] of Object.entries(ms)) console.log(`  ${stage.padEnd(10)} ${(t / texts.length).toFixed(3)}`)
console.log(`  ${"all".padEnd(10)} ${(total / texts.length).toFixed(3)}`)
