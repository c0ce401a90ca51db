import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildSegmentTree, countryPairs, dateSortKey, entityCountry, escapeHtml, renderSegments,
  type MarkSpan, type SegNode,
} from '../../src/report/client.js';

/** Compact form of a tree: text runs as their text, marks as `[index:children]`. */
function show(text: string, nodes: readonly SegNode[]): string {
  return nodes.map((n) => (n.m === -1 ? text.slice(n.start, n.end) : `[${n.m}:${show(text, n.children)}]`)).join('');
}

const m = (start: number, end: number, layer = 2): MarkSpan => ({ start, end, layer });

describe('buildSegmentTree', () => {
  const TEXT = 'Embassy of Oman in Damascus';
  //            0123456789012345678901234567
  const rows: [string, MarkSpan[], string][] = [
    ['no marks: one text run', [], TEXT],
    ['one mark', [m(11, 15)], 'Embassy of [0:Oman] in Damascus'],
    ['nested: places inside an organization',
      [m(0, 27), m(11, 15), m(19, 27)], '[0:Embassy of [1:Oman] in [2:Damascus]]'],
    ['nesting does not depend on input order',
      [m(19, 27), m(11, 15), m(0, 27)], '[2:Embassy of [1:Oman] in [0:Damascus]]'],
    ['same start: the longer mark is outside', [m(0, 7), m(0, 15)], '[1:[0:Embassy] of Oman] in Damascus'],
    ['identical spans: input order decides', [m(11, 15), m(11, 15)], 'Embassy of [0:[1:Oman]] in Damascus'],
    ['adjacent marks stay siblings', [m(0, 7), m(7, 10)], '[0:Embassy][1: of] Oman in Damascus'],
    ['crossing marks: the later one is split at the end of the earlier',
      [m(0, 15), m(11, 18)], '[0:Embassy of [1:Oman]][1: in] Damascus'],
    ['three-level nesting', [m(0, 27), m(8, 22), m(11, 15)], '[0:Embassy [1:of [2:Oman] in Dam]ascus]'],
    ['a lower layer is outside even when shorter (the higher one is split around it)',
      [m(0, 15, 2), m(8, 10, 0)], '[0:Embassy ][1:[0:of]][0: Oman] in Damascus'],
    ['paragraph (layer 0) > evidence (1) > mention (2)',
      [m(11, 15, 2), m(8, 27, 1), m(0, 27, 0)], '[2:Embassy [1:of [0:Oman] in Damascus]]'],
    ['whole text', [m(0, 27)], '[0:Embassy of Oman in Damascus]'],
  ];
  it.each(rows)('%s', (_name, marks, expected) => {
    expect(show(TEXT, buildSegmentTree(TEXT.length, marks))).toBe(expected);
  });

  // must not produce a node: invalid marks are ignored, the text stays whole
  const invalid: [string, MarkSpan][] = [
    ['empty', m(5, 5)],
    ['reversed', m(9, 3)],
    ['negative start', m(-1, 4)],
    ['past the end', m(20, 28)],
    ['fractional', m(1.5, 4)],
    ['NaN', m(Number.NaN, 4)],
  ];
  it.each(invalid)('ignores an invalid mark: %s', (_name, mark) => {
    expect(show(TEXT, buildSegmentTree(TEXT.length, [mark]))).toBe(TEXT);
  });

  it('handles an empty text', () => {
    expect(buildSegmentTree(0, [m(0, 1)])).toEqual([]);
  });

  it('slices UTF-16 exactly (astral characters, Arabic)', () => {
    const text = 'زار 😀 دمشق';
    const start = text.indexOf('دمشق');
    expect(show(text, buildSegmentTree(text.length, [m(start, start + 4)]))).toBe('زار 😀 [0:دمشق]');
  });

  it('for any marks: leaves tile the text, children nest, each mark covers exactly its range', () => {
    const arb = fc.integer({ min: 1, max: 40 }).chain((len) => fc.tuple(
      fc.constant(len),
      fc.array(fc.tuple(fc.integer({ min: 0, max: len }), fc.integer({ min: 0, max: len }), fc.integer({ min: 0, max: 2 })), { maxLength: 12 }),
    ));
    fc.assert(fc.property(arb, ([len, raw]) => {
      const marks = raw.map(([a, b, layer]) => m(Math.min(a, b), Math.max(a, b), layer));
      const roots = buildSegmentTree(len, marks);
      const leaves: [number, number][] = [];
      const covered = marks.map(() => [] as [number, number][]);
      const walk = (nodes: readonly SegNode[], lo: number, hi: number): void => {
        let at = lo;
        for (const n of nodes) {
          expect(n.start).toBe(at);
          expect(n.end).toBeGreaterThan(n.start);
          expect(n.end).toBeLessThanOrEqual(hi);
          at = n.end;
          if (n.m === -1) leaves.push([n.start, n.end]);
          else { covered[n.m]!.push([n.start, n.end]); walk(n.children, n.start, n.end); }
        }
        expect(at).toBe(hi);
      };
      walk(roots, 0, len);
      marks.forEach((mark, i) => {
        const pieces = covered[i]!;
        if (mark.start >= mark.end) { expect(pieces).toEqual([]); return; }
        // the pieces are disjoint, in order, and their union is the mark's range
        let at = mark.start;
        for (const [s, e] of pieces) { expect(s).toBe(at); at = e; }
        expect(at).toBe(mark.end);
      });
    }), { numRuns: 300 });
  });
});

describe('renderSegments', () => {
  const open = (i: number): string => `<b data-i="${i}">`;
  const close = (): string => '</b>';
  const rows: [string, MarkSpan[], string][] = [
    ['a<b>&"c\'', [], 'a&lt;b&gt;&amp;&quot;c&#39;'],
    ['<script>alert(1)</script>', [m(8, 16)], '&lt;script&gt;<b data-i="0">alert(1)</b>&lt;/script&gt;'],
    ['Oman in Damascus', [m(0, 16), m(8, 16)], '<b data-i="0">Oman in <b data-i="1">Damascus</b></b>'],
  ];
  it.each(rows)('%s', (text, marks, expected) => {
    expect(renderSegments(text, buildSegmentTree(text.length, marks), open, close)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  const rows: [string, string][] = [
    ['plain text', 'plain text'],
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;'],
    ['&amp;', '&amp;amp;'],
    ['دمشق <b>', 'دمشق &lt;b&gt;'],
    ['', ''],
  ];
  it.each(rows)('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('dateSortKey', () => {
  const rows: [string | null, string | null][] = [
    ['1956-08-01', '1956-08-01'],
    ['2022-07', '2022-07-00'],
    ['2004', '2004-00-00'],
    ['199', '1990-00-00'],
    ['19', '1900-00-00'],
    ['2023-09-21/2023-09-26', '2023-09-21'],
    ['2010/2020', '2010-00-00'],
    ['2023-SU', '2023-06-00'],
    ['2023-W01', '2023-01-00'],
    ['2023-W52', '2023-12-00'],
    // must not sort: durations, nulls, junk
    ['P3Y', null],
    [null, null],
    ['', null],
    ['yesterday', null],
  ];
  it.each(rows)('%j → %j', (value, expected) => {
    expect(dateSortKey(value)).toBe(expected);
  });
  it('orders decades, years and days chronologically', () => {
    const values = ['2004', '1956-08-01', '199', '19', '2022-07', '2022-07-15'];
    const sorted = values.slice().sort((a, b) => (dateSortKey(a)! < dateSortKey(b)! ? -1 : 1));
    expect(sorted).toEqual(['19', '1956-08-01', '199', '2004', '2022-07', '2022-07-15']);
  });
});

describe('entityCountry and countryPairs', () => {
  const countries: [{ key: string; country?: string }, string | null][] = [
    [{ key: 'place:SY' }, 'SY'],
    [{ key: 'place:damascus', country: 'SY' }, 'SY'],
    [{ key: 'org:arab-league' }, null],
    [{ key: 'place:damascus' }, null],
    [{ key: 'place:sy' }, null],
    [{ key: 'person:x', country: 'syria' }, null],
  ];
  it.each(countries)('%j → %j', (e, expected) => {
    expect(entityCountry(e)).toBe(expected);
  });
  const pairs: [string[], string[]][] = [
    [['SY', 'OM'], ['OM–SY']],
    [['SY', 'OM', 'SY'], ['OM–SY']],
    [['SY'], []],
    [[], []],
    [['US', 'OM', 'SY'], ['OM–SY', 'OM–US', 'SY–US']],
  ];
  it.each(pairs)('%j → %j', (codes, expected) => {
    expect(countryPairs(codes)).toEqual(expected);
  });
});
