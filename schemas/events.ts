import { z } from "zod"
import { DATE_BASES, EVENT_STATUSES, EVENT_TYPES, TARGET_BASES } from "./codes.ts"
import { choice, count, id, optChoice, optIsoDate, optText, table, text } from "./columns.ts"

export const events = table({
  name: "events",
  title: "Events",
  description: "One row per event: who did what to whom, where and when, with the sentence that says so.",
  key: "event_id",
  schema: z.object({
    event_id: id("Stable id: a hash of the document id, the sentence's normalised text, the event type, the actor and the trigger."),
    doc_id: id("The article (documents.doc_id)."),
    event_type: choice(EVENT_TYPES, "PLOVER-style event type; STATEMENT for a public statement with no other type."),
    actor_name: optText("Who acted, as named in the text."),
    actor_code: optText("The actor's code: ISO 3166-1 alpha-3 for a country or a person's country, a short code for an organisation."),
    target_name: optText("Who the act was aimed at, as named in the text."),
    target_code: optText("The target's code."),
    target_basis: optChoice(TARGET_BASES, "Where the target came from: text (named in the sentence or read from the acts and words around it), or article (none named, so the other of the two sides the article is about, for an act aimed at someone by nature: a meeting, proposal, request, accusation, rejection, threat, sanction, coercion or assault); empty when there is no target."),
    location: optText("Where it happened."),
    date: optText("When it happened, as a TIMEX3 value."),
    date_start: optIsoDate("First day of the date's range (ISO 8601)."),
    date_end: optIsoDate("Last day of the date's range (ISO 8601)."),
    date_basis: choice(DATE_BASES, "Where the date came from: text (a time expression of the sentence's clause), context (the last day an earlier sentence of the article named, for a past event reported without its own date), publication (the article's date, for a current stance or the news of the day), or none."),
    status: choice(EVENT_STATUSES, "Whether the event is reported as having happened, planned, or hypothetical."),
    trigger: text("The word or phrase that signals the event."),
    evidence: text("The sentence that reports the event."),
    raw_start: count("Code point offset of the evidence's start in the decoded source file."),
    raw_end: count("Code point offset just past the evidence's end in the decoded source file (end exclusive)."),
    rule: id("The pattern that made the row."),
  }),
})
export type EventRow = z.infer<typeof events.schema>
