/**
 * Decoding: the bytes of an article file to text, with the encoding named.
 *
 * Order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE; the mark is not part
 * of the text), BOM-less UTF-16 (NUL bytes at every other position), strict
 * UTF-8, else Windows-1252 (which decodes any byte). Empty, whitespace-only
 * and binary files are refused with a reason.
 */
import { decodeCp1252 } from "./cp1252.ts"

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252"

export type Decoded = { readonly ok: true; readonly text: string; readonly encoding: Encoding } | { readonly ok: false; readonly reason: string }

/** Share of control characters (other than tab, LF, FF, CR) above which a text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.05

/** BOM-less UTF-16: most NUL bytes sit at odd (LE) or even (BE) positions of ASCII-heavy text. */
const sniffUtf16 = (bytes: Uint8Array): "utf-16le" | "utf-16be" | null => {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const n = Math.min(bytes.length, 4096)
  let even = 0, odd = 0
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++
  const pairs = n / 2
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le"
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be"
  return null
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

const detect = (bytes: Uint8Array): { text: string; encoding: Encoding } => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" }
  const utf16 = sniffUtf16(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  try {
    return { text: strictUtf8.decode(bytes), encoding: "utf-8" }
  } catch {
    return { text: decodeCp1252(bytes), encoding: "windows-1252" }
  }
}

export const decode = (bytes: Uint8Array): Decoded => {
  if (bytes.length === 0) return { ok: false, reason: "empty file" }
  const { text, encoding } = detect(bytes)
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++
  }
  if (controls > text.length * MAX_CONTROL_SHARE) {
    return { ok: false, reason: `binary file: ${((100 * controls) / text.length).toFixed(0)}% control characters (${encoding} assumed)` }
  }
  if (text.trim() === "") return { ok: false, reason: "whitespace-only file" }
  return { ok: true, text, encoding }
}
