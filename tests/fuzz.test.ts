/**
 * Property tests of the text stages (issue 8): arbitrary and adversarial text
 * must not make a stage throw, must give offsets inside the source text, and
 * must not take long: a regular expression that backtracks catastrophically
 * shows up as seconds on a 20k-character line.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Article } from "../pipeline/annotations.ts"
import { findActors } from "../pipeline/actors.ts"
import { clean } from "../pipeline/clean.ts"
import { decode } from "../pipeline/decode.ts"
import { processDocument } from "../pipeline/document.ts"
import { extractEvents, extractPositions } from "../pipeline/events.ts"
import { layout } from "../pipeline/layout.ts"
import { readManifest } from "../pipeline/manifest.ts"
import { splitSentences } from "../pipeline/sentences.ts"
import { findTimexes } from "../pipeline/timex.ts"

/** Generous: a linear stage takes milliseconds on 20k characters, a backtracking one seconds or more. */
const MAX_MS = 2000
const LINE = 20_000

const elapsed = <T>(f: () => T): { value: T; ms: number } => {
  const started = performance.now()
  const value = f()
  return { value, ms: performance.now() - started }
}

const codePointLength = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

// ------------------------------------------------------------ inputs

/** Pieces news text is made of, and pieces that break it: abbreviations, numbers, quotes, brackets, mojibake, controls. */
const TOKENS = [
  "Russia", "China", "the", "U.S.", "Mr.", "A.", "said", "will", "oppose", "missile defence", "President Vladimir Putin",
  "Russian Defense Minister, Anatoly Serdyukov,", "NATO", "the Kremlin", "according to", "both men", "signed",
  "June 15, 2011", "15.06.2011", "06/15/2011", "2011-06-15", "Wednesday", "last week", "10 years ago", "1990s", "12:30 GMT",
  "1", "1,", "1.5", "2011", "-", "\u2014", "...", "\u2026", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "'",
  "\u201c", "\u201d", "\u2019", "\u00e9", "e\u0301", "\u00c3\u00a9", "\u00e2\u20ac\u2122", "\u00c3", "\u00e2\u20ac", "\u{1F680}",
  "\u0000", "\u00a0", "\u200b", "\ufeff", "\ufffd", "\ud800", "\udc00", "\t", " ", "  ", "\n", "\n\n", "\r\n", "\r",
  "ASTANA, Kazakhstan \u2014", "By John Smith", "Subscribe to our newsletter", "PHOTO: AP", "\u4e2d\u56fd", "\u0420\u043e\u0441\u0441\u0438\u044f",
]

/** Text-like strings: tokens joined by spaces, or not. */
const newsy = fc.array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(" ", "", "\n")), { maxLength: 300 }).map((parts) => parts.map(([t, sep]) => t + sep).join(""))
/** Any UTF-16 string, lone surrogates included. */
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 })
const anyText = fc.oneof(newsy, fc.string({ unit: "binary", maxLength: 400 }), anyUnits, fc.string({ unit: "grapheme", maxLength: 400 }))

/**
 * Lines of about 20k characters that make backtracking regular expressions
 * explode: one piece repeated ("aaaa...!", "1,1,1,...", "A. A. A. ..."),
 * nested brackets, long runs of spaces, dots, dashes and digits.
 */
const HOSTILE_PIECES = [
  "a", "A", "1", "1,", "1.", "1-", "1 ", "1/", "1:", "A. ", "U.S. ", "Mr. ", ". ", ".", " ", "-", "\u2014", "'", "\"", "\u201c",
  "the ", "of the ", "and ", "said ", "Russia and ", "Russia, ", "Russian ", "President ", "Minister ", "Foreign ",
  "June ", "June 15, ", "15 ", "2011 ", "last ", "next ", "week ", "years ", "ago ", "Wednesday ", "in the ", "early ", "mid-",
  "\u00c3", "\u00e2\u20ac", "\u00c3\u00a9", "e\u0301", "\u0301", "\u00a0", "\u200b", "\t", "\n", "!\n", "Aa ", "AAAA ", "a-b ",
]
const TAILS = ["", "!", "?", ".", "x", "\u2014", "1", ")", "\n", " said."]
const nested = (open: string, close: string) => open.repeat(LINE / 2) + close.repeat(LINE / 2)
const HOSTILE_LINES: ReadonlyArray<[string, string]> = [
  ...HOSTILE_PIECES.flatMap((piece) => TAILS.slice(0, 3).map((tail): [string, string] => [`${JSON.stringify(piece)} x ${Math.ceil(LINE / piece.length)} + ${JSON.stringify(tail)}`, piece.repeat(Math.ceil(LINE / piece.length)) + tail])),
  ["nested ()", nested("(", ")")],
  ["nested []", nested("[", "]")],
  ["nested quotes", nested("\u201c", "\u201d")],
  ["digits and spaces", Array.from({ length: LINE / 4 }, (_, i) => String(i % 1000)).join(" ")],
]

/** The whole text as one sentence of an article dated 2011-06-15: every extraction stage reads all of it at once. */
const oneSentence = (text: string): Article => ({
  docId: "fuzz", text, headline: null, published: "2011-06-15", dateline: null,
  sentences: text.length > 0 ? [{ start: 0, end: text.length, paragraph: 0, position: 0 }] : [],
})

const document = (raw: string) =>
  processDocument({ docId: "fuzz", sourceFile: "fuzz.txt", sha256: "0".repeat(64), encoding: "utf-8", raw, manifest: { published: "2011-06-15" } })

/** Every row of an article that points into its source: its span lies inside the source text. */
const expectOffsetsInside = (raw: string, tables: ReturnType<typeof document>) => {
  const length = codePointLength(raw)
  for (const rows of [tables.sentences, tables.boilerplate, tables.timexes, tables.events, tables.positions]) {
    for (const row of rows as ReadonlyArray<{ raw_start: number; raw_end: number }>) {
      expect(Number.isInteger(row.raw_start) && 0 <= row.raw_start && row.raw_start <= row.raw_end && row.raw_end <= length, `${row.raw_start}-${row.raw_end} of ${length}`).toBe(true)
    }
  }
}

// ------------------------------------------------------------ properties

describe("fuzzing the text stages", () => {
  it("decode takes any bytes: text that is not blank, or a reason", () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), anyText.map((s) => new Uint8Array(Buffer.from(s, "utf16le")))), (bytes) => {
      const d = decode(bytes)
      if (d.ok) expect(d.text.trim()).not.toBe("")
      else expect(d.reason.length).toBeGreaterThan(0)
    }), { numRuns: 500 })
  })

  it("clean maps every unit of its text to a source span, in order, and is idempotent", () => {
    fc.assert(fc.property(anyText, (raw) => {
      const c = clean(raw)
      const { rawStart, rawEnd, rawLength } = c.map
      expect(rawLength).toBe(codePointLength(raw))
      expect(rawStart.length).toBe(c.text.length)
      for (let i = 0; i < c.text.length; i++) {
        expect(0 <= rawStart[i]! && rawStart[i]! < rawEnd[i]! && rawEnd[i]! <= rawLength).toBe(true)
        if (i > 0) expect(rawStart[i]!).toBeGreaterThanOrEqual(rawStart[i - 1]!)
      }
      expect(c.text).not.toMatch(/^\s|\s$|[ ]{2}|\n{3}|\r|\t/)
      expect(clean(c.text).text).toBe(c.text)
    }), { numRuns: 500 })
  })

  it("readManifest takes any text: entries for known files only, or reasons", () => {
    const FILES = ["a.txt", "sub/b.txt"]
    const cell = fc.oneof(fc.constantFrom("file", "doc_id", "published", "a.txt", "./sub/b.txt", "../a.txt", "/etc/passwd", "2011-06-15", "\"", ",", "\n", "\r\n", "\ufeff", "\u0000"), fc.string({ maxLength: 6 }))
    fc.assert(fc.property(fc.array(cell, { maxLength: 40 }).map((cells) => cells.join("")), (text) => {
      const m = readManifest(text, FILES)
      for (const file of m.entries.keys()) expect(FILES).toContain(file)
      for (const r of m.rejects) expect(r.reason.length).toBeGreaterThan(0)
    }), { numRuns: 3000 })
  })

  it("splitSentences gives ordered, trimmed, non-empty spans inside the text", () => {
    fc.assert(fc.property(anyText, (text) => {
      let last = 0
      for (const s of splitSentences(text)) {
        expect(last <= s.start && s.start < s.end && s.end <= text.length).toBe(true)
        expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim())
        last = s.end
      }
    }), { numRuns: 500 })
  })

  it("an article of any text goes through every stage, with offsets inside the source", () => {
    fc.assert(fc.property(anyText, (raw) => {
      const { value, ms } = elapsed(() => document(raw))
      expectOffsetsInside(raw, value)
      expect(ms).toBeLessThan(MAX_MS)
    }), { numRuns: 300 })
  })
})

/** Runs every stage on a line (extraction on the line as one sentence), timing each; the whole article last. */
const timeStages = (line: string): { ms: Record<string, number> } => {
  const ms: Record<string, number> = {}
  const time = <T>(name: string, f: () => T): T => {
    const { value, ms: took } = elapsed(f)
    ms[name] = took
    return value
  }
  const article = oneSentence(line)
  time("clean", () => clean(line))
  time("layout", () => layout(line))
  time("splitSentences", () => splitSentences(line))
  const timexes = time("findTimexes", () => findTimexes(article))
  const mentions = time("findActors", () => findActors(article))
  time("extractEvents", () => extractEvents(article, timexes, mentions))
  time("extractPositions", () => extractPositions(article, timexes, mentions))
  time("processDocument", () => document(line))
  return { ms }
}

/** The stages slower than the bound, timed twice when slow: a busy machine slows a run down, backtracking slows both. */
const slowStages = (line: string): string[] => {
  const slow = (ms: Record<string, number>) => Object.entries(ms).filter(([, took]) => took >= MAX_MS)
  const first = slow(timeStages(line).ms)
  if (first.length === 0) return []
  const again = timeStages(line).ms
  return first.filter(([stage]) => again[stage]! >= MAX_MS).map(([stage, took]) => `${stage} ${took.toFixed(0)} ms, then ${again[stage]!.toFixed(0)} ms`)
}

describe(`${LINE}-character hostile lines`, () => {
  it.each(HOSTILE_LINES)(`%s: every stage in under ${MAX_MS} ms, offsets inside`, (_, line) => {
    expect(slowStages(line)).toEqual([])
    expectOffsetsInside(line, document(line))
  })
})
