/**
 * The records the per-article stages hand to each other. Offsets here are
 * UTF-16 offsets into the article's *clean* text (what `clean()` returns);
 * `document.ts` maps them back to raw code point offsets for the tables.
 *
 *   layout/metadata -> Article
 *   timex.findTimexes(article)             -> TimexMatch[]
 *   actors.findActors(article)             -> ActorMention[]
 *   actors.checkDates(article, mentions)   -> DateCheck
 *   events.extractEvents(article, timexes, mentions)    -> EventMatch[]
 *   events.extractPositions(article, timexes, mentions) -> PositionMatch[]
 */
import type { ACTOR_KINDS, DATE_BASES, EVENT_STATUSES, EVENT_TYPES, STANCES, TIMEX_ANCHORS, TIMEX_TYPES } from "../schemas/codes.ts"

export interface Span {
  readonly start: number
  readonly end: number
}

/** The index of the last of items sorted by `key` whose key is at most `at` (-1 when none is): a bisection. */
export const lastAtMost = <T>(items: ReadonlyArray<T>, key: (item: T) => number, at: number): number => {
  let lo = 0, hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid]!) <= at) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The index of the last of spans sorted by start, not overlapping, that starts at or before `at` (-1 when none does). */
export const lastStartingBy = (spans: ReadonlyArray<Span>, at: number): number => lastAtMost(spans, (s) => s.start, at)

/** Items grouped by the span (of spans sorted by start, not overlapping) that contains them, in their order. */
export const groupBySpan = <T extends Span>(spans: ReadonlyArray<Span>, items: ReadonlyArray<T>): T[][] => {
  const groups = spans.map((): T[] => [])
  for (const item of items) {
    const i = lastStartingBy(spans, item.start)
    if (i >= 0 && item.end <= spans[i]!.end) groups[i]!.push(item)
  }
  return groups
}

export interface SentenceSpan extends Span {
  /** Index of the body paragraph the sentence belongs to. */
  readonly paragraph: number
  /** Index of the sentence in the article (0-based, body order). */
  readonly position: number
}

/** An article after layout and metadata: what the extraction stages read. */
export interface Article {
  readonly docId: string
  /** The whole clean text, boilerplate included; every Span indexes it. */
  readonly text: string
  /** The headline line, when layout found one (time expressions are read there too). */
  readonly headline: Span | null
  /** Body sentences in order. Extraction reads only these (and the headline for timexes). */
  readonly sentences: ReadonlyArray<SentenceSpan>
  /** The article's reference date (ISO yyyy-mm-dd), or null when unknown. */
  readonly published: string | null
  /** The dateline place ("ASTANA, Kazakhstan"), when there is one. */
  readonly dateline: string | null
  /**
   * The officials the byline names (people the gazetteer knows, with their country): the authors of an op-ed
   * ("Anatoly Antonov and Qin Gang"), who "we" is outside a quotation. None for a journalist's byline.
   */
  readonly authors?: ReadonlyArray<ActorMention>
  /**
   * The days a log's headings name, in text order ("22 July 2020", its posts, "23 July 2020", ...: a channel's
   * archive, a live page): what is posted below one was posted that day, and is reckoned from it.
   */
  readonly days?: ReadonlyArray<DayMark>
}

/** A log's day heading: where it stands in the text and the day it names (ISO yyyy-mm-dd). */
export interface DayMark {
  readonly start: number
  readonly value: string
}

/** The day of the last of an article's day headings that starts in [`from`, `to`), if any. */
export const dayBetween = (days: ReadonlyArray<DayMark> | undefined, from: number, to: number): string | null => {
  if (!days?.length) return null
  const i = lastAtMost(days, (d) => d.start, to - 1)
  return i >= 0 && days[i]!.start >= from ? days[i]!.value : null
}

/**
 * A live page's entry time stamp on a line of its own ("9.05pm GMT", "14:32", "Updated 8.31pm GMT", "5:30 p.m. UPDATED"): a new
 * entry starts below it, so what the entries above said of "that day" is no context for it.
 */
const ENTRY_STAMP = /^[ \t]*(?:(?:updated|posted)[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*(?:am|pm|a\.m\.|p\.m\.)?(?:[ \t]+[A-Z]{2,4})?(?:[ \t]+(?:updated|update|breaking|new))?[ \t]*$/im

/** Whether a line is such a time stamp ("9:40 p.m.", "10:05 p.m. UPDATED"). */
export const isEntryStamp = (line: string): boolean => !line.includes("\n") && ENTRY_STAMP.test(line)

/** Whether a live page's entry time stamp stands between the end of one sentence (or span) and the start of the next. */
export const stampBetween = (text: string, end: number, start: number): boolean => end < start && ENTRY_STAMP.test(text.slice(end, start))

/** Whether a sentence (or span) is a day's date and nothing else, as a live page heads its days ("Thursday 29 September"). */
export const isDayHeading = (text: string, span: Span, timex: Span & { readonly value: string }): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(timex.value) && timex.start >= span.start && timex.end <= span.end &&
  text.slice(span.start, span.end).trim() === text.slice(timex.start, timex.end)

/** A speaker's name as a transcript prints it before what they said: "Wang Wenbin: ", "Spokesperson Hua Chunying: ", "CCTV: ". */
export const TRANSCRIPT_SPEAKER = /^((?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}[\p{Lu}][\p{L}.'\u2019-]*):\s+\S/u

export interface TimexMatch extends Span {
  readonly text: string
  readonly type: (typeof TIMEX_TYPES)[number]
  /** TIMEX3 value: 2011-06-15, 2011-06, 2011, 2011-SU, 2011-W24, 199, PAST_REF, P10Y, XXXX-XX-XX... */
  readonly value: string
  /** ISO day range covered by the value, null when open or unknown. */
  readonly startDate: string | null
  readonly endDate: string | null
  readonly anchor: (typeof TIMEX_ANCHORS)[number]
  /** Name of the pattern that found and normalised the expression. */
  readonly rule: string
}

/** One actor as coded: the same key means the same actor across articles. */
export interface ActorRef {
  /** Stable key, e.g. "country:RUS", "organisation:SCO", "person:vladimir-putin", "group:RUS:military experts". */
  readonly key: string
  /** Canonical name: "Russia", "Shanghai Cooperation Organisation", "Vladimir Putin". */
  readonly name: string
  /** ISO 3166-1 alpha-3 for a country or a person's country; short code for an organisation; null if unknown. */
  readonly code: string | null
  readonly kind: (typeof ACTOR_KINDS)[number]
  /** Office or role at the article's / event's date ("president", "foreign minister"), null if none known. */
  readonly role: string | null
}

export interface ActorMention extends Span, ActorRef {
  /** The words of the text, e.g. "Russian Defense Minister, Anatoly Serdyukov", "Moscow", "the two leaders". */
  readonly text: string
  /** For a joint or plural mention ("Russia and China", "the two leaders"): the actors it stands for. */
  readonly members: ReadonlyArray<ActorRef>
  /** How it was recognised ("gazetteer:country", "title+name", "surname", "metonym", "joint"...). */
  readonly rule: string
  /** For a person named with a title ("President Clinton"): the title, and whether the text names it as held now (not "former"). */
  readonly office?: { readonly title: string; readonly current: boolean } | null
}

export interface DateCheck {
  /** Findings for documents.date_flags, e.g. "tenure_conflict: Bill Clinton president of USA until 2001-01-20". */
  readonly flags: ReadonlyArray<string>
  /** When the current office-holders named bound the article's date: the window they allow. */
  readonly windowStart: string | null
  readonly windowEnd: string | null
}

export interface DatedMatch {
  readonly date: string | null
  readonly dateStart: string | null
  readonly dateEnd: string | null
  readonly dateBasis: (typeof DATE_BASES)[number]
}

export interface EventMatch extends DatedMatch {
  /** The evidence span (the sentence), in clean text offsets. */
  readonly evidence: Span
  readonly eventType: (typeof EVENT_TYPES)[number]
  readonly actor: ActorRef | null
  readonly actorName: string | null
  readonly target: ActorRef | null
  readonly targetName: string | null
  /** "article" when no target was named and the article's other side was taken; else the target is the text's. */
  readonly targetBasis?: "article"
  readonly location: string | null
  readonly status: (typeof EVENT_STATUSES)[number]
  readonly trigger: string
  readonly rule: string
}

export interface PositionMatch extends DatedMatch {
  readonly evidence: Span
  readonly holder: ActorRef | null
  readonly holderName: string | null
  readonly stance: (typeof STANCES)[number]
  readonly issue: string | null
  readonly issueText: string | null
  readonly targetCode: string | null
  readonly hedged: boolean
  readonly rule: string
}
