import { translate } from '../i18n/translate.js';
import { signatureMessages } from './messages.js';
import type { SignatureReport, VerifyCapSignaturesOptions } from './verify.js';

/**
 * Verifies the XML digital signatures of a CAP message and never throws.
 *
 * Supported: enveloped signatures (`Reference URI=""`, enveloped-signature transform) with
 * Canonical XML 1.0, 1.1 or Exclusive 1.0 (without an InclusiveNamespaces prefix list),
 * SHA-1/256/384/512 digests, ECDSA and RSA PKCS#1 v1.5 signatures, and the signer's X.509
 * certificate in `KeyInfo`. Without a certificate, a bare `KeyValue` key (`RSAKeyValue`, or
 * XML-DSig 1.1 `ECKeyValue` on P-256/384/521) is used: it shows the message is unchanged
 * but not who signed it (finding `signature.key-unbound`, severity warning), and it is
 * never trusted. Canonicalization is libxml2's; the `#WithComments` algorithms keep the
 * comments of SignedInfo, while `Reference URI=""` leaves comments out of the digest
 * whatever the transforms (XML-DSig, "Same-Document URI-References"). Messages with a
 * DOCTYPE are refused. Base64 values must be canonical `base64Binary` (zero padding bits).
 *
 * When the strict digest does not match, three signing conventions seen in the field are
 * tried and, if one matches, reported: the other signatures removed too (NAADS), only the
 * document element (lxml/signxml), and whitespace-only text between elements removed
 * (signxml after `remove_blank_text`). A message that was changed still fails: these only
 * leave out what such signers leave unsigned, and the findings say what that is.
 *
 * The verifier (X.509 and ASN.1 parsing, most of core's size) is imported on the first
 * call, so a page that never checks a signed message does not load it. If that import
 * fails (a page offline), the report says so as an error finding.
 */
export async function verifyCapSignatures(
  xml: string,
  options: VerifyCapSignaturesOptions = {},
): Promise<SignatureReport> {
  let verify: (xml: string, options: VerifyCapSignaturesOptions) => Promise<SignatureReport>;
  try {
    // tsyringe (under @peculiar/x509) needs the Reflect polyfill when it loads. Bundlers
    // may run CommonJS wrappers after ES modules (Vite 8/rolldown does), so the static
    // import order in certificates.ts is not enough: install the polyfill first, here.
    await import('reflect-metadata');
    verify = (await import('./verify.js')).verifyCapSignatures;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = translate(signatureMessages, 'unexpected', options.lang ?? 'en', { detail });
    return {
      signed: /<(?:[\w.-]+:)?Signature[\s>]/.test(xml),
      valid: false,
      findings: [
        { code: 'signature.unexpected', severity: 'error', path: '', message, source: 'signature' },
      ],
    };
  }
  return verify(xml, options);
}
