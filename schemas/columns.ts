/**
 * Column helpers and schema introspection.
 *
 * Every table is one zod object schema built from these helpers. The schema is
 * the single source of truth: rows are validated with it, the TypeScript row
 * type is inferred from it, and the Arrow schema, the Frictionless
 * `datapackage.json` fields and the codebook are all derived from it by
 * `columnsOf` below.
 */
import { z } from "zod"

/** Identifiers: non-empty, no control characters. */
export const id = (description: string) => z.string().min(1).regex(/^[^\u0000-\u001f]+$/, "no control characters").describe(description)
/** Free text that is always present (may be the empty string). */
export const text = (description: string) => z.string().describe(description)
/** Free text that may be unknown (null: an empty CSV cell). */
export const optText = (description: string) => z.string().nullable().describe(description)
/** A count or an offset: a non-negative whole number. */
export const count = (description: string) => z.int().min(0).describe(description)
export const optCount = (description: string) => z.int().min(0).nullable().describe(description)
/** A yes/no flag. */
export const flag = (description: string) => z.boolean().describe(description)
/** An ISO 8601 calendar date (YYYY-MM-DD), or null when unknown. */
export const optIsoDate = (description: string) => z.iso.date().nullable().describe(description)
/** One of a closed list of codes. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values).describe(description)
export const optChoice = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values).nullable().describe(description)

/** A table: its name, its id column and its row schema. */
export interface TableDef<S extends z.ZodObject = z.ZodObject, N extends string = string> {
  readonly name: N
  readonly title: string
  readonly description: string
  /** The column whose value identifies a row; rows are written sorted by it. */
  readonly key: string
  readonly schema: S
}

export const table = <S extends z.ZodObject, const N extends string>(def: TableDef<S, N>): TableDef<S, N> => def

export type ColumnKind = "string" | "integer" | "boolean" | "date"

export interface Column {
  readonly name: string
  readonly kind: ColumnKind
  readonly nullable: boolean
  readonly description: string
  /** Allowed values, for code columns. */
  readonly values?: ReadonlyArray<string>
  /** A regular expression every value matches (identifiers). */
  readonly pattern?: string
}

type Def = { type: string; innerType?: z.ZodType; format?: string; entries?: Record<string, string> }
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def

/** Reads the columns of a table schema, in declaration order. */
export const columnsOf = (schema: z.ZodObject): ReadonlyArray<Column> =>
  Object.entries(schema.shape).map(([name, field]) => {
    const outer = field as z.ZodType
    const description = outer.description
    if (!description) throw new Error(`column ${name} has no description`)
    let inner = outer
    let nullable = false
    while (defOf(inner).type === "nullable" || defOf(inner).type === "optional") {
      nullable = true
      inner = defOf(inner).innerType!
    }
    const def = defOf(inner)
    switch (def.type) {
      case "string":
        return { name, kind: def.format === "date" ? "date" : "string", nullable, description }
      case "number":
        if (def.format !== "safeint") throw new Error(`column ${name}: only whole numbers are supported`)
        return { name, kind: "integer", nullable, description }
      case "boolean":
        return { name, kind: "boolean", nullable, description }
      case "enum":
        return { name, kind: "string", nullable, description, values: Object.values(def.entries!) }
      default:
        throw new Error(`column ${name}: unsupported zod type ${def.type}`)
    }
  })
