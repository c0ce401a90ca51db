/** Word tokens with offsets, shared by the rules of every language. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased text, the key for table lookups. */
  lower: string;
  /** First character is an upper-case letter (always false in caseless scripts such as Arabic). */
  upper: boolean;
  /** The token is a word (letters/digits), not punctuation. */
  word: boolean;
}

// Words (letters, marks, digits, with internal periods for acronyms like U.S., and Irish-style
// names like O'Connor), the possessive
// `'s`, and single non-space characters as punctuation tokens.
const TOKEN = /['’]s(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\p{Lu}['’]\p{Lu}[\p{L}\p{M}]*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|[^\s]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const t = m[0];
    const first = t[0]!;
    tokens.push({
      text: t,
      start: from + m.index,
      end: from + m.index + t.length,
      lower: t.toLowerCase(),
      upper: first !== first.toLowerCase() && first === first.toUpperCase(),
      word: /[\p{L}\p{N}]/u.test(first) && !/^['’]s$/.test(t),
    });
  }
  return tokens;
}
