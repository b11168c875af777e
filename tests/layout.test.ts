import { describe, expect, it } from "vitest"
import { furnitureKey, layout } from "../pipeline/layout.ts"

/** Lays out a text and returns each non-empty line with its label: "body", "heading" or "kind:rule". */
const labelled = (text: string, isFurniture?: (key: string) => boolean) => {
  const l = layout(text, { isFurniture })
  const out = new Map<string, string>()
  for (const p of l.paragraphs) out.set(text.slice(p.start, p.end), p.heading ? "heading" : "body")
  for (const b of l.boilerplate) out.set(text.slice(b.start, b.end), `${b.kind}:${b.rule}`)
  return out
}
const kindOf = (labels: Map<string, string>, line: string) => labels.get(line)?.split(":")[0]

// A made-up story of ordinary prose, long enough to be the main run of a page.
const STORY = [
  "The city council voted on Tuesday to expand the bus network into the northern suburbs, ending a dispute that had lasted for more than two years.",
  "Supporters of the plan said the new routes would cut commuting times for thousands of workers who now depend on their cars to reach the centre.",
  "Opponents argued that the cost of the project, which the council put at 40 million dollars, would force cuts in other services such as libraries and parks.",
  "The mayor said the council had listened to both sides and that the network would be reviewed after its first year of operation.",
  "Work on the first of the new routes is expected to begin in the spring, and the council hopes the whole network will be running by the end of next year.",
]

describe("layout", () => {
  it("keeps every paragraph of a plain story as body, in order", () => {
    const text = STORY.join("\n\n")
    const l = layout(text)
    expect(l.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(STORY)
    expect(l.boilerplate).toEqual([])
  })

  it("takes a title line, a byline with its date, and a menu above the story out of the body", () => {
    const text = ["Home", "News", "Sport", "Council expands bus network", "", "By Jane Smith | March 3, 2015 | 9:00 AM", "", ...STORY].join("\n")
    const labels = labelled(text)
    expect(kindOf(labels, "Home")).toBe("navigation")
    expect(kindOf(labels, "By Jane Smith | March 3, 2015 | 9:00 AM")).toBe("byline")
    for (const p of STORY) expect(labels.get(p)).toBe("body")
  })

  it("labels the first line as the headline when it is a title, not a sentence", () => {
    const labels = labelled(["Council Expands Bus Network", "", ...STORY].join("\n"))
    expect(labels.get("Council Expands Bus Network")).toBe("headline:headline.first-line")
    const noTitle = labelled(STORY.join("\n"))
    expect(noTitle.get(STORY[0]!)).toBe("body")
  })

  it("finds the headline below the site's name and menus, not a breadcrumb, a menu or a dateline line, and keeps a standfirst", () => {
    const page = ["Lakeland Gazette | Home | News | Nation/World", "Local > Transport", "Council expands bus network to northern suburbs",
      "The council voted to expand the bus network into the northern suburbs after a dispute lasting two years", "By Jane Smith", "March 3, 2015", ...STORY]
    const labels = labelled(page.join("\n"))
    expect(labels.get(page[2]!)).toBe("headline:headline.above-story")
    expect(kindOf(labels, page[0]!)).toBe("navigation")
    expect(kindOf(labels, page[1]!)).toBe("navigation")
    expect(labels.get(page[3]!)).toBe("body")
    // The site's name first is no headline: it shares nothing with the story.
    const site = labelled(["Lakeland Gazette | Home | News | Nation/World", ...STORY].join("\n"))
    expect(kindOf(site, "Lakeland Gazette | Home | News | Nation/World")).toBe("navigation")
  })

  it("reads date lines with clocks, weekdays and labels, and a byline that names its place", () => {
    for (const line of ["Updated 11:52 AM ET, Sat June 25, 2016", "Last updated: Tuesday 12 May 2015", "Europe  \u00b7  Monday 7 June 2021  \u00b7  Updated 09:10 CET", "Local News | Tue Jun 8, 2021 | 9:10am EDT", "12 May 2016, 18:41 UPDATED: 12 May 2016, 19:05", "www.chinaview.cn 2008-02-12 23:07:45", "Source:Global Times Published: 2017/7/4 23:18:40"]) {
      expect(labelled([line, "Council expands bus network", ...STORY].join("\n")).get(line)).toBe("other:header.date")
    }
    expect(kindOf(labelled(["Council expands bus network", "Jane Smith in Lakeland guardian.co.uk, Saturday 10 February 2007 19.05 GMT", ...STORY].join("\n")), "Jane Smith in Lakeland guardian.co.uk, Saturday 10 February 2007 19.05 GMT")).toBe("byline")
  })

  it("takes cookie notices, 'first published' notes, domains, topic lists and a favour asked out of the body", () => {
    const lines = ["We use cookies to improve your experience on our site. By continuing to use this site you agree to our use of cookies. Find out more",
      "guardian.co.uk", ...STORY, "This article was first published on guardian.co.uk at 19.05 GMT on Saturday February 10 2007.",
      "Topics: Russia | Vladimir Putin | Nuclear weapons", "… we have a small favour to ask. Millions are turning to the Guardian for open, independent, quality news every day, and readers in 180 countries now support us financially."]
    const labels = labelled(lines.join("\n"))
    for (const p of STORY) expect(labels.get(p)).toBe("body")
    for (const l of [lines[0]!, lines[1]!, ...lines.slice(-3)]) expect(labels.get(l)).not.toBe("body")
  })

  it("takes a sentence in the present beside a photo credit for a caption, and a bio that ends the story", () => {
    const caption = "The mayor speaks about the new routes during a news conference at the city hall."
    const labels = labelled([...STORY.slice(0, 3), caption, "(AP Photo/Jane Smith)", ...STORY.slice(3), "Jane Smith is a senior fellow in the Institute's transport programme. The views expressed here are her own."].join("\n"))
    expect(labels.get(caption)).toBe("caption:caption.beside-credit")
    expect(kindOf(labels, "(AP Photo/Jane Smith)")).toBe("photo_credit")
    expect(kindOf(labels, "Jane Smith is a senior fellow in the Institute's transport programme. The views expressed here are her own.")).toBe("author_bio")
    for (const p of STORY) expect(labels.get(p)).toBe("body")
  })

  it("takes a caption that opens with FILE PHOTO or ends with its photo credit out of the story", () => {
    const captions: Array<[string, string]> = [
      ["FILE PHOTO: Buses wait at the northern depot during a drivers' strike in the city centre.", "caption.file-photo"],
      ["In this March 3, 2015, file photo, commuters board a bus outside the city hall.", "caption.file-photo"],
      ["Buses wait at the depot in the north of the city. Lakeland Transit/Handout via REUTERS/File Photo", "caption.credit-tail"],
      ["A view of the council chamber during a debate on the bus network. (Xinhua/Wang Lei)", "caption.credit-tail"],
      ["Commuters wait for a late bus in the rain near the old depot. Photograph: Jane Smith/AFP", "caption.credit-suffix"],
    ]
    const kept = [
      "A photo of the depot, taken by a resident and shared widely online, showed dozens of buses parked on the grass.",
      "Pictures taken on Monday showed long queues at the stops in the northern suburbs, and the council said more buses would come.",
    ]
    const c = captions.map(([line]) => line)
    const labels = labelled([STORY[0], c[0], STORY[1], kept[0], c[1], STORY[2], c[2], STORY[3], c[3], kept[1], c[4], STORY[4]].join("\n"))
    for (const [line, rule] of captions) expect(labels.get(line), line).toBe(`caption:${rule}`)
    for (const p of [...STORY, ...kept]) expect(labels.get(p), p).toBe("body")
  })

  it("takes a 'Since you're here' appeal out, with the line that asks readers to fund the site and its button", () => {
    const appeal = [
      "Since you’re here …",
      "… we have a small favour to ask. More people than ever read the Lakeland Gazette, and we want to keep our reporting open to all.",
      "Good local reporting takes time and money. If everyone who reads our reporting helps fund it, you can keep it free for all of your neighbours.",
      "Support the Lakeland Gazette",
    ]
    const pledge = "The drivers' union said it would support the Lakeland bus plan if fares stayed at their current level."
    const labels = labelled([...STORY, pledge, ...appeal, "Topics: Transport", "© 2021 Lakeland Gazette Media Ltd. All rights reserved."].join("\n"))
    for (const line of appeal) expect(kindOf(labels, line), line).toBe("donation_appeal")
    expect(labels.get(appeal[0]!)).toBe("donation_appeal:appeal.since-here")
    expect(labels.get(appeal[2]!)).toBe("donation_appeal:appeal.fund")
    expect(labels.get(appeal[3]!)).toBe("donation_appeal:appeal.support-site")
    expect(labelled([...STORY, "Please support quality journalism today"].join("\n")).get("Please support quality journalism today")).toBe("donation_appeal:appeal.support-us")
    for (const p of [...STORY, pledge]) expect(labels.get(p), p).toBe("body")
  })

  it("takes the site's own name out as navigation, above the story and between its paragraphs", () => {
    const page = ["LAKELAND GAZETTE", "Home | News | Sport", "Council expands bus network", ...STORY.slice(0, 3), "The Lakeland Gazette", ...STORY.slice(3),
      "© 2021 Lakeland Gazette Media Ltd. All rights reserved."]
    const labels = labelled(page.join("\n"))
    expect(labels.get("LAKELAND GAZETTE")).toBe("navigation:nav.site-name")
    expect(labels.get("The Lakeland Gazette")).toBe("navigation:nav.site-name")
    expect(labels.get("Council expands bus network")).toBe("headline:headline.above-story")
    for (const p of STORY) expect(labels.get(p), p).toBe("body")
    // The site after the page's title on the first line names it too.
    const titled = labelled(["Council expands bus network to the northern suburbs - Lakeland Gazette", "Lakeland Gazette", "Home | News", ...STORY].join("\n"))
    expect(titled.get("Lakeland Gazette")).toBe("navigation:nav.site-name")
    // A site named like the story's things is still no headline.
    const named = labelled(["Council Bus Network Daily", "Council expands bus network", ...STORY, "\u00a9 2021 Council Bus Network Daily"].join("\n"))
    expect(named.get("Council Bus Network Daily")).toBe("navigation:nav.site-name")
    expect(named.get("Council expands bus network")).toBe("headline:headline.above-story")
  })

  it("takes a closing paragraph that opens with the byline's author and what they do for a bio", () => {
    const bio = "Jane Smith covers transport and city hall for the Gazette. She previously reported from the state capital."
    const labels = labelled(["Council expands bus network", "By Jane Smith | March 3, 2015", ...STORY, bio].join("\n"))
    expect(labels.get(bio)).toBe("author_bio:bio.byline-author")
    for (const p of STORY) expect(labels.get(p), p).toBe("body")
    // The second of two authors, with an apposition; and a bio below the share bar that ends the story.
    const second = "Tom Brown, a former city editor, writes about transport and housing."
    const two = labelled(["Council expands bus network", "By Jane Smith and Tom Brown", ...STORY, second].join("\n"))
    expect(two.get(second)).toBe("author_bio:bio.byline-author")
    const below = labelled(["Council expands bus network", "By Jane Smith", ...STORY, "Share this story", bio].join("\n"))
    expect(below.get(bio)).toBe("author_bio:bio.byline-author")
    // Someone the byline does not name is story.
    const other = "Mayor Tom Hughes, who pushed for the plan, is expected to open the first route himself in the spring."
    expect(labelled(["Council expands bus network", "By Jane Smith", ...STORY, other].join("\n")).get(other)).toBe("body")
  })

  it("keeps a sub-heading between paragraphs as a heading, not as body sentences", () => {
    const text = [...STORY.slice(0, 2), "A long dispute", ...STORY.slice(2)].join("\n")
    expect(labelled(text).get("A long dispute")).toBe("heading")
  })

  it("finds a donation appeal after the story, including its lines without a cue", () => {
    const appeal = [
      "A Message from The Daily Example:",
      "Dear readers,",
      "We are facing unprecedented pressure on our newsroom, and the authorities have made our reporting harder than ever before in this country.",
      "Your support, no matter how small, makes a world of difference. Please support us monthly.",
      "Remind me later.",
    ]
    const labels = labelled([...STORY, ...appeal].join("\n"))
    for (const line of appeal) expect(kindOf(labels, line)).toBe("donation_appeal")
    for (const p of STORY) expect(labels.get(p)).toBe("body")
  })

  it("takes photo credits, captions beside them and agency sign-offs out", () => {
    const text = [
      ...STORY.slice(0, 3),
      "Buses at the depot (picture-alliance/AP Photo/J. Doe)",
      "The depot in the north of the city",
      ...STORY.slice(3),
      "PHOTO: AFP",
      "es/jm (AP, AFP)",
    ].join("\n")
    const labels = labelled(text)
    expect(kindOf(labels, "Buses at the depot (picture-alliance/AP Photo/J. Doe)")).toBe("caption")
    expect(kindOf(labels, "The depot in the north of the city")).toBe("caption")
    expect(kindOf(labels, "PHOTO: AFP")).toBe("photo_credit")
    expect(kindOf(labels, "es/jm (AP, AFP)")).toBe("signoff")
  })

  it("keeps an article's own last paragraph that drifts to a side topic, and drops a teaser appended after it", () => {
    const drift = "Over the weekend, the mayor will travel to the council's partner city in Japan, where officials hope to sign an agreement on tourism and trade."
    const teaser =
      "A racing pigeon has survived an extraordinary Pacific Ocean crossing to find a new home in Australia, where authorities now consider the exhausted bird a quarantine risk and plan to kill it, although experts suspect that the"
    // The story names its mayor three times, so the drifting paragraph still speaks of the story's people.
    const story = [...STORY.slice(0, 3), STORY[3]!.replace("The mayor", "Mayor Hughes"), "Mayor Hughes said the vote was a relief.", "Critics of Mayor Hughes said the cost was too high.", STORY[4]!]
    const labels = labelled([...story, drift, teaser].join("\n"))
    expect(labels.get(drift)).toBe("body")
    expect(labels.get(teaser)).toBe("unrelated_teaser:teaser.truncated")
  })

  it("keeps a last paragraph cut off by the scraper when it speaks of the story", () => {
    const story = [...STORY.slice(0, 3), STORY[3]!.replace("The mayor", "Mayor Hughes"), "Mayor Hughes said the vote was a relief.", "Critics of Mayor Hughes said the cost was too high."]
    const cut = "Mayor Hughes said the council would review the bus network after its first year and that the new routes to the northern suburbs would be extended if the number of workers using them"
    expect(labelled([...story, cut].join("\n")).get(cut)).toBe("body")
  })

  it("reads a byline without 'By' that names the author's job, and the bio of its author above an appeal", () => {
    const byline = "Eleanor Whitcombe Diplomatic editor, and Chen Yuting in Beijing"
    const bio = "Eleanor Whitcombe is the Gazette's diplomatic editor. Chen Yuting is a freelance journalist based in Beijing."
    const appeal = ["Since you're here, we have a small favour to ask. Readers rely on the Gazette for independent journalism.", "Support the Lakeland Gazette from as little as £1 – it only takes a minute. Thank you.", "Support us"]
    const labels = labelled(["Council expands bus network", byline, ...STORY, bio, ...appeal].join("\n"))
    expect(kindOf(labels, byline)).toBe("byline")
    expect(labels.get(bio)).toBe("author_bio:bio.byline-author")
    for (const p of STORY) expect(labels.get(p), p).toBe("body")
    // (a title that names a place is no byline: no job is named)
    expect(kindOf(labelled(["Vladimir Putin in Beijing for talks", ...STORY].join("\n")), "Vladimir Putin in Beijing for talks")).not.toBe("byline")
  })

  it("takes out a labelled link to another story, a newsletter that names itself, a credit to agencies and a caption with no verb", () => {
    const related = "Related: Mayor in Springfield – what the surprise visit means for the county's spring budget and its schools"
    const newsletter = "Newsletter: get the Gazette's Transport Brief in your inbox every Thursday. Sign up"
    const credit = "Reuters and The Associated Press contributed to this report."
    const caption = "A new electric bus, used for trials on the northern routes, at the depot outside the city."
    const labels = labelled([STORY[0], caption, "(Photo: Jane Smith / Gazette)", STORY[1], related, STORY[2], newsletter, ...STORY.slice(3), credit].join("\n"))
    expect(kindOf(labels, related)).toBe("unrelated_teaser")
    expect(kindOf(labels, newsletter)).toBe("newsletter_prompt")
    expect(kindOf(labels, credit)).toBe("signoff")
    expect(kindOf(labels, caption)).toBe("caption")
    for (const p of STORY) expect(labels.get(p), p).toBe("body")
  })

  it("reads a byline of authors with their places, a paywall's meter, a gift appeal and a time-stamped source line", () => {
    const byline = "By Selin Aydemir in Istanbul and Konstantin Belov in Moscow"
    const stamp = "Source: Xinhua| 2020-08-10 20:58:36|Editor: huaxia"
    const bio = "Selin Aydemir is the Dispatch's Istanbul correspondent. Konstantin Belov reports from Moscow."
    const meter = "You have read 4 of 5 free articles this month. Subscribe for unlimited access from 4.99 a month."
    const gift = "The Review is published by a nonprofit institute. Independent analysis depends on readers like you. Make a tax-deductible gift."
    const labels = labelled(["Council expands bus network", byline, stamp, ...STORY, bio, meter, gift].join("\n"))
    expect(kindOf(labels, byline)).toBe("byline")
    expect(kindOf(labels, stamp)).toBe("other")
    expect(labels.get(bio)).toBe("author_bio:bio.byline-author")
    expect(kindOf(labels, meter)).toBe("donation_appeal")
    expect(kindOf(labels, gift)).toBe("donation_appeal")
    for (const p of STORY) expect(labels.get(p), p).toBe("body")
  })

  it("keeps a live page's key events as story, below its title, and reads 'Photograph:' as a credit", () => {
    const title = "Council expands bus network as suburbs celebrate – live"
    const keys = ["The council votes to expand the bus network into the northern suburbs", "Opponents say the cost will force cuts in libraries and parks"]
    const caption = "The mayor speaks at the council meeting on Tuesday evening."
    const labels = labelled(["LIVE UPDATES", title, "Key events", ...keys, "21:40 GMT", STORY[0], STORY[1], caption, "Photograph: Jane Smith/Gazette", ...STORY.slice(2)].join("\n"))
    expect(kindOf(labels, title)).toBe("headline")
    for (const k of keys) expect(labels.get(k), k).toBe("body")
    expect(kindOf(labels, "Photograph: Jane Smith/Gazette")).toBe("photo_credit")
    expect(kindOf(labels, caption)).toBe("caption")
    for (const p of STORY) expect(labels.get(p), p).toBe("body")
  })

  it("finds the title above the byline and the date, keeps a standfirst that retells the story, and takes an agency's photo desk credit and a file picture's caption out", () => {
    const title = "Council expands bus network to northern suburbs"
    // (a standfirst that says the story in its own words: fewer than half its words are the story's)
    const standfirst = "Residents of outlying districts celebrate shorter journeys, while opponents warn libraries and parks face closures after years of dispute over the new routes"
    const caption = "A bus waits at the old depot in the northern suburbs (file picture)"
    const credit = "AFP PHOTO / CITY TRANSPORT OFFICE / JANE SMITH"
    const labels = labelled(["Lakeland Gazette", title, "12 May 2016, 17:45", standfirst, "Share: Facebook | Twitter", "What was decided?", ...STORY.slice(0, 3), caption, credit, ...STORY.slice(3)].join("\n"))
    expect(kindOf(labels, title)).toBe("headline")
    expect(labels.get(standfirst)).toBe("body")
    expect(kindOf(labels, "What was decided?")).not.toBe("headline")
    expect(kindOf(labels, caption)).toBe("caption")
    expect(kindOf(labels, credit)).toBe("photo_credit")
    for (const p of STORY) expect(labels.get(p), p).toBe("body")
  })

  it("finds a title in images right above the byline, a story that opens with its dateline below a caption, a pull quote, and an interview's furniture", () => {
    const title = "After the vote, a new road: the suburbs' long wait and the city's uneasy answer"
    const caption = "A bus waits at the old depot on a rainy evening in the northern suburbs."
    const pull = "\"The network will be reviewed after its first year.\" \u2014 The mayor, City Hall"
    const page = ["Home | News | Transport | Opinion", title, "Interview by Jane Smith | 23 Nov, 2020 09:14 / Updated 2 hours ago", caption, "Photo: John Doe / Gazette",
      `LAKELAND \u2014 ${STORY[0]}`, STORY[1], pull, ...STORY.slice(2),
      "This conversation has been condensed and edited for clarity.", "Staff writer Ann Lee contributed reporting from the northern suburbs.",
      "Jane Smith is the Gazette's transport correspondent.", "Also on lakelandgazette.com: Library opening hours to change in spring"]
    const labels = labelled(page.join("\n"))
    expect(kindOf(labels, title)).toBe("headline")
    expect(kindOf(labels, page[2]!)).toBe("byline")
    expect(labels.get(caption)).not.toBe("body")
    expect(kindOf(labels, pull)).toBe("other")
    expect(kindOf(labels, page.at(-4)!)).toBe("signoff")
    expect(kindOf(labels, page.at(-3)!)).toBe("signoff")
    expect(kindOf(labels, page.at(-2)!)).toBe("author_bio")
    expect(kindOf(labels, page.at(-1)!)).toBe("unrelated_teaser")
    for (const p of STORY.slice(1)) expect(labels.get(p), p).toBe("body")
  })

  it("takes newsletter prompts out, but keeps a story sentence that mentions a newsletter", () => {
    const prompt = "Sign up for our daily newsletter"
    const mention = "The council said in its newsletter that the routes would be reviewed after the first year of operation, once the figures were in."
    const labels = labelled([...STORY.slice(0, 3), prompt, mention, ...STORY.slice(3)].join("\n"))
    expect(kindOf(labels, prompt)).toBe("newsletter_prompt")
    expect(labels.get(mention)).toBe("body")
  })

  it("keeps a story paragraph that speaks of terms and conditions or a privacy policy, and the paragraphs around it", () => {
    const legal = "The company said the supplement does not change the terms and conditions of the offer, and that its privacy policy for customers stays as it is."
    const labels = labelled([STORY[0], STORY[1], legal, ...STORY.slice(2), "Privacy policy | Terms of use"].join("\n"))
    for (const p of [...STORY, legal]) expect(labels.get(p), p).toBe("body")
    expect(kindOf(labels, "Privacy policy | Terms of use")).toBe("other")
  })

  it("keeps a closing sentence thick with names and figures when it speaks of the story", () => {
    const story = [
      "Shares of Acme Corporation rose sharply on Monday after the company said that its quarterly profit had doubled from a year earlier.",
      "The results of Acme were helped by strong sales of its new printers in Europe, which accounted for almost half of the revenue of the company.",
      "Analysts said the figures showed that Acme had recovered from a difficult year in which two of its factories were closed for repairs.",
      "The chief executive said the company would open a new plant in the spring and hire about 500 workers over the next two years.",
    ]
    const closing = "In New York Stock Exchange composite trading, Acme shares rose $1.625 to $38.625."
    const labels = labelled([...story, closing].join("\n"))
    for (const p of [...story, closing]) expect(labels.get(p), p).toBe("body")
  })

  it("keeps a closing sentence that reports what someone named did, and drops a caption in the present after it", () => {
    const closing = "Regional Transport Commissioner Lord Robertson welcomed the move."
    const caption = "Commissioner Lord Robertson speaks at Central Station, London."
    const labels = labelled([...STORY, closing, caption].join("\n"))
    expect(labels.get(closing)).toBe("body")
    expect(labels.get(caption)).not.toBe("body")
  })

  it("treats an author bio after the story as a bio", () => {
    const labels = labelled([...STORY, "", "Jane Smith", "Senior Transport Correspondent"].join("\n"))
    expect(kindOf(labels, "Jane Smith")).toBe("author_bio")
    expect(kindOf(labels, "Senior Transport Correspondent")).toBe("author_bio")
    // A labelled bio, however long it is.
    const bio = "About the author: Jane Smith covers transport and city politics for the paper, and before that she reported on housing in the northern suburbs."
    expect(kindOf(labelled([...STORY, bio].join("\n")), bio)).toBe("author_bio")
  })

  it("stops the story at the comments and the copyright footer", () => {
    const comments = ["12 Comments", "reader1 says:", "I think the council has made a terrible mistake and will regret this decision for many years to come."]
    const labels = labelled([...STORY, "Share this:", ...comments, "© 2019 Example Media. All rights reserved."].join("\n"))
    for (const p of STORY) expect(labels.get(p)).toBe("body")
    expect(labels.get(comments[2]!)).not.toBe("body")
    expect(kindOf(labels, "© 2019 Example Media. All rights reserved.")).toBe("other")
  })

  it("prefers the story under its byline over a longer block of readers' comments", () => {
    const comments = Array.from({ length: 8 }, (_, i) => `Reader comment number ${i}: the council should have listened to the people who actually ride these buses every single day of the week.`)
    const text = ["Council expands bus network", "By Jane Smith", ...STORY.slice(0, 2), "34 responses to “Council expands bus network”", ...comments].join("\n")
    const labels = labelled(text)
    expect(labels.get(STORY[0]!)).toBe("body")
    expect(labels.get(comments[3]!)).not.toBe("body")
  })

  it("treats lines repeated across the corpus as furniture, and keeps the story around them", () => {
    const footer = "Find out more about page archives"
    const labels = labelled([...STORY, footer].join("\n"), (key) => key === furnitureKey(footer))
    expect(labels.get(footer)).toBe("other:repeated-across-corpus")
    expect(labels.get(STORY[4]!)).toBe("body")
  })

  it("reads the stopword density of other languages", () => {
    const german = [
      "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in die nördlichen Vororte auszubauen, und damit einen langen Streit beendet.",
      "Die Befürworter sagen, dass die neuen Linien die Fahrzeit für tausende Pendler verkürzen werden, die bisher auf ihr Auto angewiesen sind.",
      "Die Gegner meinen, dass die Kosten des Projekts zu hoch sind und dass die Stadt bei den Bibliotheken sparen muss.",
    ]
    const text = ["Startseite", "Politik", "Wirtschaft", ...german, "Impressum", "Datenschutz"].join("\n")
    const labels = labelled(text)
    for (const p of german) expect(labels.get(p)).toBe("body")
    expect(labels.get("Startseite")).not.toBe("body")
  })

  it("accounts for every non-empty line exactly once", () => {
    const text = ["Menu", "Council expands bus network", ...STORY, "PHOTO: AFP", "Subscribe to our newsletter", "Privacy Policy"].join("\n")
    const l = layout(text)
    const spans = [...l.paragraphs, ...l.boilerplate].sort((a, b) => a.start - b.start)
    expect(spans.length).toBe(text.split("\n").filter((x) => x.trim()).length)
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end)
  })
})

describe("pages of an agency and of a live blog (hold9)", () => {
  it("takes no section name repeated from the menu for the title, and takes the title below the date", () => {
    const lines = ["CITY WIRE — City News Agency", "Politics | Transport | Business | Sports", "Transport", "3 NOV 2023, 11:47",
      "Council expands bus network into the northern suburbs after two-year dispute", "According to the mayor, the new routes will be reviewed after their first year",
      `CITYVILLE, November 3. /CW/. ${STORY[0]}`, ...STORY.slice(1, 3), "Read also: Mayor says library budget is safe for another year", ...STORY.slice(3)]
    const labels = labelled(lines.join("\n"))
    expect(kindOf(labels, "Transport")).toBe("navigation")
    expect(kindOf(labels, lines[4]!)).toBe("headline")
    expect(labels.get(lines[5]!)).toBe("body")
    expect(kindOf(labels, "Read also: Mayor says library budget is safe for another year")).toBe("unrelated_teaser")
  })

  it("keeps a live page's earlier day and its entry in the story, and takes the line above a credit for the caption, not a time stamp below it", () => {
    const lines = ["LIVE", "Council expands bus network", "Last updated: March 3, 2015, 11:20 p.m.", "11:20 p.m.", STORY[0], "10:05 p.m. UPDATED", STORY[1],
      "A bus on the new northern route, in an image released by the council on Tuesday.", "City Council / Yonhap", "3:10 p.m.", STORY[2], STORY[3],
      "Monday, March 2", "9:40 p.m.", STORY[4], "Most viewed", "Weather warning lifted for the coast"]
    const labels = labelled(lines.join("\n"))
    expect(kindOf(labels, lines[7]!)).toBe("caption")
    expect(kindOf(labels, "City Council / Yonhap")).toBe("photo_credit")
    expect(kindOf(labels, "3:10 p.m.")).not.toBe("caption")
    expect(labels.get("Monday, March 2")).toBe("body")
    for (const p of STORY) expect(labels.get(p)).toBe("body")
  })
})

describe("a digest of short items and an agency's credits (hold10)", () => {
  it("takes the first item of a digest for the story, below its rubric and title, and no other item", () => {
    const lines = ["DAILY BRIEF", "Wednesday, August 21, 2019", "TRANSPORT", "Council expands bus network into the northern suburbs", ...STORY,
      "ITALY", "Conte resigns as the governing coalition collapses in Rome", "Prime Minister Giuseppe Conte resigned on Tuesday after accusing his interior minister of putting his own interests first, ending a fourteen-month coalition.",
      "Salvini, whose League leads the opinion polls, wants a snap election in the autumn; other parties are exploring a new majority in parliament."]
    const labels = labelled(lines.join("\n"))
    expect(kindOf(labels, "TRANSPORT")).toBe("navigation")
    expect(kindOf(labels, "Council expands bus network into the northern suburbs")).toBe("headline")
    for (const p of STORY) expect(labels.get(p)).toBe("body")
    expect(labels.get(lines.at(-2)!)).not.toBe("body")
  })

  it("reads 'AGENCY/Photographer' as a credit, and no sentence that reports what someone said as a caption beside a credit", () => {
    const lines = ["Council expands bus network", "", "Buses wait at the new northern terminal on the first day of the service.", "NORTHSTAR/Pavel Rebrov", ...STORY.slice(0, 3),
      "GRAPHIC: The new routes - example.org/busmap", "The mayor, speaking at a meeting of the council on Sunday, called the vote \"a historic step\" and said the routes would open in spring.", ...STORY.slice(3)]
    const labels = labelled(lines.join("\n"))
    expect(kindOf(labels, "NORTHSTAR/Pavel Rebrov")).toBe("photo_credit")
    expect(labels.get(lines[2]!)).not.toBe("body")
    expect(labels.get(lines[8]!)).toBe("body")
    // (a breadcrumb is no credit)
    expect(kindOf(labelled(["World/Europe Now", ...STORY].join("\n")), "World/Europe Now")).not.toBe("photo_credit")
  })
})

describe("furniture of agencies, broadcasters and magazines", () => {
  const story = (extra: string[], at = 2) => [...STORY.slice(0, at), ...extra, ...STORY.slice(at)].join("\n")
  it("labels a rule of underscores inside a story, an agency's 'reported from' sign-off, video teasers with their running time and a print-issue note", () => {
    const l = labelled(story(["___"]))
    expect(kindOf(l, "___")).toBe("other")
    const t = story(["WATCH | Council members debate the new bus routes:", "Duration 1:58"])
    expect(kindOf(labelled(t), "WATCH | Council members debate the new bus routes:")).toBe("unrelated_teaser")
    expect(kindOf(labelled(t), "Duration 1:58")).toBe("other")
    const end = [...STORY, "Kellerman reported from Washington. Associated Press writer Lucia Moreno contributed to this report."].join("\n")
    expect(kindOf(labelled(end), "Kellerman reported from Washington. Associated Press writer Lucia Moreno contributed to this report.")).toBe("signoff")
    const issue = ["This article appears in the December 2021 issue of The Long View.", ...STORY].join("\n")
    expect(kindOf(labelled(issue), "This article appears in the December 2021 issue of The Long View.")).toBe("other")
  })

  it("labels a caption that says where someone stands in the picture", () => {
    const line = "Mayor Jane Doe, left, hands the new timetable to the transport minister at the depot on Tuesday."
    expect(kindOf(labelled(story([line])), line)).toBe("caption")
  })
})

describe("layout of broadcast transcripts, reposts and appended notes", () => {
  const SPOKEN = STORY.map((p, i) => `${i % 2 ? "HOLLOWAY" : "BRENNAN"}: ${p}`)

  it("reads a transcript's show name, its title in title case with a full stop, the 'Aired' date line, the order notice and the tease of the next segment", () => {
    const text = [
      "ANN.com - Transcripts", "Return to Transcripts main page", "THE WORLD TONIGHT",
      "Council Expands Bus Network; Mayor Says Routes Will Be Reviewed After a Year.",
      "Aired March 24, 2014 - 17:00 ET",
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
      ...SPOKEN,
      "HOLLOWAY: Coming up after the break, the search for the missing airliner: investigators say the plane went down in the southern ocean. Stay with us.",
      "(COMMERCIAL BREAK)",
      "TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0142 OR USE OUR SECURE ONLINE ORDER FORM.",
    ].join("\n")
    const labels = labelled(text)
    expect(labels.get("Council Expands Bus Network; Mayor Says Routes Will Be Reviewed After a Year.")).toBe("headline:headline.above-story")
    expect(kindOf(labels, "THE WORLD TONIGHT")).toBe("navigation")
    expect(labels.get("Aired March 24, 2014 - 17:00 ET")).toBe("other:header.date")
    expect(kindOf(labels, "TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0142 OR USE OUR SECURE ONLINE ORDER FORM.")).toBe("other")
    expect(labels.get("HOLLOWAY: Coming up after the break, the search for the missing airliner: investigators say the plane went down in the southern ocean. Stay with us.")).toBe("unrelated_teaser:teaser.coming-up")
    for (const p of SPOKEN) expect(labels.get(p)).toBe("body")
  })

  it("leaves out a translator's credit, the author's bio and a priced subscription pitch under the story", () => {
    const text = ["Council expands bus network", "Jane Smith", "05.02.2022, 09:40", ...STORY,
      "Translated from Polish by Joanna Wiśniewska",
      "Jane Smith covers local government for the Courier. She was its Moscow correspondent from 2014 to 2019.",
      "Quality journalism costs money. Subscribe to the Courier from 19 zł a month – the first month is free."].join("\n")
    const labels = labelled(text)
    expect(labels.get("Translated from Polish by Joanna Wiśniewska")).toBe("signoff:signoff.translated")
    expect(kindOf(labels, "Jane Smith covers local government for the Courier. She was its Moscow correspondent from 2014 to 2019.")).toBe("author_bio")
    expect(labels.get("Quality journalism costs money. Subscribe to the Courier from 19 zł a month – the first month is free.")).toBe("donation_appeal:appeal.subscribe")
    for (const p of STORY) expect(labels.get(p)).toBe("body")
  })

  it("leaves out a correction appended to the story", () => {
    const note = "Correction, July 30, 2015: An earlier version of this story misstated the number of council members who voted for the plan. Seven members did, not eight."
    const labels = labelled([...STORY, note].join("\n"))
    expect(labels.get(note)).toBe("other:other.correction")
  })

  it("leaves out a story's update notes and the head of its first version kept below, not a sentence that tells of an update", () => {
    const notes = ["UPDATED 6:41 p.m. ET: This story has been updated with statements from the mayor and the transport union.", "Update, 3:20 p.m.: Adds comments from a council briefing.",
      "Original story, published 10:02 a.m.:"]
    const told = "Updated figures released at 3 p.m. showed that ridership had grown by a fifth since the first routes opened in the spring."
    const labels = labelled([notes[0], notes[1], ...STORY.slice(0, 3), notes[2], told, ...STORY.slice(3)].join("\n"))
    for (const n of notes) expect(labels.get(n)).toBe("other:other.update-note")
    expect(labels.get(told)).toBe("body")
  })

  it("leaves out a video transcript's player times, a broadcast's sign-off, weather, travel and close, its other news, and an advertising slot's marker", () => {
    const times = ["0:00", "0:13", "0:31"]
    const transcript = [times[0], STORY[0], times[1], STORY[1], times[2], STORY[2], "Story continues below advertisement", STORY[3], "Irina Volkova, Lakeland Radio News, Moscow.",
      "HANNAH COLLEY: In other news, the city's fire service says crews were called to more than forty grass fires over the weekend as the heatwave goes on.",
      "Plans for a new footbridge over the river go on public display on Thursday, and the council hopes to open it by the end of next year.",
      "WEATHER: Tonight warm and dry, lows of 16 Celsius.", "HANNAH COLLEY: That's Lakeland Radio News. Our next bulletin is at eleven."]
    const labels = labelled(transcript.join("\n"))
    for (const t of times) expect(kindOf(labels, t)).not.toBe("body")
    for (const t of times.slice(1)) expect(labels.get(t)).toBe("other:other.media-time")
    expect(labels.get("Story continues below advertisement")).toBe("other:other.ad-marker")
    expect(labels.get("Irina Volkova, Lakeland Radio News, Moscow.")).toBe("signoff:signoff.broadcast")
    expect(labels.get(transcript[9]!)).toBe("unrelated_teaser:end.other-news")
    expect(kindOf(labels, transcript[10]!)).not.toBe("body")
    expect(labels.get("WEATHER: Tonight warm and dry, lows of 16 Celsius.")).toBe("other:other.bulletin-service")
    expect(labels.get(transcript[12]!)).toBe("signoff:signoff.bulletin-close")
    for (const p of STORY.slice(0, 4)) expect(labels.get(p)).toBe("body")
    // (a live page's clock times, which start later in the day, stay: they date its entries)
    const live = labelled(["10:42", STORY[0], "11:05", STORY[1], "11:30", STORY[2]].join("\n"))
    expect(live.get("10:42")).not.toBe("other:other.media-time")
  })

  it("ends a reposted story at its dated source line: the poster's own comment and the replies below are not story", () => {
    const text = ["Transit Forum", "Board index ‹ Cities", "Council expands bus network", "Post by bus_fan » Mon Jul 29, 2024 8:14 am", "Quote:", "By Jane Smith", ...STORY,
      "Jane Smith reports on transport for The City Courier from Leeds.",
      "Source: The City Courier, 29 July 2024",
      "My take: this is the tram debate of the 1990s all over again. The suburbs will wait another decade, mark my words.",
      "-- bus_fan | Leeds | ride more, drive less"].join("\n")
    const labels = labelled(text)
    expect(kindOf(labels, "Source: The City Courier, 29 July 2024")).toBe("other")
    expect(kindOf(labels, "My take: this is the tram debate of the 1990s all over again. The suburbs will wait another decade, mark my words.")).not.toBe("body")
    expect(kindOf(labels, "Jane Smith reports on transport for The City Courier from Leeds.")).toBe("author_bio")
    for (const p of STORY) expect(labels.get(p)).toBe("body")
  })
})

describe("layout of live pages, state agencies' pages and newsletters (hold14)", () => {
  it("keeps a live page's day headings over its entries' time stamps as story, and leaves out a sponsor's message and an appeal to support journalism", () => {
    const text = ["Council live", "Fri 30 Sep 2022 20.45 GMT", "Friday 30 September", "20:45 GMT", STORY[0], "17:20 GMT", STORY[1],
      "Thursday 29 September", "21:10 GMT", STORY[2], "16:30 GMT", STORY[3],
      "SPONSORED | Understand the city budget in 15 minutes a week. Try Civic Weekly free.",
      "Our live coverage is free to read. If you can, support independent European journalism from €2 a month.",
      "Wednesday 28 September", "19:05 GMT", STORY[4]].join("\n")
    const labels = labelled(text)
    expect(labels.get("Thursday 29 September")).toBe("body")
    expect(labels.get("Wednesday 28 September")).toBe("body")
    expect(labels.get("SPONSORED | Understand the city budget in 15 minutes a week. Try Civic Weekly free.")).toBe("other:other.sponsored")
    expect(kindOf(labels, "Our live coverage is free to read. If you can, support independent European journalism from €2 a month.")).toBe("donation_appeal")
  })

  it("takes the title below the date line over a masthead the page opens with, unless that first line is printed again as the title", () => {
    const head = ["NOVOSTI Russian News Agency", "Russia | World | Politics", "18 OCT 2021, 16:47", "Council expands bus network into the northern suburbs"]
    expect(labelled([...head, ...STORY].join("\n")).get("Council expands bus network into the northern suburbs")).toBe("headline:headline.above-story")
    const repeated = ["Council expands bus network into the northern suburbs", "Welcome", "Council expands bus network into the northern suburbs", "Published 11:11 PM EST Nov 19, 2019", "The mayor at the depot on Tuesday", "Jane Doe, City Courier", ...STORY]
    expect(labelled(repeated.join("\n")).get("The mayor at the depot on Tuesday")).not.toBe("headline:headline.above-story")
  })
})

describe("layout of app pages, state broadcasters and blogs (hold15)", () => {
  it("leaves out an app prompt and a slash credit, reads a day-month-year date with hyphens, skips a language menu as title, and finds a blogger's bio from the date line's 'by'", () => {
    const text = ["Northfield Courier", "日本語 | English | 中文 | 한국어", "Council expands bus network into the northern suburbs", "Posted 21:47, 16-Sep-2022 by Jane Smith",
      "The mayor at the depot on Tuesday", "/City Courier", ...STORY,
      "Jane Smith spent eleven years as a transport reporter before starting this blog.",
      "Scan the QR code to download the Courier app and get the latest news on the go"].join("\n")
    const labels = labelled(text)
    expect(kindOf(labels, "日本語 | English | 中文 | 한국어")).not.toBe("headline")
    expect(labels.get("Council expands bus network into the northern suburbs")).toBe("headline:headline.above-story")
    expect(labels.get("Posted 21:47, 16-Sep-2022 by Jane Smith")).toBe("other:header.date")
    expect(labels.get("/City Courier")).toBe("photo_credit:credit.slash")
    expect(labels.get("Jane Smith spent eleven years as a transport reporter before starting this blog.")).toBe("author_bio:bio.byline-author")
    expect(labels.get("Scan the QR code to download the Courier app and get the latest news on the go")).toBe("other:other.app-prompt")
  })
})


/** Each line's label, as `want` says (kind:rule, or the kind alone). */
const expectLabels = (text: string, want: Record<string, string>) => {
  const labels = labelled(text)
  const got = Object.fromEntries(Object.entries(want).map(([line, label]) => [line, label.includes(":") ? labels.get(line) : kindOf(labels, line)]))
  expect(got).toEqual(want)
}

describe("layout of CMS previews, chat exports and embassy pages (hold21)", () => {
  it("reads a CMS preview's fields: the HED as title, the ART as caption, the CREDIT as credit, a [TK] placeholder as a note", () => {
    const text = ["INKWELL CMS 4.2 — STORY PREVIEW — NOT FOR PUBLICATION", "Slug: BUS-NETWORK | Desk: Metro | Status: READY FOR COPY",
      "HED: Council expands bus network into the northern suburbs", "ART: [photo 1 of 2] The mayor at the depot on Tuesday.", "CREDIT: Jane Doe for the City Courier",
      ...STORY, "[TK: graf on the mayor's reaction if it lands before 2 p.m.]", "↪ Replying to WireBot: desk, the quote is our own translation", "📌 dana pinned a message to this channel. See all pinned messages."].join("\n")
    expectLabels(text, {
      "HED: Council expands bus network into the northern suburbs": "headline:headline.above-story",
      "ART: [photo 1 of 2] The mayor at the depot on Tuesday.": "caption:caption.label",
      "CREDIT: Jane Doe for the City Courier": "photo_credit:credit.field",
      "[TK: graf on the mayor's reaction if it lands before 2 p.m.]": "other:other.placeholder",
      "↪ Replying to WireBot: desk, the quote is our own translation": "other:other.chat-event",
      "📌 dana pinned a message to this channel. See all pinned messages.": "other:other.chat-event",
    })
  })

  it("takes the title below the date line over a site's name kept from it by menus", () => {
    const head = ["Посольство | 大使馆", "Embassy of the City of Northfield in the Capital", "Home | Embassy | News | Consular Section", "Рус | 中文 | Eng | Search",
      "News › 2001 › July", "17.07.2001", "Council expands bus network into the northern suburbs"]
    const story = STORY.map((l) => l.replace(/\bcouncil\b/g, "council of the city of Northfield"))
    expectLabels([...head, ...story].join("\n"), { "Council expands bus network into the northern suburbs": "headline:headline.above-story" })
  })

  it("reads a question over the byline as the title, a 'Words:' byline with its bio, a Medium date line, a letters page and a column's compiler", () => {
    const question = ["FactLens", "FACT-CHECK", "Did the council expand the bus network into the northern suburbs?", "By Keiko Aldana | March 13, 2009 | 6 min read", ...STORY].join("\n")
    expectLabels(question, { "Did the council expand the bus network into the northern suburbs?": "headline:headline.above-story" })
    const app = ["Council expands bus network into the northern suburbs", "Words: Tomasz Wiśniewski · Transport correspondent", "8 min read · Apr 17, 2021", ...STORY,
      "Tomasz Wiśniewski covers transport and the city for the Courier.", "Letters to the Editor", "Letters may be edited for length.", "What the Papers Say is compiled each weekday by the Courier's editors.",
      "If this was useful, follow me for more on buses.", "Follow"].join("\n")
    expectLabels(app, {
      "Words: Tomasz Wiśniewski · Transport correspondent": "byline:byline.by",
      "8 min read · Apr 17, 2021": "other:header.date",
      "Tomasz Wiśniewski covers transport and the city for the Courier.": "author_bio",
      "Letters to the Editor": "other:other.letters",
      "Letters may be edited for length.": "other:other.letters",
      "What the Papers Say is compiled each weekday by the Courier's editors.": "signoff:signoff.compiled",
      "If this was useful, follow me for more on buses.": "newsletter_prompt",
    })
  })
})
