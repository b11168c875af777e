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
 *   members          "the six members of the SCO", "GCC member states" -> the organisation (membersOf() lists its members)
 *
 * Titles may follow a country adjective ("Russian"), a possessive ("Jordan's")
 * or an organisation ("UN envoy", "NATO Secretary General"), which also pick
 * among people of the same name. Guards keep out what is not an actor: a
 * place name glued to another name ("Washington Post", "Michael Jordan",
 * "New Jersey", "Gulf of Mexico"), a seat of government named as the place
 * where something happens ("talks in Moscow"), acronyms not in capitals
 * ("Who"), a surname after another given name ("Jay Carney"), and
 * institutions after a title ("General Assembly", "King Abdullah Park").
 *
 * Exports for the other stages: findActors, checkDates, roleOn(person or
 * ActorRef, date) -> the office held that day or null, tenuresOfPerson(name),
 * membersOf(orgCode, date), countryRef(code), and the gazetteer tables.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parse } from "csv-parse/sync"
import type { ActorMention, ActorRef, Article, DateCheck, Span } from "./annotations.ts"
import { forLastText } from "./memo.ts"
import { phraseFinder } from "./phrases.ts"
import { allMatches } from "./regex.ts"

// ---------------------------------------------------------------- the gazetteer

const gazetteerPath = (name: string) => fileURLToPath(new URL(`../gazetteer/${name}`, import.meta.url))
const readCsv = (name: string) => parse(readFileSync(gazetteerPath(name)), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>
const list = (s: string | undefined) => (s ?? "").split(";").map((x) => x.trim()).filter(Boolean)

export interface Country { readonly code: string; readonly name: string; readonly aliases: string[]; readonly adjectives: string[]; readonly metonyms: string[] }
export interface Membership { readonly code: string; readonly start: string | null; readonly end: string | null }
export interface Organisation { readonly code: string; readonly name: string; readonly aliases: string[]; readonly members: Membership[] }
export interface Tenure { readonly person: string; readonly aliases: string[]; readonly office: string; readonly code: string; readonly start: string; readonly end: string | null }

export const COUNTRIES: ReadonlyArray<Country> = readCsv("countries.csv").map((r) => ({
  code: r.code!, name: r.name!, aliases: list(r.aliases), adjectives: list(r.adjectives), metonyms: list(r.metonyms),
}))
/** "IND@2017-06-09" joined on that day; "RUS@1997-06-20..2014-03-24" was a member in that range; "CHN" a member throughout. */
const membership = (s: string): Membership => {
  const [code, range] = s.split("@") as [string, string | undefined]
  const [start, end] = (range ?? "").split("..")
  return { code, start: start || null, end: end || null }
}
export const ORGANISATIONS: ReadonlyArray<Organisation> = readCsv("organisations.csv").map((r) => ({
  code: r.code!, name: r.name!, aliases: list(r.aliases), members: list(r.members).map(membership),
}))
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
export const roleOn = (person: string | ActorRef, date: string | null): string | null => {
  if (!date) return null
  const name = typeof person === "string" ? person : person.kind === "person" ? person.name : null
  if (name === null) return null
  return tenuresOf.get(name)?.find((t) => holds(t, date))?.office ?? null
}

/** Every tenure of a person ("Vladimir Putin"), in the gazetteer's order; empty for people it does not know. */
export const tenuresOfPerson = (person: string): ReadonlyArray<Tenure> => tenuresOf.get(person) ?? []

export const countryRef = (code: string): ActorRef => {
  const c = countryByCode.get(code)
  return { key: `country:${code}`, name: c?.name ?? code, code, kind: "country", role: null }
}
const orgRef = (code: string): ActorRef => ({ key: `organisation:${code}`, name: orgByCode.get(code)?.name ?? code, code, kind: "organisation", role: null })
/** The country or organisation a code stands for, or null for a code the gazetteer does not have. */
export const refOfCode = (code: string): ActorRef | null => (countryByCode.has(code) ? countryRef(code) : orgByCode.has(code) ? orgRef(code) : null)
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
const resolvePerson = (name: string, date: string | null, cls: string | null = null, code: string | null = null): string | null => {
  const all = peopleByName.get(name.toLowerCase())
  const ofCountry = code ? all?.filter((p) => tenuresOf.get(p)!.some((t) => t.code === code)) : all
  const scoped = ofCountry?.length ? ofCountry : all
  const fitting = cls ? scoped?.filter((p) => tenuresOf.get(p)!.some((t) => officeClass(t.office) === cls)) : scoped
  const candidates = fitting?.length ? fitting : scoped
  if (!candidates || candidates.length === 0) return null
  if (candidates.length === 1 || !date) return candidates[0]!
  const inOffice = candidates.find((p) => tenuresOf.get(p)!.some((t) => holds(t, date)))
  if (inOffice) return inOffice
  const distance = (p: string) => Math.min(...tenuresOf.get(p)!.map((t) => (date < t.start ? Date.parse(t.start) - Date.parse(date) : t.end && date >= t.end ? Date.parse(date) - Date.parse(t.end) : 0)))
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0]!
}

/** Offices whose holders the news names by surname alone without introducing them. */
const LEADER_CLASSES = new Set(["head_of_state", "head_of_government", "secretary_general"])

/**
 * Whether a surname alone, before any full name or title in the article,
 * stands for the person: they hold an office at the article's date, or (with
 * no date, or for a distinctive surname) they led a country or an organisation.
 */
const knownAlone = (person: string, surname: string, date: string | null): boolean => {
  const tenures = tenuresOf.get(person) ?? []
  if (date && tenures.some((t) => holds(t, date))) return true
  const led = tenures.some((t) => LEADER_CLASSES.has(officeClass(t.office) ?? "") && (date === null || t.start <= date))
  return led && (date === null || surname.length >= 6)
}

/** Whom a person acts for at a date: the country or organisation of the office held then ("Mogherini" for the EU in 2019, for Italy in 2014), else of the first office. */
const homeOf = (person: string, date: string | null) => (date ? tenuresOf.get(person)?.find((t) => holds(t, date))?.code : undefined) ?? tenuresOf.get(person)?.[0]?.code ?? null

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

/**
 * Acronyms must be written as the gazetteer writes them: "WHO" is the World
 * Health Organization, "Who" is a pronoun; "AU" is the African Union, "Au" is not.
 */
const ACRONYM = new Map<string, Set<string>>()
const ALL_NAMES = [...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]), ...ORGANISATIONS.flatMap((o) => [o.name, ...o.aliases])]
for (const n of ALL_NAMES) {
  if (/^[\p{Lu}][\p{Lu}.&-]+$/u.test(n) && /[\p{Lu}].*[\p{Lu}]/u.test(n)) ACRONYM.set(n.toLowerCase(), new Set([n]))
}
// (other spellings the gazetteer lists: "Nato" beside "NATO")
for (const n of ALL_NAMES) ACRONYM.get(n.toLowerCase())?.add(n)
const writtenAsListed = (w: string) => {
  const forms = ACRONYM.get(w.toLowerCase())
  return forms === undefined ? /^(?:the\s+)?[\p{Lu}]/u.test(w) : forms.has(w)
}

/** Words that, after a place name, make one institution of it ("US Senate", "Russian Foreign Ministry"), not a new name. */
const INSTITUTION = new Set("President Presidential Prime Premier Foreign Defense Defence Secretary Minister Ministry Senate Senator Congress Congressional Army Navy Naval Air Marine Marines Embassy Ambassador Envoy Department Government Parliament Council Security Special Central Federal State National Military Armed General Lt Major Deputy Vice Supreme Chief Official Officials Forces Coast Administration Treasury Trade Energy Interior Justice Commerce Representative Representatives Ambassadors Delegation Mission Consulate Intelligence Nuclear Atomic Missile Strategic Space Joint Navy Border Police Kremlin".split(" "))
/** Capitalised words that may follow a name without extending it: days, months, function words that start clauses in headline case. */
const NOT_NAME = new Set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December And Or But On In At To For Of By With As From The A An Is Are Was Were Has Had Have Will Would Could Should May Might Must Said Says So Then Now Yet Still However Meanwhile Also He She It They We I You This That These Those There Here When While If After Before Since Because Although Though What Why How Who Where Which Not No Yes All Some Many Most Both Each Every Last Next Earlier Later One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundreds Thousands Dozens".split(" "))
/** Place names that are also personal names or other places: recognised only when no other name is glued to them. */
const NAME_LIKE_PLACES = new Set(["Jordan", "Chad", "Georgia", "Washington", "Sofia", "Santiago", "Victoria", "Niger", "Lima", "Mexico", "Guinea", "Jersey", "Guernsey", "Man"])

/**
 * Whether a place name is part of a longer proper name: "Washington Post",
 * "Moscow Times", "Russia Today", "Michael Jordan", "Chad Smith", "Atlanta, Georgia".
 */
const partOfName = (text: string, start: number, end: number): boolean => {
  const after = /^(?:\s|-)+([\p{Lu}][\p{L}'’]*)/u.exec(text.slice(end, end + 40))
  if (after && !headlineCase(text) && !NOT_NAME.has(after[1]!) && !INSTITUTION.has(after[1]!) && !COUNTRY_NAME.has(after[1]!.toLowerCase()) && !METONYM.has(after[1]!.toLowerCase())) return true
  if (/^-(?:based|born|made|style)\b/.test(text.slice(end, end + 8))) return true
  const w = text.slice(start, end)
  if (/\bNew\s+$/.test(text.slice(Math.max(0, start - 4), start))) return true // "New Jersey", "New Mexico"
  if (/\b(?:Gulf|Sea|Bay|Strait|Straits|Isthmus|Horn|Cape|Rim)\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 20), start))) return true // "the Gulf of Mexico"
  if (NAME_LIKE_PLACES.has(w)) {
    const before = /([\p{Lu}][\p{Ll}'’]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))
    if (before && !NOT_NAME.has(before[1]!) && !/^(?:In|At|To|From|Visiting|Neighbouring|Neighboring|Both|While|Unlike|Like|Meanwhile|But|And)$/.test(before[1]!)) return true
    if (w === "Georgia" && (/,\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s*(?:state|,\s*(?:USA|U\.S\.|US)\b)/.test(text.slice(end, end + 10)))) return true
  }
  return false
}

/** Whether a sentence is written in headline case ("China and Russia Condemned US Missile Defense Plan"): most of its long words capitalised. */
// Asked once per place name of a sentence: the last sentence's answer is kept (a sentence may name thousands).
const headlineCase = forLastText((text: string): boolean => {
  const words = text.match(/[\p{L}]{4,}/gu) ?? []
  return words.length >= 3 && words.filter((w) => /^[\p{Lu}]/u.test(w)).length >= 0.9 * words.length
})

/** A seat of government named as the place where something happens ("talks in Moscow"), not as an actor. */
const asPlace = (text: string, start: number, end: number) =>
  /\b(?:in|at|near|outside|inside|around|across|via|through|of|streets of|visit to|trip to|arrived in)\s+$/i.test(text.slice(Math.max(0, start - 20), start)) ||
  /^-(?:based|born)\b/.test(text.slice(end, end + 8))

/** A capitalised word of a name ("Zemin", "al-Assad", "O'Donnell") or an initial ("H."). */
const NAME_TOKEN = "[\\p{Lu}](?:[\\p{L}'\u2019-]*[\\p{L}]|\\.)?"
const ADJ = `(?:${alternation(COUNTRIES.flatMap((c) => c.adjectives))})`
/** A phrase whose words may start with either case ("Foreign Minister", "foreign minister"), the rest as written. */
const eitherCase = (phrase: string) => phrase.replace(/(^|[\s(|:])([a-z])/g, (_, pre: string, c: string) => `${pre}[${c.toUpperCase()}${c}]`)
/** A list file of the gazetteer: one entry a line, "#" comments. */
const readList = (name: string) => readFileSync(gazetteerPath(name), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
const TITLE_WORDS = readList("titles-before-names.txt")
const TITLES = eitherCase(`(?:(?:acting|deputy|vice|first deputy|former|ex-|then-|late|outgoing|incoming|interim)\\s+)?(?:envoy(?: to [\\p{Lu}][\\p{L}]+)?|ambassador(?: to [\\p{Lu}][\\p{L}]+)?|minister(?: of [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?)?|${alternation(TITLE_WORDS)})`)
// (an institution may be written with capitals: "the Russian Foreign Ministry", "the Syrian Government")
const GROUP_NOUNS = `(?:${alternation(readList("group-nouns.txt"))}|Ministry|Government|Army|Navy)`

interface Found extends Span {
  readonly ref: ActorRef
  readonly members: ActorRef[]
  readonly rule: string
  /** A title that names a current office ("President Clinton"), for the date checks. */
  readonly office: { readonly title: string; readonly current: boolean } | null
}

const re = (source: string, flags = "gu") => new RegExp(source, flags)

/** A title and the name after it: "Foreign Minister Sergei Lavrov", "Lt. General Viktor Poznikhir". */
const TITLE_ONLY = re(`(?<title>${TITLES})(?:,)?\\s+(?<name>${NAME_TOKEN}(?:\\s+(?:al-|bin |de |van |von )?${NAME_TOKEN}){0,3})`, "gu")
/** The words of a ministry or an office between a country and a title ("British Foreign Office Minister", "Chinese Foreign Ministry spokeswoman"). */
const INSTITUTION_WORDS = "(?:(?:[\\p{Lu}][\\p{Ll}]+\\s+){0,2}(?:Ministry|Department|Office|Affairs|Embassy|Mission)|Foreign|Defen[cs]e|Interior|Justice|Finance|Economy|Trade|Commerce|Energy|Oil|Information|Health|Education|Culture|Industry|Agriculture|Transport|Environment|Home|State|Emergencies|Emergency Situations)"

/** What may stand right before a title: an adjective, a country's possessive or an organisation ("Russian", "China's", "NATO"). */
/** A country's adjective ("Russian", "U.S.") and a country's name ("Russia", "the United States"), as patterns. */
const ADJ_OR_US = `${ADJ}|U\\.S\\.|US`
const COUNTRY_NAMES = alternation(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]))
const TITLE_PREFIX = re(`(?:(?<adj>${ADJ_OR_US})|(?<poss>${COUNTRY_NAMES})(?<mark>\\s*['’]s)?|(?<org>${alternation(ORGANISATIONS.flatMap((o) => [o.name, ...o.aliases]))}))\\s+(?:${INSTITUTION_WORDS}\\s+)?$`, "u")
/** Room for the longest prefix (organisation names run to some 70 characters). */
const PREFIX_ROOM = 120
/** A country before an organisation before an envoy's title: "Russian UN Ambassador", "China's NATO envoy" speak for the country. */
const COUNTRY_BEFORE_ORG = re(`(?:(?<adj>${ADJ_OR_US})|(?<poss>${COUNTRY_NAMES})\\s*['’]s)\\s+$`, "u")
const ENVOY_TITLE = /^(?:(?:deputy|acting|former)\s+)?(?:ambassador|envoy|permanent representative|representative)$/i

/**
 * Titles with names, each with what stands before the title, as matches of
 * `(?:PREFIX\s+)?TITLE,? NAME` would give (`m.index` and `m[0]` include the
 * prefix). The title is found first and the prefix looked up behind it: one
 * regular expression holding every country and organisation name is too big
 * for V8 to compile and crawls through its interpreter at every position.
 */
const titleNames = function* (text: string) {
  let lastEnd = 0
  for (const m of allMatches(TITLE_ONLY, text)) {
    const before = text.slice(Math.max(lastEnd, m.index - PREFIX_ROOM), m.index)
    // (A country's bare name stands before an office, not before "Mr" ("in Syria Mr Landis said"), and not
    // inside a longer name ("BP America President Lamar McKay").)
    const p = ((p) => (p?.groups!.poss && !p.groups!.mark && (HONORIFIC.test(m.groups!.title!) || /[\p{Lu}][\p{L}]*\s+$/u.test(before.slice(0, p.index))) ? null : p))(TITLE_PREFIX.exec(before))
    const country = p?.groups!.org && ENVOY_TITLE.test(m.groups!.title!) ? COUNTRY_BEFORE_ORG.exec(before.slice(0, p.index)) : null
    const index = country ? m.index - (before.length - country.index) : p ? m.index - (before.length - p.index) : m.index
    lastEnd = m.index + m[0].length
    const prefix = country ? { adj: country.groups!.adj, poss: country.groups!.poss, mark: "'s" } : p?.groups
    yield Object.assign([text.slice(index, lastEnd)] as [string], { index, groups: { ...prefix, ...m.groups! } as Record<string, string | undefined> })
  }
}
/**
 * A group of a country's people: "Russian officials", "senior U.S. military leaders", "Russian and
 * Chinese diplomats". Looked for only in a sentence with a group noun: the pattern holds every
 * demonym twice, too big for V8 to compile, and its interpreter is slow to try them at every position.
 */
const GROUP = re(`(?:(?:[Aa]|[Aa]n|[Tt]he|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any)\\s+)?(?:(?:senior|top|other|local|visiting|government|state|military|defen[cs]e|foreign)\\s+)*(?<adj>${ADJ_OR_US}|administration|Western|Arab)(?:\\s+and\\s+(?<adj2>${ADJ_OR_US}))?\\s+(?:(?:senior|top|defen[cs]e|foreign|government|state|security|nuclear|strategic|long-range|Foreign|Defen[cs]e)\\s+)*(?<noun>${GROUP_NOUNS})\\b`, "gu")
/** "the six members of the SCO", "SCO member states", "the member states of the Gulf Cooperation Council". */
// (A number starts where a run of digits starts: from inside a long run, "\\d+\\s+" rescans the rest of it for nothing.)
const MEMBERS_RE = re(`(?:(?:the|all|its)\\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<!\\d)\\d+)\\s+)?(?:member(?:s|\\s+states|\\s+countries|\\s+nations)|member-states)\\s+of\\s+(?:the\\s+)?(?<org>${alternation(ORG_NAME.keys())})(?![\\p{L}])|(?:the\\s+)?(?<org2>${alternation(ORG_NAME.keys())})(?:['’]s(?:\\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<!\\d)\\d+))?)?\\s+(?:member(?:s|\\s+states|\\s+countries|\\s+nations)|member-states)\\b`, "giu")

const MEMBER_WORD = /member/i
/** A group after a fronted place: "In Ankara, the foreign ministry", "In Beijing, government officials". */
const PLACE_THEN_GROUP = re(`(?<![\\p{L}])[Ii]n (?<place>[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}]*)?), (?<group>(?:[Tt]he |[Aa] |[Aa]n )?(?:(?:senior|top|defen[cs]e|foreign|government|state|security|military|Foreign|Defen[cs]e)\\s+)*(?<noun>${GROUP_NOUNS}))\\b`, "gu")
const GROUP_NOUN = re(`${GROUP_NOUNS}\\b`, "u")
/** A ministry named by its office alone: "the Foreign Ministry", "the Ministry of National Defense" (not "the Ministry of Foreign Affairs of the Republic of Belarus"). */
const BARE_MINISTRY = /\b[Tt]he\s+((?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior)\s+[Mm]inistry|Ministry of (?:Foreign Affairs|(?:National )?Defen[cs]e))\b(?!\s+of\s+(?:the\s+)?[\p{Lu}])/gu

/** The members of an organisation at a date (all recorded members when the date is unknown), as countries or organisations. */
export const membersOf = (code: string, date: string | null): ActorRef[] =>
  (orgByCode.get(code)?.members ?? [])
    .filter((m) => date === null || ((m.start === null || m.start <= date) && (m.end === null || date < m.end)))
    .map((m) => refOfCode(m.code) ?? orgRef(m.code))

/** "the alliance", "allied leaders", "the alliance's foreign ministers": the alliance named last before (an organisation the gazetteer also calls an alliance or a pact). */
const ALLIANCE_ANAPHOR = /\b(?:(?:[Tt]he\s+)?(?:[Aa]lliance['\u2019]s|[Aa]llied|[Aa]lliance)\s+(?:(?:foreign|defen[cs]e)\s+)?(?:leaders|ministers|heads of state and government|heads of state|governments|members|member states|countries|nations|partners)|[Tt]he\s+alliance)\b/g
const ALLIANCES: ReadonlySet<string> = new Set(ORGANISATIONS.filter((o) => [o.name, ...o.aliases].some((n) => /\b(?:alliance|pact)\b/i.test(n))).map((o) => o.code))
const OBJECT_VERB_BEFORE = /\b(?:urg(?:e|es|ed|ing)|t(?:ell|ells|old)|ask(?:s|ed)?|call(?:s|ed)? (?:on|upon)|warn(?:s|ed)?|invit(?:e|es|ed)|press(?:es|ed)?)\s+$/i
const PLURAL = /\b(?:the two (?:leaders|men|countries|nations|sides|presidents|heads of state|heads of government|foreign ministers|ministers|governments|powers|giants|neighbou?rs)|both (?:men|leaders|countries|nations|sides)|the two)\b/gi

/** Whole-word matches of a map's keys, case-sensitive for names (so "may" the verb is not "May"). */
/** Finds any of these names as whole words, any case (an index, not a regular expression of thousands of alternatives: see phrases.ts). */
const keyMatcher = (keys: Iterable<string>) => phraseFinder(keys)
const COUNTRY_RE = keyMatcher(COUNTRY_NAME.keys())
const ORG_RE = keyMatcher(ORG_NAME.keys())
const METONYM_RE = keyMatcher(METONYM.keys())
const DEMONYM_RE = re(`(?<![\\p{L}])(?:[Tt]he\\s+)?(${alternation(COUNTRIES.flatMap((c) => c.adjectives).filter((a) => /s$/.test(a) && a !== "US"))})(?![\\p{L}])`, "gu")
const PERSON_RE = keyMatcher([...peopleByName.keys()].filter((n) => n.includes(" ") || n.includes("-")))
const SURNAME_RE = keyMatcher([...peopleByName.keys()].filter((n) => !n.includes(" ") && !n.includes("-")))

/** Countries whose people are named family name first ("Jiang Zemin", later "Jiang"). */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(["CHN", "TWN", "KOR", "PRK"])

/** Remembers the name a person will be called by later: the last word, and the first for a family name written first. */
const rememberSurname = (seen: Map<string, ActorRef>, words: ReadonlyArray<string>, ref: ActorRef): void => {
  // (never a word of the language: "He Yafei" does not make every "He" him)
  if (!NOT_NAME.has(words.at(-1)!)) seen.set(words.at(-1)!.toLowerCase(), ref)
  if (words.length >= 2 && FAMILY_NAME_FIRST.has(ref.code ?? "") && !NOT_NAME.has(words[0]!)) seen.set(words[0]!.toLowerCase(), ref)
}

/**
 * A finder of the one-word names an article has introduced that the gazetteer's surnames do not cover,
 * made again only when the article introduces another.
 */
const introducedCache = new WeakMap<Map<string, ActorRef>, { size: number; find: ReturnType<typeof keyMatcher> }>()
const introducedSurnames = (seen: Map<string, ActorRef>): ReturnType<typeof keyMatcher> => {
  const cached = introducedCache.get(seen)
  if (cached && cached.size === seen.size) return cached.find
  const keys = [...seen].filter(([k, r]) => r.kind === "person" && k.length >= 3 && !/[\s-]/.test(k) && !peopleByName.has(k) && !NOT_NAME.has(k[0]!.toUpperCase() + k.slice(1))).map(([k]) => k)
  const find = keys.length ? keyMatcher(keys) : () => []
  introducedCache.set(seen, { size: seen.size, find })
  return find
}

/** A match must be written as a name: capitalised (or an all-capitals acronym). */
const capitalised = (s: string) => /^(?:the\s+)?[\p{Lu}]/u.test(s)

/** The country a place names, by its name or its capital ("Kiev", "Ukraine"), else null. */
/** Regions and cities of a country that name no government ("Xinjiang", "Kaliningrad"): for where acts happen or whom they hit, never actors. */
const REGION: ReadonlyMap<string, string> = new Map(readCsv("regions.csv").map((r) => [r.region!.toLowerCase(), r.code!]))

export const countryOfPlace = (place: string): string | null => {
  const key = place.trim().toLowerCase()
  return COUNTRY_NAME.get(key) ?? METONYM.get(key) ?? REGION.get(key) ?? null
}

/** The country an adjective names ("Russian", "U.S."), else null. */
export const countryOf = (adj: string | undefined): string | null => {
  if (!adj) return null
  const a = adj.toLowerCase()
  if (a === "u.s." || a === "us") return "USA"
  if (a === "administration") return "USA"
  return COUNTRY_ADJ.get(a) ?? null
}

/** A name's last word that makes it a place or a thing named after the person ("King Abdullah Park"). */
const PLACE_NOUN = /^(?:Park|Street|Square|Avenue|Boulevard|Road|Airport|Base|Hospital|University|Mosque|Bridge|Centre|Center|Stadium|Hall|Palace|Foundation|Prize|Institute|Doctrine|Plan|Administration|Bay|River|Dam|Canal|Port|Station|Camp|Hotel|Building|Tower|Library|Museum|School|College|Academy|Award|Cup|Trophy|Era|Government|Cabinet|Regime)$/

/** Capitalised words before a surname that are titles or honorifics, not given names ("Mr", "President", "Gen."). */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.|President|Premier|Chancellor|King|Queen|Emir|Sheikh|Prince|Minister|Secretary|Senator|Sen\.|General|Gen\.|Colonel|Col\.|Admiral|Adm\.|Ayatollah|Envoy|Ambassador|Spokesman|Leader|Prime|Foreign|Defense|Defence|Vice|Deputy|Field|Marshal|Lt\.|Major|Captain|Commander|Chairman)$/

/** Words that make a capitalised phrase after a title an institution, not a person's name. */
const NOT_PERSON_WORD = /^(?:Assembly|Staff|Directorate|Commission|Council|Command|Committee|Secretariat|Security|Intelligence|Authority|Agency|Office|Ministry|Department|Opposition|Army|Forces|Motors|Electric|Headquarters|Prosecutor|Court|Union|League|Organisation|Organization|Coalition|Front|Party|Movement|Association|Federation|Group|Company|Corporation|Bank|Fund|News|Television|Radio|Times|Post|Service|Services|Affairs|Conference|Summit|Treaty|Accord|Agreement|Resolution|Declaration|Statement|Force|Guard|Guards|Police|Unit|Division|Brigade|Battalion|Regiment|Corps|Fleet|Staffs?)$/
/** Title words, which do not make names ("General Syrian Defense Minister Ali"). */
const OFFICE_WORD = /^(?:President|Minister|Secretary|Premier|Chancellor|Ambassador|Envoy|Spokesman|Spokeswoman|Defen[cs]e|Foreign|Deputy|Prime)$/

/** Words before a title that say the office is not held at the article's date. */
const PAST_HOLDER = "former|ex|then|late|one-time|onetime|erstwhile|previous|past|future|would-be|assassinated|slain|murdered|ousted|deposed|toppled|overthrown|exiled|executed|deceased|dead|retired"
const NOT_CURRENT = new RegExp(`^(?:${PAST_HOLDER})\\b`, "i")
const NOT_CURRENT_BEFORE = new RegExp(`\\b(?:${PAST_HOLDER})[\\s-]*(?:(?:${ADJ}|U\\.S\\.|US)\\s+)?$`, "i")

/** Whether a given name as written ("Rafiq") fits a person of the gazetteer ("Saad Hariri" does not; "George W. Bush" fits "George"). */
const sameGivenName = (person: string, given: string): boolean => {
  const names = [person, ...(tenuresOf.get(person)?.flatMap((t) => t.aliases) ?? [])]
  const g = given.replace(/\.$/, "").toLowerCase()
  return names.some((n) => {
    const first = n.split(/\s+/)[0]!.replace(/\.$/, "").toLowerCase()
    return n.includes(" ") && (first === g || (g.length === 1 && first.startsWith(g)))
  })
}

/** Titles that say how to address a person, not what office they hold. */
const HONORIFIC = /^(?:mr|mrs|ms|dr)\.?$/i

const officeClass = (title: string) => OFFICE_CLASS.get(title.toLowerCase().replace(/^(acting|outgoing|incoming|interim)\s+/, "")) ?? null

// ---------------------------------------------------------------- recognition

/** The actors one sentence names, before overlaps are resolved. */
/**
 * An institution a lower-case title may follow: "Foreign Ministry spokesman Lu Kang", "State Department
 * spokesman Mark Toner", "Kremlin spokesman Dmitry Peskov" (its country when the gazetteer names it).
 */
const INSTITUTION_BEFORE = /(?<![\p{L}])(?:(?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:Ministry|Department|Office|Embassy|Mission)|Kremlin|Pentagon|White House)\s+$/u
const institutionCountry = (words: string): string | null => {
  const w = words.trim().split(/\s+/)
  for (let k = 0; k < w.length; k++) {
    const code = METONYM.get(w.slice(k).join(" ").toLowerCase())
    if (code) return code
  }
  return null
}
/** Titles of a government's officials, whose country the context may tell: "Deputy Foreign Minister", "Interior Minister". */
const MINISTERIAL = /\bminister\b/i

/**
 * The country an official named with a title but no country stands for ("Deputy Foreign Minister Sergei
 * Ryabkov", "Foreign Ministry spokesman Lu Kang"): the country the sentence before opened with ("Russia also
 * criticized the decision."), else the dateline's ("BEIJING (Reuters)").
 */
const contextCountry = (text: string, previous: ReadonlyArray<Found>, previousStart: number, home: string | null): string | null => {
  const opening = previous.find((f) => OPENING_MENTION.test(text.slice(previousStart, f.start)))
  const codes = new Set(previous.flatMap((f) => (f.members.length ? f.members : [f.ref]).map((r) => r.code)))
  // (or its officials: "Russian officials dismissed the concerns. Deputy Defence Minister Alexander Fomin said")
  if (opening && opening.ref.code && (opening.ref.kind === "country" || opening.ref.kind === "person" || opening.ref.kind === "group") && codes.size === 1) return opening.ref.code
  return home
}
const OPENING_MENTION = /^\W*(?:\S+\s+){0,3}$/
const datelineCountry = (dateline: string | null): string | null =>
  dateline?.split(/\s*,\s*/).reverse().map(countryOfPlace).find((code) => code !== null) ?? null

/** A country's group or institution: its ministry, its military, its administration. */
const groupRef = (code: string, noun: string, name: string): ActorRef => ({ key: `group:${code}:${noun}`, name, code, kind: "group", role: null })

const inSentence = (text: string, offset: number, date: string | null, seen: Map<string, ActorRef>, context: string | null = null): Found[] => {
  const found: Found[] = []
  const push = (start: number, end: number, ref: ActorRef, rule: string, members: ActorRef[] = [], office: Found["office"] = null) =>
    found.push({ start: offset + start, end: offset + end, ref, members, rule, office })

  for (const m of titleNames(text)) {
    const g = m.groups!
    if (!capitalised(g.name!) || NOT_NAME.has(g.name!.split(/\s+/)[0]!)) continue
    // "the president Smith" is rare; "president" lower-case needs an adjective or an institution ("Foreign Ministry spokesman").
    const institution = !g.adj && !g.poss && !g.org ? INSTITUTION_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index)) : null
    if (!/^[\p{Lu}]/u.test(g.title!) && !g.adj && !g.poss && !g.org && !institution) continue
    // The name ends before a word that cannot be part of it ("Putin Monday", "President Assad The Arab League").
    const words = allMatches(/\S+/g, g.name!)
    const cut = words.findIndex((w, i) => i > 0 && (NOT_NAME.has(w[0]) || /^(?:Told|Tells)$/.test(w[0])))
    const kept = cut > 0 ? words.slice(0, cut) : words
    // A possessive is not part of the name: "Rafiq Hariri's son".
    const possessive = /['’]s$/.exec(kept.at(-1)![0])
    if (possessive) kept[kept.length - 1] = Object.assign([kept.at(-1)![0].slice(0, -2)], { index: kept.at(-1)!.index! }) as unknown as RegExpExecArray
    const tokens = kept.map((w) => w[0])
    let nameText = g.name!.slice(0, kept.at(-1)!.index! + kept.at(-1)![0].length)
    let name = tokens.join(" ")
    const title = g.title!.toLowerCase()
    const cls = officeClass(g.title!.replace(/^(former|ex-|then-|late)\s+/i, ""))
    if (PLACE_NOUN.test(tokens.at(-1)!)) continue // "King Abdullah Park", "President Bush Administration"
    // Not a person: "General Assembly", "General Security Directorate", "Syrian vice president Opposition", "foreign secretary Riyadh".
    if (tokens.some((t) => NOT_PERSON_WORD.test(t) || COUNTRY_ADJ.has(t.toLowerCase()) || OFFICE_WORD.test(t)) || COUNTRY_NAME.has(name.toLowerCase()) || METONYM.has(name.toLowerCase()) || ORG_NAME.has(name.toLowerCase())) continue
    const adjCode = countryOf(g.adj) ?? (g.poss ? COUNTRY_NAME.get(g.poss.toLowerCase()) ?? null : null) ?? (g.org ? ORG_NAME.get(g.org.toLowerCase()) ?? null : null)
    // A surname alone stands for the person only when the given name (if any) does not say otherwise: "Rafiq Hariri" is not "Saad Hariri".
    const bySurname = resolvePerson(tokens.at(-1)!, date, cls, adjCode)
    // The longest run of leading words that names a known person ("President Assad Manaf Tlas" in a run-on sentence is Assad).
    let person: string | null = null
    for (let k = tokens.length; k >= 1 && !person; k--) {
      const p = resolvePerson(tokens.slice(0, k).join(" "), date, cls, adjCode)
      const prefix = tokens.slice(0, k).join(" ")
      if (p && (k === tokens.length || (k === 1 ? !p.toLowerCase().startsWith(`${prefix.toLowerCase()} `) && p !== prefix : sameGivenName(p, tokens[0]!)))) {
        person = p
        if (k < tokens.length) { kept.length = k; tokens.length = k }
      }
    }
    person ??= (bySurname && (tokens.length === 1 || sameGivenName(bySurname, tokens[0]!)) ? bySurname : null)
    nameText = g.name!.slice(0, kept.at(-1)!.index! + kept.at(-1)![0].length)
    name = tokens.join(" ")
    const role = HONORIFIC.test(title) ? null : title.replace(/^(former|ex-|then-|late)\s+/, "")
    const byInstitution = institution ? institutionCountry(institution[0]) : null
    // A minister or a ministry's spokesman the text names with no country acts for the country of the context.
    // (only one the sentence opens with: "... would meet Foreign Minister Tonio Borg" may be anyone's)
    const byContext = !adjCode && !person && !byInstitution && (MINISTERIAL.test(title) || institution) && OPENING_MENTION.test(text.slice(0, m.index)) ? context : null
    const home = person ? homeOf(person, date) : null
    const code = adjCode ?? home ?? byInstitution ?? byContext
    const current = !NOT_CURRENT.test(title) && !NOT_CURRENT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index) + (g.adj || g.poss || g.org ? m[0].slice(0, m[0].indexOf(g.title!)) : ""))
    // A former office-holder has no role at the date unless the gazetteer records one.
    // (a country the text names for a known person decides: "British Prime Minister Tony Blair" in 2011, when Blair was the Quartet's envoy)
    const ref = person ? personRef(person, (adjCode && countryByCode.has(adjCode) ? adjCode : null) ?? home, roleOn(person, date) ?? (current ? role : null)) : personRef(name, code, current ? role : null)
    const end = (m.index ?? 0) + m[0].length - (g.name!.length - nameText.length)
    push(m.index!, end, ref, person ? "title+name" : byContext ? "title+unknown-name:context" : "title+unknown-name", [], officeClass(title) ? { title, current } : null)
    seen.set(name.toLowerCase(), ref)
    rememberSurname(seen, tokens, ref)
  }
  for (const m of PERSON_RE(text)) {
    if (!capitalised(m[0])) continue
    const next = /^\s+([\p{Lu}][\p{L}]*)/u.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))?.[1]
    if (next && PLACE_NOUN.test(next)) continue // "King Abdullah Park"
    // Inside "Jordan's King Abdullah", the title and the country already said who it is.
    if (found.some((f) => f.start <= offset + m.index! && offset + m.index! + m[0].length <= f.end)) continue
    const person = resolvePerson(m[0], date)!
    const ref = personRef(person, homeOf(person, date), roleOn(person, date))
    push(m.index!, m.index! + m[0].length, ref, "full-name")
    rememberSurname(seen, person.split(" "), ref)
  }
  for (const m of GROUP_NOUN.test(text) ? allMatches(GROUP, text) : []) {
    const code = countryOf(m.groups!.adj)
    if (!code) continue
    const noun = m.groups!.noun!.toLowerCase()
    const group = (adj: string, c: string): ActorRef => groupRef(c, singular(noun), `${adj.replace(/^US$/, "U.S.")} ${noun}`)
    const code2 = countryOf(m.groups!.adj2)
    if (code2 && code2 !== code) {
      // "Russian and Chinese military leaders": one joint mention of two groups.
      const members = [group(m.groups!.adj!, code), group(m.groups!.adj2!, code2)]
      push(m.index!, m.index! + m[0].length, jointRef(members), "joint-group", members)
    } else push(m.index!, m.index! + m[0].length, group(m.groups!.adj!, code), "group")
  }
  // "The Foreign Ministry has summoned ...": a ministry the sentence opens with, of no country named, is the context's.
  for (const m of context && /\bministry\b/i.test(text) ? allMatches(BARE_MINISTRY, text) : []) {
    if (!OPENING_MENTION.test(text.slice(0, m.index))) continue
    const noun = m[1]!.toLowerCase()
    push(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length, groupRef(context!, "ministry", `${countryRef(context!).name} ${noun}`), "ministry:context")
  }
  // "In Ankara, the foreign ministry said": a clause fronted by a country or its capital names whose the group is.
  for (const m of GROUP_NOUN.test(text) ? allMatches(PLACE_THEN_GROUP, text) : []) {
    const place = m.groups!.place!.toLowerCase()
    const code = COUNTRY_NAME.get(place) ?? METONYM.get(place)
    if (!code) continue
    const noun = m.groups!.noun!.toLowerCase()
    const start = m.index! + m[0].length - m.groups!.group!.length
    push(start, m.index! + m[0].length, groupRef(code, singular(noun), `${countryRef(code).name} ${noun}`), "place+group")
  }
  for (const m of ORG_RE(text)) {
    if (!writtenAsListed(m[0])) continue
    if (m[0] === "Brussels" && asPlace(text, m.index!, m.index! + m[0].length)) continue // the EU's seat, unless it is where things happen
    if (/\bNational\s+$/.test(text.slice(Math.max(0, m.index! - 9), m.index!))) continue // a country's National Security Council is no UN organ
    push(m.index!, m.index! + m[0].length, orgRef(ORG_NAME.get(m[0].toLowerCase())!), "organisation")
  }
  for (const m of COUNTRY_RE(text)) {
    const w = m[0]
    if (!writtenAsListed(w) || (w === "US" && /^\s*\$/.test(text.slice(m.index! + 2))) || partOfName(text, m.index!, m.index! + w.length)) continue
    push(m.index!, m.index! + w.length, countryRef(COUNTRY_NAME.get(w.toLowerCase())!), "country")
  }
  for (const m of METONYM_RE(text)) {
    if (!writtenAsListed(m[0]) || partOfName(text, m.index!, m.index! + m[0].length) || asPlace(text, m.index!, m.index! + m[0].length)) continue
    push(m.index!, m.index! + m[0].length, countryRef(METONYM.get(m[0].toLowerCase())!), "metonym")
  }
  for (const m of allMatches(DEMONYM_RE, text)) {
    const code = COUNTRY_ADJ.get(m[1]!.toLowerCase())
    if (code) push(m.index!, m.index! + m[0].length, countryRef(code), "demonym")
  }
  for (const m of SURNAME_RE(text)) {
    const w = m[0]
    if (!/^[\p{Lu}]/u.test(w)) continue
    const known = seen.get(w.toLowerCase())
    // "the Bush administration", "the Obama White House": the government of a leader's country.
    const administration = /^\s+(?:[Aa]dministration|White House)\b/.exec(text.slice(m.index! + w.length, m.index! + w.length + 20))
    if (administration) {
      const leader = known?.kind === "person" ? known.name : resolvePerson(w, date)
      const code = leader && tenuresOf.get(leader)!.some((t) => officeClass(t.office) === "head_of_state" || officeClass(t.office) === "head_of_government") ? homeOf(leader, date) : null
      if (code) push(m.index!, m.index! + w.length + administration[0].length, groupRef(code, "administration", `${w} administration`), "administration")
      continue
    }
    const following = /^\s+([\p{Lu}][\p{L}]*)/u.exec(text.slice(m.index! + w.length, m.index! + w.length + 30))?.[1]
    if (following && PLACE_NOUN.test(following)) continue // "King Abdullah Park", "President Bush Administration"
    // "Jay Carney" is not Mark Carney: a capitalised given name glued before the surname must fit.
    const given = /([\p{Lu}][\p{Ll}'’]+|[\p{Lu}]\.)\s+$/u.exec(text.slice(Math.max(0, m.index! - 25), m.index!))?.[1]
    const person0 = known?.kind === "person" ? known.name : resolvePerson(w, date)
    if (given && !NOT_NAME.has(given) && !TITLE_WORD.test(given) && !COUNTRY_ADJ.has(given.toLowerCase()) && person0 && !sameGivenName(person0, given)) continue
    if (known) push(m.index!, m.index! + w.length, known, "surname")
    else if (!AMBIGUOUS.has(w)) {
      const person = resolvePerson(w, date)!
      if (!knownAlone(person, w, date)) continue
      push(m.index!, m.index! + w.length, personRef(person, homeOf(person, date), roleOn(person, date)), "surname")
    }
  }
  // The surname of someone the article introduced ("Defense Secretary Ash Carter ... Carter said"; "Jiang" after "Jiang Zemin").
  for (const m of introducedSurnames(seen)(text)) {
    const known = seen.get(m[0].toLowerCase())
    if (!/^[\p{Lu}]/u.test(m[0]) || known?.kind !== "person") continue
    if (found.some((f) => f.start <= offset + m.index! + m[0].length && offset + m.index! < f.end)) continue
    push(m.index!, m.index! + m[0].length, known, "surname")
  }
  // (Every reading has the word "member": most sentences are spared the organisation names at every position.)
  for (const m of MEMBER_WORD.test(text) ? allMatches(MEMBERS_RE, text) : []) {
    const written = m.groups!.org ?? m.groups!.org2!
    if (!writtenAsListed(written)) continue
    const code = ORG_NAME.get(written.toLowerCase())!
    // "The six members of the SCO said in the declaration": the organisation speaks, as the seeds' annotation codes it; the
    // events stage would split a mention with members into one row per member state. membersOf() gives them when wanted.
    if (membersOf(code, date).length >= 2) push(m.index!, m.index! + m[0].length, orgRef(code), "organisation-members")
  }
  // People the gazetteer does not know, named again by surname after a title introduced them ("Mr Ghalioun ... Ghalioun said").
  for (const m of allMatches(CAPITALISED_WORD, text)) {
    const k = m[0].toLowerCase()
    if (peopleByName.has(k)) continue
    const ref = seen.get(k)
    if (ref?.kind === "person") push(m.index!, m.index! + m[0].length, ref, "surname")
  }
  return found
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])[\p{Lu}][\p{L}'’-]*[\p{L}](?![\p{L}\p{N}])/gu

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

const PRONOUN_AND = /\b(?:he|she|He|She) and\s+$/

const jointRef = (members: ActorRef[]): ActorRef => ({
  key: `joint:${members.map((m) => m.key).join("+")}`,
  name: members.map((m) => m.name).join(" and "),
  code: null,
  kind: "group",
  role: null,
})

/** How many sentences on a pair named together ("Russia and China") is still what "the two countries" means... */
const JOINT_REACH = 4
/** ... or a pair of places ("in Tanzania and Kenya"). */
const PLACES_REACH = 2

export const findActors = (article: Article): ActorMention[] => {
  const seen = new Map<string, ActorRef>()
  const out: ActorMention[] = []
  const recent: ActorRef[] = [] // the last distinct countries and people named, for "the two leaders"
  // (and the last pair of countries and of people named together, for "the two countries" and "the two leaders")
  const lastJoint: Record<"people" | "others", { members: ActorRef[]; until: number } | null> = { people: null, others: null }
  /** The last two people named together ("Putin and Chinese President Jiang Zemin"): "the two leaders" further on are still them. */
  let lastPair: ActorRef[] | null = null
  let sentenceNo = -1
  const home = datelineCountry(article.dateline)
  let previousFound: ReadonlyArray<Found> = []
  let previousStart = 0
  for (const s of article.sentences) {
    sentenceNo++
    const text = article.text.slice(s.start, s.end)
    const found = resolveOverlaps(inSentence(text, s.start, article.published, seen, contextCountry(article.text, previousFound, previousStart, home)))
    previousFound = found
    previousStart = s.start
    const mentions = joinPairs(article.text, found)
    const anaphor = (alliance: boolean) => (m: RegExpMatchArray) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, word: m[0].toLowerCase(), alliance })
    const anaphora = [...allMatches(PLURAL, text).map(anaphor(false)), ...allMatches(ALLIANCE_ANAPHOR, text).map(anaphor(true))]
      .filter((a) => !found.some((f) => f.start < a.end && a.start < f.end)) // ("the Atlantic alliance" is a name)
    const events = [...mentions.map((m) => ({ at: m.start, m })), ...anaphora.map((a) => ({ at: a.start, a }))].sort((x, y) => x.at - y.at)
    // (the actors named before this sentence, for an anaphor that is a verb's object)
    const recentBefore = anaphora.length ? [...recent] : recent
    for (const e of events) {
      if ("m" in e && e.m) {
        const m = e.m
        if (m.rule.endsWith(":in-joint")) {
          out.push(toMention(article.text, { ...m, rule: m.rule.replace(":in-joint", "") }))
          continue
        }
        out.push(toMention(article.text, m))
        // "the treaty, which he and U.S. President Barack Obama signed": the pronoun is the last person named before.
        const pronoun = m.ref.kind === "person" && !m.members.length ? PRONOUN_AND.exec(article.text.slice(Math.max(s.start, m.start - 12), m.start)) : null
        const partner = pronoun ? recent.findLast((r) => r.kind === "person") : undefined
        if (pronoun && partner && partner.key !== m.ref.key) {
          const start = m.start - pronoun[0].length
          out.push({ start, end: m.end, text: article.text.slice(start, m.end), ...jointRef([partner, m.ref]), members: [partner, m.ref], rule: "pronoun-joint" })
        }
        // (not the last two of a longer list: "the United States, Britain, Canada and Australia"; and two places, "sites in
        // Romania and Poland", are meant for a shorter while than two who act)
        if (m.members.length === 2 && m.rule !== "plural-anaphora" && !mentions.some((x) => x.end <= m.start && /^\s*,\s*$/.test(article.text.slice(x.end, m.start)))) {
          const places = /\b(?:in|at|into|near|across|throughout|from|to)\s+(?:the\s+)?$/i.test(article.text.slice(Math.max(s.start, m.start - 12), m.start))
          lastJoint[m.members.every((r) => r.kind === "person") ? "people" : "others"] = { members: m.members, until: sentenceNo + (places ? PLACES_REACH : JOINT_REACH) }
        }
        if (m.members.length === 2 && m.members.every((r) => r.kind === "person")) lastPair = m.members
        for (const ref of m.members.length ? m.members : [m.ref]) {
          if (ref.kind !== "country" && ref.kind !== "person" && ref.kind !== "organisation") continue
          if (m.office && !m.office.current) continue // "former President Boris Yeltsin" is not one of "the two leaders" now
          const i = recent.findIndex((r) => r.key === ref.key)
          if (i >= 0) recent.splice(i, 1)
          recent.push(ref)
        }
      } else if ("a" in e && e.a?.alliance) {
        const alliance = recent.findLast((r) => r.kind === "organisation" && r.code !== null && ALLIANCES.has(r.code))
        if (alliance) out.push({ start: e.a.start, end: e.a.end, text: article.text.slice(e.a.start, e.a.end), ...alliance, members: [], rule: "alliance-anaphora" })
      } else if ("a" in e && e.a) {
        // "The two" after "Russia and China" are Russia and China; "the two leaders" are the last two people named.
        const wantPeople = /leaders|men|presidents|heads of|ministers/.test(e.a.word)
        // "Mogherini urged both sides": the object of a verb is not its own subject; it names those of the sentences before.
        const asObject = OBJECT_VERB_BEFORE.test(article.text.slice(Math.max(s.start, e.a.start - 30), e.a.start))
        const pool = (asObject ? recentBefore : recent).filter((r) => (wantPeople ? r.kind === "person" : r.kind !== "person" || r.code !== null))
        const together = lastJoint[wantPeople ? "people" : "others"]
        const joint = together && together.until >= sentenceNo ? together.members : null
        const pair: ActorRef[] = joint ?? (wantPeople && lastPair && pool.slice(-3).some((r) => lastPair!.some((p) => p.key === r.key)) ? lastPair : pool.slice(-2))
        const members: ActorRef[] = wantPeople ? pair : pair.map((r) => (r.kind === "person" && r.code ? countryRef(r.code) : r))
        if (members.length === 2 && members[0]!.key !== members[1]!.key) {
          if (wantPeople) lastPair = members
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
 * not "former President Yeltsin") should hold that office on the article's
 * date. A date more than a year outside every tenure of such a holder is a
 * conflict; journalists keep calling a recently ousted leader "President
 * Mubarak" for months, and a story may recall "President Hafez al-Assad"
 * thirty years back next to the current "President Bashar al-Assad", so the
 * conflicts are flagged only when the holders that contradict the date
 * outnumber those that fit it. The window is the intersection of the
 * tenures: of every holder named when the date is unknown or contradicted,
 * of those that fit it otherwise.
 */
export const checkDates = (article: Article, mentions: ReadonlyArray<ActorMention>): DateCheck => {
  const date = article.published
  const holders: Array<{ readonly ranges: Range[]; readonly fits: boolean; readonly flag: string | null }> = []
  const done = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== "person" || !m.office?.current || m.rule !== "title+name") continue
    const cls = officeClass(m.office.title)
    const inClass = (tenuresOf.get(m.name) ?? []).filter((t) => officeClass(t.office) === cls).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    // "President Putin" is not the acting president he was for four months, unless the title says so.
    const substantive = /\bacting\b/.test(m.office.title) ? inClass : inClass.filter((t) => !/^acting\b/.test(t.office))
    const tenures = substantive.length ? substantive : inClass
    if (tenures.length === 0 || done.has(`${m.name}|${cls}`)) continue
    // "signed by the Soviet leader Mikhail Gorbachev in 1987": a sentence about an earlier year says nothing of the date.
    const sentence = article.sentences.find((s) => s.start <= m.start && m.end <= s.end)
    const years = sentence ? allMatches(/(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,])/g, article.text.slice(sentence.start, sentence.end)).map((y) => +y[1]!) : []
    if (date && years.some((y) => y < +date.slice(0, 4) - 1)) continue
    done.add(`${m.name}|${cls}`)
    const ranges = tenures.map((t) => ({ start: t.start, end: t.end }))
    if (!date || tenures.some((t) => holds(t, date))) {
      holders.push({ ranges, fits: true, flag: null })
      continue
    }
    // The tenure nearest to the date: the last one that ended before it, else the first one after it.
    const t = [...tenures].reverse().find((x) => x.end !== null && x.end <= date) ?? tenures.find((x) => x.start > date) ?? tenures[0]!
    const gap = Math.abs(Date.parse(date) - Date.parse(date < t.start ? t.start : t.end!)) / DAY
    const range = date < t.start ? `from ${t.start}` : `until ${t.end}`
    holders.push({ ranges, fits: false, flag: gap > TENURE_TOLERANCE_DAYS ? `tenure_conflict: ${m.name} ${t.office} of ${t.code} ${range}` : null })
  }
  const conflicting = holders.filter((h) => h.flag !== null)
  const fitting = holders.filter((h) => h.fits)
  const flagged = conflicting.length > fitting.length
  const flags = flagged ? conflicting.map((h) => h.flag!) : []
  let window = windowOf(date === null || flagged ? holders : fitting)
  if (window === null && flagged) window = windowOf(conflicting)
  return { flags, windowStart: window?.start ?? null, windowEnd: window?.end ?? null }
}

const DAY = 86_400_000
/** How long after (or before) a tenure a title may still (or already) be used loosely without contradicting the date. */
const TENURE_TOLERANCE_DAYS = 365

/** The span of dates every holder allows (the intersection of their tenures), null when there is none or no holder. */
const windowOf = (holders: ReadonlyArray<{ readonly ranges: Range[] }>): Range | null => {
  if (holders.length === 0) return null
  let allowed: Range[] = [{ start: "0000-01-01", end: null }]
  for (const h of holders) allowed = intersect(allowed, h.ranges)
  if (allowed.length === 0) return null
  return { start: allowed[0]!.start, end: allowed.at(-1)!.end }
}

interface Range { readonly start: string; readonly end: string | null }

/** The intersection of two sets of half-open date ranges (end null = open), sorted by start. */
const intersect = (a: ReadonlyArray<Range>, b: ReadonlyArray<Range>): Range[] => {
  const out: Range[] = []
  for (const x of a) {
    for (const y of b) {
      const start = x.start > y.start ? x.start : y.start
      const end = x.end === null ? y.end : y.end === null ? x.end : x.end < y.end ? x.end : y.end
      if (end === null || start < end) out.push({ start, end })
    }
  }
  return out.sort((p, q) => (p.start < q.start ? -1 : p.start > q.start ? 1 : 0))
}

/** The singular of a group noun, for keys: "officials" -> "official", "authorities" -> "authority", "forces" -> "force". */
const singular = (noun: string) => noun.replace(/ies$/, "y").replace(/(?<!s)s$/, "")
