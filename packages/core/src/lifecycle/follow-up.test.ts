import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapInfo, CapStatus } from '../model/cap.js';
import type { AlertState, SireneAlert } from '../model/sirene.js';
import { createFollowUp, type FollowUpKind } from './follow-up.js';

const SENDER = 'nl-alert@vrr.nl';

function info(): CapInfo {
  return {
    language: 'nl-NL',
    categories: ['Fire'],
    event: 'Grote brand',
    responseTypes: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    eventCodes: [],
    headline: 'Grote brand in Rotterdam-Noord',
    instruction: 'Sluit ramen en deuren.',
    parameters: [],
    resources: [],
    areas: [
      {
        areaDesc: 'Rotterdam-Noord',
        polygons: [
          [
            [4.46, 51.93],
            [4.49, 51.93],
            [4.49, 51.95],
            [4.46, 51.93],
          ],
        ],
        circles: [],
        geocodes: [],
      },
    ],
  };
}

function alert(state: AlertState, status: CapStatus = 'Actual'): SireneAlert {
  return {
    cap: {
      identifier: 'NL-2026-0001',
      sender: SENDER,
      sent: '2026-11-23T03:12:00+01:00',
      status,
      msgType: 'Alert',
      scope: 'Public',
      addresses: [],
      codes: ['profile:NL-Alert'],
      note: 'Eerste bericht',
      references: [],
      incidents: ['brand-rotterdam-noord'],
      infos: [info()],
      signatures: ['<ds:Signature/>'],
    },
    sirene: {
      profile: 'nl-alert',
      channels: ['cell-broadcast'],
      durationMinutes: 60,
      state,
      templateId: 'brand',
      procedure: { 'nl-alert': { checked: ['area'] } },
    },
  };
}

function followUp(
  previous: SireneAlert,
  kind: FollowUpKind,
  identifier: string,
  sent: string,
  sender?: string,
): SireneAlert {
  const result = createFollowUp(
    previous,
    kind,
    sender === undefined ? { identifier, sent } : { identifier, sent, sender },
  );
  if (!result.ok) assert.fail(result.finding.message);
  return result.alert;
}

const INIT = { identifier: 'NL-2026-0002', sent: '2026-11-23T04:00:00+01:00' };

for (const [state, code] of [
  ['draft', 'lifecycle.follow-up-never-sent'],
  ['ready', 'lifecycle.follow-up-never-sent'],
  ['broadcasting', 'lifecycle.follow-up-while-broadcasting'],
] as const) {
  for (const kind of ['Update', 'Cancel'] as const) {
    test(`${kind} of a ${state} alert is refused with ${code}`, () => {
      const result = createFollowUp(alert(state), kind, INIT);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.finding.code, code);
      assert.equal(result.finding.path, 'sirene.state');
      assert.equal(result.finding.severity, 'error');
    });
  }
}

test('while broadcasting the message says to stop the running broadcast first (en, nl)', () => {
  const en = createFollowUp(alert('broadcasting'), 'Cancel', INIT);
  const nl = createFollowUp(alert('broadcasting'), 'Cancel', INIT, 'nl');
  assert.ok(!en.ok && !nl.ok);
  assert.match(en.finding.message, /Stop the running broadcast first/);
  assert.match(nl.finding.message, /Stop eerst de lopende uitzending/);
  const draft = createFollowUp(alert('draft'), 'Update', INIT, 'nl');
  assert.ok(!draft.ok);
  assert.match(draft.finding.message, /\(concept\)/);
});

for (const state of ['stopped', 'expired'] as const) {
  for (const kind of ['Update', 'Cancel'] as const) {
    test(`${kind} of a ${state} alert is a new draft referencing it`, () => {
      const previous = alert(state);
      const next = followUp(previous, kind, INIT.identifier, INIT.sent);
      assert.equal(next.cap.msgType, kind);
      assert.equal(next.cap.identifier, 'NL-2026-0002');
      assert.equal(next.cap.sent, INIT.sent);
      assert.equal(next.cap.sender, SENDER);
      assert.deepEqual(next.cap.references, [
        { sender: SENDER, identifier: 'NL-2026-0001', sent: '2026-11-23T03:12:00+01:00' },
      ]);
      assert.equal(next.sirene.state, 'draft');
    });
  }
}

test('infos, status, incidents and Sirene settings are kept; note, signatures and procedure are not', () => {
  const previous = alert('stopped');
  const next = followUp(previous, 'Update', INIT.identifier, INIT.sent);
  assert.deepEqual(next.cap.infos, previous.cap.infos);
  assert.notEqual(next.cap.infos, previous.cap.infos);
  assert.deepEqual(next.cap.incidents, ['brand-rotterdam-noord']);
  assert.deepEqual(next.cap.codes, ['profile:NL-Alert']);
  assert.equal(next.cap.scope, 'Public');
  assert.equal(next.cap.note, undefined);
  assert.deepEqual(next.cap.signatures, []);
  assert.deepEqual(next.sirene, {
    profile: 'nl-alert',
    channels: ['cell-broadcast'],
    durationMinutes: 60,
    state: 'draft',
    templateId: 'brand',
  });
  // A deep copy: editing the follow-up leaves the sent message as it was.
  const firstInfo = next.cap.infos[0];
  assert.ok(firstInfo);
  firstInfo.headline = 'Brand onder controle';
  firstInfo.areas[0]?.polygons[0]?.[0]?.splice(0, 1, 0);
  next.sirene.channels.push('sms');
  assert.equal(previous.cap.infos[0]?.headline, 'Grote brand in Rotterdam-Noord');
  assert.deepEqual(previous.cap.infos[0]?.areas[0]?.polygons[0]?.[0], [4.46, 51.93]);
  assert.deepEqual(previous.sirene.channels, ['cell-broadcast']);
  assert.equal(previous.sirene.state, 'stopped');
});

test('reference chain over three generations: each message references all earlier ones', () => {
  const first = alert('stopped');
  const second = { ...followUp(first, 'Update', 'NL-2026-0002', '2026-11-23T04:00:00+01:00') };
  second.sirene.state = 'expired';
  const third = followUp(
    second,
    'Update',
    'NL-2026-0003',
    '2026-11-23T05:00:00+01:00',
    'meldkamer@vrr.nl',
  );
  third.sirene.state = 'stopped';
  const end = followUp(third, 'Cancel', 'NL-2026-0004', '2026-11-23T06:00:00+01:00');

  const ref = (sender: string, identifier: string, sent: string) => ({ sender, identifier, sent });
  assert.deepEqual(second.cap.references, [
    ref(SENDER, 'NL-2026-0001', '2026-11-23T03:12:00+01:00'),
  ]);
  assert.deepEqual(third.cap.references, [
    ref(SENDER, 'NL-2026-0001', '2026-11-23T03:12:00+01:00'),
    ref(SENDER, 'NL-2026-0002', '2026-11-23T04:00:00+01:00'),
  ]);
  assert.equal(third.cap.sender, 'meldkamer@vrr.nl');
  // The end message keeps the third message's sender and references it under that sender.
  assert.equal(end.cap.sender, 'meldkamer@vrr.nl');
  assert.equal(end.cap.msgType, 'Cancel');
  assert.deepEqual(end.cap.references, [
    ref(SENDER, 'NL-2026-0001', '2026-11-23T03:12:00+01:00'),
    ref(SENDER, 'NL-2026-0002', '2026-11-23T04:00:00+01:00'),
    ref('meldkamer@vrr.nl', 'NL-2026-0003', '2026-11-23T05:00:00+01:00'),
  ]);
  // Earlier messages are unchanged.
  assert.deepEqual(first.cap.references, []);
  assert.equal(second.cap.references.length, 1);
});

test('an exercise stays an exercise, over every generation and both kinds', () => {
  for (const status of ['Exercise', 'Test', 'Actual'] as const) {
    let current = alert('stopped', status);
    for (let generation = 2; generation <= 4; generation++) {
      const kind = generation === 4 ? 'Cancel' : 'Update';
      current = followUp(
        current,
        kind,
        `NL-2026-000${generation}`,
        `2026-11-23T0${generation + 2}:00:00+01:00`,
      );
      assert.equal(current.cap.status, status, `generation ${generation}`);
      current.sirene.state = 'expired';
    }
  }
});

test('the chain is closed after an end message; Ack and Error are not followed up', () => {
  const end = followUp(alert('stopped'), 'Cancel', 'NL-2026-0002', '2026-11-23T04:00:00+01:00');
  end.sirene.state = 'stopped';
  const after = createFollowUp(end, 'Update', {
    identifier: 'NL-2026-0003',
    sent: '2026-11-23T05:00:00+01:00',
  });
  assert.ok(!after.ok);
  assert.equal(after.finding.code, 'lifecycle.follow-up-after-cancel');
  assert.equal(after.finding.path, 'cap.msgType');

  const ack = alert('stopped');
  ack.cap.msgType = 'Ack';
  const result = createFollowUp(ack, 'Update', INIT, 'nl');
  assert.ok(!result.ok);
  assert.equal(result.finding.code, 'lifecycle.follow-up-not-an-alert');
  assert.match(result.finding.message, /type Ack/);
});

test('identifiers: new, unique for the sender in the chain, without spaces, commas, < or &', () => {
  const second = followUp(alert('stopped'), 'Update', 'NL-2026-0002', '2026-11-23T04:00:00+01:00');
  second.sirene.state = 'stopped';
  const sent = '2026-11-23T05:00:00+01:00';
  for (const identifier of ['NL-2026-0002', 'NL-2026-0001']) {
    const result = createFollowUp(second, 'Update', { identifier, sent });
    assert.ok(!result.ok, identifier);
    assert.equal(result.finding.code, 'lifecycle.follow-up-identifier-reused');
    assert.equal(result.finding.path, 'cap.identifier');
  }
  // The same identifier under another sender is a different message.
  assert.ok(
    createFollowUp(second, 'Update', { identifier: 'NL-2026-0001', sent, sender: 'other@vrr.nl' })
      .ok,
  );
  for (const identifier of ['', 'NL 2026', 'NL,2026', 'a<b', 'a&b']) {
    const result = createFollowUp(second, 'Update', { identifier, sent });
    assert.ok(!result.ok, identifier);
    assert.equal(result.finding.code, 'lifecycle.follow-up-identifier-invalid');
  }
  const badSender = createFollowUp(second, 'Update', { identifier: 'x', sent, sender: 'vr r' });
  assert.ok(!badSender.ok);
  assert.equal(badSender.finding.path, 'cap.sender');
});

test('sent must be a CAP dateTime and not before the previous message', () => {
  const previous = alert('stopped');
  for (const sent of ['2026-11-23T04:00:00Z', '2026-11-23 04:00', '2026-02-30T04:00:00+01:00']) {
    const result = createFollowUp(previous, 'Cancel', { identifier: 'NL-2026-0002', sent });
    assert.ok(!result.ok, sent);
    assert.equal(result.finding.code, 'lifecycle.follow-up-sent-invalid');
    assert.equal(result.finding.path, 'cap.sent');
  }
  // 03:11 in Amsterdam is before 03:12; 02:12 UTC is the same instant as 03:12+01:00.
  const early = createFollowUp(previous, 'Cancel', {
    identifier: 'NL-2026-0002',
    sent: '2026-11-23T03:11:59+01:00',
  });
  assert.ok(!early.ok);
  assert.equal(early.finding.code, 'lifecycle.follow-up-sent-before-previous');
  assert.ok(
    createFollowUp(previous, 'Cancel', {
      identifier: 'NL-2026-0002',
      sent: '2026-11-23T02:12:00-00:00',
    }).ok,
  );
});

test('a kind other than Update or Cancel from an untyped caller is refused', () => {
  const result = createFollowUp(alert('stopped'), 'Alert' as FollowUpKind, INIT);
  assert.ok(!result.ok);
  assert.equal(result.finding.code, 'lifecycle.follow-up-kind-invalid');
});
