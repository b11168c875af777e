import { z } from "zod"
import { PUBLISHED_SOURCES } from "./codes.ts"
import { choice, count, id, optIsoDate, optText, table, text } from "./columns.ts"

export const documents = table({
  name: "documents",
  title: "Documents",
  description: "One row per article accepted from the raw folder.",
  key: "doc_id",
  schema: z.object({
    doc_id: id("The article's id: its path below the raw folder without the .txt extension, unless the manifest gives one. Stable across runs."),
    source_file: id("Path of the source file relative to the raw folder, with / separators."),
    source_sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the source file's bytes, in hex."),
    encoding: choice(["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"], "The encoding the file was decoded from; raw offsets count code points of the text so decoded (a byte-order mark is not part of the text)."),
    url: optText("The article's URL, from the manifest."),
    publisher: optText("Who published the article: the manifest, else what the text says."),
    headline: optText("The article's headline."),
    byline: optText("The byline as printed (author, and date where the byline carries one)."),
    dateline: optText("The dateline place (e.g. 'ASTANA, Kazakhstan')."),
    language: optText("Language of the article (BCP 47), from the manifest."),
    published: optIsoDate("Publication date (ISO 8601), empty if unknown."),
    published_source: choice(PUBLISHED_SOURCES, "Where the publication date came from."),
    published_window_start: optIsoDate("When no publication date is known: the earliest date the tenures of the office-holders the article names as current allow."),
    published_window_end: optIsoDate("When no publication date is known: the latest date the tenures of the office-holders the article names as current allow."),
    text_repairs: count("How many runs of mojibake (UTF-8 read as Windows-1252, e.g. 'donâ€™t') cleaning repaired in the text; 0 when none."),
    date_flags: text("Empty, or a ;-separated list of findings about the article's dates (e.g. a conflict between the publication date and who held which office)."),
    text: text("The clean article body: boilerplate removed, headline and byline excluded, paragraphs separated by a blank line."),
    pipeline_version: id("Version of the pipeline that produced the row."),
  }),
})
export type DocumentRow = z.infer<typeof documents.schema>
