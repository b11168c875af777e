/**
 * Metadata: what the article says about itself, read from the lines layout
 * set aside (title, byline, date lines) and from the start of the body
 * (the dateline), with the manifest winning where it speaks.
 *
 * A date printed only in boilerplate that is not a header (a teaser, an
 * appeal, a caption) never becomes the publication date.
 */
import type { PUBLISHED_SOURCES } from "../schemas/codes.ts"
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
 * beside a 24-hour clock),
 * "July 7, 2008" and "7 July 2008".
 */
const DATE_FORMS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => string | null }> = [
  { re: /\b(\d{4})-(\d\d)-(\d\d)(?!\d)/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  // (day-first beside a 24-hour clock, the European way of printing both: "13:05 05/11/2008")
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, read: (m) => (CLOCK_24H.test(m.input) ? iso(+m[3]!, +m[2]!, +m[1]!) : iso(+m[3]!, +m[1]!, +m[2]!)) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"), read: (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i"), read: (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!) },
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
    if (d && d.index > 0 && d.index + d.length === line.length) {
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
export const readByline = (line: string): { byline: string; date: string | null } => {
  // ("Nick Aldridge in Munich": the place is not the author's.)
  const author = line.replace(/^by\s+/i, "").split(/\s*[|\u2022\u00b7]\s*|\s+[-\u2013\u2014]\s+|,\s*(?=(?:mon|tue|wed|thu|fri|sat|sun)|\d|[a-z]{3,9}\.? \d)/i)[0]!.replace(/\s+in\s+\p{Lu}.*$/u, "").trim()
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

// ---------------------------------------------------------------- publisher from the article's own words

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
  // (the first line of the page that is not a notice)
  const first = head[0]
  const top = layout.boilerplate.filter((b) => b.kind !== "other").slice(0, 1)[0]
  if (!first || first.start !== top?.start || first.rule !== "before-main-run") return null
  const name = textOf(text, first).split(/\s+[|\u2013\u2014-]\s+/)[0]!.trim()
  return /^(?:The )?[\p{Lu}][\p{L}!&.'-]*(?: (?:of |for |the |and )?[\p{Lu}][\p{L}!&.'-]*){0,4}$/u.test(name) && !headerDate(name) && !/^(?:Home|Menu|News|World|Search|Skip|Sign|Log|Subscribe)\b/i.test(name) ? name : null
}

// ---------------------------------------------------------------- putting it together

const textOf = (text: string, span: Span): string => text.slice(span.start, span.end)

export const readMetadata = (text: string, layout: Layout, manifest: ManifestEntry): Metadata => {
  const first = (kind: LabelledSpan["kind"]) => layout.boilerplate.find((b) => b.kind === kind) ?? null
  const printed: Array<{ date: string; source: PublishedSource }> = []

  const titleLine = first("headline")
  const read = titleLine ? readTitle(textOf(text, titleLine)) : null
  // "... to counter U.S. shield - Medvedev": a one-word tail the story names is who said it, not the site.
  const story = layout.paragraphs.map((p) => textOf(text, p)).join("\n")
  const attribution = read?.site && /^[\p{Lu}][\p{Ll}]+$/u.test(read.site) && new RegExp(`(?<![\\p{L}])${read.site}(?![\\p{L}])`, "u").test(story)
  const title = read && attribution ? { ...read, headline: textOf(text, titleLine!), headlineLength: titleLine!.end - titleLine!.start, site: null } : read
  if (title?.date) printed.push({ date: title.date, source: "title" })

  const bylines = layout.boilerplate.filter((b) => b.kind === "byline").map((b) => textOf(text, b)).filter((b) => !/^by$/i.test(b))
  const byline = bylines.length ? readByline(bylines.join(" | ")) : null
  if (byline?.date) printed.push({ date: byline.date, source: "byline" })

  for (const b of layout.boilerplate) {
    if (b.rule !== "header.date") continue
    const d = headerDate(textOf(text, b))
    if (d) printed.push({ date: d.date, source: "header" })
  }

  const firstBody = layout.paragraphs.find((p) => !p.heading) ?? null
  // The dateline opens the first paragraph, or is the whole of the line right before it ("WASHINGTON (AP) --").
  const opening = firstBody ? readDateline(textOf(text, firstBody)) : null
  const lineBefore = firstBody && !opening
    ? layout.boilerplate.findLast((b) => b.end <= firstBody.start && b.kind === "navigation" && text.slice(b.end, firstBody.start).trim() === "") ?? null
    : null
  const ownLine = lineBefore ? readDateline(`${textOf(text, lineBefore)} `) : null
  const dl = opening ?? (ownLine && ownLine.length > lineBefore!.end - lineBefore!.start ? ownLine : null)
  const datelineSpan = opening && firstBody ? { start: firstBody.start, end: firstBody.start + opening.length } : dl && lineBefore ? { start: lineBefore.start, end: lineBefore.end } : null
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
  return {
    headline,
    headlineSpan: titleLine && title ? { start: titleLine.start, end: titleLine.start + title.headlineLength } : null,
    byline: byline?.byline || null,
    publisher: manifest.publisher ?? title?.site ?? selfReference(appeals) ?? siteLine(text, layout),
    dateline: dl ? dl.place : null,
    datelineSpan,
    datelineRule: opening ? "dateline.opening" : datelineSpan ? "dateline.own-line" : null,
    published: manifest.published ?? fromText?.date ?? null,
    publishedSource: manifest.published ? "manifest" : fromText ? fromText.source : "none",
    flags,
  }
}
