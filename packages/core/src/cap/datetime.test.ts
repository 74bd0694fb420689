import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatCapDateTime,
  fromWallClock,
  isCapDateTime,
  parseCapDateTime,
  toCapOffset,
  toWallClock,
} from './datetime.js';

test('formatCapDateTime writes Amsterdam wall-clock time with the offset of that instant', () => {
  // Winter (CET, +01:00) and summer (CEST, +02:00).
  assert.equal(formatCapDateTime(new Date('2026-11-23T02:12:00Z')), '2026-11-23T03:12:00+01:00');
  assert.equal(formatCapDateTime(new Date('2026-07-01T10:00:00Z')), '2026-07-01T12:00:00+02:00');
  // The DST switch of 29 March 2026 happens at 01:00 UTC.
  assert.equal(formatCapDateTime(new Date('2026-03-29T00:59:59Z')), '2026-03-29T01:59:59+01:00');
  assert.equal(formatCapDateTime(new Date('2026-03-29T01:00:00Z')), '2026-03-29T03:00:00+02:00');
});

test('formatCapDateTime writes UTC as -00:00, never Z, and handles other zones', () => {
  assert.equal(
    formatCapDateTime(new Date('2026-01-05T08:30:00Z'), 'UTC'),
    '2026-01-05T08:30:00-00:00',
  );
  assert.equal(
    formatCapDateTime(new Date('2026-01-05T08:30:00Z'), 'Europe/London'),
    '2026-01-05T08:30:00-00:00',
  );
  assert.equal(
    formatCapDateTime(new Date('2026-01-05T08:30:00Z'), 'America/New_York'),
    '2026-01-05T03:30:00-05:00',
  );
  assert.equal(
    formatCapDateTime(new Date('2026-01-05T08:30:00Z'), 'Asia/Kathmandu'),
    '2026-01-05T14:15:00+05:45',
  );
});

test('formatCapDateTime drops milliseconds and refuses invalid dates and zones', () => {
  assert.equal(
    formatCapDateTime(new Date('2026-11-23T02:12:00.999Z')),
    '2026-11-23T03:12:00+01:00',
  );
  assert.throws(() => formatCapDateTime(new Date(NaN)), RangeError);
  assert.throws(() => formatCapDateTime(new Date(), 'Mars/Olympus_Mons'), RangeError);
});

test('parseCapDateTime reads offsets into the right instant', () => {
  assert.equal(
    parseCapDateTime('2026-11-23T03:12:00+01:00')?.toISOString(),
    '2026-11-23T02:12:00.000Z',
  );
  assert.equal(
    parseCapDateTime('2003-06-17T14:57:00-07:00')?.toISOString(),
    '2003-06-17T21:57:00.000Z',
  );
  assert.equal(
    parseCapDateTime('2024-06-06T15:15:00-00:00')?.toISOString(),
    '2024-06-06T15:15:00.000Z',
  );
  assert.equal(
    parseCapDateTime('2024-02-29T24:00:00+00:00')?.toISOString(),
    '2024-03-01T00:00:00.000Z',
  );
  assert.equal(parseCapDateTime('0099-01-01T00:00:00+00:00')?.getUTCFullYear(), 99);
});

test('parseCapDateTime refuses what CAP 1.2 and xs:dateTime refuse', () => {
  for (const bad of [
    '2026-11-23T03:12:00Z',
    '2026-11-23T03:12:00',
    '2026-11-23T03:12:00.5+01:00',
    '2026-11-23 03:12:00+01:00',
    ' 2026-11-23T03:12:00+01:00',
    '2026-11-23T03:12:00,01:00',
    '2026-02-29T00:00:00+01:00',
    '2026-13-01T00:00:00+01:00',
    '2026-11-31T00:00:00+01:00',
    '2026-11-23T24:00:01+01:00',
    '2026-11-23T23:60:00+01:00',
    '2026-11-23T23:00:60+01:00',
    '2026-11-23T23:00:00+14:01',
    '2026-11-23T23:00:00+01:60',
    '0000-01-01T00:00:00+00:00',
    '',
  ]) {
    assert.equal(parseCapDateTime(bad), null, bad);
    assert.equal(isCapDateTime(bad), false, bad);
  }
  assert.equal(isCapDateTime(42), false);
  assert.equal(isCapDateTime('2026-11-23T03:12:00+14:00'), true);
});

test('toCapOffset turns only a trailing Z into -00:00', () => {
  assert.equal(toCapOffset('2026-11-23T03:12:00Z'), '2026-11-23T03:12:00-00:00');
  assert.equal(toCapOffset('2026-11-23T03:12:00+00:00'), '2026-11-23T03:12:00+00:00');
  assert.equal(toCapOffset('2026-11-23T03:12:00+01:00'), '2026-11-23T03:12:00+01:00');
});

test('formatCapDateTime and parseCapDateTime agree on the instant (any zone, any second)', () => {
  const zones = ['Europe/Amsterdam', 'Europe/Brussels', 'UTC', 'America/St_Johns', 'Asia/Kolkata'];
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.constantFrom(...zones),
      (date, zone) => {
        const s = formatCapDateTime(date, zone);
        assert.ok(isCapDateTime(s), s);
        assert.equal(parseCapDateTime(s)?.getTime(), Math.floor(date.getTime() / 1000) * 1000);
      },
    ),
    { numRuns: 300 },
  );
});

test('toWallClock/fromWallClock: datetime-local values read as Amsterdam wall-clock time, winter and summer', () => {
  assert.equal(fromWallClock('2026-11-23T03:12'), '2026-11-23T03:12:00+01:00');
  assert.equal(fromWallClock('2026-07-01T14:30'), '2026-07-01T14:30:00+02:00');
  assert.equal(toWallClock('2026-11-23T02:12:00Z'), '2026-11-23T03:12');
  assert.equal(toWallClock('2026-07-01T12:30:00.000Z'), '2026-07-01T14:30');
});

test('fromWallClock handles the clock changes: skipped hour moves forward, repeated hour takes the first', () => {
  // 29 March 2026: 02:00 → 03:00 in Amsterdam.
  assert.equal(fromWallClock('2026-03-29T02:30'), '2026-03-29T03:30:00+02:00');
  // 25 October 2026: 03:00 → 02:00; 02:30 happens twice.
  assert.equal(fromWallClock('2026-10-25T02:30'), '2026-10-25T02:30:00+02:00');
});

test('fromWallClock works in other zones and refuses incomplete or impossible dates', () => {
  assert.equal(fromWallClock('2026-11-23T03:12', 'UTC'), '2026-11-23T03:12:00+00:00');
  assert.equal(fromWallClock('2026-11-23T03:12', 'America/New_York'), '2026-11-23T03:12:00-05:00');
  assert.equal(fromWallClock('2026-11-23'), undefined);
  assert.equal(fromWallClock('2026-02-30T10:00'), undefined);
  // Years below 100 are those years (not 19xx), and the ends of the range are refused.
  assert.equal(fromWallClock('0050-06-01T12:00', 'UTC'), '0050-06-01T12:00:00+00:00');
  assert.equal(fromWallClock('0001-01-01T00:30', 'UTC'), undefined);
  assert.equal(fromWallClock('2026-13-01T10:00'), undefined);
  assert.equal(fromWallClock(''), undefined);
  assert.equal(toWallClock(undefined), '');
  assert.equal(toWallClock('garbage'), '');
});

test('toWallClock and fromWallClock round-trip every quarter hour of a year, but for the repeated hour in October', () => {
  const start = Date.UTC(2026, 0, 1);
  const moved: string[] = [];
  for (let t = start; t < start + 365 * 86_400_000; t += 15 * 60_000) {
    const iso = new Date(t).toISOString();
    const back = fromWallClock(toWallClock(iso));
    assert.ok(back, iso);
    assert.equal(toWallClock(back), toWallClock(iso), iso);
    if (Date.parse(back) !== t) moved.push(iso);
  }
  assert.deepEqual(moved, [
    '2026-10-25T01:00:00.000Z',
    '2026-10-25T01:15:00.000Z',
    '2026-10-25T01:30:00.000Z',
    '2026-10-25T01:45:00.000Z',
  ]);
});
