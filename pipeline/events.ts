/**
 * Events and positions (issue 6): from each body sentence, what happened and
 * what stance an actor took on an issue, dated by the sentence's own time
 * expression where it has one.
 * STUB: extracts nothing until the events stage lands.
 */
import type { ActorMention, Article, EventMatch, PositionMatch, TimexMatch } from "./annotations.ts"

export const extractEvents = (
  _article: Article, _timexes: ReadonlyArray<TimexMatch>, _actors: ReadonlyArray<ActorMention>,
): EventMatch[] => []

export const extractPositions = (
  _article: Article, _timexes: ReadonlyArray<TimexMatch>, _actors: ReadonlyArray<ActorMention>,
): PositionMatch[] => []
