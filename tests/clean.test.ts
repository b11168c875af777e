import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { clean, cleanByPieces } from "../pipeline/clean.ts"
import { decodeCp1252 } from "../pipeline/cp1252.ts"
import { sliceCodePoints, toRaw } from "../pipeline/offsets.ts"

/** Every span of the clean text must come from a source span that cleans to the same text. */
const checkSpans = (raw: string, spans: Array<[number, number]>) => {
  const c = clean(raw)
  for (const [s, e] of spans) {
    const [rs, re] = toRaw(c.map, s, e)
    expect(clean(sliceCodePoints(raw, rs, re)).text, `span ${s}-${e} ${JSON.stringify(c.text.slice(s, e))}`).toBe(clean(c.text.slice(s, e)).text)
  }
}

const wordsAndLines = (text: string): Array<[number, number]> => [
  ...[...text.matchAll(/\S+/gu)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  ...[...text.matchAll(/[^\n]+/g)].map((m): [number, number] => [m.index, m.index + m[0].length]),
]

const MESSY = [
  "\ufeff  Russia\u2019s  \u00e2\u20ac\u0153shield\u00e2\u20ac\u009d  plan\u00a0\u00a0is\tvague.  \r\n",
  "\r\n\r\n\r\n",
  "Caf\u00c3\u00a9 talks: cafe\u0301 re\u0301sume\u0301 \u{1F680} rocket\u0000s  \r",
  "soft\u00adhyphen zero\u200bwidth\u2003em-space\n\n\n  last line  \n",
].join("")

describe("clean", () => {
  it("normalises line ends, spaces, blank lines and invisible characters", () => {
    expect(clean("  a  b \r\n\r\n\r\nc\rd\t e\n\n").text).toBe("a b\n\nc\nd e")
    expect(clean("soft\u00adhyphen zero\u200bwidth\u2003em\u00a0nbsp\u0007bell").text).toBe("softhyphen zerowidth em nbspbell")
  })

  it("repairs UTF-8 mojibake runs and counts them", () => {
    const c = clean("Russia\u00e2\u20ac\u2122s \u00e2\u20ac\u0153no\u00e2\u20ac\u009d, caf\u00c3\u00a9, \u00c2\u00a3100")
    expect(c.text).toBe("Russia\u2019s \u201cno\u201d, caf\u00e9, \u00a3100")
    expect(c.repairs).toBe(5)
  })

  it("repairs text misread twice, each sequence spanning all its source characters", () => {
    const once = "don\u00e2\u20ac\u2122t"
    const twice = "don\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t"
    expect(clean(once).text).toBe("don\u2019t")
    const c = clean(twice)
    expect(c.text).toBe("don\u2019t")
    expect(toRaw(c.map, 3, 4)).toEqual([3, 3 + 8])
  })

  it("leaves legitimate accented text alone", () => {
    expect(clean("\u00c0 propos, \u00c9mile \u00e9tait l\u00e0. \u00c2ge \u00f4t\u00e9.").text).toBe("\u00c0 propos, \u00c9mile \u00e9tait l\u00e0. \u00c2ge \u00f4t\u00e9.")
    // an upper-case letter before a quote or a dash reads as a two-byte sequence, but only by chance
    const caps = "CAF\u00c9\u2019S MENU, ESPA\u00d1\u2014 and VOIL\u00c9\u2026"
    expect(clean(caps)).toMatchObject({ text: caps, repairs: 0 })
  })

  it("repairs two-byte sequences beyond Latin only where they come in a run (a misread word)", () => {
    const russian = "\u043f\u0440\u0438\u0432\u0435\u0442 \u0432 \u041c\u043e\u0441\u043a\u0432\u0435"
    const misread = decodeCp1252(new Uint8Array(Buffer.from(russian, "utf8")))
    expect(clean(`Quote: ${misread}.`)).toMatchObject({ text: `Quote: ${russian}.`, repairs: Array.from(russian.replace(/ /g, "")).length })
  })

  it("composes to NFC", () => {
    expect(clean("cafe\u0301 A\u030a").text).toBe("caf\u00e9 \u00c5")
  })

  it("maps every word and line back to the source span it came from", () => {
    const c = clean(MESSY)
    expect(c.text).toBe("Russia\u2019s \u201cshield\u201d plan is vague.\n\nCaf\u00e9 talks: caf\u00e9 r\u00e9sum\u00e9 \u{1F680} rockets\nsofthyphen zerowidth em-space\n\nlast line")
    checkSpans(MESSY, wordsAndLines(c.text))
    // exact spans: the repaired quote covers its three source characters, the emoji its one code point
    const q = c.text.indexOf("\u201c")
    expect(toRaw(c.map, q, q + 1)).toEqual([Array.from(MESSY).indexOf("\u00e2"), Array.from(MESSY).indexOf("\u00e2") + 3])
    const r = c.text.indexOf("\u{1F680}")
    const [rs, re] = toRaw(c.map, r, r + 2)
    expect(sliceCodePoints(MESSY, rs, re)).toBe("\u{1F680}")
  })

  it("maps random spans of a real scraped article", () => {
    const raw = readFileSync(join(import.meta.dirname, "../raw/004_09ade5e7dfcab0e4.txt"), "utf8")
    const c = clean(raw)
    let seed = 7
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
    const spans: Array<[number, number]> = []
    for (let k = 0; k < 300; k++) {
      let s = rand(c.text.length)
      let e = Math.min(c.text.length, s + 1 + rand(80))
      // do not cut an astral character in two
      if (/[\udc00-\udfff]/.test(c.text[s] ?? "")) s--
      if (/[\ud800-\udbff]/.test(c.text[e - 1] ?? "")) e++
      spans.push([s, e])
    }
    checkSpans(raw, [...spans, ...wordsAndLines(c.text)])
  })

  it("is idempotent and handles empty input", () => {
    const once = clean(MESSY).text
    expect(clean(once).text).toBe(once)
    expect(clean("").text).toBe("")
    expect(clean(" \n \n").text).toBe("")
  })

  it("cleans a 1 MB single line (no catastrophic backtracking)", () => {
    const line = "word \u00e2\u20ac\u201d ".repeat(100_000)
    const c = clean(line)
    expect(c.text.length).toBeGreaterThan(500_000)
    expect(c.repairs).toBe(100_000)
  })
})

describe("clean, twice", () => {
  it("ends lines at the Unicode line and paragraph separators, as at CR", () => {
    expect(clean("one\u2028two\u2029\u2029three\u2028").text).toBe("one\ntwo\n\nthree")
    expect(clean("\u2028").text).toBe("")
  })

  it("repairs a misread sequence that dropping or NFC completed, so a second cleaning changes nothing", () => {
    // A control character inside a sequence, a decomposed letter that NFC makes its first byte, a character NFC makes a later one.
    for (const raw of ["it\u00e2\u0000\u20ac\u2122s", "caf\u00c3\u200b\u00a9 \u00e2\u0000\u00a9\u2014", "e\u0301\u2019\u2026", "\u00e9\u0387\u2019\u2026"]) {
      const once = clean(raw).text
      expect(clean(once).text).toBe(once)
    }
    expect(clean("it\u00e2\u0000\u20ac\u2122s").text).toBe("it\u2019s")
  })
})

describe("clean's one-pass path", () => {
  // The text of most articles is cleaned in one pass over code units; the piece-by-piece steps are the reference.
  const same = (raw: string) => {
    const a = clean(raw)
    const b = cleanByPieces(raw)
    expect(a.text).toBe(b.text)
    expect([...a.map.rawStart]).toEqual([...b.map.rawStart])
    expect([...a.map.rawEnd]).toEqual([...b.map.rawEnd])
    expect([a.map.rawLength, a.repairs]).toEqual([b.map.rawLength, b.repairs])
  }
  const PARTS = ["Russia", " ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "\n\n\n", "\u00a0", "\u2003", "\u200b", "\u00ad", "\u0000", "\u0085", "\ufeff",
    "e", "\u0301", "\u00e9", "\u00c3", "\u00a9", "\u00e2\u20ac\u2122", "\u{1F680}", "\ud800", "\udc00", "caf\u00e9", "\u00c9\u2019S", ".", "\u0416"]
  it("gives what the three steps give, offsets included", () => {
    for (const raw of [MESSY, "", "   ", "\n\n", "plain text\nand a line\n\n\nlast", "e\u200b\u0301 joined by a drop", "\ud83d alone \udca5"]) same(raw)
    fc.assert(fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 60 }).map((p) => p.join("")), same), { numRuns: 3000 })
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), same), { numRuns: 1000 })
  })
})

describe("clean: markup a scraper left in (hold20)", () => {
  it("decodes HTML character references and drops HTML tags and comments, each piece spanning its source", () => {
    const raw = "Home&nbsp;|&nbsp;World\n<div class=\"breadcrumb\">Technology &raquo; Telecoms</div>\nFriday&#8217;s list of &#8220;unreliable&#8221; firms &amp; people &#150; <!-- ad-slot: mpu_1 -->more\n</p><p>The ministry said.<br />Next"
    const c = clean(raw)
    expect(c.text).toBe("Home | World\nTechnology » Telecoms\nFriday’s list of “unreliable” firms & people – more\nThe ministry said.\nNext")
    checkSpans(raw, wordsAndLines(c.text))
    // (a reference encoded twice is decoded twice, and cleaning clean text changes nothing)
    expect(clean("a &amp;amp; b &amp;#8217;").text).toBe("a & b ’")
    expect(clean(c.text).text).toBe(c.text)
  })

  it("leaves a feed's own elements, unknown references and angle brackets of prose as they are", () => {
    const raw = "<title>Council votes</title>\n<pubDate>Wed, 11 Apr 2001 21:48:22 GMT</pubDate>\n&unknown; 5 < 6 > 4, I <3 it"
    expect(clean(raw).text).toBe(raw)
  })

  it("shows a Markdown page as its text: links as their words, pictures as their descriptions, no heading, list or emphasis marks", () => {
    const raw = ["---", "title: \"Council votes\"", "author:", "- \"[[Daniel Fortier]]\"", "---", "# Council votes to expand the bus network",
      "*The mayor says the **northern** routes come first*", "By [Daniel Fortier](https://example.com/staff/df) | April 12, 2001",
      "![A bus at the depot](https://img.example.com/bus.jpg)", "> The council voted on Tuesday.", "Snake_case names and 5 * 3 stay."].join("\n")
    const c = clean(raw)
    expect(c.text.split("\n").slice(3)).toEqual(["\"Daniel Fortier\"", "---", "Council votes to expand the bus network", "The mayor says the northern routes come first",
      "By Daniel Fortier | April 12, 2001", "A bus at the depot", "The council voted on Tuesday.", "Snake_case names and 5 * 3 stay."])
    checkSpans(raw, [...c.text.matchAll(/\b(?:Council|northern|Fortier|depot|Tuesday)\b/gu)].map((m): [number, number] => [m.index, m.index + m[0].length]))
    // (brackets of plain text are no links, and a page with no links or front matter keeps its stars)
    expect(clean("He said [sic] (twice) that *this* matters.").text).toBe("He said [sic] (twice) that *this* matters.")
  })
})

describe("clean: a subtitle file (hold21)", () => {
  it("drops the cue numbers and timings of an SRT file with their line ends, and joins a sentence's lines across cues; not an arrow in prose", () => {
    const raw = ["1", "00:00:00,000 --> 00:00:03,400", "[MUSIC]", "2", "00:00:03,500 --> 00:00:08,900", ">> ANCHOR: Tonight, eleven warships off the coast,",
      "and the destroyers sent to keep watch.", "3", "00:00:09,000 --> 00:00:14,600", "The patrol was first reported", "", "4", "00:00:14,700 --> 00:00:16,000",
      "late last week.", "5", "00:00:16,100 --> 00:00:18,000", "Eleven ships sailed", "6", "00:00:18,100 --> 00:00:19,000", ">> MARIA: Officials say",
      "7", "00:00:19,100 --> 00:00:20,000", "- the ships left.", "8", "00:00:20,100 --> 00:00:21,000", "MARIA DELGADO: Back to you."].join("\n")
    const c = clean(raw)
    // (a line ends where a sentence, a sound or a turn ends: not where the screen was full)
    expect(c.text).toBe("[MUSIC]\n>> ANCHOR: Tonight, eleven warships off the coast, and the destroyers sent to keep watch.\nThe patrol was first reported late last week.\n" +
      "Eleven ships sailed\n>> MARIA: Officials say\n- the ships left.\nMARIA DELGADO: Back to you.")
    // (each word from its own characters; a joined line from the first cue's words to the last's)
    checkSpans(raw, [...c.text.matchAll(/\S+/gu)].map((m): [number, number] => [m.index, m.index + m[0].length]))
    const joined = c.text.indexOf(">> ANCHOR")
    const [rs, re] = toRaw(c.map, joined, c.text.indexOf("\n", joined))
    expect(sliceCodePoints(raw, rs, re)).toBe(">> ANCHOR: Tonight, eleven warships off the coast,\nand the destroyers sent to keep watch.")
    expect(clean("Prices rose --> fell --> rose again.").text).toBe("Prices rose --> fell --> rose again.")
  })
})
