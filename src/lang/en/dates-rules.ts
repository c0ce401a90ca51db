/**
 * English date rules: each is a pattern compiled from the tables in date-words.ts plus a small
 * `build` that turns a match into candidates. Values that need the reference date or an earlier
 * date of the text are left as `pending` and resolved in one pass by dates.ts.
 */
import type { DateKind, Granularity } from '../../core/types.js';
import type { DateCandidate } from '../common/date-ranges.js';
import {
  addDays, addMonths, formatCentury, formatDay, formatDecade, formatIsoWeek, formatMonth, formatYear,
  resolveWeekday, type YMD,
} from '../common/calendar.js';
import {
  DAY_WORDS, DECADE_WORDS, FUTURE_MARKERS, LABEL_WORDS_BEFORE, MONTHS, NUMBER_WORDS, ORDINAL_WORDS,
  QUANTITY_NOUNS, RELATIVE_MODIFIERS, SEASONS, UNITS, WEEKDAYS, YEAR_CONTEXT_BEFORE,
} from './date-words.js';

/** What a pending candidate still needs: the year of an earlier date, or the day of one. */
export type Pending =
  | { need: 'year'; month?: number; day?: number; endDay?: number; yearOffset: number }
  | { need: 'day'; dayOffset: number };

export interface Candidate extends DateCandidate {
  pending?: Pending;
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

function isFutureContext(env: RuleEnv, start: number, end: number): boolean {
  const s = env.sentenceStart(start);
  const e = env.sentenceEnd(end);
  return FUTURE.test(env.text.slice(s, e));
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
      const value = env.ref ? formatDay(addDays(env.ref, offset)) : null;
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'day', this.id);
    },
  },
  {
    // last week, this month, next year, earlier this year, the past year
    id: 'en/date/relative-unit',
    pattern: re(`${B}(?:(?:earlier|later)\\s+)?(${REL_MOD})\\s+(week|month|year|decade|century)${E}(?!\\s+(?:or|and)\\s+(?:two|so|more))`, 'giu'),
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
    pattern: re(`${B}(last|next|this|past|coming)\\s+(${WEEKDAY_CAP})${E}`, 'gu'),
    build(m, env) {
      const wd = (WEEKDAYS as Record<string, number>)[m[2]!.toLowerCase()]!;
      const mod = m[1]!.toLowerCase();
      const dir = mod === 'last' || mod === 'past' ? -1 : mod === 'this' ? 0 : 1;
      const value = env.ref ? formatDay(resolveWeekday(env.ref, wd, dir)) : null;
      return candidate(m, m.index, m.index + m[0].length, value, 'relative', 'day', this.id);
    },
  },
  {
    // Friday, Thursday morning (resolved to the nearest such day; future when the sentence is)
    id: 'en/date/weekday',
    pattern: re(`${B}(${WEEKDAY_CAP})(?:\\s+(?:morning|afternoon|evening|night))?${E}`, 'gu'),
    build(m, env) {
      const wd = (WEEKDAYS as Record<string, number>)[m[1]!.toLowerCase()]!;
      let value: string | null = null;
      if (env.ref) {
        const future = isFutureContext(env, m.index, m.index + m[0].length);
        value = formatDay(resolveWeekday(env.ref, wd, future ? 1 : -1));
      }
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
    // the following year, the next year, a year later
    id: 'en/date/follow-up-next',
    pattern: re(`${B}(?:the\\s+(?:following|next|previous)\\s+(day|year)|(a|one)\\s+(day|year)\\s+(later|earlier|before))${E}`),
    build(m) {
      const unit = lower(m[1] ?? m[3]!);
      const backwards = /previous|earlier|before/i.test(m[0]);
      const offset = backwards ? -1 : 1;
      const c = candidate(m, m.index, m.index + m[0].length, null, 'relative', unit === 'day' ? 'day' : 'year', this.id, 3);
      c.pending = unit === 'day' ? { need: 'day', dayOffset: offset } : { need: 'year', yearOffset: offset };
      return c;
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
    pattern: re(`(?<![\\p{L}\\p{N}$£€#.,/'’:-])(${YEAR})(?![\\p{L}\\p{N}]|[.,:/]\\p{N}|\\s*%|-(?:year|day|month|\\p{N}))`),
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
    pattern: re(`${B}(?:(for|over|within|during|in)\\s+(?:(?:a|the)\\s+period\\s+of\\s+|(?:the\\s+)?(?:past|last|next|coming|first)\\s+|about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?|(?:the\\s+)?(past|last|next|coming)\\s+)?(${COUNT})(?:(-)|\\s+)(${UNIT})(?:(-)(?:long))?${E}(?!-old|\\s+old|\\s+ago|\\s+(?:later|earlier|before|after))`),
    build(m, env) {
      const intro = m[1] ?? m[2];
      const hyphen = m[4] === '-';
      const unitWord = lower(m[5]!);
      const singular = !unitWord.endsWith('s');
      // A singular unit without a hyphen or an introducing word: `five year low` only.
      if (!intro && !hyphen && !singular) return null;
      if (!intro && !hyphen && !/^\s+[a-z]/.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const n = parseCount(m[3]!);
      if (n === null) return null;
      const value = durationValue(n, unitCode(unitWord));
      if (!value) return null;
      const start = groupStart(m, 3);
      return candidate(m, start, m.index + m[0].length, value, 'duration', 'duration', this.id, 1);
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

/** Runs every rule over the whole text (one pass per rule). */
export function runRules(rules: readonly DateRule[], env: RuleEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : `${rule.pattern.flags}d`);
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
