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
 * A capital letter asked for (`\p{Lu}`) stays one: under the `i` flag it would
 * match a small letter too, so such a pattern spells out both cases of its own
 * letters instead (`foldCase`).
 */
export const lexiconRegExp = (pattern: string, flags = "i"): RegExp =>
  CASE_CLASS.test(pattern) && flags.includes("i") ? new RegExp(foldCase(pattern), `${flags.replace("i", "")}u`)
    : new RegExp(pattern, needsUnicode(pattern) ? `${flags}u` : flags)

const needsUnicode = (pattern: string): boolean => /\\[pP]\{|\\u\{/.test(pattern) || /[\u{10000}-\u{10FFFF}]/u.test(pattern)

/** A class of capital or small letters: `\p{Lu}`, `\p{Ll}`, `\p{Lt}`. */
const CASE_CLASS = /\\[pP]\{(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter)\}/

/** An escape: a property or code point in braces, a named back-reference, a code unit in hex, a control letter, or one character. */
const ESCAPE = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[\s\S])/
/** The opening of a group that is no letter to match: "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>". */
const GROUP_OPEN = /^\(\?(?:<[A-Za-z_$][\w$]*>|<=|<!|[:=!])/

const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase()
const otherCase = (c: string): string => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())

/**
 * A pattern that matches either case of each of its letters without the `i` flag: "said" is "[sS][aA][iI][dD]", "[a-z]" is
 * "[a-zA-Z]"; escapes (`\p{Lu}`, `\b`, `\w`) and group syntax ("(?<=", "(?<name>") stay as written.
 */
export const foldCase = (pattern: string): string => {
  let out = ""
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    const rest = pattern.slice(i)
    const skip = c === "\\" ? ESCAPE.exec(rest) : !inClass && c === "(" ? GROUP_OPEN.exec(rest) : null
    if (skip) {
      out += skip[0]
      i += skip[0].length - 1
    } else if (!inClass && c === "[") {
      inClass = true
      out += c
    } else if (inClass && c === "]") {
      inClass = false
      out += c
    } else if (!isLetter(c)) {
      out += c
    } else if (inClass && pattern[i + 1] === "-" && isLetter(pattern[i + 2] ?? "")) {
      // (a range of letters: both cases of it)
      const end = pattern[i + 2]!
      out += `${c}-${end}${otherCase(c)}-${otherCase(end)}`
      i += 2
    } else {
      out += inClass ? c + otherCase(c) : `[${c}${otherCase(c)}]`
    }
  }
  return out
}
