import { describe, expect, it } from "vitest"
import { decode } from "../pipeline/decode.ts"
import { sha256Hex as sha256 } from "../pipeline/hash.ts"

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)))
const ok = (b: Uint8Array) => {
  const d = decode(b)
  if (!d.ok) throw new Error(d.reason)
  return d
}

describe("decode", () => {
  it("reads UTF-8, with or without a BOM (the BOM is not text)", () => {
    expect(ok(bytes("Caf\u00e9 \u2014 \u{1F600}"))).toEqual({ ok: true, text: "Caf\u00e9 \u2014 \u{1F600}", encoding: "utf-8" })
    expect(ok(bytes([0xef, 0xbb, 0xbf], "Hi\r\n"))).toEqual({ ok: true, text: "Hi\r\n", encoding: "utf-8-bom" })
  })

  it("reads UTF-16 in both byte orders, with or without a BOM", () => {
    const le = [...Buffer.from("Caf\u00e9 talks", "utf16le")]
    const be = le.map((_, i) => le[i ^ 1]!)
    expect(ok(bytes([0xff, 0xfe], le))).toMatchObject({ text: "Caf\u00e9 talks", encoding: "utf-16le" })
    expect(ok(bytes([0xfe, 0xff], be))).toMatchObject({ text: "Caf\u00e9 talks", encoding: "utf-16be" })
    expect(ok(bytes(le))).toMatchObject({ text: "Caf\u00e9 talks", encoding: "utf-16le" })
    expect(ok(bytes(be))).toMatchObject({ text: "Caf\u00e9 talks", encoding: "utf-16be" })
  })

  it("falls back to Windows-1252 (not Latin-1) for bytes that are not UTF-8", () => {
    expect(ok(bytes([0x93], "Nyet", [0x94, 0x20, 0x96, 0x20], "caf", [0xe9, 0x20, 0x80]))).toEqual({
      ok: true, text: "\u201cNyet\u201d \u2013 caf\u00e9 \u20ac", encoding: "windows-1252",
    })
    // invalid UTF-8 (a lone continuation byte) in otherwise ASCII text
    expect(ok(bytes("abc ", [0xbf], " def")).encoding).toBe("windows-1252")
  })

  it("keeps the text of a BOM-less UTF-16 file cut off in the middle of a code unit", () => {
    const le = [...Buffer.from("Caf\u00e9 talks ended in Moscow on Wednesday.", "utf16le")]
    expect(ok(bytes(le, [0x2e]))).toMatchObject({ text: "Caf\u00e9 talks ended in Moscow on Wednesday.\ufffd", encoding: "utf-16le" })
  })

  it("does not believe a UTF-8 byte-order mark on bytes that are not UTF-8", () => {
    // the mark is read as text ("\u00ef\u00bb\u00bf"): cleaning repairs it with the other UTF-8 runs
    expect(ok(bytes([0xef, 0xbb, 0xbf], "Caf\u00e9 ", [0x93], "no", [0x94]))).toEqual({
      ok: true, text: "\u00ef\u00bb\u00bfCaf\u00c3\u00a9 \u201cno\u201d", encoding: "windows-1252",
    })
  })

  it("keeps a text with a few stray NUL bytes (the cleaner drops them)", () => {
    const d = ok(bytes("A long enough line of ordinary text", [0], " with one NUL inside it, and more words."))
    expect(d.text).toContain("\u0000")
  })

  it("refuses empty, whitespace-only and binary files with a reason", () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: "empty file" })
    expect(decode(bytes(" \n\t\r\n \u00a0"))).toEqual({ ok: false, reason: "whitespace-only file" })
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66])
    const refused = decode(png)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.reason).toMatch(/^binary file/)
    // random bytes behind a UTF-16 mark read as surrogates and private-use characters, not as text
    let x = 1
    const noise = Array.from({ length: 2048 }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31) >>> 16) & 0xff)
    expect(decode(bytes([0xff, 0xfe], noise))).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary file: .*utf-16le assumed/) })
  })

  it("refuses UTF-32 by its byte-order mark", () => {
    const le = [0xff, 0xfe, 0, 0, ...[..."Hi there"].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]
    expect(decode(bytes(le))).toMatchObject({ ok: false, reason: expect.stringMatching(/^UTF-32/) })
    expect(decode(bytes([0, 0, 0xfe, 0xff, 0, 0, 0, 0x48]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^UTF-32/) })
  })

  it("hashes the bytes", () => {
    expect(sha256(bytes("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  })
})
