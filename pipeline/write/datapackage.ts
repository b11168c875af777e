/**
 * `datapackage.json`: a Frictionless Data Package v2 describing every file
 * of the out folder, its schema (from the zod schemas), `bytes` and `hash`.
 */
import { columnsOf, type TableDef } from "../../schemas/columns.ts"
import { sha256Hex } from "../hash.ts"

/** A written file's size and sha256. */
export interface FileInfo {
  readonly bytes: number
  readonly sha256: string
}

export const fileInfo = (bytes: Uint8Array): FileInfo => ({ bytes: bytes.length, sha256: sha256Hex(bytes) })

/** A table and its files, as they are written to the out folder. */
export interface WrittenResource {
  readonly def: TableDef
  readonly csv: FileInfo
  readonly arrow: FileInfo
  readonly parquet: FileInfo
}

/** The dataset's name, title, description and version, and the pipeline's version. */
export interface PackageMeta {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly version: string
  readonly pipelineVersion: string
}

const tableSchema = (def: TableDef) => ({
  fields: columnsOf(def.schema).map((c) => ({
    name: c.name,
    type: c.kind,
    description: c.description,
    constraints: { required: !c.nullable, ...(c.values ? { enum: c.values } : {}) },
  })),
  primaryKey: [def.key],
  missingValues: [""],
})

/**
 * The `datapackage.json` text (2-space indent, fixed key order, trailing
 * newline): a CSV, an Arrow and a Parquet resource per table, then the
 * spreadsheet when there is one (a dataset with more rows than a spreadsheet
 * is for has none).
 */
export const datapackage = (meta: PackageMeta, resources: ReadonlyArray<WrittenResource>, xlsx: FileInfo | null): string =>
  JSON.stringify(
    {
      $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
      name: meta.name,
      title: meta.title,
      description: meta.description,
      version: meta.version,
      pipeline_version: meta.pipelineVersion,
      licenses: [{ name: "ODC-BY-1.0", path: "https://opendatacommons.org/licenses/by/1-0/", title: "Open Data Commons Attribution License 1.0" }],
      sources: [{ title: "News articles of the raw folder; the text of each article belongs to its publisher (documents.publisher, documents.url)." }],
      resources: [...resources.flatMap(({ def, csv, arrow, parquet }) => [
        {
          name: def.name,
          title: def.title,
          description: def.description,
          path: `${def.name}.csv`,
          type: "table",
          format: "csv",
          mediatype: "text/csv",
          encoding: "utf-8",
          bytes: csv.bytes,
          hash: `sha256:${csv.sha256}`,
          dialect: { header: true, delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true },
          schema: tableSchema(def),
        },
        {
          name: `${def.name}-arrow`,
          title: `${def.title} (Arrow)`,
          description: `${def.description} The same rows as ${def.name}.csv, as an Arrow IPC file.`,
          path: `${def.name}.arrow`,
          format: "arrow",
          mediatype: "application/vnd.apache.arrow.file",
          bytes: arrow.bytes,
          hash: `sha256:${arrow.sha256}`,
        },
        {
          name: `${def.name}-parquet`,
          title: `${def.title} (Parquet)`,
          description: `${def.description} The same rows and column types as ${def.name}.arrow, as a Parquet file.`,
          path: `${def.name}.parquet`,
          format: "parquet",
          mediatype: "application/vnd.apache.parquet",
          bytes: parquet.bytes,
          hash: `sha256:${parquet.sha256}`,
        },
      ]),
      ...(xlsx ? [{
        name: "dataset-xlsx",
        title: "The whole dataset as a spreadsheet",
        description: "One sheet per table, every text cell stored as text (a value starting with =, +, - or @ is never a formula), dates as ISO text, the header row frozen. Cells longer than 32,767 characters are cut; the CSV files hold them whole.",
        path: "dataset.xlsx",
        format: "xlsx",
        mediatype: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bytes: xlsx.bytes,
        hash: `sha256:${xlsx.sha256}`,
      }] : []),
      ],
    },
    null,
    2,
  ) + "\n"
