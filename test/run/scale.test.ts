import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedDocs, runCli, seedTexts, snapshot, tempDir } from '../cli/helpers.js';

/**
 * Scale-out guarantees through the built CLI, on the seeds plus generated documents (both
 * languages) and a few failing inputs: output is byte-identical whatever --concurrency; N shard
 * runs merged equal a single run; reruns skip unchanged inputs and redo a changed one alone.
 */

let root: string;
let input: string;
const out = (name: string) => path.join(root, name);
let single: Record<string, string>;
const summaryOf = (stdout: string) => JSON.parse(stdout) as { processed: number; skipped: number; failed: number; invalid: number; articles: number };

beforeAll(async () => {
  root = await tempDir('scale');
  input = path.join(root, 'in');
  await mkdir(path.join(input, 'nested'), { recursive: true });
  for (const s of seedTexts()) await writeFile(path.join(input, s.name), s.text);
  const docs = generatedDocs(60, 3, 5);
  for (const d of docs.slice(0, 30)) await writeFile(path.join(input, 'nested', `${d.id}.txt`), d.text);
  await writeFile(path.join(input, 'batch.jsonl'), [
    ...docs.slice(30).map((d) => JSON.stringify({ ...d, date: '2021-03-04' })),
    '{"id": "broken", ',
    JSON.stringify({ id: 'gen-0031', text: 'A duplicate id.' }),
  ].join('\n') + '\n');
  await writeFile(path.join(input, 'empty.txt'), '');
  await writeFile(path.join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0xff]));
  const r = await runCli(['extract', input, '--out', out('n1'), '--concurrency', '1', '--json', '--reference-date', '2020-01-01']);
  expect(r.code, r.stderr.slice(-2000)).toBe(1); // the three bad inputs and the duplicate id
  expect(summaryOf(r.stdout)).toMatchObject({ failed: 4, invalid: 0, articles: 4 + 60 });
  single = await snapshot(out('n1'));
}, 180_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parallel', () => {
  it('--concurrency 2 (worker pool) writes byte-identical files to --concurrency 1', async () => {
    const r = await runCli(['extract', input, '--out', out('n2'), '--concurrency', '2', '--reference-date', '2020-01-01', '--quiet']);
    expect(r.code).toBe(1);
    const pooled = await snapshot(out('n2'));
    expect(Object.keys(pooled)).toEqual(Object.keys(single));
    for (const name of Object.keys(single)) expect(pooled[name], name).toBe(single[name]);
  }, 120_000);
});

describe('shards', () => {
  it('3 shard runs + merge = one single run, byte for byte', async () => {
    const shards = await Promise.all([1, 2, 3].map((k) => runCli(['extract', input, '--out', out(`s${k}`), '--shard', `${k}/3`, '--concurrency', '1', '--reference-date', '2020-01-01', '--json'])));
    for (const s of shards) expect(s.stdout.trim().startsWith('{'), s.stderr.slice(-3000)).toBe(true);
    const articles = shards.map((s) => summaryOf(s.stdout).articles);
    expect(articles.every((n) => n > 0)).toBe(true); // the hash spreads the ids
    expect(articles.reduce((a, b) => a + b, 0)).toBe(64);
    const m = await runCli(['merge', out('merged'), out('s1'), out('s2'), out('s3')]);
    expect(m.code, m.stderr).toBe(0);
    const merged = await snapshot(out('merged'));
    expect(Object.keys(merged)).toEqual(Object.keys(single));
    for (const name of Object.keys(single)) expect(merged[name], name).toBe(single[name]);
  }, 180_000);

  it('merge takes the shards\' articles.jsonl lines as they are, and rebuilds from the records when one is stale', async () => {
    const clean = await runCli(['merge', out('merged-clean'), out('s1'), out('s2'), out('s3')]);
    expect(clean.stderr).not.toMatch(/rebuilding/);
    await cp(out('s2'), out('s2-stale'), { recursive: true });
    const lines = (await readFile(path.join(out('s2-stale'), 'articles.jsonl'), 'utf8')).split('\n').filter(Boolean);
    await writeFile(path.join(out('s2-stale'), 'articles.jsonl'), lines.slice(0, -1).map((l) => `${l}\n`).join(''));
    const m = await runCli(['merge', out('merged-stale'), out('s1'), out('s2-stale'), out('s3')]);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).toMatch(/does not match its records; rebuilding/);
    const merged = await snapshot(out('merged-stale'));
    for (const name of Object.keys(single)) expect(merged[name], name).toBe(single[name]);
  }, 60_000);

  it('merge refuses a repeated shard and warns about a missing one', async () => {
    const twice = await runCli(['merge', out('bad-merge'), out('s1'), out('s1')]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/both shard 1\/3/);
    const partial = await runCli(['merge', out('partial'), out('s1'), out('s3')]);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stderr).toMatch(/shard 2\/3 missing/);
  }, 60_000);
});

describe('incremental', () => {
  it('a rerun skips every unchanged input and leaves the files as they were', async () => {
    await cp(out('n1'), out('inc'), { recursive: true });
    const r = await runCli(['extract', input, '--out', out('inc'), '--concurrency', '2', '--reference-date', '2020-01-01', '--json']);
    expect(summaryOf(r.stdout)).toMatchObject({ processed: 0, skipped: 64, failed: 4, articles: 64 });
    expect(await snapshot(out('inc'))).toEqual(single);
  }, 120_000);

  it('other options are a cache miss', async () => {
    const r = await runCli(['extract', path.join(input, 'nested'), '--out', out('inc-opts'), '--concurrency', '1', '--json']);
    expect(summaryOf(r.stdout).processed).toBe(30);
    const again = await runCli(['extract', path.join(input, 'nested'), '--out', out('inc-opts'), '--concurrency', '1', '--json', '--reference-date', '2019-05-05']);
    expect(summaryOf(again.stdout)).toMatchObject({ processed: 30, skipped: 0 });
  }, 120_000);

  it('a changed file is redone alone, and the result equals a fresh full run; --force redoes all', async () => {
    const changed = path.join(input, 'nested', 'gen-0005.txt');
    await writeFile(changed, `${await readFile(changed, 'utf8')} The Arab League met in Cairo on 5 June 2021.`);
    await rm(path.join(input, 'nested', 'gen-0006.txt'));
    const r = await runCli(['extract', input, '--out', out('inc'), '--concurrency', '2', '--reference-date', '2020-01-01', '--json']);
    expect(summaryOf(r.stdout)).toMatchObject({ processed: 1, skipped: 62, articles: 63 });
    const fresh = await runCli(['extract', input, '--out', out('fresh'), '--concurrency', '1', '--reference-date', '2020-01-01', '--quiet']);
    expect(fresh.code).toBe(1);
    const incremental = await snapshot(out('inc'));
    expect(Object.keys(incremental)).not.toContain('gen-0006.json'); // removed input, stale record gone
    expect(incremental).toEqual(await snapshot(out('fresh')));
    const forced = await runCli(['extract', input, '--out', out('inc'), '--concurrency', '2', '--reference-date', '2020-01-01', '--json', '--force']);
    expect(summaryOf(forced.stdout)).toMatchObject({ processed: 63, skipped: 0 });
    expect(await snapshot(out('inc'))).toEqual(incremental);
  }, 240_000);
});

describe('validate', () => {
  it('accepts a written folder and pinpoints a tampered span', async () => {
    const ok = await runCli(['validate', out('n1'), '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ records: 128, valid: true }); // <id>.json + articles.jsonl
    await cp(out('n1'), out('tampered'), { recursive: true });
    const file = path.join(out('tampered'), 'gen-0040.json'); // from batch.jsonl: checked against its line
    const record = JSON.parse(await readFile(file, 'utf8')) as { sentences: { start: number; end: number }[] };
    record.sentences[0]!.end += 100_000;
    await writeFile(file, JSON.stringify(record));
    await writeFile(path.join(out('tampered'), 'manifest.json'), '{ not json');
    const bad = await runCli(['validate', out('tampered')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/gen-0040\.json: \/sentences\/0: offsets \[\d+, \d+\) out of bounds/);
    expect(bad.stderr).toMatch(/manifest\.json: \/: not JSON/);
  }, 120_000);
});

describe('default concurrency', () => {
  it('runs in-process for input files under 1 MB in all, with the pool above it and for stdin', async () => {
    const { defaultConcurrency, POOL_MIN_BYTES } = await import('../../src/run/extract-run.js');
    expect(await defaultConcurrency([input], 4)).toBe(1); // the seeds and 60 small documents
    const big = path.join(root, 'big');
    await mkdir(big, { recursive: true });
    await writeFile(path.join(big, 'a.txt'), 'x'.repeat(POOL_MIN_BYTES / 2));
    expect(await defaultConcurrency([big], 4)).toBe(1);
    await writeFile(path.join(big, 'b.txt'), 'x'.repeat(POOL_MIN_BYTES / 2));
    expect(await defaultConcurrency([big], 4)).toBe(4);
    expect(await defaultConcurrency([path.join(big, 'a.txt'), path.join(big, 'b.txt')], 3)).toBe(3);
    expect(await defaultConcurrency(['-'], 4)).toBe(4);
    expect(await defaultConcurrency([big], 1)).toBe(1);
  });
});
