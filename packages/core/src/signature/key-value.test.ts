import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCanonical } from './document.js';
import { describeKeyValue, importKeyValue, readKeyValue } from './key-value.js';

const DS = 'http://www.w3.org/2000/09/xmldsig#';
const DSIG11 = 'http://www.w3.org/2009/xmldsig11#';
const P256 = 'urn:oid:1.2.840.10045.3.1.7';

/** Reads the key of a `ds:KeyValue` written in canonical form. */
const read = (inner: string): ReturnType<typeof readKeyValue> =>
  readKeyValue(
    scanCanonical(`<ds:KeyValue xmlns:ds="${DS}" xmlns:dsig11="${DSIG11}">${inner}</ds:KeyValue>`)
      .root,
  );
const rsa = (modulus: string, exponent = 'AQAB'): string =>
  `<ds:RSAKeyValue><ds:Modulus>${modulus}</ds:Modulus><ds:Exponent>${exponent}</ds:Exponent></ds:RSAKeyValue>`;
const ec = (curve: string, point: string): string =>
  `<dsig11:ECKeyValue><dsig11:NamedCurve URI="${curve}"></dsig11:NamedCurve>` +
  `<dsig11:PublicKey>${point}</dsig11:PublicKey></dsig11:ECKeyValue>`;
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

test('RSAKeyValue: CryptoBinary read strictly, leading zeros dropped for the JWK', async () => {
  const keys = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 1024,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-1',
    },
    true,
    ['sign', 'verify'],
  );
  const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
  const n = Buffer.from(jwk.n ?? '', 'base64url');
  // Java's BigInteger.toByteArray writes a zero octet before a modulus whose top bit is set.
  const result = read(rsa(b64(Buffer.concat([Buffer.from([0]), n])).replace(/(.{76})/g, '$1\n')));
  assert.ok(result.ok);
  assert.equal(describeKeyValue(result.key), 'RSA 1024-bit');
  assert.equal(result.key.type === 'RSASSA-PKCS1-v1_5' && result.key.jwk.n, jwk.n);
  const key = await importKeyValue(result.key, { key: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' });
  assert.equal(key?.type, 'public');
  // An RSA key does not fit ECDSA.
  assert.equal(await importKeyValue(result.key, { key: 'ECDSA', hash: 'SHA-256' }), undefined);

  assert.deepEqual(read(rsa('xpVv*SZiG')), {
    ok: false,
    problem: 'base64',
    element: 'Modulus',
    base64: 'characters',
  });
  assert.deepEqual(read(rsa(b64(n), 'AQB=')), {
    ok: false,
    problem: 'base64',
    element: 'Exponent',
    base64: 'padding-bits',
  });
  assert.deepEqual(read(rsa('AAAA')), { ok: false, problem: 'not-rsa', element: 'Modulus' });
  assert.deepEqual(read(rsa(b64(n), 'AQAA')), {
    ok: false,
    problem: 'not-rsa',
    element: 'Exponent',
  });
  assert.deepEqual(read('<ds:RSAKeyValue><ds:Modulus>AQAB</ds:Modulus></ds:RSAKeyValue>'), {
    ok: false,
    problem: 'missing',
    element: 'Exponent',
  });
});

test('ECKeyValue: named curves by OID, uncompressed points of the right size', async () => {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  const result = read(ec(P256, b64(point)));
  assert.ok(result.ok);
  assert.equal(describeKeyValue(result.key), 'EC P-256');
  assert.ok(await importKeyValue(result.key, { key: 'ECDSA', hash: 'SHA-384' }));
  assert.equal(
    await importKeyValue(result.key, { key: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }),
    undefined,
  );
  // The right size, but not on the curve: WebCrypto refuses it.
  const off = point.slice();
  off[64] = (off[64] ?? 0) ^ 1;
  const offCurve = read(ec(P256, b64(off)));
  assert.ok(offCurve.ok);
  assert.equal(await importKeyValue(offCurve.key, { key: 'ECDSA', hash: 'SHA-256' }), undefined);

  // Compressed (0x02/0x03 ‖ X) and P-384-sized points are refused before WebCrypto.
  const compressed = Uint8Array.of(2 + ((point[64] ?? 0) & 1), ...point.slice(1, 33));
  assert.deepEqual(read(ec(P256, b64(compressed))), {
    ok: false,
    problem: 'not-a-point',
    curve: 'P-256',
  });
  assert.deepEqual(read(ec('urn:oid:1.3.132.0.34', b64(point))), {
    ok: false,
    problem: 'not-a-point',
    curve: 'P-384',
  });
  assert.deepEqual(read(ec('urn:oid:1.3.132.0.10', b64(point))), {
    ok: false,
    problem: 'unsupported-curve',
    curve: 'urn:oid:1.3.132.0.10',
  });
  assert.deepEqual(
    read('<dsig11:ECKeyValue><dsig11:ECParameters></dsig11:ECParameters></dsig11:ECKeyValue>'),
    {
      ok: false,
      problem: 'unsupported-curve',
      curve: 'ECParameters',
    },
  );
});

test('other key types and an empty KeyValue give no key', () => {
  assert.deepEqual(read('<ds:DSAKeyValue><ds:Y>AQAB</ds:Y></ds:DSAKeyValue>'), {
    ok: false,
    problem: 'unsupported-type',
    element: 'DSAKeyValue',
  });
  assert.deepEqual(read(''), {
    ok: false,
    problem: 'missing',
    element: 'RSAKeyValue or ECKeyValue',
  });
});
