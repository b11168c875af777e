/**
 * Stable row ids.
 *
 * A row id is a hash of what identifies the row (the document, the table, a
 * normalised sentence text, values), never of offsets or row numbers: moving
 * text earlier in an article, or editing another article, leaves it alone.
 */
import { sha256Hex } from "./hash.ts"

/** Normalises text for identity: compatibility forms, straight quotes, plain dashes, single spaces. */
export const normaliseForId = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()

/** A 16-hex-digit id from the parts that identify a row. */
export const stableId = (...parts: ReadonlyArray<string | number | boolean | null>): string =>
  sha256Hex(JSON.stringify(parts)).slice(0, 16)

/**
 * Gives each item an id from its identifying key; the second and later items
 * with the same key (the same sentence twice in one article) also carry their
 * occurrence number, so ids stay unique and the first occurrence keeps its id.
 */
export const idsByOccurrence = <T>(items: ReadonlyArray<T>, key: (item: T) => ReadonlyArray<string | number | boolean | null>): string[] => {
  const seen = new Map<string, number>()
  return items.map((item) => {
    const parts = key(item)
    const k = JSON.stringify(parts)
    const n = (seen.get(k) ?? 0) + 1
    seen.set(k, n)
    return n === 1 ? stableId(...parts) : stableId(...parts, n)
  })
}
