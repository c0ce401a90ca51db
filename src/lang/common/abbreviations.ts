/**
 * Tokens that end in a period without ending a sentence (lower-cased, without the final period).
 * Single letters (initials such as `M. F. Akhundov`) are handled by rule, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'gov', 'sen', 'rep', 'pres', 'hon', 'rev', 'amb', 'messrs', 'mme', 'mlle', 'sheikh', 'h.e', 'h.m', 'h.r.h',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // places and organizations
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.a.e', 'u.s.s.r', 'mt', 'ft', 'ave', 'blvd', 'co', 'corp', 'inc', 'ltd',
  'dept', 'univ', 'assn', 'bros',
  // Latin and references
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'al', 'approx', 'ca', 'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ch', 'fig',
  'a.m', 'p.m', 'b.c', 'a.d', 'est',
]);
