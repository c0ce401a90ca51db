import { describe, expect, it } from 'vitest';
import * as bilingual from '../../src/lang/ar/bilingual.js';
import * as orgs from '../../src/lang/ar/gazetteer-orgs.js';
import * as places from '../../src/lang/ar/gazetteer-places.js';
import * as namesNews from '../../src/lang/ar/names-news.js';
import * as names from '../../src/lang/ar/names.js';

/**
 * The first entry of a form wins when a table is compiled, so a repeated form is dead at best
 * and, with another English name or code, a silent contradiction.
 */
describe('Arabic data tables', () => {
  const modules = { bilingual, orgs, places, namesNews, names };
  const tables = Object.entries(modules).flatMap(([module, exports]) =>
    Object.entries(exports as Record<string, unknown>)
      .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
      .map(([name, rows]) => ({ name: `${module}.${name}`, forms: rows.map((row) => (Array.isArray(row) ? row[0] : row)).filter((f): f is string => typeof f === 'string') })));

  it('finds the tables', () => {
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.find((t) => t.name === 'names.GIVEN_NAMES')?.forms.length).toBeGreaterThan(100);
  });

  it('no table lists a form twice', () => {
    const repeated = tables.flatMap(({ name, forms }) => {
      const seen = new Set<string>();
      return forms.filter((f) => (seen.has(f) ? true : (seen.add(f), false))).map((f) => `${name}: ${f}`);
    });
    expect(repeated).toEqual([]);
  });
});
