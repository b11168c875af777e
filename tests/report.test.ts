/**
 * The report (out/report.html): static charts as inline SVG, one timeline
 * mark per dated position with its evidence on hover, the same bytes from
 * another process, and a page that headless Chromium paints at phone width.
 *
 * The screenshots need Debian's `chromium`; when it is missing and the tests
 * run as root it is installed with apt-get, else those tests are skipped with
 * a message.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { inflateSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { factsOf } from "../pipeline/card.ts"
import type { Dataset } from "../pipeline/dataset.ts"
import { renderReport } from "../pipeline/report.ts"
import { TABLES } from "../schemas/index.ts"
import { parseCsv, removeDir, runPipeline, sharedDir, tempDir } from "./helpers.ts"

const repo = join(import.meta.dirname, "..")
const root = tempDir()
afterAll(() => removeDir(root))

// ---------------------------------------------------------------------------
// Chromium.

const onPath = (name: string): string | null => {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" })
  return r.status === 0 ? r.stdout.trim() : null
}

const findChromium = (): string | null => onPath("chromium") ?? onPath("chromium-browser")

/** Chromium, installed with apt-get when missing and running as root; null with the reason when there is none. */
const ensureChromium = (): { path: string } | { missing: string } => {
  const found = findChromium()
  if (found) return { path: found }
  if (process.getuid?.() !== 0) return { missing: "chromium is not installed and the tests do not run as root to install it" }
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "ignore" }).status === 0
  if (!install()) {
    spawnSync("apt-get", ["update"], { stdio: "ignore" })
    install()
  }
  const installed = findChromium()
  return installed ? { path: installed } : { missing: "chromium could not be installed with apt-get" }
}

/** A 412 px wide (phone) screenshot of a page, as PNG bytes. */
const screenshot = (chromium: string, page: string, png: string): Buffer => {
  execFileSync(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", `--user-data-dir=${png}.profile`,
    `--screenshot=${png}`, "--window-size=412,2000", pathToFileURL(page).href,
  ], { stdio: "ignore", timeout: 60_000 })
  return readFileSync(png)
}

// ---------------------------------------------------------------------------
// Reading a PNG: enough of the format for Chromium's screenshots (8-bit RGB or RGBA, not interlaced).

interface Image {
  readonly width: number
  readonly height: number
  /** The colour of a pixel as 0xRRGGBB. */
  readonly rgb: (x: number, y: number) => number
}

const decodePng = (png: Buffer): Image => {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "PNG signature").toBe(true)
  let offset = 8
  let header: Buffer | null = null
  const data: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString("latin1", offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    if (type === "IHDR") header = body
    if (type === "IDAT") data.push(body)
    offset += 12 + length
  }
  expect(header, "IHDR chunk").not.toBeNull()
  const width = header!.readUInt32BE(0), height = header!.readUInt32BE(4)
  const [depth, colourType, , , interlace] = header!.subarray(8, 13)
  expect({ depth, interlace, colourType: [2, 6].includes(colourType!) }).toEqual({ depth: 8, interlace: 0, colourType: true })
  const bpp = colourType === 6 ? 4 : 3
  const stride = width * bpp
  const raw = inflateSync(Buffer.concat(data))
  const pixels = Buffer.alloc(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? pixels[y * stride + i - bpp]! : 0
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0
      const c = i >= bpp && y > 0 ? pixels[(y - 1) * stride + i - bpp]! : 0
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c)
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!
      pixels[y * stride + i] = (line[i]! + predictor) & 0xff
    }
  }
  return { width, height, rgb: (x, y) => pixels.readUIntBE(y * stride + x * bpp, 3) }
}

/** How many pixels of an image have each colour. */
const colourCounts = (image: Image): Map<number, number> => {
  const counts = new Map<number, number>()
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) counts.set(image.rgb(x, y), (counts.get(image.rgb(x, y)) ?? 0) + 1)
  return counts
}

/** Pixels within a small distance of a colour (a mark's fill blended with the white page at its opacity). */
const pixelsNear = (counts: ReadonlyMap<number, number>, rgb: number, tolerance = 10): number =>
  [...counts].filter(([c]) => [16, 8, 0].every((s) => Math.abs(((c >> s) & 0xff) - ((rgb >> s) & 0xff)) <= tolerance)).reduce((n, [, k]) => n + k, 0)

/** A colour at some opacity over white. */
const overWhite = (rgb: number, opacity: number): number =>
  [16, 8, 0].reduce((acc, s) => acc | (Math.round(((rgb >> s) & 0xff) * opacity + 255 * (1 - opacity)) << s), 0)

// ---------------------------------------------------------------------------
// Reading the page.

const unescapeHtml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!)

/** The inline SVG of a chart of the page, or null when the page has no such chart. */
const chartSvg = (html: string, name: string): string | null =>
  html.match(new RegExp(`<figure class="chart" id="chart-${name}">\\n(<svg [\\s\\S]*?</svg>)`))?.[1] ?? null

/** The timeline's marks: their position ids and hover titles. */
const timelineMarks = (html: string): Array<{ id: string; title: string }> =>
  [...html.matchAll(/<path class="position-mark" data-position-id="([^"]+)"[^>]*><title>([^<]*)<\/title><\/path>/g)].map((m) => ({
    id: m[1]!,
    title: unescapeHtml(m[2]!),
  }))

const csvRows = (out: string, name: string): Array<Record<string, string>> =>
  parseCsv(readFileSync(join(out, `${name}.csv`), "utf8"), { columns: true })

// ---------------------------------------------------------------------------

/** The colour of oppose marks in the timeline (report.ts), drawn at opacity 0.85. */
const OPPOSE = 0xc0392b

const corpora: Array<{ name: string; raw: string | null }> = [
  { name: "the default corpus", raw: join(repo, "raw") },
  { name: "SyrianCrisis_bbc (t17-dev)", raw: ((s) => (s ? join(s, "bench", "corpora", "t17-dev", "SyrianCrisis_bbc", "raw") : null))(sharedDir()) },
]

let chromium: ReturnType<typeof ensureChromium>
beforeAll(() => {
  chromium = ensureChromium()
  if ("missing" in chromium) console.warn(`report screenshots skipped: ${chromium.missing}`)
})

for (const corpus of corpora) {
  describe(`the report of ${corpus.name}`, () => {
    const present = corpus.raw !== null && existsSync(corpus.raw)
    const out = join(root, corpus.name.replace(/\W+/g, "-"))
    let html = ""

    beforeAll(async () => {
      if (!present) return
      await runPipeline({ raw: corpus.raw!, out, jobs: 4 })
      html = readFileSync(join(out, "report.html"), "utf8")
    })

    it("has one timeline mark per dated position, with its evidence on hover", (ctx) => {
      if (!present) ctx.skip(`${corpus.name} is not in this checkout (../shared)`)
      const positions = csvRows(out, "positions")
      const dated = positions.filter((p) => p.date !== "" || p.date_start !== "")
      expect(dated.length, "the corpus has dated positions").toBeGreaterThan(0)
      const svg = chartSvg(html, "timeline")
      expect(svg, "timeline chart").not.toBeNull()
      const marks = timelineMarks(svg!)
      // Positions whose date has no calendar day (PAST_REF...) cannot be placed; the page says how many.
      const unplaced = Number(html.match(/; ([\d,]+) have a date value with no calendar day/)?.[1]?.replace(/,/g, "") ?? 0)
      expect(unplaced).toBeLessThanOrEqual(dated.filter((p) => p.date_start === "").length)
      expect(marks.length).toBe(dated.length - unplaced)
      expect(marks.map((m) => m.id).sort()).toEqual(dated.filter((p) => p.date_start !== "").map((p) => p.position_id).sort())
      const byId = new Map(positions.map((p) => [p.position_id, p]))
      for (const mark of marks) {
        const p = byId.get(mark.id)!
        expect(mark.title, mark.id).toContain(p.evidence)
        expect(mark.title, mark.id).toContain(p.doc_id)
        expect(mark.title, mark.id).toContain(p.stance)
      }
      expect(html).toContain(`${dated.length - unplaced} of ${positions.length} positions are dated and drawn`)
    })

    it("has the other charts as non-empty inline SVG, and the tables of holders and issues", (ctx) => {
      if (!present) ctx.skip(`${corpus.name} is not in this checkout (../shared)`)
      for (const name of ["timeline", "events", "dates", "boilerplate"]) {
        const svg = chartSvg(html, name)
        expect(svg, name).not.toBeNull()
        expect(svg, name).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/)
        expect(svg!.match(/<(path|line|rect)\b/g)?.length ?? 0, name).toBeGreaterThan(10)
      }
      expect(chartSvg(html, "events"), "events per month are bars").toMatch(/class="mark-rect role-mark[^"]*"/)
      const topHolder = csvRows(out, "positions").reduce((m, p) => m.set(p.holder_code!, (m.get(p.holder_code!) ?? 0) + 1), new Map<string, number>())
      const [code, n] = [...topHolder].sort((a, b) => b[1] - a[1])[0]!
      expect(html).toMatch(new RegExp(`<h3>Top holders</h3>[\\s\\S]*?<td>[^<]*\\(${code}\\)</td><td class="n">${n}</td>`))
      expect(html).toContain("<h3>Top issues</h3>")
    })

    it("is a static page: no script, no network, no absolute path", (ctx) => {
      if (!present) ctx.skip(`${corpus.name} is not in this checkout (../shared)`)
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|href="https?:/i)
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
      expect(html).not.toContain(root)
      expect(html).not.toContain(repo)
    })

    it("paints at phone width in headless Chromium", (ctx) => {
      if (!present) ctx.skip(`${corpus.name} is not in this checkout (../shared)`)
      if ("missing" in chromium) ctx.skip(chromium.missing)
      const chrome = (chromium as { path: string }).path
      const png = join(out, "..", `${corpus.name.replace(/\W+/g, "-")}.png`)
      const image = decodePng(screenshot(chrome, join(out, "report.html"), png))
      expect(statSync(png).size).toBeGreaterThan(20_000)
      expect({ width: image.width, height: image.height }).toEqual({ width: 412, height: 2000 })
      const counts = colourCounts(image)
      const background = [...counts].sort((a, b) => b[1] - a[1])[0]!
      expect(background[0], "a white page").toBe(0xffffff)
      expect(counts.size, "text and charts, not a blank page").toBeGreaterThan(50)
      expect(image.width * image.height - background[1], "painted pixels").toBeGreaterThan(20_000)
      // The timeline's oppose marks are on the first screen of both corpora.
      expect(pixelsNear(counts, overWhite(OPPOSE, 0.85)), "oppose-coloured timeline marks").toBeGreaterThan(20)
      // A blank page, for comparison, is a single colour.
      const blankPage = join(root, "blank.html")
      writeFileSync(blankPage, "<!DOCTYPE html><title>blank</title>")
      const blank = decodePng(screenshot(chrome, blankPage, `${png}.blank.png`))
      expect(colourCounts(blank).size).toBe(1)
    })
  })
}

describe("the report's determinism and empty tables", () => {
  it("comes out byte for byte the same from another process, time zone and locale", async () => {
    const out = join(root, "cli")
    execFileSync(process.execPath, ["bin/dateline.mjs", "run", "--raw", "raw", "--out", out, "--jobs", "1"], {
      cwd: repo,
      env: { ...process.env, TZ: "Pacific/Kiritimati", LC_ALL: "de_DE.UTF-8", LANG: "de_DE.UTF-8" },
      stdio: "pipe",
    })
    const inProcess = join(root, "in-process")
    await runPipeline({ raw: join(repo, "raw"), out: inProcess, jobs: 3 })
    expect(readFileSync(join(out, "report.html")).equals(readFileSync(join(inProcess, "report.html")))).toBe(true)
    expect(readFileSync(join(out, "README.md")).equals(readFileSync(join(inProcess, "README.md")))).toBe(true)
  })

  it("says there is nothing to chart instead of drawing empty charts", async () => {
    const empty = Object.fromEntries(TABLES.map((def) => [def.name, []])) as unknown as Dataset
    const html = await renderReport(factsOf(empty, { name: "empty", title: "Empty", version: "1.0.0", pipelineVersion: "0" }))
    expect(html).not.toContain("<svg")
    expect(html).toContain("This dataset has no positions")
    expect(html).toContain("This dataset has no events.")
    expect(html).toContain("This dataset has no documents, events or positions.")
    expect(html).toContain("No boilerplate was found")
    expect(html).toBe(await renderReport(factsOf(empty, { name: "empty", title: "Empty", version: "1.0.0", pipelineVersion: "0" })))
  })
})
