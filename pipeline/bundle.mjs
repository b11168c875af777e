/**
 * How the command line and the worker threads load the pipeline: each as one
 * plain JavaScript file that esbuild builds from the TypeScript sources the
 * first time those sources run, in about 50 ms. Loading it takes half the time
 * and 150 MB less memory than loading each of the pipeline's modules, and
 * each module of its libraries, through tsx's module hooks (measured on
 * `dateline run`, main thread and two workers).
 *
 * The builds live in node_modules/.cache/dateline, in a folder named by a
 * sha256 of the sources (the .ts files of pipeline/ and schemas/, this file,
 * esbuild's version; digest.mjs), so an edited source always gets a new build; the
 * builds of other versions are removed after an hour. Libraries stay outside the build and
 * load from node_modules. Each module's `import.meta.url` and
 * `import.meta.dirname` are its own source file's, so paths such as
 * `./lexicons/` resolve as they do from the sources. When no build can be
 * written (a read-only install), the sources load through tsx as before.
 */
import { createHash } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs"
import { dirname, join } from "node:path"
import { pathToFileURL } from "node:url"
import { sourcesDigest } from "./digest.mjs"

const ROOT = join(import.meta.dirname, "..")
const SOURCES = ["pipeline", "schemas"]
const CACHE = join(ROOT, "node_modules", ".cache", "dateline")

/**
 * A digest of what a build is made of: the sources, this file and the one below, esbuild's version, and where
 * the sources are. (A build names its sources' folder, for the lexicons and the worker threads' own build: two
 * checkouts sharing one node_modules, such as git worktrees, must not run each other's code.)
 */
export const buildKey = (root = ROOT) =>
  createHash("sha256").update(`${root}\0`).update(sourcesDigest(root, ["node_modules/esbuild/package.json", ...SOURCES], (rel) => /\.(?:ts|mjs|json)$/.test(rel))).digest("hex").slice(0, 16)

/** esbuild plugin: a module's `import.meta.url` and `import.meta.dirname` as those of its source file. */
const ownImportMeta = {
  name: "own-import-meta",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      loader: "ts",
      contents: readFileSync(args.path, "utf8")
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path))),
    }))
  },
}

/** The file URL of the build of `pipeline/NAME.ts`, built first when the sources have none. */
const built = async (name) => {
  const key = buildKey()
  const out = join(CACHE, key, `${name}.mjs`)
  try {
    statSync(out)
    return pathToFileURL(out).href
  } catch {
    // not built yet for these sources
  }
  const { build } = await import("esbuild")
  const tmp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  mkdirSync(dirname(out), { recursive: true })
  await build({
    entryPoints: [join(ROOT, "pipeline", `${name}.ts`)],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // (esbuild would otherwise rewrite some /\p{L}/u literals as `new RegExp(...)`, built again at every call; Node 20 has them)
    supported: { "regexp-unicode-property-escapes": true },
    packages: "external",
    plugins: [ownImportMeta],
    logLevel: "silent",
  })
  renameSync(tmp, out) // atomic: a concurrent run reads the whole build or none
  // Builds of other sources go after an hour (a run of another checkout sharing node_modules may still load one).
  for (const other of readdirSync(CACHE)) {
    if (other !== key && statSync(join(CACHE, other)).mtimeMs < Date.now() - 3_600_000) rmSync(join(CACHE, other), { recursive: true, force: true })
  }
  return pathToFileURL(out).href
}

/** Imports `pipeline/NAME.ts` from its build, or through tsx when no build can be made. */
export const load = async (name) => {
  let url
  try {
    url = await built(name)
  } catch {
    const { register } = await import("tsx/esm/api")
    register()
    url = new URL(`./${name}.ts`, import.meta.url).href
  }
  return import(url)
}
