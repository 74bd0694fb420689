/**
 * XML-DSig core validation of enveloped signatures on CAP messages, on WebCrypto and
 * libxml2 (WebAssembly), so it runs in Node and in browsers alike.
 */
import type { Finding, Lang, Severity } from '../validation/finding.js';
import { translate, type MessageParams } from '../i18n/translate.js';
import {
  C14N_ALGORITHMS,
  DIGEST_ALGORITHMS,
  DSIG_NS,
  ENVELOPED_SIGNATURE,
  EXC_C14N_NS,
  SIGNATURE_ALGORITHMS,
  XML_NS,
  lookup,
  type C14nAlgorithm,
  type C14nMethod,
  type HashName,
  type SignatureAlgorithm,
} from './algorithms.js';
import { decodeBase64Binary, type Base64Problem } from './base64.js';
import { canonicalize, canonicalizeMany, type C14nResult } from './c14n.js';
import {
  chainsToTrusted,
  describe,
  importVerifyKey,
  keyType,
  parseCertificateBase64,
  parseTrustedCertificates,
  type X509Certificate,
} from './certificates.js';
import {
  attribute,
  childNamed,
  childrenNamed,
  cutText,
  prepareSource,
  scanCanonical,
  type Range,
  type ScannedDocument,
  type ScannedElement,
} from './document.js';
import {
  describeKeyValue,
  importKeyValue,
  readKeyValue,
  type KeyValueKey,
  type KeyValueResult,
} from './key-value.js';
import {
  signatureMessages,
  type SignatureFindingCode,
  type SignatureMessageKey,
} from './messages.js';

/** The certificate that made a signature. Dates are ISO 8601 (UTC). */
export interface SignatureSigner {
  /** Distinguished name of the subject, e.g. `CN=www.meteo.sc`. */
  subject: string;
  /** Distinguished name of the issuer. */
  issuer: string;
  notBefore: string;
  notAfter: string;
}

/** What {@link verifyCapSignatures} found. */
export interface SignatureReport {
  /** Whether the message carries at least one `ds:Signature`. */
  signed: boolean;
  /**
   * Signed, and no finding of severity `error`: every signature passes XML-DSig core
   * validation and, when trusted certificates were given, at least one chains to them.
   */
  valid: boolean;
  /** Everything worth knowing, as data; source `signature`. Empty for an unsigned message. */
  findings: Finding[];
  /**
   * The signing certificate: of the first signature that verifies (and is trusted, when
   * trusted certificates were given), otherwise of the first signature that names one.
   * Absent when the signature that verifies gives its key as a bare `KeyValue`.
   */
  signer?: SignatureSigner;
}

/** Options of {@link verifyCapSignatures}. */
export interface VerifyCapSignaturesOptions {
  /** Language of the finding messages; English by default. */
  lang?: Lang;
  /**
   * Certificates whose holders may sign alerts, as PEM (one or more blocks per entry) or
   * base64 DER. When given, a signature must chain to one of them (a bare `KeyValue` key
   * never does); when absent, trust is not judged (finding `signature.trust-unknown`,
   * severity info).
   */
  trustedCertificates?: string[];
}

/**
 * The verification behind {@link verifyCapSignatures} (signature/lazy.ts), which imports
 * this module on demand: it brings X.509 and ASN.1 parsing, most of core's code size.
 */
export async function verifyCapSignatures(
  xml: string,
  options: VerifyCapSignaturesOptions = {},
): Promise<SignatureReport> {
  const session = new Session(options.lang ?? 'en');
  try {
    return await verify(xml, options, session);
  } catch (error) {
    session.report('signature.unexpected', 'error', '', 'unexpected', {
      detail: error instanceof Error ? error.message : String(error),
    });
    return { signed: session.signed, valid: false, findings: session.findings };
  }
}

/** One place that renders findings and remembers canonical forms. */
class Session {
  readonly findings: Finding[] = [];
  signed = false;
  private readonly cache = new Map<string, Promise<C14nResult>>();

  constructor(readonly lang: Lang) {}

  report(
    code: SignatureFindingCode,
    severity: Severity,
    path: string,
    key: SignatureMessageKey,
    params: MessageParams = {},
    into: Finding[] = this.findings,
  ): Finding {
    const message = translate(signatureMessages, key, this.lang, params);
    const finding: Finding = { code, severity, path, message, source: 'signature' };
    into.push(finding);
    return finding;
  }

  problem(problem: Base64Problem | 'not-a-certificate'): string {
    return translate(signatureMessages, `problem-${problem}`, this.lang);
  }

  /**
   * Canonical form of `text`. Requests made in the same turn of the event loop are sent to
   * libxml2 together, one run per method and whitespace option.
   */
  c14n(text: string, method: C14nMethod, noBlanks: boolean): Promise<C14nResult> {
    const key = `${method}|${noBlanks}|${text}`;
    let result = this.cache.get(key);
    if (!result) {
      result = new Promise<C14nResult>((resolve) => {
        const group = `${method}|${noBlanks}`;
        const queue = this.queue.get(group) ?? { method, noBlanks, items: [] };
        queue.items.push({ text, resolve });
        this.queue.set(group, queue);
        if (!this.scheduled) {
          this.scheduled = true;
          setTimeout(() => this.flush(), 0);
        }
      });
      this.cache.set(key, result);
    }
    return result;
  }

  private readonly queue = new Map<
    string,
    {
      method: C14nMethod;
      noBlanks: boolean;
      items: Array<{ text: string; resolve: (r: C14nResult) => void }>;
    }
  >();

  private scheduled = false;

  private flush(): void {
    this.scheduled = false;
    const groups = [...this.queue.values()];
    this.queue.clear();
    for (const { method, noBlanks, items } of groups) {
      void canonicalizeMany(
        items.map((i) => i.text),
        method,
        { noBlanks },
      ).then(
        (results) =>
          items.forEach((item, i) =>
            item.resolve(results[i] ?? { ok: false, detail: 'no canonical form' }),
          ),
        (error: unknown) =>
          items.forEach((item) => item.resolve({ ok: false, detail: String(error) })),
      );
    }
  }
}

const SIGNATURE_TAG = /<(?:[A-Za-z_][\w.-]*:)?Signature[\s/>]/;

async function verify(
  xml: string,
  options: VerifyCapSignaturesOptions,
  session: Session,
): Promise<SignatureReport> {
  if (typeof xml !== 'string') {
    session.report('signature.unreadable', 'error', '', 'unreadable', { detail: typeof xml });
    return { signed: false, valid: false, findings: session.findings };
  }
  // Without the XML-DSig namespace name there can be no ds:Signature: skip libxml2.
  if (!xml.includes(DSIG_NS)) return { signed: false, valid: false, findings: [] };
  session.signed = SIGNATURE_TAG.test(xml); // a guess, until the document is read
  const unreadable = (detail: string): SignatureReport => {
    session.report('signature.unreadable', 'error', '', 'unreadable', { detail });
    return { signed: session.signed, valid: false, findings: session.findings };
  };

  const prepared = prepareSource(xml);
  if (!prepared.ok) {
    if (prepared.reason === 'empty') return unreadable('empty');
    session.report('signature.doctype-refused', 'error', '', 'doctype-refused');
    return { signed: session.signed, valid: false, findings: session.findings };
  }
  const canonical = await canonicalize(prepared.text, 'c14n');
  if (!canonical.ok) return unreadable(canonical.detail);
  let doc: ScannedDocument;
  try {
    doc = scanCanonical(canonical.text);
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }

  const signatures = findSignatures(doc.root);
  session.signed = signatures.length > 0;
  if (signatures.length === 0) return { signed: false, valid: false, findings: [] };

  let anchors: X509Certificate[] | undefined;
  if (Array.isArray(options.trustedCertificates)) {
    const trusted = parseTrustedCertificates(options.trustedCertificates);
    anchors = trusted.certificates;
    for (const k of trusted.unreadable) {
      session.report(
        'signature.trust-anchor-invalid',
        'warning',
        `trustedCertificates[${k}]`,
        'trust-anchor-invalid',
        { k: k + 1 },
      );
    }
  }
  const sent = sentTime(doc.root);
  const outcomes = await Promise.all(
    signatures.map((signature, index) =>
      verifySignature({ session, doc, signature, index, signatures, anchors, sent }),
    ),
  );

  const accepted = outcomes.find((o) => o.coreValid && (anchors ? o.trusted : true));
  for (const outcome of outcomes) {
    // One trusted signature is enough; the others' lack of trust is then a warning.
    if (outcome.untrusted && accepted) outcome.untrusted.severity = 'warning';
    session.findings.push(...outcome.findings);
  }
  const signer = (accepted ?? outcomes.find((o) => o.certificate))?.certificate;
  return {
    signed: true,
    valid: session.findings.every((f) => f.severity !== 'error'),
    findings: session.findings,
    ...(signer ? { signer: describe(signer) } : {}),
  };
}

function findSignatures(element: ScannedElement, found: ScannedElement[] = []): ScannedElement[] {
  if (element.uri === DSIG_NS && element.local === 'Signature') found.push(element);
  else for (const child of element.children) findSignatures(child, found);
  return found;
}

function sentTime(root: ScannedElement): Date | undefined {
  const sent = root.children.find((c) => c.local === 'sent' && c.uri === root.uri)?.text.trim();
  if (!sent || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(sent)) {
    return undefined;
  }
  const time = new Date(sent);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

interface SignatureContext {
  session: Session;
  doc: ScannedDocument;
  signature: ScannedElement;
  index: number;
  signatures: readonly ScannedElement[];
  anchors: X509Certificate[] | undefined;
  sent: Date | undefined;
}

interface SignatureOutcome {
  findings: Finding[];
  /** XML-DSig core validation passed: every digest matches and the signature verifies. */
  coreValid: boolean;
  trusted: boolean;
  certificate?: X509Certificate;
  untrusted?: Finding;
}

interface ReferencePlan {
  index: number;
  enveloped: boolean;
  c14n: C14nAlgorithm;
  hash: HashName;
  digest: Uint8Array | undefined;
  /** Why the DigestValue could not be decoded, when `digest` is undefined. */
  digestProblem?: Base64Problem;
  path: string;
}

/** A way of reading the signed content; all false is plain XML-DSig. */
interface Variant {
  others: boolean;
  rootOnly: boolean;
  noBlanks: boolean;
}

const DEFAULT_C14N: C14nAlgorithm = { method: 'c14n', withComments: false };
const encoder = new TextEncoder();

function range(element: ScannedElement): Range {
  return { start: element.start, end: element.end };
}

function sameBytes(a: ArrayBuffer | Uint8Array, b: Uint8Array): boolean {
  const x = a instanceof Uint8Array ? a : new Uint8Array(a);
  return x.length === b.length && x.every((byte, i) => byte === b[i]);
}

function hasPrefixList(method: ScannedElement): boolean {
  const inclusive = childNamed(method, EXC_C14N_NS, 'InclusiveNamespaces');
  return inclusive !== undefined && (attribute(inclusive, 'PrefixList') ?? '').trim() !== '';
}

async function verifySignature(ctx: SignatureContext): Promise<SignatureOutcome> {
  const { session, signature, index } = ctx;
  const findings: Finding[] = [];
  const n = index + 1;
  const base = `signatures[${index}]`;
  const outcome: SignatureOutcome = { findings, coreValid: false, trusted: false };
  const report = (
    code: SignatureFindingCode,
    severity: Severity,
    path: string,
    key: SignatureMessageKey,
    params: MessageParams = {},
  ): Finding => session.report(code, severity, path, key, { n, ...params }, findings);
  const noted = new Set<SignatureMessageKey>();
  const note = (variant: Variant): void => {
    const keys: Array<[boolean, SignatureFindingCode, SignatureMessageKey, Severity]> = [
      [variant.others, 'signature.other-signatures-excluded', 'other-signatures-excluded', 'info'],
      [variant.rootOnly, 'signature.prolog-excluded', 'prolog-excluded', 'warning'],
      [variant.noBlanks, 'signature.whitespace-excluded', 'whitespace-excluded', 'warning'],
    ];
    for (const [on, code, key, severity] of keys) {
      if (on && !noted.has(key)) {
        noted.add(key);
        report(code, severity, base, key);
      }
    }
  };
  const malformed = (element: string, path = base): SignatureOutcome => {
    report('signature.malformed', 'error', path, 'malformed', { element });
    return outcome;
  };
  const reportKeyValueProblem = (read: KeyValueResult & { ok: false }, k: number): void => {
    const path = `${base}.keyInfo.keyValues[${k}]`;
    const params = { k: k + 1 };
    switch (read.problem) {
      case 'missing':
        report('signature.key-invalid', 'error', path, 'key-value-missing', {
          ...params,
          element: read.element,
        });
        break;
      case 'base64':
        report('signature.key-invalid', 'error', path, 'key-value-base64', {
          ...params,
          element: read.element,
          problem: session.problem(read.base64),
        });
        break;
      case 'not-rsa':
        report('signature.key-invalid', 'error', path, 'key-value-not-rsa', {
          ...params,
          element: read.element,
        });
        break;
      case 'not-a-point':
        report('signature.key-invalid', 'error', path, 'key-value-not-a-point', {
          ...params,
          curve: read.curve,
        });
        break;
      case 'unsupported-curve':
        report('signature.unsupported-algorithm', 'error', path, 'key-value-unsupported-curve', {
          ...params,
          curve: read.curve,
        });
        break;
      case 'unsupported-type':
        report('signature.key-invalid', 'error', path, 'key-value-unsupported-type', {
          ...params,
          element: read.element,
        });
        break;
    }
  };
  const unsupported = (algorithm: string, path: string): SignatureOutcome => {
    report('signature.unsupported-algorithm', 'error', path, 'unsupported-algorithm', {
      algorithm,
    });
    return outcome;
  };

  // Structure and algorithms.
  const signedInfo = signature.children[0];
  if (!signedInfo || signedInfo.uri !== DSIG_NS || signedInfo.local !== 'SignedInfo') {
    return malformed('SignedInfo');
  }
  const signatureValue = childNamed(signature, DSIG_NS, 'SignatureValue');
  if (!signatureValue) return malformed('SignatureValue');
  const c14nMethod = childNamed(signedInfo, DSIG_NS, 'CanonicalizationMethod');
  const c14nUri = c14nMethod && attribute(c14nMethod, 'Algorithm');
  if (!c14nMethod || !c14nUri) return malformed('CanonicalizationMethod', `${base}.signedInfo`);
  const c14n = lookup(C14N_ALGORITHMS, c14nUri);
  if (!c14n) return unsupported(c14nUri, `${base}.signedInfo.canonicalizationMethod`);
  if (c14n.method === 'exc-c14n' && hasPrefixList(c14nMethod)) {
    return unsupported(`${c14nUri} (InclusiveNamespaces PrefixList)`, `${base}.signedInfo`);
  }
  const methodElement = childNamed(signedInfo, DSIG_NS, 'SignatureMethod');
  const methodUri = methodElement && attribute(methodElement, 'Algorithm');
  if (!methodUri) return malformed('SignatureMethod', `${base}.signedInfo`);
  const algorithm = lookup(SIGNATURE_ALGORITHMS, methodUri);
  if (!algorithm) return unsupported(methodUri, `${base}.signedInfo.signatureMethod`);

  const referenceElements = childrenNamed(signedInfo, DSIG_NS, 'Reference');
  if (referenceElements.length === 0) return malformed('Reference', `${base}.signedInfo`);
  const plans: ReferencePlan[] = [];
  for (const [r, reference] of referenceElements.entries()) {
    const plan = planReference(reference, r, `${base}.signedInfo.references[${r}]`, report);
    if (!plan) return outcome;
    plans.push(plan);
  }

  // Keys in KeyInfo: X.509 certificates, or else bare key values.
  const keyInfo = childNamed(signature, DSIG_NS, 'KeyInfo');
  const certificateElements = keyInfo
    ? childrenNamed(keyInfo, DSIG_NS, 'X509Data').flatMap((data) =>
        childrenNamed(data, DSIG_NS, 'X509Certificate'),
      )
    : [];
  const certificates: X509Certificate[] = [];
  const unreadable: Array<{ k: number; problem: Base64Problem | 'not-a-certificate' }> = [];
  certificateElements.forEach((element, k) => {
    const parsed = parseCertificateBase64(element.text);
    if (parsed.ok) certificates.push(parsed.certificate);
    else unreadable.push({ k, problem: parsed.problem });
  });
  const candidates = certificates.filter((c) => keyType(c) === algorithm.key);
  // A key value next to a certificate is not used: the certificate's key is the one that
  // says who signed.
  const keyValues: KeyValueResult[] =
    keyInfo && certificateElements.length === 0
      ? childrenNamed(keyInfo, DSIG_NS, 'KeyValue').map(readKeyValue)
      : [];
  const keyCandidates = keyValues.flatMap((read, k) =>
    read.ok && read.key.type === algorithm.key ? [{ k, key: read.key }] : [],
  );
  const importers =
    certificateElements.length > 0
      ? candidates.map((c) => () => importVerifyKey(c, algorithm))
      : keyCandidates.map((c) => () => importKeyValue(c.key, algorithm));
  const value = decodeBase64Binary(signatureValue.text);

  // Start every canonicalization before waiting for any, so they share libxml2 runs.
  const digestChecks = plans.map((plan) =>
    plan.digest ? matchDigest(ctx, plan, plan.digest) : Promise.resolve(undefined),
  );
  const signedInfoCheck =
    value.ok && importers.length > 0
      ? verifySignedInfo(ctx, signedInfo, c14n, algorithm, value.bytes, importers)
      : undefined;

  // References: digests of the signed content.
  let digestsMatch = true;
  for (const [r, plan] of plans.entries()) {
    const match = await digestChecks[r];
    if (!plan.digest) {
      digestsMatch = false;
      report(
        'signature.digest-mismatch',
        'error',
        `${plan.path}.digestValue`,
        'digest-value-malformed',
        { problem: session.problem(plan.digestProblem ?? 'empty') },
      );
    } else if (match === undefined) {
      digestsMatch = false;
      report('signature.digest-mismatch', 'error', `${plan.path}.digestValue`, 'digest-mismatch');
    } else if ('failed' in match) {
      digestsMatch = false;
      report('signature.canonicalization-failed', 'error', plan.path, 'canonicalization-failed', {
        detail: match.failed,
      });
    } else {
      note(match);
    }
  }

  // The key and the signature over SignedInfo.
  for (const { k, problem } of unreadable) {
    report(
      'signature.certificate-invalid',
      'error',
      `${base}.keyInfo.certificates[${k}]`,
      'certificate-unreadable',
      { k: k + 1, problem: session.problem(problem) },
    );
  }
  keyValues.forEach((read, k) => {
    if (!read.ok) reportKeyValueProblem(read, k);
  });
  if (certificateElements.length === 0 && keyValues.length === 0) {
    report('signature.certificate-missing', 'error', `${base}.keyInfo`, 'certificate-missing');
  }
  const first = certificates[0];
  const keyMismatch = (certificate: X509Certificate): void => {
    const { name, namedCurve } = certificate.publicKey.algorithm as KeyAlgorithm & {
      namedCurve?: string;
    };
    report(
      'signature.certificate-invalid',
      'error',
      `${base}.keyInfo.certificates[${certificates.indexOf(certificate)}]`,
      'certificate-key-mismatch',
      { keyType: namedCurve ? `${name} ${namedCurve}` : name, algorithm: methodUri },
    );
  };
  if (first && candidates.length === 0) keyMismatch(first);
  const keyValueIssue = (k: number, key: KeyValueKey, message: SignatureMessageKey): void => {
    report('signature.key-invalid', 'error', `${base}.keyInfo.keyValues[${k}]`, message, {
      k: k + 1,
      keyType: describeKeyValue(key),
      algorithm: methodUri,
    });
  };
  const firstKey = keyValues.findIndex((read) => read.ok);
  const firstKeyRead = keyValues[firstKey];
  if (firstKeyRead?.ok && keyCandidates.length === 0) {
    keyValueIssue(firstKey, firstKeyRead.key, 'key-value-mismatch');
  }
  let signer: X509Certificate | undefined;
  let keySigner: { k: number; key: KeyValueKey } | undefined;
  let keyRefused = false;
  if (!value.ok) {
    report('signature.invalid', 'error', `${base}.signatureValue`, 'signature-value-malformed', {
      problem: session.problem(value.problem),
    });
  } else if (signedInfoCheck) {
    const verified = await signedInfoCheck;
    if ('failed' in verified) {
      report(
        'signature.canonicalization-failed',
        'error',
        `${base}.signedInfo`,
        'canonicalization-failed',
        { detail: verified.failed },
      );
    } else if (verified.index !== undefined) {
      if (certificateElements.length > 0) signer = candidates[verified.index];
      else keySigner = keyCandidates[verified.index];
      if (verified.noBlanks) note({ others: false, rootOnly: false, noBlanks: true });
    } else if (!verified.keyUsable && candidates[0]) {
      keyMismatch(candidates[0]);
    } else if (!verified.keyUsable && keyCandidates[0]) {
      keyRefused = true;
      keyValueIssue(keyCandidates[0].k, keyCandidates[0].key, 'key-value-refused');
    } else {
      const message =
        certificateElements.length > 0 ? 'signature-invalid' : 'key-value-signature-invalid';
      report('signature.invalid', 'error', `${base}.signatureValue`, message);
    }
  }
  outcome.coreValid =
    digestsMatch &&
    (signer !== undefined || keySigner !== undefined) &&
    findings.every((f) => f.severity !== 'error');

  // A bare key value proves integrity, not identity, and cannot chain to a trusted certificate.
  const keyUsed = keySigner ?? (keyRefused ? undefined : keyCandidates[0]);
  if (keyUsed) {
    const path = `${base}.keyInfo.keyValues[${keyUsed.k}]`;
    report('signature.key-unbound', 'warning', path, 'key-unbound', {
      keyType: describeKeyValue(keyUsed.key),
    });
    if (ctx.anchors) {
      outcome.untrusted = report('signature.untrusted', 'error', path, 'untrusted-key-value');
    }
    return outcome;
  }

  const certificate = signer ?? candidates[0] ?? first;
  if (!certificate) return outcome;
  outcome.certificate = certificate;

  // Validity period at the sent time, and trust.
  const { subject, notBefore, notAfter } = describe(certificate);
  const time = ctx.sent ?? new Date();
  if (time < certificate.notBefore || time > certificate.notAfter) {
    report(
      'signature.certificate-expired',
      'warning',
      `${base}.keyInfo`,
      ctx.sent ? 'certificate-expired' : 'certificate-expired-now',
      { subject, notBefore, notAfter, time: time.toISOString() },
    );
  }
  if (ctx.anchors) {
    const others = certificates.filter((c) => c !== certificate);
    outcome.trusted = await chainsToTrusted(certificate, others, ctx.anchors);
    if (!outcome.trusted) {
      outcome.untrusted = report('signature.untrusted', 'error', `${base}.keyInfo`, 'untrusted', {
        subject,
      });
    }
  } else {
    report('signature.trust-unknown', 'info', `${base}.keyInfo`, 'trust-unknown', { subject });
  }
  return outcome;
}

function planReference(
  reference: ScannedElement,
  index: number,
  path: string,
  report: (
    code: SignatureFindingCode,
    severity: Severity,
    path: string,
    key: SignatureMessageKey,
    params?: MessageParams,
  ) => Finding,
): ReferencePlan | undefined {
  const uri = attribute(reference, 'URI');
  if (uri !== '') {
    report('signature.unsupported-reference', 'error', path, 'unsupported-reference', {
      uri: uri === undefined ? '(none)' : `"${uri}"`,
    });
    return undefined;
  }
  let enveloped = false;
  let c14n: C14nAlgorithm | undefined;
  const transforms = childNamed(reference, DSIG_NS, 'Transforms');
  for (const transform of transforms ? childrenNamed(transforms, DSIG_NS, 'Transform') : []) {
    const algorithm = attribute(transform, 'Algorithm') ?? '(none)';
    const known = lookup(C14N_ALGORITHMS, algorithm);
    if (algorithm === ENVELOPED_SIGNATURE && !enveloped && !c14n) enveloped = true;
    else if (known && !c14n && !(known.method === 'exc-c14n' && hasPrefixList(transform))) {
      c14n = known;
    } else {
      // Unknown, or known but out of order (only enveloped, then one C14N, is supported).
      report(
        'signature.unsupported-algorithm',
        'error',
        `${path}.transforms`,
        'unsupported-algorithm',
        {
          algorithm,
        },
      );
      return undefined;
    }
  }
  const digestMethod = childNamed(reference, DSIG_NS, 'DigestMethod');
  const digestUri = digestMethod && attribute(digestMethod, 'Algorithm');
  if (!digestUri) {
    report('signature.malformed', 'error', path, 'malformed', { element: 'DigestMethod' });
    return undefined;
  }
  const hash = lookup(DIGEST_ALGORITHMS, digestUri);
  if (!hash) {
    report(
      'signature.unsupported-algorithm',
      'error',
      `${path}.digestMethod`,
      'unsupported-algorithm',
      {
        algorithm: digestUri,
      },
    );
    return undefined;
  }
  const digestValue = childNamed(reference, DSIG_NS, 'DigestValue');
  if (!digestValue) {
    report('signature.malformed', 'error', path, 'malformed', { element: 'DigestValue' });
    return undefined;
  }
  const decoded = decodeBase64Binary(digestValue.text);
  return {
    index,
    enveloped,
    c14n: c14n ?? DEFAULT_C14N,
    hash,
    digest: decoded.ok ? decoded.bytes : undefined,
    path,
    ...(decoded.ok ? {} : { digestProblem: decoded.problem }),
  };
}

/** The variants to try, plain XML-DSig first, then by how much each leaves unsigned. */
function variants(ctx: SignatureContext, plan: ReferencePlan): Variant[] {
  const options = (applicable: boolean): boolean[] => (applicable ? [false, true] : [false]);
  const list: Variant[] = [];
  for (const others of options(plan.enveloped && ctx.signatures.length > 1)) {
    for (const rootOnly of options(ctx.doc.topLevelInstructions)) {
      for (const noBlanks of options(ctx.doc.blankText)) list.push({ others, rootOnly, noBlanks });
    }
  }
  const weight = (v: Variant): number => Number(v.others) + Number(v.rootOnly) + Number(v.noBlanks);
  return list.sort((a, b) => weight(a) - weight(b));
}

/**
 * Digests the content a reference selects and compares it with `expected`: the variant that
 * matches, `undefined` when none does, or why canonicalization failed.
 */
async function matchDigest(
  ctx: SignatureContext,
  plan: ReferencePlan,
  expected: Uint8Array,
): Promise<Variant | { failed: string } | undefined> {
  const { doc, session } = ctx;
  const digestOf = async (variant: Variant): Promise<boolean | { failed: string }> => {
    // URI="" selects the document without comments; enveloped-signature removes this
    // signature; the variants remove more.
    const cuts: Range[] = [...doc.comments];
    if (plan.enveloped) cuts.push(range(ctx.signature));
    if (variant.others) {
      for (const other of ctx.signatures) if (other !== ctx.signature) cuts.push(range(other));
    }
    const from = variant.rootOnly ? doc.root.start : 0;
    const to = variant.rootOnly ? doc.root.end : doc.text.length;
    const text = cutText(doc.text, from, to, cuts);
    const canonical = await session.c14n(text, plan.c14n.method, variant.noBlanks);
    if (!canonical.ok) return { failed: canonical.detail };
    const digest = await crypto.subtle.digest(plan.hash, encoder.encode(canonical.text));
    return sameBytes(digest, expected);
  };
  // All variants at once: they share libxml2 runs; plain XML-DSig wins when it matches.
  const all = variants(ctx, plan);
  const results = await Promise.all(all.map(digestOf));
  const strict = results[0];
  if (strict !== undefined && strict !== false) return strict === true ? all[0] : strict;
  const hit = results.findIndex((r) => r === true);
  return hit < 0 ? undefined : all[hit];
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

/**
 * `ds:SignedInfo` as a document of its own whose canonical form equals that of the
 * SignedInfo subtree in its place: it carries the namespace declarations in scope there
 * and, for inclusive canonicalization, the inherited `xml:` attributes. Undefined when an
 * inherited `xml:base` would need C14N 1.1's fix-up, which is not supported.
 */
function standaloneSignedInfo(
  doc: ScannedDocument,
  signedInfo: ScannedElement,
  c14n: C14nAlgorithm,
): string | undefined {
  let extra = '';
  for (const [prefix, uri] of signedInfo.parent?.inScope ?? []) {
    if (signedInfo.declarations.has(prefix) || uri === '') continue;
    extra += ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${escapeAttribute(uri)}"`;
  }
  if (c14n.method !== 'exc-c14n') {
    const inherited =
      c14n.method === 'c14n11' ? ['lang', 'space'] : ['lang', 'space', 'base', 'id'];
    const seen = new Set(signedInfo.attributes.filter((a) => a.uri === XML_NS).map((a) => a.local));
    for (let a = signedInfo.parent; a; a = a.parent) {
      for (const attr of a.attributes) {
        if (attr.uri !== XML_NS || seen.has(attr.local)) continue;
        if (c14n.method === 'c14n11' && attr.local === 'base') return undefined;
        seen.add(attr.local);
        if (inherited.includes(attr.local))
          extra += ` xml:${attr.local}="${escapeAttribute(attr.value)}"`;
      }
    }
  }
  const cuts = c14n.withComments ? [] : doc.comments;
  return cutText(doc.text, signedInfo.start, signedInfo.end, cuts, {
    at: signedInfo.nameEnd,
    text: extra,
  });
}

function subtreeHasBlankText(element: ScannedElement): boolean {
  return element.blankText || element.children.some(subtreeHasBlankText);
}

/**
 * Verifies the signature value over canonical SignedInfo with each candidate key (from a
 * certificate or a key value); tries SignedInfo without its whitespace-only text when the
 * plain form fails. `index` is the candidate whose key verified.
 */
async function verifySignedInfo(
  ctx: SignatureContext,
  signedInfo: ScannedElement,
  c14n: C14nAlgorithm,
  algorithm: SignatureAlgorithm,
  value: Uint8Array<ArrayBuffer>,
  candidates: ReadonlyArray<() => Promise<CryptoKey | undefined>>,
): Promise<
  { index: number | undefined; noBlanks: boolean; keyUsable: boolean } | { failed: string }
> {
  const text = standaloneSignedInfo(ctx.doc, signedInfo, c14n);
  if (text === undefined) return { failed: 'xml:base inherited under C14N 1.1' };
  // Both forms are requested before any await, so they join the pending libxml2 runs.
  const forms = [ctx.session.c14n(text, c14n.method, false)];
  if (subtreeHasBlankText(signedInfo)) forms.push(ctx.session.c14n(text, c14n.method, true));
  const keys = await Promise.all(candidates.map((importKey) => importKey()));
  const keyUsable = keys.some((k) => k !== undefined);
  const params: AlgorithmIdentifier | EcdsaParams =
    algorithm.key === 'ECDSA' ? { name: 'ECDSA', hash: algorithm.hash } : algorithm.key;
  for (const [f, form] of forms.entries()) {
    const canonical = await form;
    if (!canonical.ok) {
      if (f === 0) return { failed: canonical.detail };
      continue;
    }
    const data = encoder.encode(canonical.text);
    for (const [i, key] of keys.entries()) {
      if (key && (await crypto.subtle.verify(params, key, value, data))) {
        return { index: i, noBlanks: f === 1, keyUsable };
      }
    }
  }
  return { index: undefined, noBlanks: false, keyUsable };
}
