/**
 * Finding any of many fixed phrases (the gazetteer's names) in a text, case
 * insensitively, as whole words. A regular expression with thousands of
 * alternatives is too big for V8 to compile to machine code and runs in its
 * slow interpreter; this index looks up each word start instead: phrases are
 * grouped by their first word, and at every position where a word starts,
 * the longest phrase of that group that the text continues with wins, like
 * the leftmost-longest alternation `(?<![\p{L}\p{N}])(?:a|b|…)(?![\p{L}\p{N}])`
 * it replaces (the alternatives sorted longest first).
 */
import { forLastText } from "./memo.ts"
import { allMatches } from "./regex.ts"

const WORD_CHAR = /[\p{L}\p{N}]/u
const FIRST_WORD = /^[\p{L}\p{N}]+/u
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu

/** Like a RegExp match: `m[0]` is the phrase as written in the text, `m.index` where it starts (UTF-16 index). */
export type PhraseMatch = readonly [string] & { readonly index: number }

export type PhraseFinder = (text: string) => PhraseMatch[]

/** A finder for these phrases; each must start with a letter or a digit. */
export const phraseFinder = (phrases: Iterable<string>): PhraseFinder => {
  const byFirst = new Map<string, string[]>()
  for (const p of new Set([...phrases].map((x) => x.toLowerCase()))) {
    const first = FIRST_WORD.exec(p)?.[0]
    if (!first) throw new Error(`phrase ${JSON.stringify(p)} does not start with a letter or digit`)
    const group = byFirst.get(first) ?? []
    group.push(p)
    byFirst.set(first, group)
  }
  for (const group of byFirst.values()) group.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

  return (text) => {
    const { lower, same, starts, words } = wordsOf(text)
    const out: PhraseMatch[] = []
    let from = 0
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!
      if (at < from) continue
      const group = byFirst.get(words[i]!)
      if (!group) continue
      for (const p of group) {
        const end = at + p.length
        const candidate = same ? lower.slice(at, end) : text.slice(at, end).toLowerCase()
        if (candidate === p && !WORD_CHAR.test(text.charAt(end) + (isHighSurrogate(text, end) ? text.charAt(end + 1) : ""))) {
          out.push(Object.assign([text.slice(at, end)] as [string], { index: at }))
          from = end
          break
        }
      }
    }
    return out
  }
}

interface Words {
  readonly lower: string
  /** Lower-casing that changes lengths (a handful of letters) would shift indexes: phrases are compared letter by letter then. */
  readonly same: boolean
  readonly starts: number[]
  /** Each word in lower case. */
  readonly words: string[]
}

/** The words of the last text asked about: every finder of a sentence (countries, organisations, people) walks the same words. */
const wordsOf = forLastText((text: string): Words => {
  const lower = text.toLowerCase()
  const same = lower.length === text.length
  const starts: number[] = []
  const words: string[] = []
  for (const w of allMatches(WORD_START, same ? lower : text)) {
    starts.push(w.index)
    words.push(same ? w[0] : w[0].toLowerCase())
  }
  return { lower, same, starts, words }
})

const isHighSurrogate = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff
}
