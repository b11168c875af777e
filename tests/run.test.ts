/** End to end on small raw folders made by the tests: ingest, manifest join, rejects, offsets. */
import { readdirSync, readFileSync, symlinkSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sliceCodePoints } from "../pipeline/offsets.ts"
import { parseCsv, removeDir, runPipeline, tempDir, writeTree } from "./helpers.ts"

const root = tempDir()
afterAll(() => removeDir(root))

const table = (out: string, name: string): Array<Record<string, string>> =>
  parseCsv(readFileSync(join(out, `${name}.csv`), "utf8"), { columns: true })

const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, "utf16le")])

describe("a run over an awkward raw folder", () => {
  const raw = join(root, "raw")
  const out = join(root, "out")
  let summary: Awaited<ReturnType<typeof runPipeline>>

  beforeAll(async () => {
    writeTree(raw, {
      "a.txt": "First paragraph here. It has two sentences.\r\n\r\nSecond paragraph\u00a0with a no-break space.\r\n",
      "sub/b.txt": utf16le("Caf\u00e9 talks ended. Both sides left."),
      "c.txt": new Uint8Array([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0x69, 0x6e, 0x20, 0x31, 0x32, 0x35, 0x32, 0x2e]),
      "dup.txt": "This file takes the id zz from the manifest.",
      "zz.txt": "This file would be zz by its path.",
      "empty.txt": "",
      "binary.txt": new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37) % 32)),
      "folder.txt/inside.md": "not an article",
      "notes.md": "not an article either",
      "manifest.csv": [
        "file,doc_id,publisher,published,url",
        "a.txt,article-a,The Paper,2011-06-15T23:30:00-04:00,https://example.org/a",
        "sub/b.txt,,,not a date,",
        "../outside.txt,,,,",
        "missing.txt,,,,",
        "c.txt,article-a,,,",
        "dup.txt,zz,,,",
      ].join("\n"),
    })
    symlinkSync(join(root, "no-such-target"), join(raw, "dangling.txt"))
    summary = await runPipeline({ raw, out })
  })

  it("keeps every readable article and names every refused file in rejects", () => {
    const docs = table(out, "documents")
    expect(docs.map((d) => d.source_file).sort()).toEqual(["a.txt", "c.txt", "dup.txt", "sub/b.txt"])
    const rejects = table(out, "rejects")
    const why = (file: string) => rejects.filter((r) => r.source_file === file).map((r) => `${r.stage}: ${r.reason}`)
    expect(why("empty.txt")).toEqual([expect.stringMatching(/^decode: .*empty/)])
    expect(why("binary.txt")).toEqual([expect.stringMatching(/^decode: .*binary/)])
    expect(why("folder.txt")).toEqual([expect.stringMatching(/^discover: .*directory/)])
    expect(why("dangling.txt")).toEqual([expect.stringMatching(/^discover: cannot stat: NotFound/)])
    // dup.txt (sorted first) took the id zz from the manifest
    expect(why("zz.txt")).toEqual([expect.stringMatching(/^discover: duplicate doc_id "zz": already the id of dup.txt/)])
    const manifest = why("manifest.csv").join("\n")
    expect(manifest).toMatch(/article-a/) // c.txt's row repeats a doc_id: refused, c.txt keeps its path id
    expect(manifest).toMatch(/outside the raw folder/)
    expect(manifest).toMatch(/names no file/)
    expect(manifest).toMatch(/not a date/)
    expect(summary.documents).toBe(4)
    expect(summary.rejects).toBe(rejects.length)
  })

  it("joins the manifest: its doc_id, publisher, url and the date as written", () => {
    const a = table(out, "documents").find((d) => d.source_file === "a.txt")!
    expect(a).toMatchObject({ doc_id: "article-a", publisher: "The Paper", url: "https://example.org/a", published: "2011-06-15", published_source: "manifest" })
    const b = table(out, "documents").find((d) => d.source_file === "sub/b.txt")!
    expect(b).toMatchObject({ doc_id: "sub/b", published: "", published_source: "none", encoding: "utf-16le" })
  })

  it("decodes Windows-1252 when the bytes are not UTF-8", () => {
    const c = table(out, "documents").find((d) => d.source_file === "c.txt")!
    expect(c).toMatchObject({ doc_id: "c", encoding: "windows-1252", text: "\u201cQuote\u201d in 1252." })
  })

  it("writes clean paragraphs separated by one blank line", () => {
    const a = table(out, "documents").find((d) => d.source_file === "a.txt")!
    expect(a.text).toBe("First paragraph here. It has two sentences.\n\nSecond paragraph with a no-break space.")
  })

  it("gives sentences offsets that slice the decoded source file", () => {
    const sentences = table(out, "sentences")
    expect(sentences.length).toBe(7)
    const decoded: Record<string, string> = {
      "article-a": readFileSync(join(raw, "a.txt"), "utf8"),
      "sub/b": "Caf\u00e9 talks ended. Both sides left.",
      c: "\u201cQuote\u201d in 1252.",
      zz: "This file takes the id zz from the manifest.",
    }
    for (const s of sentences) {
      const span = sliceCodePoints(decoded[s.doc_id!]!, Number(s.raw_start), Number(s.raw_end))
      expect(span.replace(/\u00a0/g, " ")).toBe(s.text)
    }
  })

  it("writes no absolute path into any output", () => {
    for (const name of readdirSync(out)) expect(readFileSync(join(out, name), "latin1"), name).not.toContain(root)
  })

  it("validates rows: the same run again gives the same bytes", async () => {
    const again = join(root, "again")
    await runPipeline({ raw, out: again, jobs: 1 })
    for (const f of ["documents.csv", "sentences.arrow", "rejects.csv", "datapackage.json"]) {
      expect(readFileSync(join(again, f))).toEqual(readFileSync(join(out, f)))
    }
  })
})

describe("a run over a missing raw folder", () => {
  it("fails with a clear message and leaves the out folder alone", async () => {
    await expect(runPipeline({ raw: join(root, "nope"), out: join(root, "out-nope") })).rejects.toThrow(/raw folder not found/)
  })
})
