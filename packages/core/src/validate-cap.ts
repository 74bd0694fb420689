import type { CapAlert } from './model/cap.js';
import type { Finding, Lang } from './validation/finding.js';
import { fromCapXml, validateCapSchema } from './cap/index.js';
import { validateAlert, type ProfileName } from './validation/index.js';
import { verifyCapSignatures, type SignatureReport } from './signature/index.js';

/** Options for {@link validateCapXml}. */
export interface ValidateCapXmlOptions {
  /** Profiles to check beside CAP 1.2 itself (`nl-alert`, `be-alert`, `eu-alert`, `ipaws`). */
  profiles?: ProfileName[];
  /** Language of the messages (`nl` or `en`; `fr`/`de` fall back to English where untranslated). */
  lang?: Lang;
  /** Check XML signatures when the message is signed (default true). */
  verifySignatures?: boolean;
  /** PEM or base64 DER certificates a signature must chain to. */
  trustedCertificates?: string[];
  /** "Now" for time-dependent rules; defaults to the current time. */
  now?: Date;
}

/** Everything known about one CAP document. */
export interface CapXmlReport {
  /** True when no finding is an error. */
  valid: boolean;
  /** The parsed alert, when the XML could be read as CAP 1.2. */
  alert?: CapAlert;
  /** Every finding, XML and schema first, then CAP rules, profiles and signatures. */
  findings: Finding[];
  /** The signature check, when the message is signed. */
  signature?: SignatureReport;
}

/**
 * Validates a CAP 1.2 document completely: well-formedness and hostile input (no DOCTYPE,
 * size limit), the OASIS schema, the CAP rules no schema expresses, the chosen profiles
 * and, when signed, its XML signature. Never throws; every problem is a finding.
 */
export async function validateCapXml(
  xml: string,
  options: ValidateCapXmlOptions = {},
): Promise<CapXmlReport> {
  const lang = options.lang ?? 'en';
  const parsed = fromCapXml(xml, { lang });
  if (!parsed.ok) {
    // Refused input (hostile, too large, not well-formed, not CAP 1.2): nothing further
    // is safe or meaningful to run. A CAP 1.2 document that only lacks a required coded
    // value still gets the schema check, which names every other problem at once.
    const refused = parsed.findings.some((f) => REFUSALS.has(f.code));
    const schema = refused ? [] : await validateCapSchema(xml, { lang });
    return { valid: false, findings: dedupe([...parsed.findings, ...schema]) };
  }
  const findings: Finding[] = [...parsed.findings];
  findings.push(...(await validateCapSchema(xml, { lang })));
  findings.push(
    ...validateAlert(parsed.alert, {
      profiles: options.profiles ?? [],
      lang,
      ...(options.now ? { now: options.now } : {}),
    }),
  );
  let signature: SignatureReport | undefined;
  if (options.verifySignatures !== false && parsed.alert.signatures.length > 0) {
    signature = await verifyCapSignatures(xml, {
      lang,
      ...(options.trustedCertificates ? { trustedCertificates: options.trustedCertificates } : {}),
    });
    findings.push(...signature.findings);
  }
  const report: CapXmlReport = {
    valid: !findings.some((f) => f.severity === 'error'),
    alert: parsed.alert,
    findings: dedupe(findings),
  };
  if (signature) report.signature = signature;
  return report;
}

/** Codes for input that is refused before it is read as CAP. */
const REFUSALS = new Set([
  'xml.too-large',
  'xml.doctype-forbidden',
  'xml.malformed',
  'cap.namespace',
  'cap.version-unsupported',
]);

/** The schema and the rules sometimes say the same thing twice; keep the first. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.path}|${f.line ?? ''}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
