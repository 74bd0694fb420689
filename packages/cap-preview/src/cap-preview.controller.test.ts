import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { fromCapXml, loadTranslations, type Finding } from '@sirene/core';
import {
  ValidationScheduler,
  downloadName,
  effectiveProfiles,
  fieldLabel,
  highlightLines,
  languageName,
  parseProfiles,
  phoneCards,
  phoneTime,
  phoneTimeZone,
  phoneTitleKey,
  profilesText,
  resolveSource,
  statusText,
  tokenizeXml,
  validateSource,
} from './cap-preview.controller.js';
import {
  DOCTYPE_XML,
  beAlert,
  missingScopeXml,
  nlAlert,
  nlSireneAlert,
  ucs2Alert,
} from './test-fixtures.test-helper.js';
import {
  FIELD_LABEL_TRANSLATIONS,
  ITEM_LABEL_TRANSLATIONS,
  MESSAGE_TRANSLATIONS,
} from './messages.js';

// French and German load on demand (the element does it when its language asks for them).
before(() =>
  Promise.all(
    [MESSAGE_TRANSLATIONS, FIELD_LABEL_TRANSLATIONS, ITEM_LABEL_TRANSLATIONS].flatMap((lazy) => [
      loadTranslations(lazy, 'fr'),
      loadTranslations(lazy, 'de'),
    ]),
  ),
);

const finding = (severity: Finding['severity'], path = ''): Finding => ({
  code: 'x',
  severity,
  path,
  message: 'm',
  source: 'rules',
});

describe('tokenizeXml', () => {
  it('splits elements, attributes, text, entities, comments and declarations', () => {
    const xml =
      '<?xml version="1.0"?>\n<!-- note -->\n<alert xmlns="urn:x" a=\'1\'><b>x &amp; y</b><c/></alert>';
    const tokens = tokenizeXml(xml);
    assert.equal(tokens.map((t) => t.text).join(''), xml);
    const kinds = (k: string) => tokens.filter((t) => t.kind === k).map((t) => t.text);
    assert.deepEqual(kinds('pi'), ['<?xml version="1.0"?>']);
    assert.deepEqual(kinds('comment'), ['<!-- note -->']);
    assert.deepEqual(kinds('tag'), ['alert', 'b', 'b', 'c', 'alert']);
    assert.deepEqual(kinds('attr'), ['xmlns', 'a']);
    assert.deepEqual(kinds('value'), ['"urn:x"', "'1'"]);
    assert.deepEqual(kinds('entity'), ['&amp;']);
    assert.deepEqual(kinds('text'), ['\n', '\n', 'x ', ' y']);
  });

  it('never throws and always joins back to its input, whatever the input', () => {
    const inputs = [
      '',
      '<',
      '<a',
      '<a b="unterminated',
      '</',
      '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
      '<![CDATA[ <not a tag> ]]>',
      '<!-- unterminated',
      'plain & text < 3',
      '<a><<b>>',
    ];
    for (const xml of inputs) {
      assert.equal(
        tokenizeXml(xml)
          .map((t) => t.text)
          .join(''),
        xml,
      );
    }
    assert.deepEqual(
      tokenizeXml('<!DOCTYPE a [<!ENTITY x "y">]>').map((t) => t.kind),
      ['doctype'],
    );
  });

  it('gives the tokens of each line, numbered as parsers number them', () => {
    const lines = highlightLines('<a>\r\n  <!-- two\nlines -->\n</a>\n');
    assert.equal(lines.length, 5);
    assert.deepEqual(lines[1], [
      { kind: 'text', text: '  ' },
      { kind: 'comment', text: '<!-- two' },
    ]);
    assert.deepEqual(lines[2], [{ kind: 'comment', text: 'lines -->' }]);
    assert.deepEqual(lines[4], []);
  });
});

describe('resolveSource', () => {
  it('builds pretty CAP XML from an alert model, which reads back to the same alert', () => {
    const alert = nlAlert();
    const source = resolveSource({ alert }, 'en');
    assert.equal(source.kind, 'alert');
    assert.equal(source.unreadable, false);
    assert.deepEqual(source.findings, []);
    assert.match(source.xml, /\n {2}<identifier>VRR-2026-0000123<\/identifier>\n/);
    const back = fromCapXml(source.xml);
    assert.ok(back.ok);
    assert.deepEqual(back.alert, alert);
  });

  it('takes the CAP part and the profile of a Sirene alert', () => {
    const source = resolveSource({ alert: nlSireneAlert() }, 'en');
    assert.equal(source.kind === 'alert' && source.profile, 'nl-alert');
    assert.deepEqual(effectiveProfiles([], source), ['nl-alert']);
    assert.deepEqual(effectiveProfiles(['be-alert'], source), ['be-alert']);
  });

  it('reports a model with the wrong shape as findings, never throwing', () => {
    const broken = { ...nlAlert(), infos: 'none' } as unknown as ReturnType<typeof nlAlert>;
    const source = resolveSource({ alert: broken }, 'nl');
    assert.equal(source.kind === 'alert' && source.unreadable, true);
    assert.deepEqual(
      source.findings.map((f) => [f.code, f.path]),
      [['json.not-array', 'infos']],
    );
    assert.match(source.findings[0]?.message ?? '', /lijst/);
  });

  it('keeps given XML as it is, and reports XML it refuses', () => {
    const xml = missingScopeXml();
    const source = resolveSource({ xml, alert: nlAlert() }, 'en');
    assert.equal(source.kind, 'xml');
    assert.equal(source.xml, xml);
    const refused = resolveSource({ xml: DOCTYPE_XML }, 'en');
    assert.equal(refused.kind === 'xml' && refused.unreadable, true);
    assert.deepEqual(
      refused.findings.map((f) => f.code),
      ['xml.doctype-forbidden'],
    );
    assert.equal(resolveSource({ xml: '  ' }, 'en').kind, 'none');
  });
});

describe('validateSource', () => {
  it('validates the built XML against the schema, the rules and the profiles', async () => {
    const source = resolveSource({ alert: nlAlert() }, 'en');
    assert.deepEqual(await validateSource(source, ['nl-alert'], 'en'), {
      valid: true,
      findings: [],
    });
    const be = await validateSource(source, ['be-alert'], 'en');
    assert.equal(be.valid, true);
    assert.ok(be.findings.some((f) => f.code === 'profile.be-alert.otherLanguage'));
    const ipaws = await validateSource(source, ['ipaws'], 'en');
    assert.equal(ipaws.valid, false);
    assert.ok(ipaws.findings.some((f) => f.code === 'profile.ipaws.cmamTextRequired'));
  });

  it('gives schema findings with the line of the XML shown', async () => {
    const result = await validateSource(resolveSource({ xml: missingScopeXml() }, 'en'), [], 'en');
    assert.equal(result.valid, false);
    assert.ok(result.findings.some((f) => f.source === 'schema' && f.line === 8));
  });

  it('reports refused XML without running the schema', async () => {
    const result = await validateSource(resolveSource({ xml: DOCTYPE_XML }, 'en'), [], 'en');
    assert.deepEqual(
      result.findings.map((f) => f.code),
      ['xml.doctype-forbidden'],
    );
  });
});

describe('ValidationScheduler', () => {
  // Timers are mocked and each check finishes when the test says so, so the order of
  // events is the test's, not the machine's: no race with a loaded CI runner.
  it('delivers only the newest result, after the inputs stop changing', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const settle = () => new Promise<void>((r) => setImmediate(r));
    const delivered: string[] = [];
    const runs: string[] = [];
    const finish = new Map<string, () => void>();
    const scheduler = new ValidationScheduler<string, string>(
      (input) => {
        runs.push(input);
        return new Promise((resolve) => finish.set(input, () => resolve(input.toUpperCase())));
      },
      (result) => delivered.push(result),
      10,
    );
    scheduler.schedule('a');
    scheduler.schedule('b'); // debounced away: 'a' never runs
    assert.equal(scheduler.pending, true);
    t.mock.timers.tick(9);
    assert.deepEqual(runs, []);
    t.mock.timers.tick(1);
    assert.deepEqual(runs, ['b']);
    finish.get('b')!();
    await settle();
    assert.deepEqual(delivered, ['B']);
    assert.equal(scheduler.pending, false);

    scheduler.schedule('slow');
    t.mock.timers.tick(10); // 'slow' is running
    scheduler.schedule('fast');
    t.mock.timers.tick(10); // 'fast' is running too
    finish.get('fast')!();
    await settle();
    finish.get('slow')!(); // finishes last, and is stale
    await settle();
    assert.deepEqual(runs, ['b', 'slow', 'fast']);
    assert.deepEqual(delivered, ['B', 'FAST']);
    assert.equal(scheduler.pending, false);

    scheduler.schedule('gone');
    scheduler.cancel();
    t.mock.timers.tick(50);
    assert.deepEqual(runs, ['b', 'slow', 'fast']);
    assert.deepEqual(delivered, ['B', 'FAST']);
  });
});

describe('texts', () => {
  it('names a finding’s field in the operator’s language', () => {
    const alert = nlAlert();
    assert.equal(
      fieldLabel('infos[0].areas[0].polygons[0]', alert, 'en'),
      'Info 1 (nl-NL) › Area 1 › Polygon 1',
    );
    assert.equal(
      fieldLabel('infos[1].instruction', alert, 'nl'),
      'Info 2 (en-GB) › Handelingsperspectief',
    );
    assert.equal(fieldLabel('cap.sent', alert, 'fr'), 'Envoyé');
    assert.equal(fieldLabel('', alert, 'de'), 'Gesamte Nachricht');
    assert.equal(
      fieldLabel('infos[3].parameters[1].value', undefined, 'en'),
      'Info 4 › Parameter 2 › Value',
    );
    assert.equal(fieldLabel('infos[0].mystery[2]', alert, 'en'), 'Info 1 (nl-NL) › mystery 3');
  });

  it('summarises the result with counts and the profiles checked', () => {
    assert.equal(profilesText([], 'en'), 'CAP 1.2');
    assert.equal(
      profilesText(['nl-alert'], 'en'),
      'CAP 1.2 and profiles NL-Alert, EU-Alert (cell broadcast)',
    );
    assert.equal(statusText('checking', [], [], 'nl'), 'Controleren…');
    assert.equal(
      statusText('done', [finding('error'), finding('error'), finding('warning')], [], 'en'),
      'Not ready to send: 2 errors, 1 warning.',
    );
    assert.equal(
      statusText('done', [finding('info')], ['be-alert'], 'nl'),
      'Geen fouten voor CAP 1.2 en profielen BE-Alert; controleer 1 advies.',
    );
    assert.equal(
      statusText('done', [], ['ipaws'], 'en'),
      'No problems found for CAP 1.2 and profiles IPAWS (United States).',
    );
  });

  it('parses the profile attribute', () => {
    assert.deepEqual(parseProfiles(' nl-alert, eu-alert ,,ipaws'), [
      'nl-alert',
      'eu-alert',
      'ipaws',
    ]);
    assert.deepEqual(parseProfiles(null), []);
  });

  it('titles and times the phone as the profile’s country does', () => {
    assert.equal(phoneTitleKey(['nl-alert']), 'phone.title.nl-alert');
    assert.equal(phoneTitleKey(['be-alert']), 'phone.title.be-alert');
    assert.equal(phoneTitleKey(['ipaws']), 'phone.title.generic');
    assert.equal(phoneTimeZone(['be-alert']), 'Europe/Brussels');
    assert.deepEqual(phoneTime('2026-11-23T03:12:00+01:00', 'nl-NL', 'Europe/Amsterdam'), {
      clock: '03:12',
      date: 'maandag 23 november',
      stamp: '23-11-2026 03:12',
    });
    assert.equal(phoneTime('yesterday', 'nl-NL', 'Europe/Amsterdam'), undefined);
    assert.equal(languageName('nl-NL', 'en-GB'), 'Dutch (Netherlands) · nl-NL');
    assert.equal(languageName('xx-not-a-tag-!', 'en-GB'), 'xx-not-a-tag-!');
  });

  it('gives each info block its channel text and measure', () => {
    const [nl, en] = phoneCards(ucs2Alert());
    assert.equal(nl?.measure.encoding, 'UCS-2');
    assert.equal(en?.measure.encoding, 'GSM-7');
    assert.match(nl?.text ?? '', /^Grote brand in Rotterdam-Noord: “veel rook”\.\n/);
    assert.deepEqual(nl?.areas, ['Rotterdam-Noord']);
    assert.equal(phoneCards(beAlert()).length, 3);
  });

  it('names the download after the identifier, safely', () => {
    assert.equal(downloadName('VRR-2026-0000123'), 'VRR-2026-0000123.xml');
    assert.equal(downloadName('../../etc/passwd'), 'etc_passwd.xml');
    assert.equal(downloadName(undefined), 'alert.xml');
  });
});
