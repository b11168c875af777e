/** Progress on a terminal: files done, rate, rejects. Silent when stderr is not a TTY. */
export interface Progress {
  readonly tick: (rejected: boolean) => void
  readonly done: () => void
}

export const makeProgress = (total: number, enabled: boolean = process.stderr.isTTY === true): Progress => {
  if (!enabled) return { tick: () => {}, done: () => {} }
  const started = performance.now()
  let files = 0
  let rejected = 0
  let shown = 0
  const show = () => {
    const secs = (performance.now() - started) / 1000
    const rate = secs > 0 ? (files / secs).toFixed(1) : "-"
    process.stderr.write(`\r\x1b[2K  ${files}/${total} files  ${rate} files/s  ${rejected} rejected`)
  }
  return {
    tick: (r) => {
      files++
      if (r) rejected++
      const now = performance.now()
      if (now - shown > 100 || files === total) {
        shown = now
        show()
      }
    },
    done: () => process.stderr.write("\r\x1b[2K"),
  }
}
