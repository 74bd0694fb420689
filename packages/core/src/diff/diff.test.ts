import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { createFollowUp } from '../lifecycle/index.js';
import { beAlertFixture, nlAlertFixture } from '../validation/fixtures.test.js';
import { diffAlerts } from './index.js';

describe('diffAlerts', () => {
  it('finds nothing between an alert and itself', () => {
    const a = nlAlertFixture();
    assert.deepEqual(diffAlerts(a, nlAlertFixture()), { changes: [], referencesPrevious: false });
  });

  it('reports an update: envelope, a changed instruction, and that it references the previous', () => {
    const previous = nlAlertFixture();
    const made = createFollowUp(
      {
        cap: previous,
        sirene: { channels: ['cell-broadcast'], durationMinutes: 60, state: 'stopped' },
      },
      'Update',
      { identifier: 'VRR-2026-0000124', sent: '2026-11-23T03:40:00+01:00' },
    );
    assert.ok(made.ok);
    const next = made.alert.cap;
    next.infos[0]!.instruction = 'Blijf binnen. Houd ramen en deuren gesloten.';
    const diff = diffAlerts(previous, next);
    assert.equal(diff.referencesPrevious, true);
    assert.deepEqual(
      diff.changes.map((c) => [c.kind, c.path]),
      [
        ['changed', 'identifier'],
        ['changed', 'sent'],
        ['changed', 'msgType'],
        ['added', 'references'],
        ['changed', 'infos[0].instruction'],
      ],
    );
    const instruction = diff.changes.find((c) => c.path === 'infos[0].instruction');
    assert.deepEqual(instruction, {
      kind: 'changed',
      path: 'infos[0].instruction',
      previousPath: 'infos[0].instruction',
      before: 'Ga naar binnen. Sluit ramen en deuren en zet de ventilatie uit.',
      after: 'Blijf binnen. Houd ramen en deuren gesloten.',
    });
    assert.equal(
      diff.changes.find((c) => c.path === 'references')?.after,
      'nl-alert@vr-rr.nl,VRR-2026-0000123,2026-11-23T03:12:00+01:00',
    );
  });

  it('matches info blocks by language, so a reordered or dropped language is one change', () => {
    const previous = beAlertFixture();
    const next = beAlertFixture();
    const [nl, fr, de] = next.infos;
    next.infos = [fr!, nl!]; // German dropped, order changed
    const diff = diffAlerts(previous, next);
    assert.deepEqual(diff.changes, [
      {
        kind: 'removed',
        path: 'infos[2]',
        previousPath: 'infos[2]',
        before: de!.headline,
      },
    ]);
    next.infos.push({ ...de!, language: 'en' });
    assert.deepEqual(
      diffAlerts(previous, next).changes.map((c) => [c.kind, c.path]),
      [
        ['added', 'infos[2]'],
        ['removed', 'infos[2]'],
      ],
    );
  });

  it('compares areas, polygons, circles, value pairs and lists', () => {
    const previous = nlAlertFixture();
    const next = nlAlertFixture();
    const info = next.infos[0]!;
    const area = info.areas[0]!;
    area.polygons[0]![1] = [4.48, 51.9265];
    area.circles.push({ center: [4.47, 51.94], radiusKm: 2 });
    area.areaDesc = 'Rotterdam-Noord en Hillegersberg';
    info.categories.push('Env');
    info.parameters.push({ valueName: 'layer', value: 'x' });
    info.areas.push({ areaDesc: 'Schiebroek', polygons: [], circles: [], geocodes: [] });
    next.note = 'Area enlarged';
    const diff = diffAlerts(previous, next);
    assert.deepEqual(
      diff.changes.map((c) => [c.kind, c.path, c.after]),
      [
        ['added', 'note', 'Area enlarged'],
        ['changed', 'infos[0].categories', 'Fire, Env'],
        ['added', 'infos[0].parameters[0]', 'layer=x'],
        ['changed', 'infos[0].areas[0].areaDesc', 'Rotterdam-Noord en Hillegersberg'],
        [
          'changed',
          'infos[0].areas[0].polygons[0]',
          '51.9302,4.4551 51.9265,4.48 51.9338,4.4967 51.9501,4.4948 51.9553,4.4689 51.9447,4.4517 51.9302,4.4551',
        ],
        ['added', 'infos[0].areas[0].circles[0]', '51.94,4.47 2'],
        ['added', 'infos[0].areas[1]', 'Schiebroek'],
      ],
    );
  });

  it('reports a follow-up that does not reference the message it follows', () => {
    const previous = nlAlertFixture();
    const next = { ...nlAlertFixture(), identifier: 'X-2', msgType: 'Cancel' as const };
    assert.equal(diffAlerts(previous, next).referencesPrevious, false);
  });
});
