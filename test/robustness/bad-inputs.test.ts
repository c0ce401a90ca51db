import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord } from '../../src/core/types.js';
import { Readable } from 'node:stream';
import { parseJsonlLine, sanitizeId, splitLines } from '../../src/stages/ingest.js';
import { validateRecord } from '../../src/stages/validate.js';
import { listFiles, runCli, seedTexts, tempDir, type CliResult } from '../cli/helpers.js';

/**
 * A corpus of bad inputs, generated here in a temp dir, through the built CLI: each case ends as
 * a clear per-file error (errors.jsonl + stderr, exit 1) or as a valid record — never a crash,
 * never a file outside --out, never a half-written or temp file taken for a record.
 */

const EN = seedTexts().find((s) => !/\p{Script=Arabic}/u.test(s.text.slice(0, 200)))!.text.slice(0, 1500);
const FA = 'وزیر امور خارجه ایران روز دوشنبه در تهران با همتای عمانی خود دیدار و گفتگو کرد. دو طرف درباره گسترش همکاری‌های اقتصادی و سیاسی میان دو کشور گفتگو کردند و بر اهمیت ثبات منطقه تأکید کردند.';
const UR = 'پاکستان کے وزیر خارجہ نے پیر کے روز اسلام آباد میں چین کے سفیر سے ملاقات کی۔ دونوں رہنماؤں نے دو طرفہ تعلقات کو مزید مضبوط بنانے پر اتفاق کیا اور خطے کی صورتحال پر تبادلہ خیال کیا۔';
const FR = "Le ministre des Affaires étrangères s'est rendu lundi à Damas, où il a rencontré le président syrien. Les deux parties ont discuté du renforcement de la coopération bilatérale et de la situation régionale.";
const BIG_LINE_BYTES = 20 * 1024 * 1024;
const MAX_BYTES = 8 * 1024 * 1024;

// [file name, content, expected: error code | 'record']
const FILES: [string, string | Buffer, string][] = [
  ['empty.txt', '', 'empty'],
  ['whitespace.txt', ' \n\t\r\n   \u00a0\n', 'empty'],
  ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]), 'binary'],
  ['invalid-utf8.txt', Buffer.concat([Buffer.from('Oman and Syria '), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' signed.')]), 'invalid-utf8'],
  ['nul-bytes.txt', `Oman and Syria signed\u0000 an agreement.`, 'binary'],
  ['big-line.txt', Buffer.alloc(BIG_LINE_BYTES, 'Syria '), 'too-large'],
  ['bom.txt', `\uFEFF${EN}`, 'record'],
  ['crlf.txt', EN.replace(/\n/g, '\r\n'), 'record'],
  ['lone-cr.txt', EN.replace(/\n/g, '\r'), 'record'],
  ['persian.txt', FA, 'und'],
  ['urdu.txt', UR, 'und'],
  ['french.txt', FR, 'und'],
  ['infobox-unbalanced.txt', '{{Infobox country\n| name = Oman\n| capital = [[Muscat\n| leader = {{nowrap|Haitham bin Tarik\n\nOman and Syria signed an agreement in Damascus on 3 May 2022.\n', 'record'],
  ['infobox-closers.txt', '}}\n}}\n| a = b\n{{\n{{Infobox\n}}}}}}\nThe Arab League met in Cairo.\n', 'record'],
  ['headings-unbalanced.txt', '== History =\n=== Relations ==\n= = =\n====\n== ==\n=\nSyria and Oman.\n== Trailing', 'record'],
  ['surrogates.txt', 'Oman \u{1F600} signed \uD83D with Syria on 3 May 2022 \uDE00 in Muscat.', 'record'],
  ['odd-space.txt', 'Oman\u2028and\u2029Syria\u00a0signed\u200b\u200fan\u3000agreement\ton 3\u202fMay 2022.\f\v', 'record'],
];

const JSONL_LINES: [string, string][] = [
  [JSON.stringify({ id: 'ok-line', text: 'Oman and Syria signed an agreement on 3 May 2022.' }), 'record'],
  ['{"id": "truncated", "text": "Oman and', 'bad-json'],
  ['not json at all', 'bad-json'],
  ['[1, 2, 3]', 'bad-json'],
  ['null', 'bad-json'],
  [JSON.stringify({ id: 'no-text' }), 'missing-text'],
  [JSON.stringify({ id: 'text-number', text: 5 }), 'missing-text'],
  [JSON.stringify({ text: 'A line without an id: Oman and Syria.' }), 'record'],
  [JSON.stringify({ id: 'dup', text: 'First Oman.' }), 'record'],
  [JSON.stringify({ id: 'dup', text: 'Second Oman.' }), 'duplicate-id'],
  [JSON.stringify({ id: '../../escape', text: 'Trying to escape the output folder.' }), 'record'],
  [JSON.stringify({ id: '/etc/passwd', text: 'An absolute path as id.' }), 'record'],
  [JSON.stringify({ id: 'a/../../b..c', text: 'Dots in the middle.' }), 'record'],
  [JSON.stringify({ id: '..', text: 'Only dots.' }), 'bad-id'],
  [JSON.stringify({ id: '.hidden', text: 'A hidden file name.' }), 'record'],
  [JSON.stringify({ id: 'مقال', text: 'An Arabic id.' }), 'record'],
  [JSON.stringify({ id: 'x'.repeat(5000), text: 'A very long id.' }), 'record'],
  ['{"__proto__": {"polluted": true}, "id": "proto-key", "text": "Prototype keys are plain data."}', 'record'],
  [JSON.stringify({ id: '__proto__', text: 'An id named __proto__.' }), 'record'],
  [JSON.stringify({ id: 'constructor', text: 'An id named constructor.' }), 'record'],
  [JSON.stringify({ id: 'empty-text', text: '' }), 'empty'],
  [JSON.stringify({ id: 'bad-lang', text: 'Oman and Syria.', lang: 'fr', date: 'yesterday' }), 'record'],
  [`\uFEFF${JSON.stringify({ id: 'bom-line', text: '\uFEFFOman and Syria.' })}`, 'record'],
  [JSON.stringify({ id: 'big-jsonl-line', text: 'Syria '.repeat(BIG_LINE_BYTES / 6 + 1) }), 'too-large'],
];

let root: string;
let input: string;
let out: string;
let result: CliResult;
let errors: { file: string; line?: number; id?: string; code: string; reason: string }[];
const records = new Map<string, ArticleRecord>();

beforeAll(async () => {
  root = await tempDir('bad');
  input = path.join(root, 'work', 'in');
  out = path.join(root, 'work', 'out');
  await mkdir(input, { recursive: true });
  for (const [name, content] of FILES) await writeFile(path.join(input, name), content);
  await writeFile(path.join(input, 'broken.jsonl'), JSONL_LINES.map(([l]) => l).join('\n') + '\n');
  result = await runCli(['extract', input, '--out', out, '--concurrency', '2', '--max-bytes', String(MAX_BYTES)]);
  errors = (await readFile(path.join(out, 'errors.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as (typeof errors)[number]);
  for (const line of (await readFile(path.join(out, 'articles.jsonl'), 'utf8')).split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as ArticleRecord;
    records.set(`${r.source.path}${r.source.line !== undefined ? `:${r.source.line}` : ''}`, r);
  }
}, 240_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('bad inputs through the CLI', () => {
  it('exits 1 (some inputs failed), not with a crash or a signal', () => {
    expect(result.signal).toBeNull();
    expect(result.code, result.stderr.slice(-3000)).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at .+\(|TypeError|RangeError|Unhandled|ERR_/);
    expect(result.stdout).toBe('');
  });

  it.each(FILES.map(([name, , expected]) => [name, expected] as const))('%s → %s', async (name, expected) => {
    const file = path.join(input, name);
    const failures = errors.filter((e) => e.file === file);
    if (expected === 'record' || expected === 'und') {
      expect(failures).toEqual([]);
      const record = records.get(file);
      expect(record, `no record for ${name}`).toBeDefined();
      const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      expect(validateRecord(record!, text)).toEqual([]);
      if (expected === 'und') {
        expect(record!.language.code).toBe('und');
        expect(record!.diagnostics.map((d) => d.code)).toContain('language-unsupported');
        expect(record!.entities).toEqual([]);
      } else {
        expect(['en', 'ar']).toContain(record!.language.code);
      }
    } else {
      expect(failures.map((f) => f.code)).toEqual([expected]);
      expect(failures[0]!.reason.length).toBeGreaterThan(10);
      expect(result.stderr).toContain(`${file}: ${expected}: `);
      expect([...records.values()].some((r) => r.source.path === file)).toBe(false);
    }
  });

  it.each(JSONL_LINES.map(([l, e], i) => [i + 1, l.slice(0, 60), e] as const))('broken.jsonl line %i (%s) → %s', (lineNo, _l, expected) => {
    const file = path.join(input, 'broken.jsonl');
    const failures = errors.filter((e) => e.file === file && e.line === lineNo);
    const record = records.get(`${file}:${lineNo}`);
    if (expected === 'record') {
      expect(failures).toEqual([]);
      expect(record).toBeDefined();
      expect(record!.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      expect(record!.id).not.toContain('..');
    } else {
      expect(failures.map((f) => f.code)).toEqual([expected]);
      expect(record).toBeUndefined();
      expect(result.stderr).toContain(`${file}:${lineNo}: ${expected}: `);
    }
  });

  it('ids are sanitized, with a note in the record', () => {
    const file = path.join(input, 'broken.jsonl');
    const byLine = (n: number) => records.get(`${file}:${n}`)!;
    expect(byLine(8).id).toBe('broken-L8');
    expect(byLine(11).id).toBe('escape');
    expect(byLine(12).id).toBe('etc-passwd');
    expect(byLine(13).id).toBe('a-.-.-b.c');
    expect(byLine(15).id).toBe('hidden');
    expect(byLine(16).id).toMatch(/^[0-9a-f]{8}$/); // `مقال`: a hash of the original, not an empty id
    expect(byLine(17).id).toHaveLength(200);
    expect(byLine(19).id).toBe('proto__');
    expect(byLine(11).diagnostics.map((d) => d.message).join('\n')).toContain('sanitized');
  });

  it('keeps the first of duplicate ids', () => {
    const dup = [...records.values()].filter((r) => r.id === 'dup');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.source.line).toBe(9);
  });

  it('writes nothing outside --out, and only records, dataset files and no temp files inside', async () => {
    expect((await listFiles(root)).filter((f) => !f.startsWith(`work${path.sep}`))).toEqual([]);
    expect((await readdir(path.join(root, 'work'))).sort()).toEqual(['in', 'out']);
    const names = await readdir(out);
    expect(names.filter((n) => n.startsWith('.') || n.endsWith('.tmp'))).toEqual([]);
    for (const name of names) {
      const content = await readFile(path.join(out, name), 'utf8');
      if (name.endsWith('.jsonl')) for (const l of content.split('\n').filter(Boolean)) JSON.parse(l);
      else JSON.parse(content);
    }
    const recordFiles = names.filter((n) => !['articles.jsonl', 'entities.jsonl', 'errors.jsonl', 'manifest.json'].includes(n));
    expect(recordFiles.sort()).toEqual([...records.values()].map((r) => `${r.id}.json`).sort());
  });

  it('counts every failure in the manifest', async () => {
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { inputs: { id: string }[]; failures: number };
    expect(manifest.failures).toBe(errors.length);
    expect(manifest.inputs.map((i) => i.id).sort()).toEqual([...records.values()].map((r) => r.id).sort());
  });
});

describe('ingest in-process', () => {
  it('a "__proto__" key is data, not a prototype', () => {
    const item = parseJsonlLine('{"__proto__": {"polluted": true}, "id": "p", "text": "Oman."}', { label: 'x', lineNo: 1, fallbackBase: 'x', maxBytes: 1e6 });
    expect(item.kind).toBe('article');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['../../escape', 'escape'],
    ['a..b', 'a.b'],
    ['...', ''],
    ['./.x', 'x'],
    ['C:\\Windows\\x', 'C-Windows-x'],
    ['ok_id-1.2', 'ok_id-1.2'],
  ])('sanitizeId(%j) = %j', (raw, expected) => {
    expect(sanitizeId(raw)).toBe(expected);
  });

  const lines = async (chunks: (string | Buffer)[], max = 100) => {
    const out: unknown[] = [];
    for await (const l of splitLines(Readable.from(chunks), max)) out.push('line' in l ? l.line : { tooLong: l.tooLong });
    return out;
  };
  const EURO = Buffer.from('€', 'utf8');
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\r\nb'], ['a', 'b']],
    [['a\rb\n'], ['a\rb']],
    [['a', 'b\n', 'c'], ['ab', 'c']],
    [['\n\n'], ['', '']],
    [[Buffer.concat([Buffer.from('x'), EURO.subarray(0, 1)]), Buffer.concat([EURO.subarray(1), Buffer.from('y\n')])], ['x€y']],
    [['short\n', 'y'.repeat(60), 'y'.repeat(60), 'y'.repeat(60), '\nafter\n'], ['short', { tooLong: 180 }, 'after']],
    [[], []],
  ] as [(string | Buffer)[], unknown[]][])('splitLines %j', async (chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });
});
