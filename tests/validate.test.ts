import { describe, expect, it } from "vitest"
import { processDocument } from "../pipeline/document.ts"
import { validateDocument, validateRows } from "../pipeline/validate.ts"
import { sentences } from "../schemas/index.ts"

const tables = () =>
  processDocument({ docId: "d", sourceFile: "d.txt", sha256: "a".repeat(64), encoding: "utf-8", raw: "One sentence. Another one.", manifest: {} })

describe("validation", () => {
  it("passes the rows the pipeline makes", () => {
    const t = tables()
    const v = validateDocument(t, "d.txt")
    expect(v.rejects).toEqual([])
    expect(v.tables).toEqual(t)
  })

  it("refuses a bad row with the table, the row id, the column and the rule", () => {
    const t = tables()
    const bad = { ...t.sentences[0]!, raw_end: -1, text: 42 }
    const v = validateRows(sentences, [bad, t.sentences[1]], "d.txt")
    expect(v.valid).toEqual([t.sentences[1]])
    expect(v.rejects).toHaveLength(1)
    expect(v.rejects[0]).toMatchObject({ source_file: "d.txt", stage: "validate", table: "sentences", row_id: bad.sentence_id })
    expect(v.rejects[0]!.reason).toMatch(/^sentences row refused: .*text: .*raw_end: /)
  })

  it("refuses the whole article when its documents row is invalid, saying why", () => {
    const t = tables()
    const v = validateDocument({ ...t, documents: [{ ...t.documents[0]!, source_sha256: "not a hash" }] }, "d.txt")
    expect(v.tables).toBeNull()
    expect(v.rejects.map((r) => r.reason)).toEqual([expect.stringMatching(/^documents row refused: source_sha256: /)])
  })
})
