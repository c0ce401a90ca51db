/**
 * English date rules: each is a pattern compiled from the tables in date-words.ts plus a small
 * `build` that turns a match into candidates. Values that need the reference date or an earlier
 * date of the text are left as `pending` and resolved in one pass by dates.ts.
 */
import type { DateKind, Granularity } from '../../core/types.js';
import type { DateCandidate } from '../common/date-ranges.js';
import {
  addDays, addMonths, formatCentury, formatDay, formatDecade, formatIsoWeek, formatMonth, formatYear,
  resolveWeekday, weekday, daysInMonth, type YMD,
} from '../common/calendar.js';
import {
  DAY_WORDS, DECADE_WORDS, FUTURE_MARKERS, HOLIDAYS, LABEL_WORDS_BEFORE, MONTHS, NUMBER_WORDS, ORDINAL_WORDS,
  QUANTITY_NOUNS, RELATIVE_MODIFIERS, SEASONS, UNITS, WEEKDAYS, YEAR_CENTURY_WORDS, YEAR_CONTEXT_BEFORE,
  YEAR_TEEN_WORDS, YEAR_TENS_WORDS, YEAR_UNIT_WORDS, type HolidayRule,
} from './date-words.js';

/** What a pending candidate still needs: the year of an earlier date, or the day of one. */
export type Pending =
  | { need: 'year'; month?: number; day?: number; endMonth?: number; endDay?: number; season?: string; yearOffset: number; preferRef?: boolean }
  | { need: 'day' | 'week' | 'month'; offset: number };

export interface Candidate extends DateCandidate {
  pending?: Pending;
  /** Set by dates.ts on pending candidates: the sentence speaks of the future. */
  future?: boolean;
}

export interface RuleEnv {
  text: string;
  ref: YMD | null;
  /** Index of the end of the sentence containing `pos`. */
  sentenceEnd(pos: number): number;
  sentenceStart(pos: number): number;
}

export interface DateRule {
  readonly id: string;
  readonly pattern: RegExp;
  build(m: RegExpExecArray, env: RuleEnv): Candidate | Candidate[] | null;
}

// ---------------------------------------------------------------------------------------------
// Pattern building blocks (English word boundaries; `u` flag everywhere).

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const MONTH = `(?:${alt(Object.keys(MONTHS))})\\.?`;
const MONTH_CAP = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\.?`;
const WEEKDAY_CAP = `(?:${Object.keys(WEEKDAYS).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;
const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
const NUM_WORD = `(?:${alt(Object.keys(NUMBER_WORDS))})`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const COUNT = `(?:\\d{1,3}(?:\\.\\d)?|(?:${TENS})[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|${NUM_WORD})`;
const UNIT = `(?:${alt(Object.keys(UNITS))})`;
const REL_MOD = `(?:${alt(Object.keys(RELATIVE_MODIFIERS))})`;
const PERIOD_MOD = '(?:(?:early|mid|late)(?:-|\\s+)|mid(?=\\d))';
const YEAR = '(?:1\\d{3}|20\\d{2})';

const re = (source: string, flags = 'giu'): RegExp => new RegExp(source, flags);

// ---------------------------------------------------------------------------------------------
// Small helpers.

const lower = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

export function monthNumber(word: string): number | undefined {
  return (MONTHS as Record<string, number>)[word.toLowerCase().replace(/\.$/, '')];
}

export function parseCount(word: string): number | null {
  const w = lower(word).replace(/-/g, ' ');
  if (/^\d/.test(w)) return Number(w);
  const parts = w.split(' ');
  let n = 0;
  for (const p of parts) {
    const v = (NUMBER_WORDS as Record<string, number>)[p];
    if (v === undefined || v < 0) return null;
    n += v;
  }
  return n;
}

function candidate(
  m: RegExpExecArray, start: number, end: number, value: string | null, kind: DateKind, granularity: Granularity,
  ruleId: string, priority = 2, explicit = false,
): Candidate {
  return { start, end, text: m.input.slice(start, end), value, kind, granularity, ruleId, priority, explicit };
}

/** Start/end of capture group `g` (needs the `d` flag). */
function groupStart(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[0] ?? m.index;
}

function relativeUnitValue(ref: YMD, unit: string, offset: number): { value: string; granularity: Granularity } | null {
  switch (unit) {
    case 'D': return { value: formatDay(addDays(ref, offset)), granularity: 'day' };
    case 'W': return { value: formatIsoWeek(addDays(ref, offset * 7)), granularity: 'week' };
    case 'M': { const d = addMonths(ref, offset); return { value: formatMonth(d.year, d.month), granularity: 'month' }; }
    case 'Y': return { value: formatYear(ref.year + offset), granularity: 'year' };
    case 'DE': return { value: formatDecade(ref.year + offset * 10), granularity: 'decade' };
    case 'CE': return { value: formatCentury(Math.floor((ref.year + offset * 100 - 1) / 100) + 1), granularity: 'century' };
    default: return null;
  }
}

/** Durations take the granularity of their unit, as in the Arabic rules and the gold fixtures. */
const DURATION_GRANULARITY: Readonly<Record<string, Granularity>> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

const unitCode = (word: string): string => (UNITS as Record<string, string>)[lower(word)] ?? '';

function durationValue(count: number, unit: string): string | null {
  if (!(count > 0)) return null;
  const n = Number.isInteger(count) ? String(count) : String(count);
  switch (unit) {
    case 'D': case 'W': case 'M': case 'Y': return `P${n}${unit}`;
    case 'DE': return `P${count * 10}Y`;
    case 'CE': return `P${count * 100}Y`;
    default: return null;
  }
}

const QUANTITY_AFTER = re(`^\\s*(?:${alt(QUANTITY_NOUNS)})${E}|^\\s*%|^-(?:year|day|month)`, 'iu');
const LABEL_BEFORE = re(`${B}(?:${alt(LABEL_WORDS_BEFORE)})\\.?\\s*$|[$£€#]\\s*$|\\p{N}[.,]?\\s*$`, 'iu');
const CONTEXT_BEFORE = re(`${B}(?:${alt(YEAR_CONTEXT_BEFORE)})[-\\s]+$|\\p{N},\\s*$`, 'iu');
const FUTURE = re(`${B}(?:${alt(FUTURE_MARKERS)})${E}`, 'iu');

/** One answer per sentence: a long sentence with many dates is read once, not once per date. */
const futureBySentence = new WeakMap<RuleEnv, Map<string, boolean>>();

export function isFutureContext(env: RuleEnv, start: number, end: number): boolean {
  const s = env.sentenceStart(start);
  const e = env.sentenceEnd(end);
  let cache = futureBySentence.get(env);
  if (!cache) futureBySentence.set(env, (cache = new Map()));
  const key = `${s}:${e}`;
  let future = cache.get(key);
  if (future === undefined) cache.set(key, (future = FUTURE.test(env.text.slice(s, e))));
  return future;
}

// ---------------------------------------------------------------------------------------------
// The rules.

export const EN_DATE_RULES: readonly DateRule[] = [
  {
    // today, yesterday, tomorrow, tonight, this morning, last night
    id: 'en/date/day-word',
    pattern: re(`${B}(${alt(Object.keys(DAY_WORDS))})${E}`),
    build(m, env) {
      const offset = (DAY_WORDS as Record<string, number>)[lower(m[1]!)] ?? 0;
      // `the people of tomorrow`: generic, not a date.
      if (/^tomorrow$/iu.test(m[1]!) && /of\s+$/iu.test(env.text.slice(Math.max(0, m.index - 4), m.index))) return null;
      const value = env.ref ? formatDay(addDays(env.ref, offset)) : null;
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'day', this.id);
    },
  },
  {
    // last week, this month, next year, earlier this year, the past year
    id: 'en/date/relative-unit',
    pattern: re(`${B}(?:(?:earlier|later)\\s+)?(${REL_MOD})\\s+(week|month|year)${E}(?!\\s+(?:or|and)\\s+(?:two|so|more))`, 'giu'),
    build(m, env) {
      const offset = (RELATIVE_MODIFIERS as Record<string, number>)[lower(m[1]!)] ?? 0;
      const unit = unitCode(m[2]!);
      const r = env.ref ? relativeUnitValue(env.ref, unit, offset) : null;
      const granularity = r?.granularity ?? (unit === 'W' ? 'week' : unit === 'M' ? 'month' : unit === 'DE' ? 'decade' : unit === 'CE' ? 'century' : 'year');
      return candidate(m, m.index, m.index + m[0].length, r?.value ?? null, 'relative', granularity, this.id);
    },
  },
  {
    // two years ago, a week ago, 10 days ago
    id: 'en/date/ago',
    pattern: re(`${B}(${COUNT})\\s+(${UNIT})\\s+ago${E}`),
    build(m, env) {
      const n = parseCount(m[1]!);
      if (n === null || !Number.isInteger(n)) return null;
      const unit = unitCode(m[2]!);
      const r = env.ref ? relativeUnitValue(env.ref, unit, -n) : null;
      const granularity: Granularity = r?.granularity ?? 'year';
      return candidate(m, m.index, m.index + m[0].length, r?.value ?? null, 'relative', granularity, this.id);
    },
  },
  {
    // last Friday, next Monday, this Tuesday
    id: 'en/date/relative-weekday',
    pattern: re(`${B}(last|next|this|past|coming|previous|the\\s+previous|the\\s+next|the\\s+following)\\s+(${WEEKDAY_CAP})${E}`, 'gu'),
    build(m, env) {
      const wd = (WEEKDAYS as Record<string, number>)[m[2]!.toLowerCase()]!;
      const mod = lower(m[1]!).replace(/^the /, '');
      const dir = mod === 'last' || mod === 'past' || mod === 'previous' ? -1 : mod === 'this' ? 0 : 1;
      const value = env.ref ? formatDay(resolveWeekday(env.ref, wd, dir)) : null;
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'day', this.id);
    },
  },
  {
    // Friday, Thursday morning (resolved to the nearest such day; future when the sentence is)
    id: 'en/date/weekday',
    pattern: re(`${B}(${WEEKDAY_CAP})(?:\\s+(?:morning|afternoon|evening|night))?${E}(?!,?\\s+(?:the\\s+)?(?:${MONTH_CAP}\\s*\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_CAP}))`, 'gu'),
    build(m, env) {
      const wd = (WEEKDAYS as Record<string, number>)[m[1]!.toLowerCase()]!;
      let value: string | null = null;
      // News usage (TempEval): the same day as the reference, else the last one before it.
      if (env.ref) value = formatDay(weekday(env.ref) === wd ? env.ref : resolveWeekday(env.ref, wd, -1));
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'day', this.id, 1);
    },
  },
  {
    // last summer, this spring, next winter
    id: 'en/date/relative-season',
    pattern: re(`${B}(${REL_MOD})\\s+(${SEASON})${E}`),
    build(m, env) {
      const offset = (RELATIVE_MODIFIERS as Record<string, number>)[lower(m[1]!)] ?? 0;
      const code = (SEASONS as Record<string, string>)[lower(m[2]!)]!;
      const value = env.ref ? `${formatYear(env.ref.year + offset)}-${code}` : null;
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'season', this.id);
    },
  },
  {
    // summer 2015, the winter of 1998, early spring 2004
    id: 'en/date/season-year',
    pattern: re(`${B}(${PERIOD_MOD})?(${SEASON})(?:\\s+of)?\\s+(${YEAR})${E}`),
    build(m) {
      const code = (SEASONS as Record<string, string>)[lower(m[2]!)]!;
      return candidate(m, m.index, m.index + m[0].length, `${m[3]}-${code}`, 'date', 'season', this.id, 2, true);
    },
  },
  {
    // June last year, March of next year
    id: 'en/date/month-relative-year',
    pattern: re(`${B}(${PERIOD_MOD})?(${MONTH_CAP})(?:\\s+of)?\\s+(last|this|next)\\s+year${E}`, 'gu'),
    build(m, env) {
      const month = monthNumber(m[2]!)!;
      const offset = (RELATIVE_MODIFIERS as Record<string, number>)[m[3]!.toLowerCase()] ?? 0;
      const value = env.ref ? formatMonth(env.ref.year + offset, month) : null;
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'month', this.id, 3);
    },
  },
  {
    // October of that same year, the same year, that year
    id: 'en/date/follow-up',
    pattern: re(`${B}(?:(${PERIOD_MOD})?(${MONTH_CAP})\\s+of\\s+)?(?:that|the)\\s+(?:same\\s+)?year${E}(?!\\s+(?:before|earlier|ago))`, 'gu'),
    build(m) {
      const month = m[2] ? monthNumber(m[2]) : undefined;
      // Bare `the year` is generic; only `that year` / `the same year` / `October of the year` refer back.
      const phrase = lower(m[0]);
      if (!month && !/that|same/.test(phrase)) return null;
      const c = candidate(m, m.index, m.index + m[0].length, null, 'date', month ? 'month' : 'year', this.id, 3);
      c.pending = { need: 'year', yearOffset: 0, ...(month ? { month } : {}) };
      return c;
    },
  },
  {
    // the following year, the next day, the previous month, a year later, the next morning
    id: 'en/date/follow-up-next',
    pattern: re(`${B}(?:the\\s+(following|next|previous|preceding)\\s+(day|morning|evening|night|week|month|year)|(a|one)\\s+(day|week|month|year)\\s+(later|earlier))${E}`),
    build(m) {
      const unit = lower(m[2] ?? m[4]!);
      const offset = /previous|preceding|earlier/i.test(m[0]) ? -1 : 1;
      const granularity: Granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : unit === 'week' ? 'week' : 'day';
      const c = candidate(m, m.index, m.index + m[0].length, null, 'relative', granularity, this.id, 3);
      c.pending = granularity === 'year'
        ? { need: 'year', yearOffset: offset, preferRef: Boolean(m[3]) }
        : { need: granularity === 'day' ? 'day' : granularity, offset };
      return c;
    },
  },
  {
    // that same day, earlier that day, the same day
    id: 'en/date/follow-up-day',
    pattern: re(`${B}(?:(?:earlier|later)\\s+)?(?:that|the)\\s+(?:same\\s+)?(?:day|morning|evening|night)${E}`),
    build(m) {
      if (!/that|same/i.test(m[0])) return null;
      const c = candidate(m, m.index, m.index + m[0].length, null, 'date', 'day', this.id, 3);
      c.pending = { need: 'day', offset: 0 };
      return c;
    },
  },
  {
    // last April, this September, next May, this past spring
    id: 'en/date/relative-month',
    pattern: re(`${B}(last|next|this|this\\s+past|past|coming)\\s+(${MONTH_CAP})(?!\\s*\\d)${E}`, 'gu'),
    build(m, env) {
      const month = monthNumber(m[2]!)!;
      const mod = lower(m[1]!);
      let value: string | null = null;
      if (env.ref) {
        const r = env.ref;
        let year = r.year;
        if (mod === 'last' || mod === 'past' || mod === 'this past') year = month < r.month ? r.year : r.year - 1;
        else if (mod === 'next' || mod === 'coming') year = month > r.month ? r.year : r.year + 1;
        value = formatMonth(year, month);
      }
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'month', this.id, 3);
    },
  },
  {
    // in the summer, during the early winter (the year from the reference or the text)
    id: 'en/date/season',
    pattern: re(`${B}(?:in|during|over|through|by|into|of|from|until|since)\\s+(?:the\\s+)?((?:(?:early|late|mid)[-\\s]+)?(spring|summer|autumn|winter))(?=\\s*[.,;:!?)]|\\s+(?:and|when|as|before|after|to|with|in|on|at|the|a|he|she|they|it|we)${E})`),
    build(m) {
      const code = (SEASONS as Record<string, string>)[lower(m[2]!)]!;
      const start = groupStart(m, 1);
      const c = candidate(m, start, start + m[1]!.length, null, 'relative', 'season', this.id, 2);
      c.pending = { need: 'year', season: code, yearOffset: 0 };
      return c;
    },
  },
  {
    // nineteen ninety-six, the year two thousand, two thousand and one
    id: 'en/date/spelled-year',
    pattern: re(`${B}(?:(${alt(Object.keys(YEAR_CENTURY_WORDS))})[-\\s]+(?:hundred\\s+(?:and\\s+)?)?(?:(${alt(Object.keys(YEAR_TEEN_WORDS))})|(${alt(Object.keys(YEAR_TENS_WORDS))})(?:[-\\s](${alt(Object.keys(YEAR_UNIT_WORDS))}))?|o[-\\s](${alt(Object.keys(YEAR_UNIT_WORDS))}))|two\\s+thousand(?:\\s+(?:and\\s+)?(${alt([...Object.keys(YEAR_UNIT_WORDS), ...Object.keys(YEAR_TEEN_WORDS)])}))?)${E}`),
    build(m, env) {
      let year: number;
      if (m[1]) {
        const century = (YEAR_CENTURY_WORDS as Record<string, number>)[lower(m[1])]!;
        const rest = m[2] ? (YEAR_TEEN_WORDS as Record<string, number>)[lower(m[2])]!
          : m[3] ? (YEAR_TENS_WORDS as Record<string, number>)[lower(m[3])]! + (m[4] ? (YEAR_UNIT_WORDS as Record<string, number>)[lower(m[4])]! : 0)
            : (YEAR_UNIT_WORDS as Record<string, number>)[lower(m[5]!)]!;
        year = century * 100 + rest;
        // `twenty twenty` is a year, `twenty five` is a number: require the century word form.
        if (century === 20 && !m[2] && !m[3]) return null;
        if (century === 20 && !/year\s+$/iu.test(env.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      } else {
        const n = m[6] ? ((YEAR_UNIT_WORDS as Record<string, number>)[lower(m[6])] ?? (YEAR_TEEN_WORDS as Record<string, number>)[lower(m[6])]!) : 0;
        if (!/year\s+$/iu.test(env.text.slice(Math.max(0, m.index - 6), m.index)) && !m[6]) return null;
        year = 2000 + n;
      }
      return candidate(m, m.index, m.index + m[0].length, formatYear(year), 'date', 'year', this.id, 2, true);
    },
  },
  {
    // Christmas, Thanksgiving Day, Easter 2015, last Christmas
    id: 'en/date/holiday',
    pattern: re(`${B}(?:(last|next|this)\\s+)?(${alt(Object.keys(HOLIDAYS))})(?:,?\\s+(${YEAR}))?${E}`),
    build(m, env) {
      const name = lower(m[2]!);
      if (!/^\p{Lu}/u.test(m[2]!)) return null;
      const rule = (HOLIDAYS as Record<string, HolidayRule>)[name]!;
      let value: string | null = null;
      let kind: DateKind = 'relative';
      if (m[3]) {
        value = formatDay(holidayDate(rule, Number(m[3])));
        kind = 'date';
      } else if (env.ref) {
        const ref = env.ref;
        const options = [ref.year - 1, ref.year, ref.year + 1].map((y) => holidayDate(rule, y));
        const diff = (d: YMD) => Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(ref.year, ref.month - 1, ref.day);
        const mod = m[1]?.toLowerCase();
        const pick = mod === 'last' ? options.filter((d) => diff(d) < 0).pop()
          : mod === 'next' ? options.find((d) => diff(d) > 0)
            : options.reduce((a, b) => (Math.abs(diff(b)) < Math.abs(diff(a)) ? b : a));
        if (pick) value = formatDay(pick);
      }
      return candidate(m, m.index, m.index + m[0].length, value, kind, 'day', this.id, 2, kind === 'date');
    },
  },
  {
    // 1990s, the '80s, mid-1990s, the eighties
    id: 'en/date/decade',
    pattern: re(`${B}(${PERIOD_MOD})?(?:(1\\d|20)(\\d)0s|['’](\\d)0s|(${alt(Object.keys(DECADE_WORDS))}))${E}`),
    build(m, env) {
      let value: string;
      if (m[2]) value = `${m[2]}${m[3]}`;
      else {
        const tens = m[4] ? Number(m[4]) * 10 : (DECADE_WORDS as Record<string, number>)[lower(m[5]!)]!;
        if (m[5] && !/^the\s+$/i.test(env.text.slice(Math.max(0, m.index - 4), m.index))) return null;
        value = formatDecade(1900 + tens);
      }
      return candidate(m, m.index, m.index + m[0].length, value, 'date', 'decade', this.id, 2, true);
    },
  },
  {
    // twentieth century, 19th-century, the 21st century
    id: 'en/date/century',
    pattern: re(`${B}(${PERIOD_MOD})?(?:(\\d{1,2})(?:st|nd|rd|th)|(${alt(Object.keys(ORDINAL_WORDS))}))[-\\s]+century${E}`),
    build(m) {
      const n = m[2] ? Number(m[2]) : (ORDINAL_WORDS as Record<string, number>)[lower(m[3]!)]!;
      if (!(n >= 1 && n <= 22)) return null;
      return candidate(m, m.index, m.index + m[0].length, formatCentury(n), 'date', 'century', this.id, 2, true);
    },
  },
  {
    // between 21 and 26 September 2023, 7–18 December 2015
    id: 'en/date/range-days',
    pattern: re(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|and|until|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_CAP})(?:,?\\s+(${YEAR}))?${E}`, 'gu'),
    build(m) {
      return dayRange(m, this.id, Number(m[1]), Number(m[2]), monthNumber(m[3]!)!, m[4]);
    },
  },
  {
    // September 21–26, 2023
    id: 'en/date/range-days',
    pattern: re(`${B}(${MONTH_CAP})\\s+(\\d{1,2})\\s*(?:-|–|—|to|and|through)\\s*(\\d{1,2}),?(?:\\s+(${YEAR}))?${E}`, 'gu'),
    build(m) {
      return dayRange(m, this.id, Number(m[2]), Number(m[3]), monthNumber(m[1]!)!, m[4]);
    },
  },
  {
    // 2010–2015, 1998-99
    id: 'en/date/range-years',
    pattern: re(`${B}(${YEAR})\\s*(?:-|–|—)\\s*(\\d{4}|\\d{2})${E}(?!\\s*(?:-|–|%))`),
    build(m) {
      const a = Number(m[1]);
      const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (!(b > a && b - a <= 100)) return null;
      return candidate(m, m.index, m.index + m[0].length, `${formatYear(a)}/${formatYear(b)}`, 'range', 'year', this.id, 2, true);
    },
  },
  {
    // In 2004, since 2011, fiscal 1989, 2016, 2017 and 2018, bare 1998
    id: 'en/date/bare-year',
    pattern: re(`(?:(?<=(?<![\\p{L}])(?:mid|pre|post|early|late)-)|(?<![\\p{L}\\p{N}$£€#.,/'’:-]))(${YEAR})(?![\\p{L}\\p{N}]|[.,:/]\\p{N}|\\s*%|-(?:year|day|month|\\p{N}))`),
    build(m, env) {
      const year = Number(m[1]);
      const before = env.text.slice(Math.max(0, m.index - 24), m.index);
      const after = env.text.slice(m.index + 4, m.index + 24);
      if (QUANTITY_AFTER.test(after)) return null;
      const inContext = CONTEXT_BEFORE.test(before);
      if (!inContext) {
        if (LABEL_BEFORE.test(before)) return null;
        const latest = (env.ref?.year ?? 2030) + 10;
        if (year < 1900 || year > latest) return null;
      } else if (year < 1000) return null;
      const ruleId = inContext ? 'en/date/year-context' : this.id;
      return candidate(m, m.index, m.index + 4, formatYear(year), 'date', 'year', ruleId, 2, true);
    },
  },
  {
    // for 20 years, for a period of 20 years, 15-day, a five-year plan, the past five years
    id: 'en/date/duration',
    pattern: re(`${B}(?:(for|over|within|during|in)\\s+(?:(?:a|the)\\s+period\\s+of\\s+|(?:the\\s+)?(?:past|last|next|coming|first)\\s+|about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?|(?:the\\s+)?(past|last|next|coming)\\s+)?(${COUNT})(?:(-)|\\s+)(${UNIT})(?:(-)(?:long))?${E}(?!-old|\\s+old|\\s+ago|\\s+(?:later|earlier))`),
    build(m, env) {
      const intro = m[1] ?? m[2];
      const hyphen = m[4] === '-';
      const unitWord = lower(m[5]!);
      const singular = !unitWord.endsWith('s');
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // `over a decade of civil war`: a vague period, not a duration.
      if (/^(?:a|an)$/iu.test(m[3]!) && /^\s+of\s/iu.test(after)) return null;
      // Without a hyphen or an introducing word: `five year low`, `two months after the clashes`.
      if (!intro && !hyphen && !(singular ? /^\s+[a-z]/u.test(after) : /^\s+(?:after|before)\s/iu.test(after))) return null;
      const n = parseCount(m[3]!);
      if (n === null) return null;
      const value = durationValue(n, unitCode(unitWord));
      if (!value) return null;
      const start = groupStart(m, 3);
      return candidate(m, start, m.index + m[0].length, value, 'duration', DURATION_GRANULARITY[value.slice(-1)] ?? 'year', this.id, 1);
    },
  },
];

function dayRange(m: RegExpExecArray, ruleId: string, d1: number, d2: number, month: number, year: string | undefined): Candidate | null {
  if (!(d1 >= 1 && d2 <= 31 && d1 < d2)) return null;
  if (year) {
    const y = Number(year);
    const value = `${formatDay({ year: y, month, day: d1 })}/${formatDay({ year: y, month, day: d2 })}`;
    return candidate(m, m.index, m.index + m[0].length, value, 'range', 'day', ruleId, 3, true);
  }
  const c = candidate(m, m.index, m.index + m[0].length, null, 'range', 'day', ruleId, 3);
  c.pending = { need: 'year', month, day: d1, endDay: d2, yearOffset: 0 };
  return c;
}

/** The Gregorian date of a holiday in a year. */
export function holidayDate(rule: HolidayRule, year: number): YMD {
  if ('fixed' in rule) return { year, month: rule.fixed[0], day: rule.fixed[1] };
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  if (rule.nth > 0) {
    const first = weekday({ year, month: rule.month, day: 1 });
    return { year, month: rule.month, day: 1 + ((rule.weekday - first + 7) % 7) + (rule.nth - 1) * 7 };
  }
  const lastDay = daysInMonth(year, rule.month);
  const last = weekday({ year, month: rule.month, day: lastDay });
  return { year, month: rule.month, day: lastDay - ((last - rule.weekday + 7) % 7) };
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): YMD {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Each rule's pattern with match indices (`d`), compiled once per process. */
const withIndices = new WeakMap<DateRule, RegExp>();
function indexedPattern(rule: DateRule): RegExp {
  let pattern = withIndices.get(rule);
  if (!pattern) {
    pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : `${rule.pattern.flags}d`);
    withIndices.set(rule, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Runs every rule over the whole text (one pass per rule). */
export function runRules(rules: readonly DateRule[], env: RuleEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    const pattern = indexedPattern(rule);
    for (let m = pattern.exec(env.text); m; m = pattern.exec(env.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const built = rule.build(m, env);
      if (!built) continue;
      for (const c of Array.isArray(built) ? built : [built]) if (c.end > c.start) out.push(c);
    }
  }
  return out;
}
