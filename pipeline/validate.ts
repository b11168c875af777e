/**
 * Validation: every row is parsed by its table's zod schema before it is
 * written. A row that fails becomes a `rejects` row saying which column broke
 * which rule; it is never written half-valid and never dropped silently.
 */
import { type RejectRow, type TableDef, TABLES } from "../schemas/index.ts"
import type { DocumentTables } from "./document.ts"
import type { REJECT_STAGES } from "../schemas/codes.ts"
import { stableId } from "./ids.ts"

type Stage = (typeof REJECT_STAGES)[number]

/** A rejects row; its id is a hash of everything it says. */
export const reject = (source_file: string, stage: Stage, reason: string, table: string | null = null, row_id: string | null = null): RejectRow => ({
  reject_id: stableId("reject", source_file, stage, reason, table, row_id),
  source_file,
  stage,
  reason,
  table,
  row_id,
})

/** Splits rows into those the schema accepts (as parsed) and rejects rows for the others. */
export const validateRows = <T>(def: TableDef, rows: ReadonlyArray<unknown>, sourceFile: string): { valid: T[]; rejects: RejectRow[] } => {
  const valid: T[] = []
  const rejects: RejectRow[] = []
  for (const row of rows) {
    const parsed = def.schema.safeParse(row)
    if (parsed.success) {
      valid.push(parsed.data as T)
      continue
    }
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`)
      .join("; ")
    const key = (row as Record<string, unknown> | null)?.[def.key]
    rejects.push(reject(sourceFile, "validate", `${def.name} row refused: ${reason}`, def.name, typeof key === "string" ? key : null))
  }
  return { valid, rejects }
}

/**
 * Validates every row one article produced. If its documents row fails, the
 * article is refused whole (its other rows would point at nothing); other
 * failing rows are refused one by one.
 */
export const validateDocument = (tables: DocumentTables, sourceFile: string): { tables: DocumentTables | null; rejects: RejectRow[] } => {
  const rejects: RejectRow[] = []
  const out: Record<string, unknown[]> = {}
  for (const [name, rows] of Object.entries(tables) as Array<[keyof DocumentTables, unknown[]]>) {
    const def = TABLES.find((t) => t.name === name)!
    const checked = validateRows(def as TableDef, rows, sourceFile)
    out[name] = checked.valid
    rejects.push(...checked.rejects)
  }
  if (out.documents!.length === 0) return { tables: null, rejects }
  return { tables: out as unknown as DocumentTables, rejects }
}
