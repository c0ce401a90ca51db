import { francAll } from 'franc';
import type { Language } from '../core/types.js';
import { SCRIPT_EVIDENCE, LATIN_LANGUAGES, ENGLISH_FUNCTION_WORDS, ARABIC_FUNCTION_WORDS, NON_ARABIC_FUNCTION_WORDS, FOLD_TO_ARABIC } from './language-tables.js';

interface ScriptCounts {
  arabicScript: number;
  latin: number;
  otherLetters: number;
  /** Letters found in Persian/Urdu but not in Arabic orthography. */
  nonArabicMarks: number;
  /** Persian/Urdu shapes of letters Arabic also has (ک ی ھ). */
  nonArabicVariants: number;
  /** Letters of Arabic orthography that Persian/Urdu spell otherwise (ي ى ة ك). */
  arabicMarks: number;
}

// What each UTF-16 code unit counts as, looked up per character (the classification runs over
// every article and paragraph, so it is a table read rather than range tests and Set lookups).
const OTHER = 0;
const LATIN = 1;
const ARABIC = 2; // an Arabic-script letter with no evidence either way
const ARABIC_MARKED = 3; // Arabic-only orthography (ي ى ة ك …)
const NON_ARABIC = 4; // Persian/Urdu-only letters
const NON_ARABIC_VARIANT = 5; // Persian/Urdu shapes of shared letters (ک ی ھ)
const EXTENDED_DIGIT = 6; // Persian/Urdu digits: evidence, not letters
const IGNORED = 7; // Arabic diacritics and digits, and everything that is no letter
const ASTRAL = 8; // a surrogate: decided by the code point

const CLASS = buildClassTable();

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(IGNORED);
  const letter = /\p{L}/u;
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) table[code] = LATIN;
    else if ((code >= 0x0620 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)) {
      if ((code >= 0x064b && code <= 0x065f) || (code >= 0x0660 && code <= 0x0669)) table[code] = IGNORED;
      else if (code >= 0x06f0 && code <= 0x06f9) table[code] = EXTENDED_DIGIT;
      else if (SCRIPT_EVIDENCE.nonArabic.has(ch)) table[code] = NON_ARABIC;
      else if (SCRIPT_EVIDENCE.nonArabicVariants.has(ch)) table[code] = NON_ARABIC_VARIANT;
      else if (SCRIPT_EVIDENCE.arabic.has(ch)) table[code] = ARABIC_MARKED;
      else table[code] = ARABIC;
    } else if (code >= 0xd800 && code <= 0xdbff) table[code] = ASTRAL;
    else if (code < 0xd800 || code > 0xdfff) table[code] = letter.test(ch) ? OTHER : IGNORED;
  }
  return table;
}

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { arabicScript: 0, latin: 0, otherLetters: 0, nonArabicMarks: 0, nonArabicVariants: 0, arabicMarks: 0 };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    switch (CLASS[text.charCodeAt(i)]) {
      case LATIN: c.latin++; break;
      case ARABIC: c.arabicScript++; break;
      case ARABIC_MARKED: c.arabicScript++; c.arabicMarks++; break;
      case NON_ARABIC: c.arabicScript++; c.nonArabicMarks++; break;
      case NON_ARABIC_VARIANT: c.arabicScript++; c.nonArabicVariants++; break;
      case EXTENDED_DIGIT: c.nonArabicMarks++; break;
      case OTHER: c.otherLetters++; break;
      case ASTRAL: {
        const code = text.codePointAt(i)!;
        if (code > 0xffff) {
          i++;
          if (/\p{L}/u.test(String.fromCodePoint(code))) c.otherLetters++;
        }
        break;
      }
    }
  }
  return c;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * English, Arabic or `und`. Script decides first (so Persian, Urdu, Chinese or Russian are never
 * forced into en/ar); within a script, letters and function words specific to a language, then
 * franc's trigram model, decide.
 */
export function detectLanguage(text: string): Language {
  const c = countScripts(text);
  const letters = c.arabicScript + c.latin + c.otherLetters;
  if (letters === 0) return { code: 'und', confidence: 0 };
  if (c.arabicScript >= c.latin && c.arabicScript >= c.otherLetters) return detectArabicScript(text, c, letters);
  if (c.latin > c.otherLetters) return detectLatinScript(text, c, letters);
  return { code: 'und', confidence: round(c.otherLetters / letters), script: 'other' };
}

const MAX_FUNCTION_WORD = Math.max(...[...ARABIC_FUNCTION_WORDS, ...NON_ARABIC_FUNCTION_WORDS].map((w) => w.length));

const ALEF = 0x0627;
const LAM = 0x0644;

/** The word starts with the article, alone or after و or ب (`ال…`, `وال…`, `بال…`). */
function startsWithArticle(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if (c0 === ALEF) return end - start >= 2 && text.charCodeAt(start + 1) === LAM;
  if (c0 === 0x0648 || c0 === 0x0628) return end - start >= 3 && text.charCodeAt(start + 1) === ALEF && text.charCodeAt(start + 2) === LAM;
  return false;
}

/** 1 for code units that are letters, marks or an apostrophe (`[\p{L}\p{M}']`); surrogates aside. */
const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{M}']/u;
  for (let code = 0; code < 0x10000; code++) if ((code < 0xd800 || code > 0xdfff) && wordChar.test(String.fromCharCode(code))) table[code] = 1;
  return table;
})();
const ASTRAL_WORD_CHAR = /[\p{L}\p{M}]/u;

/** Calls `visit` for every maximal run of `[\p{L}\p{M}']` code points, as /[\p{L}\p{M}']+/gu finds them. */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let inWord = WORD_UNIT[code] === 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        inWord = ASTRAL_WORD_CHAR.test(text.slice(i, i + 2));
      }
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) visit(start, n);
}

const FOLDABLE = /[یکى]/u;
const FOLDABLE_ALL = /[یکى]/gu;

function detectArabicScript(text: string, c: ScriptCounts, letters: number): Language {
  const share = c.arabicScript / letters;
  // Arabic-script words have no case: no lower-casing, no word array, and only words as short as
  // the longest function word are cut out of the text to be looked up.
  let arabicWords = 0;
  let otherWords = 0;
  forEachWord(text, (start, end) => {
    const short = end - start <= MAX_FUNCTION_WORD ? text.slice(start, end) : '';
    if ((short && ARABIC_FUNCTION_WORDS.has(short)) || startsWithArticle(text, start, end)) arabicWords++;
    if (short && NON_ARABIC_FUNCTION_WORDS.has(FOLDABLE.test(short) ? short.replace(FOLDABLE_ALL, (ch) => FOLD_TO_ARABIC[ch] ?? ch) : short)) otherWords++;
  });
  // Persian and Urdu letters (پ چ ژ گ ی ے ہ …) never occur in Arabic words; Arabic-only letters
  // (ة ى ي ك) also occur in Persian loans, so they weigh less.
  const nonArabic = c.nonArabicMarks * 3 + c.nonArabicVariants + otherWords * 2;
  const arabic = c.arabicMarks + arabicWords * 2;
  if (nonArabic > 0 && nonArabic >= arabic * 0.5) {
    return { code: 'und', confidence: round(Math.min(1, nonArabic / (nonArabic + arabic)) * share), script: 'Arab' };
  }
  if (arabic === 0) {
    // No evidence either way (a short word without marked letters): let the trigram model weigh
    // Arabic against Persian and Urdu, and answer und unless Arabic clearly wins.
    const [best, second] = francAll(text, { only: ['arb', 'pes', 'urd'], minLength: 1 });
    if (!best || best[0] !== 'arb' || (second && second[1] > 0.9)) {
      return { code: 'und', confidence: round(0.5 * share), script: 'Arab' };
    }
    return { code: 'ar', confidence: round(0.6 * share), script: 'Arab' };
  }
  const confidence = share * (arabic / (arabic + nonArabic));
  return { code: 'ar', confidence: round(Math.max(0.5, confidence)), script: 'Arab' };
}

function detectLatinScript(text: string, c: ScriptCounts, letters: number): Language {
  const share = c.latin / letters;
  const ws = words(text);
  const english = ws.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (c.latin < 20 || ws.length < 5) {
    // Too short for trigrams: English unless nothing English-looking is there at all.
    return { code: 'en', confidence: round((english > 0 ? 0.8 : 0.6) * share), script: 'Latn' };
  }
  const englishShare = ws.length ? english / ws.length : 0;
  // A quarter of the words English function words: English at full confidence, whatever the
  // trigrams say (the formula below gives the same), so the costly trigram ranking is skipped.
  if (englishShare >= 0.25) return { code: 'en', confidence: round(share), script: 'Latn' };
  const ranked = francAll(text, { only: [...LATIN_LANGUAGES], minLength: 1 });
  const eng = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  const top = ranked[0];
  if (top && top[0] !== 'eng' && eng < 0.9 && englishShare < 0.15) {
    return { code: 'und', confidence: round(share * (1 - eng)), script: 'Latn' };
  }
  return { code: 'en', confidence: round(share * Math.max(eng, Math.min(1, 0.5 + englishShare * 2))), script: 'Latn' };
}
