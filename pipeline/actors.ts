/**
 * Actors (issue 5): gazetteer matches, roles resolved against the article's
 * date, and the date checks that office tenures allow.
 * STUB: finds nothing until the actors stage lands.
 */
import type { ActorMention, Article, DateCheck } from "./annotations.ts"

export const findActors = (_article: Article): ActorMention[] => []

/** Date flags and the window the named office-holders allow. */
export const checkDates = (_article: Article, _mentions: ReadonlyArray<ActorMention>): DateCheck => ({
  flags: [],
  windowStart: null,
  windowEnd: null,
})
