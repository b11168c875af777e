import { z } from "zod"
import { ACTOR_KINDS } from "./codes.ts"
import { choice, count, id, optText, table, text } from "./columns.ts"

export const actors = table({
  name: "actors",
  title: "Actors",
  description: "One row per actor seen in the dataset.",
  key: "actor_id",
  schema: z.object({
    actor_id: id("Stable id: a hash of the actor's kind, code and name."),
    name: text("The actor's name."),
    code: optText("ISO 3166-1 alpha-3 for a country or a person's country; a short upper-case code for an organisation."),
    kind: choice(ACTOR_KINDS, "What kind of actor."),
    role: optText("The actor's office or role, where known."),
    mentions: count("How many times the actor is mentioned across the dataset's article bodies."),
  }),
})
export type ActorRow = z.infer<typeof actors.schema>
