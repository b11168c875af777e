import { describe, expect, it } from "vitest"
import { insideRaw, isoDateOf, readManifest } from "../pipeline/manifest.ts"

const FILES = ["a.txt", "sub/b.txt", "c.txt"]
const read = (...lines: string[]) => readManifest(lines.join("\n"), FILES)
const reasons = (m: ReturnType<typeof readManifest>) => m.rejects.map((r) => r.reason)

describe("manifest", () => {
  it("joins rows to files, with normalised paths and the values it knows", () => {
    const m = read(
      "file,doc_id,url,publisher,published,language,title,extra",
      "a.txt,A,https://example.org/a,The Moscow Times,2011-06-15,en,Title,ignored",
      "./sub/b.txt,,,,,,,",
    )
    expect(m.rejects).toEqual([])
    expect(m.entries.get("a.txt")).toEqual({ doc_id: "A", url: "https://example.org/a", publisher: "The Moscow Times", published: "2011-06-15", language: "en", title: "Title" })
    expect(m.entries.get("sub/b.txt")).toEqual({})
    expect(m.entries.has("c.txt")).toBe(false)
  })

  it("keeps the calendar date of a date-time as written, whatever the time zone", () => {
    expect(isoDateOf("2011-06-15T23:30:00-04:00")).toBe("2011-06-15")
    expect(isoDateOf("2011-06-15T00:30:00+14:00")).toBe("2011-06-15")
    expect(isoDateOf("2011-06-15T10:00:00Z")).toBe("2011-06-15")
    expect(isoDateOf("2011-06-15 10:00")).toBe("2011-06-15")
    expect(isoDateOf("2012-02-29")).toBe("2012-02-29")
    for (const bad of ["2011-02-30", "2011-13-01", "15/06/2011", "June 15, 2011", "2011-06-15T25:00", "2011-6-15", ""]) expect(isoDateOf(bad), bad).toBeNull()
  })

  it("refuses paths outside the raw folder", () => {
    for (const p of ["../x.txt", "a/../../x.txt", "/etc/passwd", "C:\\x.txt", "..\\..\\x.txt", "."]) expect(insideRaw(p), p).toBeNull()
    expect(insideRaw("sub\\b.txt")).toBe("sub/b.txt")
    expect(insideRaw("sub/../a.txt")).toBe("a.txt")
    const m = read("file", "../a.txt", "/etc/passwd", "a.txt")
    expect(reasons(m)).toEqual([`line 2: path outside the raw folder: "../a.txt"`, `line 3: path outside the raw folder: "/etc/passwd"`])
    expect(m.entries.has("a.txt")).toBe(true)
  })

  it("refuses rows naming no file, empty paths and second rows for a file", () => {
    const m = read("file,publisher", "missing.txt,X", ",Y", "a.txt,First", "a.txt,Second")
    expect(reasons(m)).toEqual([`line 2: names no file: "missing.txt"`, "line 3: empty file column", `line 5: second row for "a.txt"`])
    expect(m.entries.get("a.txt")).toEqual({ publisher: "First" })
  })

  it("refuses values that do not parse but keeps the rest of the row", () => {
    const m = read("file,published,url,language,doc_id", "a.txt,15/06/2011,not a url,english!,A", "c.txt,2011-02-30,ftp://x.org/f,,A")
    expect(reasons(m)).toEqual([
      `line 2: url "not a url" is not an absolute http(s) URL: value ignored`,
      `line 2: published "15/06/2011" is not an ISO 8601 date or date-time: value ignored`,
      `line 2: language "english!" is not a BCP 47 language tag: value ignored`,
      `line 3: url "ftp://x.org/f" is not an absolute http(s) URL: value ignored`,
      `line 3: published "2011-02-30" is not an ISO 8601 date or date-time: value ignored`,
      `line 3: doc_id "A" already given on line 2: value ignored`,
    ])
    expect(m.entries.get("a.txt")).toEqual({ doc_id: "A" })
    expect(m.entries.get("c.txt")).toEqual({})
  })

  it("refuses a manifest without a file column as a whole", () => {
    const m = read("path,publisher", "a.txt,X")
    expect(reasons(m)).toEqual(["manifest has no file column: ignored"])
    expect(m.entries.size).toBe(0)
  })

  it("reads a manifest with a BOM, CRLF line ends and quoted cells", () => {
    const m = readManifest('\ufefffile,publisher\r\n"a.txt","Deutsche Welle, Bonn"\r\n', FILES)
    expect(m.rejects).toEqual([])
    expect(m.entries.get("a.txt")).toEqual({ publisher: "Deutsche Welle, Bonn" })
  })

  it("reads a manifest whose UTF-8 byte-order mark was decoded as Windows-1252", () => {
    const m = readManifest("\u00ef\u00bb\u00bffile,publisher\na.txt,Caf\u00e9 \u0093Zeitung\u0094\n", FILES)
    expect(m.rejects).toEqual([])
    expect(m.entries.has("a.txt")).toBe(true)
  })

  it("reports a manifest that is not CSV instead of failing", () => {
    const m = readManifest('file,publisher\n"a.txt,unterminated', FILES)
    expect(reasons(m)[0]).toMatch(/^manifest is not valid CSV/)
    // a header line with no rows under it is read once, with the same options as the rows (a second, stricter read threw)
    expect(reasons(readManifest('""\ufeff', FILES))).toEqual(["manifest has no file column: ignored"])
  })

  it("names the line a row is on, blank lines counted", () => {
    const m = readManifest("file,published\r\n\r\na.txt,yesterday\r\n\r\n\r\nc.txt,2011-02-30\r\n", FILES)
    expect(reasons(m)).toEqual([
      `line 3: published "yesterday" is not an ISO 8601 date or date-time: value ignored`,
      `line 6: published "2011-02-30" is not an ISO 8601 date or date-time: value ignored`,
    ])
  })
})
