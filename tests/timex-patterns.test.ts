import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { Article, TimexMatch } from "../pipeline/annotations.ts"
import { findTimexes, holidayIn, PATTERNS, tenseAt } from "../pipeline/timex.ts"
import { sharedDir, timexesUnderTz } from "./helpers.ts"

/** An article whose body sentences are separated by two spaces (or a blank line after a headline), published on `dct`. */
const article = (text: string, dct: string | null, headline = false): Article => {
  const body = headline ? text.indexOf("\n\n") + 2 : 0
  const sentences: Article["sentences"][number][] = []
  for (const m of text.slice(body).matchAll(/\S(?:(?!\s{2}).)*/g)) {
    sentences.push({ start: body + m.index, end: body + m.index + m[0].length, paragraph: 0, position: sentences.length })
  }
  return { docId: "t", text, headline: headline ? { start: 0, end: text.indexOf("\n") } : null, sentences, published: dct, dateline: null }
}
const all = (text: string, dct: string | null): TimexMatch[] => findTimexes(article(text, dct))
const values = (text: string, dct: string | null) => all(text, dct).map((t) => t.value)
const pairs = (text: string, dct: string | null) => all(text, dct).map((t) => [t.text, t.value])

describe("weekdays: the publication date varied around the weekday", () => {
  // 2008-07-07 is a Monday.
  it("reads a past-tense weekday as the one on or before the publication date", () => {
    expect(values("The minister said Friday that talks failed.", "2008-07-07")).toEqual(["2008-07-04"])
    expect(values("The minister said Monday that talks failed.", "2008-07-07")).toEqual(["2008-07-07"])
    expect(values("The minister said Monday that talks failed.", "2008-07-08")).toEqual(["2008-07-07"])
    expect(values("The minister said Sunday that talks failed.", "2009-01-02")).toEqual(["2008-12-28"])
  })

  it("reads a future weekday as the one on or after it, across a year boundary", () => {
    expect(values("The leaders will meet on Friday.", "2008-12-30")).toEqual(["2009-01-02"])
    expect(values("The leaders will meet on Tuesday.", "2008-07-08")).toEqual(["2008-07-08"])
    expect(values("Trading is to resume in Paris Tuesday.", "2008-07-09")).toEqual(["2008-07-15"])
    expect(values("The group could arrive as early as Tuesday.", "2008-07-09")).toEqual(["2008-07-15"])
    expect(values("Officials postponed until Tuesday any action on the case.", "2008-07-10")).toEqual(["2008-07-15"])
  })

  it("lets the verb right before the weekday decide over the rest of the clause", () => {
    // "said" marks the day of the saying, though the clause speaks of the future.
    expect(values("The United States will not yield, the spokesman said Friday.", "2008-07-07")).toEqual(["2008-07-04"])
    expect(tenseAt("The talks, set to resume Monday, were delayed.", 22)).toBe("future")
  })

  it("counts 'the previous Friday' from the day just mentioned", () => {
    expect(values("Stocks fell Friday, down 4.5% from the previous Friday.", "1989-10-30")).toEqual(["1989-10-27", "1989-10-20"])
  })

  it("reads a possessive weekday in a timeless clause as past", () => {
    expect(values("The bonds convert at a premium over Thursday's closing price.", "2008-07-07")).toEqual(["2008-07-03"])
  })
})

describe("sets", () => {
  it("reads weekdays and months that recur", () => {
    expect(pairs("Flights leave on Mondays and Tuesday nights, each Thursday and every July.", "1998-02-13")).toEqual([
      ["Mondays", "XXXX-WXX-1"], ["Tuesday nights", "XXXX-WXX-2TNI"], ["each Thursday", "XXXX-WXX-4"], ["every July", "XXXX-07"],
    ])
    expect(all("They rally daily outside the house.", null).map((t) => [t.type, t.value])).toEqual([["SET", "P1D"]])
    expect(values("Nasdaq's average daily volume fell, and Du Pont raised its quarterly dividend.", null)).toEqual([])
  })

  it("leaves a frequency word that is part of a name", () => {
    expect(values("Ruan Zongze wrote in China Daily that hope had been reignited.", "2012-03-28")).toEqual([])
    expect(values("Daily Mail readers complained. The Weekly Standard agreed.", "2012-03-28")).toEqual([])
    expect(values("Daily, the crowds grew.", "2012-03-28")).toEqual(["P1D"])
  })

  it("leaves a season's word that is part of a name, not one before a year", () => {
    expect(values("Putin arrived hours before the opening ceremony of the Beijing Winter Olympics.", "2022-02-05")).toEqual([])
    expect(values("The Summer Games opened in Paris.", "2024-07-27")).toEqual([])
    expect(values("The talks will resume in the spring, after a cold Winter 2021 in Kyiv.", "2022-02-05")).toEqual(["2022-SP", "2021-WI"])
  })
})

describe("days of the month without a year", () => {
  it("takes the year the tense points to, within nine months", () => {
    expect(values("The company reported sales for the year ended March 31.", "1989-10-31")).toEqual(["P1Y", "1989-03-31"])
    expect(values("The talks will resume on Jan. 14.", "1999-12-20")).toEqual(["2000-01-14"])
    expect(values("He was shot to death last Oct. 23.", "1999-04-19")).toEqual(["1998-10-23"])
  })

  it("reads a passive after 'will be' as future, and 'since' as past", () => {
    expect(values("The summit will be held on April 24 and 25.", "1999-02-10")).toEqual(["1999-04-24", "1999-04-25"])
    expect(values("The carrier has been on patrol since March.", "1990-08-13")).toEqual(["1990-03"])
    expect(values("The pact is effective June 1.", "1989-10-26")).toEqual(["1990-06-01"])
    expect(values("Turnout was 24 and 25 percent on May 3.", "1999-05-04")).toEqual(["1999-05-03"])
  })

  it("reads a month of this, last or next year", () => {
    expect(values("Ratification began in February this year.", "1998-12-03")).toEqual(["1998-02"])
    expect(values("The leaders fell out in June last year.", "1998-02-19")).toEqual(["1997-06"])
  })

  it("finds Feb. 29 in the nearest leap year", () => {
    expect(values("The vote took place on Feb. 29.", "2009-03-05")).toEqual(["2008-02-29"])
    expect(values("The vote will take place on Feb. 29.", "2011-06-01")).toEqual(["2012-02-29"])
    expect(values("The vote took place on February 29, 2012.", null)).toEqual(["2012-02-29"])
  })

  it("knows short past forms the -ed rule misses", () => {
    // Published 16 December 2010: April 2011 is nearer, but "died" tells of the past.
    expect(values("Eleven men died in the explosion on the drilling rig in April.", "2010-12-16")).toEqual(["2010-04"])
  })

  it("reads what happened 'since' as past, however far back", () => {
    // Published 10 January 2012: March 2012 is nearer, but "since March" looks back.
    expect(values("Last month the UN put the death toll since March at 5,000.", "2012-01-10")).toEqual(["2011-12", "2011-03"])
    expect(values("It will mark the first time since the explosion aboard the rig on 20 April that the oil has stopped.", "2010-07-13")).toEqual(["2010-04-20"])
  })

  it("reads the date heading an entry of a chronology as past, though told in the present", () => {
    // Published 20 October 2011: March 17 is nearer ahead than behind, but a chronology looks back.
    expect(values("March 17 - The U.N. Security Council votes to authorize a no-fly zone over Libya.", "2011-10-20")).toEqual(["2011-03-17"])
    expect(values("Aug. 2: Iraq invades Kuwait.", "1990-12-20")).toEqual(["1990-08-02"])
    expect(values("The deadline is March 1.", "2011-10-20")).toEqual(["2012-03-01"])
  })

  it("reads a week given by one of its days", () => {
    expect(values("A hearing is set for the week of March 6.", "2000-02-24")).toEqual(["2000-W10"])
  })
})

describe("times of day and time zones in the text", () => {
  it("keeps the clock time, zone or not, on the day it belongs to", () => {
    expect(values("It ended at 8:08 PM EDT.", "2008-07-07")).toEqual(["2008-07-07T20:08"])
    expect(values("Voting closes at 5 p.m. EST tomorrow.", "2008-07-07")).toEqual(["2008-07-08T17:00"])
    expect(values("The blast came at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08")).toEqual(["1998-08-07T10:35", "1998-08-07T07:35", "1998-08-07"])
    expect(values("The polls closed at 20:00 GMT on Sunday.", "2008-03-03")).toEqual(["2008-03-02T20:00", "2008-03-02"])

    expect(values("At 1:38 pm on 10 Jun 2010, a reader wrote this.", "2010-06-15")).toEqual(["2010-06-10T13:38", "2010-06-10"])
    expect(values("The vote closed at 20:00 GMT on June 3, 2012.", "2012-06-05")).toEqual(["2012-06-03T20:00", "2012-06-03"])
    // (and noon or midnight on a day named after it, as a clock time)
    expect(values("The compounds were closed from noon on Friday.", "2016-12-31")).toEqual(["2016-12-30T12:00", "2016-12-30"])
    expect(values("The ban took effect at midnight on 5 January 2017.", "2017-01-09")).toEqual(["2017-01-05T24:00", "2017-01-05"])
  })

  it("reads a clock time with the date after it as one expression", () => {
    expect(pairs("The offer expires at 5 p.m. EST, Nov. 6.", "1989-10-30")).toEqual([["5 p.m. EST, Nov. 6", "1989-11-06T17:00"]])
    expect(values("Shares fell mid-afternoon yesterday.", "1989-11-02")).toEqual(["1989-11-01TAF"])
  })

  it("puts a bare clock time on the day the sentence before named", () => {
    expect(values("The attack came on Friday.  It began at 10 p.m.", "1998-08-10")).toEqual(["1998-08-07", "1998-08-07T22:00"])
    expect(values("It began at 10 p.m.", "1998-08-10")).toEqual(["1998-08-10T22:00"])
    expect(values("It began at 10 p.m.", null)).toEqual(["XXXX-XX-XXT22:00"])
  })

  it("reads parts of days", () => {
    expect(values("Police arrived Thursday night.", "1999-02-06")).toEqual(["1999-02-04TNI"])
    expect(values("The vote is tonight.", "2008-07-07")).toEqual(["2008-07-07TNI"])
  })
})

describe("weeks, months and years around the publication date", () => {
  it("crosses year boundaries with ISO weeks", () => {
    expect(values("They will meet next week.", "2008-12-24")).toEqual(["2009-W01"])
    expect(values("They met last week.", "2010-01-06")).toEqual(["2009-W53"])
  })

  it("reads bare months by tense across the new year", () => {
    expect(values("Elections will be held in January.", "2008-12-15")).toEqual(["2009-01"])
    expect(values("Prices fell in December.", "2009-01-05")).toEqual(["2008-12"])
    expect(values("Yeltsin visited China last December.", "2008-12-20")).toEqual(["2007-12"])
  })

  it("reads the reporting year of business news", () => {
    expect(values("Sales for the full year rose 13%.", "1989-11-02")).toEqual(["1989"])
    expect(values("In the latest fiscal year sales fell.", "1989-10-26")).toEqual(["1988"])
    expect(values("Employment will grow by year end.", "1989-10-26")).toEqual(["1989"])
  })

  it("counts from the date the article mentioned last", () => {
    expect(values("Kopp arrived in June 1998.  He left Cuba later that year.", "2000-01-28")).toEqual(["1998-06", "1998"])
    expect(values("Prices rose in March 1989.  The following month, they fell.", "1989-10-27")).toEqual(["1989-03", "1989-04"])
    expect(values("The strike began on Oct. 23, 1998.  Ten years later it ended.", "1999-05-05")).toEqual(["1998-10-23", "2008"])
    expect(values("The strike began on Oct. 23, 1998.  A similar one had ended ten years before.", "1999-05-05")).toEqual(["1998-10-23", "1988"])
    expect(values("The treaty was signed ten days ago.", "1999-05-05")).toEqual(["1999-04-25"])
  })
})

describe("quarters and halves", () => {
  it("reads 'a year earlier' in a quarterly report as the same quarter a year before, without drifting", () => {
    const text = "Third-quarter profit rose to $5 million.  A year earlier, it was $3 million.  Sales rose from $9 million a year ago."
    expect(values(text, "1989-11-02")).toEqual(["1989-Q3", "1988-Q3", "1988-Q3"])
    expect(values("Compared with year-earlier profit of $3 million, in the third quarter.", "1989-11-02")).toEqual(["1988", "1989-Q3"])
    expect(values("Profit was $3 million a year earlier.", "1989-11-02")).toEqual(["1988"])
  })

  it("tells rates and fractions from durations", () => {
    expect(values("The dividend is $1.76 a year; four flights a week leave.", null)).toEqual([])
    expect(values("Funds hold more than a quarter of the market.", null)).toEqual([])
    expect(values("The review took a year.", null)).toEqual(["P1Y"])
    expect(values("Revenue was $14.5 million in the 1988 quarter.", "1989-11-02")).toEqual(["1988-Q3"])
  })

  it("reads named and relative quarters and halves", () => {
    expect(values("Sales in this year's third quarter rose.", "1989-11-01")).toEqual(["1989-Q3"])
    expect(values("Net fell in the year-ago third quarter.", "1989-10-30")).toEqual(["1988-Q3"])
    expect(values("Output will rise in the second half of 1990.", null)).toEqual(["1990-H2"])
    expect(values("Output will rise in the first half of next year.", "1989-10-26")).toEqual(["1990-H1"])
    expect(values("Dividends are paid quarterly.", null)).toEqual(["P3M"])
    expect(values("The board meets twice a year.", null)).toEqual(["P1Y"])
    expect(values("Profit will grow over the next three quarters.", null)).toEqual(["P9M"])
  })
})

describe("holidays", () => {
  it("computes movable feasts", () => {
    const iso = (d: { y: number; m: number; d: number }) => `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`
    expect(iso(holidayIn("EASTER", 2000))).toBe("2000-04-23")
    expect(iso(holidayIn("EASTER", 2008))).toBe("2008-03-23")
    expect(iso(holidayIn("EASTER -2", 2011))).toBe("2011-04-22")
    expect(iso(holidayIn("11-4-4", 1999))).toBe("1999-11-25")
    expect(iso(holidayIn("11-1-1 +1", 2008))).toBe("2008-11-04")
    expect(iso(holidayIn("05-L-1", 2008))).toBe("2008-05-26")
  })

  it("picks the occurrence the words and the tense point to", () => {
    expect(values("He was released last Thanksgiving.", "2000-02-10")).toEqual(["1999-11-25"])
    expect(values("Voters will go to the polls on Election Day.", "1998-10-26")).toEqual(["1998-11-03"])
    expect(values("They met at Christmas 2004.", null)).toEqual(["2004-12-25"])
    expect(values("They will meet at Christmas.", null)).toEqual(["XXXX-12-25"])
    expect(values("Pilgrims came in Easter week.", "2000-04-17")).toEqual(["2000-W16"])
  })
})

describe("numbers and years in words", () => {
  it("reads halves and '-long' durations", () => {
    expect(values("It took half an hour, then half a century.", null)).toEqual(["PT30M", "P50Y"])
    expect(values("After a decade-long war the country rebuilt.", null)).toEqual(["P10Y"])
  })

  it("reads the tense of the expression's own clause, not of another joined after it, and an anniversary that falls on a day as ahead (hold22, hold23)", () => {
    expect(values("Alliance leaders are expected to invite seven countries, including Estonia, Latvia and Lithuania, to join at their summit in Prague in November, and Bush has said he favors it.", "2002-05-28"))
      .toEqual(["2002-11"])
    expect(values("Asked about the crackdown, whose 30th anniversary falls on Tuesday, he said nothing.", "2019-06-03")).toEqual(["2019-06-04"])
  })

  it("reads calendar, business and working days as days (hold21)", () => {
    expect(pairs("They must notify the authorities within four calendar days and leave within 10 business days.", "2020-03-17"))
      .toEqual([["four calendar days", "P4D"], ["10 business days", "P10D"]])
  })

  it("reads fractions and compound numbers in durations", () => {
    expect(pairs("The siege lasted 5 1/2 hours.", null)).toEqual([["5 1/2 hours", "PT5H30M"]])
    expect(values("He served 2 1/2 years.", null)).toEqual(["P2Y6M"])
    expect(values("It took a minute and a half.", null)).toEqual(["PT1M30S"])
    expect(values("It was the worst in the last twenty-four hours.", null)).toEqual(["PT24H"])
  })

  it("reads years written in words", () => {
    expect(values("Atlanta, nineteen ninety-six.", null)).toEqual(["1996"])
    expect(values("In January nineteen ninety-seven a bomb went off.", null)).toEqual(["1997-01"])
    expect(values("He promised jobs by the year two thousand.", null)).toEqual(["2000"])
    expect(values("Twenty five people and two thousand troops came.", null)).toEqual([])
  })

  it("reads years used as adjectives, and prefixed years", () => {
    expect(values("He remembers the 1956 uprising.", null)).toEqual(["1956"])
    expect(values("The group fell apart in mid-1996.", null)).toEqual(["1996"])
  })
})

describe("false positives", () => {
  it("does not read lower-case month words, names or fractions as dates", () => {
    expect(values("Investors may march on the exchange.", "2008-07-07")).toEqual([])
    expect(values("Czech Foreign Minister Jan Kavan arrived.", "1999-03-12")).toEqual([])
    expect(values("About three-quarters of voters agreed.", null)).toEqual([])
    expect(values("He tried a second time.", null)).toEqual([])
    expect(values("It was like High Noon.", null)).toEqual([])
    expect(values("After the fall of Tripoli the rebels advanced.", "2011-08-21")).toEqual([])
    expect(values("A decision is due in the fall of 2012.", null)).toEqual(["2012-FA"])
  })

  it("reads 'soon' as the future only when it is not a conjunction or a past event", () => {
    expect(values("Prosecutors may soon seek an indictment.", "2008-07-07")).toEqual(["FUTURE_REF"])
    expect(values("He was soon released.", "2008-07-07")).toEqual([])
    expect(values("They will leave as soon as possible.", "2008-07-07")).toEqual([])
  })

  it("keeps duration spans without their approximators, as TimeML does", () => {
    expect(pairs("The talks lasted about five hours.", null)).toEqual([["five hours", "PT5H"]])
    expect(pairs("The treaty was signed nearly four years ago.", "2011-06-15")).toEqual([["nearly four years ago", "2007"]])
    expect(pairs("Prices rose in recent years.", null)).toEqual([["recent years", "PXY"]])
  })
})

describe("the article", () => {
  it("reads the headline and a wire dateline left outside the sentences, in text order", () => {
    const text = "Albright to visit Kenya Tuesday\n\nNAIROBI, Kenya, August 7 (Xinhua) --\n\nThe embassy was bombed on Friday."
    const a = article(text, "1998-08-10", true)
    const body = { start: text.indexOf("The embassy"), end: text.length, paragraph: 0, position: 0 }
    const found = findTimexes({ ...a, sentences: [body] })
    expect(found.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ["Tuesday", "1998-08-11", "publication"],
      ["August 7", "1998-08-07", "publication"],
      ["Friday", "1998-08-07", "publication"],
    ])
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it("gives the day range a value covers", () => {
    const [week, season, decade, duration] = all("It happened last week, in the fall of 2008, in the 1990s, over two years.", "2011-06-15")
    expect([week!.startDate, week!.endDate]).toEqual(["2011-06-06", "2011-06-12"])
    expect([season!.value, season!.startDate, season!.endDate]).toEqual(["2008-FA", "2008-09-01", "2008-11-30"])
    expect([decade!.value, decade!.startDate, decade!.endDate]).toEqual(["199", "1990-01-01", "1999-12-31"])
    expect([duration!.value, duration!.startDate, duration!.endDate, duration!.anchor]).toEqual(["P2Y", null, null, "publication"])
  })

  it("never invents a year without a publication date", () => {
    const found = all("He met them last week, on Wednesday, in June and last December, three years ago.", null)
    expect(found.map((t) => t.value)).toEqual(["XXXX-WXX", "XXXX-WXX-3", "XXXX-06", "XXXX-12", "XXXX"])
    expect(found.every((t) => t.anchor === "none" && t.startDate === null)).toBe(true)
  })
})

describe("an article dated by its byline (Monday 7 July 2008)", () => {
  it("reads weekdays by tense, the week, the season, months and the weekend against that date", () => {
    const text = [
      "Russian President Vladimir Putin Monday began his first official visit to China.",
      "The missile-interception system is expected to be the main item on the agenda at talks Tuesday between Putin and Jiang Zemin.",
      "The two leaders will sign a joint statement at their talks this week.",
      "President Clinton is expected to make a decision on deployment of the systems sometime this fall.",
      "Both oppose any amendment to the treaty, signed in 1972.",
      "Putin and Jiang talked by telephone in June, the agency said.",
      "Their views were nourished by the NATO campaign in the Balkans last year.",
      "During a visit to China by Boris Yeltsin last December, the two countries rejected a unipolar world.",
      "From Beijing, Putin will go Wednesday to North Korea.",
      "Over the weekend, Putin will attend the summit of the G8 nations in Okinawa.",
    ].join("  ")
    expect(values(text, "2008-07-07")).toEqual([
      "2008-07-07", "2008-07-08", "2008-W28", "2008-FA", "1972", "2008-06", "2007", "2007-12", "2008-07-09", "2008-W28-WE",
    ])
    // The same article published a week later reads its weekdays in that later week.
    expect(values(text, "2008-07-14").slice(0, 2)).toEqual(["2008-07-14", "2008-07-15"])
  })
})

describe("the tense of the clause, the publication date varied", () => {
  it("reads a deadline a modal sets as ahead, told in the past ('said the crew could be back by the weekend'), not what was done by then", () => {
    // 2001-04-11 is a Wednesday.
    expect(values("Navy officials said the crew could be back on Whidbey Island by the weekend.", "2001-04-11")).toEqual(["2001-W15-WE"])
    expect(values("Officials said the work should be finished by Friday.", "2001-04-11")).toEqual(["2001-04-13"])
    expect(values("Officials said the crew had returned by the weekend.", "2001-04-11")).toEqual(["2001-W14-WE"])
  })
  // 1989-10-30 is a Monday, 1989-11-01 a Wednesday, 1998-09-30 a Wednesday, 1999-10-24 a Sunday.
  it("reads irregular past forms (the lexicon's pastverb rows) as past", () => {
    expect(values("The fund bought shares from Sept. 14 to Thursday.", "1989-10-30")).toEqual(["1989-09-14", "1989-10-26"])
    expect(values("The fund bought shares on Thursday.", "1989-11-01")).toEqual(["1989-10-26"])
    expect(values("In January, the company brought in a new chief executive.", "1989-10-27")).toEqual(["1989-01"])
    // Without the past verb the same clause reads as timeless, and the nearest January is the next one.
    expect(values("In January, the company names a new chief executive.", "1989-10-27")).toEqual(["1990-01"])
  })

  it("does not take an -ed adjective after a determiner for a past verb", () => {
    expect(values("The dividend would be paid on a still unspecified date in January.", "1989-10-26")).toEqual(["1990-01"])
    expect(values("The dividend was paid on an unspecified date in January.", "1989-10-26")).toEqual(["1989-01"])
    expect(tenseAt("On Friday, when she set aside the hastily planned trip, the department lifted a warning.", 3)).toBe("past")
  })

  it("reads 'planned' as a plan to come, but not as an adjective after a determiner", () => {
    expect(values("Protesters planned a demonstration on Saturday.", "2000-01-07")).toEqual(["2000-01-08"])
    expect(values("The team planned to leave Nairobi on Thursday.", "1998-09-30")).toEqual(["1998-10-01"])
    expect(values("On Friday, when she set aside plans for the hastily planned trip, the department lifted a warning.", "1998-08-17")).toEqual(["1998-08-14"])
    expect(values("On Friday, when she set aside plans for the trip she planned, the department lifted a warning.", "1998-08-17")).toEqual(["1998-08-21"])
  })

  it("lets a present verb in the clause keep the nearest reading", () => {
    // "had been expected" lies in another clause: "is part of a plan" speaks of now, and next February is nearest.
    expect(values("The sale, which had been expected, is part of a plan to repay the loan by February.", "1989-10-30")).toEqual(["1990-02"])
    expect(values("The loan, which had been expected, is due by February.", "1989-10-30")).toEqual(["1990-02"])
    expect(values("The loan, which had been expected, was repaid by February.", "1989-10-30")).toEqual(["1989-02"])
    expect(tenseAt("The loan, which had been expected, is due by February.", 45)).toBe("present")
    expect(values("The law, which takes effect in July, was passed last week.", "2013-03-22")).toEqual(["2013-07", "2013-W11"])
    expect(tenseAt("The loan, which had been expected, is to be repaid by February.", 55)).toBe("future")
  })
})

describe("durations with a signal, as TimeML has them", () => {
  it("reads a count of days, weeks or months before or after something as a duration, when no day was just named", () => {
    expect(pairs("The banks must wait at least 30 days before closing the purchase.", "1989-10-27")).toEqual([["30 days", "P30D"]])
    expect(pairs("Three days later, the index closed higher.", "1989-10-30")).toEqual([["Three days", "P3D"]])
    expect(pairs("A day earlier, trucks crossed the border.", "1990-08-16")).toEqual([["A day", "P1D"]])
    expect(pairs("Six months after the vote, he resigned.", "2001-03-01")).toEqual([["Six months", "P6M"]])
    // "the next day" and "a day later" are a day of their own, counted from the one just named (a reader dates what
    // happened then by it; TimeML would make "a day" a span); so are weeks, to their week; months stay spans.
    expect(values("The doctor was shot on Oct. 23.  A day later, police found the rifle.", "1998-11-20")).toEqual(["1998-10-23", "1998-10-24"])
    expect(values("The doctor was shot on Oct. 23.  The next day, police found the rifle.", "1998-11-20")).toEqual(["1998-10-23", "1998-10-24"])
    expect(values("Parliament ratified the bid on Jan. 23, and the president signed it into law two days later.", "2024-03-08")).toEqual(["2024-01-23", "2024-01-25"])
    expect(values("The talks began on March 2, 2012.  Two weeks later they collapsed.", "2012-04-09")).toEqual(["2012-03-02", "2012-W11"])
    expect(values("The talks began on March 2, 2012.  Six months later they collapsed.", "2012-12-09")).toEqual(["2012-03-02", "P6M"])
    expect(values("The doctor was shot on Oct. 23.  His name was crossed out that same day.", "1999-02-06")).toEqual(["1998-10-23", "1998-10-23"])
  })

  it("still counts 'ago' from the publication date, and years from the date just mentioned", () => {
    expect(values("The treaty was signed three days ago.", "1999-05-05")).toEqual(["1999-05-02"])
    expect(values("The treaty was signed three days ago.", "2000-03-01")).toEqual(["2000-02-27"])
    expect(values("Sales rose in the third quarter from a year earlier.", "1989-10-26")).toEqual(["1989-Q3", "1988-Q3"])
    expect(values("He left Cuba in June 1995.  Two years later he returned.", "2000-01-28")).toEqual(["1995-06", "1997"])
  })

  it("reads 'a couple of' as two", () => {
    expect(values("It will not change for a couple of years.", "1998-01-08")).toEqual(["P2Y"])
    expect(values("Over the next couple of weeks, talks resume.", "1998-01-08")).toEqual(["P2W"])
    expect(values("It will not change for a few years.", "1998-01-08")).toEqual(["PXY"])
  })
})

describe("what the same sentence mentioned before", () => {
  it("counts 'that year' from a year named earlier in the sentence", () => {
    expect(values("Imports totaled $37 million in 1988, a small share of all imports that year.", "1989-11-02")).toEqual(["1988", "1988"])
    expect(values("Imports totaled $37 million in 1985, a small share of all imports that year.", "1989-11-02")).toEqual(["1985", "1985"])
    expect(values("A small share of all imports that year.", "1989-11-02")).toEqual([])
  })

  it("puts 'in the morning' on the day just named, and nowhere without one", () => {
    expect(values("Shares fell Friday.  Dealers placed orders in the morning.", "1989-10-30")).toEqual(["1989-10-27", "1989-10-27TMO"])
    expect(values("Shares fell Tuesday.  Dealers placed orders in the evening.", "1989-11-02")).toEqual(["1989-10-31", "1989-10-31TEV"])
    expect(values("Dealers usually place orders in the morning.", "1989-10-30")).toEqual([])
  })

  it("reads a clock time with the half of the day in words", () => {
    expect(values("He will leave at 4 in the morning.", "2000-04-05")).toEqual(["2000-04-05T04:00"])
    expect(values("The rally begins at eight o'clock in the evening.", "2000-04-05")).toEqual(["2000-04-05T20:00"])
    expect(values("The rally begins at 12 in the morning.", "2000-04-05")).toEqual(["2000-04-05T00:00"])
    expect(values("The rally begins at 14 in the afternoon.", "2000-04-05")).toEqual([])
    expect(values("They saw the couple in the morning.", "2000-04-05")).toEqual([])
  })

  it("reads 'that quarter' and 'the same quarter' as the quarter just named", () => {
    expect(values("Profit rose in the second quarter.  Results for that quarter included a charge.", "1989-10-27")).toEqual(["1989-Q2", "1989-Q2"])
    expect(values("Results for that quarter included a charge.", "1989-10-27")).toEqual([])
    expect(values("Profit fell for the fiscal-first quarter ended Sept. 30.", "1989-10-26")).toEqual(["1989-Q1", "1989-09-30"])
  })
})

describe("references, sets and someday", () => {
  it("reads a modal or infinitive 'soon' as the future even in a past sentence", () => {
    expect(values("Prosecutors told him that they may soon seek an indictment.", "1989-10-27")).toEqual(["FUTURE_REF"])
    expect(values("The company said it expected sales to soon grow.", "1989-10-26")).toEqual(["FUTURE_REF"])
    expect(values("The company soon said it expected growth.", "1989-10-26")).toEqual([])
  })

  it("reads 'will one day' as the future and 'for one day' as a day long", () => {
    expect(values("Islam will one day be the second religion in the country.", "1998-03-03")).toEqual(["FUTURE_REF"])
    expect(values("He had been in the job for one day.", "1989-10-26")).toEqual(["P1D"])
  })

  it("reads hourly as a set and 'a later date' as the future", () => {
    expect(all("Average hourly earnings rose.", "1998-02-06").map((t) => [t.type, t.value])).toEqual([["SET", "PT1H"]])
    expect(values("It will raise the money at a later date.", "1989-10-26")).toEqual(["FUTURE_REF"])
  })

  it("does not read 'the past' before a count as a reference to the past", () => {
    expect(values("Violence flared for the past three summers.", "1998-03-22")).toEqual([])
    expect(values("Violence flared in the past.", "1998-03-22")).toEqual(["PAST_REF"])
    expect(values("Kopp is now a fugitive.", "1999-05-06")).toEqual(["PRESENT_REF"])
  })
})

describe("determinism", () => {
  it("uses no local-time or locale-dependent calls in the timex modules", () => {
    const root = join(import.meta.dirname, "..", "pipeline")
    const files = ["timex.ts", "calendar.ts", ...readdirSync(join(root, "timex")).map((f) => join("timex", f))]
    for (const f of files) {
      const src = readFileSync(join(root, f), "utf8")
      expect(src, f).not.toMatch(/new Date\(\)|Date\.now|\.get(?:FullYear|Month|Date|Day|Hours|Minutes)\(|\.set(?:FullYear|Month|Date|Hours)\(|toLocale|localeCompare|date-fns/)
    }
  })

  it("gives the same values, ranges and anchors under other time zones", () => {
    const text = "Talks will resume next Friday at 9 a.m. EST, after Thanksgiving; they began last week, on Feb. 29 and in the first quarter, two years ago."
    const run = (tz: string) => timexesUnderTz(text, "2008-12-31", tz)
    const utc = run("UTC")
    expect(JSON.parse(utc).length).toBeGreaterThanOrEqual(6)
    expect(run("Pacific/Kiritimati")).toBe(utc)
    expect(run("America/Adak")).toBe(utc)
  }, 60_000)
})

describe("pattern gates", () => {
  // A pattern is run only over a text its gate passes: a gate a match could lack would lose expressions
  // silently. Every match of every pattern, run ungated over the seeds, the example sentences of the timex
  // tests and (when present) TimeBank+AQUAINT, must contain what its gate asks for.
  const shared = sharedDir()
  const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8")) : [])
  const examples = ["timex.test.ts", "timex-patterns.test.ts"].flatMap((f) =>
    [...readFileSync(join(import.meta.dirname, f), "utf8").matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1]!))
  const texts = [...files(join(import.meta.dirname, "..", "raw")), ...examples, ...(shared ? files(join(shared, "bench", "timex", "tbaq", "raw")) : [])]

  it("lets through every text a pattern matches", () => {
    let matches = 0
    for (const p of PATTERNS) {
      for (const text of texts) {
        for (const m of text.matchAll(p.re)) {
          matches++
          if (!p.gate.test(m[0])) expect.fail(`${p.name}: ${JSON.stringify(m[0])} fails its gate ${p.gate}`)
        }
      }
    }
    expect(matches).toBeGreaterThan(500)
  })
})

describe("a day of a year named by its distance", () => {
  it("reads '23 November last year' and 'November 23 next year' against the publication year, leap days included", () => {
    expect(pairs("Litvinenko died in London on 23 November last year.", "2007-07-17")).toEqual([["23 November last year", "2006-11-23"]])
    expect(pairs("He died on November 23 last year.", "2007-01-02")).toEqual([["November 23 last year", "2006-11-23"]])
    expect(pairs("The accord ends on 29 February next year.", "2007-03-01")).toEqual([["29 February next year", "2008-02-29"]])
    // (no leap day in a year without one: "29 February last year" in 2008 is no date of 2007)
    expect(values("It ended on 29 February last year.", "2008-03-01")).not.toContain("2007-02-29")
    // (no publication date: the day without its year)
    expect(values("He died on 23 November last year.", null)).toEqual(["XXXX-11-23"])
  })
})

describe("live pages and complements (hold14)", () => {
  it("reckons an entry's days from the day heading over its time stamp, when the stamp is no sentence of its own", () => {
    const text = "Wednesday 28 September\n19:05 GMT\nFrederiksen said yesterday that the leaks were deliberate."
    const heading = { start: 0, end: 22, paragraph: 0, position: 0 }
    const entry = { start: text.indexOf("Frederiksen"), end: text.length, paragraph: 1, position: 1 }
    const found = findTimexes({ docId: "t", text, headline: null, sentences: [heading, entry], published: "2022-09-30", dateline: null })
    expect(found.map((t) => [t.text, t.value])).toEqual([["Wednesday 28 September", "2022-09-28"], ["yesterday", "2022-09-27"]])
  })

  it("gives an expression with no tense of its own the tense of the verb before it, not of a complement after it", () => {
    expect(values("Zakharova demanded that Biden say whether the US was behind them, recalling his pledge in February that \"there will be no Nord Stream 2\".", "2022-09-28")).toEqual(["2022-02"])
  })
})

describe("until a day (hold15)", () => {
  it("reads a day something runs or will last until as ahead, one it lasted until as past", () => {
    expect(values("The drills, which run until Monday, involve 36,000 tanks.", "2018-09-12")).toEqual(["2018-09-17"])
    expect(values("The drills will last until Friday.", "2018-09-12")).toEqual(["2018-09-14"])
    expect(values("The talks lasted until Monday.", "2018-09-12")).toEqual(["2018-09-10"])
    expect(values("Iran had until Friday to reply.", "2018-09-12")).toEqual(["2018-09-07"])
  })
})


describe("a part of a month, a week or a year (hold19)", () => {
  it("quotes 'the end of' with the month or year it names, and reads 'the start of the month' as the article's month", () => {
    expect(pairs("Deliveries will be completed by the end of March 2020.", "2019-07-17")).toEqual([["the end of March 2020", "2020-03"]])
    expect(pairs("Ban took office at the start of the month.", "2007-01-13")).toEqual([["the start of the month", "2007-01"]])
    expect(pairs("The drills end at the end of this week.", "2017-09-18")).toEqual([["the end of this week", "2017-W38"]])
    expect(pairs("Talks resume in the middle of October.", "2019-07-17")).toEqual([["the middle of October", "2019-10"]])
    // (no part of a thing that is not a time: "the end of the Cold War in 1991")
    expect(pairs("It lasted until the end of the Cold War in 1991.", "2019-07-17")).toEqual([["1991", "1991"]])
  })
})

describe("a day of the month by its ordinal (hold18)", () => {
  it("reads 'on the 20th' as a day of the article's month, of the month before when told in the past of a day still to come", () => {
    expect(pairs("The US side announced on the 19th that it would indict five officers.", "2014-05-21")).toEqual([["the 19th", "2014-05-19"]])
    expect(pairs("The envoy arrived on the 28th.", "2014-05-21")).toEqual([["the 28th", "2014-04-28"]])
    expect(pairs("The meeting is due on the 28th.", "2014-05-21")).toEqual([["the 28th", "2014-05-28"]])
    // (not a century, a congress or an anniversary)
    expect(pairs("It was the bloodiest war of the 20th century.", "2014-05-21")).toEqual([["the 20th century", "19"]])
    expect(values("Delegates gathered for the 19th Party Congress.", "2017-10-18")).toEqual([])
  })
})
