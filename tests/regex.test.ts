import { describe, expect, it } from "vitest"
import { allMatches } from "../pipeline/regex.ts"

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m])
const viaAllMatches = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, ...m])

describe("allMatches", () => {
  it("finds what matchAll finds, groups and indices included", () => {
    const re = /(?<![\p{L}-])(?:accus(?:e|ed)|condemn(?:s|ed)?)(?![\p{L}])( \w+)?/giu
    const text = "Moscow condemned the move; Beijing Accused Washington, and re-condemned it. Condemns."
    expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text))
    expect(allMatches(re, text).map((m) => m[0])).toEqual(["condemned the", "Accused Washington", "Condemns"])
  })
  it("moves past empty matches as matchAll does, by a whole code point in unicode mode", () => {
    for (const [re, text] of [[/x*/g, "axxb"], [/(?:)/gu, "a😀b"], [/\b/g, "two words"]] as const) {
      expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text))
    }
    expect(allMatches(/(?:)/gu, "a😀b").map((m) => m.index)).toEqual([0, 1, 3, 4])
  })
  it("starts from the beginning whatever lastIndex the expression was left with, and leaves it at 0", () => {
    const re = /\d+/g
    re.lastIndex = 5
    expect(allMatches(re, "12 345 6").map((m) => m[0])).toEqual(["12", "345", "6"])
    expect(re.lastIndex).toBe(0)
  })
  it("refuses an expression that is not global, as matchAll does", () => {
    expect(() => allMatches(/\d+/, "12")).toThrow(/global/)
  })
})
