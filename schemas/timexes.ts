import { z } from "zod"
import { TIMEX_ANCHORS, TIMEX_TYPES } from "./codes.ts"
import { choice, count, id, optIsoDate, table, text } from "./columns.ts"

export const timexes = table({
  name: "timexes",
  title: "Time expressions",
  description: "One row per time expression in an article's headline or body, normalised to a TIMEX3 value.",
  key: "timex_id",
  schema: z.object({
    timex_id: id("Stable id: a hash of the document id, the sentence's normalised text and the expression's text."),
    doc_id: id("The article (documents.doc_id)."),
    text: text("The time expression as written."),
    type: choice(TIMEX_TYPES, "TIMEX3 type."),
    value: text("TIMEX3 value: 2011-06-15, 2011-06, 2011, 2011-SU, 2011-W24, 2011-W24-WE, 199, PAST_REF, P10Y, XXXX-XX-XX..."),
    start_date: optIsoDate("First day the value covers (ISO 8601), empty when open or unknown."),
    end_date: optIsoDate("Last day the value covers (ISO 8601), empty when open or unknown."),
    anchor: choice(TIMEX_ANCHORS, "What the value was resolved against."),
    raw_start: count("Code point offset of the expression's start in the decoded source file."),
    raw_end: count("Code point offset just past the expression's end in the decoded source file (end exclusive)."),
    rule: id("The pattern that found and normalised the expression."),
  }),
})
export type TimexRow = z.infer<typeof timexes.schema>
