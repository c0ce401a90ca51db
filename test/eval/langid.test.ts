import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateLangId, formatLangIdMarkdown } from '../../src/eval/langid.js';
import type { DetectedCode } from '../../src/eval/langid.js';

/** A trivial detector: Arabic script → ar, Latin → en, else und. */
const byScript = (text: string): DetectedCode => (/\p{Script=Arabic}/u.test(text) ? 'ar' : /\p{Script=Latin}/u.test(text) ? 'en' : 'und');
/** Calls everything with a Persian/Urdu letter non-Arabic. */
const smarter = (text: string): DetectedCode => (/[پچژگکیےہ]/u.test(text) ? 'und' : byScript(text));

const root = mkdtempSync(join(tmpdir(), 'bilex-langid-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files: Record<string, Record<string, string[]>> = {
  sentences: {
    ar: ['وصل الرئيس إلى دمشق', 'Hello there', ''],
    en: ['The minister arrived in Damascus', 'and the'],
    fa: ['وزیر امور خارجه به دمشق رفت', 'این یک آزمایش است'],
    ur: ['وزیر خارجہ دمشق پہنچے'],
  },
  'single-words': {
    ar: ['دمشق'],
    en: ['Damascus', '123'],
    // fa and ur missing: reported, not fatal
  },
};
for (const [length, langs] of Object.entries(files)) {
  mkdirSync(join(root, length));
  for (const [lang, lines] of Object.entries(langs)) writeFileSync(join(root, length, `${lang}.txt`), `${lines.join('\n')}\n`);
}

describe('evaluateLangId', () => {
  const result = evaluateLangId(root, byScript);
  const cell = (length: string, language: string) => result.cells.find((c) => c.length === length && c.language === language)!;

  // [length, language, n, correct, criterion]
  const rows: Array<[string, string, number, number, string]> = [
    ['sentences', 'ar', 2, 1, 'is ar'], // the empty line is not a sample; "Hello there" is wrong
    ['sentences', 'en', 2, 2, 'is en'],
    ['sentences', 'fa', 2, 0, 'not ar'], // the script detector calls Persian Arabic: all wrong
    ['sentences', 'ur', 1, 0, 'not ar'],
    ['single-words', 'ar', 1, 1, 'is ar'],
    ['single-words', 'en', 2, 1, 'is en'], // "123" → und
  ];
  it.each(rows)('%s/%s: %i samples, %i correct', (length, language, n, correct, criterion) => {
    const c = cell(length, language);
    expect(c).toMatchObject({ n, correct, criterion });
    expect(c.accuracy).toBeCloseTo(correct / n, 10);
  });

  it('counts labels and keeps wrong examples', () => {
    expect(cell('sentences', 'ar').labels).toEqual({ ar: 1, en: 1 });
    expect(cell('sentences', 'ar').examples).toEqual([{ text: 'Hello there', label: 'en' }]);
    expect(cell('single-words', 'en').examples).toEqual([{ text: '123', label: 'und' }]);
  });

  it('fa/ur: anything but ar is correct', () => {
    const r = evaluateLangId(root, smarter);
    const fa = r.cells.find((c) => c.length === 'sentences' && c.language === 'fa')!;
    expect(fa.correct).toBe(2);
    expect(fa.labels).toEqual({ und: 2 });
  });

  it('reports absent files and sets', () => {
    expect(result.missing.map((m) => m.slice(root.length + 1)).sort()).toEqual([
      'single-words/fa.txt', 'single-words/ur.txt',
      'word-pairs/ar.txt', 'word-pairs/en.txt', 'word-pairs/fa.txt', 'word-pairs/ur.txt',
    ]);
  });

  it('markdown: a row per length present, accuracy with counts', () => {
    const md = formatLangIdMarkdown(result);
    expect(md.split('\n')[0]).toBe('| length | ar (is ar) | en (is en) | fa (not ar) | ur (not ar) |');
    expect(md).toContain('| sentences | 50.0 (1/2) | 100.0 (2/2) | 0.0 (0/2) | 0.0 (0/1) |');
    expect(md).toContain('| single-words | 100.0 (1/1) | 50.0 (1/2) | - | - |');
    expect(md).not.toContain('word-pairs');
  });
});
