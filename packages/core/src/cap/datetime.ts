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

// Wall-clock times: what a person reads on a clock in a zone, written without an offset
// (`2026-11-23T03:12`, the value of an HTML datetime-local control), to and from instants.
// They come from formatCapDateTime, which writes an instant as the zone's wall-clock time
// with its offset; offsets that are not whole minutes (local mean time before about 1940)
// are rounded to the minute there.

const DAY = 86_400_000;

/** The instant `ms` as `YYYY-MM-DDTHH:mm:ss±hh:mm` in `timeZone` (`+00:00`, not CAP's `-00:00`). */
function inZone(ms: number, timeZone: string): string {
  return formatCapDateTime(new Date(ms), timeZone).replace(/-00:00$/, '+00:00');
}

/** Minutes `timeZone` is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const s = inZone(ms, timeZone);
  return (Date.parse(`${s.slice(0, 19)}Z`) - Date.parse(s)) / 60_000;
}

/**
 * An ISO 8601 date-time as wall-clock time in `timeZone`, `YYYY-MM-DDTHH:mm` (the value
 * of a `datetime-local` control); '' when it is missing, unreadable or outside years 1–9999.
 */
export function toWallClock(
  iso: string | undefined,
  timeZone: string = DEFAULT_CAP_TIME_ZONE,
): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  try {
    return inZone(ms, timeZone).slice(0, 16);
  } catch {
    // A year before 1 or after 9999 there: no datetime-local input can show it either.
    return '';
  }
}

/**
 * A wall-clock time (`YYYY-MM-DDTHH:mm`, seconds optional: a `datetime-local` value) read in `timeZone`, as an ISO 8601
 * date-time with that zone's offset (`2026-11-23T03:12:00+01:00`); undefined when it
 * is not a complete date and time. In the hour that repeats when clocks go back, the
 * earlier instant is taken.
 */
export function fromWallClock(
  local: string,
  timeZone: string = DEFAULT_CAP_TIME_ZONE,
): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(local);
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const [y, mo, d, h, mi, s] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const wall = utcMillis(y, mo, d, h, mi, s);
  try {
    // Try the offsets just before and after: the earlier instant that shows this wall time.
    const candidates = [offsetAt(wall - DAY, timeZone), offsetAt(wall + DAY, timeZone)]
      .map((offset) => wall - offset * 60_000)
      .filter((utc) => inZone(utc, timeZone).startsWith(local.slice(0, 16)))
      .sort((a, b) => a - b);
    // A wall time skipped when clocks go forward: take the offset before the change.
    return inZone(candidates[0] ?? wall - offsetAt(wall - DAY, timeZone) * 60_000, timeZone);
  } catch {
    // Within a day of year 1 or 9999: no CAP date-time can say it.
    return undefined;
  }
}
