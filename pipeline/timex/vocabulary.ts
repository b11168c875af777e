/**
 * The words of time expressions, read from lexicons/timex-words.tsv (months,
 * weekdays, seasons, numbers, units, holidays...), as regular-expression
 * pieces for the patterns and as values for the normalisers.
 */
import { readFileSync } from "node:fs"
import { lexiconPath } from "../lexicon.ts"

// ---------------------------------------------------------------- vocabulary

export const WORDS: ReadonlyMap<string, ReadonlyArray<{ re: string; value: string; whole: RegExp }>> = (() => {
  const map = new Map<string, Array<{ re: string; value: string; whole: RegExp }>>()
  for (const line of readFileSync(lexiconPath("timex-words.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue
    const [category, re, value] = line.split("\t")
    if (!category || !re || value === undefined) throw new Error(`lexicons/timex-words.tsv: malformed row ${JSON.stringify(line)}`)
    // (whole: the row's pattern as the whole of a word, for valueOf)
    map.set(category, [...(map.get(category) ?? []), { re, value, whole: new RegExp(`^(?:${re})$`, "i") }])
  }
  return map
})()

/** A non-capturing alternation of a category's words, longest first. */
export const alt = (category: string): string =>
  `(?:${[...(WORDS.get(category) ?? [])].sort((a, b) => b.re.length - a.re.length).map((w) => w.re).join("|")})`

/** The value of a word of a category ("june" -> "6"). */
export const valueOf = (category: string, word: string): string | null => {
  const w = word.toLowerCase().replace(/\s+/g, " ").trim()
  return WORDS.get(category)?.find((x) => x.whole.test(w))?.value ?? null
}

export const MONTH = alt("month")
export const WEEKDAY_FULL = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
export const WEEKDAY = alt("weekday")
export const SEASON = alt("season")
export const TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
export const DIGIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)"
export const NUMBER = `(?:${TENS}[-\\s]${DIGIT_WORD}|${alt("number")}|\\d+(?:\\.\\d+)?(?:\\s+1/2)?)`
export const ORDINAL = alt("ordinal")
export const UNIT = alt("unit")
export const PART = alt("partofday")
export const ZONE = alt("zone")
export const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)"
export const TEEN = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
/** A year in words: "nineteen ninety-six", "nineteen oh five", "two thousand and one" (the last only after "the year"). */
export const YEAR_WORDS = `(?:(?:eighteen|nineteen|twenty)[-\\s]+(?:${TENS}(?:[-\\s]${DIGIT_WORD})?|${TEEN}|hundred|oh[-\\s]${DIGIT_WORD})|(?<=\\byear\\s)two thousand(?:[-\\s]+(?:and[-\\s]+)?(?:${TENS}(?:[-\\s]${DIGIT_WORD})?|${TEEN}|${DIGIT_WORD}))?)`
export const YEAR_ANY = `(?:${YEAR}|${YEAR_WORDS})`

/** The number of a year written in digits or words. */
export const yearNumber = (text: string): number => {
  if (/^\d+$/.test(text)) return Number(text)
  const words = text.toLowerCase().split(/[-\s]+/).filter((w) => w !== "and" && w !== "oh")
  const small = (ws: string[]) => ws.reduce((sum, w) => sum + (w === "hundred" ? 0 : Number(valueOf("number", w) ?? TEEN_VALUES[w] ?? 0)), 0)
  if (words[0] === "two" && words[1] === "thousand") return 2000 + small(words.slice(2))
  return (TEEN_VALUES[words[0]!] ?? Number(valueOf("number", words[0]!))) * 100 + small(words.slice(1))
}
export const TEEN_VALUES: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 }

export const APPROX = "(?:(?:nearly|almost|about|around|roughly|some|more than|less than|at least|at most|over|under|just over|just under|up to|approximately)\\s+)"

/** The value of a number as written: "12", "5 1/2", "twenty-four", "a couple of" (X). */
export const numberValue = (word: string): string => {
  const w = word.toLowerCase().replace(/\s+/g, " ").trim()
  if (/^\d+(\.\d+)?$/.test(w)) return String(Number(w))
  const half = /^(\d+) 1\/2$/.exec(w)
  if (half) return String(Number(half[1]) + 0.5)
  const compound = new RegExp(`^(${TENS})[- ](${DIGIT_WORD})$`).exec(w)
  if (compound) return String(Number(valueOf("number", compound[1]!)) + Number(valueOf("number", compound[2]!)))
  return valueOf("number", w) ?? "X"
}

