import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/core/types.js';
import { runEvalCommand } from '../../src/eval/command.js';
import { formatError, formatErrors, formatMarkdown, formatSummary, formatTable, pct, toJson } from '../../src/eval/format.js';
import type { GoldArticle } from '../../src/eval/gold.js';
import { scoreDataset } from '../../src/eval/score.js';

const TEXT = 'Syria and Oman signed a memorandum on 9 July 2009 in Muscat.';
const at = (s: string): { start: number; end: number; text: string } => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length, text: s };
};

const gold: GoldArticle = {
  id: 'doc1', language: 'en',
  entities: [
    { id: 'e1', type: 'place', name: 'Syria', key: 'place:SY', mentions: [at('Syria')] },
    { id: 'e2', type: 'place', name: 'Oman', key: 'place:OM', mentions: [at('Oman')] },
    { id: 'e3', type: 'place', name: 'Muscat', key: 'place:muscat', mentions: [at('Muscat')] },
  ],
  dates: [{ ...at('9 July 2009'), value: '2009-07-09', kind: 'date' }],
  agreements: [{ id: 'a1', kind: 'memorandum', parties: ['e1', 'e2'], date: '2009-07-09', status: 'signed', evidence: at(TEXT.slice(0, -1)) }],
  events: [],
};

const pred: ArticleRecord = {
  id: 'doc1', source: { path: 'doc1.txt', sha256: '0'.repeat(64), bytes: TEXT.length },
  language: { code: 'en', confidence: 1 }, format: 'plain', title: null, infobox: [], sections: [], paragraphs: [], sentences: [],
  entities: [
    { id: 'e1', type: 'place', name: 'Syria', key: 'place:SY', mentions: [{ ...at('Syria'), ruleId: 'en.place.country' }] },
    { id: 'e2', type: 'organization', name: 'Oman', key: 'org:oman', mentions: [{ ...at('Oman'), ruleId: 'en.org.guess' }] },
    { id: 'e3', type: 'place', name: 'Muscat', key: 'place:muscat', mentions: [{ ...at('in Muscat'), ruleId: 'en.place.city' }] },
  ],
  dates: [{ ...at('July 2009'), value: '2009-07', kind: 'date', granularity: 'month', ruleId: 'en.date.month-year' }],
  agreements: [{ id: 'a1', kind: 'memorandum', subject: null, parties: ['e1'], date: '2009-07-09', status: 'signed', evidence: at(TEXT), ruleId: 'en.agreement.signed' }],
  events: [{ id: 'v1', kind: 'visit', participants: [], location: 'e3', date: null, evidence: at(TEXT), ruleId: 'en.event.visit' }],
  diagnostics: [],
};

describe('format', () => {
  const score = scoreDataset([{ gold, pred }]);

  it('pct: one decimal, dash for undefined', () => {
    expect([pct(0.8123), pct(1), pct(0), pct(null)]).toEqual(['81.2', '100.0', '0.0', '-']);
  });

  it('the table has a row per field for the one language and aligned columns', () => {
    const table = formatTable(score);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^field\s+lang\s+gold\s+pred\s+P\s+R\s+F1\s+P lenient\s+R lenient\s+F1 lenient$/);
    const place = lines.find((l) => l.startsWith('place '))!;
    // place: gold 3, pred 2 (Oman predicted as organization), strict tp 1 (Syria), lenient tp 2 (+ "in Muscat")
    expect(place.split(/\s+/)).toEqual(['place', 'en', '3', '2', '50.0', '33.3', '40.0', '100.0', '66.7', '80.0']);
    expect(table).not.toMatch(/^\S+\s+all\s/m); // one language: no repeated "all" rows
    const header = lines[0]!;
    expect(place.length).toBe(header.length); // right-aligned numbers end under the last header
  });

  it('summary is one line with the headline numbers', () => {
    // mentions: gold 3, pred 3 (Oman as organization), strict tp 1, lenient tp 2
    const line = formatSummary(score, 'seeds');
    expect(line).not.toContain('\n');
    expect(line).toBe('seeds: 1 article (en 1) · mentions F1 33.3 (lenient 66.7) · dates F1 0.0 · agreements F1 100.0 · events F1 0.0 · attributes 2/3');
  });

  it('JSON form has rounded ratios and errors only on request', () => {
    const plain = JSON.parse(toJson(score));
    expect(plain.errors).toBeUndefined();
    const row = plain.rows.find((r: { field: string; language: string }) => r.field === 'place' && r.language === 'en');
    expect(row.strict).toEqual({ tp: 1, precision: 0.5, recall: 0.3333, f1: 0.4 });
    const withErrors = JSON.parse(toJson(score, { errors: true }));
    expect(withErrors.errors.length).toBe(score.errors.length);
  });

  it('markdown tables escape nothing they do not need to and have alignment rows', () => {
    const md = formatMarkdown(score);
    expect(md).toContain('| field | lang | gold | pred | P | R | F1 | P lenient | R lenient | F1 lenient |');
    expect(md).toContain('| --- | --- | ---: |');
  });
});

describe('error listing', () => {
  const score = scoreDataset([{ gold, pred }]);
  const listing = formatErrors(score);
  const lines = listing.split('\n');

  // [kind, a regex the line for it must match]
  const rows: Array<[string, RegExp]> = [
    ['type', /^ {2}place\s+type\s+gold \[10,14\) "Oman" place \| pred \[10,14\) "Oman" organization \(en\.org\.guess\)$/],
    ['boundary', /^ {2}place\s+boundary\s+gold \[53,59\) "Muscat" place \| pred \[50,59\) "in Muscat" place \(en\.place\.city\)$/],
    ['value', /^ {2}dates\s+value\s+gold \[38,49\) "9 July 2009" 2009-07-09 \| pred \[40,49\) "July 2009" 2009-07 \(en\.date\.month-year\)$/],
    ['attribute', /^ {2}agreements\s+attribute\s+agreements\.parties: gold "place:OM place:SY" pred "place:SY" at \[0,60\)/],
    ['spurious', /^ {2}events\s+spurious\s+pred \[0,60\) ".*" visit \(en\.event\.visit\)$/],
  ];
  it.each(rows)('lists a %s error', (_kind, re) => {
    expect(lines.some((l) => re.test(l))).toBe(true);
  });

  it('heads each article with its id, language and count; nothing listed for correct items', () => {
    expect(lines[0]).toBe(`doc1 [en] ${score.errors.length} errors`);
    expect(listing).not.toMatch(/"Syria"/);
  });

  it('missed items name the gold span', () => {
    const missed = scoreDataset([{ gold, pred: null }]);
    expect(formatError(missed.errors[0]!)).toMatch(/^place\s+missed\s+gold \[0,5\) "Syria" place$/);
  });

  it('says so when there are no errors', () => {
    expect(formatErrors(scoreDataset([{ gold: { ...gold, entities: [], dates: [], agreements: [] }, pred: { ...pred, entities: [], dates: [], agreements: [], events: [] } }]))).toBe('no errors');
  });
});

describe('runEvalCommand', () => {
  const root = mkdtempSync(join(tmpdir(), 'bilex-eval-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const goldDir = join(root, 'gold');
  const jsonlDir = join(root, 'pred-jsonl');
  const prettyDir = join(root, 'pred-pretty');
  mkdirSync(goldDir);
  mkdirSync(jsonlDir);
  mkdirSync(prettyDir);
  writeFileSync(join(goldDir, 'doc1.json'), JSON.stringify(gold));
  writeFileSync(join(goldDir, 'doc2.json'), JSON.stringify({ ...gold, id: 'doc2' }));
  writeFileSync(join(jsonlDir, 'articles.jsonl'), `${JSON.stringify(pred)}\n${JSON.stringify({ ...pred, id: 'other' })}\n`);
  writeFileSync(join(prettyDir, 'doc1.json'), JSON.stringify(pred, null, 2));
  writeFileSync(join(prettyDir, 'doc2.json'), JSON.stringify({ ...pred, id: 'doc2' }, null, 2));
  writeFileSync(join(prettyDir, 'manifest.json'), JSON.stringify({ tool: 'bilex' }));

  const run = async (args: Partial<Parameters<typeof runEvalCommand>[0]>) => {
    let out = '';
    let err = '';
    const code = await runEvalCommand({ gold: goldDir, pred: jsonlDir, json: false, errors: false, ...args }, {
      stdout: (s) => { out += s; }, stderr: (s) => { err += s; },
    });
    return { code, out, err };
  };

  it('reads articles.jsonl, warns about a gold file without prediction', async () => {
    const r = await run({});
    expect(r.code).toBe(0);
    expect(r.err).toContain('no prediction for doc2');
    expect(r.err).toContain('1 prediction without gold');
    expect(r.out).toContain('eval: 2 articles (en 2)');
  });

  it('reads <id>.json records and ignores manifest.json', async () => {
    const r = await run({ pred: prettyDir, json: true });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.missingPredictions).toEqual([]);
    expect(json.rows.find((x: { field: string; language: string }) => x.field === 'mentions' && x.language === 'all').gold).toBe(6);
  });

  it('--errors appends the listing', async () => {
    const r = await run({ pred: prettyDir, errors: true });
    expect(r.out).toContain('doc1 [en]');
    expect(r.out).toContain('doc2 [en]');
  });

  const usage: Array<[string, Partial<Parameters<typeof runEvalCommand>[0]>]> = [
    ['missing --gold', { gold: '' }],
    ['missing --pred', { pred: '' }],
    ['gold dir absent', { gold: join(root, 'nope') }],
    ['pred dir absent', { pred: join(root, 'nope') }],
    ['gold dir without gold files', { gold: prettyDir.replace('pred-pretty', 'pred-jsonl') }],
  ];
  it.each(usage)('exit 2: %s', async (_name, args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).not.toBe('');
  });

  it('exit 1 when a gold file is unreadable, the rest still scored', async () => {
    const bad = join(root, 'gold-bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'doc1.json'), JSON.stringify(gold));
    writeFileSync(join(bad, 'broken.json'), '{"id": ');
    const r = await run({ gold: bad });
    expect(r.code).toBe(1);
    expect(r.err).toContain('broken.json');
    expect(r.out).toContain('eval: 1 article (en 1)');
  });
});
