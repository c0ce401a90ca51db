/**
 * Arabic date extraction: runs the rules of `dates-rules.ts` once each over the normalized text,
 * keeps the longest non-overlapping candidates, merges `من A إلى B` / `بين A و B` / `A - B` into
 * ranges, and maps every span back to the original text.
 */
import type { ExtractionContext } from '../../core/document.js';
import type { DateMention } from '../../core/types.js';
import { formatDay, formatMonth, formatYear, parseIsoDate } from '../common/calendar.js';
import { CONNECTOR_RE, OPENER_BEFORE_RE, atWordStart, isDigitAt } from './dates-patterns.js';
import { AR_DATE_RULES, type Candidate, type DateParts, type DateRule, type RuleEnv } from './dates-rules.js';
import { normalizeArabic } from './normalize.js';

export { AR_DATE_RULES } from './dates-rules.js';

/** How far back one prefix step may reach (the longest ordinal day plus `من` fits). */
const PREFIX_WINDOW = 40;

const NO_STARTS: ReadonlyMap<string, number> = new Map();

/** Runs one rule over the whole text. */
function runRule(rule: DateRule, env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const coreStart = m.index;
    if (m[0].length === 0 || !atWordStart(text, coreStart, isDigitAt(text, coreStart))) {
      pattern.lastIndex = coreStart + 1;
      continue;
    }
    const groups: Record<string, string | undefined> = rule.prefix ? { ...m.groups } : (m.groups ?? {});
    let starts = NO_STARTS;
    if (rule.prefix) {
      const found = new Map<string, number>();
      matchPrefix(rule.prefix, text, coreStart, groups, found);
      starts = found;
    }
    let start = coreStart;
    for (const name of rule.spanFrom ?? []) {
      const at = starts.get(name) ?? m.indices?.groups?.[name]?.[0];
      if (at !== undefined) { start = at; break; }
    }
    const end = coreStart + m[0].length;
    const found = rule.extract(groups, env, start, end);
    if (found) out.push({ ...found, start, end, ruleId: rule.id });
  }
}

/**
 * Matches a rule's backward prefix steps before `coreStart`, right to left; a step that does not
 * match (or would start inside a word) is skipped. Adds the groups and their start offsets.
 */
function matchPrefix(steps: readonly RegExp[], text: string, coreStart: number, groups: Record<string, string | undefined>, starts: Map<string, number>): void {
  let at = coreStart;
  for (const step of steps) {
    const lo = Math.max(0, at - PREFIX_WINDOW);
    const pm = step.exec(text.slice(lo, at));
    if (!pm || pm[0].length === 0) continue;
    const from = lo + pm.index;
    if (!atWordStart(text, from, isDigitAt(text, from))) continue;
    for (const [name, value] of Object.entries(pm.groups ?? {})) {
      const idx = pm.indices?.groups?.[name];
      if (value !== undefined && idx) { groups[name] = value; starts.set(name, lo + idx[0]); }
    }
    at = from;
  }
}

/** Longest wins; on equal length the earlier rule in AR_DATE_RULES. */
function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  const order = new Map(AR_DATE_RULES.map((r, i) => [r.id, i]));
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) ||
      order.get(a.c.ruleId)! - order.get(b.c.ruleId)! || a.c.start - b.c.start || a.i - b.i);
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  outer: for (const { c } of sorted) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function partsValue(p: DateParts): string {
  if (p.month === undefined) return formatYear(p.year);
  if (p.day === undefined) return formatMonth(p.year, p.month);
  return formatDay({ year: p.year, month: p.month, day: p.day });
}

function partsKey(p: DateParts): number {
  return p.year * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0);
}

/**
 * Merges neighbouring dates joined by a connector into one range mention. `و` needs `بين`
 * before the first date (`A و B` alone is a list). A first date without its own year takes the
 * second's (`من 7 يوليو إلى 18 ديسمبر 2015`).
 */
function mergeRanges(kept: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b && a.parts && b.parts && b.value !== null && (a.value !== null || (!a.parts.yearExplicit && b.parts.yearExplicit)) &&
      a.kind !== 'duration' && b.kind !== 'duration' &&
      (a.parts.month === undefined) === (b.parts.month === undefined)) {
      const conn = CONNECTOR_RE.exec(text.slice(a.end, b.start));
      const opener = OPENER_BEFORE_RE.exec(text.slice(Math.max(0, a.start - 16), a.start));
      const openWord = opener?.groups?.o;
      if (conn && (conn.groups?.c !== 'و' || openWord?.endsWith('بين'))) {
        let from = a.parts;
        if (!from.yearExplicit && b.parts.yearExplicit) {
          from = { ...from, year: b.parts.year };
          if (partsKey(from) > partsKey(b.parts)) from = { ...from, year: b.parts.year - 1 };
        }
        if (partsKey(from) < partsKey(b.parts)) {
          const start = opener && openWord ? a.start - opener[0].length + opener[0].indexOf(openWord) : a.start;
          const fine = (g: Candidate['granularity']) => ['day', 'month', 'year'].indexOf(g);
          out.push({
            start, end: b.end, value: `${partsValue(from)}/${b.value}`,
            kind: a.kind === 'relative' && b.kind === 'relative' ? 'relative' : 'range',
            granularity: fine(a.granularity) <= fine(b.granularity) ? a.granularity : b.granularity,
            ruleId: 'ar/date/range', ...(a.calendar === 'hijri' || b.calendar === 'hijri' ? { calendar: 'hijri' as const } : {}),
          });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

/** Combining marks and tatweel that belong to the preceding letter (`هـ`, `غداً`). */
const TRAILING_MARK = /[\u064B-\u065F\u0670\u0640]/u;

/** Arabic dates in `ctx.text`, sorted by position, non-overlapping, offsets into the original text. */
export function extractArabicDates(ctx: ExtractionContext): DateMention[] {
  const norm = normalizeArabic(ctx.text);
  const env: RuleEnv = { text: norm.normalized, ref: ctx.referenceDate ? parseIsoDate(ctx.referenceDate) : null };
  const candidates: Candidate[] = [];
  for (const rule of AR_DATE_RULES) runRule(rule, env, candidates);
  const merged = mergeRanges(resolveOverlaps(candidates, env.text.length), env.text);
  return merged.map((c) => {
    const start = norm.toOriginal(c.start);
    let end = norm.toOriginalEnd(c.end);
    while (end < ctx.text.length && TRAILING_MARK.test(ctx.text[end]!)) end++;
    const mention: DateMention = {
      start, end, text: ctx.text.slice(start, end), value: c.value, kind: c.kind, granularity: c.granularity, ruleId: c.ruleId,
    };
    if (c.calendar) mention.calendar = c.calendar;
    return mention;
  });
}
