import { describe, expect, it } from "vitest"
import { splitSentences } from "../pipeline/sentences.ts"

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe("splitSentences", () => {
  it("splits at sentence punctuation followed by a capital", () => {
    expect(split("Russia objected. China agreed! Did NATO? Yes.")).toEqual(["Russia objected.", "China agreed!", "Did NATO?", "Yes."])
  })

  it("keeps titles, initials and listed abbreviations inside the sentence", () => {
    expect(split("Lt. Gen. Viktor Poznikhir spoke. Mr. J. Miller of the U.S. Army replied.")).toEqual([
      "Lt. Gen. Viktor Poznikhir spoke.",
      "Mr. J. Miller of the U.S. Army replied.",
    ])
  })

  it("does not split before a lower-case word or inside numbers", () => {
    expect(split("U.S. officials say the shield costs $3.5 billion. It was approved.")).toEqual([
      "U.S. officials say the shield costs $3.5 billion.",
      "It was approved.",
    ])
  })

  it("ends a sentence after closing quotes and keeps quotes with their sentence", () => {
    expect(split('"It would not work," he said. "It is not going to happen." Then he left.')).toEqual([
      '"It would not work," he said.',
      '"It is not going to happen."',
      "Then he left.",
    ])
  })

  it("returns trimmed spans and nothing for blank text", () => {
    expect(split("  One.   Two.  ")).toEqual(["One.", "Two."])
    expect(splitSentences("   ")).toEqual([])
  })
})
