/**
 * Windows-1252, by table (Node's TextDecoder("windows-1252") decodes
 * 0x80-0x9F as C1 controls, i.e. as Latin-1). The five bytes Windows-1252
 * leaves undefined decode to the C1 control of the same number, as the
 * WHATWG Encoding Standard says.
 */
const HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178"

export const decodeCp1252 = (bytes: Uint8Array): string => {
  let out = ""
  const CHUNK = 8192
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b))
    out += String.fromCharCode(...codes)
  }
  return out
}

/** The Windows-1252 byte of a character, or null when it has none. */
export const cp1252Byte = (ch: string): number | null => {
  const c = ch.codePointAt(0)!
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c
  const i = HIGH.indexOf(ch)
  return i >= 0 ? 0x80 + i : c >= 0x80 && c <= 0x9f ? c : null
}
