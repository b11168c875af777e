/**
 * Cleaning: decoded text to clean text, with an offset map back to the source.
 *
 *   1. characters: CRLF, CR and the Unicode line and paragraph separators
 *      -> LF; tab and Unicode spaces -> space; zero-width characters, soft hyphens, stray BOMs and control
 *      characters removed; mojibake (UTF-8 read as Windows-1252, "â€™",
 *      "Ã©", also read so twice) repaired by re-encoding the run and
 *      decoding it as UTF-8, where the repair is beyond doubt;
 *      markup a scraper left in decoded or dropped: HTML character references
 *      ("&nbsp;", "&#8217;", "&amp;amp;" too) and HTML tags and comments
 *      ("<div class=...>", "</p>", "<!-- ad -->"; a tag that breaks a block
 *      becomes a line end, any other a space). A feed's own elements
 *      ("<title>", "<pubDate>") are no HTML and stay, for layout to read.
 *      Markdown as the text it shows (links as their words; on a Markdown
 *      page no heading, list or emphasis marks); a subtitle file's cue
 *      numbers and timings dropped, a sentence's lines joined across cues;
 *   2. Unicode NFC, one base character and its combining marks at a time;
 *   3. layout: runs of spaces collapsed, lines trimmed, runs of blank lines
 *      collapsed to one, leading and trailing blank lines removed.
 *
 * Each step keeps, for every piece of text it emits, the source span in code
 * points it came from, so later stages can report raw_start/raw_end.
 */
import { cp1252Byte, decodeCp1252 } from "./cp1252.ts"
import type { OffsetMap } from "./offsets.ts"

export interface Cleaned {
  readonly text: string
  readonly map: OffsetMap
  /** How many mojibake runs were repaired. */
  readonly repairs: number
}

/** Pieces of text (one or more code points each) with their source spans. */
interface Pieces {
  text: string[]
  start: number[]
  end: number[]
}

const pieces = (): Pieces => ({ text: [], start: [], end: [] })
const push = (p: Pieces, text: string, start: number, end: number) => {
  p.text.push(text)
  p.start.push(start)
  p.end.push(end)
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** A UTF-8 sequence misread as Windows-1252: where it starts in the pieces, how many it takes, the character it stands for. */
interface Mojibake {
  readonly at: number
  readonly length: number
  readonly ch: string
}

/** If pieces[i..] spell a UTF-8 sequence misread as Windows-1252, that sequence. */
const mojibakeAt = (text: ReadonlyArray<string>, i: number): Mojibake | null => {
  const lead = text[i]!.codePointAt(0)!
  const follow = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0
  if (follow === 0 || i + follow >= text.length) return null
  const bytes = new Uint8Array(follow + 1)
  bytes[0] = lead
  for (let k = 1; k <= follow; k++) {
    const piece = text[i + k]!
    const b = piece.length === 1 ? cp1252Byte(piece) : null
    if (b === null || b < 0x80 || b > 0xbf) return null
    bytes[k] = b
  }
  try {
    return { at: i, length: follow + 1, ch: utf8.decode(bytes) }
  } catch {
    return null
  }
}

/** Two mojibake sequences this close (a space or a letter apart) belong to one misread stretch of text. */
const NEAR = 2

/**
 * Whether a sequence is mojibake beyond doubt. Three and four bytes
 * ("\u00e2\u20ac\u2122", "\u00e4\u00b8\u0160") never occur by chance,
 * nor do two that give Latin-1 or Latin Extended-A ("\u00c3\u00a9",
 * "\u00c5\u201a"). Two that give anything else can be an upper-case letter
 * and a punctuation mark of real text ("CAF\u00c9\u2019S", "ESPA\u00d1\u2014"):
 * they are repaired only next to another sequence (a misread Cyrillic word).
 */
const unambiguous = (found: ReadonlyArray<Mojibake>, k: number): boolean => {
  const m = found[k]!
  if (m.length > 2 || m.ch.codePointAt(0)! <= 0x17f) return true
  const before = found[k - 1]
  const after = found[k + 1]
  return (before !== undefined && m.at - (before.at + before.length) <= NEAR) || (after !== undefined && after.at - (m.at + m.length) <= NEAR)
}

/** One round of mojibake repair: every unambiguous sequence becomes one piece, spanning its source. */
const repairRound = (p: Pieces): { out: Pieces; repairs: number } => {
  const found: Mojibake[] = []
  for (let i = 0; i < p.text.length; i++) {
    const ch = p.text[i]!
    const m = ch >= "\u00c2" && ch <= "\u00f4" ? mojibakeAt(p.text, i) : null
    if (m) {
      found.push(m)
      i += m.length - 1
    }
  }
  const fixes = found.filter((_, k) => unambiguous(found, k))
  if (fixes.length === 0) return { out: p, repairs: 0 }
  const out = pieces()
  let i = 0
  for (const m of fixes) {
    for (; i < m.at; i++) push(out, p.text[i]!, p.start[i]!, p.end[i]!)
    push(out, m.ch, p.start[m.at]!, p.end[m.at + m.length - 1]!)
    i = m.at + m.length
  }
  for (; i < p.text.length; i++) push(out, p.text[i]!, p.start[i]!, p.end[i]!)
  return { out, repairs: fixes.length }
}

/** Text misread twice ("\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2" for "\u2019") takes a round per misreading. */
const MAX_ROUNDS = 3

// ---------------------------------------------------------------- markup

/** The named character references news pages use; others are left as they are. */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", shy: "\u00ad",
  zwnj: "\u200c", zwj: "\u200d", ndash: "\u2013", mdash: "\u2014", lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a", ldquo: "\u201c",
  rdquo: "\u201d", bdquo: "\u201e", laquo: "\u00ab", raquo: "\u00bb", lsaquo: "\u2039", rsaquo: "\u203a", hellip: "\u2026", middot: "\u00b7",
  bull: "\u2022", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", deg: "\u00b0", euro: "\u20ac", pound: "\u00a3", yen: "\u00a5",
  cent: "\u00a2", sect: "\u00a7", para: "\u00b6", times: "\u00d7", divide: "\u00f7", plusmn: "\u00b1", frac12: "\u00bd", frac14: "\u00bc",
  frac34: "\u00be", iexcl: "\u00a1", iquest: "\u00bf", ordm: "\u00ba", ordf: "\u00aa", prime: "\u2032", Prime: "\u2033", dagger: "\u2020",
  aacute: "\u00e1", Aacute: "\u00c1", agrave: "\u00e0", Agrave: "\u00c0", acirc: "\u00e2", atilde: "\u00e3", auml: "\u00e4", Auml: "\u00c4",
  aring: "\u00e5", aelig: "\u00e6", ccedil: "\u00e7", Ccedil: "\u00c7", eacute: "\u00e9", Eacute: "\u00c9", egrave: "\u00e8", Egrave: "\u00c8",
  ecirc: "\u00ea", euml: "\u00eb", iacute: "\u00ed", Iacute: "\u00cd", igrave: "\u00ec", icirc: "\u00ee", iuml: "\u00ef", ntilde: "\u00f1",
  Ntilde: "\u00d1", oacute: "\u00f3", Oacute: "\u00d3", ograve: "\u00f2", ocirc: "\u00f4", otilde: "\u00f5", ouml: "\u00f6", Ouml: "\u00d6",
  oslash: "\u00f8", Oslash: "\u00d8", szlig: "\u00df", uacute: "\u00fa", Uacute: "\u00da", ugrave: "\u00f9", ucirc: "\u00fb", uuml: "\u00fc",
  Uuml: "\u00dc", yacute: "\u00fd", yuml: "\u00ff", scaron: "\u0161", Scaron: "\u0160", zcaron: "\u017e", Zcaron: "\u017d", oelig: "\u0153",
}

/** HTML's elements (not a feed's: "title", "link", "source", "image" are RSS's too); those that break a block become a line end. */
const BLOCK = "address|article|aside|blockquote|body|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul"
const INLINE = "a|abbr|audio|b|button|center|cite|code|em|font|i|iframe|img|input|ins|label|meta|noscript|picture|q|s|script|small|span|strong|style|sub|sup|svg|u|video"
const MARKUP = new RegExp(`&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});|<\\/?(${BLOCK}|${INLINE})(?=[\\s/>])[^<>]{0,400}>|<!--[^]{0,2000}?-->`, "gi")
/** What may open markup: the test that spares text with none the pieces. */
const MARKUP_START = /&(?:#\d|#[xX][0-9a-fA-F]|[a-zA-Z][a-zA-Z0-9]{1,31};)|<(?:\/?[a-zA-Z]|!--)/
const BLOCK_TAG = new RegExp(`^(?:${BLOCK})$`, "i")

/**
 * What a reference, tag or comment stands for in the text; null for a reference to nothing known (left as it is).
 * (a tag that breaks a block between words of one line breaks the line, "said.<br />Next"; at either end of a line it is nothing)
 */
const markupText = (m: RegExpExecArray, text: string): string | null => {
  const s = m[0]
  if (s[0] === "<") {
    const end = m.index + s.length
    const lineEnd = text.indexOf("\n", end)
    const words = (stretch: string) => /\S/.test(stretch.replace(/<[^<>\n]*>/g, ""))
    const between = m[1] && BLOCK_TAG.test(m[1]) && words(text.slice(text.lastIndexOf("\n", m.index - 1) + 1, m.index)) && words(text.slice(end, lineEnd < 0 ? text.length : lineEnd))
    return between ? "\n" : " "
  }
  if (s[1] !== "#") return NAMED[s.slice(1, -1)] ?? null
  const n = s[2] === "x" || s[2] === "X" ? parseInt(s.slice(3, -1), 16) : parseInt(s.slice(2, -1), 10)
  // (a number in 128-159 is a Windows-1252 character, as browsers read it: "&#150;" is a dash)
  if (n >= 0x80 && n <= 0x9f) return decodeCp1252(Uint8Array.of(n))
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : null
}

/**
 * What replaces a match of a rewrite: a text of its own, each character spanning the whole source of the match
 * ("&#8217;" is "’"), or the stretches of the match that stay as they were (the words of a link).
 */
type Replacement = { readonly text: string } | { readonly keep: ReadonlyArray<readonly [number, number]> }

/**
 * The pieces with each match of `re` (over their joined text, which a caller that has it passes) replaced as `replace`
 * says; a match it answers null for stays. The same pieces, not a copy, when nothing was replaced: a round of rewrites
 * that changes nothing says so.
 */
const rewrite = (p: Pieces, re: RegExp, replace: (m: RegExpExecArray, joined: string) => Replacement | null, joined = p.text.join("")): Pieces => {
  // (where each piece starts in the joined text)
  const at = new Int32Array(p.text.length + 1)
  for (let i = 0; i < p.text.length; i++) at[i + 1] = at[i]! + p.text[i]!.length
  let out: Pieces | null = null
  let i = 0
  const copyUntil = (to: Pieces, end: number, keep: boolean) => {
    for (; i < p.text.length && at[i]! < end; i++) if (keep) push(to, p.text[i]!, p.start[i]!, p.end[i]!)
  }
  for (const m of joined.matchAll(re)) {
    const r = replace(m, joined)
    if (r === null) continue
    out ??= pieces()
    copyUntil(out, m.index, true)
    const first = i
    if ("text" in r) {
      copyUntil(out, m.index + m[0].length, false)
      for (const ch of r.text) push(out, ch, p.start[first]!, p.end[i - 1]!)
      continue
    }
    for (const [from, to] of r.keep) {
      copyUntil(out, from, false)
      copyUntil(out, to, true)
    }
    copyUntil(out, m.index + m[0].length, false)
  }
  if (out === null) return p
  copyUntil(out, Infinity, true)
  return out
}

/** One round of markup: each reference, tag or comment becomes what it stands for, spanning its source. */
const markupRound = (p: Pieces): Pieces => {
  const joined = p.text.join("")
  if (!MARKUP_START.test(joined)) return p
  return rewrite(p, MARKUP, (m) => {
    const text = markupText(m, joined)
    return text === null ? null : { text }
  }, joined)
}

/** Rounds of markup, Markdown and subtitles until nothing changes ("&amp;#8217;" takes two), at most MAX_ROUNDS. */
const markupAll = (p: Pieces): Pieces => {
  let out = p
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = subtitles(markdownRound(markupRound(out)))
    if (next === out) break
    out = next
  }
  return out
}

// ---------------------------------------------------------------- Markdown

/** A link or a picture ("[Daniel Haverford](https://...)", "![A Patriot launcher](https://...)") and a wiki link ("[[Lin Xiaomei]]", "[[page|shown]]"). */
const MD_LINK = /!?\[([^\[\]\n]{0,300})\]\((?:https?:|mailto:|\/|#|www\.)[^()\s]{0,600}(?:\s+"[^"\n]{0,200}")?\)|\[\[(?:[^\[\]\n|]{1,200}\|)?([^\[\]\n|]{1,200})\]\]/dg
/** A Markdown page: front matter opening it ("---", "title: ..."), or two links or more. */
const FRONT_MATTER = /^---\n[\w-]+:/
const MARKDOWN_START = /\]\((?:https?:|mailto:|\/|#|www\.)|\[\[|^---\n[\w-]+:/
/** On a Markdown page: a heading's hashes, a quotation's ">", a list's bullet, and strong or emphasised words' stars. */
const MD_LINE = /^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))/dgm
const MD_STRONG = /\*\*(?=\S)([^\n]*?\S)\*\*|__(?=\S)([^\n]*?\S)__/dg
const MD_EMPHASIS = /(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/dg

/** Each match of `re` replaced by the pieces of its capture groups (the words a link shows), the rest of it dropped. */
const keepGroups = (p: Pieces, re: RegExp): Pieces => rewrite(p, re, (m) => ({ keep: m.indices!.slice(1).filter((g) => g !== undefined) }))

/** Markdown as the text it shows: links as their words, and on a Markdown page no heading, quotation or list marks, no stars. */
const markdownRound = (p: Pieces): Pieces => {
  const joined = p.text.join("")
  if (!MARKDOWN_START.test(joined)) return p
  let links = 0
  let out = rewrite(p, MD_LINK, (m) => {
    links++
    return { keep: m.indices!.slice(1).filter((g) => g !== undefined) }
  }, joined)
  if (FRONT_MATTER.test(joined) || links >= 2) for (const re of [MD_LINE, MD_STRONG, MD_EMPHASIS]) out = keepGroups(out, re)
  return out
}

// ---------------------------------------------------------------- subtitles

/** A subtitle file's cue number and timing lines (SRT, WebVTT): "7", "00:00:27,400 --> 00:00:33,900"; and WebVTT's head. */
const CUE_TIMING = /^(?:\d{1,5}\n)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*(?:\n|$)|^WEBVTT\b[^\n]*(?:\n|$)/dgm
/** How many timings make a subtitle file. */
const SUBTITLE_CUES = 3

/**
 * A line end of a subtitle file's text that runs on (subtitles break a sentence wherever the screen is full): not
 * after a sentence's end or a sound ("[MUSIC]"), not before a new speaker (">> ANCHOR:", "- ", "MARIA:") or a sound.
 */
const RUN_ON = /(?<![.!?…]["”’)\]]*|^[\[(♪][^\n]*|\n)\n+(?![\n\[(\u266a]|>>|[-–—]\s|[\p{Lu}][\p{Lu}\p{N} .,'()-]*:)/gmu

/**
 * A subtitle file as its spoken text: cue numbers and timings dropped with their line ends, and a sentence that runs
 * over cues joined into one line, so a turn reads as its sentences, one line ending where a sentence or a turn ends.
 */
const subtitles = (p: Pieces): Pieces => {
  const joined = p.text.join("")
  if (!joined.includes("-->")) return p
  let cues = 0
  const out = rewrite(p, CUE_TIMING, () => (cues++, { keep: [] }), joined)
  return cues >= SUBTITLE_CUES ? rewrite(out, RUN_ON, () => ({ text: " " })) : p
}

/** What ends a line besides LF: CR, and the Unicode line and paragraph separators. */
const LINE_BREAK = /^[\r\u2028\u2029]$/
const SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/
const DROP = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/

/**
 * Steps 1 and 2: line ends; mojibake; spaces, invisible and control characters; NFC. What
 * dropping and NFC leave may hold a misread sequence again (a control character inside one,
 * "\u00e2\u0000\u20ac\u2122"; a decomposed "e\u0301" before "\u2019\u2026"), and a repair may give a
 * space or a mark: the steps are taken again until nothing is left to repair, so cleaning
 * clean text changes nothing.
 */
const characters = (raw: string): { out: Pieces; repairs: number; rawLength: number } => {
  const cps = Array.from(raw)
  const units = pieces()
  for (let i = 0; i < cps.length; i++) {
    const crlf = cps[i] === "\r" && cps[i + 1] === "\n"
    push(units, LINE_BREAK.test(cps[i]!) ? "\n" : cps[i]!, i, crlf ? i + 2 : i + 1)
    if (crlf) i++
  }
  const first = repairAll(markupAll(units))
  let repairs = first.repairs
  let out = compose(spacesAndDrops(first.out))
  for (let pass = 1; pass < MAX_ROUNDS; pass++) {
    const again = repairAll(out)
    if (again.repairs === 0) break
    repairs += again.repairs
    out = compose(spacesAndDrops(again.out))
  }
  return { out, repairs, rawLength: cps.length }
}

/** Unicode spaces as " "; invisible and control characters dropped. */
const spacesAndDrops = (p: Pieces): Pieces => {
  const out = pieces()
  p.text.forEach((ch, k) => {
    if (SPACE.test(ch)) push(out, " ", p.start[k]!, p.end[k]!)
    else if (!DROP.test(ch)) push(out, ch, p.start[k]!, p.end[k]!)
  })
  return out
}

/** Repair rounds until none repairs anything (at most MAX_ROUNDS). */
const repairAll = (p: Pieces): { out: Pieces; repairs: number } => {
  let out = p
  let repairs = 0
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const repaired = repairRound(out)
    if (repaired.repairs === 0) break
    out = repaired.out
    repairs += repaired.repairs
  }
  return { out, repairs }
}

/** Step 2: NFC per base character and its combining marks, so spans stay exact. */
const compose = (p: Pieces): Pieces => {
  const joined = p.text.join("")
  if (joined.normalize("NFC") === joined) return p
  const out = pieces()
  let i = 0
  while (i < p.text.length) {
    let j = i + 1
    while (j < p.text.length && /^\p{M}/u.test(p.text[j]!)) j++
    const segment = p.text.slice(i, j).join("")
    const nfc = segment.normalize("NFC")
    if (j - i === 1 && nfc === segment) push(out, segment, p.start[i]!, p.end[i]!)
    else for (const ch of nfc) push(out, ch, p.start[i]!, p.end[j - 1]!)
    i = j
  }
  return out
}

/** What a piece is to step 3. */
const TEXT = 0, SPACE_PIECE = 1, LINE_END = 2

/**
 * Step 3 over any sequence of pieces (what `kind` says each is): runs of
 * spaces inside a line collapsed to one, lines trimmed, runs of blank lines
 * collapsed to one, no blank lines at either end. Says what stays, in order:
 * `keep(i)` a piece as it is (a line end included), `space(first, last)` one
 * space standing for the run of space pieces first..last.
 */
const collapseWhitespace = (count: number, kind: (i: number) => number, keep: (i: number) => void, space: (first: number, last: number) => void): void => {
  let pendingSpace = -1 // the first space of a run inside a line
  let lineEnd = -1 // the line end of the last line with text, kept once more text follows
  let blank = -1 // the line end that starts a run of blank lines after it
  let lineHasText = false
  for (let i = 0; i < count; i++) {
    const k = kind(i)
    if (k === SPACE_PIECE) {
      if (lineHasText && pendingSpace < 0) pendingSpace = i
      continue
    }
    if (k === LINE_END) {
      pendingSpace = -1
      if (lineHasText) {
        lineEnd = i
        lineHasText = false
      } else if (lineEnd >= 0 && blank < 0) blank = i
      continue
    }
    if (!lineHasText) {
      if (lineEnd >= 0) keep(lineEnd)
      if (blank >= 0) keep(blank)
      lineEnd = blank = -1
    }
    if (pendingSpace >= 0) space(pendingSpace, i - 1)
    pendingSpace = -1
    keep(i)
    lineHasText = true
  }
}

/** Step 3 over pieces of text. */
const layoutWhitespace = (p: Pieces): Pieces => {
  const out = pieces()
  collapseWhitespace(
    p.text.length,
    (i) => (p.text[i] === " " ? SPACE_PIECE : p.text[i] === "\n" ? LINE_END : TEXT),
    (i) => push(out, p.text[i]!, p.start[i]!, p.end[i]!),
    (first, last) => push(out, " ", p.start[first]!, p.end[last]!),
  )
  return out
}

/**
 * The common case in one pass over code units, with typed arrays rather than a string per
 * character: no character that could start a misread UTF-8 sequence, nothing for NFC to
 * compose. The same result as the three steps; null when the text needs them.
 */
const fastClean = (raw: string): Cleaned | null => {
  if (MOJIBAKE_START.test(raw) || MARKUP_START.test(raw) || MARKDOWN_START.test(raw) || raw.includes("-->")) return null
  // Step 1, each output code unit with the code point span it came from.
  const n = raw.length
  const units = new Uint16Array(n)
  const from = new Int32Array(n)
  const to = new Int32Array(n)
  let k = 0
  let cp = 0
  for (let i = 0; i < n; ) {
    const c = raw.charCodeAt(i)
    if (c === 0x0d || c === 0x2028 || c === 0x2029) {
      const width = c === 0x0d && raw.charCodeAt(i + 1) === 0x0a ? 2 : 1
      units[k] = 0x0a, from[k] = cp, to[k++] = cp + width
      cp += width, i += width
      continue
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && raw.charCodeAt(i + 1) >= 0xdc00 && raw.charCodeAt(i + 1) <= 0xdfff) {
      units[k] = c, from[k] = cp, to[k++] = cp + 1
      units[k] = raw.charCodeAt(i + 1), from[k] = cp, to[k++] = cp + 1
      cp += 1, i += 2
      continue
    }
    if (SPACE_UNIT[c]) units[k] = 0x20, from[k] = cp, to[k++] = cp + 1
    else if (!DROP_UNIT[c]) units[k] = c, from[k] = cp, to[k++] = cp + 1
    cp += 1, i += 1
  }
  const stepOne = fromUnits(units, k)
  if (stepOne.normalize("NFC") !== stepOne) return null
  // Step 3 over the code units.
  const text = new Uint16Array(k)
  const rawStart = new Int32Array(k)
  const rawEnd = new Int32Array(k)
  let m = 0
  const emit = (unit: number, start: number, end: number) => {
    text[m] = unit, rawStart[m] = start, rawEnd[m++] = end
  }
  collapseWhitespace(
    k,
    (i) => (units[i] === 0x20 ? SPACE_PIECE : units[i] === 0x0a ? LINE_END : TEXT),
    (i) => emit(units[i]!, from[i]!, to[i]!),
    (first, last) => emit(0x20, from[first]!, to[last]!),
  )
  return { text: fromUnits(text, m), map: { rawStart: rawStart.slice(0, m), rawEnd: rawEnd.slice(0, m), rawLength: cp }, repairs: 0 }
}

/** A string from code units (lone surrogates kept, as they were). */
const fromUnits = (units: Uint16Array, length: number): string => {
  let out = ""
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[])
  return out
}

/** Per BMP code unit: a space (step 1 makes it " "), a character step 1 drops. */
const unitTable = (re: RegExp): Uint8Array => {
  const t = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) t[c] = re.test(String.fromCharCode(c)) ? 1 : 0
  return t
}
const SPACE_UNIT = unitTable(SPACE)
const DROP_UNIT = unitTable(DROP)

/** A character that may start a UTF-8 sequence misread as Windows-1252, followed (past characters step 1 drops) by one that may continue it. */
const CONTINUATIONS = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c))
  .filter((ch, c) => (c < 0xd800 || c > 0xdfff) && ((b) => b !== null && b >= 0x80 && b <= 0xbf)(cp1252Byte(ch)))
const MOJIBAKE_START = new RegExp(`[\u00c2-\u00f4]${DROP.source}*[${CONTINUATIONS.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`)

export const clean = (raw: string): Cleaned => fastClean(raw) ?? cleanByPieces(raw)

/** The three steps, piece by piece: what `clean` does in every case (exported for the test that the fast path agrees). */
export const cleanByPieces = (raw: string): Cleaned => {
  const { out, repairs, rawLength } = characters(raw)
  const final = layoutWhitespace(out)
  const text = final.text.join("")
  const rawStart = new Int32Array(text.length)
  const rawEnd = new Int32Array(text.length)
  let u = 0
  final.text.forEach((piece, k) => {
    for (let c = 0; c < piece.length; c++, u++) {
      rawStart[u] = final.start[k]!
      rawEnd[u] = final.end[k]!
    }
  })
  return { text, map: { rawStart, rawEnd, rawLength }, repairs }
}
