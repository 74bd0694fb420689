/**
 * X.509 handling on WebCrypto via @peculiar/x509: parsing, key import for XML-DSig
 * algorithms, and chaining to trusted certificates.
 */
// @peculiar/x509 resolves its algorithm providers with tsyringe, which needs the Reflect
// metadata API before it loads; ES module evaluation order makes this import run first.
import 'reflect-metadata';
import { BasicConstraintsExtension, X509Certificate } from '@peculiar/x509';
import type { SignatureAlgorithm } from './algorithms.js';
import { decodeBase64Binary, type Base64Problem } from './base64.js';

export { X509Certificate };

/** A certificate, or why it could not be read. */
export type CertificateResult =
  | { ok: true; certificate: X509Certificate }
  | { ok: false; problem: Base64Problem | 'not-a-certificate' };

/** Parses DER bytes as an X.509 certificate; never throws. */
export function parseCertificate(der: Uint8Array<ArrayBuffer>): CertificateResult {
  try {
    return { ok: true, certificate: new X509Certificate(der) };
  } catch {
    return { ok: false, problem: 'not-a-certificate' };
  }
}

/** Parses the strict base64 content of a `ds:X509Certificate` element. */
export function parseCertificateBase64(text: string): CertificateResult {
  const decoded = decodeBase64Binary(text);
  return decoded.ok ? parseCertificate(decoded.bytes) : decoded;
}

/**
 * Parses trusted certificates given as PEM (one or more blocks) or as base64 DER.
 * Returns the certificates and the indexes of the entries that could not be read.
 */
export function parseTrustedCertificates(entries: readonly string[]): {
  certificates: X509Certificate[];
  unreadable: number[];
} {
  const certificates: X509Certificate[] = [];
  const unreadable: number[] = [];
  entries.forEach((entry, index) => {
    const blocks =
      typeof entry !== 'string'
        ? []
        : entry.includes('-----BEGIN')
          ? [...entry.matchAll(/-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g)].map(
              (m) => m[1] ?? '',
            )
          : [entry];
    const parsed = blocks.map(parseCertificateBase64);
    if (parsed.length === 0 || parsed.some((p) => !p.ok)) unreadable.push(index);
    for (const p of parsed) if (p.ok) certificates.push(p.certificate);
  });
  return { certificates, unreadable };
}

/** The key type of a certificate, as WebCrypto names it (`ECDSA`, `RSASSA-PKCS1-v1_5`, …). */
export function keyType(certificate: X509Certificate): string {
  return certificate.publicKey.algorithm.name;
}

/**
 * Imports the certificate's public key for `algorithm`, or returns undefined when the key
 * does not fit (an RSA key for ECDSA, say) or WebCrypto refuses it.
 */
export async function importVerifyKey(
  certificate: X509Certificate,
  algorithm: SignatureAlgorithm,
): Promise<CryptoKey | undefined> {
  const keyAlgorithm = certificate.publicKey.algorithm as KeyAlgorithm & { namedCurve?: string };
  if (keyAlgorithm.name !== algorithm.key) return undefined;
  let params: EcKeyImportParams | RsaHashedImportParams;
  if (algorithm.key === 'RSASSA-PKCS1-v1_5') params = { name: algorithm.key, hash: algorithm.hash };
  else if (keyAlgorithm.namedCurve) params = { name: 'ECDSA', namedCurve: keyAlgorithm.namedCurve };
  else return undefined;
  try {
    return await crypto.subtle.importKey('spki', certificate.publicKey.rawData, params, false, [
      'verify',
    ]);
  } catch {
    return undefined;
  }
}

function sameCertificate(a: X509Certificate, b: X509Certificate): boolean {
  const x = new Uint8Array(a.rawData);
  const y = new Uint8Array(b.rawData);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
}

function isCa(certificate: X509Certificate): boolean {
  return certificate.getExtension(BasicConstraintsExtension)?.ca === true;
}

async function issued(issuer: X509Certificate, subject: X509Certificate): Promise<boolean> {
  if (issuer.subject !== subject.issuer) return false;
  try {
    return await subject.verify({ publicKey: issuer, signatureOnly: true });
  } catch {
    return false;
  }
}

/**
 * Whether `leaf` is one of `anchors` or chains to one through certificates it carries
 * (`intermediates`, which must be CA certificates). Each link is checked by its signature
 * and issuer name; validity periods, revocation, key usage and name constraints are not.
 */
export async function chainsToTrusted(
  leaf: X509Certificate,
  intermediates: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
): Promise<boolean> {
  const visited: X509Certificate[] = [];
  const walk = async (certificate: X509Certificate, depth: number): Promise<boolean> => {
    if (anchors.some((a) => sameCertificate(a, certificate))) return true;
    if (depth > 8 || visited.some((v) => sameCertificate(v, certificate))) return false;
    visited.push(certificate);
    for (const anchor of anchors) if (await issued(anchor, certificate)) return true;
    for (const next of intermediates) {
      if (isCa(next) && (await issued(next, certificate)) && (await walk(next, depth + 1))) {
        return true;
      }
    }
    return false;
  };
  return walk(leaf, 0);
}

/** Subject, issuer and validity of a certificate, dates as ISO 8601. */
export function describe(certificate: X509Certificate): {
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
} {
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
  };
}
