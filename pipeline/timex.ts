/**
 * Time expressions (issue 4): finds TIMEX3 expressions in the headline and the
 * body sentences of an article and normalises them against its date.
 * STUB: returns nothing until the timex stage lands.
 */
import type { Article, TimexMatch } from "./annotations.ts"

export const findTimexes = (_article: Article): TimexMatch[] => []
