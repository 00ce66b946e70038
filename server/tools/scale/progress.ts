/**
 * A one-line progress bar on stderr: redrawn in place on a terminal (at most ten times a second),
 * one line per tenth of the work otherwise (CI logs, pipes).
 */
export class ProgressBar {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastTenth = -1;
  private readonly interactive: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.interactive = Boolean(stream.isTTY);
  }

  tick(amount: number, detail = ''): void {
    this.done = Math.min(this.total, this.done + amount);
    const now = Date.now();
    if (this.interactive) {
      if (now - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = now;
      this.stream.write(`\r${this.line(detail)}\x1b[K`);
    } else {
      const tenth = this.total === 0 ? 10 : Math.floor((this.done / this.total) * 10);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      this.stream.write(`${this.line(detail)}\n`);
    }
  }

  finish(detail = ''): void {
    this.done = this.total;
    if (this.interactive) this.stream.write(`\r${this.line(detail)}\x1b[K\n`);
    else if (this.lastTenth !== 10) this.stream.write(`${this.line(detail)}\n`);
  }

  private line(detail: string): string {
    const fraction = this.total === 0 ? 1 : this.done / this.total;
    const width = 30;
    const filled = Math.round(fraction * width);
    const seconds = (Date.now() - this.started) / 1000;
    const count = `${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')}`;
    return `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${count} ${seconds.toFixed(1)} s${detail ? ` ${detail}` : ''}`;
  }
}

/** Progress callbacks (a write's start and batches) drawn as a bar labelled `label`; `finish` after the work. */
export function progressBar(label: string) {
  let bar: ProgressBar | undefined;
  return {
    progress: {
      start: (total: number) => void (bar = new ProgressBar(label, total)),
      batch: (written: number, what: string) => bar?.tick(written, what),
    },
    finish: () => bar?.finish(),
  };
}
