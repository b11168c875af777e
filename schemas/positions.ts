import { z } from "zod"
import { DATE_BASES, STANCES } from "./codes.ts"
import { choice, count, flag, id, optIsoDate, optText, table, text } from "./columns.ts"

export const positions = table({
  name: "positions",
  title: "Positions",
  description: "One row per stance an actor takes on an issue, with the words that show it.",
  key: "position_id",
  schema: z.object({
    position_id: id("Stable id: a hash of the document id, the sentence's normalised text, the holder, the stance and the issue."),
    doc_id: id("The article (documents.doc_id)."),
    holder_name: optText("Who holds the stance, as named in the text."),
    holder_code: optText("The holder's code (ISO 3166-1 alpha-3, or an organisation's short code)."),
    stance: choice(STANCES, "The stance taken."),
    issue: optText("A key of the issue lexicon, empty if none matched."),
    issue_text: optText("The words of the article naming what is opposed or supported."),
    target_code: optText("Whose plan or act the issue is, if any."),
    hedged: flag("True when the stance is hedged (could, may, might)."),
    date: optText("When the stance was taken, as a TIMEX3 value."),
    date_start: optIsoDate("First day of the date's range (ISO 8601)."),
    date_end: optIsoDate("Last day of the date's range (ISO 8601)."),
    date_basis: choice(DATE_BASES, "Where the date came from: text (a time expression of the sentence's clause), context (the last day an earlier sentence of the article named, for a past stance reported without its own date), publication (the article's date, for a current stance), or none."),
    evidence: text("The sentence or quote that shows the stance."),
    raw_start: count("Code point offset of the evidence's start in the decoded source file."),
    raw_end: count("Code point offset just past the evidence's end in the decoded source file (end exclusive)."),
    rule: id("The pattern that made the row."),
  }),
})
export type PositionRow = z.infer<typeof positions.schema>
