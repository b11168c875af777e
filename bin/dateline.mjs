#!/usr/bin/env node
// Entry point of `npx dateline`: runs the TypeScript CLI through tsx.
import { register } from "tsx/esm/api"

register()
await import("../pipeline/cli.ts")
