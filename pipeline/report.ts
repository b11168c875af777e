/**
 * The report, `report.html` of the out folder: one static page that needs no
 * network and no script. Its charts are Vega-Lite specs compiled to Vega and
 * rendered to inline SVG when the dataset is built:
 *
 * - positions over time: a row per holder, a mark per dated position coloured
 *   by stance, its evidence in the mark's `<title>` (shown on hover);
 * - events per month by type;
 * - where the dates came from (`date_basis`, `published_source`);
 * - boilerplate removed, by kind;
 *
 * and tables of the top holders and issues. Same facts, same bytes: dates are
 * read and shown in UTC, every list is sorted, and nothing random or
 * clock-dependent reaches the page.
 *
 * Every timeline mark is a `<path class="position-mark" data-position-id=…>`,
 * so a reader (or a test) can count and trace them.
 */
import type { TopLevelSpec } from "vega-lite"
import { DATE_BASES, PUBLISHED_SOURCES, STANCES } from "../schemas/codes.ts"
import type { EventRow, PositionRow } from "../schemas/index.ts"
import { byText, type DatasetFacts, dateRange, formatCount, tally } from "./card.ts"

// ---------------------------------------------------------------------------
// HTML.

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

const htmlTable = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number>>): string => {
  const td = (v: string | number) => (typeof v === "number" ? `<td class="n">${formatCount(v)}</td>` : `<td>${escapeHtml(v)}</td>`)
  return [
    '<div class="scroll"><table>',
    `<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map(td).join("")}</tr>`).join("\n")}</tbody>`,
    "</table></div>",
  ].join("\n")
}

const section = (id: string, title: string, ...body: string[]): string =>
  [`<section id="${id}">`, `<h2>${escapeHtml(title)}</h2>`, ...body, "</section>"].join("\n")

const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`

// ---------------------------------------------------------------------------
// Charts.

/** Chart width in SVG units; the page scales the SVG down to the screen (viewBox, max-width 100%). */
const WIDTH = 330

const STANCE_COLOURS = ["#c0392b", "#1e8449", "#d68910", "#7f8c8d"]

/** Dates are parsed and shown in UTC, so the page does not depend on the time zone it was built in. */
const utcDate = (field: string) => ({ [field]: "utc:'%Y-%m-%d'" })

/** Renders a Vega-Lite spec to an SVG element, sized by its viewBox so that CSS can scale it. */
const renderSvg = async (spec: TopLevelSpec): Promise<string> => {
  // Loaded when a report is drawn, not by every worker thread that imports this module's neighbours.
  const [vega, { compile }] = await Promise.all([import("vega"), import("vega-lite")])
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" })
  try {
    const svg = await view.toSVG()
    return svg.replace(/^(<svg [^>]*?) width="[^"]*" height="[^"]*"/, "$1")
  } finally {
    view.finalize()
  }
}

const figure = (name: string, caption: string, svg: string): string =>
  `<figure class="chart" id="chart-${name}">\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`

const baseConfig = {
  font: "sans-serif",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: "bottom", direction: "horizontal", columns: 4 },
} as const

// ---------------------------------------------------------------------------
// Positions over time.

/** A position is dated when it has a date value or a first day (it is drawn when it has a first day). */
const isDated = (p: PositionRow): boolean => Boolean(p.date) || Boolean(p.date_start)

/** A holder's key: the code when there is one, else the name as written. */
const holderOf = (p: PositionRow): string => p.holder_code ?? p.holder_name ?? "(unnamed)"

/** The names of the actors' codes (a country's or organisation's own name, not a person's). */
const namesOfCodes = (facts: DatasetFacts): Map<string, string> => {
  const names = new Map<string, string>()
  const own = facts.actors.filter((a) => a.code && (a.kind === "country" || a.kind === "organisation"))
  for (const a of [...own].sort((x, y) => y.mentions - x.mentions || byText(x.name, y.name))) if (!names.has(a.code!)) names.set(a.code!, a.name)
  return names
}

const holderLabel = (holder: string, names: ReadonlyMap<string, string>): string => {
  const name = names.get(holder)
  return name && name !== holder ? `${name} (${holder})` : holder
}

/** What hovering a timeline mark shows: who, what stance on what, when and on what basis, the evidence, the article. */
const positionTitle = (p: PositionRow): string =>
  [
    `${p.holder_name ?? holderOf(p)}${p.holder_code ? ` (${p.holder_code})` : ""}: ${p.stance}${p.hedged ? " (hedged)" : ""}` +
      (p.issue_text ?? p.issue ? ` on ${p.issue_text ?? p.issue}` : ""),
    `${p.date ?? ""} (${p.date_start}${p.date_end && p.date_end !== p.date_start ? ` to ${p.date_end}` : ""}; date from ${p.date_basis})`,
    `“${p.evidence}”`,
    `${p.doc_id} [${p.raw_start}, ${p.raw_end})`,
  ].join("\n")

/**
 * Vega writes a mark's `description` as its `aria-label`. The timeline's
 * marks carry their position id there; this swaps it for the position's
 * title, adds the `<title>` element browsers show on hover, and marks each
 * path as a position.
 */
const titlePositionMarks = (svg: string, titles: ReadonlyMap<string, string>): string =>
  svg.replace(/<path aria-label="([^"]*)"([^>]*?)\/>/g, (whole, id: string, rest: string) => {
    const title = titles.get(id)
    if (title === undefined) return whole
    const text = escapeHtml(title)
    return `<path class="position-mark" data-position-id="${id}" aria-label="${text}"${rest}><title>${text}</title></path>`
  })

/** The timeline of dated positions, the note on those it cannot place, and the two tables. */
const positionsSection = async (facts: DatasetFacts): Promise<string> => {
  const positions = facts.positions
  if (positions.length === 0) return section("positions", "Positions over time", paragraph("This dataset has no positions: no article states an actor's stance on an issue that the pipeline recognised."))
  const names = namesOfCodes(facts)
  const placed = [...positions].filter((p) => p.date_start).sort((a, b) => byText(a.position_id, b.position_id))
  const unplaced = positions.filter((p) => isDated(p) && !p.date_start).length
  const undated = positions.filter((p) => !isDated(p)).length
  const holders = tally(placed, holderOf).map(([h]) => h)
  const note = `${formatCount(placed.length)} of ${formatCount(positions.length)} positions are dated and drawn` +
    (undated > 0 ? `; ${formatCount(undated)} ${undated === 1 ? "has" : "have"} no date` : "") +
    (unplaced > 0 ? `; ${formatCount(unplaced)} have a date value with no calendar day (such as PAST_REF) and are not drawn` : "") +
    ". A mark sits at the first day of the position's date; a line runs to its last day when the date is a longer period. Hover a mark for its evidence."

  let chart = paragraph("None of the positions is dated, so there is no timeline.")
  if (placed.length > 0) {
    const spec: TopLevelSpec = {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: WIDTH,
      height: { step: 7, for: "offset" },
      config: baseConfig,
      data: {
        values: placed.map((p) => ({
          id: p.position_id,
          holder: holderOf(p),
          stance: p.stance,
          start: p.date_start,
          end: p.date_end ?? p.date_start,
        })),
        format: { parse: { ...utcDate("start"), ...utcDate("end") } },
      },
      encoding: {
        y: { field: "holder", type: "nominal", sort: holders, title: "holder", axis: { labelLimit: 90 } },
        yOffset: { field: "stance", type: "nominal", scale: { domain: [...STANCES] } },
        x: { field: "start", type: "temporal", scale: { type: "utc" }, title: "date of the position (UTC)", axis: { labelOverlap: true } },
        color: { field: "stance", type: "nominal", scale: { domain: [...STANCES], range: STANCE_COLOURS }, title: "stance" },
      },
      layer: [
        { mark: { type: "rule", strokeWidth: 2, opacity: 0.45, aria: false }, encoding: { x2: { field: "end" } } },
        { mark: { type: "point", filled: true, size: 60, opacity: 0.85 }, encoding: { description: { field: "id" } } },
      ],
    }
    const titles = new Map(placed.map((p) => [p.position_id, positionTitle(p)]))
    chart = figure("timeline", "Positions over time: one row per holder, one mark per dated position, coloured by stance.", titlePositionMarks(await renderSvg(spec), titles))
  }
  return section("positions", "Positions over time", paragraph(note), chart, holdersTable(facts, names), issuesTable(facts))
}

/** How many rows the tables of top holders and issues show. */
const TOP = 15

/** The commonest values of a key among the positions, each with its positions, most first. */
const topGroups = (positions: ReadonlyArray<PositionRow>, keyOf: (p: PositionRow) => string) =>
  tally(positions, keyOf).slice(0, TOP).map(([key, n]) => ({ key, n, own: positions.filter((p) => keyOf(p) === key) }))

const stanceCounts = (own: ReadonlyArray<PositionRow>): number[] => STANCES.map((s) => own.filter((p) => p.stance === s).length)

const holdersTable = (facts: DatasetFacts, names: ReadonlyMap<string, string>): string => {
  const rows = topGroups(facts.positions, holderOf).map(({ key, n, own }) => {
    const range = dateRange(own.map((p) => p.date_start))
    return [holderLabel(key, names), n, ...stanceCounts(own), range?.first ?? "", range?.last ?? ""]
  })
  return `<h3>Top holders</h3>\n${htmlTable(["holder", "positions", ...STANCES, "first date", "last date"], rows)}`
}

const issuesTable = (facts: DatasetFacts): string => {
  const rows = topGroups(facts.positions, (p) => p.issue ?? "(no issue matched)").map(({ key, n, own }) => {
    const holders = tally(own, holderOf).slice(0, 4).map(([h, k]) => `${h} ${k}`).join(", ")
    return [key, n, ...stanceCounts(own), holders]
  })
  return `<h3>Top issues</h3>\n${htmlTable(["issue", "positions", ...STANCES, "main holders"], rows)}`
}

// ---------------------------------------------------------------------------
// Events per month.

/** A "YYYY-MM" month moved by whole years. */
const shiftYears = (month: string, years: number): string => `${String(Number(month.slice(0, 4)) + years).padStart(4, "0")}${month.slice(4)}`

/**
 * The months the events chart covers: from a year before the first
 * publication date to a year after the last (articles also recall old events
 * and announce planned ones; a few decades-old dates would squash the months
 * that matter), or every month when no article has a date.
 */
const eventWindow = (facts: DatasetFacts): { from: string; to: string } | null => {
  const published = dateRange(facts.documents.map((d) => d.published))
  return published ? { from: shiftYears(published.first.slice(0, 7), -1), to: shiftYears(published.last.slice(0, 7), 1) } : null
}

const eventsSection = async (facts: DatasetFacts): Promise<string> => {
  const dated = facts.events.filter((e) => e.date_start)
  if (dated.length === 0)
    return section("events", "Events per month", paragraph(facts.events.length === 0 ? "This dataset has no events." : `None of the ${formatCount(facts.events.length)} events is dated.`))
  const window = eventWindow(facts)
  const monthOf = (e: EventRow) => e.date_start!.slice(0, 7)
  const shown = window ? dated.filter((e) => monthOf(e) >= window.from && monthOf(e) <= window.to) : dated
  const before = window ? dated.filter((e) => monthOf(e) < window.from).length : 0
  const after = window ? dated.filter((e) => monthOf(e) > window.to).length : 0
  const note = `${formatCount(dated.length)} of ${formatCount(facts.events.length)} events are dated; each counts in the month of its date's first day.` +
    (window ? ` The chart covers ${window.from} to ${window.to}, a year either side of the articles' publication dates` : "") +
    (before + after > 0 ? `: ${formatCount(before)} events dated earlier and ${formatCount(after)} later are not drawn.` : window ? "." : "")
  if (shown.length === 0) return section("events", "Events per month", paragraph(note))
  const counts = tally(shown, (e) => `${monthOf(e)}-01\t${e.event_type}`)
    .map(([key, n]) => ({ key: key.split("\t"), n }))
    .sort((a, b) => byText(a.key.join("\t"), b.key.join("\t")))
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: WIDTH,
    height: 220,
    config: baseConfig,
    data: { values: counts.map(({ key: [month, type], n }) => ({ month, type, n })), format: { parse: utcDate("month") } },
    mark: { type: "bar" },
    encoding: {
      x: { field: "month", type: "temporal", timeUnit: "utcyearmonth", title: "month of the event's first day (UTC)", axis: { labelOverlap: true } },
      y: { field: "n", type: "quantitative", aggregate: "sum", title: "events" },
      color: { field: "type", type: "nominal", scale: { domain: tally(shown, (e) => e.event_type).map(([t]) => t), scheme: "tableau20" }, title: "event type" },
      order: { field: "type" },
    },
  }
  return section("events", "Events per month", paragraph(note), figure("events", "Events per month, stacked by event type.", await renderSvg(spec)))
}

// ---------------------------------------------------------------------------
// Where the dates came from.

const sourcesSection = async (facts: DatasetFacts): Promise<string> => {
  const groups = [
    { table: "articles", rows: facts.documents.map((d) => d.published_source), codes: PUBLISHED_SOURCES },
    { table: "events", rows: facts.events.map((e) => e.date_basis), codes: DATE_BASES },
    { table: "positions", rows: facts.positions.map((p) => p.date_basis), codes: DATE_BASES },
  ].filter((g) => g.rows.length > 0)
  if (groups.length === 0) return section("dates", "Where the dates came from", paragraph("This dataset has no documents, events or positions."))
  const values = groups.flatMap((g) => g.codes.map((code) => ({ table: g.table, source: code, n: g.rows.filter((r) => r === code).length })))
  const domain = [...new Set<string>([...DATE_BASES, ...PUBLISHED_SOURCES])]
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: WIDTH,
    height: { step: 34 },
    config: baseConfig,
    data: { values: values.filter((v) => v.n > 0) },
    mark: { type: "bar" },
    encoding: {
      y: { field: "table", type: "nominal", sort: groups.map((g) => g.table), title: null, axis: { labelLimit: 200 } },
      x: { field: "n", type: "quantitative", stack: "normalize", title: "share of rows", axis: { format: "%" } },
      color: { field: "source", type: "nominal", scale: { domain, scheme: "category10" }, title: "date from" },
      order: { field: "source" },
    },
  }
  const counts = htmlTable(
    ["date from", ...groups.map((g) => g.table)],
    domain.map((code) => [code, ...groups.map((g) => (g.codes as ReadonlyArray<string>).includes(code) ? g.rows.filter((r) => r === code).length : "")]),
  )
  return section(
    "dates",
    "Where the dates came from",
    paragraph("An article's publication date (documents.published_source) comes from the manifest or the article's header, byline, title or dateline. An event's or position's date (date_basis) comes from a time expression of its own clause (text), an earlier sentence (context), the article's publication date (publication), or nowhere (none)."),
    figure("dates", "Where the dates came from, as shares of each table's rows.", await renderSvg(spec)),
    counts,
  )
}

// ---------------------------------------------------------------------------
// Boilerplate.

const boilerplateSection = async (facts: DatasetFacts): Promise<string> => {
  const kinds = Object.entries(facts.boilerplateByKind).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
  if (kinds.length === 0) return section("boilerplate", "Boilerplate removed", paragraph("No boilerplate was found: every line of every article was read as body text."))
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: WIDTH,
    height: { step: 22 },
    config: baseConfig,
    data: { values: kinds.map(([kind, n]) => ({ kind, n })) },
    mark: { type: "bar", color: "#5d6d7e" },
    encoding: {
      y: { field: "kind", type: "nominal", sort: kinds.map(([k]) => k), title: null },
      x: { field: "n", type: "quantitative", title: "spans" },
    },
  }
  const total = kinds.reduce((sum, [, n]) => sum + n, 0)
  return section(
    "boilerplate",
    "Boilerplate removed",
    paragraph(`${formatCount(total)} spans of the source files are not body text (boilerplate.csv), by kind.`),
    figure("boilerplate", "Boilerplate spans by kind.", await renderSvg(spec)),
  )
}

// ---------------------------------------------------------------------------
// The page.

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2833; background: #fff; margin: 0 auto; padding: 0 1rem 3rem; max-width: 60rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.5rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; border-bottom: 1px solid #d5d8dc; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
figure.chart { margin: 1rem 0; }
figure.chart svg { display: block; width: 100%; max-width: 42rem; height: auto; }
figcaption { font-size: .85rem; color: #566573; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th { white-space: nowrap; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid #eaecee; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n, td.date { white-space: nowrap; }
.summary { color: #566573; }
`.trim()

/** The text of the out folder's report.html. */
export const renderReport = async (facts: DatasetFacts): Promise<string> => {
  const summary = `Version ${facts.version}, pipeline ${facts.pipelineVersion}: ${formatCount(facts.rows.documents)} articles, ` +
    `${formatCount(facts.rows.events)} events, ${formatCount(facts.rows.positions)} positions, ${formatCount(facts.rows.actors)} actors, ${formatCount(facts.rows.rejects)} rejects.`
  // One chart at a time: the SVG texts do not depend on what else is rendering.
  const sections: string[] = []
  for (const render of [positionsSection, eventsSection, sourcesSection, boilerplateSection]) sections.push(await render(facts))
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(facts.title)} — report</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(facts.title)}</h1>`,
    `<p class="summary">${escapeHtml(summary)} The tables are in this folder; README.md is the dataset's card and codebook.</p>`,
    "</header>",
    "<main>",
    ...sections,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n")
}
