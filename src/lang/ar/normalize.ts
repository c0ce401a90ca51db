/**
 * Arabic normalization for matching, with a map back to original offsets.
 *
 * Rules match on `normalized`; every match [s, e) maps back with `toOriginal(s)` and
 * `toOriginalEnd(e)`, so stored spans always index the text as decoded.
 */

// One-to-one replacements (same length), applied per UTF-16 code unit.
const CHAR_MAP: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ی': 'ي', 'ۍ': 'ي',
  'ة': 'ه', 'ۀ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"',
};

// Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII.
function digit(ch: number): string | null {
  if (ch >= 0x0660 && ch <= 0x0669) return String.fromCharCode(48 + ch - 0x0660);
  if (ch >= 0x06f0 && ch <= 0x06f9) return String.fromCharCode(48 + ch - 0x06f0);
  return null;
}

/** Removed entirely: harakat, Quranic marks, tatweel, bidi and zero-width controls. */
function isDropped(ch: number): boolean {
  return (
    (ch >= 0x064b && ch <= 0x065f) || ch === 0x0670 || (ch >= 0x06d6 && ch <= 0x06ed) ||
    ch === 0x0640 || ch === 0x200c || ch === 0x200d || ch === 0x200e || ch === 0x200f ||
    (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069) || ch === 0x061c || ch === 0xfeff
  );
}

export interface NormalizedText {
  readonly original: string;
  readonly normalized: string;
  /** Original index of normalized index i (i may equal normalized.length). */
  toOriginal(i: number): number;
  /** Original end offset for a normalized end offset (exclusive), skipping dropped marks before it. */
  toOriginalEnd(i: number): number;
}

/** Normalizes presentation forms (NFKC) only where present, then folds letters and digits. */
export function normalizeArabic(original: string): NormalizedText {
  let out = '';
  // starts[i] = original index of normalized char i; ends[i] = original end of that char.
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (isDropped(code)) continue;
    // Presentation forms (FB50–FDFF, FE70–FEFF) expand under NFKC, possibly to several letters.
    if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) {
      const expanded = original[i]!.normalize('NFKC');
      for (const ch of expanded) {
        if (isDropped(ch.charCodeAt(0))) continue;
        out += CHAR_MAP[ch] ?? ch;
        starts.push(i);
        ends.push(i + 1);
      }
      continue;
    }
    const ch = original[i]!;
    out += digit(code) ?? CHAR_MAP[ch] ?? ch;
    starts.push(i);
    ends.push(i + 1);
  }
  return {
    original,
    normalized: out,
    toOriginal: (i) => (i < starts.length ? starts[i]! : original.length),
    toOriginalEnd: (i) => (i <= 0 ? 0 : ends[i - 1]!),
  };
}

/** Normalizes a table entry (no offsets needed). */
export function normalizeKey(word: string): string {
  return normalizeArabic(word).normalized;
}
