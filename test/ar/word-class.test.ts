import { describe, expect, it } from 'vitest';
import { WORD, lexicon, trieBit, type TrieNode } from '../../src/lang/ar/lexicon.js';
import { normalizeArabic } from '../../src/lang/ar/normalize.js';
import { documentTokens, tokenize } from '../../src/lang/ar/tokens.js';
import { lexiconFor } from '../../src/relations/lexicon.js';

describe('Arabic word classes', () => {
  const lex = lexicon();
  const top = (root: ReadonlyMap<string, TrieNode>, has: (n: TrieNode) => boolean) => new Set([...root].filter(([, n]) => has(n)).map(([w]) => w));
  // Each bit against the table it stands for: a word has the bit exactly when the table has the word.
  const tables: [keyof typeof WORD, { has(w: string): boolean }][] = [
    ['given', lex.givenNames], ['stop', lex.stop], ['house', lex.houseNames], ['commonAl', lex.commonAl],
    ['title', top(lex.titles, (n) => n.label !== undefined)], ['orgHead', lex.orgHeads], ['commonNoun', lex.commonNouns],
    ['particle', lex.particles], ['demonym', lex.demonyms], ['place', top(lex.places, (n) => n.entry !== undefined)],
    ['org', top(lex.orgs, (n) => n.entry !== undefined)], ['govHead', top(lex.govHeads, (n) => n.label !== undefined)],
    ['titleQualifier', lex.titleQualifiers], ['foreignGiven', lex.foreignGiven], ['givenMaqsura', lex.givenMaqsura],
    ['startsPlace', lex.places], ['startsOrg', lex.orgs], ['startsPerson', lex.people], ['startsTitle', lex.titles],
    ['startsGovHead', lex.govHeads], ['startsMinistryDomain', lex.ministryDomains],
  ];
  const candidates = new Set([...lex.wordClass.keys(), 'دمشق', 'والرئيس', 'كتاب', 'ذهب']);

  it.each(tables)('the %s bit is set exactly for the words of its table', (bit, table) => {
    const wrong = [...candidates].filter((w) => ((lex.wordClass.get(w) ?? 0) & WORD[bit]) !== 0 !== table.has(w));
    expect(wrong).toEqual([]);
  });

  it('every bit is distinct and every trie of the rules has its own start bit', () => {
    const bits = Object.values(WORD);
    expect(new Set(bits).size).toBe(bits.length);
    const roots = [lex.places, lex.orgs, lex.people, lex.titles, lex.govHeads, lex.ministryDomains];
    expect(new Set(roots.map((r) => trieBit(lex, r))).size).toBe(roots.length);
    expect(trieBit(lex, new Map())).toBe(0);
    expect(lex.wordClass.get('دمشق')! & WORD.startsPlace).not.toBe(0);
  });
});

describe('Arabic sentence tokens for the relation rules', () => {
  const tokens = lexiconFor('ar').tokens;

  it('are the document tokens of the range, with offsets into the original text', () => {
    const text = 'زار وزيرُ الخارجية دمشقَ أمس.\nووقّع الجانبان مذكرة تفاهم.';
    const from = text.indexOf('ووقّع');
    const got = tokens(text, from, text.length);
    expect(got.map((t) => t.text)).toEqual(['ووقّع', 'الجانبان', 'مذكرة', 'تفاهم', '.']);
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(got[0]).toMatchObject({ lower: 'وقع', prefix: 'و' });
  });

  it('tokenize the range alone when its ends fall inside a word', () => {
    const text = 'استقبل الرئيس السفير في القصر الجمهوري.';
    const from = text.indexOf('رئيس');
    const to = text.indexOf('القصر') + 2;
    const got = tokens(text, from, to);
    const alone = tokenize(normalizeArabic(text.slice(from, to)).normalized);
    expect(got.map((t) => normalizeArabic(t.text).normalized)).toEqual(alone.map((t) => t.text));
    expect(got[0]!.text).toBe('رئيس');
    expect(got[got.length - 1]!.text).toBe('ال');
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('never serve the tokens of another document', () => {
    const a = normalizeArabic('زار الوزير دمشق '.repeat(30)).normalized;
    const b = normalizeArabic('استقبل الملك السفير '.repeat(30)).normalized;
    expect(documentTokens(a)[1]!.text).toBe('الوزير');
    expect(documentTokens(b)[1]!.text).toBe('الملك');
    expect(documentTokens(a)).toEqual(tokenize(a));
  });
});
