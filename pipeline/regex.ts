/**
 * Every match of a global regular expression in a text, as `text.matchAll(re)`
 * gives them, but found with the expression itself. `matchAll` copies its
 * expression at each call, and V8 runs a fresh copy in its slow
 * regular-expression interpreter before compiling it to machine code: with the
 * long patterns of the lexicons, run on every sentence, that was four times
 * slower.
 */
export const allMatches = (re: RegExp, text: string): RegExpExecArray[] => {
  if (!re.global) throw new TypeError(`allMatches needs a global regular expression: /${re.source}/${re.flags}`)
  const found: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m)
    // (an empty match moves on by one character, a whole code point in unicode mode, as matchAll does)
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1
  }
  re.lastIndex = 0
  return found
}
