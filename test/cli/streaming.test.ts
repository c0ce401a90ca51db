import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { generatedDocs, runCli, tempDir } from '../cli/helpers.js';

/** `bilex extract - --out -`: JSONL in on stdin, records out on stdout, everything else on stderr. */

const docs = generatedDocs(24, 11, 3);
const STDIN = [...docs.slice(0, 12).map((d) => JSON.stringify(d)), 'this line is broken', ...docs.slice(12).map((d) => JSON.stringify(d))].join('\n') + '\n';
let root: string;

beforeAll(async () => {
  root = await tempDir('stream');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('streaming', () => {
  it('--format jsonl: one record per stdout line, in input order, equal to the folder output', async () => {
    const r = await runCli(['extract', '-', '--format', 'jsonl', '--out', '-', '--concurrency', '2', '--json'], { input: STDIN });
    expect(r.code).toBe(1); // the broken line
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((l) => JSON.parse(l) as { id: string; source: { path: string; line: number } });
    expect(records.map((x) => x.id)).toEqual(docs.map((d) => d.id));
    expect(records[12]!.source).toMatchObject({ path: '-', line: 14 });
    // stderr: the per-line error, the summary and the --json summary; never records
    expect(r.stderr).toMatch(/-:13: bad-json: /);
    expect(r.stderr).toMatch(/24 processed, 0 skipped \(unchanged\), 1 failed/);
    expect(JSON.parse(r.stderr.slice(r.stderr.indexOf('{')))).toMatchObject({ processed: 24, failed: 1, articles: 24 });
    expect(r.stderr).not.toContain('\r'); // not a TTY: no progress line

    // The same input through a folder run gives the same records.
    const out = path.join(root, 'out');
    const dir = await runCli(['extract', '-', '--out', out, '--concurrency', '1', '--quiet'], { input: STDIN });
    expect(dir.code).toBe(1);
    for (const [i, line] of lines.entries()) {
      expect(line).toBe(JSON.stringify(JSON.parse(await readFile(path.join(out, `${records[i]!.id}.json`), 'utf8'))));
    }
  }, 120_000);

  it('--format json: one JSON array on stdout; --quiet leaves stderr empty', async () => {
    const r = await runCli(['extract', '-', '--format', 'json', '--out', '-', '--concurrency', '1', '--quiet'], { input: docs.slice(0, 3).map((d) => JSON.stringify(d)).join('\n') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const array = JSON.parse(r.stdout) as { id: string }[];
    expect(array.map((x) => x.id)).toEqual(docs.slice(0, 3).map((d) => d.id));
  }, 60_000);

  it('--format json with nothing valid prints an empty array', async () => {
    const r = await runCli(['extract', '-', '--format', 'json', '--out', '-', '--concurrency', '1'], { input: '{"id": 1}\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/missing-text/);
  }, 60_000);

  it('plain text on stdin is one article with id "stdin"', async () => {
    const r = await runCli(['extract', '-', '--out', '-', '--concurrency', '1', '--quiet'], { input: docs[0]!.text });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }).id).toBe('stdin');
  }, 60_000);
});
