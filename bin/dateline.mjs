#!/usr/bin/env -S node --single-threaded-gc
// Entry point of `npx dateline`: runs the TypeScript CLI through tsx. Single-threaded GC: the worker
// pool keeps every core busy, and V8's GC helper threads would only compete with it.
import { register } from "tsx/esm/api"

register()
await import("../pipeline/cli.ts")
