import { describe, expect, it } from "vitest"
import type { Article } from "../pipeline/annotations.ts"
import { checkDates, COUNTRIES, findActors, ORGANISATIONS, roleOn, TENURES } from "../pipeline/actors.ts"

const article = (sentences: string[], published: string | null = null, boilerplate = ""): Article => {
  const text = boilerplate + sentences.join(" ")
  let at = boilerplate.length
  const spans = sentences.map((s, position) => {
    const span = { start: at, end: at + s.length, paragraph: 0, position }
    at += s.length + 1
    return span
  })
  return { docId: "a", text, headline: null, sentences: spans, published, dateline: null }
}
const actors = (sentences: string[], published: string | null = null) => findActors(article(sentences, published))
const keys = (sentences: string[], published: string | null = null) => actors(sentences, published).map((m) => `${m.rule}|${m.text}|${m.key}`)

describe("gazetteer", () => {
  it("has every country once, with an ISO-style code and a name", () => {
    expect(COUNTRIES.length).toBeGreaterThan(190)
    const codes = COUNTRIES.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of COUNTRIES) expect(c.code, c.name).toMatch(/^[A-Z]{3}$/)
    for (const code of ["RUS", "CHN", "USA", "IRN", "GBR", "FRA", "DEU", "SYR", "PRK"]) expect(codes).toContain(code)
  })

  it("has the organisations the news names, with their codes", () => {
    const codes = new Set(ORGANISATIONS.map((o) => o.code))
    for (const code of ["UN", "UNSC", "NATO", "EU", "SCO", "G8", "G7", "G20", "ASEAN", "AU", "OPEC", "IAEA", "OSCE", "CSTO", "BRICS", "ARAB LEAGUE"]) expect(codes).toContain(code)
  })

  it("keeps tenures consistent: valid dates, start before end, known codes, one holder at a time per office", () => {
    const known = new Set([...COUNTRIES.map((c) => c.code), ...ORGANISATIONS.map((o) => o.code)])
    for (const t of TENURES) {
      expect(t.start, `${t.person} ${t.office}`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (t.end) expect(t.start < t.end, `${t.person} ${t.office} ${t.start}..${t.end}`).toBe(true)
      expect(known.has(t.code), `${t.person}: ${t.code}`).toBe(true)
      expect(Number.isNaN(Date.parse(t.start))).toBe(false)
    }
    const byOffice = new Map<string, typeof TENURES[number][]>()
    for (const t of TENURES) byOffice.set(`${t.code} ${t.office}`, [...(byOffice.get(`${t.code} ${t.office}`) ?? []), t])
    for (const [office, list] of byOffice) {
      const sorted = [...list].sort((a, b) => (a.start < b.start ? -1 : 1))
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!, cur = sorted[i]!
        expect(prev.end !== null && prev.end <= cur.start, `${office}: ${prev.person} and ${cur.person} overlap`).toBe(true)
      }
    }
    // At least the heads of state or government and foreign and defence ministers of the permanent five.
    for (const office of ["USA president", "USA secretary of state", "USA defense secretary", "RUS president", "RUS prime minister", "RUS foreign minister", "RUS defense minister",
      "CHN president", "CHN premier", "CHN foreign minister", "CHN defense minister", "GBR prime minister", "GBR foreign secretary", "GBR defence secretary", "FRA president", "FRA foreign minister"]) {
      expect(byOffice.get(office)?.length ?? 0, office).toBeGreaterThanOrEqual(3)
    }
  })

  it("resolves a role at the date, changing at the tenure boundary", () => {
    expect(roleOn("Dmitry Medvedev", "2008-05-06")).toBeNull()
    expect(roleOn("Dmitry Medvedev", "2008-05-07")).toBe("president")
    expect(roleOn("Dmitry Medvedev", "2012-05-08")).toBe("prime minister")
    expect(roleOn("Vladimir Putin", "2006-01-01")).toBe("president")
    expect(roleOn("Vladimir Putin", "2010-01-01")).toBe("prime minister")
    expect(roleOn("Vladimir Putin", null)).toBeNull()
  })
})

describe("recognition", () => {
  it("finds full names, titles with names, and surnames after the first mention", () => {
    const found = keys(["US Defense Secretary Robert Gates met a frosty welcome.", "Gates flew to Moscow, and Russian Defense Minister, Anatoly Serdyukov, told him so."], "2007-04-24")
    expect(found).toContain("title+name|US Defense Secretary Robert Gates|person:robert-gates")
    expect(found).toContain("surname|Gates|person:robert-gates")
    expect(found).toContain("title+name|Russian Defense Minister, Anatoly Serdyukov|person:anatoly-serdyukov")
  })

  it("codes a person by office at the article's date", () => {
    const m2006 = actors(["Vladimir Putin spoke."], "2006-01-01")[0]!
    const m2010 = actors(["Vladimir Putin spoke."], "2010-01-01")[0]!
    expect([m2006.code, m2006.role, m2010.role]).toEqual(["RUS", "president", "prime minister"])
  })

  it("keeps an unknown person's name and gives the country the adjective says", () => {
    const m = actors(["The missile defense system shifts the balance, said Russian Lt. General Viktor Poznikhir."])
    const p = m.find((x) => x.kind === "person")!
    expect([p.name, p.code, p.role]).toEqual(["Viktor Poznikhir", "RUS", "lt. general"])
  })

  it("resolves an ambiguous surname by who held office at the date", () => {
    expect(actors(["President Bush said so."], "1991-06-01")[0]!.name).toBe("George H. W. Bush")
    expect(actors(["President Bush said so."], "2005-06-01")[0]!.name).toBe("George W. Bush")
  })

  it("recognises groups of officials by their country", () => {
    const found = keys(["U.S. officials say the shield is meant to reduce the threat.", "Russian military experts believe otherwise."])
    expect(found).toContain("group|U.S. officials|group:USA:official")
    expect(found).toContain("group|Russian military experts|group:RUS:military expert")
  })

  it("codes countries, seats of government as metonyms, and organisations with their misspellings", () => {
    const found = keys(["The Kremlin and Tehran replied.", "They created the Shanghai Corporation Organization.", "NATO and the UN Security Council met."])
    expect(found).toContain("metonym|The Kremlin|country:RUS")
    expect(found).toContain("metonym|Tehran|country:IRN")
    expect(found).toContain("organisation|Shanghai Corporation Organization|organisation:SCO")
    expect(found).toContain("organisation|UN Security Council|organisation:UNSC")
  })

  it("makes joint actors of 'Russia and China', and resolves 'the two leaders' and 'both men'", () => {
    const m = actors(["Russia and China oppose the plan.", "Russian President Vladimir Putin met Chinese President Jiang Zemin.", "The two leaders will sign a statement.", "Both men dismissed the claims."], "2000-07-18")
    const joint = m.find((x) => x.rule === "joint")!
    expect(joint.members.map((x) => x.code)).toEqual(["RUS", "CHN"])
    const leaders = m.filter((x) => x.rule === "plural-anaphora")
    expect(leaders).toHaveLength(2)
    for (const l of leaders) expect(l.members.map((x) => x.name)).toEqual(["Vladimir Putin", "Jiang Zemin"])
  })

  it("does not take verbs and common words for actors", () => {
    expect(actors(["The talks may fail, he said, and prices could turn."])).toEqual([])
  })

  it("reads no actor outside the body sentences", () => {
    const a = article(["Russia objected."], null, "A Message from The Moscow Times: Vladimir Putin NATO. ")
    expect(findActors(a).map((m) => m.key)).toEqual(["country:RUS"])
  })
})

describe("date checks", () => {
  const seed3 = ["Russian President Vladimir Putin Monday began his first official visit to China.", "President Clinton is expected to decide.", "Putin will meet Chinese President Jiang Zemin.", "During a visit by former Russian President Boris Yeltsin, they agreed."]

  it("flags a date that contradicts the tenures of the office-holders named as current", () => {
    const { flags } = checkDates(article(seed3, "2008-07-07"), actors(seed3, "2008-07-07"))
    expect(flags).toContain("tenure_conflict: Bill Clinton president of USA until 2001-01-20")
    expect(flags).toContain("tenure_conflict: Jiang Zemin president of CHN until 2003-03-15")
    expect(flags.some((f) => f.includes("Yeltsin"))).toBe(false) // named as former
  })

  it("raises no flag when the date fits, and bounds the window by the tenures", () => {
    const { flags, windowStart, windowEnd } = checkDates(article(seed3, "2000-07-18"), actors(seed3, "2000-07-18"))
    expect(flags).toEqual([])
    expect([windowStart, windowEnd]).toEqual(["1993-03-27", "2001-01-20"])
  })

  it("gives a window without a date: Medvedev as president starts it on 2008-05-07", () => {
    const s = ["A joint declaration by Russian president Medvedev and Chinese premier Hu sounded tougher."]
    const { flags, windowStart } = checkDates(article(s, null), actors(s, null))
    expect(flags).toEqual([])
    expect(windowStart).toBe("2008-05-07")
  })
})
