import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALERT_STATES, type AlertState, type SireneAlert } from '../model/sirene.js';
import { LIFECYCLE_CODES } from './messages.js';
import {
  LIFECYCLE_EVENTS,
  allowedEvents,
  transition,
  transitionAlert,
  type LifecycleEvent,
} from './state-machine.js';

/** Every state × event: the next state, or the code of the refusal. */
const TABLE: Record<AlertState, Record<LifecycleEvent, AlertState | `lifecycle.${string}`>> = {
  draft: {
    'mark-ready': 'ready',
    reopen: 'lifecycle.already-draft',
    broadcast: 'lifecycle.not-ready',
    expire: 'lifecycle.not-broadcasting',
    stop: 'lifecycle.not-broadcasting',
  },
  ready: {
    'mark-ready': 'lifecycle.already-ready',
    reopen: 'draft',
    broadcast: 'broadcasting',
    expire: 'lifecycle.not-broadcasting',
    stop: 'lifecycle.not-broadcasting',
  },
  broadcasting: {
    'mark-ready': 'lifecycle.still-broadcasting',
    reopen: 'lifecycle.still-broadcasting',
    broadcast: 'lifecycle.already-broadcasting',
    expire: 'expired',
    stop: 'stopped',
  },
  expired: {
    'mark-ready': 'lifecycle.ended',
    reopen: 'lifecycle.ended',
    broadcast: 'lifecycle.ended',
    expire: 'lifecycle.ended',
    stop: 'lifecycle.ended',
  },
  stopped: {
    'mark-ready': 'lifecycle.ended',
    reopen: 'lifecycle.ended',
    broadcast: 'lifecycle.ended',
    expire: 'lifecycle.ended',
    stop: 'lifecycle.ended',
  },
};

for (const state of ALERT_STATES) {
  for (const event of LIFECYCLE_EVENTS) {
    const expected = TABLE[state][event];
    test(`${state} + ${event} → ${expected}`, () => {
      const result = transition(state, event);
      if (expected.startsWith('lifecycle.')) {
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.equal(result.finding.code, expected);
        assert.equal(result.finding.severity, 'error');
        assert.equal(result.finding.path, 'sirene.state');
        assert.ok((LIFECYCLE_CODES as readonly string[]).includes(result.finding.code));
        const nl = transition(state, event, 'nl');
        assert.ok(!nl.ok && nl.finding.message !== result.finding.message, 'Dutch differs');
        assert.doesNotMatch(result.finding.message, /\{\w+\}/);
        assert.doesNotMatch(nl.ok ? '' : nl.finding.message, /\{\w+\}/);
      } else {
        assert.deepEqual(result, { ok: true, state: expected });
      }
    });
  }
}

test('messages say what to do: stop first while broadcasting, follow up once ended', () => {
  const broadcasting = transition('broadcasting', 'reopen', 'nl');
  assert.ok(!broadcasting.ok);
  assert.match(broadcasting.finding.message, /Stop eerst de uitzending/);
  const ended = transition('expired', 'broadcast', 'nl');
  assert.ok(!ended.ok);
  assert.match(
    ended.finding.message,
    /\(verlopen\).*vervolgbericht \(Update\).*eindbericht \(Cancel\)/,
  );
  const en = transition('stopped', 'broadcast');
  assert.ok(!en.ok);
  assert.match(en.finding.message, /\(stopped\)/);
});

test('allowedEvents lists exactly the accepted events', () => {
  assert.deepEqual(allowedEvents('draft'), ['mark-ready']);
  assert.deepEqual(allowedEvents('ready'), ['reopen', 'broadcast']);
  assert.deepEqual(allowedEvents('broadcasting'), ['expire', 'stop']);
  assert.deepEqual(allowedEvents('expired'), []);
  assert.deepEqual(allowedEvents('stopped'), []);
  for (const state of ALERT_STATES) {
    for (const event of LIFECYCLE_EVENTS) {
      assert.equal(allowedEvents(state).includes(event), transition(state, event).ok);
    }
  }
});

test('an unknown event or state from untyped callers is a finding, not an exception', () => {
  const event = transition('ready', 'send' as LifecycleEvent);
  assert.ok(!event.ok);
  assert.equal(event.finding.code, 'lifecycle.unknown-event');
  assert.match(event.finding.message, /"send".*reopen, broadcast/);
  const state = transition('sent' as AlertState, 'stop');
  assert.ok(!state.ok);
  assert.equal(state.finding.code, 'lifecycle.unknown-state');
});

test('transitionAlert returns a new alert and leaves the input alone', () => {
  const alert = {
    cap: { identifier: 'x' },
    sirene: { channels: ['cell-broadcast'], durationMinutes: 60, state: 'ready' },
  } as unknown as SireneAlert;
  const result = transitionAlert(alert, 'broadcast');
  assert.ok(result.ok);
  assert.equal(result.alert.sirene.state, 'broadcasting');
  assert.equal(alert.sirene.state, 'ready');
  assert.equal(result.alert.cap, alert.cap);
  const refused = transitionAlert(alert, 'stop', 'de');
  assert.ok(!refused.ok);
  assert.equal(refused.finding.code, 'lifecycle.not-broadcasting');
  assert.match(refused.finding.message, /freigegeben/);
});
