/**
 * Sentence splitting: a paragraph of clean text into sentence spans.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
 * brackets) followed by white space and a character that can start a
 * sentence, unless the period closes an abbreviation from
 * lexicons/abbreviations.txt or a single-letter initial ("J. Miller").
 */
import { readList } from "./lexicon.ts"
import { allMatches } from "./regex.ts"

const ABBREVIATIONS = new Set(readList("abbreviations.txt"))

/** A span of a string, end exclusive, in UTF-16 code units. */
export interface Span {
  readonly start: number
  readonly end: number
}

// A boundary starts a run of end marks, never inside one: retrying from every mark of a long run ("......") is quadratic.
const BOUNDARY = /(?<![.!?\u2026])[.!?\u2026]+["'\u201d\u2019)\]]*\s+/g
const STARTER = /["'\u201c\u2018(\[\d\p{Lu}]/u

/** The word just before position `at` (the end of its final period excluded). */
const wordBefore = (text: string, at: number): string => {
  let i = at
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--
  return text.slice(i, at).replace(/^["'\u201c\u2018(\[]+/, "").toLowerCase()
}

const isAbbreviation = (text: string, periodAt: number): boolean => {
  const word = wordBefore(text, periodAt)
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)
}

/** Splits a paragraph into trimmed sentence spans covering all its non-space text. */
export const splitSentences = (text: string): Span[] => {
  const spans: Span[] = []
  let start = 0
  for (const m of allMatches(BOUNDARY, text)) {
    const punct = m[0].replace(/\s+$/, "")
    const next = m.index + m[0].length
    if (next >= text.length || !STARTER.test(text[next]!)) continue
    if (punct === "." && isAbbreviation(text, m.index)) continue
    spans.push({ start, end: m.index + punct.length })
    start = next
  }
  if (start < text.length) spans.push({ start, end: text.length })
  return spans
    .map(({ start, end }) => {
      while (start < end && /\s/.test(text[start]!)) start++
      while (end > start && /\s/.test(text[end - 1]!)) end--
      return { start, end }
    })
    .filter((s) => s.end > s.start)
}
