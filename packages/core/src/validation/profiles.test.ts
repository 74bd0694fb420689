import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapAlert, CapArea, CapInfo, LonLat } from '../model/cap.js';
import type { Finding } from './finding.js';
import { hasErrors } from './context.js';
import { VALIDATION_MESSAGES, type ValidationCode } from './messages.js';
import { validateAlert, type ValidationOptions } from './validate.js';
import {
  expandProfiles,
  getProfile,
  isProfileName,
  listProfiles,
  PROFILE_NAMES,
  type ProfileName,
} from './profiles/index.js';
import { NOW, beAlertFixture, ipawsAlertFixture, nlAlertFixture } from './fixtures.test.js';

const run = (alert: CapAlert, options: ValidationOptions = {}): Finding[] =>
  validateAlert(alert, { now: NOW, ...options });

/** Asserts `code` was found exactly at `paths` with the given profile selection. */
function expectFinding(
  alert: CapAlert,
  profiles: ProfileName[],
  code: ValidationCode,
  paths: string[],
  lang: ValidationOptions['lang'] = 'en',
): Finding[] {
  const findings = run(alert, { profiles, lang });
  const summary = findings.map((f) => `${f.code} @ ${f.path}`).join('\n');
  const found = findings.filter((f) => f.code === code);
  assert.deepEqual(
    found.map((f) => f.path),
    paths,
    `findings were:\n${summary}`,
  );
  for (const f of found) {
    assert.equal(f.severity, VALIDATION_MESSAGES[code].severity);
    assert.equal(f.source, 'profile');
  }
  return found;
}

const info = (alert: CapAlert, i: number): CapInfo => alert.infos[i] as CapInfo;
const area = (alert: CapAlert, i: number, j = 0): CapArea => info(alert, i).areas[j] as CapArea;

test('the NL-Alert, BE-Alert and IPAWS fixtures pass their profiles without a finding', () => {
  assert.deepEqual(run(nlAlertFixture(), { profiles: ['nl-alert', 'eu-alert'] }), []);
  assert.deepEqual(run(beAlertFixture(), { profiles: ['be-alert', 'eu-alert'] }), []);
  assert.deepEqual(run(ipawsAlertFixture(), { profiles: ['ipaws', 'eu-alert'] }), []);
});

test('listProfiles names and describes every profile in the language asked for', () => {
  const en = listProfiles('en');
  const nl = listProfiles('nl');
  assert.deepEqual(
    en.map((p) => p.name),
    [...PROFILE_NAMES],
  );
  assert.equal(en.find((p) => p.name === 'ipaws')?.title, 'IPAWS (United States)');
  assert.equal(nl.find((p) => p.name === 'ipaws')?.title, 'IPAWS (Verenigde Staten)');
  assert.match(nl.find((p) => p.name === 'nl-alert')?.description ?? '', /handelingsperspectief/);
  assert.deepEqual(en.find((p) => p.name === 'nl-alert')?.includes, ['eu-alert']);
  for (const p of [...en, ...nl, ...listProfiles('fr'), ...listProfiles('de')]) {
    assert.ok(p.title && p.description, p.name);
  }
});

test('profiles are looked up by name; a selection expands to its includes, each once', () => {
  assert.equal(isProfileName('be-alert'), true);
  assert.equal(isProfileName('uk-alert'), false);
  assert.equal(isProfileName(42), false);
  for (const name of PROFILE_NAMES) assert.equal(getProfile(name).name, name);
  assert.deepEqual(expandProfiles(['nl-alert']), ['nl-alert', 'eu-alert']);
  assert.deepEqual(expandProfiles(['eu-alert', 'nl-alert', 'eu-alert']), ['eu-alert', 'nl-alert']);
});

test('an unknown profile name is an error finding, not an exception', () => {
  const findings = run(nlAlertFixture(), { profiles: ['uk-alert' as ProfileName] });
  assert.deepEqual(
    findings.map((f) => [f.code, f.path, f.severity, f.source]),
    [['profile.unknown', '', 'error', 'profile']],
  );
  assert.match(findings[0]?.message ?? '', /uk-alert.*nl-alert, be-alert, eu-alert, ipaws/);
});

// --- eu-alert ---------------------------------------------------------------------

test('eu-alert: a cell-broadcast text over 15 pages is an error on its info block', () => {
  const a = nlAlertFixture();
  info(a, 1).description = 'Smoke. '.repeat(200);
  const [finding] = expectFinding(a, ['eu-alert'], 'profile.eu-alert.textTooLong', ['infos[1]']);
  assert.match(finding?.message ?? '', /“en-GB” .* needs 17 pages.*\(1395 characters in GSM-7/);

  const b = nlAlertFixture();
  info(b, 0).description = 'x'.repeat(1395 - composedLength(info(b, 0)));
  expectFinding(b, ['eu-alert'], 'profile.eu-alert.textTooLong', []);
  info(b, 0).description += 'x';
  expectFinding(b, ['eu-alert'], 'profile.eu-alert.textTooLong', ['infos[0]']);
});

/** Length of headline, instruction and web with their line breaks, and one for the description's. */
function composedLength(i: CapInfo): number {
  return [i.headline, i.instruction, i.web].join('\n').length + 1;
}

test('eu-alert: characters that force UCS-2 are named, with their GSM-7 replacement', () => {
  const a = nlAlertFixture();
  info(a, 0).headline = 'Grote brand bij het ziekenhuis, geïnformeerd: ‘blijf binnen’';
  const [finding] = expectFinding(a, ['eu-alert'], 'profile.eu-alert.ucs2Forced', ['infos[0]']);
  assert.match(finding?.message ?? '', /“ï” → “i”/);
  assert.match(finding?.message ?? '', /“‘” → “'”/);
  assert.equal((finding?.message.match(/“’”/g) ?? []).length, 1);
});

// --- nl-alert ---------------------------------------------------------------------

test('nl-alert: risk, action advice and sender name are required; more information warned', () => {
  const a = nlAlertFixture();
  info(a, 0).headline = '';
  info(a, 1).instruction = undefined;
  info(a, 0).senderName = ' ';
  info(a, 1).web = undefined;
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.headlineRequired', ['infos[0].headline']);
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.instructionRequired', ['infos[1].instruction']);
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.senderNameRequired', ['infos[0].senderName']);
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.webMissing', ['infos[1].web']);
});

test('nl-alert: a broadcast area with a polygon or circle is required', () => {
  const a = nlAlertFixture();
  info(a, 0).areas = [];
  area(a, 1).polygons = [];
  area(a, 1).geocodes = [{ valueName: 'CBS', value: 'GM0599' }];
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.areaRequired', ['infos[0].areas']);
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.geometryRequired', ['infos[1].areas[0]']);
  area(a, 1).circles = [{ center: [4.47, 51.94], radiusKm: 2 }];
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.geometryRequired', []);
});

test('nl-alert: Dutch is required, English optional after it, other languages warned', () => {
  const a = nlAlertFixture();
  a.infos = [info(a, 1)];
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.dutchRequired', ['infos']);

  const b = nlAlertFixture();
  b.infos.reverse();
  expectFinding(b, ['nl-alert'], 'profile.nl-alert.englishBeforeDutch', ['infos[0].language']);

  const c = nlAlertFixture();
  c.infos.push({ ...info(c, 1), language: 'de-DE' });
  const [other] = expectFinding(c, ['nl-alert'], 'profile.nl-alert.otherLanguage', [
    'infos[2].language',
  ]);
  assert.match(other?.message ?? '', /“de-DE”/);

  const d = nlAlertFixture();
  d.infos.push({ ...info(d, 0), language: 'nl' });
  expectFinding(d, ['nl-alert'], 'profile.nl-alert.duplicateLanguage', ['infos[2].language']);

  const e = nlAlertFixture();
  e.msgType = 'Cancel';
  e.references = [{ sender: e.sender, identifier: 'VRR-2026-0000122', sent: e.sent }];
  e.infos = [];
  assert.deepEqual(run(e, { profiles: ['nl-alert'] }), []);
});

test('nl-alert: scope must be Public', () => {
  const a = nlAlertFixture();
  a.scope = 'Restricted';
  a.restriction = 'Hulpdiensten';
  const [finding] = expectFinding(a, ['nl-alert'], 'profile.nl-alert.scopePublic', ['scope']);
  assert.match(finding?.message ?? '', /“Restricted”/);
});

test('nl-alert: a duration is required; over 24 hours is a warning', () => {
  const a = nlAlertFixture();
  info(a, 1).expires = undefined;
  expectFinding(a, ['nl-alert'], 'profile.nl-alert.expiresRequired', ['infos[1].expires']);

  const b = nlAlertFixture();
  info(b, 0).expires = '2026-11-24T03:12:00+01:00';
  let findings = run(b, { profiles: ['nl-alert'] });
  assert.deepEqual(findings, []);
  info(b, 0).expires = '2026-11-24T04:42:00+01:00';
  findings = expectFinding(b, ['nl-alert'], 'profile.nl-alert.durationLong', ['infos[0].expires']);
  assert.match(findings[0]?.message ?? '', /25\.5 hours/);
  assert.equal(hasErrors(findings), false);

  const c = nlAlertFixture();
  delete info(c, 0).effective;
  info(c, 0).expires = '2026-11-24T04:00:00+01:00';
  expectFinding(c, ['nl-alert'], 'profile.nl-alert.durationLong', ['infos[0].expires']);
});

test('nl-alert includes the eu-alert text check', () => {
  const a = nlAlertFixture();
  info(a, 0).description = 'Veel rook. '.repeat(150);
  expectFinding(a, ['nl-alert'], 'profile.eu-alert.textTooLong', ['infos[0]']);
});

test('nl-alert findings are in Dutch when asked', () => {
  const a = nlAlertFixture();
  info(a, 0).instruction = '';
  const [finding] = expectFinding(
    a,
    ['nl-alert'],
    'profile.nl-alert.instructionRequired',
    ['infos[0].instruction'],
    'nl',
  );
  assert.match(finding?.message ?? '', /^Het handelingsperspectief ontbreekt/);
});

// --- be-alert ---------------------------------------------------------------------

test('be-alert: a national language is required, other languages warned', () => {
  const a = beAlertFixture();
  a.infos = [{ ...info(a, 0), language: 'en-GB' }];
  expectFinding(a, ['be-alert'], 'profile.be-alert.languageRequired', ['infos']);
  const [other] = expectFinding(a, ['be-alert'], 'profile.be-alert.otherLanguage', [
    'infos[0].language',
  ]);
  assert.match(other?.message ?? '', /“en-GB”/);

  const b = beAlertFixture();
  b.infos.push({ ...info(b, 1), language: 'fr' });
  expectFinding(b, ['be-alert'], 'profile.be-alert.duplicateLanguage', ['infos[3].language']);
});

test('be-alert: sender name, advice and zone are required; scope Public', () => {
  const a = beAlertFixture();
  info(a, 0).senderName = undefined;
  info(a, 1).instruction = ' ';
  info(a, 2).areas = [];
  a.scope = 'Private';
  a.addresses = ['burgemeester@eupen.be'];
  expectFinding(a, ['be-alert'], 'profile.be-alert.senderNameRequired', ['infos[0].senderName']);
  expectFinding(a, ['be-alert'], 'profile.be-alert.instructionRequired', ['infos[1].instruction']);
  expectFinding(a, ['be-alert'], 'profile.be-alert.areaRequired', ['infos[2].areas']);
  expectFinding(a, ['be-alert'], 'profile.be-alert.scopePublic', ['scope']);
});

test('be-alert: a text longer than one SMS is noted with its part count', () => {
  const a = beAlertFixture();
  info(a, 1).description = 'Une fumée épaisse se dégage. '.repeat(6);
  const [finding] = expectFinding(a, ['be-alert'], 'profile.be-alert.smsParts', ['infos[1]'], 'fr');
  assert.match(
    finding?.message ?? '',
    /«\u00a0fr-BE\u00a0» a \d+ caractères\u00a0: 2 parties de SMS/,
  );
  assert.equal(finding?.severity, 'info');
});

// --- ipaws ------------------------------------------------------------------------

test('ipaws: CMAMtext is required (unless WEA is blocked) and at most 90 characters', () => {
  const a = ipawsAlertFixture();
  info(a, 0).parameters = info(a, 0).parameters.filter((p) => p.valueName !== 'CMAMtext');
  expectFinding(a, ['ipaws'], 'profile.ipaws.cmamTextRequired', ['infos[0].parameters']);
  info(a, 0).parameters.push({ valueName: 'BLOCKCHANNEL', value: 'CMAS' });
  expectFinding(a, ['ipaws'], 'profile.ipaws.cmamTextRequired', []);

  const b = ipawsAlertFixture();
  const text = info(b, 0).parameters[1];
  assert.equal(text?.valueName, 'CMAMtext');
  text.value = 'x'.repeat(90);
  expectFinding(b, ['ipaws'], 'profile.ipaws.cmamTextTooLong', []);
  text.value = 'x'.repeat(91);
  const [finding] = expectFinding(b, ['ipaws'], 'profile.ipaws.cmamTextTooLong', [
    'infos[0].parameters[1]',
  ]);
  assert.match(finding?.message ?? '', /91 characters; WEA allows 90/);
});

test('ipaws: CMAMlongtext is at most 360 characters; WEA texts in GSM-7', () => {
  const a = ipawsAlertFixture();
  const long = info(a, 0).parameters[2];
  assert.equal(long?.valueName, 'CMAMlongtext');
  long.value = 'y'.repeat(361);
  expectFinding(a, ['ipaws'], 'profile.ipaws.cmamLongTextTooLong', ['infos[0].parameters[2]']);

  const b = ipawsAlertFixture();
  const text = info(b, 0).parameters[1];
  assert.ok(text);
  text.value = 'Chemical leak – shelter in place’';
  const [finding] = expectFinding(b, ['ipaws'], 'profile.ipaws.weaNotGsm7', [
    'infos[0].parameters[1]',
  ]);
  assert.match(finding?.message ?? '', /CMAMtext contains: “–” → “-”, “’” → “'”/);
});

test('ipaws: at most 100 points per polygon', () => {
  const a = ipawsAlertFixture();
  const ring: LonLat[] = Array.from({ length: 100 }, (_, k): LonLat => {
    const angle = (2 * Math.PI * k) / 100;
    return [-77.15 + 0.02 * Math.cos(angle), 39.08 + 0.02 * Math.sin(angle)];
  });
  area(a, 0).polygons = [[...ring, ring[0] as LonLat]];
  const [finding] = expectFinding(a, ['ipaws'], 'profile.ipaws.polygonTooManyPoints', [
    'infos[0].areas[0].polygons[0]',
  ]);
  assert.match(finding?.message ?? '', /101 points; IPAWS accepts at most 100/);
  area(a, 0).polygons = [[...ring.slice(0, 99), ring[0] as LonLat]];
  expectFinding(a, ['ipaws'], 'profile.ipaws.polygonTooManyPoints', []);
});

test('ipaws: IPAWSv1.0 code, SAME codes and expiry are expected (warnings)', () => {
  const a = ipawsAlertFixture();
  a.codes = [];
  info(a, 0).eventCodes = [];
  info(a, 0).expires = undefined;
  area(a, 0).geocodes = [{ valueName: 'FIPS6', value: '024031' }];
  expectFinding(a, ['ipaws'], 'profile.ipaws.codeMissing', ['codes']);
  expectFinding(a, ['ipaws'], 'profile.ipaws.sameEventCodeMissing', ['infos[0].eventCodes']);
  expectFinding(a, ['ipaws'], 'profile.ipaws.expiresRequired', ['infos[0].expires']);
  expectFinding(a, ['ipaws'], 'profile.ipaws.sameGeocodeMissing', ['infos[0].areas[0].geocodes']);
  assert.equal(hasErrors(run(a, { profiles: ['ipaws'] })), false);
});

test('ipaws: a missing EAS-ORG is only noted, and not when EAS is blocked', () => {
  const a = ipawsAlertFixture();
  info(a, 0).parameters = info(a, 0).parameters.filter((p) => p.valueName !== 'EAS-ORG');
  expectFinding(a, ['ipaws'], 'profile.ipaws.easOrgMissing', ['infos[0].parameters']);
  info(a, 0).parameters.push({ valueName: 'BLOCKCHANNEL', value: 'EAS' });
  expectFinding(a, ['ipaws'], 'profile.ipaws.easOrgMissing', []);
});
