import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import type { Article } from "../pipeline/annotations.ts"
import { findActors } from "../pipeline/actors.ts"

/** An article whose body sentences are the given strings, after some optional text that is not body (boilerplate). */
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
const coded = (sentences: string[], published: string | null = null) => actors(sentences, published).map((m) => m.key)

describe("full names", () => {
  it("finds a person by full name and codes the office at the article's date", () => {
    const m2006 = actors(["Vladimir Putin spoke."], "2006-01-01")[0]!
    const m2010 = actors(["Vladimir Putin spoke."], "2010-01-01")[0]!
    expect([m2006.rule, m2006.key, m2006.code, m2006.role, m2010.role]).toEqual(["full-name", "person:vladimir-putin", "RUS", "president", "prime minister"])
  })

  it("finds names written with particles, hyphens and accents", () => {
    expect(coded(["Kim Jong-il and Bashar al-Assad were named, as was Mahmoud Ahmadinejad."], "2010-01-01").filter((k) => !k.startsWith("joint:"))).toEqual(["person:kim-jong-il", "person:bashar-al-assad", "person:mahmoud-ahmadinejad"])
  })
})

describe("surnames", () => {
  it("recognises a surname after the first mention", () => {
    const found = keys(["US Defense Secretary Robert Gates met a frosty welcome.", "Gates flew home."], "2007-04-24")
    expect(found).toContain("surname|Gates|person:robert-gates")
  })

  it("recognises the surname of a leader in office alone, but not of a minister of another time", () => {
    expect(coded(["Putin said so."], "2011-06-15")).toEqual(["person:vladimir-putin"])
    expect(coded(["Evans said so."], "2011-06-15")).toEqual([]) // Gareth Evans left office in 1996
  })

  it("does not take another person with the same surname for the office-holder", () => {
    expect(coded(["White House spokesman Jay Carney said Carney would not comment."], "2012-01-10")).not.toContain("person:mark-carney")
    const m = actors(["He served under the assassinated Prime Minister Rafiq Hariri."], "2012-08-09")
    expect(m.map((x) => x.key)).toEqual(["person:rafik-hariri"])
  })

  it("resolves an ambiguous surname by who held office at the date", () => {
    expect(actors(["President Bush said so."], "1991-06-01")[0]!.name).toBe("George H. W. Bush")
    expect(actors(["President Bush said so."], "2005-06-01")[0]!.name).toBe("George W. Bush")
    expect(actors(["Secretary of State Clinton said so."], "2010-06-01")[0]!.name).toBe("Hillary Clinton")
    expect(actors(["President Clinton said so."], "2000-06-01")[0]!.name).toBe("Bill Clinton")
  })
})

describe("titles with names", () => {
  it("finds title + name, with a comma, an adjective or a possessive country", () => {
    const found = keys(["Russian Defense Minister, Anatoly Serdyukov, told him so.", "Foreign Minister Sergei Lavrov agreed."], "2007-04-24")
    expect(found).toContain("title+name|Russian Defense Minister, Anatoly Serdyukov|person:anatoly-serdyukov")
    expect(found).toContain("title+name|Foreign Minister Sergei Lavrov|person:sergei-lavrov")
    const m = actors(["Jordan's King Abdullah said so."], "2011-11-14")[0]!
    expect([m.key, m.code]).toEqual(["person:abdullah-ii", "JOR"])
  })

  it("reads 'Chinese premier Hu' as Hu Jintao, and keeps the title's office when no date is known", () => {
    const m = actors(["Russian president Medvedev and Chinese premier Hu spoke."])
    const hu = m.find((x) => x.key === "person:hu-jintao")!
    expect([hu.code, hu.role]).toEqual(["CHN", "premier"])
    expect(m.find((x) => x.key === "person:dmitry-medvedev")!.role).toBe("president")
  })

  it("stops the name at words that cannot be part of it", () => {
    expect(coded(["Russian President Vladimir Putin Monday began his visit."], "2000-07-17")).toEqual(["person:vladimir-putin"])
    expect(coded(["Rebels fought President Assad The Arab League said."], "2011-12-01")).toContain("person:bashar-al-assad")
  })

  it("does not take institutions and places after a title for people", () => {
    expect(coded(["The UN General Assembly voted.", "They met at King Abdullah Park."], "2012-08-03").filter((k) => k.startsWith("person:"))).toEqual([])
  })
})

describe("titles of organisations and leaders", () => {
  it("codes people titled by an organisation, known or not", () => {
    const m = actors(["UN envoy Kofi Annan met NATO Secretary General Anders Fogh Rasmussen.", "Arab League envoy Mohammed al-Dabi spoke."], "2012-03-01").filter((x) => x.kind === "person")
    expect(m.map((x) => [x.key, x.code, x.role])).toEqual([
      ["person:kofi-annan", "UN", "envoy to Syria"],
      ["person:anders-fogh-rasmussen", "NATO", "secretary-general"],
      ["person:mohammed-al-dabi", "ARAB LEAGUE", "envoy"],
    ])
  })

  it("codes a person for whom they act at the date, unless the text names their country", () => {
    const at = (date: string) => actors(["Federica Mogherini spoke."], date).map((x) => x.code)
    expect([at("2014-06-01"), at("2019-02-01")]).toEqual([["ITA"], ["EU"]])
    expect(actors(["British Prime Minister Tony Blair went to Tripoli."], "2011-03-07").map((x) => x.code)).toEqual(["GBR", "LBY"])
    expect(actors(["Russia's UN Ambassador Vitaly Churkin spoke."], "2011-11-30").filter((x) => x.kind === "person").map((x) => x.code)).toEqual(["RUS"])
  })

  it("reads 'Nato' as NATO, a leader's administration as the country, and 'the alliance' as the alliance named before", () => {
    expect(coded(["Nato allies said they support the move.", "The who said nato was fine."])).toEqual(["organisation:NATO"])
    expect(actors(["Last month the Bush administration asked the Czech government to host a radar."], "2007-02-11").map((x) => `${x.text}=${x.code}`)).toEqual(["Bush administration=USA", "the Czech government=CZE"])
    const m = actors(["NATO's summit in Bucharest ended.", "Allied leaders agreed on Thursday.", "The alliance's foreign ministers will sign a protocol."], "2008-04-07")
    expect(m.map((x) => `${x.text}=${x.code}`)).toEqual(["NATO=NATO", "Allied leaders=NATO", "The alliance's foreign ministers=NATO"])
    // (with no alliance named before, no actor)
    expect(actors(["Allied leaders agreed on Thursday."], "2008-04-07")).toEqual([])
  })

  it("reads 'both sides' after 'urged' as the two named before the sentence, not its own subject", () => {
    const m = actors(["The US will withdraw from the treaty, and Russia has suspended it.", "The EU's foreign policy chief, Federica Mogherini, urged both sides on Friday to preserve the treaty."], "2019-02-02")
    expect(m.find((x) => x.text === "both sides")?.members.map((r) => r.code)).toEqual(["USA", "RUS"])
  })

  it("reads 'leader' as a title, and gives a former leader no role", () => {
    const m = actors(["North Korean leader Kim Jong-un spoke.", "Former Soviet leader Mikhail Gorbachev spoke."], "2012-03-01")
    expect(m.map((x) => [x.rule, x.key, x.role])).toEqual([
      ["title+name", "person:kim-jong-un", "supreme leader"],
      ["title+name", "person:mikhail-gorbachev", null],
    ])
  })
})

describe("unknown people", () => {
  it("keeps an unknown person's name and gives the country the adjective says", () => {
    const p = actors(["The system shifts the balance, said Russian Lt. General Viktor Poznikhir."]).find((x) => x.kind === "person")!
    expect([p.name, p.code, p.role, p.rule]).toEqual(["Viktor Poznikhir", "RUS", "lt. general", "title+unknown-name"])
  })

  it("gives the country of a possessive, and finds the surname again later", () => {
    const m = actors(["Russia's Deputy Foreign Minister Gennady Gatilov said no.", "Gatilov added that talks would go on."], "2012-02-01")
    const people = m.filter((x) => x.kind === "person")
    expect(people.map((x) => [x.text, x.key, x.code])).toEqual([
      ["Russia's Deputy Foreign Minister Gennady Gatilov", "person:gennady-gatilov", "RUS"],
      ["Gatilov", "person:gennady-gatilov", "RUS"],
    ])
  })
})

describe("surnames of people the article introduced", () => {
  it("finds an unknown person's surname again, and a Chinese or Korean family name", () => {
    const m = actors(["U.S. Defense Secretary Walter Kartersson told reporters the system was defensive.", "Kartersson said it was aimed at North Korea."], "2016-03-03")
    expect(m.filter((x) => x.kind === "person").map((x) => [x.text, x.code])).toEqual([["U.S. Defense Secretary Walter Kartersson", "USA"], ["Kartersson", "USA"]])
    const c = actors(["Chinese Foreign Minister Wang Yili said Beijing was concerned.", "Wang added that talks would go on."], "2016-03-03")
    expect(c.filter((x) => x.kind === "person").map((x) => [x.text, x.code])).toEqual([["Chinese Foreign Minister Wang Yili", "CHN"], ["Wang", "CHN"]])
  })
})

describe("officials named without their country", () => {
  const people = (sentences: string[], dateline: string | null = null) =>
    findActors({ ...article(sentences, "2016-08-01"), dateline }).filter((x) => x.kind === "person").map((x) => [x.name, x.code])

  it("reads the country in the words of a ministry or an office between it and the title", () => {
    expect(people(["British Foreign Office Minister Alistair Burtle will attend."])).toEqual([["Alistair Burtle", "GBR"]])
    expect(people(["The Chinese Foreign Ministry spokeswoman Jiang Yuli told a news conference."])).toEqual([["Jiang Yuli", "CHN"]])
    expect(people(["German Economy Minister Philipp Roesling said so."])).toEqual([["Philipp Roesling", "DEU"]])
    expect(people(["State Department spokesman Mark Tonerly said the talks went well."])).toEqual([["Mark Tonerly", "USA"]])
  })

  it("reads a country's bare name before an office, not before an honorific nor inside a longer name", () => {
    expect(people(["Jordan Foreign Minister Nasir Judahi told the BBC."])).toEqual([["Nasir Judahi", "JOR"]])
    expect(people(["It is true in Syria Mr Landiss said the regime was strong."])).toEqual([["Landiss", null]])
    expect(people(["BP America President Lamar McKayne said the spill was contained."])).toEqual([["Lamar McKayne", null]])
  })

  it("gives a minister or a ministry's spokesman the country the sentence before opened with, else the dateline's", () => {
    expect(people(["Russia also criticized the decision.", "Deputy Foreign Minister Sergei Ryabkin said Moscow would respond."], "BEIJING")).toEqual([["Sergei Ryabkin", "RUS"]])
    expect(people(["China urged the United States and South Korea to stop.", "Foreign Ministry spokesman Lu Kangwei said China opposes it."], "BEIJING")).toEqual([["Lu Kangwei", "CHN"]])
    expect(people(["The talks went on.", "Foreign Ministry spokesman Lu Kangwei said so."], "ASTANA, Kazakhstan")).toEqual([["Lu Kangwei", "KAZ"]])
    // Not someone the sentence does not open with, nor an office that is no government's.
    expect(people(["Russia protested.", "He said he would meet Foreign Minister Tonio Borgo on Friday."], null)).toEqual([["Tonio Borgo", null]])
    expect(people(["Russia protested.", "General Viktor Poznik said the shield was a threat."], null)).toEqual([["Viktor Poznik", null]])
  })
})

describe("groups", () => {
  it("recognises groups of officials by their country", () => {
    const found = keys(["U.S. officials say the shield is meant to reduce the threat.", "Russian military experts believe otherwise.", "A senior administration official declined.", "The Syrian authorities said nothing."])
    expect(found).toContain("group|U.S. officials|group:USA:official")
    expect(found).toContain("group|Russian military experts|group:RUS:military expert")
    expect(found.some((k) => k.endsWith("|group:USA:official") && k.includes("senior administration official"))).toBe(true)
    expect(found).toContain("group|The Syrian authorities|group:SYR:authority")
  })
})

describe("joint and plural actors", () => {
  it("makes joint actors of 'Russia and China', and resolves 'the two leaders' and 'both men'", () => {
    const m = actors(["Russia and China oppose the plan.", "Russian President Vladimir Putin met Chinese President Jiang Zemin.", "The two leaders will sign a statement.", "Both men dismissed the claims."], "2000-07-18")
    const joint = m.find((x) => x.rule === "joint")!
    expect(joint.members.map((x) => x.code)).toEqual(["RUS", "CHN"])
    const leaders = m.filter((x) => x.rule === "plural-anaphora")
    expect(leaders).toHaveLength(2)
    for (const l of leaders) expect(l.members.map((x) => x.name)).toEqual(["Vladimir Putin", "Jiang Zemin"])
  })

  it("resolves 'the two countries' to countries, not to people without a country", () => {
    const m = actors(["South Korea and the US agreed.", "Lt. General Viktro Poznikhir spoke.", "The two countries had begun talks."], "2016-10-11")
    const two = m.find((x) => x.rule === "plural-anaphora")!
    expect(two.members.map((x) => x.key)).toEqual(["country:KOR", "country:USA"])
  })

  it("keeps 'the two countries' for the pair named together a few sentences before, not the last two of a list or two people", () => {
    const m = actors(["Russia and China declared on Friday that their friendship has no limits, in a statement signed by Vladimir Putin and Xi Jinping.",
      "The two leaders met at the Diaoyutai state guesthouse.",
      "The Russian president was the most prominent guest at the Games, which the United States, Britain, Canada and Australia are boycotting.",
      "In the document, the two countries say they oppose any further enlargement of NATO."], "2022-02-05")
    const two = m.filter((x) => x.rule === "plural-anaphora").map((x) => x.members.map((r) => r.key).join("+"))
    expect(two).toEqual(["person:vladimir-putin+person:xi-jinping", "country:RUS+country:CHN"])
    // (two places a sentence names are meant for a shorter while: "sites in Romania and Poland", then four sentences on, "both sides")
    const far = actors(["Lavrov said the US had installed launchers at sites in Romania and Poland.", "Washington rejected that.", "Moscow disagreed.", "NATO said it backed the US.", "Mogherini urged both sides to preserve the treaty."], "2019-02-02")
    expect(far.filter((x) => x.rule === "plural-anaphora").map((x) => x.members.map((r) => r.code).join("+"))).not.toContain("ROU+POL")
  })

  it("knows the Nordic and Dutch leaders of the gazetteer by their dates", () => {
    const code = (sentence: string, date: string) => actors([sentence], date).filter((x) => x.kind === "person").map((x) => `${x.code} ${x.role}`)
    expect(code("Prime Minister Ulf Kristersson handed over the papers.", "2024-03-07")).toEqual(["SWE prime minister"])
    expect(code("Stubb met Lavrov.", "2010-05-01").slice(0, 1)).toEqual(["FIN foreign minister"])
    expect(code("Stubb met Lavrov.", "2024-05-01").slice(0, 1)).toEqual(["FIN president"])
  })

  it("codes 'the six members of the SCO' as the organisation speaking for its members", () => {
    const m = actors(["The six members of the SCO signed.", "GCC member states agreed."], "2011-06-15").filter((x) => x.rule === "organisation-members")
    expect(m.map((x) => [x.text, x.key])).toEqual([["The six members of the SCO", "organisation:SCO"], ["GCC member states", "organisation:GCC"]])
  })
})

describe("countries, metonyms and organisations", () => {
  it("codes seats of government that act, not places where things happen", () => {
    const found = keys(["The Kremlin and Tehran replied.", "Talks were held in Moscow."])
    expect(found).toContain("metonym|The Kremlin|country:RUS")
    expect(found).toContain("metonym|Tehran|country:IRN")
    expect(found.some((k) => k.includes("|Moscow|"))).toBe(false)
  })

  it("codes organisations by name, acronym and common misspelling, acronyms in capitals only", () => {
    const found = keys(["They created the Shanghai Corporation Organization.", "NATO and the UN Security Council met.", "The WHO warned.", "Who knows?"])
    expect(found).toContain("organisation|Shanghai Corporation Organization|organisation:SCO")
    expect(found).toContain("organisation|UN Security Council|organisation:UN")
    expect(found).toContain("organisation|NATO|organisation:NATO")
    expect(found.filter((k) => k.endsWith("organisation:WHO"))).toEqual(["organisation|WHO|organisation:WHO"])
  })

  it("does not take names of people, newspapers and US states for countries", () => {
    expect(coded(["The Washington Post and The Moscow Times reported it, and Russia Today aired it."])).toEqual([])
    expect(coded(["Basketball star Michael Jordan visited friends in New Jersey."])).toEqual([])
    expect(coded(["The governor of Atlanta, Georgia, said so."])).not.toContain("country:GEO")
    expect(coded(["Georgia and Russia fought in 2008."])).toContain("country:GEO")
  })

  it("does not take seas and seats for actors where they are places", () => {
    expect(coded(["Oil spilled into the Gulf of Mexico."])).toEqual([])
    expect(coded(["Ministers met in Brussels."])).toEqual([])
    expect(coded(["Brussels warned Moscow."])).toEqual(["organisation:EU", "country:RUS"])
  })

  it("codes demonyms as their country", () => {
    expect(keys(["The Russians objected."])).toContain("demonym|The Russians|country:RUS")
  })

  it("does not take verbs and common words for actors", () => {
    expect(actors(["The talks may fail, he said, and prices could turn."])).toEqual([])
  })
})

describe("body only", () => {
  it("reads no actor outside the body sentences", () => {
    const a = article(["Russia objected."], null, "A Message from The Moscow Times: Vladimir Putin NATO. ")
    expect(findActors(a).map((m) => m.key)).toEqual(["country:RUS"])
  })

  it("returns mentions in text order with spans that give their text back", () => {
    const a = article(["Russian President Vladimir Putin met Chinese President Jiang Zemin in Beijing.", "Russia and China agreed."], "2000-07-18", "Byline Patrick Goodenough\n")
    const m = findActors(a)
    for (let i = 1; i < m.length; i++) expect(m[i - 1]!.start <= m[i]!.start).toBe(true)
    for (const x of m) expect(a.text.slice(x.start, x.end)).toBe(x.text)
  })
})

describe("determinism", () => {
  it("uses no clock, local time or locale in the actors stage", () => {
    const source = readFileSync(new URL("../pipeline/actors.ts", import.meta.url), "utf8")
    expect(source).not.toMatch(/new Date\(\s*\)|Date\.now\(|localeCompare|toLocale|\.get(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(|\.set(?:FullYear|Month|Date|Hours)\(/)
  })
})

describe("envoys and ministries", () => {
  const codes = (text: string) => actors([text], "2017-09-12").map((m) => `${m.text}=${m.code}`)
  it("codes a country's envoy to an organisation as the country, and a ministry written with capitals", () => {
    expect(codes("Russian UN Ambassador Ivan Petrovsky said it.")).toContain("Russian UN Ambassador Ivan Petrovsky=RUS")
    expect(codes("China's NATO envoy Li Wei said it.")).toContain("China's NATO envoy Li Wei=CHN")
    expect(codes("NATO Secretary General Anders Fogh Rasmussen said it.")).toContain("NATO Secretary General Anders Fogh Rasmussen=NATO")
    expect(codes("In Moscow, the Russian Foreign Ministry said it.")).toContain("the Russian Foreign Ministry=RUS")
  })

  it("gives a group after a fronted country or capital that country ('In Ankara, the foreign ministry')", () => {
    expect(codes("In Ankara, the foreign ministry said the decision was unfair.")).toContain("the foreign ministry=TUR")
    expect(codes("In Beijing, government officials declined to comment.")).toContain("government officials=CHN")
    // (a place that is no country, nor a capital, says nothing)
    expect(codes("In Geneva, the officials said nothing.").filter((c) => c.startsWith("the officials"))).toEqual([])
  })

  it("does not take a pronoun for a family name met before", () => {
    expect(actors(["Vice Foreign Minister He Yafei spoke on Saturday.", "He said it was wrong."], "2010-02-03").map((m) => m.text)).toEqual(["He Yafei"])
  })
})

describe("officials named by their title alone", () => {
  it("gives a minister the country of the officials the sentence before opens with", () => {
    const m = actors(["Russian officials dismissed the concerns.", "Deputy Defence Minister Alexander Fomin said the drills were defensive."], "2017-09-20")
    expect(m.filter((x) => x.kind === "person").map((x) => `${x.text} ${x.code}`)).toEqual(["Deputy Defence Minister Alexander Fomin RUS"])
    // (not when the sentence before opens with more than one side)
    const two = actors(["Russian and Estonian officials met on Monday.", "Deputy Defence Minister Alexander Fomin said the drills were defensive."], "2017-09-20")
    expect(two.filter((x) => x.kind === "person").map((x) => `${x.text} ${x.code}`)).toEqual(["Deputy Defence Minister Alexander Fomin null"])
  })
})

describe("councils of one country and of the UN", () => {
  it("reads a National Security Council as no organ of the UN, and the Security Council as the UN's", () => {
    expect(coded(["A spokesman for the National Security Council said the test was unhelpful."], "2007-01-23").filter((k) => k === "organisation:UN")).toEqual([])
    expect(coded(["The U.N. Security Council met on Tuesday."], "2019-07-23")).toEqual(["organisation:UN"])
  })

  it("reads a ministry the sentence opens with, of no country named, as the country of the sentence before's opening", () => {
    expect(coded(["South Korea fired warning shots on Tuesday.", "The Foreign Ministry summoned the Chinese ambassador."], "2019-07-23")).toContain("group:KOR:ministry")
  })
})

describe("the two heads of state", () => {
  it("reads 'the two heads of state' or 'the two foreign ministers' as the last two people named, not the last two countries", () => {
    const s = ["China and Russia called on the US and South Korea to halt the deployment, as Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow.", "In a joint statement, the two heads of state said the deployment harms the region."]
    expect(actors(s, "2017-07-05").find((m) => m.text === "the two heads of state")?.key).toBe("joint:person:xi-jinping+person:vladimir-putin")
  })
})
