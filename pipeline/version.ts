/** The pipeline's version, from package.json: written into every documents row and datapackage.json. */
import { readFileSync } from "node:fs"

export const PIPELINE_VERSION: string = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).version
