/**
 * Arabic date rules, chrono-style: each rule is a compiled pattern plus an `extract` that turns
 * a match into a candidate (or rejects it). Patterns run on the normalized text; the runner in
 * `dates.ts` maps offsets back, resolves overlaps (longest wins) and merges ranges.
 */
import type { DateKind, Granularity } from '../../core/types.js';
import {
  addDays, addMonths, daysInMonth, formatCentury, formatDay, formatDecade, formatIsoWeek, formatMonth, formatYear,
  isValidDate, resolveWeekday, weekday, type YMD,
} from '../common/calendar.js';
import {
  AL, CONNECTOR, DAYTIME_BEFORE_RE, E, EVENT_NOUN_BEFORE_RE, GENERAL_NOUN_BEFORE_RE, MONTH_CONTEXT_BEFORE_RE, NE, NOT_TODAY_AFTER_RE, NOT_TODAY_BEFORE_RE, P,
  S, S0, YEAR_CONTEXT_BEFORE_RE, pairedMonth, words,
} from './dates-patterns.js';
import { formatHijriMonthRange, gregorianToHijri, hijriToGregorian, hijriYearToGregorianYear } from './hijri.js';

/** Structured calendar parts, kept so ranges can borrow a missing year from their other end. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  yearExplicit: boolean;
}

export interface Candidate {
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  value: string | null;
  kind: DateKind;
  granularity: Granularity;
  ruleId: string;
  calendar?: 'gregorian' | 'hijri';
  parts?: DateParts;
}

export interface RuleEnv {
  text: string; // normalized
  ref: YMD | null;
}

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

export interface DateRule {
  id: string;
  /**
   * The core pattern. It opens with a required token (a digit, a table word), never with a
   * lookbehind or an optional part, so the regex engine can skip ahead quickly; word-start is
   * checked by the runner.
   */
  pattern: RegExp;
  /**
   * Optional words before the core (weekday, day, `من`/`بين`, `عام`), matched backwards one step
   * at a time, right to left: each step is anchored at `$` on the text just before what has been
   * matched so far and opens with a required token. Their groups join the core's.
   */
  prefix?: readonly RegExp[];
  /** Groups (prefix or core) whose first present one starts the span (else the core match). */
  spanFrom?: readonly string[];
  extract(g: Groups, env: RuleEnv, start: number, end: number): Omit<Candidate, 'start' | 'end' | 'ruleId'> | null;
}

const re = (source: string) => new RegExp(source, 'gdu');
const prefixRe = (source: string) => new RegExp(`${source}$`, 'du');

const GREGORIAN_MIN = 1000;
const GREGORIAN_MAX = 2100;
/** Bare four-digit numbers are years only in this range (with a context word). */
const BARE_YEAR_MIN = 1800;
const HIJRI_MIN = 1;
const HIJRI_MAX = 1600;

function int(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number.parseInt(s, 10);
}

function dayOf(g: Groups, numeric = 'd', ordinal = 'od'): number | undefined {
  if (g[numeric] !== undefined) return int(g[numeric]);
  if (g[ordinal] !== undefined) return words.ordinal(g[ordinal]!);
  return undefined;
}

/** Text immediately before `start` (a short window is enough for the context regexes). */
function before(env: RuleEnv, start: number, width = 24): string {
  return env.text.slice(Math.max(0, start - width), start);
}

function after(env: RuleEnv, end: number, width = 24): string {
  return env.text.slice(end, end + width);
}

function cmp(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Year for a month (and day) given without one, from the reference and a direction modifier. */
function inferYear(ref: YMD, month: number, day: number | undefined, mod: -1 | 0 | 1 | undefined): number {
  if (mod === undefined || mod === 0) return ref.year;
  const probe = (year: number) => ({ year, month, day: day ?? 1 });
  if (mod === -1) {
    if (day !== undefined) return cmp(probe(ref.year), ref) < 0 ? ref.year : ref.year - 1;
    return month < ref.month ? ref.year : ref.year - 1;
  }
  if (day !== undefined) return cmp(probe(ref.year), ref) > 0 ? ref.year : ref.year + 1;
  return month > ref.month ? ref.year : ref.year + 1;
}

function dateValue(parts: DateParts): { value: string | null; granularity: Granularity } {
  if (parts.month === undefined) return { value: formatYear(parts.year), granularity: 'year' };
  if (parts.day === undefined) return { value: formatMonth(parts.year, parts.month), granularity: 'month' };
  const d = { year: parts.year, month: parts.month, day: parts.day };
  return { value: isValidDate(d) ? formatDay(d) : null, granularity: 'day' };
}

/** The date with `target` weekday nearest to `anchor` (the anchor itself when it matches). */
function nearestWeekday(anchor: YMD, target: number): YMD {
  let delta = target - weekday(anchor);
  if (delta > 3) delta -= 7;
  if (delta < -3) delta += 7;
  return addDays(anchor, delta);
}

const WEEKDAY_STEP = prefixRe(`(?<wd>${P.weekday})${S0}[,،]?${S0}`);
const DAY_STEP = prefixRe(`(?:(?<d>\\d{1,2})|(?<od>${P.ordinal}))${S}(?:من${S})?`);
const YEAR_AFTER_MONTH = `${S0}[,،]?${S0}(?:من${S})?(?:${AL}?(?:عام|سنه)${S})?(?<y>\\d{4})(?:(?<ge>${P.gregorianEra})|${NE})`;
/** A coordinated month that carries the year a bare month lacks: `مايو ونوفمبر 2003`, `5 مايو و7 نوفمبر 2003`. */
const COORDINATED_MONTH_YEAR = new RegExp(`^${S0}و${S0}(?:(?:\\d{1,2}|${P.ordinal})${S}(?:من${S})?)?${P.month}${YEAR_AFTER_MONTH}`, 'u');
const OPENER_STEP = prefixRe(`(?<open>من|بين|ما${S}بين)${S}`);
const YEAR_SUFFIX_ERA = `(?:(?<he>${P.hijriEra})|(?<ge>${P.gregorianEra})|${NE})`;

/**
 * Hijri dates: `26 شوال 1436 هـ`, `الأحد 26 شوال 1436هـ`, `السادس من رمضان` (year from the
 * reference), `رمضان 1436 هـ` (the Gregorian days of that month). A Hijri month name alone is not
 * a date (`رجب`, `رمضان` are also names).
 */
const hijriDate: DateRule = {
  id: 'ar/date/hijri',
  prefix: [prefixRe(`(?<shahr>شهر)${S}`), DAY_STEP, WEEKDAY_STEP],
  pattern: re(`(?<hm>${P.hijriMonth})(?:${S0}[,،]?${S0}(?<y>\\d{3,4})(?:(?<he>${P.hijriEra})|${NE})|${S}(?<mod>${P.modifier})${E}|${E})`),
  spanFrom: ['wd', 'd', 'od', 'shahr', 'hm'],
  extract(g, env) {
    const month = words.hijriMonth(g.hm!);
    const day = dayOf(g);
    if (month === undefined || (day === undefined && g.y === undefined && g.mod === undefined && g.shahr === undefined)) return null;
    let year = int(g.y);
    if (day === undefined && year === undefined) {
      // `رمضان الماضي`, `شهر رمضان`: that month in the Hijri year the modifier points to.
      if (!env.ref) return { value: null, kind: 'relative', granularity: 'month', calendar: 'hijri' };
      const now = gregorianToHijri(env.ref);
      const mod = g.mod !== undefined ? words.modifier(g.mod) : 0;
      let hy = now.year;
      if (mod === -1 && month >= now.month) hy--;
      if (mod === 1 && month <= now.month) hy++;
      return { value: formatHijriMonthRange(hy, month), kind: 'relative', granularity: 'month', calendar: 'hijri' };
    }
    if (day === undefined) {
      if (year! < HIJRI_MIN || year! > HIJRI_MAX) return null;
      return { value: formatHijriMonthRange(year!, month), kind: 'date', granularity: 'month', calendar: 'hijri' };
    }
    let kind: DateKind = 'date';
    if (year === undefined) {
      if (!env.ref) return { value: null, kind: 'relative', granularity: 'day', calendar: 'hijri' };
      year = gregorianToHijri(env.ref).year;
      kind = 'relative';
    }
    if (year < HIJRI_MIN || year > HIJRI_MAX) return null;
    const greg = hijriToGregorian({ year, month, day });
    if (!greg) return null;
    return { value: formatDay(greg), kind, granularity: 'day', calendar: 'hijri', parts: { ...greg, yearExplicit: kind === 'date' } };
  },
};

/** Numeric dates `17/5/1436هـ`, `4/ 8/ 2015م`, `17 - 5 - 1436`, `2015-07-24`. */
const numericDate: DateRule = {
  id: 'ar/date/numeric',
  prefix: [WEEKDAY_STEP],
  pattern: re(`(?<a>\\d{4}|\\d{1,2})${S0}(?<sep>[/\\-])${S0}(?<b>\\d{1,2})${S0}\\k<sep>${S0}(?<c>\\d{4}|\\d{1,2})${YEAR_SUFFIX_ERA}`),
  spanFrom: ['wd', 'a'],
  extract(g) {
    const a = g.a!, c = g.c!;
    let year: number, day: number;
    const month = int(g.b)!;
    if (a.length === 4 && c.length <= 2) { year = int(a)!; day = int(c)!; }
    else if (c.length === 4 && a.length <= 2) { year = int(c)!; day = int(a)!; }
    else return null;
    let hijri = g.he !== undefined;
    if (!hijri && g.ge === undefined) {
      if (year >= 1300 && year <= 1500) hijri = true;
      else if (year < BARE_YEAR_MIN || year > GREGORIAN_MAX) return null;
    }
    if (hijri) {
      if (year < HIJRI_MIN || year > HIJRI_MAX) return null;
      const greg = hijriToGregorian({ year, month, day });
      if (!greg) return null;
      return { value: formatDay(greg), kind: 'date', granularity: 'day', calendar: 'hijri', parts: { ...greg, yearExplicit: true } };
    }
    const d = { year, month, day };
    if (!isValidDate(d)) return null;
    return { value: formatDay(d), kind: 'date', granularity: 'day', parts: { ...d, yearExplicit: true } };
  },
};

/**
 * Gregorian day-month-year, month-year and bare months, with an optional leading weekday,
 * ordinal days (`السابع من يوليو`) and a trailing modifier (`24 يناير الماضي`).
 */
const gregorianDate: DateRule = {
  id: 'ar/date/gregorian',
  prefix: [prefixRe(`(?<shahr>شهر)${S}`), DAY_STEP, WEEKDAY_STEP],
  pattern: re(`${pairedMonth('mon', 'pair')}(?:${YEAR_AFTER_MONTH}|${S}(?<mod>${P.modifier})${E}|${E})`),
  spanFrom: ['wd', 'd', 'od', 'mon'],
  extract(g, env, start, end) {
    const month = words.month(g.mon!);
    if (month === undefined) return null;
    const day = dayOf(g);
    if (g.od !== undefined && day === undefined) return null;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    const mod = g.mod !== undefined ? words.modifier(g.mod) : undefined;
    if (words.isAmbiguousMonth(g.mon!) && day === undefined && g.y === undefined && mod === undefined &&
      g.shahr === undefined && g.pair === undefined && !MONTH_CONTEXT_BEFORE_RE.test(before(env, start))) return null;
    if (g.y !== undefined) {
      const year = int(g.y)!;
      if (year < GREGORIAN_MIN || year > GREGORIAN_MAX) return null;
      const parts: DateParts = { year, month, day, yearExplicit: true };
      const { value, granularity } = dateValue(parts);
      if (value === null) return null;
      return { value, kind: 'date', granularity, parts };
    }
    if (EVENT_NOUN_BEFORE_RE.test(before(env, start))) return null;
    const granularity: Granularity = day === undefined ? 'month' : 'day';
    const coordinated = mod === undefined ? COORDINATED_MONTH_YEAR.exec(env.text.slice(end, end + 80))?.groups?.['y'] : undefined;
    if (coordinated !== undefined) {
      const parts: DateParts = { year: int(coordinated)!, month, day, yearExplicit: true };
      const { value } = dateValue(parts);
      if (value !== null && parts.year >= GREGORIAN_MIN && parts.year <= GREGORIAN_MAX) return { value, kind: 'date', granularity, parts };
    }
    // Without a reference the year stays unknown, but a range may still borrow it (`من 7 يوليو إلى 18 ديسمبر 2015`).
    if (!env.ref) return { value: null, kind: 'relative', granularity, parts: { year: Number.NaN, month, day, yearExplicit: false } };
    const parts: DateParts = { year: inferYear(env.ref, month, day, mod), month, day, yearExplicit: false };
    const { value } = dateValue(parts);
    if (value === null) return null;
    return { value, kind: 'relative', granularity, parts };
  },
};

/** A day of a relative month: `الرابع عشر من الشهر الماضي`, `15 من الشهر الجاري`. */
const dayOfRelativeMonth: DateRule = {
  id: 'ar/date/day-of-relative-month',
  prefix: [DAY_STEP],
  pattern: re(`${AL}شهر${S}(?<mod>${P.modifier})${E}`),
  spanFrom: ['d', 'od'],
  extract(g, env) {
    const day = dayOf(g);
    const mod = words.modifier(g.mod!);
    if (day === undefined || mod === undefined || day < 1 || day > 31) return null;
    if (!env.ref) return { value: null, kind: 'relative', granularity: 'day' };
    const m = addMonths({ ...env.ref, day: 1 }, mod);
    if (day > daysInMonth(m.year, m.month)) return null;
    const d = { year: m.year, month: m.month, day };
    return { value: formatDay(d), kind: 'relative', granularity: 'day', parts: { ...d, yearExplicit: false } };
  },
};

function hijriOrGregorianYear(year: number, hijri: boolean, gregorianMin: number): Omit<Candidate, 'start' | 'end' | 'ruleId'> | null {
  if (hijri) {
    if (year < HIJRI_MIN || year > HIJRI_MAX) return null;
    return { value: formatYear(hijriYearToGregorianYear(year)), kind: 'date', granularity: 'year', calendar: 'hijri' };
  }
  if (year < gregorianMin || year > GREGORIAN_MAX) return null;
  return { value: formatYear(year), kind: 'date', granularity: 'year', parts: { year, yearExplicit: true } };
}

/** `العام 2015`, `عام 2015م`, `سنة 1436 هـ`: the noun is part of the span. */
const yearWithNoun: DateRule = {
  id: 'ar/date/year-noun',
  pattern: re(`${P.yearNoun}${S}(?<y>\\d{3,4})${YEAR_SUFFIX_ERA}`),
  extract(g) {
    const year = int(g.y)!;
    if (g.y!.length === 3 && g.he === undefined && g.ge === undefined) return null;
    return hijriOrGregorianYear(year, g.he !== undefined, g.ge !== undefined ? 1 : GREGORIAN_MIN);
  },
};

/** A year with an era letter: `1997م`, `1436هـ`. */
const yearWithEra: DateRule = {
  id: 'ar/date/year-era',
  pattern: re(`(?<y>\\d{3,4})(?:(?<he>${P.hijriEra})|(?<ge>${P.gregorianEra}))`),
  extract(g) {
    return hijriOrGregorianYear(int(g.y)!, g.he !== undefined, 1);
  },
};

/** A bare year after a temporal preposition: `في 2015`, `منذ 2011` (the preposition stays outside). */
const yearInContext: DateRule = {
  id: 'ar/date/year-context',
  pattern: re(`(?<y>\\d{4})${NE}(?!${S0}[%٪]|${S}[وف]?[بلك]?${P.countedNoun})`),
  extract(g, env, start) {
    if (!YEAR_CONTEXT_BEFORE_RE.test(before(env, start))) return null;
    return hijriOrGregorianYear(int(g.y)!, false, BARE_YEAR_MIN);
  },
};

/** Year ranges: `بين عامي 2010 و2020`, `من 2010 إلى 2015`, `2010-2020`, `(1434 - 1435هـ)`. */
const yearRange: DateRule = {
  id: 'ar/date/year-range',
  prefix: [prefixRe(`(?<noun>${P.yearPairNoun}|${P.yearNoun})${S}`), OPENER_STEP],
  pattern: re(
    `(?<y1>\\d{4})(?<he1>${P.hijriEra})?(?<conn>${CONNECTOR})(?:${P.yearNoun}${S})?(?<y2>\\d{4})${YEAR_SUFFIX_ERA}`,
  ),
  spanFrom: ['open', 'noun', 'y1'],
  extract(g) {
    const y1 = int(g.y1)!, y2 = int(g.y2)!;
    const conn = g.conn!.trim();
    const hijri = g.he !== undefined || g.he1 !== undefined;
    if (y2 <= y1) return null;
    if (conn === 'و' && g.open === undefined && (g.noun === undefined || !/ي$|ين$/u.test(g.noun))) return null;
    if (conn === '/' && !hijri && g.noun === undefined) return null;
    if (!hijri && g.open === undefined && g.noun === undefined && g.ge === undefined && !/^[-–—]$/u.test(conn)) return null;
    let from: number, to: number;
    if (hijri) {
      if (y1 < HIJRI_MIN || y2 > HIJRI_MAX) return null;
      from = hijriYearToGregorianYear(y1);
      to = hijriYearToGregorianYear(y2);
    } else {
      if (y1 < BARE_YEAR_MIN || y2 > GREGORIAN_MAX) return null;
      from = y1; to = y2;
    }
    return { value: `${formatYear(from)}/${formatYear(to)}`, kind: 'range', granularity: 'year', ...(hijri ? { calendar: 'hijri' as const } : {}) };
  },
};

/** Day ranges inside one month: `7-18 ديسمبر 2015`, `من 7 إلى 18 ديسمبر`, `بين 21 و26 سبتمبر 2023`. */
const dayRange: DateRule = {
  id: 'ar/date/day-range',
  prefix: [OPENER_STEP],
  pattern: re(
    `(?<d1>\\d{1,2})(?<conn>${CONNECTOR})(?<d2>\\d{1,2})${S}(?:من${S})?` +
    `${pairedMonth('mon', 'pair')}(?:${YEAR_AFTER_MONTH}|${S}(?<mod>${P.modifier})${E}|${E})`,
  ),
  spanFrom: ['open', 'd1'],
  extract(g, env) {
    const d1 = int(g.d1)!, d2 = int(g.d2)!;
    const month = words.month(g.mon!);
    const conn = g.conn!.trim();
    if (month === undefined || d1 >= d2 || d1 < 1 || d2 > 31 || conn === '/') return null;
    if (conn === 'و' && g.open === undefined) return null;
    let year: number, kind: DateKind = 'range';
    if (g.y !== undefined) year = int(g.y)!;
    else if (env.ref) year = inferYear(env.ref, month, d2, g.mod !== undefined ? words.modifier(g.mod) : undefined);
    else return { value: null, kind: 'relative', granularity: 'day' };
    if (year < GREGORIAN_MIN || year > GREGORIAN_MAX) return null;
    const a = { year, month, day: d1 }, b = { year, month, day: d2 };
    if (!isValidDate(a) || !isValidDate(b)) return null;
    if (g.y === undefined) kind = 'relative';
    return { value: `${formatDay(a)}/${formatDay(b)}`, kind, granularity: 'day' };
  },
};

/** `اليوم`, `أمس`, `غدا`, `الليلة`, `أمس الأول`, also with a weekday: `اليوم الأحد`, `أمس الخميس`. */
const relativeDay: DateRule = {
  id: 'ar/date/relative-day',
  pattern: re(`(?<rel>${P.relativeDay})(?:${S}(?:يوم${S})?(?<wd>${P.weekday}))?${E}`),
  extract(g, env, start, end) {
    const offset = words.relativeDay(g.rel!);
    if (offset === undefined) return null;
    const prev = env.text[start - 1];
    // `لامس` (touched) is not ل + أمس: only conjunctions attach to these words.
    if (prev !== undefined && /[بلك]/u.test(prev) && !g.rel!.startsWith('ال') && !g.rel!.startsWith('ل')) return null;
    if (g.wd === undefined && /^(?:ال|ل)(?:يوم|ليله)$/u.test(g.rel!)) {
      if (NOT_TODAY_AFTER_RE.test(after(env, end)) || NOT_TODAY_BEFORE_RE.test(before(env, start))) return null;
    }
    if (!env.ref) return { value: null, kind: 'relative', granularity: 'day' };
    let d = addDays(env.ref, offset);
    if (g.wd !== undefined) d = nearestWeekday(d, words.weekday(g.wd)!);
    return { value: formatDay(d), kind: 'relative', granularity: 'day', parts: { ...d, yearExplicit: false } };
  },
};

/** Weekdays: `يوم الخميس المقبل`, `الأحد الماضي`, `الجمعة`. */
const weekdayRule: DateRule = {
  id: 'ar/date/weekday',
  spanFrom: ['yawm', 'wd'],
  prefix: [prefixRe(`(?<yawm>يوم)${S}`)],
  pattern: re(`(?<wd>${P.weekday})(?:${S}(?<mod>${P.modifier})${E}|${E}(?!${S}عشر))`),
  extract(g, env, start) {
    const target = words.weekday(g.wd!);
    if (target === undefined) return null;
    const mod = g.mod !== undefined ? words.modifier(g.mod) : undefined;
    if (words.isAmbiguousWeekday(g.wd!) && g.yawm === undefined && mod === undefined &&
      !DAYTIME_BEFORE_RE.test(before(env, start))) return null;
    if (!env.ref) return { value: null, kind: 'relative', granularity: 'day' };
    const d = mod === undefined ? nearestWeekday(env.ref, target) : resolveWeekday(env.ref, target, mod);
    return { value: formatDay(d), kind: 'relative', granularity: 'day', parts: { ...d, yearExplicit: false } };
  },
};

/** `العام الماضي`, `هذا العام`, `الشهر المقبل`, `الأسبوع الماضي`, `القرن الماضي`, `العقد الماضي`. */
const relativeUnit: DateRule = {
  id: 'ar/date/relative-unit',
  prefix: [prefixRe(`(?<this>${P.thisWord})${S}`)],
  pattern: re(`(?<unit>${P.unit})(?:${S}(?<mod>${P.modifier}))?${E}`),
  spanFrom: ['this', 'unit'],
  extract(g, env, start) {
    const unit = words.unit(g.unit!);
    if (unit === undefined || (g.this === undefined && g.mod === undefined)) return null;
    if (unit === 'year' && g.this === undefined && GENERAL_NOUN_BEFORE_RE.test(before(env, start))) return null;
    const mod = g.mod !== undefined ? words.modifier(g.mod)! : 0;
    const granularity: Granularity = unit;
    if (!env.ref) return { value: null, kind: 'relative', granularity };
    const ref = env.ref;
    switch (unit) {
      case 'year': {
        const year = ref.year + mod;
        return { value: formatYear(year), kind: 'relative', granularity, parts: { year, yearExplicit: false } };
      }
      case 'month': {
        const m = addMonths({ ...ref, day: 1 }, mod);
        return { value: formatMonth(m.year, m.month), kind: 'relative', granularity, parts: { year: m.year, month: m.month, yearExplicit: false } };
      }
      case 'week':
        return { value: formatIsoWeek(addDays(ref, 7 * mod)), kind: 'relative', granularity };
      case 'decade':
        return { value: formatDecade(Math.floor(ref.year / 10) * 10 + 10 * mod), kind: 'relative', granularity };
      case 'century':
        return { value: formatCentury(Math.floor((ref.year - 1) / 100) + 1 + mod), kind: 'relative', granularity };
    }
  },
};

const SEASON_MONTHS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] } as const;

/** Seasons with a year or a modifier: `صيف 2015`, `صيف العام الماضي`, `الصيف الماضي`, `صائفة 2014`. */
const seasonRule: DateRule = {
  id: 'ar/date/season',
  pattern: re(
    `(?<season>${P.season})(?:${S}(?:${P.yearNoun}${S})?(?<y>\\d{4})(?:${P.gregorianEra}|${NE})` +
    `|${S}(?:${AL}(?:عام|سنه))${S}(?<umod>${P.modifier})${E}|${S}(?<mod>${P.modifier})${E})`,
  ),
  extract(g, env) {
    const code = words.season(g.season!);
    if (code === undefined) return null;
    if (g.y !== undefined) {
      const year = int(g.y)!;
      if (year < GREGORIAN_MIN || year > GREGORIAN_MAX) return null;
      return { value: `${formatYear(year)}-${code}`, kind: 'date', granularity: 'season' };
    }
    if (!env.ref) return { value: null, kind: 'relative', granularity: 'season' };
    let year: number;
    if (g.umod !== undefined) year = env.ref.year + words.modifier(g.umod)!;
    else {
      if (!g.season!.startsWith('ال') && !g.season!.startsWith('ل')) return null;
      const mod = words.modifier(g.mod!)!;
      const [first, last] = SEASON_MONTHS[code];
      const m = env.ref.month;
      if (mod === -1) year = last < m ? env.ref.year : env.ref.year - 1;
      else if (mod === 1) year = first > m ? env.ref.year : env.ref.year + 1;
      else year = env.ref.year;
    }
    return { value: `${formatYear(year)}-${code}`, kind: 'relative', granularity: 'season' };
  },
};

const CENTURY_SPEC = `(?:(?<cmod>${P.modifier})|(?<cord>${P.ordinal})|(?:ال)?(?<cnum>\\d{1,2})${NE})`;

function centuryStart(g: Groups, ref: YMD | null): number | null | undefined {
  if (g.cord !== undefined || g.cnum !== undefined) {
    const n = g.cord !== undefined ? words.ordinal(g.cord) : int(g.cnum);
    return n === undefined || n < 1 || n > 21 ? undefined : (n - 1) * 100;
  }
  if (g.cmod !== undefined) {
    if (!ref) return null;
    return (Math.floor((ref.year - 1) / 100) + words.modifier(g.cmod)!) * 100;
  }
  return undefined;
}

/** Decades: `التسعينيات`, `الثمانينات`, `تسعينيات القرن الماضي`, `ثمانينيات القرن العشرين`. */
const decadeRule: DateRule = {
  id: 'ar/date/decade',
  pattern: re(`(?<al>${AL})?(?<dec>${P.decadeStem})(?:يات|ات)(?:${S}(?:من${S})?${AL}قرن${S}${CENTURY_SPEC})?${E}`),
  extract(g, env) {
    const digit = words.decade(g.dec!);
    if (digit === undefined) return null;
    const hasCentury = g.cmod !== undefined || g.cord !== undefined || g.cnum !== undefined;
    let base: number;
    if (hasCentury) {
      const start = centuryStart(g, env.ref);
      if (start === undefined) return null;
      if (start === null) return { value: null, kind: 'relative', granularity: 'decade' };
      base = start;
    } else {
      // The latest such decade that has begun by the reference year (1900s without one).
      const refYear = env.ref?.year ?? 1999;
      base = Math.floor(refYear / 100) * 100;
      if (base + digit * 10 > refYear) base -= 100;
    }
    const kind: DateKind = g.cmod !== undefined ? 'relative' : 'date';
    return { value: formatDecade(base + digit * 10), kind, granularity: 'decade' };
  },
};

/** Centuries: `القرن العشرين` → `19`, `القرن الحادي والعشرين` → `20`, `القرن الـ19` → `18`. */
const centuryRule: DateRule = {
  id: 'ar/date/century',
  pattern: re(`${AL}قرن${S}(?:(?<cord>${P.ordinal})|(?:ال)?(?<cnum>\\d{1,2})${NE})${E}(?!${S}(?:الهجري|للهجره))`),
  extract(g) {
    const start = centuryStart(g, null);
    if (start === undefined || start === null) return null;
    return { value: formatCentury(start / 100 + 1), kind: 'date', granularity: 'century' };
  },
};

const DURATION_GRANULARITY = { Y: 'year', M: 'month', W: 'week', D: 'day' } as const;

/**
 * Durations: `5 سنوات`, `خمس سنوات`, `20 عاما`, `ثلاثة عقود`, `عامين`, `عام واحد`, and definite
 * counted periods with an adjective of time (`العامين الماضيين`, `السنوات الست الماضية`,
 * `الخمس سنوات الأخيرة`).
 */
const durationRule: DateRule = {
  id: 'ar/date/duration',
  pattern: re(
    `(?:(?:(?<n>\\d{1,3})|(?<nw>${P.cardinal}))${S}(?<unit>${P.durationUnit})(?:${S}${P.durationSpanAdjective}${E})?` +
    `|(?<unit1>${P.durationUnit})${S}${P.one}` +
    `|${AL}(?<ddual>${P.durationDual})${S}${P.durationSpanAdjective}` +
    `|${AL}(?<punit>${P.durationUnit})${S}${AL}(?<pnw>${P.cardinal})${S}${P.durationSpanAdjective}` +
    `|${AL}(?<pnw2>${P.cardinal})${S}(?<punit2>${P.durationUnit})${S}${P.durationSpanAdjective}` +
    `|(?<dual>${P.durationDual}))${E}`,
  ),
  extract(g) {
    let amount: number | undefined;
    let unit: readonly [string, number] | undefined;
    const dual = g.dual ?? g.ddual;
    if (dual !== undefined) {
      unit = words.durationDual(dual);
      amount = 1;
    } else if (g.unit1 !== undefined) {
      unit = words.durationUnit(g.unit1);
      amount = 1;
    } else {
      const n = g.nw ?? g.pnw ?? g.pnw2;
      amount = g.n !== undefined ? int(g.n) : n !== undefined ? words.cardinal(n) : undefined;
      unit = words.durationUnit((g.unit ?? g.punit ?? g.punit2)!);
    }
    if (amount === undefined || unit === undefined || amount < 1) return null;
    const [u, mult] = unit as readonly ['Y' | 'M' | 'W' | 'D', number];
    return { value: `P${amount * mult}${u}`, kind: 'duration', granularity: DURATION_GRANULARITY[u] };
  },
};

/** All rules; order is the tie-break when two candidates have the same span length. */
export const AR_DATE_RULES: readonly DateRule[] = [
  dayRange, yearRange, hijriDate, numericDate, gregorianDate, dayOfRelativeMonth,
  yearWithNoun, yearWithEra, yearInContext, relativeDay, weekdayRule, relativeUnit, seasonRule, decadeRule,
  centuryRule, durationRule,
];

export type { Indices };
