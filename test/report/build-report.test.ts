import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecord } from '../../src/core/types.js';
import {
  buildReport, fallbackTitle, indexFromRecords, reconstructText, resolveArticleText, sourceCandidates, spansMatch,
} from '../../src/report/build-report.js';
import { parseReportArgs, runReportCommand } from '../../src/report/command.js';
import { clientScript, jsonForScript, renderReportHtml } from '../../src/report/template.js';
import type { ReportData } from '../../src/report/client.js';

const TEXT = 'Oman and Syria. <script>alert(1)</script> Damascus.';

function span(text: string, needle: string): { start: number; end: number; text: string } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(needle);
  return { start, end: start + needle.length, text: needle };
}

function record(id: string, path: string, text = TEXT, extra: Partial<ArticleRecord['source']> = {}): ArticleRecord {
  return {
    id,
    source: { path, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text), ...extra },
    language: { code: 'en', confidence: 1 },
    format: 'plain',
    title: null,
    infobox: [],
    sections: [],
    paragraphs: [{ start: 0, end: text.length, language: { code: 'en', confidence: 1 } }],
    sentences: [],
    entities: [
      { id: 'e1', type: 'place', name: 'Oman', key: 'place:OM', country: 'OM', mentions: [{ ...span(text, 'Oman'), ruleId: 'en/gazetteer/country' }] },
      { id: 'e2', type: 'place', name: 'Syria', key: 'place:SY', mentions: [{ ...span(text, 'Syria'), ruleId: 'en/gazetteer/country' }] },
    ],
    dates: [],
    agreements: [],
    events: [{ id: 'v1', kind: 'meeting', participants: ['e1', 'e2'], location: null, date: '2020', evidence: span(text, 'Oman and Syria.'), ruleId: 'en/event/meeting' }],
    diagnostics: [],
  };
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilex-report-unit-'));
  await mkdir(join(work, 'in'));
  await mkdir(join(work, 'out'));
  await writeFile(join(work, 'in', 'a.txt'), '\uFEFF' + TEXT);
  await writeFile(join(work, 'in', 'changed.txt'), TEXT.replace('Oman', 'Qatar'));
  await writeFile(join(work, 'in', 'batch.jsonl'), [
    JSON.stringify({ id: 'x', text: 'something else' }),
    JSON.stringify({ id: 'j', text: TEXT }),
  ].join('\n') + '\n');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('resolveArticleText', () => {
  const rows: [string, () => ArticleRecord, 'ok' | 'missing' | 'mismatch'][] = [
    ['a .txt beside the output dir (BOM dropped)', () => record('a', 'in/a.txt'), 'ok'],
    ['an absolute path', () => record('a', join(work, 'in', 'a.txt')), 'ok'],
    ['a JSONL line', () => record('j', 'in/batch.jsonl', TEXT, { line: 2 }), 'ok'],
    // must not accept: wrong line, changed file, missing file, stdin
    ['the wrong JSONL line', () => record('j', 'in/batch.jsonl', TEXT, { line: 1 }), 'mismatch'],
    ['a file whose text changed', () => record('c', 'in/changed.txt'), 'mismatch'],
    ['a missing file', () => record('m', 'in/nope.txt'), 'missing'],
    ['stdin', () => record('s', '-'), 'missing'],
  ];
  it.each(rows)('%s → %s', async (_name, make, status) => {
    const r = make();
    const got = await resolveArticleText(r, { dir: join(work, 'out'), cwd: '/' });
    expect(got.status).toBe(status);
    // whatever the status, every span can be sliced from the text the page gets
    expect(spansMatch(got.text, r.entities.flatMap((e) => e.mentions))).toBe(true);
  });

  it('looks in --sources folders', async () => {
    const r = record('a', 'a.txt');
    expect((await resolveArticleText(r, { dir: join(work, 'out'), cwd: '/' })).status).toBe('missing');
    expect((await resolveArticleText(r, { dir: join(work, 'out'), cwd: '/', roots: [join(work, 'in')] })).status).toBe('ok');
  });
});

describe('sourceCandidates', () => {
  it('tries roots, the cwd, beside DIR and inside DIR, without duplicates', () => {
    expect(sourceCandidates('seeds/a.txt', 'output', ['/src'], '/work')).toEqual(
      ['/src/seeds/a.txt', '/work/seeds/a.txt', '/work/output/seeds/a.txt']);
    expect(sourceCandidates('/abs/a.txt', 'output', [], '/work')).toEqual(['/abs/a.txt']);
    expect(sourceCandidates('-', 'output', [], '/work')).toEqual([]);
  });
});

describe('reconstructText', () => {
  it('places every span at its offsets and blanks the rest', () => {
    const r = record('a', 'x');
    const text = reconstructText(r);
    expect(text.length).toBe(TEXT.length);
    expect(text.slice(0, 15)).toBe('Oman and Syria.');
    expect(text).not.toContain('script');
  });
});

describe('fallbackTitle', () => {
  const rows: [string, string | null][] = [
    ['= Oman–Syria relations =\n\nInfobox', 'Oman–Syria relations'],
    ['\n\n  العلاقات العمانية السورية  \nنص', 'العلاقات العمانية السورية'],
    ['x'.repeat(200), 'x'.repeat(119) + '…'],
    // no title
    ['', null],
    ['\n  \n', null],
  ];
  it.each(rows)('%j → %j', (text, expected) => {
    expect(fallbackTitle(text)).toBe(expected);
  });
});

describe('indexFromRecords', () => {
  it('merges entities by key across articles and languages', () => {
    const en = record('b', 'x');
    const ar = { ...record('a', 'y'), language: { code: 'ar' as const, confidence: 1 } };
    ar.entities = [{ ...ar.entities[0]!, name: 'عمان' }];
    expect(indexFromRecords([en, ar])).toEqual([
      { key: 'place:OM', type: 'place', country: 'OM', names: { en: ['Oman'], ar: ['عمان'] }, articles: ['a', 'b'], mentions: 2 },
      { key: 'place:SY', type: 'place', names: { en: ['Syria'] }, articles: ['b'], mentions: 1 },
    ]);
  });
});

describe('jsonForScript', () => {
  const rows: unknown[] = [
    { text: '</script><script>alert(1)</script>' },
    { text: '<!-- comment --> & done' },
    { text: 'line\u2028separator', ar: 'دمشق' },
    ['</SCRIPT', '<\u0021--'],
  ];
  it.each(rows)('%j has no < > & and parses back', (value) => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('renderReportHtml', () => {
  const data: ReportData = {
    rules: [],
    articles: [{
      id: 'a', title: '</title><script>alert(1)</script>', lang: 'en', format: 'plain', source: 'a.txt',
      text: '<script>alert(2)</script>', textStatus: 'ok', paragraphs: [], entities: [], dates: [], agreements: [], events: [],
    }],
    entities: [],
  };
  const html = renderReportHtml(data);
  it('contains exactly two script elements: the data and the page script', () => {
    expect(html.match(/<script/gi)?.length).toBe(2);
    expect(html).toContain('<script type="application/json" id="bilex-data">');
  });
  it('loads nothing from the network and pins its script by hash', () => {
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    const hash = createHash('sha256').update(clientScript(), 'utf8').digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
  });
  it('is deterministic', () => {
    expect(renderReportHtml(data)).toBe(html);
  });
  it('the page script contains no </script or <!--', () => {
    expect(clientScript()).not.toMatch(/<\/script|<!--/i);
  });
});

describe('parseReportArgs', () => {
  const rows: [string[], ReturnType<typeof parseReportArgs>][] = [
    [['output'], { dir: 'output', out: 'report.html' }],
    [['output', '--out', 'r.html'], { dir: 'output', out: 'r.html' }],
    [['--out=r.html', 'output'], { dir: 'output', out: 'r.html' }],
    [['output', '--sources', 'seeds', '--sources', 'more'], { dir: 'output', out: 'report.html', sources: ['seeds', 'more'] }],
    // usage errors
    [[], 'missing DIR'],
    [['output', '--out'], '--out needs a value'],
    [['output', '--bogus'], 'unknown option --bogus'],
    [['a', 'b'], 'unexpected argument b'],
  ];
  it.each(rows)('%j → %j', (argv, expected) => {
    expect(parseReportArgs(argv)).toEqual(expected);
  });
});

describe('runReportCommand', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) } };
  };

  it('writes the report and exits 0', async () => {
    const dir = join(work, 'out');
    await writeFile(join(dir, 'articles.jsonl'), JSON.stringify(record('a', 'in/a.txt')) + '\n');
    const o = io();
    const outFile = join(work, 'r', 'report.html');
    expect(await runReportCommand({ dir, out: outFile }, o.io)).toBe(0);
    expect(o.out.join('')).toMatch(/wrote .*report\.html: 1 articles/);
    const html = await readFile(outFile, 'utf8');
    expect(html).toContain('bilex-data');
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('builds the same data as buildReport, index computed when entities.jsonl is absent', async () => {
    const result = await buildReport({ dir: join(work, 'out'), cwd: '/' });
    expect(result.data.articles.map((a) => [a.id, a.textStatus])).toEqual([['a', 'ok']]);
    expect(result.data.entities.map((e) => e.key)).toEqual(['place:OM', 'place:SY']);
  });

  const failures: [string, () => Promise<{ dir: string; out: string }>, number, RegExp][] = [
    ['bad usage (empty dir)', async () => ({ dir: '', out: 'x.html' }), 2, /usage/],
    ['a missing dir', async () => ({ dir: join(work, 'nope'), out: join(work, 'x.html') }), 1, /cannot read/],
    ['a dir without articles.jsonl', async () => {
      const dir = join(work, 'empty');
      await mkdir(dir, { recursive: true });
      return { dir, out: join(work, 'x.html') };
    }, 1, /articles\.jsonl/],
    ['an invalid record (still writes the rest)', async () => {
      const dir = join(work, 'bad');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'articles.jsonl'),
        JSON.stringify(record('a', 'in/a.txt')) + '\n{"id": "broken"}\nnot json\n');
      return { dir, out: join(work, 'bad.html') };
    }, 1, /invalid record[\s\S]*not JSON/],
  ];
  it.each(failures)('%s → exit %i', async (_name, setup, code, message) => {
    const args = await setup();
    const o = io();
    expect(await runReportCommand(args, o.io)).toBe(code);
    expect(o.err.join('')).toMatch(message);
  });
});
