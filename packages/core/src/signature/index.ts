/** Verification of XML digital signatures on CAP messages. */
export {
  verifyCapSignatures,
  type SignatureReport,
  type SignatureSigner,
  type VerifyCapSignaturesOptions,
} from './verify.js';
export {
  signatureMessages,
  type SignatureFindingCode,
  type SignatureMessageKey,
} from './messages.js';
