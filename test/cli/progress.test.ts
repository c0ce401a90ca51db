import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { main, type Io } from '../../src/cli/main.js';
import { createProgress, formatProgress, progressBar } from '../../src/cli/progress.js';
import type { Progress } from '../../src/run/extract-run.js';

const P = (over: Partial<Progress> = {}): Progress => ({ processed: 0, skipped: 0, failed: 0, bytes: 0, readBytes: 0, totalBytes: null, ...over });

describe('progressBar', () => {
  it.each([
    [0, 100, '[........................]   0%'],
    [50, 100, '[############............]  50%'],
    [100, 100, '[########################] 100%'],
    [250, 100, '[########################] 100%'], // clamped
    [-5, 100, '[........................]   0%'],
  ])('%i of %i → %s', (read, total, expected) => {
    expect(progressBar(read, total)).toBe(expected);
  });
  it.each([[null], [0]])('no bar when the total is %s', (total) => {
    expect(progressBar(10, total)).toBeNull();
  });
});

describe('formatProgress', () => {
  it('shows counts, rate and throughput', () => {
    const line = formatProgress(P({ processed: 30, skipped: 10, failed: 2, bytes: 4_000_000, readBytes: 5, totalBytes: 10 }), 2);
    expect(line).toBe('bilex: [############............]  50% 40 done (30 processed, 10 unchanged), 2 failed · 20.0 articles/s · 2.00 MB/s');
  });
  it('has no bar for stdin and no rate at time zero', () => {
    expect(formatProgress(P({ processed: 1 }), 0)).toBe('bilex: 1 done (1 processed, 0 unchanged), 0 failed · 0.0 articles/s · 0.00 MB/s');
  });
});

describe('createProgress', () => {
  it('redraws at most every 100 ms, ends with the final state and a newline', () => {
    let t = 0;
    const writes: string[] = [];
    const display = createProgress((s) => writes.push(s), () => t);
    display.update(P({ processed: 1 }));
    t = 50;
    display.update(P({ processed: 2 }));
    t = 120;
    display.update(P({ processed: 3 }));
    t = 130;
    display.update(P({ processed: 4 }));
    display.done();
    expect(writes.map((w) => /(\d+) done/.exec(w)?.[1] ?? w)).toEqual(['1', '3', '4', '\n']);
    expect(writes[0]!.startsWith('\r\x1b[2K')).toBe(true);
  });
  it('writes nothing when nothing happened', () => {
    const writes: string[] = [];
    createProgress((s) => writes.push(s)).done();
    expect(writes).toEqual([]);
  });
});

describe('extract progress on stderr only when it is a TTY', () => {
  const run = async (tty: boolean) => {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      stdin: Readable.from([JSON.stringify({ id: 'a', text: 'Oman and Syria signed an agreement.' })]),
      stderrIsTTY: tty,
    };
    const code = await main(['extract', '-', '--out', '-', '--concurrency', '1'], io);
    return { code, stdout, stderr };
  };
  it.each([
    [true, true],
    [false, false],
  ])('stderrIsTTY=%s → progress line %s', async (tty, expected) => {
    const r = await run(tty);
    expect(r.code).toBe(0);
    expect(r.stderr.includes('\r\x1b[2Kbilex: 1 done')).toBe(expected);
    expect(r.stderr).toMatch(/1 processed, 0 skipped \(unchanged\), 0 failed, 0 invalid in \d+\.\d s\n$/);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'a' });
  }, 60_000);
});
