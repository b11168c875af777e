/**
 * The patterns: each has a name (the row's `rule`), a regular expression
 * built from the vocabulary, and a normaliser that turns a match into a
 * TIMEX3 value in the context of the article (publication date, tense, the
 * date mentioned last). Most specific first; where matches overlap the
 * longest wins, then the earlier pattern.
 */
import type { TimexMatch } from "../annotations.ts"
import { lexiconRegExp } from "../lexicon.ts"
import { addDays, addMonths, iso, isoMonth, isValid, weekday, weekValue, type Ymd } from "../calendar.ts"
import { APPROX, DIGIT_WORD, MONTH, NUMBER, ORDINAL, PART, SEASON, TENS, UNIT, WEEKDAY, WEEKDAY_FULL, YEAR, YEAR_ANY, YEAR_WORDS, ZONE, alt, numberValue, valueOf, yearNumber } from "./vocabulary.ts"
import { BLOCK, type Context, type Norm, SEASON_ORDER, day, dayWord, duration, holidayIn, lastAsPrecise, occurrenceNear, quarterBefore, quarterOf, relativeShift, seasonOf, shiftLast, shifted, weekdayNear, yearNear, yearOfLast } from "./resolve.ts"

// ---------------------------------------------------------------- the patterns

export interface Pattern {
  readonly name: string
  readonly re: RegExp
  readonly type: TimexMatch["type"]
  readonly normalise: (m: RegExpExecArray, ctx: Context) => Norm | null
  /**
   * What every match of the pattern contains (a word of the vocabulary it cannot do without, a
   * digit): a text without it is not searched. Only spares time; tests/timex-patterns.test.ts
   * checks each match found against it.
   */
  readonly gate: RegExp
}

/** Gates, from the vocabulary: case-insensitive, anywhere in the text. */
const gate = (source: string): RegExp => lexiconRegExp(source)
const DIGIT = gate("\\d")
/** Four digits in a row: a year (YEAR is 1500-2099). */
const FOUR_DIGITS = gate("\\d{4}")
const MONTH_WORD = gate(MONTH)
const WEEKDAY_WORD = gate(WEEKDAY_FULL)
const YEAR_WORD = gate("year")
const QUARTER_WORD = gate("quarter|period")
const PART_WORD = gate(PART)
const DIGIT_AND_MONTH = gate(`^(?=[\\s\\S]*\\d)[\\s\\S]*${MONTH}`)

const P = (name: string, gate: RegExp, source: string, type: TimexMatch["type"], normalise: Pattern["normalise"]): Pattern => ({
  name, type, normalise, gate, re: new RegExp(`(?<![\\p{L}\\p{N}$€£.,-])(?:${source})(?![\\p{L}\\p{N}]|[.,]\\d)`, "giu"),
})

export const monthNo = (w: string) => Number(valueOf("month", w))
export const partOf = (w: string) => valueOf("partofday", w)!
export const noDct = (value: string): Norm => ({ value, anchor: "none" })
const pad2 = (n: number) => String(n).padStart(2, "0")

/** A day of a month written without a year: in the year the tense points to, near the publication date. */
const dayNear = (mo: number, d: number, ctx: Context, tense = ctx.tense): Norm | null => {
  if (!isValid(2000, mo, d)) return null // 2000 is a leap year: only days that exist in no year are refused
  if (!ctx.dct) return noDct(`XXXX-${pad2(mo)}-${pad2(d)}`)
  return day({ y: yearNear(ctx.dct, mo, d, tense === "present" && chronologyEntry(ctx) ? "past" : tense), m: mo, d }, "publication")
}

/**
 * A date that heads an entry of a chronology, told in the present of the past: "March 17 - The
 * U.N. Security Council votes to authorize a no-fly zone", "Aug. 2: Iraq invades Kuwait".
 */
const chronologyEntry = (ctx: Context): boolean => ctx.before.trim() === "" && /^\s*(?:--?|[\u2013\u2014:])\s/.test(ctx.after)

/**
 * The day a clock time is on when the day follows apart from it, "10:35 a.m. (0735 GMT) Friday",
 * "20:00 GMT on Sunday": looked at, not made part of the span (the day is an expression of its own).
 */
const DAY_AFTER = `(?=(?:\\s+\\([^()\\n]{1,20}\\))?,?\\s+(?:on\\s+)?(?:(${WEEKDAY_FULL}|today|yesterday|tomorrow)|(?:the\\s+)?(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmon>${MONTH}),?\\s+(?<dy>${YEAR})|(?<mmon>${MONTH})\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>${YEAR}))|)`

/** The date written in full after a clock time ("1:38 pm on 10 Jun 2010", "20:00 GMT on June 3, 2012"), as DAY_AFTER finds it. */
const dateAfter = (m: RegExpExecArray): Norm | null => {
  const g = m.groups ?? {}
  const [d, mon, y] = g.dd ? [g.dd, g.dmon, g.dy] : g.md ? [g.md, g.mmon, g.my] : []
  if (!d || !mon || !y) return null
  const date = { y: +y, m: monthNo(mon), d: +d }
  return isValid(date.y, date.m, date.d) ? day(date, "absolute") : null
}

/** What makes "a year", "a week" a rate: a count or an amount right before it. */
const RATE_BEFORE = /(?:\b(?:once|twice|times|per)|(?:\d[\d,.]*%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?))(?:\s+(?:[a-z]+\s+)?(?:million|billion|percent|cents?|[a-z]+s))?)\s*$/i

/** A count right after a word: "the past three summers", "the past 12 seasons". */
const COUNT_AFTER = new RegExp(`^\\s+(?:\\d+|${TENS}|${DIGIT_WORD}|ten|eleven|twelve|few|several)\\s`, "i")

/** A modal or an infinitive right before a word: what it speaks of is to come ("may soon", "to soon grow"). */
const MODAL_BEFORE = /\b(?:will|would|may|might|could|can|should|must|shall|to)\s+(?:\w+ly\s+)?$/i

/** A modal right before "one day": "will one day", "may yet one day". */
const SOMEDAY_BEFORE = /\b(?:will|would|could|may|might|can|should|must)\s+(?:(?:\w+ly|yet|still)\s+)?$/i

/** Units whose count "later" or "earlier" is a duration with a signal, not a date (TimeML): "three days later". */
const SPAN_UNITS = new Set(["S", "MIN", "H", "D", "WE", "W", "FN", "M"])

/** The patterns, most specific first. */
export const PATTERNS: ReadonlyArray<Pattern> = [
  P("date.iso", FOUR_DIGITS, `(\\d{4})-(\\d{2})-(\\d{2})`, "DATE", (m) => (isValid(+m[1]!, +m[2]!, +m[3]!) ? { value: `${m[1]}-${m[2]}-${m[3]}`, anchor: "absolute" } : null)),
  P("date.dotted-day-first", FOUR_DIGITS, `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})`, "DATE", (m) =>
    isValid(+m[3]!, +m[2]!, +m[1]!) ? day({ y: +m[3]!, m: +m[2]!, d: +m[1]! }, "absolute") : null),
  P("date.slashed-month-first", DIGIT, `(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})`, "DATE", (m) => {
    const y = m[3]!.length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3])
    return isValid(y, +m[1]!, +m[2]!) ? day({ y, m: +m[1]!, d: +m[2]! }, "absolute") : null
  }),
  P("date.month-day-year", FOUR_DIGITS, `(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${YEAR})`, "DATE", (m) =>
    isValid(+m[3]!, monthNo(m[1]!), +m[2]!) ? day({ y: +m[3]!, m: monthNo(m[1]!), d: +m[2]! }, "absolute") : null),
  P("date.day-month-year", FOUR_DIGITS, `(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})`, "DATE", (m) =>
    isValid(+m[3]!, monthNo(m[2]!), +m[1]!) ? day({ y: +m[3]!, m: monthNo(m[2]!), d: +m[1]! }, "absolute") : null),
  // "23 November last year", "November 23 of next year": a day of a year named by its distance.
  P("date.day-of-year", DIGIT_AND_MONTH, `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?),?\\s+(?:of\\s+)?(this|last|next)\\s+year`, "DATE", (m, ctx) => {
    const mo = monthNo(m[2] ?? m[3]!), d = +(m[1] ?? m[4]!)
    if (!isValid(2000, mo, d)) return null
    if (!ctx.dct) return noDct(`XXXX-${pad2(mo)}-${pad2(d)}`)
    const y = ctx.dct.y + relativeShift(m[5]!)
    return isValid(y, mo, d) ? day({ y, m: mo, d }, "publication") : null
  }),
  P("date.week-of", DIGIT_AND_MONTH, `the\\s+week\\s+of\\s+(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?`, "DATE", (m, ctx) => {
    const mo = monthNo(m[1]!), d = +m[2]!
    if (!isValid(2000, mo, d)) return null
    if (!ctx.dct) return noDct("XXXX-WXX")
    const y = yearNear(ctx.dct, mo, d, ctx.tense)
    return isValid(y, mo, d) ? { value: weekValue({ y, m: mo, d }), anchor: "publication" } : null
  }),
  P("date.month-day", DIGIT_AND_MONTH, `(?:(last|next|this)\\s+)?(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?`, "DATE", (m, ctx) => {
    const w = m[1]?.toLowerCase()
    return dayNear(monthNo(m[2]!), +m[3]!, ctx, w === "last" ? "past" : w === "next" ? "future" : ctx.tense)
  }),
  P("date.month-day.second", DIGIT, `(?=\\d)(?<=(${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or|to|through|until)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%]|\\s*(?:percent|${MONTH}))`, "DATE", (m, ctx) => {
    // "April 24 and 25": the second day of the same month.
    return dayNear(monthNo(m[1]!), +m[2]!, ctx)
  }),
  P("date.day-month", DIGIT_AND_MONTH, `(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})`, "DATE", (m, ctx) =>
    dayNear(monthNo(m[2]!), +m[1]!, ctx)),
  // "on the 20th", "since the 19th": a day of the article's month (of the month before, told in the past, when the day is still
  // to come; of the next, told of what is to come, when it has passed). Only after a preposition and before the clause goes
  // on: not "the 20th century", "the 19th Party Congress".
  P("date.ordinal-day", DIGIT, `(?<=\\b(?:on|of|since|until|till|by|from|before|after|to)\\s)the\\s+(\\d{1,2})(?:st|nd|rd|th)(?=\\s*(?:[,.;:!?)"\u201d]|$)|\\s+(?:and|or|to|at|in|on|when|as|after|before|with|by|for|that)\\b)`, "DATE", (m, ctx) => {
    const d = +m[1]!
    if (!ctx.dct) return d >= 1 && d <= 31 ? noDct(`XXXX-XX-${pad2(d)}`) : null
    const shift = ctx.tense === "past" && d > ctx.dct.d ? -1 : ctx.tense === "future" && d < ctx.dct.d ? 1 : 0
    const { y, m: mo } = addMonths(ctx.dct.y, ctx.dct.m, shift)
    return isValid(y, mo, d) ? day({ y, m: mo, d }, "publication") : null
  }),
  P("date.month-year", MONTH_WORD, `(?:(?:early|mid|late)[-\\s]+)?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR_ANY})`, "DATE", (m) => ({ value: isoMonth(yearNumber(m[2]!), monthNo(m[1]!)), anchor: "absolute" })),
  P("holiday", gate(alt("holiday")), `(?:(last|next|this)\\s+)?(${alt("holiday")})(?:\\s+(week)|,?\\s+(${YEAR}))?`, "DATE", (m, ctx) => {
    const spec = valueOf("holiday", m[2]!)!
    const dateIn = (y: number) => holidayIn(spec, y)
    const week = (d: Ymd): Norm => (m[3] ? { value: weekValue(d), anchor: "absolute" } : day(d, "absolute"))
    if (m[4]) return week(dateIn(Number(m[4])))
    if (!ctx.dct) return noDct(m[3] ? "XXXX-WXX" : /^\d\d-\d\d$/.test(spec) ? `XXXX-${spec}` : "XXXX-XX-XX")
    const w = m[1]?.toLowerCase()
    const d = occurrenceNear(ctx.dct, dateIn, w === "last" ? "past" : w === "next" ? "future" : ctx.tense)
    return { ...week(d), anchor: "publication" }
  }),
  P("time.clock", DIGIT, `(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s+(${ZONE}))?(?:\\s+(${WEEKDAY_FULL}|today|yesterday|tomorrow)|,?\\s+(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?)?${DAY_AFTER}`, "TIME", (m, ctx) => {
    // "8:08 PM EDT", "10:35 a.m. Tuesday", "5 p.m. EST, Nov. 6": the clock on the day named, else the day in context.
    let h = +m[1]!
    if (h > 12) return null
    const pm = /^p/i.test(m[3]!)
    if (pm && h < 12) h += 12
    if (!pm && h === 12) h = 0
    const hm = `T${pad2(h)}:${m[2] ?? "00"}`
    const date = m[6] ? (m[8] ? day({ y: +m[8], m: monthNo(m[6]), d: +m[7]! }, "absolute") : dayNear(monthNo(m[6]), +m[7]!, ctx)) : null
    const base = m[6] ? date : dateAfter(m) ?? dayWord(m[5] ?? m[9], ctx)
    if (m[6] && !base) return null
    return base ? { value: `${base.value}${hm}`, anchor: base.anchor } : noDct(`XXXX-XX-XX${hm}`)
  }),
  P("time.part", gate("morning|afternoon|evening"), `(\\d{1,2}|${DIGIT_WORD}|ten|eleven|twelve)(?::([0-5]\\d))?\\s+(?:o['’]clock\\s+)?in\\s+the\\s+(morning|afternoon|evening)`, "TIME", (m, ctx) => {
    // "4 in the morning", "8 o'clock in the evening": a clock time whose half of the day the words give.
    const n = Number(/^\d+$/.test(m[1]!) ? m[1] : valueOf("number", m[1]!))
    if (!Number.isInteger(n) || n < 1 || n > 12) return null
    const h = /morning/i.test(m[3]!) ? n % 12 : n < 12 ? n + 12 : 12
    const hm = `T${pad2(h)}:${m[2] ?? "00"}`
    const base = dayWord(undefined, ctx)
    return base ? { value: `${base.value}${hm}`, anchor: base.anchor } : noDct(`XXXX-XX-XX${hm}`)
  }),
  P("time.24h", DIGIT, `(?:([01]?\\d|2[0-3]):([0-5]\\d)|([01]\\d|2[0-3])([0-5]\\d))\\s*(?:hours?\\s+)?(${ZONE})(?:\\s+(${WEEKDAY_FULL}|today|yesterday|tomorrow))?${DAY_AFTER}`, "TIME", (m, ctx) => {
    // "14:30 GMT", "0735 GMT": a 24-hour clock with its zone (the zone itself is not part of the value).
    const hm = `T${(m[1] ?? m[3])!.padStart(2, "0")}:${m[2] ?? m[4]}`
    const base = dateAfter(m) ?? dayWord(m[6] ?? m[7], ctx)
    return base ? { value: `${base.value}${hm}`, anchor: base.anchor } : noDct(`XXXX-XX-XX${hm}`)
  }),
  P("time.named", gate("noon|midnight|midday"), `(noon|midnight|midday)(?:\\s+(${WEEKDAY_FULL}|today|yesterday|tomorrow))?${DAY_AFTER}`, "TIME", (m, ctx) => {
    // "noon Saturday", "midnight on Friday" (the day as for a clock time: "from noon on Friday").
    const base = dateAfter(m) ?? dayWord(m[2] ?? m[3], ctx)
    const t = /midnight/i.test(m[1]!) ? "T24:00" : "T12:00"
    return base ? { value: `${base.value}${t}`, anchor: base.anchor } : noDct(`XXXX-XX-XX${t}`)
  }),
  P("day.part", gate(`${PART}|tonight`), `(${WEEKDAY_FULL}|today|yesterday|tomorrow|this|last|that)\\s+(${PART})|(tonight)|(?:(?:early|late|mid)[-\\s]?)?(${PART})\\s+(${WEEKDAY_FULL}|today|yesterday|tomorrow)`, "TIME", (m, ctx) => {
    // "Friday night", "this morning", "tonight", "mid-afternoon yesterday".
    if (m[3]) return ctx.dct ? { value: `${iso(ctx.dct)}TNI`, anchor: "publication" } : noDct("XXXX-XX-XXTNI")
    const w = (m[1] ?? m[5])!.toLowerCase()
    const base = w === "this" || w === "that" ? dayWord("today", ctx) : w === "last" ? dayWord("yesterday", ctx) : dayWord(w, ctx)
    return base ? { value: `${base.value}T${partOf((m[2] ?? m[4])!)}`, anchor: base.anchor } : null
  }),
  P("day.part.anaphoric", PART_WORD, `(?<=\\b(?:in|during)\\s)the\\s+(${PART})`, "TIME", (m, ctx) =>
    // "Shares fell Friday. Dealers placed buy orders in the morning": the part of the day just named.
    ctx.nearDay ? { value: `${iso(ctx.nearDay)}T${partOf(m[1]!)}`, anchor: "previous" } : null),
  P("weekday.relative", WEEKDAY_WORD, `(last|next|this|coming|past|(?:the\\s+)?(?:previous|following))\\s+(${WEEKDAY_FULL})`, "DATE", (m, ctx) => {
    // "last Tuesday", "next Friday" from the publication date; "the previous Friday" from the day just mentioned.
    const wd = Number(valueOf("weekday", m[2]!))
    const fromLast = /previous|following/i.test(m[1]!) && ctx.previous
    const base = fromLast ? ctx.previous : ctx.dct
    if (!base) return noDct(`XXXX-WXX-${wd}`)
    const shift = relativeShift(m[1]!.replace(/^the\s+/i, ""))
    const diff = wd - weekday(base)
    const offset = shift < 0 ? (diff < 0 ? diff : diff - 7) : shift > 0 ? (diff > 0 ? diff : diff + 7) : diff
    return day(addDays(base, offset), fromLast ? "previous" : "publication")
  }),
  P("weekday", WEEKDAY_WORD, `(${WEEKDAY_FULL})(?=(['’]s)?)`, "DATE", (m, ctx) => {
    const wd = Number(valueOf("weekday", m[1]!))
    // "Thursday's closing price": a possessive weekday in a timeless clause names a day gone by.
    const tense = m[2] && ctx.tense === "present" ? "past" : ctx.tense
    return ctx.dct ? day(weekdayNear(ctx.dct, wd, tense), "publication") : noDct(`XXXX-WXX-${wd}`)
  }),
  P("day.deictic", gate("today|yesterday|tomorrow"), `(the day before yesterday|the day after tomorrow|today|yesterday|tomorrow)`, "DATE", (m, ctx) => {
    const w = m[1]!.toLowerCase()
    const shift = w === "today" ? 0 : w === "yesterday" ? -1 : w === "tomorrow" ? 1 : w.includes("before") ? -2 : 2
    return ctx.dct ? day(addDays(ctx.dct, shift), "publication") : noDct("XXXX-XX-XX")
  }),
  P("day.anaphoric", gate("day"), `(the next day|the following day|the day before(?=\\s*(?:[,.;:!?)'"’”]|$))|the previous day|the same day|that same day|that day)`, "DATE", (m, ctx) => {
    const w = m[1]!.toLowerCase()
    const shift = /next|following/.test(w) ? 1 : /before|previous/.test(w) ? -1 : 0
    if (ctx.previous) return day(addDays(ctx.previous, shift), "previous")
    return ctx.dct ? day(addDays(ctx.dct, shift), "publication") : noDct("XXXX-XX-XX")
  }),
  P("ago", gate("ago|earlier|later|before"), `(${APPROX}?)(${NUMBER}|a|an)\\s+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before(?=\\s*(?:[,.;:!?)'"’”]|$)))`, "DATE", (m, ctx) => {
    // "ago" counts back from the publication date; "earlier", "before" and "later" from the
    // date the article just mentioned, when it is precise enough ("Oct. 23 ... ten years earlier").
    // As TimeML has it, a span of days, weeks or months before or after something is a duration
    // and the word a signal: "two days before the vote", "three days later", "a day earlier";
    // but days or weeks from a day the article just named are the day they reach, as a reader
    // dates what happened then: "ratified the bid on Jan. 23, ... signing it into law two days later".
    const n = numberValue(m[2]!)
    const unit = valueOf("unit", m[3]!)!
    const last = /ago/i.test(m[4]!) ? null : lastAsPrecise(ctx, unit)
    if (!/ago/i.test(m[4]!) && SPAN_UNITS.has(unit) && !(last && (unit === "D" || unit === "W") && n !== "X")) return null
    const sign = /later/i.test(m[4]!) ? 1 : -1
    if (n === "X") return sign < 0 ? { value: "PAST_REF", anchor: ctx.dct ? "publication" : "none" } : null
    const k = Math.round(Number(n)) * sign
    const sameQuarter = unit === "Y" ? quarterBefore(ctx, -k) : null
    if (sameQuarter) return sameQuarter
    const base = last ?? ctx.dct
    if (!base) return noDct(unit === "D" ? "XXXX-XX-XX" : unit === "M" ? "XXXX-XX" : "XXXX")
    const value = shifted(base, unit, k)
    return value ? { value, anchor: last ? "previous" : "publication" } : null
  }),
  P("relative.unit", gate("week|month|year|quarter|decade|century"), `((?:(?:earlier|later|early|late|mid)[-\\s]+)?)(this|last|next|the past|the next|the coming|the current|the previous|the following|past|coming|current|previous|following)\\s+(weekend|week|month|year|quarter|decade|century)`, "DATE", (m, ctx) => {
    const which = m[2]!.toLowerCase()
    const unit = m[3]!.toLowerCase()
    // "the past year", "over the next decade": a stretch of time, not a calendar unit.
    if (/^the (past|coming|next)$/.test(which) || (/^(past|coming)$/.test(which) && unit !== "weekend")) {
      return { value: duration("1", valueOf("unit", unit)!), type: "DURATION", anchor: ctx.dct ? "publication" : "none" }
    }
    const shift = relativeShift(which.replace(/^the /, ""))
    // "a loss of $3 million last year" in a quarterly report: the same quarter a year before.
    if (unit === "year" && which === "last" && !m[1] && /(?:\$|million|billion|cents|compared with|versus)/i.test(ctx.before)) {
      const sameQuarter = quarterBefore(ctx, 1)
      if (sameQuarter) return sameQuarter
    }
    // "the following month", "the previous year": counted from the date just mentioned.
    const fromLast = /^the (previous|following)$/.test(which) ? shiftLast(ctx, unit, shift) : null
    if (fromLast) return fromLast
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
      case "century": return { value: pad2(Math.floor(dct.y / 100) + shift), anchor: "publication" }
      default: return { value: String(dct.y + shift), anchor: "publication" }
    }
  }),
  P("weekend", gate("weekend"), `(the weekend)`, "DATE", (_m, ctx) => {
    const dct = ctx.dct
    if (!dct) return noDct("XXXX-WXX-WE")
    const wd = weekday(dct)
    const target = ctx.tense === "past" ? (wd >= 6 ? dct : addDays(dct, -7)) : dct
    return { value: `${weekValue(target)}-WE`, anchor: "publication" }
  }),
  P("month.of-year", YEAR_WORD, `(${MONTH})\\s+(?:of\\s+)?(this|last|next)\\s+year`, "DATE", (m, ctx) => {
    const mo = monthNo(m[1]!)
    if (!ctx.dct) return noDct(`XXXX-${pad2(mo)}`)
    return { value: isoMonth(ctx.dct.y + relativeShift(m[2]!), mo), anchor: "publication" }
  }),
  P("month.relative", MONTH_WORD, `(last|next|this|early|late|mid|earlier|later)[-\\s]+(${MONTH})`, "DATE", (m, ctx) => {
    const mo = monthNo(m[2]!)
    const w = m[1]!.toLowerCase()
    if (!ctx.dct) return noDct(`XXXX-${pad2(mo)}`)
    const dct = ctx.dct
    const y = w === "last" ? (mo < dct.m ? dct.y : dct.y - 1) : w === "next" ? (mo > dct.m ? dct.y : dct.y + 1) : w === "this" ? dct.y : yearNear(dct, mo, 1, ctx.tense)
    return { value: isoMonth(y, mo), anchor: "publication" }
  }),
  P("month", MONTH_WORD, `(?:(?<=\\b(?:in|since|by|until|till|during|through|of|from|to|before|after|between|and|or)\\s)(${MONTH}))|(${"january|february|april|june|july|august|september|october|november|december"})`, "DATE", (m, ctx) => {
    const word = m[1] ?? m[2]!
    if (/\.$/.test(word) || word.length < 3) return null
    const mo = monthNo(word)
    if (!ctx.dct) return noDct(`XXXX-${pad2(mo)}`)
    // "since March" is the last March up to the publication month, however far back the tense reaches.
    if (/\bsince\s+$/i.test(ctx.before)) return { value: isoMonth(mo <= ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1, mo), anchor: "publication" }
    return { value: isoMonth(yearNear(ctx.dct, mo, 1, ctx.tense), mo), anchor: "publication" }
  }),
  P("season", gate(SEASON), `(?:(?:sometime|some time)\\s+)?((?:this|last|next|early|late|mid|the|this past)[-\\s]+)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR_ANY}))?`, "DATE", (m, ctx) => {
    const s = valueOf("season", m[2]!)!
    if (m[3]) return { value: `${yearNumber(m[3])}-${s}`, anchor: "absolute" }
    const w = (m[1] ?? "").trim().toLowerCase()
    if (!w && !/^(spring|summer|autumn|winter)$/i.test(m[2]!)) return null // "fall" alone is a verb
    if (/^fall$/i.test(m[2]!) && /^\s+of\b/i.test(ctx.after)) return null // "the fall of Tripoli": a collapse
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
  P("quarter.of-year", QUARTER_WORD, `(this|last|next)\\s+year['’]s\\s+(?:(${ORDINAL})[-\\s]+)?(?:fiscal[-\\s]+)?(?:quarter|period)`, "DATE", (m, ctx) => {
    const shift = relativeShift(m[1]!)
    const ord = m[2] ? Number(valueOf("ordinal", m[2])) : null
    const last = ctx.lastValue ? /-Q([1-4])$/.exec(ctx.lastValue)?.[1] : undefined
    const q = ord && ord <= 4 ? ord : last ? Number(last) : ctx.dct ? ((quarterOf(ctx.dct) + 2) % 4) + 1 : null
    if (!ctx.dct) return noDct(`XXXX-Q${q ?? "X"}`)
    return q ? { value: `${ctx.dct.y + shift}-Q${q}`, anchor: "publication" } : null
  }),
  P("quarter.year", FOUR_DIGITS, `the\\s+(${YEAR})\\s+(quarter|period)`, "DATE", (m, ctx) => {
    // "the 1988 quarter": the quarter the report is about (the one just mentioned, else the one just ended), in 1988.
    const last = ctx.lastValue ? /-Q([1-4])$/.exec(ctx.lastValue)?.[1] : undefined
    if (last) return { value: `${m[1]}-Q${last}`, anchor: "previous" }
    if (/quarter/i.test(m[2]!) && ctx.dct) return { value: `${m[1]}-Q${((quarterOf(ctx.dct) + 2) % 4) + 1}`, anchor: "publication" }
    return { value: m[1]!, anchor: "absolute" }
  }),
  P("half", gate("half"), `(?:the\\s+)?(first|second|last|latter|1st|2nd)\\s+half(?:\\s+of(?:\\s+the\\s+year|\\s+(${YEAR})|\\s+(this|last|next)\\s+year))?`, "DATE", (m, ctx) => {
    const h = /^(first|1st)$/i.test(m[1]!) ? 1 : 2
    const y = m[2] ? Number(m[2]) : ctx.dct ? ctx.dct.y + relativeShift(m[3] ?? "this") : null
    if (!m[2] && !/year/i.test(m[0])) return null // "the first half" of a match, a film...
    return y === null ? noDct(`XXXX-H${h}`) : { value: `${y}-H${h}`, anchor: m[2] ? "absolute" : "publication" }
  }),
  P("quarter.reported", QUARTER_WORD, `(?:the\\s+)?(?:(year-earlier|year-ago|prior-year)\\s+)?(?:latest\\s+)?(quarter|period)(?!-)|the\\s+(?:latest|most recent)\\s+(?:quarter|period)(?!-)`, "DATE", (m, ctx) => {
    // Business news reports the quarter just ended: "the quarter", "the latest period",
    // "the year-earlier quarter" (the same quarter a year before).
    if (!m[0].toLowerCase().startsWith("the") && !m[1]) return null
    if (m[1] && quarterBefore(ctx, 1)) return quarterBefore(ctx, 1)
    if (!ctx.dct) return noDct("XXXX-QX")
    const q = quarterOf(ctx.dct) - 1
    const y = ctx.dct.y + Math.floor((q - 1) / 4) - (m[1] ? 1 : 0)
    return { value: `${y}-Q${((q - 1) % 4 + 4) % 4 + 1}`, anchor: "publication" }
  }),
  P("quarter", gate("quarter"), `(?:the\\s+)?(?:fiscal[-\\s]+)?(${ORDINAL}|last|latest|current|previous|same|that)[-\\s]+(?:fiscal[-\\s]+)?quarter(?:\\s+of\\s+(${YEAR}))?|(${YEAR})\\s+(${ORDINAL})[-\\s]+quarter|(?:the\\s+)?(?:comparable\\s+)?(?:year-ago|year-earlier)\\s+(?:(${ORDINAL})[-\\s]+)?quarter`, "DATE", (m, ctx) => {
    if (m[3]) return { value: `${m[3]}-Q${valueOf("ordinal", m[4]!)}`, anchor: "absolute" }
    const w = m[1]?.toLowerCase()
    const q0 = ctx.dct ? quarterOf(ctx.dct) : null
    if (!w) {
      const ord = m[5] ? Number(valueOf("ordinal", m[5])) : null
      if (ord && ord <= 4 && ctx.dct) return { value: `${ctx.dct.y - (ord < q0! ? 1 : 2)}-Q${ord}`, anchor: "publication" }
      return quarterBefore(ctx, 1) ?? (ctx.dct ? { value: `${ctx.dct.y - 1}-Q${q0}`, anchor: "publication" } : noDct("XXXX-QX"))
    }
    // "that quarter", "the same quarter": the quarter just mentioned.
    const lastQuarter = ctx.lastValue && /^\d{4}-Q[1-4]$/.test(ctx.lastValue) ? ctx.lastValue : null
    if (w === "that") return lastQuarter ? { value: lastQuarter, anchor: "previous" } : null
    if (w === "same" && lastQuarter) return { value: lastQuarter, anchor: "previous" }
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
  P("decade", gate(`\\d|${alt("decade")}`), `(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?:(\\d{3})0['\u2019]?s|['\u2019](\\d)0['\u2019]?s|(${alt("decade")}))`, "DATE", (m) => {
    if (m[1]) return { value: m[1], anchor: "absolute" }
    if (m[2]) return { value: `19${m[2]}`, anchor: "absolute" }
    return { value: `19${valueOf("decade", m[3]!)}`, anchor: "absolute" }
  }),
  P("century", gate("century"), `(?:the\\s+)?(${ORDINAL})[-\\s]+century`, "DATE", (m) => {
    const n = Number(valueOf("ordinal", m[1]!))
    return n ? { value: pad2(n - 1), anchor: "absolute" } : null
  }),
  P("year.words", gate("eighteen|nineteen|twenty|thousand"), `(?:the\\s+year\\s+)?(${YEAR_WORDS})`, "DATE", (m) => ({ value: String(yearNumber(m[1]!)), anchor: "absolute" })),
  P("year.prefixed", FOUR_DIGITS, `(?:mid|pre|post|early|late)-(${YEAR})`, "DATE", (m) => ({ value: m[1]!, anchor: "absolute" })),
  P("year.range", FOUR_DIGITS, `(${YEAR})\\s*[-\u2013]\\s*(\\d{2})(?!\\d)`, "DATE", (m) => ({ value: m[1]!, anchor: "absolute" })),
  P("year.fiscal", FOUR_DIGITS, `fiscal(?:\\s+year)?\\s+(${YEAR})`, "DATE", (m) => ({ value: m[1]!, anchor: "absolute" })),
  P("year", FOUR_DIGITS, `(${YEAR})(?!\\s*(?:%|percent|per cent|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|people|troops|soldiers|votes|members|delegates|units|points|barrels|students|dead|killed|workers|acres|pounds|dollars|euros|yuan|rubles|won|yen|\\$))`, "DATE", (m) => ({ value: m[1]!, anchor: "absolute" })),
  P("year.the", YEAR_WORD, `(?:(?:earlier|later)\\s+in\\s+)?the\\s+((?:(?:full|current|fiscal|latest|same)[-\\s]+)*)year(?=(\\s+(?:ended|ending)\\b)?)(?!['’\\p{L}-]|\\s+(?:ago|earlier|before|after|later|of|in|two|\\d))`, "DATE", (m, ctx) => {
    // "the year ended March 31" is the twelve months before that day; "for the year", "the full year"
    // are the current (reporting) year; "the same year" the year just mentioned.
    if (m[2]) return { value: "P1Y", type: "DURATION", anchor: "none" }
    const mods = m[1]!.toLowerCase()
    if (/same/.test(mods)) return yearOfLast(ctx)
    if (!ctx.dct) return noDct("XXXX")
    return { value: String(ctx.dct.y - (/latest/.test(mods) ? 1 : 0)), anchor: "publication" }
  }),
  // "at the start of the month", "by the end of the week": the month or the week of the article (a part of it, which the value leaves unsaid).
  P("month.part", gate("month|week"), `the\\s+(?:very\\s+)?(?:end|start|beginning|middle|close)\\s+of\\s+(?:the|this)\\s+(month|week)`, "DATE", (m, ctx) =>
    !ctx.dct ? noDct(m[1]!.toLowerCase() === "week" ? "XXXX-WXX" : "XXXX-XX")
      : { value: m[1]!.toLowerCase() === "week" ? weekValue(ctx.dct) : isoMonth(ctx.dct.y, ctx.dct.m), anchor: "publication" }),
  P("year.that", YEAR_WORD, `(?:(?:earlier|later)\\s+)?that\\s+year`, "DATE", (_m, ctx) => yearOfLast(ctx)),
  P("year.end", YEAR_WORD, `(?:the\\s+end\\s+of\\s+(?:the|this)\\s+year|year['’]s\\s+end|year[-\\s]end)`, "DATE", (_m, ctx) =>
    ctx.dct ? { value: String(ctx.dct.y), anchor: "publication" } : noDct("XXXX")),
  P("year.earlier", YEAR_WORD, `(year-earlier|year-ago|year-before|prior-year)`, "DATE", (_m, ctx) =>
    quarterBefore(ctx, 1) ?? (ctx.dct ? { value: String(ctx.dct.y - 1), anchor: "publication" } : noDct("XXXX"))),
  P("ref.someday", gate("day"), `one\\s+day(?=\\s+\\p{L})`, "DATE", (_m, ctx) =>
    // "Islam will one day be the second religion": some day to come, not a day long (else the duration reads it).
    (SOMEDAY_BEFORE.test(ctx.before) ? { value: "FUTURE_REF", anchor: "none" } : null)),
  P("age", gate("old"), `(${NUMBER})[-\\s]+(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))[-\\s]+old`, "DURATION", () => BLOCK),
  P("duration", gate(UNIT), `(?:the\\s+)?(?:(?:past|last|next|coming|first|previous|following)\\s+)?(${APPROX}?)(${NUMBER})[-\\s]+(?:(?:more|additional|further|calendar|business|working)\\s+)?(${UNIT})(\\s+and\\s+a\\s+half)?(?:[-\\s]+(?:long|old))?`, "DURATION", (m, ctx) => {
    const unit = valueOf("unit", m[3]!)!
    const count = numberValue(m[2]!)
    const n = m[4] && count !== "X" ? String(Number(count) + 0.5) : count
    if (/[-\s]+old$/i.test(m[0])) return BLOCK // an age, not a time
    if (n === "1" && /^an?$/i.test(m[2]!) && !m[1] && RATE_BEFORE.test(ctx.before)) {
      return BLOCK // a rate ("twice a year", "$500 million a year", "700 seats a week"), not a stretch of time
    }
    if (unit === "Q" && /^an?$/i.test(m[2]!) && /^\s+of\b/i.test(ctx.after)) return BLOCK // "a quarter of the market": a fraction
    return { value: duration(n, unit), type: "DURATION", anchor: ctx.dct ? "publication" : "none" }
  }),
  P("duration.half", gate("half"), `half\\s+(?:a|an)\\s+(${UNIT})|(?:a\\s+)?half[-\\s](${UNIT})`, "DURATION", (m) =>
    ({ value: duration("0.5", valueOf("unit", (m[1] ?? m[2])!)!), type: "DURATION", anchor: "none" })),
  P("duration.long", gate("long"), `(year|month|week|day|hour|decade|century)-long`, "DURATION", (m) =>
    ({ value: duration("1", valueOf("unit", m[1]!)!), type: "DURATION", anchor: "none" })),
  P("duration.recent", gate("recent"), `recent\\s+(years|months|weeks|days)`, "DURATION", (m) => ({ value: `PX${valueOf("unit", m[1]!)!}`, type: "DURATION", anchor: "none" })),
  P("duration.vague", gate("years|months|weeks|decades|days|hours|minutes"), `(?:the\\s+)?(?:(?:past|last|next|coming|recent)\\s+)?(?:few\\s+|several\\s+)?(years|months|weeks|decades)|(?:the\\s+)?(?:(?:past|last|next|coming)\\s+(?:few\\s+|several\\s+)?|(?:few|several)\\s+)(days|hours|minutes)`, "DURATION", (m) => {
    // "for years", "the coming weeks"; days and hours only with a word that makes them a stretch ("the next few days").
    const unit = valueOf("unit", (m[1] ?? m[2])!)!
    return { value: duration("X", unit), type: "DURATION", anchor: "none" }
  }),
  P("set.weekday", WEEKDAY_WORD, `(?:(?:each|every)\\s+(${WEEKDAY_FULL})(?:\\s+(${PART}))?|(${WEEKDAY_FULL})s(?:\\s+(${PART})s)?|(${WEEKDAY_FULL})\\s+(${PART})s)`, "SET", (m) => {
    // "every Thursday", "on Mondays", "Tuesday nights": the weekday of every week.
    const wd = valueOf("weekday", (m[1] ?? m[3] ?? m[5])!)
    const part = m[2] ?? m[4] ?? m[6]
    return wd ? { value: `XXXX-WXX-${wd}${part ? `T${partOf(part)}` : ""}`, type: "SET", anchor: "none" } : null
  }),
  P("set.month", MONTH_WORD, `(?:each|every)\\s+(${MONTH})`, "SET", (m) => ({ value: `XXXX-${pad2(monthNo(m[1]!))}`, type: "SET", anchor: "none" })),
  P("set", gate(`day|week|month|year|quarter|${alt("set")}`), `(?:once|twice|${NUMBER}\\s+times)\\s+(?:a|an|per)\\s+(day|week|month|year|quarter)|(${alt("set")})`, "SET", (m) => {
    // "twice a year" happens every year; "daily", "each month", "quarterly" as the lexicon says.
    const value = m[1] ? (m[1].toLowerCase() === "quarter" ? "P3M" : `P1${valueOf("unit", m[1])}`) : valueOf("set", m[2]!)
    return value ? { value, type: "SET", anchor: "none" } : null
  }),
  P("ref", gate(alt("ref")), `(${alt("ref")})`, "DATE", (m, ctx) =>
    // "(for) the past three summers" counts something: no reference to the past as such.
    /past$/i.test(m[1]!) && COUNT_AFTER.test(ctx.after) ? null : { value: valueOf("ref", m[1]!)!, anchor: "none" }),
  P("ref.soon", gate("soon"), `(?<!\\bas\\s)soon(?!\\s+(?:as|after|afterwards?|thereafter|enough)\\b)`, "DATE", (_m, ctx) =>
    // "may soon seek", "expects sales to soon grow": a time to come, whatever the tense of the
    // sentence; otherwise "was soon released", "soon became" tell of the past.
    ctx.tense === "past" && !MODAL_BEFORE.test(ctx.before) ? null : { value: "FUTURE_REF", anchor: "none" }),
]

/**
 * "A year earlier" in a report on a quarter is the same quarter a year
 * before ("third-quarter profit rose ... from $10 million a year ago").
 */
