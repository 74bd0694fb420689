import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../validation/finding.js';
import { validateCapSchema } from './schema.js';

const NS = 'urn:oasis:names:tc:emergency:cap:1.2';
const cap = (body = '', decl = '<?xml version="1.0" encoding="UTF-8"?>\n'): string =>
  `${decl}<alert xmlns="${NS}">\n` +
  '  <identifier>NL-1</identifier>\n  <sender>s@example.nl</sender>\n' +
  '  <sent>2026-11-23T03:12:00+01:00</sent>\n  <status>Actual</status>\n' +
  '  <msgType>Alert</msgType>\n  <scope>Public</scope>\n' +
  body +
  '</alert>\n';
const INFO =
  '  <info>\n    <category>Fire</category>\n    <event>Brand</event>\n    <urgency>Immediate</urgency>\n' +
  '    <severity>Severe</severity>\n    <certainty>Observed</certainty>\n' +
  '    <area><areaDesc>A</areaDesc><polygon>52,5 52.1,5 52.1,5.1 52,5</polygon></area>\n  </info>\n';

const brief = (fs: Finding[]) => fs.map((f) => [f.code, f.source, f.path, f.line]);

test('a valid CAP 1.2 message gives no findings', async () => {
  assert.deepEqual(await validateCapSchema(cap(INFO)), []);
});

test('an element out of place is named, with its line and model path', async () => {
  const xml = cap(INFO).replace('  <scope>Public</scope>\n', '');
  const findings = await validateCapSchema(xml);
  assert.deepEqual(brief(findings), [['schema.invalid', 'schema', 'infos[0]', 8]]);
  assert.equal(
    findings[0]?.message,
    'Line 8: element "info" is not expected here; expected one of: source, scope.',
  );
  const nl = await validateCapSchema(xml, { lang: 'nl' });
  assert.match(nl[0]?.message ?? '', /^Regel 8: element "info" wordt hier niet verwacht/);
});

test('bad values: a Z dateTime (reported once), an unknown status, a missing child', async () => {
  const xml = cap(INFO.replace('<certainty>Observed</certainty>', ''))
    .replace('03:12:00+01:00', '03:12:00Z')
    .replace('Actual', 'Real');
  const findings = await validateCapSchema(xml);
  assert.deepEqual(brief(findings), [
    ['schema.invalid', 'schema', 'sent', 5],
    ['schema.invalid', 'schema', 'status', 6],
    ['schema.invalid', 'schema', 'infos[0].areas[0]', 15],
  ]);
  assert.match(
    findings[0]?.message ?? '',
    /"2026-11-23T03:12:00Z" in "sent" does not have the required form/,
  );
  assert.match(
    findings[1]?.message ?? '',
    /"Real" is not allowed in "status"; allowed: Actual, Exercise/,
  );
  assert.match(
    findings[2]?.message ?? '',
    /element "area" is not expected here; expected: certainty/,
  );
});

test('types, attributes and stray text are explained; several elements on one line', async () => {
  const xml = cap(
    INFO.replace('<event>', '<event x="1">') +
      '  <info><category>Met</category>oops<event>e</event><urgency>Past</urgency>' +
      '<severity>Minor</severity><certainty>Likely</certainty>' +
      '<area><areaDesc>x</areaDesc><altitude>1e3</altitude></area></info>\n',
  );
  const findings = await validateCapSchema(xml);
  assert.deepEqual(brief(findings), [
    ['schema.invalid', 'schema', 'infos[0].event', 11],
    ['schema.invalid', 'schema', 'infos[1]', 17],
    ['schema.invalid', 'schema', 'infos[1].areas[0].altitude', 17],
  ]);
  assert.match(findings[0]?.message ?? '', /element "event" may not have the attribute "x"/);
  assert.match(findings[1]?.message ?? '', /"info" may contain only elements, not text/);
  assert.match(findings[2]?.message ?? '', /"1e3" in "altitude" is not a valid decimal number/);
});

test('a signature after the infos is accepted; the expected list reads plainly', async () => {
  assert.deepEqual(
    await validateCapSchema(
      cap(INFO + '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature>'),
    ),
    [],
  );
  const [f] = await validateCapSchema(cap('  <language>nl</language>\n'));
  assert.equal(f?.path, 'language');
  assert.match(f?.message ?? '', /expected one of: restriction, .*info, Signature \(XML-DSig\)\./);
});

test('text declared ISO-8859-1 is handed to libxml2 as UTF-8 and validates', async () => {
  const xml = cap(INFO, '<?xml version="1.0" encoding="ISO-8859-1"?>\n').replace(
    'Brand',
    'Brand in Usulután',
  );
  assert.deepEqual(await validateCapSchema(xml), []);
});

test('XML libxml2 cannot parse gives xml.malformed with the line', async () => {
  const findings = await validateCapSchema(cap().replace('</status>', '</statu>'));
  assert.deepEqual(brief(findings), [['xml.malformed', 'xml', '', 6]]);
});

test('hostile input never reaches libxml2: DOCTYPE, entities, size', async () => {
  const xxe = `<?xml version="1.0"?>\n<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${cap('', '')}`;
  assert.deepEqual(brief(await validateCapSchema(xxe)), [['xml.doctype-forbidden', 'xml', '', 2]]);
  const big = cap(`  <note>${'x'.repeat(6 * 1024 * 1024)}</note>\n`);
  assert.deepEqual(brief(await validateCapSchema(big)), [['xml.too-large', 'xml', '', undefined]]);
  const small = await validateCapSchema(cap(), { maxBytes: 100 });
  assert.equal(small[0]?.code, 'xml.too-large');
});

test('never rejects, even for input that is not text', async () => {
  const findings = await validateCapSchema(42 as unknown as string);
  assert.equal(findings[0]?.code, 'xml.malformed');
});
