/**
 * The XML-DSig algorithm identifiers Sirene can verify, mapped to what libxml2 and
 * WebCrypto call them. Anything not listed here is refused by name.
 */

/** XML-DSig namespace. */
export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
/** XML-DSig 1.1 namespace, home of `dsig11:ECKeyValue`. */
export const DSIG11_NS = 'http://www.w3.org/2009/xmldsig11#';
/** The `xml:` prefix's namespace. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Exclusive C14N's namespace, home of `ec:InclusiveNamespaces`. */
export const EXC_C14N_NS = 'http://www.w3.org/2001/10/xml-exc-c14n#';
/** The enveloped-signature transform. */
export const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/** A canonicalization family, named after the xmllint option that runs it. */
export type C14nMethod = 'c14n' | 'c14n11' | 'exc-c14n';

/** A canonicalization algorithm: family, and whether comments are kept. */
export interface C14nAlgorithm {
  method: C14nMethod;
  withComments: boolean;
}

/** Canonical XML 1.0, 1.1 and Exclusive 1.0, with and without comments. */
export const C14N_ALGORITHMS: Readonly<Record<string, C14nAlgorithm>> = {
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315': { method: 'c14n', withComments: false },
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments': {
    method: 'c14n',
    withComments: true,
  },
  'http://www.w3.org/2006/12/xml-c14n11': { method: 'c14n11', withComments: false },
  'http://www.w3.org/2006/12/xml-c14n11#WithComments': { method: 'c14n11', withComments: true },
  'http://www.w3.org/2001/10/xml-exc-c14n#': { method: 'exc-c14n', withComments: false },
  'http://www.w3.org/2001/10/xml-exc-c14n#WithComments': {
    method: 'exc-c14n',
    withComments: true,
  },
};

/** WebCrypto hash names. */
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Digest methods. */
export const DIGEST_ALGORITHMS: Readonly<Record<string, HashName>> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'SHA-1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'SHA-512',
};

/** A signature method: key type and hash. */
export interface SignatureAlgorithm {
  key: 'ECDSA' | 'RSASSA-PKCS1-v1_5';
  hash: HashName;
}

/** Signature methods: ECDSA (value is r‖s, as WebCrypto expects) and RSA PKCS#1 v1.5. */
export const SIGNATURE_ALGORITHMS: Readonly<Record<string, SignatureAlgorithm>> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': { key: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': {
    key: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
  },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': {
    key: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-384',
  },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': {
    key: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-512',
  },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1': { key: 'ECDSA', hash: 'SHA-1' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': { key: 'ECDSA', hash: 'SHA-256' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': { key: 'ECDSA', hash: 'SHA-384' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': { key: 'ECDSA', hash: 'SHA-512' },
};

/** Looks up `uri` in one of the tables above without reaching `Object.prototype`. */
export function lookup<T>(table: Readonly<Record<string, T>>, uri: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, uri) ? table[uri] : undefined;
}
