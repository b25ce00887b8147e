/**
 * The batch progress bar on a terminal's standard error: done count, rate
 * and, when the input size is known, a bar and the time left. Redrawn at
 * most ten times a second; nothing is drawn when stderr is not a terminal.
 */
export interface ProgressTarget {
  write(chunk: string): unknown
  isTTY?: boolean | undefined
  columns?: number | undefined
}

export class Progress {
  private last = 0
  private readonly started = Date.now()
  private readonly enabled: boolean

  constructor(
    private readonly target: ProgressTarget,
    private readonly totalBytes: number | null
  ) {
    this.enabled = Boolean(target.isTTY)
  }

  update(done: number, doneBytes: number, force = false): void {
    if (!this.enabled) return
    const now = Date.now()
    if (!force && now - this.last < 100) return
    this.last = now
    const seconds = Math.max((now - this.started) / 1000, 0.001)
    const rate = done / seconds
    let line = `${done.toLocaleString('en-US')} articles  ${rate.toFixed(rate < 10 ? 1 : 0)}/s`
    if (this.totalBytes && this.totalBytes > 0) {
      const fraction = Math.min(1, doneBytes / this.totalBytes)
      const width = 24
      const filled = Math.round(fraction * width)
      const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Number.NaN
      line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${formatDuration(eta)}`
    }
    const columns = this.target.columns ?? 80
    this.target.write(`\r${line.slice(0, Math.max(10, columns - 1))}\u001B[K`)
  }

  /** Erase the bar. */
  clear(): void {
    if (this.enabled) this.target.write('\r\u001B[K')
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
