/**
 * One article from decoded text to table rows: the per-document stages in
 * the order data flows through them. Pure: the same input gives the same rows.
 *
 *   clean -> layout -> metadata -> sentences -> (timexes, actors, events, positions)
 */
import type { BoilerplateRow, DocumentRow, EventRow, PositionRow, SentenceRow, TimexRow } from "../schemas/index.ts"
import { clean } from "./clean.ts"
import type { Encoding } from "./decode.ts"
import { idsByOccurrence, normaliseForId } from "./ids.ts"
import { layout } from "./layout.ts"
import type { ManifestEntry } from "./manifest.ts"
import { toRaw } from "./offsets.ts"
import { splitSentences } from "./sentences.ts"
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
}

export const processDocument = (src: SourceDocument): DocumentTables => {
  const cleaned = clean(src.raw)
  const { paragraphs, boilerplate } = layout(cleaned.text)

  const found = paragraphs.flatMap((para, paragraph) => {
    const paraText = cleaned.text.slice(para.start, para.end)
    return splitSentences(paraText).map((s) => {
      const [raw_start, raw_end] = toRaw(cleaned.map, para.start + s.start, para.start + s.end)
      return { paragraph, text: paraText.slice(s.start, s.end), raw_start, raw_end }
    })
  })
  const sentenceIds = idsByOccurrence(found, (s) => ["sentence", src.docId, normaliseForId(s.text)])
  const sentences: SentenceRow[] = found.map((s, position) => ({
    sentence_id: sentenceIds[position]!,
    doc_id: src.docId,
    position,
    ...s,
  }))

  const bpIds = idsByOccurrence(boilerplate, (b) => ["boilerplate", src.docId, b.kind, normaliseForId(cleaned.text.slice(b.start, b.end))])
  const boilerplateRows: BoilerplateRow[] = boilerplate.map((b, i) => {
    const [raw_start, raw_end] = toRaw(cleaned.map, b.start, b.end)
    return { boilerplate_id: bpIds[i]!, doc_id: src.docId, kind: b.kind, raw_start, raw_end, text: cleaned.text.slice(b.start, b.end), rule: b.rule }
  })

  const m = src.manifest
  const document: DocumentRow = {
    doc_id: src.docId,
    source_file: src.sourceFile,
    source_sha256: src.sha256,
    encoding: src.encoding,
    url: m.url ?? null,
    publisher: m.publisher ?? null,
    headline: m.title ?? null,
    byline: null,
    dateline: null,
    language: m.language ?? null,
    published: m.published ?? null,
    published_source: m.published ? "manifest" : "none",
    date_flags: "",
    text: paragraphs.map((p) => cleaned.text.slice(p.start, p.end)).join("\n\n"),
    pipeline_version: PIPELINE_VERSION,
  }

  return { documents: [document], sentences, boilerplate: boilerplateRows, timexes: [], events: [], positions: [] }
}
