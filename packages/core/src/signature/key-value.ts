/**
 * Public keys given bare in `ds:KeyInfo/ds:KeyValue`: `ds:RSAKeyValue` (XML-DSig 1.0) and
 * `dsig11:ECKeyValue` with a named curve (XML-DSig 1.1), read strictly and imported into
 * WebCrypto. Such a key says nothing about who holds it; callers must say so.
 */
import { DSIG11_NS, DSIG_NS, type SignatureAlgorithm } from './algorithms.js';
import { decodeBase64Binary, encodeBase64Url, type Base64Problem } from './base64.js';
import { childNamed, attribute, type ScannedElement } from './document.js';

/** The curves XML-DSig 1.1 names by OID that WebCrypto supports, with their field size. */
const NAMED_CURVES: Readonly<Record<string, { curve: NamedCurve; size: number }>> = {
  'urn:oid:1.2.840.10045.3.1.7': { curve: 'P-256', size: 32 },
  'urn:oid:1.3.132.0.34': { curve: 'P-384', size: 48 },
  'urn:oid:1.3.132.0.35': { curve: 'P-521', size: 66 },
};

/** WebCrypto's names of the curves a `dsig11:ECKeyValue` may name. */
export type NamedCurve = 'P-256' | 'P-384' | 'P-521';

/** A public key read from a `ds:KeyValue`, not yet imported. */
export type KeyValueKey =
  | { type: 'RSASSA-PKCS1-v1_5'; jwk: JsonWebKey; bits: number }
  | { type: 'ECDSA'; namedCurve: NamedCurve; point: Uint8Array<ArrayBuffer> };

/** Why a `ds:KeyValue` gives no key. */
export type KeyValueProblem =
  /** `element` (Modulus, Exponent, NamedCurve, PublicKey, or the key itself) is absent. */
  | { problem: 'missing'; element: string }
  /** The base64 content of `element` is not strict `base64Binary`. */
  | { problem: 'base64'; element: string; base64: Base64Problem }
  /** The RSA modulus is zero or even, or the exponent is zero or even. */
  | { problem: 'not-rsa'; element: string }
  /** The PublicKey is not an uncompressed point (0x04 ‖ X ‖ Y) of the curve's size. */
  | { problem: 'not-a-point'; curve: NamedCurve }
  /** The curve is not one of P-256, P-384, P-521, or is given by explicit parameters. */
  | { problem: 'unsupported-curve'; curve: string }
  /** The key is of a type other than RSA and EC (DSA, say), named by `element`. */
  | { problem: 'unsupported-type'; element: string };

/** A key, or why there is none. */
export type KeyValueResult = { ok: true; key: KeyValueKey } | ({ ok: false } & KeyValueProblem);

/** Big-endian unsigned integer bytes without leading zero octets (JWK's base64urlUInt). */
function stripZeros(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  return bytes.slice(i);
}

function bitLength(bytes: Uint8Array): number {
  const first = bytes[0];
  return first === undefined ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(first));
}

/**
 * Reads the key in a `ds:KeyValue` element. `ds:CryptoBinary` values (Modulus, Exponent)
 * and the EC PublicKey are decoded as strict `base64Binary`, like every other base64 value
 * of a signature.
 */
export function readKeyValue(keyValue: ScannedElement): KeyValueResult {
  const key = keyValue.children[0];
  if (!key) return { ok: false, problem: 'missing', element: 'RSAKeyValue or ECKeyValue' };
  if (key.uri === DSIG_NS && key.local === 'RSAKeyValue') return readRsa(key);
  if (key.uri === DSIG11_NS && key.local === 'ECKeyValue') return readEc(key);
  return { ok: false, problem: 'unsupported-type', element: key.local };
}

function readRsa(key: ScannedElement): KeyValueResult {
  const parts: Partial<Record<'Modulus' | 'Exponent', Uint8Array<ArrayBuffer>>> = {};
  for (const element of ['Modulus', 'Exponent'] as const) {
    const child = childNamed(key, DSIG_NS, element);
    if (!child || child.text.trim() === '') return { ok: false, problem: 'missing', element };
    const decoded = decodeBase64Binary(child.text);
    if (!decoded.ok) return { ok: false, problem: 'base64', element, base64: decoded.problem };
    const value = stripZeros(decoded.bytes);
    // Both are odd for any RSA key: the modulus is a product of odd primes, and the
    // exponent is coprime to the even totient.
    if (value.length === 0 || ((value[value.length - 1] ?? 0) & 1) === 0) {
      return { ok: false, problem: 'not-rsa', element };
    }
    parts[element] = value;
  }
  const n = parts.Modulus as Uint8Array<ArrayBuffer>;
  const e = parts.Exponent as Uint8Array<ArrayBuffer>;
  return {
    ok: true,
    key: {
      type: 'RSASSA-PKCS1-v1_5',
      jwk: { kty: 'RSA', n: encodeBase64Url(n), e: encodeBase64Url(e) },
      bits: bitLength(n),
    },
  };
}

function readEc(key: ScannedElement): KeyValueResult {
  if (childNamed(key, DSIG11_NS, 'ECParameters')) {
    return { ok: false, problem: 'unsupported-curve', curve: 'ECParameters' };
  }
  const named = childNamed(key, DSIG11_NS, 'NamedCurve');
  const uri = named && attribute(named, 'URI')?.trim();
  if (!uri) return { ok: false, problem: 'missing', element: 'NamedCurve' };
  const curve = Object.prototype.hasOwnProperty.call(NAMED_CURVES, uri)
    ? NAMED_CURVES[uri]
    : undefined;
  if (!curve) return { ok: false, problem: 'unsupported-curve', curve: uri };
  const publicKey = childNamed(key, DSIG11_NS, 'PublicKey');
  if (!publicKey || publicKey.text.trim() === '') {
    return { ok: false, problem: 'missing', element: 'PublicKey' };
  }
  const decoded = decodeBase64Binary(publicKey.text);
  if (!decoded.ok) {
    return { ok: false, problem: 'base64', element: 'PublicKey', base64: decoded.problem };
  }
  const point = decoded.bytes;
  if (point.length !== 1 + 2 * curve.size || point[0] !== 0x04) {
    return { ok: false, problem: 'not-a-point', curve: curve.curve };
  }
  return { ok: true, key: { type: 'ECDSA', namedCurve: curve.curve, point } };
}

/** The key's type and size for messages: `RSA 2048-bit`, `EC P-256`. */
export function describeKeyValue(key: KeyValueKey): string {
  return key.type === 'ECDSA' ? `EC ${key.namedCurve}` : `RSA ${key.bits}-bit`;
}

/**
 * Imports the key for `algorithm`, or returns undefined when the key does not fit the
 * algorithm or WebCrypto refuses it (a point that is not on the curve, say).
 */
export async function importKeyValue(
  key: KeyValueKey,
  algorithm: SignatureAlgorithm,
): Promise<CryptoKey | undefined> {
  if (key.type !== algorithm.key) return undefined;
  try {
    return key.type === 'ECDSA'
      ? await crypto.subtle.importKey(
          'raw',
          key.point,
          { name: 'ECDSA', namedCurve: key.namedCurve },
          false,
          ['verify'],
        )
      : await crypto.subtle.importKey(
          'jwk',
          key.jwk,
          { name: 'RSASSA-PKCS1-v1_5', hash: algorithm.hash },
          false,
          ['verify'],
        );
  } catch {
    return undefined;
  }
}
