import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import type { Article } from "../pipeline/annotations.ts"
import { checkDates, findActors } from "../pipeline/actors.ts"

/** An article whose body sentences are the given strings. */
const article = (sentences: string[], published: string | null = null): Article => {
  let at = 0
  const spans = sentences.map((s, position) => {
    const span = { start: at, end: at + s.length, paragraph: 0, position }
    at += s.length + 1
    return span
  })
  return { docId: "a", text: sentences.join(" "), headline: null, sentences: spans, published, dateline: null }
}

const check = (sentences: string[], published: string | null) => {
  const a = article(sentences, published)
  return checkDates(a, findActors(a))
}

/** A seed file as an Article with every non-empty line a body sentence (the boilerplate holds no titled office-holder). */
const seed = (file: string, published: string | null): Article => {
  const text = readFileSync(new URL(`../raw/${file}`, import.meta.url), "utf8")
  const sentences: Array<{ start: number; end: number; paragraph: number; position: number }> = []
  let at = 0
  for (const line of text.split("\n")) {
    if (line.trim()) sentences.push({ start: at, end: at + line.length, paragraph: sentences.length, position: sentences.length })
    at += line.length + 1
  }
  return { docId: file, text, headline: null, sentences, published, dateline: null }
}
const checkSeed = (file: string, published: string | null) => {
  const a = seed(file, published)
  return checkDates(a, findActors(a))
}

describe("sentences about earlier years", () => {
  it("does not flag an office-holder named in a sentence about a year long before the date", () => {
    expect(check(["The treaty was signed by Soviet President Mikhail Gorbachev in 1990.", "Putin spoke on Friday."], "2019-02-02").flags).toEqual([])
    expect(check(["Soviet President Mikhail Gorbachev spoke on Friday."], "2019-02-02").flags).not.toEqual([])
  })
})

describe("tenure conflicts", () => {
  const seed3 = ["Russian President Vladimir Putin Monday began his first official visit to China.", "President Clinton is expected to decide.", "Putin will meet Chinese President Jiang Zemin.", "During a visit by former Russian President Boris Yeltsin, they agreed."]

  it("flags a date that contradicts the tenures of the office-holders named as current, naming them and the dates", () => {
    const { flags } = check(seed3, "2008-07-07")
    expect(flags).toContain("tenure_conflict: Bill Clinton president of USA until 2001-01-20")
    expect(flags).toContain("tenure_conflict: Jiang Zemin president of CHN until 2003-03-15")
    // Putin left the presidency two months before: within the tolerance, not a conflict by itself.
    expect(flags.some((f) => f.includes("Putin"))).toBe(false)
    expect(flags.some((f) => f.includes("Yeltsin"))).toBe(false) // named as former
  })

  it("flags a date before a tenure with the start", () => {
    expect(check(["President Barack Obama spoke."], "2005-03-01").flags).toEqual(["tenure_conflict: Barack Obama president of USA from 2009-01-20"])
  })

  it("does not flag people named as former, late, then- or ousted office-holders", () => {
    for (const s of ["Former President Bill Clinton spoke.", "The late President Hafez al-Assad ruled.", "In 1982, then-President Hafez al-Assad crushed it.", "The ousted President Hosni Mubarak was tried.", "Ex-President Boris Yeltsin died.", "He served the assassinated Prime Minister Rafiq Hariri."]) {
      expect(check([s], "2012-02-09").flags, s).toEqual([])
    }
  })

  it("does not flag office-holders named only by their role", () => {
    expect(check(["The Russian president and the US president met."], "2030-01-01").flags).toEqual([])
  })

  it("tolerates a title used loosely within a year of the tenure", () => {
    expect(check(["Protests unseated President Mubarak earlier this year."], "2011-11-11").flags).toEqual([])
  })

  it("does not flag a past holder recalled next to current holders that fit the date", () => {
    const s = ["Thirty years ago, President Hafez al-Assad ordered the attack.", "His son, President Bashar al-Assad, faces the same test."]
    expect(check(s, "2012-02-09").flags).toEqual([])
  })

  it("raises no flag when the date fits", () => {
    expect(check(seed3, "2000-07-18").flags).toEqual([])
  })
})

describe("date windows", () => {
  it("bounds the window by the intersection of the tenures, several tenures each included", () => {
    // Putin president 2000-05-07..2008-05-07 and from 2012; Jiang Zemin 1993..2003; Clinton 1993..2001.
    const { windowStart, windowEnd } = check(["Russian President Vladimir Putin met Chinese President Jiang Zemin.", "President Clinton is expected to decide."], null)
    expect([windowStart, windowEnd]).toEqual(["2000-05-07", "2001-01-20"])
  })

  it("gives a window without a date: Medvedev as president starts it on 2008-05-07", () => {
    const { flags, windowStart, windowEnd } = check(["A joint declaration by Russian president Medvedev and Chinese premier Hu sounded tougher."], null)
    expect(flags).toEqual([])
    expect([windowStart, windowEnd]).toEqual(["2008-05-07", "2012-05-07"])
  })

  it("leaves the window open while the office-holder is in office, and null when no office-holder is named", () => {
    expect(check(["Foreign Minister Sergei Lavrov spoke."], null)).toEqual({ flags: [], windowStart: "2004-03-09", windowEnd: null })
    expect(check(["Russia and China spoke."], null)).toEqual({ flags: [], windowStart: null, windowEnd: null })
  })

  it("keeps the window of the conflicting holders when the date contradicts them", () => {
    const { windowStart, windowEnd } = check(["Russian President Vladimir Putin met Chinese President Jiang Zemin.", "President Clinton is expected to decide."], "2008-07-07")
    expect([windowStart, windowEnd]).toEqual(["2000-05-07", "2001-01-20"])
  })
})

describe("the seed articles", () => {
  it("flags 003 (byline 2008-07-07, story of July 2000) with a tenure conflict naming Clinton, Jiang Zemin or Putin", () => {
    const { flags } = checkSeed("003_e587924004c95b23.txt", "2008-07-07")
    expect(flags.length).toBeGreaterThan(0)
    for (const f of flags) expect(f).toMatch(/^tenure_conflict: (Bill Clinton|Jiang Zemin|Vladimir Putin) /)
  })

  it("flags none of the other four", () => {
    expect(checkSeed("000_1b1f110641acc7fd.txt", "2011-06-15").flags).toEqual([])
    expect(checkSeed("001_be0524d5308617dd.txt", null).flags).toEqual([])
    expect(checkSeed("002_36cefa5a0f04f663.txt", "2007-04-24").flags).toEqual([])
    expect(checkSeed("004_09ade5e7dfcab0e4.txt", "2016-10-11").flags).toEqual([])
  })

  it("gives 001 a window starting 2008-05-07 (Medvedev as president)", () => {
    expect(checkSeed("001_be0524d5308617dd.txt", null).windowStart).toBe("2008-05-07")
  })

  it("finds RUS, CHN, USA, SCO and IRN among the seeds' actors", () => {
    const codes = new Set(["000_1b1f110641acc7fd.txt", "001_be0524d5308617dd.txt", "002_36cefa5a0f04f663.txt", "003_e587924004c95b23.txt", "004_09ade5e7dfcab0e4.txt"].flatMap((f) => findActors(seed(f, null)).map((m) => m.code)))
    for (const code of ["RUS", "CHN", "USA", "SCO", "IRN"]) expect(codes.has(code), code).toBe(true)
  })
})
