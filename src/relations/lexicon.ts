import { PhraseMatcher } from '../lang/common/phrase-matcher.js';
import { tokenize as tokenizeLatin, type Token } from '../lang/common/tokenize.js';
import { normalizeArabic, normalizeKey } from '../lang/ar/normalize.js';
import { documentTokens, tokenize as tokenizeArabic, type Token as ArabicToken } from '../lang/ar/tokens.js';
import { EN_RELATION_WORDS } from '../lang/en/relation-words.js';
import { AR_RELATION_WORDS } from '../lang/ar/relation-words.js';
import type { AgreementKind, AgreementStatus } from '../core/types.js';
import type { EventTrigger, RelationWords } from './words.js';

/**
 * A word token with original offsets. `lower` is the lookup key: lower-cased (English) or
 * normalized with attached clitics and the article stripped when the bare form is a table word
 * (Arabic). `prefix` is what was stripped (`ل` of `لدمشق`), `definite` whether `ال` was.
 */
export interface RelToken extends Token {
  prefix: string;
  definite: boolean;
}

type Matcher<T> = PhraseMatcher<T>;

/** The compiled tables of one language. */
export interface Lexicon {
  lang: 'en' | 'ar';
  words: RelationWords;
  agreementNouns: Matcher<AgreementKind>;
  agreementVerbs: Matcher<AgreementStatus>;
  commitmentVerbs: Matcher<AgreementStatus>;
  commitmentComplements: Matcher<{ kind: AgreementKind | null }>;
  eventTriggers: Matcher<EventTrigger>;
  relationsNouns: Matcher<{ diplomatic: boolean }>;
  topicMarkers: Matcher<true>;
  cutMarkers: Matcher<true>;
  partyAnaphors: Matcher<true>;
  contextCues: Matcher<true>;
  subjectIntroducers: Matcher<true>;
  subjectStops: Matcher<true>;
  referBackGerunds: Matcher<true>;
  set: {
    transactionNouns: ReadonlySet<string>;
    topicVerbs: ReadonlySet<string>;
    negations: ReadonlySet<string>;
    passiveAux: ReadonlySet<string>;
    documentNouns: ReadonlySet<string>;
    argumentWords: ReadonlySet<string>;
    lightVerbs: ReadonlySet<string>;
    envoyNouns: ReadonlySet<string>;
    bodyNouns: ReadonlySet<string>;
    setupVerbs: ReadonlySet<string>;
    triggerBlockers: ReadonlySet<string>;
    placeHeads: ReadonlySet<string>;
    referBackOpeners: ReadonlySet<string>;
    referBackNouns: ReadonlySet<string>;
    destinationWords: ReadonlySet<string>;
    locativeWords: ReadonlySet<string>;
    nonPartyWords: ReadonlySet<string>;
    reportingVerbs: ReadonlySet<string>;
    complementizers: ReadonlySet<string>;
    subjectPronouns: ReadonlySet<string>;
    dateDemoters: ReadonlySet<string>;
  };
  /** Word tokens of text[from, to) with original offsets and lookup keys. */
  tokens(text: string, from: number, to: number): RelToken[];
}

/** `signed|signs an` → [['signed','an'], ['signs','an']] (each word normalized by `norm`). */
export function expandPhrase(phrase: string, norm: (w: string) => string): string[][] {
  let out: string[][] = [[]];
  for (const slot of phrase.trim().split(/\s+/)) {
    const alts = slot.split('|').map(norm).filter((w) => w.length > 0);
    out = out.flatMap((prefix) => alts.map((a) => [...prefix, a]));
  }
  return out.filter((p) => p.length > 0);
}

function compile(lang: 'en' | 'ar', words: RelationWords): Lexicon {
  const norm = lang === 'ar' ? (w: string) => normalizeKey(w) : (w: string) => w.toLowerCase();
  const vocab = new Set<string>();
  const matcher = <T>(entries: readonly { phrase: string; value: T }[]): Matcher<T> => {
    const m = new PhraseMatcher<T>();
    for (const { phrase, value } of entries) {
      for (const keys of expandPhrase(phrase, norm)) {
        keys.forEach((k) => vocab.add(k));
        m.add(keys, value);
      }
    }
    return m;
  };
  const flags = (list: readonly string[]) => matcher(list.map((phrase) => ({ phrase, value: true as const })));
  const set = (list: readonly string[]): ReadonlySet<string> => {
    const s = new Set(list.map(norm));
    s.forEach((k) => vocab.add(k));
    return s;
  };
  const lex: Omit<Lexicon, 'tokens'> = {
    lang,
    words,
    agreementNouns: matcher(words.agreementNouns.map((e) => ({ phrase: e.phrase, value: e.kind }))),
    agreementVerbs: matcher(words.agreementVerbs.map((e) => ({ phrase: e.phrase, value: e.status }))),
    commitmentVerbs: matcher(words.commitmentVerbs.map((e) => ({ phrase: e.phrase, value: e.status }))),
    commitmentComplements: matcher(words.commitmentComplements.map((e) => ({ phrase: e.phrase, value: { kind: e.kind } }))),
    eventTriggers: matcher(words.eventTriggers.map((e) => ({ phrase: e.phrase, value: e }))),
    relationsNouns: matcher(words.relationsNouns.map((e) => ({ phrase: e.phrase, value: { diplomatic: e.diplomatic } }))),
    topicMarkers: flags(words.topicMarkers),
    cutMarkers: flags(words.cutMarkers),
    partyAnaphors: flags(words.partyAnaphors),
    contextCues: flags(words.contextCues),
    subjectIntroducers: flags(words.subjectIntroducers),
    subjectStops: flags(words.subjectStops),
    referBackGerunds: flags(words.referBackGerunds),
    set: {
      transactionNouns: set(words.transactionNouns),
      topicVerbs: set(words.topicVerbs),
      negations: set(words.negations),
      passiveAux: set(words.passiveAux),
      documentNouns: set(words.documentNouns),
      argumentWords: set(words.argumentWords),
      lightVerbs: set(words.lightVerbs),
      envoyNouns: set(words.envoyNouns),
      bodyNouns: set(words.bodyNouns),
      setupVerbs: set(words.setupVerbs),
      triggerBlockers: set(words.triggerBlockers),
      placeHeads: set(words.placeHeads),
      referBackOpeners: set(words.referBackOpeners),
      referBackNouns: set(words.referBackNouns),
      destinationWords: set(words.destinationWords),
      locativeWords: set(words.locativeWords),
      nonPartyWords: set(words.nonPartyWords),
      reportingVerbs: set(words.reportingVerbs),
      complementizers: set(words.complementizers),
      subjectPronouns: set(words.subjectPronouns),
      dateDemoters: set(words.dateDemoters),
    },
  };
  return { ...lex, tokens: lang === 'ar' ? arabicTokens(vocab) : latinTokens };
}

function latinTokens(text: string, from: number, to: number): RelToken[] {
  // The tokens are fresh objects: extend them in place rather than copying each one.
  return tokenizeLatin(text, from, to).map((t) => Object.assign(t, { prefix: '', definite: false }));
}

// Attached conjunctions, then prepositions, then the article; `لل` is `ل` + article without alif.
const PREP = ['ب', 'ل', 'ك'];

type ArabicKey = { key: string; prefix: string; definite: boolean };

/**
 * Key of a normalized Arabic word: the first form, in this order, that is a table word: the word,
 * without its article, then without an attached preposition (and article; `لل` is `ل` + article
 * without alif), then the same after an attached conjunction; else the word itself.
 */
export function arabicKey(word: string, vocab: ReadonlySet<string>): ArabicKey {
  const conj = word[0] === 'و' || word[0] === 'ف' ? word[0] : '';
  const found = keyAfterPreposition(word, '', vocab) ?? (conj ? keyAfterPreposition(word.slice(1), conj, vocab) : undefined);
  if (found) return found;
  // Not a table word: still report an attached preposition (`لمسؤول`, `بدمشق`) for argument checks.
  const clitic = /^[وف]?[بلك]/u.exec(word);
  return { key: word, prefix: clitic && word.length - clitic[0].length >= 3 ? clitic[0] : '', definite: false };
}

function keyAfterPreposition(rest: string, conj: string, vocab: ReadonlySet<string>): ArabicKey | undefined {
  const bare = keyWithArticle(rest, conj, vocab);
  if (bare) return bare;
  for (const p of PREP) {
    if (!rest.startsWith(p)) continue;
    if (p === 'ل' && rest.startsWith('لل') && rest.length > 3) {
      const withAlif = 'ال' + rest.slice(2);
      if (vocab.has(withAlif)) return { key: withAlif, prefix: conj + 'ل', definite: false };
      if (vocab.has(rest.slice(2))) return { key: rest.slice(2), prefix: conj + 'ل', definite: true };
    }
    const after = keyWithArticle(rest.slice(1), conj + p, vocab);
    if (after) return after;
  }
  return undefined;
}

function keyWithArticle(rest: string, prefix: string, vocab: ReadonlySet<string>): ArabicKey | undefined {
  if (rest.length < 2) return undefined;
  if (vocab.has(rest)) return { key: rest, prefix, definite: false };
  if (rest.startsWith('ال') && rest.length > 3 && vocab.has(rest.slice(2))) return { key: rest.slice(2), prefix, definite: true };
  return undefined;
}

function arabicTokens(vocab: ReadonlySet<string>) {
  // Words repeat: each distinct word's key is computed once per process (bounded).
  const keys = new Map<string, ArabicKey>();
  const keyOf = (word: string) => {
    let k = keys.get(word);
    if (k === undefined) {
      if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
      k = arabicKey(word, vocab);
      keys.set(word, k);
    }
    return k;
  };
  return (text: string, from: number, to: number): RelToken[] => {
    // The whole text is normalized once (shared with the other Arabic stages); normalization is per
    // code unit, so the range [a, b) of it is the normalization of text[from, to).
    const n = normalizeArabic(text);
    const a = n.fromOriginal(from);
    const b = n.fromOriginal(to);
    const out: RelToken[] = [];
    for (const t of tokensBetween(n.normalized, a, b)) {
      const start = n.toOriginal(t.start);
      const end = n.toOriginalEnd(t.end);
      const word = t.kind === 'word';
      const k = word ? keyOf(t.text) : { key: t.text, prefix: '', definite: false };
      out.push({ text: text.slice(start, end), start, end, lower: k.key, upper: false, word, prefix: k.prefix, definite: k.definite });
    }
    return out;
  };
}

/**
 * The tokens of normalized[a, b) with offsets into the whole text: the document's tokens (shared
 * with the entity rules) inside the range, or the range tokenized alone when a token of the
 * document crosses one of its ends.
 */
function tokensBetween(normalized: string, a: number, b: number): readonly ArabicToken[] {
  const all = documentTokens(normalized);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.end <= a) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < all.length && all[end]!.end <= b) end++;
  const crosses = (lo < all.length && all[lo]!.start < a) || (end < all.length && all[end]!.start < b);
  if (!crosses) return all.slice(lo, end);
  return tokenizeArabic(normalized.slice(a, b)).map((t) => ({ ...t, start: a + t.start, end: a + t.end }));
}

const KEY_CACHE_LIMIT = 100_000;

const CACHE = new Map<string, Lexicon>();

export function lexiconFor(lang: 'en' | 'ar'): Lexicon {
  let lex = CACHE.get(lang);
  if (!lex) {
    lex = compile(lang, lang === 'ar' ? AR_RELATION_WORDS : EN_RELATION_WORDS);
    CACHE.set(lang, lex);
  }
  return lex;
}
