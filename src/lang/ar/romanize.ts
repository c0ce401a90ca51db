/**
 * Deterministic Arabic → Latin romanization for entity keys when no bilingual entry exists.
 * Not a scholarly transliteration: a stable, readable ASCII form (`يوسف بن علوي` → `yusf bin elwi`
 * style). Input is expected normalized (normalizeArabic), but unnormalized letters are handled too.
 */

const LETTERS: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h',
  'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '',
  'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y', 'ى': 'a',
  'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g', 'ک': 'k', 'ی': 'y',
};

/** Well-known word forms with a conventional spelling. */
const WORDS: Readonly<Record<string, string>> = {
  'بن': 'bin', 'ابن': 'ibn', 'بنت': 'bint', 'ابو': 'abu', 'ابي': 'abi', 'ال': 'al', 'عبد': 'abd', 'الله': 'allah', 'الدين': 'al-din',
};

function romanizeWord(word: string): string {
  const known = WORDS[word];
  if (known !== undefined) return known;
  let prefix = '';
  let w = word;
  if (w.length > 2 && w.startsWith('ال')) { prefix = 'al-'; w = w.slice(2); }
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const prevIsConsonant = i > 0 && out.length > 0 && !/[aeiou]$/.test(out);
    const next = w[i + 1];
    if (ch === 'ع' && i === 0) { out += 'a'; continue; }
    if (ch === 'و' && next === 'ي' && i === w.length - 2) { out += 'w'; continue; }
    if (ch === 'ي' && i === w.length - 1 && i > 0) { out += 'i'; continue; }
    if (ch === 'و' && i > 0 && prevIsConsonant && next !== undefined && next !== 'ا') { out += 'u'; continue; }
    if (ch === 'و' && i === w.length - 1 && prevIsConsonant) { out += 'u'; continue; }
    if (ch === 'ي' && i > 0 && prevIsConsonant && next !== 'ا' && next !== 'و') { out += 'i'; continue; }
    if (ch === 'ه' && i === w.length - 1 && i > 0) { out += 'a'; continue; }
    const latin = LETTERS[ch];
    if (latin !== undefined) out += latin;
    else if (/[a-z0-9]/i.test(ch)) out += ch.toLowerCase();
  }
  return prefix + out;
}

/** Romanizes a name word by word; the result is ASCII, words separated by spaces. */
export function romanizeArabic(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map(romanizeWord)
    .filter((w) => w.length > 0)
    .join(' ');
}
