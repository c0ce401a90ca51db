import { describe, it, expect } from 'vitest';
import { extractEnglishDates } from '../../src/lang/en/dates.js';
import type { ExtractionContext } from '../../src/core/document.js';
import type { DateMention } from '../../src/core/types.js';

const ctx = (text: string, referenceDate: string | null = '2015-08-05'): ExtractionContext => ({
  text, referenceDate, sentences: [], paragraphs: [], title: null, infobox: [],
});

const run = (text: string, ref: string | null = '2015-08-05'): DateMention[] => extractEnglishDates(ctx(text, ref));

type Row = [input: string, expected: [text: string, value: string | null, kind: DateMention['kind'], granularity: DateMention['granularity']][]];

// Reference date 2015-08-05 is a Wednesday in ISO week 2015-W32.
const POSITIVE: Row[] = [
  ['In 2004, Syrian President Bashar al-Assad visited China.', [['2004', '2004', 'date', 'year']]],
  ['the People’s Republic of China was founded in 1949.', [['1949', '1949', 'date', 'year']]],
  ['Relations were frozen since 2011.', [['2011', '2011', 'date', 'year']]],
  ['By 2021, trade had grown.', [['2021', '2021', 'date', 'year']]],
  ['a priority until 2016, when China appointed', [['2016', '2016', 'date', 'year']]],
  ['in 2016, 2017, and 2018 the forum met', [['2016', '2016', 'date', 'year'], ['2017', '2017', 'date', 'year'], ['2018', '2018', 'date', 'year']]],
  ['his visit to China between 21 and 26 September 2023, the first', [['21 and 26 September 2023', '2023-09-21/2023-09-26', 'range', 'day']]],
  ['The conference of 7–18 December 2015 ended.', [['7–18 December 2015', '2015-12-07/2015-12-18', 'range', 'day']]],
  ['September 21–26, 2023', [['September 21–26, 2023', '2023-09-21/2023-09-26', 'range', 'day']]],
  ['the conflict from 2012 to 2015 as partially', [['2012 to 2015', '2012/2015', 'range', 'year']]],
  ['resolutions between 2010 and 2020, consistent', [['2010 and 2020', '2010/2020', 'range', 'year']]],
  ['in 2010–2015', [['2010–2015', '2010/2015', 'range', 'year']]],
  ['from March to June 2015', [['March to June 2015', '2015-03/2015-06', 'range', 'month']]],
  ['In August 2015, he came. In October of that same year, the minister visited.', [
    ['August 2015', '2015-08', 'date', 'month'], ['October of that same year', '2015-10', 'date', 'month']]],
  ['In 1998 the treaty lapsed; that year trade fell.', [['1998', '1998', 'date', 'year'], ['that year', '1998', 'date', 'year']]],
  ['relations established on 1 August 1956.', [['1 August 1956', '1956-08-01', 'date', 'day']]],
  ['In July 2022 it signed', [['July 2022', '2022-07', 'date', 'month']]],
  ['March 5, 1946', [['March 5, 1946', '1946-03-05', 'date', 'day']]],
  ['Saturday, April 25, 1998', [['Saturday, April 25, 1998', '1998-04-25', 'date', 'day']]],
  ['in the 1990s', [['1990s', '199', 'date', 'decade']]],
  ['in the mid-1990s', [['mid-1990s', '199', 'date', 'decade']]],
  ["the '80s", [["'80s", '198', 'date', 'decade']]],
  ['in the twentieth century', [['twentieth century', '19', 'date', 'century']]],
  ['the 21st century', [['21st century', '20', 'date', 'century']]],
  ['in summer 2015', [['summer 2015', '2015-SU', 'date', 'season']]],
  ['In the spring of 2010', [['spring of 2010', '2010-SP', 'date', 'season']]],
  ['in mid-1996 the group', [['mid-1996', '1996', 'date', 'year']]],
  ['nineteen ninety-six', [['nineteen ninety-six', '1996', 'date', 'year']]],
  ['today', [['today', '2015-08-05', 'relative', 'day']]],
  ['yesterday', [['yesterday', '2015-08-04', 'relative', 'day']]],
  ['last year', [['last year', '2014', 'relative', 'year']]],
  ['next month', [['next month', '2015-09', 'relative', 'month']]],
  ['last week', [['last week', '2015-W31', 'relative', 'week']]],
  ['this week', [['this week', '2015-W32', 'relative', 'week']]],
  ['two years ago', [['two years ago', '2013', 'relative', 'year']]],
  ['The minister arrived on Monday.', [['Monday', '2015-08-03', 'relative', 'day']]],
  ['He spoke on Wednesday.', [['Wednesday', '2015-08-05', 'relative', 'day']]],
  ['last April', [['last April', '2015-04', 'relative', 'month']]],
  ['June last year', [['June last year', '2014-06', 'relative', 'month']]],
  ['On 2 September 2019, Zhai Jun was appointed. The next day he met Xi.', [
    ['2 September 2019', '2019-09-02', 'date', 'day'], ['The next day', '2019-09-03', 'relative', 'day']]],
  ['Christmas 2014', [['Christmas 2014', '2014-12-25', 'date', 'day']]],
  ['for a period of 20 years', [['20 years', 'P20Y', 'duration', 'year']]],
  ['a 15-day visa on arrival', [['15-day', 'P15D', 'duration', 'day']]],
  ['just two months after bloody clashes', [['two months', 'P2M', 'duration', 'month']]],
  ['He visited between 21 and 26 September 2023. The next day he met Xi.', [
    ['21 and 26 September 2023', '2023-09-21/2023-09-26', 'range', 'day'], ['The next day', '2023-09-22', 'relative', 'day']]],
];

const NEGATIVE: string[] = [
  '140 M-9 and M-11 missiles',
  'a contract worth $170 million',
  'the 19th Asian Games in Hangzhou',
  'during the Cold War',
  'since World War II',
  'friendly relations for decades',
  'to supply 1-1.5 billion cubic meters of gas',
  'shipped 2000 tons of wheat',
  'the meeting began at 3 p.m.',
  'It may be that they agree.',
  'the annual March for Life',
  'some 100,000 barrels per day (bpd)',
  'in the early stages of the Syrian civil war',
  'Flight 1549 landed in room 2004',
  'a 35-year-old man',
  '3/4 of the members',
  'over a decade of civil war',
  '- Envoy1: Shi Hongwei and Special Envoy Zhai Jun\n- Envoytitle2: Ambassador',
];

describe('extractEnglishDates', () => {
  it.each(POSITIVE)('%s', (input, expected) => {
    const got = run(input).map((d) => [d.text, d.value, d.kind, d.granularity]);
    expect(got).toEqual(expected);
  });

  it.each(NEGATIVE)('no date in: %s', (input) => {
    expect(run(input)).toEqual([]);
  });

  it('leaves relative values null without a reference date', () => {
    const got = run('today and last year, but In 2004 too', null);
    expect(got.map((d) => [d.text, d.value, d.kind])).toEqual([
      ['today', null, 'relative'], ['last year', null, 'relative'], ['2004', '2004', 'date'],
    ]);
  });

  it('takes the year of a yearless month from the text when there is no reference date', () => {
    const got = run('In 2004 the talks stalled. In October, they resumed.', null);
    expect(got.map((d) => [d.text, d.value])).toEqual([['2004', '2004'], ['October', '2004-10']]);
  });

  it('returns spans that slice the text, sorted, non-overlapping, with valid values and rule ids', () => {
    const text = 'On 2 September 2019, in 2016, 2017 and 2018, between 2010 and 2020, last week, the 1990s, '
      + 'summer 2015, 7–18 December 2015, for 20 years, Monday, yesterday, the twentieth century.';
    const dates = run(text);
    expect(dates.length).toBeGreaterThan(10);
    const valuePattern = /^(\d{1,4}|\d{4}-(\d{2}|W\d{2}|SP|SU|FA|WI)|\d{4}-\d{2}-\d{2}|P\d+(\.\d+)?[YMWD])(\/(\d{1,4}|\d{4}-(\d{2}|W\d{2}|SP|SU|FA|WI)|\d{4}-\d{2}-\d{2}))?$/;
    let lastEnd = 0;
    for (const d of dates) {
      expect(d.text).toBe(text.slice(d.start, d.end));
      expect(d.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = d.end;
      expect(d.value).toMatch(valuePattern);
      expect(d.ruleId).toMatch(/^[a-z]{2,}(\/[a-z0-9-]+)+$/);
      expect(Object.keys(d).sort()).toEqual(['end', 'granularity', 'kind', 'ruleId', 'start', 'text', 'value']);
    }
  });

  it('finishes on a large pathological input', () => {
    const unit = '1 2 3 - 4 – 5 and 19 between 21 and 2 September 20 from the 199 mid- early late 1999-2000- '
      + 'Monday, Monday, the next the following that same year, '.repeat(3) + '$2000 2000 tons '
      + '1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '.repeat(5) + 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa '
      + '                                        \n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const dates = extractEnglishDates(ctx(text));
    // The bound is generous and only guards against catastrophic backtracking (no timing assertion).
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates.slice(0, 50)) expect(d.text).toBe(text.slice(d.start, d.end));
  });
});
