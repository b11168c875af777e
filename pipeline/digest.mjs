// A sha256 over the names and bytes of a project's files: the pipeline's
// fingerprint for the cache (cache.ts) and the name of its build (bundle.mjs).
// Plain JavaScript, so that bundle.mjs can use it before any TypeScript loads.
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"

/** The digest of the files at `paths` below `root` (folders walked in name order) that `keep` keeps, by relative path. */
export const sourcesDigest = (root, paths, keep = () => true) => {
  const hash = createHash("sha256")
  const visit = (rel) => {
    const abs = join(root, rel)
    if (statSync(abs).isDirectory()) for (const name of readdirSync(abs).sort()) visit(`${rel}/${name}`)
    else if (keep(rel)) hash.update(`${rel}\0`).update(readFileSync(abs)).update("\n")
  }
  for (const path of paths) visit(path)
  return hash.digest("hex")
}
