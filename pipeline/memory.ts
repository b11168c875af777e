/**
 * A full garbage collection on demand, for the moments a phase ends and the
 * next would otherwise add its own peak to the garbage the last one left
 * (V8 collects its old generation lazily, and an idle thread never).
 * `--expose-gc` set at run time reaches the functions of new contexts only,
 * hence the `vm` context.
 */
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

export const collectGarbage = (): void => gc()
