import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeArabic, normalizeKey } from '../../src/lang/ar/normalize.js';
import { cliticPrefixes } from '../../src/lang/ar/clitics.js';
import { tokenize } from '../../src/lang/ar/tokens.js';

describe('normalizeArabic', () => {
  it.each([
    ['أإآٱ', 'اااا'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['مؤتمر', 'موتمر'],
    ['٢٠١٥ ۲۰۱۵', '2015 2015'],
    ['مُحَمَّد', 'محمد'],
    ['الأســد', 'الاسد'],
    ['«سبوتنيك»', '"سبوتنيك"'],
    ['\uFEFB', 'لا'],
  ])('%s → %s', (input, out) => expect(normalizeKey(input)).toBe(out));

  it('maps every normalized offset back into the original', () => {
    const text = 'بِـسْمِ \uFEFBالله، ٢٠١٥';
    const n = normalizeArabic(text);
    expect(n.normalized).toBe('بسم لاالله، 2015');
    expect(n.toOriginal(0)).toBe(0);
    expect(n.toOriginal(n.normalized.length)).toBe(text.length);
    const start = n.normalized.indexOf('لا');
    expect(text.slice(n.toOriginal(start), n.toOriginalEnd(start + 2))).toBe('\uFEFB');
  });

  it('keeps the offset map monotone and inside the text (property)', () => {
    const alphabet = fc.constantFrom('a', ' ', 'ب', 'ل', 'أ', 'ى', 'ة', 'ً', 'ـ', '٣', '\uFEFB', '\uFDFA', '«', '\u200f');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
      const text = chars.join('');
      const n = normalizeArabic(text);
      let prev = 0;
      for (let i = 0; i < n.normalized.length; i++) {
        const s = n.toOriginal(i);
        const e = n.toOriginalEnd(i + 1);
        expect(s).toBeGreaterThanOrEqual(prev);
        expect(e).toBeGreaterThan(s);
        expect(e).toBeLessThanOrEqual(text.length);
        prev = s;
      }
    }));
  });
});

describe('cliticPrefixes', () => {
  it.each([
    ['وسوريا', [1, 0]],
    ['فللمملكة', [2, 1, 0]],
    ['لمسقط', [1, 0]],
    ['مسقط', [0]],
    ['وبدمشق', [2, 1, 0]],
  ])('%s → %j', (word, skips) => expect(cliticPrefixes(word)).toEqual(skips));
});

describe('tokenize', () => {
  it('splits words and punctuation with offsets', () => {
    const toks = tokenize('دمشق، (سانا) 2015.');
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['دمشق', 'word'], ['،', 'punct'], ['(', 'punct'], ['سانا', 'word'], [')', 'punct'], ['2015', 'word'], ['.', 'punct'],
    ]);
    for (const t of toks) expect('دمشق، (سانا) 2015.'.slice(t.start, t.end)).toBe(t.text);
  });
});
