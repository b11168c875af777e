import { z } from "zod"
import { count, id, table, text } from "./columns.ts"

export const sentences = table({
  name: "sentences",
  title: "Sentences",
  description: "One row per sentence of an article's clean body, with its span in the source file. Events and positions point into these sentences.",
  key: "sentence_id",
  schema: z.object({
    sentence_id: id("Stable id: a hash of the document id and the sentence's normalised text (and its occurrence number when the same sentence appears twice), so a sentence keeps its id when text before it moves."),
    doc_id: id("The article (documents.doc_id)."),
    paragraph: count("0-based number of the body paragraph the sentence belongs to."),
    position: count("0-based number of the sentence within the article body."),
    text: text("The sentence as it reads in the clean text."),
    raw_start: count("Code point offset of the sentence's first character in the decoded source file."),
    raw_end: count("Code point offset just past the sentence's last character in the decoded source file (end exclusive)."),
  }),
})
export type SentenceRow = z.infer<typeof sentences.schema>
