/**
 * Corpus furniture: lines that many articles of the run share ("The BBC is not
 * responsible for the content of external Internet sites", a site's footer).
 * The run counts each article's distinct short lines once (a first pass over
 * the corpus), and layout treats a line seen in enough articles as page
 * furniture rather than story.
 */
import { furnitureKey, lines } from "./layout.ts"

/** Lines longer than this are story, however often they recur (agencies reuse background paragraphs). */
const MAX_WORDS = 30

/** The distinct furniture keys of one article's clean text. */
export const furnitureKeys = (text: string): Set<string> => {
  const keys = new Set<string>()
  for (const span of lines(text)) {
    const key = furnitureKey(text.slice(span.start, span.end))
    if (key !== "" && key.split(" ").length <= MAX_WORDS) keys.add(key)
  }
  return keys
}

/**
 * How many articles must share a line for it to be furniture: 5% of the
 * corpus, at least 3 articles, and never more than 20 (a line in 20 articles
 * is furniture in a corpus of any size).
 */
export const furnitureThreshold = (documents: number): number => Math.max(3, Math.min(Math.ceil(documents * 0.05), 20))

/** Counts keys across articles and returns the test layout uses. */
export const furnitureOf = (perDocument: Iterable<ReadonlySet<string>>, documents: number): ((key: string) => boolean) => {
  const counts = new Map<string, number>()
  for (const keys of perDocument) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  const threshold = furnitureThreshold(documents)
  const furniture = new Set([...counts].filter(([, n]) => n >= threshold).map(([k]) => k))
  return (key) => furniture.has(key)
}
