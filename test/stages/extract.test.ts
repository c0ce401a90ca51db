import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/core/pipeline.js';
import { outsideDates } from '../../src/stages/extract.js';

const span = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start) });

describe('outsideDates', () => {
  it('drops a mention inside a longer date and keeps the rest', () => {
    const dates = [span(50, 60), span(10, 30)];
    const mentions = [span(12, 18), span(10, 30), span(25, 35), span(40, 45), span(52, 60), span(0, 5)];
    expect(outsideDates(mentions, dates)).toEqual([span(10, 30), span(25, 35), span(40, 45), span(0, 5)]);
  });

  it('keeps everything when there is no date', () => {
    const mentions = [span(0, 5)];
    expect(outsideDates(mentions, [])).toBe(mentions);
  });
});

describe('entities and dates in one record', () => {
  const record = (text: string) => processArticle({
    id: 'x', text, source: { path: 'x.txt', sha256: '0'.repeat(64), bytes: 0 }, meta: {}, notes: [],
  }, { referenceDate: '2015-07-20' });

  it('a month named like a company inside a date is the month (أبريل ( نيسان ) الماضي)', () => {
    const text = 'وحكم عليه في أبريل ( نيسان ) الماضي بالمؤبد. ووقعت شركة نيسان عقدا جديدا.';
    const r = record(text);
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['أبريل ( نيسان ) الماضي', '2015-04']]);
    const nissan = r.entities.flatMap((e) => e.mentions.map((m) => [m.text, m.start]));
    expect(nissan).toEqual([['نيسان', text.lastIndexOf('نيسان')]]);
  });
});
