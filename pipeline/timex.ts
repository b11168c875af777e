/**
 * Time expressions: found in the headline and the body sentences and
 * normalised to TIMEX3 values against the article's date, the way a careful
 * reader would: tense decides whether "Wednesday" or "June" lies before or
 * after the publication date, "last December" is the December before the
 * publication month, dotted dates are day-first and slashed dates
 * month-first. Without a date, values stay partly unknown (XXXX-WXX-3)
 * rather than invent a year.
 *
 * The module reads as a list of patterns (PATTERNS below): each has a name
 * (the row's `rule`), a regular expression built from the vocabulary in
 * lexicons/timex-words.tsv, and a normaliser. Where patterns overlap the
 * longest match wins, then the earlier pattern.
 */
import { readFileSync } from "node:fs"
import type { Article, Span, TimexMatch } from "./annotations.ts"
import {
  addDays, addMonths, iso, isoMonth, isValid, parseIso, rangeOf, weekday, weekValue, type Ymd,
} from "./calendar.ts"
import { lexiconPath } from "./lexicon.ts"

// ---------------------------------------------------------------- vocabulary

const WORDS: ReadonlyMap<string, ReadonlyArray<{ re: string; value: string }>> = (() => {
  const map = new Map<string, Array<{ re: string; value: string }>>()
  for (const line of readFileSync(lexiconPath("timex-words.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue
    const [category, re, value] = line.split("\t")
    if (!category || !re || value === undefined) throw new Error(`lexicons/timex-words.tsv: malformed row ${JSON.stringify(line)}`)
    map.set(category, [...(map.get(category) ?? []), { re, value }])
  }
  return map
})()

/** A non-capturing alternation of a category's words, longest first. */
const alt = (category: string): string =>
  `(?:${[...(WORDS.get(category) ?? [])].sort((a, b) => b.re.length - a.re.length).map((w) => w.re).join("|")})`

/** The value of a word of a category ("june" -> "6"). */
const valueOf = (category: string, word: string): string | null => {
  const w = word.toLowerCase().replace(/\s+/g, " ").trim()
  return WORDS.get(category)?.find((x) => new RegExp(`^(?:${x.re})$`, "i").test(w))?.value ?? null
}

const MONTH = alt("month")
const WEEKDAY_FULL = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
const WEEKDAY = alt("weekday")
const SEASON = alt("season")
const NUMBER = `(?:${alt("number")}|\\d+(?:\\.\\d+)?)`
const ORDINAL = alt("ordinal")
const UNIT = alt("unit")
const PART = alt("partofday")
const ZONE = alt("zone")
const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)"
const APPROX = "(?:(?:nearly|almost|about|around|roughly|some|more than|less than|at least|at most|over|under|just over|just under|up to|approximately)\\s+)"

const numberValue = (word: string): string => {
  const w = word.toLowerCase().trim()
  if (/^\d+(\.\d+)?$/.test(w)) return String(Number(w))
  return valueOf("number", w) ?? "X"
}

// ---------------------------------------------------------------- tense

const FUTURE = /\b(will|won't|'ll|shall|would|wo|(?:is|are|was|were) (?:expected|scheduled|due|set|going|planning|likely|poised|slated) to|plans? to|planned|planning|scheduled|intends? to|to be held|upcoming|tomorrow)\b/gi
const PAST = /\b(said|says|was|were|had|did|told|met|went|began|came|took|gave|made|saw|won|left|held|sent|got|found|became|fell|rose|spoke|struck|killed|announced|reported|signed|agreed|ago|last|yesterday|earlier|\w{3,}ed)\b/gi

export type Tense = "past" | "future" | "present"

/**
 * The tense of the clause around a position of a sentence: the nearest tense
 * cue before it in the same clause ("will go Wednesday"), else the nearest
 * after it ("Wednesday, officials said"), else the nearest anywhere; present
 * when the sentence has none.
 */
export const tenseAt = (sentence: string, at: number): Tense => {
  const cues: Array<{ i: number; tense: Tense }> = []
  for (const [re, tense] of [[FUTURE, "future"], [PAST, "past"]] as const) {
    re.lastIndex = 0
    for (const m of sentence.matchAll(re)) {
      if (tense === "past" && NOT_PAST.test(m[0])) continue
      cues.push({ i: m.index, tense })
    }
  }
  if (cues.length === 0) return "present"
  const clauseStart = Math.max(sentence.lastIndexOf(",", at), sentence.lastIndexOf(";", at), sentence.lastIndexOf(" that ", at))
  const nextStop = [",", ";", " that "].map((x) => sentence.indexOf(x, at)).filter((i) => i >= 0)
  const clauseEnd = nextStop.length ? Math.min(...nextStop) : sentence.length
  const before = cues.filter((c) => c.i < at && c.i > clauseStart).sort((a, b) => b.i - a.i)[0]
  if (before) return before.tense
  const after = cues.filter((c) => c.i > at && c.i < clauseEnd).sort((a, b) => a.i - b.i)[0]
  if (after) return after.tense
  return cues.sort((a, b) => Math.abs(a.i - at) - Math.abs(b.i - at))[0]!.tense
}

const NOT_PAST = /^(need|speed|seed|feed|bleed|breed|proceed|exceed|succeed|indeed|red|bed|shed|wed|hundred|united|limited|based|related|armed|advanced|proposed|expected|planned|scheduled|embattled|detailed|alleged)$/i

// ---------------------------------------------------------------- normalised values

interface Norm {
  readonly value: string
  readonly type?: TimexMatch["type"]
  readonly anchor: TimexMatch["anchor"]
}

interface Context {
  readonly dct: Ymd | null
  readonly tense: Tense
  /** The last calendar date the article mentioned before this expression, for "the next day". */
  readonly previous: Ymd | null
  /** The text of the sentence just before the expression. */
  readonly before: string
}

const day = (d: Ymd, anchor: Norm["anchor"]): Norm => ({ value: iso(d), anchor })

/** The date of a weekday near `dct`: the past one (on or before), the future one (on or after), or the nearest. */
const weekdayNear = (dct: Ymd, wd: number, tense: Tense): Ymd => {
  const diff = wd - weekday(dct)
  if (tense === "past") return addDays(dct, diff <= 0 ? diff : diff - 7)
  if (tense === "future") return addDays(dct, diff >= 0 ? diff : diff + 7)
  return addDays(dct, diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff)
}

/**
 * The year of a month (and day) written without one. News speaks of dates
 * near its own: the nearest such date to the publication date, unless the
 * tense says otherwise and the other reading is not much further away
 * ("will meet on Jan. 14" in December is next January; "in June" in a past
 * sentence of a July article is this June).
 */
const yearNear = (dct: Ymd, m: number, d: number, tense: Tense): number => {
  const daysFrom = (y: number) => (Date.UTC(y, m - 1, d) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86_400_000
  const past = daysFrom(dct.y) <= 0 ? dct.y : dct.y - 1
  const future = daysFrom(dct.y) >= 0 ? dct.y : dct.y + 1
  const nearest = Math.abs(daysFrom(past)) <= Math.abs(daysFrom(future)) ? past : future
  const CLOSE = 120
  if (tense === "past" && Math.abs(daysFrom(past)) <= CLOSE) return past
  if (tense === "future" && Math.abs(daysFrom(future)) <= CLOSE) return future
  return nearest
}

/** The season a month belongs to, and the year it counts under (winter belongs to the year of its December). */
const seasonOf = (d: Ymd): { y: number; s: string } => {
  if (d.m <= 2) return { y: d.y - 1, s: "WI" }
  return { y: d.y, s: d.m <= 5 ? "SP" : d.m <= 8 ? "SU" : d.m <= 11 ? "FA" : "WI" }
}
const SEASON_ORDER = ["SP", "SU", "FA", "WI"]

const quarterOf = (d: Ymd) => Math.floor((d.m - 1) / 3) + 1

const relativeShift = (word: string): number => {
  const w = word.toLowerCase()
  if (/^(last|past|previous|preceding)$/.test(w)) return -1
  if (/^(next|coming|following)$/.test(w)) return 1
  return 0
}

/** A TIMEX3 duration from a count and a unit code of the lexicon. */
const duration = (n: string, unit: string): string => {
  const num = n === "X" ? "X" : n
  const times = (k: number) => (num === "X" ? "X" : String(Number(num) * k))
  switch (unit) {
    case "S": return `PT${num}S`
    case "MIN": return `PT${num}M`
    case "H": return `PT${num}H`
    case "D": return `P${num}D`
    case "WE": return `P${times(2)}D`
    case "W": return `P${num}W`
    case "FN": return `P${times(2)}W`
    case "M": return `P${num}M`
    case "Q": return `P${num}Q`
    case "DE": return num === "X" ? "PXDE" : `P${times(10)}Y`
    case "CE": return num === "X" ? "PXY" : `P${times(100)}Y`
    default: return `P${num}Y`
  }
}

// ---------------------------------------------------------------- the patterns

interface Pattern {
  readonly name: string
  readonly re: RegExp
  readonly type: TimexMatch["type"]
  readonly normalise: (m: RegExpExecArray, ctx: Context) => Norm | null
}

const P = (name: string, source: string, type: TimexMatch["type"], normalise: Pattern["normalise"]): Pattern => ({
  name, type, normalise, re: new RegExp(`(?<![\\p{L}\\p{N}$€£.,-])(?:${source})(?![\\p{L}\\p{N}]|[.,]\\d)`, "giu"),
})

const monthNo = (w: string) => Number(valueOf("month", w))
const partOf = (w: string) => valueOf("partofday", w)!
const noDct = (value: string): Norm => ({ value, anchor: "none" })

/** The patterns, most specific first. */
export const PATTERNS: ReadonlyArray<Pattern> = [
  P("date.iso", `(\\d{4})-(\\d{2})-(\\d{2})`, "DATE", (m) => (isValid(+m[1]!, +m[2]!, +m[3]!) ? { value: `${m[1]}-${m[2]}-${m[3]}`, anchor: "absolute" } : null)),
  P("date.dotted-day-first", `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})`, "DATE", (m) =>
    isValid(+m[3]!, +m[2]!, +m[1]!) ? day({ y: +m[3]!, m: +m[2]!, d: +m[1]! }, "absolute") : null),
  P("date.slashed-month-first", `(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})`, "DATE", (m) => {
    const y = m[3]!.length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3])
    return isValid(y, +m[1]!, +m[2]!) ? day({ y, m: +m[1]!, d: +m[2]! }, "absolute") : null
  }),
  P("date.month-day-year", `(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${YEAR})`, "DATE", (m) =>
    isValid(+m[3]!, monthNo(m[1]!), +m[2]!) ? day({ y: +m[3]!, m: monthNo(m[1]!), d: +m[2]! }, "absolute") : null),
  P("date.day-month-year", `(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})`, "DATE", (m) =>
    isValid(+m[3]!, monthNo(m[2]!), +m[1]!) ? day({ y: +m[3]!, m: monthNo(m[2]!), d: +m[1]! }, "absolute") : null),
  P("date.month-day", `(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?`, "DATE", (m, ctx) => {
    const mo = monthNo(m[1]!), d = +m[2]!
    if (!isValid(2000, mo, d)) return null
    if (!ctx.dct) return noDct(`XXXX-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
    const y = yearNear(ctx.dct, mo, d, ctx.tense)
    return isValid(y, mo, d) ? day({ y, m: mo, d }, "publication") : null
  }),
  P("date.day-month", `(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})`, "DATE", (m, ctx) => {
    const mo = monthNo(m[2]!), d = +m[1]!
    if (!isValid(2000, mo, d)) return null
    if (!ctx.dct) return noDct(`XXXX-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
    const y = yearNear(ctx.dct, mo, d, ctx.tense)
    return isValid(y, mo, d) ? day({ y, m: mo, d }, "publication") : null
  }),
  P("date.month-year", `(?:(?:early|mid|late)[-\\s]+)?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})`, "DATE", (m) => ({ value: isoMonth(+m[2]!, monthNo(m[1]!)), anchor: "absolute" })),
  P("time.clock", `(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s+(${ZONE}))?(?:\\s+(${WEEKDAY_FULL}|today|yesterday|tomorrow))?`, "TIME", (m, ctx) => {
    let h = +m[1]!
    if (h > 12) return null
    const pm = /^p/i.test(m[3]!)
    if (pm && h < 12) h += 12
    if (!pm && h === 12) h = 0
    const hm = `T${String(h).padStart(2, "0")}:${m[2] ?? "00"}`
    const base = dayWord(m[5], ctx)
    return base ? { value: `${base.value}${hm}`, anchor: base.anchor } : noDct(`XXXX-XX-XX${hm}`)
  }),
  P("time.named", `(noon|midnight|midday)(?:\\s+(${WEEKDAY_FULL}|today|yesterday|tomorrow))?`, "TIME", (m, ctx) => {
    const base = dayWord(m[2], ctx)
    const t = /midnight/i.test(m[1]!) ? "T24:00" : "T12:00"
    return base ? { value: `${base.value}${t}`, anchor: base.anchor } : noDct(`XXXX-XX-XX${t}`)
  }),
  P("day.part", `(${WEEKDAY_FULL}|today|yesterday|tomorrow|this|last|that)\\s+(${PART})|(tonight)`, "TIME", (m, ctx) => {
    if (m[3]) return ctx.dct ? { value: `${iso(ctx.dct)}TNI`, anchor: "publication" } : noDct("XXXX-XX-XXTNI")
    const w = m[1]!.toLowerCase()
    const base = w === "this" || w === "that" ? dayWord("today", ctx) : w === "last" ? dayWord("yesterday", ctx) : dayWord(w, ctx)
    return base ? { value: `${base.value}T${partOf(m[2]!)}`, anchor: base.anchor } : null
  }),
  P("weekday.relative", `(last|next|this|coming|past)\\s+(${WEEKDAY_FULL})`, "DATE", (m, ctx) => {
    const wd = Number(valueOf("weekday", m[2]!))
    if (!ctx.dct) return noDct(`XXXX-WXX-${wd}`)
    const shift = relativeShift(m[1]!)
    const diff = wd - weekday(ctx.dct)
    const offset = shift < 0 ? (diff < 0 ? diff : diff - 7) : shift > 0 ? (diff > 0 ? diff : diff + 7) : diff
    return day(addDays(ctx.dct, offset), "publication")
  }),
  P("weekday", `(${WEEKDAY_FULL})`, "DATE", (m, ctx) => {
    const wd = Number(valueOf("weekday", m[1]!))
    return ctx.dct ? day(weekdayNear(ctx.dct, wd, ctx.tense), "publication") : noDct(`XXXX-WXX-${wd}`)
  }),
  P("day.deictic", `(the day before yesterday|the day after tomorrow|today|yesterday|tomorrow)`, "DATE", (m, ctx) => {
    const w = m[1]!.toLowerCase()
    const shift = w === "today" ? 0 : w === "yesterday" ? -1 : w === "tomorrow" ? 1 : w.includes("before") ? -2 : 2
    return ctx.dct ? day(addDays(ctx.dct, shift), "publication") : noDct("XXXX-XX-XX")
  }),
  P("day.anaphoric", `(the next day|the following day|a day later|the day before|the previous day|the same day|that day)`, "DATE", (m, ctx) => {
    const w = m[1]!.toLowerCase()
    const shift = /next|following|later/.test(w) ? 1 : /before|previous/.test(w) ? -1 : 0
    if (ctx.previous) return day(addDays(ctx.previous, shift), "previous")
    return ctx.dct ? day(addDays(ctx.dct, shift), "publication") : noDct("XXXX-XX-XX")
  }),
  P("ago", `(${APPROX}?)(${NUMBER}|a|an)\\s+(${UNIT})\\s+(ago|earlier|before)`, "DATE", (m, ctx) => {
    const n = numberValue(m[2]!)
    const unit = valueOf("unit", m[3]!)!
    if (n === "X") return { value: "PAST_REF", anchor: ctx.dct ? "publication" : "none" }
    if (!ctx.dct) return noDct("XXXX")
    const k = Math.round(Number(n))
    const dct = ctx.dct
    switch (unit) {
      case "D": return day(addDays(dct, -k), "publication")
      case "W": return { value: weekValue(addDays(dct, -7 * k)), anchor: "publication" }
      case "M": { const t = addMonths(dct.y, dct.m, -k); return { value: isoMonth(t.y, t.m), anchor: "publication" } }
      case "Y": return { value: String(dct.y - k), anchor: "publication" }
      case "DE": return { value: String(dct.y - 10 * k), anchor: "publication" }
      default: return null
    }
  }),
  P("relative.unit", `((?:(?:earlier|later|early|late|mid)[-\\s]+)?)(this|last|next|the past|the next|the coming|the current|the previous|the following|past|coming|current|previous|following)\\s+(weekend|week|month|year|quarter|decade|century)`, "DATE", (m, ctx) => {
    const which = m[2]!.toLowerCase()
    const unit = m[3]!.toLowerCase()
    // "the past year", "over the next decade": a stretch of time, not a calendar unit.
    if (/^the (past|coming|next)$/.test(which) || (/^(past|coming)$/.test(which) && unit !== "weekend")) {
      return { value: duration("1", valueOf("unit", unit)!), type: "DURATION", anchor: ctx.dct ? "publication" : "none" }
    }
    const shift = relativeShift(which.replace(/^the /, ""))
    const dct = ctx.dct
    if (!dct) return noDct(unit === "year" ? "XXXX" : unit === "month" ? "XXXX-XX" : unit === "week" ? "XXXX-WXX" : "XXXX")
    switch (unit) {
      case "week": return { value: weekValue(addDays(dct, 7 * shift)), anchor: "publication" }
      case "weekend": {
        const target = shift === 0 ? (ctx.tense === "past" && weekday(dct) < 6 ? addDays(dct, -7) : dct) : addDays(dct, 7 * shift)
        return { value: `${weekValue(target)}-WE`, anchor: "publication" }
      }
      case "month": { const t = addMonths(dct.y, dct.m, shift); return { value: isoMonth(t.y, t.m), anchor: "publication" } }
      case "quarter": {
        const q = quarterOf(dct) - 1 + shift
        const y = dct.y + Math.floor(q / 4)
        return { value: `${y}-Q${((q % 4) + 4) % 4 + 1}`, anchor: "publication" }
      }
      case "decade": return { value: String(Math.floor(dct.y / 10) + shift), anchor: "publication" }
      case "century": return { value: String(Math.floor(dct.y / 100) + shift).padStart(2, "0"), anchor: "publication" }
      default: return { value: String(dct.y + shift), anchor: "publication" }
    }
  }),
  P("weekend", `(the weekend)`, "DATE", (_m, ctx) => {
    const dct = ctx.dct
    if (!dct) return noDct("XXXX-WXX-WE")
    const wd = weekday(dct)
    const target = ctx.tense === "past" ? (wd >= 6 ? dct : addDays(dct, -7)) : dct
    return { value: `${weekValue(target)}-WE`, anchor: "publication" }
  }),
  P("month.relative", `(last|next|this|early|late|mid|earlier|later)[-\\s]+(${MONTH})`, "DATE", (m, ctx) => {
    const mo = monthNo(m[2]!)
    const w = m[1]!.toLowerCase()
    if (!ctx.dct) return noDct(`XXXX-${String(mo).padStart(2, "0")}`)
    const dct = ctx.dct
    const y = w === "last" ? (mo < dct.m ? dct.y : dct.y - 1) : w === "next" ? (mo > dct.m ? dct.y : dct.y + 1) : w === "this" ? dct.y : yearNear(dct, mo, 1, ctx.tense)
    return { value: isoMonth(y, mo), anchor: "publication" }
  }),
  P("month", `(?:(?<=\\b(?:in|since|by|until|till|during|through|of|from|to|before|after|between|and|or)\\s)(${MONTH}))|(${"january|february|april|june|july|august|september|october|november|december"})`, "DATE", (m, ctx) => {
    const word = m[1] ?? m[2]!
    if (/\.$/.test(word) || word.length < 3) return null
    const mo = monthNo(word)
    if (!ctx.dct) return noDct(`XXXX-${String(mo).padStart(2, "0")}`)
    return { value: isoMonth(yearNear(ctx.dct, mo, 1, ctx.tense), mo), anchor: "publication" }
  }),
  P("season", `(?:(?:sometime|some time)\\s+)?((?:this|last|next|early|late|mid|the|this past)[-\\s]+)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}))?`, "DATE", (m, ctx) => {
    const s = valueOf("season", m[2]!)!
    if (m[3]) return { value: `${m[3]}-${s}`, anchor: "absolute" }
    const w = (m[1] ?? "").trim().toLowerCase()
    if (!w && !/^(spring|summer|autumn|winter)$/i.test(m[2]!)) return null // "fall" alone is a verb
    if (!ctx.dct) return noDct(`XXXX-${s}`)
    const cur = seasonOf(ctx.dct)
    const diff = SEASON_ORDER.indexOf(s) - SEASON_ORDER.indexOf(cur.s)
    let y = cur.y
    if (/last|past/.test(w)) y = diff < 0 ? cur.y : cur.y - 1
    else if (w === "next") y = diff > 0 ? cur.y : cur.y + 1
    else if (w === "this") y = cur.y
    else y = ctx.tense === "past" ? (diff <= 0 ? cur.y : cur.y - 1) : ctx.tense === "future" ? (diff >= 0 ? cur.y : cur.y + 1) : cur.y
    return { value: `${y}-${s}`, anchor: "publication" }
  }),
  P("quarter.reported", `(?:the\\s+)?(?:(year-earlier|year-ago|prior-year)\\s+)?(?:latest\\s+)?(quarter|period)|the\\s+(?:latest|most recent)\\s+(?:quarter|period)`, "DATE", (m, ctx) => {
    // Business news reports the quarter just ended: "the quarter", "the latest period",
    // "the year-earlier quarter" (the same quarter a year before).
    if (!m[0].toLowerCase().startsWith("the") && !m[1]) return null
    if (!ctx.dct) return noDct("XXXX-QX")
    const q = quarterOf(ctx.dct) - 1
    const y = ctx.dct.y + Math.floor((q - 1) / 4) - (m[1] ? 1 : 0)
    return { value: `${y}-Q${((q - 1) % 4 + 4) % 4 + 1}`, anchor: "publication" }
  }),
  P("quarter", `(?:the\\s+)?(${ORDINAL}|last|latest|current|previous|same)[-\\s]+(?:fiscal[-\\s]+)?quarter(?:\\s+of\\s+(${YEAR}))?|(${YEAR})\\s+(${ORDINAL})[-\\s]+quarter|(?:the\\s+)?(?:year-ago|year-earlier)\\s+quarter`, "DATE", (m, ctx) => {
    if (m[3]) return { value: `${m[3]}-Q${valueOf("ordinal", m[4]!)}`, anchor: "absolute" }
    const w = m[1]?.toLowerCase()
    const q0 = ctx.dct ? quarterOf(ctx.dct) : null
    if (!w) return ctx.dct ? { value: `${ctx.dct.y - 1}-Q${q0}`, anchor: "publication" } : noDct("XXXX-QX")
    const ord = valueOf("ordinal", w)
    if (m[2]) return ord ? { value: `${m[2]}-Q${ord}`, anchor: "absolute" } : null
    if (!ctx.dct) return noDct(ord ? `XXXX-Q${ord}` : "XXXX-QX")
    const dct = ctx.dct
    if (ord) {
      const q = Number(ord)
      if (q > 4) return null
      const y = q <= q0! ? dct.y : ctx.tense === "future" ? dct.y : dct.y - 1
      return { value: `${y}-Q${q}`, anchor: "publication" }
    }
    const shift = /last|latest|previous/.test(w) ? -1 : 0
    const q = q0! - 1 + shift
    return { value: `${dct.y + Math.floor(q / 4)}-Q${((q % 4) + 4) % 4 + 1}`, anchor: "publication" }
  }),
  P("decade", `(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?:(\\d{3})0['\u2019]?s|['\u2019](\\d)0['\u2019]?s|(${alt("decade")}))`, "DATE", (m) => {
    if (m[1]) return { value: m[1], anchor: "absolute" }
    if (m[2]) return { value: `19${m[2]}`, anchor: "absolute" }
    return { value: `19${valueOf("decade", m[3]!)}`, anchor: "absolute" }
  }),
  P("century", `(?:the\\s+)?(${ORDINAL})[-\\s]+century`, "DATE", (m) => {
    const n = Number(valueOf("ordinal", m[1]!))
    return n ? { value: String(n - 1).padStart(2, "0"), anchor: "absolute" } : null
  }),
  P("year.range", `(${YEAR})\\s*[-\u2013]\\s*(\\d{2})(?!\\d)`, "DATE", (m) => ({ value: m[1]!, anchor: "absolute" })),
  P("year.fiscal", `fiscal(?:\\s+year)?\\s+(${YEAR})`, "DATE", (m) => ({ value: `FY${m[1]}`, anchor: "absolute" })),
  P("year", `(${YEAR})(?!\\s*(?:%|percent|per cent|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|people|troops|soldiers|votes|members|delegates|units|points|barrels|students|dead|killed|workers|acres|pounds|dollars|euros|yuan|rubles|won|yen|\\$))`, "DATE", (m) => ({ value: m[1]!, anchor: "absolute" })),
  P("age", `(${NUMBER})[-\\s]+(?:years?|months?|weeks?|days?)[-\\s]+old`, "DURATION", () => null),
  P("duration", `(?:the\\s+)?(?:(?:past|last|next|coming|first|previous|following)\\s+)?(${APPROX}?)(${NUMBER})[-\\s]+(${UNIT})(?:[-\\s]+(?:long|old))?`, "DURATION", (m, ctx) => {
    const unit = valueOf("unit", m[3]!)!
    const n = numberValue(m[2]!)
    if (/[-\s]+old$/i.test(m[0])) return null // an age, not a time
    if (n === "1" && /^an?$/i.test(m[2]!) && !m[1] && /\b(?:once|twice|times|per)\s*$/i.test(ctx.before)) {
      return null // a rate ("twice a year"), not a stretch of time
    }
    return { value: duration(n, unit), type: "DURATION", anchor: ctx.dct ? "publication" : "none" }
  }),
  P("duration.vague", `(?:the\\s+)?(?:(?:past|last|next|coming|recent)\\s+)?(?:few\\s+|several\\s+)?(years|months|weeks|decades)`, "DURATION", (m) => {
    const unit = valueOf("unit", m[1]!)!
    return { value: unit === "DE" ? "PXDE" : `PX${unit}`, type: "DURATION", anchor: "none" }
  }),
  P("set", `(daily|weekly|monthly|annually|yearly|every\\s+(?:day|week|month|year|quarter)|each\\s+(?:day|week|month|year))`, "SET", (m) => {
    const w = m[1]!.toLowerCase()
    const unit = /day|daily/.test(w) ? "D" : /week/.test(w) ? "W" : /month/.test(w) ? "M" : /quarter/.test(w) ? "Q" : "Y"
    return { value: `P1${unit}`, type: "SET", anchor: "none" }
  }),
  P("ref", `(${alt("ref")})`, "DATE", (m) => ({ value: valueOf("ref", m[1]!)!, anchor: "none" })),
]

/** The date a day word stands for ("Tuesday", "today"...), for times attached to it. */
const dayWord = (word: string | undefined, ctx: Context): Norm | null => {
  if (!ctx.dct) return null
  const w = (word ?? "today").toLowerCase()
  if (w === "today") return day(ctx.dct, "publication")
  if (w === "yesterday") return day(addDays(ctx.dct, -1), "publication")
  if (w === "tomorrow") return day(addDays(ctx.dct, 1), "publication")
  const wd = valueOf("weekday", w)
  return wd ? day(weekdayNear(ctx.dct, Number(wd), ctx.tense), "publication") : null
}

// ---------------------------------------------------------------- finding

interface Candidate {
  readonly start: number
  readonly end: number
  readonly pattern: Pattern
  readonly order: number
  readonly match: RegExpExecArray
}

/** Candidates of every pattern in a text; the longest wins where they overlap, then the earlier pattern. */
const candidates = (text: string): Candidate[] => {
  const all: Candidate[] = []
  PATTERNS.forEach((pattern, order) => {
    pattern.re.lastIndex = 0
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++
        continue
      }
      all.push({ start: m.index, end: m.index + m[0].length, pattern, order, match: m })
    }
  })
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start)
  const chosen: Candidate[] = []
  for (const c of all) if (!chosen.some((x) => x.start < c.end && c.start < x.end)) chosen.push(c)
  return chosen.sort((a, b) => a.start - b.start)
}

/** Time words that may follow a year ("the 2008 elections" is a date; "2000 troops" is not). */
const YEAR_NOUNS = /^(?:years?|elections?|olympics|games|budgets?|census|campaigns?|levels?|figures?|seasons?|talks|summits?|plans?|reports?|accords?|deals?|results?|earnings|sales|profits?|levels?|highs?|lows?|records?)$/i

/** A year that is a count ("2000 troops", "1500 police") or a number ("flight 1996", "$2000"). */
const falsePositive = (text: string, c: Candidate): boolean => {
  if (c.pattern.name !== "year") return false
  const before = text.slice(Math.max(0, c.start - 12), c.start)
  if (/(?:[$€£#]|\bno\.?|\bnumber|\broute|\bflight|\bresolution|\bpage|\bversion)\s*$/i.test(before)) return true
  if (/\b(?:in|since|by|until|till|of|from|to|before|after|during|through|between|early|late|mid|spring|summer|autumn|fall|winter)\s+$/i.test(before)) return false
  const next = /^\s+([a-z]+)\b/.exec(text.slice(c.end, c.end + 30))?.[1]
  return next !== undefined && !STOPWORDS.has(next) && !YEAR_NOUNS.test(next)
}

const STOPWORDS = new Set(["the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "as", "was", "were", "is", "are", "had", "has", "have", "when", "after", "before", "that", "which", "while", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "there", "following"])

export const findTimexes = (article: Article): TimexMatch[] => {
  const dct = parseIso(article.published)
  const segments: Span[] = [...(article.headline ? [article.headline] : []), ...article.sentences]
  const out: TimexMatch[] = []
  let previous: Ymd | null = null
  for (const seg of segments) {
    const text = article.text.slice(seg.start, seg.end)
    for (const c of candidates(text)) {
      if (falsePositive(text, c)) continue
      const ctx: Context = { dct, tense: tenseAt(text, c.start), previous, before: text.slice(Math.max(0, c.start - 20), c.start) }
      const norm = c.pattern.normalise(c.match, ctx)
      if (!norm) continue
      const range = rangeOf(norm.value)
      out.push({
        start: seg.start + c.start,
        end: seg.start + c.end,
        text: c.match[0],
        type: norm.type ?? c.pattern.type,
        value: norm.value,
        startDate: range?.[0] ?? null,
        endDate: range?.[1] ?? null,
        anchor: norm.anchor,
        rule: c.pattern.name,
      })
      const d = parseIso(norm.value)
      if (d && /^\d{4}-\d{2}-\d{2}/.test(norm.value)) previous = d
    }
  }
  return out
}
