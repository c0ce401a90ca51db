/**
 * Regex fragments compiled once from the tables in `date-words.ts`, for matching on text
 * normalized by `normalizeArabic` (so keys are normalized the same way here).
 *
 * Boundaries never use `\b`/`\W` (they treat every Arabic letter as a non-word character): a
 * word starts after a non-letter/non-digit plus optional proclitics, and ends before one.
 */
import { normalizeKey } from './normalize.js';
import {
  AMBIGUOUS_MONTHS, AMBIGUOUS_WEEKDAYS, CARDINAL_DICTIONARY, COUNTED_NOUN_STEMS, DECADE_DICTIONARY,
  DURATION_DUAL_DICTIONARY, DURATION_SPAN_EXTRA_ADJECTIVES, DURATION_UNIT_DICTIONARY, EVENT_NOUNS, GENERAL_NOUNS, GREGORIAN_ERA_WORDS, HIJRI_ERA_WORDS, HIJRI_MONTH_DICTIONARY,
  MODIFIER_DICTIONARY, MONTH_CONTEXT_WORDS, MONTH_DICTIONARY, NOT_TODAY_AFTER, NOT_TODAY_BEFORE, ORDINAL_DICTIONARY,
  ONE_WORDS, RELATIVE_DAY_DICTIONARY, RELATIVE_UNIT_DICTIONARY, SEASON_DICTIONARY, THIS_WORDS, WEEKDAY_DICTIONARY,
  YEAR_CONTEXT_WORDS, YEAR_NOUNS, YEAR_PAIR_NOUNS, type DurationUnit, type RelativeUnit, type SeasonCode,
} from './date-words.js';

/** Horizontal whitespace: matches never run across a line break. */
export const S = '[^\\S\\n]+';
export const S0 = '[^\\S\\n]*';
/**
 * Start of a word, allowing attached conjunction + preposition (`وفي`, `بالعام`, `للعام`).
 * Checked in code (`atWordStart`) rather than as a leading lookbehind: a pattern that opens with a
 * lookbehind is tested at every position of the text and runs ~10x slower.
 */
export function atWordStart(text: string, i: number, isNumber = false): boolean {
  let j = i;
  if (isNumber && j > 1 && isDecimalPoint(text.charCodeAt(j - 1)) && isDigitAt(text, j - 2)) return false;
  if (!isLetterOrDigitAt(text, j - 1)) return true;
  const before = text.charCodeAt(j - 1);
  if (before === 0x0628 || before === 0x0644 || before === 0x0643) { // ب ل ك
    j--;
    if (!isLetterOrDigitAt(text, j - 1)) return true;
  }
  const conj = text.charCodeAt(j - 1);
  if (conj === 0x0648 || conj === 0x0641) { // و ف
    j--;
    if (!isLetterOrDigitAt(text, j - 1)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

const isDecimalPoint = (code: number) => code === 0x2e || code === 0x2c || code === 0x066b; // . , ٫

/** The character at i is a letter or digit (Arabic letters and ASCII without a regex). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  if (code < 0x80) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** The character at i is a digit of any script. */
export function isDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code >= 0x30 && code <= 0x39) return true;
  if (code < 0x80) return false;
  return DIGIT.test(text[i]!);
}

/** End of a word or number. */
export const E = '(?![\\p{L}\\p{N}])';
/** End of a number (not followed by a letter, a digit or a decimal part). */
export const NE = '(?![\\p{L}\\p{N}]|[.,٫]\\p{N})';
/** The article; after the preposition `ل` Arabic writes it `ل` (`للعام` = `ل` + `لعام`). */
export const AL = '(?:ال|ل(?<=لل))';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Space-separated word sequences become S-separated; keys starting with the article accept `لل`. */
function keyPattern(key: string): string {
  const words = normalizeKey(key).split(/\s+/).map(escape);
  if (words[0]!.startsWith('ال') && words[0]!.length > 2) words[0] = AL + words[0]!.slice(2);
  return words.join(S);
}

/** One alternation from table keys, longest first so the regex prefers the longest entry. */
export function alternation(keys: readonly string[]): string {
  const unique = [...new Set(keys)];
  unique.sort((a, b) => normalizeKey(b).length - normalizeKey(a).length);
  return `(?:${unique.map(keyPattern).join('|')})`;
}

/** Normalized lookup: table key → value, keyed by the normalized, space-collapsed form. */
function lookup<V>(table: Readonly<Record<string, V>>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [k, v] of Object.entries(table)) map.set(normalizeKey(k).replace(/\s+/g, ' '), v);
  return map;
}

/** Canonical form of matched text for table lookup: collapse spaces, `لل…` back to `ال…`. */
export function keyOf(matched: string): string {
  const k = matched.replace(/\s+/g, ' ');
  return k.startsWith('ل') && !k.startsWith('ال') ? `ا${k}` : k;
}

function lookupMatched<V>(map: Map<string, V>, matched: string): V | undefined {
  return map.get(keyOf(matched)) ?? map.get(matched.replace(/\s+/g, ' '));
}

const MONTHS = lookup(MONTH_DICTIONARY);
const HIJRI_MONTHS = lookup(HIJRI_MONTH_DICTIONARY);
const WEEKDAYS = lookup(WEEKDAY_DICTIONARY);
const RELATIVE_DAYS = lookup(RELATIVE_DAY_DICTIONARY);
const MODIFIERS = lookup(MODIFIER_DICTIONARY);
const UNITS = lookup(RELATIVE_UNIT_DICTIONARY);
const SEASONS = lookup(SEASON_DICTIONARY);
const ORDINALS = lookup(ORDINAL_DICTIONARY);
const DECADES = lookup(DECADE_DICTIONARY);
const CARDINALS = lookup(CARDINAL_DICTIONARY);
const DURATION_UNITS = lookup(DURATION_UNIT_DICTIONARY);
const DURATION_DUALS = lookup(DURATION_DUAL_DICTIONARY);
const AMBIGUOUS_MONTH_SET = new Set(AMBIGUOUS_MONTHS.map(normalizeKey));
const AMBIGUOUS_WEEKDAY_SET = new Set(AMBIGUOUS_WEEKDAYS.map(normalizeKey));

export const words = {
  month: (m: string) => lookupMatched(MONTHS, m),
  isAmbiguousMonth: (m: string) => AMBIGUOUS_MONTH_SET.has(keyOf(m)) || AMBIGUOUS_MONTH_SET.has(m),
  hijriMonth: (m: string) => lookupMatched(HIJRI_MONTHS, m),
  weekday: (m: string) => lookupMatched(WEEKDAYS, m),
  isAmbiguousWeekday: (m: string) => AMBIGUOUS_WEEKDAY_SET.has(keyOf(m)),
  relativeDay: (m: string) => lookupMatched(RELATIVE_DAYS, m),
  modifier: (m: string): -1 | 0 | 1 | undefined => lookupMatched(MODIFIERS, m),
  unit: (m: string): RelativeUnit | undefined => lookupMatched(UNITS, m),
  season: (m: string): SeasonCode | undefined => lookupMatched(SEASONS, m),
  ordinal: (m: string) => lookupMatched(ORDINALS, m),
  decade: (m: string) => lookupMatched(DECADES, m),
  cardinal: (m: string) => lookupMatched(CARDINALS, m),
  durationUnit: (m: string): readonly [DurationUnit, number] | undefined => lookupMatched(DURATION_UNITS, m),
  durationDual: (m: string): readonly [DurationUnit, number] | undefined => lookupMatched(DURATION_DUALS, m),
};

/** Alternations (no groups inside, so callers can wrap them in named groups). */
export const P = {
  month: alternation(Object.keys(MONTH_DICTIONARY)),
  hijriMonth: alternation(Object.keys(HIJRI_MONTH_DICTIONARY)),
  weekday: alternation(Object.keys(WEEKDAY_DICTIONARY)),
  relativeDay: alternation(Object.keys(RELATIVE_DAY_DICTIONARY)),
  modifier: alternation(Object.keys(MODIFIER_DICTIONARY)),
  thisWord: alternation(THIS_WORDS),
  unit: alternation(Object.keys(RELATIVE_UNIT_DICTIONARY)),
  season: alternation(Object.keys(SEASON_DICTIONARY)),
  ordinal: alternation(Object.keys(ORDINAL_DICTIONARY)),
  decadeStem: alternation(Object.keys(DECADE_DICTIONARY)),
  cardinal: alternation(Object.keys(CARDINAL_DICTIONARY)),
  durationUnit: alternation(Object.keys(DURATION_UNIT_DICTIONARY)),
  durationDual: alternation(Object.keys(DURATION_DUAL_DICTIONARY)),
  one: alternation(ONE_WORDS),
  durationSpanAdjective: alternation([
    ...Object.entries(MODIFIER_DICTIONARY).filter(([, direction]) => direction !== 0).map(([word]) => word),
    ...DURATION_SPAN_EXTRA_ADJECTIVES,
  ]),
  yearNoun: alternation(YEAR_NOUNS),
  yearPairNoun: alternation(YEAR_PAIR_NOUNS),
  yearContext: alternation(YEAR_CONTEXT_WORDS),
  monthContext: alternation(MONTH_CONTEXT_WORDS),
  notTodayAfter: alternation(NOT_TODAY_AFTER),
  notTodayBefore: alternation(NOT_TODAY_BEFORE),
  countedNoun: alternation(COUNTED_NOUN_STEMS),
  /** Era after a year; each ends at a word boundary. */
  hijriEra: `(?:${S0}${alternation(HIJRI_ERA_WORDS)}${E})`,
  gregorianEra: `(?:${S0}${alternation(GREGORIAN_ERA_WORDS)}${E})`,
} as const;

/** A month name optionally paired with its other name: `يوليو/تموز`, `تموز (يوليو)`, `أكتوبر/تشرين الأول`. */
export function pairedMonth(group: string, second: string): string {
  return `(?<${group}>${P.month})(?<${second}>${S0}\\(${S0}${P.month}${S0}\\)|${S0}[/\\-–]${S0}${P.month}${E}|${S}${P.month}${E})?`;
}

/** Range connector between two numbers or dates: `-`, `إلى`, `حتى`, `لغاية`, `و`. */
export const CONNECTOR = `${S0}(?:[-–—/]|(?:الي|حتي|لغايه|و)(?!\\p{L}))${S0}`;
export const CONNECTOR_RE = new RegExp(`^${S0}(?<c>[-–—]|الي|حتي|لغايه|و)${S0}$`, 'u');
/** Opener before a range, at the end of the text before it. */
export const OPENER_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?(?<o>من|بين|ما${S}بين)${S0}$`, 'u');
/** A temporal preposition right before an ambiguous month name. */
export const MONTH_CONTEXT_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?${P.monthContext}${S}$`, 'u');
/** `العام` as the adjective "general" after these nouns. */
export const GENERAL_NOUN_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?${alternation(GENERAL_NOUNS)}${S}$`, 'u');
/** An event name before a date without a year (`ثورة 23 يوليو`). */
export const EVENT_NOUN_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?${alternation(EVENT_NOUNS)}${S}$`, 'u');
/** A temporal preposition right before a bare year (`في 2015`, `منذ 2011`). */
export const YEAR_CONTEXT_BEFORE_RE = new RegExp(`(?:(?:^|[^\\p{L}\\p{N}])[وف]?${P.yearContext}${S}|\\d{4}${S0}[,،]?${S0}و)$`, 'u');
export const NOT_TODAY_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?${P.notTodayBefore}${S}$`, 'u');
export const NOT_TODAY_AFTER_RE = new RegExp(`^${S}${P.notTodayAfter}${E}`, 'u');
/** Time-of-day words before a weekday (`مساء الاثنين`) that disambiguate `الاثنين`/`الأحد`. */
export const DAYTIME_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?(?:مساء|صباح|ظهر|ظهيره|عصر|فجر|ليله|منذ|حتي)${S}$`, 'u');
