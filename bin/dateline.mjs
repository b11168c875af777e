#!/usr/bin/env -S node --single-threaded-gc
// Entry point of `npx dateline`: the TypeScript CLI, built into one file by
// pipeline/bundle.mjs. Single-threaded GC: the worker pool keeps every core
// busy, and V8's GC helper threads would only compete with it.
import { load } from "../pipeline/bundle.mjs"

await load("cli")
