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

  it("takes for an act's issue its object, not an issue across a clause or past another cue", () => {
    expect(positions(["The African Union, in which Gaddafi played a role, condemned the Libyan leader's crackdown but rejected foreign military intervention."], "2011-03-12"))
      .toEqual(["AU oppose foreign_intervention"])
    expect(positions(["Russia, a permanent member of the U.N. Security Council with veto powers, said it opposed foreign military intervention."], "2011-03-07"))
      .toEqual(["RUS oppose foreign_intervention"])
    expect(positions(["Churkin criticized the NATO airstrikes and urged members of the coalition to adhere strictly to Security Council resolution 1973."], "2011-04-28")).toEqual([])
    expect(positions(["China resolutely opposes pushing for forced regime change in Syria."], "2012-02-05")).toEqual(["CHN oppose regime_change"])
  })

  it("does not read a stance into 'back' as a phrasal verb, 'against' as a preposition, a noun after a determiner or 'the opposition'", () => {
    expect(positions(["Annan's plan calls for Damascus to pull back troops and for a full ceasefire."], "2012-04-01")).toEqual([])
    expect(positions(["China and Russia know how military action against one side led to regime change."], "2012-03-29")).toEqual([])
    expect(positions(["China's newspapers said the Western push for regime change in Syria was erroneous."], "2012-02-07")).toEqual([])
    expect(positions(["The resolution calls on the government and opposition groups to comply with the peace plan."], "2012-04-01")).toEqual([])
    expect(positions(["Sergei Lavrov said that the vetoed UN resolution had not put enough pressure on the rebels."], "2012-02-07")).toEqual([])
  })

  it("gives no stance for an act asked of someone or wondered about", () => {
    expect(positions(["Western powers are trying to persuade the Russians not to block the peace plan."], "2012-04-01")).toEqual([])
    expect(positions(["The West told Russia to back a draft resolution on sanctions."], "2012-07-15")).toEqual([])
    expect(positions(["Diplomats are waiting to see whether the Arab League will support a no-fly zone."], "2011-03-09")).toEqual([])
    expect(positions(["Westerwelle made it impossible for Merkel to support a no-fly zone."], "2011-04-01")).toEqual([])
  })

  it("finds the holder in a possessive, a compound, a relative clause or the subject of what was said", () => {
    expect(positions(["Chinese media defended Beijing's veto of a UN resolution."], "2012-02-06")).toEqual(["CHN oppose un_resolution"])
    expect(positions(["The council's veto of the draft resolution angered Russia."], "2012-02-06")).toEqual([])
    expect(positions(["Clinton, while criticising Russia's ongoing support of the Assad regime, called for talks."], "2012-06-30")).toEqual(["RUS support assad_rule"])
    expect(positions(["Syria ignored the UN-backed peace plan."], "2012-04-12")).toEqual(["UN support ceasefire"])
    expect(positions(["Criticism has focused on Russia, which has opposed foreign intervention."], "2012-03-01")).toEqual(["RUS oppose foreign_intervention"])
    expect(positions(["Herman Van Rompuy said the EU and Russia both back the Annan plan."], "2012-06-04").sort()).toEqual(["EU support ceasefire", "RUS support ceasefire"])
    expect(positions(["Putin told reporters after meeting Mr Annan that Russia still backed the peace plan."], "2012-07-17")).toEqual(["RUS support ceasefire"])
  })

  it("reads what a harm cue harms as no stance against it, and 'both' as a pronoun only when it stands alone", () => {
    expect(positions(["Syria's ambassador said the main threat to the ceasefire came from the rebels."], "2012-04-20")).toEqual([])
    expect(positions(["Russia met Libyan envoys.", "Both the rebels and Western nations have rejected past ceasefire proposals."], "2011-05-17")).toEqual([])
    expect(positions(["Russia and China met in Beijing.", "Both have firmly opposed forced regime change."], "2012-06-06").sort()).toEqual(["CHN oppose regime_change", "RUS oppose regime_change"])
  })

  it("follows an object that carries the issue ('calls ... for', 'plans to'), past an acronym in brackets", () => {
    expect(positions(["Russia and China have rejected calls by the United States and its European allies for tough new sanctions against Iran."], "2010-03-10").sort())
      .toEqual(["CHN oppose iran_sanctions", "RUS oppose iran_sanctions"])
    expect(positions(["Lu Kang said that China firmly opposes the Terminal High Altitude Area Defense (THAAD) system."], "2016-08-01")).toEqual(["CHN oppose missile_defense"])
  })

  it("codes no stance said not to be taken, and reads 'said that X' as X's", () => {
    expect(positions(["Lavrov called for talks, though he has given no indication that Russia supports the league's call for Mr Assad to step down."], "2012-02-07")).toEqual([])
    expect(positions(["Lavrov said that Russia opposed NATO membership for Ukraine."], "2008-03-04")).toEqual(["RUS oppose nato_expansion"])
  })

  it("reads the holder of a noun cue after 'from', and the issue before it or after it", () => {
    expect(positions(["The United States began deploying THAAD in South Korea despite strong objections from China."], "2016-08-01").sort()).toEqual(["CHN oppose missile_defense", "USA support missile_defense"])
    expect(positions(["There was opposition from Russia to the plans for a missile shield."], "2008-03-04")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["The plan for a missile shield drew criticism from Moscow."], "2008-03-04")).toEqual(["RUS oppose missile_defense"])
    // (Not after a verb: "Russia asked for help from China against the shield" is no stance of China's.)
    expect(positions(["Washington heard from China about the missile shield."], "2008-03-04")).toEqual([])
  })

  it("reads 'called X a threat' as a view of harm, also in a relative clause", () => {
    expect(positions(["Moscow called the missile shield a direct threat."], "2008-03-04")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["The plan drew a rebuke from Moscow, which called the missile shield a threat."], "2008-03-04")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["The missile shield was not a threat, the report said."], "2008-03-04")).toEqual([])
  })

  it("reads 'the measure', 'the system', 'it' as the issue named just before, one of its own kind first", () => {
    expect(positions(["The Security Council adopted new sanctions against Iran, with Russia and China backing the measure."], "2008-03-03").sort())
      .toEqual(["CHN support iran_sanctions", "RUS support iran_sanctions"])
    expect(positions(["Washington wants missile defense sites in Poland.", "US officials insist the system is intended to counter Iran."], "2008-03-03")).toEqual(["USA support missile_defense"])
    expect(positions(["Putin opposed Nato's expansion.", "On the contrary, it represents a serious provocation, he said."], "2007-02-10")).toEqual(["RUS oppose nato_expansion", "RUS oppose nato_expansion"])
    expect(positions(["The deployment of THAAD went ahead.", "Russia has also voiced opposition."], "2017-03-07")).toEqual(["RUS oppose missile_defense"])
    // ("the resolution" after sanctions only is not the sanctions; "it" followed by a verb is a subject; too far back is too far)
    expect(positions(["The talks on a no-fly zone stalled.", "Moscow opposed the resolution as unbalanced."], "2012-02-03")).toEqual([])
    expect(positions(["Russia opposed sanctions against Iran.", "Officials were concerned it is too late."], "2008-03-03")).toEqual(["RUS oppose iran_sanctions"])
    expect(positions(["Russia criticised the missile shield.", "The talks went on.", "Then came a pause.", "The report came out.", "China backed the plan."], "2008-03-03")).toEqual(["RUS oppose missile_defense"])
  })

  it("reads the object of a relative clause before it, and a participle's holder after 'with'", () => {
    expect(positions(["Washington points to Iran to justify its plans for missile defense sites in Poland, plans that Russia strongly opposes."], "2008-03-03").sort())
      .toEqual(["RUS oppose missile_defense", "USA support missile_defense"])
  })

  it("reads harm denied as support, 'defensive' and 'not directed against' as good, 'aimed at' a thing as against it", () => {
    expect(positions(["Polish Foreign Minister Radoslaw Sikorski said the interceptor base posed no threat to Russia."], "2008-11-05")).toEqual(["POL support missile_defense"])
    expect(positions(["Russia said the shield is not a threat to China but a threat to Russia."], "2008-11-05")).toEqual([])
    expect(positions(["The US insists the Aegis Ashore sites in Romania are purely defensive."], "2019-02-02")).toEqual(["USA support missile_defense"])
    expect(positions(["Medvedev threatened to deploy missiles aimed at U.S. missile defense sites in Europe."], "2011-11-23")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Turkey proposed a road map aimed at establishing a ceasefire."], "2011-07-13")).toEqual([])
  })

  it("takes the subject of what was said, not the speaker, and no speaker for a noun cue nobody holds", () => {
    expect(positions(["Mr Hague said Russia and China, who fear the worst, had also strongly opposed the UN resolution."], "2011-06-12").sort())
      .toEqual(["CHN oppose un_resolution", "RUS oppose un_resolution"])
    expect(positions(["Susan Rice said opposition to the UN resolution was a cheap ruse."], "2011-10-05")).toEqual([])
    expect(positions(["There were six months of protests against Iran sanctions in the capital."], "2011-10-05")).toEqual([])
  })

  it("works with other issues of the lexicon", () => {
    expect(positions(["Russia and China vetoed a UN resolution on Syria."], "2012-02-05").sort()).toEqual(["CHN oppose un_resolution", "RUS oppose un_resolution"])
    expect(positions(["The Arab League backed the Annan plan."], "2012-04-01")).toEqual(["ARAB LEAGUE support ceasefire"])
    expect(positions(["Russia on Tuesday condemned what it called attempts by the United States to dominate the world."], "2014-05-21")).toEqual(["RUS oppose us_global_dominance"])
  })
})

describe("dates of events and positions", () => {
  it("dates a clause by the phrase put before its subject", () => {
    const e = run(["The talks went on.", "On Tuesday, Russia rejected the plan for a missile shield.", "In Sochi on Sunday, Putin signed a declaration."], "2008-04-07").events
    expect(e.map((x) => [x.eventType, x.date])).toEqual([["REJECT", "2008-04-01"], ["AGREE", "2008-04-06"]])
  })

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

  it("dates speech by the words next to its verb, not by a date of what was said", () => {
    const dated = (sentence: string, published = "2016-05-28") => run(["Putin arrived in Athens.", sentence], published).events
      .filter((e) => e.eventType === "STATEMENT" || e.actor?.code === "RUS").map((e) => `${e.date} ${e.dateBasis}`)
    expect(dated("Putin said on Friday that Romania could become a target.")).toEqual(["2016-05-27 text"])
    expect(dated("Putin said in a joint interview with Greek and Cypriot television on Friday that he would respond.")).toEqual(["2016-05-27 text"])
    expect(dated("Putin told Greek television on Friday that he would respond.")).toEqual(["2016-05-27 text"])
    // (no day named before: said on the day of the report; a verdict said is dated by the saying)
    expect(dated("Putin said the decision taken on Friday was a mistake.")).toEqual(["2016-05-28 publication"])
    expect(dated("Putin said that Russia would respond in 2017.")).toEqual(["2016-05-28 publication"])
  })

  it("dates no act by a year that modifies a noun, nor a past act by a date after the report", () => {
    const { events: e } = run(["US President George W Bush has formally announced that the United States is withdrawing from the 1972 Anti-Ballistic Missile Treaty."], "2001-12-13", 0)
    expect(e.map((x) => `${x.actor?.code} ${x.eventType} ${x.date} ${x.dateBasis}`)).toEqual(["USA RETREAT 2001-12-13 publication"])
    const { positions: p } = run(["Lavrov on Tuesday criticized the plan.", "Lavrov told reporters that Russia opposed plans to offer NATO membership to Ukraine at the alliance's summit next month."], "2008-03-04")
    expect(p.map((x) => `${x.holder?.code} ${x.stance} ${x.issue} ${x.date}`)).toEqual(["RUS oppose nato_expansion 2008-03-04"])
  })

  it("reads 'also' and 'has strongly' as marks of tense", () => {
    const { events: e } = run(["China on Monday urged the United States to stop.", "Russia also criticized the decision."], "2016-08-01")
    expect(e.find((x) => x.eventType === "ACCUSE")).toMatchObject({ date: "2016-08-01", dateBasis: "context" })
    const { positions: p } = run(["Lavrov arrived.", "Meanwhile, Russia has strongly opposed the independence of Kosovo, which declared independence from Serbia on February 17."], "2008-03-04")
    expect(p[0]).toMatchObject({ date: "2008-03-04", dateBasis: "publication" })
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

  it("keeps an event whose target would be its own actor, without the target", () => {
    expect(events(["US President George W Bush announced that the United States is leaving the treaty."], "2001-12-13")).toEqual(["USA STATEMENT - reported"])
  })

  it("codes no event for what is asked for or guarded against, and a progressive is no passive", () => {
    expect(events(["Russia and China have rejected calls by the United States and its European allies for tough new sanctions against Iran."], "2010-03-10").filter((e) => e.includes("SANCTION"))).toEqual([])
    expect(events(["Bush said the shield would protect Americans from rogue state missile attacks."], "2001-12-13").filter((e) => e.includes("ASSAULT"))).toEqual([])
    expect(events(["Lavrov said Russia opposed plans to offer membership to Ukraine."], "2008-03-04").filter((e) => e.includes("PROPOSE"))).toEqual([])
    expect(events(["Syria withdrew its forces from Lebanon in 2005."], "2010-03-10")).toEqual(["SYR RETREAT LBN reported"])
    expect(events(["The United States is withdrawing from the treaty."], "2001-12-13")).toEqual(["USA RETREAT - reported"])
  })

  it("takes a possessive that names who acts ('Russia's top general'), and no target from what was said", () => {
    expect(events(["Russia's top general warned on Tuesday that Moscow could target U.S. missile defence sites."], "2007-02-20")).toEqual(["RUS THREATEN - reported"])
    // (an act whose only target is its own actor has a misread actor: here "the West" is no actor of the lexicon)
    expect(events(["Russia annexed Crimea in March, and the West has imposed sanctions on Moscow."], "2014-05-21").filter((e) => e.includes("SANCTION"))).toEqual([])
  })

  it("reads 'long-range' as no mark of a habit, and 'frequently' as one", () => {
    const { events: e } = run(["The Pentagon said on Thursday it would go ahead.", "U.S. Defense Secretary Walter Kartersson told reporters that North Korea launched a long-range rocket."], "2016-03-03")
    expect(e.find((x) => x.trigger === "told")).toMatchObject({ date: "2016-03-03", dateBasis: "context" })
    // ("frequently" is)
    expect(run(["Human Rights Watch has frequently accused Syria of abuses."], "2012-03-21", 0).events[0]).toMatchObject({ date: null, dateBasis: "none" })
  })

  it("keeps the speaker of reported speech as the actor of the statement", () => {
    expect(events(["\"We will respond,\" Foreign Minister Sergei Lavrov told reporters."])).toContain("RUS STATEMENT - reported")
  })

  it("takes the name after 'said' as the speaker only where the clause ends, not as the subject of what was said", () => {
    expect(events(["\"The talks went well,\" said Foreign Minister Sergei Lavrov."]).filter((e) => e.includes("STATEMENT"))).toEqual(["RUS STATEMENT - reported"])
    expect(events(["A spokesman of the opposition council said Russia was standing in the way of progress."]).filter((e) => e.includes("STATEMENT"))).toEqual([])
    // "..., he said": the pronoun speaks, not the actors of what was said; "around Gaddafi" is no speaker either.
    expect(events(["William Hague spoke in London.", "Saudi Arabia and Qatar would provide aircraft, he said."]).filter((e) => e.includes("STATEMENT"))).toEqual(["GBR STATEMENT - reported"])
    expect(events(["Tightening the noose around Gaddafi, Tunisia said on Thursday its troops were patrolling."]).filter((e) => e.includes("STATEMENT"))).toEqual(["TUN STATEMENT - reported"])
    // A quotation closed by two apostrophes (Penn Treebank style) is no speaker's: "he" is.
    expect(events(["Sergei Lavrov spoke in Moscow.", "`` NATO has become our problem , '' he said ."]).filter((e) => e.includes("STATEMENT"))).toEqual(["RUS STATEMENT - reported"])
  })

  it("does not give the sentence's subject a noun with no agent of its own, nor the first half of a compound", () => {
    expect(events(["Syria blames the violence on foreign-backed armed gangs."]).filter((e) => e.includes("SUPPORT"))).toEqual([])
    expect(events(["Russia said its priority was stopping the killing."]).filter((e) => e.includes("ASSAULT"))).toEqual([])
    expect(events(["Turkey said it would need international assistance."]).filter((e) => e.includes("AID"))).toEqual([])
    // The agent after "by", a verb that makes the noun the subject's act, and the verb itself still give events.
    expect(events(["Putin will attend the summit in Okinawa."], "2000-07-17")).toContain("RUS CONSULT - planned")
    expect(events(["Russia condemned the attack on the embassy."]).filter((e) => e.includes("ACCUSE"))).toEqual(["RUS ACCUSE - reported"])
  })

  it("reads 'deal with' as a verb, no agreement, unless a deal is made with someone", () => {
    expect(events(["Russia struggled to deal with the refugees."]).filter((e) => e.includes("AGREE"))).toEqual([])
    expect(events(["Russia signed a deal with China."]).filter((e) => e.includes("AGREE"))).toEqual(["RUS AGREE CHN reported"])
  })

  it("does not make an event of an act someone was only asked to do", () => {
    expect(events(["Rights groups called on Russia to support the resolution."]).filter((e) => e.includes("SUPPORT"))).toEqual([])
    expect(events(["It will be difficult to persuade Russia and China to support such operations."]).filter((e) => e.includes("SUPPORT"))).toEqual([])
    expect(events(["Italy's politicians are reluctant to condemn Libya."]).filter((e) => e.includes("ACCUSE"))).toEqual([])
    // "forces" is a noun, not a request: the act is reported.
    expect(events(["Forces loyal to Gaddafi opened fire on protesters in Tripoli."]).filter((e) => e.includes("ASSAULT"))).toEqual(["LBY ASSAULT - reported"])
  })

  it("gives a verb joined by 'and', or a participle opening a clause, the subject and date of the clause before", () => {
    const r = run(["Geng Shuang said on Saturday that Beijing rejected any attempt to make the treaty multilateral, and urged Washington and Moscow to resolve their differences through dialogue."], "2019-02-04")
    expect(r.events.filter((e) => e.eventType === "REQUEST").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`).sort()).toEqual(["CHN RUS 2019-02-02", "CHN USA 2019-02-02"])
    const p = run(["Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Tuesday.", "The foreign ministers of the two countries, Wang Yi and Sergei Lavrov, also signed a joint statement on the Korean Peninsula issue, putting forward a road map."], "2017-07-05")
    expect(p.events.filter((e) => e.eventType === "PROPOSE").map((e) => `${e.actor?.code} ${e.date}`).sort()).toEqual(["CHN 2017-07-04", "RUS 2017-07-04"])
    expect(p.events.filter((e) => e.eventType === "AGREE").map((e) => `${e.actor?.code} ${e.target?.code}`).sort()).toEqual(["CHN RUS", "RUS CHN"])
  })

  it("gives a meeting or a deal to its possessor, not a plan", () => {
    expect(events(["NATO's summit in Bucharest ended with a promise."], "2008-04-07")).toEqual(["NATO CONSULT - reported"])
    expect(events(["Washington's plan to deploy a radar threatens Russia."]).filter((e) => e.startsWith("USA"))).toEqual([])
  })

  it("reads a meeting attended, a draft submitted or put forward, and necessary measures promised", () => {
    expect(events(["Putin, attending a meeting of the NATO-Russia Council on Friday, told allied leaders that it was bad."], "2008-04-07")).toContain("RUS CONSULT NATO reported")
    expect(events(["China and Russia jointly submitted to the Conference on Disarmament (CD) a draft treaty."], "2008-02-13").sort()).toEqual(["CHN PROPOSE - reported", "RUS PROPOSE - reported"])
    expect(events(["Russia submitted its report."], "2008-02-13")).toEqual([])
    expect(events(["China will resolutely take necessary measures to safeguard its security."], "2017-03-08")).toEqual(["CHN THREATEN - planned"])
    // (a resolution authorising "all necessary measures" threatens nobody)
    expect(events(["It authorizes member states to take all necessary measures to enforce compliance."]).filter((e) => e.includes("THREATEN"))).toEqual([])
    // "discuss" is a meeting with someone, or among those who discussed; not what a text discusses.
    expect(events(["Medvedev discussed the shield with Obama in Honolulu."], "2011-11-24")).toEqual(["RUS CONSULT USA reported"])
    expect(events(["Syria achieved independence in 1946; the report discusses its problems."]).filter((e) => e.includes("CONSULT"))).toEqual([])
  })

  it("reads 'unless' after 'would' as a threat and a violation named by a speaker as the speaker's accusation", () => {
    const r = run(["Announcing the US decision on Friday, the secretary of state, Mike Pompeo, said Washington would suspend its obligations under the treaty and formally withdraw in six months unless Russia destroyed its cruise missiles.",
      "\u201cWe can no longer be restricted by the treaty while Russia shamelessly violates it,\u201d Pompeo said."], "2019-02-02")
    expect(r.events.filter((e) => e.eventType === "THREATEN" || e.eventType === "ACCUSE").map((e) => `${e.actor?.code} ${e.eventType} ${e.target?.code} ${e.date}`))
      .toEqual(["USA THREATEN RUS 2019-02-01", "USA ACCUSE RUS 2019-02-01"])
    // (a violation nobody is reported to name accuses nobody)
    expect(events(["Russia violated the treaty in 2014."]).filter((e) => e.includes("ACCUSE"))).toEqual([])
  })

  it("takes the owner of what is rejected or condemned as the target, a verbal attack as an accusation, and no request from a press briefing", () => {
    expect(events(["China rejected Japan's missile defense plans."])).toEqual(["CHN REJECT JPN reported"])
    expect(events(["Russia condemned the US missile shield."])).toEqual(["RUS ACCUSE USA reported"])
    expect(events(["He attacked US plans to base a radar in Europe.", "Rebels attacked the town."].slice(0, 1).map((x) => `Putin said it. ${x}`), "2007-02-10")).toContain("RUS ACCUSE USA reported")
    expect(events(["Rebels in Libya attacked the town of Brega."]).filter((e) => e.includes("ACCUSE"))).toEqual([])
    expect(events(["Geng Shuang told a regular press briefing on Tuesday that it was wrong."], "2017-03-08").filter((e) => e.includes("REQUEST"))).toEqual([])
  })

  it("dates by a participle phrase before the subject, past an appositive, but not a thing named in what was said", () => {
    const r = run(["Speaking on Friday, the secretary of state, Mike Pompeo, said Russia was wrong."], "2019-02-04")
    expect(r.events.map((e) => `${e.eventType} ${e.date}`)).toEqual(["STATEMENT 2019-02-01"])
    const v = run(["On Monday, the UN human rights chief, Navi Pillay, said the veto by China had encouraged the government."], "2012-02-14")
    expect(v.events.filter((e) => e.eventType === "REJECT").map((e) => e.date)).not.toContain("2012-02-13")
  })

  it("reads no negated talks, and no date for the past from a day still to come", () => {
    expect(events(["Putin instructed his ministers not to initiate new disarmament talks with Washington."], "2019-02-02").filter((e) => e.includes("CONSULT"))).toEqual([])
    const r = run(["Peskov told reporters on Thursday that it was a threat.", "Construction of a second site is due to begin on Friday at Redzikowo.", "Stoltenberg rejected Moscow's objections."], "2016-05-12")
    expect(r.events.filter((e) => e.eventType === "REJECT").map((e) => e.date)).toEqual(["2016-05-12"])
  })
})

describe("events and positions in wider news (THAAD, INF, Iran deal, sanctions, arms sales)", () => {
  it("reads a noun after two modifiers as a thing, not an act, unless a light verb makes it one", () => {
    expect(events(["Russia and China vowed to preserve the Iran nuclear deal."], "2018-05-09").filter((e) => e.includes("AGREE"))).toEqual([])
    expect(events(["He called it a horrible one-sided deal."], "2018-05-09").filter((e) => e.includes("AGREE"))).toEqual([])
    expect(events(["Iran and Russia signed a landmark nuclear deal on Monday."], "2018-05-09")).toContain("IRN AGREE RUS reported")
  })

  it("does not end a clause at a comma inside a list of names", () => {
    const r = run(["Iranian Foreign Minister Mohammad Javad Zarif will fly to Paris before meeting his Italian, Spanish and Greek counterparts in Rome next week."], "2018-05-09")
    expect(r.events.filter((e) => e.eventType === "CONSULT").map((e) => e.date)).toEqual(["2018-W20"])
  })

  it("gives a participle after a relative clause that clause's subject and date", () => {
    const r = run(["Officials said Resolution 1929, which the UN Security Council adopted on Wednesday, imposing new sanctions on Iran over its enrichment in May."], "2010-06-11")
    expect(r.events.filter((e) => e.eventType === "SANCTION").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`)).toEqual(["UN IRN 2010-06-09"])
  })

  it("takes the agent of a noun after 'from', and reads installing launchers and putting units on alert as mobilising", () => {
    const e = events(["Japan tested a missile on Friday, drawing a sharp protest from Beijing."], "2017-09-12")
    expect(e).toContain("CHN ACCUSE - reported")
    expect(e.filter((x) => x.startsWith("JPN ACCUSE"))).toEqual([])
    expect(events(["Russia put its Iskander units on high alert on Monday."], "2017-09-12")).toContain("RUS MOBILIZE - reported")
    expect(events(["Poland installed two Patriot batteries near the border."], "2017-09-12")).toContain("POL MOBILIZE - reported")
    expect(events(["Russia opened a new early-warning radar."], "2017-09-12").filter((x) => x.includes("THREATEN"))).toEqual([])
  })

  it("takes who is asked or threatened in a 'that' clause as the target, never the actor's own side", () => {
    expect(events(["Beijing demanded that Japan withdraw the plan."], "2017-09-12")).toContain("CHN REQUEST JPN reported")
    expect(events(["Iran warned that Israel would pay a heavy price."], "2017-09-12")).toContain("IRN THREATEN ISR reported")
    expect(events(["Russia warned that Moscow could respond."], "2017-09-12")).toContain("RUS THREATEN - reported")
  })

  it("reads a threat to act as a threat, and not the act threatened", () => {
    expect(events(["The EU threatened to impose sanctions on Belarus."], "2012-02-03")).toEqual(["EU THREATEN BLR reported"])
    const r = run(["China on Monday rejected the sale, and repeated its threat to punish American firms."], "2010-02-03")
    expect(r.events.filter((e) => e.eventType === "THREATEN").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`)).toEqual(["CHN USA 2010-02-01"])
  })

  it("reads suspended exchanges as a sanction, dated by a phrase fronted before the clause it is joined to", () => {
    const r = run(["On Saturday, the minister summoned the ambassador, and Beijing suspended military exchanges with Washington."], "2010-02-03")
    expect(r.events.filter((e) => e.eventType === "SANCTION").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`)).toEqual(["CHN USA 2010-01-30"])
  })

  it("reads 'he and' a person as the person named before and that one", () => {
    const e = events(["Medvedev spoke in Moscow.", "He said the treaty, which he and President Barack Obama signed in April 2010, was at risk."], "2011-11-29")
    expect(e).toEqual(expect.arrayContaining(["RUS AGREE USA reported", "USA AGREE RUS reported"]))
  })

  it("takes the owner of a resolution rejected by name further back as the target", () => {
    const e = events(["The UN Security Council resolution passed on Monday.", "It caps oil imports.", "Diplomats met.", "Talks went on.", "Pyongyang rejected the resolution."], "2017-09-12")
    expect(e).toContain("PRK REJECT UN reported")
    expect(positions(["The UN Security Council resolution passed on Monday.", "It caps oil imports.", "Diplomats met.", "Talks went on.", "Pyongyang rejected the resolution."], "2017-09-12")).toContain("PRK oppose un_resolution")
  })

  it("takes whose calls are rejected as the target, and dates a participle by the speech it continues", () => {
    const r = run(["China said it opposes the withdrawal.", "Foreign ministry spokeswoman Hua Chunying told a briefing on Friday that Beijing would stay out of the talks, rejecting repeated calls by Donald Trump for China to join."], "2019-08-03")
    expect(r.events.filter((e) => e.eventType === "REJECT").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`)).toEqual(["CHN USA 2019-08-02"])
    expect(events(["Russia was rejected by China."], "2019-08-03")).toEqual(["CHN REJECT - reported"])
  })

  it("reads the members of an organisation named with a possessive as the organisation", () => {
    expect(events(["In a statement on Friday, NATO's 29 members said they fully supported the US decision."], "2019-08-03")).toContain("NATO SUPPORT USA reported")
  })

  it("reads opposition dated before its object, agreeing to host, readiness to respond, and an obstacle", () => {
    expect(positions(["Russia voiced opposition on Monday to a US anti-missile system in Europe."], "2011-11-29")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Romania agreed in May to host the interceptors."], "2011-11-29")).toEqual(["ROU support missile_defense"])
    expect(positions(["Moscow is ready to respond to NATO's missile shield."], "2011-11-29")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["\"The shield is a mistake.", "It is the main obstacle to better ties,\" Lavrov said."], "2011-11-29")).toEqual(["RUS oppose missile_defense"])
  })

  it("takes the context day from a sentence's main clause, not from one of what came before", () => {
    const r = run(["Russia protested on Wednesday, after the ship arrived at the port on Monday.", "Russian officials said it was a provocation."], "2017-03-08")
    expect(r.events.filter((e) => e.eventType === "STATEMENT").map((e) => `${e.date} ${e.dateBasis}`)).toEqual(["2017-03-08 context"])
  })

  it("reads 'the deployment' long after anything was named as what the article names most, and a relative clause's own subject as the holder", () => {
    const s = ["Tokyo dropped plans for an Aegis Ashore missile defense system.", "The decision surprised many.", "Officials met on Monday.", "Talks went on.", "Russia and China have long opposed the deployment."]
    expect(positions(s, "2020-06-26").sort()).toEqual(["CHN oppose missile_defense", "RUS oppose missile_defense"])
    expect(positions(["Moscow also objected to U.S. missile defense, which Russia regards as a threat to its deterrent."], "2018-03-02")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Russia has long opposed the NATO early-warning radar in Turkey."], "2019-07-18")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Moscow criticised the alliance's eastward enlargement."], "2007-07-16")).toEqual(["RUS oppose nato_expansion"])
  })

  it("reads 'was \"not directed against\"' and 'would be purely defensive' as support", () => {
    expect(positions(["NATO plans a missile shield.", "Stoltenberg said the alliance's missile defence was \"not directed against Russia\"."], "2018-03-02")).toEqual(["NATO support missile_defense"])
    expect(positions(["The US plans a missile shield.", "Trump said the system would be purely defensive."], "2018-03-02")).toEqual(["USA support missile_defense hedged"])
  })

  it("keeps a thing referred to in mind, and counts the subject of a participle of speech that follows", () => {
    const s = ["The US plans a missile shield in Poland.", "NATO insisted that the alliance's system was not directed against Russia.", "Talks continue.", "U.S. officials say the system is meant to protect Europe."]
    expect(positions(s, "2011-11-29")).toContain("USA support missile_defense")
    expect(positions(["South Korea and Japan agreed to deploy THAAD, saying it was needed."], "2017-03-08").sort()).toEqual(["JPN support missile_defense", "KOR support missile_defense"])
  })
})

describe("acts the trigger lexicon names in the PLOVER sense (hold4)", () => {
  it("reads criticism as an accusation and only demonstrations as protest", () => {
    expect(events(["Russia and China have both criticised the new US Nuclear Posture Review."], "2018-03-02").sort()).toEqual(["CHN ACCUSE USA reported", "RUS ACCUSE USA reported"])
    expect(events(["China lodged a strong protest with Washington."], "2010-02-01")).toEqual(["CHN ACCUSE USA reported"])
    expect(events(["South Korean lawmakers staged protests against the deployment."], "2017-03-08")).toEqual(["KOR PROTEST - reported"])
    expect(events(["Libya's envoy resigned in protest at the crackdown."], "2011-02-21").filter((e) => e.includes("PROTEST"))).toEqual([])
    expect(events(["Police fired on demonstrators in Tripoli."], "2011-02-21").filter((e) => e.includes("PROTEST"))).toEqual([])
  })

  it("reads a speaker's verdict on an act as an accusation of whoever did it", () => {
    const s = ["The United States on Wednesday began removing Turkey from the F-35 programme.", "In Ankara, the foreign ministry said late on Wednesday that the decision was unfair."]
    expect(events(s, "2019-07-18")).toEqual(["USA SANCTION TUR reported", "TUR ACCUSE USA reported"])
    expect(events(["President Vladimir Putin called the American decision a mistake."], "2002-06-14")).toEqual(["RUS ACCUSE USA reported"])
    expect(events(["Nauert said Russia had been developing new weapons for a decade \"in direct violation of its treaty obligations\"."], "2018-03-02")).toEqual(["USA ACCUSE RUS reported"])
    // (an accusation is no "move" of its own to be condemned; a warning about what would be is no verdict)
    expect(events(["Washington expelled two diplomats.", "Beijing accused it of lying.", "Russia condemned the move."], "2019-07-18")).toContain("RUS ACCUSE USA reported")
    expect(events(["Retreating now would be a grave mistake, Clinton said."], "2011-03-01").filter((e) => e.includes("ACCUSE"))).toEqual([])
  })

  it("reads extending a treaty as agreeing, welcoming a decision as support, and refusing to take part as rejecting", () => {
    expect(events(["The United States and Russia on Wednesday extended the New START treaty for five years."], "2021-02-05")).toEqual(["USA AGREE RUS reported", "RUS AGREE USA reported"])
    const e = events(["Beijing welcomed the extension but would not take part in trilateral arms control talks."], "2021-02-05")
    expect(e.filter((x) => !x.includes("STATEMENT")).map((x) => x.split(" ").slice(0, 2).join(" ")).sort()).toEqual(["CHN REJECT", "CHN SUPPORT"])
    expect(events(["Stoltenberg welcomed Putin to Brussels."], "2021-02-05").filter((x) => x.includes("SUPPORT"))).toEqual([])
  })

  it("reads a participle after a comma with its agent as a passive, but not an appositive's verb", () => {
    expect(events(["The treaty, signed in Prague in April 2010 by Barack Obama and Dmitry Medvedev, caps warheads."], "2021-02-05")).toEqual(["USA AGREE RUS reported", "RUS AGREE USA reported"])
    expect(events(["The EU's foreign policy chief, Federica Mogherini, urged Russia on Friday to preserve the treaty."], "2019-02-02")).toEqual(["EU REQUEST RUS reported"])
  })

  it("dates what a speaker did next, joined to the saying, by the saying", () => {
    const r = run(["Foreign Ministry spokesman Kong Quan told a regular briefing on Thursday that China opposed the plan, which would harm stability, and urged Washington to act prudently."], "2002-06-14")
    expect(r.events.filter((e) => e.eventType === "REQUEST").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`)).toEqual(["CHN USA 2002-06-13"])
  })

  it("reads removing a country from a programme as a sanction, and putting weapons on experimental duty as mobilising", () => {
    expect(events(["The Pentagon has barred Chinese firms from the supply chain."], "2019-07-18")).toEqual(["USA SANCTION CHN reported"])
    expect(events(["Russia placed the Kinzhal on experimental combat duty."], "2018-03-02")).toEqual(["RUS MOBILIZE - reported"])
  })
})

describe("acts and stances in wider news (hold5: AUKUS, Open Skies, New START, a ministry's transcript, Crimea)", () => {
  it("gives a speech act joined after what was said to the speaker, on the day of the saying", () => {
    const r = run(["Germany's foreign minister, Heiko Maas, said on Friday that Russia's decision was \"regrettable\" and urged Moscow to reconsider."], "2021-01-16")
    expect(r.events.filter((e) => e.eventType === "REQUEST").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`)).toEqual(["DEU RUS 2021-01-15"])
  })

  it("reads a transcript's answers as their speaker's, said on the day of the briefing", () => {
    const r = run(["Bloomberg: Russia extended drills that were due to end on Sunday. Is China concerned?", "Wang Wenbin: The US arms sales to Taiwan seriously violate the one-China principle.", "We once again urge the US government to stop arms sales to Taiwan."], "2022-02-21")
    expect(r.events.filter((e) => e.actor?.code === "CHN").map((e) => `${e.eventType} ${e.target?.code} ${e.date}`)).toEqual(["ACCUSE USA 2022-02-21", "REQUEST USA 2022-02-21"])
  })

  it("reads blaming, seeking guarantees, inviting to talks, recalling envoys, suspending a treaty and lapses of compliance", () => {
    expect(events(["Russia said it would quit the treaty, blaming the United States for undermining it."], "2021-01-15")).toContain("RUS ACCUSE USA reported")
    expect(events(["Russia had sought written guarantees from the remaining members."], "2021-01-15")).toEqual(["RUS REQUEST - reported"])
    expect(events(["Russia and China said they would seek stability in the region."], "2021-01-15").filter((e) => e.includes("REQUEST"))).toEqual([])
    expect(events(["Ryabkov proposed a moratorium on Friday, inviting Washington to match Russia's pledge."], "2019-08-03")).toContain("RUS PROPOSE USA reported")
    expect(events(["Saudi Arabia is recalling its ambassador from Damascus."], "2011-08-08")).toEqual(["SAU SANCTION SYR reported"])
    expect(events(["Macron ordered the two ambassadors home for consultations."], "2021-09-18").filter((e) => e.includes("CONSULT"))).toEqual([])
    expect(events(["Russia is suspending its participation in the treaty."], "2023-02-22")).toEqual(["RUS RETREAT - reported"])
    expect(events(["The State Department told Congress last month that Russia was not complying with the treaty."], "2023-02-22")).toContain("USA ACCUSE RUS reported")
    expect(events(["The company sued, alleging breach of contract, the State Department cable says."], "2011-03-03").filter((e) => e.includes("ACCUSE"))).toEqual([])
    // (whom the tariffs hit: the country of the goods)
    expect(events(["China responded by imposing tariffs on Australian barley and wine."], "2021-09-18")).toEqual(["CHN SANCTION AUS reported"])
    expect(events(["Biden, asked about the suspension in Warsaw, spoke briefly."], "2023-02-22").filter((e) => e.includes("REQUEST"))).toEqual([])
  })

  it("dates a verb by a phrase between it and its subject, reads phone calls as consulting, and no proposal in what reports suggest", () => {
    const r = run(["President Dmitry Medvedev, in a televised statement on Thursday, welcomed Obama's move as \"a responsible approach\"."], "2009-09-18")
    expect(r.events.map((e) => `${e.actor?.code} ${e.eventType} ${e.target?.code} ${e.date}`)).toEqual(["RUS SUPPORT USA 2009-09-17"])
    expect(events(["Obama telephoned Erdogan on Monday to discuss the refugees."], "2012-07-31")).toContain("USA CONSULT TUR reported")
    expect(events(["Initial reports suggested the companies had shut production."], "2011-03-01").filter((e) => e.includes("PROPOSE"))).toEqual([])
  })

  it("reads a view argued in a participle as its subject's, and no request in a question put to reporters", () => {
    expect(positions(["Russia has long opposed any change to it, arguing that a national missile defense would upset the strategic balance."], "2001-12-14")).toEqual(["RUS oppose missile_defense hedged"])
    expect(events(["\"Who can be worried?\" Putin asked reporters."], "2007-02-11").filter((e) => e.includes("REQUEST"))).toEqual([])
  })

  it("finds a noun's agent after a participle closing its phrase, and reads calling a thing unacceptable as opposing it", () => {
    const s = ["On Tuesday, Russia's Foreign Ministry called new sanctions against Iran's banking and energy sectors, announced by the United States on Monday, unacceptable and contrary to international law."]
    const e = events(s, "2011-11-24")
    expect(e).toContain("USA SANCTION IRN reported")
    expect(e.filter((x) => x.startsWith("RUS SANCTION"))).toEqual([])
    expect(positions(s, "2011-11-24")).toEqual(["RUS oppose iran_sanctions"])
    expect(positions(["Putin called the missile shield in Poland a mistake."], "2007-06-01")).toEqual(["RUS oppose missile_defense"])
  })

  it("takes the owner of 'the annexation' from its adjective only, and 'the decision' from the last act", () => {
    expect(events(["NATO condemned the Russian annexation of Crimea."], "2014-03-21")).toEqual(["NATO ACCUSE RUS reported"])
    expect(events(["Russia signed a deal with Syria.", "The Arab League condemned the crackdown."], "2011-08-06").filter((e) => e.includes("ACCUSE"))).toEqual(["ARAB LEAGUE ACCUSE - reported"])
    expect(events(["Russia signed a deal with Syria.", "Britain condemned the decision to free the prisoner."], "2011-08-06").filter((e) => e.includes("ACCUSE"))).toEqual(["GBR ACCUSE - reported"])
  })

  it("holds a stance on what an object includes, on each of two things joined, and by 'it' in a relative clause", () => {
    expect(positions(["Beijing has long objected to the expanding US military presence in the region, including the missile defence systems Washington has deployed in Japan."], "2021-09-18")).toEqual(["CHN oppose missile_defense"])
    expect(positions(["Moscow has long said that any agreement must also limit US missile defences and weapons in space, which it regards as a threat to its deterrent."], "2023-02-22").sort()).toEqual(["RUS oppose missile_defense", "RUS oppose space_weapons"])
    expect(positions(["Russia strongly opposes NATO expansion and the US missile shield."], "2008-03-04").sort()).toEqual(["RUS oppose missile_defense", "RUS oppose nato_expansion"])
    expect(positions(["China firmly opposes any attempt to seek hegemony in this region."], "2022-02-21")).toEqual(["CHN oppose us_global_dominance"])
  })
})

describe("acts in wider news (hold6: Skripal expulsions, Hong Kong sanctions, the downed Su-24, Magnitsky, New START's ratification, Georgia)", () => {
  it("reads expelling diplomats, ordering them to leave and closing a consulate as sanctions", () => {
    expect(events(["Canada is expelling four Russian diplomats."], "2018-03-26")).toEqual(["CAN SANCTION RUS reported"])
    expect(events(["Germany has ordered four Russian diplomats to leave."], "2018-03-26")).toEqual(["DEU SANCTION RUS reported"])
    expect(events(["The United States closed its embassy in Damascus."], "2012-02-07").map((e) => e.split(" ").slice(0, 2).join(" "))).toEqual(["USA SANCTION"])
    // (other expulsions are coercion still)
    expect(events(["Russia expelled two journalists."], "2018-03-26")).toEqual(["RUS COERCE - reported"])
  })

  it("reads verdicts in quotation marks and unfriendly acts as accusations, shooting down as an assault, and no tone struck", () => {
    expect(events(["German Chancellor Angela Merkel said the recognition was \"absolutely unacceptable\"."], "2008-08-27").filter((e) => e.includes("ACCUSE"))).toEqual(["DEU ACCUSE - reported"])
    expect(events(["Putin called the US law \"an unfriendly act\"."], "2012-12-28")).toContain("RUS ACCUSE USA reported")
    expect(events(["Miliband called the recognition \"unjustifiable and unacceptable\"."], "2008-08-27").map((e) => e.split(" ").slice(0, 2).join(" "))).toContain("GBR ACCUSE")
    expect(events(["Turkish jets shot down the Su-24 on Tuesday."], "2015-11-29")).toEqual(["TUR ASSAULT - reported"])
    // (and aircraft named by their type: "Two Turkish F-16s", "French planes")
    expect(events(["Two Turkish F-16s shot down the Su-24 on Tuesday."], "2015-11-29")).toEqual(["TUR ASSAULT - reported"])
    expect(events(["The French planes came and bombed the airfield."], "2011-03-30").map((e) => e.split(" ").slice(0, 2).join(" "))).toEqual(["FRA ASSAULT"])
    expect(events(["Erdogan struck a more conciliatory tone on Saturday."], "2015-11-29").filter((e) => e.includes("ASSAULT"))).toEqual([])
  })

  it("reads refusing to apologise as rejecting, a right to defend as support, and welcoming a vote", () => {
    expect(events(["Erdogan said Turkey would not apologise for defending its airspace."], "2015-11-29").filter((e) => e.includes("REJECT")).map((e) => e.split(" ")[0])).toEqual(["TUR"])
    const r = run(["President Barack Obama, speaking at the White House alongside French President Francois Hollande on Tuesday, said Turkey \"has a right to defend its territory\"."], "2015-11-29")
    expect(r.events.filter((e) => e.eventType === "SUPPORT").map((e) => `${e.actor?.code} ${e.target?.code} ${e.date}`)).toEqual(["USA TUR 2015-11-24"])
    expect(events(["The Kremlin welcomed the Senate vote on Wednesday."], "2010-12-23")).toEqual(["RUS SUPPORT - reported"])
  })

  it("takes the subject the sentence opens with as the speaker past a relative clause that names someone else", () => {
    const r = run(["President Joe Biden, who invited Kristersson to his State of the Union address on Thursday, said Sweden's accession made the alliance \"stronger than ever\"."], "2024-03-08")
    expect(r.positions.map((p) => `${p.holder?.code} ${p.stance} ${p.issue}`)).toEqual(["USA support nato_expansion"])
  })

  it("reads storming a base, massing troops, named drills launched, sitting down with someone and a theater command's drills", () => {
    expect(events(["Russian forces today stormed one of the last Ukrainian bases still holding out in Crimea."], "2014-03-24")).toEqual(["RUS ASSAULT UKR reported"])
    expect(events(["The statement comes as Russia has massed well over 100,000 troops near Ukraine's borders."], "2022-02-05")).toEqual(["RUS MOBILIZE - reported"])
    expect(events(["Lavrov also sat down with Secretary of State John Kerry in The Hague."], "2014-03-24")).toEqual(["RUS CONSULT USA reported"])
    expect(events(["On April 8 the Eastern Theater Command launched the \"Joint Sword\" exercises around Taiwan."], "2023-04-12")).toEqual(["CHN MOBILIZE TWN reported"])
  })

  it("reads a demand that someone stop and a verdict that something threatens someone, said by a speaker", () => {
    expect(events(["Foreign ministry spokesman Wang Wenbin spoke in Beijing.", "The United States, he added, must stop its \"erroneous practice\" of official contacts with Taiwan."], "2023-04-12"))
      .toEqual(["CHN REQUEST USA reported"])
    expect(events(["Kremlin spokesman Dmitry Peskov said the plan was \"a very serious threat\" to Russia's national security."], "2024-07-29").filter((e) => e.includes("ACCUSE"))).toEqual(["RUS ACCUSE - reported"])
    // (no speaker, no demand: "The violence must stop." is nobody's act)
    expect(events(["The violence must stop."], "2012-03-29")).toEqual([])
  })

  it("takes whose thing is supported from its country's adjective, and 'he' after two people as the one the sentence opens with", () => {
    expect(events(["China also said it \"understands and supports\" the Russian proposals for security guarantees in Europe."], "2022-02-05")).toEqual(["CHN SUPPORT RUS reported"])
    expect(events(["Lavrov sat down with Secretary of State John Kerry this afternoon, and he met Ukraine's acting foreign minister, Andrii Deshchytsia."], "2014-03-24"))
      .toEqual(["RUS CONSULT USA reported", "RUS CONSULT UKR reported"])
  })

  it("reads things portrayed as threats to someone as opposed by whoever portrays them", () => {
    expect(positions(["Russia has long portrayed NATO's eastward expansion, and US missile defence sites in Poland and Romania, as threats to its security."], "2024-07-29").sort())
      .toEqual(["RUS oppose missile_defense", "RUS oppose nato_expansion"])
  })

  it("dates a past act of the lede with no day of its own by the day the lede names before it", () => {
    const r = run(["Russia and China declared on Friday that their friendship has \"no limits\", in a joint statement signed by Vladimir Putin and Xi Jinping hours before the Games opened."], "2022-02-05")
    expect(r.events.filter((e) => e.eventType === "AGREE").map((e) => `${e.actor?.code} ${e.date}`)).toEqual(["RUS 2022-02-04", "CHN 2022-02-04"])
    // (not an act a relative clause tells: "..., which limits the numbers of aircraft deployed")
    const t = run(["Putin on Saturday signed a decree suspending the treaty, which limits the numbers of tanks, artillery and combat aircraft deployed from the Atlantic to the Urals."], "2007-07-16")
    expect(t.events.filter((e) => e.eventType === "MOBILIZE").map((e) => e.date)).not.toContain("2007-07-14")
  })
})


describe("acts in wider news (hold7: the INF accusation, China's air defence zone, Aegis Ashore in Romania, Donbas, the Iran deal, the 2016 expulsions)", () => {
  it("reads summoning an envoy, representations in quotation marks and railing against as accusations of someone", () => {
    expect(events(["On Monday, Japan's foreign ministry summoned China's ambassador."], "2013-11-26")).toEqual(["JPN ACCUSE CHN reported"])
    expect(events(["Beijing lodged \"stern representations\" with the US embassy."], "2013-11-26")).toEqual(["CHN ACCUSE USA reported"])
    expect(events(["Erdogan lashed out at the European Union on Friday."], "2016-11-26")).toEqual(["TUR ACCUSE EU reported"])
    expect(events(["In a speech on Monday, Putin railed against NATO's expansion."], "2022-02-22")).toEqual(["RUS ACCUSE NATO reported"])
  })

  it("reads scrambling jets and ordering troops in as mobilising, also when the air force says it did", () => {
    expect(events(["Japan's air force said it had scrambled fighter jets on Friday."], "2013-12-02").filter((e) => !e.includes("STATEMENT"))).toEqual(["JPN MOBILIZE - reported"])
    expect(events(["Putin ordered the armed forces into the two regions."], "2022-02-22")).toEqual(["RUS MOBILIZE - reported"])
  })

  it("reads praise as support, a phone call with whom was told, and calling someone to thank them as consulting", () => {
    expect(events(["Barack Obama praised the Russian leader on Tuesday."], "2015-07-21")).toEqual(["USA SUPPORT RUS reported"])
    expect(events(["Germany's chancellor, Olaf Scholz, told Joe Biden in a phone call that the crisis must end."], "2022-02-22").filter((e) => !e.includes("STATEMENT"))).toEqual(["DEU CONSULT USA reported"])
    expect(events(["Obama called Putin on Tuesday to thank him."], "2015-07-21")).toEqual(["USA CONSULT RUS reported"])
    // (not a call on someone to act)
    expect(events(["Obama called on Putin to offer guarantees."], "2015-07-21").map((e) => e.split(" ")[1])).toEqual(["REQUEST"])
  })

  it("finds whom a measure hits after it: a country's banks, ties with a country named further on, diplomats told to leave", () => {
    expect(events(["Britain imposed sanctions on five Russian banks."], "2022-02-22")).toEqual(["GBR SANCTION RUS reported"])
    expect(events(["NATO suspended all practical civilian and military cooperation with Russia in April 2014."], "2016-05-12")).toEqual(["NATO SANCTION RUS reported"])
    expect(events(["Obama ordered 35 Russian diplomats, whom the administration called spies, to leave within 72 hours."], "2016-12-30")).toEqual(["USA SANCTION RUS reported"])
    expect(events(["The White House responded on Monday with an executive order banning new investment in the two regions."], "2022-02-22")).toEqual(["USA SANCTION - reported"])
    // (not a law that bans trade unions from striking)
    expect(events(["Russia's new law bans trade unions from striking."], "2022-02-22").filter((e) => e.includes("SANCTION"))).toEqual([])
  })

  it("gives a bare refusal the side whose request it turns down", () => {
    expect(events(["Seoul asked Beijing to redraw the boundary.", "Chinese officials refused."], "2013-12-02")).toEqual(["KOR REQUEST CHN reported", "CHN REJECT KOR reported"])
  })

  it("reports neither an act named as a reason nor one proposed", () => {
    expect(events(["Putin said Russia would not expel any diplomats in response to new US sanctions."], "2016-12-30").filter((e) => !e.includes("STATEMENT"))).toEqual([])
    expect(events(["Lavrov had proposed that Russia expel 31 diplomats."], "2016-12-30")).toEqual(["RUS PROPOSE - reported"])
  })

  it("reads more verdicts and threats: a bad mistake, unfounded sanctions, a measure judged by its adjective, compensatory measures, a response to follow", () => {
    expect(events(["Netanyahu called the agreement \"a bad mistake of historic proportions\"."], "2015-07-15")).toEqual(["ISR ACCUSE - reported"])
    expect(events(["The United States imposed sanctions on Russia on Thursday.", "Peskov called the sanctions \"unfounded and illegitimate\"."], "2016-12-30")).toContain("RUS ACCUSE USA reported")
    expect(events(["Prime Minister Shinzo Abe told parliament that the Chinese measure was \"utterly unacceptable\"."], "2013-11-26")).toEqual(["JPN ACCUSE CHN reported"])
    expect(events(["Grushko said Moscow would take \"compensatory measures\"."], "2016-05-12").filter((e) => !e.includes("STATEMENT")).map((e) => e.split(" ").slice(0, 2).join(" "))).toEqual(["RUS THREATEN"])
    expect(events(["The United States and the European Union have warned of severe sanctions against Russia."], "2022-02-21")).toEqual(["USA THREATEN RUS reported", "EU THREATEN RUS reported"])
    expect(events(["Peskov said an appropriate response would follow."], "2016-12-30").filter((e) => !e.includes("STATEMENT")).map((e) => e.split(" ").slice(0, 2).join(" "))).toEqual(["RUS THREATEN"])
  })
})

describe("acts in wider news (hold8: the Syria veto, the Geneva summit, Open Skies, the Hong Kong act, Munich 2007, the balloon)", () => {
  it("reads more verdicts as accusations: disappointing, a clear violation, appalled by, attacking a country's plans", () => {
    expect(events(["NATO Secretary-General Jaap de Hoop Scheffer called the speech \"disappointing and not helpful\" on Saturday."], "2007-02-13").map((e) => e.split(" ").slice(0, 2).join(" "))).toContain("NATO ACCUSE")
    expect(events(["Blinken called the balloon's flight \"a clear violation of U.S. sovereignty\"."], "2023-02-05").map((e) => e.split(" ").slice(0, 2).join(" "))).toContain("USA ACCUSE")
    expect(events(["British Foreign Secretary William Hague said he was \"appalled\" by the vetoes."], "2012-02-05").filter((e) => !e.includes("STATEMENT"))).toEqual(["GBR ACCUSE - reported"])
    expect(events(["Putin also attacked U.S. plans for a missile defense system."], "2007-02-13")).toEqual(["RUS ACCUSE USA reported"])
  })

  it("dates an act by a time after its object's name in commas, and reads expelling a number of a country's people as a sanction", () => {
    const r = run(["China had already summoned the U.S. ambassador, Terry Branstad, on Thursday."], "2019-12-03")
    expect(r.events.map((e) => `${e.actor?.code} ${e.eventType} ${e.target?.code} ${e.date}`)).toEqual(["CHN ACCUSE USA 2019-11-28"])
    expect(events(["Russia responded in kind by expelling ten Americans."], "2021-06-18")).toEqual(["RUS SANCTION USA reported"])
    // (not journalists, still)
    expect(events(["Russia expelled two journalists."], "2021-06-18")).toEqual(["RUS COERCE - reported"])
  })

  it("reads a verdict in a noun as an accusation of whom it names: a 'killer', a travesty, nonsense", () => {
    expect(events(["Biden said in a television interview that he thought President Putin was a \"killer\"."], "2021-06-18").filter((e) => !e.includes("STATEMENT"))).toEqual(["USA ACCUSE RUS reported"])
    expect(events(["Secretary of State Hillary Clinton said on Sunday that the veto was \"a travesty\"."], "2012-02-06").filter((e) => !e.includes("STATEMENT")).map((e) => e.split(" ").slice(0, 2).join(" "))).toEqual(["USA ACCUSE"])
    // (not a word for a thing: "a farce of a production" said by nobody who acts)
    expect(events(["The film was a farce of a production, critics said."], "2021-06-18")).toEqual([])
  })

  it("takes the name right before 'said', after a comma, for the speaker, not the subject of what was said", () => {
    expect(events(["Putin is a dictator, President Joe Biden said on Tuesday."], "2021-06-18")).toEqual(["USA ACCUSE RUS reported"])
    expect(events(["Asked if NATO was trying to kill Gaddafi, Foreign Minister Sergei Lavrov said he did not know."], "2011-06-15")).toEqual(["RUS STATEMENT - reported"])
    // ("X, the minister, said" keeps X)
    expect(events(["Sergei Lavrov, Russia's foreign minister, said the talks would go on."], "2011-06-15").map((e) => e.split(" ").slice(0, 2).join(" "))).toContain("RUS STATEMENT")
  })

  it("reads accepting an invitation as agreeing with whose it is, and denying requests as rejecting them", () => {
    expect(events(["Defense Secretary Robert Gates said he had accepted Putin's invitation to visit Russia."], "2007-02-13").filter((e) => !e.includes("STATEMENT"))).toEqual(["USA AGREE RUS reported"])
    expect(events(["Beijing denied requests by two U.S. Navy ships for port calls."], "2019-12-03").map((e) => e.split(" ").slice(0, 2).join(" "))).toEqual(["CHN REJECT"])
  })
})

describe("whose act a decision is, and acts too hard to do", () => {
  it("gives an act after a possessive decision to its owner, and none after 'too ... to'", () => {
    expect(events(["Turkey's anger at Syria's decision to shoot down the jet grew on Monday."], "2012-06-25").map((e) => e.split(" ").slice(0, 2).join(" "))).toEqual(["SYR ASSAULT"])
    expect(events(["Russia's move to expel two British diplomats angered London."], "2018-03-18")).toEqual(["RUS SANCTION GBR reported"])
    expect(events(["Aid groups said civilians in Libya were too scared to seek help."], "2011-03-03").filter((e) => e.includes("REQUEST"))).toEqual([])
  })
})

describe("live pages", () => {
  it("dates a new entry's past act by the page's day, not by a day an entry above it named", () => {
    // Two entries of a live page, each below its time stamp; the first names the day of the poisoning.
    const first = "Britain says Sergei Skripal was poisoned in Salisbury on 4 March."
    const second = "Germany ordered four Russian diplomats to leave."
    const sanctions = (between: string) => {
      const text = `${first}${between}${second}`
      const a: Article = {
        docId: "t", text, headline: null, published: "2018-03-26", dateline: null,
        sentences: [{ start: 0, end: first.length, paragraph: 0, position: 0 }, { start: text.length - second.length, end: text.length, paragraph: 1, position: 1 }],
      }
      return extractEvents(a, findTimexes(a), findActors(a)).filter((e) => e.eventType === "SANCTION").map((e) => `${e.actor?.code} ${e.date}`)
    }
    expect(sanctions("\n9.05pm GMT\n")).toEqual(["DEU 2018-03-26"])
    expect(sanctions("\nUpdated 14:32\n")).toEqual(["DEU 2018-03-26"])
    // (without the stamp, the day named before is the context, as in any story)
    expect(sanctions("\n\n")).toEqual(["DEU 2018-03-04"])
  })
})

describe("stances in wider news (hold7)", () => {
  it("reads voting for a resolution, with the voters after 'with' dated by the main clause", () => {
    const r = run(["On Monday the Security Council adopted Resolution 2231, with Russia and China voting for it."], "2015-07-22")
    expect(r.positions.filter((p) => p.holder?.code !== "UN").map((p) => `${p.holder?.code} ${p.stance} ${p.issue} ${p.date}`).sort()).toEqual(["CHN support un_resolution 2015-07-20", "RUS support un_resolution 2015-07-20"])
  })

  it("reads railing against a thing, and saying it should be lifted, as opposing it", () => {
    expect(positions(["Putin railed against NATO's eastward expansion."], "2022-02-22")).toEqual(["RUS oppose nato_expansion"])
    expect(positions(["Moscow has long argued that sanctions on Iran should be lifted."], "2015-07-21")).toEqual(["RUS oppose iran_sanctions"])
    expect(positions(["Moscow has long objected to the planned European shield."], "2014-07-30")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Russia is categorically against any further expansion of the alliance."], "2021-06-18")).toEqual(["RUS oppose nato_expansion"])
  })

  it("reads support refused ('could not support', 'will not back') as opposition, and a support not given as nothing", () => {
    expect(positions(["Russia said it could not back a new UN draft resolution on Syria."], "2012-02-03")).toEqual(["RUS oppose un_resolution"])
    expect(run(["China will not support the UN resolution."], "2012-02-03").positions.map((p) => p.rule)).toEqual(["position.refused.support"])
    expect(positions(["Russia did not support the UN resolution."], "2012-02-03")).toEqual([])
  })

  it("reads 'too few ... to threaten' as harm denied", () => {
    expect(positions(["\"The interceptors are too few and located too far south to threaten Russia's deterrent,\" Stoltenberg said."], "2016-05-12")).toEqual(["NATO support missile_defense"])
  })
})

describe("whom an act is against, read from the article around it", () => {
  it("gives a verdict on 'the announcement' or 'the speech' the target of whoever made it before, not of the last act", () => {
    const announced = ["Beijing announced on Saturday that it had set up a new air defence zone.", "Tokyo protested on Sunday.", "The Pentagon called the announcement \"destabilizing\" on Monday."]
    expect(events(announced, "2013-11-26")).toContain("USA ACCUSE CHN reported")
    // (a speech noun tells whose words: the speaker of the speech, though another side acted since)
    const speech = ["In a speech on Saturday, Vladimir Putin accused the United States of undermining security.", "Germany's chancellor met the Polish prime minister on Sunday.", "NATO called the speech \"unhelpful\" on Monday."]
    expect(events(speech, "2007-02-13")).toContain("NATO ACCUSE RUS reported")
    // (with no earlier words of that kind, the other side told most about so far)
    const claims = ["China imposed sanctions on four American groups on Monday.", "China also suspended port visits by US warships.", "The State Department called the accusations \"baseless\"."]
    expect(events(claims, "2019-12-03")).toContain("USA ACCUSE CHN reported")
    // (whose words they are, when named, decides: "the claims by Moscow")
    expect(events(["Washington rejected the claims by Moscow on Friday."], "2020-11-23")).toEqual(["USA REJECT RUS reported"])
  })

  it("gives a verdict on 'the recognition' or 'the annexation' the target of whoever an earlier sentence says did it", () => {
    const recognised = ["Moscow's decision to recognise the two regions angered the West.", "Washington met allies on Wednesday.", "Britain called the recognition \"unacceptable\" on Wednesday."]
    expect(events(recognised, "2008-08-27")).toContain("GBR ACCUSE RUS reported")
    // (a country named before a participle is no doer: "Georgia's internationally recognised borders")
    expect(events(["Rice said the regions were part of Georgia's internationally recognised borders.", "Britain called the recognition \"unacceptable\"."], "2008-08-27")).toContain("GBR ACCUSE - reported")
  })

  it("gives an act someone says was done to the subject of what was said, not to the speaker", () => {
    expect(events(["Stoltenberg said Russian forces attacked Ukraine."], "2022-02-25")).toContain("RUS ASSAULT UKR reported")
    expect(events(["Ms Rice said on Tuesday that Syria had refused at least one observer."], "2012-04-25")).toContain("SYR REJECT - reported")
    expect(events(["Lavrov told reporters in Moscow that NATO had deployed troops."], "2016-07-08")).toContain("NATO MOBILIZE - reported")
    expect(events(["Stoltenberg said \"Russian forces have attacked Ukraine\" and condemned the attack."], "2022-02-25")).toEqual(["RUS ASSAULT UKR reported", "NATO ACCUSE - reported"])
  })

  it("does not make who faces or suffers an act its actor", () => {
    expect(events(["Iran now faces the toughest sanctions it has ever confronted."], "2010-06-09")).toEqual([])
    expect(events(["The convoy came under attack near Homs on Monday."], "2012-06-12")).toEqual([])
  })

  it("does not make the country whose sovereignty or airspace was violated the one accused", () => {
    expect(events(["Jens Stoltenberg, NATO's secretary general, condemned the recognition as a violation of Ukraine's sovereignty."], "2022-02-22").filter((e) => e.includes("UKR"))).toEqual([])
  })

  it("gives an act against no one named the target of the same actor's other act in the sentence, outside relative clauses", () => {
    expect(events(["The Kremlin called the sanctions by the United States \"illegitimate\" and said an appropriate response would follow."], "2016-12-30").filter((e) => e.startsWith("RUS")))
      .toEqual(["RUS ACCUSE USA reported", "RUS THREATEN USA reported"])
    // (not from an act of its own type, nor from one in a relative clause)
    expect(events(["Russia and China vetoed a draft that threatened Syria with sanctions."], "2011-10-05").filter((e) => e.includes("REJECT")).sort()).toEqual(["CHN REJECT - reported", "RUS REJECT - reported"])
  })

  it("reads whom a strike or an expulsion hits from the country's adjective of its object", () => {
    expect(events(["A US fighter jet shot down a suspected Chinese spy balloon on Saturday."], "2023-02-05")).toEqual(["USA ASSAULT CHN reported"])
    expect(events(["Turkey shot down a Russian warplane on Tuesday."], "2015-11-25")).toEqual(["TUR ASSAULT RUS reported"])
  })

  it("takes the subject of a clause opened by 'after' or 'when' as the actor of its verb", () => {
    expect(events(["China protested on Sunday after a US fighter jet shot down a balloon."], "2023-02-05")).toEqual(["CHN ACCUSE USA reported", "USA ASSAULT - reported"])
    expect(events(["Georgia's membership stalled when Moscow rejected the plan."], "2008-04-05")).toContain("RUS REJECT - reported")
  })

  it("gives 'and said he had accepted' after a quotation to the speaker of the quotation", () => {
    expect(events(["Robert Gates spoke in Munich.", "\"One Cold War was enough,\" Gates added, and said he had accepted Putin's invitation to visit Russia."], "2007-02-12")).toEqual(["USA AGREE RUS reported"])
  })

  it("does not report an attack someone is said to plan or prepare for", () => {
    expect(events(["Stoltenberg said Russia continues to plan for a full-scale attack on Ukraine."], "2022-02-22").filter((e) => e.includes("ASSAULT"))).toEqual([])
    expect(events(["Russian forces attacked Ukraine on Thursday."], "2022-02-25")).toEqual(["RUS ASSAULT UKR reported"])
  })
})

describe("acts in wider news (hold9: the 2021 and 2007 anti-satellite tests, Iskanders in Kaliningrad, a joint bomber patrol, the South China Sea ruling, the test-ban treaty)", () => {
  it("reads a verdict in the words that name an act, said of its doer, as an accusation", () => {
    expect(events(["\"Russia's dangerous and irresponsible behaviour jeopardises outer space,\" Blinken said."], "2021-11-16")).toEqual(["USA ACCUSE RUS reported"])
    expect(events(["Blinken said on Monday that Russia had \"recklessly conducted a destructive satellite test\"."], "2021-11-16")).toEqual(["USA ACCUSE RUS reported"])
    expect(events(["British Defence Secretary Ben Wallace said on Tuesday that Russia's test showed \"a complete disregard for the security of space\"."], "2021-11-16")).toEqual(["GBR ACCUSE RUS reported"])
    expect(events(["Solana said that Medvedev's announcement was \"not the right signal\"."], "2008-11-06")).toEqual(["EU ACCUSE RUS reported"])
    expect(events(["\"China's testing of such weapons is inconsistent with the spirit of cooperation,\" National Security Council spokesman Gordon Johndroe said on Thursday."], "2007-01-19").map((e) => e.split(" ").slice(1, 3).join(" "))).toEqual(["ACCUSE CHN"])
  })

  it("gives a verdict on claims the speaker does not say whose the side the article told most about", () => {
    expect(events(["Blinken said on Monday that Russia had destroyed a satellite.", "Lavrov told reporters on Tuesday that claims of danger were \"hypocrisy\"."], "2021-11-16")).toContain("RUS ACCUSE USA reported")
  })

  it("reads whom a rejection hits from the country's adjective of what is rejected, not whose airspace was violated", () => {
    expect(events(["Seoul's Foreign Ministry rejected the Japanese protest."], "2019-07-23")).toEqual(["KOR REJECT JPN reported"])
    expect(events(["Turkish F-16s shot down the Su-24 on Tuesday after, according to Ankara, it violated Turkish airspace."], "2015-11-25").filter((e) => e.includes("ACCUSE"))).toEqual(["TUR ACCUSE - reported"])
  })

  it("reads raising concerns with an envoy as an accusation against the envoy's country", () => {
    expect(events(["Australia raised its concerns with the Chinese ambassador in Canberra."], "2007-01-24")).toEqual(["AUS ACCUSE CHN reported"])
  })

  it("reads hosting a leader at a summit as a meeting, and not hosting missiles", () => {
    expect(events(["Sarkozy will host Medvedev at a summit in Nice on Friday."], "2008-11-10")).toEqual(["FRA CONSULT RUS planned"])
    expect(events(["Poland will host ten interceptors."], "2008-11-10")).toEqual([])
  })

  it("does not report an act on nothing, a wish for one, or the spirit of one", () => {
    expect(events(["Lavrov said Washington had offered no facts."], "2021-11-16").filter((e) => e.includes("PROPOSE"))).toEqual([])
    expect(events(["\"We want positive cooperation,\" Medvedev said."], "2008-11-05").filter((e) => e.includes("COOPERATE"))).toEqual([])
  })

  it("gives a relative clause's verb to the name before it, and a speech's verdict to its speaker", () => {
    expect(events(["The test was a signal to Washington, which has refused to negotiate a treaty."], "2007-01-24")).toContain("USA REJECT - reported")
    expect(events(["\"Unfortunately, they do not listen,\" Medvedev told parliament.", "The speech, which ran for an hour, also blamed Washington for the war."], "2008-11-05")).toContain("RUS ACCUSE USA reported")
  })

  it("takes the subject after 'announced that' as the actor, and 'him' in a call for the person named before", () => {
    expect(events(["Medvedev used his address to announce that Russia had deployed missiles in Kaliningrad."], "2008-11-05")).toEqual(["RUS MOBILIZE - reported"])
    expect(events(["President Lech Kaczynski's office said Mr Obama had assured him in a telephone call on Friday that the project would go ahead."], "2008-11-10")).toContain("USA CONSULT POL reported")
  })

  it("takes 'him' right after an act, in what a person says, for that person", () => {
    expect(events(["Czech Prime Minister Jan Fischer said on Thursday that Obama had telephoned him to inform him of the decision."], "2009-09-17")).toContain("USA CONSULT CZE reported")
    // (not when the act has a target of its own)
    expect(events(["Fischer said Obama had telephoned Tusk to tell him of the decision."], "2009-09-17")).not.toContain("USA CONSULT CZE reported")
  })
})

describe("speakers and verdicts in wider news (hold9)", () => {
  it("takes 'the senior diplomat said' for the person named last, and reads 'will respond in kind' as a threat", () => {
    const r = events(["Deputy Foreign Minister Sergei Ryabkov told TASS on Friday that Moscow would keep its moratorium.", "\"If Washington resumes testing, we will respond in kind,\" the senior diplomat said."], "2023-11-03")
    expect(r).toContain("RUS THREATEN USA planned")
    // (not a role as vague as "the official")
    expect(events(["Sergei Ryabkov spoke in Moscow.", "The Pentagon intends to move forward, the official said."], "2007-04-23").filter((e) => e.startsWith("RUS"))).toEqual([])
  })

  it("reads 'claimed that' as speech, and a verdict of concern by the speaker's side as against whom it names after", () => {
    expect(events(["The United States has not ratified the treaty.", "US Secretary of State Antony Blinken claimed in a statement on Thursday that Washington was \"deeply concerned\" by Russia's decision."], "2023-11-03")).toContain("USA ACCUSE RUS reported")
    expect(events(["President Donald Trump's administration claimed that Moscow had repeatedly violated the treaty."], "2020-05-22")).toContain("USA ACCUSE RUS reported")
  })

  it("reads expressing grave concern and calling something a farce as accusations", () => {
    expect(events(["South Korea sent a message to Moscow, expressing \"grave concern\"."], "2019-07-23")).toEqual(["KOR ACCUSE - reported"])
    expect(events(["Foreign Minister Wang Yi called the whole proceeding \"a political farce under the pretext of law.\""], "2016-07-13")).toEqual(["CHN ACCUSE - reported"])
  })

  it("reads promoting a draft treaty as proposing, expecting others to comply as asking, raising a matter with someone as consulting, and voicing dissatisfaction as accusing", () => {
    expect(events(["Russia and China have for more than a decade promoted a draft treaty at the Conference on Disarmament."], "2021-11-16").sort()).toEqual(["CHN PROPOSE - reported", "RUS PROPOSE - reported"])
    expect(events(["Japan's foreign minister, Fumio Kishida, said Tokyo \"strongly expects\" both parties to comply."], "2016-07-13")).toEqual(["JPN REQUEST - reported"])
    expect(events(["The company expects sales to rise."], "2016-07-13")).toEqual([])
    expect(events(["Prime Minister Shinzo Abe is expected to raise the award with Premier Li Keqiang at the summit."], "2016-07-13")).toEqual(["JPN CONSULT CHN planned"])
    expect(events(["Beijing expressed \"strong dissatisfaction\" on Friday."], "2016-07-09")).toEqual(["CHN ACCUSE - reported"])
    // (raising concerns with someone is still an accusation)
    expect(events(["Australia raised its concerns with the Chinese ambassador."], "2007-01-24")).toEqual(["AUS ACCUSE CHN reported"])
  })

  it("reads expelling a number of people and barring a nationality from doing something as sanctions", () => {
    expect(events(["Germany ordered four Russian diplomats to leave, and Ukraine is expelling 13, President Petro Poroshenko said."], "2018-03-26")).toContain("UKR SANCTION - reported")
    expect(events(["Putin on Friday signed into law a bill that bans Americans from adopting Russian children."], "2012-12-28")).toContain("RUS SANCTION USA reported")
  })

  it("takes the name before a relative clause set off by commas for the subject after it", () => {
    expect(events(["EU ministers will meet today, and French President Nicolas Sarkozy, whose country holds the EU presidency, will host Medvedev at a summit in Nice on Friday."], "2008-11-10")).toContain("FRA CONSULT RUS planned")
  })
})

describe("acts in wider news (hold10: the Kerch Strait, Bucharest 2008, a cruise missile test, the Iran snapback, Zapad-2017, Shangri-La)", () => {
  it("reads voting against and requesting a meeting, and dates a 'when' clause by the clause it hangs on", () => {
    expect(events(["On August 14th Russia and China voted against the American resolution."], "2020-09-21").sort()).toEqual(["CHN REJECT USA reported", "RUS REJECT USA reported"])
    expect(events(["Russia and China requested an emergency Security Council meeting."], "2019-08-21").sort()).toEqual(["CHN REQUEST UN reported", "RUS REQUEST UN reported"])
    const dated = run(["Moscow's answer came on Friday, when Vladimir Putin attended a meeting of the Nato-Russia Council."], "2008-04-06").events.map((e) => `${e.eventType} ${e.date}`)
    expect(dated).toEqual(["CONSULT 2008-04-04"])
  })

  it("reads leaders meeting somewhere, a stop in a capital and hosting a leader at one's residence as meetings, and a verdict with two adjectives", () => {
    expect(events(["Nato leaders meeting in Bucharest on Thursday declared that Ukraine will become a member."], "2008-04-04")).toContain("NATO CONSULT - reported")
    // (not a meeting named as a thing)
    expect(events(["It does not make sense to go forward with that meeting at this point, Blinken said."], "2022-02-22").filter((e) => e.includes("CONSULT"))).toEqual([])
    expect(events(["Mr Bush, who stopped in Kiev on his way to Romania, praised Ukraine."], "2008-04-01")).toContain("USA CONSULT UKR reported")
    expect(events(["Mr Putin will host Mr Bush at his Black Sea residence in Sochi on Sunday."], "2008-04-04")).toEqual(["RUS CONSULT USA planned"])
    expect(events(["Nato met in Bucharest.", "His deputy foreign minister, Alexander Grushko, had called the promise of membership \"a huge strategic mistake\"."], "2008-04-04")).toContain("RUS ACCUSE NATO reported")
  })

  it("reads a claim denied its force as a rejection of whoever made it, and 'illegitimate initiatives of X' and 'inexcusable' as accusations", () => {
    expect(events(["Nebenzia wrote that Washington had \"no right\" to trigger the mechanism."], "2020-09-21")).toContain("RUS REJECT USA reported")
    expect(events(["Russia's foreign ministry said on Sunday that the American claims had no legal basis."], "2020-09-21")).toEqual(["RUS REJECT USA reported"])
    expect(events(["Russia's foreign ministry said \"illegitimate initiatives and actions of the United States cannot have legal consequences.\""], "2020-09-21")).toEqual(["RUS ACCUSE USA reported"])
    expect(events(["Mike Pompeo called that failure \"inexcusable\"."], "2020-08-15")).toEqual(["USA ACCUSE - reported"])
  })
})

describe("stances in wider news (hold10)", () => {
  it("names NATO's expansion by the entry of Georgia and Ukraine, a promise of membership or a military bloc on one's borders, sanctions on Iran by the U.N. sanction and the snapback, and harm by the source of tension", () => {
    expect(positions(["\"We are opposed to the entry of Georgia and Ukraine,\" French Prime Minister Francois Fillon said."], "2008-04-01")).toEqual(["FRA oppose nato_expansion"])
    expect(positions(["Russia's ambassador said Russia opposed the snapback."], "2020-09-21")).toEqual(["RUS oppose iran_sanctions"])
    expect(positions(["\"The emergence of a powerful military bloc on our borders will be considered by Russia as a direct threat,\" Mr Putin told reporters."], "2008-04-05")).toEqual(["RUS oppose nato_expansion"])
    expect(positions(["Grushko said that Nato's expansion to Russia's borders was the real source of tension in Europe."], "2017-09-20")).toEqual(["RUS oppose nato_expansion"])
  })
})

describe("subjects that are no objects", () => {
  it("takes no actor after a preposition or a verb of asking for a subject, unless it names whose act the next words are", () => {
    expect(events(["The EU has frozen the assets of Syrian officials, placed an arms embargo on Syria and banned imports of its oil."], "2011-09-03")).toEqual(["EU SANCTION SYR reported", "EU SANCTION - reported"])
    expect(events(["Washington has been trying to persuade Beijing and Moscow not to see the shields as threatening."], "2010-02-20").filter((e) => /^(?:RUS|CHN)/.test(e))).toEqual([])
    expect(events(["While large numbers were destroyed in NATO air strikes, many are unaccounted for."], "2011-10-18")).toEqual(["NATO ASSAULT - reported"])
  })
})

describe("stances in wider news (hold9)", () => {
  it("reads going to deploy a system, or beginning to, as backing it, and not a plan others tell of", () => {
    expect(positions(["Seoul and Washington announced that they would deploy the THAAD anti-missile system in South Korea."], "2016-07-08").sort()).toEqual(["KOR support missile_defense hedged", "USA support missile_defense hedged"])
    expect(positions(["The United States has begun deploying the THAAD system in South Korea."], "2017-03-07")).toEqual(["USA support missile_defense"])
    expect(positions(["The administration insists nothing in the treaty constrains its plans to deploy interceptors in Romania."], "2010-12-23")).toEqual([])
  })

  it("reads a vote backing a thing, or backing won for it, as support, and not backing away from it; a draft United Nations resolution is one", () => {
    expect(positions(["Thursday's U.N. Security Council vote backing military action in Libya offers a broad mandate."], "2011-03-18")).toEqual(["UN support foreign_intervention"])
    expect(positions(["Mr Bush won backing for the planned American missile defence sites in Poland."], "2008-04-04")).toEqual(["USA support missile_defense"])
    expect(positions(["Russia is backing away from the missile defence talks."], "2008-04-04")).toEqual([])
    expect(positions(["China and Russia last night vetoed a draft United Nations resolution on Burma."], "2007-01-13").sort()).toEqual(["CHN oppose un_resolution", "RUS oppose un_resolution"])
  })

  it("reads going on to develop and deploy a system as backing it, and not plans to develop and deploy it", () => {
    expect(positions(["Obama wrote to Senate leaders pledging that the United States would continue to develop and deploy all stages of its planned missile defense system in Europe."], "2010-12-20"))
      .toEqual(["USA support missile_defense hedged"])
    expect(positions(["The administration insists nothing in the treaty constrains its plans to develop and deploy interceptors in Romania."], "2010-12-23")).toEqual([])
  })

  it("reads a verdict on 'Russia's test' as a stance on the test named before", () => {
    const r = positions(["Russia destroyed one of its satellites in an anti-satellite missile test on Monday.", "NATO Secretary-General Jens Stoltenberg called Russia's test \"a reckless act\" on Tuesday."], "2021-11-16")
    expect(r).toEqual(["NATO oppose space_weapons"])
    // (not a possessive before any noun: "welcomed Obama's move" is no stance on the shield named before)
    expect(positions(["Obama scrapped the missile shield for Poland.", "Medvedev welcomed Obama's move as \"a responsible approach\"."], "2009-09-18").filter((p) => p.startsWith("RUS"))).toEqual([])
  })

  it("reads 'firm opposition' voiced in quotation marks as opposition, and an anti-satellite test as a space weapon", () => {
    expect(positions(["When Seoul announced it would deploy THAAD, Beijing expressed \"strong dissatisfaction and firm opposition.\""], "2016-07-15")).toContain("CHN oppose missile_defense")
    expect(positions(["Japan condemned China's anti-satellite test on Friday."], "2007-01-19")).toEqual(["JPN oppose space_weapons"])
  })
})

describe("targets and subjects from what was told before", () => {
  it("reads a pronoun subject after a fronted phrase of time or place as the subject before it", () => {
    expect(events(["Russian President Vladimir Putin arrived in Beijing on Monday.", "On Tuesday he accused the United States of hypocrisy."], "2020-09-23")).toContain("RUS ACCUSE USA reported")
    // ("he" is rather a person named before it in the sentence)
    expect(events(["NATO struck Tripoli on Friday.", "Reports say Gaddafi is seeking a way out, but on Saturday he rejected the idea he was about to leave the country."], "2011-07-17")
      .filter((e) => e.includes("REJECT")).map((e) => e.split(" ")[0])).toEqual(["LBY"])
    // (not a relative clause: "in which they" has its own antecedent)
    expect(events(["Xi and Putin signed a joint statement in Beijing, in which they criticized the deployment of missile defense systems."], "2017-07-04")).toContain("RUS ACCUSE USA reported")
  })

  it("reads 'the move' or 'it' judged as the move of the side the last reactions answer", () => {
    const told = ["Russia recognised Abkhazia and South Ossetia on Tuesday.", "NATO ambassadors called on Russia to reverse its decision.",
      "France condemned the move and called for a political solution.", "German Chancellor Angela Merkel called it \"absolutely unacceptable\"."]
    expect(events(told, "2008-08-27").filter((e) => /ACCUSE/.test(e))).toEqual(["FRA ACCUSE RUS reported", "DEU ACCUSE RUS reported"])
    // (an answer to the side that judges it is the answering side's move: "Russia rejected the US demands. The US condemned the move.")
    expect(events(["Russia accused the United States of lying.", "The United States condemned the move."], "2012-02-05")).toContain("USA ACCUSE RUS reported")
  })

  it("reads a visit to a capital as a visit to its country", () => {
    expect(events(["Biden, who made an unannounced visit to Kyiv on Monday, told a crowd in Warsaw on Tuesday that Ukraine would prevail."], "2023-02-22")).toContain("USA CONSULT UKR reported")
  })

  it("reads a threat as against whoever its condition names", () => {
    expect(events(["\"If Washington resumes testing, we will respond in kind,\" Deputy Foreign Minister Sergei Ryabkov said."], "2023-10-18")).toEqual(["RUS THREATEN USA planned"])
    expect(events(["Medvedev threatened last November to station Iskander missiles in Kaliningrad if the U.S. shield went ahead."], "2009-09-18")).toContain("RUS THREATEN USA reported")
    // (the condition ends where the main clause begins: "if a ceasefire is not upheld we will want to return to the UN Security Council")
    expect(events(["British Foreign Secretary William Hague threatened that if a ceasefire is not upheld we will want to return to the UN Security Council."], "2012-04-12")).toEqual(["GBR THREATEN - reported"])
  })

  it("gives a measure against no one named the target of another side's like measure just told", () => {
    expect(events(["Canada expelled four Russian diplomats.", "Ukraine is expelling 13, President Petro Poroshenko said."], "2018-03-26")).toContain("UKR SANCTION RUS reported")
    // (not one told long before)
    expect(events(["Canada expelled four Russian diplomats.", "The talks went on.", "Officials met again.", "Ukraine is expelling 13."], "2018-03-26")).toContain("UKR SANCTION - reported")
  })

  it("finds a partner named at the end of a long object, but not for a statement", () => {
    expect(events(["China would not take part in any trilateral arms control negotiations with the United States."], "2019-08-20")).toEqual(["CHN REJECT USA hypothetical"])
    expect(events(["The US is offering to share some benefits of the missile shield with the Russians."], "2007-04-24")).toEqual(["USA PROPOSE RUS reported"])
  })

  it("takes a ministry the sentence opens with, of no country named, for the context's, and whom it summons for the target", () => {
    expect(events(["South Korea fired warning shots on Tuesday.", "The Foreign Ministry has summoned Chinese Ambassador Qiu Guohong to lodge a formal protest."], "2019-07-23")).toContain("KOR ACCUSE CHN reported")
    // (the dateline's country when the sentence before opens with none: the tests' articles are datelined ASTANA)
    expect(events(["The Foreign Ministry summoned the Russian ambassador on Monday."], "2019-07-23")).toEqual(["KAZ ACCUSE RUS reported"])
    // (not one named further on: "... met officials of the Foreign Ministry")
    expect(events(["South Korea fired warning shots on Tuesday.", "Qiu Guohong met officials of the Foreign Ministry on Monday."], "2019-07-23").filter((e) => e.startsWith("KOR CONSULT"))).toEqual([])
  })

  it("finds whom a call was with past a title set off by commas", () => {
    expect(events(["Blinken said he had told Wang Yi, China's top foreign policy official, in a phone call on Friday night that it was unacceptable."], "2023-02-05")).toContain("USA CONSULT CHN reported")
  })

  it("reads an attack on 'them' as on the other side named before, and seizing ships as coercion", () => {
    expect(events(["As the Ukrainian boats turned back, Russian vessels opened fire, disabling them."], "2018-11-26")).toEqual(["RUS ASSAULT UKR reported"])
    expect(events(["Russian border guards seized three Ukrainian navy ships on Sunday."], "2018-11-26")).toEqual(["RUS COERCE UKR reported"])
    // (nor by the subject of a clause opened by "as": "as the Ukrainian boats turned back, ... special forces seized all three ships")
    expect(events(["Later on Sunday, as the Ukrainian boats turned back, Russian vessels opened fire, before special forces boarded and seized all three ships."], "2018-11-26").filter((e) => e.startsWith("UKR"))).toEqual([])
    // (not control of a place: "seized control of the town" is no coercion of anyone)
    expect(events(["Russian troops seized control of the town on Sunday."], "2018-11-26").filter((e) => e.includes("COERCE"))).toEqual([])
  })

  it("reads using something as a pretext as an accusation of whoever does it", () => {
    expect(events(["Alexander Grushko, Russia's envoy to Nato, said on Tuesday that the alliance was using the exercise as a pretext to build up its forces."], "2017-09-20")).toContain("RUS ACCUSE NATO reported")
  })

  it("reads interference in another's internal affairs as an accusation of whoever interferes, and not a denial of it", () => {
    expect(events(["Lavrov said the United States was meddling in the internal affairs of Venezuela."], "2019-02-28")).toContain("RUS ACCUSE USA reported")
    expect(events(["Wang Wenbin told reporters on Friday that staff of the consulate had interfered in China's internal affairs."], "2020-07-24")).toContain("CHN ACCUSE - reported")
    expect(events(["Peskov said Russia had never interfered in the internal affairs of other countries."], "2020-07-24").filter((e) => e.includes("ACCUSE"))).toEqual([])
    expect(events(["Liu Weimin said on Sunday that China opposed \"the use of force to interfere in Syria's internal affairs\"."], "2012-02-05").filter((e) => e.includes("ACCUSE"))).toEqual([])
  })
})

describe("stances in other words", () => {
  it("reads anger or alarm at a thing as opposition to it", () => {
    expect(positions(["Moscow is also angered by Georgia's ambition to join NATO."], "2008-08-27")).toEqual(["RUS oppose nato_expansion"])
    expect(positions(["Russia is angry about the U.S. missile shield."], "2008-08-27")).toEqual(["RUS oppose missile_defense"])
    // (and "is also angered" is in the present: dated by the article's day, not by the last day named)
    const p = run(["Russia recognised the two regions on Aug. 26.", "Moscow is also angered by Georgia's ambition to join NATO."], "2008-08-28").positions
    expect(p.map((x) => `${x.holder?.code} ${x.stance} ${x.issue} ${x.date}`)).toEqual(["RUS oppose nato_expansion 2008-08-28"])
  })

  it("reads a thing called unacceptable or illegal as opposed, also 'not only unacceptable', and the unipolar model as US dominance", () => {
    expect(positions(["\"I consider that the unipolar model is not only unacceptable but also impossible in today's world,\" Putin said."], "2007-02-10")).toEqual(["RUS oppose us_global_dominance"])
    expect(positions(["Lavrov said the missile shield was illegal."], "2007-02-10")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Lavrov said the missile shield was not illegal."], "2007-02-10")).toEqual([])
  })

  it("reads a noun that sums up the thing before it, set off by a comma, as a relative clause's object", () => {
    expect(positions(["Kiev's pro-Western leaders want to join the European Union and NATO, ambitions Moscow strongly opposes."], "2018-11-26")).toEqual(["RUS oppose nato_expansion"])
  })
})

describe("acts in wider news (hold11)", () => {
  it("reads more verdicts: disproportionate, immoral, a grave problem (not a problem to solve)", () => {
    expect(events(["NATO Secretary-General Jaap de Hoop Scheffer called Russia's use of force \"disproportionate\"."], "2008-08-13")).toEqual(["NATO ACCUSE RUS reported"])
    expect(events(["China launched ballistic missiles into waters near Taiwan on Thursday.", "Japanese Prime Minister Fumio Kishida called the launches \"a grave problem\"."], "2022-08-05")).toContain("JPN ACCUSE CHN reported")
    expect(events(["Japanese Prime Minister Fumio Kishida called the talks a way to solve the problem."], "2022-08-05")).toEqual([])
  })

  it("reads atrocities charged and an act denied any justification as accusations of whoever does it", () => {
    expect(events(["Secretary of State Antony Blinken said in a statement that China \"continues to commit genocide\"."], "2021-03-23")).toEqual(["USA ACCUSE CHN reported"])
    expect(events(["China began live-fire drills around Taiwan on Thursday.", "\"There is no possible justification for this extreme military response,\" Secretary of State Antony Blinken said."], "2022-08-05"))
      .toContain("USA ACCUSE CHN reported")
  })

  it("reads a warning that an act will not go unanswered as a threat against whoever does it", () => {
    expect(events(["Russia's foreign ministry said Washington's steps would not go unanswered."], "2007-07-17")).toContain("RUS THREATEN USA hypothetical")
  })

  it("reads holding or beginning military drills as mobilisation, not drills named as a noun", () => {
    expect(events(["China began live-fire drills in six zones around Taiwan on Thursday."], "2022-08-05")).toEqual(["CHN MOBILIZE TWN reported"])
    expect(events(["Wang Yi proposed a halt to U.S.-South Korean military drills."], "2017-03-08").filter((e) => e.includes("MOBILIZE"))).toEqual([])
  })

  it("gives a rejected request to whoever made it, even with a person named after it", () => {
    expect(events(["Britain asked Russia in May to extradite Andrei Lugovoi.", "Moscow formally rejected earlier this month a request for Mr Lugovoi's extradition."], "2007-07-17")).toContain("RUS REJECT GBR reported")
  })

  it("reads a verdict on 'the visit' as against whoever an earlier sentence says visited or arrived", () => {
    expect(events(["U.S. House Speaker Nancy Pelosi arrived in Taipei late on Tuesday.", "China's foreign ministry said on Tuesday night that the visit \"seriously violates the one-China principle\"."], "2022-08-03"))
      .toContain("CHN ACCUSE USA reported")
  })

  it("reads a measure on a region's people as on its country ('sanctions on Xinjiang officials'), a region never acting", () => {
    expect(events(["The United States imposed sanctions on Xinjiang officials on Monday."], "2021-03-23")).toEqual(["USA SANCTION CHN reported"])
    // (the subject of a verb of speech after the measure is no target: "in what Washington called a coordinated action")
    expect(events(["The United States, Britain and Canada imposed sanctions on Xinjiang officials on the same day in what Washington called a coordinated action."], "2021-03-23"))
      .toEqual(["USA SANCTION CHN reported", "GBR SANCTION CHN reported", "CAN SANCTION CHN reported"])
    expect(events(["Xinjiang officials denied the claims on Monday."], "2021-03-23")).toEqual([])
  })

  it("reads excluding a country from a body or suspending its rights as a sanction, invading and armed aggression as assaults, and thanking as support", () => {
    expect(events(["The Committee of Ministers today excluded the Russian Federation from the Council of Europe."], "2022-03-16")).toEqual(["COE SANCTION RUS reported"])
    expect(events(["The Committee of Ministers had suspended the Russian Federation's rights of representation."], "2022-03-16")).toEqual(["COE SANCTION RUS reported"])
    // (one's own membership suspended is a retreat, not a sanction)
    expect(events(["Russia suspended its membership of the Council of Europe."], "2022-03-16").filter((e) => e.includes("SANCTION"))).toEqual([])
    expect(events(["This follows the armed aggression by the Russian Federation against Ukraine."], "2022-03-16")).toEqual(["RUS ASSAULT UKR reported"])
    expect(events(["Taiwan's defense ministry thanked Washington."], "2020-07-15")).toEqual(["TWN SUPPORT USA reported"])
    // (not "thanks to" a cause, nor a reader's "Thanks")
    expect(events(["US oil production rose at its fastest rate in 40 years, thanks in large part to BP's work."], "2010-05-28")).toEqual([])
  })

  it("reads 'such an action' judged by a speaker as the act just told", () => {
    expect(events(["President George W. Bush said on Monday that Russia had \"invaded a sovereign neighboring state\" and that \"such an action is unacceptable in the 21st century.\""], "2008-08-13"))
      .toContain("USA ACCUSE RUS reported")
  })

  it("reads 'the same leaders' or 'these countries' as the subject before, and whom one refuses a thing as the target", () => {
    expect(events(["NATO leaders declared that Ukraine and Georgia will become members.", "But the same leaders refused the two former Soviet republics the Membership Action Plans."], "2008-04-04").sort())
      .toEqual(["NATO REJECT GEO reported", "NATO REJECT UKR reported"])
    expect(positions(["Russia and China met in Beijing on Monday.", "These countries also criticized U.S. missile defense."], "2008-04-04").sort()).toEqual(["CHN oppose missile_defense", "RUS oppose missile_defense"])
  })

  it("takes the agent after 'by the' of a noun or a passive", () => {
    expect(events(["A proposal put forward by Russia was rejected by the United States on Friday."], "2012-06-23")).toContain("USA REJECT - reported")
    expect(events(["The treaty, signed by the US president Ronald Reagan and the Soviet leader Mikhail Gorbachev in 1987, banned land-based missiles."], "2019-02-02")).toContain("USA AGREE RUS reported")
  })

  it("gives support for a country's sovereignty and territorial integrity that country for its target", () => {
    expect(events(["The Committee of Ministers today reiterated its full support for the independence, sovereignty and territorial integrity of Ukraine."], "2022-03-16")).toEqual(["COE SUPPORT UKR reported"])
  })

  it("knows the Council of Europe's Committee of Ministers", () => {
    expect(events(["The Committee of Ministers today called on the Russian Federation to cease its military operations."], "2022-03-16")).toEqual(["COE REQUEST RUS reported"])
  })
})

describe("stances in wider news (hold11)", () => {
  it("reads interference in a country's internal affairs called gross as foreign intervention opposed", () => {
    expect(positions(["China's foreign ministry said the EU's decision \"grossly interferes in China's internal affairs\"."], "2021-03-22")).toEqual(["CHN oppose foreign_intervention"])
    expect(positions(["China's foreign ministry said it would retaliate, calling the law a gross interference in China's internal affairs."], "2020-07-15")).toEqual(["CHN oppose foreign_intervention"])
  })

  it("reads violating a principle or a treaty as harm, serving one's interests as good, and 'the sale' as the sale named before", () => {
    expect(positions(["China said the U.S. arms sales to Taiwan seriously violate the one-China principle."], "2020-07-15")).toEqual(["CHN oppose taiwan_arms_sales"])
    expect(positions(["The State Department approved an arms sale to Taiwan on Thursday.", "The State Department said the sale served U.S. national, economic and security interests."], "2020-07-15")).toEqual(["USA support taiwan_arms_sales"])
    // (not a violation denied)
    expect(positions(["Washington said the arms sales to Taiwan did not violate any agreement."], "2020-07-15").filter((p) => p.includes("oppose"))).toEqual([])
  })

  it("reads concern voiced about 'this action' as concern about the issue named before, and 'we' in a quotation as the speaker's side", () => {
    expect(positions(["China tested an anti-satellite weapon last week.", "\"We and other countries have expressed our concern regarding this action to the Chinese,\" White House spokesman Tony Snow said."], "2007-01-19"))
      .toEqual(["USA concern space_weapons"])
    // (not the side the sentence before named: "we" is the speaker's)
    expect(positions(["China tested an anti-satellite weapon last week.", "\"We have expressed concern about the test,\" White House spokesman Tony Snow said."], "2007-01-19")).toEqual(["USA concern space_weapons"])
  })

  it("attributes a quotation that goes on from the one before in the paragraph to the same speaker", () => {
    expect(events(["\"We have no quarrel with Poland,\" Lavrov said.", "\"Washington violates the treaty.\""], "2007-04-23", 2)).toContain("RUS ACCUSE USA reported")
    // (not across paragraphs)
    expect(events(["\"We have no quarrel with Poland,\" Lavrov said.", "\"Washington violates the treaty.\""], "2007-04-23", 1).filter((e) => e.includes("ACCUSE"))).toEqual([])
  })

  it("reads an act that shows a complete disregard for something as harmful, 'Russia's test' standing for the test named before", () => {
    expect(positions(["Russia destroyed one of its satellites in an anti-satellite missile test on Monday.", "British Defence Secretary Ben Wallace said Russia's test showed \"a complete disregard for the security, safety and sustainability of space\"."], "2021-11-16"))
      .toEqual(["GBR oppose space_weapons"])
  })

  it("reads the owner of a thing committing to it as backing it, and nobody else's commitment", () => {
    expect(positions(["Nato leaders meeting in Bucharest on Thursday declared that Ukraine and Georgia \"will become members of Nato\"."], "2008-04-04")).toEqual(["NATO support nato_expansion"])
    expect(positions(["Russia declared that NATO's expansion is a threat."], "2008-04-04")).toEqual(["RUS oppose nato_expansion"])
  })

  it("reads a harm cue right before the issue as the issue's harm", () => {
    expect(positions(["Lavrov said the destabilizing missile shield would harm ties."], "2008-08-13")).toEqual(["RUS oppose missile_defense"])
  })

  it("reads a candidate's bid for membership as NATO expansion, and championing it as support, also in a relative clause with 'has'", () => {
    expect(positions(["Moscow fiercely opposes Georgia's bid for membership, which Washington has championed."], "2008-08-13").sort()).toEqual(["RUS oppose nato_expansion", "USA support nato_expansion"])
    // (nor a stance on what the thing before bans: rejecting a ban on weapons in space is no opposition to them)
    expect(positions(["Russia and China have long pressed for a treaty banning weapons in space, a proposal Washington has rejected."], "2021-01-27").filter((p) => p.startsWith("USA"))).toEqual([])
    // (not a bid for another membership)
    expect(positions(["Moscow opposes Ukraine's bid for EU membership."], "2022-06-23")).toEqual([])
  })
})

describe("acts and stances in wider news (hold12)", () => {
  it("reads the sanctions resolutions on the DPRK and becoming the 32nd member of NATO as their issues", () => {
    expect(positions(["China has always fully and strictly implemented the sanctions resolutions on the DPRK's nuclear and missile programs."], "2017-07-05")).toEqual(["CHN support north_korea_sanctions"])
    expect(positions(["Russia condemned Sweden's decision to become the 32nd member of NATO."], "2024-03-08")).toEqual(["RUS oppose nato_expansion"])
  })

  it("reads hosting a delegation and speaking by phone as consulting, welcoming a country into a bloc as support, and applying to join as a request", () => {
    expect(events(["Foreign Minister Wang Yi hosted a Taliban delegation in Tianjin in late July."], "2021-09-01")).toEqual(["CHN CONSULT TALIBAN reported"])
    expect(events(["Antony Blinken and Wang Yi spoke by phone on Monday."], "2021-09-01").sort()).toEqual(["CHN CONSULT USA reported", "USA CONSULT CHN reported"])
    expect(events(["U.S. President Joe Biden welcomed Finland into the alliance."], "2023-04-04")).toEqual(["USA SUPPORT FIN reported"])
    expect(events(["Finland applied to join NATO in May 2022."], "2023-04-04")).toEqual(["FIN REQUEST NATO reported"])
  })

  it("reads an encroachment as a verdict and a harm, not aimed at whose interests it encroaches on", () => {
    const told = ["Finland formally joined NATO on Tuesday.", "Kremlin spokesman Dmitry Peskov called the move \"an encroachment on our security and on Russia's national interests\"."]
    expect(events(told, "2023-04-04")).toContain("RUS ACCUSE - reported")
    expect(positions(told, "2023-04-04")).toEqual(["RUS oppose nato_expansion"])
  })

  it("reads what makes one safer as good, and 'the step' after a title with a hyphen as the issue before", () => {
    expect(positions(["Finland formally joined NATO on Tuesday.", "NATO Secretary-General Jens Stoltenberg said the step \"will make Finland safer and NATO stronger.\""], "2023-04-04")).toEqual(["NATO support nato_expansion"])
  })

  it("reads the people a quantity is of as the subject ('a majority of Finns had opposed')", () => {
    expect(positions(["Until Russia invaded Ukraine in February 2022, a majority of Finns had opposed joining NATO."], "2023-04-04")).toEqual(["FIN oppose nato_expansion"])
  })

  it("reads a candidate's accession as NATO expansion, not its accession to another body", () => {
    expect(positions(["Russia opposes Finland's accession."], "2023-04-04")).toEqual(["RUS oppose nato_expansion"])
    expect(positions(["Russia opposes Ukraine's membership of the EU."], "2023-04-04")).toEqual([])
  })

  it("reads implementing sanctions as backing them", () => {
    expect(positions(["China has always fully and strictly implemented the sanctions on North Korea."], "2017-07-05")).toEqual(["CHN support north_korea_sanctions"])
    // (not a reduced passive, nor one's own campaign: "the ceasefire implemented Thursday is a staging post in its plan for regime change")
    expect(positions(["The US has made clear the ceasefire implemented Thursday is only a staging post in its plan for regime change in Syria."], "2012-04-13")).toEqual([])
    expect(positions(["The West wants to implement its long-planned campaign of regime change."], "2012-06-01")).toEqual([])
  })

  it("reads concerns ignored and facts disregarded as accusations of whoever does it", () => {
    expect(events(["Russia's ambassador Vassily Nebenzia said the United States ignored Russia's concerns."], "2021-08-31")).toContain("RUS ACCUSE USA reported")
  })

  it("gives a ban on imports from a country that country for its target", () => {
    expect(events(["Russia on Thursday banned imports of poultry, beef, pork and dairy products from the United States, the European Union and Norway."], "2014-08-08")).toEqual(["RUS SANCTION USA reported"])
  })
})

describe("acts in statements, live pages and newsletters (hold14)", () => {
  it("dates a live page's entries by the day heading over their time stamps", () => {
    const text = "Thursday 29 September\n21:10 GMT\nNATO allies have condemned the sabotage."
    const a: Article = { docId: "t", text, headline: null, published: "2022-09-30", dateline: null,
      sentences: [{ start: 0, end: 21, paragraph: 0, position: 0 }, { start: text.indexOf("NATO"), end: text.length, paragraph: 1, position: 1 }] }
    const mentions = findActors(a)
    const timexes = findTimexes(a)
    expect(extractEvents(a, timexes, mentions).map((e) => `${e.actor?.code} ${e.date}`)).toEqual(["NATO 2022-09-29"])
  })

  it("dates a statement's present-tense acts by its day, and a sentence's opening day its main clause past a long title", () => {
    const r = run(["On 20 March 2023 the United Kingdom announced that it would supply Ukraine with ammunition.",
      "On 26 March the High Representative of the European Union for Foreign Affairs and Security Policy, Josep Borrell, threatened Belarus with further sanctions.",
      "Belarus categorically rejects these threats and calls on the European Union to return to dialogue."], "2023-03-28")
    expect(r.events.filter((e) => e.eventType !== "STATEMENT").map((e) => `${e.actor?.code} ${e.eventType} ${e.date}`))
      .toEqual(["EU THREATEN 2023-03-26", "BLR REJECT 2023-03-28", "BLR REQUEST 2023-03-28"])
  })

  it("reads a policy that destroyed treaties as opposed, and applying for a Membership Action Plan (a MAP) as support", () => {
    expect(positions(["\"Washington's policy of seeking global dominance has already destroyed the ABM Treaty and the INF Treaty,\" Ryabkov said."], "2023-10-18")).toEqual(["RUS oppose us_global_dominance"])
    expect(positions(["Georgia applied for a Membership Action Plan in 2006.", "Ukraine applied for a MAP in a letter."], "2008-04-04")).toEqual(["GEO support nato_expansion", "UKR support nato_expansion"])
    // (destroying tanks or air defences is no verdict on anything)
    expect(positions(["He said that enforcing a no-fly zone meant first attacking and destroying Libyan air defenses."], "2011-03-02")).toEqual([])
  })

  it("takes the subject after 'said Tuesday that' as the doer, reads a request for someone to visit as no visit, reinforced battlegroups, named exercises held and duties on billions", () => {
    expect(events(["A U.S. official said Tuesday that China had also refused a request for the amphibious assault ship USS Wasp to visit Hong Kong in October."], "2018-09-25").filter((e) => !e.includes("STATEMENT")))
      .toEqual(["CHN REJECT - reported"])
    expect(events(["NATO continues to build up its military presence; last year the alliance reinforced its battlegroups in Poland, Lithuania and Latvia."], "2023-03-28")).toEqual(["NATO MOBILIZE POL reported"])
    expect(events(["Last month, Russia and Belarus held their joint Zapad-2021 strategic exercises, which involved some 200,000 troops."], "2021-10-18")).toEqual(["RUS MOBILIZE - reported", "BLR MOBILIZE - reported"])
    expect(events(["U.S. tariffs on $200 billion of Chinese goods took effect on Monday, and Beijing responded with duties on $60 billion of American products."], "2018-09-25"))
      .toEqual(["USA SANCTION - reported", "CHN SANCTION - reported"])
  })

  it("reads ruling something out and having no intention of it as rejections, and sending thousands of soldiers as a mobilisation", () => {
    expect(events(["The Chinese foreign ministry said China had \"no intention\" of joining the talks."], "2020-07-09").filter((e) => e.includes("REJECT"))).toEqual(["CHN REJECT - reported"])
    expect(events(["Italy ruled out sending ground troops."], "2011-04-15")).toEqual(["ITA REJECT - reported"])
    expect(events(["China sent 3,200 soldiers, 900 vehicles and 30 aircraft to the exercise."], "2018-09-12")).toEqual(["CHN MOBILIZE - reported"])
  })

  it("reads arms sales to 'China's Taiwan region' as the issue, and 'the sales' after them as them", () => {
    expect(positions(["\"The U.S. arms sales to China's Taiwan region seriously violate the one-China principle,\" Mao Ning said.", "She said China firmly opposes the sales."], "2022-09-16"))
      .toContain("CHN oppose taiwan_arms_sales")
    expect(run(["On September 2, the U.S. State Department approved a possible arms sale to Taiwan.", "She said China firmly opposes the sales."], "2022-09-16").positions
      .map((p) => `${p.holder?.code} ${p.stance} ${p.issue} ${p.targetCode}`)).toEqual(["CHN oppose taiwan_arms_sales USA"])
  })

  it("reads accusing someone of seeking a thing as opposing the thing", () => {
    expect(positions(["Russia's envoy accuses Washington of seeking \"regime change\" in Caracas."], "2019-02-28")).toEqual(["RUS oppose regime_change"])
    expect(positions(["China accused the United States of seeking \"absolute military superiority\"."], "2020-07-09")).toEqual(["CHN oppose us_global_dominance"])
    expect(positions(["Syria has accused the Arab League of trying to increase the pressure for foreign intervention."], "2012-01-28")).toEqual(["SYR oppose foreign_intervention"])
  })

  it("takes a statement that says it 'states the following' as spoken by its author to the end", () => {
    expect(positions(["The Ministry of Foreign Affairs of the Republic of Belarus states the following in connection with the agreement.",
      "2. NATO continues to build up its military presence near the borders of the Union State.",
      "The expansion of the alliance towards our borders poses a direct threat to the security of the Republic of Belarus."], "2023-03-28")).toEqual(["BLR oppose nato_expansion"])
  })

  it("reads verdicts given as descriptions, refusals to accept, shared views and resolutions demanding something", () => {
    expect(events(["The NATO spokesperson described Russia's nuclear rhetoric as \"dangerous and irresponsible\"."], "2023-03-28")).toEqual(["NATO ACCUSE RUS reported"])
    expect(events(["Belarus regards this decision as a further step towards escalation that endangers the whole region."], "2023-03-28")).toEqual(["BLR ACCUSE - reported"])
    expect(events(["Foreign ministry spokeswoman Maria Zakharova said Russia \"shares Beijing's views\"."], "2023-02-25")).toEqual(["RUS SUPPORT CHN reported"])
    expect(events(["Wang said China would never accept US finger-pointing on its relations with Russia."], "2023-02-25").map((e) => e.split(" ").slice(0, 3).join(" "))).toEqual(["CHN REJECT USA"])
    // (what the resolution demands of Russia is not Russia's act, nor the Assembly's)
    expect(events(["The General Assembly adopted a resolution demanding that Russia withdraw its forces from Ukraine."], "2023-02-25")).toEqual(["UN REQUEST RUS reported"])
    // (but a text that asks something is its author's act only when the clause says who wrote or tabled it)
    expect(events(["Russia and China have already blocked two resolutions calling for tougher action against Damascus."], "2012-06-13").filter((e) => e.includes("REQUEST"))).toEqual([])
    expect(events(["Saudi Arabia is circulating a draft resolution calling for an end to violence."], "2012-02-11")).toEqual(["SAU REQUEST - reported"])
  })
})


describe("stances in wider news (hold16, hold17: Gabala, the shield dropped in 2009, Typhon, Golden Dome, Iraq 2003, Kosovo, Libya 2011)", () => {
  it("reads an issue written with a hyphen as the issue", () => {
    expect(positions(["Russia opposes the missile-defense system."], "2007-07-03")).toEqual(["RUS oppose missile_defense"])
  })

  it("reads a warning of what follows if a thing named before goes ahead as opposing it", () => {
    expect(positions(["Jan. 20 -- The United States formally asked to station a missile-defense radar on Czech soil.",
      "June 4 -- Putin warns that if the U.S. system goes ahead, Russia will have to choose new targets in Europe."], "2007-07-03"))
      .toEqual(["RUS oppose missile_defense"])
  })

  it("reads recognising a state as backing it, and refusing to accept or recognise it as opposing it", () => {
    expect(positions(["Rice announced that the United States had formally recognised Kosovo as a sovereign and independent state."], "2008-02-19")).toEqual(["USA support kosovo_independence"])
    expect(positions(["Russia and China led a group of countries refusing to accept Kosovo's independence yesterday."], "2008-02-19")).toEqual(["RUS oppose kosovo_independence", "CHN oppose kosovo_independence"])
    expect(positions(["Spain said it would never recognise Kosovo."], "2008-02-19")).toEqual(["ESP oppose kosovo_independence"])
    expect(positions(["China was \"deeply concerned\" about Kosovo's unilateral move."], "2008-02-19")).toEqual(["CHN concern kosovo_independence"])
    // (not "it", which may stand for anything: "condemned the annexation ... and said the allies would not recognize it")
    const before = positions(["Moscow opposed Kosovo's independence in 2008."], "2014-03-19")
    expect(before).toEqual(["RUS oppose kosovo_independence"])
    expect(positions(["Moscow opposed Kosovo's independence in 2008.", "Rasmussen condemned the annexation and said the allies would not recognize it."], "2014-03-19")).toEqual(before)
  })

  it("reads a demand that a war or strikes stop as opposing the intervention, held by who demands it", () => {
    expect(positions(["Russia and China demanded on Thursday that the United States and Britain halt their attack on Iraq."], "2003-03-20"))
      .toEqual(["RUS oppose foreign_intervention", "CHN oppose foreign_intervention"])
    expect(positions(["The Chinese government \"strongly appeals to the relevant countries to stop military action\"."], "2003-03-20")).toEqual(["CHN oppose foreign_intervention"])
    expect(positions(["Medvedev called on the countries involved to stop the \"indiscriminate use of force\"."], "2011-03-21")).toEqual(["RUS oppose foreign_intervention"])
    // (who leads the thing opposed does not oppose it: "They" are the countries named before)
    expect(positions(["Russia and China abstained.", "They also opposed the U.S.-led invasion of Iraq."], "2011-03-22")).toEqual(["RUS oppose foreign_intervention", "CHN oppose foreign_intervention"])
    // (a threat of force is no verdict on force: "ECOWAS has threatened the use of force")
    expect(positions(["ECOWAS has threatened the use of force in Ivory Coast, the United Nations said."], "2011-03-22")).toEqual([])
    // (an operation a government is asked to halt at home is no intervention)
    expect(positions(["Mr Ban demanded the government halt military operations against civilians."], "2011-08-01")).toEqual([])
    // (an attack named with its target is no intervention of the one who reports it)
    expect(positions(["Taiwan said Chinese warships had simulated an attack on Taiwan's main island, and accused Beijing of undermining peace."], "2022-08-06")).toEqual([])
  })

  it("reads regretting an act as opposing it, but not regretting a decision about a thing", () => {
    expect(positions(["China said it regretted the air strikes on Libya."], "2011-03-21")).toEqual(["CHN oppose foreign_intervention"])
    expect(positions(["The United States said it would leave the Iran nuclear deal.", "Beijing regretted the U.S. decision."], "2018-05-09")).toEqual([])
  })

  it("reads praise for undoing a thing as opposing the thing, and criticism of undoing it as backing it", () => {
    expect(positions(["Putin praised Barack Obama's decision to shelve the Bush administration's missile shield."], "2009-09-18")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Putin praised Obama's decision to scrap plans for a missile defense shield in Poland."], "2009-09-18")).toEqual(["RUS oppose missile_defense"])
    expect(positions(["Poland criticised the decision to abandon the missile shield."], "2009-09-18")).toEqual(["POL support missile_defense"])
    expect(positions(["Russia welcomed the missile shield."], "2009-09-18")).toEqual(["RUS support missile_defense"])
  })

  it("reads what a harm is done with as the harmful thing, and new phrasings of hegemony and of weapons in space", () => {
    expect(positions(["China accused the US of undermining strategic stability with its global missile defence system."], "2024-05-17")).toEqual(["CHN oppose missile_defense"])
    expect(positions(["China's foreign ministry said it opposed the plan, accusing Washington of \"seeking unilateral military advantage\"."], "2024-05-17")).toEqual(["CHN oppose us_global_dominance"])
    expect(positions(["Russia condemned US plans to place weapons in space."], "2025-05-09")).toEqual(["RUS oppose space_weapons"])
    expect(positions(["China opposes hegemonic bullying."], "2025-05-09")).toEqual(["CHN oppose us_global_dominance"])
  })
})

describe("whom an act is aimed at when its sentence names no one (hold16, hold17)", () => {
  const rows = (sentences: string[], published: string) =>
    run(sentences, published).events.map((e) => `${e.actor?.code} ${e.eventType} ${e.target?.code ?? "-"} ${e.targetBasis ?? "text"}`)

  it("aims a proposal, a meeting or a threat with no target at the side the actor deals with in the article", () => {
    const timeline = ["Russia warned the United States on Monday that it would retarget its missiles.",
      "June 7 -- Meeting on the sidelines of the summit, Putin proposes that the two countries jointly use the Gabala radar."]
    expect(rows(timeline, "2007-07-03")).toContain("RUS PROPOSE USA article")
    // (a side the article names most, with the other one, when they never act together)
    const story = ["Russia and the United States held talks in Geneva.", "Russia rejected the American plan, and the United States criticised Russia.",
      "The United States said Russia was wrong.", "Russia then proposed a new round of talks."]
    expect(rows(story, "2021-07-28")).toContain("RUS PROPOSE USA article")
  })

  it("aims nothing at a partner who does the same act in the sentence, nor from the sentence's own acts, nor where the sentence aims the same act", () => {
    expect(rows(["Russia criticised China on Monday.", "Russia and China warned against weapons in space."], "2016-06-26")
      .filter((e) => e.includes("THREATEN"))).toEqual(["RUS THREATEN - text", "CHN THREATEN - text"])
    expect(rows(["Russia and China vetoed a draft that threatened Syria with sanctions."], "2011-10-05").filter((e) => e.includes("REJECT"))).toEqual(["RUS REJECT - text", "CHN REJECT - text"])
    // (nor when the sentence tells whom the same act is aimed at)
    expect(rows(["Putin held talks with Jiang Zemin in Beijing.", "China praised Russia.", "From Beijing, Putin will go Wednesday to North Korea for an historic first visit."], "2000-07-18")
      .filter((e) => e.includes("CONSULT") && !e.includes("CHN CONSULT"))).toEqual(["RUS CONSULT CHN text", "RUS CONSULT PRK text", "RUS CONSULT - text"])
  })

  it("reads who is asked after a day named before 'that', and who does a noun after 'their'", () => {
    expect(events(["Russia demanded on Thursday that the United States halt their attack on Iraq."], "2003-03-20")).toEqual(["RUS REQUEST USA reported", "USA ASSAULT IRQ reported"])
  })
})

describe("acts in wider news (hold17: Iraq 2003, Libya 2011)", () => {
  it("reads a verdict of 'a big political mistake', regret for an act, and missiles fired at a target", () => {
    expect(events(["Putin called the war \"a big political mistake\"."], "2003-03-20")).toEqual(["RUS ACCUSE - reported"])
    expect(events(["China said it regretted the military strikes."], "2011-03-21")).toEqual(["CHN ACCUSE - reported"])
    expect(events(["U.S. and British warships fired more than 110 Tomahawk cruise missiles at Libyan air defenses."], "2011-03-20").map((e) => e.split(" ").slice(0, 2).join(" ")))
      .toEqual(["USA ASSAULT", "GBR ASSAULT"])
    // (regret for lives lost is no accusation)
    expect(events(["NATO said it regretted the loss of civilian lives."], "2011-06-20").filter((e) => e.includes("ACCUSE"))).toEqual([])
    // (not a launch of a product)
    expect(events(["The company launched a new phone on Monday."], "2011-03-20")).toEqual([])
  })
})

describe("dates and actors in wider news (hold17: the Houston and Chengdu consulates)", () => {
  it("dates an act by the day of a visit set off between its subject and its verb, and takes the Chinese Communist Party for China", () => {
    expect(events(["Mike Pompeo, visiting Copenhagen on Wednesday, accused the Chinese Communist Party of stealing intellectual property."], "2020-07-27")
      .filter((e) => e.includes("ACCUSE"))).toEqual(["USA ACCUSE CHN reported"])
    const dated = run(["Mike Pompeo, visiting Copenhagen on Wednesday, accused the Chinese Communist Party of stealing intellectual property."], "2020-07-27").events
    expect(dated.find((e) => e.eventType === "ACCUSE")?.date).toBe("2020-07-22")
  })
})

describe("a timeline's bullets (hold16)", () => {
  it("dates the acts of a bullet by the day it opens with", () => {
    const dated = run(["June 7 -- Meeting Bush on the sidelines of the summit, Putin proposes that the two countries jointly use the Gabala radar.",
      "June 8 -- At his closing news conference, Putin suggests that the interceptors could be placed in Turkey."], "2007-07-03").events
    expect(dated.filter((e) => e.eventType === "PROPOSE").map((e) => e.date)).toEqual(["2007-06-07", "2007-06-08"])
  })
})

describe("a joint statement as a subject (hold16)", () => {
  it("gives what 'the statement' says to whoever the sentence before said issued it", () => {
    const sentences = ["On Thursday, Chinese President Xi Jinping and Russian President Vladimir Putin said in a joint statement that they were seriously concerned.",
      "The statement also accused the US of undermining strategic stability with its global missile defence system."]
    expect(positions(sentences, "2024-05-17")).toEqual(["CHN oppose missile_defense", "RUS oppose missile_defense"])
    expect(events(sentences, "2024-05-17").filter((e) => e.includes("ACCUSE"))).toEqual(["CHN ACCUSE USA reported", "RUS ACCUSE USA reported"])
  })
})

describe("offers and conditions (hold19)", () => {
  it("reads 'was ready to sell' as an offer by the subject to whom it would sell, and what 'if Ankara asked' tells as Ankara's", () => {
    expect(events(["Sergei Chemezov told Russian news agencies that Moscow was ready to sell Turkey its Su-35 fighter if Ankara asked."], "2019-07-17"))
      .toEqual(["RUS PROPOSE TUR reported", "TUR REQUEST - hypothetical"])
    // (an act by whoever a condition names: "if Gaddafi's forces continued to attack civilians")
    expect(events(["Juppe said France and Britain would support a no-fly zone over Libya if Libyan forces continued to attack civilians."], "2011-03-03")
      .filter((e) => e.includes("ASSAULT"))).toEqual(["LBY ASSAULT - hypothetical"])
    // (not a passive: "was blocked" still has no actor of its own)
    expect(events(["The resolution was blocked."], "2019-07-17")).toEqual([])
  })
})

describe("calls, deployments, drafts and whose cabinet (hold18, hold19)", () => {
  it("reads 'spoke to X by phone' as a call, 'sent warships' as a deployment, 'published two drafts' as a proposal", () => {
    expect(events(["Wang Yi spoke to Blinken by phone on Thursday."], "2022-01-27")).toEqual(["CHN CONSULT USA reported"])
    expect(events(["Russia is sending warships to its naval base at Tartus."], "2012-07-10")).toEqual(["RUS MOBILIZE - reported"])
    expect(events(["Japan and South Korea sent military planes through the zone."], "2013-12-04").sort()).toEqual(["JPN MOBILIZE - reported", "KOR MOBILIZE - reported"])
    expect(events(["The Russian foreign ministry published two drafts on Friday."], "2021-12-17")).toEqual(["RUS PROPOSE - reported"])
    // (not a plan opposed, nor a letter sent)
    expect(events(["Juppe opposed sending troops into Libya."], "2011-04-19")).toEqual([])
    expect(events(["The ministry sent letters to the embassies."], "2011-04-19")).toEqual([])
  })

  it("gives 'its cabinet' the country the sentence before names", () => {
    expect(events(["Japan had already moved on its own.", "Its cabinet on Friday approved a six-month ban on all imports from North Korea."], "2006-10-14"))
      .toEqual(["JPN SANCTION PRK reported"])
  })
})

describe("expulsions, designations, landings and patrols (hold21)", () => {
  it("reads expelling journalists, declaring an envoy persona non grata, revoking credentials and designating outlets as foreign missions as sanctions", () => {
    expect(events(["China said on Tuesday that it would expel American journalists working for three newspapers."], "2020-03-17")
      .filter((e) => !e.includes("STATEMENT"))).toEqual(["CHN SANCTION USA hypothetical"])
    expect(events(["Bolivian President Evo Morales on Wednesday declared the U.S. ambassador, Philip Goldberg, persona non grata."], "2008-09-11"))
      .toEqual(["BOL SANCTION USA reported"])
    expect(events(["A day later, China revoked the press credentials of three American reporters in Beijing."], "2020-03-17").map((e) => e.split(" ").slice(0, 2).join(" ")))
      .toEqual(["CHN SANCTION"])
    expect(events(["On Feb. 18, the State Department designated five Chinese state media organizations, including the Xinhua news agency and the China Global Television Network, as foreign missions."], "2020-03-17"))
      .toEqual(["USA SANCTION CHN reported"])
    // (a declaration, a revoked decision and a designated driver are no sanctions)
    expect(events(["Russia declared the talks a success.", "The court revoked its earlier ruling."], "2020-03-17").filter((e) => e.includes("SANCTION"))).toEqual([])
  })

  it("reads 'hit back at' as an accusation, and a warning it answers as no threat of the one who hits back", () => {
    expect(events(["Russia's Foreign Ministry on Saturday hit back at Secretary of State Antony Blinken over his warning that Kazakhstan might struggle to get Russian troops to leave."], "2022-01-08"))
      .toEqual(["RUS ACCUSE USA reported"])
    expect(events(["Russia warned on Saturday that Kazakhstan might struggle."], "2022-01-08")).toEqual(["RUS THREATEN KAZ reported"])
  })

  it("gives 'the ministry' whoever the sentence before names", () => {
    expect(events(["Russia's Foreign Ministry on Saturday hit back at Antony Blinken over his remarks.", "The ministry, in a post on its Telegram channel, accused Blinken of joking about the events."], "2022-01-08"))
      .toEqual(["RUS ACCUSE USA reported", "RUS ACCUSE USA reported"])
  })

  it("reads joint drills, bombers landing and warships sailing near a coast as deployments", () => {
    expect(events(["Last month, the Chinese and Russian navies held joint drills in the Sea of Japan."], "2023-08-07").sort()).toEqual(["CHN MOBILIZE - reported", "RUS MOBILIZE - reported"])
    expect(events(["Two Russian strategic bombers landed in Venezuela on Wednesday for training flights."], "2008-09-11")).toEqual(["RUS MOBILIZE VEN reported"])
    expect(events(["Chinese warships sailed through the Taiwan Strait on Monday."], "2023-08-07")).toEqual(["CHN MOBILIZE - reported"])
    // (not a delegation's plane, nor a ferry)
    expect(events(["The Russian delegation landed in Geneva on Monday.", "The ferry sailed past the island."], "2023-08-07")).toEqual([])
  })

  it("takes the actor after 'with' as the subject of what it is set to do, and whose leaders a host meets", () => {
    expect(events(["The patrol comes as Washington tightens its alliances, with President Biden set to host the leaders of Japan and South Korea at Camp David later this month."], "2023-08-07"))
      .toEqual(["USA CONSULT JPN reported", "USA CONSULT KOR reported"])
  })
})

describe("welcomes, blacklists, flights and relative clauses (hold18, hold20)", () => {
  it("reads welcoming a sale or a patrol as support, adding a firm to a blacklist as a sanction, bombers flying through a zone as a deployment", () => {
    expect(events(["Manila welcomed the patrol on Wednesday."], "2015-10-28")).toEqual(["PHL SUPPORT - reported"])
    expect(events(["The U.S. Commerce Department said it was adding Huawei and 68 of its affiliates to its \"Entity List\"."], "2019-05-16")
      .filter((e) => !e.includes("STATEMENT"))).toEqual(["USA SANCTION - reported"])
    expect(events(["Two unarmed U.S. B-52s flew through the zone on Monday."], "2013-11-27")).toEqual(["USA MOBILIZE - reported"])
    // (not words added to a list, nor a minister flying to a summit)
    expect(events(["He added a few words to the list of speakers.", "Russian officials flew to Geneva on Monday."], "2013-11-27").filter((e) => !e.includes("CONSULT"))).toEqual([])
  })

  it("gives a relative clause its own subject: 'the cuts that Obama proposed' are Obama's proposal", () => {
    expect(events(["The Kremlin rejected the further cuts that Obama proposed in Berlin in June."], "2013-08-08").filter((e) => e.includes("PROPOSE"))).toEqual(["USA PROPOSE - reported"])
  })
})

describe("port calls, exercises, expulsions and meetings (hold23)", () => {
  it("reads a frigate sailing into a port and ships holding exercises as deployments, ordering diplomats out as a sanction, two leaders who met as a meeting", () => {
    expect(events(["A Russian frigate and a nuclear-powered submarine sailed into Havana Bay on Wednesday morning."], "2024-06-12")).toEqual(["RUS MOBILIZE - reported"])
    expect(events(["Before reaching Cuba, the Russian ships held exercises in the Atlantic."], "2024-06-12")).toEqual(["RUS MOBILIZE - reported"])
    expect(events(["Russia also ordered five Polish diplomats out on Friday."], "2021-04-17")).toEqual(["RUS SANCTION POL reported"])
    expect(events(["Vladimir Putin and Xi Jinping had met on Friday evening on the sidelines of the summit."], "2019-06-03")).toEqual(["RUS CONSULT CHN reported", "CHN CONSULT RUS reported"])
    // (not a council that met, nor a school's drills, nor a ferry)
    expect(events(["The Russian council met on Friday.", "The school held fire drills on Friday.", "A Russian ferry sailed into the bay."], "2019-06-03")).toEqual([])
  })
})
