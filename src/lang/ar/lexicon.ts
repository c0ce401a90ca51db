/**
 * Builds the Arabic lookup structures once from the data tables: token tries over normalized
 * words for places, organizations, known people and titles, plus word sets for names.
 * Lookup cost is one Map access per token (no regex per entry).
 */
import { createRequire } from 'node:module';
import type { EntityType, MentionForm, PlaceKind } from '../../core/types.js';
import { countryKey, entityKey } from '../common/keys.js';
import { normalizeKey } from './normalize.js';
import { words } from './tokens.js';
import {
  AMBIGUOUS_COUNTRY_WORDS, CITIES, CONTEXT_COUNTRY_FORMS, COUNTRY_FORMS, NISBA_STEMS, REGIONS,
} from './gazetteer-places.js';
import {
  GOVERNMENT_HEADS, MINISTRY_DOMAINS, NOT_ORG_COMPLEMENTS, ORGANIZATIONS, ORG_CONSTRUCT_HEADS, ORG_NAME_HEADS,
} from './gazetteer-orgs.js';
import { MORE_PEOPLE, PEOPLE } from './bilingual.js';
import { TITLES, TITLE_QUALIFIERS, WEAK_TITLES } from './titles.js';
import {
  ALLAH_NAME_HEADS, AMBIGUOUS_GIVEN_NAMES, HOUSE_NAMES, OFFICE_ADJECTIVES, FOREIGN_GIVEN_NAMES, GIVEN_NAMES, LAQAB_HEADS, MORE_AMBIGUOUS_GIVEN_NAMES, MORE_FOREIGN_GIVEN_NAMES,
  MORE_GIVEN_NAMES, NAME_LIKE_AMBIGUOUS_GIVEN_NAMES, NAME_PARTICLES, NOT_SURNAMES,
} from './names.js';
import { NEWS_AMBIGUOUS_GIVEN_NAMES, NEWS_FOREIGN_GIVEN_NAMES, NEWS_GIVEN_NAMES, NEWS_ORGANIZATIONS, NEWS_PEOPLE } from './names-news.js';
import { COMMON_AL_WORDS, COMMON_NOUNS, FUNCTION_WORDS, REGNAL_ORDINALS, SPEAKER_NOUNS, SPEECH_VERBS } from './stopwords.js';

const require = createRequire(import.meta.url);
interface CountryLocale { countries: Record<string, string | string[]> }
const AR_COUNTRIES = (require('i18n-iso-countries/langs/ar.json') as CountryLocale).countries;
const EN_COUNTRIES = (require('i18n-iso-countries/langs/en.json') as CountryLocale).countries;

/** Short English country names where the locale's first name is the long official one. */
const EN_SHORT: Readonly<Record<string, string>> = {
  SY: 'Syria', IR: 'Iran', RU: 'Russia', KR: 'South Korea', KP: 'North Korea', US: 'United States', GB: 'United Kingdom',
  PS: 'Palestine', VN: 'Vietnam', VE: 'Venezuela', BO: 'Bolivia', TZ: 'Tanzania', LA: 'Laos', MD: 'Moldova', TW: 'Taiwan',
  CN: 'China', CZ: 'Czech Republic', GM: 'Gambia', MK: 'North Macedonia', FM: 'Micronesia',
  VA: 'Vatican City', CD: 'DR Congo', CG: 'Republic of the Congo', BN: 'Brunei',
};

export function countryEnglish(code: string): string {
  const short = EN_SHORT[code];
  if (short) return short;
  const v = EN_COUNTRIES[code];
  return (Array.isArray(v) ? v[0] : v) ?? code;
}

export function countryArabic(code: string): string {
  const v = AR_COUNTRIES[code];
  return (Array.isArray(v) ? v[0] : v) ?? code;
}

export interface LexEntry {
  readonly type: EntityType;
  readonly name: string;
  readonly key: string;
  readonly ruleId: string;
  readonly country?: string;
  readonly placeKind?: PlaceKind;
  readonly form?: MentionForm;
  /** Context-dependent entries: resolved per document in entities.ts. */
  readonly contextual?: 'oman' | 'sultanate' | 'kingdom' | 'algeria';
  /** English canonical name (organizations built from patterns need it). */
  readonly english?: string;
}

export interface TrieNode {
  /** Leaves share one empty map: most nodes of the name tables are leaves, in every worker. */
  children: ReadonlyMap<string, TrieNode>;
  entry?: LexEntry;
  /** Extra data for titles: the English title. */
  label?: string;
}

const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();

function node(): TrieNode {
  return { children: NO_CHILDREN };
}

/** `عبدالله` ↔ `عبد الله`: both spellings of `عبد` compounds are inserted. */
function spellings(tokens: string[]): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    const alts = [[t]];
    if (t.startsWith('عبد') && t.length > 3 && t !== 'عبده') alts.push(['عبد', t.slice(3)]);
    const next: string[][] = [];
    for (const prefix of out) for (const alt of alts) next.push([...prefix, ...alt]);
    out.splice(0, out.length, ...next);
  }
  return out;
}

function insert(root: Map<string, TrieNode>, phrase: string, entry: LexEntry | undefined, label?: string, override = false): void {
  for (const toks of spellings(words(normalizeKey(phrase)))) {
    if (toks.length === 0) continue;
    let map = root;
    let n: TrieNode | undefined;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      n = map.get(t);
      if (!n) { n = node(); map.set(t, n); }
      if (k + 1 < toks.length) {
        if (n.children === NO_CHILDREN) n.children = new Map<string, TrieNode>();
        map = n.children as Map<string, TrieNode>;
      }
    }
    if (!n) continue;
    if (entry && (override || !n.entry)) n.entry = entry;
    if (label !== undefined && n.label === undefined) n.label = label;
  }
}

export interface Lexicon {
  readonly places: Map<string, TrieNode>;
  readonly orgs: Map<string, TrieNode>;
  readonly people: Map<string, TrieNode>;
  readonly titles: Map<string, TrieNode>;
  /** normalized demonym form → alpha-2 */
  readonly demonyms: Map<string, string>;
  /** normalized given name → English */
  readonly givenNames: Map<string, string>;
  readonly ambiguousGiven: Set<string>;
  readonly particles: Set<string>;
  readonly stop: Set<string>;
  readonly commonAl: Set<string>;
  readonly titleQualifiers: Set<string>;
  readonly weakTitles: Set<string>;
  readonly ordinals: Set<string>;
  /** heads that are part of an organization's name (without the article) */
  readonly orgHeads: Map<string, string>;
  /** given names written with a final alef maqsura (يحيى, موسى), normalized */
  readonly givenMaqsura: Set<string>;
  /** frequent nouns without the article that never start a name */
  readonly commonNouns: Set<string>;
  /** particles that may start a name on their own: ابن علوي, أبو بكر, عبد الله */
  readonly startParticles: Set<string>;
  readonly speechVerbs: Set<string>;
  /** first words of `X الدين` names (صلاح الدين) */
  readonly laqab: Set<string>;
  /** words that form a name with `الله` after them (`نصر الله`) */
  readonly allahHeads: Set<string>;
  /** ambiguous given names that start a name before a family name with the article (`أيمن الظواهري`) */
  readonly nameLikeAmbiguous: Set<string>;
  /** non-Arabic given names (normalized): any word may follow as a surname */
  readonly foreignGiven: Set<string>;
  /** ministry domain (normalized phrase tokens) trie with English labels */
  readonly ministryDomains: Map<string, TrieNode>;
  /** family names that are also everyday words with the article (`الصباح`): family names inside a name */
  readonly houseNames: Set<string>;
  /** adjectives that follow an office (`المبعوث الخاص`): no family name after a title */
  readonly officeAdjectives: Set<string>;
  /** everyday words that never follow a given name as a surname */
  readonly notSurnames: Set<string>;
  /** heads named only in construct with a definite modifier: `هيئة الإذاعة البريطانية` */
  readonly orgConstructHeads: Map<string, string>;
  /** first modifiers that make a head a common noun phrase (`حركة التجارة`) */
  readonly notOrgComplements: Set<string>;
  /** heads that take a nisba/country: `الحكومة السورية` */
  readonly govHeads: Map<string, TrieNode>;
  /**
   * Normalized word → WORD bits: the tables a word is in, and the tries a phrase may start with it,
   * in one lookup (the name rules ask a dozen tables about every token).
   */
  readonly wordClass: Map<string, number>;
}

/** Bits of Lexicon.wordClass. */
export const WORD = {
  given: 1 << 0,
  stop: 1 << 1,
  house: 1 << 2,
  commonAl: 1 << 3,
  /** a one-word title (a node with a label at the top of `titles`) */
  title: 1 << 4,
  orgHead: 1 << 5,
  commonNoun: 1 << 6,
  particle: 1 << 7,
  demonym: 1 << 8,
  /** a one-word place name (a node with an entry at the top of `places`) */
  place: 1 << 9,
  /** a one-word organization name */
  org: 1 << 10,
  /** a one-word government head (label at the top of `govHeads`) */
  govHead: 1 << 11,
  titleQualifier: 1 << 12,
  foreignGiven: 1 << 13,
  givenMaqsura: 1 << 14,
  /** the first word of some phrase of the trie (see trieBit) */
  startsPlace: 1 << 15,
  startsOrg: 1 << 16,
  startsPerson: 1 << 17,
  startsTitle: 1 << 18,
  startsGovHead: 1 << 19,
  startsMinistryDomain: 1 << 20,
} as const;

/** The WORD bit saying a phrase of `root` starts with a word, or 0 for a trie without one. */
export function trieBit(lex: Lexicon, root: ReadonlyMap<string, TrieNode>): number {
  return root === lex.places ? WORD.startsPlace : root === lex.orgs ? WORD.startsOrg : root === lex.people ? WORD.startsPerson
    : root === lex.titles ? WORD.startsTitle : root === lex.govHeads ? WORD.startsGovHead : root === lex.ministryDomains ? WORD.startsMinistryDomain : 0;
}

function wordClasses(lex: Omit<Lexicon, 'wordClass'>): Map<string, number> {
  const out = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  const top = (root: ReadonlyMap<string, TrieNode>, has: (n: TrieNode) => boolean) => [...root].filter(([, n]) => has(n)).map(([w]) => w);
  mark(lex.givenNames.keys(), WORD.given);
  mark(lex.stop, WORD.stop);
  mark(lex.houseNames, WORD.house);
  mark(lex.commonAl, WORD.commonAl);
  mark(top(lex.titles, (n) => n.label !== undefined), WORD.title);
  mark(lex.orgHeads.keys(), WORD.orgHead);
  mark(lex.commonNouns, WORD.commonNoun);
  mark(lex.particles, WORD.particle);
  mark(lex.demonyms.keys(), WORD.demonym);
  mark(top(lex.places, (n) => n.entry !== undefined), WORD.place);
  mark(top(lex.orgs, (n) => n.entry !== undefined), WORD.org);
  mark(top(lex.govHeads, (n) => n.label !== undefined), WORD.govHead);
  mark(lex.titleQualifiers, WORD.titleQualifier);
  mark(lex.foreignGiven, WORD.foreignGiven);
  mark(lex.givenMaqsura, WORD.givenMaqsura);
  mark(lex.places.keys(), WORD.startsPlace);
  mark(lex.orgs.keys(), WORD.startsOrg);
  mark(lex.people.keys(), WORD.startsPerson);
  mark(lex.titles.keys(), WORD.startsTitle);
  mark(lex.govHeads.keys(), WORD.startsGovHead);
  mark(lex.ministryDomains.keys(), WORD.startsMinistryDomain);
  return out;
}

/** Concatenates typed tables without building a union of all their literal types. */
function pairs(...lists: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): ReadonlyArray<readonly [string, string]> {
  return lists.flat();
}
function triples(...lists: ReadonlyArray<ReadonlyArray<readonly [string, string, string]>>): ReadonlyArray<readonly [string, string, string]> {
  return lists.flat();
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const places = new Map<string, TrieNode>();
  const orgs = new Map<string, TrieNode>();
  const people = new Map<string, TrieNode>();
  const titles = new Map<string, TrieNode>();
  const demonyms = new Map<string, string>();

  const ambiguousCountry = new Set(AMBIGUOUS_COUNTRY_WORDS.map(normalizeKey));
  const country = (code: string, ruleId: string): LexEntry => ({
    type: 'place', name: countryArabic(code), key: countryKey(code), country: code, placeKind: 'country', ruleId, form: 'name',
  });
  // Context-dependent forms first so that they win over plain entries for the same words.
  insert(places, 'عمان', { ...country('OM', 'ar/place/country/oman-amman'), contextual: 'oman' });
  insert(places, 'الجزائر', { ...country('DZ', 'ar/place/country/algeria'), contextual: 'algeria' });
  for (const [form, code] of CONTEXT_COUNTRY_FORMS) {
    insert(places, form, { ...country(code, 'ar/place/country/context'), contextual: code === 'OM' ? 'sultanate' : 'kingdom' });
  }
  for (const [form, code] of COUNTRY_FORMS) insert(places, form, country(code, 'ar/place/country/table'));
  for (const [code, names] of Object.entries(AR_COUNTRIES)) {
    for (const n of Array.isArray(names) ? names : [names]) {
      if (ambiguousCountry.has(normalizeKey(n))) continue;
      insert(places, n, country(code, 'ar/place/country/iso'));
    }
  }
  for (const [ar, en, code] of CITIES) {
    insert(places, ar, {
      type: 'place', name: ar, key: entityKey('place', en), placeKind: 'city', ruleId: 'ar/place/city',
      form: 'name', english: en, ...(code ? { country: code } : {}),
    });
  }
  for (const [ar, en, code] of REGIONS) {
    insert(places, ar, {
      type: 'place', name: ar, key: entityKey('place', en), placeKind: 'region', ruleId: 'ar/place/region',
      form: 'name', english: en, ...(code ? { country: code } : {}),
    });
  }
  for (const [stem, code] of NISBA_STEMS) {
    const s = normalizeKey(stem);
    for (const art of ['', 'ال']) {
      for (const suffix of ['', 'ه', 'ون', 'ين', 'ات']) {
        const form = art + s + suffix;
        if (!demonyms.has(form)) demonyms.set(form, code);
        insert(places, form, {
          type: 'place', name: countryArabic(code), key: countryKey(code), country: code, placeKind: 'country',
          ruleId: 'ar/place/demonym', form: 'demonym',
        });
      }
    }
  }

  const ALL_ORGS = triples(ORGANIZATIONS, NEWS_ORGANIZATIONS);
  for (const [ar, en, code] of ALL_ORGS) {
    insert(orgs, ar, {
      type: 'organization', name: ar, key: entityKey('organization', en), ruleId: 'ar/org/table', english: en,
      ...(code ? { country: code } : {}),
    });
  }
  const ALL_PEOPLE = pairs(PEOPLE, MORE_PEOPLE, NEWS_PEOPLE);
  for (const [ar, en] of ALL_PEOPLE) {
    insert(people, ar, { type: 'person', name: ar, key: entityKey('person', en), ruleId: 'ar/person/bilingual', english: en });
  }
  for (const [ar, en] of TITLES) insert(titles, ar, undefined, en);
  for (const [domain, en] of MINISTRY_DOMAINS) {
    for (const head of ['وزير', 'وزيرة', 'الوزير', 'نائب وزير', 'مساعد وزير', 'وكيل وزارة']) insert(titles, `${head} ${domain}`, undefined, `Minister of ${en}`);
  }
  const ministryDomains = new Map<string, TrieNode>();
  for (const [domain, en] of MINISTRY_DOMAINS) {
    insert(ministryDomains, domain, undefined, en);
    // construct state before a country: وزارة دفاع الولايات المتحدة
    if (domain.startsWith('ال')) insert(ministryDomains, domain.slice(2), undefined, en);
  }
  const govHeads = new Map<string, TrieNode>();
  for (const [head, en] of GOVERNMENT_HEADS) insert(govHeads, head, undefined, en);

  const FOREIGN_GIVEN = pairs(FOREIGN_GIVEN_NAMES, MORE_FOREIGN_GIVEN_NAMES, NEWS_FOREIGN_GIVEN_NAMES);
  // the first spelling of a name wins
  const ALL_GIVEN = pairs(
    GIVEN_NAMES, FOREIGN_GIVEN_NAMES, MORE_GIVEN_NAMES, MORE_FOREIGN_GIVEN_NAMES, NEWS_GIVEN_NAMES, NEWS_FOREIGN_GIVEN_NAMES, NEWS_AMBIGUOUS_GIVEN_NAMES,
  );
  const givenNames = new Map<string, string>();
  for (const [ar, en] of ALL_GIVEN) {
    const k = normalizeKey(ar);
    if (!givenNames.has(k)) givenNames.set(k, en);
  }
  const tables = {
    places, orgs, people, titles, demonyms, givenNames, ministryDomains, govHeads,
    ambiguousGiven: new Set([...AMBIGUOUS_GIVEN_NAMES, ...MORE_AMBIGUOUS_GIVEN_NAMES, ...NEWS_AMBIGUOUS_GIVEN_NAMES.map(([ar]) => ar)].map(normalizeKey)),
    particles: new Set(NAME_PARTICLES.map(normalizeKey)),
    stop: new Set(FUNCTION_WORDS.map(normalizeKey)),
    commonAl: new Set(COMMON_AL_WORDS.map(normalizeKey)),
    titleQualifiers: new Set(TITLE_QUALIFIERS.map(normalizeKey)),
    weakTitles: new Set(WEAK_TITLES.map(normalizeKey)),
    ordinals: new Set(REGNAL_ORDINALS.map(normalizeKey)),
    notSurnames: new Set(NOT_SURNAMES.map(normalizeKey)),
    houseNames: new Set(HOUSE_NAMES.map(normalizeKey)),
    officeAdjectives: new Set(OFFICE_ADJECTIVES.map(normalizeKey)),
    orgConstructHeads: new Map(ORG_CONSTRUCT_HEADS.map(([ar, en]) => [normalizeKey(ar), en] as [string, string])),
    notOrgComplements: new Set(NOT_ORG_COMPLEMENTS.map(normalizeKey)),
    orgHeads: new Map(ORG_NAME_HEADS.map(([ar, en]) => [normalizeKey(ar), en] as [string, string])),
    givenMaqsura: new Set(ALL_GIVEN.filter(([ar]) => ar.endsWith('ى')).map(([ar]) => normalizeKey(ar))),
    commonNouns: new Set([...COMMON_NOUNS, ...SPEAKER_NOUNS].map(normalizeKey)),
    speechVerbs: new Set(SPEECH_VERBS.map(normalizeKey)),
    laqab: new Set(LAQAB_HEADS.map(normalizeKey)),
    foreignGiven: new Set(FOREIGN_GIVEN.map(([ar]) => normalizeKey(ar))),
    nameLikeAmbiguous: new Set(NAME_LIKE_AMBIGUOUS_GIVEN_NAMES.map(normalizeKey)),
    allahHeads: new Set(ALLAH_NAME_HEADS.map(normalizeKey)),
    startParticles: new Set(['ابن', 'أبو', 'أبي', 'عبد'].map(normalizeKey)),
  };
  cached = { ...tables, wordClass: wordClasses(tables) };
  return cached;
}
