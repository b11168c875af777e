/**
 * Calendar arithmetic on plain year-month-day triples, in UTC only: no local
 * time, so the time zone of the machine can never shift a date.
 */

export interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

export const parseIso = (s: string | null | undefined): Ymd | null => {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0")
export const iso = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`

const toUtc = ({ y, m, d }: Ymd): Date => {
  const date = new Date(0)
  date.setUTCFullYear(y, m - 1, d)
  return date
}
const fromUtc = (date: Date): Ymd => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() })

export const daysInMonth = (y: number, m: number): number => {
  const date = new Date(0)
  date.setUTCFullYear(y, m, 0)
  return date.getUTCDate()
}

export const isValid = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)

export const addDays = (day: Ymd, n: number): Ymd => {
  const date = toUtc(day)
  date.setUTCDate(date.getUTCDate() + n)
  return fromUtc(date)
}

export const addMonths = (y: number, m: number, n: number): { y: number; m: number } => {
  const total = y * 12 + (m - 1) + n
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 }
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export const weekday = (day: Ymd): number => ((toUtc(day).getUTCDay() + 6) % 7) + 1

/** The ISO 8601 week a day belongs to (the week's Thursday decides its year). */
export const isoWeek = (day: Ymd): { year: number; week: number } => {
  const thursday = addDays(day, 4 - weekday(day))
  const jan1 = { y: thursday.y, m: 1, d: 1 }
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000)
  return { year: thursday.y, week: Math.floor(dayOfYear / 7) + 1 }
}

/** The Monday of an ISO week. */
export const weekMonday = (year: number, week: number): Ymd => {
  const jan4 = { y: year, m: 1, d: 4 }
  return addDays(addDays(jan4, 1 - weekday(jan4)), (week - 1) * 7)
}

export const weekValue = (day: Ymd): string => {
  const { year, week } = isoWeek(day)
  return `${pad(year, 4)}-W${pad(week)}`
}

/** The ISO day range a TIMEX3 calendar value covers, or null when it is not a calendar value. */
export const rangeOf = (value: string): readonly [string, string] | null => {
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! }
    return isValid(day.y, day.m, day.d) ? [iso(day), iso(day)] : null
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = weekMonday(+m[1]!, +m[2]!)
    return m[3] ? [iso(addDays(monday, 5)), iso(addDays(monday, 6))] : [iso(monday), iso(addDays(monday, 6))]
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1]!, mo = +m[2]!
    return mo >= 1 && mo <= 12 ? [iso({ y, m: mo, d: 1 }), iso({ y, m: mo, d: daysInMonth(y, mo) })] : null
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = +m[1]!, q = +m[2]!
    return [iso({ y, m: q * 3 - 2, d: 1 }), iso({ y, m: q * 3, d: daysInMonth(y, q * 3) })]
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1]!
    const [from, to] = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] }[m[2] as "SP"]!
    const end = addMonths(y, to!, 0)
    return [iso({ y, m: from!, d: 1 }), iso({ y: end.y, m: end.m, d: daysInMonth(end.y, end.m) })]
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = +m[1]!
    return m[2] === "1" ? [`${pad(y, 4)}-01-01`, `${pad(y, 4)}-06-30`] : [`${pad(y, 4)}-07-01`, `${pad(y, 4)}-12-31`]
  }
  if ((m = /^(\d{4})$/.exec(value))) return [`${m[1]}-01-01`, `${m[1]}-12-31`]
  if ((m = /^(\d{3})$/.exec(value))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`]
  if ((m = /^(\d{2})$/.exec(value))) return [`${m[1]}00-01-01`, `${m[1]}99-12-31`]
  return null
}
