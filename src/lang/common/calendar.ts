/**
 * Calendar arithmetic shared by the date rules of every language. Dates are handled as
 * `{year, month, day}` in the proleptic Gregorian calendar, in UTC, so no time zone leaks in.
 */

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatDay(d: YMD): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `2015-W31` (ISO 8601 week-numbering year, Monday first). */
export function formatIsoWeek(d: YMD): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function parseIsoDate(value: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: YMD): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

function toUtc(d: YMD): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): YMD {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: YMD, days: number): YMD {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(d: YMD, months: number): YMD {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: YMD): number {
  return toUtc(d).getUTCDay();
}

/**
 * The date of `targetWeekday` (0 = Sunday) relative to the reference: `direction` -1 is the last
 * such day strictly before, +1 the next strictly after, 0 the one in the same Monday-first week.
 */
export function resolveWeekday(ref: YMD, targetWeekday: number, direction: -1 | 0 | 1): YMD {
  const current = weekday(ref);
  if (direction === 0) {
    const mondayBased = (x: number) => (x + 6) % 7;
    return addDays(ref, mondayBased(targetWeekday) - mondayBased(current));
  }
  let delta = (targetWeekday - current) * direction;
  if (delta <= 0) delta += 7;
  return addDays(ref, delta * direction);
}

export function isoWeek(d: YMD): { year: number; week: number } {
  const date = toUtc(d);
  const dayNum = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - dayNum + 3); // Thursday of this week
  const weekYear = date.getUTCFullYear();
  const firstThursday = toUtc({ year: weekYear, month: 1, day: 4 });
  const firstDayNum = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstDayNum + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86400000));
  return { year: weekYear, week };
}

/** `1990s` → `199`, `twentieth century` (19xx) → `19`. */
export function formatDecade(startYear: number): string {
  return pad(Math.floor(startYear / 10), 3);
}

export function formatCentury(ordinal: number): string {
  return pad(ordinal - 1, 2);
}

export function formatRange(from: string, to: string): string {
  return `${from}/${to}`;
}
