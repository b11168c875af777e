import { describe, expect, it } from "vitest"
import { findActors } from "../pipeline/actors.ts"
import type { Article } from "../pipeline/annotations.ts"
import { extractEvents, extractPositions } from "../pipeline/events.ts"
import { findTimexes } from "../pipeline/timex.ts"

/** An article of the given sentences (the first in the lede paragraph, the rest in the next one). */
const article = (sentences: string[], published: string | null, firstParagraph = 1): Article => {
  const text = sentences.join(" ")
  let at = 0
  const spans = sentences.map((s, position) => {
    const span = { start: at, end: at + s.length, paragraph: position < firstParagraph ? 0 : 1, position }
    at += s.length + 1
    return span
  })
  return { docId: "t", text, headline: null, sentences: spans, published, dateline: "ASTANA, Kazakhstan" }
}
const run = (sentences: string[], published: string | null = "2011-06-15", firstParagraph = 1) => {
  const a = article(sentences, published, firstParagraph)
  const actors = findActors(a)
  const timexes = findTimexes(a)
  return { events: extractEvents(a, timexes, actors), positions: extractPositions(a, timexes, actors) }
}
const positions = (sentences: string[], published?: string | null, lede = 1) =>
  run(sentences, published, lede).positions.map((p) => `${p.holder?.code} ${p.stance} ${p.issue}${p.hedged ? " hedged" : ""}`)
const events = (sentences: string[], published?: string | null, lede = 1) =>
  run(sentences, published, lede).events.map((e) => `${e.actor?.code} ${e.eventType} ${e.target?.code ?? "-"} ${e.status}`)

describe("positions", () => {
  it("gives a holder who rejects or criticises a plan the stance oppose, and not the plan's owner", () => {
    expect(positions(["Russia rejected U.S. plans for a missile shield."])).toEqual(["RUS oppose missile_defense"])
    const p = run(["Russia rejected U.S. plans for a missile shield."]).positions[0]!
    expect([p.targetCode, p.issueText]).toEqual(["USA", "missile shield"])
  })

  it("gives both when one actor wins the backing of another in criticising", () => {
    expect(positions(["Russia won the backing of China in criticizing U.S. plans for a missile shield."]).sort()).toEqual(["CHN oppose missile_defense", "RUS oppose missile_defense"])
  })

  it("reads 'is meant to reduce the threat' said by a US official as support", () => {
    expect(positions(["U.S. officials say the proposed shield is meant to reduce the threat of a missile attack by Iran."])).toEqual(["USA support missile_defense"])
  })

  it("keeps the speaker of reported speech as the holder, not the outlet", () => {
    expect(positions(["Washington's plan to build a missile defense shield in Europe threatens global security, Russian Defense Minister, Anatoly Serdyukov, told Gates."], "2007-04-24"))
      .toEqual(["RUS oppose missile_defense"])
    expect(positions(["In comments carried by Russia Today, Foreign Minister Sergei Lavrov echoed those statements, saying that the missile shield undermines stability."]))
      .toEqual(["RUS oppose missile_defense"])
  })

  it("attributes a quotation by the next sentence", () => {
    expect(positions(["\"The missile defense system considerably shifts the balance of offensive weapons,\" said Foreign Minister Sergei Lavrov."], "2016-10-11"))
      .toEqual(["RUS oppose missile_defense"])
  })

  it("gives joint holders one row each, also through a passive and a pronoun", () => {
    expect(positions(["China and Russia oppose any amendment to the ABM Treaty."]).sort()).toEqual(["CHN oppose abm_treaty_amendment", "RUS oppose abm_treaty_amendment"])
    expect(positions(["The NMD plan has been angrily rejected by Russia and China."]).sort()).toEqual(["CHN oppose missile_defense", "RUS oppose missile_defense"])
    expect(positions(["Russia and China held talks.", "They also warned against the deployment of arms in space."]).sort()).toEqual(["CHN oppose space_weapons", "RUS oppose space_weapons"])
  })

  it("does not code a negated stance", () => {
    expect(positions(["Russia does not oppose the missile shield."])).toEqual([])
    expect(positions(["Washington tries to persuade Moscow not to see the missile shields as threatening."])).toEqual([])
  })

  it("marks a hedged stance", () => {
    expect(positions(["Russia could oppose the missile shield."])).toEqual(["RUS oppose missile_defense hedged"])
  })

  it("collapses the same holder, stance and issue in one sentence into one row", () => {
    expect(positions(["Russia opposes the missile shield and criticizes the missile shield."])).toEqual(["RUS oppose missile_defense"])
  })

  it("works with other issues of the lexicon", () => {
    expect(positions(["Russia and China vetoed a UN resolution on Syria."], "2012-02-05").sort()).toEqual(["CHN oppose un_resolution", "RUS oppose un_resolution"])
    expect(positions(["The Arab League backed the Annan plan."], "2012-04-01")).toEqual(["ARAB LEAGUE support ceasefire"])
  })
})

describe("dates of events and positions", () => {
  it("takes the date of a time expression in the same clause", () => {
    const { events: e } = run(["Putin and Jiang talked by telephone in June."], "2008-07-07", 0)
    expect(e.map((x) => [x.date, x.dateBasis])).toContainEqual(["2008-06", "text"])
  })

  it("ignores a time expression of a different clause", () => {
    const { positions: p } = run(["China and Russia oppose any amendment to the Anti-Ballistic Missile Treaty, signed between the US and the Soviet Union in 1972."], "2008-07-07", 0)
    expect(p.map((x) => [x.date, x.dateBasis])).toEqual([["2008-07-07", "publication"], ["2008-07-07", "publication"]])
  })

  it("dates a present-tense stance by the publication date, and a past event without a date by the last day named", () => {
    const { positions: p } = run(["Russia sees the missile shield as a threat."], "2007-04-24", 0)
    expect(p[0]).toMatchObject({ date: "2007-04-24", dateBasis: "publication" })
    const { events: e } = run(["Leaders met in Astana on Wednesday.", "Later, President Dmitry Medvedev urged Iran to be more constructive."], "2011-06-15")
    expect(e.find((x) => x.eventType === "REQUEST")).toMatchObject({ date: "2011-06-15", dateBasis: "context" })
  })

  it("leaves the date empty when there is none", () => {
    const { events: e } = run(["Russia has signed a deal with China."], null)
    expect(e[0]).toMatchObject({ date: null, dateBasis: "none" })
  })
})

describe("events", () => {
  it("codes actor, type and target from the trigger lexicon", () => {
    expect(events(["President Dmitry Medvedev urged Ahmadinejad to be more constructive."])).toContain("RUS REQUEST IRN reported")
    expect(events(["Russian President Vladimir Putin began his first official visit to China."], "2000-07-17")).toContain("RUS CONSULT CHN reported")
    expect(events(["Russia signed a deal to build a uranium enrichment facility in China."])).toContain("RUS AGREE CHN reported")
  })

  it("marks planned and hypothetical events", () => {
    expect(events(["Putin will go Wednesday to North Korea."], "2000-07-17")).toContain("RUS CONSULT PRK planned")
    expect(events(["If talks fail, Russia could sign a deal with Iran."])).toContain("RUS AGREE IRN hypothetical")
  })

  it("does not code a negated event", () => {
    expect(events(["Russia did not sign the deal with China."]).filter((e) => e.includes("AGREE"))).toEqual([])
  })

  it("gives each member of a joint actor a row, each other's target for a meeting", () => {
    expect(events(["Russia and China held talks in Beijing."]).sort()).toEqual(["CHN CONSULT RUS reported", "RUS CONSULT CHN reported"])
  })

  it("takes the agent of a passive and of 'by' as the actor", () => {
    expect(events(["A draft resolution has been vetoed in the Security Council by China and Russia."], "2011-11-20").filter((e) => e.includes("REJECT")).map((e) => e.split(" ")[0]).sort())
      .toEqual(["CHN", "RUS"])
    expect(events(["They welcomed a joint declaration by Russian President Dmitry Medvedev and Chinese President Hu Jintao."], "2009-06-01").filter((e) => e.includes("AGREE")).sort())
      .toEqual(["CHN AGREE RUS reported", "RUS AGREE CHN reported"])
  })

  it("keeps the speaker of reported speech as the actor of the statement", () => {
    expect(events(["\"We will respond,\" Foreign Minister Sergei Lavrov told reporters."])).toContain("RUS STATEMENT - reported")
  })

  it("takes the name after 'said' as the speaker only where the clause ends, not as the subject of what was said", () => {
    expect(events(["\"The talks went well,\" said Foreign Minister Sergei Lavrov."]).filter((e) => e.includes("STATEMENT"))).toEqual(["RUS STATEMENT - reported"])
    expect(events(["A spokesman of the opposition council said Russia was standing in the way of progress."]).filter((e) => e.includes("STATEMENT"))).toEqual([])
  })

  it("does not give the sentence's subject a noun with no agent of its own, nor the first half of a compound", () => {
    expect(events(["Syria blames the violence on foreign-backed armed gangs."]).filter((e) => e.includes("SUPPORT"))).toEqual([])
    expect(events(["Russia said its priority was stopping the killing."]).filter((e) => e.includes("ASSAULT"))).toEqual([])
    expect(events(["Turkey said it would need international assistance."]).filter((e) => e.includes("AID"))).toEqual([])
    // The agent after "by", a verb that makes the noun the subject's act, and the verb itself still give events.
    expect(events(["Putin will attend the summit in Okinawa."], "2000-07-17")).toContain("RUS CONSULT - planned")
    expect(events(["Russia condemned the attack on the embassy."]).filter((e) => e.includes("PROTEST"))).toEqual(["RUS PROTEST - reported"])
  })

  it("does not make an event of an act someone was only asked to do", () => {
    expect(events(["Rights groups called on Russia to support the resolution."]).filter((e) => e.includes("SUPPORT"))).toEqual([])
  })
})
