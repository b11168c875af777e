/**
 * Actors: who the body sentences name, coded from the gazetteer (gazetteer/:
 * countries with their names, adjectives and seats of government,
 * organisations, office-holders with tenures), with each person's office
 * resolved at the article's date; and the date checks that tenures allow.
 *
 * Recognition, in order of precedence where mentions overlap:
 *   title + name     "Russian Defense Minister, Anatoly Serdyukov", "Lt. General Viktor Poznikhir"
 *   full name        "Vladimir Putin", "Kim Jong-il"
 *   joint            "Russia and China", "Beijing and Moscow"
 *   group            "U.S. officials", "Russian military experts", "a senior administration official"
 *   organisation     "NATO", "the Shanghai Corporation Organization"
 *   country          "Russia", "the Russians"; seats of government as metonyms: "the Kremlin", "Tehran"
 *   surname          "Putin", or "Gates" after "Robert Gates"
 *   plural anaphora  "the two leaders", "both men", "the two" -> the last two actors named
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parse } from "csv-parse/sync"
import type { ActorMention, ActorRef, Article, DateCheck, Span } from "./annotations.ts"

// ---------------------------------------------------------------- the gazetteer

const gazetteerPath = (name: string) => fileURLToPath(new URL(`../gazetteer/${name}`, import.meta.url))
const readCsv = (name: string) => parse(readFileSync(gazetteerPath(name)), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>
const list = (s: string | undefined) => (s ?? "").split(";").map((x) => x.trim()).filter(Boolean)

export interface Country { readonly code: string; readonly name: string; readonly aliases: string[]; readonly adjectives: string[]; readonly metonyms: string[] }
export interface Organisation { readonly code: string; readonly name: string; readonly aliases: string[] }
export interface Tenure { readonly person: string; readonly aliases: string[]; readonly office: string; readonly code: string; readonly start: string; readonly end: string | null }

export const COUNTRIES: ReadonlyArray<Country> = readCsv("countries.csv").map((r) => ({
  code: r.code!, name: r.name!, aliases: list(r.aliases), adjectives: list(r.adjectives), metonyms: list(r.metonyms),
}))
export const ORGANISATIONS: ReadonlyArray<Organisation> = readCsv("organisations.csv").map((r) => ({ code: r.code!, name: r.name!, aliases: list(r.aliases) }))
export const TENURES: ReadonlyArray<Tenure> = readCsv("offices.csv").map((r) => ({
  person: r.person!, aliases: list(r.aliases), office: r.office!, code: r.code!, start: r.start!, end: r.end || null,
}))
const OFFICE_CLASS: ReadonlyMap<string, string> = new Map(readCsv("titles.csv").map((r) => [r.title!.toLowerCase(), r.office_class!]))
const AMBIGUOUS: ReadonlySet<string> = new Set(readFileSync(gazetteerPath("ambiguous-names.txt"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")))

const slug = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const countryByCode = new Map(COUNTRIES.map((c) => [c.code, c]))
const orgByCode = new Map(ORGANISATIONS.map((o) => [o.code, o]))
const tenuresOf = new Map<string, Tenure[]>()
for (const t of TENURES) tenuresOf.set(t.person, [...(tenuresOf.get(t.person) ?? []), t])

/** What a tenure covers: [start, end), end open when the holder is still in office. */
const holds = (t: Tenure, date: string) => t.start <= date && (t.end === null || date < t.end)

/** A person's office at a date ("president"), or null when the gazetteer records none then. */
export const roleOn = (person: string, date: string | null): string | null => {
  if (!date) return null
  return tenuresOf.get(person)?.find((t) => holds(t, date))?.office ?? null
}

export const countryRef = (code: string): ActorRef => {
  const c = countryByCode.get(code)
  return { key: `country:${code}`, name: c?.name ?? code, code, kind: "country", role: null }
}
const orgRef = (code: string): ActorRef => ({ key: `organisation:${code}`, name: orgByCode.get(code)?.name ?? code, code, kind: "organisation", role: null })
const personRef = (name: string, code: string | null, role: string | null): ActorRef => ({
  key: `person:${slug(name)}`, name, code, kind: "person", role,
})

/** The people a name may stand for: full names and aliases, several when ambiguous ("Bush"). */
const peopleByName = new Map<string, string[]>()
for (const t of TENURES) {
  for (const n of [t.person, ...t.aliases]) {
    const k = n.toLowerCase()
    if (!peopleByName.get(k)?.includes(t.person)) peopleByName.set(k, [...(peopleByName.get(k) ?? []), t.person])
  }
}

/**
 * The person a name stands for at a date: among those who held the office a
 * title names (if any did), the one in office then, else the one whose tenure
 * is nearest.
 */
const resolvePerson = (name: string, date: string | null, cls: string | null = null): string | null => {
  const all = peopleByName.get(name.toLowerCase())
  const fitting = cls ? all?.filter((p) => tenuresOf.get(p)!.some((t) => officeClass(t.office) === cls)) : all
  const candidates = fitting?.length ? fitting : all
  if (!candidates || candidates.length === 0) return null
  if (candidates.length === 1 || !date) return candidates[0]!
  const inOffice = candidates.find((p) => tenuresOf.get(p)!.some((t) => holds(t, date)))
  if (inOffice) return inOffice
  const distance = (p: string) => Math.min(...tenuresOf.get(p)!.map((t) => (date < t.start ? Date.parse(t.start) - Date.parse(date) : t.end && date >= t.end ? Date.parse(date) - Date.parse(t.end) : 0)))
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0]!
}

const homeOf = (person: string) => tenuresOf.get(person)?.[0]?.code ?? null

// ---------------------------------------------------------------- matchers

/** Longest first, so that "South Korea" wins over "Korea" and "Soviet Union" over "Soviet". */
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|")

const COUNTRY_NAME = new Map<string, string>()
const COUNTRY_ADJ = new Map<string, string>()
const METONYM = new Map<string, string>()
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) COUNTRY_NAME.set(n.toLowerCase(), c.code)
  for (const a of c.adjectives) COUNTRY_ADJ.set(a.toLowerCase(), c.code)
  for (const m of c.metonyms) METONYM.set(m.toLowerCase(), c.code)
}
const ORG_NAME = new Map<string, string>()
for (const o of ORGANISATIONS) for (const n of [o.name, ...o.aliases]) ORG_NAME.set(n.toLowerCase(), o.code)

/** A capitalised word of a name ("Zemin", "al-Assad", "O'Donnell") or an initial ("H."). */
const NAME_TOKEN = "[\\p{Lu}](?:[\\p{L}'\u2019-]*[\\p{L}]|\\.)?"
const ADJ = `(?:${alternation(COUNTRIES.flatMap((c) => c.adjectives))})`
/** A phrase whose words may start with either case ("Foreign Minister", "foreign minister"), the rest as written. */
const eitherCase = (phrase: string) => phrase.replace(/(^|[\s(|:])([a-z])/g, (_, pre: string, c: string) => `${pre}[${c.toUpperCase()}${c}]`)
const TITLES = eitherCase("(?:(?:acting|deputy|vice|first deputy|former|ex-|then-|late|outgoing|incoming|interim)\\s+)?(?:president|prime minister|premier|chancellor|king|supreme leader|foreign minister|foreign secretary|secretary of state|defen[cs]e minister|defen[cs]e secretary|secretary[- ]general|high representative|envoy(?: to [\\p{Lu}][\\p{L}]+)?|ambassador(?: to [\\p{Lu}][\\p{L}]+)?|minister(?: of [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?)?|spokesman|spokeswoman|spokesperson|senator|sen\\.|general|gen\\.|lt\\. general|lieutenant general|major general|maj\\. gen\\.|colonel|col\\.|admiral|adm\\.|ayatollah|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)")
const GROUP_NOUNS = "(?:officials?|leaders?|government|authorities|military(?: experts| officials| leaders| sources)?|forces|troops|army|navy|diplomats?|experts|analysts|ministry|side|delegation|negotiators|lawmakers|legislators|parliament|media|sources|generals|commanders)"

interface Found extends Span {
  readonly ref: ActorRef
  readonly members: ActorRef[]
  readonly rule: string
  /** A title that names a current office ("President Clinton"), for the date checks. */
  readonly office: { readonly title: string; readonly current: boolean } | null
}

const re = (source: string, flags = "gu") => new RegExp(source, flags)

const TITLE_NAME = re(`(?:(?<adj>${ADJ}|U\\.S\\.|US)\\s+)?(?<title>${TITLES})(?:,)?\\s+(?<name>${NAME_TOKEN}(?:\\s+(?:al-|bin |de |van |von )?${NAME_TOKEN}){0,3})`, "gu")
const GROUP = re(`(?:(?:a|an|the|some|several|two|three|many)\\s+)?(?:(?:senior|top|other|local|visiting|government|state|military|defen[cs]e|foreign)\\s+)*(?<adj>${ADJ}|U\\.S\\.|US|administration|Western|Arab)(?:\\s+and\\s+(?<adj2>${ADJ}|U\\.S\\.|US))?\\s+(?:(?:senior|top|defen[cs]e|foreign|government|state|security|nuclear)\\s+)*(?<noun>${GROUP_NOUNS})\\b`, "gu")
const PLURAL = /\b(?:the two (?:leaders|men|countries|nations|sides|presidents|governments|powers|giants|neighbou?rs)|both (?:men|leaders|countries|nations|sides)|the two)\b/gi

/** Whole-word matches of a map's keys, case-sensitive for names (so "may" the verb is not "May"). */
const keyMatcher = (keys: Iterable<string>) => re(`(?<![\\p{L}\\p{N}])(?:${alternation(keys)})(?![\\p{L}\\p{N}])`, "giu")
const COUNTRY_RE = keyMatcher(COUNTRY_NAME.keys())
const ORG_RE = keyMatcher(ORG_NAME.keys())
const METONYM_RE = keyMatcher(METONYM.keys())
const DEMONYM_RE = re(`(?<![\\p{L}])(?:the\\s+)?(${alternation(COUNTRIES.flatMap((c) => c.adjectives).filter((a) => /s$/.test(a) && a !== "US"))})(?![\\p{L}])`, "gu")
const PERSON_RE = keyMatcher([...peopleByName.keys()].filter((n) => n.includes(" ") || n.includes("-")))
const SURNAME_RE = keyMatcher([...peopleByName.keys()].filter((n) => !n.includes(" ") && !n.includes("-")))

/** A match must be written as a name: capitalised (or an all-capitals acronym). */
const capitalised = (s: string) => /^(?:the\s+)?[\p{Lu}]/u.test(s)

const countryOf = (adj: string | undefined): string | null => {
  if (!adj) return null
  const a = adj.toLowerCase()
  if (a === "u.s." || a === "us") return "USA"
  if (a === "administration") return "USA"
  return COUNTRY_ADJ.get(a) ?? null
}

/** Titles that say how to address a person, not what office they hold. */
const HONORIFIC = /^(?:mr|mrs|ms|dr)\.?$/i

const officeClass = (title: string) => OFFICE_CLASS.get(title.toLowerCase().replace(/^(acting|outgoing|incoming|interim)\s+/, "")) ?? null

// ---------------------------------------------------------------- recognition

/** The actors one sentence names, before overlaps are resolved. */
const inSentence = (text: string, offset: number, date: string | null, seen: Map<string, ActorRef>): Found[] => {
  const found: Found[] = []
  const push = (start: number, end: number, ref: ActorRef, rule: string, members: ActorRef[] = [], office: Found["office"] = null) =>
    found.push({ start: offset + start, end: offset + end, ref, members, rule, office })

  for (const m of text.matchAll(TITLE_NAME)) {
    const g = m.groups!
    if (!capitalised(g.name!) || /^(Of|The|And|Said|Says|On|In)$/.test(g.name!.split(/\s+/)[0]!)) continue
    if (!/^[\p{Lu}]/u.test(g.title!) && !g.adj) continue // "the president Smith" is rare; "president" lower-case needs an adjective
    // Trim trailing words that are not part of the name ("Putin Monday").
    const tokens = g.name!.split(/\s+/)
    while (tokens.length > 1 && /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At|Said|Told|And)$/.test(tokens.at(-1)!)) tokens.pop()
    const name = tokens.join(" ")
    const title = g.title!.toLowerCase()
    const cls = officeClass(g.title!.replace(/^(former|ex-|then-|late)\s+/i, ""))
    const person = resolvePerson(name, date, cls) ?? resolvePerson(tokens.at(-1)!, date, cls)
    const code = countryOf(g.adj) ?? (person ? homeOf(person) : null)
    const role = HONORIFIC.test(title) ? null : title.replace(/^(former|ex-|then-|late)\s+/, "")
    const ref = person ? personRef(person, homeOf(person), roleOn(person, date) ?? role) : personRef(name, code, role)
    const end = (m.index ?? 0) + m[0].length - (g.name!.length - name.length)
    const current = !/^(former|ex-|then-|late)\b/.test(title) && !/\b(former|late|then|ex-)\s*$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))
    push(m.index!, end, ref, person ? "title+name" : "title+unknown-name", [], officeClass(title) ? { title, current } : null)
    seen.set(name.toLowerCase(), ref)
    seen.set(tokens.at(-1)!.toLowerCase(), ref)
  }
  for (const m of text.matchAll(PERSON_RE)) {
    if (!capitalised(m[0])) continue
    const person = resolvePerson(m[0], date)!
    const ref = personRef(person, homeOf(person), roleOn(person, date))
    push(m.index!, m.index! + m[0].length, ref, "full-name")
    seen.set(person.split(" ").at(-1)!.toLowerCase(), ref)
  }
  for (const m of text.matchAll(GROUP)) {
    const code = countryOf(m.groups!.adj)
    if (!code) continue
    const noun = m.groups!.noun!.toLowerCase()
    const group = (adj: string, c: string): ActorRef => ({ key: `group:${c}:${noun.replace(/s$/, "")}`, name: `${adj.replace(/^US$/, "U.S.")} ${noun}`, code: c, kind: "group", role: null })
    const code2 = countryOf(m.groups!.adj2)
    if (code2 && code2 !== code) {
      // "Russian and Chinese military leaders": one joint mention of two groups.
      const members = [group(m.groups!.adj!, code), group(m.groups!.adj2!, code2)]
      push(m.index!, m.index! + m[0].length, jointRef(members), "joint-group", members)
    } else push(m.index!, m.index! + m[0].length, group(m.groups!.adj!, code), "group")
  }
  for (const m of text.matchAll(ORG_RE)) {
    if (!capitalised(m[0])) continue
    push(m.index!, m.index! + m[0].length, orgRef(ORG_NAME.get(m[0].toLowerCase())!), "organisation")
  }
  for (const m of text.matchAll(COUNTRY_RE)) {
    const w = m[0]
    if (!capitalised(w) || (w === "US" && /^\s*\$/.test(text.slice(m.index! + 2)))) continue
    push(m.index!, m.index! + w.length, countryRef(COUNTRY_NAME.get(w.toLowerCase())!), "country")
  }
  for (const m of text.matchAll(METONYM_RE)) {
    if (!capitalised(m[0])) continue
    push(m.index!, m.index! + m[0].length, countryRef(METONYM.get(m[0].toLowerCase())!), "metonym")
  }
  for (const m of text.matchAll(DEMONYM_RE)) {
    const code = COUNTRY_ADJ.get(m[1]!.toLowerCase())
    if (code) push(m.index!, m.index! + m[0].length, countryRef(code), "demonym")
  }
  for (const m of text.matchAll(SURNAME_RE)) {
    const w = m[0]
    if (!/^[\p{Lu}]/u.test(w)) continue
    const known = seen.get(w.toLowerCase())
    if (known) push(m.index!, m.index! + w.length, known, "surname")
    else if (!AMBIGUOUS.has(w)) {
      const person = resolvePerson(w, date)!
      push(m.index!, m.index! + w.length, personRef(person, homeOf(person), roleOn(person, date)), "surname")
    }
  }
  return found
}

/** Where mentions overlap, the longest wins; "Russia and China" then becomes one joint mention. */
const resolveOverlaps = (found: Found[]): Found[] => {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Found[] = []
  for (const f of sorted) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f)
  return kept.sort((a, b) => a.start - b.start)
}

const JOINER = /^\s*(?:,\s*|\s+)?(?:and|&)\s+$|^\s*,\s*$/

/** "Russia and China": adjacent country or organisation mentions joined by "and" become one joint mention. */
const joinPairs = (text: string, list: Found[]): Found[] => {
  const out: Found[] = []
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!
    const b = list[i + 1]
    const gap = b ? text.slice(a.end, b.start) : ""
    if (b && /^\s+and\s+$/.test(gap) && a.ref.kind === b.ref.kind && (a.ref.kind === "country" || a.ref.kind === "person") && a.ref.key !== b.ref.key && JOINER.test(gap)) {
      out.push({ start: a.start, end: b.end, ref: jointRef([a.ref, b.ref]), members: [a.ref, b.ref], rule: "joint", office: null })
      out.push({ ...a, rule: `${a.rule}:in-joint` }, { ...b, rule: `${b.rule}:in-joint` })
      i++
    } else out.push(a)
  }
  return out
}

const jointRef = (members: ActorRef[]): ActorRef => ({
  key: `joint:${members.map((m) => m.key).join("+")}`,
  name: members.map((m) => m.name).join(" and "),
  code: null,
  kind: "group",
  role: null,
})

export const findActors = (article: Article): ActorMention[] => {
  const seen = new Map<string, ActorRef>()
  const out: ActorMention[] = []
  const recent: ActorRef[] = [] // the last distinct countries and people named, for "the two leaders"
  let lastJoint: { members: ActorRef[]; sentence: number } | null = null
  let sentenceNo = -1
  for (const s of article.sentences) {
    sentenceNo++
    const text = article.text.slice(s.start, s.end)
    const mentions = joinPairs(article.text, resolveOverlaps(inSentence(text, s.start, article.published, seen)))
    const anaphora = [...text.matchAll(PLURAL)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, word: m[0].toLowerCase() }))
    const events = [...mentions.map((m) => ({ at: m.start, m })), ...anaphora.map((a) => ({ at: a.start, a }))].sort((x, y) => x.at - y.at)
    for (const e of events) {
      if ("m" in e && e.m) {
        const m = e.m
        if (m.rule.endsWith(":in-joint")) {
          out.push(toMention(article.text, { ...m, rule: m.rule.replace(":in-joint", "") }))
          continue
        }
        out.push(toMention(article.text, m))
        if (m.members.length === 2 && m.rule !== "plural-anaphora") lastJoint = { members: m.members, sentence: sentenceNo }
        for (const ref of m.members.length ? m.members : [m.ref]) {
          if (ref.kind !== "country" && ref.kind !== "person" && ref.kind !== "organisation") continue
          const i = recent.findIndex((r) => r.key === ref.key)
          if (i >= 0) recent.splice(i, 1)
          recent.push(ref)
        }
      } else if ("a" in e && e.a) {
        // "The two" after "Russia and China" are Russia and China; "the two leaders" are the last two people named.
        const wantPeople = /leaders|men|presidents/.test(e.a.word)
        const pool = recent.filter((r) => (wantPeople ? r.kind === "person" : true))
        const joint = lastJoint && lastJoint.sentence >= sentenceNo - 2 && lastJoint.members.every((r) => (wantPeople ? r.kind === "person" : r.kind !== "person")) ? lastJoint.members : null
        const pair = joint ?? (pool.length >= 2 ? pool : recent).slice(-2)
        const members = wantPeople ? pair : pair.map((r) => (r.kind === "person" && r.code ? countryRef(r.code) : r))
        if (members.length === 2 && members[0]!.key !== members[1]!.key) {
          out.push({ start: e.a.start, end: e.a.end, text: article.text.slice(e.a.start, e.a.end), ...jointRef(members), members, rule: "plural-anaphora" })
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

const toMention = (text: string, f: Found): ActorMention => ({
  start: f.start, end: f.end, text: text.slice(f.start, f.end), ...f.ref, members: f.members, rule: f.rule,
  ...(f.office ? { office: f.office } : {}),
})

// ---------------------------------------------------------------- date checks

/**
 * Office-holders named with their title as current ("President Clinton",
 * not "former President Yeltsin") must hold that office on the article's
 * date: a date outside every such tenure is flagged, and the tenures bound
 * the window of dates the article can have.
 */
export const checkDates = (article: Article, mentions: ReadonlyArray<ActorMention>): DateCheck => {
  const flags: string[] = []
  const starts: string[] = []
  const ends: string[] = []
  const done = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== "person" || !m.office?.current || m.rule !== "title+name") continue
    const cls = officeClass(m.office.title)
    const tenures = (tenuresOf.get(m.name) ?? []).filter((t) => officeClass(t.office) === cls)
    if (tenures.length === 0 || done.has(`${m.name}|${cls}`)) continue
    done.add(`${m.name}|${cls}`)
    // The window: a holder with one tenure in that office bounds the date by it.
    if (tenures.length === 1) {
      starts.push(tenures[0]!.start)
      if (tenures[0]!.end) ends.push(tenures[0]!.end)
    }
    const date = article.published
    if (date && !tenures.some((t) => holds(t, date))) {
      const t = tenures.length === 1 ? tenures[0]! : tenures.find((x) => x.end && x.end <= date) ?? tenures[0]!
      const range = date < t.start ? `from ${t.start}` : `until ${t.end}`
      flags.push(`tenure_conflict: ${m.name} ${t.office} of ${t.code} ${range}`)
    }
  }
  const windowStart = starts.sort().at(-1) ?? null
  const windowEnd = ends.sort()[0] ?? null
  const empty = windowStart !== null && windowEnd !== null && windowStart > windowEnd
  return { flags, windowStart: empty ? null : windowStart, windowEnd: empty ? null : windowEnd }
}
