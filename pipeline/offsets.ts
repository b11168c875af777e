/**
 * Offset maps: from a cleaned text back to the source file.
 *
 * Cleaning replaces, removes and merges characters, so every UTF-16 code unit
 * of a cleaned text remembers the span of the decoded source text it came
 * from, in code points (the contract's `raw_start`/`raw_end`). A span
 * [start, end) of the clean text maps to [rawStart[start], rawEnd[end - 1]).
 */
export interface OffsetMap {
  /** For each code unit of the clean text: code point offset of the first source character it came from. */
  readonly rawStart: Int32Array
  /** For each code unit of the clean text: code point offset just past the last source character it came from. */
  readonly rawEnd: Int32Array
  /** Length of the source text in code points. */
  readonly rawLength: number
}

/** Maps a clean-text span [start, end) (code units) to a source span in code points, end exclusive. */
export const toRaw = (map: OffsetMap, start: number, end: number): readonly [number, number] => {
  const n = map.rawStart.length
  if (start < 0 || end > n || start > end) throw new RangeError(`span ${start}-${end} outside a text of ${n} code units`)
  if (start === end) {
    const at = start < n ? map.rawStart[start]! : map.rawLength
    return [at, at]
  }
  return [map.rawStart[start]!, map.rawEnd[end - 1]!]
}

/** Code point slice of a string, as a notebook slicing the decoded file would do it. */
export const sliceCodePoints = (text: string, start: number, end: number): string =>
  Array.from(text).slice(start, end).join("")
