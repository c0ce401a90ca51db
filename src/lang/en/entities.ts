import nlp from 'compromise';
import type { CandidateMention, ExtractionContext } from '../../core/document.js';
import { entityKey } from '../common/keys.js';
import { PhraseMatcher } from '../common/phrase-matcher.js';
import { tokenize, type Token } from '../common/tokenize.js';
import {
  DEMONYM_ORGANIZATIONS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANIZATION_HEADS, ORGANIZATION_OF_HEADS, PERSON_TITLES,
} from './entity-words.js';
import { acceptsCase, COUNTRY_NAMES, DEMONYM_TO_COUNTRY, EN_GAZETTEER, type GazetteerEntry } from './gazetteer.js';

const TITLES = new PhraseMatcher<string>();
for (const title of PERSON_TITLES) TITLES.add(tokenize(title).map((t) => t.lower), title);

const DEMONYM_ORGS = new PhraseMatcher<string>();
for (const { words, canonical } of DEMONYM_ORGANIZATIONS) DEMONYM_ORGS.add(words, canonical);

/** Words after a name that make it a facility, which is not annotated (`al-Asad Library`). */
const FACILITY_WORDS = new Set(['library', 'airport', 'palace', 'mosque', 'hospital', 'stadium', 'square', 'street', 'bridge', 'dam', 'hotel', 'museum', 'port']);
const ORG_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on']);
const OF_COMPLEMENT_STOPS = new Set(['on', 'between', 'to', 'for', 'with', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'by', 'at', 'from', 'as', 'will', 'would', 'and', 'in', 'named', 'after', 'during']);

const isWord = (t: Token | undefined): boolean => !!t && t.word;
const isCapWord = (t: Token | undefined): boolean => !!t && t.word && t.upper;
const isHyphen = (t: Token | undefined) => !!t && (t.text === '-' || t.text === '‐');
const adjacent = (a: Token, b: Token) => a.end === b.start;

export function extractEnglishMentions(ctx: ExtractionContext): CandidateMention[] {
  const { text } = ctx;
  const tokens = tokenize(text);
  const out: CandidateMention[] = [];
  const emit = (from: number, to: number, c: Omit<CandidateMention, 'start' | 'end' | 'text'>) => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    out.push({ ...c, start, end, text: text.slice(start, end) });
  };

  // 1. Gazetteer: countries, demonyms, cities, regions, known organizations.
  const gazetteerHits = EN_GAZETTEER.findAll(tokens, (entry, from, to) => acceptsCase(entry, tokens, from, to) && !isHyphenatedNameContinuation(tokens, from, to));
  for (const { value, from, to } of gazetteerHits) emit(from, to, fromGazetteer(value));

  // 2. Organizations by pattern.
  for (const org of findOrganizations(tokens)) emit(org.from, org.to, org.mention);

  // 3. People: after titles, Arabic-style particle names, compromise's people, infobox envoys.
  for (const p of findPeople(text, tokens, out, envoyStarts(ctx, tokens))) emit(p.from, p.to, p.mention);

  addShortNames(text, tokens, out);
  linkAbbreviations(text, tokens, out);
  return out;
}

/**
 * Later bare uses of a part of a full name found in the document (`Assad`, `Alawi`, `Xie`) are
 * person mentions too; clustering attaches them to the full name.
 */
function addShortNames(text: string, tokens: readonly Token[], out: CandidateMention[]): void {
  const parts = new Set<string>();
  for (const m of out) {
    if (m.type !== 'person') continue;
    const words = tokenize(m.name).filter((t) => t.word && t.upper && !NAME_PARTICLES.has(t.lower));
    if (words.length >= 2) for (const w of words) if (w.text.length >= 3) parts.add(w.text);
  }
  const covered = (start: number, end: number) => out.some((m) => (m.type === 'person' || m.type === 'place') && m.start < end && start < m.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!parts.has(t.text) || covered(t.start, t.end)) continue;
    let from = i;
    if (isAlPrefix(tokens, i - 2) && adjacent(tokens[i - 1]!, t)) from = i - 2; // `al-Assad`
    if (isCapWord(tokens[i + 1]) && adjacent(t, tokens[i + 1]!) === false && !NOT_NAME_WORDS.has(tokens[i + 1]!.lower) && !ORGANIZATION_HEADS.has(tokens[i + 1]!.lower) && !isPlaceOrOrgWord(tokens, i + 1)) continue;
    const start = tokens[from]!.start;
    out.push({ start, end: t.end, text: text.slice(start, t.end), type: 'person', name: text.slice(start, t.end), form: 'short', ruleId: 'en/person/short-name' });
  }
}

function isHyphenatedNameContinuation(tokens: readonly Token[], from: number, to: number): boolean {
  // `Al-Furat`: the gazetteer word is part of a hyphenated proper name, unless it is `X-Y` of places.
  const before = tokens[from - 1];
  return !!before && isHyphen(before) && adjacent(before, tokens[from]!) && (tokens[from - 2]?.lower === 'al' || tokens[from - 2]?.lower === 'el');
}

function fromGazetteer(entry: GazetteerEntry): Omit<CandidateMention, 'start' | 'end' | 'text'> {
  const c: Omit<CandidateMention, 'start' | 'end' | 'text'> = {
    type: entry.type, name: entry.name, key: entry.key, ruleId: `en/${entry.type === 'place' ? 'place' : 'org'}/gazetteer`,
  };
  if (entry.country) c.country = entry.country;
  if (entry.placeKind) c.placeKind = entry.placeKind;
  if (entry.form && entry.form !== 'name') c.form = entry.form;
  if (entry.form === 'demonym') c.ruleId = 'en/place/demonym';
  return c;
}

interface Found {
  from: number;
  to: number;
  mention: Omit<CandidateMention, 'start' | 'end' | 'text'>;
}

function orgMention(tokens: readonly Token[], from: number, to: number, ruleId: string, canonical?: string, country?: string): Found {
  const name = canonical ?? tokens.slice(from, to).map((t, i) => (i > 0 && !adjacent(tokens[from + i - 1]!, t) ? ' ' : '') + t.text).join('');
  const mention: Found['mention'] = { type: 'organization', name, key: entityKey('organization', name), ruleId };
  if (country) mention.country = country;
  return { from, to, mention };
}

/** `of [the] <place>` right after index i: the index after the place, or -1. */
function ofPlace(tokens: readonly Token[], i: number, words = ['of']): number {
  if (!words.includes(tokens[i]?.lower ?? '')) return -1;
  let j = i + 1;
  if (tokens[j]?.lower === 'the') j++;
  const hit = EN_GAZETTEER.longestAt(tokens, j);
  if (hit && hit.value.type === 'place' && hit.value.form !== 'demonym' && acceptsCase(hit.value, tokens, j, hit.end)) return hit.end;
  return -1;
}

function findOrganizations(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `Ministry of Agriculture of the Republic of Azerbaijan`, `Embassy of Syria in Muscat`.
    if (t.upper && ORGANIZATION_OF_HEADS.has(t.lower) && tokens[i + 1]?.lower === 'of') {
      const end = ofComplementEnd(tokens, i + 1, t.lower === 'embassy' || t.lower === 'consulate');
      if (end > i + 2) {
        found.push(orgMention(tokens, i, end, 'en/org/head-of'));
        i = end - 1;
        continue;
      }
    }
    // `Syrian government`, `Omani foreign ministry`.
    const cc = DEMONYM_TO_COUNTRY.get(t.lower);
    if (cc && t.upper) {
      const hit = DEMONYM_ORGS.longestAt(tokens, i + 1);
      if (hit) {
        const country = COUNTRY_NAMES.get(cc) ?? cc;
        found.push(orgMention(tokens, i, hit.end, 'en/org/demonym-body', hit.value.replace('{country}', country), cc));
        continue;
      }
    }
    // Capitalized names ending in an organization word: `Al-Furat Petroleum Company`.
    if (t.upper && t.word && !NOT_NAME_WORDS.has(t.lower) || (t.upper && ['central', 'national', 'international', 'state', 'general'].includes(t.lower))) {
      const end = TITLES.longestAt(tokens, i) ? -1 : capitalizedOrgEnd(tokens, i);
      if (end > i) {
        let to = end;
        if (ORGANIZATION_OF_HEADS.has(tokens[end - 1]!.lower) && tokens[end]?.lower === 'of') to = Math.max(to, ofComplementEnd(tokens, end, false));
        const placeEnd = ofPlace(tokens, to);
        if (placeEnd > 0) to = placeEnd;
        found.push(orgMention(tokens, i, to, 'en/org/capitalized-head'));
        i = to - 1;
      }
    }
  }
  return found;
}

function ofComplementEnd(tokens: readonly Token[], ofIndex: number, allowIn: boolean): number {
  let j = ofIndex + 1;
  let last = -1;
  for (let n = 0; j < tokens.length && n < 14; n++) {
    const t = tokens[j]!;
    if (!t.word) {
      if (isHyphen(t) && isWord(tokens[j + 1])) {
        j++;
        continue;
      }
      break;
    }
    const placeEnd = t.lower === 'of' || (allowIn && t.lower === 'in') ? ofPlace(tokens, j, ['of', 'in']) : -1;
    if (placeEnd > 0) {
      last = placeEnd;
      j = placeEnd;
      if (allowIn && tokens[j]?.lower === 'in') continue;
      break;
    }
    if (OF_COMPLEMENT_STOPS.has(t.lower) && t.lower !== 'and') break;
    if (t.lower === 'and' && (tokens[j + 1]?.lower === 'the' || ORGANIZATION_OF_HEADS.has(tokens[j + 1]?.lower ?? ''))) break;
    if (t.lower === 'the' && n > 0) break;
    last = j + 1;
    j++;
  }
  return last;
}

function capitalizedOrgEnd(tokens: readonly Token[], i: number): number {
  let best = -1;
  let j = i;
  while (j < tokens.length && j - i < 10) {
    const t = tokens[j]!;
    if (isCapWord(t)) {
      if (j > i && TITLES.longestAt(tokens, j)) break;
      if (ORGANIZATION_HEADS.has(t.lower) && j > i) best = j + 1;
      j++;
    } else if (isHyphen(t) && isWord(tokens[j + 1]) && adjacent(tokens[j - 1]!, t)) j++;
    else if (ORG_CONNECTORS.has(t.lower) && isCapWord(tokens[j + 1]) && j > i) j++;
    else break;
  }
  return best;
}

/** Token indices where infobox envoy names start (`Envoy1: Shi Hongwei and Special Envoy … Zhai Jun`). */
function envoyStarts(ctx: ExtractionContext, tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  const index = new Map(tokens.map((t, i) => [t.start, i]));
  for (const field of ctx.infobox) {
    if (!/^(envoy|ambassador|leader|head)\d*$/i.test(field.key)) continue;
    const first = index.get(field.value.start);
    if (first === undefined) continue;
    starts.add(first);
    for (let k = first; k < tokens.length && tokens[k]!.start < field.value.end; k++) if (tokens[k]!.lower === 'and') starts.add(k + 1);
  }
  return starts;
}

function findPeople(text: string, tokens: readonly Token[], known: readonly CandidateMention[], nameStarts: ReadonlySet<number>): Found[] {
  const found: Found[] = [];
  const taken = (from: number, to: number) => {
    const s = tokens[from]!.start;
    const e = tokens[to - 1]!.end;
    return known.some((k) => k.start < e && s < k.end && (k.type !== 'organization' || (k.start <= s && e <= k.end))) || found.some((f) => f.from < to && from < f.to);
  };
  const add = (from: number, to: number, ruleId: string, titles: string[]) => {
    if (to <= from || taken(from, to)) return;
    const name = nameText(tokens, from, to);
    const mention: Found['mention'] = { type: 'person', name, key: entityKey('person', name), ruleId };
    if (titles.length) mention.titles = titles;
    found.push({ from, to, mention });
  };

  for (let i = 0; i < tokens.length; i++) {
    // Title(s) then a name.
    const title = TITLES.longestAt(tokens, i);
    if (title) {
      const titles = [tokens.slice(i, title.end).map((t) => t.text).join(' ')];
      let j = title.end;
      for (let more = TITLES.longestAt(tokens, j); more; more = TITLES.longestAt(tokens, j)) {
        titles.push(tokens.slice(j, more.end).map((t) => t.text).join(' '));
        j = more.end;
      }
      const end = nameEnd(tokens, j);
      if (end > j) {
        add(j, end, 'en/person/title', titles);
        i = end - 1;
        continue;
      }
    }
    const t = tokens[i]!;
    if (nameStarts.has(i) && !TITLES.longestAt(tokens, i)) {
      const end = nameEnd(tokens, i);
      if (end > i) {
        add(i, end, 'en/person/infobox-envoy', []);
        i = end - 1;
        continue;
      }
    }
    // Particle names: `Turki bin Mahmood al-Busaidy`, `Ahmed al-Sharaa`, `al-Shaibani`.
    if ((isCapWord(t) && !NOT_NAME_WORDS.has(t.lower)) || isAlPrefix(tokens, i)) {
      const end = nameEnd(tokens, i);
      if (end > i && hasParticle(tokens, i, end) && !FACILITY_WORDS.has(tokens[end]?.lower ?? '') && !ORGANIZATION_HEADS.has(tokens[end]?.lower ?? '')) {
        add(i, end, 'en/person/particle-name', []);
        i = end - 1;
      }
    }
  }

  // compromise's people, with titles and punctuation stripped.
  const people = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  const startIndex = new Map(tokens.map((t, i) => [t.start, i]));
  for (const p of people) {
    let from = startIndex.get(p.offset.start);
    if (from === undefined) continue;
    const titles: string[] = [];
    for (let title = TITLES.longestAt(tokens, from); title; title = TITLES.longestAt(tokens, from)) {
      titles.push(tokens.slice(from, title.end).map((t) => t.text).join(' '));
      from = title.end;
    }
    const end = nameEnd(tokens, from);
    const limit = p.offset.start + p.offset.length;
    let to = end;
    while (to > from && tokens[to - 1]!.end > limit) to--;
    if (to > from && tokens.slice(from, to).some((t) => isCapWord(t) && !NOT_NAME_WORDS.has(t.lower))) add(from, to, 'en/person/compromise', titles);
  }
  return found;
}

function isAlPrefix(tokens: readonly Token[], i: number): boolean {
  return (tokens[i]?.lower === 'al' || tokens[i]?.lower === 'el') && isHyphen(tokens[i + 1]) && isCapWord(tokens[i + 2]);
}

function hasParticle(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = tokens[k]!.lower;
    if (l === 'bin' || l === 'ibn' || l === 'bint' || ((l === 'al' || l === 'el') && isHyphen(tokens[k + 1]))) return true;
  }
  return false;
}

/** End index of a personal name starting at i (capitalized words, particles, hyphens, initials). */
function nameEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  let end = i;
  while (j < tokens.length && j - i < 8) {
    const t = tokens[j]!;
    if (isCapWord(t) && !NOT_NAME_WORDS.has(t.lower) && !ORGANIZATION_HEADS.has(t.lower) && !isPlaceOrOrgWord(tokens, j)) {
      j++;
      if (tokens[j]?.text === '.' && t.text.length === 1 && adjacent(t, tokens[j]!)) j++; // initial `M.`
      end = j;
    } else if (isAlPrefix(tokens, j)) j += 2;
    else if (j > i && NAME_PARTICLES.has(t.lower) && (isCapWord(tokens[j + 1]) || isAlPrefix(tokens, j + 1))) j++;
    else if (j > i && isHyphen(t) && adjacent(tokens[j - 1]!, t) && isCapWord(tokens[j + 1])) j++;
    else break;
  }
  return end;
}

function isPlaceOrOrgWord(tokens: readonly Token[], j: number): boolean {
  const hit = EN_GAZETTEER.longestAt(tokens, j);
  return !!hit && acceptsCase(hit.value, tokens, j, hit.end);
}

function nameText(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from && !adjacent(tokens[k - 1]!, tokens[k]!) ? ' ' : '') + tokens[k]!.text;
  return s;
}

/**
 * `China-Arab States Cooperation Forum (CASCF)`: the parenthesized acronym becomes a mention of
 * the same entity, and so does every later standalone use of it.
 */
function linkAbbreviations(text: string, tokens: readonly Token[], out: CandidateMention[]): void {
  const acronyms = new Map<string, CandidateMention>();
  const byEnd = new Map<number, CandidateMention>();
  for (const m of out) if (m.type !== 'person' && m.form !== 'demonym') {
    const prev = byEnd.get(m.end);
    if (!prev || m.end - m.start > prev.end - prev.start) byEnd.set(m.end, m);
  }
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || !/^[A-Z][A-Z0-9.]{1,9}$/.test(t.text)) continue;
    let k = tokens[i - 1]!.start;
    while (k > 0 && text[k - 1] === ' ') k--;
    const owner = byEnd.get(k);
    if (owner) acronyms.set(t.text, owner);
  }
  if (acronyms.size === 0) return;
  const occupied = new Set(out.map((m) => m.start));
  for (const t of tokens) {
    const owner = acronyms.get(t.text);
    if (!owner || occupied.has(t.start)) continue;
    const mention: CandidateMention = { ...owner, start: t.start, end: t.end, text: t.text, form: 'abbreviation', ruleId: 'en/org/abbreviation' };
    if (owner.type === 'place') mention.ruleId = 'en/place/abbreviation';
    out.push(mention);
  }
}
