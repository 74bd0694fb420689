import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapAlert, CapArea, CapInfo, CapResource, LonLat } from '../model/cap.js';
import type { Finding } from './finding.js';
import { hasErrors } from './context.js';
import { validateAlert, type ValidationOptions } from './validate.js';
import { VALIDATION_MESSAGES, type ValidationCode } from './messages.js';
import { NOW, beAlertFixture, ipawsAlertFixture, nlAlertFixture } from './fixtures.test.js';

const run = (alert: CapAlert, options: ValidationOptions = {}): Finding[] =>
  validateAlert(alert, { now: NOW, ...options });

/** The paths at which `code` was found. */
const pathsOf = (findings: readonly Finding[], code: ValidationCode): string[] =>
  findings.filter((f) => f.code === code).map((f) => f.path);

/** Asserts `code` was found exactly at `paths`, with the catalog's severity and source. */
function expectFinding(
  alert: CapAlert,
  code: ValidationCode,
  paths: string[],
  options: ValidationOptions = {},
): Finding[] {
  const findings = run(alert, options);
  const summary = findings.map((f) => `${f.code} @ ${f.path}`).join('\n');
  assert.deepEqual(pathsOf(findings, code), paths, `findings were:\n${summary}`);
  for (const f of findings.filter((x) => x.code === code)) {
    assert.equal(f.severity, VALIDATION_MESSAGES[code].severity);
    assert.equal(f.source, code.startsWith('profile.') ? 'profile' : 'rules');
    assert.ok(f.message.length > 0);
  }
  return findings;
}

const info0 = (alert: CapAlert): CapInfo => alert.infos[0] as CapInfo;
const area0 = (alert: CapAlert): CapArea => info0(alert).areas[0] as CapArea;
/** Widens a literal for fields whose runtime value may be anything (from JSON, forms). */
const unchecked = <T>(value: string): T => value as unknown as T;

test('the fixtures pass every rule without a finding', () => {
  assert.deepEqual(run(nlAlertFixture()), []);
  assert.deepEqual(run(beAlertFixture()), []);
  assert.deepEqual(run(ipawsAlertFixture()), []);
});

test('identifier and sender are required and free of spaces, commas, < and &', () => {
  const a = nlAlertFixture();
  a.identifier = ' ';
  a.sender = '';
  expectFinding(a, 'rules.identifier.required', ['identifier']);
  expectFinding(a, 'rules.sender.required', ['sender']);

  const b = nlAlertFixture();
  b.identifier = 'VRR 2026,12';
  b.sender = 'a<b&c';
  const findings = expectFinding(b, 'rules.identifier.invalidChars', ['identifier']);
  expectFinding(b, 'rules.sender.invalidChars', ['sender']);
  const idMessage = findings.find((f) => f.code === 'rules.identifier.invalidChars')?.message;
  assert.match(idMessage ?? '', /a space, a comma/);
  const nl = run(b, { lang: 'nl' }).find((f) => f.code === 'rules.sender.invalidChars');
  assert.match(nl?.message ?? '', /“<”, “&”/);
  assert.match(nl?.message ?? '', /^De afzender/);

  for (const bad of ['VRR,2026', 'VRR<2026', 'VRR&2026', 'VRR\t2026']) {
    const c = nlAlertFixture();
    c.identifier = bad;
    c.sender = bad;
    expectFinding(c, 'rules.identifier.invalidChars', ['identifier']);
    expectFinding(c, 'rules.sender.invalidChars', ['sender']);
  }
});

test('sent is required', () => {
  const a = nlAlertFixture();
  a.sent = '';
  expectFinding(a, 'rules.sent.required', ['sent']);
});

test('dateTimes need an explicit offset: "Z" and missing offsets are refused', () => {
  const a = nlAlertFixture();
  a.sent = '2026-11-23T02:12:00Z';
  const findings = expectFinding(a, 'rules.dateTime.utcZ', ['sent']);
  assert.match(findings[0]?.message ?? '', /2026-11-23T02:12:00-00:00/);

  const b = nlAlertFixture();
  info0(b).expires = '2026-11-23T04:12:00';
  expectFinding(b, 'rules.dateTime.noOffset', ['infos[0].expires']);

  const c = nlAlertFixture();
  (c.infos[1] as CapInfo).effective = '23-11-2026 03:12';
  info0(c).onset = '2026-02-30T03:12:00+01:00';
  info0(c).expires = '2026-11-23T04:12:00.5+01:00';
  expectFinding(c, 'rules.dateTime.invalid', [
    'infos[0].onset',
    'infos[0].expires',
    'infos[1].effective',
  ]);
});

test('UTC written "+00:00" is a warning with the "-00:00" form to use', () => {
  const a = nlAlertFixture();
  info0(a).onset = '2026-11-23T02:12:00+00:00';
  const findings = expectFinding(a, 'rules.dateTime.utcPlus', ['infos[0].onset']);
  assert.match(findings.find((f) => f.code === 'rules.dateTime.utcPlus')?.message ?? '', /-00:00/);
  assert.equal(hasErrors(findings), false);
});

test('coded values outside CAP’s lists are errors at their exact path', () => {
  const a = nlAlertFixture();
  a.status = unchecked('Real');
  info0(a).categories = ['Fire', unchecked('Weather')];
  info0(a).responseTypes = [unchecked('Run')];
  (a.infos[1] as CapInfo).urgency = unchecked('Now');
  expectFinding(a, 'rules.enum.invalid', [
    'status',
    'infos[0].categories[1]',
    'infos[0].responseTypes[0]',
    'infos[1].urgency',
  ]);
});

test('categories, event, urgency, severity and certainty are required in every info', () => {
  const a = nlAlertFixture();
  info0(a).categories = [];
  (a.infos[1] as CapInfo).event = '';
  info0(a).urgency = unchecked('');
  info0(a).severity = unchecked('');
  (a.infos[1] as CapInfo).certainty = unchecked('');
  expectFinding(a, 'rules.info.categories.required', ['infos[0].categories']);
  expectFinding(a, 'rules.info.event.required', ['infos[1].event']);
  expectFinding(a, 'rules.info.urgency.required', ['infos[0].urgency']);
  expectFinding(a, 'rules.info.severity.required', ['infos[0].severity']);
  expectFinding(a, 'rules.info.certainty.required', ['infos[1].certainty']);
});

test('restriction is required with scope Restricted, and only then', () => {
  const a = nlAlertFixture();
  a.scope = 'Restricted';
  expectFinding(a, 'rules.restriction.required', ['restriction']);
  a.restriction = 'Alleen voor hulpdiensten';
  expectFinding(a, 'rules.restriction.required', []);
  expectFinding(a, 'rules.restriction.unexpected', []);

  const b = nlAlertFixture();
  b.restriction = 'Alleen voor hulpdiensten';
  expectFinding(b, 'rules.restriction.unexpected', ['restriction']);
});

test('addresses are required with scope Private; empty addresses are refused', () => {
  const a = nlAlertFixture();
  a.scope = 'Private';
  expectFinding(a, 'rules.addresses.required', ['addresses']);
  a.addresses = ['meldkamer@vr-rr.nl', ' '];
  expectFinding(a, 'rules.addresses.required', []);
  expectFinding(a, 'rules.addresses.emptyItem', ['addresses[1]']);
});

test('Update, Cancel, Ack and Error need references; Alert does not', () => {
  for (const msgType of ['Update', 'Cancel', 'Ack', 'Error'] as const) {
    const a = nlAlertFixture();
    a.msgType = msgType;
    a.note = 'note';
    const findings = expectFinding(a, 'rules.references.required', ['references']);
    assert.match(findings[0]?.message ?? '', new RegExp(`“${msgType}”`));
  }
  expectFinding(nlAlertFixture(), 'rules.references.required', []);
});

const earlier = {
  sender: 'nl-alert@vr-rr.nl',
  identifier: 'VRR-2026-0000122',
  sent: '2026-11-23T03:01:00+01:00',
};

test('a reference must name an earlier, different message, well formed', () => {
  const a = nlAlertFixture();
  a.msgType = 'Update';
  a.references = [earlier];
  assert.deepEqual(run(a), []);

  a.references = [earlier, { ...earlier, identifier: a.identifier }];
  expectFinding(a, 'rules.reference.self', ['references[1]']);

  a.references = [
    { ...earlier, sender: 'nl alert' },
    { ...earlier, identifier: '' },
    { ...earlier, sent: '' },
    { ...earlier, identifier: 'VRR,2026' },
  ];
  expectFinding(a, 'rules.reference.malformed', [
    'references[0].sender',
    'references[1].identifier',
    'references[2].sent',
    'references[3].identifier',
  ]);

  a.references = [{ ...earlier, sent: '2026-11-23T02:01:00Z' }];
  expectFinding(a, 'rules.dateTime.utcZ', ['references[0].sent']);

  a.references = [{ ...earlier, sent: '2026-11-23T03:13:00+01:00' }];
  expectFinding(a, 'rules.reference.notEarlier', ['references[0]']);
  a.references = [{ ...earlier, sent: a.sent }];
  expectFinding(a, 'rules.reference.notEarlier', []);

  a.references = [earlier, { ...earlier, identifier: 'VRR-2026-0000121' }, earlier];
  expectFinding(a, 'rules.reference.duplicate', ['references[2]']);
});

test('Exercise, Test and Draft messages are advised to carry a note; Error must explain', () => {
  for (const status of ['Exercise', 'Test', 'Draft'] as const) {
    const a = nlAlertFixture();
    a.status = status;
    expectFinding(a, 'rules.note.recommended', ['note']);
    a.note = 'Oefening NL-Alert';
    expectFinding(a, 'rules.note.recommended', []);
  }
  const b = nlAlertFixture();
  b.msgType = 'Error';
  b.references = [earlier];
  expectFinding(b, 'rules.note.errorExplanation', ['note']);
  b.note = 'The area was wrong.';
  expectFinding(b, 'rules.note.errorExplanation', []);
});

test('an Alert or Update without info blocks is noted; a Cancel without is normal', () => {
  const a = nlAlertFixture();
  a.infos = [];
  expectFinding(a, 'rules.alert.noInfo', ['infos']);
  a.msgType = 'Cancel';
  a.references = [earlier];
  assert.deepEqual(run(a), []);
});

test('language must be a plausible RFC 3066 tag; empty means en-US', () => {
  const a = nlAlertFixture();
  info0(a).language = 'nl_NL';
  expectFinding(a, 'rules.info.language.invalid', ['infos[0].language']);
  info0(a).language = '';
  expectFinding(a, 'rules.info.language.invalid', []);
});

test('the same language in two info blocks is noted (CAP allows it)', () => {
  const a = nlAlertFixture();
  (a.infos[1] as CapInfo).language = 'NL-nl';
  const findings = expectFinding(a, 'rules.info.duplicateLanguage', ['infos[1].language']);
  assert.equal(hasErrors(findings), false);
});

test('a headline over 160 characters is noted', () => {
  const a = nlAlertFixture();
  info0(a).headline = 'x'.repeat(160);
  expectFinding(a, 'rules.info.headline.long', []);
  info0(a).headline = 'x'.repeat(161);
  expectFinding(a, 'rules.info.headline.long', ['infos[0].headline']);
});

test('web must be an absolute URI', () => {
  const a = nlAlertFixture();
  info0(a).web = 'www.crisis.nl';
  (a.infos[1] as CapInfo).web = 'https://www.crisis.nl/en path';
  expectFinding(a, 'rules.info.web.notAbsolute', ['infos[0].web', 'infos[1].web']);
  info0(a).web = 'mailto:info@vr-rr.nl';
  (a.infos[1] as CapInfo).web = 'https://www.crisis.nl/en';
  expectFinding(a, 'rules.info.web.notAbsolute', []);
});

test('expires must come after sent, effective and onset', () => {
  const a = nlAlertFixture();
  info0(a).expires = a.sent;
  expectFinding(a, 'rules.info.expires.notAfterSent', ['infos[0].expires']);

  const b = nlAlertFixture();
  info0(b).effective = '2026-11-23T05:00:00+01:00';
  expectFinding(b, 'rules.info.expires.notAfterEffective', ['infos[0].expires']);

  const c = nlAlertFixture();
  (c.infos[1] as CapInfo).onset = '2026-11-23T04:12:00+01:00';
  expectFinding(c, 'rules.info.expires.notAfterOnset', ['infos[1].expires']);
  (c.infos[1] as CapInfo).onset = '2026-11-23T04:11:59+01:00';
  expectFinding(c, 'rules.info.expires.notAfterOnset', []);
});

test('an info block that already expired is a warning', () => {
  const a = nlAlertFixture();
  const later = new Date('2026-11-23T03:12:00Z');
  const findings = expectFinding(
    a,
    'rules.info.expired',
    ['infos[0].expires', 'infos[1].expires'],
    {
      now: later,
    },
  );
  assert.equal(hasErrors(findings), false);
  assert.match(findings[0]?.message ?? '', /2026-11-23T04:12:00\+01:00/);
});

test('value pairs without a name are noted', () => {
  const a = nlAlertFixture();
  info0(a).parameters = [
    { valueName: 'layer', value: 'x' },
    { valueName: ' ', value: 'x' },
  ];
  area0(a).geocodes = [{ valueName: '', value: '0599' }];
  info0(a).eventCodes = [{ valueName: '', value: 'FIRE' }];
  expectFinding(a, 'rules.valuePair.nameRequired', [
    'infos[0].eventCodes[0].valueName',
    'infos[0].parameters[1].valueName',
    'infos[0].areas[0].geocodes[0].valueName',
  ]);
});

const resource = (r: Partial<CapResource>): CapResource => ({
  resourceDesc: 'Kaart van het gebied',
  mimeType: 'image/png',
  uri: 'https://www.crisis.nl/kaart.png',
  size: 48213,
  ...r,
});

test('resources: description and MIME type required, size a whole number ≥ 0', () => {
  const a = nlAlertFixture();
  info0(a).resources = [
    resource({}),
    resource({ resourceDesc: '', mimeType: '' }),
    resource({ mimeType: 'png' }),
    resource({ size: -1 }),
    resource({ size: 1.5 }),
  ];
  assert.deepEqual(
    run(a).filter((f) => f.path.startsWith('infos[0].resources[0]')),
    [],
  );
  expectFinding(a, 'rules.resource.resourceDesc.required', ['infos[0].resources[1].resourceDesc']);
  expectFinding(a, 'rules.resource.mimeType.required', ['infos[0].resources[1].mimeType']);
  expectFinding(a, 'rules.resource.mimeType.invalid', ['infos[0].resources[2].mimeType']);
  expectFinding(a, 'rules.resource.size.invalid', [
    'infos[0].resources[3].size',
    'infos[0].resources[4].size',
  ]);
});

test('resources: uri absolute unless it names derefUri content; content present; digest SHA-1', () => {
  const a = nlAlertFixture();
  info0(a).resources = [
    resource({ uri: 'kaart.png' }),
    resource({ uri: 'kaart.png', derefUri: 'iVBORw0KGgo=', size: 8 }),
    resource({ uri: undefined, size: undefined }),
    resource({ uri: undefined, derefUri: 'not base64!' }),
    resource({ size: undefined }),
    resource({ digest: 'abc' }),
    resource({ digest: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' }),
  ];
  expectFinding(a, 'rules.resource.uri.invalid', ['infos[0].resources[0].uri']);
  expectFinding(a, 'rules.resource.content.missing', ['infos[0].resources[2]']);
  expectFinding(a, 'rules.resource.derefUri.invalid', ['infos[0].resources[3].derefUri']);
  expectFinding(a, 'rules.resource.derefUri.oneWay', [
    'infos[0].resources[1].derefUri',
    'infos[0].resources[3].derefUri',
  ]);
  expectFinding(a, 'rules.resource.size.recommended', ['infos[0].resources[4].size']);
  expectFinding(a, 'rules.resource.digest.invalid', ['infos[0].resources[5].digest']);
});

test('areas need a description; an area without any geometry is noted', () => {
  const a = nlAlertFixture();
  area0(a).areaDesc = ' ';
  expectFinding(a, 'rules.area.areaDesc.required', ['infos[0].areas[0].areaDesc']);

  const b = nlAlertFixture();
  info0(b).areas.push({ areaDesc: 'Rotterdam', polygons: [], circles: [], geocodes: [] });
  expectFinding(b, 'rules.area.noGeometry', ['infos[0].areas[1]']);
});

test('polygons: at least 4 positions, closed, with a surface', () => {
  const a = nlAlertFixture();
  const square: LonLat[] = [
    [4.45, 51.93],
    [4.49, 51.93],
    [4.49, 51.95],
    [4.45, 51.93],
  ];
  area0(a).polygons = [
    square,
    square.slice(0, 3),
    [...square.slice(0, 3), [4.45, 51.95]],
    [
      [4.4, 51.9],
      [4.5, 52.0],
      [4.6, 52.1],
      [4.4, 51.9],
    ],
    [
      [4.4, 51.9],
      [4.4, 51.9],
      [4.4, 51.9],
      [4.4, 51.9],
    ],
  ];
  expectFinding(a, 'rules.polygon.tooFewPositions', ['infos[0].areas[0].polygons[1]']);
  expectFinding(a, 'rules.polygon.notClosed', [
    'infos[0].areas[0].polygons[1]',
    'infos[0].areas[0].polygons[2]',
  ]);
  expectFinding(a, 'rules.polygon.degenerate', [
    'infos[0].areas[0].polygons[3]',
    'infos[0].areas[0].polygons[4]',
  ]);
});

test('coordinates must lie in WGS 84 range; the first bad position is pointed at', () => {
  const a = nlAlertFixture();
  const ring = area0(a).polygons[0] as LonLat[];
  ring[2] = [4.49, 95];
  ring[4] = [200, 51.9];
  area0(a).circles = [{ center: [Number.NaN, 51.9], radiusKm: 2 }];
  const findings = expectFinding(a, 'rules.coordinate.outOfRange', [
    'infos[0].areas[0].polygons[0][2]',
    'infos[0].areas[0].circles[0].center',
  ]);
  assert.match(
    findings.find((f) => f.code === 'rules.coordinate.outOfRange')?.message ?? '',
    /^2 point/,
  );
});

test('circles: radius 0 km or more; 0 km is noted', () => {
  const a = nlAlertFixture();
  area0(a).circles = [
    { center: [4.47, 51.94], radiusKm: 1.5 },
    { center: [4.47, 51.94], radiusKm: -1 },
    { center: [4.47, 51.94], radiusKm: Number.POSITIVE_INFINITY },
    { center: [4.47, 51.94], radiusKm: 0 },
  ];
  expectFinding(a, 'rules.circle.radius.invalid', [
    'infos[0].areas[0].circles[1].radiusKm',
    'infos[0].areas[0].circles[2].radiusKm',
  ]);
  expectFinding(a, 'rules.circle.radius.zero', ['infos[0].areas[0].circles[3].radiusKm']);
});

test('altitude and ceiling: numbers, ceiling only with altitude and not below it', () => {
  const a = nlAlertFixture();
  area0(a).altitude = Number.NaN;
  expectFinding(a, 'rules.area.altitude.invalid', ['infos[0].areas[0].altitude']);

  const b = nlAlertFixture();
  area0(b).ceiling = 3000;
  expectFinding(b, 'rules.area.ceilingWithoutAltitude', ['infos[0].areas[0].ceiling']);

  const c = nlAlertFixture();
  area0(c).altitude = 3000;
  area0(c).ceiling = 1000;
  expectFinding(c, 'rules.area.ceilingBelowAltitude', ['infos[0].areas[0].ceiling']);
  area0(c).ceiling = 3000;
  assert.deepEqual(run(c), []);
});

test('messages come in the language asked for', () => {
  const a = nlAlertFixture();
  info0(a).event = '';
  const [en] = run(a, { lang: 'en' });
  const [nl] = run(a, { lang: 'nl' });
  const [fr] = run(a, { lang: 'fr' });
  const [de] = run(a, { lang: 'de' });
  assert.match(en?.message ?? '', /^The event is missing/);
  assert.match(nl?.message ?? '', /^De gebeurtenis \(event\) ontbreekt/);
  assert.match(fr?.message ?? '', /^L’événement/);
  assert.match(de?.message ?? '', /^Das Ereignis/);
});

test('a character XML cannot carry is an error at the text that holds it, never dropped silently', () => {
  const a = nlAlertFixture();
  expectFinding(a, 'rules.text.invalidChar', []);
  a.infos[0]!.description = 'Brand\u0001 bij het station';
  a.infos[1]!.areas[0]!.areaDesc = 'Noord\uFFFE';
  a.note = 'tab\tand newline\nare fine';
  const findings = expectFinding(a, 'rules.text.invalidChar', [
    'infos[0].description',
    'infos[1].areas[0].areaDesc',
  ]);
  assert.match(
    findings.find((f) => f.code === 'rules.text.invalidChar')!.message,
    /U\+0001.*position 6/,
  );
});
