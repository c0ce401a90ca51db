import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { processArticle } from '../../src/core/pipeline.js';
import type { ArticleRecord } from '../../src/core/types.js';
import { runExtract } from '../../src/run/extract-run.js';
import { inShard, parseShard } from '../../src/run/shard.js';
import type { ArticleInput } from '../../src/stages/ingest.js';
import { tempDir } from '../cli/helpers.js';

/**
 * Memory stays flat whatever the input size: the run never holds more than a window of articles
 * between reading and writing, and a slow consumer of streamed lines slows the reading down.
 */

const TEXT = 'Oman and Syria signed an agreement.';
const ARTICLES = 5000;

let template: ArticleRecord;
let root: string;
beforeAll(async () => {
  template = processArticle({ id: 'x', text: TEXT, source: { path: '-', sha256: '0'.repeat(64), bytes: TEXT.length, line: 1 }, meta: {}, notes: [] });
  root = await tempDir('window');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A JSONL stdin that counts the lines it has handed out. */
function countingStdin(count: number) {
  const state = { read: 0 };
  const stream = Readable.from((function* () {
    for (let i = 0; i < count; i++) {
      state.read++;
      yield `${JSON.stringify({ id: `a${String(i).padStart(5, '0')}`, text: TEXT })}\n`;
    }
  })(), { objectMode: false, highWaterMark: 1024 });
  return { stream, state };
}

const fakeProcess = (a: ArticleInput): ArticleRecord => ({ ...template, id: a.id, source: a.source });

describe('in-order window', () => {
  it.each([1, 2, 8])('concurrency %i: reading runs at most a bounded distance ahead of a slow stdout', async (concurrency) => {
    const { stream, state } = countingStdin(ARTICLES);
    let written = 0;
    let maxAhead = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const summary = await runExtract({
      paths: ['-'],
      out: '-',
      stdin: stream,
      concurrency,
      process: async (a) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        return fakeProcess(a);
      },
      writeLine: async (line) => {
        maxAhead = Math.max(maxAhead, state.read - written);
        written++;
        expect(line.endsWith('\n')).toBe(true);
        if (written % 10 === 0) await new Promise((r) => setTimeout(r, 1)); // a slow pipe
      },
    });
    expect(summary).toMatchObject({ processed: ARTICLES, failed: 0, articles: ARTICLES });
    expect(written).toBe(ARTICLES);
    const window = Math.max(8, concurrency * 4);
    expect(maxInFlight).toBeLessThanOrEqual(window + 1);
    // the window plus one stream chunk, far below the input size
    expect(maxAhead).toBeLessThan(window + 64);
  }, 60_000);

  it('emits streamed lines in input order even when later articles finish first', async () => {
    const { stream } = countingStdin(200);
    const ids: string[] = [];
    await runExtract({
      paths: ['-'],
      out: '-',
      stdin: stream,
      concurrency: 4,
      process: async (a) => {
        const n = Number(a.id.slice(1));
        await new Promise((r) => setTimeout(r, (n * 7) % 5));
        return fakeProcess(a);
      },
      writeLine: (line) => void ids.push((JSON.parse(line) as { id: string }).id),
    });
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(200);
  });

  it('releases the pool once every article is processed, before any dataset file is written', async () => {
    const { stream } = countingStdin(50);
    const out = path.join(root, 'release');
    let processed = 0;
    const atRelease: { processed: number; files: string[] }[] = [];
    const summary = await runExtract({
      paths: ['-'],
      out,
      stdin: stream,
      concurrency: 4,
      process: async (a) => {
        await new Promise((r) => setImmediate(r));
        processed++;
        return fakeProcess(a);
      },
      release: async () => {
        atRelease.push({ processed, files: (await readdir(out)).filter((f) => !f.startsWith('.')) });
      },
    });
    expect(summary).toMatchObject({ processed: 50, articles: 50 });
    expect(atRelease).toHaveLength(1);
    expect(atRelease[0]!.processed).toBe(50);
    const datasetFiles = ['manifest.json', 'entities.jsonl', 'articles.jsonl', 'errors.jsonl'];
    expect(atRelease[0]!.files.filter((f) => datasetFiles.includes(f))).toEqual([]);
    expect(atRelease[0]!.files.filter((f) => /^a\d{5}\.json$/.test(f))).toHaveLength(50);
    expect(await readdir(out)).toEqual(expect.arrayContaining(datasetFiles));
  });

  it('a throwing pipeline is a per-article failure, not a crash', async () => {
    const { stream } = countingStdin(20);
    const summary = await runExtract({
      paths: ['-'],
      out: path.join(root, 'out'),
      stdin: stream,
      process: (a) => {
        if (a.id.endsWith('7')) throw new RangeError('Maximum call stack size exceeded');
        return fakeProcess(a);
      },
    });
    expect(summary).toMatchObject({ processed: 18, failed: 2, articles: 18 });
    expect(summary.errors.map((e) => [e.line, e.code])).toEqual([[8, 'pipeline-error'], [18, 'pipeline-error']]);
  });
});

describe('shard assignment', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 3/3 ', { index: 3, count: 3 }],
    ['0/3', null],
    ['4/3', null],
    ['1/0', null],
    ['a/b', null],
    ['1/2/3', null],
    ['', null],
  ])('parseShard(%j) = %j', (value, expected) => {
    expect(parseShard(value)).toEqual(expected);
  });

  it('puts every id in exactly one of N shards, spread roughly evenly', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `doc-${i}`);
    for (const n of [2, 3, 7]) {
      const sizes = Array.from({ length: n }, (_, k) => ids.filter((id) => inShard(id, { index: k + 1, count: n })).length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(ids.length);
      for (const s of sizes) expect(s).toBeGreaterThan((ids.length / n) * 0.8);
      for (const id of ids.slice(0, 50)) expect(Array.from({ length: n }, (_, k) => inShard(id, { index: k + 1, count: n })).filter(Boolean)).toHaveLength(1);
    }
  });
});
