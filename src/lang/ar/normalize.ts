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
  /**
   * First normalized index whose original offset is at or after `i` (normalized.length when none).
   * Normalization is per code unit, so `normalized.slice(fromOriginal(a), fromOriginal(b))` is the
   * normalization of `original.slice(a, b)`.
   */
  fromOriginal(i: number): number;
}

/** Per-code-unit fold table (identity except letters/digits/quotes above) and dropped marks. */
const FOLD = new Uint16Array(0x10000);
const DROP = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  FOLD[c] = c;
  if (isDropped(c)) DROP[c] = 1;
}
for (const [from, to] of Object.entries(CHAR_MAP)) FOLD[from.charCodeAt(0)] = to.charCodeAt(0);
for (let c = 0x0660; c <= 0x0669; c++) FOLD[c] = digit(c)!.charCodeAt(0);
for (let c = 0x06f0; c <= 0x06f9; c++) FOLD[c] = digit(c)!.charCodeAt(0);

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/**
 * Normalizes presentation forms (NFKC) only where present, then folds letters and digits.
 * Linear time; each normalized code unit comes from exactly one original code unit (`starts`), so
 * its original end is that index + 1.
 */
export function normalizeArabic(original: string): NormalizedText {
  // Entities and dates normalize the same document text: the last result is reused (it is immutable).
  if (last !== undefined && last.original === original) return last;
  const result = normalizeUncached(original);
  if (original.length >= MEMO_MIN_LENGTH) last = result;
  return result;
}

/** Texts shorter than this are not memoized (keys and names: cheap to redo, never repeated whole). */
const MEMO_MIN_LENGTH = 256;
let last: NormalizedText | undefined;

function normalizeUncached(original: string): NormalizedText {
  const n = original.length;
  let codes = new Uint16Array(n + 8);
  let starts = new Int32Array(n + 8);
  let len = 0;
  const push = (code: number, from: number) => {
    if (len === codes.length) {
      const c2 = new Uint16Array(codes.length * 2 + 8); c2.set(codes); codes = c2;
      const s2 = new Int32Array(starts.length * 2 + 8); s2.set(starts); starts = s2;
    }
    codes[len] = code;
    starts[len] = from;
    len++;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (DROP[code]) continue;
    // Presentation forms (FB50–FDFF, FE70–FEFF) expand under NFKC, possibly to several letters.
    if (isPresentationForm(code)) {
      const expanded = original[i]!.normalize('NFKC');
      for (let k = 0; k < expanded.length; k++) {
        const e = expanded.charCodeAt(k);
        if (!DROP[e]) push(FOLD[e]!, i);
      }
      continue;
    }
    push(FOLD[code]!, i);
  }
  const normalized = fromCodes(codes, len);
  const finalStarts = starts;
  const total = len;
  return {
    original,
    normalized,
    toOriginal: (i) => (i < total ? finalStarts[i]! : n),
    toOriginalEnd: (i) => (i <= 0 ? 0 : finalStarts[Math.min(i, total) - 1]! + 1),
    fromOriginal: (i) => {
      let lo = 0;
      let hi = total;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (finalStarts[mid]! < i) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/** The string of the first `len` code units (apply takes the typed array itself: no copy to an Array). */
function fromCodes(codes: Uint16Array, len: number): string {
  const CHUNK = 8192;
  if (len <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, len) as unknown as number[]);
  let out = '';
  for (let k = 0; k < len; k += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Normalizes a table entry (no offsets needed); a word that needs no change is returned as is. */
export function normalizeKey(word: string): string {
  const n = word.length;
  let i = 0;
  for (; i < n; i++) {
    const code = word.charCodeAt(i);
    if (DROP[code] || FOLD[code] !== code || isPresentationForm(code)) break;
  }
  if (i === n) return word;
  return normalizeUncached(word).normalized;
}
