import { describe, expect, it } from "vitest"
import { processDocument, type SourceDocument } from "../pipeline/document.ts"
import { idsByOccurrence, normaliseForId, stableId } from "../pipeline/ids.ts"

const doc = (raw: string, docId = "a"): SourceDocument => ({
  docId, sourceFile: `${docId}.txt`, sha256: "0".repeat(64), encoding: "utf-8", raw, manifest: {},
})
const ids = (raw: string, docId = "a") => new Map(processDocument(doc(raw, docId)).sentences.map((s) => [s.text, s.sentence_id]))

const ARTICLE = [
  "Russia and China criticised the plan on Wednesday.",
  "The declaration was signed in Astana. Leaders met for two days.",
  "Officials said the talks would continue.",
].join("\n")

describe("stable ids", () => {
  it("keep a sentence's id when text before it is added or changed", () => {
    const before = ids(ARTICLE)
    const after = ids(`Breaking news from the summit.\n\n${ARTICLE.replace("Wednesday", "Thursday")}`)
    for (const text of ["The declaration was signed in Astana.", "Leaders met for two days.", "Officials said the talks would continue."]) {
      expect(after.get(text)).toBe(before.get(text))
    }
    expect(after.has("Russia and China criticised the plan on Wednesday.")).toBe(false)
  })

  it("change with the sentence's own text and with the document", () => {
    expect(ids(ARTICLE).get("Leaders met for two days.")).not.toBe(ids(ARTICLE, "b").get("Leaders met for two days."))
    expect(ids(ARTICLE.replace("two days", "three days")).get("Leaders met for three days.")).not.toBe(ids(ARTICLE).get("Leaders met for two days."))
  })

  it("ignore typographic variants but not wording", () => {
    expect(normaliseForId("\u201cNo,\u201d he said \u2014  twice")).toBe('"No," he said - twice')
    expect(stableId("x", normaliseForId("it\u2019s"))).toBe(stableId("x", normaliseForId("it's")))
  })

  it("number repeated sentences so every id is unique and the first keeps its plain id", () => {
    const got = idsByOccurrence(["a", "b", "a"], (s) => ["t", s])
    expect(new Set(got).size).toBe(3)
    expect(got[0]).toBe(stableId("t", "a"))
    expect(got[2]).toBe(stableId("t", "a", 2))
  })
})
