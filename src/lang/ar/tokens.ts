/**
 * Tokenizer for normalized Arabic text: one pass over the string, no regex per token.
 * Tokens are runs of letters/marks/digits (`word`) or single punctuation characters (`punct`);
 * whitespace separates tokens and is not a token. Offsets index the string given (normalized).
 */

export interface Token {
  /** start offset (inclusive) in the tokenized string */
  readonly start: number;
  /** end offset (exclusive) */
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'punct';
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  // Fast paths: Arabic block letters/digits and ASCII alphanumerics.
  if (code >= 0x0621 && code <= 0x064a) return true;
  if (code >= 0x0660 && code <= 0x0669) return true;
  if (code >= 0x0671 && code <= 0x06d3) return true;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  if (code < 0x80) return false;
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters: keep inside words
  return LETTER.test(text[i]!);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 ||
    code === 0x0b || code === 0x0c || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000 || code === 0x202f || code === 0x205f;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) { i++; continue; }
    if (isWordChar(code, text, i)) {
      const start = i;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c, text, i)) break;
        i++;
      }
      tokens.push({ start, end: i, text: text.slice(start, i), kind: 'word' });
    } else {
      tokens.push({ start: i, end: i + 1, text: text[i]!, kind: 'punct' });
      i++;
    }
  }
  return tokens;
}

/**
 * The tokens of a whole normalized document, shared by the stages that read it (entities, then
 * relations, which take the tokens of each sentence from it): the last result is reused.
 */
export function documentTokens(normalized: string): readonly Token[] {
  if (normalized !== lastText) {
    lastTokens = tokenize(normalized);
    lastText = normalized;
  }
  return lastTokens;
}

let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/** Splits a (normalized) table entry into its word tokens. */
export function words(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.kind === 'word').map((t) => t.text);
}
