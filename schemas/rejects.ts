import { z } from "zod"
import { REJECT_STAGES } from "./codes.ts"
import { choice, id, optText, table, text } from "./columns.ts"

export const rejects = table({
  name: "rejects",
  title: "Rejects",
  description: "One row per input file refused, manifest row or value refused, or output row that failed validation. Nothing is dropped silently.",
  key: "reject_id",
  schema: z.object({
    reject_id: id("Stable id: a hash of the source file, the stage and the reason."),
    source_file: text("The file concerned, relative to the raw folder (manifest.csv for manifest problems)."),
    stage: choice(REJECT_STAGES, "The stage that refused it."),
    reason: text("Why, in words."),
    table: optText("For a row that failed validation: the table it was meant for."),
    row_id: optText("For a row that failed validation: its id."),
  }),
})
export type RejectRow = z.infer<typeof rejects.schema>
