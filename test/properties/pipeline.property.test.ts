import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { processArticle } from '../../src/core/pipeline.js';
import type { ArticleRecord } from '../../src/core/types.js';
import { parseJsonlLine, sanitizeId } from '../../src/stages/ingest.js';
import { validateRecord } from '../../src/stages/validate.js';
import { recordFileName } from '../../src/stages/write.js';

/**
 * Random documents (mixed scripts, odd whitespace, headings, infobox lines, dates, names) through
 * the whole pipeline: spans in bounds, `text === slice`, schema-valid, deterministic.
 * numRuns is sized for ~30 s on a loaded 2-core machine; set BILEX_PROPERTY_RUNS to go further.
 */

const RUNS = Number(process.env.BILEX_PROPERTY_RUNS ?? 1500);
const SEED = Number(process.env.BILEX_PROPERTY_SEED ?? 20260101);

const EN_WORDS = ['Syria', 'Oman', 'Damascus', 'Muscat', 'the', 'minister', 'Foreign', 'Minister', 'Bashar', 'al-Assad', 'United', 'Nations', 'Arab', 'League', 'signed', 'an', 'agreement', 'on', 'visited', 'met', 'with', 'President', 'Dr.', 'U.S.', 'in', 'May', 'January', '2022', '3', '1990s', 'yesterday', 'next', 'week', 'memorandum', 'of', 'understanding', 'embassy', 'ambassador', 'Sheikh', 'bin', 'Saudi', 'Arabia', 'China', 'Azerbaijan', 'treaty', 'Friday', 'Ramadan', '1445', 'AH', 'the', 'and', 'talks'];
const AR_WORDS = ['سوريا', 'عمان', 'دمشق', 'مسقط', 'وزير', 'الخارجية', 'بشار', 'الأسد', 'الرئيس', 'وقع', 'اتفاقية', 'مذكرة', 'تفاهم', 'في', 'يوم', 'الأحد', 'مايو', 'أيار', '2022', '١٤٤٥', 'هـ', 'الأمم', 'المتحدة', 'جامعة', 'الدول', 'العربية', 'زار', 'استقبل', 'السفير', 'السعودية', 'بن', 'عبد', 'الله', 'أمس', 'الماضي', 'رمضان', 'والتقى', 'بالرئيس', 'للسلام'];
const ODD = ['Ø', 'ß', 'é', 'ı', 'İ', 'ﬁ', '\u0301', '\u200c', '\u200d', '\u200f', '\u202e', '\u0640', '\u064b', '😀', '\uD83D', '\uDE00', '۱۲', '١٢', 'ǅ', '½', '∑', '中国', 'Ελλάδα', 'Россия', 'פה', 'ایران', 'ٹ', '"', '«', '»', '(', ')', '[[', ']]', '{{', '}}', '|', '=', '==', '.', '...', '؟', '،', '-', '—', '/', '&', '&amp;', '<ref>', '#', '*', '%', '$'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '\u202f', '\u3000', '\u2028', '\u200b', '\r\n', '\n', '\r', '\n\n', '\f'];

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...EN_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...AR_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
);
const sentence = fc
  .tuple(fc.array(fc.tuple(word, fc.constantFrom(...SPACES)), { minLength: 1, maxLength: 18 }), fc.constantFrom('.', '. ', '؟', '!', '', ':', '.\n'))
  .map(([parts, end]) => parts.map(([w, s]) => w + s).join('').trimEnd() + end);
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.array(word, { maxLength: 4 })).map(([l, r, ws]) => `${'='.repeat(l)} ${ws.join(' ')} ${'='.repeat(r)}`);
const infoboxLine = fc.tuple(fc.constantFrom('name', 'capital', 'date', 'signed', 'leader', '', '|'), fc.array(word, { maxLength: 5 })).map(([k, ws]) => `| ${k} = ${ws.join(' ')}`);
const block = fc.oneof(
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' ')) },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: infoboxLine },
  { weight: 1, arbitrary: fc.constantFrom('{{Infobox country', '{{Infobox treaty', '}}', '* ', '# item', '----', '', '   ', '\uFEFF') },
);
const documentText = fc
  .array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\r\n', '\n \n', '')), { minLength: 1, maxLength: 14 })
  .map((bs) => bs.map(([b, s]) => b + s).join(''))
  .filter((t) => t.trim().length > 0);

const options = fc.record({
  lang: fc.constantFrom('auto', 'auto', 'en', 'ar') as fc.Arbitrary<'auto' | 'en' | 'ar'>,
  referenceDate: fc.constantFrom(null, '2021-06-15', '2000-02-29'),
});

function run(text: string, opts: { lang: 'auto' | 'en' | 'ar'; referenceDate: string | null }): ArticleRecord {
  return processArticle(
    { id: 'prop', text, source: { path: 'prop.txt', sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) }, meta: {}, notes: [] },
    opts,
  );
}

describe('pipeline properties', () => {
  it('every record is schema-valid, its spans are in bounds and equal their slice, and it is deterministic', () => {
    fc.assert(
      fc.property(documentText, options, (text, opts) => {
        const record = run(text, opts);
        const problems = validateRecord(record, text);
        if (problems.length) throw new Error(`invalid record: ${JSON.stringify(problems.slice(0, 3))}`);
        const again = run(text, opts);
        if (JSON.stringify(again) !== JSON.stringify(record)) throw new Error('not deterministic');
        return true;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 240_000);
});

describe('counterexamples found by the property above (other seeds)', () => {
  // Was a bug: a dangling "of" complement gave an organization the empty name "" (schema:
  // minLength 1). The row guards against a regression.
  it.each([['R League\nof']])('%j gives a valid record', (text) => {
    expect(validateRecord(run(text, { lang: 'auto', referenceDate: null }), text)).toEqual([]);
  });
});

describe('id properties', () => {
  it('a sanitized id is empty or a safe file name inside --out', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('.', '/', '\\', '-', 'a', '_', ' ', '\u2024', '\uFF0E', ':', '\0') })), (raw) => {
        const id = sanitizeId(raw);
        if (id === '') return true;
        const name = recordFileName(id);
        const out = path.resolve('/tmp/out');
        return path.dirname(path.resolve(out, name)) === out && !name.startsWith('.') && id.length <= 200;
      }),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('any JSON object line becomes an article or a clear failure, never an exception', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('id', 'text', 'lang', 'date', 'url', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 2 })), (obj) => {
        const item = parseJsonlLine(JSON.stringify(obj), { label: 'p.jsonl', lineNo: 1, fallbackBase: 'p', maxBytes: 1e6 });
        return item.kind === 'article' ? typeof item.article.text === 'string' && item.article.id.length > 0 : item.failure.reason.length > 0;
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});
