/**
 * Decoding: the bytes of an article file to text, with the encoding named.
 *
 * Order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE; the mark is not part
 * of the text), BOM-less UTF-16 (NUL bytes at every other position), strict
 * UTF-8, else Windows-1252 (which decodes any byte). A UTF-8 mark on bytes
 * that are not UTF-8 is not believed: the whole file, mark included, is read
 * as Windows-1252, and cleaning repairs the UTF-8 runs this misreads (the
 * mark among them). A UTF-16 file cut off in the middle of a code unit keeps
 * its text, the odd byte read as U+FFFD. Empty, whitespace-only, binary and
 * UTF-32 files are refused with a reason.
 */
import { decodeCp1252 } from "./cp1252.ts"

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252"

export type Decoded = { readonly ok: true; readonly text: string; readonly encoding: Encoding } | { readonly ok: false; readonly reason: string }

/** Share of characters that no text is made of (see notText) above which a file is taken for binary data. */
const MAX_NOT_TEXT_SHARE = 0.05

/** BOM-less UTF-16: most NUL bytes sit at odd (LE) or even (BE) positions of ASCII-heavy text. */
const sniffUtf16 = (bytes: Uint8Array): "utf-16le" | "utf-16be" | null => {
  if (bytes.length < 4) return null
  const n = Math.min(bytes.length, 4096)
  let even = 0, odd = 0
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++
  const pairs = n / 2
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le"
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be"
  return null
}

const startsWith = (bytes: Uint8Array, mark: ReadonlyArray<number>): boolean => mark.every((b, i) => bytes[i] === b)

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const UTF16LE_BOM = [0xff, 0xfe]
const UTF16BE_BOM = [0xfe, 0xff]
const UTF32_BOMS = [[0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff]]

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
const utf16 = (encoding: "utf-16le" | "utf-16be", bytes: Uint8Array) => ({ text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding })

const detect = (bytes: Uint8Array): { text: string; encoding: Encoding } => {
  if (startsWith(bytes, UTF16LE_BOM)) return utf16("utf-16le", bytes.subarray(2))
  if (startsWith(bytes, UTF16BE_BOM)) return utf16("utf-16be", bytes.subarray(2))
  const bom = startsWith(bytes, UTF8_BOM)
  const sniffed = bom ? null : sniffUtf16(bytes)
  if (sniffed) return utf16(sniffed, bytes)
  try {
    return { text: strictUtf8.decode(bom ? bytes.subarray(UTF8_BOM.length) : bytes), encoding: bom ? "utf-8-bom" : "utf-8" }
  } catch {
    return { text: decodeCp1252(bytes), encoding: "windows-1252" }
  }
}

/**
 * Characters no text is made of: control characters (other than tab, LF, FF,
 * CR), U+FFFD (bytes that did not decode, or a lone surrogate) and private-use
 * characters (what random bytes read as UTF-16 mostly give).
 */
const notText = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)

export const decode = (bytes: Uint8Array): Decoded => {
  if (bytes.length === 0) return { ok: false, reason: "empty file" }
  if (UTF32_BOMS.some((mark) => startsWith(bytes, mark))) return { ok: false, reason: "UTF-32 text (byte-order mark): not a supported encoding (UTF-8, UTF-16 or Windows-1252)" }
  const { text, encoding } = detect(bytes)
  let odd = 0
  for (let i = 0; i < text.length; i++) if (notText(text.charCodeAt(i))) odd++
  if (odd > text.length * MAX_NOT_TEXT_SHARE) {
    return { ok: false, reason: `binary file: ${((100 * odd) / text.length).toFixed(0)}% control, undecodable or private-use characters (${encoding} assumed)` }
  }
  if (text.trim() === "") return { ok: false, reason: "whitespace-only file" }
  return { ok: true, text, encoding }
}
