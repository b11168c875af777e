/**
 * The tense of the clause around a time expression: whether "Wednesday" or
 * "June" lies before or after the publication date.
 */
export const FUTURE = /\b(will|won't|'ll|shall|would|wo|(?:is|are|was|were) (?:expected|scheduled|due|set|going|planning|likely|poised|slated) to|(?:is|are) to|set to|plans? to|planned|planning|scheduled|intends? to|to be held|upcoming|tomorrow)\b/gi
export const PAST = /\b(said|says|was|were|had|did|told|met|went|began|came|took|gave|made|saw|won|left|held|sent|got|found|became|fell|rose|spoke|struck|killed|announced|reported|signed|agreed|ago|last|yesterday|earlier|\w{3,}ed)\b/gi

/** What makes a past participle no past tense: "will be held", "would still be held", "to be signed". */
const PARTICIPLE_AFTER = /\b(?:be|being)\s+(?:\w+ly\s+)?$/i

export type Tense = "past" | "future" | "present"

/**
 * The tense of the clause around a position of a sentence: the nearest tense
 * cue before it in the same clause ("will go Wednesday"), else the nearest
 * after it ("Wednesday, officials said"), else the nearest anywhere; present
 * when the sentence has none.
 */
export const tenseAt = (sentence: string, at: number): Tense => {
  const local = localTense(sentence.slice(Math.max(0, at - 60), at))
  if (local) return local
  const cues: Array<{ i: number; tense: Tense }> = []
  for (const [re, tense] of [[FUTURE, "future"], [PAST, "past"]] as const) {
    re.lastIndex = 0
    for (const m of sentence.matchAll(re)) {
      if (tense === "past" && (NOT_PAST.test(m[0]) || PARTICIPLE_AFTER.test(sentence.slice(Math.max(0, m.index - 12), m.index)))) continue
      cues.push({ i: m.index, tense })
    }
  }
  if (cues.length === 0) return "present"
  const clauseStart = Math.max(sentence.lastIndexOf(",", at), sentence.lastIndexOf(";", at), sentence.lastIndexOf(" that ", at))
  const nextStop = [",", ";", " that "].map((x) => sentence.indexOf(x, at)).filter((i) => i >= 0)
  const clauseEnd = nextStop.length ? Math.min(...nextStop) : sentence.length
  const before = cues.filter((c) => c.i < at && c.i > clauseStart).sort((a, b) => b.i - a.i)[0]
  if (before) return before.tense
  const after = cues.filter((c) => c.i > at && c.i < clauseEnd).sort((a, b) => a.i - b.i)[0]
  if (after) return after.tense
  return cues.sort((a, b) => Math.abs(a.i - at) - Math.abs(b.i - at))[0]!.tense
}

/**
 * The tense the words right before an expression give it: a past verb
 * ("said Friday", "ended March 31", "was shot on Friday") or a hedge on a
 * future time ("as early as Tuesday").
 */
export const localTense = (before: string): Tense | null => {
  if (/\b(?:as (?:early|soon|late) as|(?:postponed|delayed|adjourned|deferred|put off)\s+(?:until|till|to)|effective|starting|beginning)\s*$/i.test(before)) return "future"
  if (/\bsince\s+(?:(?:shortly|just|soon)\s+(?:after|before)\s+)?(?:the\s+)?$/i.test(before)) return "past" // "since March", "since shortly after the Oct. 23 slaying"
  const m0 = /(\S+)\s+(?:(?:on|in|at|since|late|early|last|the night of)\s+)?$/i.exec(before)
  const word = m0?.[1]?.replace(/[^\p{L}']/gu, "")
  if (!m0 || !word || PARTICIPLE_AFTER.test(before.slice(0, m0.index))) return null
  if (NOT_PAST.test(word) || /^(last|earlier|ago|says)$/i.test(word)) return null
  PAST.lastIndex = 0
  const m = PAST.exec(word)
  return m && m[0].length === word.length ? "past" : null
}

export const NOT_PAST = /^(need|speed|seed|feed|bleed|breed|proceed|exceed|succeed|indeed|red|bed|shed|wed|hundred|united|limited|based|related|armed|advanced|proposed|expected|planned|scheduled|embattled|detailed|alleged)$/i

