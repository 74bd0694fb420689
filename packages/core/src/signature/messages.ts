/** English and Dutch texts of the signature findings. */
import type { MessageCatalog } from '../i18n/translate.js';

/** Every finding code {@link verifyCapSignatures} can report. */
export type SignatureFindingCode =
  | 'signature.unreadable'
  | 'signature.doctype-refused'
  | 'signature.malformed'
  | 'signature.unsupported-algorithm'
  | 'signature.unsupported-reference'
  | 'signature.canonicalization-failed'
  | 'signature.digest-mismatch'
  | 'signature.invalid'
  | 'signature.certificate-missing'
  | 'signature.certificate-invalid'
  | 'signature.certificate-expired'
  | 'signature.untrusted'
  | 'signature.trust-unknown'
  | 'signature.trust-anchor-invalid'
  | 'signature.other-signatures-excluded'
  | 'signature.prolog-excluded'
  | 'signature.whitespace-excluded'
  | 'signature.unexpected';

/** Message keys; several keys can share a finding code. */
export type SignatureMessageKey =
  | 'unreadable'
  | 'doctype-refused'
  | 'malformed'
  | 'unsupported-algorithm'
  | 'unsupported-reference'
  | 'canonicalization-failed'
  | 'digest-mismatch'
  | 'digest-value-malformed'
  | 'signature-invalid'
  | 'signature-value-malformed'
  | 'certificate-missing'
  | 'certificate-unreadable'
  | 'certificate-key-mismatch'
  | 'certificate-expired'
  | 'certificate-expired-now'
  | 'untrusted'
  | 'trust-unknown'
  | 'trust-anchor-invalid'
  | 'other-signatures-excluded'
  | 'prolog-excluded'
  | 'whitespace-excluded'
  | 'unexpected'
  | 'problem-empty'
  | 'problem-characters'
  | 'problem-padding-bits'
  | 'problem-not-a-certificate';

/** The catalog behind every signature finding message. */
export const signatureMessages: MessageCatalog<SignatureMessageKey> = {
  unreadable: {
    en: 'The message is not well-formed XML, so its signature cannot be checked ({detail}).',
    nl: 'Het bericht is geen welgevormde XML, dus de handtekening kan niet worden gecontroleerd ({detail}).',
  },
  'doctype-refused': {
    en: 'The message has a document type declaration (DOCTYPE). It is refused so that no entities are expanded; the signature was not checked.',
    nl: 'Het bericht heeft een documenttypedeclaratie (DOCTYPE). Die wordt geweigerd zodat er geen entiteiten worden uitgevouwen; de handtekening is niet gecontroleerd.',
  },
  malformed: {
    en: 'Signature {n}: the {element} element is missing or empty.',
    nl: 'Handtekening {n}: het element {element} ontbreekt of is leeg.',
  },
  'unsupported-algorithm': {
    en: 'Signature {n}: algorithm {algorithm} is not supported, so the signature cannot be checked.',
    nl: 'Handtekening {n}: algoritme {algorithm} wordt niet ondersteund, dus de handtekening kan niet worden gecontroleerd.',
  },
  'unsupported-reference': {
    en: 'Signature {n}: only enveloped signatures over the whole message (Reference URI="") can be checked; this reference points to {uri}.',
    nl: 'Handtekening {n}: alleen omhullende handtekeningen over het hele bericht (Reference URI="") kunnen worden gecontroleerd; deze verwijzing wijst naar {uri}.',
  },
  'canonicalization-failed': {
    en: 'Signature {n}: the signed content could not be canonicalized ({detail}).',
    nl: 'Handtekening {n}: de ondertekende inhoud kon niet worden gecanonicaliseerd ({detail}).',
  },
  'digest-mismatch': {
    en: 'Signature {n}: the message does not match the signed digest; it was changed after signing.',
    nl: 'Handtekening {n}: het bericht komt niet overeen met de ondertekende digest; het is na ondertekening gewijzigd.',
  },
  'digest-value-malformed': {
    en: 'Signature {n}: the DigestValue is not valid base64 ({problem}), so the message cannot match it.',
    nl: 'Handtekening {n}: de DigestValue is geen geldige base64 ({problem}), dus het bericht kan er niet mee overeenkomen.',
  },
  'signature-invalid': {
    en: 'Signature {n}: the signature value does not verify with the key in the certificate; the signed information was changed or signed with another key.',
    nl: 'Handtekening {n}: de handtekeningwaarde klopt niet met de sleutel in het certificaat; de ondertekende gegevens zijn gewijzigd of met een andere sleutel ondertekend.',
  },
  'signature-value-malformed': {
    en: 'Signature {n}: the SignatureValue is not valid base64 ({problem}).',
    nl: 'Handtekening {n}: de SignatureValue is geen geldige base64 ({problem}).',
  },
  'certificate-missing': {
    en: 'Signature {n}: KeyInfo holds no X.509 certificate, so the signing key is unknown.',
    nl: 'Handtekening {n}: KeyInfo bevat geen X.509-certificaat, dus de ondertekeningssleutel is onbekend.',
  },
  'certificate-unreadable': {
    en: 'Signature {n}: certificate {k} in KeyInfo cannot be read ({problem}).',
    nl: 'Handtekening {n}: certificaat {k} in KeyInfo is onleesbaar ({problem}).',
  },
  'certificate-key-mismatch': {
    en: 'Signature {n}: the certificate holds a {keyType} key, which does not fit signature algorithm {algorithm}.',
    nl: 'Handtekening {n}: het certificaat bevat een {keyType}-sleutel, die niet past bij handtekeningalgoritme {algorithm}.',
  },
  'certificate-expired': {
    en: 'Signature {n}: the certificate of {subject} is valid from {notBefore} to {notAfter}, but the message was sent at {time}.',
    nl: 'Handtekening {n}: het certificaat van {subject} is geldig van {notBefore} tot {notAfter}, maar het bericht is verzonden op {time}.',
  },
  'certificate-expired-now': {
    en: 'Signature {n}: the certificate of {subject} is valid from {notBefore} to {notAfter}, which excludes the current time {time} (the message has no readable sent time).',
    nl: 'Handtekening {n}: het certificaat van {subject} is geldig van {notBefore} tot {notAfter}, en dat omvat het huidige tijdstip {time} niet (het bericht heeft geen leesbare verzendtijd).',
  },
  untrusted: {
    en: 'Signature {n}: the certificate of {subject} does not chain to any trusted certificate.',
    nl: 'Handtekening {n}: het certificaat van {subject} leidt niet naar een vertrouwd certificaat.',
  },
  'trust-unknown': {
    en: 'Signature {n}: no trusted certificates were given, so whether {subject} may sign alerts was not checked.',
    nl: 'Handtekening {n}: er zijn geen vertrouwde certificaten opgegeven, dus niet gecontroleerd of {subject} berichten mag ondertekenen.',
  },
  'trust-anchor-invalid': {
    en: 'Trusted certificate {k} cannot be read and was ignored.',
    nl: 'Vertrouwd certificaat {k} is onleesbaar en is genegeerd.',
  },
  'other-signatures-excluded': {
    en: 'Signature {n}: the digest matches only with the other signatures removed too: each signature was made over the unsigned message, as NAADS (Canada) does.',
    nl: 'Handtekening {n}: de digest klopt alleen als ook de andere handtekeningen worden weggelaten: elke handtekening is over het ongetekende bericht gezet, zoals NAADS (Canada) doet.',
  },
  'prolog-excluded': {
    en: 'Signature {n}: the digest covers only the alert element, not the processing instructions around it (such as xml-stylesheet); those are not protected.',
    nl: 'Handtekening {n}: de digest dekt alleen het alert-element, niet de verwerkingsinstructies eromheen (zoals xml-stylesheet); die zijn niet beschermd.',
  },
  'whitespace-excluded': {
    en: 'Signature {n}: the signature holds only with the whitespace between elements removed (as Python signxml signs after lxml remove_blank_text); that whitespace is not protected.',
    nl: 'Handtekening {n}: de handtekening klopt alleen met de witruimte tussen elementen weggelaten (zoals Python signxml ondertekent na lxml remove_blank_text); die witruimte is niet beschermd.',
  },
  unexpected: {
    en: 'The signature could not be checked because of an unexpected error ({detail}).',
    nl: 'De handtekening kon niet worden gecontroleerd door een onverwachte fout ({detail}).',
  },
  'problem-empty': { en: 'empty', nl: 'leeg' },
  'problem-characters': {
    en: 'characters outside the base64 alphabet or a wrong length',
    nl: 'tekens buiten het base64-alfabet of een verkeerde lengte',
  },
  'problem-padding-bits': {
    en: 'the padding bits of the last group are not zero',
    nl: 'de opvulbits van de laatste groep zijn niet nul',
  },
  'problem-not-a-certificate': {
    en: 'not a DER-encoded X.509 certificate',
    nl: 'geen DER-gecodeerd X.509-certificaat',
  },
};
