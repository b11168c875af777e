import { describe, expect, it } from "vitest"
import { isoWeek, rangeOf, weekday } from "../pipeline/calendar.ts"
import { findTimexes, tenseAt } from "../pipeline/timex.ts"
import { oneSentenceArticle, timexesUnderTz } from "./helpers.ts"

/** The time expressions of one sentence, published on `dct`, as [text, value] pairs. */
const tx = (sentence: string, dct: string | null) => findTimexes(oneSentenceArticle(sentence, dct)).map((t) => [t.text, t.value] as const)
const value = (sentence: string, dct: string | null) => tx(sentence, dct).map(([, v]) => v)

describe("calendar", () => {
  it("knows ISO weeks at year boundaries and weekdays", () => {
    expect(isoWeek({ y: 2008, m: 12, d: 29 })).toEqual({ year: 2009, week: 1 })
    expect(isoWeek({ y: 2010, m: 1, d: 3 })).toEqual({ year: 2009, week: 53 })
    expect(weekday({ y: 2011, m: 6, d: 15 })).toBe(3)
    expect(rangeOf("2008-W28-WE")).toEqual(["2008-07-12", "2008-07-13"])
    expect(rangeOf("2008-FA")).toEqual(["2008-09-01", "2008-11-30"])
    expect(rangeOf("2011-WI")).toEqual(["2011-12-01", "2012-02-29"])
    expect(rangeOf("199")).toEqual(["1990-01-01", "1999-12-31"])
    expect(rangeOf("PAST_REF")).toBeNull()
  })
})

describe("absolute dates", () => {
  it("reads every common order and separator; dotted dates day-first, slashed month-first", () => {
    expect(value("It was signed on July 7, 2008.", "2010-01-01")).toEqual(["2008-07-07"])
    expect(value("It was signed on 7 July 2008.", null)).toEqual(["2008-07-07"])
    expect(value("It was signed on 2008-07-07.", null)).toEqual(["2008-07-07"])
    expect(value("It was signed on 07/08/2008.", null)).toEqual(["2008-07-08"])
    expect(value("It was signed on 11.10.2016.", null)).toEqual(["2016-10-11"])
    expect(value("It opened in June 2005.", null)).toEqual(["2005-06"])
    expect(value("The treaty was signed in 1972.", null)).toEqual(["1972"])
  })

  it("refuses impossible dates, and keeps a leap day", () => {
    expect(value("It was signed on 31.02.2016.", null)).not.toContain("2016-02-31")
    expect(value("It was signed on February 29, 2016.", null)).toEqual(["2016-02-29"])
  })

  it("gives a day without a year the year the tense points to, near the publication date", () => {
    expect(value("The talks will resume on Jan. 14.", "1999-12-20")).toEqual(["2000-01-14"])
    expect(value("The talks began on Dec. 20.", "2000-01-05")).toEqual(["1999-12-20"])
    expect(value("The talks began on Dec. 20.", null)).toEqual(["XXXX-12-20"])
  })
})

describe("weekdays", () => {
  // 2011-06-15 and 2008-07-09 are Wednesdays, 2008-07-07 a Monday.
  it("reads a weekday in a past sentence as the latest one on or before the publication date", () => {
    expect(value("Leaders met in Astana on Wednesday.", "2011-06-15")).toEqual(["2011-06-15"])
    expect(value("Leaders met in Astana on Wednesday.", "2011-06-17")).toEqual(["2011-06-15"])
    expect(value("Leaders met in Astana on Thursday.", "2011-06-15")).toEqual(["2011-06-09"])
  })

  it("reads a weekday in a future clause as the next one on or after it", () => {
    expect(value("From Beijing, Putin will go Wednesday to North Korea.", "2008-07-07")).toEqual(["2008-07-09"])
    expect(value("Protesters planned a march on Saturday.", "2000-01-07")).toEqual(["2000-01-08"])
    expect(value("The minister is also due to brief the council on Tuesday.", "2020-06-26")).toEqual(["2020-06-30"])
  })

  it("takes last and next literally, across a year boundary", () => {
    expect(value("He spoke last Tuesday.", "2008-01-02")).toEqual(["2008-01-01"])
    expect(value("He will speak next Friday.", "2008-12-30")).toEqual(["2009-01-02"])
    expect(value("He spoke last Tuesday.", "2008-01-01")).toEqual(["2007-12-25"])
  })

  it("keeps a weekday partly unknown when there is no date", () => {
    expect(value("Leaders met on Wednesday.", null)).toEqual(["XXXX-WXX-3"])
  })
})

describe("relative expressions", () => {
  const dct = "2007-04-24" // a Tuesday, ISO week 17
  it("reads deictic days, weeks, months and years", () => {
    expect(value("Gates arrived in Moscow yesterday.", dct)).toEqual(["2007-04-23"])
    expect(value("Talks continue today and tomorrow.", dct)).toEqual(["2007-04-24", "2007-04-25"])
    expect(value("A deal was offered last week.", dct)).toEqual(["2007-W16"])
    expect(value("The two leaders will sign it this week.", "2008-07-07")).toEqual(["2008-W28"])
    expect(value("Tehran tried to join last year.", "2011-06-15")).toEqual(["2010"])
    expect(value("Prices rose earlier this year.", dct)).toEqual(["2007"])
    expect(value("Prices rose last month.", "2007-01-10")).toEqual(["2006-12"])
    expect(value("Over the weekend, Putin will attend the summit.", "2008-07-07")).toEqual(["2008-W28-WE"])
  })

  it("reads months and seasons against the publication month", () => {
    expect(value("Yeltsin visited China last December.", "2008-07-07")).toEqual(["2007-12"])
    expect(value("They talked by telephone in June.", "2008-07-07")).toEqual(["2008-06"])
    expect(value("A decision is expected sometime this fall.", "2008-07-07")).toEqual(["2008-FA"])
    expect(value("The plant closed last summer.", "2008-03-01")).toEqual(["2007-SU"])
    expect(tx("A decision is expected sometime this fall.", "2008-07-07")[0]![0]).toBe("sometime this fall")
  })

  it("reads quarters, decades and centuries", () => {
    expect(value("Profits fell in the first quarter.", "2008-07-07")).toEqual(["2008-Q1"])
    expect(value("Profits fell in the fourth quarter.", "2008-07-07")).toEqual(["2007-Q4"])
    expect(value("They have cooperated since the 1990's.", null)).toEqual(["199"])
    expect(value("They have cooperated since the 1990s.", null)).toEqual(["199"])
    expect(value("It is a weapon of the 21st century.", null)).toEqual(["20"])
  })

  it("reads 'ago' from the publication date", () => {
    expect(value("The treaty was signed four years ago.", "2011-06-15")).toEqual(["2007"])
    expect(value("The treaty was signed nearly four years ago.", "2011-06-15")).toEqual(["2007"])
    expect(value("The war ended a decade ago.", "2011-06-15")).toEqual(["2001"])
    expect(tx("The treaty was signed nearly four years ago.", "2011-06-15")[0]![0]).toBe("nearly four years ago")
  })

  it("reads ranges as their two ends", () => {
    expect(value("The famine of 1957-58 was long.", null)).toEqual(["1957"])
    expect(value("He ruled from 1998 to 2001.", null)).toEqual(["1998", "2001"])
  })
})

describe("durations, times, sets and references", () => {
  it("reads durations", () => {
    expect(value("The shield will be built over the next decade.", null)).toEqual(["P10Y"])
    expect(value("The talks lasted two weeks.", null)).toEqual(["P2W"])
    expect(value("It was a two-day visit.", null)).toEqual(["P2D"])
    expect(value("The meeting took five hours.", null)).toEqual(["PT5H"])
  })

  it("reads clock times with their zone on the publication date", () => {
    expect(value("It ended at 8:08 PM EDT.", "2008-07-07")).toEqual(["2008-07-07T20:08"])
    expect(value("It began at 10:35 a.m. Tuesday.", "2008-07-09")).toEqual(["2008-07-08T10:35"])
  })

  it("reads sets and references to the present, past and future", () => {
    expect(value("The report is published annually.", null)).toEqual(["P1Y"])
    expect(value("Relations are now tense.", "2008-07-07")).toEqual(["PRESENT_REF"])
    expect(value("Relations have worsened recently.", null)).toEqual(["PAST_REF"])
    expect(value("They hope for peace in the future.", null)).toEqual(["FUTURE_REF"])
  })
})

describe("false positives", () => {
  it("does not take verbs, nouns, names and numbers for dates", () => {
    expect(tx("He may go if the March on Washington is held.", "2008-07-07")).toEqual([])
    expect(tx("The Sun reported that prices will fall.", "2008-07-07")).toEqual([])
    expect(tx("Washington wants to place 10 interceptor missiles in Poland at a cost of US$3.5 billion.", "2007-04-24")).toEqual([])
    expect(tx("The pigeon flew 13,000km across the ocean.", null)).toEqual([])
    expect(tx("About 2000 troops and 1500 police were deployed.", null)).toEqual([])
    expect(tx("The 52-year-old minister resigned.", null)).toEqual([])
  })
})

describe("tense", () => {
  it("takes the tense of the clause around the expression", () => {
    const s = "Putin said before leaving that he will go Wednesday to North Korea."
    expect(tenseAt(s, s.indexOf("Wednesday"))).toBe("future")
    const p = "Leaders met on Wednesday, and they will meet again."
    expect(tenseAt(p, p.indexOf("Wednesday"))).toBe("past")
    expect(tenseAt("Relations are tense on Friday.", 20)).toBe("present")
  })

  it("reads a word in -ed after 'will' as no past verb, a timetable's present as future, and a plan told in the past as either", () => {
    // Friday 21 March 2014
    expect(value("Obama will meet leaders of the Group of Seven industrialized nations in The Hague on Monday.", "2014-03-21")).toEqual(["2014-03-24"])
    expect(value("Obama will say who attacked the embassy on Monday.", "2014-03-21")).toEqual(["2014-03-17"])
    // Friday 15 January 2021
    expect(value("President-elect Joe Biden, who takes office on Wednesday, called the exit short-sighted.", "2021-01-15")).toEqual(["2021-01-20"])
    // Monday 21 February 2022: yesterday, not next Sunday
    expect(value("Russia and Belarus have extended drills that were due to end on Sunday.", "2022-02-21")).toEqual(["2022-02-20"])
    expect(value("The drills are due to end on Sunday.", "2022-02-21")).toEqual(["2022-02-27"])
  })
})

describe("time zones", () => {
  it("gives the same values under another TZ", () => {
    const text = "Putin will go Wednesday to North Korea; he met Jiang last December and on 11.10.2016, and over the weekend."
    const run = (tz: string) => timexesUnderTz(text, "2008-07-07", tz)
    const utc = run("UTC")
    expect(JSON.parse(utc).length).toBe(4)
    expect(run("Pacific/Kiritimati")).toBe(utc)
    expect(run("America/Los_Angeles")).toBe(utc)
  }, 60_000)
})

describe("a live page's days", () => {
  it("reckons an entry's 'today' and weekdays from the day printed over its time stamp, not from the page's date", () => {
    const sentences = ["South Korean jets fired warning shots today.", "Monday, July 22", "9:40 p.m.", "Bolton met his Japanese counterpart in Tokyo today and is due in Seoul for talks on Wednesday."]
    const text = sentences.join("\n")
    let at = 0
    const spans = sentences.map((s, position) => { const span = { start: at, end: at + s.length, paragraph: position, position }; at += s.length + 1; return span })
    const values = findTimexes({ docId: "t", text, headline: null, sentences: spans, published: "2019-07-23", dateline: null }).map((t) => `${t.text} ${t.value}`)
    expect(values).toEqual(["today 2019-07-23", "Monday, July 22 2019-07-22", "9:40 p.m. 2019-07-22T21:40", "today 2019-07-22", "Wednesday 2019-07-24"])
    // (a day named in a sentence of its own with no time stamp after it is no entry's day)
    const plain = ["Monday, July 22", "The talks are due on Wednesday."]
    const t2 = plain.join("\n")
    const values2 = findTimexes({ docId: "t", text: t2, headline: null, published: "2019-07-29", dateline: null,
      sentences: [{ start: 0, end: 15, paragraph: 0, position: 0 }, { start: 16, end: t2.length, paragraph: 1, position: 1 }] }).map((t) => `${t.text} ${t.value}`)
    expect(values2).toEqual(["Monday, July 22 2019-07-22", "Wednesday 2019-07-31"])
  })
})

describe("tense and spans in wider news (hold10)", () => {
  it("puts a date something is set for ahead, and reads no past verb in a compound or a clause break in a number", () => {
    expect(tx("Critics said it could delay a presidential election set for March 31.", "2018-11-26")).toEqual([["March 31", "2019-03-31"]])
    // (but a record set on a day is behind)
    expect(tx("The index closed within 70 points of its record high set on Aug. 6.", "1998-02-06")).toEqual([["Aug. 6", "1997-08-06"]])
    expect(tx("The Pentagon has said it plans to test a ground-launched missile with a range of 3,000 to 4,000 kilometers in November.", "2019-08-21")).toEqual([["November", "2019-11"]])
  })

  it("leaves 'last' the verb out of a duration", () => {
    expect(tx("Martial law will take effect on Wednesday and last 30 days in ten regions.", "2018-11-26")).toEqual([["Wednesday", "2018-11-28"], ["30 days", "P30D"]])
    expect(tx("Prices rose over the last 30 days.", "2018-11-26")).toEqual([["the last 30 days", "P30D"]])
  })
})
