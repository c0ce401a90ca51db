/**
 * Proclitics that attach to a word and stay outside spans (ANNOTATION.md): conjunctions و ف,
 * prepositions ب ل ك. At most one conjunction followed by at most one preposition.
 */
export const CONJUNCTIONS = ['و', 'ف'] as const;
export const PREPOSITIONS = ['ب', 'ل', 'ك'] as const;

/**
 * Possible clitic prefixes of a (normalized) word, longest first, each with the length to skip.
 * `لل` (ل + the article with its alif dropped) skips only the preposition: `للمملكة` → `لمملكة`.
 */
export function cliticPrefixes(word: string): number[] {
  const options: number[] = [];
  let i = 0;
  const first = word[0];
  if (first && (CONJUNCTIONS as readonly string[]).includes(first)) i = 1;
  const afterConj = word[i];
  if (afterConj && (PREPOSITIONS as readonly string[]).includes(afterConj)) options.push(i + 1);
  if (i === 1) options.push(1);
  options.push(0);
  return options;
}
