/**
 * Events and positions: from each body sentence, what happened (a PLOVER-style
 * event with actor, target, place, status and date) and what stance an actor
 * took on an issue, with the sentence as evidence.
 *
 * The vocabulary is data: lexicons/events.tsv (trigger -> event type),
 * lexicons/stances.tsv (cue -> stance, and whether the holder acts on the
 * issue or says the issue does harm or good), lexicons/issues.csv (issue keys,
 * whose plan each is, and the words that name them).
 *
 * Who: reported speech keeps its speaker ("X said", "said X", "X told Y",
 * "according to X", "in comments carried by ..., X ... saying", a quote
 * attributed by the next sentence); otherwise the subject of the clause
 * (joint subjects give one row per member), the agent of a passive ("rejected
 * by Russia and China"), or, for a pronoun, the actors of the sentence before.
 *
 * When: a time expression of the same clause (`text`); else the article's
 * date for a present-tense or present-perfect sentence and for the lede
 * (`publication`); else, for a past event, the last day an earlier sentence
 * named (`context`); else none.
 */
import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import { type ActorMention, type ActorRef, type Article, dayBetween, type DatedMatch, type EventMatch, groupBySpan, type PositionMatch, type SentenceSpan, type Span, isDayHeading, stampBetween, type TimexMatch, TRANSCRIPT_SPEAKER } from "./annotations.ts"
import { countryOf, countryOfPlace, refOfCode } from "./actors.ts"
import { lexiconPath, lexiconRegExp } from "./lexicon.ts"
import { forLastText, once } from "./memo.ts"
import { allMatches } from "./regex.ts"

type EventType = EventMatch["eventType"]
type Stance = PositionMatch["stance"]

// ---------------------------------------------------------------- lexicons

const tsv = (name: string) =>
  readFileSync(lexiconPath(name), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t"))

const TRIGGERS: ReadonlyArray<{ re: RegExp; type: EventType; bySpeaker: boolean; needsDoer: boolean }> = tsv("events.tsv").map(([pattern, type, who]) => ({
  // (nor the second half of a compound: "early-warning radar" is no warning)
  re: lexiconRegExp(`(?<![\\p{L}-])(?:${pattern})(?![\\p{L}])`, "gi"), type: type as EventType,
  // ("speaker+doer": and only when who does it is the subject right before the words)
  bySpeaker: who?.trim() === "speaker" || who?.trim() === "speaker+doer", needsDoer: who?.trim() === "speaker+doer",
}))
const STANCE_CUES: ReadonlyArray<{ re: RegExp; stance: Stance; relation: "act" | "harm" | "good"; name: string }> = tsv("stances.tsv").map(([pattern, stance, relation, name]) => ({
  re: lexiconRegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, "gi"), stance: stance as Stance, relation: relation as "act", name: name ?? "cue",
}))
const ISSUES: ReadonlyArray<{ key: string; owner: string | null; re: RegExp }> = (parse(readFileSync(lexiconPath("issues.csv")), { columns: true }) as Array<Record<string, string>>).map((r) => ({
  key: r.issue!, owner: r.owner || null,
  re: new RegExp(`(?<![\\p{L}])(?:${r.aliases!.split(";").map((a) => a.trim()).filter(Boolean).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`, "gu"),
}))

// ---------------------------------------------------------------- sentence analysis

interface Found extends Span { readonly text: string }

const matchesOf = (re: RegExp, text: string, offset: number): Found[] =>
  allMatches(re, text).map((m) => ({ start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0] }))

const FUTURE = /\b(?:will|'ll|shall|(?:is|are|was|were) (?:(?:also|still|now|already|\w+ly) )?(?:expected|scheduled|due|set|going|planning|poised|slated) to|plans? to|planned to|intends? to|to sign|to meet|to visit)\b/i
/** "may" the verb, not the month: "in May", "May 9", "last May". */
const MAY = "(?<!\\b(?:in|of|last|next|this|since|until|by|from|to|early|late|mid|on|\\d+)[\\s-])may(?!\\s+\\d)"
const HYPOTHETICAL = new RegExp(`\\b(?:if|unless|could|might|${MAY}|would)\\b`, "i")
const HEDGE = new RegExp(`\\b(?:could|${MAY}|might|would|possibly|perhaps|reportedly|appears? to|seems? to)\\b`, "i")
const NEGATION = /\b(?:not(?!\s+only\b)|n't|never|no|neither|nor|refused to|refusal to|failed to|failure to|declined to|unable to|impossible for|reluctant to|stopped short of|rather than|instead of)\s+(?:to\s+\w+\s+)?(?:\w+\s+){0,2}$|\btoo\s+\w+\s+to\s+$|\b(?:not|n't|never|refused to|declined to)\s+(?:take part|participate|join|engage)\s+in\s+(?:[\w-]+\s+){0,5}$/i
/** "has given no indication that Russia supports": a stance said not to be taken. */
const NO_SIGN = /\bno (?:indication|sign|signs|evidence|suggestion|hint)s? (?:that|of)\b[^.;:]*$/i
/** Whether what stands at `at` is denied: "did not sign", "refused to back", "no indication that Russia supports". */
const denied = (text: string, at: number): boolean =>
  NEGATION.test(text.slice(Math.max(0, at - 45), at)) || NO_SIGN.test(text.slice(Math.max(0, at - 60), at))
/** "called on Russia to support", "urged him to sign", "persuade the Russians not to block": an act someone was asked to do. */
const REQUESTED = /(?:\b(?:call(?:s|ed)? (?:on|upon)|urg(?:e|es|ed)|ask(?:s|ed)?|requests?|press(?:es|ed)?|want(?:s|ed)?|hopes?|hoped|invit(?:e|es|ed|ing|ation))\b[^,;]*\bto\s+|\b(?:told|tells?|persuad(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|forc(?:ed|ing)|encourag(?:e|es|ed|ing))\s+(?:\S+\s+){1,4}?(?:not\s+)?to\s+)(?:\w+\s+)?$/i
/** A proposal or recommendation whose object clause holds the trigger: "proposed ... that Russia expel". */
const PROPOSED_THAT = /\b(?:(?:propos|suggest|recommend|advis|demand|insist|request)(?:e|es|ed|ing)|demands?|demanded|insists?|insisted|requests?|requested|urg(?:e|es|ed|ing))\b[^.;:]{0,80}?\bthat\s+(?:[\w.'\u2019-]+\s+){1,4}$/i
/** Whose decision an act is, right before it: "Syria's decision to", "Russia's move to" (not a plan: "Washington's plan to deploy" is no act yet). */
const DECIDED_BY = /['\u2019]s\s+(?:[\w-]+\s+)?(?:decision|move|order)\s+to\s+(?:\w+ly\s+)?$/i
/** A name set off by commas after a clause, before what follows it: ", Terry Branstad, " (then "on Thursday"). */
const APPOSITIVE_NAME = /^,\s*(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){1,3}[\p{Lu}][\p{L}.'\u2019-]*,\s*(?:on|in|at)?\s*/u
/** A reason phrase right before a trigger: "in response to new U.S. sanctions", "in retaliation for the expulsions". */
const ANSWERED = /\bin (?:response|retaliation|reply|reaction|answer) (?:to|for)\s+(?:[\w.'\u2019-]+\s+){0,4}$/i
/** A threat right before a trigger: "threatened to", "its threat to", "warned of severe sanctions". */
const THREATENED = /\bthreat(?:s|en(?:s|ed|ing)?)?\s+to\s+(?:\w+\s+)?$|\bwarn(?:s|ed|ing)?\s+(?:\w+\s+)?of\s+(?:(?:new|further|severe|tough|harsh|serious|massive|more|swift|economic)\s+){0,2}$/i
const PRESENT = /\b(?:is|are|am|says|say|believes?|argues?|sees?|opposes?|supports?|wants?|remains?|continues?|insists?|considers?|threatens?|shifts?|poses?|rejects|urges|condemns|demands|denies|accuses|welcomes|stresses|reaffirms|calls on)\b/gi
const PERFECT = /\b(?:has|have)\s+(?:(?:long|often|already|also|been|not|\w+ly)\s+)*\w+(?:ed|en|wn|ne|t)\b/gi
const IRREGULAR_PAST = "was|were|had|did|said|told|met|signed|agreed|urged|visited|began|went|won|took|gave|made|held|sent|withdrew|struck|fought|fled|drew|spoke|broke|led|shot"
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST}|(?<!\\b(?:is|are|was|were|been|being)[\\s-]|\\bso-)\\w{3,}ed)\\b`, "gi")
/** A word that is a verb in the past ("opposed", "withdrew"). */
const PAST_WORD = new RegExp(`^(?:${IRREGULAR_PAST}|\\w{2,}ed)$`, "i")

/** The tense of the verb nearest a cue in its clause (before it if any), "none" when the clause has no marker. */
const tenseNear = (text: string, cs: number, ce: number, at: number): "present" | "perfect" | "past" | "none" => {
  const clause = text.slice(cs, ce)
  const marks: Array<{ i: number; t: "present" | "perfect" | "past" }> = []
  for (const [re, t] of [[PERFECT, "perfect"], [PRESENT, "present"], [PAST, "past"]] as const) {
    for (const m of allMatches(re, clause)) {
      // A participle after an auxiliary ("have been angrily rejected", "is expected") takes the auxiliary's tense.
      // ("is also angered", "are still opposed": an adverb may stand between)
      if (t === "past" && /\b(?:has|have|had|is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|still|now|not|long|already)\s+){0,2}$/i.test(clause.slice(Math.max(0, m.index! - 25), m.index!))) continue
      if (!marks.some((x) => Math.abs(x.i - m.index!) < 4)) marks.push({ i: m.index!, t })
    }
  }
  if (!marks.length) return "none"
  const rel = at - cs
  const before = marks.filter((x) => x.i <= rel).sort((a, b) => b.i - a.i)[0]
  return (before ?? marks.sort((a, b) => a.i - b.i)[0]!).t
}

/**
 * A comma inside a list of names or adjectives ("his British, French and German counterparts", "Britain, France
 * and Germany said"): no clause ends there. (Not after a fronted phrase: "In Moscow, Russia and China said".)
 */
const LIST_AFTER = /^,\s*[\p{Lu}][\p{L}'\u2019.-]*(?:\s+[\p{Lu}][\p{L}'\u2019.-]*)?(?:,\s*[\p{Lu}][\p{L}'\u2019.-]*(?:\s+[\p{Lu}][\p{L}'\u2019.-]*)?)*,?\s+(?:and|or)\s+[\p{Lu}]/u
const LIST_BEFORE = /[\p{Lu}][\p{L}'\u2019.-]*$/u
const FRONTED_START = /^\s*(?:in|at|on|from|during|after|before|following|since|by|with|for|to|near|outside|inside)\b/i
const inList = (text: string, comma: number, clauseStart: number): boolean =>
  LIST_BEFORE.test(text.slice(Math.max(clauseStart, comma - 30), comma)) && LIST_AFTER.test(text.slice(comma, comma + 120)) && !FRONTED_START.test(text.slice(clauseStart, comma))

/** The comma-separated stretch of a sentence around a position: the clause a cue and its date must share. */
const clauseOf = (text: string, at: number): [number, number] => {
  let start = 0, end = text.length
  for (const [index, length] of stopsOf(text)) {
    if (index < at) start = index + length
    else {
      end = index
      break
    }
  }
  return [start, end]
}
/** Where a sentence's clauses end: each stop's index and length (found once for the sentence asked about last). */
const stopsOf = forLastText((text: string): Array<readonly [number, number]> => {
  const stops: Array<readonly [number, number]> = []
  let start = 0
  for (const m of allMatches(/[,;:\u2014]|\s\u2013\s|\s-\s/g, text)) {
    if (m[0] === "," && inList(text, m.index!, start)) continue
    stops.push([m.index!, m[0].length])
    start = m.index! + m[0].length
  }
  return stops
})

const SPEECH = /\b(?:said|says|say|told|tells|added|adds|argued|argues|stated|insist(?:s|ed)?|noted|explained|believes?|warned|predicted|announced|maintain(?:s|ed)|contend(?:s|ed)|stress(?:es|ed)|claim(?:s|ed)|declared|acknowledged|wrote)\b/gi
/** The same, to test a stretch of text for one. */
const SPEECH_WORD = new RegExp(SPEECH.source, "i")
/**
 * A determiner (and an adjective) right before a trigger: it is a noun ("stopping the killing",
 * "the proposed shield", "international assistance"). Not after a verb that makes the noun an
 * act of the subject ("attend the summit", "signed a deal", "held a meeting").
 */
const NOUN_BEFORE = /\b(?:the|a|an|those|such|more|further|any|new|international|humanitarian|military|financial|foreign)\s+(?:(?:[a-z]+(?:al|ic|ive|ous|ary|an|ed|ful|ble)|[\w/-]*\d[\w/-]*|[a-z]+-[a-z-]+)\s+)?$/i
/**
 * Two modifiers, the first may be a name ("the Iran nuclear deal", "a horrible one-sided deal"); not a group
 * that acts ("the Russian military deployed").
 */
const NOUNS_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\p{Lu}][\p{L}.-]*|[\p{Ll}]+(?:al|ic|ive|ous|ary|an|ed|ful|ble|ar)|[\p{Ll}]+-[\p{Ll}-]+)\s+(?!(?:military|government|army|navy|leadership|authorities|side|delegation|ministry|parliament|representatives?|officials?|diplomats?|envoys?)\s)(?:[\p{Ll}]+(?:al|ic|ive|ous|ary|an|ed|ful|ble|ar)|[\p{Ll}]+-[\p{Ll}-]+)\s+$/u
/** A verb that makes the noun after it an act ("held talks", "launched a new military exercise"); no preposition between ("staged protests against the deployment"). */
const LIGHT_VERB_BEFORE = /\b(?:attend(?:s|ed|ing)?|h[eo]ld(?:s|ing)?|host(?:s|ed|ing)?|join(?:s|ed|ing)?|sign(?:s|ed|ing)?|launch(?:es|ed|ing)?|conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out|ma(?:ke|kes|de|king)|g(?:ive|ives|ave|iven|iving)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|impos(?:e|es|ed|ing)|stag(?:e|es|ed|ing)|order(?:s|ed|ing)?|send(?:s|ing)?|sent|open(?:s|ed|ing)?|beg[iau]n|start(?:s|ed|ing)?|resum(?:e|es|ed|ing)|step(?:s|ped)? up|call(?:s|ed)? off|approv(?:e|es|ed|ing)|reach(?:es|ed|ing)?|str(?:ike|ikes|uck)|issu(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|announc(?:e|es|ed|ing))\s+(?:(?!(?:against|for|of|on|to|with|in|at|from|over|about)\s)\S+\s+){1,3}$/i

/** A form of "be" right before a trigger ("was vetoed", "is withdrawing"). */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i

/** A possessive that names who acts: "Russia's top general", "China's foreign ministry", "Iran's envoy". */
const AGENT_POSSESSED = /^['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:general|generals|minister|president|premier|envoy|ambassador|spokes(?:man|woman|person)|leaders?|military|army|navy|air force|coast guard|government|cabinet|ministry|officials?|diplomats?|chief|commander|forces|troops|parliament|legislature|delegation|representative|members|member states|allies)\b/i

/**
 * A noun with its target is an act after all ("the talks with Iran", "the attacks on Misrata"), unless
 * what follows is a number or a time expression ("increase the deployment to 250", "the deployment on Monday").
 */
const WITH_ITS_TARGET = /^\s+(?:with|to|on|against)\b(?!\s+\d)\s*/i

/**
 * A noun that names what is asked for or guarded against, not done: "calls for tough new sanctions",
 * "protect Americans from missile attacks", "a shield against strikes", "opposed plans to offer membership".
 */
/** A wish for an act, right before its noun: "we want positive cooperation", "seeks talks", "hopes for a deal". */
const WISHED_BEFORE = /\b(?:want(?:s|ed)?|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing) for|wish(?:es|ed)? for|desire)\s+(?:(?:a|an|the|more|closer|positive|constructive|genuine|real|better|new)\s+){0,2}$/i
const UNDONE_BEFORE = /\b(?:(?:calls?|called|calling|push(?:es|ed|ing)?|demands?|demanded|appeals?|appealed|pleas?|bids?|campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing|ations?))(?:\s+by\s+[^,;]{1,60}?)?\s+for|(?:protect|defen[cd]|shield|guard|saf|secur|immun|deter|warn)\w*\s+(?:[\w'-]+\s+){0,4}?(?:from|against)|(?:oppos|reject|criticiz|criticis|condemn|resist|object)\w*\s+(?:to\s+)?(?:the\s+|any\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:plans?|proposals?|moves?|efforts?|attempts?|decision|bids?|ideas?)\s+(?:to|for|of))\s+(?:[\w-]+\s+){0,5}$/i

/** What follows the speaker of an inverted "said X": the end of the clause, or how, where and when X said it. */
const INVERTED_SPEAKER_END = /^\s*(?:$|[,.;:!?"'\u201d\u2019)\u2013\u2014-]|(?:on|in|at|from|during|after|before|when|while|who|whose|according|told|adding|citing|referring)\b)/i

/** "according to X", "quoted X as saying". */
const ATTRIBUTION = /\baccording to\s+|\bquoted\s+/gi

/** The actors of a sentence, joint mentions standing for their members and covering them. */
const actorsIn = (mentions: ReadonlyArray<ActorMention>, s: Span): ActorMention[] => {
  const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end)
  return inside.filter((m) => !inside.some((j) => j !== m && j.members.length > 0 && j.start <= m.start && m.end <= j.end))
}

/** The actors a mention stands for. */
const refsOf = (m: ActorMention): ActorRef[] => (m.members.length > 0 ? [...m.members] : [m])

/** A person named by a role right before a speech verb: "the senior diplomat said", "the minister added". */
const ROLE_SPEAKER = /(?:^|[,.\u201d"]\s*)the\s+(?:(?:senior|top|chief|deputy|foreign|defen[cs]e|former|veteran)\s+)?(?:diplomat|minister|spokesman|spokeswoman|spokesperson|envoy|ambassador|president|premier|chancellor)\s+$/i

/** Who speaks, and where the speech verb stands in the sentence (-1 when another sentence attributes it). */
interface Speaker {
  readonly who: ActorMention
  readonly at: number
}

/**
 * Who speaks in a sentence, if it reports speech: the mention next to a
 * speech verb ("X said", "said X", "X told Y", "according to X", "X was quoted
 * as saying", "in comments carried by Russia Today, X ... saying"), or, for a
 * pronoun ("he said"), the last person named before it.
 */
const speakerOf = (text: string, s: Span, actors: ReadonlyArray<ActorMention>, lastPerson: ActorMention | null): Speaker | null => {
  const local = actors.map((a) => ({ a, start: a.start - s.start, end: a.end - s.start }))
  // "according to X", "quoted X as saying"
  for (const m of allMatches(ATTRIBUTION, text)) {
    const next = local.find((l) => l.start >= m.index! + m[0].length && l.start <= m.index! + m[0].length + 4)
    if (next) return { who: next.a, at: m.index! }
  }
  for (const m of allMatches(SPEECH, text)) {
    const at = m.index!
    // "..., he said": the pronoun speaks, not an actor named before it.
    const pronoun = /\b(?:he|she|they|it|we|i)\s+$/i.exec(text.slice(Math.max(0, at - 5), at))
    // ("..., the senior diplomat said": a role for the person named last)
    if (!pronoun && lastPerson && ROLE_SPEAKER.test(text.slice(Math.max(0, at - 40), at)) && !local.some((l) => l.end <= at && at - l.end <= 40)) return { who: lastPerson, at }
    if (pronoun) {
      // (the person the sentence opens with, "Irina Bokova, ..., which she said", unless a quotation came first,
      // else the last one named before)
      const quoted = /["\u201c\u201d]|''|``/.test(text.slice(0, at))
      const person = (quoted ? undefined : local.find((l) => l.end <= at && l.a.kind === "person" && OPENING.test(text.slice(0, l.start)) &&
        !OBJECT_BEFORE.test(text.slice(0, l.start)))?.a) ?? lastPerson
      if (/^(?:he|she)/i.test(pronoun[0]) && person) return { who: person, at }
      continue
    }
    // "X said", "X, the minister, said", "X was quoted as saying"
    // The speaker is a subject, not a place or an object ("The BBC's correspondent in Lebanon said",
    // "Tightening the noose around Gaddafi, Tunisia said").
    const before = local.filter((l) => l.end <= at && at - l.end <= 60 && !/[."\u201d]|''/.test(text.slice(l.end, at).replace(/\b[A-Z]\./g, "")) &&
      !/\b(?:in|at|from|of|to|with|for|on|by|near|about|against|around|over|into|through|under|across|toward|towards|including|than|like|alongside|beside)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$/i.test(text.slice(Math.max(0, l.start - 25), l.start)))
    // ("Putin is a dictator, President Joe Biden said": the name right before the verb, after a comma, speaks, not the
    // subject of what was said before it; "X, the minister, said" keeps X)
    const adjacent = before.findLast((l) => /^\s*(?:(?:\w+ly|also|has|had|have)\s+)*$/.test(text.slice(l.end, at)) && /,\s*$/.test(text.slice(0, l.start)))
    if (adjacent && adjacent !== before[0] && !/^\s*,/.test(text.slice(before[0]!.end, before[0]!.end + 2))) return { who: adjacent.a, at }
    // "President Barack Obama, speaking at the White House alongside French President Francois Hollande on Tuesday, said":
    // the subject the sentence opens with, past a phrase set off by commas ("Joe Biden, who invited Kristersson to ..., said").
    const opening = local.find((l) => l.end <= at && OPENING.test(text.slice(0, l.start)) && /^\s*,[^;:"\u201c\u201d]{0,160},\s*$/.test(text.slice(l.end, at)))
    if (before.length && !(opening && before.every((l) => l.start > opening.end))) return { who: before[0]!.a, at }
    if (opening) return { who: opening.a, at }
    // "said X" ("..., said Mrs Clinton."), not "said X was ...": there X is the subject of what was said.
    const after = local.find((l) => l.start > at && l.start - (at + m[0].length) <= 3 && INVERTED_SPEAKER_END.test(text.slice(l.end, l.end + 24)))
    if (after) return { who: after.a, at }
  }
  // "X ... saying"
  const saying = /\bsaying\b/i.exec(text)
  if (saying) {
    const subject = local.find((l) => l.start < saying.index)
    if (subject) return { who: subject.a, at: saying.index }
  }
  return null
}

// ---------------------------------------------------------------- dates

interface DateContext {
  readonly published: string | null
  /** The last day-level date named by an earlier sentence. */
  readonly lastDay: { value: string } | null
  /** The time expressions of the sentence. */
  readonly timexes: ReadonlyArray<TimexMatch>
  /** The sentence is a transcript's answer ("Wang Wenbin: We call on ..."): what it says in no past tense is said that day. */
  readonly answer?: boolean
}

/** A day's value: "2022-09-29". */
const DAY = /^\d{4}-\d\d-\d\d$/
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?|-Q\d|-(?:SP|SU|FA|WI))?(?:T.*)?$/

/**
 * What may stand between a speech verb and its own date: "said on Tuesday", "said in a joint interview
 * with ABC and the BBC on Monday", "told France's Journal du Dimanche on Sunday". A date after anything
 * else is what was said: "said the decision on Tuesday was", "announced that it is leaving the 1972 treaty".
 */
const speechReaches = (verb: string, gap: string): boolean =>
  gap.length <= 80 && !/\b(?:that|which|who|whether|if|would|will|was|were|is|are|had|has|have|could|should|can|may|might)\b|[,;:"\u201c\u201d]/i.test(gap) &&
  (/^\s*(?:on|late|early|earlier|last|this|in|at|during|to|after|before|from|with|via|through)\b/i.test(gap) || /^(?:told|tells?)$/i.test(verb) || /^\s*$/.test(gap))

/** A time expression between a determiner and a noun: "the 1972 Anti-Ballistic Missile Treaty", "its 2003 invasion". */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i
const ATTRIBUTIVE_AFTER = /^\s+(?!(?:and|or|to|in|on|at|of|for|when|while|after|before|until|through|as|was|were|is|are)\b)[\p{L}][\p{L}-]*/iu

/** A phrase before the sentence's subject, up to its comma: "On Tuesday,", "Earlier this month,", "In Geneva on Friday,". */
const FRONTED = /^\s*(?:on|in|at|during|after|before|earlier|later|last|this|next|late|early|yesterday|today|tonight|since|by|from|[a-z]{2,}ing)\b[^,;:"\u201c]{0,120},\s*/i

/** The end of a noun phrase and a participle with its agent: " against Iran's banking sector, announced by the ". */
const AGENT_AFTER_PHRASE = /^[^,.;:]{0,80},\s+(?:announced|imposed|adopted|proposed|backed|introduced|approved|drafted|ordered|declared|issued)\s+(?:\w+\s+)?by\s+(?:the\s+)?/i
/** A determiner before a trigger: it names a thing ("the veto"), not what someone did then. */
const NAMED_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+(?:\w+\s+)?$/i

/** A habit, which no single day dates: "has long opposed", "has frequently accused". */
const HABIT = /\b(?:often|usually|routinely|always|in the past|long(?!-)|repeatedly|frequently|regularly|constantly|consistently|traditionally)\b/i

/**
 * The date of a cue: its clause's time expression, else the publication date or the context, by tense.
 * A speech verb (`speech`) takes only a time expression before it or of its own after it, not one of what was said.
 */
const dateAt = (text: string, s: SentenceSpan, at: number, ctx: DateContext, speech = false): DatedMatch => {
  const [cs, ce] = clauseOf(text, at)
  const verbEnd = at + (/^[\p{L}']*/u.exec(text.slice(at))?.[0].length ?? 0)
  // (the tense is read only when a time expression or a fallback needs it)
  const tense = once(() => tenseNear(text, cs, ce, at))
  // (a cue that is itself a verb in the past: "opposed", "said"; not "when they meet", "the summit")
  const past = once(() => tense() === "past" && PAST_WORD.test(text.slice(at, verbEnd)) && !FUTURE.test(text.slice(cs, verbEnd)))
  // "On Tuesday, Russia rejected ...", "In the Black Sea resort of Sochi on Sunday, Putin and Bush signed ...":
  // a phrase put before the subject dates the clause that follows it.
  const fronted = FRONTED.exec(text)
  // (also past an appositive: "Announcing the decision on Friday, the secretary of state, Mike Pompeo, said")
  // (what was said after a speech verb keeps it when told as done then, "On Tuesday, they announced that they rejected";
  // not a thing named, nor what had been done before: "On Monday, Pillay said the veto by China had encouraged")
  const said = speech ? -1 : text.slice(cs, at).search(SPEECH_WORD)
  const earlier = said >= 0 && (/\bhad\b/i.test(text.slice(cs + said, ce)) || NAMED_BEFORE.test(text.slice(Math.max(0, at - 20), at)))
  // (and a clause joined to that one: "On Saturday, He Yafei summoned the ambassador, and the ministry suspended")
  const from = fronted && !earlier && (cs === fronted[0].trimEnd().length || (cs > fronted[0].length && cs - fronted[0].length <= 130 && /^[^,;:]*,[^,;:]*,\s*$/.test(text.slice(fronted[0].length, cs))) ||
    (cs > fronted[0].length && /^\s*(?:and|but)\s/i.test(text.slice(cs, ce)) && !ctx.timexes.some((t) => t.start - s.start >= fronted[0].length && t.end - s.start <= ce))) ||
    // ("President Dmitry Medvedev, in a televised statement on Thursday, welcomed": a phrase between subject and verb)
    (!fronted && SUBJECT_THEN_PHRASE.test(text.slice(0, cs))) ? 0 : cs
  // ("summoned the U.S. ambassador, Terry Branstad, on Thursday": a time after the object's appositive name is the clause's)
  const appositive = APPOSITIVE_NAME.exec(text.slice(ce))
  const to = appositive ? ce + appositive[0].length : ce
  const own = ctx.timexes
    .filter((t) => CALENDAR.test(t.value) && t.type !== "DURATION" && t.type !== "SET")
    .filter((t) => (t.start - s.start >= from && t.end - s.start <= ce) || (appositive !== null && t.start - s.start >= to - 1 && t.start - s.start <= to + 3))
    .filter((t) => !speech || t.end - s.start <= at || speechReaches(text.slice(at, verbEnd), text.slice(verbEnd, t.start - s.start)))
    // "opposed plans to offer membership ... at the summit next month": what was done is not dated after the report.
    .filter((t) => !(ctx.published && t.startDate && t.startDate > ctx.published && past()))
    // "withdrawing from the 1972 treaty": a year that modifies a noun dates that thing, not the cue.
    .filter((t) => !(ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, t.start - s.start - 12), t.start - s.start)) && ATTRIBUTIVE_AFTER.test(text.slice(t.end - s.start))) ||
      (at >= t.end - s.start && at - (t.end - s.start) <= 30))
    .sort((a, b) => Math.abs(a.start - s.start - at) - Math.abs(b.start - s.start - at))[0]
  if (own) return { date: own.value, dateStart: own.startDate, dateEnd: own.endDate, dateBasis: "text" }
  // ("On 26 March the High Representative ..., Josep Borrell, threatened": a day the sentence opens with dates its main
  // clause too, however long the subject)
  // (not what was said after it to have been done before: "On Monday, Pillay said the veto by China had encouraged")
  // (and a timeline's bullet that opens with a month or a day: "June 7 -- Meeting Bush on the sidelines, Putin proposes ...";
  // not a bare number: "1947 : One more big question" is a live page's time)
  const opener = ctx.timexes.find((t) => t.start >= s.start && (/^(?:\d+[.)]\s+)?\W*(?:on|in)\s+(?:the\s+)?$/i.test(text.slice(0, t.start - s.start)) ||
    (/^[\s*\u2022\u00b7-]*$/.test(text.slice(0, t.start - s.start)) && BULLET_DASH.test(text.slice(t.end - s.start)) && /^\d{4}-\d\d/.test(t.value))) && CALENDAR.test(t.value) && t.type === "DATE")
  const saidFrom = opener ? Math.max(cs, opener.end - s.start) : 0
  const reportedEarlier = opener !== undefined && text.slice(saidFrom, at).search(SPEECH_WORD) >= 0 && (/\bhad\b/i.test(text.slice(saidFrom, ce)) || NAMED_BEFORE.test(text.slice(Math.max(0, at - 20), at)))
  if (opener && !speech && !reportedEarlier && !SUBORDINATE.test(text.slice(cs, at)) && !(ctx.published && opener.startDate && opener.startDate > ctx.published && past())) {
    return { date: opener.value, dateStart: opener.startDate, dateEnd: opener.endDate, dateBasis: "text" }
  }
  // ("Moscow's answer came on Friday, when Putin attended a meeting": a clause opened by "when" after a comma has the day
  // of the clause it hangs on)
  if (cs > 1 && text[cs - 1] === "," && /^\s*when\b/i.test(text.slice(cs, ce))) {
    const before = dateAt(text, s, cs - 2, ctx, speech)
    if (before.dateBasis === "text") return before
  }
  const habitual = HABIT.test(text)
  // ("Russia and China declared on Friday ..., in a joint statement signed by Putin and Xi": in the lede, a past act
  // with no day of its own happened on the day the lede names before it; not one told in a relative clause)
  const ledeDay = s.paragraph === 0 && !habitual && past() ? ctx.timexes.filter((t) => DAY.test(t.value) && t.start >= s.start && t.end - s.start <= cs &&
    !(ctx.published && t.startDate && t.startDate > ctx.published) && !/\bhad\b|,\s*(?:which|that|who|whose|where)\b/i.test(text.slice(t.end - s.start, at))).at(-1) : undefined
  if (ledeDay) return { date: ledeDay.value, dateStart: ledeDay.startDate, dateEnd: ledeDay.endDate, dateBasis: "text" }
  if (ctx.published && !habitual && (s.paragraph === 0 || tense() === "present" || tense() === "perfect" || (ctx.answer && !PAST_WORD.test(text.slice(at, verbEnd)) && !/\b(?:had|was|were|did)\b/i.test(text.slice(cs, at))))) {
    return { date: ctx.published, dateStart: ctx.published, dateEnd: ctx.published, dateBasis: "publication" }
  }
  if (ctx.lastDay && tense() === "past" && !habitual) {
    const d = ctx.lastDay.value.slice(0, 10)
    return { date: ctx.lastDay.value, dateStart: d, dateEnd: d, dateBasis: "context" }
  }
  // "Putin said the decision was a mistake" in an article that names no day: said on the day of the report.
  if (ctx.published && speech && tense() === "past" && !habitual && !/\bhad\b/i.test(text.slice(cs, ce))) {
    return { date: ctx.published, dateStart: ctx.published, dateEnd: ctx.published, dateBasis: "publication" }
  }
  return { date: null, dateStart: null, dateEnd: null, dateBasis: "none" }
}

/** Walks the sentences with the state later sentences need: the last day named, the last person, the last holders. */
const walk = <T>(article: Article, timexes: ReadonlyArray<TimexMatch>, mentions: ReadonlyArray<ActorMention>,
  visit: (s: SentenceSpan, text: string, actors: ActorMention[], speaker: Speaker | null, ctx: DateContext, previous: ActorMention[]) => { rows: T[]; subjects: ActorMention[] }): T[] => {
  const out: T[] = []
  let lastDay: { value: string } | null = null
  let lastPerson: ActorMention | null = null
  let previous: ActorMention[] = []
  // Each sentence's mentions and time expressions, found once (an article may have thousands of sentences).
  const mentionsOf = groupBySpan(article.sentences, mentions)
  const timexesOf = groupBySpan(article.sentences, timexes)
  let transcript: { readonly paragraph: number; readonly who: ActorMention } | null = null
  let quoted: { readonly paragraph: number; readonly who: ActorMention } | null = null
  // (a live page's day, from the heading over its entries' time stamps: "Thursday 29 September", then "21:10 GMT")
  let pageDay = article.published
  // (who speaks in a statement that says so: "The Ministry of Foreign Affairs of the Republic of Belarus states the following")
  let author: ActorMention | null = null
  article.sentences.forEach((s, i) => {
    const text = article.text.slice(s.start, s.end)
    const actors = actorsIn(mentionsOf[i]!, s)
    let speaker: Speaker | null = speakerOf(text, s, actors, lastPerson)
    // A transcript's paragraph opens with its speaker's name: "Wang Wenbin: We hope all parties will keep calm."
    const label = TRANSCRIPT_SPEAKER.exec(text)
    const labelled = label ? actors.find((a) => a.start === s.start && a.end - s.start === label[1]!.length) : undefined
    if (label) transcript = labelled ? { paragraph: s.paragraph, who: labelled } : null
    // (an answer may run on over a few paragraphs, until the next name)
    else if (transcript && s.paragraph - transcript.paragraph > ANSWER_PARAGRAPHS) transcript = null
    if (transcript && (!speaker || labelled)) speaker = { who: transcript.who, at: -1 }
    const follows = author ? -1 : text.search(STATES_FOLLOWING)
    if (follows >= 0) author = speaker?.who ?? actors.find((a) => a.start - s.start < follows) ?? null
    else if (!speaker && author) speaker = { who: author, at: -1 }
    // (a post below a log's day heading, "24 July 2020", tells of that day)
    const posted = dayBetween(article.days, i > 0 ? article.sentences[i - 1]!.end : 0, s.start)
    if (posted) pageDay = posted
    // (an answer speaks of the day it is given, not of a day the question named)
    if (label) lastDay = null
    else if (posted) lastDay = { value: posted }
    // (a live page's new entry, below its time stamp, tells of the page's day, not of one an entry above named)
    else if (i > 0 && stampBetween(article.text, article.sentences[i - 1]!.end, s.start)) {
      const heading = article.sentences[i - 1]!
      const day = timexesOf[i - 1]!.find((t) => isDayHeading(article.text, heading, t))
      if (day && !(article.published && day.value > article.published)) pageDay = day.value
      lastDay = pageDay ? { value: pageDay } : null
    }
    // A quotation without its own attribution is attributed by the next sentence ("... ," he added), or goes on
    // from the quotation before it in the same paragraph ("...," Johndroe said. "We and other countries ...").
    if (!speaker && /^["\u201c]/.test(text)) {
      const next = article.sentences[i + 1]
      if (next) {
        const nextText = article.text.slice(next.start, next.end)
        const nextActors = actorsIn(mentionsOf[i + 1]!, next)
        const who = speakerOf(nextText, next, nextActors, actors.findLast((a) => a.kind === "person") ?? lastPerson)?.who
        if (who) speaker = { who, at: -1 }
      }
      if (!speaker && quoted && quoted.paragraph === s.paragraph) speaker = { who: quoted.who, at: -1 }
    }
    // (whose quotation this sentence holds, for the next one: a quotation of its own, with its speaker)
    quoted = speaker && /["\u201c]/.test(text) ? { paragraph: s.paragraph, who: speaker.who } : null
    const { rows, subjects } = visit(s, text, actors, speaker, { published: pageDay, lastDay, timexes: timexesOf[i]!, answer: transcript !== null }, previous)
    out.push(...rows)
    // What "they" refers to in the next sentence: this sentence's holders or actors, else its opening actors.
    const opening = subjectBefore(text, s, text.length, actors.filter((a) => a.start - s.start <= 40), previous)
    if (subjects.length) previous = subjects
    else if (opening.length) previous = opening
    lastPerson = actors.findLast((a) => a.kind === "person") ?? lastPerson
    // (a day still to come is no context for what happened: "due to begin on Friday ... Stoltenberg rejected")
    const days = timexesOf[i]!.filter((t) => /^\d{4}-\d{2}-\d{2}/.test(t.value) && !(article.published && t.value.slice(0, 10) > article.published))
    // (the day of the main clause, not of one that says what came before or after: "stepped up their opposition on
    // Wednesday ..., after the first elements arrived on Monday")
    const main = days.filter((t) => !SUBORDINATE.test(text.slice(clauseOf(text, t.start - s.start)[0], t.start - s.start)))
    if (days.length) lastDay = { value: (main.length ? main : days).at(-1)!.value.slice(0, 10) }
  })
  return out
}


/** A statement that announces what it states: "... states the following", "wishes to declare the following". */
const STATES_FOLLOWING = /\b(?:states?|stated|declares?|declared|notes?|wish(?:es)? to (?:state|declare|note|stress))\s+(?:as\s+)?(?:the\s+)?following\b/i

/** How many paragraphs after its name an answer of a transcript may run on. */
const ANSWER_PARAGRAPHS = 3

/** What follows a timeline bullet's date: "June 7 -- ", "2 July \u2013 ", "May 29: ". */
const BULLET_DASH = /^\s*(?:--|[\u2013\u2014]|:)\s/
/**
 * A subject, then a phrase of circumstance set off by commas: "President Dmitry Medvedev, in a televised statement on Thursday, ",
 * "Mike Pompeo, visiting Copenhagen on Wednesday, ".
 */
const SUBJECT_THEN_PHRASE = /^[^,;:]{1,80},\s*(?:in|at|on|during|speaking|addressing|writing|visiting|arriving|meeting|travell?ing|touring|attending|standing)\b[^,;:]{0,100},\s*$/i

/** A clause that is not the sentence's main one: "after they arrived", "which the council adopted". */
const SUBORDINATE = /\b(?:after|before|since|when|while|following|until|which|who|whose|where)\b/i

/** What may come before the actor a sentence opens with: at most four words. */
const OPENING = /^\W*(?:\S+\s+){0,4}$/
/** A text right before a participle that asks something, and the verb that says who wrote, tabled or adopted it, if any. */
const DOCUMENT_ASKING = /(\b(?:adopted|adopts|adopt|passed|approved|issued|put forward|circulated|circulating|tabled|drafted|proposed|submitted|unveiled|published|sent)\s+(?:[\w'’-]+\s+){0,8}?)?\b(?:resolutions?|drafts?|texts?|plans?|statements?|letters?|messages?|declarations?|decrees?|proposals?|motions?|bills?)\s+$/i
/** A speaker's aside between a subject and its verb: "The United States, he added, must stop". */
const SPEAKER_ASIDE = /^\s*,\s*(?:he|she|they|it|we|[\p{Lu}][\p{L}'’-]+)\s+(?:said|says|added|adds|noted|notes|stressed|insisted|argued|warned|wrote)\s*,\s*$/u

// (The quote is not optional inside its optional group: "\s*(?:"?\s*)?" splits a run of spaces in quadratically many ways.)
// ("Both have", "both countries" refer back; "Both the rebels and ...", "Both consultants" name their own.)
// ("Its cabinet on Friday approved a ban": whose cabinet, government or envoy "its" or "their" says, acts.)
// ("The statement also accused": a statement named as the subject is that of whoever the sentence before said it;
// "The ministry, in a post on its Telegram channel, accused": so is "the ministry" of the ministry named before.)
const PRONOUN_SUBJECT = /^\s*(?:["\u201c]\s*)?(?:(?:furthermore|however|but|and|also|nevertheless),?\s+)*(?:(?:on|in|at|during|later|earlier|then|last|next)\s+(?:(?:that|this|the)\s+)?(?:(?!(?:which|whom|whose|what|that)\b)[\p{Lu}\d][\w.]*|day|week|month|year|morning|afternoon|evening|night)\s+(?:\w+day\s+)?)?(?:they|he|she|it|we|(?:its|their|his|her)\s+(?:(?:foreign|defen[cs]e|own)\s+)?(?:cabinet|government|parliament|legislature|military|army|navy|ministry|leaders?|leadership|president|prime minister|envoy|ambassador|forces|troops|authorities)|(?:the\s+same|these|those)\s+(?:leaders|officials|ministers|countries|governments|allies|diplomats|sides)|the\s+(?:joint\s+)?(?:statement|declaration|communiqu[e\u00e9])|the\s+ministry(?!\s+of\b)|both(?=\s*[,;:]|\s+(?:countries|nations|leaders|governments|powers|presidents|men|of them|sides|have|had|are|were|will|would|say|said|also)\b|\s+\w+ed\b))\b/iu

/** A verb of telling right before an actor: the actor is whom the subject told ("told Antony Blinken", "assured Putin"). */
const TOLD_BEFORE = /^\s*(?:\w+ly\s+)?(?:told|tells|tell|informed|informs|assured|assures|briefed|briefs|reminded|reminds|thanked|thanks)\s+$/i

/** The words that open a subordinate clause, which has its own subject: "after", "when", "although". */
const SUBORDINATORS = "after|before|when|because|since|while|until|once|although|though|whereas|if|unless"

/**
 * What opens a clause with a subject of its own ("after a ", "when the ", a relative "the cuts that "), or a speech verb
 * before the subject of what was said ("said ", "said on Tuesday that the ", "told reporters that ", "announced that "):
 * for an act's subject.
 */
const CLAUSE_OPENING = new RegExp(`\\b(?:${SUBORDINATORS}|that|which|whom|(?:said|says|added|insisted|argued|claimed|stated|noted)(?:\\s+(?:on|late on|early on)\\s+\\w+|\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?(?:\\s+that)?|(?:announc|warn|declar|confirm|believ)\\w*\\s+that|(?:told|tells)\\s+(?:[\\w.-]+\\s+){1,3}?that)\\s+["\\u201c]?((?:a|an|the)\\s+)?(?=\\p{Lu})`, "gu")

/** A relative clause up to its verb: "which has ", "who ". */
const RELATIVE_VERB = /^\s*(?:which|who)\s+(?:(?:has|have|had|also|long|repeatedly|since|\w+ly)\s+)*$/i

/** A verb whose subject undergoes the act after it: "faced the toughest sanctions", "came under attack". */
const SUFFERED_BEFORE = /\b(?:fac(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|endur(?:e|es|ed|ing)|(?:came|come|comes|coming)\s+under|hit\s+(?:by|with)|subject(?:ed)?\s+to)\s+(?:(?:the|a|an|new|more|further|fresh|harsh|tough|\w+est|\w+)\s+){0,3}$/i

/** A speech as a sentence's subject, up to its verb: "The speech, which ran for well over an hour, also ", "His address ". */
const SPOKEN_SUBJECT = /^\s*(?:The|His|Her|That|This)\s+(?:[\w-]+\s+)?(?:speech|address|statement|remarks|letter|message)(?:,[^,;:]{1,80},)?\s+(?:(?:also|then|\w+ly)\s+)?$/

/** A clause joined to a speaker's verb, with "he" or "she" as its subject: ", and said he had". */
const SAID_PRONOUN = /^\s*(?:and|but)\s+(?:also\s+)?(?:said|says|added|told\s+\S+)\s+(?:that\s+)?(?:he|she)\s+(?:\w+\s+){0,2}$/i

/** A relative clause set off by commas at the end of what comes before a clause: ", whose country holds the EU presidency, ". */
const RELATIVE_BETWEEN = /\s*,\s*(?:who|whose)\b[^,;:]{1,100},\s*$/

/** A preposition or a verb of asking right before a name, which makes it an object: "on Syria", "with the United States", "persuade Beijing". */
const PREPOSITION_BEFORE = /\b(?:in|at|from|of|to|with|for|on|against|into|over|toward|towards|about|between|among|(?:persuad|convinc|urg|invit|forc|pressur)(?:e|es|ed|ing)|(?:ask|tell|press|allow)(?:s|ed|ing)?|told)\s+(?:the\s+)?$/i

/** What stands between an actor and the act it modifies: "NATO( air) strikes", "China's meeting". */
const MODIFIES_NEXT = /^(?:['\u2019]s)?\s+(?:(?!(?:and|or|but|to|that|which|who)\b)[\w-]+\s+){0,2}$/i

/** What opens a clause with a subject of its own, before that subject: "after a ", "when the ". */
/** "we" opening a clause in a quotation, its verb up to a cue: "\"We and other countries have expressed our ". */
const WE_SUBJECT = /^\s*["\u201c]?\s*we\b[^,;:]*$/i

/** "we" as a clause's subject right before its verb: "We urge", "we firmly oppose", "We will never accept". */
const WE_OPENS = /^\s*(?:(?:and|but|so)\s+)?we\s+(?:(?:also|firmly|strongly|still|will|would|must|should|never|always|\w+ly)\s+)*$/i
/** "we" with a modal right before a verb: "we will ", "we would certainly ". */
const WE_BEFORE = /(?:^|[\s"\u201c])we\s+(?:(?:also|then|\w+ly)\s+)?(?:will|would|shall|must)\s+(?:(?:also|then|not|\w+ly)\s+)?$/i

/** "he" or "she" as a clause's subject. */
const HE_SHE = /\b(?:he|she)\b/i

/** A quantity of people before their name: "a majority of ", "most of the ", "thousands of ". */
const QUANTITY_OF = /\b(?:majority|minority|most|many|some|all|half|plurality|share|thousands|millions|hundreds|percent|per cent)\s+of\s+(?:the\s+)?$/i
/** What makes the actor after "with" the subject of the act: "with President Biden set to host", "with Moscow expected to veto". */
const WITH_SUBJECT_TO = /^\s+(?:(?:is|was|being|also|now)\s+)?(?:set|due|expected|scheduled|poised|slated|about|planning|preparing|going|ready)\s+to\s+$/i

/** A condition's or another subordinate clause's opening: "If ", "\"Unless the ", "as the ". */
const CONDITION_BEFORE = new RegExp(`\\b(?:as|${SUBORDINATORS})\\s+(?:the\\s+)?$`, "i")

const SUBORDINATE_OPENING = new RegExp(`\\b(?:${SUBORDINATORS})\\s+((?:a|an|the)\\s+)?(?=\\p{Lu})`, "gu")

/**
 * The subject of the clause before a position: the first actors of the clause
 * ("Russia won the backing of China in criticizing", "China's and Russia's
 * opposition"), the sentence's opening actor when the clause has none (an
 * appositive intervened: "The SCO, a bloc grouping Russia and China, signed"),
 * or the previous sentence's for a pronoun ("they also warned").
 */
const subjectBefore = (text: string, s: Span, at: number, actors: ReadonlyArray<ActorMention>, previous: ReadonlyArray<ActorMention>, reported = false): ActorMention[] => {
  const [cs] = clauseOf(text, at)
  const before = actors.filter((a) => a.end - s.start <= at)
  // ("China protested after a U.S. fighter jet shot down": a clause opened by "after" or "when" has its own subject)
  // (and, for an act, what someone said: "Stoltenberg said Russian forces attacked Ukraine")
  const opened = allMatches(reported ? CLAUSE_OPENING : SUBORDINATE_OPENING, text.slice(cs, at)).at(-1)
  // (the subject may take in its article: "after a US fighter jet")
  const subjectAt = opened ? cs + opened.index! + opened[0].length : -1
  const articleAt = subjectAt - (opened?.[1]?.length ?? 0)
  const ownSubject = opened ? before.filter((a) => a.start - s.start >= articleAt) : []
  const own = ownSubject[0] !== undefined && [subjectAt, articleAt].includes(ownSubject[0].start - s.start)
  // (never an actor after a preposition, "placed an arms embargo on Syria and banned", unless it names whose act the
  // next words are: "destroyed in NATO air strikes", "on China's meeting with")
  const inClause = (own ? ownSubject : before.filter((a) => a.start - s.start >= cs))
    .filter((a) => !PREPOSITION_BEFORE.test(text.slice(Math.max(cs, a.start - s.start - 14), a.start - s.start)) || MODIFIES_NEXT.test(text.slice(a.end - s.start, at)) ||
      // ("a majority of Finns had opposed": the people a quantity is of are the subject)
      QUANTITY_OF.test(text.slice(Math.max(cs, a.start - s.start - 30), a.start - s.start)) ||
      // ("with President Biden set to host": the subject of a phrase opened by "with")
      (/\bwith\s+$/i.test(text.slice(Math.max(cs, a.start - s.start - 6), a.start - s.start)) && WITH_SUBJECT_TO.test(text.slice(a.end - s.start, at))))
  if (PRONOUN_SUBJECT.test(text.slice(cs, at)) && !inClause.some((a) => a.start - s.start < cs + 12)) {
    // ("Gaddafi is seeking a way out, but on Saturday he rejected the idea": "he" or "she" is rather a person named before in the sentence,
    // the one the sentence opens with before one named after: "Lavrov sat down with Kerry, and he met Deshchytsia")
    const people = HE_SHE.test(text.slice(cs, at)) ? before.filter((a) => a.kind === "person" && a.end - s.start <= cs) : []
    const person = people.find((a) => OPENING.test(text.slice(0, a.start - s.start))) ?? people.at(-1)
    if (person) return [person]
    if (previous.length) return [...previous]
  }
  // (not in a condition or another subordinate clause before the clause: "If Washington resumes testing, we will respond")
  const opening = before.find((a) => a.start - s.start <= 40 && OPENING.test(text.slice(0, a.start - s.start)) && !CONDITION_BEFORE.test(text.slice(0, a.start - s.start)))
  // "The foreign ministers of the two countries, Wang Yi and Sergei Lavrov, also signed": the actor in apposition to a subject.
  const appositive = opening ? undefined : before.findLast((a) => a.start - s.start <= 130 && /^\s*,\s*$/.test(text.slice(a.end - s.start, cs)) && /^[^,;:]+,\s*$/.test(text.slice(0, a.start - s.start)))
  // "China's foreign minister, Wang Yi, told Antony Blinken in a phone call": an object opening the clause is not its subject.
  const objectFirst = inClause.length > 0 && (opening ?? appositive) !== undefined && TOLD_BEFORE.test(text.slice(cs, inClause[0]!.start - s.start))
  // ("French President Nicolas Sarkozy, whose country holds the EU presidency, will host": the name before a relative clause set off by commas)
  const relative = inClause.length ? undefined : RELATIVE_BETWEEN.exec(text.slice(0, cs))
  const named = relative ? before.find((a) => a.end - s.start === relative.index) : undefined
  const pool = inClause.length && !objectFirst ? inClause : named ? [named] : opening ? [opening] : appositive ? [appositive] : []
  if (!pool.length) return PRONOUN_SUBJECT.test(text) ? [...previous] : []
  const chain = [pool[0]!]
  for (let i = 1; i < pool.length; i++) {
    const gap = text.slice(chain.at(-1)!.end - s.start, pool[i]!.start - s.start)
    if (/^(?:['\u2019]s)?\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(gap)) chain.push(pool[i]!)
    else break
  }
  return chain
}

/**
 * An actor right after a preposition or a verb is its object ("in Iran", "after meeting Mr Annan",
 * "condemned the Libyan leader's"). "after" and "before" are left out: "days after Russia and China
 * vetoed" opens a clause.
 */
const OBJECT_BEFORE = /(?:\b(?:in|at|from|of|to|with|for|on|by|near|about|against|into|over|between|during|told|tells|tell|met|urged|called|[a-z]+ing|[a-z]{2,}ed)|\b(?:In|At|From|Of|To|With|For|On|By|During))\s+(?:the\s+)?$/

/**
 * The subject nearest before a cue among some actors: the last that is no object, with the
 * actors joined to it ("said the EU and Russia both back", "told reporters after meeting
 * Mr Annan that Russia still backed").
 */
const JOINED = /^(?:['\u2019]s?)?\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$/

/** The actors of a list joined (by `joined`, the text between two) to the one at `last` and before it, in order. */
const chainTo = (text: string, s: Span, list: ReadonlyArray<ActorMention>, last: number, joined: RegExp): ActorMention[] => {
  const chain = [list[last]!]
  for (let i = last - 1; i >= 0 && joined.test(text.slice(list[i]!.end - s.start, chain[0]!.start - s.start)); i--) chain.unshift(list[i]!)
  return chain
}

const nearestSubject = (text: string, s: Span, candidates: ReadonlyArray<ActorMention>): ActorMention[] => {
  // An actor joined to an object is one too ("in Poland and the Czech Republic").
  const object: boolean[] = []
  candidates.forEach((a, i) => {
    const joined = i > 0 && JOINED.test(text.slice(candidates[i - 1]!.end - s.start, a.start - s.start))
    const before = text.slice(Math.max(0, a.start - s.start - 30), a.start - s.start)
    object.push(joined ? object[i - 1]! : OBJECT_BEFORE.test(before) && !QUANTITY_OF.test(before))
  })
  const last = candidates.findLastIndex((_, i) => !object[i])
  return last < 0 ? [] : chainTo(text, s, candidates, last, JOINED)
}

// ---------------------------------------------------------------- positions

interface IssueHit extends Span { readonly key: string; readonly owner: string | null; readonly text: string }

/** Any issue at all: one pass that spares most sentences the issues one by one. */
const ANY_ISSUE = new RegExp(ISSUES.map((i) => i.re.source).join("|"), "u")
const issuesIn = (text: string, offset: number): IssueHit[] => {
  if (!ANY_ISSUE.test(text)) return []
  const hits: IssueHit[] = []
  for (const i of ISSUES) for (const m of matchesOf(i.re, text, offset)) hits.push({ ...m, key: i.key, owner: i.owner })
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: IssueHit[] = []
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h)
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * Whose plan an issue is: an actor named just before it as its owner ("U.S.
 * plans for a missile shield", "Washington's plan to build a missile defense
 * shield", "the US missile defense plans"), else the issue's usual owner.
 */
const OWNER_GAP = /^(?:['\u2019]s?)?\s*(?:(?:proposed|planned|controversial|new|own|global|national|anti-missile|missile|and allied|allied)\s+)*(?:plans?\s+(?:for|to\s+(?:build|deploy|site|place|create))\s+(?:an?\s+|the\s+)?(?:series of\s+)?)?$/i
const ownerOf = (text: string, s: Span, issue: IssueHit, actors: ReadonlyArray<ActorMention>): string | null => {
  const near = actors.filter((a) => a.end <= issue.start && issue.start - a.end <= 40 && OWNER_GAP.test(text.slice(a.end - s.start, issue.start - s.start)))
  return near.at(-1)?.code ?? issue.owner
}

/**
 * What an act cue is done to: the first issue after it, as its object ("rejected any form of foreign
 * intervention", "support the idea of setting up a no-fly zone"). Not across a clause
 * ("condemned the crackdown but rejected ...", "criticized the strikes and urged ...") nor past
 * another cue, which has the issue for its own ("veto powers, said it opposed ...").
 */
const OBJECT_GAP = 60
/** The end of an object that names what it includes: ", including the", ", notably its", " such as". */
const INCLUDING = /,?\s+(?:including|especially|notably|particularly|in particular|such as)\s+(?:the\s+|its\s+|their\s+|his\s+)?$/i
/** An object that carries the issue further ("rejected calls by the United States and its allies for new sanctions against Iran"): twice the gap. */
const CARRIER = /^\s+(?:(?:the|any|all|a|an|new|fresh|renewed|repeated|further|western|[\p{Lu}][\p{L}.]*(?:['\u2019]s)?)\s+)*(?:calls?|demands?|plans?|proposals?|efforts?|attempts?|moves?|push|bids?|ideas?|requests?|appeals?|pressure|initiatives?|decisions?)\b/u
/**
 * What undoes the thing named right after it: "praised Obama's decision to shelve the Bush administration's missile shield",
 * "welcomed the scrapping of the plan". A stance on undoing a thing is the opposite stance on the thing.
 */
const UNDOING = /\b(?:(?:decision|decided|move|moves|plans?|pledge|promise|vow|order|step|choice|bid|efforts?)\s+to\s+(?:shelve|scrap|drop|abandon|cancel|withdraw\s+from|quit|leave|suspend|halt|end|freeze|pull\s+out\s+of|kill|axe|ditch|reverse)|(?:shelving|scrapping|abandonment|abandoning|cancell?ation|cancell?ing|suspension|suspending|withdrawal\s+from|freezing|dropping|ditching)(?:\s+of)?)\s+(?:(?:the|its|their|a|an|plans?|proposals?|programm?es?|deployment|for|of|to|deploy|build|install|[\p{Lu}][\p{L}.-]*(?:['\u2019]s)?|[\p{Ll}-]+['\u2019]s)\s+){0,6}$/u
const OBJECT_BREAK = /[,;:()\u2014]|\s[\u2013-]\s|\b(?:but|while|whereas|although|though|because|and\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+ing|said|says|told|sent|made|took|gave|went|met))\b/
/** A noun cue whose holder is named by a possessive right before it ("Beijing's veto", "its opposition to"). */
const NOUN_CUE = /^(?:opposition|support|backing|criticism|condemnation|rejection|veto(?:es)?|objections?|concerns?|resistance|endorsement|protests?)\b/i
const POSSESSIVE_BEFORE = /(?:['\u2019]s?|\b(?:its|their))\s+(?:[a-z-]+\s+)?$/
/**
 * A cue after a determiner is a noun or an adjective ("the vetoed resolution", "the Western push for"): no holder acts,
 * unless a possessive names one. ("that" only right before: "said that Russia opposed" has a subject between.)
 */
const DETERMINER_BEFORE = /\b(?:(?:the|a|an|this|any)\s+(?:[\w-]+\s+)?|that\s+)$/i
/** Phrasal verbs with "back" that are no backing ("pull back troops", "holding back", "back down"). */
const PHRASAL_BACK_BEFORE = /\b(?:pull|pulls|pulled|pulling|hold|holds|held|holding|fight|fights|fought|fighting|come|comes|came|coming|go|goes|went|going|bring|brings|brought|bringing|cut|cuts|cutting|scale|scales|scaled|scaling|step|steps|stepped|stepping|roll|rolls|rolled|rolling|turn|turns|turned|turning|draw|draws|drew|drawing|fall|falls|fell|falling|get|gets|got|getting|set|sets|setting|send|sends|sent|sending|move|moves|moved|moving|look|looks|looked|looking|hit|hits|hitting|strike|strikes|struck|striking|push|pushes|pushed|pushing|way|ways|years?|months?|weeks?|days?|dating|dates|dated)\s+(?:\w+\s+)?$/i
/** A refusal right before a support cue: "could not support", "will not back", "cannot endorse", "would never recognise", "nothing could justify". */
const SUPPORT_REFUSED = /\b(?:could|can|will|would|wo|ca)(?:\s*not|n't)\s+(?:\w+ly\s+)?$|\bcannot\s+(?:\w+ly\s+)?$|\b(?:could|can|will|would|shall)\s+never\s+$|\b(?:nothing|no one|nobody)\s+(?:could|can|would|will)\s+(?:\w+ly\s+)?$/i
/** A denial right before a harm cue: "posed no threat", "is not a threat", "does not threaten", "poses no danger", "too few ... to threaten". */
const HARM_DENIED = /\b(?:(?:poses?|posed|posing|is|are|was|were|represents?|represented)\s+no|(?:is|are|was|were|does|do|did|would|will)\s*(?:not|n't)(?:\s+(?:a|an|pose|posing|represent|in any way))?|too\s+\w+\b[^.;:]{0,60}\bto)\s+$/i

/** A stance voiced, its object left to what was said before: "Russia has also voiced opposition." */
const VOICED = /\b(?:voic|express|signal|reiterat|register|repeat|stat)\w*\s+["\u201c]?(?:(?:its|their|his|her|strong|firm|fierce|serious|deep|grave|resolute|vehement)\s+|\w+\s+and\s+(?:\w+\s+)?)*$/i

/** Acts done in words, that a speaker may add to what they said. */
const SPOKEN = new Set<EventType>(["REQUEST", "ACCUSE", "THREATEN", "PROPOSE", "REJECT", "SUPPORT"])
/** From a speech verb to a verb joined after what was said: "said on Friday that ... was "regrettable" and ", "said "..." and ". */
const SAID_THAT_AND = /^(?:said|says|told\s+\S+(?:\s+\S+)?)\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:that\b[^;:]*|["\u201c][^"\u201d]*["\u201d]\s*,?\s*)\band\s+(?:also\s+|then\s+)?$/i
/** A speech verb right before the subject of what was said: "said (that)", "told reporters (that)". */
const SAID_BEFORE = /\b(?:said|says|say|told\s+\w+|added|noted|insisted|argued|charged)\s+(?:that\s+)?(?:the\s+)?$/i
/** What stands between a speech verb and the subject of what was said: "said", "said that", "told reporters". */
const REPORTED_SUBJECT = /^\w+(?:\s+(?:that|reporters|journalists))?\s+(?:the\s+)?$/i

/** The singular of an anaphor's noun, as issue names contain it: "resolutions" -> "resolution", "facilities" -> "facilit". */
const stemOf = (noun: string | undefined): string | undefined => noun?.toLowerCase().replace(/(?:ies|s)$/, "")
/** The last of some issues named with an anaphor's noun ("the resolution" -> "the UN resolution"). */
const namedWith = (hits: ReadonlyArray<IssueHit>, stem: string): IssueHit | undefined => hits.findLast((h) => h.text.toLowerCase().includes(stem))

/** The issue named most often among some hits (the first of them on a tie), as its last hit. */
const mostNamed = (hits: ReadonlyArray<IssueHit>): IssueHit | undefined => {
  const counts = new Map<string, number>()
  for (const h of hits) counts.set(h.key, (counts.get(h.key) ?? 0) + 1)
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  return top === undefined ? undefined : hits.findLast((h) => h.key === top)
}

/** Whom a measure hits, named after it: "on five Russian banks", "cooperation with Russia", "against Chinese officials". */
const SANCTIONED = /^[^,;:]{0,70}?\b(?:on|against|with|targeting)\s+(?:(?:the|all|its|their|some|several|\d+|[a-z]+)\s+){0,3}?([\p{Lu}][\p{L}'\u2019.-]+)/u

/** A ban's imports and where they come from, after it: "imports of poultry, beef and dairy products from the United States". */
const IMPORTS_FROM = /^[^;:.]{0,20}?\bimports?\b[^;:.]{0,120}?\bfrom\s+(?:the\s+)?([\p{Lu}][\p{L}'\u2019.-]+(?:\s[\p{Lu}][\p{L}'\u2019.-]+)?)/u

/** Acts on a thing or people, whose country's adjective names their target: "shot down a Chinese balloon", "rejected the Japanese protest". */
const STRUCK = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION", "REJECT", "ACCUSE", "SUPPORT"])
/** The object right after such an act, with its country's adjective: "a suspected Chinese spy balloon", "35 Russian diplomats". */
const OBJECT_NATIONALITY = /^["\u201d]?\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens of|\d+|several|some|all|more|suspected|alleged|unarmed|civilian|military|(?:one|some|many|most|several|two|three) of|last|remaining|other)\s+){0,4}([\p{Lu}][\p{L}.]+)\s+\p{Ll}/u

/** A noun for an act just reported, or one a country's adjective owns: "the decision", "the move", "the American decision". */
const DEICTIC_ACT = "decision|move|step|action|measures?|sanctions"
const ACT_NOUNS = `(?:${DEICTIC_ACT}|annexation|invasion|incursion|intervention)`
const ACT_NOUN = new RegExp(`^\\W*(?:the|this|that|its|their|such\\s+an?)\\s+(?:[\\w-]+\\s+)?${ACT_NOUNS}\\b(?!\\s+(?:to|by|that|which)\\b)`, "i")
/** Acts one may call "the decision" or "the move" (not words: an accusation or a request is no move). */
const DECIDED = new Set<EventType>(["SANCTION", "MOBILIZE", "RETREAT", "REJECT", "AGREE", "ASSAULT", "COERCE", "AID", "COOPERATE", "PROPOSE"])
/** The subject of a clause that ends in a speaker's verdict: "(that) the decision was unfair". */
const ACT_SUBJECT = new RegExp(`\\b(?:the|this|that|its|their|such\\s+an?)\\s+(?:[\\w-]+\\s+)?${ACT_NOUNS}\\s+(?:["\u201c]?\\w+\\s+){0,2}["\u201c]?$`, "i")
/** "the decision", "the move": a noun that may stand for the act just told. */
const DEICTIC_ACT_NOUN = new RegExp(`\\b(?:${DEICTIC_ACT})\\b`, "i")
/**
 * Whose act "the decision" is: the country its adjective names ("the American decision", "the Russian
 * annexation"), else (for "the decision", "the move") the actor of the last such act reported by another side.
 */
const actOwner = (phrase: string, acts: ReadonlyArray<EventMatch>, own: ReadonlyArray<ActorRef>): ActorRef | null => {
  const adjective = /\s((?:[\p{Lu}][\p{L}.]*))\s+\S+\s*$/u.exec(phrase)?.[1]
  const code = adjective ? countryOf(adjective) : null
  if (code) return refOfCode(code)
  // (only "the decision", "the move" stand for the act just told; "the annexation" needs its owner named)
  if (adjective || !DEICTIC_ACT_NOUN.test(phrase)) return null
  return lastMoveBy(acts, own, MOVE_NOUN.test(phrase))
}

/** A move as such, which a reaction just told may answer: "the move", "the decision" (not "the measure", which may be the very draft voted on). */
const MOVE_NOUN = /\b(?:move|decision|step|action)$/i

/** Acts that answer another's move: who they are against made the move ("NATO called on Russia to reverse its decision"). */
const ANSWERS = new Set<EventType>(["ACCUSE", "REQUEST", "THREATEN"])

/**
 * Whose move "the move" or "it" is, among the acts told so far: the last act by another side, or when that
 * act answers a third side's move ("NATO called on Russia to reverse its decision. France condemned the move."),
 * the side it answers.
 */
const lastMoveBy = (acts: ReadonlyArray<EventMatch>, own: ReadonlyArray<ActorRef>, answered = true): ActorRef | null => {
  const codes = new Set(own.map((r) => r.code))
  for (let i = acts.length - 1; i >= 0; i--) {
    const e = acts[i]!
    if (!e.actor?.code || codes.has(e.actor.code)) continue
    // ("Russia accused the United States of lying. The United States condemned the move.": an answer to one's own side is the move)
    if (answered && ANSWERS.has(e.eventType) && e.target?.code) return codes.has(e.target.code) ? e.actor : e.target
    if (DECIDED.has(e.eventType)) return e.actor
  }
  return null
}

/** Words someone said, as a noun: "the announcement", "the speech", "the accusations". */
const SPEECH_NOUNS = "announcements?|speech(?:es)?|remarks|comments|statements?|accusations?|allegations?|claims|charges|criticism|threats?|warnings?|rhetoric"
/** An act as a noun, whose doer an earlier sentence names: "the recognition", "the downing", "the annexation". */
const DONE_NOUNS = "recognition|annexation|invasion|incursion|intervention|downing|expulsions?|deployment|veto(?:es)?|tests?|launch(?:es)?|withdrawal|seizure|crackdown|build-?up|visit"
/** The words or act judged, right after a verdict's verb, with no owner named: "called the announcement", "condemned the recognition". */
const JUDGED_OBJECT = new RegExp(`^["\u201d]?\\s+(?:the|these|those|this|that|such)\\s+(?:[\\w-]+\\s+)?(?<noun>${SPEECH_NOUNS}|${DONE_NOUNS})\\b(?!\\s+(?:of|by|from|made)\\b)`, "i")
/** Such an act as the subject of the clause of a verdict: "that the visit \"seriously violates". */
const DONE_SUBJECT = new RegExp(`\\b(?:the|this|that|such)\\s+(?:[\\w-]+\\s+)?(?<noun>${DONE_NOUNS})\\s+["\u201c]?(?:\\w+\\s+){0,2}["\u201c]?$`, "i")
/** Words said, named after a speaker's verb as what a verdict judges, with the country's adjective that owns them: "said that claims ... were", "said the American claims had". */
const WORDS_JUDGED = new RegExp(`^\\S+\\s+(?:[\\w.,-]+\\s+){0,4}?(?:that\\s+)?(?:the\\s+|these\\s+|such\\s+)?(?:(?<owner>[\\p{Lu}][\\p{L}.]+)\\s+)?(?<noun>claims|accusations?|allegations?|charges|notification|demands?)\\b`, "u")
const SPEECH_NOUN = new RegExp(`^(?:${SPEECH_NOUNS})$`, "i")
/** How an earlier sentence tells of such words or such an act: "announced" for "the announcement". */
const NOUN_STEMS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^announce/i, /\bannounc/i], [/^speech$/i, /\b(?:speech|spoke|addressed)\b/i], [/^speeches/i, /\bspeech(?:es)?\b/i], [/^remark/i, /\bremark/i],
  [/^comment/i, /\bcomment/i], [/^statement/i, /\bstatement/i], [/^accusation/i, /\baccus/i], [/^allegation/i, /\ballege/i], [/^claim/i, /\bclaim/i],
  [/^charge/i, /\bcharg/i], [/^criticism/i, /\bcritici/i], [/^threat/i, /\bthreat/i], [/^warning/i, /\bwarn/i], [/^rhetoric/i, /\brhetoric/i],
  [/^recognition/i, /\brecogni[sz]/i], [/^annexation/i, /\bannex/i], [/^invasion/i, /\binva(?:de|sion)/i], [/^incursion/i, /\bincursion/i],
  [/^intervention/i, /\binterven/i], [/^downing/i, /\b(?:shot|shoot(?:s|ing)?|downing) down\b|\bdowning\b/i], [/^expulsion/i, /\bexpel|\bexpulsion/i],
  [/^deployment/i, /\bdeploy/i], [/^veto/i, /\bveto/i], [/^test/i, /\btest/i], [/^launch/i, /\blaunch|\bfired\b/i], [/^withdrawal/i, /\bwithdr[ae]w/i],
  [/^seizure/i, /\bseiz/i], [/^visit/i, /\bvisit|\barriv/i], [/^crackdown/i, /\bcrack(?:ed)? ?down/i], [/^build-?up/i, /\bbuil(?:t|d|ding)[ -]?up\b/i],
]
/** Who an earlier sentence says does the act: its actor right before the word ("Russia recognised", "Moscow's annexation", "Russia's decision to recognise", "China's defence ministry announced"). */
const DOER_BEFORE = /^(?:['\u2019]s\s+(?:(?:decision|move|vote|order|bid)\s+to\s+)?|\s+(?:(?:has|have|had|formally|officially|also|then|\w+ly)\s+){0,2})$/i
/**
 * Whose words or act "the announcement" or "the recognition" is, judged by another side: the actor of another
 * country an earlier sentence names doing it ("Russia recognised", "China's defence ministry announced"), else
 * the actor of an act told in a sentence that names it ("In a speech on Saturday, Putin accused ..."); else,
 * for words, the other side the article has told most acts of so far (the last of them on a tie).
 */
const judgedOwner = (noun: string, article: Article, before: number, mentions: ReadonlyArray<ActorMention>, told: ReadonlyArray<EventMatch>, own: ReadonlyArray<ActorRef>): ActorRef | null => {
  const codes = new Set(own.map((r) => r.code))
  const stem = NOUN_STEMS.find(([n]) => n.test(noun))?.[1]
  if (stem) {
    const stems = new RegExp(stem.source, "gi")
    const doers = mentions.filter((m) => m.code && !codes.has(m.code) && m.end <= before)
    for (const sp of article.sentences.filter((x) => x.end <= before).reverse()) {
      const text = article.text.slice(sp.start, sp.end)
      const doer = allMatches(stems, text).reverse()
        .map((m) => doers.findLast((d) => d.start >= sp.start && d.end <= sp.start + m.index! && DOER_BEFORE.test(article.text.slice(d.end, sp.start + m.index!))))
        .find((d) => d !== undefined)
      if (doer) return refsOf(doer)[0]!
    }
  }
  const others = told.filter((e) => e.actor?.code && !codes.has(e.actor.code))
  const saying = stem ? others.findLast((e) => stem.test(article.text.slice(e.evidence.start, e.evidence.end))) : undefined
  if (saying || !SPEECH_NOUN.test(noun)) return saying?.actor ?? null
  const counts = new Map<string, number>()
  for (const e of others) counts.set(e.actor!.code!, (counts.get(e.actor!.code!) ?? 0) + 1)
  const most = Math.max(0, ...counts.values())
  return others.findLast((e) => counts.get(e.actor!.code!) === most)?.actor ?? null
}

/** How many sentences back "the measure" or "it" may look for what it stands for. */
const ANAPHORA_REACH = 2
/**
 * An object that stands for an issue named before: "backing the measure", "rejected the resolution", "opposes it", "called Russia's test",
 * "warns that if the U.S. system goes ahead".
 */
const ANAPHOR_OBJECT = /^["\u201d]?\s+(?:(?:about|over|regarding|concerning|at)\s+(?=th)|that\s+(?:if|unless|once)\s+(?=th))?(?:(?:the|this|that|these|those|such|its|their|(?=[\p{L}.]+['\u2019]s\s+(?:[\w-]+\s+)?tests?\b)[\p{L}.]+['\u2019]s)\s+(?:[\w.-]+\s+)?(tests?|measures?|resolutions?|plans?|systems?|shield|deployment|decision|move|proposals?|text|deal|step|idea|project|initiative|sites?|bases?|facilit(?:y|ies)|installations?|programm?es?|scheme|document|declaration|policy|draft|expansion|enlargement|sanctions|action|sales?|package)|(?:it|them)(?=\s*(?:[.,;:]|$)|\s+["\u201c]|\s+(?:as|in|on|at|because|and|but|after|before|since|when|while|over|during|outright|strongly|alongside|along|together|unanimously|too|again)\b))\b(?!\s+(?:of|for|on|against|that|which|by)\b|\s+to\s+(?!the\s+\w+(?:\s*[,.;:"\u201d]|$)))/iu
/** A noun phrase that refers back to an issue: "the alliance's system", "the resolution", "its plans". */
const ANAPHOR_NP = /\b(?:the|this|these|those|such|its|their|[\p{Lu}][\p{L}.]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+)?(systems?|shield|deployment|resolutions?|plans?|sites?|bases?|installations?|programm?es?|project|deal|sanctions|expansion|enlargement|draft|tests?)\b/giu
const ANAPHOR_NOUN = new RegExp(ANAPHOR_NP.source, "iu")
/** A subject that stands for an issue named before: "the system is intended to", "it represents a serious provocation". */
const ANAPHOR_SUBJECT = /^\s*(?:(?:[\p{L}\s,.'\u2019-]+\s+)?(?:that|said|says|say|insist(?:s|ed)?|argu(?:e|es|ed)|call(?:s|ed|ing)|brand(?:s|ed|ing)|describ(?:es|ed|ing))\s+)?(?:(?:the|this|these|those|such|(?=[\p{L}.]+['\u2019]s\s+(?:[\w-]+\s+)?tests?\b)[\p{L}.]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+)?(systems?|shield|plans?|deployment|sites?|bases?|facilit(?:y|ies)|installations?|expansion|enlargement|move|step|measures?|programm?es?|sales?|tests?)|it|they)\s+(?:(?:\w+ly|also|still|not|no)\s+)*["\u201c]?(?:\w+\s+)?["\u201c]?(?:(?:the|a|an)\s+)?$/iu
/** What comes between a harm done and the thing it is done with: "undermining strategic stability with its ...", "destabilising the region through the". */
const HARM_BY = /^[^,;:.()]{0,60}?\s(?:with|through|by)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}$/
/** Right after an actor, what makes it the leader of a thing named next: "the U.S.-led invasion", "the U.S. led invasion" (not the verb: "Russia led a group"). */
const LED_AFTER = /^(?:-led\b|\s+led\s+(?!(?:a|an|the|by|to|in|on|at|from|for|his|her|its|their|them|him|us|troops|forces)\b)\p{Ll})/iu
/** Where "accused" stands in a clause before a cue (whose subject holds the view it voices), else the cue. */
const accuserAt = (text: string, clauseStart: number, at: number): number => {
  const m = /\baccus(?:e|es|ed|ing)\b(?![\s\S]*\baccus)/i.exec(text.slice(clauseStart, at))
  return m ? clauseStart + m.index : at
}
/** A subject's verb and "their" or "its" after it: " halt their ", " would end its air ". */
const OWNER_VERB_BETWEEN = /^\s+(?:[\w'\u2019-]+\s+){1,3}(?:their|its)\s+(?:[\w-]+\s+)?$/i
/** "their" or "its" right before a noun trigger, with at most an adjective between: "their attack", "its military operation". */
const POSSESSIVE_PRONOUN_BEFORE = /\b(?:their|its)\s+(?:[\w-]+\s+)?$/i
/** What joins two things named in a row: "and", "or", a comma (and the second's owner: "and the US missile shield"). */
const JOINED_ISSUES = /^\s*(?:,|,?\s*and|,?\s*or|as well as)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,2}$/iu
/**
 * "..., plans that Russia strongly opposes": a relative clause whose object is the noun before it (or a noun
 * that sums it up, set off by a comma: "want to join NATO, ambitions Moscow strongly opposes").
 */
const RELATIVE_OBJECT = /(?:\b(?:that|which)|,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:ambitions?|aspirations?|plans?|moves?|steps?|ideas?|proposals?|polic(?:y|ies)|bids?))\s+(?:[\p{Lu}][\p{L}.'-]*\s+){1,3}(?:(?:\w+ly|also|still|has|have|had|long)\s+){0,2}$/u
/** A verb of speech or naming right after an actor: it is that clause's subject ("in what Washington called"). */
const SUBJECT_OF_NEXT = /^\s+(?:(?:has|have|had|also|later|then)\s+)?(?:called|calls|said|says|described|describes|termed|announced|added|told|insisted|claimed)\b/i

/** What of a country support may be for, right before its name: "the territorial integrity of ". */
const SOVEREIGN_OF = /^[^;:.]*\b(?:sovereignty|integrity|independence|territory|borders)\s+of\s+(?:the\s+)?$/i

/** What bans the issue right after it: "a treaty banning", "a ban on the". */
const BANNING_BEFORE = /\b(?:ban(?:s|ning)?|ban on|prohibit(?:s|ing)?|outlaw(?:s|ing)?)\s+(?:the\s+)?$/i
const VIEWING = /\b(?:sees?|saw|views?|viewed|regards?|regarded|considers?|considered|calls?|called|describes?|described|portrays?|portrayed|depicts?|depicted|believes?|believed|fears?|feared|thinks?|thought|arguing|insisting|claiming|contending|maintaining|accus(?:e|es|ed|ing))\b/i
const BACKERS_BEFORE = /\b(?:won|win|wins|gained|secured) the (?:backing|support) of\s+$/i
const PHRASAL_BACK_AFTER = /^\s+(?:down|off|to|up|in|out|home|into|from|on|and forth|away)\b/i

export const extractPositions = (article: Article, timexes: ReadonlyArray<TimexMatch>, mentions: ReadonlyArray<ActorMention>): PositionMatch[] => {
  // The issues named in the last sentences, for "the measure", "the system", "it" in the sentences after them.
  let recent: Array<{ readonly hit: IssueHit; readonly sentence: number }> = []
  // (and every issue named so far)
  const namedSoFar: IssueHit[] = []
  let sentenceNo = -1
  const rows = walk<PositionMatch>(article, timexes, mentions, (s, text, actors, speaker, ctx, previous) => {
    sentenceNo++
    const issues = issuesIn(text, s.start)
    const before = namedSoFar.length
    namedSoFar.push(...issues)
    const earlier = recent.filter((r) => sentenceNo - r.sentence <= ANAPHORA_REACH).map((r) => r.hit)
    recent = [...recent.filter((r) => sentenceNo - r.sentence < ANAPHORA_REACH), ...issues.map((hit) => ({ hit, sentence: sentenceNo }))]
    /**
     * What an anaphor at `at` stands for: the last issue named before it, in this sentence or a recent one,
     * one named with the anaphor's noun first ("the resolution" is the UN resolution named before, not the sanctions).
     */
    const antecedent = (at: number, noun?: string): IssueHit | undefined => {
      const named = [...earlier, ...issues.filter((i) => i.end - s.start <= at)]
      const stem = stemOf(noun)
      // (one named with the same noun may be further back: "the resolution" five sentences after "the UN resolution")
      const same = stem ? namedWith([...namedSoFar.slice(0, before), ...issues.filter((i) => i.end - s.start <= at)], stem) : undefined
      // (a resolution or sanctions named before, or nothing: not the last issue of another kind)
      // (and "the deployment", "the system" with nothing named of late: what the article has named most)
      const hit = same ?? (stem && /^(?:resolution|sanction)$/.test(stem) ? undefined : named.at(-1)) ??
        (stem && /^(?:system|shield|deployment|site|base|installation)$/.test(stem) ? mostNamed(namedSoFar.slice(0, before)) : undefined)
      if (hit && !issues.includes(hit)) referred.push(hit)
      return hit
    }
    const referred: IssueHit[] = []
    /**
     * The issues joined to an issue by "and", "or" or a comma, before it ("missile defences and weapons in
     * space, which") or, for an object, after it ("opposes NATO's expansion and the missile shield").
     */
    const joinedTo = (issue: IssueHit, after: boolean): IssueHit[] => {
      const out: IssueHit[] = []
      const step = after ? 1 : -1
      let last = issue
      for (let k = issues.indexOf(issue) + step; k >= 0 && k < issues.length; k += step) {
        const [a, b] = after ? [last, issues[k]!] : [issues[k]!, last]
        if (!JOINED_ISSUES.test(article.text.slice(a.end, b.start))) break
        out.push(issues[k]!)
        last = issues[k]!
      }
      return out.filter((h) => h.key !== issue.key)
    }
    const found: PositionMatch[] = []
    const subjects: ActorMention[] = []
    // (an issue named further back is reached only by a noun that refers to it)
    if (issues.length === 0 && earlier.length === 0 && (before === 0 || !ANAPHOR_NOUN.test(text))) return { rows: [], subjects: [] }
    const cues = STANCE_CUES.flatMap((cue) => allMatches(cue.re, text).map((m) => ({ cue, at: m.index!, end: m.index! + m[0].length, word: m[0] })))
      .filter((c) => c.cue.name !== "back" || (!PHRASAL_BACK_BEFORE.test(text.slice(Math.max(0, c.at - 30), c.at)) && !PHRASAL_BACK_AFTER.test(text.slice(c.end))))
    // "opposes pushing for", "switch from blocking": a cue right after an act cue is its object, and has no holder of its own.
    const objectCue = (c: (typeof cues)[number]) => cues.some((o) => o.cue.relation === "act" && o.end <= c.at && /^\s+(?:to\s+|from\s+)?$/i.test(text.slice(o.end, c.at)))
    const live = cues.filter((c) => !objectCue(c))
    const objectOf = (c: (typeof cues)[number]): IssueHit | undefined => {
      const issue = issues.find((i) => i.start - s.start >= c.end)
      if (!issue) return undefined
      const gapEnd = issue.start - s.start
      // ("objected to the expanding US military presence in the region, including the missile defence systems":
      // what the object includes is objected to as well)
      const including = INCLUDING.exec(text.slice(c.end, gapEnd))
      const gap = text.slice(c.end, gapEnd - (including?.[0].length ?? 0))
      // ("the Terminal High Altitude Area Defense (THAAD) system": an acronym in brackets is the object's own)
      if (gap.length > (CARRIER.test(gap) || including ? 2 * OBJECT_GAP : OBJECT_GAP) || OBJECT_BREAK.test(gap.replace(/\s*\($/, ""))) return undefined
      return live.some((o) => o.at >= c.end && o.at < gapEnd) ? undefined : issue
    }
    // "its plans for missile defense sites in Poland, plans that Russia strongly opposes": the object stands before.
    const relativeObject = (at: number): IssueHit | undefined => {
      const rel = RELATIVE_OBJECT.exec(text.slice(Math.max(0, at - 60), at))
      if (!rel) return undefined
      const that = at - (rel[0].length)
      const issue = issues.filter((i) => i.end - s.start <= that && that - (i.end - s.start) <= 60).at(-1)
      // (not what the thing before bans: "a treaty banning weapons in space, a proposal Washington has rejected" is no stance on weapons)
      return issue && !BANNING_BEFORE.test(text.slice(Math.max(0, issue.start - s.start - 20), issue.start - s.start)) ? issue : undefined
    }
    for (const { cue, at, end, word } of live) {
      const before = text.slice(Math.max(0, at - 60), at)
      // "the interceptor base posed no threat to Russia", "is not a threat": harm denied is a word for the thing.
      // (not "is not a threat to China but a threat to Russia")
      const harmDenied = cue.relation === "harm" && HARM_DENIED.test(before) && !/\bbut\b/i.test(text.slice(end))
      // "Moscow could not support the draft", "we will not back it": support refused is opposition.
      const supportRefused = cue.relation === "act" && cue.stance === "support" && SUPPORT_REFUSED.test(before)
      if (!harmDenied && !supportRefused && (denied(text, at) || (cue.relation !== "act" && /\b(?:not(?!\s+only\b)|n't|never)\b(?:\s+\S+){0,7}\s*$/i.test(before)))) continue
      // "six months of protests", "a wave of criticism": a noun cue that is what something is made of.
      if (NOUN_CUE.test(word) && /\bof\s+(?:\w+\s+)?$/i.test(before) && !/^\s+(?:of|to|against|over)\b/i.test(text.slice(end))) continue
      // "persuade the Russians not to block", "told Russia to back": an act asked of someone is not their stance.
      if (REQUESTED.test(text.slice(Math.max(0, at - 80), at))) continue
      // "waiting to see whether the League will support": not a stance taken.
      if (/\bwhether\b/i.test(text.slice(Math.max(0, at - 100), at))) continue
      // ("rejected outright by"; not "rejected calls by the United States": there the agent is of the object)
      // ("objections from China", "criticism from Moscow": a noun cue names its holder after 'from')
      const passive = /^\s*(?:(?:\w+ly|outright|also|too)\s+)?by\s+/i.exec(text.slice(end)) ?? (NOUN_CUE.test(word) ? /^\s+from\s+(?:the\s+)?/i.exec(text.slice(end)) : null)
      // "Beijing's veto of", "Russia's continuing support for", "its opposition to": the possessor holds the stance.
      const possessed = cue.relation === "act" && NOUN_CUE.test(word) ? POSSESSIVE_BEFORE.exec(before) : null
      // "the vetoed resolution", "the Western push for": no holder acts, unless a passive or a possessive names one.
      // ("a declaration condemning": a participle after a noun; its holder is the clause's.)
      if (cue.relation === "act" && !passive && !/ing$/i.test(word) && DETERMINER_BEFORE.test(before) && !possessed) continue
      // The issue: the object of an act cue (before it for a passive: "the plan ... was rejected by"),
      // the subject of a harm or good cue, before it ("the shield threatens", "sees the plans as a threat").
      const [clauseStart] = clauseOf(text, at)
      const issue = cue.relation === "act"
        ? passive
          ? (/from/i.test(passive[0]) ? objectOf({ cue, at, end, word }) : undefined) ?? issues.filter((i) => i.end - s.start <= at && i.start - s.start >= clauseStart).at(-1) ?? (clauseStart === 0 ? undefined : issues.filter((i) => i.end - s.start <= at).at(0))
          // ("Russia has also voiced opposition.": a noun cue with no object is about the issue named before)
          : objectOf({ cue, at, end, word }) ?? relativeObject(at) ??
            (ANAPHOR_OBJECT.test(text.slice(end)) || (VOICED.test(before) && NOUN_CUE.test(word) && /^\s*(?:[.;]|$)/.test(text.slice(end))) ? antecedent(at, ANAPHOR_OBJECT.exec(text.slice(end))?.[1]) : undefined)
        // (After a harm cue the issue is what is harmed: "the main threat to the ceasefire".)
        : issues.filter((i) => i.end - s.start <= at && at - (i.start - s.start) <= 100).at(-1) ??
          (ANAPHOR_SUBJECT.test(text.slice(clauseStart, at)) ? antecedent(at, ANAPHOR_SUBJECT.exec(text.slice(clauseStart, at))?.[1]) : undefined) ??
          // (or the issue it modifies, right after it: "a destabilizing missile shield", "grossly interferes in China's internal affairs";
          // not a verb's object: "ECOWAS has threatened the use of force")
          (/(?:ed|ens)$/i.test(word) ? undefined : issues.find((i) => i.start - s.start >= end && /^\s{1,2}$/.test(text.slice(end, i.start - s.start)))) ??
          // (or what does the harm with it: "undermining strategic stability with its global missile defence system")
          issues.find((i) => i.start - s.start >= end && HARM_BY.test(text.slice(end, i.start - s.start)))
      if (!issue) continue
      const issueOwner = ownerOf(text, s, issue, actors)
      const possessor = possessed
        ? /^['\u2019]/.test(possessed[0])
          ? actors.find((a) => a.end - s.start <= at - possessed[0].length && /^\s?$/.test(text.slice(a.end - s.start, at - possessed[0].length)))
          : actors.filter((a) => a.end - s.start <= at - possessed[0].length).at(-1) ?? (/^\s*(?:its|their)/i.test(text) ? previous.at(-1) : undefined)
        : undefined
      // Who holds it, by the first of these that names someone: the agent of a passive ("rejected by Russia"),
      // the first half of a compound ("a UN-backed plan"), a possessive ("Beijing's veto"), the actor a relative
      // clause is attached to ("focused on Russia, which has opposed"), the subject nearest the cue in its clause
      // (after a speech verb: "Van Rompuy said the EU and Russia both back"), the speaker, the clause's subject.
      // ("Moscow, which called the shield a threat": a view of harm or good is the clause's too.)
      // ("Russia has long portrayed NATO's expansion, and US missile defence sites, as threats": "as" goes back to the viewing verb)
      const viewing = VIEWING.test(text.slice(/^as\b/i.test(word) ? 0 : clauseStart, at))
      const relative = (cue.relation === "act" || viewing) && /^\s*(?:which|who)\b/i.test(text.slice(clauseStart, at))
      // "..., with Russia and China backing the measure", "with Russia and China voting for it": the actor after
      // 'with' does what the participle says.
      const withAt = /^\w+ing\b/i.test(word) ? /\bwith\s+$/i : null
      const withHolder = withAt ? actors.find((a) => a.end - s.start <= at && /^\s+$/.test(text.slice(a.end - s.start, at)) && withAt.test(text.slice(0, a.start - s.start))) : undefined
      const from = speaker && speaker.at >= 0 && speaker.at < at ? Math.max(clauseStart, speaker.at) : clauseStart
      // (the speaker is no subject of what they said; but "X agreed to ..., saying" is X's own act)
      const speakerActs = speaker !== null && speaker.at > at && /^saying\b/i.test(text.slice(speaker.at))
      // (not who leads the thing: "opposed the U.S.-led invasion of Iraq")
      const inClause = actors.filter((a) => a.start - s.start >= from && a.end - s.start <= at && (a !== speaker?.who || speakerActs) && !LED_AFTER.test(text.slice(a.end - s.start)))
      const nearest = cue.relation === "act" && !relative ? nearestSubject(text, s, inClause) : []
      const saidAt = speaker && speaker.at >= 0 && speaker.at < at && speaker.who.end - s.start <= speaker.at ? speaker.at : -1
      const reported = cue.relation === "act" && !relative && saidAt >= 0 && nearest.length === 0
        ? nearestSubject(text, s, actors.filter((a) => a.start - s.start > saidAt && a.end - s.start <= at && a !== speaker?.who && REPORTED_SUBJECT.test(text.slice(saidAt, a.start - s.start))))
        : []
      let holders: ActorMention[]
      let rule = `position.${cue.relation}.${cue.name}`
      if (passive && cue.relation === "act") {
        const agent = actors.find((a) => a.start - s.start === end + passive[0].length)
        holders = agent ? [agent] : []
        rule = `position.passive.${cue.name}`
      } else if (text[at - 1] === "-" && cue.relation === "act") {
        const compound = actors.find((a) => a.end - s.start === at - 1)
        holders = compound ? [compound] : []
      } else if (possessed) {
        // "China's and Russia's strong opposition", "Beijing and Moscow ... their opposition": each actor of the chain.
        const chained = /^['\u2019]/.test(possessed[0]) ? /^['\u2019]s?\s*(?:,|and|&)\s*$/ : /\btheir\b/i.test(possessed[0]) ? /^\s*(?:,|and|&)\s*$/ : null
        const index = possessor ? actors.indexOf(possessor) : -1
        holders = !possessor ? [] : chained && index >= 0 ? chainTo(text, s, actors, index, chained) : [possessor]
      } else if (withHolder) {
        holders = [withHolder]
      } else if (relative) {
        // (the relative clause's own subject when it has one: "U.S. missile defense, which Russia regards as a threat")
        const own = actors.find((a) => a.end - s.start <= at && /^\s*which\s+(?:the\s+)?$/i.test(text.slice(clauseStart, a.start - s.start)))
        // ("Moscow has long said ..., which it regards as a threat": "it" is who the sentence opens with)
        const opening = /^\s*which\s+(?:it|they)\b/i.test(text.slice(clauseStart)) ? actors.filter((a) => OPENING.test(text.slice(0, a.start - s.start))).slice(0, 1) : []
        holders = own ? [own] : opening.length ? opening : actors.filter((a) => a.end - s.start <= clauseStart && clauseStart - (a.end - s.start) <= 2)
      } else if (nearest.length) {
        holders = nearest
      } else if (reported.length) {
        // "Mr Hague said Russia and China, who fear ..., had also strongly opposed": the subject of what was said.
        holders = reported
      } else if (speaker && !(cue.relation === "act" && NOUN_CUE.test(word)) && (cue.relation !== "act" || speaker.who.start - s.start > at || /\b(?:said|says|say|told)\b/i.test(text.slice(speaker.who.end - s.start, at)))) {
        holders = [speaker.who]
        rule = `position.speech.${cue.name}`
      } else {
        // "Russia sees the plans as a threat": a view of harm or good held by the clause's subject.
        // ("said opposition to the resolution was a ruse": a noun cue with no possessor is nobody's, unless voiced)
        // ("We and other countries have expressed our concern," the spokesman said: "we" in a quotation is the speaker's side)
        const we = cue.relation === "act" && speaker !== null && WE_SUBJECT.test(text.slice(clauseStart, at))
        // ("We firmly oppose any attempt to impose one country's model on others," in an op-ed by two ambassadors: "we" outside a
        // quotation is the byline's officials)
        const authored = cue.relation === "act" && speaker === null && (article.authors?.length ?? 0) > 0 && WE_SUBJECT.test(text.slice(clauseStart, at)) && !/["\u201c]/.test(text.slice(clauseStart, at))
        holders = we ? [speaker!.who] : authored ? [...article.authors!] : cue.relation === "act" ? (NOUN_CUE.test(word) && !VOICED.test(before) ? [] : subjectBefore(text, s, at, actors.filter((a) => !inClause.includes(a) && !LED_AFTER.test(text.slice(a.end - s.start))), previous))
          // (who accuses holds the view, not who is accused: "China accused the US of undermining stability with its shield")
          : viewing ? subjectBefore(text, s, accuserAt(text, clauseStart, at), actors, previous) : []
        rule = we ? `position.speech.${cue.name}` : authored ? `position.authors.${cue.name}` : `position.${cue.relation}.${cue.name}`
      }
      // "Russia won the backing of China ... in criticizing": the backers share the stance.
      if (cue.relation === "act" && !passive) for (const a of actors) if (BACKERS_BEFORE.test(text.slice(0, a.start - s.start)) && a.end - s.start < at && !holders.includes(a)) holders.push(a)
      if (supportRefused) rule = `position.refused.${cue.name}`
      // ("praised Obama's decision to shelve the shield": a stance on undoing the thing, the other way round on the thing)
      const undone = cue.relation === "act" && !passive && issue.start - s.start >= end && UNDOING.test(text.slice(end, issue.start - s.start))
      const stance0: Stance = cue.relation === "good" || harmDenied ? "support" : supportRefused ? "oppose" : cue.stance
      const stance: Stance = undone && stance0 !== "concern" && stance0 !== "neutral" ? (stance0 === "support" ? "oppose" : "support") : stance0
      if (undone && stance !== stance0) rule = `${rule}.undone`
      // A stance reported in speech is dated by the speech ("..., Serdyukov told Gates" yesterday), as is one
      // that has no date of its own ("expressed concern, saying it opposed ...").
      // (and "..., with Russia and China voting for it" is dated by the clause the phrase hangs on)
      const withComma = withHolder ? text.lastIndexOf(",", withHolder.start - s.start) : -1
      const own = dateAt(text, s, withComma > 0 ? withComma - 1 : at, ctx)
      const bySpeech = speaker && speaker.at >= 0 && (rule.startsWith("position.speech") ? own.dateBasis !== "text" : own.dateBasis === "none")
      const dated = bySpeech ? dateAt(text, s, speaker.at, ctx, true) : own
      const hedged = HEDGE.test(text.slice(clauseStart, end)) && !supportRefused
      // ("US missile defences and weapons in space, which it regards as a threat": each of the things joined)
      const things = [{ hit: issue, owner: issueOwner }, ...joinedTo(issue, cue.relation === "act" && !passive).map((hit) => ({ hit, owner: ownerOf(text, s, hit, actors) }))]
      for (const h of holders) {
        for (const ref of refsOf(h)) {
          if (!ref.code || (stance === "oppose" && ref.code === issueOwner && cue.relation === "act" && h.start >= issue.start - 40 && h.end <= issue.end)) continue
          // (a commitment backs a thing only for its owner: "NATO declared that ... will become members of NATO", not "Russia declared that NATO's expansion ...")
          if (cue.name === "owner-commits" && ref.code !== issue.owner) continue
          for (const { hit, owner } of things) {
            found.push({
              evidence: s, holder: ref, holderName: ref.name, stance, issue: hit.key, issueText: hit.text,
              targetCode: owner, hedged, rule, ...dated,
            })
          }
        }
        subjects.push(h)
      }
    }
    // A thing referred to stays in mind: "the alliance's system" two sentences after "the shield", "the system" two more on.
    for (const m of allMatches(ANAPHOR_NP, text)) antecedent(m.index! + m[0].length, m[1])
    for (const hit of new Set(referred)) recent.push({ hit, sentence: sentenceNo })
    return { rows: dedupe(found, (p) => `${p.holder?.key}|${p.stance}|${p.issue}`), subjects }
  })
  return rows
}

const dedupe = <T>(rows: T[], key: (r: T) => string): T[] => {
  const seen = new Set<string>()
  return rows.filter((r) => {
    const k = key(r)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

// ---------------------------------------------------------------- events

const SYMMETRIC = new Set<EventType>(["CONSULT", "AGREE", "COOPERATE"])

/** Acts whose target may be the subject of a "that" clause after them: "demanded that Washington revoke", "warned that the US would suffer". */
const ADDRESSED = new Set<EventType>(["REQUEST", "THREATEN"])

/** What someone asked or planned, and who: "calls by", "the proposal of". */
const CALLS_BY = new RegExp(`^\\s+(?:\\S+\\s+){0,3}?(?:calls?|demands?|proposals?|plans?|efforts?|attempts?|requests?|offers?|ideas?|initiatives?|${SPEECH_NOUNS})\\s+(?:by|of|from)\\s+(?:the\\s+)?$`, "i")

/** What of a country an act violates, after its name: "'s sovereignty", "'s airspace". */
const VIOLATED = "(?:sovereignty|integrity|airspace|borders?|territory|waters|independence|security|(?:national |legitimate |vital )?interests)\\b"
const VIOLATED_AFTER = new RegExp(`^['\u2019]s\\s+(?:\\w+\\s+)?${VIOLATED}`, "i")
/** The same, as the noun of an object: "(Turkish) airspace". */
const VIOLATED_NOUN = new RegExp(`^(?:\\w+\\s+)?${VIOLATED}`, "i")

/** Acts against someone, which two of one actor in a sentence are against the same one. */
const HOSTILE = new Set<EventType>(["ACCUSE", "THREATEN", "REJECT", "SANCTION", "COERCE"])
/** A relative clause's opening right before a trigger: "a resolution that threatened", "which ... violates". */
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:\w+ly\s+)?$/i

/** Acts against a thing whose owner is their target when no actor is named. */
const OWNED_TARGET = new Set<EventType>(["REJECT", "ACCUSE"])

/** A clause that is only "and" (or "but") and an adverb before its verb: the verb shares the subject before it. */
const JOINED_VERB = /^\s*(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$/i
/** A trigger that is the object of such a verb: "..., and repeated its threat to impose sanctions". */
const JOINED_OBJECT = new RegExp(`^\\s*(?:and|but)\\s+(?:(?:also|then|later|\\w+ly)\\s+)?(?:${IRREGULAR_PAST}|\\w{3,}ed)\\s+(?:(?:its|their|his|her|the|a|an)\\s+)?(?:[\\w-]+\\s+)?$`, "i")

/** A condition's clause: "if Washington resumes testing", "unless the United States does so". */
const CONDITION = /\b(?:if|unless)\s+([^,;:]*?)(?=\s+(?:then|we|they|he|she|I)\s|[,;:]|$)/gi
/**
 * Who a condition near an act names, of another side than `own`: the first actor of the "if" or "unless"
 * clause nearest the act, or the country of its first adjective ("if a U.S. missile defense build-up").
 */
const conditionOn = (text: string, s: Span, at: number, actors: ReadonlyArray<ActorMention>, own: ReadonlySet<string | null>): ActorRef | null => {
  const m = allMatches(CONDITION, text).sort((a, b) => Math.abs(a.index! - at) - Math.abs(b.index! - at))[0]
  if (!m) return null
  const from = m.index! + m[0].length - m[1]!.length
  const to = m.index! + m[0].length
  const named = actors.find((a) => a.start - s.start >= from && a.end - s.start <= to && !refsOf(a).some((r) => own.has(r.code)))
  if (named) return refsOf(named)[0]!
  const adjective = /^(?:(?:a|an|the|any|more|new|further)\s+)?([\p{Lu}][\p{L}.]+)\s/u.exec(m[1]!)
  const code = adjective ? countryOf(adjective[1]!) : null
  return code && !own.has(code) ? refOfCode(code) : null
}

/** Whose leaders a meeting is with: "host the leaders of Japan", "met the foreign ministers of". */
const LEADERS_OF = /^\s+(?:the\s+)?(?:[\w-]+\s+)?(?:leaders?|presidents?|prime ministers?|heads? of (?:state|government)|foreign ministers?|defen[cs]e ministers?|delegations?|envoys?)\s+of\s+(?:the\s+)?$/i
/** A partner or an opponent named at the end of a long object: "take part in any trilateral arms control negotiations with the United States". */
const FAR_PARTNER = /^(?:(?!\b(?:but|and|which|who|whom|while|whereas|because|although|though|since|after|before|when)\s)[^,;:"\u201c\u201d])*\s(?:with|against)\s+(?:the\s+)?$/

/** "this", "such" or "these" opening a verdict's object: "for this extreme, disproportionate and escalatory military response". */
const DEICTIC_OBJECT = /^["\u201d]?\s+(?:this|these|such)\b/i

/** A request or an offer as an act's object, a few words on: "a request for Mr Lugovoi's extradition", "the offer". */
const ASKED_OBJECT = /^\s+(?:[\w-]+\s+){0,4}?(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w-]+\s+)?(?:requests?|demands?|appeals?|pleas?|offers?|proposals?)\b(?!\s+(?:by|from|of)\b)/i

/** How many sentences back a like measure may name whom a measure hits. */
const PARALLEL_REACH = 2

/** A title set off by commas after a name: ", China's top foreign policy official,", ", the Chinese ambassador,". */
const TITLE_CLAUSE = /^\s*(?:(?:the|a|an)\s+|[\p{Lu}][\p{L}.]*['\u2019]s\s+)(?:[\p{L}-]+\s+){0,5}[\p{L}-]+\s*,\s*$/u
/** Where the clause before a clause starting at `cs` starts, past a title set off by commas; else `cs`. */
const clauseBeforeTitle = (text: string, cs: number): number => {
  if (cs < 2 || text[cs - 1] !== "," && text[cs - 2] !== ",") return cs
  const [ts] = clauseOf(text, cs - 2)
  if (!TITLE_CLAUSE.test(text.slice(ts, cs))) return cs
  return ts >= 2 ? clauseOf(text, ts - 2)[0] : cs
}

/** "them" or "it" as the object of an attack, right after it or after a participle: "opened fire, disabling them", "seized them". */
const PRONOUN_OBJECT = /^(?:\s*,\s*\w+ing)?\s+(?:them|it)\b/i

/** A place's name: "Kiev", "Buenos Aires". */
const PLACE = "([\\p{Lu}][\\p{L}-]+(?:\\s[\\p{Lu}][\\p{L}-]+)?)"
/** A place named next: "(stopped in) Kiev". */
const PLACE_NEXT = new RegExp(`^\\s+${PLACE}`, "u")
/** A visit, and its place right after it: "visit to Kyiv", "visiting in Moscow". */
const VISIT = /\bvisit(?:s|ed|ing)?$/i
const VISIT_TO = new RegExp(`^\\s+(?:to|in)\\s+${PLACE}`, "u")

const LOCATION = /\b(?:in|at)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'\u2019-]+)(?:\s+[\p{Lu}][\p{L}'\u2019-]+){0,2})/gu

/** One more of a side in a count by code (the first ref seen of a code stands for it). */
const tally = (counts: Map<string, { n: number; ref: ActorRef }>, ref: ActorRef): void => {
  const was = counts.get(ref.code!)
  counts.set(ref.code!, { n: (was?.n ?? 0) + 1, ref: was?.ref ?? ref })
}

/** Acts aimed at someone by nature: with no target in their sentence, they are aimed at the actor's counterpart in the article. */
const DYADIC: ReadonlySet<string> = new Set(["CONSULT", "PROPOSE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT"])
/** How often each of an article's two sides must be named for the article to be about the two of them. */
const SIDE_MENTIONS = 3

/**
 * Whom an actor deals with in the article. When the body names two codes most (each at least SIDE_MENTIONS times,
 * no third as often as the second) and they never act together (the same act in one sentence), each is the
 * other's; else the side the actor's acts with a target in their sentence are aimed at most often, else the side
 * that aims most acts at it, in other sentences (of equals, the first). An act aimed at someone by nature (DYADIC) whose sentence
 * names no target is aimed there, as a reader of "Putin proposes that the two countries jointly use the radar" in
 * a story of Russia and the United States reads it; its `targetBasis` says so ("article"). Not when that side
 * does the same act in the same sentence: they act together ("the two leaders warned"), not on each other.
 */
const withArticleTargets = (rows: EventMatch[], mentions: ReadonlyArray<ActorMention>): EventMatch[] => {
  const together = (e: EventMatch, code: string) => rows.some((o) => o !== e && o.evidence.start === e.evidence.start && o.eventType === e.eventType && o.actor?.code === code)
  // The two sides the body names most.
  const named = new Map<string, { n: number; ref: ActorRef }>()
  for (const m of mentions) for (const ref of refsOf(m)) if (ref.code) tally(named, ref)
  const [first, second, third] = [...named.entries()].sort((x, y) => y[1].n - x[1].n || (x[0] < y[0] ? -1 : 1))
  const sides = first && second && second[1].n >= SIDE_MENTIONS && !(third && third[1].n >= second[1].n) &&
    !rows.some((e) => e.actor?.code === first[0] && together(e, second[0]))
    ? new Map([[first[0], second[1].ref], [second[0], first[1].ref]])
    : new Map<string, ActorRef>()
  // Else whom its acts in other sentences are aimed at, or who aims at it there (the sentence's own acts are read by the rules above).
  const aimed = rows.filter((e) => e.target?.code && e.actor?.code && e.target.code !== e.actor.code && e.eventType !== "STATEMENT")
  const most = (e: EventMatch, pairs: ReadonlyArray<readonly [string, ActorRef, number]>): ActorRef | undefined => {
    const n = new Map<string, { n: number; ref: ActorRef }>()
    for (const [from, to, at] of pairs) if (from === e.actor!.code && at !== e.evidence.start) tally(n, to)
    // (the most often; of equals, the first: a Map keeps the order of insertion)
    return [...n.values()].reduce<{ n: number; ref: ActorRef } | null>((best, x) => (!best || x.n > best.n ? x : best), null)?.ref
  }
  const aimsAt = aimed.map((e) => [e.actor!.code!, e.target!, e.evidence.start] as const)
  const aimedBy = aimed.map((e) => [e.target!.code!, e.actor!, e.evidence.start] as const)
  return rows.map((e) => {
    if (e.target || !e.actor?.code || !DYADIC.has(e.eventType)) return e
    const side = sides.get(e.actor.code) ?? most(e, aimsAt) ?? most(e, aimedBy)
    // (nor when the sentence tells whom the same act of the same actor is aimed at: "will go Wednesday to North Korea for an historic first visit")
    const toldThere = rows.some((o) => o !== e && o.evidence.start === e.evidence.start && o.eventType === e.eventType && o.actor?.code === e.actor!.code && o.target)
    if (!side?.code || side.code === e.actor.code || together(e, side.code) || toldThere) return e
    return { ...e, target: refOfCode(side.code) ?? side, targetName: null, targetBasis: "article" as const }
  })
}

export const extractEvents = (article: Article, timexes: ReadonlyArray<TimexMatch>, mentions: ReadonlyArray<ActorMention>): EventMatch[] =>
  withArticleTargets(eventsInText(article, timexes, mentions), mentions)

const eventsInText = (article: Article, timexes: ReadonlyArray<TimexMatch>, mentions: ReadonlyArray<ActorMention>): EventMatch[] => {
  // The issues the body names, found when an anaphor first asks ("rejected the resolution").
  const bodyIssues = once(() => article.sentences.flatMap((sp) => issuesIn(article.text.slice(sp.start, sp.end), sp.start)))
  // The acts told so far: whose "the decision", "the move", "the announcement" or "the accusations" are.
  const told: EventMatch[] = []
  // (and the requests and proposals made so far: whose a bare "refused" turns down)
  const asks: EventMatch[] = []
  // (and the sentence's number: which issues are recent enough for "it")
  let sentenceIndex = -1
  // (where the sentence n sentences back starts)
  const sentencesBack = (n: number) => article.sentences[Math.max(0, sentenceIndex - n)]?.start ?? 0
  // (and who spoke last: whose "the speech" is, when it acts)
  let lastSpeaker: ActorMention | null = null
  return walk<EventMatch>(article, timexes, mentions, (s, text, actors, speaker, ctx, previous) => {
    sentenceIndex++
    const found: EventMatch[] = []
    // (where each found row's trigger stands)
    const foundAt: number[] = []
    const subjects: ActorMention[] = []
    let lastActors: ActorMention[] = []
    let lastDated: DatedMatch | null = null
    let lastAt = -1
    const triggers: Array<{ at: number; end: number; word: string; type: EventType; bySpeaker: boolean; needsDoer: boolean }> = []
    for (const t of TRIGGERS) {
      for (const m of allMatches(t.re, text)) {
        if (triggers.some((x) => x.at < m.index! + m[0].length && m.index! < x.end)) continue
        triggers.push({ at: m.index!, end: m.index! + m[0].length, word: m[0], type: t.type, bySpeaker: t.bySpeaker, needsDoer: t.needsDoer })
      }
    }
    triggers.sort((a, b) => a.at - b.at)
    for (const trig of triggers) {
      // ("had offered no facts": an act on nothing is none)
      if (denied(text, trig.at) || /^\s+(?:no|nothing)\b/i.test(text.slice(trig.end))) continue
      // "called on Russia to support", "urged him to sign": the requested act is not an event of its own.
      if (REQUESTED.test(text.slice(Math.max(0, trig.at - 80), trig.at)) && trig.type !== "REQUEST") continue
      // "had proposed on state television that Russia expel 31 diplomats": what is proposed is not done.
      // (a bare verb there: "that Russia expel", not "that Russia has violated")
      if (PROPOSED_THAT.test(text.slice(Math.max(0, trig.at - 120), trig.at)) && trig.type !== "PROPOSE" && !PAST_WORD.test(trig.word) && !/\b(?:has|have|had|is|are|was|were|will|would)\s+$/i.test(text.slice(0, trig.at))) continue
      // "blocked two resolutions calling for tougher action": what a text calls for is its author's act only when the
      // clause says who wrote, tabled or adopted it ("the General Assembly adopted a resolution demanding").
      const textAsks = /^(?:calling|demanding|urging)\b/i.test(trig.word) ? DOCUMENT_ASKING.exec(text.slice(Math.max(0, trig.at - 90), trig.at)) : null
      if (textAsks && !textAsks[1]) continue
      // "would not expel ... in response to new U.S. sanctions": the act answered is named as a reason, not reported.
      if (ANSWERED.test(text.slice(Math.max(0, trig.at - 60), trig.at))) continue
      // "threatened to impose sanctions", "its threat to withdraw": the threatened act is not done.
      if (THREATENED.test(text.slice(Math.max(0, trig.at - 40), trig.at)) && trig.type !== "THREATEN") continue
      // "foreign-backed gangs", "a Saudi-led force": the first half of a compound word names who acts, in a noun phrase.
      if (/\p{L}-$/u.test(text.slice(Math.max(0, trig.at - 2), trig.at))) continue
      const [cs, ce] = clauseOf(text, trig.at)
      let actorsOf: ActorMention[]
      // "At a security summit in Beijing, Russian and Chinese leaders said": a fronted phrase takes the next clause's subject and date.
      const fronted = cs === 0 && /^\s*(?:At|In|During|After|On|Before|Following)\b/.test(text) && ce < text.length
      // A verb joined to the clause before ("Beijing rejected any attempt ..., and urged Washington") or a participle
      // opening its clause ("signed a joint statement ..., putting forward a road map") shares that clause's subject and date.
      const participle = /^\s*$/.test(text.slice(cs, trig.at)) && /^\w+ing\b/i.test(trig.word)
      const continues = (PAST_WORD.test(trig.word) && JOINED_VERB.test(text.slice(cs, trig.at))) || JOINED_OBJECT.test(text.slice(cs, trig.at)) || participle
      let doer: ActorMention | undefined
      let participleDated: DatedMatch | null = null
      const clauseBefore = participle && text[cs - 1] === "," ? clauseOf(text, cs - 1) : null
      // (the event it continues is the last one, unless that stands before the clause it follows)
      const continuesLast = continues && !(clauseBefore && lastAt < clauseBefore[0])
      if (trig.type === "STATEMENT") actorsOf = speaker ? [speaker.who] : []
      else if (trig.bySpeaker) {
        // "... while Russia shamelessly violates it," Pompeo said: the speaker accuses whoever the clause says does it.
        actorsOf = speaker ? [speaker.who] : []
        // (the subject of what the speaker said, "Nauert said Russia had been developing ... in violation", or the
        // clause's own, "The US arms sales to China's Taiwan region seriously violate"; else a name just before; never the speaker)
        const saidFrom = speaker && speaker.at >= cs && speaker.at < trig.at ? speaker.at : -1
        // (not the speaker's own side: "Blinken said Washington was 'deeply concerned' by Russia's decision" is about Russia)
        const other = (a: ActorMention) => a !== speaker?.who && (a.code === null || a.code !== speaker?.who.code)
        doer = actors.find((a) => a.end - s.start <= trig.at && a.start - s.start >= cs && other(a) &&
          (saidFrom >= 0 ? a.start - s.start > saidFrom && REPORTED_SUBJECT.test(text.slice(saidFrom, a.start - s.start)) : OPENING.test(text.slice(cs, a.start - s.start)))) ??
          actors.findLast((a) => a.end - s.start <= trig.at && a.start - s.start >= cs && trig.at - (a.end - s.start) <= 40 && other(a)) ??
          actors.findLast((a) => a.end - s.start <= trig.at && a.start - s.start >= cs && other(a) && SAID_BEFORE.test(text.slice(Math.max(0, a.start - s.start - 30), a.start - s.start))) ??
          // ("The United States, he added, must stop": the subject before a speaker's aside)
          actors.find((a) => OPENING.test(text.slice(0, a.start - s.start)) && other(a) && SPEAKER_ASIDE.test(text.slice(a.end - s.start, trig.at))) ??
          // (or whose thing the verdict names right after it: "the 'double standards' of Washington", "concerned by Russia's decision",
          // "illegitimate initiatives and actions of the United States")
          actors.find((a) => a.start - s.start >= trig.end && other(a) && /^["\u201d]?\s+(?:(?:[\w-]+\s+){0,4}?(?:of|by)|about|over|at)\s+(?:the\s+)?$/i.test(text.slice(trig.end, a.start - s.start)))
      } else {
        const between = /^\s*(?:\w+\s+){0,2}between\s+/i.exec(text.slice(trig.end))
        const pairAt = between ? trig.end + between[0].length : -1
        const pair = between ? actors.find((a) => a.start - s.start === pairAt && a.members.length === 2) : undefined
        const nextSubject = fronted ? actors.find((a) => a.start - s.start > ce) : undefined
        // "a joint declaration by Medvedev and Hu": the agent after "by" acts.
        // ("drawing a strong protest from Beijing": a noun's agent after "from")
        // ("new sanctions against Iran's banking sector, announced by the United States on Monday": a noun's agent
        // after a participle that closes its phrase)
        const named = NAMED_BEFORE.test(text.slice(Math.max(0, trig.at - 30), trig.at)) || /\bnew\s+$/i.test(text.slice(Math.max(0, trig.at - 6), trig.at))
        const by = /^\s*by\s+(?:the\s+)?/i.exec(text.slice(trig.end)) ??
          (named ? /^\s*from\s+(?:the\s+)?/i.exec(text.slice(trig.end)) ?? AGENT_AFTER_PHRASE.exec(text.slice(trig.end)) : null)
        const agent = by ? actors.find((a) => a.start - s.start === trig.end + by[0].length) : undefined
        // "a draft ... has been vetoed in the Security Council by China and Russia": the agent of a passive acts.
        const passiveBy = /^(?:\s+\S+){0,6}?\s+by\s+/i.exec(text.slice(trig.end))
        // ("The treaty, signed in Prague in April 2010 by Obama and Medvedev": a participle after a comma, with its agent, is a passive too)
        const afterBe = BE_BEFORE.test(text.slice(Math.max(0, trig.at - 25), trig.at)) || (passiveBy !== null && PAST_WORD.test(trig.word) && /[\p{L}\d],\s+$/u.test(text.slice(Math.max(0, trig.at - 4), trig.at)))
        const passiveAgent = passiveBy && afterBe ? actors.find((a) => a.start - s.start === trig.end + passiveBy[0].length) : undefined
        // ("is withdrawing" is no passive, nor "was ready to sell")
        const isPassive = afterBe && !/^(?:\w+ing|ready)\b/i.test(trig.word)
        // A subject far from its trigger is rarely its actor ("X said that ... attacks ..."): keep it only within a few words.
        // (or the subject of a "will" or "would" whose verbs run on: "Washington would suspend ... and withdraw ... unless")
        const near = (a: ActorMention) => trig.at - (a.end - s.start) <= 60 || a.start - s.start <= 40 || previous.includes(a) ||
          (trig.at - (a.end - s.start) <= 150 && /^\s+(?:would|will)\b/.test(text.slice(a.end - s.start, a.end - s.start + 8)))
        // "stopping the killing", "it would need international assistance": a noun with no agent of its own is not the subject's act.
        const before = text.slice(Math.max(0, trig.at - 60), trig.at)
        const preposition = WITH_ITS_TARGET.exec(text.slice(trig.end))
        const withTarget = preposition !== null && !ctx.timexes.some((t) => t.start - s.start === trig.end + preposition[0].length)
        const nominal = WISHED_BEFORE.test(before) || ((NOUN_BEFORE.test(before) || (NOUNS_BEFORE.test(before) && !PAST_WORD.test(/^\S+/.exec(trig.word)![0]))) && !LIGHT_VERB_BEFORE.test(before) && !withTarget) ||
          (!PAST_WORD.test(trig.word) && UNDONE_BEFORE.test(text.slice(Math.max(0, trig.at - 120), trig.at)))
        // "Resolution 2375, which the Security Council adopted on Monday, imposing new sanctions": a participle after
        // a clause with no event of its own does what that clause's subject did, then.
        const joinedVerb = continuesLast && lastActors.length > 0
        // (a clause with a verb after its subject: "Putin, attending a meeting on Friday," is dated by its own words)
        const subjectThere = clauseBefore && !joinedVerb ? nearestSubject(text, s, actors.filter((a) => a.start - s.start >= clauseBefore[0] && a.end - s.start <= clauseBefore[1])) : []
        const verbAfter = subjectThere.length ? /^\s+(?:\w+ly\s+)?(\w+)/.exec(text.slice(subjectThere.at(-1)!.end - s.start, clauseBefore![1])) : null
        const priorSubject = verbAfter && (PAST_WORD.test(verbAfter[1]!) || /^(?:has|have|had|is|are|was|were|will|would)$/i.test(verbAfter[1]!)) ? subjectThere : []
        // (its date when it names one, also for what a speaker said there; else the participle's own)
        const priorDated = priorSubject.length ? dateAt(text, s, priorSubject.at(-1)!.end - s.start, ctx) : clauseBefore ? dateAt(text, s, clauseBefore[1] - 1, ctx) : null
        if (priorDated?.dateBasis === "text") participleDated = priorDated
        // "Maas said on Friday that Russia's decision was regrettable and urged Moscow to reconsider": a speech act
        // joined by "and" after what was said is the speaker's.
        const saidAnd = speaker && speaker.at >= 0 && speaker.at < trig.at && SPOKEN.has(trig.type) && SAID_THAT_AND.test(text.slice(speaker.at, trig.at))
        if (saidAnd) participleDated = dateAt(text, s, speaker.at, ctx, true)
        // "Syria's decision to shoot down a Turkish jet", "Russia's move to expel two diplomats": whose decision it is, acts.
        const decided = DECIDED_BY.exec(text.slice(Math.max(0, trig.at - 60), trig.at))
        const decider = decided ? actors.find((a) => a.end - s.start === trig.at - decided[0].length) : undefined
        // ("a signal to Washington, which has refused to negotiate": a relative clause's verb is done by the name before it)
        const antecedent = RELATIVE_VERB.test(text.slice(cs, trig.at)) ? actors.find((a) => a.end - s.start === text.lastIndexOf(",", cs) && text[cs - 1] === ",") : undefined
        // ("Iran now faced the toughest sanctions": who faces or suffers an act does not do it)
        const suffered = SUFFERED_BEFORE.test(text.slice(Math.max(0, trig.at - 60), trig.at))
        // ("demanded that the United States and Britain halt their attack on Iraq": a noun after "their" or "its" is done by the
        // subject right before its verb; not "China demanded ... a sale to Taiwan, and repeated its threat")
        const owner = POSSESSIVE_PRONOUN_BEFORE.test(text.slice(Math.max(0, trig.at - 30), trig.at))
          ? actors.findLast((a) => a.end - s.start <= trig.at && OWNER_VERB_BETWEEN.test(text.slice(a.end - s.start, trig.at)))
          : undefined
        actorsOf = saidAnd ? [speaker.who] : decider ? [decider] : pair ? [pair] : agent ? [agent] : passiveAgent ? [passiveAgent] : isPassive || suffered ? [] // "UN monitors were fired on": the patient does not act
          : antecedent ? [antecedent] : owner ? [owner]
          : nextSubject ? [nextSubject] : nominal ? [] : joinedVerb ? lastActors : priorSubject.length ? priorSubject : subjectBefore(text, s, trig.at, actors, previous, true).filter(near)
        // ("Gates added, and said he had accepted Putin's invitation": "he" after the speaker's own verb is the speaker)
        if (!actorsOf.length && speaker && speaker.at >= 0 && speaker.at < cs && SAID_PRONOUN.test(text.slice(cs, trig.at))) actorsOf = [speaker.who]
        // ("'If Washington resumes testing, we will respond in kind,' Ryabkov said": "we" in a quotation is the speaker's side)
        if (!actorsOf.length && speaker && WE_BEFORE.test(text.slice(cs, trig.at))) actorsOf = [speaker.who]
        // ("We urge Washington to stop ..." in an op-ed by officials: "we" outside a quotation is the byline's authors)
        if (!speaker && (article.authors?.length ?? 0) > 0 && WE_OPENS.test(text.slice(cs, trig.at))) actorsOf = [...article.authors!]
        // ("The speech, which ran for well over an hour, also blamed Washington": what the speech does, its speaker does)
        if (!actorsOf.length && lastSpeaker && SPOKEN_SUBJECT.test(text.slice(0, trig.at))) actorsOf = [lastSpeaker]
        // "Washington's plan ... threatens": a possessive names whose thing it is, not who acts; unless the thing is
        // someone who acts for it ("Russia's top general warned").
        // "NATO's summit", "Bush's visit to Beijing", "Russia's deal with Iran": whose meeting or deal it is, takes part in it.
        actorsOf = actorsOf.filter((a) => a === decider || !/^['\u2019]s\s/.test(article.text.slice(a.end, a.end + 3)) || AGENT_POSSESSED.test(article.text.slice(a.end, a.end + 60)) ||
          (SYMMETRIC.has(trig.type) && /^['\u2019]s\s+(?:[\p{Ll}-]+\s+)?$/u.test(article.text.slice(a.end, s.start + trig.at))))
      }
      // ("speaker+doer" rows: the doer is the subject right before the trigger, or before a speaker's aside: "The United States, he added, must stop")
      if (!actorsOf.length || (trig.needsDoer && !(doer && /^["\u201d]?\s*(?:,[^,;:]{0,40},\s*)?$/.test(text.slice(doer.end - s.start, trig.at))))) continue
      const refs = actorsOf.flatMap(refsOf)
      // The target: an actor right after the trigger, or after a preposition ("visit to China", "told Gates", "offered to the Russians");
      // not one of what was said ("warned that Moscow could").
      // (from the trigger's first word: "attacked US plans", "pressed Iran to")
      const head = trig.at + /^\S+/.exec(trig.word)![0].length
      // (but "demanded that the United States revoke", "demanded on Thursday that the United States halt", "warned that Washington would suffer": who is asked or threatened)
      const codes = new Set(actorsOf.flatMap(refsOf).map((r) => r.code))
      // (and whose calls or plans are rejected: "rejecting repeated calls by Donald Trump")
      const ownedBy = (gap: string) => OWNED_TARGET.has(trig.type) && CALLS_BY.test(gap)
      const addressed = (a: ActorMention) => ADDRESSED.has(trig.type) && /^\s+(?:(?:on|last|this|earlier|late)\s+\w+\s+)?that\s+(?:the\s+)?$/i.test(text.slice(trig.end, a.start - s.start)) && !refsOf(a).some((r) => codes.has(r.code))
      // ("called new sanctions against Iran ... unacceptable": a verdict's target is whose the thing judged is)
      // (the issues just after an act against a thing, found once: for a verdict's target and for the owner of what is rejected)
      const issuesAfter = once(() => issuesIn(text.slice(trig.end, Math.min(ce, trig.end + 40)), s.start + trig.end))
      // (the acts told so far with this sentence's found before it: whose "the move", "the visit" or "it" is)
      const toldNow = once(() => [...told, ...found])
      const judged = trig.type === "ACCUSE" && /^call/i.test(trig.word) && issuesAfter().length > 0
      const targetMention = trig.bySpeaker ? doer : judged ? undefined : actors.find((a) => !actorsOf.includes(a) && a.start - s.start >= head && a.start - s.start <= ce && (a.start - s.start <= trig.end + 50 ||
        (a.start - s.start <= trig.end + 100 && trig.type !== "STATEMENT" && FAR_PARTNER.test(text.slice(trig.end, a.start - s.start)))) &&
        (!/\b(?:by|of)\s+$/i.test(text.slice(head, a.start - s.start)) || ownedBy(text.slice(trig.end, a.start - s.start)) || LEADERS_OF.test(text.slice(trig.end, a.start - s.start))) && (!/\bthat\b/i.test(text.slice(head, a.start - s.start)) || addressed(a)) &&
        // ("a violation of Ukraine's sovereignty": whose sovereignty or airspace was violated is no one accused)
        !(trig.type === "ACCUSE" && VIOLATED_AFTER.test(article.text.slice(a.end, a.end + 40))) &&
        // ("imposed sanctions on Xinjiang officials in what Washington called a coordinated action": the subject of a verb after it is no target)
        !SUBJECT_OF_NEXT.test(article.text.slice(a.end, a.end + 30)))
      // (what the speaker says is done, is said on the day of the saying)
      // (and a threat the speaker's side makes in what is said: "China will take necessary measures," Geng said on Tuesday)
      // (and what the speaker did next, joined to the saying: "told a briefing on Thursday that ..., and urged Washington")
      // (and what the speaker's side says it did, with no date of its own: "On Friday, China's air force said it had scrambled jets")
      const ownSide = speaker !== null && actorsOf.some((a) => a.code !== null && a.code === speaker.who.code)
      // (the trigger's own date, read once: for that check, and as the date of an act no other date is found for)
      const ownDated = once(() => dateAt(text, s, trig.at, ctx))
      const selfReported = ownSide && speaker!.at >= 0 && speaker!.at < trig.at && trig.type !== "STATEMENT" && ownDated().dateBasis !== "text"
      const spokenAt = speaker && speaker.at >= 0 && (trig.bySpeaker || (trig.type === "THREATEN" && ownSide) || selfReported ||
        (continuesLast && lastDated === null && actorsOf.includes(speaker.who))) ? speaker.at : -1
      const sharesDate = continuesLast && lastDated !== null && lastDated.date !== null && trig.type !== "STATEMENT"
      const dated: DatedMatch = sharesDate ? lastDated! : participleDated && trig.type !== "STATEMENT" ? participleDated : spokenAt >= 0 ? dateAt(text, s, spokenAt, ctx, true)
        : fronted || trig.type === "STATEMENT" || trig.bySpeaker ? dateAt(text, s, fronted ? ce + 1 : trig.at, ctx, !fronted) : ownDated()
      const clause = text.slice(cs, trig.end)
      const status: EventMatch["status"] = FUTURE.test(clause) || FUTURE.test(text.slice(Math.max(0, trig.at - 40), trig.at))
        ? "planned"
        : (/\bif\b/i.test(text.slice(0, trig.at)) && HYPOTHETICAL.test(clause)) || /\b(?:may|might|could|would)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(0, trig.at - 40), trig.at)) || /\?\s*["\u201d]?$/.test(text)
          ? "hypothetical" : "reported"
      const place = allMatches(LOCATION, text).map((m) => m[1]!).find((p) => !/^(?:The|A|An)$/.test(p)) ?? article.dateline
      // "rejected the resolution", "condemned the missile shield": with no actor named, whose the thing rejected is.
      const owned = !targetMention && OWNED_TARGET.has(trig.type)
        ? issuesAfter().find((h) => /^\s*(?:\S+\s+){0,3}$/.test(article.text.slice(s.start + trig.end, h.start)))
        : undefined
      // ("rejected the resolution": the last resolution the article named before)
      const anaphor = !targetMention && !owned && OWNED_TARGET.has(trig.type) ? ANAPHOR_OBJECT.exec(text.slice(trig.end)) : null
      const stem = stemOf(anaphor?.[1])
      // ("the decision was unfair," the ministry said: the act's subject before a speaker's verdict)
      const actNoun = anaphor ? anaphor : trig.bySpeaker && !doer ? ACT_SUBJECT.exec(text.slice(cs, trig.at))
        : !targetMention && !owned && OWNED_TARGET.has(trig.type) ? ACT_NOUN.exec(text.slice(trig.end)) : null
      const ownerRef0 = owned ? refOfCode(ownerOf(text, s, owned, actors) ?? "")
        : actNoun && ACT_NOUN.test(actNoun[0]) ? actOwner(ACT_NOUN.exec(actNoun[0])![0], toldNow(), refs)
        : stem ? refOfCode(namedWith(bodyIssues().filter((h) => h.end <= s.start + trig.at), stem)?.owner ?? "")
        // ("Merkel called it 'absolutely unacceptable'": with no issue named before it, "it" is the move just told)
        : anaphor && !anaphor[1] && !bodyIssues().some((h) => h.end <= s.start + trig.at && h.start >= sentencesBack(ANAPHORA_REACH)) ? lastMoveBy(toldNow(), refs) : null
      // ("called the announcement 'a destabilizing attempt'", "condemned the recognition": whose words or act are judged)
      // (and a speaker's verdict on words said, with no one named doing it: "told reporters that claims ... were 'hypocrisy'")
      // ("There is no possible justification for this extreme military response," Blinken said: the move just told)
      const deicticVerdict = trig.bySpeaker && !doer && !ownerRef0 && DEICTIC_OBJECT.test(text.slice(trig.end)) ? lastMoveBy(toldNow(), refs) : null
      const judgedNoun = targetMention || ownerRef0 || deicticVerdict || !OWNED_TARGET.has(trig.type) ? null
        : trig.bySpeaker ? (speaker && speaker.at >= 0 && speaker.at < trig.at ? WORDS_JUDGED.exec(text.slice(speaker.at, trig.at)) : null) ??
          // ("said on Tuesday night that the visit 'seriously violates ...'": an act told before, the subject of the verdict)
          (!doer ? DONE_SUBJECT.exec(text.slice(cs, trig.at)) : null)
        : JUDGED_OBJECT.exec(text.slice(trig.end))
      const judgedBy = judgedNoun?.groups!.owner ? refOfCode(countryOf(judgedNoun.groups.owner) ?? "") : null
      const ownerRef = ownerRef0 ?? deicticVerdict ?? judgedBy ?? (judgedNoun ? judgedOwner(judgedNoun.groups!.noun!, article, s.start, mentions, toldNow(), refs) : null)
      // ("told Antony Blinken in a phone call": who was called is the object before the phrase)
      // ("Kaczynski's office said Mr Obama had assured him in a telephone call": "him", the person named before the subject)
      // ("told Wang Yi, China's top foreign policy official, in a phone call": past a title set off by commas)
      const calledFrom = trig.type === "CONSULT" && /^\s*$/.test(text.slice(cs, trig.at)) ? clauseBeforeTitle(text, cs) : cs
      const calledBefore = !targetMention && trig.type === "CONSULT" && /^in\b/i.test(trig.word)
        ? actors.findLast((a) => !actorsOf.includes(a) && a.start - s.start >= calledFrom && a.end - s.start <= trig.at && OBJECT_BEFORE.test(text.slice(calledFrom, a.start - s.start))) ??
          (/\b(?:him|her)\s+$/i.test(text.slice(0, trig.at)) ? actors.find((a) => a.kind === "person" && !actorsOf.includes(a) && actorsOf.every((b) => a.end <= b.start)) : undefined)
        : undefined
      // ("Fischer said on Thursday that Obama had telephoned him": "him" right after the act, in what a person says, is that person)
      const toSpeaker = !targetMention && speaker && speaker.who.kind === "person" && speaker.at >= 0 && speaker.at < trig.at && !actorsOf.includes(speaker.who) &&
        /^\s+(?:him|her)\b/i.test(text.slice(trig.end)) ? speaker.who : undefined
      // ("Bush, who stopped in Kiev on his way to Romania", "an unannounced visit to Kyiv": whom a stop or a visit in a capital visits)
      const stoppedIn = trig.type !== "CONSULT" ? null : /\bin$/i.test(trig.word) ? PLACE_NEXT.exec(text.slice(trig.end))
        : !targetMention && VISIT.test(trig.word) ? VISIT_TO.exec(text.slice(trig.end)) : null
      const visitedRef = stoppedIn ? refOfCode(countryOfPlace(stoppedIn[1]!) ?? "") : null
      // ("imposing sanctions on five Russian banks", "suspended all ... cooperation with Russia": whose people or ties the measure hits)
      // (or whose goods a ban on imports names: "banned imports of poultry, beef, ... from the United States")
      const hit = !targetMention && !ownerRef && trig.type === "SANCTION" ? SANCTIONED.exec(text.slice(trig.end, ce)) ?? IMPORTS_FROM.exec(text.slice(trig.end)) : null
      // ("shot down a suspected Chinese spy balloon", "expelled two Russian diplomats": whose thing or people the act hits)
      // (not whose airspace or territory was violated: "violated Turkish airspace")
      const struck0 = !targetMention && !ownerRef && !hit && STRUCK.has(trig.type) ? OBJECT_NATIONALITY.exec(text.slice(trig.end, ce)) : null
      const struck = struck0 && !VIOLATED_NOUN.test(text.slice(trig.end + struck0[0].length - 1, ce)) ? struck0 : null
      // (or the region they belong to: "sanctions on Xinjiang officials")
      const hitRef = hit ? refOfCode(countryOf(hit[1]!) ?? countryOfPlace(hit[1]!) ?? "") : struck ? refOfCode(countryOf(struck[1]!) ?? "") : null
      // ("Seoul asked Beijing to redraw the zone. Chinese officials refused.": a refusal with no object turns down the last request made of its actor)
      // (or a request or an offer named as its object: "Moscow formally rejected earlier this month a request for Mr Lugovoi")
      const turnedDown = (!targetMention || targetMention.code === null) && !ownerRef && trig.type === "REJECT" && (/^\s*(?:[,.;:]|and\b|$)/.test(text.slice(trig.end)) || ASKED_OBJECT.test(text.slice(trig.end)))
        ? asks.findLast((e) => e.target?.code && refs.some((r) => r.code === e.target!.code))?.actor ?? null
        : null
      // ("as the Ukrainian boats turned back, Russian vessels opened fire, disabling them": an attack on "them" is on the other side named before)
      const struckPronoun = !targetMention && !ownerRef && !hitRef && (trig.type === "ASSAULT" || trig.type === "COERCE") && PRONOUN_OBJECT.test(text.slice(trig.end))
        ? actors.findLast((a) => a.end - s.start <= trig.at && !actorsOf.includes(a) && a.code !== null && !codes.has(a.code) && !refsOf(a).some((r) => codes.has(r.code)))
        : undefined
      // ("reiterated its full support for the independence, sovereignty and territorial integrity of Ukraine": whose sovereignty is backed)
      const backedSovereign = !targetMention && !ownerRef && trig.type === "SUPPORT"
        ? actors.find((a) => a.start - s.start > trig.end && a.start - s.start - trig.end <= 120 && SOVEREIGN_OF.test(text.slice(trig.end, a.start - s.start)) && !refsOf(a).some((r) => codes.has(r.code)))
        : undefined
      // ("If Washington resumes testing, we will respond in kind": a threat is against whoever its condition names)
      const conditional = !targetMention && !ownerRef && !hitRef && trig.type === "THREATEN" ? conditionOn(text, s, trig.at, actors, codes) : null
      const mentioned = targetMention && !visitedRef && !(turnedDown && targetMention.code === null) ? refsOf(targetMention) : visitedRef ? [visitedRef] : calledBefore ? refsOf(calledBefore) : toSpeaker ? refsOf(toSpeaker) : ownerRef ? [ownerRef] : hitRef ? [hitRef] : turnedDown ? [turnedDown]
        : conditional ? [conditional] : struckPronoun ? refsOf(struckPronoun) : backedSovereign ? refsOf(backedSovereign) : []
      for (const ref of refs) {
        // Joint actors of a meeting or an agreement are each other's targets.
        // (never the actor itself: "Bush announced that the United States is withdrawing" has no target)
        const targets = (refs.length === 2 && SYMMETRIC.has(trig.type) ? refs.filter((r) => r.key !== ref.key) : mentioned)
          .filter((t) => t.key !== ref.key && (t.code === null || t.code !== ref.code))
        if (!ref.code) continue
        // (an act done to its own actor is rather a misread actor: "Russia annexed Crimea, and the West has imposed sanctions on Moscow")
        if (trig.type !== "STATEMENT" && targets.length === 0 && mentioned.some((t) => t.code === ref.code)) continue
        for (const target of targets.length ? targets : [null]) {
          foundAt.push(trig.at)
          found.push({
            evidence: s, eventType: trig.type, actor: ref, actorName: ref.name, target, targetName: target?.name ?? null,
            location: place ?? null, status, trigger: trig.word, rule: `event.${trig.type.toLowerCase()}`, ...dated,
          })
        }
      }
      subjects.push(...actorsOf)
      lastActors = actorsOf
      lastAt = trig.at
      if (trig.type !== "STATEMENT") lastDated = dated
    }
    // "called the sanctions 'unfounded' and said an appropriate response would follow": an act against no one named
    // shares the target of the same actor's act against someone in the sentence.
    // (neither of them in a relative clause: "vetoed a resolution that threatened Syria")
    const main = found.map((_, i) => !RELATIVE_BEFORE.test(text.slice(Math.max(0, foundAt[i]! - 30), foundAt[i])))
    for (const [i, e] of found.entries()) {
      if (e.target || !HOSTILE.has(e.eventType) || !main[i]) continue
      // (of another type: one of its own type says it already)
      const sibling = found.find((o, j) => o.target && main[j] && o.actor?.key === e.actor?.key && o.eventType !== e.eventType && HOSTILE.has(o.eventType))
      if (sibling) found[i] = { ...e, target: sibling.target, targetName: sibling.targetName }
    }
    // "Canada expels four Russian diplomats. Ukraine is expelling 13.": a measure against no one named, told right
    // after another side's like measure, hits the same side.
    const recentFrom = sentencesBack(PARALLEL_REACH)
    for (const [i, e] of found.entries()) {
      if (e.target || e.eventType !== "SANCTION" || !main[i]) continue
      const like = told.findLast((o) => o.eventType === "SANCTION" && o.evidence.start >= recentFrom && o.target?.code && o.actor?.code !== e.actor?.code && o.target.code !== e.actor?.code)
      if (like) found[i] = { ...e, target: like.target, targetName: like.targetName }
    }
    asks.push(...found.filter((e) => e.eventType === "REQUEST" || e.eventType === "PROPOSE"))
    told.push(...found)
    if (speaker) lastSpeaker = speaker.who
    // A statement by an actor who also did something in the sentence adds nothing.
    // (nor one by a speaker whose own side did something there: "Bush announced that the United States is withdrawing")
    const acting = new Set(found.filter((e) => e.eventType !== "STATEMENT").flatMap((e) => [e.actor?.key, e.actor?.code]))
    const rows = found.filter((e) => e.eventType !== "STATEMENT" || !(acting.has(e.actor?.key) || (e.actor?.code && acting.has(e.actor.code))))
    // (of two rows of one actor, type and target, the one dated by its own words: "agreed to sign the deal on Tuesday")
    const byDate = [...rows.filter((e) => e.dateBasis === "text"), ...rows.filter((e) => e.dateBasis !== "text")]
    return { rows: dedupe(byDate, (e) => `${e.actor?.key}|${e.eventType}|${e.target?.key}`), subjects }
  })
}
