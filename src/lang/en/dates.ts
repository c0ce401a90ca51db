/**
 * English date extraction: chrono-node (one call over the whole text, restricted to its
 * calendar-date parsers) finds explicit dates; our rules (dates-rules.ts, from the tables in
 * date-words.ts) add years in context, decades, centuries, seasons, relative dates, ranges and
 * durations. Candidates are then resolved: longest wins, adjacent dates joined by a connector
 * become ranges, and values that need an anchor (`that same year`, `the next day`, `Nov. 3`) take
 * it from the text or the reference date.
 */
// English only: the package root loads every locale chrono has (twice the memory per worker).
import * as chrono from 'chrono-node/en';
import type { ExtractionContext } from '../../core/document.js';
import type { DateMention } from '../../core/types.js';
import { addDays, addMonths, formatDay, formatIsoWeek, formatMonth, formatYear, parseIsoDate, type YMD } from '../common/calendar.js';
import { mergeRanges, selectLongest, type RangeConnectors } from '../common/date-ranges.js';
import { EN_DATE_RULES, isFutureContext, monthNumber, runRules, type Candidate, type RuleEnv } from './dates-rules.js';

/** chrono parsers we trust for calendar dates; the rest (times, casual, relative) are ours. */
const CHRONO_PARSERS = new Set([
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser',
  'ENYearMonthDayParser', 'ENYearMonthNameParser', 'SlashDateFormatParser', 'ISOFormatParser',
]);

let chronoInstance: chrono.Chrono | null = null;
function chronoParser(): chrono.Chrono {
  if (!chronoInstance) {
    const config = chrono.configuration.createCasualConfiguration();
    config.parsers = config.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name));
    chronoInstance = new chrono.Chrono(config);
  }
  return chronoInstance;
}

const EN_RANGE_CONNECTORS: RangeConnectors = {
  joins: [
    { between: /^\s+and\s+$/iu, before: /(?<![\p{L}\p{N}])between\s+$/iu, requireBefore: true },
    { between: /^\s+(?:to|through|until|till|thru)\s+$/iu, before: null, requireBefore: false },
    { between: /^\s*[-–—]\s*$/u, before: null, requireBefore: false },
  ],
};

const FULL_MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const LEADING_WORDS = /^(?:(?:on|in|at|of|the|since|by|from|for|during|until|till|before|after)\s+)+/iu;
const MONTH_WORD = /\p{L}+/u;
const PERIOD_BEFORE = /(?<![\p{L}\p{N}])(?:early|mid|late)(?:-|\s+)$|(?<![\p{L}\p{N}])mid-?$/iu;

/** Where chrono can find something: a capitalized month name or a numeric date with separators. */
const CHRONO_TRIGGER = /(?<![\p{L}])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\p{N}[/.-]\p{N}{1,2}[/.-]\p{N}/gu;
const REGION_BEFORE = 32;
const REGION_AFTER = 48;
const REGION_MAX = 1000;

/**
 * Text regions around chrono's triggers, merged, cut at white space. chrono runs every parser over
 * all it is given (about 0.5 MB/s), so it only sees these regions: one call per region.
 */
export function chronoRegions(text: string): [number, number][] {
  const regions: [number, number][] = [];
  CHRONO_TRIGGER.lastIndex = 0;
  for (let m = CHRONO_TRIGGER.exec(text); m; m = CHRONO_TRIGGER.exec(text)) {
    let from = Math.max(0, m.index - REGION_BEFORE);
    while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
    let to = Math.min(text.length, m.index + REGION_AFTER);
    while (to < text.length && !/\s/u.test(text[to]!)) to++;
    const last = regions[regions.length - 1];
    // Regions are kept short (chrono's refiners grow faster than linearly with its results);
    // a long run of triggers gives overlapping regions, whose duplicate results selectLongest drops.
    if (last && from <= last[1] && to - last[0] <= REGION_MAX) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}

/** Converts one chrono result into a candidate (or null when it is not a date we want). */
function fromChrono(text: string, r: chrono.ParsedResult, offset: number): Candidate | null {
  let start = r.index + offset;
  let body = r.text;
  const lead = LEADING_WORDS.exec(body);
  if (lead) {
    start += lead[0].length;
    body = body.slice(lead[0].length);
  }
  body = body.replace(/(?:\s+(?:of|the|on|in|at))+\s*$/iu, '');
  body = body.replace(/[\s,.;:]+$/u, (tail) => (/^\.$/.test(tail) && /\p{L}$/u.test(body.slice(0, -1)) ? tail : ''));
  const end = start + body.length;
  const c = r.start;
  if (!c.isCertain('month')) return null;
  const monthWord = MONTH_WORD.exec(body)?.[0];
  const hasMonthName = monthWord !== undefined && monthNumber(monthWord) !== undefined;
  if (/\n/u.test(body)) return null;
  if (hasMonthName) {
    // `may`, `march` in lower case are a verb or a noun, not a month.
    if (monthWord[0] === monthWord[0]!.toLowerCase()) return null;
    // A bare abbreviation without its dot is a name (`Zhai Jun`), not a month.
    if (!c.isCertain('day') && !c.isCertain('year') && !FULL_MONTH_NAMES.has(monthWord.toLowerCase())
      && !/^\p{L}+\./u.test(body.slice(body.indexOf(monthWord)))) return null;
  } else if (!c.isCertain('year') || (body.match(/[/.-]/g) ?? []).length < 2) {
    return null; // numeric dates need a year: `3/4` is a fraction
  }
  const month = c.get('month')!;
  const hasDay = c.isCertain('day');
  // `the March for Life`, `the March of the Mothers`: a name, not a month.
  if (hasMonthName && !hasDay && !c.isCertain('year') && /^\s+(?:for|of\s+the|of\s+a)\s/iu.test(text.slice(end, end + 10))
    && /(?:the|annual|a)\s+$/iu.test(text.slice(Math.max(0, start - 8), start))) return null;
  const day = c.get('day')!;
  const ruleId = 'en/date/chrono';
  const base: Candidate = { start, end, text: text.slice(start, end), value: null, kind: 'date', granularity: hasDay ? 'day' : 'month', ruleId, priority: 1 };
  if (r.end && r.end.isCertain('month')) {
    const e = r.end;
    const endDay = e.isCertain('day') ? e.get('day')! : undefined;
    const endMonthFirst = e.get('month')!;
    // `March to June 2015`: the start takes the end's year when it has none.
    const startYear = c.isCertain('year') ? c.get('year')! : e.isCertain('year') && month <= endMonthFirst ? e.get('year')! : null;
    if (startYear !== null) {
      const y = startYear;
      const ey = e.isCertain('year') ? e.get('year')! : y;
      const from = hasDay ? formatDay({ year: y, month, day }) : formatMonth(y, month);
      const to = hasDay && endDay ? formatDay({ year: ey, month: e.get('month')!, day: endDay }) : formatMonth(ey, e.get('month')!);
      if (from >= to) return null;
      return { ...base, value: `${from}/${to}`, kind: 'range', explicit: true };
    }
    const endMonth = e.get('month')!;
    if (hasDay && endDay && (endMonth > month || (endMonth === month && endDay > day))) {
      return { ...base, kind: 'range', pending: { need: 'year', month, day, endMonth, endDay, yearOffset: 0 } };
    }
  }
  if (c.isCertain('year')) {
    const y = c.get('year')!;
    return { ...base, value: hasDay ? formatDay({ year: y, month, day }) : formatMonth(y, month), explicit: true };
  }
  return { ...base, pending: { need: 'year', month, ...(hasDay ? { day } : {}), yearOffset: 0 } };
}

/**
 * The year of a month (and day) given without one, as news uses them: the occurrence that falls
 * in a window around the reference date leaning to the past (8 months back to 3 ahead), or
 * leaning to the future when the sentence speaks of it. Measured on TempEval-3 development data.
 */
const YEAR_WINDOW = { past: [-8.5, 3.5], future: [-3.5, 8.5] } as const;
function inferYear(ref: YMD, month: number, day: number | undefined, future: boolean): number {
  const [lo] = future ? YEAR_WINDOW.future : YEAR_WINDOW.past;
  const refMonths = ref.year * 12 + (ref.month - 1) + (ref.day - 1) / 31;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const delta = year * 12 + (month - 1) + ((day ?? 16) - 1) / 31 - refMonths;
    if (delta >= lo && delta < lo + 12) return year;
  }
  return ref.year;
}

function sentenceLocator(ctx: ExtractionContext): Pick<RuleEnv, 'sentenceStart' | 'sentenceEnd'> {
  const sentences = ctx.sentences;
  const find = (pos: number): { start: number; end: number } | undefined => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
  const text = ctx.text;
  return {
    sentenceStart(pos) {
      const s = find(pos);
      if (s) return s.start;
      const from = Math.max(0, pos - 300);
      const window = text.slice(from, pos);
      const m = /[.!?\n][^.!?\n]*$/u.exec(window);
      return m ? from + m.index + 1 : from;
    },
    sentenceEnd(pos) {
      const s = find(Math.max(0, pos - 1));
      if (s) return s.end;
      const window = text.slice(pos, pos + 300);
      const m = /[.!?\n]/u.exec(window);
      return m ? pos + m.index + 1 : pos + window.length;
    },
  };
}

/** Resolves pending values in text order from the last date of the text, or the reference. */
function resolvePending(dates: Candidate[], ref: YMD | null): void {
  let lastYear: number | null = null;
  let lastMonth: YMD | null = null;
  let lastDay: YMD | null = null;
  for (const d of dates) {
    const p = d.pending;
    if (p?.need === 'year') {
      const anaphoric = d.ruleId.startsWith('en/date/follow-up');
      let year: number | null = null;
      if (anaphoric) {
        if (p.preferRef && ref) year = ref.year + p.yearOffset;
        else if (lastYear !== null) year = lastYear + p.yearOffset;
      } else if (p.month !== undefined) {
        if (ref) {
          year = inferYear(ref, p.month, p.day, Boolean(d.future));
          if (d.kind !== 'range') d.kind = 'relative';
        } else if (lastYear !== null) year = lastYear;
      } else if (p.season !== undefined) {
        year = ref ? ref.year : lastYear;
      }
      if (year !== null) {
        if (p.season !== undefined) d.value = `${formatYear(year)}-${p.season}`;
        else if (p.month === undefined) d.value = formatYear(year);
        else if (p.day === undefined) d.value = formatMonth(year, p.month);
        else {
          d.value = formatDay({ year, month: p.month, day: p.day });
          if (p.endDay !== undefined) d.value += `/${formatDay({ year, month: p.endMonth ?? p.month, day: p.endDay })}`;
        }
      }
    } else if (p) {
      const anchor = p.need === 'month' ? lastMonth ?? lastDay : lastDay;
      if (anchor) {
        if (p.need === 'day') d.value = formatDay(addDays(anchor, p.offset));
        else if (p.need === 'week') d.value = formatIsoWeek(addDays(anchor, 7 * p.offset));
        else {
          const m = addMonths({ ...anchor, day: 1 }, p.offset);
          d.value = formatMonth(m.year, m.month);
        }
      }
    }
    if (d.value && d.kind !== 'duration') {
      // A range anchors what follows by its start (`between 21 and 26 September … The next day` → 22).
      const last = d.value.split('/')[0]!;
      const y = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(last);
      if (y && d.granularity !== 'decade' && d.granularity !== 'century' && d.granularity !== 'week') {
        if (d.explicit || p?.need === 'year' || d.ruleId.startsWith('en/date/follow-up')) lastYear = Number(y[1]);
        if (y[2]) lastMonth = { year: Number(y[1]), month: Number(y[2]), day: 1 };
        if (y[3]) lastDay = { year: Number(y[1]), month: Number(y[2]), day: Number(y[3]) };
      }
    }
  }
}

const WEEKDAY_BEFORE = /(?<![\p{L}\p{N}])(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+(?:the\s+)?$/u;

/** Extends day spans over a preceding weekday (`Saturday, April 25`). */
function extendWeekdays(text: string, dates: Candidate[]): void {
  let prevEnd = 0;
  for (const d of dates) {
    if (d.granularity === 'day' && d.ruleId === 'en/date/chrono') {
      const from = Math.max(prevEnd, d.start - 16);
      const m = WEEKDAY_BEFORE.exec(text.slice(from, d.start));
      if (m) {
        d.start -= m[0].length;
        d.text = text.slice(d.start, d.end);
      }
    }
    prevEnd = d.end;
  }
}

/** Extends month/year spans over a preceding `early`, `mid-`, `late`. */
function extendPeriodModifiers(text: string, dates: Candidate[]): void {
  for (const d of dates) {
    if (d.granularity === 'day' || d.granularity === 'duration' || d.granularity === 'week') continue;
    const before = text.slice(Math.max(0, d.start - 8), d.start);
    const m = PERIOD_BEFORE.exec(before);
    if (m) {
      d.start -= m[0].length;
      d.text = text.slice(d.start, d.end);
    }
  }
}

export function extractEnglishDates(ctx: ExtractionContext): DateMention[] {
  const text = ctx.text;
  if (!text) return [];
  const ref = ctx.referenceDate ? parseIsoDate(ctx.referenceDate) : null;
  const env: RuleEnv = { text, ref, ...sentenceLocator(ctx) };
  const candidates: Candidate[] = runRules(EN_DATE_RULES, env);
  const refDate = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const [from, to] of chronoRegions(text)) {
    const slice = text.slice(from, to);
    for (const r of chronoParser().parse(slice, refDate)) {
      const c = fromChrono(text, r, from);
      if (c) candidates.push(c);
    }
  }
  let dates = selectLongest(candidates, text.length);
  for (const d of dates) if (d.pending) d.future = isFutureContext(env, d.start, d.end);
  extendPeriodModifiers(text, dates);
  extendWeekdays(text, dates);
  resolvePending(dates, ref);
  dates = mergeRanges(text, dates, EN_RANGE_CONNECTORS, 'en/date/range') as Candidate[];
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const d of dates) {
    if (d.start < lastEnd) continue;
    lastEnd = d.end;
    out.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), value: d.value, kind: d.kind, granularity: d.granularity, ruleId: d.ruleId });
  }
  return out;
}
