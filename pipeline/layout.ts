/**
 * Layout: labels the lines of a cleaned article.
 *
 * Foundation version: every non-empty line is a body paragraph and nothing is
 * boilerplate yet. The boilerplate stage (headline, byline, captions,
 * appeals, teasers...) replaces this with real labelling; its output shape
 * stays the same.
 */
import type { BOILERPLATE_KINDS } from "../schemas/codes.ts"
import type { Span } from "./sentences.ts"

export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number]

export interface LabelledSpan extends Span {
  readonly kind: BoilerplateKind
  readonly rule: string
}

export interface Layout {
  /** Body paragraphs (and sub-headings), in order, as spans of the clean text. */
  readonly paragraphs: ReadonlyArray<Span>
  /** Everything that is not body text. */
  readonly boilerplate: ReadonlyArray<LabelledSpan>
}

/** The spans of the non-empty lines of a text. */
export const lines = (text: string): Span[] => {
  const spans: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf("\n", start)
    if (end === -1) end = text.length
    if (end > start) spans.push({ start, end })
    start = end + 1
  }
  return spans
}

export const layout = (text: string): Layout => ({ paragraphs: lines(text), boilerplate: [] })
