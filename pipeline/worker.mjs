// The worker threads' entry point: the worker module (and the stages it
// imports) built into one file by bundle.mjs, as for the main thread.
import { load } from "./bundle.mjs"

const { default: work } = await load("worker")
export default work
