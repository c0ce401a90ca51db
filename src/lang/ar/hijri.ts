/**
 * Hijri ↔ Gregorian conversion on top of the platform's Umm al-Qura calendar
 * (`Intl.DateTimeFormat('en-u-ca-islamic-umalqura')`, the official calendar of Saudi Arabia;
 * outside its table ICU falls back to the arithmetic Islamic calendar).
 *
 * Gregorian → Hijri is a formatter call. Hijri → Gregorian searches for the first day of the
 * Hijri month (an arithmetic estimate corrected by a few formatter calls) and caches month starts,
 * so converting many dates of the same months costs a map lookup.
 */
import { addDays, formatDay, type YMD } from '../common/calendar.js';

export interface HijriDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–30
}

const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});

const DAY_MS = 86400000;
/** Days from 1970-01-01 to 1 Muharram 1 AH (16 July 622, Julian 16 = proleptic Gregorian 19 July). */
const EPOCH_DAYS = Math.round(Date.UTC(622, 6, 19) / DAY_MS);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

function daysToYmd(days: number): YMD {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function ymdToDays(d: YMD): number {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return Math.round(date.getTime() / DAY_MS);
}

function hijriOfDays(days: number): HijriDate {
  let year = 0, month = 0, day = 0;
  for (const part of formatter.formatToParts(new Date(days * DAY_MS))) {
    if (part.type === 'year') year = Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
  }
  return { year, month, day };
}

export function gregorianToHijri(d: YMD): HijriDate {
  return hijriOfDays(ymdToDays(d));
}

const monthStartCache = new Map<number, number>();

/** Day number (days since 1970-01-01) of 1 month/year AH. */
function monthStartDays(year: number, month: number): number {
  const key = year * 12 + (month - 1);
  const cached = monthStartCache.get(key);
  if (cached !== undefined) return cached;
  let days = Math.round(EPOCH_DAYS + (year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH);
  for (let i = 0; i < 12; i++) {
    const h = hijriOfDays(days);
    const monthDiff = (year - h.year) * 12 + (month - h.month);
    if (monthDiff === 0) {
      if (h.day === 1) break;
      days -= h.day - 1;
      continue;
    }
    days += Math.round(monthDiff * MEAN_MONTH) - (h.day - 1);
  }
  monthStartCache.set(key, days);
  return days;
}

/** Length (29 or 30) of a Hijri month. */
export function hijriMonthLength(year: number, month: number): number {
  const next = month === 12 ? monthStartDays(year + 1, 1) : monthStartDays(year, month + 1);
  return next - monthStartDays(year, month);
}

/** The Gregorian date of a Hijri date, or null when the day does not exist (e.g. 30 of a 29-day month). */
export function hijriToGregorian(h: HijriDate): YMD | null {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30 || h.year < 1 || h.year > 3000) return null;
  if (h.day > hijriMonthLength(h.year, h.month)) return null;
  return daysToYmd(monthStartDays(h.year, h.month) + h.day - 1);
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthRange(year: number, month: number): [YMD, YMD] {
  const start = monthStartDays(year, month);
  return [daysToYmd(start), daysToYmd(start + hijriMonthLength(year, month) - 1)];
}

/** First and last Gregorian day of a Hijri year. */
export function hijriYearRange(year: number): [YMD, YMD] {
  return [daysToYmd(monthStartDays(year, 1)), daysToYmd(monthStartDays(year + 1, 1) - 1)];
}

/**
 * The Gregorian year that holds most days of a Hijri year (a Hijri year of ~354 days always
 * straddles two Gregorian years; 1436 AH = 25 Oct 2014 … 14 Oct 2015 → 2015). Ties go to the later.
 */
export function hijriYearToGregorianYear(year: number): number {
  const [first, last] = hijriYearRange(year);
  if (first.year === last.year) return first.year;
  const firstDays = ymdToDays({ year: first.year + 1, month: 1, day: 1 }) - ymdToDays(first);
  const lastDays = ymdToDays(last) - ymdToDays({ year: last.year, month: 1, day: 1 }) + 1;
  return firstDays > lastDays ? first.year : last.year;
}

/** `2015-06-18/2015-07-16` for Ramadan 1436. */
export function formatHijriMonthRange(year: number, month: number): string {
  const [a, b] = hijriMonthRange(year, month);
  return `${formatDay(a)}/${formatDay(b)}`;
}

export { addDays };
