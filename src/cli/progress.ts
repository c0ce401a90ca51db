import type { Progress } from '../run/extract-run.js';

/** A one-line progress display on a TTY: counts, rate and throughput, redrawn at most 10×/s. */
export function createProgress(write: (s: string) => void): { update: (p: Progress) => void; done: () => void } {
  const started = performance.now();
  let last = 0;
  let shown = false;
  const draw = (p: Progress) => {
    const secs = (performance.now() - started) / 1000;
    const done = p.processed + p.skipped;
    const rate = secs > 0 ? done / secs : 0;
    const mb = secs > 0 ? p.bytes / 1e6 / secs : 0;
    write(`\r\x1b[2Kbilex: ${done} done (${p.skipped} unchanged), ${p.failed} failed · ${rate.toFixed(1)} articles/s · ${mb.toFixed(2)} MB/s`);
    shown = true;
  };
  return {
    update: (p) => {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      draw(p);
    },
    done: () => {
      if (shown) write('\n');
    },
  };
}
