import { describe, it, expect } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ArticlesJsonl } from '../../src/stages/write.js';

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bilex-write-'));
  try { await run(dir); } finally { await rm(dir, { recursive: true, force: true }); }
}

const line = (id: string) => JSON.stringify({ id, text: `نص ${id} with "quotes" and \u2028` });

describe('ArticlesJsonl', () => {
  it('writes the lines sorted by id in code-unit order, whatever order they arrived in', () => withDir(async (dir) => {
    const ids = ['b', 'a', 'Z', 'a-10', 'a-9', 'é'];
    const file = new ArticlesJsonl(dir);
    for (const id of ids) file.add(id, file.appendHere(line(id)));
    await file.finish(ids);
    const sorted = [...ids].sort();
    expect(await readFile(path.join(dir, 'articles.jsonl'), 'utf8')).toBe(sorted.map((id) => `${line(id)}\n`).join(''));
    expect((await readdir(dir)).sort()).toEqual(['articles.jsonl']);
  }));

  it('keeps lines across many buffer flushes, in order or not', () => withDir(async (dir) => {
    const ids = Array.from({ length: 3000 }, (_, i) => `doc-${String((i * 7919) % 3000).padStart(5, '0')}`);
    for (const order of [ids, [...ids].sort()]) {
      const file = new ArticlesJsonl(dir);
      for (const id of order) file.add(id, file.appendHere(`${line(id)}${'x'.repeat(id.length * 5)}`));
      await file.finish(order);
      const got = (await readFile(path.join(dir, 'articles.jsonl'), 'utf8')).split('\n');
      expect(got.pop()).toBe('');
      expect(got).toEqual([...ids].sort().map((id) => `${line(id)}${'x'.repeat(id.length * 5)}`));
    }
  }));

  it('leaves out a line appended but never added (a record whose file write failed)', () => withDir(async (dir) => {
    const file = new ArticlesJsonl(dir);
    file.add('a', file.appendHere(line('a')));
    file.appendHere(line('lost'));
    file.add('b', file.appendHere(line('b')));
    await file.finish(['a', 'b']);
    expect(await readFile(path.join(dir, 'articles.jsonl'), 'utf8')).toBe(`${line('a')}\n${line('b')}\n`);
    expect(await readdir(dir)).toEqual(['articles.jsonl']);
  }));

  it('copies lines longer than its read buffer', () => withDir(async (dir) => {
    const big = (id: string) => JSON.stringify({ id, text: 'ن'.repeat(700_000) });
    const file = new ArticlesJsonl(dir);
    for (const id of ['c', 'a', 'b']) file.add(id, file.appendHere(id === 'a' ? line(id) : big(id)));
    await file.finish(['c', 'a', 'b']);
    expect(await readFile(path.join(dir, 'articles.jsonl'), 'utf8')).toBe(`${line('a')}\n${big('b')}\n${big('c')}\n`);
  }));

  it('leaves no temp file when aborted', () => withDir(async (dir) => {
    const file = new ArticlesJsonl(dir);
    file.add('a', file.appendHere(line('a')));
    await file.abort();
    expect(await readdir(dir)).toEqual([]);
  }));
});
