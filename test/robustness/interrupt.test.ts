import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { BIN, ROOT, generatedDocs, runCli, tempDir } from '../cli/helpers.js';

/**
 * SIGKILL in the middle of a run: every file left in --out is complete JSON or an unmistakable
 * temp file (dot-prefixed, .tmp), and a rerun completes cleanly over the same folder.
 */

const ARTICLES = 1000;
const DATASET_FILES = ['articles.jsonl', 'entities.jsonl', 'errors.jsonl', 'manifest.json'];
let root: string;
let input: string;
let out: string;

const isTemp = (name: string) => name.startsWith('.') && name.endsWith('.tmp');
const recordNames = (names: string[]) => names.filter((n) => !isTemp(n) && !DATASET_FILES.includes(n));

beforeAll(async () => {
  root = await tempDir('kill');
  input = path.join(root, 'in');
  out = path.join(root, 'out');
  await mkdir(input);
  const docs = generatedDocs(ARTICLES, 7, 2);
  await writeFile(path.join(input, 'big.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('interrupted run', () => {
  it('leaves only complete files after SIGKILL, and a rerun completes', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', input, '--out', out, '--concurrency', '2', '--quiet'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill as soon as some records are on disk (well before the end of the run).
    let written = 0;
    for (let i = 0; i < 1200 && child.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 50));
      written = recordNames(await readdir(out).catch(() => [] as string[])).length;
      if (written >= 20) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(written).toBeGreaterThanOrEqual(20);

    const names = await readdir(out);
    expect(names).not.toContain('manifest.json'); // the run never got to its end
    expect(recordNames(names).length).toBeLessThan(ARTICLES);
    for (const name of names) {
      if (isTemp(name)) continue;
      expect(name).toMatch(/^gen-\d{4}\.json$/);
      const record = JSON.parse(await readFile(path.join(out, name), 'utf8')) as { id: string };
      expect(`${record.id}.json`).toBe(name);
    }

    const rerun = await runCli(['extract', input, '--out', out, '--concurrency', '2', '--json']);
    expect(rerun.code, rerun.stderr.slice(-2000)).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { processed: number; skipped: number; failed: number; articles: number };
    expect(summary).toMatchObject({ failed: 0, articles: ARTICLES });
    const after = await readdir(out);
    expect(after.filter(isTemp)).toEqual([]);
    expect(recordNames(after)).toHaveLength(ARTICLES);
    const lines = (await readFile(path.join(out, 'articles.jsonl'), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(ARTICLES);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(generatedDocs(ARTICLES, 7, 2).map((d) => d.id));
  }, 300_000);
});
