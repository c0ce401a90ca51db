import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/core/pipeline.js';
import type { ArticleRecord } from '../../src/core/types.js';
import { arabicKey, expandPhrase, lexiconFor } from '../../src/relations/lexicon.js';
import { compatibleDates } from '../../src/relations/events.js';
import { normalizeKey } from '../../src/lang/ar/normalize.js';
import { AR_RELATION_WORDS } from '../../src/lang/ar/relation-words.js';

function run(text: string, lang: 'en' | 'ar', id = 't', date?: string): ArticleRecord {
  return processArticle({ id, text, lang, source: { path: `${id}.txt`, sha256: '', bytes: text.length }, meta: date ? { date } : {}, notes: [] });
}

const keysOf = (r: ArticleRecord, ids: readonly string[]) => ids.map((id) => r.entities.find((e) => e.id === id)?.key).sort();
const keyOf = (r: ArticleRecord, id: string | null) => (id ? r.entities.find((e) => e.id === id)?.key ?? null : null);

function spansHold(r: ArticleRecord, text: string): void {
  for (const a of r.agreements) {
    expect(a.evidence.text).toBe(text.slice(a.evidence.start, a.evidence.end));
    if (a.trigger) expect(a.trigger.text).toBe(text.slice(a.trigger.start, a.trigger.end));
    expect(a.ruleId).toMatch(/^[a-z]{2,}(\/[a-z0-9-]+)+$/);
  }
  for (const e of r.events) {
    expect(e.evidence.text).toBe(text.slice(e.evidence.start, e.evidence.end));
    if (e.trigger) expect(e.trigger.text).toBe(text.slice(e.trigger.start, e.trigger.end));
    expect(e.ruleId).toMatch(/^[a-z]{2,}(\/[a-z0-9-]+)+$/);
  }
}

describe('tables compile', () => {
  it.each([
    ['signed|signs an', [['signed', 'an'], ['signs', 'an']]],
    ['memorandum of understanding|intent', [['memorandum', 'of', 'understanding'], ['memorandum', 'of', 'intent']]],
  ] as const)('expandPhrase(%s)', (phrase, expected) => {
    expect(expandPhrase(phrase, (w) => w)).toEqual(expected);
  });

  const vocab = new Set(['زياره', 'تبادل', 'لقاء', 'البلدين']);
  it.each([
    ['وتبادل', 'تبادل', 'و', false],
    ['الزياره', 'زياره', '', true],
    ['بزياره', 'زياره', 'ب', false],
    ['للقاء', 'لقاء', 'ل', false],
    ['البلدين', 'البلدين', '', false],
    ['لدمشق', 'لدمشق', 'ل', false],
    ['دمشق', 'دمشق', '', false],
  ] as const)('arabicKey(%s) → %s', (word, key, prefix, definite) => {
    expect(arabicKey(word, vocab)).toEqual({ key, prefix, definite });
  });

  it('Arabic table words are listed without the article when their bare form is a table word too', () => {
    lexiconFor('ar');
    const all = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string') v.split(/[\s|]+/).forEach((w) => all.add(normalizeKey(w)));
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(AR_RELATION_WORDS);
    const clashes = [...all].filter((w) => w.startsWith('ال') && all.has(w.slice(2)));
    expect(clashes).toEqual([]);
  });

  it.each([
    ['2023-09-22', '2023-09-21/2023-09-26', true],
    ['2023', '2023-09', true],
    ['2019-07-07', '2015-10', false],
    [null, '2015', true],
    ['2023-10-01', '2023-09-21/2023-09-26', false],
  ] as const)('compatibleDates(%s, %s) = %s', (a, b, expected) => {
    expect(compatibleDates(a, b)).toBe(expected);
  });
});

interface AgreementRow { kind: string; status: string; date: string | null; parties: string[] }
interface EventRow { kind: string; date?: string | null; participants?: string[]; location?: string | null }

// New sentences (not from the seeds), each a whole article.
const AGREEMENT_ROWS: [string, 'en' | 'ar', AgreementRow[]][] = [
  ['On 3 May 2012, Egypt and Jordan signed a memorandum of understanding on cooperation in the field of agriculture.', 'en',
    [{ kind: 'memorandum', status: 'signed', date: '2012-05-03', parties: ['place:EG', 'place:JO'] }]],
  ['In 2001, France and Morocco concluded a treaty on extradition.', 'en',
    [{ kind: 'treaty', status: 'signed', date: '2001', parties: ['place:FR', 'place:MA'] }]],
  ['In June 2018, Kenya agreed to supply tea to Pakistan.', 'en',
    [{ kind: 'agreement', status: 'agreed', date: '2018-06', parties: ['place:KE', 'place:PK'] }]],
  ['In March 2020, India and Japan announced the establishment of a strategic partnership.', 'en',
    [{ kind: 'partnership', status: 'agreed', date: '2020-03', parties: ['place:IN', 'place:JP'] }]],
  ['In 2014, Brazil and Peru cancelled a contract for the purchase of helicopters.', 'en',
    [{ kind: 'contract', status: 'cancelled', date: '2014', parties: ['place:BR', 'place:PE'] }]],
  ['وقعت مصر والأردن عام 2012 مذكرة تفاهم للتعاون في مجال الزراعة.', 'ar',
    [{ kind: 'memorandum', status: 'signed', date: '2012', parties: ['place:EG', 'place:JO'] }]],
  ['وقعت الكويت وتونس اتفاقية للتعاون الاقتصادي في مارس 2016.', 'ar',
    [{ kind: 'agreement', status: 'signed', date: '2016-03', parties: ['place:KW', 'place:TN'] }]],
  ['أعلنت الصين وسوريا في سبتمبر 2023 إقامة شراكة استراتيجية.', 'ar',
    [{ kind: 'partnership', status: 'agreed', date: '2023-09', parties: ['place:CN', 'place:SY'] }]],
];

const AGREEMENT_NEGATIVES: [string, 'en' | 'ar'][] = [
  ['In 2015, Iran and Oman discussed the nuclear deal.', 'en'],
  ['After the comprehensive strategic partnership agreement, relations between China and Egypt will focus on trade.', 'en'],
  ['In 2016, Syria and Oman agreed to discuss bilateral cooperation.', 'en'],
  ['Xi Jinping pledged to provide financial aid to Jordan in 2018.', 'en'],
  ['In 2019, Egypt did not sign the agreement with Sudan.', 'en'],
  ['وبحث الوزيران الاتفاق النووي مع إيران.', 'ar'],
  ['واتفق الجانبان على بحث أوجه التعاون الثنائي.', 'ar'],
];

const EVENT_ROWS: [string, 'en' | 'ar', EventRow[]][] = [
  ['In May 2016, Egyptian President Abdel Fattah el-Sisi visited Japan.', 'en',
    [{ kind: 'visit', date: '2016-05', location: 'place:JP' }]],
  ['On 4 April 2018, the Jordanian Foreign Minister travelled to Cairo, meeting with his Egyptian counterpart.', 'en',
    [{ kind: 'visit', date: '2018-04-04' }, { kind: 'meeting', date: '2018-04-04' }]],
  ['In 2010, Kuwait invited a Tunisian delegation to Kuwait City.', 'en', [{ kind: 'visit', date: '2010' }]],
  ['Diplomatic relations between Brazil and Egypt were established on 6 June 1924.', 'en',
    [{ kind: 'establishment', date: '1924-06-06', participants: ['place:BR', 'place:EG'], location: null }]],
  ['In 2019, Peru appointed a new ambassador to Chile.', 'en', [{ kind: 'appointment', date: '2019' }]],
  ['In July 2022, a joint Kenya-Uganda business council was established.', 'en',
    [{ kind: 'other', date: '2022-07', participants: ['place:KE', 'place:UG'] }]],
  ['التقى الرئيس المصري في القاهرة العام 2017 وزير الخارجية الأردني.', 'ar', [{ kind: 'meeting', date: '2017' }]],
  ['وقام وزير الخارجية الأردني بزيارة للقاهرة العام 2014.', 'ar', [{ kind: 'visit', date: '2014' }]],
  ['أجرى وزير الخارجية المصري محادثات مع نظيره الأردني في عمان العام 2018.', 'ar', [{ kind: 'meeting', date: '2018' }]],
];

const EVENT_NEGATIVES: [string, 'en' | 'ar'][] = [
  ['During the meeting, the two ministers stressed the importance of trade between Egypt and Jordan.', 'en'],
  ['Following the closed-door meeting, the Egyptian foreign ministry said that relations with Jordan were strong.', 'en'],
  ['While meeting Wang, the Egyptian minister praised China.', 'en'],
  ['In 2012, Egypt cut off diplomatic ties with Syria.', 'en'],
  ['In 2012, Egypt did not recognize Kosovo.', 'en'],
  ['Since the establishment of diplomatic relations, Egypt and Japan have traded widely.', 'en'],
  ['وخلال اللقاء أكدت القاهرة وعمان أهمية التعاون.', 'ar'],
];

describe('agreements (new sentences)', () => {
  it.each(AGREEMENT_ROWS)('%s', (text, lang, expected) => {
    const r = run(text, lang);
    spansHold(r, text);
    expect(r.agreements.map((a) => ({ kind: a.kind, status: a.status, date: a.date, parties: keysOf(r, a.parties) }))).toEqual(expected);
  });
  it.each(AGREEMENT_NEGATIVES)('no agreement: %s', (text, lang) => {
    expect(run(text, lang).agreements).toEqual([]);
  });
});

describe('events (new sentences)', () => {
  it.each(EVENT_ROWS)('%s', (text, lang, expected) => {
    const r = run(text, lang);
    spansHold(r, text);
    expect(r.events.map((e) => e.kind)).toEqual(expected.map((x) => x.kind));
    expected.forEach((x, i) => {
      const e = r.events[i]!;
      if (x.date !== undefined) expect(e.date).toBe(x.date);
      if (x.participants) expect(keysOf(r, e.participants)).toEqual([...x.participants].sort());
      if (x.location !== undefined) expect(keyOf(r, e.location)).toBe(x.location);
    });
  });
  it.each(EVENT_NEGATIVES)('no event: %s', (text, lang) => {
    expect(run(text, lang).events).toEqual([]);
  });
});

// The seeds: sentences and whole articles, checked against what the gold records.
function seed(id: string): { text: string; record: ArticleRecord } {
  const text = readFileSync(`seeds/${id}.txt`, 'utf8');
  const metaPath = `seeds/${id}.meta.json`;
  const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { date?: string }) : {};
  return { text, record: run(text, /[\u0600-\u06ff]/u.test(text.slice(0, 200)) ? 'ar' : 'en', id, meta.date) };
}

describe('seeds', () => {
  it('003: the 14 signed documents of the 2009 visit and the later agreements with their dates', () => {
    const { text, record: r } = seed('003_d42aa9d9aa8fc645');
    spansHold(r, text);
    const items = r.agreements.filter((a) => a.ruleId === 'en/agreement/list-item');
    expect(items).toHaveLength(14);
    for (const a of items) {
      expect(a.date).toBe('2009-07-09');
      expect(a.status).toBe('signed');
      expect(keysOf(r, a.parties)).toEqual(['place:AZ', 'place:SY']);
    }
    expect(items.map((a) => a.kind)).toEqual([
      'memorandum', 'memorandum', 'memorandum', 'protocol', 'memorandum', 'agreement', 'agreement',
      'agreement', 'agreement', 'agreement', 'agreement', 'memorandum', 'memorandum', 'agreement',
    ]);
    const others = r.agreements.filter((a) => a.ruleId !== 'en/agreement/list-item').map((a) => [a.kind, a.status, a.date]);
    expect(others).toEqual([
      ['agreement', 'agreed', '2009-07-09'],
      ['other', 'agreed', '2025-07'],
      ['agreement', 'signed', '2009-09'],
      ['memorandum', 'signed', '2010-03-04'],
      ['protocol', 'signed', '2010-03-04'],
      ['agreement', 'signed', '2010-11-23'],
    ]);
    expect(r.relation?.established).toBe('1992-03-28');
  });

  it('002: the 2023 strategic partnership, the 1989 missile contract and its 1991 cancellation', () => {
    const { text, record: r } = seed('002_e58c1d34bab61d8b');
    spansHold(r, text);
    const rows = r.agreements.map((a) => [a.kind, a.status, a.date, keysOf(r, a.parties).join(' ')]);
    expect(rows).toContainEqual(['partnership', 'agreed', '2023-09-22', 'place:CN place:SY']);
    expect(rows).toContainEqual(['contract', 'signed', '1989-12', 'place:CN place:SY']);
    expect(rows).toContainEqual(['contract', 'cancelled', '1991', 'place:CN place:SY']);
    expect(rows.some((x) => x[2] === '2018-07-10')).toBe(false); // a pledge is not an agreement
    expect(r.relation && keysOf(r, r.relation.parties)).toEqual(['place:CN', 'place:SY']);
    expect(r.relation?.established).toBe('1956-08-01');
  });

  it('000/001: the 2015 and 2019 visits and meetings of Oman and Syria in both languages', () => {
    const en = seed('000_b13c348e54bd72e4');
    const ar = seed('001_83672ed39842b44a');
    spansHold(en.record, en.text);
    spansHold(ar.record, ar.text);
    const summary = (r: ArticleRecord) => r.events.map((e) => `${e.kind} ${e.date} ${keyOf(r, e.location)}`);
    expect(summary(en.record)).toEqual(expect.arrayContaining([
      'visit 2015-08 place:muscat', 'meeting 2015-08 place:muscat', 'visit 2015-10 place:damascus', 'meeting 2015-10 place:damascus',
      'meeting 2019-07-07 null', 'appointment 2020-10-05 place:SY', 'visit 2023 place:OM',
    ]));
    expect(summary(ar.record)).toEqual(expect.arrayContaining([
      'visit 2015 place:muscat', 'meeting 2015 place:muscat', 'visit 2015-10 place:damascus', 'meeting 2015-10 place:damascus',
    ]));
    // the same people take part in both languages' 2015 Muscat visit
    const muscat = (r: ArticleRecord) => keysOf(r, r.events.find((e) => e.kind === 'visit' && keyOf(r, e.location) === 'place:muscat')!.participants)
      .filter((k) => k!.startsWith('person:'));
    expect(muscat(ar.record)).toEqual(muscat(en.record));
    expect(en.record.relation?.missions?.map((m) => m.text)).toEqual(['Embassy of Syria in Muscat', 'Embassy of Oman in Damascus']);
    expect(en.record.relation?.envoys?.map((m) => m.text)).toEqual(['Turki bin Mahmood al-Busaidy', 'Idris Mayya']);
    expect(ar.record.relation).toBeUndefined();
  });
});
