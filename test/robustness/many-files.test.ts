import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, tempDir } from '../cli/helpers.js';

/** 10,000 tiny files in one folder: all processed, none lost, memory and descriptors fine. */

const COUNT = 10_000;
const TINY = ['Oman.', 'تم.', 'x', '3 May.', 'Syria and Oman met.', 'وزير', '1', 'The UN.'];
let root: string;

beforeAll(async () => {
  root = await tempDir('many');
  await mkdir(path.join(root, 'in'));
  for (let i = 0; i < COUNT; i += 500) {
    await Promise.all(Array.from({ length: 500 }, (_, j) => writeFile(path.join(root, 'in', `t${String(i + j).padStart(5, '0')}.txt`), `${TINY[(i + j) % TINY.length]}`)));
  }
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('10,000 tiny files', () => {
  it('are all extracted, in id order, with one manifest entry each', async () => {
    const out = path.join(root, 'out');
    const r = await runCli(['extract', path.join(root, 'in'), '--out', out, '--concurrency', '2', '--json']);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: COUNT, skipped: 0, failed: 0, invalid: 0, articles: COUNT });
    const lines = (await readFile(path.join(out, 'articles.jsonl'), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(COUNT);
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([...ids].sort());
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { inputs: unknown[] };
    expect(manifest.inputs).toHaveLength(COUNT);
    expect((await readdir(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 300_000);
});
