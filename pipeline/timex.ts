/**
 * Time expressions: found in the headline and the body sentences and
 * normalised to TIMEX3 values against the article's date, the way a careful
 * reader would: tense decides whether "Wednesday" or "June" lies before or
 * after the publication date, "last December" is the December before the
 * publication month, dotted dates are day-first and slashed dates
 * month-first (07/08/2008 is July 8), "a year earlier" in a quarterly report
 * is the same quarter a year before. Without a date, values stay partly
 * unknown (XXXX-WXX-3) rather than invent a year.
 *
 *   timex/vocabulary.ts  the words, from lexicons/timex-words.tsv (a user can add rows)
 *   timex/tense.ts       the tense of the clause around an expression
 *   timex/resolve.ts     calendar reckoning: nearest weekday, month, holiday; durations
 *   timex/patterns.ts    the list of patterns: name (the row's `rule`), regex, normaliser
 *   timex.ts (here)      finding: overlaps, false positives, the article's running context
 *
 * Where patterns overlap the longest match wins, then the earlier pattern.
 * All calendar arithmetic is in UTC (calendar.ts): the machine's time zone
 * never changes a value.
 */
import { type Article, dayBetween, isDayHeading, isEntryStamp, lastAtMost, type Span, stampBetween, type TimexMatch } from "./annotations.ts"
import { parseIso, rangeOf, type Ymd } from "./calendar.ts"
import { PATTERNS, type Pattern } from "./timex/patterns.ts"
import { BLOCK, type Context, type Norm } from "./timex/resolve.ts"
import { tenseAt } from "./timex/tense.ts"
import { APPROX } from "./timex/vocabulary.ts"

export { PATTERNS } from "./timex/patterns.ts"
export { tenseAt, type Tense } from "./timex/tense.ts"
export { holidayIn } from "./timex/resolve.ts"

// ---------------------------------------------------------------- finding

interface Candidate {
  readonly start: number
  readonly end: number
  readonly pattern: Pattern
  readonly order: number
  readonly match: RegExpExecArray
}

/**
 * Every pattern's matches in a text, the longest first (then the earlier pattern, then the
 * earlier start). A pattern whose gate the text fails is not run (most sentences name no month).
 */
const matchesIn = (text: string): Candidate[] => {
  const all: Candidate[] = []
  const gates = new Map<RegExp, boolean>()
  PATTERNS.forEach((pattern, order) => {
    let open = gates.get(pattern.gate)
    if (open === undefined) gates.set(pattern.gate, (open = pattern.gate.test(text)))
    if (!open) return
    pattern.re.lastIndex = 0
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++
        continue
      }
      all.push({ start: m.index, end: m.index + m[0].length, pattern, order, match: m })
    }
  })
  return all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start)
}

/**
 * The expressions among a text's matches (as `matchesIn` orders them): the longest first where
 * they overlap, skipping a match that is a false positive or that its normaliser refuses, so
 * that a shorter reading can take its place ("over an hour later": no date to count from, but a
 * duration). In text order.
 */
const choose = (all: ReadonlyArray<Candidate>, accepts: (c: Candidate) => boolean): Candidate[] => {
  const chosen: Candidate[] = []
  for (const c of all) if (!chosen.some((x) => x.start < c.end && c.start < x.end) && accepts(c)) chosen.push(c)
  return chosen.sort((a, b) => a.start - b.start)
}

/** A month name written in lower case, which in running text is a verb or a noun. */
const LOWER_MONTH = /(?<![\p{L}])(?:may|march|june|july|jan|feb|mar|apr|aug|sept?|oct|nov|dec|january|february|april|august|september|october|november|december)(?![\p{L}])/u

/**
 * A frequency adjective that names a thing rather than how often something happens: a
 * newspaper ("the Party daily Granma"), an average ("average daily volume"), a company's
 * quarterly or annual figures ("its quarterly dividend"). Matched on "before|match|after".
 */
const SET_NOT_A_FREQUENCY = /^(?:.*\baverage\s+\|(?:daily|weekly|monthly|yearly)\||.*\|(?:daily|weekly|monthly)\|\s+\p{Lu}|.*\|(?:quarterly|yearly|monthly)\|\s+(?:cash\s+)?(?:dividends?|results|loss|losses|profits?|earnings|reports?|payments?|sales|revenues?|of\b))/u

/** Time words that may follow a year ("the 2008 elections" is a date; "2000 troops" is not). */
const YEAR_NOUNS = /^(?:years?|elections?|olympics|games|budgets?|census|campaigns?|levels?|figures?|seasons?|talks|summits?|plans?|reports?|accords?|deals?|results?|earnings|sales|profits?|levels?|highs?|lows?|records?)$/i

/** The words around a candidate. */
const around = (text: string, c: Candidate, before = 12, after = 30) =>
  ({ word: c.match[0], before: text.slice(Math.max(0, c.start - before), c.start), after: text.slice(c.end, c.end + after) })

/** Matches that are no time expression, each with the reason. */
const FALSE_POSITIVES: ReadonlyArray<{ readonly reason: string; readonly test: (text: string, c: Candidate) => boolean }> = [
  { reason: "a month word in lower case: 'may' the verb, 'march' the noun", test: (_t, c) => LOWER_MONTH.test(c.match[0]) && c.match[0] !== c.match[0].toUpperCase() },
  { reason: "a bare month abbreviation before a name: 'Jan Kavan'", test: (t, c) => /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i.test(c.match[0]) && /^\s+\p{Lu}/u.test(around(t, c).after) },
  { reason: "an ordinal or a fraction: 'a second time', 'three-quarters of'", test: (_t, c) => /^a second$/i.test(c.match[0]) || /^(?:\S+\s+)?\S+-quarters$/i.test(c.match[0]) },
  { reason: "a title: 'High Noon'", test: (t, c) => /^noon$/i.test(c.match[0]) && /\bhigh\s+$/i.test(around(t, c).before) },
  { reason: "a title with a capitalised unit: '60 Minutes', ABC's 'This Week'", test: (_t, c) => c.pattern.name !== "holiday" && /\s(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?)$/.test(c.match[0]) && c.match[0] !== c.match[0].toUpperCase() },
  { reason: "a frequency word in a name: 'China Daily', 'the Daily Mail', 'The Weekly Standard'", test: (t, c) => c.pattern.name === "set" && /^\p{Lu}\p{Ll}+$/u.test(c.match[0]) && (/\p{Lu}[\p{L}.]*\s+$/u.test(around(t, c).before) || /^\s+\p{Lu}/u.test(around(t, c).after)) },
  { reason: "a season's word in a name: 'the Winter Olympics', 'the Summer Games', 'the Spring Festival'", test: (t, c) => c.pattern.name === "season" && /\b(?:Winter|Summer|Spring|Autumn|Fall)$/.test(c.match[0]) && /^\s+\p{Lu}\p{Ll}/u.test(around(t, c).after) },
  { reason: "a frequency adjective naming a thing: 'quarterly dividend'", test: (t, c) => c.pattern.name === "set" && SET_NOT_A_FREQUENCY.test(`${around(t, c, 8).before}|${c.match[0]}|${around(t, c, 8, 12).after}`) },
  { reason: "a number that is not a year: '2000 troops', 'flight 1996', '$2000'", test: (t, c) => c.pattern.name === "year" && notAYear(around(t, c)) },
]

const notAYear = ({ before, after }: { before: string; after: string }): boolean => {
  if (/(?:[$€£#]|\bno\.?|\bnumber|\broute|\bflight|\bresolution|\bpage|\bversion)\s*$/i.test(before)) return true
  if (/\b(?:in|since|by|until|till|of|from|to|before|after|during|through|between|early|late|mid|spring|summer|autumn|fall|winter)\s+$/i.test(before)) return false
  if (/(?:\b(?:the|a|its|his|her|their|that|this|our|your)|['’]s)\s+$/i.test(before)) return false // "the 1956 uprising", "its 1989 results"
  const next = /^\s+([a-z]+)\b/.exec(after)?.[1]
  return next !== undefined && !STOPWORDS.has(next) && !YEAR_NOUNS.test(next)
}

const falsePositive = (text: string, c: Candidate): boolean => FALSE_POSITIVES.some((f) => f.test(text, c))

const STOPWORDS = new Set(["the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "as", "was", "were", "is", "are", "had", "has", "have", "when", "after", "before", "that", "which", "while", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "there", "following"])

/**
 * A wire dateline left outside the body sentences ("JOHANNESBURG, August 7
 * (Xinhua) --"): the line between the headline and the first sentence that
 * opens with a place in capitals and ends with a dash.
 */
const DATELINE_LINE = /^[ \t]*\p{Lu}[\p{Lu}.' -]{2,}(?:,[ \t]*[\p{L}.' -]+)*,[ \t]+[^\n]{3,40}?[ \t]*(?:\([^)\n]*\)[ \t]*)?(?:--|_|—|-)[ \t]*$/gmu
const datelineLine = (article: Article): Span | null => {
  const first = article.sentences[0]
  if (!first) return null
  const from = article.headline?.end ?? 0
  const region = article.text.slice(from, first.start)
  DATELINE_LINE.lastIndex = 0
  const m = DATELINE_LINE.exec(region)
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null
}

/**
 * Words left out of the span, as TimeML quotes expressions: the approximation of a duration
 * ("(about) five hours"), the article of a decade ("(the) 1990s"), the preposition of a
 * reference ("(in) the past", "(right) now").
 */
const leadingWords = (rule: string, type: TimexMatch["type"], text: string, before: string): number => {
  // ("martial law will take effect on Wednesday and last 30 days": "last" the verb is no part of the duration)
  if (rule === "duration" && /^last\s+/i.test(text) && LAST_AS_VERB.test(before)) return /^last\s+/i.exec(text)![0].length + leadingWords(rule, type, text.replace(/^last\s+/i, ""), "")
  const lead = type === "DURATION" ? LEADING_APPROX : rule === "decade" ? /^the\s+/i : rule === "ref" ? /^(?:in|right)\s+/i : null
  return lead?.exec(text)?.[0].length ?? 0
}
/** What makes "last" a verb: "will last 30 days", "and last a week", "to last two years". */
const LAST_AS_VERB = /\b(?:will|would|could|can|may|might|should|must|to|and|which|that|it|they|usually|typically|normally)\s+$/i
const LEADING_APPROX = new RegExp(`^${APPROX}`, "i")
/** The part of a month or a year named right before it: "the end of " (March 2020), "the very beginning of " (1990). */
const PART_OF = /\bthe\s+(?:very\s+)?(?:end|start|beginning|middle|close)\s+of\s+$/i

/** What the article has mentioned so far: the last calendar day (and the segment it was in), the last calendar value. */
interface Running {
  readonly previous: Ymd | null
  readonly previousSegment: number
  readonly lastValue: string | null
}

const advance = (state: Running, norm: Norm, segment: number): Running => {
  const d = parseIso(norm.value)
  const isDay = d !== null && /^\d{4}-\d{2}-\d{2}/.test(norm.value)
  return {
    previous: isDay ? d : state.previous,
    previousSegment: isDay ? segment : state.previousSegment,
    lastValue: /^\d{4}/.test(norm.value) && norm.anchor !== "previous" ? norm.value : state.lastValue,
  }
}

export const findTimexes = (article: Article): TimexMatch[] => {
  // (a live page's day over an entry's time stamp, "Monday, July 22" then "9:40 p.m.", is that entry's date: what
  // follows it is reckoned from it)
  let dct = parseIso(article.published)
  const dateline = datelineLine(article)
  const segments: Span[] = [...(article.headline ? [article.headline] : []), ...(dateline ? [dateline] : []), ...article.sentences]
  const out: TimexMatch[] = []
  let state: Running = { previous: null, previousSegment: -2, lastValue: null }
  for (const [index, seg] of segments.entries()) {
    // (a post below a log's day heading is reckoned from that day)
    const day = dayBetween(article.days, index > 0 ? segments[index - 1]!.end : 0, seg.start)
    if (day) dct = parseIso(day)
    const text = article.text.slice(seg.start, seg.end)
    const context = (st: Running, c: Candidate): Context => ({
      dct, tense: tenseAt(text, c.start), previous: st.previous, nearDay: index - st.previousSegment <= 1 ? st.previous : null, lastValue: st.lastValue,
      before: text.slice(Math.max(0, c.start - 20), c.start), after: text.slice(c.end, c.end + 20),
    })
    const normalised = (st: Running, c: Candidate) => c.pattern.normalise(c.match, context(st, c))
    // What the sentence itself mentions before an expression counts too ("in 1988, ... that year"):
    // a first reading of the sentence gives the state each candidate of the second one is read in.
    const all = matchesIn(text)
    if (all.length === 0) continue
    const genuine = all.filter((c) => !falsePositive(text, c))
    const first = choose(genuine, (c) => normalised(state, c) !== null)
    const after: Array<{ readonly end: number; readonly state: Running }> = []
    for (const x of first) {
      const prior = after.at(-1)?.state ?? state
      const norm = normalised(prior, x)
      after.push({ end: x.end, state: norm && norm !== BLOCK ? advance(prior, norm, index) : prior })
    }
    /** The state after the last expression of the first reading that ends by `at` (their ends ascend). */
    const stateAt = (at: number): Running => {
      const i = lastAtMost(after, (a) => a.end, at)
      return i < 0 ? state : after[i]!.state
    }
    for (const c of choose(genuine, (c) => normalised(stateAt(c.start), c) !== null)) {
      const norm = normalised(state, c)
      if (!norm || norm === BLOCK) continue
      const range = rangeOf(norm.value)
      const lead0 = leadingWords(c.pattern.name, norm.type ?? c.pattern.type, c.match[0], text.slice(Math.max(0, c.start - 12), c.start))
      // ("the end of March 2020", "the middle of October": the part of a month or a year named is in the span, as TimeML
      // quotes it; the value is the month's or the year's)
      const part = lead0 === 0 && (norm.type ?? c.pattern.type) === "DATE" && /^\d{4}(?:-\d\d)?$|^XXXX-\d\d$/.test(norm.value) ? PART_OF.exec(text.slice(Math.max(0, c.start - 40), c.start)) : null
      const lead = part ? -part[0].length : lead0
      out.push({
        start: seg.start + c.start + lead,
        end: seg.start + c.end,
        text: text.slice(c.start + lead, c.end),
        type: norm.type ?? c.pattern.type,
        value: norm.value,
        startDate: range?.[0] ?? null,
        endDate: range?.[1] ?? null,
        anchor: norm.anchor,
        rule: c.pattern.name,
      })
      state = advance(state, norm, index)
    }
    const only = out.at(-1)
    const next = segments[index + 1]
    if (only && isDayHeading(article.text, seg, only) && next && (isEntryStamp(article.text.slice(next.start, next.end).trim()) || stampBetween(article.text, seg.end, next.start))) dct = parseIso(only.value)
  }
  return out
}
