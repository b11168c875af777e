/** All tables of the dataset, in the order they are described in datapackage.json. */
import { actors } from "./actors.ts"
import { boilerplate } from "./boilerplate.ts"
import { documents } from "./documents.ts"
import { events } from "./events.ts"
import { positions } from "./positions.ts"
import { rejects } from "./rejects.ts"
import { sentences } from "./sentences.ts"
import { timexes } from "./timexes.ts"

export { actors, boilerplate, documents, events, positions, rejects, sentences, timexes }
export type { ActorRow } from "./actors.ts"
export type { BoilerplateRow } from "./boilerplate.ts"
export type { DocumentRow } from "./documents.ts"
export type { EventRow } from "./events.ts"
export type { PositionRow } from "./positions.ts"
export type { RejectRow } from "./rejects.ts"
export type { SentenceRow } from "./sentences.ts"
export type { TimexRow } from "./timexes.ts"
export { columnsOf, type Column, type TableDef } from "./columns.ts"

export const TABLES = [documents, sentences, boilerplate, timexes, events, positions, actors, rejects] as const
export type TableName = (typeof TABLES)[number]["name"]
