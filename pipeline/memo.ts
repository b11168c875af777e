/**
 * Keeping a computed value where stages ask for it again. Pure functions
 * only: a kept value is what the function would give once more.
 */

/** A value computed on first use and kept. */
export const once = <A>(f: () => A): (() => A) => {
  let done: { value: A } | null = null
  return () => (done ??= { value: f() }).value
}

/**
 * A function of a text that keeps its answer for the last text it was asked
 * about: the stages ask the same question of one sentence many times in a
 * row (every expression, place name or phrase finder of it).
 */
export const forLastText = <A>(f: (text: string) => A): ((text: string) => A) => {
  let last: { readonly text: string; readonly value: A } | null = null
  return (text) => {
    if (last?.text !== text) last = { text, value: f(text) }
    return last.value
  }
}
