/** English and Dutch texts of the signature findings (French and German fall back to English). */
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
  | 'signature.key-invalid'
  | 'signature.key-unbound'
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
  | 'key-value-missing'
  | 'key-value-base64'
  | 'key-value-not-rsa'
  | 'key-value-not-a-point'
  | 'key-value-unsupported-curve'
  | 'key-value-unsupported-type'
  | 'key-value-mismatch'
  | 'key-value-refused'
  | 'key-value-signature-invalid'
  | 'key-unbound'
  | 'untrusted-key-value'
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
    en: 'Signature {n}: KeyInfo holds neither an X.509 certificate nor a key value, so the signing key is unknown and the signature cannot be checked.',
    nl: 'Handtekening {n}: KeyInfo bevat geen X.509-certificaat en geen sleutelwaarde, dus de ondertekeningssleutel is onbekend en de handtekening kan niet worden gecontroleerd.',
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
  'key-value-missing': {
    en: 'Signature {n}: key value {k} in KeyInfo has no {element}, so the signature cannot be checked.',
    nl: 'Handtekening {n}: sleutelwaarde {k} in KeyInfo heeft geen {element}, dus de handtekening kan niet worden gecontroleerd.',
  },
  'key-value-base64': {
    en: 'Signature {n}: the {element} of key value {k} in KeyInfo is not valid base64 ({problem}), so the signature cannot be checked.',
    nl: 'Handtekening {n}: de {element} van sleutelwaarde {k} in KeyInfo is geen geldige base64 ({problem}), dus de handtekening kan niet worden gecontroleerd.',
  },
  'key-value-not-rsa': {
    en: 'Signature {n}: the {element} of the RSA key value {k} in KeyInfo is zero or even, which no RSA key has; the signature cannot be checked.',
    nl: 'Handtekening {n}: de {element} van RSA-sleutelwaarde {k} in KeyInfo is nul of even, wat geen RSA-sleutel heeft; de handtekening kan niet worden gecontroleerd.',
  },
  'key-value-not-a-point': {
    en: 'Signature {n}: the PublicKey of EC key value {k} in KeyInfo is not an uncompressed point on curve {curve}; the signature cannot be checked.',
    nl: 'Handtekening {n}: de PublicKey van EC-sleutelwaarde {k} in KeyInfo is geen ongecomprimeerd punt op kromme {curve}; de handtekening kan niet worden gecontroleerd.',
  },
  'key-value-unsupported-curve': {
    en: 'Signature {n}: EC key value {k} in KeyInfo uses curve {curve}; only the named curves P-256, P-384 and P-521 are supported, so the signature cannot be checked.',
    nl: 'Handtekening {n}: EC-sleutelwaarde {k} in KeyInfo gebruikt kromme {curve}; alleen de benoemde krommen P-256, P-384 en P-521 worden ondersteund, dus de handtekening kan niet worden gecontroleerd.',
  },
  'key-value-unsupported-type': {
    en: 'Signature {n}: key value {k} in KeyInfo is a {element}; only RSAKeyValue and ECKeyValue are supported, so the signature cannot be checked.',
    nl: 'Handtekening {n}: sleutelwaarde {k} in KeyInfo is een {element}; alleen RSAKeyValue en ECKeyValue worden ondersteund, dus de handtekening kan niet worden gecontroleerd.',
  },
  'key-value-mismatch': {
    en: 'Signature {n}: key value {k} in KeyInfo is an {keyType} key, which does not fit signature algorithm {algorithm}.',
    nl: 'Handtekening {n}: sleutelwaarde {k} in KeyInfo is een {keyType}-sleutel, die niet past bij handtekeningalgoritme {algorithm}.',
  },
  'key-value-refused': {
    en: 'Signature {n}: key value {k} in KeyInfo ({keyType}) is not a valid public key; the signature cannot be checked.',
    nl: 'Handtekening {n}: sleutelwaarde {k} in KeyInfo ({keyType}) is geen geldige publieke sleutel; de handtekening kan niet worden gecontroleerd.',
  },
  'key-value-signature-invalid': {
    en: 'Signature {n}: the signature value does not verify with the key value in KeyInfo; the signed information was changed or signed with another key.',
    nl: 'Handtekening {n}: de handtekeningwaarde klopt niet met de sleutelwaarde in KeyInfo; de ondertekende gegevens zijn gewijzigd of met een andere sleutel ondertekend.',
  },
  'key-unbound': {
    en: 'Signature {n}: the key is given as a bare key value ({keyType}), not bound to a certificate. The signature shows the message was not changed since signing, but not who signed it: the sender cannot be confirmed.',
    nl: 'Handtekening {n}: de sleutel staat er als losse sleutelwaarde ({keyType}), niet gebonden aan een certificaat. De handtekening toont dat het bericht sinds ondertekening niet is gewijzigd, maar niet wie het heeft ondertekend: de afzender kan niet worden bevestigd.',
  },
  'untrusted-key-value': {
    en: 'Signature {n}: the key is a bare key value without a certificate, so it cannot chain to any trusted certificate.',
    nl: 'Handtekening {n}: de sleutel is een losse sleutelwaarde zonder certificaat, dus die kan niet naar een vertrouwd certificaat leiden.',
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
