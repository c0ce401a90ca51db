import { WORLD_COUNTRIES as countries } from '../common/world-countries.js';
import type { PlaceKind } from '../../core/types.js';
import { countryKey, entityKey } from '../common/keys.js';
import { CITIES as AR_CITIES, REGIONS as AR_REGIONS } from '../ar/gazetteer-places.js';
import { ORGANIZATIONS as AR_ORGANIZATIONS } from '../ar/gazetteer-orgs.js';
import { NEWS_ORGANIZATIONS as AR_NEWS_ORGANIZATIONS } from '../ar/names-news.js';
import { unambiguousName, unambiguousPlaceName, worldPlaces } from './world-cities.js';
import { findAllLongest, PhraseMatcher } from '../common/phrase-matcher.js';
import { tokenize, type Token } from '../common/tokenize.js';
import {
  AMBIGUOUS_PLACE_WORDS, CITIES, COUNTRY_ALIASES, EXTRA_DEMONYMS, KNOWN_ORGANIZATIONS, REGIONS,
} from './entity-words.js';

export interface GazetteerEntry {
  type: 'place' | 'organization';
  name: string;
  key: string;
  country?: string;
  placeKind?: PlaceKind;
  form?: 'name' | 'demonym' | 'abbreviation';
  /** All-caps entries (acronyms) match only with the same case. */
  exactCase?: string;
}

/** Country names by ISO code, from world-countries (plus historical codes we use). */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ...countries.map((c) => [c.cca2, c.name.common] as const),
  ['SU', 'Soviet Union'],
]);

export const DEMONYM_TO_COUNTRY = new Map<string, string>();

const keysOf = (phrase: string) => tokenize(phrase).map((t) => t.lower);

/**
 * Places and organizations, each in its own trie (a place is stored once, not also in a trie of
 * both). Looked up together, the longer name wins; for the same words an organization entered
 * with precedence (the English table, last) beats a place, any other organization loses to it,
 * as if all were in one table filled in that order.
 */
export class Gazetteer {
  constructor(
    readonly places: PhraseMatcher<GazetteerEntry>,
    private readonly organizations: PhraseMatcher<GazetteerEntry>,
    private readonly overriding: ReadonlySet<GazetteerEntry>,
  ) {}

  longestAt(tokens: readonly Token[], i: number): { value: GazetteerEntry; end: number } | null {
    const place = this.places.longestAt(tokens, i);
    const org = this.organizations.longestAt(tokens, i);
    if (!org || !place) return org ?? place;
    if (org.end !== place.end) return org.end > place.end ? org : place;
    return this.overriding.has(org.value) ? org : place;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[], accept: (value: GazetteerEntry, from: number, to: number) => boolean): { value: GazetteerEntry; from: number; to: number }[] {
    return findAllLongest(this, tokens, accept);
  }
}

const EXTRA_DEMONYM_WORDS = new Set(EXTRA_DEMONYMS.map((d) => d.demonym.toLowerCase()));

function build(): Gazetteer {
  const places = new PhraseMatcher<GazetteerEntry>();
  const organizations = new PhraseMatcher<GazetteerEntry>();
  const overriding = new Set<GazetteerEntry>();
  const m = {
    add(keys: readonly string[], entry: GazetteerEntry, overwrite = false) {
      if (entry.type === 'place') places.add(keys, entry, overwrite);
      else {
        organizations.add(keys, entry, overwrite);
        if (overwrite) overriding.add(entry);
      }
    },
  };
  const add = (phrase: string, entry: GazetteerEntry) => {
    if (AMBIGUOUS_PLACE_WORDS.has(phrase.toLowerCase())) return;
    const isAcronym = /^[A-Z.]{2,}$/.test(phrase);
    m.add(keysOf(phrase), isAcronym ? { ...entry, exactCase: phrase } : entry);
  };
  const country = (cc: string, form: 'name' | 'demonym' = 'name'): GazetteerEntry => ({
    type: 'place', name: COUNTRY_NAMES.get(cc) ?? cc, key: countryKey(cc), country: cc, placeKind: 'country', form,
  });
  for (const { alias, country: cc } of COUNTRY_ALIASES) add(alias, country(cc));
  // Sovereign UN members first, so a shared demonym (`American`) names the United States, not a territory.
  const ranked = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ranked) {
    add(c.name.common, country(c.cca2));
    add(c.name.official, country(c.cca2));
    for (const alt of c.altSpellings) {
      // `Saudi` is listed as a spelling of Saudi Arabia, but in news it is the demonym (EXTRA_DEMONYMS)
      if (alt.length > 3 && /^[\p{L} '-]+$/u.test(alt) && !/[^\x00-\x7f]/.test(alt) && !EXTRA_DEMONYM_WORDS.has(alt.toLowerCase())) add(alt, country(c.cca2));
    }
    const dem = c.demonyms?.['eng'];
    for (const d of new Set([dem?.m, dem?.f].filter((x): x is string => !!x))) {
      for (const form of [d, `${d}s`]) {
        add(form, country(c.cca2, 'demonym'));
        // the first country wins here too: `American` is the United States, not a territory after it
        if (!DEMONYM_TO_COUNTRY.has(form.toLowerCase())) DEMONYM_TO_COUNTRY.set(form.toLowerCase(), c.cca2);
      }
    }
    for (const capital of c.capital ?? []) add(capital, { type: 'place', name: capital, key: entityKey('place', capital), country: c.cca2, placeKind: 'city', form: 'name' });
  }
  for (const { demonym, country: cc } of EXTRA_DEMONYMS) {
    add(demonym, country(cc, 'demonym'));
    DEMONYM_TO_COUNTRY.set(demonym.toLowerCase(), cc);
  }
  // The Arabic gazetteer's cities and regions under their English names: one table, one key in both languages.
  for (const [, name, cc] of AR_CITIES) if (unambiguousPlaceName(name)) add(name, { type: 'place', name, key: entityKey('place', name), country: cc, placeKind: 'city', form: 'name' });
  for (const [, name, cc] of AR_REGIONS) {
    if (!unambiguousPlaceName(name)) continue;
    const entry: GazetteerEntry = { type: 'place', name, key: entityKey('place', name), placeKind: 'region', form: 'name' };
    if (cc) entry.country = cc;
    add(name, entry);
  }
  for (const place of worldPlaces()) {
    const entry: GazetteerEntry = { type: 'place', name: place.name, key: entityKey('place', place.name), country: place.country, placeKind: place.kind === 'city' ? 'city' : 'region', form: 'name' };
    add(place.name, entry);
    if (place.name.includes(' ')) add(place.name.replace(/ /g, '-'), entry); // `Dar-es-Salaam`
  }
  for (const city of CITIES) {
    const entry: GazetteerEntry = { type: 'place', name: city.name, key: entityKey('place', city.name), country: city.country, placeKind: 'city', form: 'name' };
    for (const n of [city.name, ...(city.aliases ?? [])]) m.add(keysOf(n), entry, true);
  }
  for (const region of REGIONS) {
    const entry: GazetteerEntry = { type: 'place', name: region.name, key: entityKey('place', region.name), placeKind: 'region', form: 'name' };
    if (region.country) entry.country = region.country;
    for (const n of [region.name, ...(region.aliases ?? [])]) m.add(keysOf(n), entry, true);
  }
  // The Arabic table's organizations under their English names, with the Arabic side's keys.
  for (const [, name, cc] of [...AR_ORGANIZATIONS, ...AR_NEWS_ORGANIZATIONS]) {
    const phrase = name.replace(/^The /, ''); // `The New York Times`: the article stays outside the span
    if (!unambiguousName(phrase, 'organization')) continue; // `The Times`, `The Guardian`: everyday words alone
    const entry: GazetteerEntry = { type: 'organization', name, key: entityKey('organization', name), form: 'name' };
    if (cc) entry.country = cc;
    add(phrase, entry);
  }
  for (const org of KNOWN_ORGANIZATIONS) {
    const entry: GazetteerEntry = { type: 'organization', name: org.name, key: entityKey('organization', org.name), form: 'name' };
    if (org.country) entry.country = org.country;
    for (const n of [org.name, ...(org.aliases ?? [])]) m.add(keysOf(n), entry, true);
    for (const a of org.abbreviations ?? []) m.add(keysOf(a), { ...entry, form: 'abbreviation', exactCase: a }, true);
  }
  return new Gazetteer(places, organizations, overriding);
}

/** Places and organizations together: the longest name wins (`China National Petroleum Corporation`). */
export const EN_GAZETTEER: Gazetteer = build();
/** Places only, to find places nested in organization names (`China` in that one). */
export const EN_PLACES: PhraseMatcher<GazetteerEntry> = EN_GAZETTEER.places;

/** Case rules: acronyms match exactly, other names need a capital first letter. */
export function acceptsCase(entry: GazetteerEntry, tokens: readonly Token[], from: number, to: number): boolean {
  if (entry.exactCase) {
    const text = tokens.slice(from, to).map((t) => t.text).join('');
    return text === entry.exactCase.replace(/\s+/g, '');
  }
  // a name written with a lower-case particle first (`al-Qaeda`) matches as written
  return tokens[from]!.upper || (/^\p{Ll}/u.test(entry.name) && entry.name.startsWith(tokens[from]!.text));
}
