import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../validation/finding.js';
import { fromCapXml, type CapParseResult } from './parse.js';

const NS = 'urn:oasis:names:tc:emergency:cap:1.2';

/** A CAP 1.2 message with `info` and `extra` spliced in at the right places. */
function cap(
  info = '',
  alertExtra = '',
  header = '<?xml version="1.0" encoding="UTF-8"?>\n',
): string {
  return (
    `${header}<alert xmlns="${NS}">\n` +
    '  <identifier>NL-2026-0001</identifier>\n' +
    '  <sender>alert@example.nl</sender>\n' +
    '  <sent>2026-11-23T03:12:00+01:00</sent>\n' +
    '  <status>Actual</status>\n' +
    '  <msgType>Alert</msgType>\n' +
    '  <scope>Public</scope>\n' +
    alertExtra +
    info +
    '</alert>\n'
  );
}

const INFO_HEAD =
  '  <info>\n    <category>Fire</category>\n    <event>Brand</event>\n' +
  '    <urgency>Immediate</urgency>\n    <severity>Severe</severity>\n    <certainty>Observed</certainty>\n';
const info = (body: string): string => `${INFO_HEAD}${body}  </info>\n`;

function ok(r: CapParseResult): Extract<CapParseResult, { ok: true }> {
  assert.ok(r.ok, JSON.stringify(r.findings, null, 1));
  return r;
}
const only = (r: CapParseResult, code: string): Finding => {
  assert.equal(r.ok, false);
  assert.equal(r.findings.length, 1, JSON.stringify(r.findings));
  const f = r.findings[0] as Finding;
  assert.equal(f.code, code);
  assert.equal(f.severity, 'error');
  return f;
};

test('a minimal CAP 1.2 alert maps onto the model with empty arrays and no findings', () => {
  const r = ok(fromCapXml(cap()));
  assert.deepEqual(r.findings, []);
  assert.deepEqual(r.alert, {
    identifier: 'NL-2026-0001',
    sender: 'alert@example.nl',
    sent: '2026-11-23T03:12:00+01:00',
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    addresses: [],
    codes: [],
    references: [],
    incidents: [],
    infos: [],
    signatures: [],
  });
});

test('every element is read: lists, references, infos, resources and areas', () => {
  const xml = cap(
    info(
      '    <language>nl-NL</language>\n    <responseType>Evacuate</responseType>\n' +
        '    <eventCode><valueName>SAME</valueName><value>FRW</value></eventCode>\n' +
        '    <expires>2026-11-23T04:12:00+01:00</expires>\n' +
        '    <headline>Grote brand &amp; rook</headline>\n' +
        '    <description>\n      Regel 1\n      Regel 2 &lt;b&gt;\n    </description>\n' +
        '    <instruction><![CDATA[Sluit <ramen> & deuren]]></instruction>\n' +
        '    <web>https://www.nl-alert.nl</web>\n' +
        '    <parameter><valueName>a</valueName><value>b</value></parameter>\n' +
        '    <resource><resourceDesc>Kaart</resourceDesc><mimeType>image/png</mimeType>' +
        '<size>1024</size><uri>https://example.nl/k.png</uri><digest>abc</digest></resource>\n' +
        '    <area>\n      <areaDesc>Rotterdam</areaDesc>\n' +
        '      <polygon>51.9,4.4 51.95,4.4 51.95,4.5 51.9,4.4</polygon>\n' +
        '      <circle>51.92,4.48 2.5</circle>\n' +
        '      <geocode><valueName>CBS</valueName><value>GM0599</value></geocode>\n' +
        '      <altitude>10</altitude><ceiling>1000.5</ceiling>\n    </area>\n',
    ),
    '  <restriction>Alleen intern</restriction>\n' +
      '  <addresses>groep1 "Groep twee" groep3</addresses>\n' +
      '  <code>profile:NL-Alert:1.0</code><code>test</code>\n' +
      '  <note>Let op</note>\n' +
      '  <references>a@b.nl,NL-1,2026-11-23T02:00:00+01:00 a@b.nl,NL-2,2026-11-23T02:30:00+01:00</references>\n' +
      '  <incidents>inc1 "inc 2"</incidents>\n',
  );
  const { alert, findings } = ok(fromCapXml(xml));
  assert.deepEqual(findings, []);
  assert.equal(alert.restriction, 'Alleen intern');
  assert.deepEqual(alert.addresses, ['groep1', 'Groep twee', 'groep3']);
  assert.deepEqual(alert.codes, ['profile:NL-Alert:1.0', 'test']);
  assert.deepEqual(alert.references, [
    { sender: 'a@b.nl', identifier: 'NL-1', sent: '2026-11-23T02:00:00+01:00' },
    { sender: 'a@b.nl', identifier: 'NL-2', sent: '2026-11-23T02:30:00+01:00' },
  ]);
  assert.deepEqual(alert.incidents, ['inc1', 'inc 2']);
  const i = alert.infos[0];
  assert.ok(i);
  assert.equal(i.language, 'nl-NL');
  assert.deepEqual(i.categories, ['Fire']);
  assert.deepEqual(i.responseTypes, ['Evacuate']);
  assert.deepEqual(i.eventCodes, [{ valueName: 'SAME', value: 'FRW' }]);
  assert.equal(i.headline, 'Grote brand & rook');
  // Description keeps its inner line breaks, trimmed at both ends only.
  assert.equal(i.description, 'Regel 1\n      Regel 2 <b>');
  assert.equal(i.instruction, 'Sluit <ramen> & deuren');
  assert.deepEqual(i.resources, [
    {
      resourceDesc: 'Kaart',
      mimeType: 'image/png',
      size: 1024,
      uri: 'https://example.nl/k.png',
      digest: 'abc',
    },
  ]);
  assert.deepEqual(i.areas, [
    {
      areaDesc: 'Rotterdam',
      polygons: [
        [
          [4.4, 51.9],
          [4.4, 51.95],
          [4.5, 51.95],
          [4.4, 51.9],
        ],
      ],
      circles: [{ center: [4.48, 51.92], radiusKm: 2.5 }],
      geocodes: [{ valueName: 'CBS', value: 'GM0599' }],
      altitude: 10,
      ceiling: 1000.5,
    },
  ]);
});

test('namespace prefixes are resolved, and ds:Signature is kept verbatim', () => {
  const sig =
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>' +
    '<ds:Reference URI=""/></ds:SignedInfo>\n<ds:SignatureValue>AAA=</ds:SignatureValue></ds:Signature>';
  const xml =
    `<cap:alert xmlns:cap="${NS}"><cap:identifier>x</cap:identifier><cap:sender>s</cap:sender>` +
    '<cap:sent>2026-11-23T03:12:00-00:00</cap:sent><cap:status>Test</cap:status>' +
    '<cap:msgType>Alert</cap:msgType><cap:scope>Public</cap:scope>' +
    `${sig}</cap:alert>`;
  const { alert, findings } = ok(fromCapXml(xml));
  assert.deepEqual(findings, []);
  assert.equal(alert.status, 'Test');
  assert.deepEqual(alert.signatures, [sig]);
});

test('CRLF line ends are read as LF; a carriage return written as &#13; survives', () => {
  const xml = cap(info('    <description>a\nb&#13;c</description>\n')).replace(/\n/g, '\r\n');
  assert.equal(ok(fromCapXml(xml)).alert.infos[0]?.description, 'a\nb\rc');
});

test('bad values become findings with model paths and lines, not exceptions', () => {
  const xml = cap(
    info(
      '    <area><areaDesc>A</areaDesc></area>\n' +
        '    <area><areaDesc>B</areaDesc></area>\n' +
        '    <area>\n      <areaDesc>C</areaDesc>\n' +
        '      <polygon>52,5 52.1 5 52.1,5.1 52,5</polygon>\n' +
        '      <polygon>52,5 52.1,5 52.1,5.1</polygon>\n' +
        '      <circle>52,5</circle>\n' +
        '      <altitude>high</altitude>\n' +
        '    </area>\n',
    ),
  );
  const r = ok(fromCapXml(xml));
  const area = r.alert.infos[0]?.areas[2];
  assert.ok(area);
  // The malformed polygon is left out; the unclosed one is closed with a warning.
  assert.equal(area.polygons.length, 1);
  assert.deepEqual(area.polygons[0]?.at(-1), [5, 52]);
  assert.deepEqual(area.circles, []);
  assert.equal(area.altitude, undefined);
  const summary = r.findings.map((f) => [f.code, f.severity, f.path, f.line]);
  assert.deepEqual(summary, [
    ['cap.polygon-invalid', 'error', 'infos[0].areas[2].polygons[0]', 19],
    ['cap.polygon-not-closed', 'warning', 'infos[0].areas[2].polygons[1]', 20],
    ['cap.circle-invalid', 'error', 'infos[0].areas[2].circles[0]', 21],
    ['cap.number-invalid', 'error', 'infos[0].areas[2].altitude', 22],
  ]);
  assert.match(r.findings[0]?.message ?? '', /"52\.1".*latitude,longitude/);
});

test('missing required elements are reported while the rest is still read', () => {
  const xml = cap(
    '  <info><category>Fire</category><urgency>Immediate</urgency><severity>Severe</severity>' +
      '<certainty>Observed</certainty><area><polygon>52,5 52.1,5 52.1,5.1 52,5</polygon></area></info>\n',
  ).replace('  <identifier>NL-2026-0001</identifier>\n', '');
  const r = ok(fromCapXml(xml));
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.path]),
    [
      ['cap.required', 'identifier'],
      ['cap.required', 'infos[0].event'],
      ['cap.required', 'infos[0].areas[0].areaDesc'],
    ],
  );
  assert.equal(r.alert.identifier, '');
  assert.equal(r.alert.infos[0]?.areas[0]?.polygons.length, 1);
});

test('a missing or unknown coded value leaves no alert, but every finding is listed', () => {
  const xml = cap(info('').replace('<urgency>Immediate</urgency>', '<urgency>Now</urgency>'))
    .replace('  <scope>Public</scope>\n', '')
    .replace('<sent>2026-11-23T03:12:00+01:00</sent>', '<sent>2026-11-23T03:12:00Z</sent>');
  const r = fromCapXml(xml, { lang: 'nl' });
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.path]),
    [
      ['cap.datetime-invalid', 'sent'],
      ['cap.required', 'scope'],
      ['cap.enum-invalid', 'infos[0].urgency'],
    ],
  );
  assert.match(r.findings[0]?.message ?? '', /^Regel 5: .*nooit "Z"/);
  assert.match(r.findings[2]?.message ?? '', /"Now" is geen geldige waarde voor urgency/);
});

test('unknown, foreign and repeated elements are reported and ignored', () => {
  const xml = cap(
    '',
    '  <sender>second@example.nl</sender>\n  <extra>x</extra>\n' +
      '  <foo:bar xmlns:foo="urn:foo">y</foo:bar>\n',
  );
  const r = ok(fromCapXml(xml));
  assert.equal(r.alert.sender, 'alert@example.nl');
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.path, f.line]),
    [
      ['cap.element-unknown', '', 10],
      ['cap.element-unknown', '', 11],
      ['cap.element-repeated', 'sender', 9],
    ],
  );
  assert.match(r.findings[1]?.message ?? '', /\{urn:foo\}bar/);
});

test('empty optional elements are absent; bad references are left out with a finding', () => {
  const xml = cap(
    '',
    '  <restriction/>\n  <addresses></addresses>\n  <note> </note>\n' +
      '  <references>a,b,2026-01-01T00:00:00+01:00 broken a,b,yesterday</references>\n',
  );
  const r = ok(fromCapXml(xml));
  assert.equal('restriction' in r.alert, false);
  assert.equal('note' in r.alert, false);
  assert.deepEqual(r.alert.addresses, []);
  assert.equal(r.alert.references.length, 2);
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.path]),
    [
      ['cap.reference-invalid', 'references[1]'],
      ['cap.datetime-invalid', 'references[2].sent'],
    ],
  );
});

// ---- refusals and hostile input ------------------------------------------------------

test('an external entity (XXE) is refused before parsing, nothing is expanded', () => {
  const xxe =
    '<?xml version="1.0"?>\n<!DOCTYPE alert [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n' +
    cap('', '  <note>&xxe;</note>\n', '');
  const f = only(fromCapXml(xxe), 'xml.doctype-forbidden');
  assert.equal(f.line, 2);
  assert.equal(f.source, 'xml');
});

test('"billion laughs" is refused at once', () => {
  let dtd = '<!ENTITY lol0 "lol">\n';
  for (let i = 1; i < 10; i++) {
    dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">\n`;
  }
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE alert [\n${dtd}]>\n<alert xmlns="${NS}"><note>&lol9;</note></alert>`;
  only(fromCapXml(bomb), 'xml.doctype-forbidden');
});

test('an ENTITY declaration or a lower-case doctype is refused too; CDATA mentioning one is not', () => {
  only(fromCapXml(`<!ENTITY x "y">${cap('', '', '')}`), 'xml.doctype-forbidden');
  only(fromCapXml(`<!doctype alert>${cap('', '', '')}`), 'xml.doctype-forbidden');
  const r = ok(fromCapXml(cap('', '  <note><![CDATA[<!DOCTYPE html>]]></note>\n')));
  assert.equal(r.alert.note, '<!DOCTYPE html>');
});

test('input over the size limit is refused without being parsed', () => {
  const big = cap('', `  <note>${'x'.repeat(10 * 1024 * 1024)}</note>\n`);
  const f = only(fromCapXml(big), 'xml.too-large');
  assert.equal(
    f.message,
    `The message is ${big.length.toLocaleString('en')} bytes; at most 5,242,880 bytes are accepted.`,
  );
  // The limit is an option, and counts UTF-8 bytes.
  only(
    fromCapXml(cap('', '  <note>ééé</note>\n'), { maxBytes: cap().length + 20 }),
    'xml.too-large',
  );
  assert.ok(fromCapXml(cap('', '  <note>ééé</note>\n'), { maxBytes: cap().length + 40 }).ok);
});

test('a wrong namespace or root is refused with cap.namespace', () => {
  const f = only(fromCapXml(cap().replace(NS, 'urn:example:alert')), 'cap.namespace');
  assert.match(f.message, /\{urn:example:alert\}alert/);
  only(fromCapXml(cap().replace(` xmlns="${NS}"`, '')), 'cap.namespace');
  only(fromCapXml(`<feed xmlns="${NS}"/>`), 'cap.namespace');
});

test('CAP 1.1 and 1.0 are refused as the wrong version, naming it', () => {
  const v11 = only(
    fromCapXml(cap().replace(NS, 'urn:oasis:names:tc:emergency:cap:1.1'), { lang: 'nl' }),
    'cap.version-unsupported',
  );
  assert.match(v11.message, /CAP 1\.1-bericht/);
  const v10 = only(
    fromCapXml(cap().replace(NS, 'http://www.incident.com/cap/1.0')),
    'cap.version-unsupported',
  );
  assert.match(v10.message, /CAP 1\.0 message/);
});

test('XML that is not well-formed is refused with the line', () => {
  const cases: [string, number | undefined][] = [
    [cap().replace('</status>', '</statu>'), 6],
    [cap().replace('Actual', 'A & B'), 6],
    [cap().replace('Actual', '&nbsp;'), 6],
    [cap().replace('Actual', '&#0;'), 6],
    [cap().replace('Actual', 'A\u0001'), 6],
    [cap().replace('Actual', 'A\uD800'), 6],
    [cap().replace('</alert>', '</alert><alert/>'), 9],
    [cap().replace('</alert>', '</alert>trailing'), 9],
    [cap().replace('<status>', '<!-- never closed <status>'), 6],
    [`${'<a>'.repeat(200)}${'</a>'.repeat(200)}`, undefined],
    ['', undefined],
    ['   \n', undefined],
    ['just text', 1],
  ];
  for (const [xml, line] of cases) {
    const f = only(fromCapXml(xml), 'xml.malformed');
    assert.equal(f.line, line, `${xml.slice(0, 200)} → ${f.message}`);
  }
});

test('fromCapXml never throws, whatever it is given', () => {
  // Deliberately wrong types, as from untyped callers.
  for (const input of [undefined, null, 42, {}, [], new Uint8Array(3)]) {
    only(fromCapXml(input as unknown as string), 'xml.malformed');
  }
  const xml = cap(
    info('    <area><areaDesc>A</areaDesc><polygon>1,2 3,4 5,6 1,2</polygon></area>\n'),
  );
  fc.assert(
    fc.property(
      fc.nat({ max: xml.length }),
      fc.nat({ max: xml.length }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      (a, b, junk) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        for (const input of [xml.slice(0, from), xml.slice(0, from) + junk + xml.slice(to)]) {
          const r = fromCapXml(input);
          assert.equal(typeof r.ok, 'boolean');
          if (!r.ok) assert.ok(r.findings.some((f) => f.severity === 'error'));
        }
      },
    ),
    { numRuns: 500 },
  );
});
