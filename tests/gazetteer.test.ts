import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { COUNTRIES, findActors, membersOf, ORGANISATIONS, roleOn, TENURES, type Tenure } from "../pipeline/actors.ts"
import { oneSentenceArticle } from "./helpers.ts"

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
/** A real calendar day: 2001-02-30 parses in some engines but does not round-trip. */
const validDate = (s: string) => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s

const byOffice = new Map<string, Tenure[]>()
for (const t of TENURES) byOffice.set(`${t.code} ${t.office}`, [...(byOffice.get(`${t.code} ${t.office}`) ?? []), t])
/** Who holds an office of a country or organisation at a date. */
const holderOn = (office: string, date: string) => (byOffice.get(office) ?? []).filter((t) => t.start <= date && (t.end === null || date < t.end)).map((t) => t.person)

describe("countries", () => {
  it("has every ISO 3166-1 country and territory once, with an alpha-3 code and a name", () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249)
    const codes = COUNTRIES.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of COUNTRIES) {
      expect(c.code, c.name).toMatch(/^[A-Z]{3}$/)
      expect(c.name.length, c.code).toBeGreaterThan(0)
    }
    for (const code of ["RUS", "CHN", "USA", "IRN", "GBR", "FRA", "DEU", "SYR", "PRK", "KOR", "TWN", "PSE", "XKX", "HKG", "PRI", "ESH", "GRL", "VAT"]) expect(codes).toContain(code)
  })

  it("never gives one name, alias or seat of government to two countries", () => {
    const owner = new Map<string, string>()
    const shared = new Set(["congolese", "dominican"]) // adjectives of two countries each: not used to code alone
    for (const c of COUNTRIES) {
      for (const n of [c.name, ...c.aliases, ...c.metonyms, ...c.adjectives]) {
        const k = n.toLowerCase()
        if (shared.has(k)) continue
        const other = owner.get(k)
        expect(other === undefined || other === c.code, `${n}: ${other} and ${c.code}`).toBe(true)
        owner.set(k, c.code)
      }
    }
  })

  it("has the capitals and seats of government the news uses as metonyms", () => {
    const metonym = new Map(COUNTRIES.flatMap((c) => c.metonyms.map((m) => [m, c.code] as const)))
    for (const [m, code] of [["Moscow", "RUS"], ["the Kremlin", "RUS"], ["Beijing", "CHN"], ["Washington", "USA"], ["the White House", "USA"], ["the Pentagon", "USA"], ["Tehran", "IRN"], ["Downing Street", "GBR"], ["Elysee", "FRA"], ["Damascus", "SYR"], ["Pyongyang", "PRK"]]) {
      expect(metonym.get(m!), m).toBe(code)
    }
  })
})

describe("organisations", () => {
  it("has the organisations the news names, with unique short codes", () => {
    const codes = ORGANISATIONS.map((o) => o.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of ["UN", "NATO", "EU", "SCO", "G8", "G7", "G20", "ASEAN", "AU", "OPEC", "IAEA", "OSCE", "CSTO", "BRICS", "ARAB LEAGUE", "GCC", "WTO", "IMF", "WB", "ICC", "ICRC", "OIC", "CIS", "EAEU", "OPCW", "P5"]) expect(codes).toContain(code)
    for (const o of ORGANISATIONS) expect(o.code, o.name).toMatch(/^[A-Z0-9][A-Z0-9 -]*$/)
  })

  it("lists misspellings as aliases", () => {
    const sco = ORGANISATIONS.find((o) => o.code === "SCO")!
    expect(sco.aliases).toContain("Shanghai Corporation Organization")
  })

  it("has members that are known codes, with valid membership dates", () => {
    const known = new Set([...COUNTRIES.map((c) => c.code), ...ORGANISATIONS.map((o) => o.code)])
    for (const o of ORGANISATIONS) {
      for (const m of o.members) {
        expect(known.has(m.code), `${o.code}: ${m.code}`).toBe(true)
        if (m.start) expect(validDate(m.start), `${o.code} ${m.code} ${m.start}`).toBe(true)
        if (m.end) expect(validDate(m.end) && (m.start === null || m.start < m.end), `${o.code} ${m.code} ${m.end}`).toBe(true)
      }
    }
  })

  it("gives the members of an organisation at a date", () => {
    expect(membersOf("SCO", "2011-06-15").map((r) => r.code)).toEqual(["CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"])
    expect(membersOf("SCO", "2018-01-01").map((r) => r.code)).toContain("IND")
    expect(membersOf("G8", "2010-01-01").map((r) => r.code)).toContain("RUS")
    expect(membersOf("G8", "2015-01-01").map((r) => r.code)).not.toContain("RUS")
  })
})

describe("offices and tenures", () => {
  it("has valid ISO dates, start before end, and known codes", () => {
    const known = new Set([...COUNTRIES.map((c) => c.code), ...ORGANISATIONS.map((o) => o.code)])
    for (const t of TENURES) {
      expect(validDate(t.start), `${t.person} ${t.office} start ${t.start}`).toBe(true)
      if (t.end) {
        expect(validDate(t.end), `${t.person} ${t.office} end ${t.end}`).toBe(true)
        expect(t.start < t.end, `${t.person} ${t.office} ${t.start}..${t.end}`).toBe(true)
      }
      expect(known.has(t.code), `${t.person}: ${t.code}`).toBe(true)
      expect(t.person.trim()).toBe(t.person)
      expect(t.office.length).toBeGreaterThan(0)
    }
  })

  it("never has two holders of one office of one country or organisation at the same time", () => {
    // Every office recorded is held by one person at a time (presidents, prime ministers, ministers, secretaries-general, envoys,
    // ambassadors, press secretaries), except the offices below, which several people hold at once: the Chinese foreign and
    // defence ministries speak through three or four spokespersons at a time, and the Russian and Chinese foreign ministers
    // have several deputies.
    const severalAtOnce = new Set(["CHN foreign ministry spokesperson", "CHN defence ministry spokesperson", "RUS deputy foreign minister", "CHN vice foreign minister"])
    for (const [office, list] of byOffice) {
      if (severalAtOnce.has(office)) continue
      const sorted = [...list].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!, cur = sorted[i]!
        expect(prev.end !== null && prev.end <= cur.start, `${office}: ${prev.person} (${prev.start}..${prev.end ?? ""}) and ${cur.person} (${cur.start})`).toBe(true)
      }
    }
  })

  it("has a source for every row of every file", () => {
    for (const file of ["countries.csv", "organisations.csv", "offices.csv"]) {
      const text = readFileSync(new URL(`../gazetteer/${file}`, import.meta.url), "utf8")
      expect(text.split("\n")[0]!.split(",")).toContain("source")
    }
    expect(TENURES.every((t) => t.person.length > 0)).toBe(true)
  })

  it("covers the heads of state and government of the permanent five without gaps since 1992", () => {
    const offices = ["USA president", "RUS president", "CHN president", "CHN premier", "GBR prime minister", "FRA president", "USA secretary of state", "GBR foreign secretary", "CHN foreign minister"]
    for (let year = 1992; year <= 2024; year++) {
      for (const office of offices) expect(holderOn(office, `${year}-07-01`).length, `${office} ${year}`).toBe(1)
    }
  })

  it("has heads of state or government and foreign ministers of every G20 country", () => {
    const g20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]
    const classOf = (office: string) => (/^(president|king|prime minister|premier|chancellor)$/.test(office) ? "leader" : /^(foreign minister|foreign secretary|secretary of state)$/.test(office) ? "foreign" : /^defen[cs]e (minister|secretary)$/.test(office) ? "defence" : "other")
    for (const code of g20) {
      const classes = new Set(TENURES.filter((t) => t.code === code).map((t) => classOf(t.office)))
      expect(classes.has("leader"), `${code} leader`).toBe(true)
      expect(classes.has("foreign"), `${code} foreign minister`).toBe(true)
    }
    for (const code of ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "ITA", "JPN", "IND", "AUS", "CAN", "BRA", "IDN", "KOR", "TUR", "SAU"]) {
      expect(TENURES.some((t) => t.code === code && classOf(t.office) === "defence"), `${code} defence minister`).toBe(true)
    }
  })

  it("has the other leaders and officials of the period's news", () => {
    const people = new Set(TENURES.map((t) => t.person))
    for (const p of ["Mahmoud Ahmadinejad", "Ali Khamenei", "Kim Jong-il", "Kim Jong-un", "Bashar al-Assad", "Muammar Gaddafi", "Hosni Mubarak", "Kofi Annan", "Ban Ki-moon", "Anders Fogh Rasmussen", "Nabil Elaraby", "Amr Moussa", "Recep Tayyip Erdogan", "Dmitry Rogozin"]) expect(people.has(p), p).toBe(true)
  })
})

describe("spokespersons, deputy ministers and ambassadors", () => {
  it("has the officials the news quotes most, in the office they held at the date", () => {
    const roles: Array<[string, string, string]> = [
      ["Maria Zakharova", "2016-01-01", "foreign ministry spokesperson"],
      ["Hua Chunying", "2014-05-06", "foreign ministry spokesperson"],
      ["Dmitry Peskov", "2010-01-01", "prime minister's press secretary"],
      ["Dmitry Peskov", "2016-05-12", "presidential press secretary"],
      ["Sergei Ryabkov", "2019-01-01", "deputy foreign minister"],
      ["Alexander Grushko", "2016-05-12", "envoy to NATO"],
      ["Vasily Nebenzya", "2019-01-01", "ambassador to the UN"],
      ["John Bolton", "2005-10-01", "ambassador to the UN"],
      ["John Bolton", "2018-06-01", "national security adviser"],
      ["Ri Yong-ho", "2017-09-20", "foreign minister"],
    ]
    for (const [person, date, role] of roles) expect(roleOn(person, date), `${person} ${date}`).toBe(role)
  })

  it("codes a spokesperson, a deputy minister or an ambassador with their country when the sentence names none", () => {
    const codes = (text: string, date: string) => findActors(oneSentenceArticle(text, date)).filter((m) => m.kind === "person").map((m) => [m.name, m.code])
    expect(codes("Foreign Ministry spokeswoman Hua Chunying said the talks should resume.", "2014-05-06")).toEqual([["Hua Chunying", "CHN"]])
    expect(codes("The deputy foreign minister, Sergei Ryabkov, said the answer would be adequate.", "2018-10-22")).toEqual([["Sergei Ryabkov", "RUS"]])
    expect(codes("Kremlin spokesman Dmitry Peskov told reporters that it was a threat.", "2016-05-12")).toEqual([["Dmitry Peskov", "RUS"]])
    expect(codes("UN Ambassador Vassily Nebenzia said the draft was unacceptable.", "2019-03-01")).toEqual([["Vasily Nebenzya", "RUS"]])
    expect(codes("State Department spokeswoman Heather Nauert said the sanctions would stay.", "2017-09-05")).toEqual([["Heather Nauert", "USA"]])
  })
})

describe("roles at a date", () => {
  it("changes at the tenure boundary", () => {
    expect(roleOn("Dmitry Medvedev", "2008-05-06")).toBeNull()
    expect(roleOn("Dmitry Medvedev", "2008-05-07")).toBe("president")
    expect(roleOn("Dmitry Medvedev", "2012-05-07")).toBeNull()
    expect(roleOn("Dmitry Medvedev", "2012-05-08")).toBe("prime minister")
    expect(roleOn("Bill Clinton", "2001-01-19")).toBe("president")
    expect(roleOn("Bill Clinton", "2001-01-20")).toBeNull()
    expect(roleOn("George W. Bush", "2001-01-20")).toBe("president")
  })

  it("follows a person through offices", () => {
    expect(roleOn("Vladimir Putin", "1999-09-01")).toBe("prime minister")
    expect(roleOn("Vladimir Putin", "2000-01-15")).toBe("acting president")
    expect(roleOn("Vladimir Putin", "2006-01-01")).toBe("president")
    expect(roleOn("Vladimir Putin", "2010-01-01")).toBe("prime minister")
    expect(roleOn("Vladimir Putin", "2016-10-11")).toBe("president")
    expect(roleOn("Vladimir Putin", null)).toBeNull()
    expect(roleOn("Nobody Known", "2010-01-01")).toBeNull()
  })

  it("accepts an actor reference, and gives no role to countries", () => {
    expect(roleOn({ key: "person:dmitry-medvedev", name: "Dmitry Medvedev", code: "RUS", kind: "person", role: null }, "2009-01-01")).toBe("president")
    expect(roleOn({ key: "country:RUS", name: "Russia", code: "RUS", kind: "country", role: null }, "2009-01-01")).toBeNull()
  })
})
