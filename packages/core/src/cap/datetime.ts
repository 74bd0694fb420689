/**
 * CAP 1.2 dateTimes (§3.3.2): `YYYY-MM-DDThh:mm:ss` followed by an explicit offset
 * `+hh:mm` or `-hh:mm`. No fractional seconds, no "Z": UTC is written `-00:00`.
 */
import type { CapDateTime } from '../model/cap.js';

/** The zone Sirene writes times in when none is given. */
export const DEFAULT_CAP_TIME_ZONE = 'Europe/Amsterdam';

const CAP_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Milliseconds since the epoch of a UTC wall-clock time; safe for years below 100. */
function utcMillis(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

/**
 * Writes `date` as a CAP dateTime in the wall-clock time of an IANA time zone, with that
 * zone's offset at that instant (`2026-11-23T03:12:00+01:00` in Amsterdam in winter,
 * `+02:00` in summer). An offset of zero is written `-00:00`, as CAP 1.2 requires.
 * Milliseconds are dropped (CAP has whole seconds). Offsets that are not whole minutes
 * (historical local mean time) are rounded to the minute and the written wall-clock time
 * follows, so the instant is always exact to the second.
 *
 * @param date the instant to write
 * @param timeZone an IANA zone name; defaults to `Europe/Amsterdam`
 * @throws RangeError for an invalid `Date`, an unknown time zone or a year outside 1–9999
 *   (programming errors, not input to judge)
 */
export function formatCapDateTime(
  date: Date,
  timeZone: string = DEFAULT_CAP_TIME_ZONE,
): CapDateTime {
  const time = date.getTime();
  if (!Number.isFinite(time)) throw new RangeError('formatCapDateTime: invalid Date');
  const utcSeconds = Math.floor(time / 1000) * 1000;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcSeconds));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = era.startsWith('B') ? 1 - part('year') : part('year');
  const local = utcMillis(
    year,
    part('month'),
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  const offsetMinutes = Math.round((local - utcSeconds) / 60000);
  const wall = new Date(utcSeconds + offsetMinutes * 60000);
  const y = wall.getUTCFullYear();
  if (!(y >= 1 && y <= 9999)) {
    throw new RangeError(`formatCapDateTime: year ${y} cannot be written as a CAP dateTime`);
  }
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(y, 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * Reads a CAP dateTime strictly: the CAP 1.2 pattern
 * (`\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d`) and a real calendar date and time
 * (XML Schema `dateTime`: months 01–12, days of that month, `24:00:00` allowed, offset at
 * most 14:00). "Z", fractional seconds and surrounding whitespace are refused.
 *
 * @returns the instant, or `null` when `s` is not a valid CAP dateTime
 */
export function parseCapDateTime(s: string): Date | null {
  if (typeof s !== 'string') return null;
  const m = CAP_DATE_TIME.exec(s);
  if (!m) return null;
  const n = (i: number): number => Number(m[i]);
  const [y, mo, d, h, mi, sec, oh, om] = [n(1), n(2), n(3), n(4), n(5), n(6), n(8), n(9)];
  const sign = m[7] === '-' ? -1 : 1;
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const endOfDay = h === 24 && mi === 0 && sec === 0;
  if ((h > 23 && !endOfDay) || mi > 59 || sec > 59) return null;
  if (om > 59 || oh * 60 + om > 14 * 60) return null;
  const offset = sign * (oh * 60 + om);
  return new Date(utcMillis(y, mo, d, h, mi, sec) - offset * 60000);
}

/** Whether `s` is a valid CAP dateTime (see {@link parseCapDateTime}). */
export function isCapDateTime(s: unknown): s is CapDateTime {
  return typeof s === 'string' && parseCapDateTime(s) !== null;
}

/**
 * The form the codec writes: a trailing "Z" becomes "-00:00" (CAP 1.2 §3.3.2);
 * everything else is written as given.
 */
export function toCapOffset(s: string): string {
  return s.endsWith('Z') ? `${s.slice(0, -1)}-00:00` : s;
}
