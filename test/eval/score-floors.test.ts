import { describe, expect, it } from 'vitest';
import { genericTable } from '../../src/eval/run-eval.js';
import type { ScoreRow } from '../../src/eval/score.js';
import { prf, scoreDataset } from '../../src/eval/score.js';
import type { DatasetScore } from '../../src/eval/score.js';
import { checkFloors, floorTo2, floorsFrom } from '../../src/eval/seeds.js';

function datasetWith(rows: Array<[ScoreRow['field'], string, number, number, number, number]>): DatasetScore {
  // [field, language, gold, pred, strict tp, lenient tp]
  const base = scoreDataset([]);
  return {
    ...base,
    rows: rows.map(([field, language, gold, pred, s, l]) => ({ field, language, gold, pred, strict: prf(s, gold, pred), lenient: prf(l, gold, pred) })),
  };
}

describe('floorTo2', () => {
  const rows: Array<[number, number]> = [[0.8, 0.8], [0.29, 0.29], [0.8199, 0.81], [1, 1], [0, 0], [2 / 3, 0.66]];
  it.each(rows)('%f → %f', (x, expected) => expect(floorTo2(x)).toBe(expected));
});

describe('floors', () => {
  const measured = datasetWith([
    ['person', 'en', 10, 10, 8, 9], // F1 0.8, 0.9
    ['dates', 'ar', 3, 0, 0, 0], // F1 0
    ['events', 'en', 0, 2, 0, 0], // no gold: no floor
  ]);

  it('floorsFrom: rows with gold and a non-zero F1, rounded down', () => {
    const f = floorsFrom(measured);
    expect(f.strict).toEqual({ 'person/en': 0.8 });
    expect(f.lenient).toEqual({ 'person/en': 0.9 });
  });

  it('the measured values meet their own floors', () => {
    expect(checkFloors(measured, floorsFrom(measured))).toEqual([]);
  });

  // [name, the later measurement, expected violations as row/measure]
  const rows: Array<[string, DatasetScore, string[]]> = [
    ['same', measured, []],
    ['better', datasetWith([['person', 'en', 10, 10, 10, 10], ['dates', 'ar', 3, 3, 3, 3]]), []],
    ['strict drop', datasetWith([['person', 'en', 10, 10, 7, 9]]), ['person/en strict']],
    ['both drop', datasetWith([['person', 'en', 10, 10, 7, 7]]), ['person/en strict', 'person/en lenient']],
    ['nothing predicted any more', datasetWith([['person', 'en', 10, 0, 0, 0]]), ['person/en strict', 'person/en lenient']],
    ['row gone', datasetWith([['dates', 'ar', 3, 0, 0, 0]]), ['person/en strict', 'person/en lenient']],
  ];
  it.each(rows)('%s', (_name, later, expected) => {
    expect(checkFloors(later, floorsFrom(measured)).map((v) => `${v.row} ${v.measure}`)).toEqual(expected);
  });
});

describe('genericTable (results of other evaluators)', () => {
  it('an array of row objects becomes a table; ratios as percentages, counts as integers', () => {
    const md = genericTable({ rows: [{ type: 'person', gold: 10, precision: 0.5, recall: 1, f1: 2 / 3, errors: [] }] });
    expect(md.split('\n')).toEqual([
      '| type | gold | precision | recall | f1 |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| person | 10 | 50.0 | 100.0 | 66.7 |',
    ]);
  });
  it('otherwise numeric leaves become metric rows, errors left out', () => {
    const md = genericTable({ f1: 0.5, person: { f1: 0.25, gold: 4 }, errors: [{ x: 1 }] });
    expect(md.split('\n').slice(2)).toEqual(['| f1 | 50.0 |', '| person.f1 | 25.0 |', '| person.gold | 4 |']);
  });
});
