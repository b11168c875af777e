/**
 * Lexicons are plain data files in pipeline/lexicons/ that a user can read and
 * extend. They are read once, synchronously, when a stage module loads, so the
 * stages themselves stay pure functions.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

export const lexiconPath = (name: string): string => fileURLToPath(new URL(`./lexicons/${name}`, import.meta.url))

/** The non-empty, non-comment lines of a lexicon file, trimmed. */
export const readList = (name: string): string[] =>
  readFileSync(lexiconPath(name), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
