/** Verification of XML digital signatures on CAP messages. */
export { verifyCapSignatures } from './lazy.js';
export type { SignatureReport, SignatureSigner, VerifyCapSignaturesOptions } from './verify.js';
export {
  signatureMessages,
  type SignatureFindingCode,
  type SignatureMessageKey,
} from './messages.js';
