import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { phraseFinder as finder } from "../pipeline/phrases.ts"

const phraseFinder = (phrases: string[]) => {
  const find = finder(phrases)
  return (text: string) => find(text).map((m) => ({ index: m.index, text: m[0] }))
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
/** The alternation the finder stands in for. */
const asRegex = (phrases: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu")
const viaRegex = (phrases: string[], text: string) => [...text.matchAll(asRegex(phrases))].map((m) => ({ index: m.index, text: m[0] }))

describe("phraseFinder", () => {
  const phrases = ["United States", "united states of america", "U.S.", "US", "Russia", "Russian Federation", "the Kremlin", "Kim Jong-il", "Kim", "al-Assad", "Côte d'Ivoire"]
  const find = phraseFinder(phrases)

  it("finds whole words, case-insensitively, the longest phrase at each place", () => {
    const text = "The United States of America and the US; USA is not US. Russians, RUSSIA and the Russian Federation. kim jong-il met Kim. Al-Assad's Côte d'Ivoire."
    expect(find(text).map((m) => m.text)).toEqual(["United States of America", "US", "US", "RUSSIA", "Russian Federation", "kim jong-il", "Kim", "Al-Assad", "Côte d'Ivoire"])
    expect(find(text)).toEqual(viaRegex(phrases, text))
  })

  it("agrees with the regular expression it replaces on real articles", () => {
    const raw = join(import.meta.dirname, "..", "raw")
    const countries = readFileSync(join(import.meta.dirname, "..", "gazetteer", "countries.csv"), "utf8")
      .split("\n").slice(1).flatMap((line) => line.split(",").slice(1, 3)).map((s) => s.trim()).filter((s) => /^[\p{L}\p{N}]/u.test(s))
    for (const f of readdirSync(raw).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(join(raw, f), "utf8")
      const all = [...countries, ...phrases]
      expect(phraseFinder(all)(text), f).toEqual(viaRegex(all, text))
    }
  })

  it("keeps indexes right when lower-casing changes a length", () => {
    const text = "İstanbul talks: Russia and the US."
    expect(find(text)).toEqual(viaRegex(phrases, text))
  })

  it("refuses a phrase that cannot start a word", () => {
    expect(() => phraseFinder(["(keeling)"])).toThrow(/does not start/)
  })
})
