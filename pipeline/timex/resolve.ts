/**
 * Calendar reckoning for the normalisers: the weekday, month, holiday or
 * season nearest the publication date in the direction the tense gives,
 * durations, and values counted from the date the article mentioned last.
 * All arithmetic is on year-month-day triples in UTC (../calendar.ts).
 */
import type { TimexMatch } from "../annotations.ts"
import { addDays, addMonths, daysInMonth, iso, isoMonth, isValid, weekday, weekValue, type Ymd } from "../calendar.ts"
import type { Tense } from "./tense.ts"
import { valueOf } from "./vocabulary.ts"

// ---------------------------------------------------------------- normalised values

export interface Norm {
  readonly value: string
  readonly type?: TimexMatch["type"]
  readonly anchor: TimexMatch["anchor"]
}

export interface Context {
  readonly dct: Ymd | null
  readonly tense: Tense
  /** The last calendar date the article mentioned before this expression, for "the next day". */
  readonly previous: Ymd | null
  /** The previous day when it was named in this sentence or the one before: the day a bare clock time belongs to. */
  readonly nearDay: Ymd | null
  /** The value of the last calendar expression before this one (a day, month, quarter, year...), for "a year earlier". */
  readonly lastValue: string | null
  /** The text of the sentence just before the expression, and just after it. */
  readonly before: string
  readonly after: string
}

/** What a normaliser returns for words that are no time expression and must not be read as one in part either ("52-year-old"). */
export const BLOCK: Norm = { value: "", anchor: "none" }

export const day = (d: Ymd, anchor: Norm["anchor"]): Norm => ({ value: iso(d), anchor })

/** The date of a weekday near `dct`: the past one (on or before), the future one (on or after), or the nearest. */
export const weekdayNear = (dct: Ymd, wd: number, tense: Tense): Ymd => {
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
export const yearNear = (dct: Ymd, m: number, d: number, tense: Tense): number => {
  const daysFrom = (y: number) => (Date.UTC(y, m - 1, d) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86_400_000
  // Only years where the day exists: "Feb. 29" is in a leap year, the nearest one in the right direction.
  const years = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => dct.y + k).filter((y) => isValid(y, m, d))
  const past = years.filter((y) => daysFrom(y) <= 0).at(-1) ?? dct.y
  const future = years.find((y) => daysFrom(y) >= 0) ?? dct.y
  const nearest = Math.abs(daysFrom(past)) <= Math.abs(daysFrom(future)) ? past : future
  const CLOSE = 300
  if (tense === "past" && Math.abs(daysFrom(past)) <= CLOSE) return past
  if (tense === "future" && Math.abs(daysFrom(future)) <= CLOSE) return future
  return nearest
}

/** Easter Sunday of a year (the Gregorian computus). */
export const easter = (y: number): Ymd => {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 }
}

/** The date of a holiday of the lexicon in a year: "12-25", "11-4-4" (4th Thursday of November), "05-L-1" (last Monday of May), "EASTER", then an optional shift in days ("EASTER -2"). */
export const holidayIn = (spec: string, y: number): Ymd => {
  const [rule, plus] = spec.split(" ") as [string, string | undefined]
  const shift = plus ? Number(plus) : 0
  if (rule === "EASTER") return addDays(easter(y), shift)
  const [mm, n, wd] = rule.split("-") as [string, string, string | undefined]
  if (wd === undefined) return addDays({ y, m: Number(mm), d: Number(n) }, shift)
  if (n === "L") {
    const last = { y, m: Number(mm), d: daysInMonth(y, Number(mm)) }
    return addDays(last, -((weekday(last) - Number(wd) + 7) % 7) + shift)
  }
  const first = { y, m: Number(mm), d: 1 }
  return addDays(first, ((Number(wd) - weekday(first) + 7) % 7) + 7 * (Number(n) - 1) + shift)
}

/** The occurrence of a yearly date nearest the publication date in the direction the words or the tense give. */
export const occurrenceNear = (dct: Ymd, dateIn: (y: number) => Ymd, direction: Tense): Ymd => {
  const days = (d: Ymd) => (Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86_400_000
  const options = [dct.y - 1, dct.y, dct.y + 1].map(dateIn)
  const past = options.filter((d) => days(d) <= 0).at(-1)!
  const future = options.find((d) => days(d) >= 0)!
  if (direction === "past" && -days(past) <= 270) return past
  if (direction === "future" && days(future) <= 270) return future
  return -days(past) <= days(future) ? past : future
}

/** The season a month belongs to, and the year it counts under (winter belongs to the year of its December). */
export const seasonOf = (d: Ymd): { y: number; s: string } => {
  if (d.m <= 2) return { y: d.y - 1, s: "WI" }
  return { y: d.y, s: d.m <= 5 ? "SP" : d.m <= 8 ? "SU" : d.m <= 11 ? "FA" : "WI" }
}
export const SEASON_ORDER = ["SP", "SU", "FA", "WI"]

export const quarterOf = (d: Ymd) => Math.floor((d.m - 1) / 3) + 1

export const relativeShift = (word: string): number => {
  const w = word.toLowerCase()
  if (/^(last|past|previous|preceding)$/.test(w)) return -1
  if (/^(next|coming|following)$/.test(w)) return 1
  return 0
}

/** The next smaller unit and how many of it make one, for fractional counts ("2 1/2 years" = P2Y6M). */
export const SMALLER: Readonly<Record<string, readonly [string, number]>> = { Y: ["M", 12], M: ["D", 30], W: ["D", 7], D: ["H", 24], H: ["MIN", 60], MIN: ["S", 60] }

/** A TIMEX3 duration from a count and a unit code of the lexicon. */
export const duration = (n: string, unit: string): string => {
  const smaller = SMALLER[unit]
  if (n !== "X" && !Number.isInteger(Number(n)) && smaller) {
    const whole = Math.floor(Number(n))
    const rest = String(Math.round((Number(n) - whole) * smaller[1]))
    const part = duration(rest, smaller[0])
    if (whole === 0) return part
    const head = duration(String(whole), unit)
    const tail = part.replace(/^PT?/, "")
    return head.includes("T") || !part.includes("T") ? `${head}${tail}` : `${head}T${tail}`
  }
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
    case "Q": return `P${times(3)}M`
    case "DE": return num === "X" ? "PXDE" : `P${times(10)}Y`
    case "CE": return num === "X" ? "PXY" : `P${times(100)}Y`
    default: return `P${num}Y`
  }
}


// ---------------------------------------------------------------- counted from the last date mentioned

export const quarterBefore = (ctx: Context, years: number): Norm | null => {
  const q = ctx.lastValue ? /^(\d{4})-(Q[1-4])$/.exec(ctx.lastValue) : null
  return q ? { value: `${Number(q[1]) - years}-${q[2]}`, anchor: "previous" } : null
}

/** The month or year before or after the last calendar expression, when it is at least that precise. */
export const shiftLast = (ctx: Context, unit: string, shift: number): Norm | null => {
  const m = ctx.lastValue ? /^(\d{4})(?:-(\d{2}))?/.exec(ctx.lastValue) : null
  if (!m) return null
  if (unit === "year") return { value: String(Number(m[1]) + shift), anchor: "previous" }
  if (unit === "month" && m[2]) {
    const t = addMonths(Number(m[1]), Number(m[2]), shift)
    return { value: isoMonth(t.y, t.m), anchor: "previous" }
  }
  return null
}

/** A calendar value `k` units from a day, at the precision of the unit. */
export const shifted = (base: Ymd, unit: string, k: number): string | null => {
  switch (unit) {
    case "D": return iso(addDays(base, k))
    case "W": return weekValue(addDays(base, 7 * k))
    case "M": { const t = addMonths(base.y, base.m, k); return isoMonth(t.y, t.m) }
    case "Y": return String(base.y + k)
    case "DE": return String(base.y + 10 * k)
    default: return null
  }
}

/** The last calendar expression as a day, when it is at least as precise as the unit counted from it. */
export const lastAsPrecise = (ctx: Context, unit: string): Ymd | null => {
  const m = ctx.lastValue ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ctx.lastValue) : null
  if (!m) return null
  const precision = m[3] ? 3 : m[2] ? 2 : 1
  const needed = unit === "D" || unit === "W" ? 3 : unit === "M" || unit === "Y" ? 2 : 4
  return precision >= needed ? { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) } : null
}

/** The year of the last calendar expression ("later that year"), or nothing when there was none. */
export const yearOfLast = (ctx: Context): Norm | null => {
  const y = ctx.lastValue ? /^\d{4}/.exec(ctx.lastValue)?.[0] : undefined
  return y ? { value: y, anchor: "previous" } : null
}

/** The date a day word stands for ("Tuesday", "today"...), for times attached to it. */
export const dayWord = (word: string | undefined, ctx: Context): Norm | null => {
  if (word === undefined && ctx.nearDay) return day(ctx.nearDay, "previous")
  if (!ctx.dct) return null
  const w = (word ?? "today").toLowerCase()
  if (w === "today") return day(ctx.dct, "publication")
  if (w === "yesterday") return day(addDays(ctx.dct, -1), "publication")
  if (w === "tomorrow") return day(addDays(ctx.dct, 1), "publication")
  const wd = valueOf("weekday", w)
  return wd ? day(weekdayNear(ctx.dct, Number(wd), ctx.tense), "publication") : null
}

