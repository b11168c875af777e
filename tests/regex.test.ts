import { describe, expect, it } from "vitest"
import { foldCase, lexiconRegExp } from "../pipeline/lexicon.ts"
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

describe("lexicon expressions", () => {
  it("match either case of their letters, but a capital asked for stays a capital", () => {
    const re = lexiconRegExp("^(?:signed|filed) by [\\p{Lu}]\\w+")
    expect(["Signed by Smith", "FILED BY Smith", "signed by Smith"].map((t) => re.test(t))).toEqual([true, true, true])
    expect(re.test("signed by smith")).toBe(false)
    // (without a class of capitals, the `i` flag as before)
    expect(lexiconRegExp("sign (?:up|in)").flags).toContain("i")
  })

  it("spell out both cases of each letter, leaving escapes, ranges and group syntax whole", () => {
    expect(foldCase("said(?<=\\bhe said)")).toBe("[sS][aA][iI][dD](?<=\\b[hH][eE] [sS][aA][iI][dD])")
    expect(foldCase("[\\p{Lu}][a-z\\d]+(?<name>x)\\u00e9")).toBe("[\\p{Lu}][a-zA-Z\\d]+(?<name>[xX])\\u00e9")
    expect(new RegExp(foldCase("über|à propos"), "u").test("Über")).toBe(true)
  })
})
