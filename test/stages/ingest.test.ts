import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeArticle, expandPaths, ingest, parseJsonlLine, sanitizeId, type IngestItem } from '../../src/stages/ingest.js';

const MAX = 1024 * 1024;
const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it.each([
    ['plain UTF-8', utf8('Oman and Syria.'), { text: 'Oman and Syria.' }],
    ['BOM is dropped, nothing else changes', bytes(0xef, 0xbb, 0xbf, ...utf8('سوريا\r\n')), { text: 'سوريا\r\n' }],
    ['CRLF kept as is', utf8('a\r\nb'), { text: 'a\r\nb' }],
  ])('%s', (_name, input, expected) => {
    expect(decodeArticle(input, MAX)).toEqual(expected);
  });

  it.each([
    ['empty', bytes(), 'empty'],
    ['whitespace only', utf8(' \n\t\r\n '), 'empty'],
    ['invalid UTF-8', bytes(0x4f, 0x6d, 0xc3, 0x28, 0x61), 'invalid-utf8'],
    ['lone continuation byte', bytes(0x80, 0x41), 'invalid-utf8'],
    ['NUL bytes (binary)', bytes(0x41, 0x00, 0x42), 'binary'],
    ['mostly control characters', bytes(...Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41))), 'binary'],
    ['over the size limit', utf8('x'.repeat(100)), 'too-large'],
  ])('rejects %s', (_name, input, code) => {
    const result = decodeArticle(input, code === 'too-large' ? 10 : MAX);
    expect(result).toMatchObject({ code });
    expect('reason' in result && result.reason.length).toBeGreaterThan(10);
  });
});

describe('sanitizeId', () => {
  it.each([
    ['000_b13c348e54bd72e4', '000_b13c348e54bd72e4'],
    ['../../escape', 'escape'],
    ['/etc/passwd', 'etc-passwd'],
    ['..', ''],
    ['__proto__', 'proto__'],
    ['a b/c', 'a-b-c'],
    ['.hidden', 'hidden'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeId(raw)).toBe(expected);
    expect(sanitizeId(raw)).not.toMatch(/\.\.|\//);
  });

  it('keeps ids in other scripts distinct with a hash of the original', () => {
    expect(sanitizeId('مقال')).toMatch(/^[0-9a-f]{8}$/);
    expect(sanitizeId('مقال 1')).toMatch(/^1-[0-9a-f]{8}$/);
    expect(sanitizeId('مقال 1')).not.toBe(sanitizeId('خبر 1'));
    expect(sanitizeId('مقال 1')).toBe(sanitizeId('مقال 1'));
  });
});

describe('parseJsonlLine', () => {
  const at = { label: 'in.jsonl', lineNo: 3, fallbackBase: 'in', maxBytes: MAX };
  const article = (item: IngestItem) => (item.kind === 'article' ? item.article : null);

  it('reads id, text, lang, date and url', () => {
    const a = article(parseJsonlLine(JSON.stringify({ id: 'a1', text: 'Hello Oman.', lang: 'en', date: '2019-07-07', url: 'http://x' }), at));
    expect(a).toMatchObject({ id: 'a1', text: 'Hello Oman.', lang: 'en', meta: { date: '2019-07-07', url: 'http://x' }, source: { path: 'in.jsonl', line: 3 } });
  });

  it('falls back to file-and-line ids and notes it', () => {
    const a = article(parseJsonlLine(JSON.stringify({ text: 'x y z' }), at));
    expect(a?.id).toBe('in-L3');
    expect(a?.notes.join()).toMatch(/no "id"/);
  });

  it('keeps __proto__ keys as plain data', () => {
    const a = article(parseJsonlLine('{"__proto__": {"polluted": 1}, "id": "p", "text": "Syria"}', at));
    expect(a?.id).toBe('p');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{"id": "x", "text": ', 'bad-json'],
    ['[1, 2]', 'bad-json'],
    ['{"id": "x"}', 'missing-text'],
    ['{"id": "x", "text": 5}', 'missing-text'],
    ['{"id": "x", "text": "   "}', 'empty'],
    ['{"id": "..", "text": "Oman"}', 'bad-id'],
  ])('rejects %s as %s', (line, code) => {
    expect(parseJsonlLine(line, at)).toMatchObject({ kind: 'failure', failure: { code, path: 'in.jsonl', line: 3 } });
  });
});

describe('expandPaths and ingest', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bilex-ingest-'));
  mkdirSync(path.join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'a.txt'), 'Oman has an embassy in Damascus.');
  writeFileSync(path.join(dir, 'nested', 'deeper', 'b.txt'), '\uFEFFسوريا وعمان');
  writeFileSync(path.join(dir, 'nested', 'c.jsonl'), '{"id":"c1","text":"China"}\nnot json\n\n{"id":"c2","text":"Syria"}\n');
  writeFileSync(path.join(dir, 'notes.md'), 'ignored in folders');
  writeFileSync(path.join(dir, 'a.meta.json'), '{"date": "2020-01-02", "url": "u"}');

  it('walks folders recursively, takes .txt and .jsonl only, in sorted order', async () => {
    const { files, missing } = await expandPaths([dir, path.join(dir, 'missing.txt')]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.txt', path.join('nested', 'c.jsonl'), path.join('nested', 'deeper', 'b.txt')]);
    expect(missing).toEqual([path.join(dir, 'missing.txt')]);
  });

  it('expands globs', async () => {
    const { files } = await expandPaths([`${dir.replace(/\\/g, '/')}/**/*.txt`]);
    expect(files.map((f) => path.basename(f)).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('streams every article and every failure, with sidecar metadata', async () => {
    const items: IngestItem[] = [];
    for await (const item of ingest([dir, 'nope/*.txt'], { maxBytes: MAX })) items.push(item);
    const ids = items.flatMap((i) => (i.kind === 'article' ? [i.article.id] : []));
    expect(ids).toEqual(['a', 'c1', 'c2', 'b']);
    const failures = items.flatMap((i) => (i.kind === 'failure' ? [i.failure] : []));
    expect(failures.map((f) => [f.code, f.line])).toEqual([['not-found', undefined], ['bad-json', 2]]);
    const a = items.find((i) => i.kind === 'article' && i.article.id === 'a');
    expect(a?.kind === 'article' && a.article.meta).toEqual({ date: '2020-01-02', url: 'u' });
    const b = items.find((i) => i.kind === 'article' && i.article.id === 'b');
    expect(b?.kind === 'article' && b.article.text).toBe('سوريا وعمان');
  });

  it('reads stdin as JSONL or as one text article', async () => {
    const read = async (input: string) => {
      const out: IngestItem[] = [];
      for await (const item of ingest(['-'], { maxBytes: MAX, stdin: Readable.from([Buffer.from(input)]) })) out.push(item);
      return out;
    };
    const jsonl = await read('{"id":"s1","text":"Oman"}\n{"id":"s2","text":"Syria"}\n');
    expect(jsonl.map((i) => i.kind === 'article' && i.article.id)).toEqual(['s1', 's2']);
    const text = await read('Plain article text.');
    expect(text).toMatchObject([{ kind: 'article', article: { id: 'stdin', text: 'Plain article text.' } }]);
    expect(await read('')).toMatchObject([{ kind: 'failure', failure: { code: 'empty' } }]);
  });
});
