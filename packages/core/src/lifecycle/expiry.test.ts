import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapInfo } from '../model/cap.js';
import type { SireneAlert } from '../model/sirene.js';
import { expiresAt, isExpired } from './expiry.js';

function info(expires?: string): CapInfo {
  const base: CapInfo = {
    categories: ['Safety'],
    event: 'Gaslek',
    responseTypes: ['Avoid'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    eventCodes: [],
    parameters: [],
    resources: [],
    areas: [],
  };
  return expires === undefined ? base : { ...base, expires };
}

function alert(sent: string, durationMinutes: number, infos: CapInfo[]): SireneAlert {
  return {
    cap: {
      identifier: 'id',
      sender: 's',
      sent,
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      addresses: [],
      codes: [],
      references: [],
      incidents: [],
      infos,
      signatures: [],
    },
    sirene: { channels: ['cell-broadcast'], durationMinutes, state: 'broadcasting' },
  };
}

const iso = (d: Date | undefined): string | undefined => d?.toISOString();

test('the broadcast ends after the duration (default NL-Alert: one hour after sending)', () => {
  assert.equal(
    iso(expiresAt(alert('2026-11-23T03:12:00+01:00', 60, [info()]))),
    '2026-11-23T03:12:00.000Z',
  );
  assert.equal(
    iso(expiresAt(alert('2026-11-23T03:12:00+01:00', 90, []))),
    '2026-11-23T03:42:00.000Z',
  );
});

test('an earlier CAP expires ends it sooner; every info needs one, the latest counts', () => {
  const sent = '2026-11-23T03:12:00+01:00';
  assert.equal(
    iso(expiresAt(alert(sent, 60, [info('2026-11-23T03:30:00+01:00')]))),
    '2026-11-23T02:30:00.000Z',
  );
  assert.equal(
    iso(
      expiresAt(
        alert(sent, 60, [info('2026-11-23T03:30:00+01:00'), info('2026-11-23T03:45:00+01:00')]),
      ),
    ),
    '2026-11-23T02:45:00.000Z',
  );
  // One info without expires stays in force: only the duration counts.
  assert.equal(
    iso(expiresAt(alert(sent, 60, [info('2026-11-23T03:30:00+01:00'), info()]))),
    '2026-11-23T03:12:00.000Z',
  );
  // A later expires does not extend the broadcast.
  assert.equal(
    iso(expiresAt(alert(sent, 60, [info('2026-11-23T09:00:00+01:00')]))),
    '2026-11-23T03:12:00.000Z',
  );
});

test('no end when neither a valid sent with a duration nor expires gives one', () => {
  assert.equal(expiresAt(alert('not a date', 60, [info()])), undefined);
  assert.equal(expiresAt(alert('2026-11-23T03:12:00+01:00', 0, [info()])), undefined);
  assert.equal(
    iso(expiresAt(alert('not a date', 60, [info('2026-11-23T03:30:00+01:00')]))),
    '2026-11-23T02:30:00.000Z',
  );
});

test('isExpired from the end instant on, not a millisecond before', () => {
  const a = alert('2026-11-23T03:12:00+01:00', 60, [info()]);
  assert.equal(isExpired(a, new Date('2026-11-23T03:11:59.999Z')), false);
  assert.equal(isExpired(a, new Date('2026-11-23T03:12:00.000Z')), true);
  assert.equal(isExpired(alert('bad', 60, []), new Date('2100-01-01T00:00:00Z')), false);
});
