import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

// world-countries ships CommonJS with an ES-style declaration file; require() is the reliable
// way to load it under NodeNext.
const require = createRequire(import.meta.url);

/** The 250 countries of world-countries: names, official names, demonyms, capitals, Arabic. */
export const WORLD_COUNTRIES: readonly Country[] = require('world-countries') as Country[];
