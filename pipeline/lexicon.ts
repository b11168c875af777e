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

/**
 * A lexicon's regular expression, case-insensitive. Unicode mode only when the
 * pattern needs it (`\p{…}`, `\u{…}`, a character beyond the BMP): V8 runs a
 * case-insensitive pattern in Unicode mode several times slower, and the cue
 * phrases of the lexicons ("\bsign (up|in)\b") match the same without it.
 */
export const lexiconRegExp = (pattern: string, flags = "i"): RegExp =>
  new RegExp(pattern, needsUnicode(pattern) ? `${flags}u` : flags)

const needsUnicode = (pattern: string): boolean => /\\[pP]\{|\\u\{/.test(pattern) || /[\u{10000}-\u{10FFFF}]/u.test(pattern)
