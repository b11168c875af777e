/**
 * One article from decoded text to table rows: the per-document stages in
 * the order data flows through them. Pure: the same input gives the same rows.
 *
 *   clean -> layout -> metadata -> sentences -> (timexes, actors, events, positions)
 */
import type { ActorRow, BoilerplateRow, DocumentRow, EventRow, PositionRow, SentenceRow, TimexRow } from "../schemas/index.ts"
import { checkDates, findActors } from "./actors.ts"
import { type ActorMention, type ActorRef, type Article, type DayMark, isDayHeading, lastStartingBy, type SentenceSpan, type Span } from "./annotations.ts"
import { type Cleaned, clean } from "./clean.ts"
import type { Encoding } from "./decode.ts"
import { extractEvents, extractPositions } from "./events.ts"
import { idsByOccurrence, normaliseForId, stableId } from "./ids.ts"
import { type Layout, layout, type LayoutOptions } from "./layout.ts"
import type { ManifestEntry } from "./manifest.ts"
import { readMetadata } from "./metadata.ts"
import { type OffsetMap, toRaw } from "./offsets.ts"
import { splitSentences } from "./sentences.ts"
import { findTimexes } from "./timex.ts"
import { PIPELINE_VERSION } from "./version.ts"

/** An article as ingest hands it over: decoded text plus what the collector knows. */
export interface SourceDocument {
  readonly docId: string
  readonly sourceFile: string
  readonly sha256: string
  readonly encoding: Encoding
  /** The file's text as decoded: the text raw offsets count code points of. */
  readonly raw: string
  readonly manifest: ManifestEntry
}

/** The rows one article contributes to each per-document table. */
export interface DocumentTables {
  readonly documents: DocumentRow[]
  readonly sentences: SentenceRow[]
  readonly boilerplate: BoilerplateRow[]
  readonly timexes: TimexRow[]
  readonly events: EventRow[]
  readonly positions: PositionRow[]
  /** The actors this article mentions, with per-article counts (merged across articles by dataset.ts). */
  readonly actors: ActorRow[]
}

const sliceRaw = (map: OffsetMap, span: Span): readonly [number, number] => toRaw(map, span.start, span.end)

/** `cleaned`: the article's text already cleaned, when the caller has it (the same as `clean(src.raw)`). */
/** The sentences of the body paragraphs (not of sub-headings, not of the dateline), as clean-text spans. */
export const bodySentences = (text: string, paragraphs: Layout["paragraphs"], datelineSpan: Span | null): SentenceSpan[] => {
  const spans: SentenceSpan[] = []
  paragraphs.forEach((para, paragraph) => {
    if (para.heading) return
    const from = datelineSpan && datelineSpan.start === para.start ? datelineSpan.end : para.start
    for (const s of splitSentences(text.slice(from, para.end))) {
      spans.push({ start: from + s.start, end: from + s.end, paragraph, position: spans.length })
    }
  })
  return spans
}

/** The text with the line breaks inside each paragraph made spaces (the same length: every offset still holds). */
const joinWrapped = (text: string, paragraphs: Layout["paragraphs"]): string => {
  let out = ""
  let at = 0
  for (const p of paragraphs) {
    out += text.slice(at, p.start) + text.slice(p.start, p.end).replaceAll("\n", " ")
    at = p.end
  }
  return out + text.slice(at)
}

export const processDocument = (src: SourceDocument, options: LayoutOptions = {}, cleaned: Cleaned = clean(src.raw)): DocumentTables => {
  const page = layout(cleaned.text, options)
  const meta = readMetadata(cleaned.text, page, src.manifest)
  const { paragraphs } = page
  // The dateline as a boilerplate row of its own kind (a dateline line of its own was labelled by the layout: relabelled).
  const dl = meta.datelineSpan
  const boilerplate = dl
    ? [...page.boilerplate.filter((b) => b.start !== dl.start || b.end !== dl.end), { ...dl, kind: "dateline" as const, rule: meta.datelineRule! }].sort((a, b) => a.start - b.start)
    : page.boilerplate
  const published = meta.published

  // (a paragraph of a hard-wrapped page reads as one line: its breaks are spaces, at the same offsets)
  const text = joinWrapped(cleaned.text, paragraphs)
  const spans = bodySentences(text, paragraphs, meta.datelineSpan)
  const base: Article = { docId: src.docId, text, headline: meta.headlineSpan, sentences: spans, published, dateline: meta.dateline }
  const article: Article = { ...base, authors: authorsOf(base, page.boilerplate), days: daysOf(base, page.boilerplate) }
  const textOf = (span: Span) => text.slice(span.start, span.end)

  const sentenceIds = idsByOccurrence(spans, (s) => ["sentence", src.docId, normaliseForId(textOf(s))])
  const sentences: SentenceRow[] = spans.map((s, position) => {
    const [raw_start, raw_end] = sliceRaw(cleaned.map, s)
    return { sentence_id: sentenceIds[position]!, doc_id: src.docId, paragraph: s.paragraph, position, text: textOf(s), raw_start, raw_end }
  })
  // The sentence a span lies in, for ids that survive edits elsewhere in the article
  // (found by bisection and normalised once: an article may have thousands of sentences and rows).
  const sentenceKeys = new Map<number, string>()
  const sentenceKey = (span: Span): string => {
    const i = lastStartingBy(spans, span.start)
    if (i < 0 || span.end > spans[i]!.end) return normaliseForId(textOf(span))
    if (!sentenceKeys.has(i)) sentenceKeys.set(i, normaliseForId(textOf(spans[i]!)))
    return sentenceKeys.get(i)!
  }

  const bpIds = idsByOccurrence(boilerplate, (b) => ["boilerplate", src.docId, b.kind, normaliseForId(textOf(b))])
  const boilerplateRows: BoilerplateRow[] = boilerplate.map((b, i) => {
    const [raw_start, raw_end] = sliceRaw(cleaned.map, b)
    return { boilerplate_id: bpIds[i]!, doc_id: src.docId, kind: b.kind, raw_start, raw_end, text: textOf(b), rule: b.rule }
  })

  const found = findTimexes(article)
  const timexIds = idsByOccurrence(found, (t) => ["timex", src.docId, sentenceKey(t), t.text])
  const timexes: TimexRow[] = found.map((t, i) => {
    const [raw_start, raw_end] = sliceRaw(cleaned.map, t)
    return {
      timex_id: timexIds[i]!, doc_id: src.docId, text: t.text, type: t.type, value: t.value,
      start_date: t.startDate, end_date: t.endDate, anchor: t.anchor, raw_start, raw_end, rule: t.rule,
    }
  })

  const mentions = findActors(article)
  const dates = checkDates(article, mentions)

  const foundEvents = extractEvents(article, found, mentions)
  const eventIds = idsByOccurrence(foundEvents, (e) => ["event", src.docId, sentenceKey(e.evidence), e.eventType, e.actor?.key ?? e.actorName, e.trigger])
  const events: EventRow[] = foundEvents.map((e, i) => {
    const [raw_start, raw_end] = sliceRaw(cleaned.map, e.evidence)
    return {
      event_id: eventIds[i]!, doc_id: src.docId, event_type: e.eventType,
      actor_name: e.actorName ?? e.actor?.name ?? null, actor_code: e.actor?.code ?? null,
      target_name: e.targetName ?? e.target?.name ?? null, target_code: e.target?.code ?? null, target_basis: e.target ? (e.targetBasis ?? "text") : null,
      location: e.location, date: e.date, date_start: e.dateStart, date_end: e.dateEnd, date_basis: e.dateBasis,
      status: e.status, trigger: e.trigger, evidence: textOf(e.evidence), raw_start, raw_end, rule: e.rule,
    }
  })

  const foundPositions = extractPositions(article, found, mentions)
  const positionIds = idsByOccurrence(foundPositions, (p) => ["position", src.docId, sentenceKey(p.evidence), p.holder?.key ?? p.holderName, p.stance, p.issue])
  const positions: PositionRow[] = foundPositions.map((p, i) => {
    const [raw_start, raw_end] = sliceRaw(cleaned.map, p.evidence)
    return {
      position_id: positionIds[i]!, doc_id: src.docId,
      holder_name: p.holderName ?? p.holder?.name ?? null, holder_code: p.holder?.code ?? null,
      stance: p.stance, issue: p.issue, issue_text: p.issueText, target_code: p.targetCode, hedged: p.hedged,
      date: p.date, date_start: p.dateStart, date_end: p.dateEnd, date_basis: p.dateBasis,
      evidence: textOf(p.evidence), raw_start, raw_end, rule: p.rule,
    }
  })

  const document: DocumentRow = {
    doc_id: src.docId,
    source_file: src.sourceFile,
    source_sha256: src.sha256,
    encoding: src.encoding,
    url: src.manifest.url ?? null,
    publisher: meta.publisher,
    headline: meta.headline,
    byline: meta.byline,
    dateline: meta.dateline,
    language: src.manifest.language ?? null,
    published,
    published_source: meta.publishedSource,
    published_window_start: dates.windowStart,
    published_window_end: dates.windowEnd,
    text_repairs: cleaned.repairs,
    date_flags: [...meta.flags, ...dates.flags].join("; "),
    text: paragraphs.map(textOf).join("\n\n"),
    pipeline_version: PIPELINE_VERSION,
  }

  return {
    documents: [document], sentences, boilerplate: boilerplateRows, timexes, events, positions,
    actors: actorRows(mentions),
  }
}

/** The article as if one line of its page (a byline, a day heading) were all its text: for a stage to read that line alone. */
const lineAsArticle = (article: Article, line: Span): Article => ({ ...article, headline: null, sentences: [{ start: line.start, end: line.end, paragraph: 0, position: 0 }] })

/** The officials a byline names (Article.authors): the people with a country the actor stage finds in the byline's lines. */
const authorsOf = (article: Article, boilerplate: Layout["boilerplate"]): ActorMention[] =>
  boilerplate.filter((b) => b.kind === "byline")
    .flatMap((b) => findActors(lineAsArticle(article, b)))
    .filter((m) => m.kind === "person" && m.code !== null)

/** The days a log's headings name (Article.days): each heading's date, when it is a whole day and none after the article's own. */
const daysOf = (article: Article, boilerplate: Layout["boilerplate"]): DayMark[] =>
  boilerplate.filter((b) => b.rule === "header.day").flatMap((b) => {
    const [day] = findTimexes(lineAsArticle(article, b))
    return day && isDayHeading(article.text, b, day) && !(article.published && day.value > article.published) ? [{ start: b.start, value: day.value }] : []
  })

/** One row per actor the article mentions (members of joint mentions counted too); dataset.ts merges them across articles. */
const actorRows = (mentions: ReadonlyArray<ActorMention>): ActorRow[] => {
  const tally = new Map<string, { ref: ActorRef; mentions: number; roles: Map<string, number> }>()
  for (const mention of mentions) {
    for (const ref of mention.members.length > 0 ? mention.members : [mention]) {
      const t = tally.get(ref.key) ?? { ref, mentions: 0, roles: new Map() }
      t.mentions++
      if (ref.role) t.roles.set(ref.role, (t.roles.get(ref.role) ?? 0) + 1)
      tally.set(ref.key, t)
    }
  }
  return [...tally.values()].map(({ ref, mentions, roles }) => ({
    actor_id: actorId(ref),
    name: ref.name,
    code: ref.code,
    kind: ref.kind,
    role: commonest(roles),
    mentions,
  }))
}

export const actorId = (ref: ActorRef): string => stableId("actor", ref.key)

/** The most frequent key of a tally, ties broken by code-unit order; null when empty. */
export const commonest = (tally: ReadonlyMap<string, number>): string | null => {
  let best: string | null = null
  let n = 0
  for (const [k, c] of tally) if (c > n || (c === n && best !== null && k < best)) [best, n] = [k, c]
  return best
}
