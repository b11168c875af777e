// The worker threads' entry point: registers tsx so that the TypeScript
// worker module (and the stages it imports) load as in the main thread.
import { register } from "tsx/esm/api"

register()
const { default: work } = await import("./worker.ts")
export default work
