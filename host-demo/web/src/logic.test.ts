import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SireneAlert } from '@sirene/core';
import {
  checklistRoles,
  dropUnsaved,
  formatEuro,
  formatSeconds,
  gatesOpen,
  IdempotencyKeys,
  keepUnsaved,
  may,
  parseRoute,
  progressOf,
  readUnsaved,
  restoreDecision,
  routeHash,
  saveBody,
  screenFor,
  unsavedKey,
  type ChannelProgress,
} from './logic.js';
import { MESSAGES, translate } from './messages.js';

class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  full = false;
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.#m.set(k, v);
  }
}

const alert = (state: SireneAlert['sirene']['state'] = 'draft'): SireneAlert => ({
  cap: { identifier: 'x' } as SireneAlert['cap'],
  sirene: { profile: 'nl-alert', channels: ['cell-broadcast'], durationMinutes: 60, state },
});

test('roles: only the broadcaster broadcasts, only the composer edits, the admin sends nothing', () => {
  assert.equal(may(['broadcaster'], 'broadcast'), true);
  assert.equal(may(['composer'], 'broadcast'), false);
  assert.equal(may(['composer'], 'edit'), true);
  assert.equal(may(['decider'], 'edit'), false);
  assert.equal(may(['decider'], 'followUp'), true);
  assert.equal(may(['admin'], 'checklist'), false);
  assert.deepEqual(checklistRoles(['composer', 'broadcaster']), [
    'compose',
    'operator',
    'broadcast',
  ]);
});

test('screens: drafts in the workspace, ready alerts in the broadcaster view for broadcasters only', () => {
  assert.equal(screenFor('draft', ['decider']), 'workspace');
  assert.equal(screenFor('ready', ['broadcaster']), 'broadcast');
  assert.equal(screenFor('ready', ['composer']), 'review');
  assert.equal(screenFor('broadcasting', ['broadcaster']), 'status');
  assert.equal(screenFor('expired', ['observer']), 'status');
});

test('progress: 100 % only when every row is finished; cancelled rows count as finished', () => {
  const c = (over: Partial<ChannelProgress>): ChannelProgress => ({
    channel: 'cell-broadcast',
    total: 0,
    pending: 0,
    sending: 0,
    delivered: 0,
    failed: 0,
    unknown: 0,
    cancelled: 0,
    ...over,
  });
  assert.equal(progressOf([]).percent, 0);
  assert.equal(progressOf([c({ total: 1000, delivered: 999, pending: 1 })]).percent, 99);
  const done = progressOf([
    c({ total: 78, delivered: 70, cancelled: 8 }),
    c({ channel: 'cap-feed', total: 1, failed: 1 }),
  ]);
  assert.deepEqual(done, { total: 79, done: 79, delivered: 70, failed: 1, percent: 100 });
});

test('routes round-trip; anything unknown is the dashboard', () => {
  const id = '0f8a2c1e-1234-4abc-8def-0123456789ab';
  assert.deepEqual(parseRoute(routeHash({ name: 'alert', id })), { name: 'alert', id });
  assert.deepEqual(parseRoute('#/new'), { name: 'new' });
  assert.deepEqual(parseRoute('#/alert/not-an-id'), { name: 'dashboard' });
  assert.deepEqual(parseRoute(''), { name: 'dashboard' });
});

test('unsaved input survives in storage, per user and alert, and a full storage is reported', () => {
  const s = new MemoryStorage();
  const key = unsavedKey('opsteller', undefined);
  assert.notEqual(key, unsavedKey('uitzender', undefined));
  assert.equal(
    keepUnsaved(s, key, { alert: alert(), baseRevision: 0, at: '2026-01-01T00:00:00Z' }),
    true,
  );
  assert.equal(readUnsaved(s, key)?.alert.cap.identifier, 'x');
  s.setItem(key, '{"broken"');
  assert.equal(readUnsaved(s, key), undefined);
  s.setItem(key, JSON.stringify({ alert: { cap: null }, baseRevision: 1, at: 'x' }));
  assert.equal(readUnsaved(s, key), undefined);
  dropUnsaved(s, key);
  assert.equal(s.length, 0);
  s.full = true;
  assert.equal(keepUnsaved(s, key, { alert: alert(), baseRevision: 0, at: 'x' }), false);
});

test('restore: newer local input comes back; after someone else saved it is a conflict', () => {
  const u = { alert: alert(), baseRevision: 3, at: 'x' };
  assert.equal(restoreDecision(undefined, { revision: 3, state: 'draft' }), 'none');
  assert.equal(restoreDecision(u, undefined), 'restore');
  assert.equal(restoreDecision(u, { revision: 3, state: 'draft' }), 'restore');
  assert.equal(restoreDecision(u, { revision: 4, state: 'draft' }), 'conflict');
  assert.equal(restoreDecision(u, { revision: 3, state: 'ready' }), 'none');
});

test('idempotency: one key per alert version, a new one for a new version', () => {
  let n = 0;
  const keys = new IdempotencyKeys(() => `k${++n}`);
  assert.equal(keys.keyFor('a', 1), keys.keyFor('a', 1));
  assert.notEqual(keys.keyFor('a', 1), keys.keyFor('a', 2));
  assert.notEqual(keys.keyFor('a', 1), keys.keyFor('b', 1));
  assert.match(keys.keyFor('a', 1), /^broadcast-[\x21-\x7e]{2,}$/);
});

test('save body: the host adds its CAP feed once, keeps the settings, drops state and procedure', () => {
  const body = saveBody(
    { ...alert(), sirene: { ...alert().sirene, procedure: { x: 1 }, templateId: 'fire-smoke' } },
    ['cap-feed', 'cell-broadcast'],
  );
  assert.deepEqual(body.sirene, {
    channels: ['cell-broadcast', 'cap-feed'],
    durationMinutes: 60,
    profile: 'nl-alert',
    templateId: 'fire-smoke',
  });
});

test('gates: closed while a required gate is closed; optional ones do not block', () => {
  const g = (required: boolean, open: boolean) => ({
    checklist: 'c',
    required,
    open,
    blockers: [],
  });
  assert.equal(gatesOpen([g(true, true), g(false, false)]), true);
  assert.equal(gatesOpen([g(true, false)]), false);
});

test('formats: seconds and euros as an operator reads them', () => {
  assert.equal(formatSeconds(0.4), '1 s');
  assert.equal(formatSeconds(125), '2 min 5 s');
  assert.equal(formatSeconds(3720), '1 h 2 min');
  assert.match(formatEuro(12.5, 'nl'), /€\s?12,50/);
  assert.match(formatEuro(12.5, 'en'), /€12\.50/);
});

test('messages: Dutch and English have the same keys and placeholders', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, nl] of Object.entries(MESSAGES.nl)) {
    const en = MESSAGES.en[key as keyof typeof MESSAGES.en];
    assert.ok(en, key);
    assert.deepEqual(placeholders(en), placeholders(nl), key);
  }
  assert.equal(
    translate('nl', 'progress-line', { percent: 50, done: 1, total: 2 }),
    '50 % (1 van 2)',
  );
});
