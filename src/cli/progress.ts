import type { Progress } from '../run/extract-run.js';

export interface ProgressDisplay {
  update: (p: Progress) => void;
  done: () => void;
}

const BAR_WIDTH = 24;

/** `[#######.........]  42%` from bytes read over the input size; null when the size is unknown. */
export function progressBar(read: number, total: number | null, width = BAR_WIDTH): string | null {
  if (total === null || total <= 0) return null;
  const share = Math.max(0, Math.min(1, read / total));
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
}

/** The one progress line: bar (when the input size is known), counts, rate and throughput. */
export function formatProgress(p: Progress, seconds: number): string {
  const done = p.processed + p.skipped;
  const rate = seconds > 0 ? done / seconds : 0;
  const mb = seconds > 0 ? p.bytes / 1e6 / seconds : 0;
  const bar = progressBar(p.readBytes, p.totalBytes);
  return `bilex: ${bar ? `${bar} ` : ''}${done} done (${p.processed} processed, ${p.skipped} unchanged), ${p.failed} failed · ${rate.toFixed(1)} articles/s · ${mb.toFixed(2)} MB/s`;
}

/**
 * A progress display for a TTY: one line redrawn in place at most 10×/s. The caller only creates
 * it when stderr is a TTY (and not --quiet), so pipes and logs get nothing but the summary.
 */
export function createProgress(write: (s: string) => void, now: () => number = () => performance.now()): ProgressDisplay {
  const started = now();
  let last = -Infinity;
  let latest: Progress | null = null;
  let shown = false;
  const draw = (p: Progress) => {
    write(`\r\x1b[2K${formatProgress(p, (now() - started) / 1000)}`);
    shown = true;
  };
  return {
    update: (p) => {
      latest = p;
      const t = now();
      if (t - last < 100) return;
      last = t;
      draw(p);
    },
    done: () => {
      if (latest) draw(latest);
      if (shown) write('\n');
    },
  };
}
