import { z } from "zod"
import { BOILERPLATE_KINDS } from "./codes.ts"
import { choice, count, id, table, text } from "./columns.ts"

export const boilerplate = table({
  name: "boilerplate",
  title: "Boilerplate",
  description: "One row per span of a source file that is not body text (headline, byline, caption, appeal, teaser...).",
  key: "boilerplate_id",
  schema: z.object({
    boilerplate_id: id("Stable id: a hash of the document id, the kind and the span's normalised text."),
    doc_id: id("The article (documents.doc_id)."),
    kind: choice(BOILERPLATE_KINDS, "What the span is."),
    raw_start: count("Code point offset of the span's start in the decoded source file."),
    raw_end: count("Code point offset just past the span's end in the decoded source file (end exclusive)."),
    text: text("The span's text."),
    rule: id("The rule that decided the span's kind."),
  }),
})
export type BoilerplateRow = z.infer<typeof boilerplate.schema>
