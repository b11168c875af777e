/**
 * Atomic replacement of an out folder.
 *
 * The new dataset is written into a sibling folder `.NAME.new-*`; only when
 * every file is there does the old folder move aside to `.NAME.old-*` and the
 * new one take its name, then the old one is deleted. A run that dies before
 * that leaves the previous dataset untouched. A run killed between the two
 * renames leaves `.NAME.old-*` and no `NAME`: the next run (or any call of
 * `recover`) puts it back first. Stale `.new-*` folders are removed. A run
 * keeps its scratch files (sorted run files) inside its `.new-*` folder and
 * removes them before the swap, so a killed run leaves nothing behind.
 */
import { Effect, FileSystem, Path } from "effect"

const siblings = (out: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const abs = path.resolve(out)
    const parent = path.dirname(abs)
    const base = path.basename(abs)
    yield* fs.makeDirectory(parent, { recursive: true })
    const names = yield* fs.readDirectory(parent)
    const prefixed = (kind: "new" | "old") => names.filter((n) => n.startsWith(`.${base}.${kind}-`)).sort().map((n) => path.join(parent, n))
    return { fs, path, abs, parent, base, stale: prefixed("new"), old: prefixed("old") }
  })

/** Restores an out folder left aside by a run killed mid-swap, and removes half-written ones. */
export const recover = (out: string) =>
  Effect.gen(function* () {
    const { fs, abs, stale, old } = yield* siblings(out)
    for (const dir of stale) yield* fs.remove(dir, { recursive: true })
    const last = old.at(-1)
    if (last !== undefined && !(yield* fs.exists(abs))) yield* fs.rename(last, abs)
    for (const dir of old) if (yield* fs.exists(dir)) yield* fs.remove(dir, { recursive: true })
  })

/** Replaces the folder `out` with what `write` puts into a fresh folder, all at once. */
export const replaceFolderWith = <A, E, R>(out: string, write: (dir: string) => Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    yield* recover(out)
    const { fs, path, abs, parent, base } = yield* siblings(out)
    const tmp = yield* fs.makeTempDirectory({ directory: parent, prefix: `.${base}.new-` })
    const swap = Effect.gen(function* () {
      const result = yield* write(tmp)
      const aside = path.join(parent, path.basename(tmp).replace(`.${base}.new-`, `.${base}.old-`))
      const hadOld = yield* fs.exists(abs)
      if (hadOld) yield* fs.rename(abs, aside)
      yield* fs.rename(tmp, abs)
      if (hadOld) yield* fs.remove(aside, { recursive: true })
      return result
    })
    return yield* swap.pipe(Effect.onError(() => fs.remove(tmp, { recursive: true }).pipe(Effect.ignore)))
  })

/** Replaces the folder `out` with exactly these files, all at once. */
export const replaceFolder = (out: string, files: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }>) =>
  replaceFolderWith(out, (dir) =>
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      for (const f of files) yield* fs.writeFile(path.join(dir, f.name), f.bytes)
    }))
