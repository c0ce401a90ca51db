/**
 * Arabic people, places and organizations by rule (ANNOTATION.md decides the spans).
 *
 * One pass of tokenization over the normalized text; every rule walks the token array and looks
 * words up in Maps/tries built once from the data tables (lexicon.ts). Offsets are mapped back to
 * the original text; clitics `و ف ب ل ك` stay outside spans (clitics.ts), and `لل…` keeps the
 * second `ل` (`للمملكة` → `لمملكة`).
 *
 * Rules (ruleId):
 * - places: gazetteer countries/cities/regions (`ar/place/...`), nisba demonyms (`form: 'demonym'`),
 *   context forms (`السلطنة` with Omani cues, `المملكة` → the kingdom the document cites most,
 *   `عمان` → Amman with shadda, after `العاصمة الأردنية` or in Jordanian documents, `الجزائر` after
 *   `العاصمة` → Algiers), direction + place (`جنوب فرنسا`) and place + direction adjective
 *   (`أوروبا الغربية`) as regions (`ar/place/region/direction`).
 * - organizations: fixed names (`ar/org/table`), ministries (`وزارة` + domain [+ country]), heads +
 *   nisba/country (`الحكومة السورية`, `سفارة الصين في دمشق`), heads that belong to the name
 *   (`جامعة دمشق`, `ar/org/head`), construct heads that need a definite modifier (`هيئة الإذاعة
 *   البريطانية`; definite only with a body adjective and a complement: `الهيئة العامة للسياحة`;
 *   `شركة` before a bare or known name stays outside: `شركة سيمنز` → `سيمنز`), common complements
 *   that make no name (`حركة التجارة`), a name after a press kind (`صحيفة الحياة`, `صحيفة الرياض`,
 *   `القدس العربي`; the kind word outside, `ar/org/media`) or in quotes after a generic word
 *   (`ar/org/quoted`), football clubs named like cities (a sport cue before a club city, or a
 *   masculine nisba of the country after the city: `برشلونة الإسباني`, `ar/org/club`), and an
 *   abbreviation in parentheses after a name (`(سانا)`, same key).
 * - people: titles/offices (chained, with nisba, qualifiers, an organization, a ministry or
 *   government by country, or any definite body after `باسم`) strip into `titles`; kinship nouns
 *   and professions are weak titles (a lexicon given name must follow); known people (bilingual
 *   table; a complete known name takes no following word); names started by a lexicon given name
 *   (Arabic or foreign; foreign given names take a surname of four letters or more that is no
 *   everyday word, European particles `دي/فان/فون`) or a particle (`ابن علوي` alone is
 *   `form: 'short'`; `بن أبي طالب`; `عبد` + article word); speakers after verbs of saying closed by
 *   `إن`, `:`, an office, `في/خلال/أمس` or an interview (`ar/person/speaker`); apposition (name +
 *   office); a definite masculine nisba opening a phrase before a lexicon given name
 *   (`والروسي فلاديمير بوتن`, `ar/person/nationality`); a name with its age in brackets
 *   (`(34 عاما)`, `ar/person/age`); repeats of full names and of family names (and one-word
 *   titled or speaker names) found in the same document; a given name inside a longer place is
 *   dropped (`كامب ديفيد`). Names and organization heads never cross a line break.
 * Display names are Arabic as written; keys come from the English canonical name when a table
 * knows it, else from romanization (romanize.ts).
 */
import type { CandidateMention, ExtractionContext } from '../../core/document.js';
import type { EntityType, MentionForm } from '../../core/types.js';
import { countryKey, entityKey, missionKey } from '../common/keys.js';
import { cliticPrefixes } from './clitics.js';
import { normalizeArabic, normalizeKey, type NormalizedText } from './normalize.js';
import { documentTokens, type Token } from './tokens.js';
import { WORD, countryArabic, countryEnglish, lexicon, trieBit, type LexEntry, type Lexicon, type TrieNode } from './lexicon.js';
import { romanizeArabic } from './romanize.js';
import {
  AMBIGUOUS_CLUBS, AMBIGUOUS_GROUPS, AMBIGUOUS_MEDIA, CLUB_CITIES, CLUB_JOINERS, CLUB_NAME_PREFIXES, CLUB_NAME_TAILS, GENERIC_ORG_WORDS,
  EMBASSY_SENDERS, GROUP_CUES, INTERVIEW_NOUNS, LAST_NOUN_AGREEMENT_LABELS, MEDIA_CUES, MINISTRY_ADJECTIVES, MISSION_LABELS, PERMANENT_MISSION_WORDS, QUOTE_MEDIA_CUES,
  REPORT_VERBS,
  SPORT_CUES,
} from './gazetteer-orgs.js';
import {
  ADMIN_BODY_HEADS, ARAB_STATES, FACILITY_HEADS, HISTORIC_STATE_HEADS, KINGDOM_CUES, PLACE_CUES, PLACE_NAME_PREFIXES, PROVINCE_HEAD, STATE_ADJECTIVES, STATE_HEADS,
} from './gazetteer-places.js';

/**
 * A word form of a token after removing clitics: `skip` characters of the token are outside;
 * `cls` are the form's WORD bits (Lexicon.wordClass).
 */
interface Variant { readonly skip: number; readonly form: string; readonly cls: number }

interface Match { readonly start: number; readonly endTok: number; readonly skip: number; readonly node: TrieNode }

/** Working state for one document. */
class Scan {
  readonly toks: readonly Token[];
  readonly variants: Variant[][];
  /** 1 where a line break separates a token from the one before it */
  readonly breaks: Uint8Array;
  readonly out: CandidateMention[] = [];
  /** `start:end` of press titles named like places: the place of the same span is dropped. */
  readonly mediaSpans = new Set<string>();
  /** Document-level context (set once before the rules run). */
  dc: DocContext | undefined;
  /** cue bits per token (255: not computed yet), see cuesOf */
  readonly cueMask: Uint8Array;
  constructor(readonly ctx: ExtractionContext, readonly norm: NormalizedText, readonly lex: Lexicon) {
    this.toks = documentTokens(norm.normalized);
    this.variants = this.toks.map((t) => (t.kind === 'word' ? variantsOf(t.text, lex.wordClass) : []));
    this.breaks = new Uint8Array(this.toks.length);
    this.cueMask = new Uint8Array(this.toks.length).fill(255);
    const text = norm.normalized;
    for (let k = 1; k < this.toks.length; k++) {
      for (let c = this.toks[k - 1]!.end; c < this.toks[k]!.start; c++) if (text.charCodeAt(c) === 10) { this.breaks[k] = 1; break; }
    }
  }

  /** True when a line break separates token k from the token before it (names never cross lines). */
  breakBefore(k: number): boolean {
    return this.breaks[k] === 1;
  }

  word(i: number): string | undefined {
    const t = this.toks[i];
    return t && t.kind === 'word' ? t.text : undefined;
  }

  /** Memoized `match` results per trie and clitic mode, by token (several rules ask about the same token). */
  private readonly matches = new Map<Map<string, TrieNode>, [(Match | null)[], (Match | null)[]]>();

  /** Longest trie match starting at token i (clitics allowed on the first token only). */
  match(root: Map<string, TrieNode>, i: number, cliticsAllowed = true): Match | undefined {
    if (i < 0 || i >= this.toks.length) return this.matchUncached(root, i, cliticsAllowed);
    let memo = this.matches.get(root);
    if (!memo) {
      // packed arrays of `undefined` (not computed yet): random writes keep them fast, unlike holey `[]`
      const n = this.toks.length;
      memo = [new Array<Match | null | undefined>(n).fill(undefined) as (Match | null)[], new Array<Match | null | undefined>(n).fill(undefined) as (Match | null)[]];
      this.matches.set(root, memo);
    }
    const byTok = memo[cliticsAllowed ? 0 : 1];
    let m = byTok[i];
    if (m === undefined) { m = this.matchUncached(root, i, cliticsAllowed) ?? null; byTok[i] = m; }
    return m ?? undefined;
  }

  private matchUncached(root: Map<string, TrieNode>, i: number, cliticsAllowed: boolean): Match | undefined {
    const starts = trieBit(this.lex, root);
    if (!cliticsAllowed) {
      const w = this.word(i);
      return w === undefined || (starts && !(this.wordClass(i) & starts)) ? undefined : this.walk(root, i, 0, w, undefined);
    }
    let best: Match | undefined;
    for (const v of this.variants[i] ?? []) if (!starts || v.cls & starts) best = this.walk(root, i, v.skip, v.form, best);
    return best;
  }

  /** WORD bits of token i as written (clitics included); 0 for a non-word. */
  wordClass(i: number): number {
    const t = this.toks[i];
    if (!t || t.kind !== 'word') return 0;
    const v = this.variants[i]![0];
    return v && v.skip === 0 ? v.cls : this.lex.wordClass.get(t.text) ?? 0;
  }

  /** Walks the trie from token i read as `form`; keeps the longer of `best` and the match found. */
  private walk(root: Map<string, TrieNode>, i: number, skip: number, form: string, best: Match | undefined): Match | undefined {
    let n = root.get(form);
    let j = i;
    while (n) {
      if (n.entry || n.label !== undefined) {
        if (!best || j > best.endTok) best = { start: i, endTok: j, skip, node: n };
      }
      const next = this.word(j + 1);
      if (next === undefined) break;
      n = n.children.get(next);
      j++;
    }
    return best;
  }

  /** Adds a candidate covering tokens [i, j] (normalized offsets), skipping `skip` chars of token i. */
  add(i: number, j: number, skip: number, c: Omit<CandidateMention, 'start' | 'end' | 'text'>): CandidateMention {
    const start = this.norm.toOriginal(this.toks[i]!.start + skip);
    const end = this.originalEnd(j);
    const m = Object.assign({ start, end, text: this.ctx.text.slice(start, end) }, c) as CandidateMention;
    this.out.push(m);
    return m;
  }

  /** Where token j ends in the original text; marks on its last letter (harakat, shadda, dagger alef) belong to it. */
  originalEnd(j: number): number {
    let end = this.norm.toOriginalEnd(this.toks[j]!.end);
    while (end < this.ctx.text.length && isMark(this.ctx.text.charCodeAt(end))) end++;
    return end;
  }

  /** The name as written, whitespace collapsed (display name). */
  surface(i: number, j: number, skip: number): string {
    const start = this.norm.toOriginal(this.toks[i]!.start + skip);
    const end = this.norm.toOriginalEnd(this.toks[j]!.end);
    return this.ctx.text.slice(start, end).replace(/\s+/gu, ' ');
  }

  /** The original character behind the last normalized character of token i. */
  lastOriginalChar(i: number): string {
    return this.ctx.text[this.norm.toOriginalEnd(this.toks[i]!.end) - 1] ?? '';
  }

  private readonly kinds = new Map<number, NameKind>();
  /** Memoized nameWord (it is asked about the same token by several rules). */
  nameKind(i: number, position: 'first' | 'next', compute: () => NameKind): NameKind {
    const id = i * 2 + (position === 'first' ? 0 : 1);
    const hit = this.kinds.get(id);
    if (hit !== undefined) return hit;
    const k = compute();
    this.kinds.set(id, k);
    return k;
  }

  normalizedPhrase(i: number, j: number, skip: number): string {
    const parts: string[] = [];
    for (let k = i; k <= j; k++) parts.push(k === i ? this.toks[k]!.text.slice(skip) : this.toks[k]!.text);
    return parts.join(' ');
  }
}

function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

/** Clitic variants of a normalized word, smallest skip first; `لل…` also yields `ال…` after the `ل`. */
function variantsOf(word: string, classes: ReadonlyMap<string, number>): Variant[] {
  const out: Variant[] = [];
  const skips = cliticPrefixes(word).slice().sort((a, b) => a - b);
  for (const skip of skips) {
    const rest = word.slice(skip);
    if (rest.length < 2 && skip > 0) continue; // one-letter words stay (أ ش أ), one letter behind a clitic is no word
    out.push({ skip, form: rest, cls: classes.get(rest) ?? 0 });
    if (skip > 0 && word[skip - 1] === 'ل' && rest.startsWith('ل') && !rest.startsWith('ال')) {
      const form = `ا${rest}`;
      out.push({ skip, form, cls: classes.get(form) ?? 0 });
    }
  }
  return out;
}

/** Document-level cues that decide context-dependent names. */
interface DocContext { omanOrAmman: 'oman' | 'amman'; kingdom: string | null; omani: boolean; isis: boolean }

const KINGDOM_CUE = new Map<string, string>(
  Object.entries(KINGDOM_CUES).flatMap(([code, cues]) => cues.map((c) => [normalizeKey(c), code] as [string, string])),
);
const OMAN_CUES = new Set(['مسقط', 'العماني', 'العمانيه', 'العمانيين', 'سلطنه', 'قابوس', 'عماني', 'عمانيه', 'العمانيون']);
const JORDAN_CUES = new Set(['الاردن', 'الاردني', 'الاردنيه', 'الاردنيين', 'الهاشميه', 'الاردنيون', 'بترا']);
const GENERIC_ORG = new Set(GENERIC_ORG_WORDS.map(normalizeKey));
const MISSIONS: ReadonlySet<string> = new Set(MISSION_LABELS);
const LAST_NOUN_AGREEMENT: ReadonlySet<string> = new Set(LAST_NOUN_AGREEMENT_LABELS);

let kingdomCueCache: Map<string, string> | undefined;
/** KINGDOM_CUES plus every nisba form of those kingdoms (`السعوديين`), built once. */
function kingdomCues(lex: Lexicon): Map<string, string> {
  if (kingdomCueCache) return kingdomCueCache;
  const m = new Map(KINGDOM_CUE);
  for (const [form, code] of lex.demonyms) if (Object.hasOwn(KINGDOM_CUES, code) && !m.has(form)) m.set(form, code);
  kingdomCueCache = m;
  return m;
}

function documentContext(scan: Scan): DocContext {
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const kingdomCue = kingdomCues(scan.lex);
  const omanCues = OMAN_CUES;
  const jordanCues = JORDAN_CUES;
  for (let i = 0; i < scan.toks.length; i++) {
    for (const v of scan.variants[i] ?? []) {
      const code = kingdomCue.get(v.form);
      if (code) bump(`k:${code}`);
      if (omanCues.has(v.form)) bump('oman');
      if (v.form === 'داعش' || v.form === 'تنظيم') bump('isis');
      if (jordanCues.has(v.form)) bump('jordan');
    }
  }
  let kingdom: string | null = null;
  let bestCount = 0;
  for (const code of Object.keys(KINGDOM_CUES)) {
    const n = counts.get(`k:${code}`) ?? 0;
    if (n > bestCount) { bestCount = n; kingdom = code; }
  }
  const oman = counts.get('oman') ?? 0;
  const jordan = counts.get('jordan') ?? 0;
  return { omanOrAmman: jordan > oman ? 'amman' : 'oman', kingdom, omani: oman > 0, isis: (counts.get('isis') ?? 0) > 0 };
}

/** Directions that make a region of the place after them. */
const DIRECTIONS = new Map([
  ['شمال', 'Northern'], ['جنوب', 'Southern'], ['شرق', 'Eastern'], ['غرب', 'Western'], ['وسط', 'Central'],
  ['شمالي', 'Northern'], ['جنوبي', 'Southern'], ['شرقي', 'Eastern'], ['غربي', 'Western'], ['شمال شرق', 'Northeastern'],
]);

const AMMAN: Omit<CandidateMention, 'start' | 'end' | 'text' | 'ruleId'> = {
  type: 'place', name: 'عمان', key: entityKey('place', 'Amman'), country: 'JO', placeKind: 'city', form: 'name',
};

function lexCandidate(e: LexEntry, ruleId = e.ruleId): Omit<CandidateMention, 'start' | 'end' | 'text'> {
  return {
    type: e.type, name: e.name, key: e.key, ruleId,
    ...(e.country ? { country: e.country } : {}),
    ...(e.placeKind ? { placeKind: e.placeKind } : {}),
    ...(e.form ? { form: e.form } : {}),
  };
}

const STATE_HEAD = new Set(STATE_HEADS.map(normalizeKey));
const STATE_ADJECTIVE = new Set(STATE_ADJECTIVES.map(normalizeKey));
const ISLANDS = normalizeKey('جزر');
const PROVINCE = normalizeKey(PROVINCE_HEAD);
const PRESIDENCY = normalizeKey('رئاسة');
const PROVINCE_SET = new Set([PROVINCE]);

/** Bits of the cue words a token's clitic variants may be (one Map lookup per variant, cached per token). */
const CUE_STATE = 1, CUE_PLACE = 2, CUE_HISTORIC = 4, CUE_PROVINCE = 8, CUE_ADMIN = 16;
let cueBits: Map<string, number> | undefined;
function cueBitsMap(): Map<string, number> {
  if (cueBits) return cueBits;
  const m = new Map<string, number>();
  const put = (set: Iterable<string>, bit: number) => { for (const f of set) m.set(f, (m.get(f) ?? 0) | bit); };
  put(STATE_HEAD, CUE_STATE); put(PLACE_CUE, CUE_PLACE); put(HISTORIC_STATE_HEAD, CUE_HISTORIC); put(PROVINCE_SET, CUE_PROVINCE); put(ADMIN_BODY, CUE_ADMIN);
  cueBits = m;
  return m;
}

/** The cue bits of token i (0 for almost every token). */
function cuesOf(scan: Scan, i: number): number {
  const cached = scan.cueMask[i];
  if (cached !== undefined && cached !== 255) return cached;
  const bits = cueBitsMap();
  let mask = 0;
  const vs = scan.variants[i] ?? [];
  for (let n = 0; n < vs.length; n++) mask |= bits.get(vs[n]!.form) ?? 0;
  if (i >= 0 && i < scan.cueMask.length) scan.cueMask[i] = mask;
  return mask;
}

/** The first clitic variant of token i whose form is in `set` (a plain loop: this runs on every token). */
function variantIn(scan: Scan, i: number, set: ReadonlySet<string>): Variant | undefined {
  const vs = scan.variants[i];
  if (vs === undefined) return undefined;
  for (let n = 0; n < vs.length; n++) if (set.has(vs[n]!.form)) return vs[n];
  return undefined;
}

/**
 * An official country name made of a state word, a country and closing adjectives at token i:
 * `جمهورية ألمانيا الاتحادية`, `جمهورية جزر فيجي`, `بجمهورية ليتوانيا`; also `الجمهورية` + a
 * feminine nisba (`الجمهورية الإيطالية`). Clitics only on the first token when `clitics`.
 */
function officialPlaceAt(scan: Scan, i: number, clitics: boolean): { end: number; skip: number; code: string } | undefined {
  const v = variantIn(scan, i, STATE_HEAD);
  if (!v || (!clitics && v.skip > 0)) return undefined;
  let k = i + 1;
  if (v.form !== ISLANDS && scan.word(k) === ISLANDS) k++;
  if (scan.breakBefore(k)) return undefined;
  const m = scan.match(scan.lex.places, k, false);
  const e = m?.node.entry;
  let end: number;
  if (m && e && e.country && e.placeKind === 'country' && !e.contextual && (e.form !== 'demonym' ||
    (v.form === 'الجمهوريه' && m.endTok === k && scan.word(k)!.startsWith('ال') && scan.word(k)!.endsWith('ه')))) end = m.endTok;
  else return undefined;
  while (end - m.endTok < 3 && STATE_ADJECTIVE.has(scan.word(end + 1) ?? '') && !scan.breakBefore(end + 1)) end++;
  return { end, skip: v.skip, code: e.country };
}

const PLACE_CUE = new Set(PLACE_CUES.map(normalizeKey));
/** Article words after a place cue in fixed phrases: `ولاية العهد` (crown principality). */
const NOT_PLACE_NAMES = new Set(['العهد', 'الفقيه', 'الامر']);
const PLACE_NAME_PREFIX = new Set(PLACE_NAME_PREFIXES.map(normalizeKey));

/**
 * A place name no table knows after a generic word at token i (`مدينة الكوشيتي`, `بلدة بيت حانون`):
 * the last token of the name, or undefined. The name is a word of a name's shape: no function word,
 * everyday noun, verb, adjective (`مدينة ساحلية`), plural or word with a pronoun.
 */
function cuedPlaceAt(scan: Scan, i: number): number | undefined {
  if (!variantIn(scan, i, PLACE_CUE)) return undefined;
  const k = i + 1;
  const w = scan.word(k);
  if (w === undefined || scan.breakBefore(k) || (!PLACE_NAME_PREFIX.has(w) && !placeNameWord(scan, k))) return undefined;
  const { lex } = scan;
  // a known name of another type is no unknown place: مدينة الملك عبدالله, جزيرة العرب
  if (scan.match(lex.places, k, false)?.node.entry || scan.match(lex.orgs, k, false)?.node.entry || scan.match(lex.people, k, false)?.node.entry) return undefined;
  if (PLACE_NAME_PREFIX.has(w)) {
    const w2 = scan.word(k + 1);
    if (w2 === undefined || scan.breakBefore(k + 1) || lex.stop.has(w2) || lex.commonNouns.has(w2) || lex.commonAl.has(w2) ||
      !isArabicLetter(w2.charCodeAt(0)) || /^[وفبلك]/.test(w2) && !w2.startsWith('ال') && behindClitic(scan, k + 1)) return undefined;
    return k + 1;
  }
  return k;
}

/**
 * A town at the start of a line followed by its news agency: `الناصرة ( أ ف ب )`, `كابول - رويترز`.
 * One or two name-shaped words; returns the last token of the town.
 */
function datelineAt(scan: Scan, i: number): number | undefined {
  if (i > 0 && !scan.breakBefore(i)) return undefined;
  const { toks, lex } = scan;
  for (let e = i; e <= i + 1; e++) {
    if (e > i && (toks[e]?.kind !== 'word' || scan.breakBefore(e))) return undefined;
    const w = scan.word(e);
    if (w === undefined || w.startsWith('ال') || APPOSITION_OFFICES.has(w) ||
      !(e === i ? placeNameWord(scan, e) || PLACE_NAME_PREFIX.has(w) : PLACE_NAME_PREFIX.has(scan.word(i)!) && !lex.stop.has(w)) || scan.match(lex.people, e, false)?.node.entry || scan.match(lex.orgs, e, false)?.node.entry) return undefined;
    const sep = toks[e + 1]?.text;
    if (sep !== '(' && sep !== '-' && sep !== '–') continue;
    const a = scan.match(lex.orgs, e + 2, false);
    if (!a?.node.entry || !/agency|press|news|reuters|wafa|petra|xinhua|anadolu|presse|agentur/i.test(a.node.entry.english ?? '')) continue;
    if (sep === '(' && toks[a.endTok + 1]?.text !== ')') continue;
    return e;
  }
  return undefined;
}

/** Token k has the shape of a place name after a generic word (see cuedPlaceAt). */
function placeNameWord(scan: Scan, k: number): boolean {
  const { lex } = scan;
  const w = scan.word(k)!;
  if (w.length < 3 || !isArabicLetter(w.charCodeAt(0)) || hasTanween(scan, k) || behindClitic(scan, k)) return false;
  if (lex.stop.has(w) || lex.commonNouns.has(w) || lex.commonAl.has(w) || lex.demonyms.has(w) || lex.titles.get(w)?.label !== undefined) return false;
  if (lex.givenNames.has(w) || lex.orgHeads.has(w) || lex.govHeads.get(w)?.label !== undefined || lex.ordinals.has(w) || NUMBER_WORDS.has(w)) return false;
  if (/^[يت]/.test(w) || /(ها|هم|هما|كم|نا|ته|ات|ون|ين)$/.test(w) || VERBAL_NOUN.test(w) || DIRECTIONS.has(w)) return false;
  // after the definite العاصمة an article word ending like a nisba is its adjective: العاصمة الأموية
  if (w.startsWith('ال')) return w.length >= 5 && !lex.commonAl.has(w) && !NOT_PLACE_NAMES.has(w) && !((scan.word(k - 1)?.startsWith('ال') ?? false) && /(ي|يه)$/.test(w));
  // a bare word in يه/ي after an indefinite head is an adjective (مدينة ساحلية, جزيرة صغيرة)
  if (/(يه|ه)$/.test(w)) return false;
  if (/^[وفبلك]/.test(w) && (scan.variants[k] ?? []).some((v) => v.skip > 0 && v.form.startsWith('ال'))) return false;
  return true;
}

const HISTORIC_STATE_HEAD = new Set(HISTORIC_STATE_HEADS.map(normalizeKey));
const ISIS_KEY = entityKey('organization', 'Islamic State');

/** `الدولة الأموية`: a state head and a dynastic nisba with the article (no modern country's nisba, no known name). */
function historicStateAt(scan: Scan, i: number): { end: number; skip: number } | undefined {
  const v = variantIn(scan, i, HISTORIC_STATE_HEAD);
  const w = scan.word(i + 1);
  if (!v || w === undefined || scan.breakBefore(i + 1) || !w.startsWith('ال') || !/(يه|يين)$/.test(w) || w.length < 7) return undefined;
  const { lex } = scan;
  // `الدولة الإسلامية` is the Islamic State group only in documents that speak of it (داعش, تنظيم); else the historical state
  const org = scan.match(lex.orgs, i)?.node.entry;
  const islamicState = org?.key === ISIS_KEY && scan.dc?.isis === false && !(scan.variants[i - 1] ?? []).some((x) => x.form === 'تنظيم');
  if (islamicState) return { end: i + 1, skip: v.skip };
  if (lex.demonyms.has(w) || lex.commonAl.has(w) || STATE_ADJECTIVE.has(w) || org) return undefined;
  let end = i + 1;
  // a second adjective: الإمبراطورية البيزنطية الأرثوذكسية
  const w2 = scan.word(i + 2);
  if (w2 !== undefined && !scan.breakBefore(i + 2) && w2.startsWith('ال') && w2.endsWith('يه') && !lex.demonyms.has(w2) && !lex.commonAl.has(w2)) end = i + 2;
  return { end, skip: v.skip };
}

/** The place rules started by a cue word or a line start at token i (`m`: the gazetteer match there); the last token, when one applies. */
function cuedPlaces(scan: Scan, i: number, m: Match | undefined): number | undefined {
  const { lex } = scan;
  const cue = cuesOf(scan, i);
  const official = cue & CUE_STATE ? officialPlaceAt(scan, i, true) : undefined;
  // رئاسة الجمهورية المصرية is the presidency (an organization), not the country
  if (official && official.end > (m?.node.entry ? m.endTok : i) && !(scan.variants[i - 1] ?? []).some((v) => v.form === PRESIDENCY)) {
    scan.add(i, official.end, official.skip, {
      type: 'place', name: scan.surface(i, official.end, official.skip), key: countryKey(official.code), country: official.code,
      placeKind: 'country', form: 'name', ruleId: 'ar/place/country/official',
    });
    return official.end;
  }
  // a dateline: the town opening a line before its agency, `الناصرة ( أ ف ب )`, `رام الله - وفا`
  const dateline = (!m || !m.node.entry) ? datelineAt(scan, i) : undefined;
  if (dateline !== undefined) {
    scan.add(i, dateline, 0, {
      type: 'place', name: scan.surface(i, dateline, 0), key: entityKey('place', romanizeArabic(scan.normalizedPhrase(i, dateline, 0))),
      placeKind: 'city', form: 'name', ruleId: 'ar/place/dateline',
    });
    return dateline;
  }
  // a place no table knows after a generic word: مدينة الكوشيتي, بلدة بيت حانون, نهر بردى
  const cued = cue & CUE_PLACE && (!m || !m.node.entry) ? cuedPlaceAt(scan, i) : undefined;
  if (cued) {
    const phrase = scan.normalizedPhrase(i + 1, cued, 0);
    scan.add(i + 1, cued, 0, {
      type: 'place', name: scan.surface(i + 1, cued, 0), key: entityKey('place', romanizeArabic(phrase)), form: 'name', ruleId: 'ar/place/cued',
      ...(scan.word(i) === 'العاصمه' ? { placeKind: 'city' as const } : {}),
    });
    return cued;
  }
  // a historical state: الدولة الأموية, الإمبراطورية البيزنطية, السلطنة المملوكية
  const state = cue & CUE_HISTORIC && (!m || !m.node.entry || m.endTok === i) ? historicStateAt(scan, i) : undefined;
  if (state) {
    scan.add(i, state.end, state.skip, {
      type: 'place', name: scan.surface(i, state.end, state.skip), key: entityKey('place', romanizeArabic(scan.normalizedPhrase(i, state.end, state.skip))),
      placeKind: 'region', form: 'name', ruleId: 'ar/place/historic-state',
    });
    return state.end;
  }
  // a Saudi province: منطقة الرياض, بمنطقة عسير (a region of the country, the head inside)
  const prov = cue & CUE_PROVINCE ? variantIn(scan, i, PROVINCE_SET) : undefined;
  const pe = prov && !scan.breakBefore(i + 1) ? scan.match(lex.places, i + 1, false) : undefined;
  if (prov && pe?.node.entry && pe.node.entry.country === 'SA' && pe.node.entry.form !== 'demonym' && !pe.node.entry.contextual &&
    (pe.node.entry.placeKind === 'city' || pe.node.entry.placeKind === 'region')) {
    const e = pe.node.entry;
    scan.add(i, pe.endTok, prov.skip, {
      type: 'place', name: scan.surface(i, pe.endTok, prov.skip), key: entityKey('place', `${e.english ?? e.name} Province`), country: 'SA',
      placeKind: 'region', form: 'name', ruleId: 'ar/place/region/province',
    });
    return pe.endTok;
  }
  return undefined;
}

/** Places and demonyms from the gazetteer, with context-dependent forms resolved. */
function places(scan: Scan, dc: DocContext): void {
  const { toks, lex } = scan;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word') continue;
    const m = scan.match(lex.places, i);
    // rules of cue words and line starts (few tokens): official names, datelines, cued places, states, provinces
    if (cuesOf(scan, i) !== 0 || scan.breaks[i] === 1 || i === 0) {
      const end = cuedPlaces(scan, i, m);
      if (end !== undefined) { i = end; continue; }
    }
    if (!m || !m.node.entry) {
      // a direction before a place: جنوب فرنسا, شمال سوريا, وسط آسيا
      const dir = (scan.variants[i] ?? []).find((v) => DIRECTIONS.has(v.form));
      const p = dir ? scan.match(lex.places, i + 1, false) : undefined;
      const pe = p?.node.entry;
      // `وسط إسطنبول`, `وسط لندن`: the middle of a city is a location in it, not a named region
      if (dir && p && pe && pe.form !== 'demonym' && !pe.contextual && !(dir.form === 'وسط' && pe.placeKind === 'city')) {
        const english = `${DIRECTIONS.get(dir.form)} ${pe.english ?? countryEnglish(pe.country ?? '')}`;
        scan.add(i, p.endTok, dir.skip, {
          type: 'place', name: scan.surface(i, p.endTok, dir.skip), key: entityKey('place', english), placeKind: 'region',
          form: 'name', ruleId: 'ar/place/region/direction', ...(pe.country ? { country: pe.country } : {}),
        });
        i = p.endTok;
      }
      continue;
    }
    const e = m.node.entry;
    // `مسقط رأسه` is a birthplace, not Muscat
    if (m.endTok === i && scan.word(i)!.slice(m.skip) === 'مسقط' && (scan.word(i + 1)?.startsWith('راس') ?? false)) continue;
    const prev = scan.word(i - 1);
    const prev2 = scan.word(i - 2);
    const afterCapital = prev === 'العاصمه' || prev2 === 'العاصمه';
    if (e.contextual === 'oman') {
      // Shadda on the meem (عمّان) or an explicit Jordanian capital → Amman.
      const original = scan.ctx.text.slice(scan.norm.toOriginal(toks[i]!.start + m.skip), scan.norm.toOriginalEnd(toks[i]!.end));
      const jordanCapital = prev === 'الاردنيه' || (afterCapital && dc.omanOrAmman === 'amman');
      const amman = original.includes('\u0651') || jordanCapital || (dc.omanOrAmman === 'amman' && !afterCapital) ||
        (afterCapital && prev === 'الاردنيه');
      if (amman) scan.add(i, m.endTok, m.skip, { ...AMMAN, ruleId: 'ar/place/city/amman' });
      else scan.add(i, m.endTok, m.skip, lexCandidate(e));
      continue;
    }
    if (e.contextual === 'algeria' && afterCapital) {
      scan.add(i, m.endTok, m.skip, {
        type: 'place', name: 'الجزائر', key: entityKey('place', 'Algiers'), country: 'DZ', placeKind: 'city', form: 'name', ruleId: 'ar/place/city/algiers',
      });
      continue;
    }
    if (e.contextual === 'sultanate') {
      if (dc.omani) scan.add(i, m.endTok, m.skip, lexCandidate(e));
      continue;
    }
    if (e.contextual === 'kingdom') {
      if (dc.kingdom) {
        scan.add(i, m.endTok, m.skip, { ...lexCandidate(e), key: countryKey(dc.kingdom), country: dc.kingdom, name: countryArabic(dc.kingdom) });
      }
      continue;
    }
    // a country named like its feminine nisba (السعودية) after a definite noun is the adjective: الأراضي السعودية
    if (m.endTok === i && m.skip === 0 && e.form !== 'demonym' && lex.demonyms.has(scan.word(i)!) && nisbaAfterNoun(scan, i)) {
      scan.add(i, i, 0, { ...lexCandidate(e), form: 'demonym' });
      continue;
    }
    const club = e.placeKind === 'city' ? clubAt(scan, i, m.endTok, m.skip, e) : false;
    if (club) {
      scan.add(i, m.endTok, m.skip, {
        type: 'organization', name: scan.surface(i, m.endTok, m.skip), key: entityKey('organization', `${e.english ?? e.name} club`),
        ruleId: 'ar/org/club', ...(e.country ? { country: e.country } : {}),
      });
      continue;
    }
    // a direction adjective after a place names a region: أوروبا الغربية, ألمانيا الشرقية, بيروت الغربية
    const post = e.form !== 'demonym' ? POST_DIRECTIONS.get(scan.word(m.endTok + 1) ?? '') : undefined;
    if (post && !scan.breakBefore(m.endTok + 1)) {
      scan.add(i, m.endTok + 1, m.skip, {
        type: 'place', name: scan.surface(i, m.endTok + 1, m.skip), key: entityKey('place', `${post} ${e.english ?? countryEnglish(e.country ?? '')}`),
        placeKind: 'region', form: 'name', ruleId: 'ar/place/region/direction', ...(e.country ? { country: e.country } : {}),
      });
      i = m.endTok + 1;
      continue;
    }
    scan.add(i, m.endTok, m.skip, lexCandidate(e));
  }
}

/** Token i follows a definite noun it can qualify (`الجهات الأمنية السعودية`, `المصرية السعودية`), not a name or an office. */
function nisbaAfterNoun(scan: Scan, i: number): boolean {
  const p = scan.word(i - 1);
  if (p === undefined || scan.breakBefore(i) || !p.startsWith('ال') || p.length < 4) return false;
  const { lex } = scan;
  if (lex.titles.get(p)?.label !== undefined || lex.stop.has(p)) return false;
  const pe = lex.places.get(p)?.entry;
  return !pe || pe.form === 'demonym';
}

/** Direction adjectives after a place: `أوروبا الغربية`. */
const POST_DIRECTIONS = new Map([
  ['الغربيه', 'Western'], ['الشرقيه', 'Eastern'], ['الشماليه', 'Northern'], ['الجنوبيه', 'Southern'], ['الوسطي', 'Central'],
  ['الغربي', 'Western'], ['الشرقي', 'Eastern'], ['الشمالي', 'Northern'], ['الجنوبي', 'Southern'], ['الاوسط', 'Central'],
]);

const CLUB_CITY = new Set(CLUB_CITIES.map(normalizeKey));
const SPORT_CUE = new Set(SPORT_CUES.filter((c) => !c.includes(' ')).map(normalizeKey));

/** A city that names its football club: after a sport cue (clubs of CLUB_CITIES) or before a masculine nisba of its country. */
function clubAt(scan: Scan, i: number, endTok: number, skip: number, e: LexEntry): boolean {
  const { lex } = scan;
  const nisba = scan.word(endTok + 1);
  if (nisba && nisba.startsWith('ال') && !/(ه|ون|ين|ات)$/.test(nisba) && e.country && lex.demonyms.get(nisba) === e.country &&
    !scan.breakBefore(endTok + 1)) return true;
  if (!CLUB_CITY.has(scan.normalizedPhrase(i, endTok, skip))) return false;
  // the opponent of a club: تعادل ميلان مع روما, خسر برشلونة أمام فالنسيا
  if (skip === 0 && CLUB_JOINER.has(scan.word(i - 1) ?? '') && clubBefore(scan, i - 2)) return true;
  // the cue is the word before, or the clitic-free previous word (لفريق, ومدرب)
  return (scan.variants[i - 1] ?? []).some((v) => SPORT_CUE.has(v.form)) || (skip > 0 && scan.word(i)![0] === 'ل' &&
    (scan.variants[i - 1] ?? []).some((v) => v.form === 'هدف' || v.form === 'اهداف'));
}

/** Token k ends a club name: a club city after a sport cue (`فاز ليفربول`) or a known club (`تشيلسي`). */
function clubBefore(scan: Scan, k: number): boolean {
  if (k < 1 || scan.toks[k]?.kind !== 'word') return false;
  const w = scan.word(k)!;
  const known = scan.match(scan.lex.orgs, k, false)?.node.entry;
  if (known && /club|fc$|united|city|real|atletico|inter|juventus|milan|lazio|chelsea|arsenal|madrid|bayern/i.test(known.english ?? known.key)) return true;
  return CLUB_CITY.has(w) && (scan.variants[k - 1] ?? []).some((v) => SPORT_CUE.has(v.form));
}

/** A name known by cue: English canonical name and alpha-2 code ('' when none). */
interface CuedName { readonly english: string; readonly country: string }

/** Names of one or two normalized words: `two` is keyed by the first word, then the second. */
interface WordTable { readonly one: Map<string, CuedName>; readonly two: Map<string, Map<string, CuedName>> }

function wordTable(rows: ReadonlyArray<readonly [string, string, string]>): WordTable {
  const one = new Map<string, CuedName>();
  const two = new Map<string, Map<string, CuedName>>();
  for (const [ar, english, country] of rows) {
    const ws = normalizeKey(ar).split(' ');
    if (ws.length === 1) one.set(ws[0]!, { english, country });
    else {
      let m = two.get(ws[0]!);
      if (!m) { m = new Map(); two.set(ws[0]!, m); }
      m.set(ws.slice(1).join(' '), { english, country });
    }
  }
  return { one, two };
}

/** The longest name of the table at token k behind a clitic variant (two words before one). */
function tableAt(scan: Scan, t: WordTable, k: number, noClitic = false): { v: Variant; name: CuedName; end: number } | undefined {
  for (const v of scan.variants[k] ?? []) {
    if (noClitic && v.skip > 0) continue;
    const second = t.two.get(v.form)?.get(scan.word(k + 1) ?? '');
    if (second) return { v, name: second, end: k + 1 };
    const one = t.one.get(v.form);
    if (one) return { v, name: one, end: k };
  }
  return undefined;
}

/**
 * Key of an outlet or a quoted name at tokens [i, j]: a fixed organization's, else a press title's
 * named like an everyday word (`الشرق الأوسط` → Asharq Al-Awsat, however it was found), else romanized.
 */
function outletKey(scan: Scan, i: number, j: number): string {
  const known = scan.match(scan.lex.orgs, i, false);
  if (known?.node.entry && known.endTok === j) return known.node.entry.key;
  const media = tableAt(scan, AMBIGUOUS_MEDIA_NAME, i, true);
  if (media && media.end === j) return entityKey('organization', media.name.english);
  return entityKey('organization', romanizeArabic(scan.normalizedPhrase(i, j, 0)));
}

const CLUB_TAIL = new Set(CLUB_NAME_TAILS.map(normalizeKey));
const CLUB_PREFIX = new Set(CLUB_NAME_PREFIXES.map(normalizeKey));
/** Words of amounts before a currency: `مليون ريال`. */
const AMOUNT_WORDS = new Set(['مليون', 'ملايين', 'مليار', 'مليارات', 'الف', 'الاف', 'مئه', 'مائه', 'الفي', 'مليوني', 'بليون']);

/** The club name at token i made of a prefix and its town (`أتلتيكو مدريد`), when it is one: its last token. */
function clubPrefixAt(scan: Scan, i: number): number | undefined {
  const { lex } = scan;
  const v = (scan.variants[i] ?? []).find((x) => CLUB_PREFIX.has(x.form));
  const w = scan.word(i + 1);
  if (!v || w === undefined || scan.breakBefore(i + 1) || w.startsWith('ال') || lex.stop.has(w) || lex.demonyms.has(w) ||
    lex.commonNouns.has(w) || !isArabicLetter(w.charCodeAt(0)) || hasTanween(scan, i + 1)) return undefined;
  // `مليون ريال لكل`: an amount of riyals; the town is a place or a word without a clitic
  const prev = scan.word(i - 1) ?? scan.toks[i - 1]?.text ?? '';
  if (/^[0-9]/.test(prev) || AMOUNT_WORDS.has(prev)) return undefined;
  if (/^[لبوفك]/.test(w) && !scan.match(lex.places, i + 1, false)?.node.entry) return undefined;
  return i + 1;
}

/** Club names no table knows: a town and a tail word (`مانشستر يونايتد`), a prefix and a town (`أتلتيكو مدريد`). */
function clubTails(scan: Scan): void {
  const { toks, lex } = scan;
  for (let i = 0; i + 1 < toks.length; i++) {
    const pre = clubPrefixAt(scan, i);
    if (pre !== undefined && !scan.match(lex.orgs, i)?.node.entry) {
      const skip = (scan.variants[i] ?? []).find((x) => CLUB_PREFIX.has(x.form))!.skip;
      const m = scan.add(i, pre, skip, {
        type: 'organization', name: scan.surface(i, pre, skip), key: entityKey('organization', romanizeArabic(scan.normalizedPhrase(i, pre, skip))),
        ruleId: 'ar/org/club',
      });
      scan.mediaSpans.add(`${m.start}:${m.end}`);
      i = pre;
      continue;
    }
    const tail = scan.word(i + 1);
    if (tail === undefined || !CLUB_TAIL.has(tail) || scan.breakBefore(i + 1) || toks[i]!.kind !== 'word') continue;
    const v = (scan.variants[i] ?? [])[0];
    const w = scan.word(i)!;
    if (!v || w.startsWith('ال') || lex.stop.has(v.form) || lex.commonNouns.has(v.form) || lex.orgs.get(v.form)?.children.get(tail)?.entry) continue;
    const skip = scan.match(lex.places, i)?.skip ?? scan.match(lex.people, i)?.skip ?? 0;
    const m = scan.add(i, i + 1, skip, {
      type: 'organization', name: scan.surface(i, i + 1, skip), key: entityKey('organization', romanizeArabic(scan.normalizedPhrase(i, i + 1, skip))),
      ruleId: 'ar/org/club',
    });
    scan.mediaSpans.add(`${m.start}:${m.end}`);
    i++;
  }
}

const AMBIGUOUS_CLUB = wordTable(AMBIGUOUS_CLUBS);
const CLUB_JOINER = new Set(CLUB_JOINERS.map(normalizeKey));

/**
 * Clubs named like everyday words (`الأهلي`, `الهلال`): after a sport cue, or after `على`/`أمام`/`و`
 * right after a club (`فاز الأهلي على الهلال`, `الهلال والنصر`); a masculine nisba after the club
 * belongs to it (`الوداد المغربي`).
 */
function ambiguousClubs(scan: Scan): void {
  const { toks, lex } = scan;
  let lastClub = -10;
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word') continue;
    const c = tableAt(scan, AMBIGUOUS_CLUB, i);
    if (!c) continue;
    const known = scan.match(lex.orgs, i);
    if (known?.node.entry && known.endTok > c.end) continue; // a longer known name: الاتحاد الأوروبي
    const prev = scan.variants[i - 1] ?? [];
    const afterCue = prev.some((x) => SPORT_CUE.has(x.form));
    const afterClub = (i - lastClub <= 2 && (c.v.skip > 0 && scan.word(i)![0] === 'و' || prev.some((x) => CLUB_JOINER.has(x.form)))) ||
      (i - lastClub === 2 && scan.word(i - 1) === 'و');
    if (!afterCue && !afterClub) continue;
    let end = c.end;
    const nisba = scan.word(end + 1);
    if (nisba && nisba.startsWith('ال') && !/(ه|ون|ين|ات)$/.test(nisba) && lex.demonyms.has(nisba) && !scan.breakBefore(end + 1)) end++;
    const m = scan.add(i, end, c.v.skip, {
      type: 'organization', name: scan.surface(i, end, c.v.skip), key: entityKey('organization', c.name.english), ruleId: 'ar/org/club',
      ...(c.name.country ? { country: c.name.country } : {}),
    });
    scan.mediaSpans.add(`${m.start}:${m.end}`);
    lastClub = end;
    i = end;
  }
}

const AMBIGUOUS_MEDIA_NAME = wordTable(AMBIGUOUS_MEDIA);
const MEDIA_CUE = new Set(MEDIA_CUES.map(normalizeKey));
const REPORT_VERB = new Set(REPORT_VERBS.map(normalizeKey));
/** Words that close a report whose subject is a newspaper: `ذكرت الحياة أن`, `نقلت الشرق الأوسط عن`. */
const REPORT_CLOSERS = new Set(['ان', 'عن', 'في', 'نقلا', 'اليوم', 'امس', 'الصادره', 'اللندنيه', 'السعوديه', 'اللبنانيه', 'الاماراتيه', 'الكويتيه', 'المصريه', 'القطريه', 'الاردنيه', 'السوريه']);

/** Newspapers and channels named like everyday words: after a reporter word, or as the subject of a report. */
function ambiguousMedia(scan: Scan): void {
  const { toks, lex } = scan;
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word') continue;
    const md = tableAt(scan, AMBIGUOUS_MEDIA_NAME, i, true);
    if (!md) continue;
    const end = md.end;
    if ((scan.match(lex.orgs, i)?.endTok ?? -1) > end) continue; // a longer known name
    const prev = scan.variants[i - 1] ?? [];
    // in quotes a press title is the outlet: في حواره مع «الشرق الأوسط»
    const quoted = toks[i - 1]!.text === '"' && toks[end + 1]?.text === '"';
    const cue = quoted || prev.some((x) => MEDIA_CUE.has(x.form)) ||
      // `قالت الرياض إن` is the government: a place name is a newspaper only after a reporter word
      (prev.some((x) => REPORT_VERB.has(x.form)) && REPORT_CLOSERS.has(scan.word(end + 1) ?? '') && !speaksForState(scan.match(lex.places, i, false)?.node.entry));
    if (!cue) continue;
    const m = scan.add(i, end, 0, {
      type: 'organization', name: scan.surface(i, end, 0), key: entityKey('organization', md.name.english), ruleId: 'ar/org/media',
      ...(md.name.country ? { country: md.name.country } : {}),
    });
    scan.mediaSpans.add(`${m.start}:${m.end}`);
    i = end;
  }
}

/** A capital or a country speaks for its government (`قالت الرياض إن`); a region does not (`نقلت الشرق الأوسط عن`). */
function speaksForState(e: LexEntry | undefined): boolean {
  return e !== undefined && (e.placeKind === 'city' || e.placeKind === 'country');
}

const AMBIGUOUS_GROUP = wordTable(AMBIGUOUS_GROUPS);
const GROUP_CUE = new Set(GROUP_CUES.map(normalizeKey));

/**
 * Groups named by an everyday word (`فتح`, `القاعدة`): after a member or leader word (`مسلحي فتح`),
 * or coordinated with another group (`حماس وفتح`, `فتح وحماس`).
 */
function ambiguousGroups(scan: Scan): void {
  const { toks, lex } = scan;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word') continue;
    const g = tableAt(scan, AMBIGUOUS_GROUP, i);
    if (!g) continue;
    const known = scan.match(lex.orgs, i);
    if (known?.node.entry && known.endTok > g.end) continue; // a longer known name: حركة فتح الانتفاضة
    const conj = g.v.skip > 0 && scan.word(i)![0] === 'و';
    const before = tableAt(scan, AMBIGUOUS_GROUP, i - 1 - (scan.word(i - 1) === 'الله' ? 1 : 0));
    const after = tableAt(scan, AMBIGUOUS_GROUP, g.end + 1);
    const cue = (scan.variants[i - 1] ?? []).some((x) => GROUP_CUE.has(x.form)) ||
      (scan.word(i - 1) === 'في' && (scan.variants[i - 2] ?? []).some((x) => GROUP_CUE.has(x.form))) || // قيادي في فتح
      (conj && !scan.breakBefore(i) && before !== undefined && before.v.skip === 0) ||
      (!scan.breakBefore(g.end + 1) && after !== undefined && after.v.skip === 1 && scan.word(g.end + 1)![0] === 'و');
    if (!cue) continue;
    scan.add(i, g.end, g.v.skip, {
      type: 'organization', name: scan.surface(i, g.end, g.v.skip), key: entityKey('organization', g.name.english), ruleId: 'ar/org/group',
      ...(g.name.country ? { country: g.name.country } : {}),
    });
    i = g.end;
  }
}

/** The country named by a nisba or a country name at token i (no clitics), with its extent. */
function countryAt(scan: Scan, i: number): { code: string; endTok: number; demonym: boolean } | undefined {
  const official = officialPlaceAt(scan, i, false);
  if (official) return { code: official.code, endTok: official.end, demonym: false };
  const m = scan.match(scan.lex.places, i, false);
  const e = m?.node.entry;
  if (!m || !e || !e.country || e.placeKind !== 'country') return undefined;
  if (e.contextual === 'kingdom') {
    // المملكة stands for the kingdom the document is about
    return scan.dc?.kingdom ? { code: scan.dc.kingdom, endTok: m.endTok, demonym: false } : undefined;
  }
  return { code: e.country, endTok: m.endTok, demonym: e.form === 'demonym' };
}

const MISSION_WORDS = {
  definiteHead: normalizeKey(PERMANENT_MISSION_WORDS.definiteHead), head: normalizeKey(PERMANENT_MISSION_WORDS.head),
  permanent: normalizeKey(PERMANENT_MISSION_WORDS.permanent), to: normalizeKey(PERMANENT_MISSION_WORDS.to),
};

/**
 * A country's mission to an international organization from token i, keyed as in English:
 * `البعثة الدائمة لسوريا لدى الأمم المتحدة`, `بعثة سوريا الدائمة لدى الأمم المتحدة`, `البعثة العمانية
 * لدى الأمم المتحدة في جنيف` (the host city belongs to the name). Adds it and returns its last
 * token, else -1.
 */
function permanentMission(scan: Scan, i: number): number {
  const { lex } = scan;
  const head = (scan.variants[i] ?? []).find((v) => v.form === MISSION_WORDS.definiteHead || v.form === MISSION_WORDS.head);
  if (!head) return -1;
  const definite = head.form === MISSION_WORDS.definiteHead;
  let j = i + 1;
  if (definite && scan.word(j) === MISSION_WORDS.permanent) j++;
  // البعثة takes a nisba or ل + a country, بعثة a country in construct
  let c = countryAt(scan, j);
  if (c && c.demonym !== definite) c = undefined;
  if (!c && definite && scan.word(j)?.startsWith('ل')) {
    const m = scan.match(lex.places, j);
    const e = m?.node.entry;
    if (m && m.skip === 1 && e?.placeKind === 'country' && e.country && e.form !== 'demonym' && !e.contextual) c = { code: e.country, endTok: m.endTok, demonym: false };
  }
  if (!c) return -1;
  j = c.endTok + 1;
  if (scan.word(j) === MISSION_WORDS.permanent) j++;
  if (scan.word(j) !== MISSION_WORDS.to) return -1;
  const body = scan.match(lex.orgs, j + 1, false);
  if (!body?.node.entry) return -1;
  let end = body.endTok;
  let city: string | undefined;
  if (scan.word(end + 1) === 'في') {
    const p = scan.match(lex.places, end + 2, false);
    if (p?.node.entry?.placeKind === 'city' && p.node.entry.english) { end = p.endTok; city = p.node.entry.english; }
  }
  scan.add(i, end, head.skip, {
    type: 'organization', name: scan.surface(i, end, head.skip), key: missionKey(c.code, body.node.entry.key, city), ruleId: 'ar/org/mission', country: c.code,
  });
  return end;
}

/** Organizations: fixed names, ministries, governments/embassies by country, quoted names, abbreviations. */
function organizations(scan: Scan): void {
  const { toks, lex } = scan;
  const generic = GENERIC_ORG;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word') continue;
    const w = scan.word(i)!;
    const mission = permanentMission(scan, i);
    if (mission >= 0) {
      i = mission;
      continue;
    }
    // Ministries: وزارة + domain [+ nisba | + country]
    const ministry = scan.variants[i]!.find((v) => v.form === 'وزاره');
    if (ministry) {
      const d = scan.match(lex.ministryDomains, i + 1, false);
      if (d && d.node.label !== undefined) {
        const adj = MINISTRY_ADJECTIVE.has(scan.word(d.endTok + 1) ?? '') && !scan.breakBefore(d.endTok + 1) ? 1 : 0;
        const c = countryAt(scan, d.endTok + 1 + adj);
        const end = c ? c.endTok : d.endTok + adj;
        const english = `${adj ? 'Federal ' : ''}Ministry of ${d.node.label}${c ? ` of ${countryEnglish(c.code)}` : ''}`;
        scan.add(i, end, ministry.skip, {
          type: 'organization', name: scan.surface(i, end, ministry.skip), key: entityKey('organization', english),
          ruleId: 'ar/org/ministry', ...(c ? { country: c.code } : {}),
        });
        i = end;
        continue;
      }
    }
    // Fixed names
    const fixed = scan.match(lex.orgs, i);
    // Heads with a nisba or country: الحكومة السورية, الخارجية العمانية, سفارة الصين في دمشق
    const head = scan.match(lex.govHeads, i);
    if (head && head.node.label !== undefined) {
      const c = countryAt(scan, head.endTok + 1) ?? embassySenderAt(scan, head.endTok + 1, head.node.label);
      const headWord = (scan.variants[head.start] ?? []).find((v) => v.skip === head.skip)?.form ?? scan.word(head.start)!; // construct heads agree by their first noun
      const headFeminine = headWord.endsWith('ه') || headWord.endsWith('ات'); // القوات البريطانية
      const nisbaFeminine = scan.word(c?.endTok ?? 0)?.endsWith('ه') ?? false;
      // a definite head takes a nisba, never a country name (هنأ مجلس الوزراء جمهورية مصر: the country is the object)
      const headDefinite = scan.word(head.endTok)!.startsWith('ال') || (head.endTok === head.start && (scan.variants[head.start] ?? []).some((v) => v.skip === head.skip && v.form.startsWith('ال')));
      // after an office the nisba qualifies the office when it agrees with it: وزير الدفاع الأمريكي,
      // وزيرة الخارجية الأمريكية (the American defence/foreign minister), as وزير الخارجية السوري does
      const office = scan.word(i - 1) ?? '';
      const officeFeminine = office.endsWith('ه');
      const officeBefore = c?.demonym === true && head.skip === 0 && head.node.label.startsWith('Ministry') &&
        scan.lex.titles.get(office)?.label !== undefined && (officeFeminine ? nisbaFeminine : !headFeminine && !nisbaFeminine);
      // an indefinite nisba describes (قوات ألمانية وهولندية, حكومة انتقالية): no name
      const indefiniteNisba = c?.demonym === true && !definiteNisba(scan, c.endTok);
      const agrees = c !== undefined && !officeBefore && !indefiniteNisba &&
        (c.demonym ? headFeminine === nisbaFeminine || LAST_NOUN_AGREEMENT.has(head.node.label) : !headDefinite);
      if (c && agrees && (!fixed || fixed.endTok <= c.endTok)) {
        let end = c.endTok;
        let english = `${head.node.label} of ${countryEnglish(c.code)}`;
        if (MISSIONS.has(head.node.label)) {
          const prep = scan.word(end + 1);
          if (prep === 'في' || prep === 'لدى' || prep === 'لدي') {
            const p = scan.match(lex.places, end + 2, false);
            if (p?.node.entry && p.node.entry.form !== 'demonym') {
              end = p.endTok;
              english += ` in ${p.node.entry.english ?? countryEnglish(p.node.entry.country ?? '')}`;
            }
          }
        }
        const known = fixed && fixed.endTok === end ? fixed.node.entry : undefined;
        scan.add(i, end, head.skip, {
          type: 'organization', name: scan.surface(i, end, head.skip), key: known?.key ?? entityKey('organization', english),
          ruleId: known ? known.ruleId : 'ar/org/by-country', country: c.code,
        });
        i = end;
        continue;
      }
    }
    // a longer name built on a head wins over a shorter fixed name: المجلس الأعلى للقضاء, not المجلس الأعلى
    const longerHead = fixed?.node.entry ? orgHeadName(scan, i) : null;
    if (fixed?.node.entry && fixed.node.entry.key === ISIS_KEY && fixed.endTok === i + 1 && historicStateAt(scan, i)) { i = fixed.endTok; continue; }
    if (fixed?.node.entry && !(longerHead && longerHead.start === i && longerHead.end > fixed.endTok &&
      (scan.word(fixed.endTok + 1)?.startsWith('لل') ?? false))) {
      const fe = fixed.node.entry;
      // a national body and the nisba of its country: مجلس الأمة الجزائري, الكونغرس الأميركي
      const nisba = scan.word(fixed.endTok + 1);
      const code = nisba !== undefined && nisba.startsWith('ال') && !scan.breakBefore(fixed.endTok + 1) ? lex.demonyms.get(nisba) : undefined;
      // (a party or group keeps its descriptor outside: حزب الله اللبناني)
      const end = code !== undefined && (!fe.country || (fe.country === code && INSTITUTION_WORDS.has(scan.word(i)!.slice(fixed.skip)))) &&
        nisbaAgrees(scan, fixed.endTok, nisba!) ? fixed.endTok + 1 : fixed.endTok;
      scan.add(i, end, fixed.skip, end > fixed.endTok
        ? { ...lexCandidate(fe), name: scan.surface(i, end, fixed.skip), key: fe.country ? fe.key : entityKey('organization', `${fe.english ?? fe.name} of ${countryEnglish(code!)}`), country: code! }
        : lexCandidate(fe));
      abbreviationAfter(scan, end, fe.key, fe.name);
      i = end;
      continue;
    }
    const oh = orgHeadName(scan, i);
    if (oh) {
      const phrase = scan.normalizedPhrase(oh.start, oh.end, oh.skip);
      const key = entityKey('organization', oh.english ?? romanizeArabic(phrase));
      scan.add(oh.start, oh.end, oh.skip, {
        type: 'organization', name: scan.surface(oh.start, oh.end, oh.skip), key, ruleId: 'ar/org/head',
      });
      abbreviationAfter(scan, oh.end, key, scan.surface(oh.start, oh.end, oh.skip));
      i = oh.end;
      continue;
    }
    // outlets quoted after لـ, provincial and municipal administrations (few tokens)
    if (toks[i + 1]?.text === '"' || cuesOf(scan, i) & CUE_ADMIN) {
      const end = outletOrAdministration(scan, i, w);
      if (end !== undefined) { i = end; continue; }
    }
    // Generic word + quoted name: وكالة «سبوتنيك»
    if (generic.has(scan.variants[i]![scan.variants[i]!.length - 1]?.form ?? w) || generic.has(w)) {
      const q = toks[i + 1];
      if (q && q.text === '"') {
        let j = i + 2;
        while (j < toks.length && j < i + 7 && toks[j]!.kind === 'word') j++;
        const close = toks[j];
        const firstQ = scan.word(i + 2) ?? '';
        const lastQ = scan.word(j - 1) ?? '';
        const nameLikeQ = !lex.stop.has(firstQ) && !lex.stop.has(lastQ) &&
          !(j === i + 3 && (lex.commonAl.has(firstQ) || lex.commonNouns.has(firstQ) || /^[0-9]/.test(firstQ)));
        if (close && close.text === '"' && j > i + 2 && nameLikeQ) {
          const m = scan.add(i + 2, j - 1, 0, { type: 'organization', name: scan.surface(i + 2, j - 1, 0), key: outletKey(scan, i + 2, j - 1), ruleId: 'ar/org/quoted' });
          scan.mediaSpans.add(`${m.start}:${m.end}`); // a quoted name named like a place is not the place: صحيفة «الشرق الأوسط»
          i = j;
        }
      } else if (q && q.kind === 'word' && (scan.variants[i] ?? []).some((v) => MEDIA_WORDS.has(v.form))) {
        // a newspaper, channel or agency named right after its kind: صحيفة الحياة, قناة الجزيرة
        const next = q.text;
        let end = i + 1;
        const press = (scan.variants[i] ?? []).some((v) => PRESS_WORDS.has(v.form));
        // قناة السويس is a place; a known name after the kind (صحيفة نيويورك تايمز) is found by the table
        const ownPlace = scan.match(lex.places, i)?.node.entry || scan.match(lex.orgs, i + 1, false)?.node.entry;
        // a newspaper named like a place: صحيفة الرياض, صحيفة الشرق الأوسط
        const place = press && !ownPlace ? scan.match(lex.places, i + 1, false) : undefined;
        const placeName = place?.node.entry && place.node.entry.form !== 'demonym' && !place.node.entry.contextual ? place : undefined;
        if (placeName) end = placeName.endTok;
        // a press title may be an everyday word with the article: صحيفة الحياة, قناة العالم
        const commonOk = press && next.startsWith('ال') && next.length >= 4 && !NOT_MEDIA_NAMES.has(next) && !lex.titles.get(next)?.label;
        const nameLike = !ownPlace && (placeName !== undefined || (next.length >= 3 && !NOT_MEDIA_NAMES.has(next) && !lex.stop.has(next) &&
          (commonOk || (!lex.commonAl.has(next) && !lex.commonNouns.has(next))) &&
          !scan.match(lex.places, i + 1, false)?.node.entry && (next.startsWith('ال') || !/[يه]$/.test(next) || MEDIA_NAME_TAILS.has(scan.word(i + 2) ?? '')) &&
          !lex.demonyms.has(next) && !/^[0-9]/.test(next) && !lex.orgs.get(next)?.entry && !lex.govHeads.get(next)));
        if (nameLike) {
          if (MEDIA_NAME_TAILS.has(scan.word(end + 1) ?? '')) end++; // القدس العربي, المصري اليوم
          const m = scan.add(i + 1, end, 0, {
            type: 'organization', name: scan.surface(i + 1, end, 0), key: outletKey(scan, i + 1, end), ruleId: 'ar/org/media',
          });
          scan.mediaSpans.add(`${m.start}:${m.end}`);
          i = end;
        }
      }
    }
  }
}

/**
 * The nisba after a known name agrees with it: a masculine nisba after a name whose first noun is
 * masculine (`مجلس الأمة الجزائري`), a feminine one after a feminine noun (`الهيئة ... السعودية`);
 * plural nisbas (`الأمريكيين`) never belong to the name.
 */
function nisbaAgrees(scan: Scan, endTok: number, nisba: string): boolean {
  if (/(ون|ين|ات)$/.test(nisba)) return false;
  // the name's head is its first word; a construct name (مجلس الأمة) agrees with its first noun
  let k = endTok;
  while (k > 0 && scan.word(k - 1) !== undefined && !scan.breakBefore(k) && k > endTok - 3 && scan.toks[k - 1]!.kind === 'word' &&
    !scan.lex.stop.has(scan.word(k - 1)!) && scan.match(scan.lex.orgs, k - 1)?.endTok === endTok) k--;
  const head = (scan.variants[k] ?? [])[scan.variants[k]!.length - 1]?.form ?? scan.word(k)!;
  const feminine = head.endsWith('ه') || head.endsWith('ات');
  return feminine === nisba.endsWith('ه');
}

/** First words of a country's own institutions whose nisba belongs to the name: `الكونغرس الأميركي`. */
const INSTITUTION_WORDS = new Set(['الكونغرس', 'الكونجرس', 'البرلمان', 'مجلس', 'الجيش', 'البنك', 'المصرف', 'الكنيست', 'الدوما', 'البوندستاغ', 'الهلال', 'الصليب', 'الحرس']);
/** Participles of saying before `لـ` + an outlet: `موضحا لـ«الشرق الأوسط»`. */
const SAYING_ADVERBS = new Set(['موضحا', 'مضيفا', 'قائلا', 'مؤكدا', 'مشيرا', 'لافتا', 'كاشفا', 'معتبرا', 'مشددا']);
const QUOTE_MEDIA_CUE = new Set(QUOTE_MEDIA_CUES.map(normalizeKey));
const INTERVIEW_NOUN = new Set(INTERVIEW_NOUNS.map(normalizeKey));
const ADMIN_BODY = new Set(ADMIN_BODY_HEADS.map(normalizeKey));
const ADMIN_BODY_ENGLISH = new Map([['اماره', 'Emirate'], ['امانه', 'Municipality'], ['بلديه', 'Municipality']]);
const MINISTRY_ADJECTIVE = new Set(MINISTRY_ADJECTIVES.map(normalizeKey));
const EMBASSY_SENDER = wordTable(EMBASSY_SENDERS.map(([ar, code]) => [ar, countryEnglish(code), code] as const));

/** `سفارة خادم الحرمين الشريفين`: an embassy named by its sender's title, as a country. */
function embassySenderAt(scan: Scan, k: number, label: string): { code: string; endTok: number; demonym: boolean } | undefined {
  if (label !== 'Embassy' && label !== 'Consulate') return undefined;
  const v = scan.word(k);
  if (v === undefined) return undefined;
  // three words: the first two key the table, the third must follow
  const t = EMBASSY_SENDER.two.get(v);
  if (!t) return undefined;
  for (const [rest, name] of t) {
    const ws = rest.split(' ');
    if (ws.every((w, n) => scan.word(k + 1 + n) === w)) return { code: name.country, endTok: k + ws.length, demonym: false };
  }
  return undefined;
}

/** Token k is a nisba with the article (`الألمانية`; `ألمانية` starts with ال only by its stem). */
function definiteNisba(scan: Scan, k: number): boolean {
  const w = scan.word(k);
  return w !== undefined && w.startsWith('ال') && scan.lex.demonyms.has(w.slice(2));
}

/** An outlet quoted after `لـ`/an interview, or an administration (`أمانة منطقة جازان`) at token i: its last token. */
function outletOrAdministration(scan: Scan, i: number, w: string): number | undefined {
  const { toks, lex } = scan;
  // a quoted name after `لـ` or an interview (`قال لـ«الحياة»`, `في تصريحات إلى "الوطن"`) is the outlet
  if (toks[i + 1]?.text === '"' && (QUOTE_MEDIA_CUE.has(w) || (w === 'الي' && INTERVIEW_NOUN.has(scan.word(i - 1) ?? '')))) {
    let j = i + 2;
    while (j < toks.length && j < i + 6 && toks[j]!.kind === 'word') j++;
    const firstQ = scan.word(i + 2) ?? '';
    // a speaker's words to an outlet: a verb of saying before, or `،`/`إن`/`أن` after (not a concept: لـ«الفكر الضال» وملاحقة)
    const after = toks[j + 1];
    const said = (scan.variants[i - 1] ?? []).some((v) => lex.speechVerbs.has(v.form) || SAYING_ADVERBS.has(v.form)) ||
      w === 'الي' || (after !== undefined && (after.text === '،' || after.text === ',' || after.text === 'ان' || after.text === 'انه'));
    let inner = true;
    for (let k = i + 2; k < j && inner; k++) inner = !lex.stop.has(scan.word(k)!);
    if (toks[j]?.text === '"' && j > i + 2 && said && inner && !/^[0-9]/.test(firstQ) &&
      isArabicLetter(firstQ.charCodeAt(0)) && !(j === i + 3 && (lex.commonNouns.has(firstQ) || lex.givenNames.has(firstQ)))) {
      const m = scan.add(i + 2, j - 1, 0, { type: 'organization', name: scan.surface(i + 2, j - 1, 0), key: outletKey(scan, i + 2, j - 1), ruleId: 'ar/org/media' });
      scan.mediaSpans.add(`${m.start}:${m.end}`);
      return j;
    }
  }
  // a provincial or municipal administration: إمارة منطقة الرياض, أمانة منطقة جازان, بلدية غزة
  const admin = cuesOf(scan, i) & CUE_ADMIN ? variantIn(scan, i, ADMIN_BODY) : undefined;
  if (admin && !scan.breakBefore(i + 1)) {
    const prov = scan.word(i + 1) === PROVINCE;
    const p = scan.match(lex.places, i + 1 + (prov ? 1 : 0), false);
    const pe = p?.node.entry;
    if (p && pe && pe.form !== 'demonym' && !pe.contextual && (prov || (admin.form !== 'اماره' && pe.placeKind === 'city'))) {
      scan.add(i, p.endTok, admin.skip, {
        type: 'organization', name: scan.surface(i, p.endTok, admin.skip),
        key: entityKey('organization', `${ADMIN_BODY_ENGLISH.get(admin.form) ?? 'Administration'} of ${pe.english ?? pe.name}`),
        ruleId: 'ar/org/administration', ...(pe.country ? { country: pe.country } : {}),
      });
      return p.endTok;
    }
  }
  return undefined;
}

/** End token of `[وزارة] domain + country` or `head + country` (الخارجية الأمريكية, الحكومة العراقية) at token k. */
function governmentAt(scan: Scan, k: number): number | undefined {
  const { lex } = scan;
  let d = k;
  if (scan.word(k) === 'وزاره') d = k + 1;
  const dom = scan.match(lex.ministryDomains, d, false);
  const head = dom?.node.label !== undefined ? dom : scan.match(lex.govHeads, d, false);
  if (!head || head.node.label === undefined) return undefined;
  const c = countryAt(scan, head.endTok + 1);
  return c ? c.endTok : undefined;
}

/** Kinds of media whose name follows them directly (the kind word stays outside the span). */
const MEDIA_WORDS = new Set(['صحيفه', 'جريده', 'قناه', 'مجله', 'اذاعه', 'وكاله', 'تلفزيون', 'فضائيه']);
const NOT_MEDIA_NAMES = new Set([
  'الانباء', 'انباء', 'الصحافه', 'الرسميه', 'المحليه', 'الاخباريه', 'الفضائيه', 'التلفزيونيه', 'الحكوميه', 'الخاصه', 'الاسبوعيه',
  'اليوميه', 'الالكترونيه', 'الرياضيه', 'الناطقه', 'المستقله', 'المعارضه', 'الموالية', 'الموالي', 'الاولي', 'الثانيه', 'الاسبوع', 'العام',
  'الشهر', 'اليوم', 'امس', 'الذكر', 'المذكوره', 'نفسها', 'ذاتها', 'التابعه', 'الشهيره', 'الواسعه', 'البريطانيه', 'الامريكيه',
]);
/** Press kinds whose title may be an everyday word or a place (`صحيفة الحياة`, `صحيفة الرياض`). */
const PRESS_WORDS = new Set(['صحيفه', 'جريده', 'قناه', 'مجله', 'اذاعه', 'فضائيه', 'تلفزيون']);
/** Second words of press titles: `القدس العربي`, `المصري اليوم`, `الشرق الأوسط` comes whole from the place table. */
const MEDIA_NAME_TAILS = new Set([
  'العربي', 'اليوم', 'الجديد', 'الجديده', 'الدولي', 'الدوليه', 'الاسبوعي',
  // English titles: فاينانشيال تايمز, جيروزاليم بوست, سكاي نيوز
  'تايمز', 'بوست', 'نيوز', 'جورنال', 'تريبيون', 'توداي', 'هيرالد', 'اكسبرس', 'ميل', 'تلغراف', 'غارديان', 'مونيتور', 'كرونيكل',
]);

/**
 * Organization names made of a head that belongs to the name and its modifiers:
 * `جامعة دمشق`, `حزب العمال`, `مجلس النواب`, `البنك المركزي الأردني`. A definite head needs a modifier
 * with the article; modifiers stop at function words, punctuation and after a place or nisba.
 */
function orgHeadName(scan: Scan, i: number): { start: number; end: number; skip: number; english?: string } | null {
  const { lex } = scan;
  for (const v of scan.variants[i] ?? []) {
    const definite = v.form.startsWith('ال');
    const head = definite ? v.form.slice(2) : v.form;
    const construct = !lex.orgHeads.has(head) && lex.orgConstructHeads.has(head);
    // a definite company/authority word names a body only with a body adjective: الهيئة العامة للسياحة
    const definiteConstruct = construct && definite && ORG_ADJECTIVES.has(scan.word(i + 1) ?? '') && (scan.word(i + 2)?.startsWith('لل') ?? false);
    if (!lex.orgHeads.has(head) && !(construct && (!definite || definiteConstruct))) continue;
    // `على هيئة حرف`, `بشكل جماعة`: the head is a common noun
    if (construct && (scan.word(i - 1) === 'علي' || scan.word(i - 1) === 'بشكل')) continue;
    let english: string | undefined;
    let j = i;
    while (j - i < 5) { // at most five modifiers: المؤسسة العامة للخطوط الجوية العربية السعودية
      const w = scan.word(j + 1);
      if (w === undefined || lex.stop.has(w) || lex.titles.get(w)?.label !== undefined || scan.breakBefore(j + 1)) break;
      if (construct && j === i && !w.startsWith('ال') && !scan.match(lex.orgs, j + 1, false)?.node.entry) {
        // شركة سيمنز → سيمنز: a bare foreign name after a company word, the generic word outside
        const bare = head === 'شركه' && w.length >= 3 && /^\p{Script=Arabic}/u.test(w) && !lex.givenNames.has(w) && !lex.commonNouns.has(w) && !/[يه]$/.test(w) &&
          !/^[0-9]/.test(w) && !lex.places.get(w)?.entry && !lex.demonyms.has(w) && !/^[وفبلك]/.test(w);
        return bare ? { start: i + 1, end: i + 1, skip: 0 } : null;
      }
      const known = scan.match(lex.orgs, j + 1, false);
      if (known?.node.entry) {
        // a company or agency word before a known name stays outside: شركة أرامكو → أرامكو
        if (j === i && construct) return null;
        j = known.endTok; break;
      }
      // a common noun phrase, not a name: حركة التجارة, مركز المدينة; but an authority's domain with its
      // adjective names it: هيئة الطيران المدني
      if (j === i && lex.notOrgComplements.has(w) && !(construct && /^ال.{2,}(ي|يه)$/.test(scan.word(j + 2) ?? ''))) break;
      const place = scan.match(lex.places, j + 1, false);
      // an indefinite nisba describes an indefinite head (منظمة بريطانية, لجنة سورية): no name
      if (place?.node.entry?.form === 'demonym' && !w.startsWith('ال') && j === i && !definite) break;
      if (place?.node.entry) {
        const e = place.node.entry;
        if (j === i && e.form !== 'demonym') english = `${lex.orgHeads.get(head)} of ${e.english ?? countryEnglish(e.country ?? '')}`;
        j = place.endTok;
        break;
      }
      if (w.startsWith('لل') && w.length >= 5 && j > i && (definite || j > i)) {
        // a complement with ل + article: المؤسسة العامة للطيران المدني, المجلس الأعلى للقضاء
        if (lex.commonAl.has(`ا${w.slice(1)}`) && !scan.word(j + 2)?.startsWith('ال')) break;
        j++;
        continue;
      }
      // a coordinated complement: الهيئة العامة للسياحة والتراث الوطني
      if (w.startsWith('وال') && w.length >= 6 && j > i && scan.word(j)!.startsWith('لل') && !lex.commonAl.has(w.slice(1))) { j++; continue; }
      if (!w.startsWith('ال')) {
        // an indefinite head may take one bare word: جامعة هارفارد, اتحاد كرة القدم (not an adjective: لجنة عسكرية)
        if (lex.orgHeads.has(w)) { j++; continue; }
        // a construct noun ends in ta marbuta as written (بلاده ends in a pronoun)
        const construct = w.endsWith('ه') && !w.endsWith('يه') && scan.lastOriginalChar(j + 1) === 'ة' && (scan.word(j + 2)?.startsWith('ال') ?? false);
        // not a verb (جامعة تدرس), a word with a pronoun (منتخب بلاده) or a passive participle (صندوق مصنوع)
        // nor ل + article (رئيس جديد منتخب للبلاد: a complement, no name)
        if (!definite && j === i && !lex.givenNames.has(w) && !/^[0-9]/.test(w) && !w.startsWith('لل') && (construct || !/[يه]$/.test(w)) &&
          !lex.commonNouns.has(w) && !lex.stop.has(w) && !/^[يت]/.test(w) && !/(ها|هم|هما)$/.test(w) && !/^م..و.$/.test(w)) { j++; continue; }
        break;
      }
      if (w.length < 4) break;
      // after the first modifier only adjectives follow: مجلس التعاون الخليجي, not مجلس الوزراء الموافقة
      const hasAlModifier = j > i && (scan.word(j)?.startsWith('ال') ?? false);
      if (hasAlModifier && !(w.endsWith('ي') || w.endsWith('يه') || ORG_ADJECTIVES.has(w))) break;
      j++;
    }
    if (j === i) continue;
    // a definite head with one participle is a description: اللجنة المختارة, المنظمة المسؤولة, الحزب الحاكم
    if (definite && j === i + 1 && !english && /^الم/.test(scan.word(j)!) && !/(ي|يه)$/.test(scan.word(j)!) &&
      !ORG_ADJECTIVES.has(scan.word(j)!) && !scan.match(lex.orgs, j, false)?.node.entry) continue;
    if (definite && j === i + 1 && !english && PARTICIPLE_DESCRIPTIONS.has(scan.word(j)!)) continue;
    return { start: i, end: j, skip: v.skip, ...(english ? { english } : {}) };
  }
  return null;
}

/** Active participles after a definite head that describe, not name: `الحزب الحاكم`. */
const PARTICIPLE_DESCRIPTIONS = new Set(['الحاكم', 'الحاكمه', 'الجديد', 'الجديده', 'السابق', 'السابقه', 'الحالي', 'الحاليه', 'الكبير', 'الكبيره']);

/** Adjectives in organization names that do not end like a nisba. */
const ORG_ADJECTIVES = new Set(['العامه', 'العام', 'العليا', 'الكبري', 'الحره', 'الحر', 'المتحده', 'المستقله', 'المستقل', 'الاعلي', 'الدائمه', 'الدائم']);

/** `(سانا)` right after an organization: a separate mention of the same entity. */
function abbreviationAfter(scan: Scan, endTok: number, key: string, name: string): void {
  let j = endTok + 1;
  // allow one descriptor word between the name and the parenthesis (`الرسمية`)
  if (scan.toks[j]?.kind === 'word' && scan.toks[j + 1]?.text === '(') j++;
  if (scan.toks[j]?.text !== '(' || scan.toks[j + 2]?.text !== ')' || scan.toks[j + 1]?.kind !== 'word') return;
  const inner = scan.toks[j + 1]!;
  if (scan.lex.orgs.get(inner.text)?.entry) return; // a known name: the fixed-name rule finds it
  if (/^[0-9]/.test(inner.text)) return; // a year or a count: (1983)
  scan.add(j + 1, j + 1, 0, { type: 'organization', name, key, ruleId: 'ar/org/abbreviation', form: 'abbreviation' });
}


/** True when a word can be part of a person's name. */
type NameKind = 'given' | 'particle' | 'family' | 'other' | null;

function nameWord(scan: Scan, i: number, position: 'first' | 'next'): NameKind {
  return scan.nameKind(i, position, () => nameWordUncached(scan, i, position));
}

function nameWordUncached(scan: Scan, i: number, position: 'first' | 'next'): NameKind {
  const w = scan.word(i);
  const { lex } = scan;
  // one letter is an initial (د ب أ), no name; Latin words (Linux) are no Arabic name words
  if (w === undefined || w.length < 2 || !isArabicLetter(w.charCodeAt(0))) return null;
  const c = scan.wordClass(i);
  const given = (c & WORD.given) !== 0;
  if (!given && hasTanween(scan, i)) return null; // an accusative with tanween (اهتماماً, دعمًا) is no name
  if (w.endsWith('ي')) {
    // normalization folds ى into ي: على (preposition) vs علي (name), يحيى (name)
    const maqsura = scan.lastOriginalChar(i) === 'ى';
    // a family name from a maqsura given name is a name: العيسى, الموسى
    if (maqsura) return c & WORD.givenMaqsura ? 'given' : w.startsWith('ال') && lex.givenMaqsura.has(w.slice(2)) ? 'family' : null;
    if (given && !(c & WORD.givenMaqsura)) return 'given';
  }
  if (c & WORD.stop) return null;
  if (given) return 'given';
  if (position === 'next' && c & WORD.house) return 'family';
  const afterForeignGiven = (scan.wordClass(i - 1) & WORD.foreignGiven) !== 0;
  for (const v of scan.variants[i] ?? []) {
    if (v.cls & WORD.stop) return null;
    // clitic + article: للذرة, والأجهزة; after a name `كال…` is rather a foreign surname (وليام كالدويل) than `كالعادة`
    // after a foreign given name `فال…`/`بال…` is rather a surname (فيكتور فالديس, لويس فالنسيا) unless a known word or place follows the article
    if (v.skip > 0 && v.form.startsWith('ال') && !(position === 'next' && v.skip === 1 && w[0] === 'ك' && w.length >= 4 && !(v.cls & WORD.commonAl)) &&
      !(position === 'next' && v.skip === 1 && w.length >= 6 && afterForeignGiven && !(v.cls & (WORD.commonAl | WORD.place | WORD.demonym)) &&
        !/(ه|ات|ين|ون)$/.test(v.form))) return null;
    if (v.skip > 0 && v.cls & (WORD.title | WORD.orgHead | WORD.commonNoun)) return null; // لرئيس
  }
  if (c & WORD.particle || w === 'عبد') return 'particle';
  if (c & WORD.title && position === 'first') return null;
  // an office after a name opens an apposition: علاء يوسف المتحدث الرسمي
  if (position === 'next' && APPOSITION_OFFICES.has(w) && w.startsWith('ال')) return null;
  if (c & WORD.demonym) return null;
  if (c & WORD.place && position === 'first') return null;
  if (c & (WORD.org | WORD.orgHead | WORD.govHead | WORD.commonNoun)) return null;
  if (w.startsWith('ال')) {
    if (c & (WORD.commonAl | WORD.titleQualifier) || w.length < 4 || w.endsWith('ات')) return null;
    return 'family';
  }
  // abstract nouns and feminine adjectives (أهمية, جمهورية, خارجية) and plurals are not names
  // (a French surname in يه after a foreign given name is a name: جيرار اوييه, آلان جوبيه)
  if (w.length > 4 && (w.endsWith('يه') || w.endsWith('ات')) && !(position === 'next' && w.endsWith('يه') && afterForeignGiven)) return null;
  return 'other';
}

interface PersonName { start: number; end: number; skip: number }

/**
 * A name starting at token i. `titled`: a title precedes, so an unknown word may start the name.
 */
function parseName(scan: Scan, i: number, titled: boolean): PersonName | null {
  const { lex } = scan;
  let skip = 0;
  let prepositional = false;
  let first = nameWord(scan, i, 'first');
  // an unknown word before `بن` + a given name is a name: سام بن نوح, عمرو بن العاص
  const beforeBin = first === 'other' && !titled && scan.word(i + 1) === 'بن' && lex.givenNames.has(scan.word(i + 2) ?? '') &&
    !scan.word(i)!.startsWith('ال') && !/^[وفبلك]/.test(scan.word(i)!);
  if (beforeBin) first = 'given';
  if (!titled && first !== 'given' && first !== 'particle') {
    // a conjunction before a particle that starts a name: وأبو بكر, وابن خلدون, وعبد الله
    const pv = (scan.variants[i] ?? []).find((x) => x.skip === 1 && CONJUNCTIONS.has(scan.word(i)![0]!) && lex.startParticles.has(x.form));
    if (pv && nameWord(scan, i + 1, 'next') !== null) { skip = 1; first = 'particle'; }
  }
  if (!titled && first !== 'given' && first !== 'particle') {
    // a proclitic before a given name: ومحمد; a preposition (لمنير الخطيب, بمحمد) only before another name word
    const whole = scan.word(i)!;
    const beforeBinWord = scan.word(i + 1) === 'بن';
    const v = lex.commonNouns.has(whole) || lex.stop.has(whole) ? undefined : (scan.variants[i] ?? []).find((x) => x.skip > 0 && x.skip <= 2 && lex.givenNames.has(x.form) &&
      (!lex.ambiguousGiven.has(x.form) || (beforeBinWord && x.skip === 1 && CONJUNCTIONS.has(whole[0]!))) &&
      (x.skip === 1 ? NAME_CLITICS.has(scan.word(i)![0]!) : NAME_CLITICS_2.has(scan.word(i)!.slice(0, 2))));
    if (!v) return null;
    skip = v.skip;
    first = 'given';
    prepositional = !CONJUNCTIONS.has(scan.word(i)![skip - 1]!);
  }
  if (first === null) return null;
  if (first === 'other' && scan.word(i + 1) === 'الدين' && lex.laqab.has(scan.word(i)!)) first = 'given'; // صلاح الدين, معين الدين
  if (titled && first === 'family') return null;
  if (titled && APPOSITION_OFFICES.has(scan.word(i)!)) return null; // سفير مصر لدى المملكة مندوب …: a second office
  const w0 = scan.word(i)!.slice(skip);
  // after an office, a verb (يأتي, تأتي, سيكون), a feminine noun, or a word behind a clitic (بمقر, لمصر, وكبار) is no name
  if (titled && first === 'other' && ((/^(ي|سي|ست|و)/.test(w0) && !foreignSurnameShape(scan, i)) || /(ه|ها|هم|هما)$/.test(w0) || behindClitic(scan, i))) return null;
  // after an office, a verbal noun (بحث وزير الخارجية تمتين العلاقات, سعى الوزير لإقناع نظرائه) is no name,
  // nor an unknown word written with shadda (الرئيس السنغافوري تدرّب)
  if (titled && first === 'other' && (VERBAL_NOUN.test(w0) || hasShadda(scan, i))) return null;
  // a dual or past verb of four letters after an office: ونظيره المصري قاما بمراجعة; an accusative participle
  // (مصافحا, مؤكدا), a dual noun (رسالتين) or a noun in اء (مساء)
  if (titled && first === 'other' && ((w0.length === 4 && w0.endsWith('ا')) || (w0.startsWith('م') && w0.endsWith('ا') && w0.length >= 5) ||
    (w0.endsWith('تين') && w0.length >= 6) || w0.endsWith('اء'))) return null;
  let j = i;
  if (first === 'particle' && !titled && !lex.startParticles.has(w0)) return null; // بن needs a name before it
  if (first === 'particle') {
    const nxt = nameWord(scan, i + 1, 'next');
    if (scan.word(i + 1) === 'عبد' && scan.word(i + 2) !== undefined && w0 !== 'عبد') j = i + 2; // أبو عبد الله
    // عبد + a divine name with the article is one name: عبد الملك, عبد الرحمن
    else if (w0 === 'عبد' && skip === 0 && (scan.word(i + 1)?.startsWith('ال') ?? false) && scan.word(i + 1)!.length >= 4) j = i + 1;
    else if (nxt === null || nxt === 'particle') return null;
    // a verb or a noun behind a preposition is no name part: آبي سيعبر, آبي بمناسبة
    else if (nxt === 'other' && /^(سي|ست|بم|لم|بال|لل|وال|فال)/.test(scan.word(i + 1)!)) return null;
    else j = i + 1;
  }
  const ambiguousStart = !titled && first === 'given' && lex.ambiguousGiven.has(w0) && scan.word(i + 1) !== 'الدين' &&
    !(lex.foreignGiven.has(w0) && nameWord(scan, i + 1, 'next') === 'other' && !/^[وفبلك]/.test(scan.word(i + 1)!) &&
      !lex.notSurnames.has(scan.word(i + 1)!) && !behindClitic(scan, i + 1) && !/^.ا..ا$/.test(scan.word(i + 1)!)) &&
    !(lex.nameLikeAmbiguous.has(w0) && familyAfter(scan, i + 1));
  let sawFamily = false;
  let extraFamily = 0;
  // the first name may be a compound (صلاح الدين, عبد الرحمن written apart): surnames follow its last word
  let firstEnd = i;
  let firstGiven = first === 'given';
  if (first === 'particle' && w0 === 'عبد' && j === i + 1 && (scan.word(i + 1)?.startsWith('ال') ?? false)) { firstEnd = i + 1; firstGiven = true; }
  while (j - i < 9) { // long chains of descent: متعب بن عبد الله بن عبد العزيز آل سعود
    const k = j + 1;
    if (scan.breakBefore(k)) break;
    const w = scan.word(k);
    if (w === 'الله' && !lex.allahHeads.has(scan.word(j)!.slice(j === i ? skip : 0))) break; // طيب الله ثراه: a prayer, not نصر الله
    if (scan.word(k + 1) === 'الله' && w !== undefined && !lex.allahHeads.has(w)) break; // عبدالعزيز طيب الله ثراه
    if (w === 'الدين' || w === 'الله') { if (j === firstEnd) firstEnd = k; j = k; continue; }
    const kind = nameWord(scan, k, 'next');
    // a surname in -ات right after an unambiguous given name: هشام بركات, ياسر عرفات
    if (kind === null && w !== undefined && j === firstEnd && firstGiven && !ambiguousStart && !lex.ambiguousGiven.has(w0) &&
      w.endsWith('ات') && w.length >= 5 && w.length <= 6 && !w.startsWith('ال') && !behindClitic(scan, k) && !lex.stop.has(w) &&
      !lex.commonNouns.has(w) && !(scan.variants[k] ?? []).some((v) => v.skip > 0 && v.form.startsWith('ال'))) { j = k; break; }
    // foreign name particles (before the null check: `فان` reads as ف + the stop word `ان`): ألفريدو دي ستيفانو, لودفيغ فان بيتهوفن
    if (w !== undefined && FOREIGN_PARTICLES.has(w) && (lex.foreignGiven.has(w0) || titled) && scan.toks[k + 1]?.kind === 'word' &&
      (nameWord(scan, k + 1, 'next') === 'other' || nameWord(scan, k + 1, 'next') === 'given') && !scan.word(k + 1)!.startsWith('ال')) { j = k + 1; continue; }
    if (kind === null || w === undefined) break;
    if (kind === 'other' && pronounSuffixed(scan, k)) break; // أدريانو فريقه: a noun with a pronoun
    if (ambiguousStart && j === i && !(kind === 'given' && !lex.ambiguousGiven.has(w)) && kind !== 'particle' && !lex.ordinals.has(w)) break;
    // a well-known person after an ambiguous given name is another person: واستقبل شي إردوغان
    if (j === i && lex.ambiguousGiven.has(w0) && scan.match(lex.people, k, false)?.node.entry && !scan.match(lex.people, i)?.node.entry) break;
    // a verb and a count after an office: كرر ثلاث مرات
    if (j === i && titled && first === 'other' && NUMBER_WORDS.has(w ?? '')) return null;
    if (lex.ordinals.has(w)) break; // regnal ordinal, handled below
    if (kind === 'particle') {
      let after = k + 1;
      const abd = scan.word(after) === 'عبد';
      if (abd) after++;
      // بن أبي طالب, بن أبي سفيان: a kunya after بن
      else if (KUNYA.has(scan.word(after) ?? '') && scan.toks[after + 1]?.kind === 'word' && !/^[0-9]/.test(scan.word(after + 1)!) &&
        nameWord(scan, after + 1, 'next') !== 'particle' && !/^[وفبلك]ال/.test(scan.word(after + 1)!)) {
        // any word after the kunya is its name (طالب is also a verb)
        j = after + 1; sawFamily = false;
        continue;
      }
      const a = nameWord(scan, after, 'next');
      // عبد + a divine name is always a name part: بن عبد الملك, بن عبد الله
      if (!(abd && scan.word(after)?.startsWith('ال')) && (a === null || a === 'particle')) break;
      j = after; sawFamily = false;
      continue;
    }
    if (sawFamily) {
      // Gulf names chain family names of father, grandfather and house: صباح خالد الحمد الصباح, صباح الأحمد الجابر الصباح
      if (kind === 'family' && extraFamily < (titled ? 2 : 1) && (titled || j - i >= 2) && first === 'given' && chainFamily(scan, k)) {
        j = k; extraFamily++; continue;
      }
      break;
    }
    if (kind === 'given') { j = k; continue; }
    // a bare family name closes a بن chain: أحمد بن عبدالعزيز قطان, أسامة بن أحمد نقلي (not an office, a noun in construct or a verb)
    if (kind === 'other' && j > i + 1 && first === 'given' && BIN.has(scan.word(j - 1) ?? '') && !scan.word(j)!.startsWith('ال') &&
      bareSurname(scan, k)) { j = k; sawFamily = true; continue; }
    if (kind === 'family') {
      if (lex.places.get(w)?.entry) break;
      // after a preposition an article noun may be the subject of the clause: كان لراؤول الفضل الكبير
      if (prepositional && j === i && (scan.word(k + 1)?.startsWith('ال') ?? false)) break;
      if (lex.foreignGiven.has(w0) && j > i) break; // واين روني المدافع: no Arabic family name after a foreign surname
      if (foreignSurnameShape(scan, j)) break; // سيدروف الكرة
      j = k; sawFamily = true; continue;
    }
    // an unknown word without the article: right after a titled first word or an unambiguous given name
    // a foreign given name followed by more given names and its surname: كارلوس ألبرتو باريرا
    if (kind === 'other' && j > i && first === 'given' && lex.foreignGiven.has(w0) && lex.foreignGiven.has(scan.word(j)!) &&
      w.length >= 3 && !/^[يتنو]/.test(w) && !(w.length >= 5 && /(ون|ين)$/.test(w)) && !lex.notSurnames.has(w)) { j = k; continue; }
    // a surname in ن after an unambiguous given name: محمد نصير, أسامة نقلي (not a verb in ي/ت)
    if (kind === 'other' && j === firstEnd && w.startsWith('ن') && w.length >= 4 && firstGiven && !ambiguousStart &&
      !lex.ambiguousGiven.has(w0) && !/(ون|ين|وا|نا)$/.test(w) && !lex.notSurnames.has(w)) { j = k; continue; }
    // (a word in ي/ت/ن may be a verb, unless shaped like a foreign surname: ليناس ينكفيتشيوس)
    if (kind === 'other' && j === firstEnd && (!/^[يتن]/.test(w) || foreignSurnameShape(scan, k))) {
      // after an office: not a broken plural (سجناء) nor a noun behind a preposition (بمناسبة)
      // (not a noun with a pronoun: أدريانو فريقه, written with ه, not ة)
      if (titled && !(w.endsWith('اء') && !lex.givenNames.has(w)) && !behindClitic(scan, k) && !pronounSuffixed(scan, k)) { j = k; continue; }
      if (firstGiven && !ambiguousStart && w.length >= 3 && !/^[البو]/.test(w) && !/(ا|ون|ين|وا)$/.test(w) &&
        !lex.notSurnames.has(w) &&
        !behindClitic(scan, k) && !/^.ا..ا$/.test(w)) { j = k; continue; }
      // a nisba-shaped family name in ب (مصطفى بكري, محمد بدوي), not ب + a noun (بحضور, بزيارة)
      if (firstGiven && !ambiguousStart && w[0] === 'ب' && w.endsWith('ي') && w.length >= 4 && w.length <= 6 && !w.startsWith('بال') &&
        !VERBAL_NOUN.test(w) && !lex.notSurnames.has(w) && !lex.demonyms.has(w.slice(1)) && !behindClitic(scan, k)) { j = k; continue; }
      // a family name written with أبو attached: حسين أبوجاد, خالد أبوزيد
      if (firstGiven && !ambiguousStart && w.length >= 5 && w.startsWith('ابو') && !lex.commonNouns.has(w)) { j = k; continue; }
      // a non-Arabic given name takes a surname of any shape: ديفيد بيكهام, أليكس فيرغسون
      if (firstGiven && lex.foreignGiven.has(w0) && w.length >= 4 && !w.startsWith('و') && !lex.notSurnames.has(w) &&
        !behindClitic(scan, k) && !/^.ا..ا$/.test(w)) { j = k; continue; }
    }
    // after a foreign given name: a surname in ن (جون نيولاندز) or of three letters (جورج بست)
    if (kind === 'other' && j === firstEnd && firstGiven && lex.foreignGiven.has(w0) && !lex.notSurnames.has(w) && !behindClitic(scan, k) &&
      !lex.speechVerbs.has(w) && (w.startsWith('ن') ? w.length >= 4 && !/(ون|ين|وا|نا)$/.test(w)
        // three letters may be a verb or a quantifier (راؤول بدأ, فيليب بضع): only before punctuation, `و` or an office
        : w.length === 3 && !/^[يتنوفك]/.test(w) && !/[اي]$/.test(w) && (scan.toks[k + 1] === undefined || scan.toks[k + 1]!.kind !== 'word' ||
          scan.word(k + 1) === 'و' || APPOSITION_OFFICES.has(scan.word(k + 1)!)))) {
      j = k; continue;
    }
    break;
  }
  // regnal ordinal: عبدالله الثاني, لويس التاسع عشر
  const ord = scan.word(j + 1);
  let regnal = false;
  if (ord && lex.ordinals.has(ord) && j - i < 2) {
    j++; regnal = true; if (scan.word(j + 1) === 'عشر') j++;
    // the father after a regnal name: عبدالله الثاني بن الحسين
    const fatherKind = BIN.has(scan.word(j + 1) ?? '') && !scan.breakBefore(j + 1) ? nameWord(scan, j + 2, 'next') : null;
    if (fatherKind === 'given' || fatherKind === 'family') j += 2;
  }
  else if (ord && EPITHETS.has(ord) && j - i < 2) j++;
  const single = j === i;
  if (single && !titled && (first !== 'given' || lex.ambiguousGiven.has(w0) || prepositional)) return null;
  if (j === i && first === 'particle') return null;
  return { start: i, end: j, skip };
}

/**
 * A speaker after a verb of saying, when the words after the name close the attribution:
 * `وقال X Y إن`, `وأكد X Y، وزير ...`, `قال X:`. Token i is the word after the verb.
 */
function speakerName(scan: Scan, i: number): PersonName | null {
  const { lex, toks } = scan;
  if (!(scan.variants[i - 1] ?? []).some((v) => lex.speechVerbs.has(v.form))) return null;
  const first = nameWord(scan, i, 'first');
  if (first !== 'other' && first !== 'given') return null;
  const w0 = scan.word(i)!;
  if (first === 'other' && (w0.endsWith('ون') || w0.endsWith('ين') || /^[يتنل]/.test(w0))) return null;
  // accusatives, pronoun suffixes and verbal nouns are no names (كلاما, ولادته, استدعاء); a feminine verb needs a given name
  if (first === 'other' && (/(ا|ه|ها|هم|اء)$/.test(w0) || w0.startsWith('است') || NOT_SPEAKERS.has(w0) ||
    (scan.variants[i - 1] ?? []).some((v) => lex.speechVerbs.has(v.form) && v.form.endsWith('ت')))) return null;
  let j = i;
  while (j - i < 2) {
    const kind = nameWord(scan, j + 1, 'next');
    if (kind === null || kind === 'particle' || (kind === 'other' && scan.word(j + 1)!.startsWith('ل'))) break;
    j++;
    if (kind === 'family') break;
  }
  const next = toks[j + 1];
  if (!next) return null;
  const closes = next.text === ':' || (next.kind === 'word' && (next.text === 'ان' || next.text === 'انه' || SPEAKER_CLOSERS.has(next.text) ||
    /^(لوكال|للصحف|لصحيف|للتلفزيون|لقناه|لاذاعه)/.test(next.text))) ||
    ((next.text === '،' || next.text === ',') && scan.match(lex.titles, j + 2)?.node.label !== undefined) ||
    (next.kind === 'word' && scan.match(lex.titles, j + 1)?.node.label !== undefined && !lex.weakTitles.has(next.text));
  if (!closes) return null;
  return { start: i, end: j, skip: 0 };
}

/** `ال…ي` made from a place name no nisba table lists (`السنغافوري`, `الشيشاني`, `الدمشقي`): an adjective of that place. */
function placeNisba(scan: Scan, w: string): boolean {
  if (!w.startsWith('ال') || !w.endsWith('ي') || w.length < 6) return false;
  const stem = w.slice(2, -1);
  const places = scan.lex.places;
  return [stem, `${stem}ه`, `${stem}ا`, `ال${stem}`, `${stem}يا`].some((f) => places.get(f)?.entry !== undefined);
}

/**
 * A name after a strong office that parseName does not read: a family name alone closed by punctuation or
 * the clause (`الوزير المومني،`, `السفير العيسى إن`), or a name after a comma (`… لشؤون حقوق الإنسان ، ديفيد ولش`).
 */
function nameAfterOffice(scan: Scan, j: number): PersonName | null {
  const { lex, toks } = scan;
  if (OFFICE_TITLES.has(scan.word(j - 1) ?? '') && nameWord(scan, j, 'first') === 'family' && familyAfterOffice(scan, j)) return { start: j, end: j, skip: 0 };
  if ((toks[j]?.text === '،' || toks[j]?.text === ',') && nameWord(scan, j + 1, 'first') === 'given' && !lex.ambiguousGiven.has(scan.word(j + 1)!)) {
    return parseName(scan, j + 1, true);
  }
  return null;
}

/** Offices of named officials that a family name may follow alone (`الوزير المومني`); not `نظيره`, `اللاعب`, `المؤلف`. */
const OFFICE_TITLES = new Set([
  'الوزير', 'الوزيره', 'السفير', 'السفيره', 'الرئيس', 'النائب', 'المستشار', 'الامير', 'الشيخ', 'اللواء', 'العميد', 'العقيد',
  'الجنرال', 'الدكتور', 'المهندس', 'السيد', 'السيده', 'المتحدث', 'الناطق', 'المبعوث', 'المندوب', 'القاضي', 'المحافظ', 'العاهل',
].map(normalizeKey));

/** Token i (an article word after a strong office) is a family name used alone: `الوزير المومني، في حديثه`. */
function familyAfterOffice(scan: Scan, i: number): boolean {
  const { lex, toks } = scan;
  const w = scan.word(i)!;
  if (w.length < 5 || /(ه|ات|ون|ين|يون|يين)$/.test(w) || lex.officeAdjectives.has(w) || lex.titleQualifiers.has(w) || lex.ordinals.has(w)) return false;
  if (scan.match(lex.titles, i) !== undefined || scan.match(lex.orgs, i, false)?.node.entry || lex.places.get(w)?.entry || lex.govHeads.get(w)?.label !== undefined) return false;
  if (VERBAL_NOUN.test(w.slice(2)) || lex.commonAl.has(w) || placeNisba(scan, w)) return false;
  const next = toks[i + 1];
  if (next === undefined || scan.breakBefore(i + 1)) return true;
  if (next.kind !== 'word') return next.text !== '(' && next.text !== '-';
  return next.text === 'ان' || next.text === 'انه' || SPEAKER_CLOSERS.has(next.text) || (scan.variants[i + 1] ?? []).some((v) => lex.speechVerbs.has(v.form));
}

/** Words that close a speaker's name after a verb of saying: `وقال X Y في تصريح`, `وأكد X Y أمس`. */
const NOT_SPEAKERS = new Set(['قائلا', 'قائله', 'مساء', 'صباح', 'مجددا', 'بدوره', 'بدورها', 'كذلك', 'ايضا', 'حينها']);
const SPEAKER_CLOSERS = new Set(['في', 'خلال', 'امس', 'اليوم', 'عقب', 'اثناء', 'ردا', 'مساء', 'صباح', 'لدي', 'بان', 'انها', 'انهم', 'ان']);

/**
 * A name of two or three words followed by its office: `سامح شكري وزير الخارجية`,
 * `هانس يورغ هابر، السفير الألماني`. The office must be a strong title.
 */
function appositionName(scan: Scan, i: number): PersonName | null {
  const { lex, toks } = scan;
  let skip = 0;
  let first = nameWord(scan, i, 'first');
  if (first !== 'given') {
    const v = (scan.variants[i] ?? []).find((x) => x.skip === 1 && scan.word(i)![0] === 'و' && lex.givenNames.has(x.form));
    if (v) { skip = 1; first = 'given'; }
  }
  if (first !== 'other' && first !== 'given') return null;
  const prev = toks[i - 1];
  if (prev && prev.kind === 'word' && !lex.stop.has(prev.text) && !lex.speechVerbs.has(prev.text) &&
    !(scan.variants[i - 1] ?? []).some((v) => lex.speechVerbs.has(v.form))) return null;
  const w0 = scan.word(i)!.slice(skip);
  if (first === 'other' && (/^[يتنل]/.test(w0) || /(ون|ين|ه)$/.test(w0))) return null;
  let j = i;
  let second: ReturnType<typeof nameWord> = null;
  while (j - i < 2) {
    const kind = nameWord(scan, j + 1, 'next');
    if (kind === null || kind === 'particle') break;
    if (kind === 'other' && /^[يتنلو]/.test(scan.word(j + 1)!)) break;
    // ب + a noun is a prepositional phrase (محمد بحضور الوزير), a family name in ب is nisba-shaped (بكري) or short (بلير)
    if (kind === 'other' && scan.word(j + 1)![0] === 'ب' && scan.word(j + 1)!.length >= 5 && !scan.word(j + 1)!.endsWith('ي')) break;
    if (j === i) second = kind;
    j++;
    if (kind === 'family') break;
  }
  if (j === i) return null;
  if (first === 'other' && second !== 'family' && second !== 'given') return null;
  let t = j + 1;
  if (toks[t]?.text === '،' || toks[t]?.text === ',') t++;
  const office = scan.word(t);
  if (office === undefined) return null;
  return APPOSITION_OFFICES.has(office) ? { start: i, end: j, skip } : null;
}

/**
 * A definite singular nisba that does not modify a noun before it (no definite word or head
 * precedes) works as a title: `الألماني بيرند شوستر`, `وسجل البرازيلي رونالدينيو`. Token i is the nisba.
 */
function nationalityName(scan: Scan, i: number): PersonName | null {
  const { lex, toks } = scan;
  const v = (scan.variants[i] ?? []).find((x) => x.form.startsWith('ال') && lex.demonyms.has(x.form));
  // masculine singular only: feminine forms also name countries (السعودية)
  if (!v || /(ون|ين|ات|ه)$/.test(v.form)) return null;
  const prev = toks[i - 1];
  if (v.skip === 0 && prev && prev.kind === 'word') {
    const p = prev.text;
    // الجيش الأمريكي, قوات أمريكية, رئيس الوزراء الإسرائيلي: the nisba agrees with a noun
    if (p.startsWith('ال') || lex.demonyms.has(p) || lex.titles.get(p)?.label !== undefined || lex.orgHeads.has(p) ||
      lex.commonNouns.has(p) || (!lex.stop.has(p) && !lex.speechVerbs.has(p) && !/^و?(قال|سجل|اكد|اعلن)/.test(p) && /[هي]$/.test(p))) return null;
  }
  const first = nameWord(scan, i + 1, 'first');
  const w = scan.word(i + 1);
  // a foreign surname shape alone: سجله الصربي مياتوفيتش, مرر الهولندي سيدروف
  if (w && first === 'other' && foreignSurnameShape(scan, i + 1)) return { start: i + 1, end: i + 1, skip: 0 };
  // the first word must be a known given name: والروسي فلاديمير بوتن, not المصري كجزء
  if (!w || first !== 'given' || lex.ambiguousGiven.has(w) || w.startsWith('ال') || /^[يتنسو]/.test(w) || /(ه|ها|هم|ات|ون|ين)$/.test(w) ||
    behindClitic(scan, i + 1) || lex.places.get(w)?.entry || lex.commonAl.has(`ال${w}`)) return null;
  const n = parseName(scan, i + 1, true);
  if (!n || n.skip !== 0) return null;
  return n;
}

/**
 * Endings of European and Slavic surnames as transliterated (`ميلوسيفيتش`, `سيدروف`, `كوفالسكي`,
 * `شيفتشينكو`, `باباندريو`): words so shaped are seldom Arabic words.
 */
const FOREIGN_SURNAME_ENDING = /(يتش|فيتش|وفيتش|وف|وفا|يفا|سكي|تسكي|ينكو|شينكو|اكيس|ولوس|پولوس|يوس|ياس|ينيو|ييه|فسكي|ستروم|بيرغ|شتاين|ورث|فيلد)$/u;

/** Token k has the shape of a foreign surname and is no known word. */
function foreignSurnameShape(scan: Scan, k: number): boolean {
  const { lex } = scan;
  const w = scan.word(k);
  if (w === undefined || w.length < 5 || !FOREIGN_SURNAME_ENDING.test(w) || w.startsWith('ال') || /^[وفبلك]ال/.test(w)) return false;
  return !lex.stop.has(w) && !lex.commonNouns.has(w) && !lex.places.get(w)?.entry && !lex.demonyms.has(w) && !behindClitic(scan, k) && !hasTanween(scan, k);
}

/** Token k has the shape of an Arabic word of the clause rather than a surname. */
function clauseWordShape(scan: Scan, k: number): boolean {
  const { lex } = scan;
  const w = scan.word(k)!;
  if (w.startsWith('ال')) return !lex.ordinals.has(w) && !EPITHETS.has(w);
  if (lex.commonNouns.has(w) || lex.stop.has(w) || lex.ordinals.has(w) || NUMBER_WORDS.has(w)) return true;
  if (behindClitic(scan, k) || /^[وفبلك]ال/.test(w) || hasTanween(scan, k)) return true;
  // an accusative participle or noun: مشهورا, مؤكدا, حملا
  return w.endsWith('ا') && (/^م.{3,}$/.test(w) || w.length === 4);
}

/** Words for years of age after a number in brackets. */
const AGE_WORDS = new Set(['عاما', 'عام', 'سنه', 'سنوات', 'عاماً']);
/** Words before an unknown name that mark a private person: المدعو, الشاب. */
const PERSON_NOUNS = new Set(['المدعو', 'المدعوه', 'الشاب', 'الشابه', 'الطفل', 'الطفله', 'الفتي', 'الفتاه', 'المتهم', 'المتهمه', 'الضحيه', 'المواطنه']);

/** One to four name words directly before `(NN عاما)`. Token i is the first word. */
function agedName(scan: Scan, i: number): PersonName | null {
  const { lex, toks } = scan;
  // cheap test first: a bracket within the next five tokens
  let bracket = false;
  for (let k = i + 1; k <= i + 5 && k < toks.length; k++) if (toks[k]!.text === '(') { bracket = true; break; }
  if (!bracket) return null;
  let skip = 0;
  let first = nameWord(scan, i, 'first');
  if (first !== 'given') {
    const v = (scan.variants[i] ?? []).find((x) => x.skip === 1 && scan.word(i)![0] === 'و' && lex.givenNames.has(x.form));
    if (v) { skip = 1; first = 'given'; }
  }
  if (first !== 'given' && first !== 'other') return null;
  if (first === 'other') {
    const prev = toks[i - 1];
    const opener = !prev || prev.kind === 'punct' || lex.stop.has(prev.text) || PERSON_NOUNS.has(prev.text);
    const w0 = scan.word(i)!;
    if (!opener || /^[يتنو]/.test(w0) || /(ه|ها|هم|ات|ون|ين)$/.test(w0) || behindClitic(scan, i)) return null;
  }
  let j = i;
  while (j - i < 3 && toks[j + 1]?.kind === 'word' && !scan.breakBefore(j + 1)) {
    const kind = nameWord(scan, j + 1, 'next');
    if (kind === null) break;
    j++;
  }
  // the bracket may follow any of the words read: stop at the first one it follows
  for (let e = i; e <= j; e++) {
    if (toks[e + 1]?.text !== '(' || !/^[0-9]+$/.test(scan.word(e + 2) ?? '') || !AGE_WORDS.has(scan.word(e + 3) ?? '') || toks[e + 4]?.text !== ')') continue;
    if (e === i && first === 'other') return null; // one unknown word: too weak
    if (first === 'other' && scan.word(i + 1)!.startsWith('ال')) return null; // a verb and its subject: قتل الجنود
    return { start: i, end: e, skip };
  }
  return null;
}

const ARAB_STATE: ReadonlySet<string> = new Set(ARAB_STATES);
const FACILITY_HEAD = new Set(FACILITY_HEADS.filter((h) => !h.includes(' ')).map(normalizeKey));

/** Titles of posts abroad that take `في` + a place: `السفير الأمريكي في بغداد`. */
const ENVOY_WORDS = new Set(['سفير', 'السفير', 'سفيره', 'مندوب', 'المندوب', 'ممثل', 'الممثل', 'قنصل', 'القنصل', 'مبعوث', 'المبعوث', 'الملحق', 'ملحق', 'القائم', 'سفراء']);

/**
 * The place of a post after an office at token k: `لدى` + a place (any office), `في` + a place (envoys), or
 * `ب` + a country (`بجمهورية ليتوانيا`). Returns the last token of the place.
 */
function postAt(scan: Scan, titleStart: number, k: number): number | undefined {
  const { lex } = scan;
  const w = scan.word(k);
  if (w === undefined || scan.breakBefore(k)) return undefined;
  const placeEnd = (p: number, clitics: boolean): number | undefined => {
    const off = officialPlaceAt(scan, p, clitics);
    if (off && (!clitics || off.skip > 0)) return off.end;
    const m = scan.match(lex.places, p, clitics);
    const e = m?.node.entry;
    if (!m || !e || e.form === 'demonym' || (clitics && (m.skip === 0 || scan.word(p)![0] !== 'ب'))) return undefined;
    if (e.contextual === 'kingdom' && !scan.dc?.kingdom) return undefined;
    if (clitics && e.placeKind !== 'country') return undefined;
    return m.endTok;
  };
  if (w === 'لدي') return placeEnd(k + 1, false);
  if (w === 'في') {
    const envoy = (scan.variants[titleStart] ?? []).some((v) => ENVOY_WORDS.has(v.form));
    return envoy ? placeEnd(k + 1, false) : undefined;
  }
  if (w[0] === 'ب') return placeEnd(k, true);
  return undefined;
}

/** Offices that follow a name in apposition (`سامح شكري وزير الخارجية`); honorifics precede names instead. */
const APPOSITION_OFFICES = new Set([
  'وزير', 'وزيره', 'رئيس', 'رئيسه', 'سفير', 'السفير', 'نائب', 'مساعد', 'مستشار', 'المستشار', 'مدير', 'المدير', 'الامين', 'امين',
  'المتحدث', 'الناطق', 'المبعوث', 'قائد', 'القائد', 'وكيل', 'محافظ', 'المحافظ', 'عضو', 'مندوب', 'المندوب', 'الممثل', 'ممثل',
  'الرئيس', 'الوزير', 'الوزيره', 'المتحدثه', 'الناطقه', 'المنسق', 'المدرب', 'الموفد', 'المرشح', 'الزعيم',
]);

/** Proclitics that may stand before a given name (`ومحمد`, `لمنير الخطيب`, `وبمحمد`); conjunctions alone let a lone given name through. */
const NAME_CLITICS = new Set(['و', 'ف', 'ل', 'ب', 'ك']);
const NAME_CLITICS_2 = new Set(['ول', 'وب', 'فل', 'فب', 'وك']);
const CONJUNCTIONS = new Set(['و', 'ف']);

/** Particles of European names between a given name and a surname. */
const FOREIGN_PARTICLES = new Set(['دي', 'دا', 'فان', 'فون', 'دو', 'ديل', 'دل', 'دوس', 'ديلا', 'لو']);

/** Verbal-noun shapes, maybe behind `ل`/`ب`: تفعيل (تمتين, تعزيز), إفعال (إقناع, إحداث), افتعال, انفعال, استفعال. */
const VERBAL_NOUN = /^[لب]?(ت..ي.|ا..ا.|ا.ت.ا.|ان..ا.|است...ا.)$/u;

/**
 * Token k is a family name with the article after a given name that is seldom a common word
 * before such a word (`أيمن الظواهري`, `الحبيب الصيد`): not a place, a title, a nisba, a noun
 * of the common-word tables, nor a word in construct before another article word.
 */
function familyAfter(scan: Scan, k: number): boolean {
  const { lex } = scan;
  const w = scan.word(k);
  if (w === undefined || scan.breakBefore(k)) return false;
  const kind = nameWord(scan, k, 'next');
  // a bare surname of a name shape: أيمن نور, سامي أبو زهري is found by the particle
  if (kind === 'other') {
    return w.length >= 3 && !/^[البويتن]/.test(w) && !/(ا|ه|ون|ين|وا|ات)$/.test(w) && !/^.ا..ا$/.test(w) && !VERBAL_NOUN.test(w) &&
      !lex.notSurnames.has(w) && !lex.commonNouns.has(w) && !lex.speechVerbs.has(w) && !behindClitic(scan, k) && !APPOSITION_OFFICES.has(w) &&
      scan.match(lex.titles, k) === undefined && !scan.match(lex.places, k, false)?.node.entry;
  }
  if (kind !== 'family') return false;
  if (lex.places.get(w)?.entry || lex.demonyms.has(w) || scan.match(lex.titles, k) !== undefined || lex.ordinals.has(w)) return false;
  if (w.length < 5 || /(يه|ون|ين)$/.test(w)) return false;
  const next = scan.word(k + 1);
  return !(next !== undefined && !scan.breakBefore(k + 1) && next.startsWith('ال') && !lex.places.get(next)?.entry);
}

/** Token k ends in a pronoun `ه`/`ها`/`هم` as written (فريقه, بلاده; not a ta marbuta, not a French `يه`, not a given name). */
function pronounSuffixed(scan: Scan, k: number): boolean {
  const w = scan.word(k)!;
  if (w.length < 4 || scan.lex.givenNames.has(w) || w.endsWith('يه')) return false;
  if (/(ها|هم|هما)$/.test(w)) return true;
  return w.endsWith('ه') && scan.lastOriginalChar(k) === 'ه';
}

/** The original text of token i (with marks just after it) has a code unit that `mark` accepts. */
function originalHasMark(scan: Scan, i: number, mark: (code: number) => boolean): boolean {
  const t = scan.toks[i]!;
  const text = scan.ctx.text;
  const end = Math.min(text.length, scan.norm.toOriginalEnd(t.end) + 2);
  for (let c = scan.norm.toOriginal(t.start); c < end; c++) {
    const code = text.charCodeAt(c);
    if (mark(code)) return true;
    if (code === 32 || code === 10) break;
  }
  return false;
}

/** The original text of token i carries tanween (ً ٌ ٍ): an indefinite noun or adverb, never a name. */
function hasTanween(scan: Scan, i: number): boolean {
  return originalHasMark(scan, i, (code) => code >= 0x064b && code <= 0x064d);
}

/** The original text of token i carries a shadda (ّ): writers mark verbs with it (تدرّب, وقّع), names rarely. */
function hasShadda(scan: Scan, i: number): boolean {
  return originalHasMark(scan, i, (code) => code === 0x0651);
}

/** An Arabic letter (not a digit, a mark nor a Latin letter): words that may be names start with one. */
function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

/** Particles of descent after which a father's name may be followed by the family name. */
const BIN = new Set(['بن', 'ابن', 'بنت']);

/** A name ending at token e closes a chain of descent (`عبدالله بن عبدالعزيز`), so a family name may follow: `… الجربوع`. */
function binChainEnd(scan: Scan, e: number): boolean {
  return BIN.has(scan.word(e - 1) ?? '') && !(scan.word(e + 1)?.endsWith('ه') ?? true) && familyAfter(scan, e + 1);
}

/**
 * Token k can be a bare family name after a full name: no verb or participle shape, no office
 * (`ولي العهد`), no noun in construct before an article word or a place (`حاكم دبي`).
 */
function bareSurname(scan: Scan, k: number): boolean {
  const { lex } = scan;
  const w = scan.word(k);
  if (w === undefined || w.length < 3 || scan.breakBefore(k)) return false;
  if (/^[يتوفلبك]/.test(w) || /(ا|ه|ون|ين|وا|ات|هم|نا)$/.test(w) || /^است/.test(w) || /^[0-9]/.test(w)) return false;
  if (w[0] === 'ن' && w.length < 4) return false; // a surname in ن: أسامة بن أحمد نقلي
  if (lex.places.get(w)?.entry || lex.ordinals.has(w) || NUMBER_WORDS.has(w)) return false;
  if (lex.notSurnames.has(w) || lex.commonNouns.has(w) || lex.speechVerbs.has(w) || behindClitic(scan, k)) return false;
  if (scan.match(lex.titles, k) !== undefined || APPOSITION_OFFICES.has(w)) return false;
  const next = scan.word(k + 1);
  if (next !== undefined && !scan.breakBefore(k + 1) && (next.startsWith('ال') || scan.match(lex.places, k + 1, false)?.node.entry)) return false;
  return true;
}

/** Token k (a word with the article after a family name) continues a chain of family names: no place, nisba, office or date word. */
function chainFamily(scan: Scan, k: number): boolean {
  const { lex } = scan;
  const w = scan.word(k)!;
  if (w.length < 5 || /(ه|ون|ين)$/.test(w) || lex.places.get(w)?.entry || lex.demonyms.has(w) || lex.ordinals.has(w)) return false;
  if (scan.match(lex.titles, k) !== undefined || APPOSITION_OFFICES.has(w) || scan.match(lex.orgs, k, false)?.node.entry) return false;
  const next = scan.word(k + 1);
  // a noun in construct before another article word is no name: الحمد الصباح then اليوم
  return !(next !== undefined && !scan.breakBefore(k + 1) && next.startsWith('ال') && nameWord(scan, k + 1, 'next') !== 'family');
}

/** Cardinal numbers that follow a name as the start of a phrase (`حكم عمر عشر سنين`). */
const NUMBER_WORDS = new Set(['عشر', 'عشره', 'ثلاث', 'ثلاثه', 'اربع', 'اربعه', 'خمس', 'خمسه', 'ست', 'سته', 'سبع', 'سبعه', 'ثمان', 'ثماني', 'تسع', 'تسعه', 'مئه', 'الف']);

/** Kunya particles that may follow `بن`: `علي بن أبي طالب`. */
const KUNYA = new Set(['ابي', 'ابو']);

/** Epithets that end a name: الإسكندر الأكبر, بومبي الأكبر. */
const EPITHETS = new Set(['الاكبر', 'الاصغر', 'الكبير', 'الصغير', 'العظيم']);

/** The word is a known word behind a proclitic (بمقر, لمصر, وكبار, بإحداث): not a name. */
function behindClitic(scan: Scan, i: number): boolean {
  const { lex } = scan;
  return (scan.variants[i] ?? []).some((v) => v.skip > 0 && (lex.places.get(v.form)?.entry !== undefined ||
    lex.commonNouns.has(v.form) || lex.stop.has(v.form)));
}

/** Canonical English name for a person phrase (normalized tokens): lexicon spellings, else romanized. */
function englishName(scan: Scan, phrase: string): string {
  return phrase.split(' ').map((w) => {
    const g = scan.lex.givenNames.get(w);
    if (g) return g;
    if (w === 'بن') return 'bin';
    if (w === 'ابن') return 'ibn';
    if (w.startsWith('ال') && scan.lex.givenNames.get(w.slice(2))) return `al-${scan.lex.givenNames.get(w.slice(2))}`;
    return romanizeArabic(w);
  }).join(' ');
}

function personCandidate(scan: Scan, n: PersonName, ruleId: string, titles: string[], form?: MentionForm): CandidateMention {
  const phrase = scan.normalizedPhrase(n.start, n.end, n.skip);
  const known = scan.match(scan.lex.people, n.start);
  const knownEntry = known && known.endTok === n.end && known.skip === n.skip ? known.node.entry : undefined;
  const key = knownEntry?.key ?? entityKey('person', englishName(scan, phrase));
  return scan.add(n.start, n.end, n.skip, {
    type: 'person', name: knownEntry?.name ?? scan.surface(n.start, n.end, n.skip), key, ruleId,
    ...(titles.length ? { titles } : {}), ...(form ? { form } : {}),
  });
}

/** People: titles + names, known people, lexicon names; then short names (surnames, ابن X) again. */
function people(scan: Scan): CandidateMention[] {
  const { toks, lex } = scan;
  const found: CandidateMention[] = [];
  const ranges = new Map<CandidateMention, [number, number]>();
  const push = (n: PersonName, c: CandidateMention) => { found.push(c); ranges.set(c, [n.start, n.end]); };
  const facilityNames: Array<[number, number]> = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word') continue;
    const facilityEnd = facilityNameEnd(scan, i);
    if (facilityEnd !== undefined) {
      facilityNames.push([i, facilityEnd]);
      i = facilityEnd;
      continue;
    }
    const titled = titledPerson(scan, i);
    if (titled) {
      if ('resume' in titled) { i = titled.resume; continue; }
      push(titled.name, personCandidate(scan, titled.name, 'ar/person/title', titled.titles));
      i = titled.name.end;
      continue;
    }
    // known people without a title
    const known = scan.match(lex.people, i);
    if (known?.node.entry) {
      const longer = parseName(scan, i, false);
      // a complete known name (ابن الهيثم) takes no following word (رائد) unless a particle continues it
      const nextKind = nameWord(scan, known.endTok + 1, 'next');
      const extend = known.endTok === i || nextKind === 'particle' || (nextKind === 'family' && binChainEnd(scan, known.endTok));
      const n = longer && extend && longer.end > known.endTok && longer.skip === known.skip ? longer : { start: i, end: known.endTok, skip: known.skip };
      push(n, personCandidate(scan, n, 'ar/person/bilingual', []));
      i = n.end;
      continue;
    }
    // a name with its age in brackets: توفيق إبراهيم علي (34 عاما)
    const aged = agedName(scan, i);
    if (aged) {
      push(aged, personCandidate(scan, aged, 'ar/person/age', []));
      i = aged.end;
      continue;
    }
    // a nationality opening a noun phrase names the person after it: الألماني بيرند شوستر, والصربي مياتوفيتش
    const nat = nationalityName(scan, i);
    if (nat) {
      push(nat, personCandidate(scan, nat, 'ar/person/nationality', []));
      i = nat.end;
      continue;
    }
    const appos = appositionName(scan, i);
    if (appos) {
      push(appos, personCandidate(scan, appos, 'ar/person/apposition', []));
      i = appos.end;
      continue;
    }
    const said = speakerName(scan, i);
    if (said) {
      push(said, personCandidate(scan, said, 'ar/person/speaker', []));
      i = said.end;
      continue;
    }
    const n = parseName(scan, i, false);
    if (n) {
      const w = scan.word(i)!.slice(n.skip);
      const short = lex.particles.has(w) && n.end === i + 1;
      push(n, personCandidate(scan, n, short ? 'ar/person/short' : 'ar/person/lexicon', [], short ? 'short' : undefined));
      i = n.end;
    }
  }
  trimForeignGivenNames(scan, found, ranges);
  repeatedNames(scan, found, ranges, facilityNames);
  return found;
}

/**
 * A foreign given name introduced with its surname (راؤول غونزاليز) names the same person alone
 * later on, where the untitled name rule took the clause going on as a surname: a definite noun
 * (وأفتتح راؤول التسجيل), a word behind a clitic (برز راؤول كأفضل), an accusative (أصبح راؤول
 * مشهورا). Another surname after the same given name is another person (جورج بست after جورج
 * واشنطن), so only such Arabic word shapes are cut, never a name word, a known person's name or a
 * pair found twice.
 */
function trimForeignGivenNames(scan: Scan, found: CandidateMention[], ranges: Map<CandidateMention, [number, number]>): void {
  const { toks, lex } = scan;
  const introduced = new Map<string, { surname: string; p: CandidateMention }>();
  const pairs = new Map<string, number>();
  const pairOf = (r: [number, number]) => `${toks[r[0]]!.text} ${toks[r[0] + 1]!.text}`;
  for (const p of found) {
    const r = ranges.get(p)!;
    if (r[1] > r[0]) pairs.set(pairOf(r), (pairs.get(pairOf(r)) ?? 0) + 1);
  }
  for (const p of found) {
    const r = ranges.get(p)!;
    if (r[1] === r[0] || p.form === 'short') continue;
    const given = toks[r[0]]!.text;
    if (!lex.foreignGiven.has(given) || lex.ambiguousGiven.has(given) || p.start !== scan.norm.toOriginal(toks[r[0]]!.start)) continue;
    const first = introduced.get(given);
    if (first === undefined) { introduced.set(given, { surname: toks[r[0] + 1]!.text, p }); continue; }
    const w = toks[r[1]]!.text;
    if (r[1] !== r[0] + 1 || p.ruleId !== 'ar/person/lexicon' || w === first.surname || pairs.get(pairOf(r))! > 1) continue;
    if (scan.wordClass(r[1]) & (WORD.given | WORD.house) || scan.match(lex.people, r[0])?.node.entry || !clauseWordShape(scan, r[1])) continue;
    p.end = scan.originalEnd(r[0]);
    p.text = scan.ctx.text.slice(p.start, p.end);
    p.ruleId = 'ar/person/short-given';
    p.form = 'short';
    p.name = first.p.name;
    p.key = first.p.key!;
    r[1] = r[0];
  }
}


/**
 * The end of a person's name that names a facility or prize (سجن أبو غريب, جسر الملك فهد, جائزة نوبل):
 * no mention, nor found again as a repeated or short name.
 */
function facilityNameEnd(scan: Scan, i: number): number | undefined {
  const { lex } = scan;
  if (i > 0 && !scan.breakBefore(i) && (scan.variants[i - 1] ?? []).some((v) => FACILITY_HEAD.has(v.form))) {
    const t = scan.match(lex.titles, i);
    const j = t?.node.label !== undefined ? t.endTok + 1 : i;
    const known = scan.match(lex.people, j);
    const end = known?.node.entry ? known.endTok : parseName(scan, j, true)?.end;
    if (end !== undefined && (j > i || known?.node.entry || nameWord(scan, i, 'first') !== null)) {
      return end;
    }
  }
  return undefined;
}

/**
 * A person after a title at token i (chained titles with nisba, qualifiers, an organization, a
 * ministry, a post abroad): the name and the titles, or where to resume when no name follows;
 * undefined when no title starts at i.
 */
function titledPerson(scan: Scan, i: number): { name: PersonName; titles: string[] } | { resume: number } | undefined {
  const { toks, lex } = scan;
  let t = scan.word(i - 1) === 'عبد' ? undefined : scan.match(lex.titles, i); // عبد الملك is a name, not a king
  const placeHere = t ? scan.match(lex.places, i) : undefined;
  if (placeHere?.node.entry && t && placeHere.endTok > t.endTok) t = undefined; // سان فرانسيسكو is a city
  if (t && t.node.label !== undefined) {
    const titles: string[] = [];
    let j = i;
    let weak = true;
    let foreign = false;
    while (t && t.node.label !== undefined) {
      const s = scan.norm.toOriginal(toks[t.start]!.start + t.skip);
      let end = t.endTok;
      if (!lex.weakTitles.has(scan.normalizedPhrase(t.start, t.endTok, t.skip))) weak = false;
      if (scan.word(end) === 'د' && toks[end + 1]?.text === '.') end++;
      // an organization after an office: رئيس مجلس النواب, مدير عام شركة
      const org = scan.match(lex.orgs, end + 1, false);
      if (org?.node.entry) end = org.endTok;
      else {
        const oh = orgHeadName(scan, end + 1);
        if (oh && oh.start === end + 1) end = oh.end;
        else {
          // a ministry or a government body by country: المتحدث باسم (وزارة) الخارجية الأمريكية
          const g = governmentAt(scan, end + 1);
          if (g !== undefined) { end = g; weak = false; }
          else if (scan.word(end) === 'باسم') {
            // a spokesman of any definite body: المتحدث باسم الشرطة العراقية, الناطق باسم الحركة
            let b = end;
            while (b - end < 3 && (scan.word(b + 1)?.startsWith('ال') ?? false) && !scan.breakBefore(b + 1) &&
              !lex.stop.has(scan.word(b + 1)!)) b++;
            if (b > end) { end = b; weak = false; }
          }
        }
      }
      for (;;) {
        const q = scan.word(end + 1);
        if (q === undefined) break;
        if (lex.demonyms.has(q) || lex.titleQualifiers.has(q)) {
          if (lex.demonyms.has(q) && q.startsWith('ال')) {
            weak = false; // الفيزيائي الألماني X, not لاعب برتغالي محترف
            if (!ARAB_STATE.has(lex.demonyms.get(q)!)) foreign = true;
          }
          end++;
          continue;
        }
        // وزير خارجية أمريكا, رئيس جمهورية مصر العربية, رئيس وزراء جمهورية باكستان الإسلامية
        const official = officialPlaceAt(scan, end + 1, false);
        if (official) { end = official.end; weak = false; continue; }
        const c = scan.match(lex.places, end + 1, false);
        if (c?.node.entry?.placeKind === 'country' && c.node.entry.form !== 'demonym') { end = c.endTok; weak = false; continue; }
        // a portfolio after the office: نائب وزير الخارجية للشؤون العربية والأفريقية, مساعد الوزير لشؤون الخليج
        if ((q.startsWith('لل') && q.length >= 5 && scan.word(end + 2)?.startsWith('ال')) || q === 'لشوون' || q === 'للشوون') {
          let e = end + 1;
          while (e - end < 4 && !scan.breakBefore(e + 1) && /^(ال|وال)/.test(scan.word(e + 1) ?? '') && !lex.stop.has(scan.word(e + 1)!) &&
            nameWord(scan, e + 1, 'next') !== 'given') e++;
          // لشؤون حقوق الإنسان: a construct noun and its article complement
          if (q === 'لشوون' && e === end + 1 && scan.word(e + 2)?.startsWith('ال') && !scan.breakBefore(e + 1)) e += 2;
          if (e > end + 1) { end = e; continue; }
        }
        // a post abroad: السفير التونسي لدى روسيا, سفير باكستان لدى المملكة, السفير الأمريكي في بغداد,
        // وزير الشؤون الخارجية بجمهورية ليتوانيا
        const post = postAt(scan, t.start, end + 1);
        if (post !== undefined) { end = post; weak = false; continue; }
        break;
      }
      titles.push(scan.ctx.text.slice(s, scan.norm.toOriginalEnd(toks[end]!.end)).replace(/\s+/gu, ' '));
      j = end + 1;
      t = scan.match(lex.titles, j);
    }
    const known = scan.match(lex.people, j, false);
    const n = known?.node.entry ? { start: j, end: known.endTok, skip: 0 } : parseName(scan, j, !weak) ?? (weak ? null : nameAfterOffice(scan, j));
    if (n) {
      // a known name extends only by further name words (محمد بن سلمان بن عبدالعزيز), not by any noun
      const longer = parseName(scan, j, !weak);
      const next = nameWord(scan, n.end + 1, 'next');
      // a complete known name (شينزو آبي) takes no following noun (التعبير); one known word may take a surname
      const extend = !known?.node.entry || next === 'particle' || next === 'given' || (next === 'other' && known.endTok === j) ||
        (next === 'family' && (binChainEnd(scan, n.end) || (!weak && scan.word(n.end)!.startsWith('ال') && chainFamily(scan, n.end + 1))));
      const best = longer && longer.end > n.end && extend ? longer : n;
      // a foreign name that no table knows takes no Arabic family name: the ال-word after it is the
      // clause going on (العالم الألماني هيزنبرج المبدأ, العالم الإنجليزي تومسون الإلكترون)
      if (foreign && !known?.node.entry && nameWord(scan, best.start, 'first') === 'other') {
        for (let k = best.start + 1; k <= best.end; k++) {
          const w = scan.word(k)!;
          if (w.startsWith('ال') && !lex.ordinals.has(w) && !EPITHETS.has(w)) return { name: { ...best, end: k - 1 }, titles };
        }
      }
      return { name: best, titles };
    }
    return { resume: j - 1 };
  }
  return undefined;
}

/**
 * Short names: the family name (ال-word) of a full name found in this document, elsewhere alone;
 * full names repeated without their title. Appends to `found`.
 */
function repeatedNames(scan: Scan, found: CandidateMention[], ranges: Map<CandidateMention, [number, number]>, facilityNames: Array<[number, number]>): void {
  const { toks, lex } = scan;
  const shorts = new Map<string, CandidateMention>();
  const ibn = new Map<string, CandidateMention>();
  const covered = new Uint8Array(toks.length);
  for (const [a, b] of facilityNames) covered.fill(1, a, b + 1);
  const fullNames = new Map<string, Array<{ seq: string[]; p: CandidateMention }>>();
  /** token positions of the full mentions behind each short name (a short name is only used near one) */
  const shortAt = new Map<string, Array<{ pos: number; p: CandidateMention }>>();
  for (const p of found) {
    const r = ranges.get(p)!;
    for (let k = r[0]; k <= r[1]; k++) covered[k] = 1;
    if (p.form === 'short') continue;
    if (r[1] === r[0]) {
      // a one-word name after an office (العالم الألماني هيزنبرج) names the person elsewhere too
      const only = toks[r[0]]!.text;
      if ((p.ruleId === 'ar/person/title' || p.ruleId === 'ar/person/speaker') && only.length >= 4 && !lex.givenNames.has(only) && !lex.commonNouns.has(only) && !shorts.has(only)) {
        shorts.set(only, p);
        addPosition(shortAt, only, r[0], p);
      }
      continue;
    }
    const firstWord = toks[r[0]]!.text;
    const reliable = p.ruleId !== 'ar/person/lexicon' || (lex.givenNames.has(firstWord) && !lex.ambiguousGiven.has(firstWord));
    if (!reliable) continue;
    for (let k = r[0]; k < r[1]; k++) {
      const w = toks[k]!.text;
      if ((w === 'بن' || w === 'ابن') && !ibn.has(toks[k + 1]!.text)) ibn.set(toks[k + 1]!.text, p);
    }
    const seq: string[] = [];
    for (let k = r[0]; k <= r[1]; k++) seq.push(k === r[0] ? toks[k]!.text.slice(scan.variants[k]!.length ? 0 : 0) : toks[k]!.text);
    seq[0] = normalizeArabic(p.text).normalized.split(/\s+/u)[0] ?? seq[0]!;
    const list = fullNames.get(seq[0]!) ?? [];
    // bounded per first word so that a document of many names stays linear
    if (list.length < 16 && !list.some((x) => x.seq.join(' ') === seq.join(' '))) list.push({ seq, p });
    fullNames.set(seq[0]!, list);
    const last = toks[r[1]]!.text;
    const usable = last.length >= 3 && !lex.commonAl.has(last) && !lex.particles.has(last) && !lex.ordinals.has(last) &&
      !lex.commonNouns.has(last) && lex.titles.get(last)?.label === undefined &&
      // an ambiguous given name is a surname alone only for a well-known full name: محمود عباس → عباس, حسني مبارك → مبارك
      (!lex.ambiguousGiven.has(last) || scan.match(lex.people, r[0])?.endTok === r[1]) &&
      last !== 'الله' && last !== 'الدين' && last !== 'عشر' && !lex.stop.has(last) && !lex.places.get(last)?.entry &&
      !(last.startsWith('ال') && last.endsWith('ي') && lex.places.get(last.slice(2, -1))?.entry); // الدمشقي: an adjective of a city
    if (usable && !shorts.has(last)) shorts.set(last, p);
    if (usable) addPosition(shortAt, last, r[0], p);
    // a foreign given name alone names the same person as a mononym (sport, history): راؤول غونزاليس … سجل راؤول
    const given = seq[0]!;
    if (lex.foreignGiven.has(given) && !lex.ambiguousGiven.has(given) && given.length >= 4 && !shorts.has(given) &&
      !lex.commonNouns.has(given) && !lex.places.get(given)?.entry) { shorts.set(given, p); addPosition(shortAt, given, r[0], p); }
  }
  for (const p of found) {
    const r = ranges.get(p)!;
    if (r[1] === r[0] && (p.ruleId === 'ar/person/speaker' || p.ruleId === 'ar/person/title')) {
      // a one-word speaker or titled name that is the family name of a full name here is that person: وقال شكري → سامح شكري
      const full = shorts.get(toks[r[0]]!.text);
      if (full && full !== p && ranges.get(full)![1] > ranges.get(full)![0]) { p.key = full.key; p.name = full.name; }
      continue;
    }
    if (p.form !== 'short' || r[1] !== r[0] + 1) continue;
    const full = ibn.get(toks[r[1]]!.text);
    if (full) { p.key = full.key; p.name = full.name; }
  }
  if (shorts.size > 0 || fullNames.size > 0) {
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.kind !== 'word' || covered[i]) continue;
      // a full name found elsewhere in the document, here without its title
      let full: { end: number; skip: number; p: CandidateMention } | undefined;
      for (const v of scan.variants[i]!) {
        for (const cand of fullNames.get(v.form) ?? []) {
          let ok = true;
          for (let k = 1; k < cand.seq.length && ok; k++) ok = scan.word(i + k) === cand.seq[k] && !covered[i + k];
          if (ok && (!full || i + cand.seq.length - 1 > full.end)) full = { end: i + cand.seq.length - 1, skip: v.skip, p: cand.p };
        }
        if (full) break;
      }
      if (full) {
        found.push(scan.add(i, full.end, full.skip, { type: 'person', name: full.p.name, key: full.p.key!, ruleId: 'ar/person/repeat' }));
        i = full.end;
        continue;
      }
      for (const v of scan.variants[i]!) {
        if (!shorts.has(v.form)) continue;
        // the nearest full mention within the window (one long input may hold many articles)
        const p = nearest(shortAt.get(v.form), i);
        if (!p) continue;
        // a short name that opens a longer name here: الحسين بن علي
        if (v.skip === 0 && (scan.word(i + 1) === 'بن' || scan.word(i + 1) === 'ابن')) {
          const n = parseName(scan, i, true);
          if (n && n.end > i + 1) {
            for (let k = n.start; k <= n.end; k++) covered[k] = 1;
            found.push(personCandidate(scan, n, 'ar/person/lexicon', []));
            i = n.end;
            break;
          }
        }
        found.push(scan.add(i, i, v.skip, { type: 'person', name: p.name, key: p.key!, ruleId: 'ar/person/short-surname', form: 'short' }));
        break;
      }
    }
  }
}

/** Tokens around a full name within which its family name alone names the same person (about an article). */
const SHORT_WINDOW = 2000;

function addPosition(m: Map<string, Array<{ pos: number; p: CandidateMention }>>, word: string, pos: number, p: CandidateMention): void {
  const list = m.get(word);
  if (list) list.push({ pos, p }); else m.set(word, [{ pos, p }]);
}

/** The full mention nearest to token i within SHORT_WINDOW (positions are in increasing order). */
function nearest(list: Array<{ pos: number; p: CandidateMention }> | undefined, i: number): CandidateMention | undefined {
  if (!list || list.length === 0) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.pos < i) lo = mid + 1; else hi = mid;
  }
  let best: { pos: number; p: CandidateMention } | undefined;
  for (const c of [list[lo - 1], list[lo]]) {
    if (c && Math.abs(c.pos - i) <= SHORT_WINDOW && (!best || Math.abs(c.pos - i) < Math.abs(best.pos - i))) best = c;
  }
  // prefer the earlier full mention when both are near (the name is introduced before its short form)
  const before = list[lo]!.pos <= i ? list[lo] : list[lo - 1];
  if (before && i - before.pos <= SHORT_WINDOW) return before.p;
  return best?.p;
}

/** Person rules that read a name by its shape only (no title, no table). */
const SHAPE_RULES = new Set(['ar/person/short', 'ar/person/lexicon']);

/** Same-type candidates never overlap: the longest wins (then the earliest). Linear in the text. */
function resolve(cands: CandidateMention[], textLength: number): CandidateMention[] {
  const sorted = cands.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: Record<EntityType, Uint8Array | undefined> = { person: undefined, place: undefined, organization: undefined };
  const kept: CandidateMention[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    const occ = (taken[c.type] ??= new Uint8Array(textLength));
    let free = true;
    for (let k = c.start; k < c.end; k++) if (occ[k]) { free = false; break; }
    if (!free) continue;
    occ.fill(1, c.start, c.end);
    kept.push(c);
  }
  // Places and organizations inside a person's name are part of the name (`محمد المصري`); a given
  // name inside a longer place is part of the place (`كامب ديفيد`).
  const persons = taken.person;
  const places = taken.place;
  // a name read by shape (أبو ظبي) that is exactly a known place is the place; a titled or known person stays (a place-named person)
  const insidePlace = (c: CandidateMention) => places !== undefined && places[c.start] === 1 && places[c.end - 1] === 1 &&
    (!kept.some((p) => p.type === 'place' && p.start === c.start && p.end === c.end) || SHAPE_RULES.has(c.ruleId)) &&
    kept.some((p) => p.type === 'place' && p.start <= c.start && p.end >= c.end);
  const people = kept.filter((c) => {
    if (c.type !== 'person' || !places || !insidePlace(c)) return true;
    persons?.fill(0, c.start, c.end); // its words no longer hide the place
    return false;
  });
  return people
    .filter((c) => c.type === 'person' || !persons || !(persons[c.start] && persons[c.end - 1]))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

export function extractArabicMentions(ctx: ExtractionContext): CandidateMention[] {
  const scan = new Scan(ctx, normalizeArabic(ctx.text), lexicon());
  const dc = documentContext(scan);
  scan.dc = dc;
  places(scan, dc);
  organizations(scan);
  ambiguousClubs(scan);
  clubTails(scan);
  ambiguousMedia(scan);
  ambiguousGroups(scan);
  people(scan);
  const out = scan.mediaSpans.size ? scan.out.filter((m) => m.type !== 'place' || !scan.mediaSpans.has(`${m.start}:${m.end}`)) : scan.out;
  return resolve(out, ctx.text.length);
}
