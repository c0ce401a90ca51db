import { describe, expect, it } from 'vitest';
import { extract, extractMany } from '../../src/index.js';

describe('library API', () => {
  it('extract() runs every stage on a string', () => {
    const text = 'Omani Foreign Minister Yusuf bin Alawi visited Damascus on 7 July 2019.';
    const record = extract(text, { id: 'one' });
    expect(record.id).toBe('one');
    expect(record.language.code).toBe('en');
    expect(record.entities.map((e) => e.key)).toEqual(expect.arrayContaining(['place:OM', 'person:yusuf-bin-alawi', 'place:damascus']));
    expect(record.dates).toMatchObject([{ text: '7 July 2019', value: '2019-07-07' }]);
  });

  it('extract() resolves relative dates from the given publication date', () => {
    const record = extract('وصل الوزير إلى دمشق اليوم الأحد.', { date: '2019-07-07' });
    expect(record.language.code).toBe('ar');
    expect(record.dates).toMatchObject([{ value: '2019-07-07', kind: 'relative' }]);
  });

  it('extractMany() yields records and per-input failures', async () => {
    const results = [];
    for await (const r of extractMany(['seeds/000_b13c348e54bd72e4.txt', 'seeds/missing.txt'])) results.push(r);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0]).toMatchObject({ ok: false, failure: { code: 'not-found' } });
  });
});
