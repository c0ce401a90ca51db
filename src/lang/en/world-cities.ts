import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';

/**
 * Cities and their provinces (US states, Canadian provinces, Chinese provinces, …) from
 * city-timezones (Natural Earth populated places), kept when they are big enough to be in the
 * news and their name is no everyday English word or personal name.
 */
export interface WorldPlace { name: string; country: string; kind: 'city' | 'province' }

/** Cities below this population are left out: small towns share names with words and people. */
export const CITY_MIN_POPULATION = 100_000;
/** A city named like a person (`Houston`, `Sydney`, `Austin`) is kept only when this big. */
export const NAME_LIKE_CITY_MIN_POPULATION = 1_000_000;

/** Generic geographic words some countries use as province names (Ghana's `Central`, Nigeria's `Rivers`). */
export const GENERIC_PLACE_WORDS: ReadonlySet<string> = new Set([
  'central', 'centre', 'center', 'coast', 'plateau', 'delta', 'rivers', 'bay', 'littoral', 'oriental', 'orientale', 'maritime',
  'capital', 'lakes', 'islands', 'interior', 'highlands', 'upper', 'lower', 'north', 'south', 'east', 'west', 'northern',
  'southern', 'eastern', 'western', 'nord', 'sud', 'est', 'ouest', 'lacs', 'savanes', 'lagunes',
]);

/** compromise lexicon tags that mark a place, not a word or a name. */
const PLACE_TAG = /City|Region|Place|Country/;
const PERSON_TAG = /Person|FirstName|LastName|MaleName|FemaleName/;

function acceptable(name: string, population: number, lexicon: Record<string, unknown>): boolean {
  if (GENERIC_PLACE_WORDS.has(name.toLowerCase())) return false;
  const tag = lexicon[name.toLowerCase()];
  if (tag === undefined) return true;
  const tags = String(tag);
  if (PLACE_TAG.test(tags)) return true;
  return PERSON_TAG.test(tags) && population >= NAME_LIKE_CITY_MIN_POPULATION;
}

const lexicon = (): Record<string, unknown> => (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

/** A place name from a table without population figures: no everyday word or personal name. */
export function unambiguousPlaceName(name: string): boolean {
  return acceptable(name, 0, lexicon());
}

/** compromise lexicon tags a one-word name of each kind may carry; any other tag is an everyday word. */
const NAME_TAGS = {
  organization: /Organization|Company|SportsTeam|Place|Country|City|Region/,
  person: PERSON_TAG,
} as const;

/**
 * A name from a bilingual table (organization or person): several words, or one word compromise
 * does not know or knows as a name of that kind (`Knesset`, `Plato`; not `The Times` → `Times`).
 */
export function unambiguousName(name: string, kind: keyof typeof NAME_TAGS): boolean {
  if (/\s/.test(name.trim())) return true;
  const tag = lexicon()[name.toLowerCase()];
  return tag === undefined || NAME_TAGS[kind].test(String(tag));
}

interface CityRow { city: string; province: string; iso2: string; pop: number }

/**
 * The package's table, read here rather than imported: an import would keep all 7,000 rows (every
 * field of every city) alive in the module cache for the life of each worker; read and filtered,
 * only the kept names stay.
 */
function cityRows(): CityRow[] {
  const file = createRequire(import.meta.url).resolve('city-timezones/data/cityMap.json');
  return JSON.parse(readFileSync(file, 'utf8')) as CityRow[];
}

export function worldPlaces(): WorldPlace[] {
  const words = lexicon();
  const cityMapping = cityRows();
  const out: WorldPlace[] = [];
  const provinces = new Map<string, { name: string; country: string; population: number }>();
  for (const c of cityMapping) {
    if (c.pop < CITY_MIN_POPULATION) continue;
    if (acceptable(c.city, c.pop, words)) out.push({ name: c.city, country: c.iso2, kind: 'city' });
    // a province with a big city in it (`Florida`, `Ontario`, `Sichuan`); its biggest city decides
    const key = `${c.province}/${c.iso2}`;
    const seen = provinces.get(key);
    if (c.province && (!seen || seen.population < c.pop)) provinces.set(key, { name: c.province, country: c.iso2, population: c.pop });
  }
  for (const p of provinces.values()) {
    if (acceptable(p.name, p.population, words)) out.push({ name: p.name, country: p.country, kind: 'province' });
  }
  return out;
}
