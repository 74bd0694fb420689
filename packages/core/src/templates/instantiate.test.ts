import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapArea } from '../model/cap.js';
import { validateAlert } from '../validation/validate.js';
import { instantiateTemplate, renderTemplateText, type TemplateInput } from './instantiate.js';
import {
  beAlertTestTemplate,
  endOfSituationTemplate,
  extremeViolenceTemplate,
  fireSmokeTemplate,
  nlAlertTestTemplate,
} from './shipped/index.js';

const AREA: CapArea = {
  areaDesc: 'getekend gebied',
  polygons: [
    [
      [5.1, 52.08],
      [5.12, 52.08],
      [5.12, 52.1],
      [5.1, 52.1],
      [5.1, 52.08],
    ],
  ],
  circles: [],
  geocodes: [],
};

const base: TemplateInput = {
  identifier: 'VRU-2026-0042',
  sender: 'vr-utrecht@nl-alert.nl',
  senderName: 'Veiligheidsregio Utrecht',
  location: 'Stationsplein, Utrecht',
  area: AREA,
  sent: new Date('2026-11-23T02:12:00Z'),
  web: 'https://www.politie.nl',
};

function ok(result: ReturnType<typeof instantiateTemplate>) {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.findings));
  return result.alert;
}

function codes(result: ReturnType<typeof instantiateTemplate>): string[] {
  assert.equal(result.ok, false);
  return result.ok ? [] : result.findings.map((f) => `${f.code}@${f.path}`);
}

test('NL-Alert: Dutch then English, fixed components in their CAP fields, one hour in Amsterdam time', () => {
  const alert = ok(instantiateTemplate(extremeViolenceTemplate, base));
  const [nl, en] = alert.cap.infos;
  assert.equal(alert.cap.infos.length, 2);
  assert.equal(alert.cap.sent, '2026-11-23T03:12:00+01:00');
  assert.equal(nl?.language, 'nl-NL');
  assert.equal(en?.language, 'en-GB');
  assert.equal(nl?.headline, 'Grote schietpartij bij Stationsplein, Utrecht');
  assert.equal(nl?.instruction, 'Verlaat direct het gebied.');
  assert.equal(en?.headline, 'Large shooting at Stationsplein, Utrecht');
  assert.equal(en?.instruction, 'Leave the area immediately.');
  assert.equal(nl?.description, undefined, 'no effect area: the area line is left out');
  assert.equal(nl?.web, 'https://www.politie.nl');
  assert.equal(nl?.senderName, 'Veiligheidsregio Utrecht');
  assert.equal(nl?.expires, '2026-11-23T04:12:00+01:00');
  assert.equal(nl?.event, 'Extreem geweld');
  assert.deepEqual(nl?.categories, ['Security']);
  assert.equal(nl?.areas[0]?.areaDesc, 'getekend gebied');
  assert.notEqual(nl?.areas[0], AREA, 'the area is copied, not shared');
  assert.equal(alert.cap.status, 'Actual');
  assert.equal(alert.cap.msgType, 'Alert');
  assert.equal(alert.cap.scope, 'Public');
  assert.equal(alert.cap.note, undefined);
  assert.deepEqual(alert.sirene, {
    profile: 'nl-alert',
    channels: ['cell-broadcast'],
    durationMinutes: 60,
    state: 'draft',
    templateId: 'nl-alert-extreme-violence',
  });
});

test('summer time, a custom duration and a time zone are written with the right offset', () => {
  const alert = ok(
    instantiateTemplate(fireSmokeTemplate, {
      ...base,
      sent: new Date('2026-07-01T10:00:00Z'),
      durationMinutes: 90,
    }),
  );
  assert.equal(alert.cap.sent, '2026-07-01T12:00:00+02:00');
  assert.equal(alert.cap.infos[0]?.expires, '2026-07-01T13:30:00+02:00');
  assert.equal(alert.sirene.durationMinutes, 90);
  const utc = ok(instantiateTemplate(fireSmokeTemplate, { ...base, timeZone: 'UTC' }));
  assert.equal(utc.cap.sent, '2026-11-23T02:12:00-00:00');
});

test('a risk brings its own action advice; an explicit choice wins; response types combine', () => {
  const stabbing = ok(
    instantiateTemplate(extremeViolenceTemplate, { ...base, choices: { risk: 'large-stabbing' } }),
  );
  assert.equal(stabbing.cap.infos[0]?.instruction, 'Verlaat direct het gebied of verberg je.');
  assert.deepEqual(stabbing.cap.infos[0]?.responseTypes, ['Shelter', 'Evacuate']);

  const lockdown = ok(
    instantiateTemplate(extremeViolenceTemplate, { ...base, choices: { risk: 'lockdown' } }),
  );
  assert.equal(lockdown.cap.infos[0]?.headline, 'Lock-down bij Stationsplein, Utrecht');
  assert.equal(lockdown.cap.infos[0]?.instruction, 'Volg instructies op van autoriteiten.');
  assert.deepEqual(lockdown.cap.infos[0]?.responseTypes, ['Shelter', 'Execute']);

  const threat = ok(
    instantiateTemplate(extremeViolenceTemplate, {
      ...base,
      choices: { risk: 'threat', action: 'leave-area' },
    }),
  );
  assert.equal(threat.cap.infos[0]?.instruction, 'Verlaat direct het gebied.');
  assert.equal(threat.cap.infos[0]?.certainty, 'Likely');
});

test('effect area per language, an account line and the template’s own address', () => {
  const alert = ok(
    instantiateTemplate(nlAlertTestTemplate, {
      ...base,
      web: undefined,
      effectArea: { nl: 'heel Nederland', en: 'all of the Netherlands' },
      account: '@NLAlert',
    }),
  );
  const [nl, en] = alert.cap.infos;
  assert.equal(nl?.web, 'https://www.nl-alert.nl');
  assert.equal(nl?.headline, 'Dit is een controlebericht van NL-Alert.');
  assert.equal(nl?.instruction, 'U hoeft niets te doen.\nVolg voor meer informatie @NLAlert.');
  assert.equal(
    en?.instruction,
    'You do not need to do anything.\nFollow @NLAlert for more information.',
  );
  assert.equal(nl?.areas[0]?.areaDesc, 'heel Nederland');
  assert.equal(en?.areas[0]?.areaDesc, 'all of the Netherlands');

  const fire = ok(
    instantiateTemplate(fireSmokeTemplate, {
      ...base,
      effectArea: { nl: 'Utrecht-Oost', en: 'Utrecht East' },
    }),
  );
  assert.equal(fire.cap.infos[0]?.description, 'Dit geldt voor Utrecht-Oost.');
  assert.equal(fire.cap.infos[1]?.description, 'This applies to Utrecht East.');
});

test('BE-Alert: Dutch, French, German in Brussels time; an exercise says so in a note', () => {
  const alert = ok(
    instantiateTemplate(fireSmokeTemplate, {
      ...base,
      profile: 'be-alert',
      senderName: { nl: 'Stad Brussel', fr: 'Ville de Bruxelles', de: 'Stadt Brüssel' },
      location: {
        nl: 'Grote Markt, Brussel',
        fr: 'Grand-Place, Bruxelles',
        de: 'Grand-Place, Brüssel',
      },
      status: 'Exercise',
    }),
  );
  assert.deepEqual(
    alert.cap.infos.map((i) => i.language),
    ['nl-BE', 'fr-BE', 'de-BE'],
  );
  assert.equal(
    alert.cap.infos[1]?.headline,
    'Incendie important avec beaucoup de fumée : Grand-Place, Bruxelles',
  );
  assert.equal(alert.cap.infos[2]?.senderName, 'Stadt Brüssel');
  assert.equal(alert.cap.status, 'Exercise');
  assert.equal(alert.cap.note, 'Oefening: dit is geen echte waarschuwing.');
  assert.deepEqual(alert.sirene.channels, ['lb-sms', 'cap-feed']);
  const errors = validateAlert(alert.cap, {
    profiles: ['be-alert'],
    now: new Date('2026-11-23T02:13:00Z'),
  }).filter((f) => f.severity !== 'info');
  assert.deepEqual(errors, []);
});

test('the end-of-situation message follows the alert it ends', () => {
  assert.deepEqual(codes(instantiateTemplate(endOfSituationTemplate, base)), [
    'template.input.references-required@references',
  ]);
  const reference = {
    sender: 'vr-utrecht@nl-alert.nl',
    identifier: 'VRU-2026-0041',
    sent: '2026-11-23T02:00:00+01:00',
  };
  const alert = ok(
    instantiateTemplate(endOfSituationTemplate, { ...base, references: [reference] }),
  );
  assert.equal(alert.cap.msgType, 'Update');
  assert.deepEqual(alert.cap.references, [reference]);
  assert.deepEqual(alert.cap.infos[0]?.responseTypes, ['AllClear']);
  assert.equal(alert.cap.infos[0]?.headline, 'Einde situatie: Stationsplein, Utrecht');
  assert.equal(
    alert.cap.infos[0]?.description,
    'Het gevaar bij Stationsplein, Utrecht is voorbij.',
  );
});

test('input problems come back as findings, all at once, in the operator’s language', () => {
  const result = instantiateTemplate(extremeViolenceTemplate, {
    ...base,
    profile: 'be-alert',
    languages: ['nl', 'nl'],
    location: '  ',
    senderName: { nl: 'Veiligheidsregio Utrecht' },
    choices: { risk: 'riot', action: 'run' },
    durationMinutes: 0,
    web: 'politie.nl',
    lang: 'nl',
  });
  assert.deepEqual(codes(result), [
    'template.input.profile-unsupported@profile',
    'template.input.language-duplicate@languages[1]',
    'template.input.unknown-risk@choices.risk',
    'template.input.unknown-action@choices.action',
    'template.input.value-required@location',
    'template.input.duration-invalid@durationMinutes',
    'template.input.web-invalid@web',
  ]);
  assert.ok(!result.ok);
  const risk = result.findings.find((f) => f.code === 'template.input.unknown-risk');
  assert.match(risk?.message ?? '', /“riot” is geen risico .* Kies een van: large-shooting, /);
  assert.ok(result.findings.every((f) => f.severity === 'error' && f.source === 'rules'));

  assert.deepEqual(
    codes(
      instantiateTemplate(fireSmokeTemplate, {
        ...base,
        senderName: { nl: 'Veiligheidsregio Utrecht' },
      }),
    ),
    ['template.input.translation-missing@senderName.en'],
  );
  assert.deepEqual(
    codes(instantiateTemplate(fireSmokeTemplate, { ...base, languages: ['nl', 'es' as 'nl'] })),
    ['template.input.language-unsupported@languages[1]'],
  );
  assert.deepEqual(codes(instantiateTemplate(fireSmokeTemplate, { ...base, languages: [] })), [
    'template.input.no-language@languages',
  ]);
  assert.deepEqual(
    codes(instantiateTemplate(fireSmokeTemplate, { ...base, sent: new Date('nonsense') })),
    ['template.input.sent-invalid@sent'],
  );
  assert.deepEqual(
    codes(instantiateTemplate(fireSmokeTemplate, { ...base, timeZone: 'Mars/Olympus' })),
    ['template.input.time-zone-invalid@timeZone'],
  );
  assert.deepEqual(
    codes(instantiateTemplate(fireSmokeTemplate, { ...base, identifier: '', sender: ' ' })),
    ['template.input.value-required@identifier', 'template.input.value-required@sender'],
  );
  assert.deepEqual(
    codes(instantiateTemplate(fireSmokeTemplate, { ...base, status: 'Test' as 'Actual' })),
    ['template.input.status-invalid@status'],
  );
});

test('without a drawn area the alert is made, and validation says the area is missing', () => {
  const alert = ok(instantiateTemplate(fireSmokeTemplate, { ...base, area: undefined }));
  const findings = validateAlert(alert.cap, {
    profiles: ['nl-alert'],
    now: new Date('2026-11-23T02:13:00Z'),
  });
  assert.ok(findings.some((f) => f.code === 'profile.nl-alert.areaRequired'));
});

test('{time}, {date} and {sender} are filled from the send time in the alert’s zone and the sender name', () => {
  const template = structuredClone(fireSmokeTemplate);
  template.components.description = {
    nl: 'Sinds {time} op {date}. Bericht van {sender}.',
    en: 'Since {time} on {date}. Message from {sender}.',
  };
  const alert = ok(instantiateTemplate(template, base));
  assert.equal(
    alert.cap.infos[0]?.description,
    'Sinds 03:12 op 23-11-2026. Bericht van Veiligheidsregio Utrecht.',
  );
  const be = ok(
    instantiateTemplate(beAlertTestTemplate, {
      ...base,
      senderName: { nl: 'Stad Gent', fr: 'Ville de Gand', de: 'Stadt Gent' },
      sent: new Date('2026-11-23T23:30:00Z'),
    }),
  );
  assert.equal(be.cap.infos[1]?.description, 'Envoyé par Ville de Gand.');
  assert.equal(be.cap.sent, '2026-11-24T00:30:00+01:00', 'Brussels time, next day');
});

test('renderTemplateText leaves out lines whose placeholders are missing or blank', () => {
  assert.equal(
    renderTemplateText('{risk} bij {location}', { risk: 'Brand', location: 'Delft' }),
    'Brand bij Delft',
  );
  assert.equal(
    renderTemplateText('Regel een.\nDit geldt voor {area}.\nOm {time}.', {
      area: ' ',
      time: '03:12',
    }),
    'Regel een.\nOm 03:12.',
  );
  assert.equal(renderTemplateText('{unknown} blijft', {}), '{unknown} blijft');
});
