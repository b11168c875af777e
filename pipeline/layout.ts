/**
 * Layout: labels every line of a cleaned article as body, sub-heading or one
 * kind of boilerplate, and says which rule decided.
 *
 * Plain text is all we have, so the cues are the ones that survive without
 * HTML, combined rather than one pattern per site:
 *
 *  1. each line gets features: words, stopword density (prose is full of
 *     function words, menus are not), end punctuation, phrase cues from
 *     lexicons/boilerplate.tsv, and whether the line is corpus furniture
 *     (seen in many articles of the run);
 *  2. the main run of prose is the stretch of lines with the best score
 *     (prose lines earn their words, menus, cues and furniture cost);
 *  3. inside the run, short lines become sub-headings (before a paragraph)
 *     or captions (beside a photo credit), cue lines take their cue's kind,
 *     and a tail of lines that share almost no vocabulary with the article
 *     or break off mid-sentence are teasers;
 *  4. above the run: the title line, the byline and the date lines; below it:
 *     bios, sign-offs, appeals and navigation.
 */
import type { BOILERPLATE_KINDS } from "../schemas/codes.ts"
import { readdirSync, readFileSync } from "node:fs"
import { dirname } from "node:path"
import { lexiconPath, lexiconRegExp, readList } from "./lexicon.ts"
import type { Span } from "./sentences.ts"
import { isEntryStamp } from "./annotations.ts"
import { BYLINE_LEAD, copyrightHolder, ELEMENT_LINE, FEED_ITEM, FIELD_LABEL, FOLIO, headerDate, JOURNALIST_ROLE, readByline, readDateline, readTitle } from "./metadata.ts"
import { allMatches } from "./regex.ts"

export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number]

export interface LabelledSpan extends Span {
  readonly kind: BoilerplateKind
  readonly rule: string
}

export interface Paragraph extends Span {
  /** A sub-heading: kept in the text as its own paragraph, never read as sentences. */
  readonly heading: boolean
}

export interface Layout {
  /** Body paragraphs and sub-headings, in order, as spans of the clean text. */
  readonly paragraphs: ReadonlyArray<Paragraph>
  /** Everything that is not body text, in order. */
  readonly boilerplate: ReadonlyArray<LabelledSpan>
}

export interface LayoutOptions {
  /** True for a normalised line (see `furnitureKey`) seen in many articles of the corpus. */
  readonly isFurniture?: (key: string) => boolean
}

// ---------------------------------------------------------------- lines and features

/** The spans of the non-empty lines of a text. */
export const lines = (text: string): Span[] => {
  const spans: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf("\n", start)
    if (end === -1) end = text.length
    if (text.slice(start, end).trim() !== "") spans.push({ start, end })
    start = end + 1
  }
  return spans
}

/** The key under which a line is counted across a corpus: lower case, letters and digits only. */
export const furnitureKey = (line: string): string =>
  line.toLowerCase().normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, " ").trim()

interface Cue {
  readonly kind: BoilerplateKind
  readonly rule: string
  readonly re: RegExp
  /** The most words a line the cue marks may have (the row's fourth column), if the row says. */
  readonly maxWords: number | null
}

const CUES: ReadonlyArray<Cue> = readFileSync(lexiconPath("boilerplate.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"))
  .map((l) => {
    const [kind, rule, pattern, maxWords] = l.split("\t")
    if (!kind || !rule || !pattern || (maxWords !== undefined && !/^\d+$/.test(maxWords))) throw new Error(`lexicons/boilerplate.tsv: malformed row ${JSON.stringify(l)}`)
    return { kind: kind as BoilerplateKind, rule, re: lexiconRegExp(pattern), maxWords: maxWords === undefined ? null : Number(maxWords) }
  })

/** Function-word lists, one file per language: lexicons/stopwords-LANG.txt. */
const STOPWORD_LISTS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = readdirSync(dirname(lexiconPath("stopwords-en.txt")))
  .filter((f) => /^stopwords-[a-z]+\.txt$/.test(f))
  .sort()
  .map((f) => [f.slice(10, -4), new Set(readList(f))] as const)
const ENGLISH = STOPWORD_LISTS.find(([lang]) => lang === "en")![1]

/** Scripts written without spaces: each character counts as a word, kana and common particles as function words. */
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}"
const WORD = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}])(?:(?![${CJK}])[\\p{L}\\p{N}'\u2019.-])*`, "gu")
const CJK_CHAR = new RegExp(`^[${CJK}]$`, "u")
const CJK_FUNCTION = /^(\p{Script=Hiragana}|[的了是在和有这不也就与及对之而])$/u
const SENTENCE_END = /[.!?\u2026:;\u3002\uff01\uff1f]["'\u201d\u2019)\]\u300d]*$|\.\.\.$/u

/** For each function word, the languages' lists it is in. */
const LISTS_OF_WORD = new Map<string, Array<ReadonlySet<string>>>()
for (const [, list] of STOPWORD_LISTS) for (const w of list) LISTS_OF_WORD.set(w, [...(LISTS_OF_WORD.get(w) ?? []), list])

/** The stopword list of the language whose function words the text uses most (English on a tie). */
const stopwordsFor = (text: string): ReadonlySet<string> => {
  const counts = new Map<ReadonlySet<string>, number>()
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    for (const list of LISTS_OF_WORD.get(w) ?? []) counts.set(list, (counts.get(list) ?? 0) + 1)
  }
  let best = ENGLISH
  for (const [, list] of STOPWORD_LISTS) if ((counts.get(list) ?? 0) > (counts.get(best) ?? 0)) best = list
  return best
}

interface Line extends Span {
  readonly text: string
  readonly words: ReadonlyArray<string>
  /** Share of the words that are function words. */
  readonly stopDensity: number
  readonly endsSentence: boolean
  readonly cue: Cue | null
  /** Set when the line recurs: the rule that says how ("repeated-across-corpus", "repeated-in-page"). */
  readonly furniture: string | null
  /** Long, function-word-rich text: the stuff articles are made of. */
  readonly prose: boolean
}

/**
 * A credit in an agency's style, its name in capitals and the photographer's after a slash: "NORTHSTAR/Pavel Rebrov"
 * (case matters here, which the phrase cues of boilerplate.tsv ignore: "World/Europe" is a breadcrumb).
 */
const AGENCY_SLASH = /^[A-Z][A-Z&.-]{2,20}\s*\/\s*[A-Z][a-z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){1,3}$/u
const AGENCY_SLASH_CUE: Cue = { kind: "photo_credit", rule: "credit.agency-slash", re: AGENCY_SLASH, maxWords: null }

/** Emoji and pictographs at the start of a line, with their joiners and variation selectors. */
const LEADING_ICONS = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]\s*)+/u

const featuresOf = (text: string, span: Span, stopwords: ReadonlySet<string>, options: LayoutOptions): Line => {
  const t = text.slice(span.start, span.end).trim()
  const words = t.match(WORD) ?? []
  const stops = words.filter((w) => stopwords.has(w.toLowerCase()) || CJK_FUNCTION.test(w)).length
  const stopDensity = words.length ? stops / words.length : 0
  const endsSentence = SENTENCE_END.test(t)
  // (a cue holds after the icons a page prints before its labels too: "💬 Comments 208", "⬇️ Load older posts")
  const bare = t.replace(LEADING_ICONS, "")
  const cue = CUES.find((c) => c.re.test(t) || (bare !== t && c.re.test(bare))) ?? (AGENCY_SLASH.test(t) ? AGENCY_SLASH_CUE : null)
  const furniture = options.isFurniture?.(furnitureKey(t)) ? "repeated-across-corpus" : null
  // Prose is full of function words; a long line (a header run into the lede) may carry fewer.
  // In scripts without spaces every character counts as a word, so only a finished sentence is prose.
  const spaceless = words.filter((w) => CJK_CHAR.test(w)).length * 2 > words.length
  const prose = words.length >= 8 && (stopDensity >= 0.2 || (words.length >= 25 && stopDensity >= 0.1)) && (endsSentence || (words.length >= 25 && !spaceless))
  const lead = span.start + text.slice(span.start, span.end).search(/\S/)
  return { start: lead, end: lead + t.length, text: t, words, stopDensity, endsSentence, cue, furniture, prose }
}

/**
 * A cue decides a line's kind when the line is short, or when the cue is one
 * no article sentence carries (a credit, a sign-off, "Remind me later").
 * A long prose sentence that merely mentions a newsletter stays body.
 */
const cueHolds = (line: Line): boolean => {
  if (!line.cue) return false
  if (line.words.length <= 12) return true
  // A row that says how long a line it marks may run holds up to that: a caption of one picture ("Pekka Haavisto, left,
  // hands the documents to ..."), not one run into the story's first paragraph; a priced subscription pitch; a broadcast's tease.
  if (line.cue.maxWords !== null) return line.words.length <= line.cue.maxWords
  // "About the author: Jane Doe is a senior fellow at ...": a labelled bio, however long.
  if (line.cue.rule === "bio.label" || line.cue.rule === "bio.views") return true
  // "GRAPHIC: Photo: Levan Dzhaparidze, AFP; A woman weeps ...": a labelled credit and its caption, however long.
  if (line.cue.rule === "credit.label") return true
  // A long line is an appeal only when it speaks to the reader ("your support", "you're defending"),
  // not when a news sentence mentions a donation.
  if (line.cue.rule === "appeal.favour") return true
  // (or when the outlet says what it lives on: "Ploughshare Review is independent and reader-funded")
  if (line.cue.kind === "donation_appeal") return /\b(you|your|you're)\b|\breader-funded\b|\bfunded by (?:our )?readers\b/i.test(line.text)
  // A sign-off is no sentence of the story: "Staff writer Priya Raman contributed reporting from Myrtle Beach, S.C."
  if (line.cue.kind === "signoff") return true
  // "Subscribe to TASS newsletters and get the main news of the day by email": a prompt that says what to do.
  // ("Newsletter: get the Security Brief in your inbox every Thursday. Sign up": one that names itself, or ends in the button)
  if (line.cue.kind === "newsletter_prompt") return /^(?:subscribe|sign up|get|join|register|newsletters?\s*:)|\bsign up(?: now| here)?\W*$/i.test(line.text)
  // "Related: Biden in Kyiv – what the surprise visit means for ...": a labelled link to another story.
  if (line.cue.rule === "teaser.label") return /^[^:]{2,24}:\s/.test(line.text) && line.words.length <= 30
  if (line.cue.rule === "nav.topics") return true
  return ["caption", "other"].includes(line.cue.kind) && !["other.ad", "other.legal"].includes(line.cue.rule)
}

/**
 * A paragraph printed three times on one page is a gallery caption or a
 * widget, and the second copy of a paragraph printed twice is a summary or a
 * meta description: both count as furniture, the first of two stays.
 */
const repeatedInPage = (ls: Line[]): Line[] => {
  const seen = new Map<string, number>()
  for (const l of ls) if (l.words.length >= 8) seen.set(l.text, (seen.get(l.text) ?? 0) + 1)
  const passed = new Map<string, number>()
  return ls.map((l) => {
    const n = seen.get(l.text) ?? 0
    if (n < 2) return l
    const k = (passed.get(l.text) ?? 0) + 1
    passed.set(l.text, k)
    return n >= 3 || k > 1 ? { ...l, furniture: l.furniture ?? "repeated-in-page" } : l
  })
}

// ---------------------------------------------------------------- the main run

/**
 * How much a line adds to (or takes from) the main run it would belong to:
 * a paragraph earns its words beyond the first few, so a column of one-line
 * teaser cards between short titles earns little, and every short line,
 * cue and repeated line costs.
 */
const runScore = (line: Line): number => {
  if (line.furniture) return -8
  if (cueHolds(line)) return -6
  if (line.prose) return Math.min(line.words.length, 80) - 8
  if (line.words.length >= 5 && line.endsSentence && line.stopDensity >= 0.15) return 1
  return -4
}

/** Lines the story does not run across: share bars, comments, "Related", the copyright footer. */
const barrier = (line: Line): "hard" | "soft" | null => {
  if (!line.cue || !cueHolds(line)) return null
  if (["end.comments", "end.about", "end.source-dated", "end.other-news", "other.rights", "other.legal", "other.citation"].includes(line.cue.rule)) return "hard"
  if (line.cue.rule.startsWith("end.") || line.cue.kind === "unrelated_teaser" || line.cue.kind === "newsletter_prompt") return "soft"
  return null
}

interface Block {
  readonly from: number
  readonly to: number
  readonly score: number
}

/** Stretches of lines whose running score stays positive, each cut at its best end and at barriers. */
/** Whether a line stands right over a live page's entry time stamp ("Monday, July 22" over "9:40 p.m."). */
const overEntry = (ls: ReadonlyArray<Line>, i: number): boolean => isEntryStamp(ls[i + 1]?.text ?? "")

/** A bare "m:ss" or "h:mm:ss" on a line of its own. */
const OFFSET = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/

/**
 * The lines that mark a player's position in a transcript: bare "m:ss" stamps, the first "0:00" to "0:59", rising
 * to the last, three or more of them (a live page's clock times, "9:40", "10:05", start later in the day).
 */
const mediaOffsets = (ls: ReadonlyArray<Line>): ReadonlySet<number> => {
  const marks = ls.flatMap((l, i) => {
    const m = OFFSET.exec(l.text)
    return m ? [{ i, seconds: m[3] === undefined ? +m[1]! * 60 + +m[2]! : +m[1]! * 3600 + +m[2]! * 60 + +m[3]! }] : []
  })
  const rising = marks.every((m, k) => k === 0 || m.seconds > marks[k - 1]!.seconds)
  return marks.length >= 3 && marks[0]!.seconds < 60 && rising ? new Set(marks.map((m) => m.i)) : new Set()
}

/** A day's date and nothing else: "22 July 2020", "Monday, July 22", "July 22, 2020", "2020-07-22". */
const BARE_DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$|^\d{4}-\d\d-\d\d$/i

/**
 * The days a log of posts is headed by, as a channel's archive or a live page prints them ("22 July 2020", its
 * posts, "23 July 2020", its posts): two or more lines that are a day's date and nothing else, each with prose
 * below it before the next. They head the posts of one story; they neither start another story nor date the page.
 */
const dayHeadings = (ls: ReadonlyArray<Line>): ReadonlySet<number> => {
  const days = ls.flatMap((l, i) => (BARE_DAY.test(l.text) && isDateLine(l) ? [i] : []))
  const heading = days.filter((d, k) => ls.slice(d + 1, days[k + 1] ?? ls.length).some((l) => l.prose || l.words.length >= 12))
  return new Set(heading.length >= 2 ? heading : [])
}

/**
 * A rubric over a title: a short line in capitals ("ITALY", "ARMS CONTROL & NONPROLIFERATION", "DENMARK / GREENLAND")
 * right above a title-shaped line, as a digest of several short items prints each of them.
 */
const rubricOver = (ls: ReadonlyArray<Line>, i: number): boolean => {
  const line = ls[i]!
  const next = ls[i + 1]
  // (and the item's own story below its title: a teaser card, "BLACK DEATH FEARS" over a title and a byline, is no item)
  return next !== undefined && capsLabel(line) && !next.prose && !next.endsSentence && next.words.length >= 4 && next.words.length <= 25 && (ls[i + 2]?.prose ?? false)
}

/** Three items or more between bars, none of more than two words: a menu. */
const menuLine = (text: string): boolean => {
  const items = text.split(/\s+\|\s+/)
  return items.length >= 3 && items.every((item) => item.trim().split(/\s+/).length <= 2)
}

/** A few words in capitals, no sentence: "ITALY", "THE WORLD TONIGHT". */
const capsLabel = (line: Line): boolean =>
  line.words.length >= 1 && line.words.length <= 6 && !/\p{Ll}/u.test(line.text) && /\p{Lu}{2}/u.test(line.text) && !line.endsSentence

const blocksOf = (ls: ReadonlyArray<Line>): Block[] => {
  const out: Block[] = []
  let from = -1, sum = 0, best = 0, bestTo = -1
  const close = () => {
    if (from >= 0 && best > 0) out.push({ from, to: bestTo, score: best })
    from = -1, sum = 0, best = 0, bestTo = -1
  }
  ls.forEach((line, i) => {
    // (a digest's next item, a rubric in capitals over its title, ends the one before: "ITALY", then "Conte resigns ...")
    if (barrier(line) || isHeaderLine(line) || rubricOver(ls, i)) return close()
    const score = runScore(line)
    if (from < 0) {
      if (score <= 0) return
      from = i
    }
    sum += score
    if (sum > best) [best, bestTo] = [sum, i]
    if (sum <= 0) close()
  })
  close()
  return out
}

/** A print story's jump: "Please see RUSSIA, A12", "Continued on Page A6", and where it goes on: "Continued from A1", "CHINA | Continued from Page A1". */
const JUMP_OUT = /^\(?(?:please\s+)?(?:see|continued\s+on|cont(?:['\u2019]d|\.)\s+on|turn\s+to)\s+(?:[\p{Lu}][\p{Lu}\s&'\u2019-]*,?\s+)?(?:page\s+)?[A-Z]?\d{1,3}\)?\.?$/iu
const JUMP_IN = /^(?:[\p{Lu}][\p{Lu}\s&'\u2019-]*\s*[|:\u2014-]\s*)?\(?(?:continued|cont(?:['\u2019]d|\.))\s+from\s+(?:page\s+)?[A-Z]?\d{1,3}\)?\.?$/iu

/** The jumps of a print story: each line that sends the reader on, with the line where the story goes on. */
const jumpsOf = (ls: ReadonlyArray<Line>): Array<readonly [number, number]> =>
  ls.flatMap((l, o) => {
    if (!JUMP_OUT.test(l.text)) return []
    const i = ls.findIndex((m, k) => k > o && JUMP_IN.test(m.text))
    return i > o ? [[o, i] as const] : []
  })

/** A block worth joining to the story across a gap: at least one real paragraph. */
const JOIN_SCORE = 12
/** The most lines (an inline "Related" box, a photo and its caption) a story runs across. */
const JOIN_GAP = 8
/** A longer interruption, a labelled box ("Most read in world news"), is crossed only to reach several more paragraphs. */
const LONG_GAP = 20
const LONG_GAP_SCORE = 60

/**
 * The main run: the best block, then the neighbouring blocks a short gap away
 * (an inline teaser box or a picture interrupts a story, it does not end it),
 * never across a comments section or a copyright footer. Blocks after the
 * comments of a page with a story above them are the readers', not the story.
 */
const mainRun = (ls: ReadonlyArray<Line>, days: ReadonlySet<number>, jumps: ReadonlyArray<readonly [number, number]>): { from: number; to: number } | null => {
  const blocks = blocksOf(ls)
  const firstGood = blocks.find((b) => b.score >= 20)
  const comments = firstGood ? ls.findIndex((l, i) => i > firstGood.to && l.cue?.rule === "end.comments" && cueHolds(l)) : -1
  // A byline or a date line starts another item (a teaser card), not more of the story.
  // (but a live page's day over its next entry's time stamp goes on with the story: "Monday, July 22", then "9:40 p.m.";
  // and so does the next day of a log of posts: "22 July 2020", posts, "23 July 2020")
  const startsItem = (i: number) => isHeaderLine(ls[i]!) && !overEntry(ls, i) && !days.has(i)
  // (and a digest's next item starts another story, unless it sits in a labelled box of links: "Most read", then cards)
  const hardBetween = (x: number, y: number) => ls.slice(x, y).some((l, k) => barrier(l) === "hard" || startsItem(x + k)) ||
    (ls.slice(x, y).some((_, k) => rubricOver(ls, x + k)) && !ls.slice(x, y).some((l) => l.cue?.kind === "unrelated_teaser"))
  // Join paragraphs-worth blocks a short gap apart into groups; small blocks in a gap are part of it.
  const groups: Block[] = []
  for (const b of blocks) {
    if (comments >= 0 && b.from > comments) break
    const last = groups.at(-1)
    if (b.score < JOIN_SCORE) {
      if (!last && groups.length === 0 && blocks.every((x) => x.score < JOIN_SCORE)) groups.push(b)
      continue
    }
    const gap = last ? b.from - last.to - 1 : Infinity
    const box = () => ls.slice(last!.to + 1, b.from).some((l) => l.cue?.kind === "unrelated_teaser" && cueHolds(l))
    // (a print story sent on to another page goes on below its "Continued from" line, past that page's head)
    const jumped = () => jumps.some(([o, i]) => o > last!.to - 2 && o < b.from && i < b.from && b.from - i <= 2)
    if (last && (((gap <= JOIN_GAP || (gap <= LONG_GAP && b.score >= LONG_GAP_SCORE && box())) && !hardBetween(last.to + 1, b.from)) || jumped())) groups[groups.length - 1] = { from: last.from, to: b.to, score: last.score + b.score }
    else groups.push(b)
  }
  // The story starts just below its byline or date line: the group there gets a head start.
  const header = ls.findIndex(isHeaderLine)
  const bonus = (g: Block) => (header >= 0 && g.from > header && g.from <= header + 4 ? HEADER_BONUS : 0)
  let best: Block | null = null
  for (const g of groups) if (!best || g.score + bonus(g) > best.score + bonus(best)) best = g
  if (!best) return null
  // A standfirst above the byline is header, not story: start below the last byline or date line near the top.
  let from = best.from
  // (not a day of a live page or a log, nor the head of the page a print story jumps to)
  for (let i = best.from; i <= Math.min(best.to, best.from + 12); i++) if (startsItem(i) && !jumps.some(([o]) => o < i)) from = i + 1
  if (from > best.to) from = best.from
  // A story that opens with its dateline starts there: a picture's caption above it is no lede
  // ("The remains of the balloon drift toward the water ...", a credit, then "WASHINGTON — China lodged ...").
  for (let i = from + 1; i <= Math.min(best.to, from + 3); i++) {
    if ((readDateline(ls[i]!.text)?.length ?? 0) > 0 && !ls.slice(from, i).some((l) => sentenceLike(l) && l.words.length > 30)) {
      from = i
      break
    }
  }
  // Short sentences at either edge ("What do you think of BP's action?") belong to the story:
  // a lost first paragraph loses the lede.
  let to = best.to
  while (from > 0 && plainSentence(ls[from - 1]!)) from--
  // So do closing sentences thick with names and figures ("Compaq shares fell $1.625 to $108.625.")
  // when they speak of the story: its recurring names, or mostly its words.
  const run = ls.slice(from, to + 1)
  let story: { vocabulary: Set<string>; names: Set<string> } | null = null // gathered only when a closing line needs it
  const ofStory = (l: Line) => {
    if (!sentenceLike(l)) return false
    const { vocabulary, names } = (story ??= { vocabulary: vocabularyOf(run), names: recurringNames(run) })
    return overlapWith(l, vocabulary) >= 0.5 || l.words.some((w) => names.has(w.replace(/['\u2019]s$/, ""))) || reportsInPast(l)
  }
  while (to < ls.length - 1 && (plainSentence(ls[to + 1]!) || ofStory(ls[to + 1]!)) && !truncated(ls[to + 1]!)) to++
  return { from, to }
}

/** A finished sentence of some length that is no cue, header or furniture. */
const sentenceLike = (line: Line): boolean =>
  line.words.length >= 5 && line.endsSentence && !line.furniture && !line.cue && !isHeaderLine(line) && !line.text.endsWith(":")

/**
 * Of a sentence-like line: thick with names, it reports in the past what someone did or said ("Nato
 * Secretary General Lord Robertson welcomed the move."); a caption describes a picture in the present.
 */
const reportsInPast = (line: Line): boolean =>
  line.stopDensity >= 0.1 && line.words.slice(1).some((w) => /^(?:said|told|was|were|had|did|\p{Ll}{3,}ed)$/u.test(w))

/** A sentence that is no cue, header or furniture: story text too short to earn a place on its own. */
const plainSentence = (line: Line): boolean =>
  sentenceLike(line) && (line.stopDensity >= 0.2 || (line.words.length >= 15 && line.stopDensity >= 0.1))

const HEADER_BONUS = 40
const isHeaderLine = (line: Line): boolean => isByline(line) || /^by$/i.test(line.text) || isDateLine(line)

/** "By Name | date": short, and not a sentence ("By mid-May, the toll had reached 1,000."). */
const isByline = (line: Line): boolean =>
  BYLINE.test(line.text) && line.words.filter((w) => !/^\d+$/.test(w) && !DATE_WORD.test(w)).length <= 14 && !/[.!?]$/.test(line.text)

/** An item's date: RSS "pubDate", Dublin Core "dc:date", Atom "published" and "updated". */
const FEED_DATE = /^(?:pubDate|dc:date|dcterms:(?:created|issued|modified)|published|updated)$/
/** An item's author: "dc:creator", "author". */
const FEED_AUTHOR = /^(?:dc:creator|author|dcterms:creator)$/

/** A date with at most a time and a source after it ("November 20, 2019 / 1:07 AM / CBS News"), not "August 21 - Rebels enter Tripoli." */
const isDateLine = (line: Line): boolean => {
  // (a print page's folio before the date: "14 THE NORTHERN ARGUS Saturday 13 January 2007")
  const folio = FOLIO.exec(line.text)?.[0].length ?? 0
  const text = line.text.slice(folio)
  const m = DATE_LINE.exec(text) ?? LABELLED_DATE.exec(text) ?? STAMPED_DATE.exec(text)
  // (numbers and date words do not count: "12 May 2016, 18:41 UPDATED: 12 May 2016, 19:05")
  const wordy = (ws: ReadonlyArray<string>) => ws.filter((w) => !/^\d+$/.test(w) && !DATE_WORD.test(w))
  if (!m || wordy(line.words).length > 12) return false
  // (an editor's or a source's name after the date is the header's too: "|Editor: huaxia")
  const rest = wordy(text.slice(m.index + m[0].length).replace(/\b(?:editor|source|author)\s*:\s*\S+/gi, "").match(WORD) ?? [])
  return rest.length <= 6 && !rest.some((w) => /^\p{Ll}{4,}$/u.test(w) && !/^(updated|published|posted|edited|last|hours?|minutes?|days?|weeks?)$/.test(w))
}
const DATE_WORD = /^(?:updated|published|posted|last|first|source|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|am|pm|gmt|utc|[a-z]{2,4}t)$/i
/** A date after its label anywhere in a short line: "Source:Global Times Published: 2017/7/4 23:18:40", "Archive updated 27.07.2020 11:02", "48,213 views · Published on Oct 4, 2016", "8 min read · Apr 17, 2021"; or a time stamp: "Source: Xinhua| 2020-08-10 20:58:36|Editor: huaxia". */
const LABELLED_DATE = /\b(?:published(?:\s+on)?|updated|posted|\d+\s+min(?:ute)?s?\s+read\s*[\u00b7\u2022|\u2013-])\s*:?\s*(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})/iu
const STAMPED_DATE = /\b\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}\b/

// ---------------------------------------------------------------- vocabulary overlap

const contentWords = (line: Line, stopwords: ReadonlySet<string> = ENGLISH): string[] =>
  line.words.map((w) => w.toLowerCase().replace(/['\u2019]s$/, "").replace(/\.$/, "")).filter((w) => w.length > 2 && !stopwords.has(w) && !/^\d+$/.test(w))

/** The content words of some lines. */
const vocabularyOf = (ls: ReadonlyArray<Line>): Set<string> => new Set(ls.flatMap((l) => contentWords(l)))

/** The last line of the front matter a Markdown page opens with ("---", "title: ...", ..., "---"), or -1. */
const frontMatterEnd = (ls: ReadonlyArray<Line>): number => {
  if (ls[0]?.text !== "---" || !/^[\w-]+:/.test(ls[1]?.text ?? "")) return -1
  const end = ls.findIndex((l, i) => i > 1 && l.text === "---")
  return end > 0 && end <= FRONT_MATTER_LINES ? end : -1
}
const FRONT_MATTER_LINES = 60
/** The front matter's field for the page's date: "published: 2010-01-30" (not "clipped:", the day it was saved). */
const FRONT_MATTER_DATE = /^(?:published|date|pubdate|pub_date|date_published|datePublished)\s*:/i

/** An e-mail's date field: "Date: Thu, Dec 13, 2018 at 6:47 PM", "Sent: Monday, 3 May 2021 09:12". */
const MAIL_DATE = /^(?:date|sent)\s*:/i

/** Share of a line's distinct content words that the story uses too. */
const overlapWith = (line: Line, vocabulary: ReadonlySet<string>): number => {
  const own = new Set(contentWords(line))
  if (own.size === 0) return 1
  let shared = 0
  for (const w of own) if (vocabulary.has(w)) shared++
  return shared / own.size
}

/** A teaser shares fewer of its content words than this with the story. */
const TEASER_OVERLAP = 0.2

/** Capitalised words (not sentence-initial) used three or more times: the story's people and places. */
const recurringNames = (ls: ReadonlyArray<Line>): Set<string> => {
  const n = new Map<string, number>()
  for (const line of ls) {
    line.words.forEach((w, i) => {
      const name = w.replace(/['\u2019]s$/, "")
      if (i > 0 && /^\p{Lu}\p{Ll}/u.test(name) && !ENGLISH.has(name.toLowerCase())) n.set(name, (n.get(name) ?? 0) + 1)
    })
  }
  return new Set([...n].filter(([, c]) => c >= 3).map(([w]) => w))
}

/** A line whose last sentence breaks off: the cut-off first paragraphs of another story. */
const truncated = (line: Line): boolean => line.words.length >= 25 && !line.endsSentence && !/[)"\u201d]$/.test(line.text)

// ---------------------------------------------------------------- labelling

type Label = { kind: "body" } | { kind: "heading" } | { kind: BoilerplateKind; rule: string }

const BYLINE = new RegExp(`^${BYLINE_LEAD}[\\p{Lu}][\\p{L}.'-]+(\\s+[\\p{Lu}][\\p{L}.'-]+){0,3}\\s*(\\||,|$|and\\b|\\s+-\\s|[\\u00b7\\u2022]|in\\s+[\\p{Lu}])`, "u")
/**
 * A line that prints when the page was published: "July 7, 2008", "Published: 14.03.2013 | 10:32",
 * "www.chinaview.cn 2008-02-12 23:07:45",
 * "Updated 11:52 AM ET, Sat June 25, 2016", "Last updated: Tuesday 12 May 2015", "2016-10-11".
 */
const CLOCK = "\\d{1,2}[:.]\\d\\d(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,4}\\b)?[,|\\s]+"
const DATE_LINE = new RegExp(
  // (after a section's name: "World · Friday 2 March 2018 · Updated 14:22 CET", "World News | Wed Mar 8, 2017"; a broadcast's "Aired March 24, 2014 - 17:00 ET")
  "^(?:(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}\\s*[,|]?\\s*|[a-z][a-z&' ]{0,24}?\\s*[|\u00b7\u2022]\\s*)?(?:(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|created|date|aired)\\b\\s*:?\\s*(?:on\\s+)?)?" +
  `(?:${CLOCK})?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?(?:${CLOCK})?` +
  // (a day with no year only after its weekday, as a live page heads its days: "Thursday 29 September")
  "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:,?\\s+\\d{4}|(?<=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]+\\.?)(?![\\s,]*\\d))" +
  "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b,?(?:\\s+\\d{4})?" +
  "|\\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\\d{4}\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\b|\\d{4}-\\d\\d-\\d\\d\\b|\\d{4}/\\d{1,2}/\\d{1,2}\\b)", "iu")

/** A person's name alone on a line, or a few joined: "Daniel Voss", "Kim Ji-hoon", "Anatoly Antonov and Qin Gang" (not a site's name in capitals, nor one with an outlet's word). */
const PERSON_NAME = "[\\p{Lu}][\\p{Ll}]+(?:-[\\p{L}][\\p{Ll}]+)?(?:\\s+[\\p{Lu}][\\p{Ll}]+(?:-[\\p{L}][\\p{Ll}]+)?){1,2}"
const NAME_ALONE = new RegExp(`^(?!.*\\b(?:News|Times|Post|Daily|Gazette|Herald|Journal|Review|Observer|Press|Tribune|Weekly|Courier|Ledger|Report|Today|Online|Media|Network|Agency|Magazine|Monitor|Dispatch|Wire|Brief|Letter|Digest)\\b)${PERSON_NAME}(?:(?:,\\s+|,?\\s+(?:and|&)\\s+)${PERSON_NAME}){0,3}$`, "u")

/** A byline without "By" that prints the date: "Nick Aldridge in Munich guardian.co.uk, Saturday 10 February 2007 19.05 GMT". */
const DATED_BYLINE = /^[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){1,2}\s+in\s+[\p{Lu}]/u
const datedByline = (line: Line): boolean => line.words.length <= 16 && DATED_BYLINE.test(line.text) && headerDate(line.text) !== null && !isDateLine(line)

/** A byline without "By" that names the author's job: "Eleanor Whitcombe Diplomatic editor, and Chen Yuting in Beijing". */
const ROLE_BYLINE = new RegExp(`^(?!The\\s)[\\p{Lu}][\\p{L}.'-]+(?:\\s+[\\p{Lu}][\\p{L}.'-]+){1,2},?\\s+${JOURNALIST_ROLE}`, "u")
const roleByline = (line: Line): boolean => line.words.length <= 16 && !/[.!?]$/.test(line.text) && ROLE_BYLINE.test(line.text)

const isShort = (line: Line): boolean => line.words.length > 0 && line.words.length <= 14 && !line.prose

const headingLike = (line: Line): boolean =>
  isShort(line) && !line.endsSentence && line.words.length >= 1 && /^[\p{Lu}\p{N}"'\u201c]/u.test(line.text)

// ---------------------------------------------------------------- hard-wrapped text

/** The widest a hard-wrapped page's lines run: e-mail and print archives break text at about 70 characters. */
const WRAP_MAX = 100
/** A field line of an archive record ("LOAD-DATE: August 13, 2008", "BYLINE: Martin Keogh"): never a wrapped line's rest. */
const FIELD_LINE = /^[A-Z][A-Z-]{2,}:/
/** A line that breaks off mid-phrase: after a comma, a hyphen, an opening quote or a function word. */
const OPEN_END = /(?:[,–—-]|["“])$/u

/**
 * The lines of a page whose text is hard-wrapped (an e-mail, a print archive's record), each paragraph's
 * lines joined into one span: the width of its lines (the 90th percentile of those of six words or more) is at
 * most WRAP_MAX characters, hardly any runs longer, and at least five lines (and 30% of them) run near that
 * width and break off mid-phrase (the next line begins in lower case, or the line ends in a comma or a
 * function word). A line is joined to the next when it runs near the width, ends no sentence and the next is
 * no field line. Other pages keep their lines.
 */
const wrappedLines = (text: string, spans: ReadonlyArray<Span>, stopwords: ReadonlySet<string>): Span[] => {
  const t = spans.map((s) => text.slice(s.start, s.end).trim())
  // (a page whose paragraphs run long, as most do, is let go at its first few long lines, before any other line is read:
  // so many lines longer than 1.3 WRAP_MAX would be too many longer than 1.3 times any width allowed)
  let long = 0
  for (const x of t) if (x.length > 1.3 * WRAP_MAX && (x.match(WORD)?.length ?? 0) >= 6 && ++long > 0.05 * t.length) return [...spans]
  const lengths = t.filter((x) => (x.match(WORD)?.length ?? 0) >= 6).map((x) => x.length).sort((a, b) => a - b)
  if (lengths.length < 8) return [...spans]
  const width = lengths[Math.floor(lengths.length * 0.9)]!
  if (width > WRAP_MAX) return [...spans]
  const runsOn = (i: number) => i + 1 < t.length && t[i]!.length >= 0.6 * width && !SENTENCE_END.test(t[i]!) && !FIELD_LINE.test(t[i + 1]!)
  const midPhrase = (i: number) => /^\p{Ll}/u.test(t[i + 1]!) || OPEN_END.test(t[i]!) || stopwords.has((/[\p{L}']+$/u.exec(t[i]!)?.[0] ?? "").toLowerCase())
  // (and hardly any line runs longer: a page with paragraphs of its own, among short menus and captions, is not wrapped)
  const longer = lengths.filter((n) => n > 1.3 * width).length
  const wraps = t.filter((_, i) => runsOn(i) && midPhrase(i)).length
  if (wraps < Math.max(5, 0.3 * lengths.length) || longer > 0.05 * lengths.length) return [...spans]
  const out: Span[] = []
  for (let i = 0; i < spans.length; i++) {
    const start = spans[i]!.start
    while (runsOn(i)) i++
    out.push({ start, end: spans[i]!.end })
  }
  return out
}

export const layout = (text: string, options: LayoutOptions = {}): Layout => {
  const stopwords = stopwordsFor(text)
  const ls = repeatedInPage(wrappedLines(text, lines(text), stopwords).map((span) => featuresOf(text, span, stopwords, options)))
  const labels: Label[] = ls.map(() => ({ kind: "navigation", rule: "outside-main-run" }))
  // (the lines that are the page's own name, or an appeal to support it)
  const sites = siteNamesOf(ls)
  const own = ls.map((line) => ownName(line, sites))
  // A snippet too short to form a run of prose is all story.
  const days = dayHeadings(ls)
  const jumps = jumpsOf(ls)
  const run = mainRun(ls, days, jumps) ?? (ls.length > 0 ? { from: 0, to: ls.length - 1 } : null)

  if (run) {
    for (let i = run.from; i <= run.to; i++) {
      const line = ls[i]!
      if (line.furniture) labels[i] = { kind: "other", rule: line.furniture }
      else if (cueHolds(line)) labels[i] = { kind: line.cue!.kind, rule: line.cue!.rule }
      else if (own[i]) labels[i] = own[i]!
      else if (line.prose || line.endsSentence || !isShort(line)) labels[i] = { kind: "body" }
      else labels[i] = { kind: "heading" }
    }
    // A video's transcript marks where its player stands, "0:00", "0:13", "1:02": no time of day, nothing to date.
    const offsets = mediaOffsets(ls)
    // Short lines: a sub-heading leads into a paragraph; one beside a caption or credit is a caption.
    for (let i = run.from; i <= run.to; i++) {
      if (labels[i]!.kind !== "heading") continue
      if (offsets.has(i)) {
        labels[i] = { kind: "other", rule: "other.media-time" }
        continue
      }
      // (a live page's time stamps, and its day over the next entry's stamp, stay in the story: they date its entries)
      // (the day as a line of the story, so that its entries' "today" and "on Wednesday" are reckoned from it)
      if (isDateLine(ls[i]!) && overEntry(ls, i)) labels[i] = { kind: "body" }
      if (isEntryStamp(ls[i]!.text) || labels[i]!.kind === "body") continue
      const next = labels[i + 1]
      const prev = labels[i - 1]
      // Only a line a cue marked (a credit) makes its neighbour a caption; a caption found this way does not spread.
      const nearPicture = [prev, next].some((l) => l && (l.kind === "caption" || l.kind === "photo_credit") && "rule" in l && l.rule !== "caption.beside-picture")
      const besideShort = [i - 1, i + 1].some((j) => j >= run.from && j <= run.to && isShort(ls[j]!) && !ls[j]!.endsSentence)
      if (nearPicture) labels[i] = { kind: "caption", rule: "caption.beside-picture" }
      else if (days.has(i)) labels[i] = { kind: "other", rule: "header.day" }
      else if (isDateLine(ls[i]!)) labels[i] = { kind: "other", rule: "header.date" }
      else if (!headingLike(ls[i]!) || i === run.to || besideShort) labels[i] = { kind: "navigation", rule: "short-lines-in-story" }
    }
    // A sentence beside a photo's credit that shows someone doing something now is the photo's caption:
    // "Putin speaks about the U.S. withdrawal ... in the Kremlin." above "(AP Photo/Presidential Press Service)".
    for (let i = run.from; i <= run.to; i++) {
      const credit = [labels[i - 1], labels[i + 1]].some((l) => l && "rule" in l && (l.kind === "photo_credit" || l.rule === "caption.credit-tail"))
      // (not a live page's time stamp: "3:10 p.m." below a credit)
      // (nor a sentence that reports what someone said or did: "Poroshenko, speaking at a meeting, called the attack ... and accused")
      if (labels[i]!.kind === "body" && credit && !isEntryStamp(ls[i]!.text) && !REPORTING_VERB.test(ls[i]!.text) && ls[i]!.words.length <= 45 && (CAPTION_VERB.test(ls[i]!.text) || (ls[i]!.words.length <= 25 && verbless(ls[i]!.text)))) labels[i] = { kind: "caption", rule: "caption.beside-credit" }
    }
    // A print story's jump lines, and what the page prints between them (an index of other stories, the next page's head), are no story.
    for (const [o, j] of jumps) {
      if (o < run.from || j > run.to) continue
      labels[o] = labels[j] = { kind: "other", rule: "jump" }
      for (let k = o + 1; k < j; k++) if (labels[k]!.kind === "body") labels[k] = { kind: "unrelated_teaser", rule: "jump.between" }
    }
    // The last line of the story may be its author's bio: "Marta Lindqvist is a senior fellow in ...".
    if (labels[run.to]!.kind === "body" && ls[run.to]!.cue?.rule === "bio.is-a") labels[run.to] = { kind: "author_bio", rule: "bio.is-a" }
    // The tail: an appended teaser breaks off mid-sentence (the first paragraphs of another
    // story, cut) and shares little vocabulary and none of the recurring names with the story.
    // A story's own last paragraph may drift to a side topic or be cut by the scraper, but it
    // still speaks of the story's people and places.
    let tail = run.to + 1
    while (tail - 1 > run.from && (labels[tail - 1]!.kind !== "body" || truncated(ls[tail - 1]!))) tail--
    const story = ls.slice(run.from, tail).filter((_, k) => labels[run.from + k]!.kind === "body")
    const vocabulary = vocabularyOf(story)
    const names = recurringNames(story)
    for (let i = tail; i <= run.to; i++) {
      const line = ls[i]!
      const foreign = overlapWith(line, vocabulary) < TEASER_OVERLAP && !line.words.some((w) => names.has(w.replace(/['\u2019]s$/, "")))
      if (labels[i]!.kind === "body" && foreign) labels[i] = { kind: "unrelated_teaser", rule: "teaser.truncated" }
    }
    // The head: the lines above the run's first body paragraph.
    labelHead(ls, labels, run.from, vocabulary, own, days)
    // The story's last paragraph may be a bio of the author its byline names: "Jane Smith covers transport for ...".
    // (a date line may name the author too: "Posted on July 9, 2020 by Miriam Achterberg")
    const authors = [...authorsOf(ls.slice(0, run.from).filter((_, i) => labels[i]!.kind === "byline")), ...ls.slice(0, run.from).flatMap((l, i) => {
      const label = labels[i]!
      return "rule" in label && label.rule === "header.date" ? DATED_BY.exec(l.text)?.slice(1, 2) ?? [] : []
    })]
    // Below the run: bios and sign-offs by their cues, the rest is page furniture.
    for (let i = run.to + 1; i < ls.length; i++) {
      const line = ls[i]!
      if (i <= run.to + 4 && authorBio(line, authors)) labels[i] = { kind: "author_bio", rule: "bio.byline-author" }
      else if (i <= run.to + 4 && authorSignoff(line, authors)) labels[i] = { kind: "signoff", rule: "signoff.author-name" }
      else if (line.cue) labels[i] = { kind: line.cue.kind, rule: line.cue.rule }
      else if (own[i]) labels[i] = own[i]!
      else if (i <= run.to + 4 && bioLike(line)) labels[i] = { kind: "author_bio", rule: "bio.after-story" }
      else labels[i] = line.furniture ? { kind: "other", rule: line.furniture } : { kind: "navigation", rule: "after-main-run" }
    }
    // (the story's own last paragraphs, once what follows them is known: a bio above an appeal's last lines)
    for (let i = run.to, n = 0; i > run.from && n < 2 && authors.length > 0; i--) {
      // (a sign-off with the author's name alone looks like a heading: "Daniel")
      if (labels[i]!.kind === "heading" && authorSignoff(ls[i]!, authors)) labels[i] = { kind: "signoff", rule: "signoff.author-name" }
      if (labels[i]!.kind !== "body" || betweenAppeals(labels, i)) continue
      if (authorSignoff(ls[i]!, authors)) labels[i] = { kind: "signoff", rule: "signoff.author-name" }
      else if (!authorBio(ls[i]!, authors)) break
      else labels[i] = { kind: "author_bio", rule: "bio.byline-author" }
      n++
    }
  }

  // A line between two lines of one appeal is part of that appeal.
  for (let i = 1; i < ls.length - 1; i++) {
    if (labels[i]!.kind === "body" && betweenAppeals(labels, i)) labels[i] = { kind: "donation_appeal", rule: "appeal.between-cues" }
  }

  const paragraphs: Paragraph[] = []
  const boilerplate: LabelledSpan[] = []
  ls.forEach((line, i) => {
    const label = labels[i]!
    if (label.kind === "body" || label.kind === "heading") paragraphs.push({ start: line.start, end: line.end, heading: label.kind === "heading" })
    else boilerplate.push({ start: line.start, end: line.end, kind: label.kind, rule: label.rule })
  })
  return { paragraphs, boilerplate }
}

/** A line with a line of an appeal a few lines above and below it ("Since you're here ..." / "Support us"). */
const betweenAppeals = (labels: ReadonlyArray<Label>, i: number): boolean =>
  labels.slice(Math.max(0, i - 4), i).some((l) => l.kind === "donation_appeal") && labels.slice(i + 1, i + 5).some((l) => l.kind === "donation_appeal")

// ---------------------------------------------------------------- the page's own name and its author

/** The key a site's name is compared under: "The Lakeland Gazette" and "LAKELAND GAZETTE" are one. */
const siteKey = (name: string): string => furnitureKey(name).replace(/^the /, "")

/**
 * The names a page gives itself: the holders of its copyright notices ("© 2019 Lakeland Gazette Media Ltd."
 * is "Lakeland Gazette"), and the site after the title on its first line ("Council expands bus network -
 * Lakeland Gazette", "... | Opinion | The Gazette"; a title of a few words at least, not a menu).
 */
const siteNamesOf = (ls: ReadonlyArray<Line>): Set<string> => {
  const names = new Set<string>()
  for (const l of ls) {
    const holder = l.words.length <= 40 ? copyrightHolder(l.text) : null
    if (holder) names.add(siteKey(holder))
  }
  if (ls[0] && !ls[0].prose) {
    const { headline, site } = readTitle(ls[0].text)
    if (site && (headline.match(WORD) ?? []).length >= 4) names.add(siteKey(site))
  }
  names.delete("")
  return names
}

/** "Support the Lakeland Gazette", "Please support The Gazette": the button of a reader appeal, naming the site. */
const SUPPORT_SITE = /^(?:please\s+)?support\s+(.+?)[\s.!\u2026]*$/i

/**
 * A short line that is the page's own name: the site's name alone ("LAKELAND GAZETTE" above the menu) is
 * navigation, an appeal to support it is an appeal.
 */
const ownName = (line: Line, sites: ReadonlySet<string>): Label | null => {
  if (sites.size === 0 || line.words.length > 8) return null
  if (line.words.length <= 6 && sites.has(siteKey(line.text))) return { kind: "navigation", rule: "nav.site-name" }
  const support = SUPPORT_SITE.exec(line.text)
  return support && sites.has(siteKey(support[1]!)) ? { kind: "donation_appeal", rule: "appeal.support-site" } : null
}

/** The people the byline lines name ("By Jane Smith and John Doe"): not an agency, a desk or a job title. */
const authorsOf = (bylines: ReadonlyArray<Line>): string[] =>
  bylines.flatMap((l) => readByline(l.text).byline.split(/\s*(?:,|&|\band\b)\s*/))
    .map((n) => n.trim())
    .filter((n) => /^[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){1,3}$/u.test(n) && !/^the\b|\b(?:press|news|staff|agency|agencies|reuters|wire|writer|correspondent|editor|reporter|desk|service)\b/i.test(n))

/** The author a date line names after "by": "Posted on July 9, 2020 by Miriam Achterberg". */
const DATED_BY = /\bby\s+([\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){1,3})\s*$/u

/** What a bio says its subject does or did: "covers", "is", "writes", "previously reported". */
const BIO_VERB = "(?:is|was|has|had|covers|covered|writes|wrote|reports|reported|edits|edited|joined|previously|formerly|teaches|taught|lives|leads|heads|contributes|contributed|tweets|blogs|spent|served|worked|can be)"

/** A line opening with the name of an author of the byline and what they do: "Jane Smith covers transport for the Gazette." */
const authorBio = (line: Line, authors: ReadonlyArray<string>): boolean =>
  line.words.length <= 80 && authors.some((a) => new RegExp(`^${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:,[^,]{1,80},)?\\s+${BIO_VERB}\\b`, "iu").test(line.text))

/** The author signing off under the story with the byline's name, or its first name: "Daniel", "— Daniel Voss", "Best, Daniel". */
const authorSignoff = (line: Line, authors: ReadonlyArray<string>): boolean =>
  line.words.length <= 4 && authors.some((a) => {
    const names = [a, a.split(/\s+/)[0]!].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")
    return new RegExp(`^(?:[-\u2013\u2014~]\\s*|(?:best|cheers|thanks|regards|yours|warmly|until next time|best wishes),?\\s+)?(?:${names})[.!]?$`, "iu").test(line.text)
  })

/** A short name-like or role-like line just after the story: "Patrick Goodenough", "Spencer Journalism Fellow". */
const bioLike = (line: Line): boolean =>
  line.words.length <= 6 && !line.endsSentence && line.words.every((w) => /^[\p{Lu}]/u.test(w))

/**
 * A line shaped like a title: a few words, not prose, not a plain sentence; or in title case, every word but the
 * small ones capitalised, even with a full stop: "G7 Leaders Shut Russia Out of G8; Kerry Meets Lavrov in The Hague.";
 * or a short question.
 */
const titleShaped = (line: Line): boolean => line.words.length >= 3 && line.words.length <= 25 && (titleCased(line) || (!line.prose && !plainSentence(line)) || titleQuestion(line))
/** A question as a title: "Did Chinese ships harass a U.S. Navy vessel in international waters?" (a few words, not quoted). */
const titleQuestion = (line: Line): boolean => line.words.length >= 5 && line.words.length <= 16 && /^[\p{Lu}][^"\u201c\u201d]*\?$/u.test(line.text)
const titleCased = (line: Line): boolean => {
  const rest = line.words.slice(1).filter((w) => /\p{L}/u.test(w))
  return rest.length >= 4 && rest.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORD.test(w))
}
const TITLE_SMALL_WORD = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|nor|with|by|from|as|vs\.?|via|into|over|after|amid|than)$/

/** A standfirst below the title shares this much of its vocabulary with the story at least (it retells it in other words)... */
const STANDFIRST_OVERLAP = 0.4
/** ... and less than this with the title (it is not the title again). */
const STANDFIRST_TITLE_OVERLAP = 0.5

/** What a caption shows someone doing, in the present: "Putin speaks at", "Lavrov, Russia's foreign minister, speaks to". */
/** A verb of a news sentence that a picture's caption does not use: "said", "called ... an act", "accused". */
const REPORTING_VERB = /\b(?:said|says|told|called|accused|added|warned|announced)\b/

const CAPTION_VERB = /^[^.!?"\u201c]{0,100}?\b(?:in an? (?:image|photo|photograph|picture|handout(?: photo)?|video grab) (?:released|provided|distributed|taken|made available)\b|appears|appear|(?:is|are) pictured|speaks|speaking|attends|attending|arrives|arriving|gestures|gesturing|delivers|delivering|talks|listens|listening|waves|waving|shakes hands|shaking hands|poses|posing|looks on|walks|walking|sits|stands|addresses|addressing|holds|holding|is seen|are seen|reviews|inspects|inspecting|makes|lands|landing|raises?|raising|votes?|greets?|greeting|meets|leaves|boards|takes part)\b/i

/**
 * A sentence with no finite verb, what shows in a picture: "A Russian Tu-214ON observation aircraft, used for
 * flights under the treaty, at Kubinka air base." (a verb in "-ed" only as a participle after a comma).
 */
const verbless = (text: string): boolean =>
  !FINITE_VERB.test(text) && allMatches(/\b\p{Ll}{2,}ed\b/gu, text).every((m) => /,\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index!)))
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|said|says|say|told|made|took|went|came|gave|saw|met|won|lost|left|held|kept|sent|spent|began|became|brought|thought|found|got|ran|set|put|led|paid|sold|built|fell|rose|broke|spoke|wrote|drove|flew|stood|sat|wants|needs|seems|plans|calls|warns|urges|adds|notes|believes|remains)\b/i

/** The label of a live page's summary: "Key events", "Key points", "Summary". */
const KEY_POINTS = /^(?:key (?:events|points|developments|updates)|summary|highlights|at a glance|what we know(?: so far)?)\s*:?$/i

/** A headline shares this much of its vocabulary with the story at least (a site's name or a menu does not)... */
const HEADLINE_OVERLAP = 0.4
/** ... or this much, when it stands right above the byline (or above a standfirst right above it). */
const HEADER_TITLE_OVERLAP = 0.2

/**
 * Labels the lines above the main run: title, byline, dates, standfirst, the rest navigation. The title is
 * the topmost of the title-shaped lines nearest above the story that speak of the story's things (below them
 * a standfirst may follow; above them the site's name and menus: "Lakeland Gazette | Home | News").
 */
const labelHead = (ls: ReadonlyArray<Line>, labels: Label[], from: number, vocabulary: ReadonlySet<string>, own: ReadonlyArray<Label | null>, days: ReadonlySet<number>): void => {
  // (in a feed, the elements of the item that holds the story, below its "<item>": the feed's own above it are the channel's)
  const item = ls.findLastIndex((l, i) => i < from && FEED_ITEM.test(l.text))
  // (a Markdown page's front matter is the clipper's record of the page: its date is the page's, its other fields no title or byline)
  const matter = frontMatterEnd(ls)
  for (let i = 0; i < from; i++) {
    const line = ls[i]!
    const element = item >= 0 && i > item ? ELEMENT_LINE.exec(line.text) : null
    if (i <= matter) labels[i] = FRONT_MATTER_DATE.test(line.text) && headerDate(line.text) ? { kind: "other", rule: "header.date" } : { kind: "other", rule: "other.front-matter" }
    else if (line.furniture) labels[i] = { kind: "other", rule: line.furniture }
    else if (element && FEED_DATE.test(element[1]!) && headerDate(element[2]!)) labels[i] = { kind: "other", rule: "header.date" }
    else if (element && FEED_AUTHOR.test(element[1]!) && element[2]!.trim()) labels[i] = { kind: "byline", rule: "byline.feed" }
    // (a bare "By" over the name; not a record's field code over a byline of its own: "BY", then "By Fiona Carrow")
    else if (isByline(line) || (/^by$/i.test(line.text) && !(ls[i + 1] && isByline(ls[i + 1]!))) || datedByline(line) || roleByline(line)) labels[i] = { kind: "byline", rule: "byline.by" }
    // ("Daniel Voss" over "Nov 10, 2008": a name alone right above the date line is the byline)
    else if (i + 1 < from && NAME_ALONE.test(line.text) && !ls[i + 1]!.furniture && isDateLine(ls[i + 1]!)) labels[i] = { kind: "byline", rule: "byline.name-over-date" }
    else if (days.has(i)) labels[i] = { kind: "other", rule: "header.day" }
    else if (isDateLine(line)) labels[i] = { kind: "other", rule: "header.date" }
    else if (line.cue) labels[i] = { kind: line.cue.kind, rule: line.cue.rule }
    else labels[i] = own[i] ?? { kind: "navigation", rule: "before-main-run" }
  }
  // (a section's name repeated from the menu above is a rubric, not the title: "Russian Politics & Diplomacy")
  const menuItems = new Set(ls.slice(0, from).filter((l) => (l.text.match(/\s\|\s/g) ?? []).length >= 2)
    .flatMap((l) => l.text.split(/\s+\|\s+/).map((item) => item.trim().toLowerCase())))
  const titleLike = (i: number, overlap = HEADLINE_OVERLAP) => {
    // (nor a menu itself: "日本語 | English | 中文 | 한국어")
    if (menuItems.has(ls[i]!.text.trim().toLowerCase()) || rubricOver(ls, i) || menuLine(ls[i]!.text)) return false
    // (not a dateline on a line of its own: "MOSCOW, November 5 (RIA Novosti)")
    // (not a breadcrumb either: "World news > Russia")
    // (not the site's own name: "Lakeland Valley Gazette")
    const label = labels[i]!
    // (nor a line a navigation cue marks: a search bar, "Search: iraq AND russia | Result 6 of 41")
    if (label.kind !== "navigation" || ("rule" in label && /^(?:nav|end)\./.test(label.rule)) || !titleShaped(ls[i]!) || (readDateline(`${ls[i]!.text} `)?.length ?? 0) > ls[i]!.text.length || /\s[>\u00bb\u203a]\s/.test(ls[i]!.text)) return false
    const { headline } = readTitle(ls[i]!.text)
    const words = headline.match(WORD) ?? []
    return words.length >= 3 && overlapWith({ ...ls[i]!, words }, vocabulary) >= overlap
  }
  // "Key events" and the lines under it, up to the story: a live page's summary of the story, story too.
  const keyPoints = ls.findIndex((l, i) => i < from && KEY_POINTS.test(l.text))
  if (keyPoints >= 0) {
    labels[keyPoints] = { kind: "heading" }
    for (let i = keyPoints + 1; i < from; i++) if (labels[i]!.kind === "navigation" && ls[i]!.words.length >= 4) labels[i] = { kind: "body" }
  }
  // The title sits above the byline and the date when the page has them: a short line between them and the
  // story is a sub-heading ("What was agreed?"), a line between the date and the story a standfirst.
  const titleRun = (below: number, overlap = HEADLINE_OVERLAP) => {
    let found = -1
    for (let i = below - 1; i >= 0; i--) {
      if (titleLike(i, overlap)) found = i
      else if (found >= 0) break
    }
    // (a few words in capitals over the title name its show or section: "THE WORLD TONIGHT" over "G7 Leaders Shut Russia Out of G8")
    return found >= 0 && found + 1 < below && capsLabel(ls[found]!) && titleLike(found + 1, overlap) ? found + 1 : found
  }
  // (not a print page's head, which stands over every story of the page: "14 THE NORTHERN ARGUS Saturday 13 January 2007")
  // (nor an e-mail's "Date:" field over the article it carries, when the article has a byline or a date of its own)
  const header = (skipMail: boolean) => labels.findIndex((l, i) => i < from && i > matter && (l.kind === "byline" || ("rule" in l && l.rule === "header.date" && !FOLIO.test(ls[i]!.text) && !(skipMail && MAIL_DATE.test(ls[i]!.text)))))
  const mailFree = header(true)
  const firstHeader = mailFree >= 0 ? mailFree : header(false)
  // (right above the byline, or above a standfirst right above it, a title may speak in images: "After Munich, a colder climate")
  const nearHeader = firstHeader > 0 ? Math.max(0, firstHeader - (ls[firstHeader - 1]!.prose || ls[firstHeader - 1]!.words.length > 25 ? 2 : 1)) : -1
  // (a press archive's record says which line is the title: "HEADLINE: China to free Navy crew ...")
  const fielded = ls.findIndex((l, i) => i < from && FIELD_LABEL.test(l.text) && l.words.length >= 3)
  let title = fielded >= 0 ? fielded : firstHeader > 0 ? titleRun(firstHeader) : -1
  if (title < 0 && nearHeader >= 0 && titleLike(nearHeader, HEADER_TITLE_OVERLAP)) title = nearHeader
  if (title < 0) title = titleRun(keyPoints >= 0 ? keyPoints : from)
  // (the page's first line above the date is its masthead when a title stands right below the date: "RUSINFORM Russian News
  // Agency", the menus, "18 OCT 2021, 16:47", then "Russia suspends work of its mission to NATO"; so is a line kept from the
  // date by two lines or more of menus: "Embassy of the Russian Federation", the menus, "17.07.2001", then the title)
  // (not when the first line is printed again, as a title is, nor for a picture's caption over its credit)
  if ((title === 0 || (title > 0 && firstHeader - title >= 3)) && firstHeader > 0 && firstHeader + 1 < from && titleLike(firstHeader + 1) && labels[firstHeader + 2]?.kind !== "photo_credit" &&
    !ls.some((l, i) => i !== title && l.text === ls[title]!.text)) title = firstHeader + 1
  if (title >= 0) labels[title] = { kind: "headline", rule: title === 0 ? "headline.first-line" : "headline.above-story" }
  // Right below the title, a standfirst that tells the story in a sentence is story too (not the title again).
  for (let i = title + 1; title >= 0 && i < from && i <= title + 2; i++) {
    const line = ls[i]!
    // (not a picture's caption, above its credit)
    if (labels[i]!.kind === "navigation" && line.words.length >= 12 && overlapWith(line, vocabulary) >= STANDFIRST_OVERLAP && labels[i + 1]?.kind !== "photo_credit" &&
      overlapWith(line, new Set(contentWords(ls[title]!))) < STANDFIRST_TITLE_OVERLAP) labels[i] = { kind: "body" }
  }
  // A name line right after a bare "By" belongs to the byline.
  for (let i = 1; i < from; i++) if (/^by$/i.test(ls[i - 1]!.text) && ls[i]!.words.length <= 5) labels[i] = { kind: "byline", rule: "byline.by" }
}
