/**
 * The tense of the clause around a time expression: whether "Wednesday" or
 * "June" lies before or after the publication date. The irregular past forms
 * ("bought", "led") are the lexicon's `pastverb` rows.
 */
import { forLastText } from "../memo.ts"
import { alt } from "./vocabulary.ts"
import { allMatches } from "../regex.ts"

export const FUTURE = /\b(will|won't|'ll|shall|would|wo|(?:is|are|was|were) (?:(?:also|still|now|already|\w+ly) )?(?:expected|scheduled|due|set|going|planning|likely|poised|slated) to|(?:is|are) to|set to|plans? to|planned|planning|scheduled|intends? to|to be held|takes? effect|upcoming|tomorrow)\b/gi
export const PAST = new RegExp(`\\b(said|says|was|were|had|${alt("pastverb")}|ago|last|yesterday|earlier|\\w{3,}ed)\\b`, "gi")

/** A finite verb in the present: the clause it heads speaks of now ("the loan, which had been expected, is due by February"). */
export const PRESENT = /\b(is|are|am|has|have|does|do)\b/gi

/**
 * What makes a word ending in -ed an adjective rather than a past verb: a determiner (and an
 * adverb) before it, "a still unspecified date", "the hastily planned trip", "its proposed merger".
 */
const ADJECTIVE_AFTER = /\b(?:a|an|the|its|his|her|their|our|this|that|these|those)\s+(?:(?:\w+ly|still|not|well|long|much|once|now|yet)\s+)?$/i

/** What makes a past participle no past tense: "will be held", "would still be held", "to be signed", "is based". */
const PARTICIPLE_AFTER = /\b(?:be|being|is|are|am)\s+(?:\w+ly\s+)?$/i

export type Tense = "past" | "future" | "present"

interface Cue { readonly i: number; readonly tense: Tense }

/** The tense cues of a sentence, in no order; the last sentence's are kept, as every expression of a sentence asks for them. */
const cuesOf = forLastText((sentence: string): readonly Cue[] => {
  const cues: Cue[] = []
  for (const [re, tense] of [[FUTURE, "future"], [PAST, "past"], [PRESENT, "present"]] as const) {
    for (const m of allMatches(re, sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 24), m.index)
      if (/ed$/i.test(m[0]) && ADJECTIVE_AFTER.test(before)) continue // "a still unspecified date", "the hastily planned trip"
      if (/ed$/i.test(m[0]) && /\p{L}-$/u.test(before)) continue // "a ground-launched missile": the second half of a compound adjective
      if (tense === "past" && (NOT_PAST.test(m[0]) || PARTICIPLE_AFTER.test(before))) continue
      // "drills that were due to end on Sunday": a plan told in the past may lie on either side of the day.
      cues.push({ i: m.index, tense: tense === "future" && /^(?:was|were)\b/i.test(m[0]) ? "present" : tense })
    }
  }
  return cues
})

/**
 * The tense of the clause around a position of a sentence: the nearest tense
 * cue before it in the same clause ("will go Wednesday"), else the nearest
 * after it ("Wednesday, officials said"), else the nearest anywhere; present
 * when the sentence has none, or when the clause has a present verb ("is",
 * "has") and no other cue.
 */
export const tenseAt = (sentence: string, at: number): Tense => {
  const local = localTense(sentence.slice(Math.max(0, at - 60), at))
  if (local) return local
  const cues = cuesOf(sentence)
  if (cues.every((c) => c.tense === "present")) return "present"
  // (a comma inside a number, "3,000", ends no clause)
  const comma = (from: number, back: boolean) => {
    for (let i = back ? sentence.lastIndexOf(",", from) : sentence.indexOf(",", from); i >= 0; i = back ? sentence.lastIndexOf(",", i - 1) : sentence.indexOf(",", i + 1)) {
      if (!(/\d/.test(sentence[i - 1] ?? "") && /\d/.test(sentence[i + 1] ?? ""))) return i
      if (back && i === 0) break
    }
    return -1
  }
  const clauseStart = Math.max(comma(at, true), sentence.lastIndexOf(";", at), sentence.lastIndexOf(" that ", at))
  const nextStop = [comma(at, false), sentence.indexOf(";", at), sentence.indexOf(" that ", at)].filter((i) => i >= 0)
  const clauseEnd = nextStop.length ? Math.min(...nextStop) : sentence.length
  const before = cues.filter((c) => c.i < at && c.i > clauseStart).sort((a, b) => b.i - a.i)[0]
  // ("will meet leaders of the Group of Seven industrialized nations on Monday": a word in -ed after "will" in
  // one clause is no past verb)
  if (before?.tense === "past" && /^\w+ed\b/i.test(sentence.slice(before.i)) &&
    cues.some((c) => c.tense === "future" && c.i > clauseStart && c.i < before.i && !CLAUSE_WORD.test(sentence.slice(c.i, before.i)))) return "future"
  if (before) return before.tense
  const after = cues.filter((c) => c.i > at && c.i < clauseEnd).sort((a, b) => a.i - b.i)[0]
  if (after) return after.tense
  // (else the sentence's verb before the clause, that governs it, before one of a complement after it: "Zakharova demanded
  // that Biden say ..., recalling his pledge in February that 'there will be no longer a Nord Stream 2'")
  const tensed = cues.filter((c) => c.tense !== "present")
  // (not the verb of another clause joined after it: "to join at their summit in Prague in November, and Bush has said")
  const joined = JOINED_NEXT.test(sentence.slice(clauseEnd)) && tensed.some((c) => c.i < at)
  const others = joined ? tensed.filter((c) => c.i < at) : tensed
  const governing = others.filter((c) => c.i < at && CLAUSE_THAT.test(sentence.slice(clauseEnd)))
  return (governing.length ? governing : others).sort((a, b) => Math.abs(a.i - at) - Math.abs(b.i - at))[0]!.tense
}
/** Another clause, with a subject of its own, joined right after the expression's clause. */
const JOINED_NEXT = /^[,;]?\s*(?:and|but|while|whereas|although|though)\s+(?!(?:to|then|also|later|in|on|at)\b)/i
/** A complement clause right after the expression's clause. */
const CLAUSE_THAT = /^\s*that\b/i

/**
 * The tense the words right before an expression give it: a past verb
 * ("said Friday", "ended March 31", "was shot on Friday") or a hedge on a
 * future time ("as early as Tuesday").
 */
export const localTense = (before: string): Tense | null => {
  // "who takes office on Wednesday", "travels to Europe next week": a scheduled act in the present.
  if (SCHEDULED.test(before)) return "future"
  // "a presidential election set for March 31", "talks scheduled for Friday": a date something is set for lies ahead.
  // (not "a record high set on Aug. 6": what was set on a day is past)
  if (/\b(?:(?:set|scheduled|slated|planned)\s+for|due\s+(?:on|for))\s*$/i.test(before)) return "future"
  if (/\b(?:as (?:early|soon|late) as|(?:postponed|delayed|adjourned|deferred|put off)\s+(?:until|till|to)|effective|starting|beginning)\s*$/i.test(before)) return "future"
  // ("the drills, which run until Monday", "will last until Friday": a present or future verb running until a day; not
  // "lasted until Monday", "had until Friday to reply")
  if (/\b(?:run|runs|last|lasts|continue|continues|remain|remains|stay|stays|go on|goes on|is|are|will\s+\w+)\s+(?:\w+ly\s+)?(?:until|till)\s+$/i.test(before)) return "future"
  // ("the crew could be back on Whidbey Island by the weekend", "should be finished by Friday": a deadline a modal sets lies ahead;
  // not "would have been back by Friday")
  if (/\b(?:could|would|should|might|may|must)\s+(?!have\b)(?:[\w'\u2019-]+\s+){1,8}?by\s+$/i.test(before)) return "future"
  if (/\bsince\s+(?:(?:shortly|just|soon)\s+(?:after|before)\s+)?(?:the\s+)?$/i.test(before)) return "past" // "since March", "since shortly after the Oct. 23 slaying"
  // "since the explosion aboard the rig on 20 April", "since the uprising began in March": what happened since is behind.
  if (/\bsince\s+(?:the|an?|his|her|its|their)\s+[^,;:.!?]{0,60}\b(?:on|in)\s+$/i.test(before)) return "past"
  const m0 = /(\S+)\s+(?:(?:on|in|at|since|late|early|last|the night of)\s+)?$/i.exec(before)
  const word = m0?.[1]?.replace(/[^\p{L}']/gu, "")
  if (!m0 || !word || PARTICIPLE_AFTER.test(before.slice(0, m0.index))) return null
  if (NOT_PAST.test(word) || /^(last|earlier|ago|says)$/i.test(word)) return null
  PAST.lastIndex = 0
  const m = PAST.exec(word)
  return m && m[0].length === word.length ? "past" : null
}

/** Words that start another clause between a future verb and a word in -ed ("will say who attacked"). */
const CLAUSE_WORD = /\b(?:who|whom|which|that|when|after|before|because|since|while|as|and|but|or|if|where)\b|[,;:]/i

/** A present verb of a timetable, a few words before the expression ("takes office on", "travels to Europe"). */
const SCHEDULED = /\b(?:takes office|takes over|takes effect|comes into force|(?:begins|starts|opens|arrives|departs|travels|visits|hosts|convenes|resumes|expires|heads|falls)\b(?:\s+[\w.'’-]+){0,4})\s+(?:on|in|at|next|this|later)?\s*$/i

export const NOT_PAST = /^(need|speed|seed|feed|bleed|breed|proceed|exceed|succeed|indeed|red|bed|shed|wed|hundred|united|limited|based|related|armed|advanced|proposed|expected|planned|scheduled|embattled|detailed|alleged)$/i

