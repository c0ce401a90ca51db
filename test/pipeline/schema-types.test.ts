import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityIndexEntry } from '../../src/core/types.js';
import { validateAgainst } from '../../src/stages/validate.js';

/**
 * A record that uses every field of the TypeScript types. The schema forbids unknown properties,
 * so a field added to the types but not to the schema (or renamed in one only) fails here.
 */
const text = 'Oman and Syria signed a memorandum on 7 July 2019.';
const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
const maximal: Required<ArticleRecord> = {
  id: 'x-1',
  source: { path: 'in.jsonl', sha256: 'a'.repeat(64), bytes: 60, line: 1 },
  meta: { date: '2019-07-08', url: 'https://example.org/a', referenceDate: '2019-07-08' },
  language: { code: 'en', confidence: 0.9, script: 'Latn' },
  format: 'news',
  title: span(0, 4),
  infobox: [{ key: 'Party1', value: span(0, 4) }],
  sections: [{ heading: span(0, 4), level: 2, start: 0, end: 50 }],
  paragraphs: [{ start: 0, end: 50, kind: 'paragraph', language: { code: 'en', confidence: 1 } }],
  sentences: [{ start: 0, end: 50 }],
  entities: [
    { id: 'e1', type: 'place', name: 'Oman', key: 'place:OM', mentions: [{ ...span(0, 4), ruleId: 'en/place/gazetteer', form: 'name' }], country: 'OM', placeKind: 'country' },
    { id: 'e2', type: 'person', name: 'X', key: 'person:x', mentions: [{ ...span(9, 14), ruleId: 'en/person/title' }], titles: ['President'] },
  ],
  dates: [{ ...span(38, 49), value: '2019-07-07', kind: 'date', granularity: 'day', calendar: 'gregorian', ruleId: 'en/date/chrono' }],
  agreements: [{ id: 'a1', kind: 'memorandum', subject: null, parties: ['e1'], date: '2019-07-07', status: 'signed', evidence: span(0, 50), trigger: span(15, 21), ruleId: 'en/agreement/signed' }],
  events: [{ id: 'v1', kind: 'meeting', participants: ['e1', 'e2'], location: null, date: null, evidence: span(0, 50), trigger: span(15, 21), ruleId: 'en/event/meeting' }],
  relation: { parties: ['e1'], established: '1956-08-01', missions: [span(0, 4)], envoys: [span(9, 14)], evidence: [span(0, 50)] },
  diagnostics: [{ severity: 'warning', code: 'x-y', message: 'm', start: 0, end: 1 }],
};

describe('schemas agree with the TypeScript types', () => {
  it('a record using every typed field validates', () => {
    expect(validateAgainst('article', maximal)).toEqual([]);
  });

  it('the schema rejects a field the types do not have', () => {
    expect(validateAgainst('article', { ...maximal, extra: 1 })[0]?.message).toMatch(/additional/);
    const bad = structuredClone(maximal);
    (bad.entities[0]!.mentions[0] as unknown as Record<string, unknown>).confidence = 1;
    expect(validateAgainst('article', bad).map((p) => p.path)).toContain('/entities/0/mentions/0');
  });

  it.each([
    ['value', '2019-13'], ['value', '19 July'], ['kind', 'sometime'], ['granularity', 'hour'],
  ])('rejects date %s = %j', (field, value) => {
    const bad = structuredClone(maximal);
    (bad.dates[0] as unknown as Record<string, unknown>)[field] = value;
    expect(validateAgainst('article', bad).length).toBeGreaterThan(0);
  });

  it.each([['2019-07-07'], ['2015-08'], ['2004'], ['199'], ['19'], ['2015-W31'], ['2015-SU'], ['P20Y'], ['2023-09-21/2023-09-26'], ['2010/2020']])('accepts date value %s', (value) => {
    const ok = structuredClone(maximal);
    ok.dates[0]!.value = value;
    expect(validateAgainst('article', ok)).toEqual([]);
  });

  it('entity index lines validate', () => {
    const line: Required<EntityIndexEntry> = { key: 'place:SY', type: 'place', country: 'SY', names: { en: ['Syria'], ar: ['سوريا'], und: [] }, articles: ['a'], mentions: 3 };
    expect(validateAgainst('entity-index', line)).toEqual([]);
  });
});
