import nlp from 'compromise';
import type { CandidateMention, ExtractionContext } from '../../core/document.js';
import { Coverage } from '../common/coverage.js';
import { entityKey, missionKey } from '../common/keys.js';
import { PhraseMatcher } from '../common/phrase-matcher.js';
import { tokenize, type Token } from '../common/tokenize.js';
import {
  DEMONYM_ORGANIZATIONS, KNOWN_PEOPLE_BY_SHORT_NAME, NAME_PARTICLES, NOT_NAME_WORDS, ORGANIZATION_HEADS, ORGANIZATION_OF_HEADS, PERSON_TITLES, PLACE_HEADS,
  COMPASS_WORDS, NEWS_OUTLET_HEADS, NOT_ORGANIZATION_ACRONYMS, PERMANENT_MISSION_WORDS, US_STATE_ABBREVIATIONS,
} from './entity-words.js';
import { acceptsCase, COUNTRY_NAMES, DEMONYM_TO_COUNTRY, EN_GAZETTEER, EN_PLACES, type GazetteerEntry } from './gazetteer.js';
import { MORE_PEOPLE as AR_MORE_PEOPLE, PEOPLE as AR_PEOPLE } from '../ar/bilingual.js';
import { NEWS_PEOPLE as AR_NEWS_PEOPLE } from '../ar/names-news.js';
import { unambiguousName } from './world-cities.js';

const TITLES = new PhraseMatcher<string>();
for (const title of PERSON_TITLES) TITLES.add(tokenize(title).map((t) => t.lower), title);

const US_STATES = new PhraseMatcher<string>((t) => t.text);
for (const { abbreviation, state } of US_STATE_ABBREVIATIONS) US_STATES.add(tokenize(abbreviation).map((t) => t.text), state);

/**
 * Well-known people of the bilingual table under their English names (case as written), so both
 * languages give one key; one-word names only when compromise knows them as no everyday word.
 */
const KNOWN_PEOPLE = new PhraseMatcher<string>((t) => t.text);
const BILINGUAL_PEOPLE: ReadonlyArray<readonly [string, string]> = [...(AR_PEOPLE as ReadonlyArray<readonly [string, string]>), ...(AR_MORE_PEOPLE as ReadonlyArray<readonly [string, string]>), ...(AR_NEWS_PEOPLE as ReadonlyArray<readonly [string, string]>)];
for (const [, name] of BILINGUAL_PEOPLE) {
  if (unambiguousName(name, 'person')) KNOWN_PEOPLE.add(tokenize(name).map((t) => t.text), name);
}

const DEMONYM_ORGS = new PhraseMatcher<string>();
for (const { words, canonical } of DEMONYM_ORGANIZATIONS) DEMONYM_ORGS.add(words, canonical);
const MISSION_NAMES = new Set(DEMONYM_ORGANIZATIONS.filter((o) => o.mission).map((o) => o.canonical));

/** Words after a name that make it a facility, which is not annotated (`al-Asad Library`). */
const FACILITY_WORDS = new Set(['library', 'airport', 'palace', 'mosque', 'hospital', 'stadium', 'square', 'street', 'bridge', 'dam', 'hotel', 'museum', 'port']);
const ORG_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on']);
/** Lower-case heads that name a body when followed by `of <place>` (`government of the Syrian Arab Republic`). */
const LOWERCASE_OF_HEADS = new Set(['government', 'chamber', 'administration', 'ministry', 'embassy']);
/** Capitalized words that may start an organization name although they never start a person's. */
const ORG_NAME_STARTERS = new Set(['central', 'national', 'international', 'state', 'general', 'office', 'ministry', 'embassy', 'council', 'commission']);
const OF_COMPLEMENT_STOPS = new Set(['on', 'between', 'to', 'for', 'with', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'by', 'at', 'from', 'as', 'will', 'would', 'and', 'in', 'named', 'after', 'during']);

/** Coverage flags of the candidates found so far (see src/lang/common/coverage.ts). */
const PERSON = 1;
const PLACE = 2;
const ORG = 4;
const ORG_NAME = 8; // an organization named by a capitalized name (not `Ministry of …`)
const COUNTRY = 16; // a place that is a country (a city or region may be a surname: `Janet Reno`)
const ANY = PERSON | PLACE | ORG;

function coverageOf(textLength: number, candidates: readonly CandidateMention[]): Coverage {
  const coverage = new Coverage(textLength);
  for (const m of candidates) coverage.mark(m.start, m.end, flagOf(m));
  return coverage;
}

function flagOf(m: CandidateMention): number {
  if (m.type === 'person') return PERSON;
  if (m.type === 'place') return m.placeKind === 'country' || m.placeKind === undefined ? PLACE | COUNTRY : PLACE;
  return m.ruleId === 'en/org/head-of' ? ORG : ORG | ORG_NAME;
}

const isWord = (t: Token | undefined): boolean => !!t && t.word;
const isCapWord = (t: Token | undefined): boolean => !!t && t.word && t.upper;
const isHyphen = (t: Token | undefined) => !!t && (t.text === '-' || t.text === '‐');
const adjacent = (a: Token, b: Token) => a.end === b.start;

export function extractEnglishMentions(ctx: ExtractionContext): CandidateMention[] {
  const { text } = ctx;
  const tokens = tokenize(text);
  const out: CandidateMention[] = [];
  const emit = (from: number, to: number, c: Omit<CandidateMention, 'start' | 'end' | 'text'>) => {
    if (to <= from) return;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const spanText = text.slice(start, end);
    // A rule's canonical name can come out empty on odd input (`R League\nof`): name it by its text.
    const name = /\p{L}/u.test(c.name) ? c.name.trim() : spanText.replace(/\s+/gu, ' ');
    if (!/\p{L}/u.test(name)) return;
    out.push({ ...c, name, key: c.key && c.name === name ? c.key : entityKey(c.type, name), start, end, text: spanText });
  };

  // 1. Gazetteer: countries, demonyms, cities, regions, known organizations.
  const accept = (entry: GazetteerEntry, from: number, to: number) => acceptsCase(entry, tokens, from, to) && !isHyphenatedNameContinuation(tokens, from, to);
  for (const { value, from, to } of EN_GAZETTEER.findAll(tokens, accept)) if (value.type === 'organization') emit(from, to, fromGazetteer(value));
  for (const { value, from, to } of EN_PLACES.findAll(tokens, accept)) emit(from, to, fromGazetteer(value));

  // 2. Places named by a capitalized name and a place word: `Essex County`, `Idlib Governorate`;
  // a town and its state in news style (`Amherst, N.Y.`), and the town again later.
  for (const p of findHeadedPlaces(tokens)) emit(p.from, p.to, p.mention);
  for (const p of findTownsAndStates(text, tokens, out)) emit(p.from, p.to, p.mention);

  // 3. Organizations by pattern.
  for (const org of findOrganizations(tokens)) emit(org.from, org.to, org.mention);

  // 4. People: well-known people, then after titles, Arabic-style particle names, compromise's people, infobox envoys.
  for (const p of findKnownPeople(tokens, out)) emit(p.from, p.to, p.mention);
  for (const p of findPeople(text, tokens, out, envoyStarts(ctx, tokens), taggableUnits(ctx))) emit(p.from, p.to, p.mention);

  addShortNames(text, tokens, out);
  dropPlacesInPeople(out);
  linkAbbreviations(text, tokens, out);
  addUnknownAcronyms(text, tokens, out);
  for (const m of out) {
    const full = m.type === 'person' ? KNOWN_PEOPLE_BY_SHORT_NAME[m.name] : undefined;
    if (full) Object.assign(m, { name: full, key: entityKey('person', full) });
  }
  return out;
}

/**
 * A standalone acronym we do not know (`SSRC`, `TIP`) names an organization; it joins an
 * organization of the document whose initials it spells (`Turkistan Islamic Party`). Acronyms
 * defined in parentheses after something that is not an entity (`Belt and Road Initiative (BRI)`)
 * are left alone.
 */
function addUnknownAcronyms(text: string, tokens: readonly Token[], out: CandidateMention[]): void {
  const taken = new Set(out.map((m) => m.start));
  const notEntities = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) if (tokens[i - 1]!.text === '(' && tokens[i + 1]!.text === ')' && !taken.has(tokens[i]!.start)) notEntities.add(tokens[i]!.text);
  const byInitials = new Map<string, CandidateMention>();
  for (const o of out) {
    if (o.type !== 'organization' || o.form) continue;
    const key = initials(o.name);
    if (!byInitials.has(key)) byInitials.set(key, o);
  }
  const coverage = coverageOf(text.length, out);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^[A-Z]{3,6}$/.test(t.text) || ROMAN_NUMERAL.test(t.text) || NOT_ORGANIZATION_ACRONYMS.has(t.text) || taken.has(t.start) || notEntities.has(t.text)) continue;
    if (isHyphen(tokens[i + 1]) && adjacent(t, tokens[i + 1]!)) continue; // a model name (`SRR-1`)
    if (tokens[i + 1]?.text === ',' && (i === 0 || /\n\s*$/.test(text.slice(tokens[i - 1]!.end, t.start)))) continue; // a dateline (`NEWARK, N.J.`)
    if (coverage.all(t.start, t.end, ANY)) continue;
    const owner = byInitials.get(t.text);
    const mention: CandidateMention = owner
      ? { ...owner, start: t.start, end: t.end, text: t.text, form: 'abbreviation', ruleId: 'en/org/acronym-initials' }
      : { start: t.start, end: t.end, text: t.text, type: 'organization', name: t.text, key: entityKey('organization', t.text), form: 'abbreviation', ruleId: 'en/org/acronym' };
    out.push(mention);
  }
}

const ROMAN_NUMERAL = /^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

function initials(name: string): string {
  return tokenize(name).filter((t) => t.word && t.upper).map((t) => t.text[0]).join('');
}

/**
 * A city or region read inside a person's name is the surname (`Reno` of `Janet Reno`): the place
 * goes; inside a well-known person's name any place or organization goes (`Jordan` of `Michael Jordan`).
 */
function dropPlacesInPeople(out: CandidateMention[]): void {
  const people = out.filter((m) => m.type === 'person');
  if (people.length === 0) return;
  const inPerson = (m: CandidateMention) => m.type !== 'person' && people.some((p) => p.start <= m.start && m.end <= p.end &&
    ((m.type === 'place' && m.placeKind !== 'country') || p.ruleId === 'en/person/known'));
  const kept = out.filter((m) => !inPerson(m));
  out.length = 0;
  out.push(...kept);
}

/** Well-known people by their full English name, with the titles right before them (`President George W. Bush`). */
function findKnownPeople(tokens: readonly Token[], known: readonly CandidateMention[]): Found[] {
  const found: Found[] = [];
  const orgStarts = new Set(known.filter((m) => m.type === 'organization').map((m) => m.start));
  for (let i = 0; i < tokens.length; i++) {
    const hit = KNOWN_PEOPLE.longestAt(tokens, i);
    if (!hit || orgStarts.has(tokens[i]!.start) || isCapWord(tokens[hit.end])) continue;
    const titles: string[] = [];
    for (let from = Math.max(0, i - 4); from < i; from++) {
      const title = TITLES.longestAt(tokens, from);
      if (title?.end === i) { titles.push(tokens.slice(from, i).map((t) => t.text).join(' ')); break; }
    }
    const mention: Found['mention'] = { type: 'person', name: hit.value, key: entityKey('person', hit.value), ruleId: 'en/person/known' };
    if (titles.length) mention.titles = titles;
    found.push({ from: i, to: hit.end, mention });
    i = hit.end - 1;
  }
  return found;
}

/**
 * Later bare uses of a part of a full name found in the document (`Assad`, `Alawi`, `Xie`) are
 * person mentions too; clustering attaches them to the full name.
 */
function addShortNames(text: string, tokens: readonly Token[], out: CandidateMention[]): void {
  const fullNames = new PhraseMatcher<string>((t) => t.text);
  const parts = new Set<string>();
  for (const m of out) {
    if (m.type !== 'person') continue;
    const nameTokens = tokenize(m.name);
    const words = nameTokens.filter((t) => t.word && t.upper && !NAME_PARTICLES.has(t.lower));
    if (words.length < 2) continue;
    fullNames.add(nameTokens.map((t) => t.text), m.name);
    for (const w of words) if (w.text.length >= 2 && !/^[A-Z]$/.test(w.text)) parts.add(w.text);
  }
  const coverage = coverageOf(text.length, out);
  const covered = (start: number, end: number) => coverage.any(start, end, PERSON | PLACE);
  const inOrgName = (start: number, end: number) => coverage.all(start, end, ORG_NAME);
  const add = (m: CandidateMention) => {
    out.push(m);
    coverage.mark(m.start, m.end, PERSON);
  };
  // Repeats of a full name first (`Gong Xiaosheng` again after `succeeding`), then single parts.
  for (let i = 0; i < tokens.length; i++) {
    const hit = fullNames.longestAt(tokens, i);
    if (!hit) continue;
    const start = tokens[i]!.start;
    const end = tokens[hit.end - 1]!.end;
    if (!covered(start, end)) add({ start, end, text: text.slice(start, end), type: 'person', name: hit.value, key: entityKey('person', hit.value), ruleId: 'en/person/repeat' });
    i = hit.end - 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!parts.has(t.text) || coverage.any(t.start, t.end, PERSON) || inOrgName(t.start, t.end)) continue;
    // a city or region named like the person (`Reno` after `Janet Reno`) is the person, unless a place follows (`Reno, Nev.`)
    if (coverage.any(t.start, t.end, PLACE) && (coverage.any(t.start, t.end, COUNTRY) || !isCitySurname(tokens, i) || (tokens[i + 1]?.text === ',' && isCapWord(tokens[i + 2])))) continue;
    let from = i;
    if (isAlPrefix(tokens, i - 2) && adjacent(tokens[i - 1]!, t)) from = i - 2; // `al-Assad`
    const next = tokens[i + 1];
    if (isCapWord(next) && !NOT_NAME_WORDS.has(next!.lower) && !ORGANIZATION_HEADS.has(next!.lower) && !isPlaceOrOrgWord(tokens, i + 1)) continue;
    const start = tokens[from]!.start;
    add({ start, end: t.end, text: text.slice(start, t.end), type: 'person', name: text.slice(start, t.end), form: 'short', ruleId: 'en/person/short-name' });
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

function findHeadedPlaces(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper || !PLACE_HEADS.has(t.lower)) continue;
    let from = i;
    while (from > 0 && isCapWord(tokens[from - 1]) && !NOT_NAME_WORDS.has(tokens[from - 1]!.lower) && !TITLE_WORDS.has(tokens[from - 1]!.lower) && i - from < 3) from--;
    if (from === i) continue;
    const name = nameText(tokens, from, i + 1);
    const inner = EN_GAZETTEER.longestAt(tokens, from);
    const mention: Found['mention'] = { type: 'place', name, key: entityKey('place', name), placeKind: 'region', ruleId: 'en/place/headed-name' };
    if (inner?.value.country) mention.country = inner.value.country;
    found.push({ from, to: i + 1, mention });
  }
  // A capitalized compass word before a place is a region of it: `South Florida`, `Northern Iraq`.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper || !COMPASS_WORDS.has(t.lower) || isCapWord(tokens[i - 1])) continue;
    const place = EN_GAZETTEER.longestAt(tokens, i + 1);
    if (!place || place.value.type !== 'place' || place.value.form === 'demonym' || !acceptsCase(place.value, tokens, i + 1, place.end) || isCapWord(tokens[place.end])) continue;
    const name = nameText(tokens, i, place.end);
    const mention: Found['mention'] = { type: 'place', name, key: entityKey('place', name), placeKind: 'region', ruleId: 'en/place/compass-region' };
    if (place.value.country) mention.country = place.value.country;
    found.push({ from: i, to: place.end, mention });
  }
  return found;
}

/**
 * `Buffalo, N.Y.`, `Oklahoma City, Okla.`: a US state abbreviation after capitalized words and a
 * comma is the state, and the words before it a town (unless already a place); later uses of
 * that town's name alone are the town too.
 */
function findTownsAndStates(text: string, tokens: readonly Token[], known: readonly CandidateMention[]): Found[] {
  const found: Found[] = [];
  const placeStarts = new Set(known.filter((m) => m.type === 'place').map((m) => m.start));
  const towns = new Map<string, Found['mention']>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== ',') continue;
    const state = US_STATES.longestAt(tokens, i + 1);
    if (!state) continue;
    let from = i;
    while (from > 0 && i - from < 3 && isCapWord(tokens[from - 1]) && !NOT_NAME_WORDS.has(tokens[from - 1]!.lower) && !TITLE_WORDS.has(tokens[from - 1]!.lower)) from--;
    if (from === i) continue;
    found.push({ from: i + 1, to: state.end, mention: { type: 'place', name: state.value, key: entityKey('place', state.value), country: 'US', placeKind: 'region', ruleId: 'en/place/us-state' } });
    if (placeStarts.has(tokens[from]!.start)) continue;
    const name = titleCase(nameText(tokens, from, i));
    const town: Found['mention'] = { type: 'place', name, key: entityKey('place', name), country: 'US', placeKind: 'city', ruleId: 'en/place/town-state' };
    found.push({ from, to: i, mention: town });
    towns.set(name, town);
  }
  if (towns.size === 0) return found;
  const taken = new Set(found.map((f) => f.from));
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || !isCapWord(tokens[i]) || (i > 0 && isCapWord(tokens[i - 1]))) continue;
    let j = i;
    while (j < tokens.length && j - i < 3 && isCapWord(tokens[j])) j++;
    const town = towns.get(titleCase(nameText(tokens, i, j)));
    if (town && !placeStarts.has(tokens[i]!.start)) found.push({ from: i, to: j, mention: { ...town, ruleId: 'en/place/town-repeat' } });
  }
  return found;
}

/** `AMHERST` and `Amherst` are one town. */
function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

function orgMention(tokens: readonly Token[], from: number, to: number, ruleId: string, canonical?: string, country?: string): Found {
  const name = canonical ?? tokens.slice(from, to).map((t, i) => (i > 0 && !adjacent(tokens[from + i - 1]!, t) ? ' ' : '') + t.text).join('');
  const mention: Found['mention'] = { type: 'organization', name, key: entityKey('organization', name), ruleId };
  if (country) mention.country = country;
  return { from, to, mention };
}

function findOrganizations(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  const titleEnds = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const title = TITLES.longestAt(tokens, i);
    if (title) titleEnds.add(title.end);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const mission = permanentMission(tokens, i);
    if (mission) {
      found.push(mission);
      i = mission.to - 1;
      continue;
    }
    // `Ministry of Agriculture of the Republic of Azerbaijan`, `Embassy of Syria in Muscat`,
    // `government of the Syrian Arab Republic`, `chamber of shipping of Syria`.
    const ofHead = ORGANIZATION_OF_HEADS.has(t.lower) || LOWERCASE_OF_HEADS.has(t.lower);
    if (ofHead && tokens[i + 1]?.lower === 'of' && (t.upper || LOWERCASE_OF_HEADS.has(t.lower))) {
      const complement = ofComplementEnd(tokens, i + 1, t.lower === 'embassy' || t.lower === 'consulate');
      // A lower-case head is a name only when it ends in `of <place>` (else: `the ministry of …`).
      if (complement.end > i + 2 && (t.upper || complement.place)) {
        let from = i;
        while (from > 0 && modifiesOrgName(tokens, from - 1, t.upper)) from--;
        const country = complement.place?.country;
        const canonical = t.lower === 'government' && country && from === i
          ? `Government of ${COUNTRY_NAMES.get(country) ?? country}`
          : canonicalOrgName(tokens, from, complement);
        found.push(orgMention(tokens, from, complement.end, 'en/org/head-of', canonical, country));
        i = complement.end - 1;
        continue;
      }
    }
    // A newspaper or broadcaster named after a place: `New York Times`, `Buffalo News`, `Kenya Television`.
    const named = t.upper ? EN_GAZETTEER.longestAt(tokens, i) : null;
    if (named && named.value.type === 'place' && named.value.form !== 'demonym' && isCapWord(tokens[named.end]) && NEWS_OUTLET_HEADS.has(tokens[named.end]!.lower) &&
      acceptsCase(named.value, tokens, i, named.end)) {
      found.push(orgMention(tokens, i, named.end + 1, 'en/org/news-outlet'));
      i = named.end;
      continue;
    }
    // `Syrian government`, `Omani foreign ministry`, `U.S. government`.
    const countryHere = named?.value.type === 'place' && named.value.placeKind === 'country' && named.value.form !== 'demonym' && acceptsCase(named.value, tokens, i, named.end) ? named : null;
    const cc = t.upper ? DEMONYM_TO_COUNTRY.get(t.lower) ?? countryHere?.value.country : undefined;
    if (cc) {
      const after = countryHere && !DEMONYM_TO_COUNTRY.has(t.lower) ? countryHere.end : i + 1;
      const hit = DEMONYM_ORGS.longestAt(tokens, after);
      if (hit && !(tokens[hit.end]?.lower === 'of' && ORGANIZATION_OF_HEADS.has(tokens[hit.end - 1]!.lower))) {
        const country = COUNTRY_NAMES.get(cc) ?? cc;
        let canonical = hit.value.replace('{country}', country);
        let end = hit.end;
        // a mission with its host city is one name, as `Embassy of China in Damascus` is: `U.S. Embassy in Pretoria`
        const host = MISSION_NAMES.has(hit.value) ? ofPlace(tokens, end, ['in']) : null;
        if (host && host.entry.placeKind === 'city') {
          canonical = `${canonical} in ${host.entry.name}`;
          end = host.end;
        }
        found.push(orgMention(tokens, i, end, 'en/org/demonym-body', canonical, cc));
        i = end - 1;
        continue;
      }
    }
    // `China's foreign ministry`: the country's ministry, named by the possessive.
    if (t.text === "'s" || t.text === '’s') {
      const hit = DEMONYM_ORGS.longestAt(tokens, i + 1);
      const owner = i > 0 ? placeEndingAt(tokens, i) : null;
      if (hit && owner?.country && hit.value.startsWith('Ministry')) {
        found.push(orgMention(tokens, i + 1, hit.end, 'en/org/possessive-body', hit.value.replace('{country}', COUNTRY_NAMES.get(owner.country) ?? owner.country), owner.country));
        continue;
      }
    }
    // Capitalized names ending in an organization word: `Al-Furat Petroleum Company`.
    if (titleEnds.has(i) || !t.upper || !t.word || (NOT_NAME_WORDS.has(t.lower) && !ORG_NAME_STARTERS.has(t.lower))) continue;
    if (isCapWord(tokens[i - 1]) && !NOT_NAME_WORDS.has(tokens[i - 1]!.lower)) continue; // inside a longer capitalized run
    let end = TITLES.longestAt(tokens, i) ? -1 : capitalizedOrgEnd(tokens, i);
    if (end <= i) continue;
    if (/^['’]s$/.test(tokens[end]?.text ?? '')) {
      // `Office for … Cooperation of China's Central Military Commission`: the possessor belongs to the next name.
      let k = end - 1;
      while (k > i && isCapWord(tokens[k])) k--;
      if (tokens[k]?.lower === 'of' && k > i + 1) end = k;
    }
    const asPlace = EN_GAZETTEER.longestAt(tokens, i);
    if (asPlace && asPlace.end === end && asPlace.value.type === 'place') continue; // `Soviet Union`
    let to = end;
    let complement: Complement | null = null;
    if (ORGANIZATION_OF_HEADS.has(tokens[end - 1]!.lower) && tokens[end]?.lower === 'of') {
      complement = ofComplementEnd(tokens, end, false);
      to = Math.max(to, complement.end);
    }
    const place = ofPlace(tokens, to);
    if (place && !/^['’]s$/.test(tokens[place.end]?.text ?? '')) {
      complement = { end: place.end, place: place.entry, placeFrom: place.from };
      to = place.end;
    }
    found.push(orgMention(tokens, i, to, 'en/org/capitalized-head', complement ? canonicalOrgName(tokens, i, complement) : undefined));
    i = to - 1;
  }
  return found;
}

/** Capitalized words before a head that belong to the name (`State Maritime administration`, `Syrian Ministry`). */
function modifiesOrgName(tokens: readonly Token[], j: number, headUpper: boolean): boolean {
  const t = tokens[j]!;
  if (!t.word || !t.upper) return false;
  if (DEMONYM_TO_COUNTRY.has(t.lower)) return headUpper;
  return !headUpper && (!NOT_NAME_WORDS.has(t.lower) || ORG_NAME_STARTERS.has(t.lower)) && !EN_GAZETTEER.longestAt(tokens, j);
}

function placeEndingAt(tokens: readonly Token[], end: number): GazetteerEntry | null {
  for (let from = Math.max(0, end - 4); from < end; from++) {
    const hit = EN_GAZETTEER.longestAt(tokens, from);
    if (hit && hit.end === end && hit.value.type === 'place' && acceptsCase(hit.value, tokens, from, end)) return hit.value;
  }
  return null;
}

/** `Ministry of Agriculture of the Republic of Azerbaijan` → `Ministry of Agriculture of Azerbaijan`. */
function canonicalOrgName(tokens: readonly Token[], from: number, complement: Complement): string {
  if (!complement.place || complement.placeFrom === undefined) return nameText(tokens, from, complement.end);
  let cut = complement.placeFrom;
  if (tokens[cut - 1]?.lower === 'the') cut--;
  const placeHit = EN_GAZETTEER.longestAt(tokens, complement.placeFrom);
  const placeEnd = placeHit ? placeHit.end : complement.end;
  const tail = placeEnd < complement.end ? ` ${nameText(tokens, placeEnd, complement.end)}` : '';
  return `${nameText(tokens, from, cut)} ${complement.place.name}${tail}`;
}

interface Complement {
  end: number;
  place?: GazetteerEntry;
  placeFrom?: number;
}

/** `of [the] <place>` right after index i: the place entry and where it starts and ends. */
function ofPlace(tokens: readonly Token[], i: number, words = ['of']): { end: number; from: number; entry: GazetteerEntry } | null {
  if (!words.includes(tokens[i]?.lower ?? '')) return null;
  let j = i + 1;
  if (tokens[j]?.lower === 'the') j++;
  const hit = EN_GAZETTEER.longestAt(tokens, j);
  if (hit && hit.value.type === 'place' && hit.value.form !== 'demonym' && acceptsCase(hit.value, tokens, j, hit.end)) return { end: hit.end, from: j, entry: hit.value };
  return null;
}

function ofComplementEnd(tokens: readonly Token[], ofIndex: number, allowIn: boolean): Complement {
  let j = ofIndex + 1;
  let result: Complement = { end: -1 };
  for (let n = 0; j < tokens.length && n < 14; n++) {
    const t = tokens[j]!;
    if (!t.word) {
      if (isHyphen(t) && isWord(tokens[j + 1])) {
        j++;
        continue;
      }
      break;
    }
    const place = n === 0 ? ofPlace(tokens, j - 1) : t.lower === 'of' || (allowIn && t.lower === 'in') ? ofPlace(tokens, j, ['of', 'in']) : null;
    if (place) {
      result = { end: place.end, place: result.place ?? place.entry, placeFrom: result.placeFrom ?? place.from };
      if (n === 0 && !(allowIn && tokens[place.end]?.lower === 'in')) return result; // `government of the Syrian Arab Republic`
      j = place.end;
      if (allowIn && tokens[j]?.lower === 'in') continue;
      break;
    }
    if (OF_COMPLEMENT_STOPS.has(t.lower) && t.lower !== 'and') break;
    if (t.lower === 'and' && (tokens[j + 1]?.lower === 'the' || ORGANIZATION_OF_HEADS.has(tokens[j + 1]?.lower ?? ''))) break;
    if (t.lower === 'the' && n > 0) break;
    // A place named without `of` closes the name (`Ministry of higher education Syrian Arab Republic`).
    const bare = EN_GAZETTEER.longestAt(tokens, j);
    if (n > 0 && bare && bare.value.type === 'place' && bare.value.placeKind === 'country' && bare.value.form !== 'demonym' && acceptsCase(bare.value, tokens, j, bare.end) && bare.end - j > 1) {
      return { end: bare.end, place: bare.value, placeFrom: j };
    }
    result = { end: j + 1 };
    j++;
  }
  return result;
}

/**
 * A country's mission to an international organization, from token i: `Permanent Mission of Syria
 * to the United Nations`, `Syria's permanent mission to the UN`, `the Omani mission to the UN in
 * Geneva` (the host city belongs to the name, as an embassy's does).
 */
function permanentMission(tokens: readonly Token[], i: number): Found | null {
  // cheap test first: `mission` within the next four tokens (the name lookups below run on every capitalized word)
  let near = false;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) if (tokens[k]!.lower === PERMANENT_MISSION_WORDS.mission) { near = true; break; }
  if (!near) return null;
  let country: string | undefined;
  let j = i;
  if (tokens[i]!.lower === PERMANENT_MISSION_WORDS.permanent && tokens[i + 1]?.lower === PERMANENT_MISSION_WORDS.mission) {
    const of = ofPlace(tokens, i + 2);
    if (!of || of.entry.placeKind !== 'country' || !of.entry.country) return null;
    country = of.entry.country;
    j = of.end;
  } else {
    if (!tokens[i]!.upper) return null;
    const named = EN_GAZETTEER.longestAt(tokens, i);
    const demonym = DEMONYM_TO_COUNTRY.get(tokens[i]!.lower);
    if (demonym && (!named || named.end === i + 1)) { country = demonym; j = i + 1; }
    else if (named?.value.type === 'place' && named.value.placeKind === 'country' && named.value.country && /^['’]s$/.test(tokens[named.end]?.text ?? '')) {
      country = named.value.country;
      j = named.end + 1;
    } else return null;
    if (tokens[j]?.lower === PERMANENT_MISSION_WORDS.permanent) j++;
    if (tokens[j]?.lower !== PERMANENT_MISSION_WORDS.mission) return null;
    j++;
  }
  if (tokens[j]?.lower !== PERMANENT_MISSION_WORDS.to) return null;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  const body = EN_GAZETTEER.longestAt(tokens, j);
  if (!body || body.value.type !== 'organization' || !acceptsCase(body.value, tokens, j, body.end)) return null;
  let to = body.end;
  const host = ofPlace(tokens, to, ['in']);
  if (host?.entry.placeKind === 'city') to = host.end;
  const found = orgMention(tokens, i, to, 'en/org/mission', undefined, country);
  found.mention.key = missionKey(country, body.value.key, to === host?.end ? host.entry.name : undefined);
  return found;
}

function capitalizedOrgEnd(tokens: readonly Token[], i: number): number {
  let best = -1;
  // A run that starts with its head (`Office for International Military Cooperation`) is all name.
  const headFirst = ORGANIZATION_HEADS.has(tokens[i]!.lower) && ORG_CONNECTORS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'of';
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
    if (headFirst && j - i >= 3 && isCapWord(tokens[j - 1])) best = Math.max(best, j);
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

const ACRONYM = /^[A-Z0-9.]{2,}$/;
const PERSON_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);

/** A capitalized word compromise knows as a name, or does not know at all. */
function isNameLikeWord(t: Token, lexicon: Record<string, unknown>): boolean {
  const tag = lexicon[t.lower];
  return isCapWord(t) && (tag === undefined || (typeof tag === 'string' && PERSON_TAGS.has(tag)));
}

/** A word compromise's lexicon knows, as something other than a name (`Talks` opening a sentence). */
function isCommonWord(lower: string, lexicon: Record<string, unknown>): boolean {
  const tag = lexicon[lower];
  return typeof tag === 'string' && !PERSON_TAGS.has(tag);
}

/** A sentence (or paragraph) compromise's tagger may run on. */
type TaggableUnit = { readonly start: number; readonly end: number; readonly taggable: boolean };

/**
 * The article's sentences; compromise's tagger may run on all but mostly upper-case ones (all-caps
 * headlines and shouting give it nothing to go on, and it is many times slower on them) and
 * sentences too long to be real ones.
 */
function taggableUnits(ctx: ExtractionContext): TaggableUnit[] {
  const units = ctx.sentences.length ? ctx.sentences : ctx.paragraphs.length ? ctx.paragraphs : [{ start: 0, end: ctx.text.length }];
  // compromise slows down more than linearly on one huge sentence; real sentences are short.
  return units.map(({ start, end }) => ({ start, end, taggable: end - start <= MAX_TAGGED_SENTENCE && !mostlyUpperCase(ctx.text, start, end) }));
}

/**
 * The regions compromise's tagger runs on: the units with a word it could still make a person of
 * (`open`: a capitalized word no rule has claimed, that is no title, acronym or, opening the
 * sentence, a common word). Tagging is the costliest step of the English
 * pipeline, and in news most sentences have every name claimed already by the gazetteer, the
 * organization patterns or a title. Consecutive units form one region: one tagger call each.
 */
function taggerRegions(units: readonly TaggableUnit[], tokens: readonly Token[], open: (t: Token, first: boolean) => boolean): [number, number][] {
  const regions: [number, number][] = [];
  let last: [number, number] | null = null;
  let k = 0;
  for (const { start, end, taggable } of units) {
    while (k < tokens.length && tokens[k]!.start < start) k++;
    let needed = false;
    let first = true;
    for (let j = k; taggable && j < tokens.length && tokens[j]!.end <= end; j++) {
      const t = tokens[j]!;
      if (open(t, first)) { needed = true; break; }
      if (t.word) first = false;
    }
    if (!needed) {
      last = null;
      continue;
    }
    if (last && last[1] <= start) last[1] = end;
    else regions.push((last = [start, end]));
  }
  return regions;
}

const MAX_TAGGED_SENTENCE = 2000;

function mostlyUpperCase(text: string, start: number, end: number): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++, letters++;
    else if (c >= 97 && c <= 122) letters++;
  }
  return letters > 20 && upper / letters > 0.6;
}

function findPeople(text: string, tokens: readonly Token[], known: readonly CandidateMention[], nameStarts: ReadonlySet<number>, units: readonly TaggableUnit[]): Found[] {
  const found: Found[] = [];
  const coverage = coverageOf(text.length, known);
  // No name overlaps a person or place found before, nor sits wholly inside an organization's name.
  const taken = (from: number, to: number) => {
    const s = tokens[from]!.start;
    const e = tokens[to - 1]!.end;
    if (coverage.any(s, e, PERSON | COUNTRY) || coverage.all(s, e, ORG)) return true;
    // a city or region found before is taken, unless it is a surname after the first word (`Janet Reno`)
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (coverage.any(t.start, t.end, PLACE) && (k === from || !isCitySurname(tokens, k))) return true;
    }
    return false;
  };
  const add = (from: number, to: number, ruleId: string, titles: string[]) => {
    if (to <= from || taken(from, to)) return;
    const name = nameText(tokens, from, to);
    const mention: Found['mention'] = { type: 'person', name, key: entityKey('person', name), ruleId };
    if (titles.length) mention.titles = titles;
    found.push({ from, to, mention });
    coverage.mark(tokens[from]!.start, tokens[to - 1]!.end, PERSON);
  };

  for (let i = 0; i < tokens.length; i++) {
    // Title(s), an optional complement (`of China,`, `on the Middle East Issue`), then a name.
    const title = TITLES.longestAt(tokens, i);
    if (title) {
      const titles: string[] = [];
      let j = i;
      for (let more = TITLES.longestAt(tokens, j); more; more = TITLES.longestAt(tokens, j)) {
        titles.push(tokens.slice(j, more.end).map((t) => t.text).join(' '));
        j = skipTitleComplement(tokens, more.end);
      }
      const end = nameEnd(tokens, j, true);
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
    // Initials: `M. F. Akhundov`.
    if (/^\p{Lu}$/u.test(t.text) && tokens[i + 1]?.text === '.' && adjacent(t, tokens[i + 1]!) && (i === 0 || tokens[i - 1]!.text !== '.')) {
      const end = nameEnd(tokens, i);
      if (end > i + 2 && tokens[end - 1]!.text.length > 1) {
        add(i, end, 'en/person/initials', []);
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
  const people: { offset: { start: number; length: number } }[] = [];
  const lexicon = compromiseLexicon();
  const open = (t: Token, first: boolean) =>
    isCapWord(t) && !NOT_NAME_WORDS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !ACRONYM.test(t.text) &&
    !(first && isCommonWord(t.lower, lexicon)) && !coverage.any(t.start, t.end, PERSON | PLACE | ORG);
  for (const [start, end] of taggerRegions(units, tokens, open)) {
    // Term offsets straight from the matches: .json({offset}) costs a third of the parse again.
    const doc = tagForPeople(text.slice(start, end));
    const matches = doc.people();
    if (!matches.found) continue;
    doc.compute('offset');
    for (const terms of matches.docs as unknown as { offset?: { start: number; length: number } }[][]) {
      const first = terms[0]?.offset;
      const last = terms[terms.length - 1]?.offset;
      if (first && last) people.push({ offset: { start: first.start + start, length: last.start + last.length - first.start } });
    }
  }
  const startIndex = new Map(tokens.map((t, i) => [t.start, i]));
  for (const p of mergeAdjacent(text, people)) {
    let from = startIndex.get(p.offset.start);
    if (from === undefined) continue;
    // an unknown word before a known surname is the first name: `Elian Gonzalez`
    if (from > 0 && isUnknownCapWord(tokens, from - 1, lexicon) && text.slice(tokens[from - 1]!.end, tokens[from]!.start) === ' ' && !isCapWord(tokens[from - 2])) {
      from--;
      p.offset = { start: tokens[from]!.start, length: p.offset.start + p.offset.length - tokens[from]!.start };
    }
    const titles: string[] = [];
    for (let title = TITLES.longestAt(tokens, from); title; title = TITLES.longestAt(tokens, from)) {
      titles.push(tokens.slice(from, title.end).map((t) => t.text).join(' '));
      from = title.end;
    }
    const end = nameEnd(tokens, from, true);
    let limit = p.offset.start + p.offset.length;
    // compromise may stop before a surname it does not tag (`Fidel` of `Fidel Castro's`): a name word takes it
    for (let k = from; k < end; k++) {
      const t = tokens[k]!;
      if (t.end <= limit) continue;
      // and a hyphenated name goes on to its end (`Kim Jong-un`, `Al-Sabah`)
      const hyphenated = k > from && ((isHyphen(t) && adjacent(tokens[k - 1]!, t)) || (isHyphen(tokens[k - 1]) && adjacent(tokens[k - 1]!, t)));
      if (isNameLikeWord(t, lexicon) || hyphenated) limit = t.end;
      else break;
    }
    let to = end;
    while (to > from && tokens[to - 1]!.end > limit) to--;
    if (to <= from || tokens.slice(from, to).some((t) => ACRONYM.test(t.text))) continue; // acronyms are not people
    const asText = nameText(tokens, from, to);
    if (known.some((k) => k.type === 'organization' && k.name.startsWith(`${asText} `))) continue; // `Al-Furat` of `Al-Furat Petroleum Company`
    if (tokens.slice(from, to).some((t) => isCapWord(t) && !NOT_NAME_WORDS.has(t.lower))) add(from, to, 'en/person/compromise', titles);
  }

  // Two or three capitalized words unknown to compromise's lexicon and to our tables
  // (`Guan Youfei`, `Mao Zedong`): foreign names compromise cannot tag.
  for (let i = 0; i < tokens.length; i++) {
    if (!isUnknownCapWord(tokens, i, lexicon) || (i > 0 && isCapWord(tokens[i - 1]) && adjacent(tokens[i - 1]!, tokens[i]!) === false && !NOT_NAME_WORDS.has(tokens[i - 1]!.lower) && !isPlaceOrOrgWord(tokens, i - 1))) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 3 && isUnknownCapWord(tokens, j, lexicon)) j++;
    if (j - i >= 2 && !isCapWord(tokens[j])) add(i, j, 'en/person/unknown-words', []);
    i = j - 1;
  }

  // `Gandhi and Jinnah met`: a name coordinated with a person is a person.
  for (const f of [...found]) {
    if (tokens[f.to]?.lower !== 'and') continue;
    const end = nameEnd(tokens, f.to + 1);
    if (end > f.to + 1 && end - f.to - 1 <= 3 && !isCapWord(tokens[end])) add(f.to + 1, end, 'en/person/coordination', []);
  }
  return found;
}

/** compromise's people side by side, one space apart, are one name (it tags `Fidel` and `Castro's` apart). */
function mergeAdjacent(text: string, people: { offset: { start: number; length: number } }[]): { offset: { start: number; length: number } }[] {
  const sorted = people.slice().sort((a, b) => a.offset.start - b.offset.start);
  const out: { offset: { start: number; length: number } }[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    const prevEnd = prev ? prev.offset.start + prev.offset.length : -1;
    if (prev && p.offset.start > prevEnd && text.slice(prevEnd, p.offset.start) === ' ') {
      prev.offset = { start: prev.offset.start, length: p.offset.start + p.offset.length - prev.offset.start };
    } else out.push({ offset: { ...p.offset } });
  }
  return out;
}

/**
 * compromise's tagging without the steps people() does not read: chunking (noun/verb phrases) and
 * typeahead; `nlp.tokenize` has already run alias, machine and contractions.
 */
function tagForPeople(text: string): ReturnType<typeof nlp> {
  const doc = nlp.tokenize(text);
  tagHooks ??= (nlp.world() as { hooks: string[] }).hooks.filter((h) => !UNUSED_HOOKS.has(h));
  doc.compute(tagHooks);
  return doc;
}
const UNUSED_HOOKS = new Set(['chunks', 'typeahead', 'alias', 'machine', 'contractions']);
let tagHooks: string[] | null = null;

let lexiconCache: Record<string, unknown> | null = null;
function compromiseLexicon(): Record<string, unknown> {
  lexiconCache ??= (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  return lexiconCache;
}

/** Words that continue an office's complement (`Special Envoy on the Middle East Issue`). */
const COMPLEMENT_WORDS = new Set(['issue', 'crisis', 'question', 'affairs', 'process', 'peace', 'region', 'conflict']);

/** After a title: `of China,` / `on the Middle East Issue` / `of industry and energy of Azerbaijan`. */
function skipTitleComplement(tokens: readonly Token[], i: number): number {
  const first = tokens[i]?.lower;
  if (first !== 'of' && first !== 'on' && first !== 'for' && first !== 'to') return i;
  let j = i + 1;
  let sawPlace = false;
  for (let n = 0; j < tokens.length && n < 10; n++) {
    const t = tokens[j]!;
    const hit = EN_GAZETTEER.longestAt(tokens, j);
    if (hit && acceptsCase(hit.value, tokens, j, hit.end)) {
      j = hit.end;
      sawPlace = true;
      continue;
    }
    if (t.lower === 'the' || t.lower === 'of' || t.lower === 'and' || (!t.upper && t.word && !sawPlace) || COMPLEMENT_WORDS.has(t.lower)) {
      j++;
      continue;
    }
    break;
  }
  if (!sawPlace) return i;
  if (tokens[j]?.text === ',') j++;
  return j;
}

function isUnknownCapWord(tokens: readonly Token[], i: number, lexicon: Record<string, unknown>): boolean {
  const t = tokens[i];
  if (!t || !t.word || !t.upper || t.text.length < 2 || /^[A-Z0-9]+$/.test(t.text)) return false;
  if (NOT_NAME_WORDS.has(t.lower) || ORGANIZATION_HEADS.has(t.lower) || FACILITY_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower)) return false;
  const known = (w: string) => lexicon[w] !== undefined && lexicon[w] !== 'Abbreviation' && !Array.isArray(lexicon[w]);
  if (known(t.lower) || (t.lower.endsWith('s') && known(t.lower.slice(0, -1)))) return false;
  // part of a hyphenated word (`Sino-Arab`), not next to a dash set off by spaces (`-- Elian`)
  if ((isHyphen(tokens[i + 1]) && adjacent(t, tokens[i + 1]!)) || (isHyphen(tokens[i - 1]) && adjacent(tokens[i - 1]!, t))) return false;
  return !isPlaceOrOrgWord(tokens, i) && !placeCovers(tokens, i);
}

const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.toLowerCase().split(/\s+/)));

function placeCovers(tokens: readonly Token[], i: number): boolean {
  for (let from = Math.max(0, i - 3); from < i; from++) {
    const hit = EN_GAZETTEER.longestAt(tokens, from);
    if (hit && hit.end > i && acceptsCase(hit.value, tokens, from, hit.end)) return true;
  }
  return false;
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

/**
 * End index of a personal name starting at i (capitalized words, particles, hyphens, initials).
 * `citySurnames`: a one-word city or region after the first word is a surname (`Janet Reno`).
 */
function nameEnd(tokens: readonly Token[], i: number, citySurnames = false): number {
  let j = i;
  let end = i;
  while (j < tokens.length && j - i < 8) {
    const t = tokens[j]!;
    if (isAlPrefix(tokens, j)) {
      // after a first name, the word after `al-` is the family name even when it also names a place (`Al-Sabah`)
      if (j === i && isPlaceOrOrgWord(tokens, j + 2)) break;
      j += 3;
      end = j;
    } else if (isCapWord(t) && !NOT_NAME_WORDS.has(t.lower) && !ORGANIZATION_HEADS.has(t.lower) && !FACILITY_WORDS.has(t.lower) &&
      (!isPlaceOrOrgWord(tokens, j) || (citySurnames && j > i && isCitySurname(tokens, j)))) {
      j++;
      if (tokens[j]?.text === '.' && t.text.length === 1 && adjacent(t, tokens[j]!)) j++; // initial `M.`
      end = j;
    } else if (j > i && NAME_PARTICLES.has(t.lower) && (isCapWord(tokens[j + 1]) || isAlPrefix(tokens, j + 1))) j++;
    else if (j > i && isHyphen(t) && adjacent(tokens[j - 1]!, t) && isCapWord(tokens[j + 1])) j++;
    // a Korean given name in two parts: `Kim Jong-un`, `Kim Dae-jung`
    else if (j > i && isHyphen(t) && adjacent(tokens[j - 1]!, t) && isWord(tokens[j + 1]) && adjacent(t, tokens[j + 1]!) && /^\p{Ll}{2,4}$/u.test(tokens[j + 1]!.text) && isCapWord(tokens[j - 1])) {
      j += 2;
      end = j;
    }
    else break;
  }
  return end;
}

/** A one-word city or region (not a country) that ends the capitalized run: it may be a surname. */
function isCitySurname(tokens: readonly Token[], j: number): boolean {
  const hit = EN_GAZETTEER.longestAt(tokens, j);
  return !!hit && hit.end === j + 1 && hit.value.type === 'place' && hit.value.placeKind !== 'country' && hit.value.form !== 'demonym' && !isCapWord(tokens[j + 1]);
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

/** The acronym's first letter begins a word of the name (`AIDA` of `… Development Agency of … Azerbaijan`). */
function startsLikeName(acronym: string, name: string): boolean {
  return tokenize(name).some((t) => t.word && t.upper && t.text[0] === acronym[0]);
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
    // `Syrian Arab News Agency (SANA)`, not a dateline's `Kenya (AP)`
    if (owner && startsLikeName(t.text, owner.name)) acronyms.set(t.text, owner);
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
