import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Entity, DateMention, Agreement, RelationEvent } from '../../src/core/types.js';
import type { GoldArticle, GoldEntity, GoldDate, GoldAgreement, GoldEvent } from '../../src/eval/gold.js';
import { findRow, prf, scoreArticle, scoreDataset } from '../../src/eval/score.js';
import type { ErrorKind, Field } from '../../src/eval/score.js';

// A text long enough for every span below; spans are [start, end) with text taken from it.
const TEXT = 'President Bashar al-Assad met Omani Foreign Minister Yusuf bin Alawi in Damascus on 9 July 2009. '
  + 'Syria and Oman signed a memorandum of understanding on agriculture. '
  + 'The Arab League welcomed the visit.';
const at = (s: string, from = 0): { start: number; end: number; text: string } => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in TEXT: ${s}`);
  return { start, end: start + s.length, text: s };
};
const sentence = (i: number): { start: number; end: number; text: string } => {
  const parts = TEXT.split(/(?<=\.) /);
  return at(parts[i]!);
};

type Ty = 'person' | 'place' | 'organization';
const gEnt = (id: string, type: Ty, key: string, ...spans: string[]): GoldEntity => ({
  id, type, key, name: key, mentions: spans.map((s) => at(s)),
});
const pEnt = (id: string, type: Ty, key: string, ...spans: Array<{ start: number; end: number; text: string }>): Entity => ({
  id, type, key, name: key, mentions: spans.map((s) => ({ ...s, ruleId: `test.${type}` })),
});

function gold(parts: Partial<GoldArticle> = {}): GoldArticle {
  return { id: 'a1', language: 'en', entities: [], dates: [], agreements: [], events: [], ...parts };
}

function pred(parts: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a1', source: { path: 'a1.txt', sha256: '0'.repeat(64), bytes: TEXT.length },
    language: { code: 'en', confidence: 1 }, format: 'plain', title: null, infobox: [], sections: [],
    paragraphs: [], sentences: [], entities: [], dates: [], agreements: [], events: [], diagnostics: [],
    ...parts,
  };
}

const assad = at('Bashar al-Assad');
const presidentAssad = at('President Bashar al-Assad');
const damascus = at('Damascus');
const omani = at('Omani');
const alawi = at('Yusuf bin Alawi');

describe('mentions: strict vs lenient', () => {
  // [name, gold entities, predicted entities, field, expected {gold, pred, strict, lenient}]
  const rows: Array<[string, GoldEntity[], Entity[], Field, { gold: number; pred: number; strict: number; lenient: number }]> = [
    ['exact span and type', [gEnt('e1', 'person', 'person:bashar-al-assad', 'Bashar al-Assad')],
      [pEnt('p1', 'person', 'person:bashar-al-assad', assad)], 'person', { gold: 1, pred: 1, strict: 1, lenient: 1 }],
    ['title included: lenient only', [gEnt('e1', 'person', 'person:bashar-al-assad', 'Bashar al-Assad')],
      [pEnt('p1', 'person', 'person:bashar-al-assad', presidentAssad)], 'person', { gold: 1, pred: 1, strict: 0, lenient: 1 }],
    ['type mismatch: no match either way', [gEnt('e1', 'place', 'place:damascus', 'Damascus')],
      [pEnt('p1', 'organization', 'org:damascus', damascus)], 'place', { gold: 1, pred: 0, strict: 0, lenient: 0 }],
    ['type mismatch counts as spurious for the predicted type', [gEnt('e1', 'place', 'place:damascus', 'Damascus')],
      [pEnt('p1', 'organization', 'org:damascus', damascus)], 'organization', { gold: 0, pred: 1, strict: 0, lenient: 0 }],
    ['no overlap: missed and spurious', [gEnt('e1', 'person', 'person:yusuf-bin-alawi', 'Yusuf bin Alawi')],
      [pEnt('p1', 'person', 'person:bashar-al-assad', assad)], 'person', { gold: 1, pred: 1, strict: 0, lenient: 0 }],
    ['keys do not matter for mentions', [gEnt('e1', 'place', 'place:OM', 'Omani')],
      [pEnt('p1', 'place', 'place:SY', omani)], 'place', { gold: 1, pred: 1, strict: 1, lenient: 1 }],
    ['nothing predicted', [gEnt('e1', 'place', 'place:damascus', 'Damascus')], [], 'place', { gold: 1, pred: 0, strict: 0, lenient: 0 }],
  ];
  it.each(rows)('%s', (_name, ge, pe, field, expected) => {
    const s = scoreArticle(gold({ entities: ge }), pred({ entities: pe }));
    expect(s.tallies[field]).toEqual(expected);
  });
});

describe('mentions: one-to-one matching', () => {
  it('two predictions over one gold mention: one matches, the other is spurious', () => {
    const s = scoreArticle(
      gold({ entities: [gEnt('e1', 'person', 'person:bashar-al-assad', 'Bashar al-Assad')] }),
      pred({ entities: [pEnt('p1', 'person', 'person:bashar-al-assad', presidentAssad, assad)] }),
    );
    expect(s.tallies.person).toEqual({ gold: 1, pred: 2, strict: 1, lenient: 1 });
    expect(s.errors.map((e) => e.kind)).toEqual(['spurious']);
    expect(s.errors[0]!.pred).toMatchObject({ start: presidentAssad.start, end: presidentAssad.end, ruleId: 'test.person' });
  });

  it('one long prediction over two gold mentions matches only one of them', () => {
    const bashar = at('Bashar');
    const alAssad = at('al-Assad');
    const s = scoreArticle(
      gold({ entities: [{ id: 'e1', type: 'person', key: 'person:x', name: 'x', mentions: [bashar, alAssad] }] }),
      pred({ entities: [pEnt('p1', 'person', 'person:x', assad)] }),
    );
    expect(s.tallies.person).toEqual({ gold: 2, pred: 1, strict: 0, lenient: 1 });
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['boundary', 'missed']);
    // greedy by position: the first gold mention takes the prediction
    expect(s.errors.find((e) => e.kind === 'boundary')!.gold).toMatchObject({ text: 'Bashar' });
  });

  it('strict pairs are taken before lenient ones, so lenient never falls below strict', () => {
    // gold: "Bashar al-Assad" and "President" (as a made-up person mention); pred: exact "Bashar al-Assad"
    // and "President Bashar al-Assad". A position-greedy overlap pass could pair gold 1 with pred 2.
    const president = at('President');
    const s = scoreArticle(
      gold({ entities: [{ id: 'e1', type: 'person', key: 'person:x', name: 'x', mentions: [president, assad] }] }),
      pred({ entities: [pEnt('p1', 'person', 'person:x', assad, presidentAssad)] }),
    );
    expect(s.tallies.person).toEqual({ gold: 2, pred: 2, strict: 1, lenient: 2 });
  });
});

describe('dates', () => {
  const date = (s: string, value: string | null, kind: GoldDate['kind'] = 'date'): GoldDate => ({ ...at(s), value, kind });
  const pDate = (span: { start: number; end: number; text: string }, value: string | null): DateMention => ({
    ...span, value, kind: 'date', granularity: 'day', ruleId: 'test.date',
  });
  const rows: Array<[string, GoldDate[], DateMention[], { gold: number; pred: number; strict: number; lenient: number }, ErrorKind[]]> = [
    ['same span, same value', [date('9 July 2009', '2009-07-09')], [pDate(at('9 July 2009'), '2009-07-09')],
      { gold: 1, pred: 1, strict: 1, lenient: 1 }, []],
    ['overlapping span, same value', [date('9 July 2009', '2009-07-09')], [pDate(at('on 9 July'), '2009-07-09')],
      { gold: 1, pred: 1, strict: 1, lenient: 1 }, []],
    ['value mismatch: span only', [date('9 July 2009', '2009-07-09')], [pDate(at('July 2009'), '2009-07')],
      { gold: 1, pred: 1, strict: 0, lenient: 1 }, ['value']],
    ['null is a value like any other', [date('9 July 2009', null)], [pDate(at('9 July 2009'), '2009-07-09')],
      { gold: 1, pred: 1, strict: 0, lenient: 1 }, ['value']],
    ['no overlap', [date('9 July 2009', '2009-07-09')], [pDate(at('Damascus'), '2009-07-09')],
      { gold: 1, pred: 1, strict: 0, lenient: 0 }, ['missed', 'spurious']],
    ['two predictions for one gold date: the right value wins', [date('9 July 2009', '2009-07-09')],
      [pDate(at('9 July'), '2009-07'), pDate(at('July 2009'), '2009-07-09')],
      { gold: 1, pred: 2, strict: 1, lenient: 1 }, ['spurious']],
  ];
  it.each(rows)('%s', (_name, gd, pd, expected, kinds) => {
    const s = scoreArticle(gold({ dates: gd }), pred({ dates: pd }));
    expect(s.tallies.dates).toEqual(expected);
    expect(s.errors.map((e) => e.kind).sort()).toEqual(kinds);
  });

  it('a value error names both values', () => {
    const s = scoreArticle(gold({ dates: [date('9 July 2009', '2009-07-09')] }), pred({ dates: [pDate(at('July 2009'), '2009-07')] }));
    expect(s.errors[0]).toMatchObject({ field: 'dates', kind: 'value', expected: '2009-07-09', actual: '2009-07' });
  });
});

describe('agreements and events', () => {
  const ents = [
    gEnt('e1', 'place', 'place:SY', 'Syria'),
    gEnt('e2', 'place', 'place:OM', 'Oman'),
    gEnt('e3', 'organization', 'org:arab-league', 'Arab League'),
  ];
  // The prediction numbers its entities differently: keys decide, not ids.
  const pents = [
    pEnt('x7', 'place', 'place:OM', at('Oman')),
    pEnt('x8', 'place', 'place:SY', at('Syria')),
    pEnt('x9', 'organization', 'org:arab-league', at('Arab League')),
  ];
  const gAgr = (over: Partial<GoldAgreement> = {}): GoldAgreement => ({
    id: 'a1', kind: 'memorandum', subject: 'agriculture', parties: ['e1', 'e2'], date: '2009-07-09', status: 'signed',
    evidence: sentence(1), ...over,
  });
  const pAgr = (over: Partial<Agreement> = {}): Agreement => ({
    id: 'a1', kind: 'memorandum', subject: 'agriculture', parties: ['x7', 'x8'], date: '2009-07-09', status: 'signed',
    evidence: sentence(1), ruleId: 'test.agreement', ...over,
  });

  it('parties compared as key sets through each side\'s own entities', () => {
    const s = scoreArticle(gold({ entities: ents, agreements: [gAgr()] }), pred({ entities: pents, agreements: [pAgr()] }));
    expect(s.tallies.agreements).toEqual({ gold: 1, pred: 1, strict: 1, lenient: 1 });
    expect(s.attributes['agreements.parties']).toEqual({ correct: 1, total: 1 });
    expect(s.attributes['agreements.date']).toEqual({ correct: 1, total: 1 });
    expect(s.attributes['agreements.status']).toEqual({ correct: 1, total: 1 });
    expect(s.errors).toEqual([]);
  });

  const attributeRows: Array<[string, Partial<Agreement>, 'agreements.date' | 'agreements.parties' | 'agreements.status', string, string]> = [
    ['wrong party', { parties: ['x7', 'x9'] }, 'agreements.parties', 'place:OM place:SY', 'org:arab-league place:OM'],
    ['missing party', { parties: ['x8'] }, 'agreements.parties', 'place:OM place:SY', 'place:SY'],
    ['unknown entity id', { parties: ['x7', 'nope'] }, 'agreements.parties', 'place:OM place:SY', '?nope place:OM'],
    ['wrong date', { date: '2009-07' }, 'agreements.date', '2009-07-09', '2009-07'],
    ['null date', { date: null }, 'agreements.date', '2009-07-09', 'null'],
    ['wrong status', { status: 'proposed' }, 'agreements.status', 'signed', 'proposed'],
  ];
  it.each(attributeRows)('attribute error: %s', (_name, over, attribute, expected, actual) => {
    const s = scoreArticle(gold({ entities: ents, agreements: [gAgr()] }), pred({ entities: pents, agreements: [pAgr(over)] }));
    expect(s.tallies.agreements.strict).toBe(1);
    expect(s.attributes[attribute]).toEqual({ correct: 0, total: 1 });
    expect(s.errors).toEqual([expect.objectContaining({ kind: 'attribute', attribute, expected, actual })]);
  });

  it('duplicate parties do not change the set', () => {
    const s = scoreArticle(gold({ entities: ents, agreements: [gAgr()] }), pred({ entities: pents, agreements: [pAgr({ parties: ['x8', 'x7', 'x7'] })] }));
    expect(s.attributes['agreements.parties']).toEqual({ correct: 1, total: 1 });
  });

  it('kind mismatch: lenient only, attributes not scored', () => {
    const s = scoreArticle(gold({ entities: ents, agreements: [gAgr()] }), pred({ entities: pents, agreements: [pAgr({ kind: 'agreement' })] }));
    expect(s.tallies.agreements).toEqual({ gold: 1, pred: 1, strict: 0, lenient: 1 });
    expect(s.attributes['agreements.parties'].total).toBe(0);
    expect(s.errors).toEqual([expect.objectContaining({ kind: 'kind', expected: 'memorandum', actual: 'agreement' })]);
  });

  it('evidence in another sentence does not match', () => {
    const s = scoreArticle(gold({ entities: ents, agreements: [gAgr()] }), pred({ entities: pents, agreements: [pAgr({ evidence: sentence(2) })] }));
    expect(s.tallies.agreements).toEqual({ gold: 1, pred: 1, strict: 0, lenient: 0 });
  });

  it('several records in one sentence pair up by their attributes', () => {
    const g = [gAgr({ id: 'a1', parties: ['e1', 'e3'] }), gAgr({ id: 'a2', parties: ['e2', 'e3'] })];
    const p = [pAgr({ id: 'p1', parties: ['x7', 'x9'] }), pAgr({ id: 'p2', parties: ['x8', 'x9'] })];
    const s = scoreArticle(gold({ entities: ents, agreements: g }), pred({ entities: pents, agreements: p }));
    expect(s.tallies.agreements).toEqual({ gold: 2, pred: 2, strict: 2, lenient: 2 });
    expect(s.attributes['agreements.parties']).toEqual({ correct: 2, total: 2 });
  });

  it('events: participants and location by key', () => {
    const gEv: GoldEvent = { id: 'v1', kind: 'meeting', participants: ['e1', 'e2'], location: 'e1', date: '2009-07-09', evidence: sentence(0) };
    const pEv = (over: Partial<RelationEvent> = {}): RelationEvent => ({
      id: 'v1', kind: 'meeting', participants: ['x8', 'x7'], location: 'x8', date: '2009-07-09', evidence: at('met Omani Foreign Minister'), ruleId: 'test.event', ...over,
    });
    const ok = scoreArticle(gold({ entities: ents, events: [gEv] }), pred({ entities: pents, events: [pEv()] }));
    expect(ok.tallies.events).toEqual({ gold: 1, pred: 1, strict: 1, lenient: 1 });
    expect(ok.attributes['events.participants']).toEqual({ correct: 1, total: 1 });
    expect(ok.attributes['events.location']).toEqual({ correct: 1, total: 1 });

    const bad = scoreArticle(gold({ entities: ents, events: [gEv] }), pred({ entities: pents, events: [pEv({ location: 'x7' }), pEv({ id: 'v2', kind: 'visit' })] }));
    expect(bad.tallies.events).toEqual({ gold: 1, pred: 2, strict: 1, lenient: 1 });
    expect(bad.attributes['events.location']).toEqual({ correct: 0, total: 1 });
    expect(bad.errors.map((e) => e.kind).sort()).toEqual(['attribute', 'spurious']);
  });
});

describe('missing prediction', () => {
  it('counts all gold as missed', () => {
    const g = gold({ entities: [gEnt('e1', 'place', 'place:damascus', 'Damascus')], dates: [{ ...at('9 July 2009'), value: '2009-07-09', kind: 'date' }] });
    const s = scoreArticle(g, null);
    expect(s.hasPrediction).toBe(false);
    expect(s.tallies.place).toEqual({ gold: 1, pred: 0, strict: 0, lenient: 0 });
    expect(s.tallies.dates).toEqual({ gold: 1, pred: 0, strict: 0, lenient: 0 });
    expect(s.errors.map((e) => e.kind)).toEqual(['missed', 'missed']);
  });
});

describe('prf', () => {
  const rows: Array<[number, number, number, number | null, number | null, number | null]> = [
    // tp, gold, pred, precision, recall, f1
    [1, 2, 2, 0.5, 0.5, 0.5],
    [2, 2, 4, 0.5, 1, 2 / 3],
    [0, 3, 0, null, 0, 0],
    [0, 0, 3, 0, null, 0],
    [0, 0, 0, null, null, null],
  ];
  it.each(rows)('tp=%i gold=%i pred=%i', (tp, g, p, precision, recall, f1) => {
    const r = prf(tp, g, p);
    expect(r.precision).toBe(precision);
    expect(r.recall).toBe(recall);
    if (f1 === null) expect(r.f1).toBeNull();
    else expect(r.f1).toBeCloseTo(f1, 10);
  });
});

describe('scoreDataset', () => {
  const en = gold({ id: 'en1', language: 'en', entities: [gEnt('e1', 'person', 'person:bashar-al-assad', 'Bashar al-Assad'), gEnt('e2', 'place', 'place:damascus', 'Damascus')] });
  const ar = gold({ id: 'ar1', entities: [gEnt('e1', 'place', 'place:damascus', 'Damascus')] });
  delete ar.language; // language then comes from the prediction
  const enPred = pred({ id: 'en1', entities: [pEnt('p1', 'person', 'k', presidentAssad), pEnt('p2', 'place', 'k', damascus)] });
  const arPred = pred({ id: 'ar1', language: { code: 'ar', confidence: 1 }, entities: [pEnt('p1', 'place', 'k', damascus), pEnt('p2', 'place', 'k', alawi)] });

  it('sums per type and language, micro-averages mentions and languages', () => {
    const d = scoreDataset([{ gold: ar, pred: arPred }, { gold: en, pred: enPred }]);
    expect(d.articles).toBe(2);
    expect(d.languages).toEqual({ ar: 1, en: 1 });
    expect(findRow(d, 'person', 'en')).toMatchObject({ gold: 1, pred: 1, strict: { tp: 0, f1: 0 }, lenient: { tp: 1, f1: 1 } });
    expect(findRow(d, 'place', 'ar')).toMatchObject({ gold: 1, pred: 2, strict: { tp: 1, precision: 0.5, recall: 1 } });
    expect(findRow(d, 'place', 'all')).toMatchObject({ gold: 2, pred: 3, strict: { tp: 2 } });
    const mentions = findRow(d, 'mentions', 'all')!;
    expect(mentions).toMatchObject({ gold: 3, pred: 4, strict: { tp: 2 }, lenient: { tp: 3 } });
    expect(mentions.strict.f1).toBeCloseTo((2 * (2 / 4) * (2 / 3)) / (2 / 4 + 2 / 3), 10);
    expect(findRow(d, 'dates', 'all')!.strict.f1).toBeNull();
    // errors come in article-id order
    expect(d.errors.map((e) => e.id)).toEqual(['ar1', 'en1']);
  });

  it('a gold article without prediction is listed and counts as missed', () => {
    const d = scoreDataset([{ gold: en, pred: null }]);
    expect(d.missingPredictions).toEqual(['en1']);
    expect(findRow(d, 'mentions', 'en')).toMatchObject({ gold: 2, pred: 0, strict: { tp: 0, recall: 0, f1: 0 } });
    expect(d.languages).toEqual({ en: 1 });
  });
});

describe('scoreDataset: stable order', () => {
  it('languages are sorted whatever the article order', () => {
    const mk = (id: string, language: 'en' | 'ar'): GoldArticle => ({ id, language, entities: [], dates: [], agreements: [], events: [] });
    const d = scoreDataset([{ gold: mk('a', 'en'), pred: null }, { gold: mk('b', 'ar'), pred: null }]);
    expect(Object.keys(d.languages)).toEqual(['ar', 'en']);
    expect(d.rows.filter((r) => r.field === 'person').map((r) => r.language)).toEqual(['ar', 'en', 'all']);
  });
});
