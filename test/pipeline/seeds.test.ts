import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/core/pipeline.js';
import { readTextFile } from '../../src/stages/ingest.js';
import { validateRecord } from '../../src/stages/validate.js';
import type { ArticleRecord, Span } from '../../src/core/types.js';

const SEEDS = readdirSync(new URL('../../seeds/', import.meta.url)).filter((f) => f.endsWith('.txt')).sort();

/** Every object with numeric start/end in the record, with its JSON path. */
function spans(value: unknown, path = ''): { path: string; span: Span | { start: number; end: number } }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => spans(v, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const here = typeof obj.start === 'number' && typeof obj.end === 'number' ? [{ path, span: obj as unknown as Span }] : [];
  return [...here, ...Object.entries(obj).flatMap(([k, v]) => spans(v, `${path}/${k}`))];
}

describe.each(SEEDS)('seed %s', (file) => {
  const path = `seeds/${file}`;
  let record: ArticleRecord;
  let text: string;

  it('goes through every stage into a schema-valid record', async () => {
    const item = await readTextFile(path, 1e8);
    expect(item.kind).toBe('article');
    if (item.kind !== 'article') return;
    text = item.article.text;
    record = processArticle(item.article);
    expect(validateRecord(record, text)).toEqual([]);
    expect(['en', 'ar']).toContain(record.language.code);
    expect(record.sentences.length).toBeGreaterThan(5);
    expect(record.entities.length).toBeGreaterThan(5);
    expect(record.dates.length).toBeGreaterThan(3);
  });

  it('has text === input.slice(start, end) for every span, in bounds', () => {
    const all = spans(record);
    expect(all.length).toBeGreaterThan(50);
    for (const { path: p, span } of all) {
      expect(span.start, p).toBeGreaterThanOrEqual(0);
      expect(span.end, p).toBeLessThanOrEqual(text.length);
      expect(span.start, p).toBeLessThanOrEqual(span.end);
      if ('text' in span) expect(span.text, p).toBe(text.slice(span.start, span.end));
    }
  });

  it('names the rule of every annotation and keeps same-type mentions apart', () => {
    const annotations = [...record.entities.flatMap((e) => e.mentions), ...record.dates, ...record.agreements, ...record.events];
    for (const a of annotations) expect(a.ruleId).toMatch(/^[a-z]{2}\//);
    for (const type of ['person', 'place', 'organization']) {
      const ms = record.entities.filter((e) => e.type === type).flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      for (let i = 1; i < ms.length; i++) expect(ms[i]!.start, `${type} ${ms[i]!.text}`).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    }
  });

  it('is deterministic', async () => {
    const item = await readTextFile(path, 1e8);
    if (item.kind !== 'article') throw new Error('unreadable seed');
    expect(JSON.stringify(processArticle(item.article))).toBe(JSON.stringify(record));
  });
});

describe('cross-lingual keys', () => {
  it('gives the Arabic and English Oman seeds the same keys for shared entities', async () => {
    const keysOf = async (id: string) => {
      const item = await readTextFile(`seeds/${id}.txt`, 1e8);
      if (item.kind !== 'article') throw new Error('unreadable seed');
      return new Set(processArticle(item.article).entities.map((e) => e.key));
    };
    const en = await keysOf('000_b13c348e54bd72e4');
    const ar = await keysOf('001_83672ed39842b44a');
    for (const key of ['place:OM', 'place:SY', 'place:damascus', 'place:muscat', 'person:bashar-al-assad', 'person:walid-muallem', 'person:yusuf-bin-alawi-bin-abdullah']) {
      expect(en.has(key), `en ${key}`).toBe(true);
      expect(ar.has(key), `ar ${key}`).toBe(true);
    }
    void readFileSync;
  });
});
