/**
 * Layout over real corpora: the three Timeline17 topics of ../shared/bench.
 * No article may lose its first body paragraph, and the sites' recurring
 * furniture must go. Skipped (with a message) where the corpora are absent.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parseCsv, removeDir, runPipeline, sharedDir, tempDir } from "./helpers.ts"

const shared = sharedDir()
const TOPICS = ["SyrianCrisis_bbc", "LibyaWar_reuters", "bpoil_bbc"]
const FUNCTION_WORDS = new Set(["the", "a", "an", "of", "to", "in", "and", "is", "was", "that", "for", "on", "by", "with", "has", "have", "had", "said", "it", "at", "as", "from", "be", "are", "were"])

/**
 * The first body paragraph of a raw article, defined independently of the
 * layout rules: the first line of at least 15 words that ends a sentence,
 * reads as prose (a tenth of its words are function words: header residue may run into the lede), is not shared
 * by three or more articles of the topic, and is not a caption (a photo "pictured", a wire "File photo of ...",
 * a BBC video clip "The BBC's Jim Muir: ...").
 */
const CAPTION = /\bpictured\b|^[Ff]ile [Pp]hoto\b|^.{0,80}\bThe BBC 's [A-Z][\w-]+ [A-Z][\w-]+ :/
const firstParagraph = (lines: ReadonlyArray<string>, shared: ReadonlyMap<string, number>): string | null => {
  for (const line of lines) {
    const words = line.toLowerCase().match(/\w+/g) ?? []
    if (line.split(/\s+/).length < 15 || !/[.!?"'`]\s*$/.test(line) || (shared.get(line) ?? 0) >= 3 || CAPTION.test(line)) continue
    if (words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length < 0.1) continue
    return line
  }
  return null
}

describe.skipIf(shared === null)("Timeline17 development corpora", () => {
  const out = tempDir()
  afterAll(() => removeDir(out))

  for (const topic of TOPICS) {
    it(`${topic}: no article loses its first body paragraph, and site furniture is removed`, async () => {
      const raw = join(shared!, "bench/corpora/t17-dev", topic, "raw")
      await runPipeline({ raw, out: join(out, topic) })
      const docs = parseCsv(readFileSync(join(out, topic, "documents.csv")), { columns: true }) as Array<Record<string, string>>
      expect(docs.length).toBeGreaterThan(250)
      const lines = new Map(docs.map((d) => [d.source_file!, readFileSync(join(raw, d.source_file!), "utf8").split("\n").map((l) => l.trim())]))
      const counts = new Map<string, number>()
      for (const ls of lines.values()) for (const l of new Set(ls)) counts.set(l, (counts.get(l) ?? 0) + 1)

      const lost = docs.filter((d) => {
        const first = firstParagraph(lines.get(d.source_file!)!, counts)
        return first !== null && !d.text!.includes(first.slice(0, 60))
      })
      expect(lost.map((d) => d.source_file)).toEqual([])
      for (const d of docs) {
        expect(d.text).not.toContain("The BBC is not responsible for the content of external Internet sites")
        expect(d.text).not.toContain("This discussion is now closed")
      }
    }, 120_000)
  }
})

if (shared === null) console.warn("tests/corpora.test.ts skipped: no ../shared/bench (set DATELINE_SHARED to the shared folder)")
