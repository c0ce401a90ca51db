import type { Token } from './tokenize.js';

interface TrieNode<T> {
  /** Absent on leaves: most nodes of a name table are, and an empty Map per node adds up in every worker. */
  next?: Map<string, TrieNode<T>>;
  value?: T;
}

/**
 * Longest-match lookup of multi-token phrases (gazetteers, titles, triggers). Phrases are
 * stored as sequences of token keys, so matching is linear in the tokens, whatever the table size.
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  constructor(private readonly keyOf: (token: Token) => string = (t) => t.lower) {}

  add(keys: readonly string[], value: T, overwrite = false): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    if (overwrite || node.value === undefined) node.value = value;
  }

  /** The longest phrase starting at tokens[i]: its value and the index after its last token. */
  longestAt(tokens: readonly Token[], i: number): { value: T; end: number } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next?.get(this.keyOf(tokens[j]!));
      if (node?.value !== undefined) best = { value: node.value, end: j + 1 };
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[], accept: (value: T, from: number, to: number) => boolean = () => true): { value: T; from: number; to: number }[] {
    return findAllLongest(this, tokens, accept);
  }
}

/** All non-overlapping longest matches of any longest-match lookup, left to right. */
export function findAllLongest<T>(
  matcher: { longestAt(tokens: readonly Token[], i: number): { value: T; end: number } | null },
  tokens: readonly Token[],
  accept: (value: T, from: number, to: number) => boolean,
): { value: T; from: number; to: number }[] {
  const out: { value: T; from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matcher.longestAt(tokens, i);
    if (m && accept(m.value, i, m.end)) {
      out.push({ value: m.value, from: i, to: m.end });
      i = m.end;
    } else i++;
  }
  return out;
}
