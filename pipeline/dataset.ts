/**
 * The dataset as a whole: its name and description, and how per-article
 * actors rows become one row per actor. The tables themselves are streamed
 * from run files by publish.ts.
 */
import type { ActorRow, TableName } from "../schemas/index.ts"
import { commonest } from "./document.ts"

export type Dataset = { readonly [K in TableName]: ReadonlyArray<Record<string, unknown>> }

/**
 * One actors row per actor id across the corpus: mentions summed, and the
 * role the most mentions carry (ties broken by code-unit order), so the
 * result does not depend on the order articles finished in.
 */
export const mergeActors = (rows: ReadonlyArray<ActorRow>): ActorRow[] => {
  const merged = new Map<string, { row: ActorRow; roles: Map<string, number> }>()
  for (const row of rows) {
    const m = merged.get(row.actor_id) ?? { row: { ...row, mentions: 0, role: null }, roles: new Map<string, number>() }
    m.row = { ...m.row, mentions: m.row.mentions + row.mentions }
    if (row.role) m.roles.set(row.role, (m.roles.get(row.role) ?? 0) + row.mentions)
    merged.set(row.actor_id, m)
  }
  return [...merged.values()].map(({ row, roles }) => ({ ...row, role: commonest(roles) }))
}

export const DATASET = {
  name: "dateline",
  title: "dateline: dated events and actors' positions from news articles",
  description:
    "Dated events and actors' positions extracted from news articles, with the boilerplate removed, time expressions normalised to TIMEX3, and every row traceable to code point offsets in its source file.",
}
