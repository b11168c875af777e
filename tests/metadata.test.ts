import { describe, expect, it } from "vitest"
import { processDocument, type SourceDocument } from "../pipeline/document.ts"
import { furnitureKeys, furnitureOf, furnitureThreshold } from "../pipeline/furniture.ts"
import { copyrightHolder, headerDate, readByline, readDateline, readTitle } from "../pipeline/metadata.ts"

const BODY = [
  "The city council voted on Tuesday to expand the bus network into the northern suburbs, ending a dispute that had lasted for more than two years.",
  "Supporters of the plan said the new routes would cut commuting times for thousands of workers who now depend on their cars to reach the centre.",
  "Opponents argued that the cost of the project would force cuts in other services such as libraries and parks across the whole of the city.",
]

const doc = (raw: string, manifest: SourceDocument["manifest"] = {}): SourceDocument => ({
  docId: "d", sourceFile: "d.txt", sha256: "0".repeat(64), encoding: "utf-8", raw, manifest,
})
const documentRow = (raw: string, manifest: SourceDocument["manifest"] = {}) => processDocument(doc(raw, manifest)).documents[0]!

describe("header dates", () => {
  it("reads the common printed forms, dotted dates day-first and slashed dates month-first", () => {
    expect(headerDate("July 7, 2008")?.date).toBe("2008-07-07")
    expect(headerDate("7 July 2008")?.date).toBe("2008-07-07")
    expect(headerDate("Updated 21:47, 16-Sep-2022")?.date).toBe("2022-09-16")
    expect(headerDate("Nov. 19, 2019 8:03 am ET")?.date).toBe("2019-11-19")
    expect(headerDate("11.10.2016")?.date).toBe("2016-10-11")
    expect(headerDate("07/08/2008")?.date).toBe("2008-07-08")
    expect(headerDate("2016-10-11T08:00")?.date).toBe("2016-10-11")
    // (a first number above 12 is no month: day-first)
    expect(headerDate("By Mateusz Kowal | 23/02/2023")?.date).toBe("2023-02-23")
  })

  it("keeps a date a title speaks of in the title, and reads a copyright holder's long name", () => {
    expect(readTitle("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on February 21, 2022")).toMatchObject({ headline: "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on February 21, 2022", date: null })
    expect(readTitle("Council expands bus network, March 3, 2015")).toMatchObject({ headline: "Council expands bus network", date: "2015-03-03" })
    expect(copyrightHolder("Copyright © Ministry of Foreign Affairs of the People's Republic of China")).toBe("Ministry of Foreign Affairs of the People's Republic of China")
    expect(readByline("Eleanor Whitcombe Diplomatic editor, and Chen Yuting in Beijing").byline).toBe("Eleanor Whitcombe and Chen Yuting")
  })

  it("refuses impossible dates", () => {
    expect(headerDate("31.02.2016")).toBeNull()
    expect(headerDate("29.02.2015")).toBeNull()
    expect(headerDate("29.02.2016")?.date).toBe("2016-02-29")
  })
})

describe("title, byline and dateline", () => {
  it("splits Title | Section | Site | date", () => {
    expect(readTitle("Moscow to cooperate on defense | News | DW | 11.10.2016")).toMatchObject({
      headline: "Moscow to cooperate on defense", site: "DW", date: "2016-10-11",
    })
    expect(readTitle("So Many Ways to Play - WSJ")).toMatchObject({ headline: "So Many Ways to Play", site: "WSJ", date: null })
    expect(readTitle("Russia, China to Discuss US Missile Plan")).toMatchObject({ headline: "Russia, China to Discuss US Missile Plan", site: null })
  })

  it("reads the author and the date of a byline", () => {
    expect(readByline("By Patrick Goodenough | July 7, 2008 | 8:08 PM EDT")).toEqual({ byline: "Patrick Goodenough", date: "2008-07-07" })
    expect(readByline("By Jane Smith")).toEqual({ byline: "Jane Smith", date: null })
  })

  it("finds datelines in capitals, with agency residue, or before a long dash", () => {
    expect(readDateline("ASTANA, Kazakhstan — Russia won the backing")?.place).toBe("ASTANA, Kazakhstan")
    expect(readDateline("MOSCOW (Reuters) - Russia said")?.place).toBe("MOSCOW")
    expect(readDateline("London ( - Russian President Vladimir Putin")?.place).toBe("London")
    expect(readDateline("NAIROBI, Kenya (AP) _ A bomb exploded")?.place).toBe("NAIROBI, Kenya")
    expect(readDateline("WASHINGTON, March 12 (Xinhua) -- The United States")?.place).toBe("WASHINGTON")
    expect(readDateline("Beijing (CNN) China and Russia on Saturday signed")?.place).toBe("Beijing")
    expect(readDateline("Putin (R) Shakes Hands with Xi")).toBeNull()
    expect(readDateline("Russia (which opposes the plan) said")).toBeNull()
    expect(readDateline("Russia - the largest country - said")).toBeNull()
    expect(readDateline("The council said - on Tuesday - that")).toBeNull()
  })
})

describe("header dates and sites of other pages", () => {
  it("reads a slashed date day-first beside a 24-hour clock, and 2017/7/4", () => {
    expect(headerDate("13:05 05/11/2008")?.date).toBe("2008-11-05")
    expect(headerDate("05/11/2008 1:05 PM")?.date).toBe("2008-05-11")
    expect(headerDate("Published: 2017/7/4 23:18:40")?.date).toBe("2017-07-04")
  })

  it("takes no dateline from a transcript's first speaker label", () => {
    const transcript = [
      "CCTV: The United States announced new arms sales to the region on Friday. What is China's response to the announcement?",
      "Wang Wenbin: China firmly opposes the arms sales and has lodged stern representations with the US side over the matter.",
      "Reuters: Will China take countermeasures against the companies involved in the sales, and if so, when will it announce them?",
      "Wang Wenbin: China will take necessary measures to firmly safeguard its sovereignty and security interests, as it always has done.",
    ]
    expect(documentRow(transcript.join("\n\n")).dateline).toBeNull()
    // (a dateline with a colon still opens a story that is no transcript)
    expect(documentRow(["MOSCOW: Russia expelled two diplomats on Friday, the foreign ministry said in a statement issued late in the evening.", ...BODY].join("\n\n")).dateline).toBe("MOSCOW")
  })

  it("reads a TASS dateline and a bracketed agency on a line of its own", () => {
    expect(readDateline("MOSCOW, May 12. /TASS/. The deployment of elements")?.place).toBe("MOSCOW")
    expect(readDateline("MOSCOW, November 5 (RIA Novosti) ")?.place).toBe("MOSCOW")
  })

  it("takes the site from a domain line, a source label or the page's first line, and keeps an attribution in the headline", () => {
    const row = (raw: string) => documentRow(raw)
    expect(row(["guardian.co.uk", "Council expands bus network", ...BODY].join("\n")).publisher).toBe("guardian.co.uk")
    expect(row(["Source:Lakeland Gazette Published: 2015/3/3 10:00:00", "Council expands bus network", ...BODY].join("\n")).publisher).toBe("Lakeland Gazette")
    expect(row(["Lakeland Gazette - The County's Daily Paper", "Council expands bus network", ...BODY].join("\n")).publisher).toBe("Lakeland Gazette")
    // (the first item of a menu line, whatever its other items are: a "Subscribe" makes it no prompt to subscribe)
    expect(row(["THE LAKELAND GAZETTE | Sign in | Subscribe | Search", "Council expands bus network", ...BODY].join("\n")).publisher).toBe("THE LAKELAND GAZETTE")
  })
})

describe("document metadata", () => {
  it("takes the date from the byline when the manifest has none, and the headline from the title line", () => {
    const row = documentRow(["Council Expands Bus Network", "", "By Jane Smith | March 3, 2015 | 9:00 AM", "", ...BODY].join("\n"))
    expect(row).toMatchObject({ headline: "Council Expands Bus Network", byline: "Jane Smith", published: "2015-03-03", published_source: "byline" })
    expect(row.text).toBe(BODY.join("\n\n"))
  })

  it("lets the manifest win, and flags a printed date that disagrees", () => {
    const row = documentRow(["Council Expands Bus Network | News | The Courier | 04.03.2015", ...BODY].join("\n"), { published: "2015-03-03", publisher: "Courier Ltd" })
    expect(row).toMatchObject({ published: "2015-03-03", published_source: "manifest", publisher: "Courier Ltd", headline: "Council Expands Bus Network" })
    expect(row.date_flags).toContain("manifest_date_conflict: manifest 2015-03-03, title 2015-03-04")
  })

  it("takes the publisher from the title line, else from an appeal naming the outlet", () => {
    expect(documentRow(["Council Expands Bus Network | News | The Courier | 04.03.2015", ...BODY].join("\n")).publisher).toBe("The Courier")
    const appeal = ["A Message from The Daily Example:", "Dear readers,", "Please support us monthly; your support makes a difference.", "Remind me later."]
    expect(documentRow([...BODY, ...appeal].join("\n")).publisher).toBe("The Daily Example")
    expect(documentRow(BODY.join("\n")).publisher).toBeNull()
  })

  it("reads the holder of a copyright notice without its company suffix", () => {
    expect(copyrightHolder("© 2021 Lakeland Gazette Media Ltd. All rights reserved.")).toBe("Lakeland Gazette")
    expect(copyrightHolder("Copyright © 2009-2021 The Courier. All Rights Reserved.")).toBe("The Courier")
    expect(copyrightHolder("© Copyright 2021, Example Newspapers, LLC | Privacy Policy")).toBe("Example Newspapers")
    expect(copyrightHolder("Example Agency Copyright © 2000-2021 EXAMPLENEWS.com All rights reserved.")).toBe("EXAMPLENEWS.com")
    expect(copyrightHolder("Copyright Policy")).toBeNull()
    expect(copyrightHolder("COPYRIGHT © 2021 ALL RIGHTS RESERVED")).toBeNull()
    expect(copyrightHolder("The copyright holders said they would appeal.")).toBeNull()
  })

  it("takes the publisher from the page's title above the story, else the copyright footer, else a wire dateline's agency", () => {
    const titled = ["Council expands bus network - Lakeland Gazette", "Home | News", "Council expands bus network", "By Jane Smith", ...BODY]
    expect(documentRow(titled.join("\n")).publisher).toBe("Lakeland Gazette")
    const footer = [...BODY, "(c) Example Photo Agency", "About us | Contact", "© 2021 Lakeland Gazette Media Ltd. All rights reserved."]
    expect(documentRow(footer.join("\n")).publisher).toBe("Lakeland Gazette")
    expect(documentRow([`LAKELAND (Example Wire) - ${BODY[0]}`, ...BODY.slice(1)].join("\n")).publisher).toBe("Example Wire")
    expect(documentRow([`LAKELAND/RIVERTON (Example Wire) - ${BODY[0]}`, ...BODY.slice(1)].join("\n")).publisher).toBe("Example Wire")
    // A site named above the story wins over the footer and the dateline.
    expect(documentRow(["Lakeland Gazette", "Council expands bus network", `LAKELAND (Example Wire) - ${BODY[0]}`, ...BODY.slice(1), "© 2021 Example Holdings"].join("\n")).publisher).toBe("Lakeland Gazette")
    // A title's tail that names a service is no site: the footer's holder is.
    const hosted = ["Council expands bus network | Hosted", "Home | News", "Council expands bus network", "By Jane Smith", ...BODY, "©2021 The Example Press. All rights reserved."]
    expect(documentRow(hosted.join("\n")).publisher).toBe("The Example Press")
  })

  it("never takes the publication date from a teaser or the body", () => {
    const teaser =
      "Australian scientists raised questions on March 5, 2021 over the efficacy of a vaccine in establishing herd immunity, calling for a pause on its rollout as the country recorded one new case and experts said that the"
    const row = documentRow([...BODY, "The vote came on May 2, 2014 after a long debate.", teaser].join("\n"))
    expect(row.published).toBeNull()
    expect(row.published_source).toBe("none")
  })

  it("keeps a dateline in the text but out of the first sentence", () => {
    const raw = ["ASTANA, Kazakhstan — " + BODY[0], ...BODY.slice(1)].join("\n")
    const t = processDocument(doc(raw))
    expect(t.documents[0]!.dateline).toBe("ASTANA, Kazakhstan")
    expect(t.sentences[0]!.text.startsWith("The city council voted")).toBe(true)
    expect(t.boilerplate.find((b) => b.kind === "dateline")?.text).toBe("ASTANA, Kazakhstan — ")
    expect(t.documents[0]!.text.startsWith("ASTANA, Kazakhstan — The city council")).toBe(true)
  })

  it("reads a dateline printed on a line of its own before the story, and labels that line a dateline", () => {
    for (const line of ["NAIROBI, Kenya (AP) _", "WASHINGTON, March 12 (Xinhua) --", "MIAMI _"]) {
      const raw = ["Headline Of The Story", "", line, "", ...BODY].join("\n")
      const t = processDocument(doc(raw))
      expect(t.documents[0]!.dateline, line).toBe(line.replace(/,? (?:\(|March|_).*$/, ""))
      expect(t.boilerplate.filter((b) => b.text === line).map((b) => [b.kind, b.rule]), line).toEqual([["dateline", "dateline.own-line"]])
      expect(t.sentences[0]!.text.startsWith("The city council voted"), line).toBe(true)
    }
    // A line that only starts like a dateline is not one.
    const t = processDocument(doc(["Headline Of The Story", "", "WORLD - Europe - Africa news here", "", ...BODY].join("\n")))
    expect(t.documents[0]!.dateline).toBeNull()
  })

  it("never reads a sub-heading as a sentence", () => {
    const t = processDocument(doc([BODY[0], "A long dispute", ...BODY.slice(1)].join("\n")))
    expect(t.sentences.map((s) => s.text)).not.toContain("A long dispute")
    expect(t.documents[0]!.text).toContain("\n\nA long dispute\n\n")
  })

  it("gives every boilerplate row raw offsets that slice the source to its text", () => {
    const raw = ["Menu", "Council Expands Bus Network", "", "By Jane Smith | March 3, 2015", ...BODY, "PHOTO: AFP", "Subscribe to our newsletter"].join("\r\n")
    const t = processDocument(doc(raw))
    expect(t.boilerplate.length).toBeGreaterThan(3)
    for (const b of t.boilerplate) expect([...raw].slice(b.raw_start, b.raw_end).join("")).toBe(b.text)
  })
})

describe("corpus furniture", () => {
  it("marks a line shared by enough articles, and only then", () => {
    const footer = "The BBC is not responsible for the content of external Internet sites"
    const articles = Array.from({ length: 4 }, (_, i) => furnitureKeys(`Story number ${i} is about something else entirely.\n${footer}`))
    const isFurniture = furnitureOf(articles, 4)
    expect(isFurniture([...furnitureKeys(footer)][0]!)).toBe(true)
    expect(isFurniture([...furnitureKeys("Story number 1 is about something else entirely.")][0]!)).toBe(false)
    expect(furnitureOf(articles.slice(0, 2), 2)([...furnitureKeys(footer)][0]!)).toBe(false)
  })

  it("scales the threshold with the corpus, between 3 and 20 articles", () => {
    expect(furnitureThreshold(5)).toBe(3)
    expect(furnitureThreshold(200)).toBe(10)
    expect(furnitureThreshold(100_000)).toBe(20)
  })
})

describe("an e-mailed newsletter", () => {
  const NEWSLETTER = [
    "From: Harbour Letters <letters@harbourletters.example>", "To: reader@example.org", "Date: Mon, 2 Mar 2015 07:15:02 +0100", "Subject: Council expands bus network",
    "Forwarded this email? Subscribe here for more", "Council expands bus network", "Jane Smith", "Mar 2, 2015", "", ...BODY,
    "That's it for this week. If you value this newsletter, forward it to a colleague.", "Jane", "Jane Smith is a transport writer who has covered the city since 2001.",
    "You received this email because you signed up. Unsubscribe | Privacy",
  ]
  it("takes the sender for the publisher, the name over the date for the byline, and the sign-off out of the story", () => {
    const row = documentRow(NEWSLETTER.join("\n"))
    expect(row).toMatchObject({ publisher: "Harbour Letters", byline: "Jane Smith", headline: "Council expands bus network", published: "2015-03-02" })
    expect(row.text).toBe(BODY.join("\n\n"))
  })
})

/** Text broken into lines of at most `width` characters at spaces, as e-mail and print archives store it. */
const hardWrap = (paragraph: string, width = 68): string[] => {
  const out: string[] = []
  let line = ""
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) out.push(line)
  return out
}

describe("hard-wrapped text and a press archive's record", () => {
  const record = [
    "Document 3 of 41", "The Lakeland Gazette", "August 13, 2008 Wednesday", "SECTION: CITY; Pg. A9", "LENGTH: 120 words",
    "HEADLINE: Council votes to expand bus network", "BYLINE: Jane Miller", "DATELINE: LAKELAND", "BODY:",
    ...BODY.flatMap((p) => hardWrap(p)),
    "LOAD-DATE: August 13, 2008", "LANGUAGE: ENGLISH", "Copyright 2008 The Lakeland Gazette All Rights Reserved",
  ].join("\n")

  it("keeps every wrapped line of the story as body, its sentences whole across the breaks", () => {
    const t = processDocument(doc(record))
    const text = t.documents[0]!.text
    for (const line of BODY.flatMap((p) => hardWrap(p))) expect(text).toContain(line)
    // (in one line each: the breaks are spaces)
    expect(t.sentences.map((s) => s.text)).toEqual(BODY)
    for (const field of ["LOAD-DATE", "LANGUAGE", "BODY:", "Document 3 of 41", "LENGTH"]) expect(text).not.toContain(field)
  })

  it("reads the record's headline, byline and dateline fields without their labels", () => {
    const d = documentRow(record)
    expect([d.headline, d.byline, d.dateline, d.published]).toEqual(["Council votes to expand bus network", "Jane Miller", "LAKELAND", "2008-08-13"])
  })

  it("does not join the lines of a page that is not hard-wrapped, nor a list of short titles", () => {
    const titles = ["Council votes to expand the bus network into the suburbs", "Mayor says the new routes will be reviewed after a year",
      "Opponents of the plan warn of cuts to libraries and parks", "Work on the first of the new routes to begin in spring",
      "Residents of the northern suburbs welcome the decision", "Bus drivers union asks for talks on the new timetables",
      "Libraries to open longer hours in the summer months", "City to plant a thousand trees along the new bus routes"]
    const t = processDocument(doc([...BODY, "Most read", ...titles].join("\n")))
    expect(t.sentences.map((s) => s.text)).toEqual(BODY)
  })
})

describe("a press release's place and date line", () => {
  it("reads 'Place, date' over the story as its dateline and its date", () => {
    const d = documentRow(["Newsroom", "Press release", "Council votes to expand bus network", "Lakeland, 16 March 2022", "Share: Facebook | Twitter", ...BODY].join("\n"))
    expect([d.dateline, d.published, d.published_source]).toEqual(["Lakeland", "2022-03-16", "dateline"])
  })
})

describe("a date line written year first with slashes", () => {
  it("reads '2017/07/05' under the title as the publication date", () => {
    const d = documentRow(["Home > Press and Media Services", "Spokesperson's Remarks on the Bus Network", "2017/07/05", "Share to: Weibo | Print this page", ...BODY].join("\n"))
    expect([d.published, d.published_source]).toEqual(["2017-07-05", "header"])
  })
})

describe("pages of new shapes (hold16, hold17)", () => {
  it("keeps a channel's posts under several day headings as one story, and takes no day of them for the page's date", () => {
    const raw = ["Channel archive | Channels | Search | Log in", "Bus Watch | Local news", "Archive updated 27.07.2020 11:02 (UTC+3)",
      "22 July 2020", `⚡️ ${BODY[0]}`, "👁 61.2K · 10:41",
      "23 July 2020", `🎙 ${BODY[1]}`, "👁 44.0K · 01:12",
      "24 July 2020", `🎙 ${BODY[2]}`, "👁 51.7K · 04:26", "💬 Comments 208", "Reader_1: What a waste of money on buses that nobody will ever ride in this town."].join("\n")
    const { documents, boilerplate } = processDocument(doc(raw, { published: "2020-07-27" }))
    for (const b of BODY) expect(documents[0]!.text).toContain(b)
    expect(documents[0]!.text).not.toContain("What a waste")
    expect(documents[0]).toMatchObject({ published: "2020-07-27", date_flags: "" })
    expect(boilerplate.filter((b) => b.rule === "header.day").length).toBe(3)
  })

  it("reckons a post under a log's day heading from that day, and dates what it tells with no day of its own by it", () => {
    const raw = ["Channel archive | Channels | Search | Log in", "Frontline Digest | Geopolitics", "Archive updated 27.07.2020 11:02 (UTC+3)",
      "22 July 2020", "Foreign Ministry spokesman Wang Wenbin said China would announce its response to the order on Thursday, after the deadline for the consulate in Houston passed, and urged Washington to think again.", "👁 61.2K · 10:41",
      "24 July 2020", "Beijing ordered the United States to close its consulate general in Chengdu, the Foreign Ministry said in a statement that called the move a legitimate and necessary response to the unreasonable act by Washington.", "👁 72.8K · 10:07",
      "27 July 2020", "The State Department said on Monday that it was disappointed by the decision of the Chinese government and that it would keep reaching out to the people of western China through its other posts.", "👁 41.5K · 10:55"].join("\n")
    const { timexes, events } = processDocument(doc(raw, { published: "2020-07-27" }))
    expect(timexes.map((t) => `${t.text} ${t.value}`)).toEqual(["Thursday 2020-07-23", "Monday 2020-07-27"])
    expect(events.filter((e) => e.event_type === "SANCTION").map((e) => `${e.actor_code} ${e.date} ${e.date_basis}`)).toEqual(["CHN 2020-07-24 context"])
  })

  it("follows a print story to the page it jumps to, past that page's head and an index of other stories", () => {
    const raw = ["e-Edition | Today's Paper | Back Issues", "THE LAKESHORE SENTINEL | TUESDAY, MARCH 22, 2011 | A1", "Council votes to expand bus network", "BY KATHERINE VOSS",
      BODY[0], BODY[1], "Please see BUSES, A12", "INSIDE", "Japan: Engineers reconnect power line to the crippled plant, A8", "Sports: Top seeds tumble as brackets go bust, D1",
      "THE LAKESHORE SENTINEL | TUESDAY, MARCH 22, 2011 | A12", "NATION & WORLD", "BUSES: Council's vote splits the suburbs", "Continued from A1", BODY[2],
      "The mayor said the council had listened to both sides and that the network would be reviewed after its first year of operation."].join("\n")
    const { documents, boilerplate } = processDocument(doc(raw, { published: "2011-03-22" }))
    for (const b of BODY) expect(documents[0]!.text).toContain(b)
    expect(documents[0]!.text).not.toContain("Engineers reconnect")
    expect(boilerplate.filter((b) => b.rule === "jump").length).toBe(2)
    expect(documents[0]!.headline).toBe("Council votes to expand bus network")
  })

  it("takes an archive's search bar and a wire story's update note for no title, and reads authors named together over the date", () => {
    const wire = documentRow(["NewsDesk Archive | Search | Alerts | Help", "Search: bus AND council | Result 6 of 41", "21/03/2003 00:14 GMT",
      "Council votes to expand bus network", "By Dmitri Lavrentyev", "(Adds mayor's comments in paragraph 3, recasts lead)", ...BODY].join("\n"))
    expect(wire.headline).toBe("Council votes to expand bus network")
    const oped = processDocument(doc(["Opinion", "No City Has a Monopoly on Buses", "Anatoly Antonov and Qin Gang", "November 26, 2021",
      "Editor's note: This essay is jointly written by two former mayors of the city.", ...BODY].join("\n")))
    expect(oped.documents[0]).toMatchObject({ headline: "No City Has a Monopoly on Buses", byline: "Anatoly Antonov and Qin Gang", published: "2021-11-26" })
    expect(oped.documents[0]!.text).not.toContain("Editor's note")
  })
})

describe("an op-ed by officials (hold16)", () => {
  const page = (byline: string) => ["Opinion", "No Country Has a Monopoly on Democracy", byline, "November 26, 2021", ...BODY,
    "We urge Washington to stop using democracy as a pretext to meddle in other countries' internal affairs."].join("\n")
  it("takes 'we' outside a quotation for the officials the byline names", () => {
    const { events } = processDocument(doc(page("Anatoly Antonov and Qin Gang"), { published: "2021-11-26" }))
    expect(events.filter((e) => e.event_type === "REQUEST").map((e) => `${e.actor_code} ${e.target_code}`)).toEqual(["RUS USA", "CHN USA"])
    // (a journalist's byline names no one the gazetteer knows: "we" is then no one's)
    const report = processDocument(doc(page("Jane Smith and John Doe"), { published: "2021-11-26" }))
    expect(report.events.filter((e) => e.event_type === "REQUEST" && e.actor_code !== null && e.actor_code !== "USA")).toEqual([])
  })
})

describe("press archives and print pages (hold18, hold19)", () => {
  it("reads a print page's head for the date and the paper, the title below it, and a British byline 'From ... in ...'", () => {
    const raw = ["COUNTY LIBRARIES · Digital Newspaper Archive", "Viewing: OCR text (uncorrected) | Page image | Download PDF | Cite this item",
      "14 THE NORTHERN ARGUS Saturday 13 January 2007", "HOME NEWS", "COUNCIL VOTES TO EXPAND THE BUS NETWORK", "From Alan Kershaw in Lakeland", ...BODY].join("\n")
    const { documents, boilerplate } = processDocument(doc(raw))
    expect(documents[0]).toMatchObject({ published: "2007-01-13", published_source: "header", publisher: "THE NORTHERN ARGUS", headline: "COUNCIL VOTES TO EXPAND THE BUS NETWORK", byline: "Alan Kershaw" })
    expect(boilerplate.find((b) => b.text.startsWith("From Alan"))?.kind).toBe("byline")
  })

  it("reads a Factiva record's fields: codes on lines of their own, the source named under SN", () => {
    const raw = ["Factiva", "Search | Alerts | Newsletters | Display Options", "HD", "Council votes to expand the bus network", "BY", "By Fiona Carrow",
      "WC", "868 words", "PD", "31 July 2005", "SN", "The Sunday Chronicle", "SC", "SUNCHR", "LA", "English", "LP", BODY[0], "TD", BODY[1], BODY[2],
      "AN", "Document SUNCHR0020050731e17v0000x"].join("\n")
    const { documents, boilerplate } = processDocument(doc(raw))
    expect(documents[0]).toMatchObject({ publisher: "The Sunday Chronicle", published: "2005-07-31", headline: "Council votes to expand the bus network" })
    expect(boilerplate.filter((b) => b.rule === "other.archive-field").map((b) => b.text)).toEqual(expect.arrayContaining(["HD", "BY", "SN", "TD", "AN"]))
    for (const b of BODY) expect(documents[0]!.text).toContain(b)
  })

  it("takes a LexisNexis record's HEADLINE field for the title, below the paper's name and the date", () => {
    const raw = ["3 of 41 DOCUMENTS", "Copyright 2001 The Lakeland Sentinel", "All Rights Reserved", "The Lakeland Sentinel (Lakeland, Washington)",
      "April 12, 2001, Thursday, FINAL EDITION", "SECTION: NEWS; Pg. A1", "LENGTH: 1046 words", "HEADLINE: Council votes to expand the bus network",
      "BYLINE: Daniel Fortier", "BODY:", ...BODY, "LOAD-DATE: April 13, 2001", "LANGUAGE: ENGLISH"].join("\n")
    expect(documentRow(raw).headline).toBe("Council votes to expand the bus network")
  })
  it("reads a feed: the title, author and date of the item that holds the story, the feed's name from its channel", () => {
    const raw = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
      "<title>The Lakeland Sentinel: Top Stories</title>", "<link>http://www.lakelandsentinel.example/</link>", "<lastBuildDate>Thu, 12 Apr 2001 03:12:40 GMT</lastBuildDate>",
      "<item>", "<title>Council votes to expand the bus network</title>", "<dc:creator>Daniel Fortier</dc:creator>",
      "<pubDate>Wed, 11 Apr 2001 21:48:22 GMT</pubDate>", "<description><![CDATA[", ...BODY, "]]></description>", "</item>",
      "<item>", "<title>Frost advisory issued for inland counties</title>", "<pubDate>Wed, 11 Apr 2001 20:31:00 GMT</pubDate>", "</item>", "</channel>", "</rss>"].join("\n")
    const { documents } = processDocument(doc(raw))
    expect(documents[0]).toMatchObject({ headline: "Council votes to expand the bus network", byline: "Daniel Fortier", publisher: "The Lakeland Sentinel", published: "2001-04-11", published_source: "header" })
  })
  it("reads the article pasted into a forwarded e-mail: its title over its byline, its paper from its notice, not the forwarder", () => {
    const raw = ["Subject: Fwd: Council votes to expand the bus network", "From: Dana Whitfield <dana@consult.example>", "Date: Thu, Apr 12, 2001 at 6:47 PM",
      "To: Policy team <team@consult.example>", "All, see below. Worth a read before Monday's meeting.", "Dana", "[Pasted from lakelandsentinel.example]",
      "Council votes to expand the bus network", "By Daniel Fortier", "Published April 12, 2001", "The new routes, seen on a map released by the council on Tuesday. (City of Lakeland)",
      ...BODY, "© 2001 The Lakeland Sentinel. All rights reserved."].join("\n")
    expect(documentRow(raw)).toMatchObject({ headline: "Council votes to expand the bus network", byline: "Daniel Fortier", publisher: "The Lakeland Sentinel" })
  })
  it("reads a clipped Markdown page: the title below its front matter, the date the front matter says it was published, not the day it was clipped", () => {
    const raw = ["---", "title: \"Council votes to expand the bus network\"", "source: \"https://www.lakelandsentinel.example/2001/04/11/buses.html\"", "published: 2001-04-11",
      "clipped: 2001-04-14", "---", "# Council votes to expand the bus network", "By [Daniel Fortier](https://www.lakelandsentinel.example/staff/df) | April 11, 2001",
      ...BODY, "Saved with Marginalia Web Clipper"].join("\n")
    expect(documentRow(raw)).toMatchObject({ headline: "Council votes to expand the bus network", byline: "Daniel Fortier", published: "2001-04-11" })
    expect(documentRow(raw, { published: "2001-04-11" }).date_flags).toBe("")
  })

  it("takes the day a header says the page was posted, not the last day of the event it names (hold23)", () => {
    const raw = ["Council votes to expand the bus network", "Lakeland | 31 May – 2 June 2019 | Posted 3 June 2019", ...BODY].join("\n")
    expect(documentRow(raw, { published: "2019-06-03" }).date_flags).toBe("")
  })

  it("names the station a reporter's sign-off names as the publisher (hold21)", () => {
    const raw = ["Council votes to expand the bus network", ...BODY, "Maria Delgado, Channel 9 News, Anchorage."].join("\n")
    expect(documentRow(raw).publisher).toBe("Channel 9 News")
  })

  it("reads a video page's 'Published on' beside its views as its date", () => {
    const raw = ["Council votes to expand the bus network", "48,213 views · Published on Apr 12, 2001", ...BODY].join("\n")
    expect(documentRow(raw, { published: "2001-04-11" }).date_flags).toMatch(/manifest 2001-04-11, header 2001-04-12/)
  })
})
