/**
 * Metadata: what the article says about itself, read from the lines layout
 * set aside (title, byline, date lines) and from the start of the body
 * (the dateline), with the manifest winning where it speaks.
 *
 * A date printed only in boilerplate that is not a header (a teaser, an
 * appeal, a caption) never becomes the publication date.
 */
import type { PUBLISHED_SOURCES } from "../schemas/codes.ts"
import { TRANSCRIPT_SPEAKER } from "./annotations.ts"
import type { Layout, LabelledSpan } from "./layout.ts"
import type { ManifestEntry } from "./manifest.ts"
import type { Span } from "./sentences.ts"

export type PublishedSource = (typeof PUBLISHED_SOURCES)[number]

export interface Metadata {
  readonly headline: string | null
  /** The headline's words in the clean text (without the site and date segments). */
  readonly headlineSpan: Span | null
  readonly byline: string | null
  readonly publisher: string | null
  /** The dateline place ("ASTANA, Kazakhstan", "London"). */
  readonly dateline: string | null
  /** The dateline with its separator and agency residue ("London ( - "): not part of any sentence. */
  readonly datelineSpan: Span | null
  /** How the dateline was found: opening the first paragraph, or as a line of its own just before it. */
  readonly datelineRule: "dateline.opening" | "dateline.own-line" | null
  readonly published: string | null
  readonly publishedSource: PublishedSource
  /** Findings for documents.date_flags (a manifest date that disagrees with a printed one). */
  readonly flags: ReadonlyArray<string>
}

// ---------------------------------------------------------------- dates as printed in headers

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"

const iso = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2999) return null
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > days) return null
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}
const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1

/** A clock without am or pm: "13:05", "10.32 GMT". */
const CLOCK_24H = /(?<![\d/.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d/.])(?!\s*[ap]\.?m\b)/i

/**
 * Header date forms, tried in order: ISO (and 2017/7/4), dotted day-first (11.10.2016, the
 * European convention), slashed month-first (07/07/2008, the US convention; day-first
 * beside a 24-hour clock or when the first number is above 12),
 * "July 7, 2008" and "7 July 2008".
 */
const DATE_FORMS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => string | null }> = [
  { re: /\b(\d{4})-(\d\d)-(\d\d)(?!\d)/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  // (day-first beside a 24-hour clock, the European way of printing both: "13:05 05/11/2008"; or when the
  // first number cannot be a month: "23/02/2023")
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, read: (m) => (CLOCK_24H.test(m.input) ? iso(+m[3]!, +m[2]!, +m[1]!) : iso(+m[3]!, +m[1]!, +m[2]!) ?? iso(+m[3]!, +m[2]!, +m[1]!)) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"), read: (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i"), read: (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!) },
  // ("Updated 21:47, 16-Sep-2022")
  { re: new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{4})\\b`, "i"), read: (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!) },
]

/** The first full date printed in a header line, as ISO, with where it stands. */
export const headerDate = (text: string): { date: string; index: number; length: number } | null => {
  let best: { date: string; index: number; length: number } | null = null
  for (const form of DATE_FORMS) {
    const m = form.re.exec(text)
    if (!m) continue
    const date = form.read(m)
    if (date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length }
  }
  return best
}

/** The label of the day a page was put up: "Posted 3 June 2019", "Published on: 4 June". */
const POSTED = /\b(?:published|posted)(?:\s+on)?\s*:?\s*/i

/** A header line's date: the day it says the page was posted, if it says ("Singapore | 31 May – 2 June 2019 | Posted 3 June 2019"), else its first. */
const postedDate = (line: string): { date: string; index: number; length: number } | null => {
  const label = POSTED.exec(line)
  return (label ? headerDate(line.slice(label.index + label[0].length)) : null) ?? headerDate(line)
}

// ---------------------------------------------------------------- title, byline, dateline

/**
 * A title line: "Title | Section | Site | date" or "Title - Site". The
 * headline is the first segment; the site is the last segment that is not a
 * date or a generic section name.
 */
export const readTitle = (line: string): { headline: string; headlineLength: number; site: string | null; date: string | null } => {
  const parts = line.split(/\s+\|\s+/)
  let site: string | null = null
  let date: string | null = null
  if (parts.length === 1) {
    // "Title - Site": a short capitalised tail after a spaced dash.
    const m = /^(.*\S)\s+[-\u2013\u2014]\s+([\p{Lu}][\p{L}\p{N}.&' ]{0,40})$/u.exec(line)
    if (m && m[2]!.split(" ").length <= 4 && !headerDate(m[2]!)) {
      return { headline: m[1]!, headlineLength: m[1]!.length, site: m[2]!.trim(), date: null }
    }
    const d = headerDate(line)
    // (not the date a title speaks of: "Regular Press Conference on February 21, 2022")
    if (d && d.index > 0 && d.index + d.length === line.length && !/\b(?:on|of|for|from|since|until|to|in|at)\s*$/i.test(line.slice(0, d.index))) {
      const headline = line.slice(0, d.index).replace(/[\s|,\u2013\u2014-]+$/, "")
      return { headline, headlineLength: headline.length, site: null, date: d.date }
    }
    return { headline: line, headlineLength: line.length, site: null, date: null }
  }
  for (const part of parts.slice(1)) {
    const d = headerDate(part)
    if (d) date ??= d.date
    else if (!/^(news|world|politics|business|opinion|home|sport|sports|europe|asia|americas|africa|middle east|international|analysis|video|breaking news)$/i.test(part.trim())) site = part.trim()
  }
  return { headline: parts[0]!, headlineLength: parts[0]!.length, site, date }
}

/** "By Patrick Goodenough | July 7, 2008 | 8:08 PM EDT" -> the author and the printed date. */
/** A journalist's job as bylines print it after the name: "Diplomatic editor", "Moscow correspondent", "staff writer". */
export const JOURNALIST_ROLE = "(?:(?:chief|senior|deputy|staff|foreign|diplomatic|political|defen[cs]e|security|world|economics?|business|science|health|international|national|special|investigative|contributing|associate|managing|executive|[\\p{Lu}][\\p{Ll}]+)\\s+){0,2}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ontributor|[Bb]ureau [Cc]hief)\\b"

/**
 * The words a byline may open with before its "By": "Posted by", "Interview by", "Words by"; a label, "Words: ",
 * "Reporting: "; or the "From" of a British paper's byline before a name and a place: "From Alan Kershaw in New York".
 */
export const BYLINE_LEAD = "(?:BYLINE:\\s*|(?:[Ww]ords|[Tt]ext|[Rr]eporting|[Aa]uthor)\\s*:\\s*(?=[\\p{Lu}])|(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Rr]eported|[Ii]nterview(?:ed)?|[Ww]ords|[Ss]tory|[Tt]ext)\\s+)?(?:By|BY|by)\\s+|From\\s+(?=[\\p{Lu}][\\p{L}.'-]+(?:\\s+[\\p{Lu}][\\p{L}.'-]+){1,3}\\s+in\\s+[\\p{Lu}]))"
const BYLINE_LEAD_RE = new RegExp(`^${BYLINE_LEAD}`, "iu")

export const readByline = (line: string): { byline: string; date: string | null } => {
  // ("Nick Aldridge in Munich", "Selin Aydemir in Istanbul and Konstantin Belov in Moscow": the places are not the authors'.)
  // ("Eleanor Whitcombe Diplomatic editor, and Chen Yuting": nor the author's job.)
  const author = line.replace(BYLINE_LEAD_RE, "").replace(new RegExp(`([\\p{Lu}][\\p{L}.'-]+(?:\\s+[\\p{Lu}][\\p{L}.'-]+)+?),?\\s+${JOURNALIST_ROLE},?`, "gu"), "$1").split(/\s*[|\u2022\u00b7]\s*|\s+[-\u2013\u2014]\s+|,\s*(?=(?:mon|tue|wed|thu|fri|sat|sun)|\d|[a-z]{3,9}\.? \d)/i)[0]!.replace(/\s+in\s+\p{Lu}[\p{L}.-]*(?=\s+and\s)/gu, "").replace(/\s+in\s+\p{Lu}.*$/u, "").trim()
  return { byline: author, date: headerDate(line)?.date ?? null }
}

/**
 * A dateline opening the first paragraph: "ASTANA, Kazakhstan — ", "MOSCOW (Reuters) - ",
 * "London ( - " (a scraped agency name leaves its bracket behind), "NAIROBI, Kenya (AP) _ "
 * (wire copy in plain text writes its dash as an underscore). The place must be
 * in capitals, or be followed by a bracket or a long dash, so that an opening
 * clause ("Russia - the largest...") is not taken for one.
 */
const DATELINE = /^((?:[\p{Lu}][\p{L}.'-]*)(?:[ -][\p{Lu}][\p{L}.'-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,2})?)(?:,\s*[\p{Lu}][\p{L}]{2,8}\.? \d{1,2})?\s*(?:(\([^)\n]{0,40}\)?)?\s*([\u2014\u2013_]|--?|:|\.\s*\/[\p{Lu}]{2,}\/\.)\s+|(\((?:[\p{Lu}][\p{L}]+)(?: [\p{Lu}][\p{L}]*)?\))\s+(?=[\p{Lu}\u201c"]|$))/u

export const readDateline = (paragraph: string): { place: string; length: number } | null => {
  const m = DATELINE.exec(paragraph)
  if (!m) return null
  const place = m[1]!
  const capitals = place.split(",")[0]! === place.split(",")[0]!.toUpperCase() && /\p{Lu}{2}/u.test(place)
  // ("Beijing (CNN) China and Russia ...": an agency's name in brackets needs no dash after it)
  if (m[4]) return { place, length: m[0].length }
  const bracket = m[2] !== undefined
  const longDash = /[\u2014\u2013_]|--/.test(m[3]!)
  if (!(capitals || bracket || (longDash && place.split(/[ ,]+/).length <= 3))) return null
  if (m[3] === ":" && !capitals) return null
  return { place, length: m[0].length }
}

/**
 * A feed's element on a line of its own, its name and its text: "<pubDate>Sun, 15 Oct 2006 01:48:22 GMT</pubDate>",
 * "<dc:creator><![CDATA[Karen Holloway]]></dc:creator>" (RSS, Atom).
 */
export const ELEMENT_LINE = /^\s*<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?>(?:<!\[CDATA\[)?([^<>]*?)(?:\]\]>)?<\/\1>\s*$/d
/** The line that opens a feed's item: "<item>", "<entry>". */
export const FEED_ITEM = /^\s*<(?:item|entry)(?:\s[^<>]*)?>\s*$/
/** The line that opens a feed's channel: "<channel>", "<feed xmlns=...>". */
const FEED_CHANNEL = /^\s*<(?:channel|feed)(?:\s[^<>]*)?>\s*$/

/** A line's text inside the element that wraps it, if one does: where it starts and ends in the line. */
const unwrapped = (line: string): { start: number; end: number } => {
  const inner = ELEMENT_LINE.exec(line)?.indices![2]
  return inner ? { start: inner[0], end: inner[1] } : { start: 0, end: line.length }
}

/** The label of a press archive's or a CMS preview's title field: "HEADLINE: ", "TITLE: ", "HED: ". */
export const FIELD_LABEL = /^(?:HEADLINE|TITLE|HED|WEB HED)\s*:\s*/
/** A press archive's dateline field: "DATELINE: MOSCOW", "DATELINE: Tbilisi, Georgia". */
const DATELINE_FIELD = /^DATELINE\s*:\s*(\S.{0,60})$/

/** How many lines above the story a line of a place and a date may stand ("Strasbourg, 16 March 2022", then a share bar). */
const PLACE_DATE_REACH = 3
/** A place and a full date, the whole line: "Strasbourg, 16 March 2022", "Brussels, 3 April 2008". The place, or null. */
const placeAndDate = (line: string): string | null => {
  const m = /^([\p{Lu}][\p{L}'\u2019.-]+(?:[ -][\p{Lu}][\p{L}'\u2019.-]+){0,2}),\s+(.+)$/u.exec(line.trim())
  const d = m ? headerDate(m[2]!) : null
  return d && d.index === 0 && d.length === m![2]!.length ? m![1]! : null
}

/** So many paragraphs opening with a speaker's label ("Wang Wenbin: We hope ...") make a transcript. */
const TRANSCRIPT_LABELS = 3

// ---------------------------------------------------------------- publisher from the article's own words

/** A word of a name: "Reuters", "XINHUANET.com", "e-Eighteen.com", "AT&T" (a full stop only inside it). */
const HOLDER_WORD = "[\\p{L}\\p{N}&'!-]*(?:\\.[\\p{L}\\p{N}]+)*"
const COPYRIGHT = new RegExp(
  `(?:(?:\u00a9|\\([Cc]\\)|\\b[Cc]opyright\\b|\\bCOPYRIGHT\\b)\\s*)+(?:[Aa]ll [Rr]ights [Rr]eserved\\.?\\s*)?(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?\\s*[,.]?\\s*)?(?:by\\s+)?` +
  `((?:The )?(?!All\\b)[\\p{Lu}\\p{N}]${HOLDER_WORD}(?:\\s+(?:of the |of |the |and |& |for )?(?!All\\b)[\\p{Lu}]${HOLDER_WORD}){0,7})`, "u")
/** What a company's name carries besides the name the readers know: "Example Media Ltd." is "Example". */
const COMPANY_SUFFIX = /(?:\s*,)?\s+(?:&\s+)?(?:Media|Ltd|Limited|Inc|LLC|plc|PLC|GmbH|AG|Corp|Corporation|Company|Co|Group|Holdings|Communications|Interactive|Publishing)\.?$/u

/**
 * The name a copyright notice gives its holder: "© 2019 Example Media Ltd. All rights reserved." -> "Example",
 * "Copyright © 2010 The Lakeland Gazette." -> "The Lakeland Gazette"; null when the line holds none ("Copyright Policy").
 */
export const copyrightHolder = (line: string): string | null => {
  const m = COPYRIGHT.exec(line)
  if (!m) return null
  let name = m[1]!.trim()
  for (let previous = ""; previous !== name;) [previous, name] = [name, name.replace(COMPANY_SUFFIX, "").trim()]
  if (!/\p{L}/u.test(name) || /^all\b|^(?:Policy|Notice|Information|Statement|Terms|Reserved|The|Rights|Protected)$/i.test(name)) return null
  return name
}

/** A forwarded e-mail's subject or separator. */
const FORWARDED = /^subject\s*:\s*(?:re:\s*)*(?:fwd?|fw)\s*:|^-{3,}\s*forwarded message\s*-{3,}$/i

/** The sender an e-mailed newsletter's header names: "From: Eastern Flank <letters@example.net>" is "Eastern Flank". */
const sender = (text: string, layout: Layout): string | null => {
  // (not who forwards someone else's article: "Subject: Fwd: ...", "---------- Forwarded message ---------")
  if (layout.boilerplate.some((b) => FORWARDED.test(textOf(text, b)))) return null
  const header = layout.boilerplate.find((b) => "rule" in b && b.rule === "other.email-header" && /^from\s*:/i.test(textOf(text, b)))
  return header ? /^from\s*:\s*["']?([^<>"'@]*?)["']?\s*</i.exec(textOf(text, header))?.[1]?.trim() || null : null
}

const NAME = "((?:The )?[\\p{Lu}][\\p{L}\\p{N}&.'-]*(?: (?:of |the )?[\\p{Lu}][\\p{L}\\p{N}&.'-]*){0,4})"
const SELF_REFERENCES: ReadonlyArray<RegExp> = [
  new RegExp(`^a message from ${NAME}`, "u"),
  new RegExp(`\\bby supporting ${NAME}`, "u"),
  new RegExp(`\\bthe journalists of ${NAME}`, "u"),
  new RegExp(`\\bsupport ${NAME}(?: today| now|\\.|,)`, "u"),
]

/** The outlet an appeal names as itself ("A Message from The Moscow Times:"). */
const selfReference = (appeals: ReadonlyArray<string>): string | null => {
  const named = new Map<string, number>()
  for (const text of appeals) {
    for (const re of SELF_REFERENCES) {
      const m = re.exec(text.replace(/^A Message/, "a message").replace(/^By supporting/, "by supporting"))
      if (m) named.set(m[1]!, (named.get(m[1]!) ?? 0) + 1)
    }
  }
  let best: string | null = null
  for (const [name, n] of named) if (!best || n > named.get(best)! || (n === named.get(best)! && name < best)) best = name
  return best
}

/**
 * The site's name printed above everything else: a domain ("guardian.co.uk"), or the first segment of the
 * first line of the page when it is a short name ("RIA Novosti - Russian News & Information Agency",
 * "Lakeland Gazette | Home | News").
 */
const siteLine = (text: string, layout: Layout): string | null => {
  const head = layout.boilerplate.filter((b) => b.kind === "navigation" && (layout.paragraphs.length === 0 || b.end <= layout.paragraphs[0]!.start)).slice(0, 3)
  const domain = head.find((b) => b.rule === "nav.domain")
  if (domain) return textOf(text, domain).replace(/^(?:https?:\/\/)?(?:www\.)?/, "").replace(/\/$/, "")
  const source = layout.boilerplate.slice(0, 8).map((b) => /^source\s*:\s*((?:[\p{Lu}][\p{L}&.'-]*\s?){1,4}?)(?=\s+(?:published|updated|posted)\b|\s*$|\s*\|)/iu.exec(textOf(text, b))).find((m) => m)
  if (source) return source[1]!.trim()
  // (the first line of the page that is not a notice: a line of its own, or the first item of a menu whatever
  // its other items say: "THE HARBOUR POST | Sign in | Subscribe | Search")
  const first = head[0]
  const top = layout.boilerplate.filter((b) => b.kind !== "other").slice(0, 1)[0]
  const menu = top && (layout.paragraphs.length === 0 || top.end <= layout.paragraphs[0]!.start) && /\s\|\s/.test(textOf(text, top)) ? top : null
  if (!menu && (!first || first.start !== top?.start || (first.rule !== "before-main-run" && first.rule !== "nav.site-name"))) return null
  const name = textOf(text, menu ?? first!).split(/\s+[|\u2013\u2014-]\s+/)[0]!.trim()
  return /^(?:The )?[\p{Lu}][\p{L}!&.'-]*(?: (?:of |for |the |and )?[\p{Lu}][\p{L}!&.'-]*){0,4}$/u.test(name) && !headerDate(name) && !/^(?:Home|Menu|News|World|Search|Skip|Sign|Log|Subscribe)\b/i.test(name) ? name : null
}

/**
 * The holder of the page's copyright notice: the last notice outside the story (the footer's, below a photo's
 * "© REUTERS / POOL"), one that reserves rights first. A caption's or a credit's notice is the photo's.
 */
const copyrightOf = (text: string, layout: Layout): string | null => {
  const notices = layout.boilerplate
    .filter((b) => (b.kind !== "caption" && b.kind !== "photo_credit") || b.rule === "credit.copyright")
    .map((b) => ({ line: textOf(text, b), holder: copyrightHolder(textOf(text, b)) }))
    .filter((n) => n.holder !== null)
  return (notices.filter((n) => /\brights reserved\b/i.test(n.line)).at(-1) ?? notices.at(-1))?.holder ?? null
}

/** A print page's number and paper's name in capitals before its date: "14 THE NORTHERN ARGUS " (Saturday 13 January 2007). */
export const FOLIO = /^(?:\d{1,3}\s+)?((?:[\p{Lu}][\p{Lu}&'.\u2019-]*\s+){1,5})(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+\d|\d{1,2}\s+\p{Lu}\p{Ll})/u

/** The paper a print page's head names: "THE NORTHERN ARGUS" of "14 THE NORTHERN ARGUS Saturday 13 January 2007". */
const folioName = (text: string, layout: Layout): string | null => {
  const head = layout.boilerplate.find((b) => b.rule === "header.date" && FOLIO.test(textOf(text, b)))
  return head ? FOLIO.exec(textOf(text, head))![1]!.trim() : null
}

/** The station a reporter's sign-off names: "Channel 9 News" of "Maria Delgado, Channel 9 News, Anchorage." */
const broadcaster = (text: string, layout: Layout): string | null => {
  const signoff = layout.boilerplate.find((b) => b.rule === "signoff.broadcast")
  return signoff ? textOf(text, signoff).split(", ")[1] ?? null : null
}

/** The source a Factiva record names in its SN field: the line below the code "SN" ("The Sunday Chronicle"). */
const archiveSource = (text: string, layout: Layout): string | null => {
  const i = layout.boilerplate.findIndex((b) => b.rule === "other.archive-field" && textOf(text, b) === "SN")
  const next = i >= 0 ? layout.boilerplate[i + 1] : undefined
  return next && /^[^\n]{2,80}$/.test(textOf(text, next)) ? textOf(text, next).trim() : null
}

/** A feed's name: the title of its channel, above its first item ("The Lakeshore Sentinel" of "<title>The Lakeshore Sentinel: Top Stories</title>"). */
const feedName = (text: string, layout: Layout): string | null => {
  let channel = false
  for (const b of layout.boilerplate) {
    const line = textOf(text, b)
    if (FEED_ITEM.test(line)) return null
    if (FEED_CHANNEL.test(line)) channel = true
    const m = channel ? ELEMENT_LINE.exec(line) : null
    if (m?.[1] === "title") return m[2]!.split(/\s+[|\u2013\u2014-]\s+|:\s+/)[0]!.trim() || null
  }
  return null
}

/** A page title's tail that names a section or a service, not the site: "... | Hosted", "... - Live". */
const SECTION_WORD = /^(?:Hosted|Home|News|Video|Videos|Live|Latest|Opinion|World|Politics|Business|Sport|Sports|Blogs?)$/i

/** The agency a wire dateline names in brackets: "SEOUL/BEIJING (Reuters) - ", "BEIJING, Sept. 12 (Xinhua) -- ". */
const AGENCY_DATELINE = /^[\p{Lu}][^()\n]{0,60}?\(([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,2})\)\s*(?:--?|[\u2013\u2014_])\s/u
const AGENCY_BRACKET = /\(([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,2})\)/u

// ---------------------------------------------------------------- putting it together

const textOf = (text: string, span: Span): string => text.slice(span.start, span.end)

export const readMetadata = (text: string, layout: Layout, manifest: ManifestEntry): Metadata => {
  const first = (kind: LabelledSpan["kind"]) => layout.boilerplate.find((b) => b.kind === kind) ?? null
  const printed: Array<{ date: string; source: PublishedSource }> = []

  const titleLine0 = first("headline")
  // (a press archive's record labels its fields: "HEADLINE: Russia halts Georgia offensive")
  const label = titleLine0 ? FIELD_LABEL.exec(textOf(text, titleLine0)) : null
  // (a feed's item wraps it: "<title>U.N. punishes North Korea ...</title>")
  const inner = titleLine0 ? unwrapped(textOf(text, titleLine0)) : null
  const titleLine = titleLine0 && label ? { ...titleLine0, start: titleLine0.start + label[0].length }
    : titleLine0 && inner ? { ...titleLine0, start: titleLine0.start + inner.start, end: titleLine0.start + inner.end } : titleLine0
  const read = titleLine ? readTitle(textOf(text, titleLine)) : null
  // "... to counter U.S. shield - Medvedev": a one-word tail the story names is who said it, not the site.
  const story = layout.paragraphs.map((p) => textOf(text, p)).join("\n")
  const attributed = (site: string) => /^[\p{Lu}][\p{Ll}]+$/u.test(site) && new RegExp(`(?<![\\p{L}])${site}(?![\\p{L}])`, "u").test(story)
  const attribution = read?.site && attributed(read.site)
  const title = read && attribution ? { ...read, headline: textOf(text, titleLine!), headlineLength: titleLine!.end - titleLine!.start, site: null } : read
  if (title?.date) printed.push({ date: title.date, source: "title" })

  const bylines = layout.boilerplate.filter((b) => b.kind === "byline").map((b) => { const line = textOf(text, b), u = unwrapped(line); return line.slice(u.start, u.end) }).filter((b) => !/^by$/i.test(b))
  const byline = bylines.length ? readByline(bylines.join(" | ")) : null
  if (byline?.date) printed.push({ date: byline.date, source: "byline" })

  for (const b of layout.boilerplate) {
    if (b.rule !== "header.date") continue
    const d = postedDate(textOf(text, b))
    if (d) printed.push({ date: d.date, source: "header" })
  }

  const firstBody = layout.paragraphs.find((p) => !p.heading) ?? null
  // The dateline opens the first paragraph, or is the whole of the line right before it ("WASHINGTON (AP) --").
  // (not the label of a transcript's speaker: "CCTV: ..." where other paragraphs open "Wang Wenbin: ...")
  const labelled = (p: { start: number; end: number }) => TRANSCRIPT_SPEAKER.test(textOf(text, p))
  const openingRead = firstBody ? readDateline(textOf(text, firstBody)) : null
  const opening = openingRead && /:\s*$/.test(textOf(text, firstBody!).slice(0, openingRead.length)) && layout.paragraphs.filter(labelled).length >= TRANSCRIPT_LABELS ? null : openingRead
  const lineBefore = firstBody && !opening
    ? layout.boilerplate.findLast((b) => b.end <= firstBody.start && b.kind === "navigation" && text.slice(b.end, firstBody.start).trim() === "") ?? null
    : null
  const ownRead = lineBefore ? readDateline(`${textOf(text, lineBefore)} `) : null
  const ownLine = ownRead && ownRead.length > lineBefore!.end - lineBefore!.start ? ownRead : null
  // (or, above the story, a press release's place and date on a line of their own, a few lines up: "Strasbourg, 16 March 2022";
  // or an archive record's field: "DATELINE: MOSCOW")
  const above = firstBody && !opening && !ownLine ? layout.boilerplate.filter((b) => b.end <= firstBody.start) : []
  const placed = [
    ...above.filter((b) => b.kind === "navigation").slice(-PLACE_DATE_REACH).map((b) => ({ span: b, place: placeAndDate(textOf(text, b)) })),
    ...above.map((b) => ({ span: b, place: DATELINE_FIELD.exec(textOf(text, b))?.[1] ?? null })),
  ].find((p) => p.place !== null)
  const dl = opening ?? ownLine ?? (placed ? { place: placed.place!, length: 0 } : null)
  const datelineSpan = opening && firstBody ? { start: firstBody.start, end: firstBody.start + opening.length } : placed?.span ?? (dl && lineBefore ? { start: lineBefore.start, end: lineBefore.end } : null)
  if (dl && datelineSpan) {
    const d = headerDate(text.slice(datelineSpan.start, datelineSpan.end))
    if (d) printed.push({ date: d.date, source: "dateline" })
  }

  const fromText = printed[0] ?? null
  const flags: string[] = []
  if (manifest.published && fromText && fromText.date !== manifest.published) {
    flags.push(`manifest_date_conflict: manifest ${manifest.published}, ${fromText.source} ${fromText.date}`)
  }

  const appeals = layout.boilerplate.filter((b) => b.kind === "donation_appeal").map((b) => textOf(text, b))
  const headline = manifest.title ?? title?.headline ?? null
  // The page's title above the story, "Medvedev switches on ... - Baltic Monitor", names the site after the headline.
  const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()
  const pageTitle = title?.headline
    ? layout.boilerplate
      .filter((b) => b.kind === "navigation" && (!firstBody || b.end <= firstBody.start))
      .map((b) => readTitle(textOf(text, b)))
      .find((t) => t.site && bare(t.headline) === bare(title.headline) && !attributed(t.site) && !SECTION_WORD.test(t.site))?.site ?? null
    : null
  // Nothing better: the agency of a wire dateline ("SEOUL (Reuters) - "), in the dateline found or opening the story.
  const agency = (datelineSpan ? AGENCY_BRACKET.exec(text.slice(datelineSpan.start, datelineSpan.end)) : null) ?? (firstBody ? AGENCY_DATELINE.exec(textOf(text, firstBody)) : null)
  return {
    headline,
    headlineSpan: titleLine && title ? { start: titleLine.start, end: titleLine.start + title.headlineLength } : null,
    byline: byline?.byline || null,
    publisher: manifest.publisher ?? archiveSource(text, layout) ?? title?.site ?? pageTitle ?? feedName(text, layout) ?? sender(text, layout) ?? selfReference(appeals) ?? folioName(text, layout) ?? broadcaster(text, layout) ?? siteLine(text, layout) ?? copyrightOf(text, layout) ?? agency?.[1] ?? null,
    dateline: dl ? dl.place : null,
    datelineSpan,
    datelineRule: opening ? "dateline.opening" : datelineSpan ? "dateline.own-line" : null,
    published: manifest.published ?? fromText?.date ?? null,
    publishedSource: manifest.published ? "manifest" : fromText ? fromText.source : "none",
    flags,
  }
}
