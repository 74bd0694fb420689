/**
 * Writing the canonical model as CAP 1.2 XML, in exactly the schema's element order.
 */
import { XMLBuilder } from 'fast-xml-parser';
import {
  CAP_NAMESPACE,
  type CapAlert,
  type CapArea,
  type CapInfo,
  type CapResource,
  type CapValuePair,
} from '../model/cap.js';
import { toCapOffset } from './datetime.js';
import {
  formatCapCircle,
  formatCapList,
  formatCapPolygon,
  formatCapReferences,
  formatDecimal,
} from './values.js';
import { FORBIDDEN_CHARS } from './xml-read.js';

/** Namespace of XML digital signatures (`ds:Signature`). */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

/** Options of {@link toCapXml}. */
export interface CapBuildOptions {
  /** Indent with two spaces, one element per line. Default: one line. */
  pretty?: boolean;
}

type Node = Record<string, unknown>;

/**
 * Escapes character data: `&`, `<` and `>` as entities, carriage returns as `&#13;` (so
 * they survive a reader's line-end normalization), and drops characters XML 1.0 cannot
 * carry at all (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates).
 */
export function escapeXmlText(s: string): string {
  return s
    .replace(FORBIDDEN_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

const el = (name: string, text: string): Node => ({ [name]: [{ '#text': escapeXmlText(text) }] });
const parent = (name: string, children: Node[]): Node => ({ [name]: children });

function optional(out: Node[], name: string, value: string | number | undefined): void {
  if (value === undefined) return;
  out.push(el(name, typeof value === 'number' ? formatDecimal(value) : value));
}

const pair = (name: string, p: CapValuePair): Node =>
  parent(name, [el('valueName', p.valueName), el('value', p.value)]);

function resource(r: CapResource): Node {
  const out = [el('resourceDesc', r.resourceDesc), el('mimeType', r.mimeType)];
  if (r.size !== undefined) out.push(el('size', String(Math.trunc(r.size))));
  optional(out, 'uri', r.uri);
  optional(out, 'derefUri', r.derefUri);
  optional(out, 'digest', r.digest);
  return parent('resource', out);
}

function area(a: CapArea): Node {
  const out = [el('areaDesc', a.areaDesc)];
  for (const ring of a.polygons) out.push(el('polygon', formatCapPolygon(ring)));
  for (const circle of a.circles) out.push(el('circle', formatCapCircle(circle)));
  for (const g of a.geocodes) out.push(pair('geocode', g));
  optional(out, 'altitude', a.altitude);
  optional(out, 'ceiling', a.ceiling);
  return parent('area', out);
}

function info(i: CapInfo): Node {
  const out: Node[] = [];
  optional(out, 'language', i.language);
  for (const c of i.categories) out.push(el('category', c));
  out.push(el('event', i.event));
  for (const r of i.responseTypes) out.push(el('responseType', r));
  out.push(el('urgency', i.urgency), el('severity', i.severity), el('certainty', i.certainty));
  optional(out, 'audience', i.audience);
  for (const c of i.eventCodes) out.push(pair('eventCode', c));
  optional(out, 'effective', i.effective === undefined ? undefined : toCapOffset(i.effective));
  optional(out, 'onset', i.onset === undefined ? undefined : toCapOffset(i.onset));
  optional(out, 'expires', i.expires === undefined ? undefined : toCapOffset(i.expires));
  optional(out, 'senderName', i.senderName);
  optional(out, 'headline', i.headline);
  optional(out, 'description', i.description);
  optional(out, 'instruction', i.instruction);
  optional(out, 'web', i.web);
  optional(out, 'contact', i.contact);
  for (const p of i.parameters) out.push(pair('parameter', p));
  for (const r of i.resources) out.push(resource(r));
  for (const a of i.areas) out.push(area(a));
  return parent('info', out);
}

/**
 * Prefixes a signature's start tag uses without declaring them (`<ds:Signature>` relying
 * on an `xmlns:ds` of the original alert element); they are declared on the alert.
 */
function undeclaredSignaturePrefixes(signatures: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const sig of signatures) {
    const m = /^\s*<([A-Za-z_][\w.-]*):Signature\b([^>]*)>/.exec(sig);
    const prefix = m?.[1];
    if (prefix && !new RegExp(`\\bxmlns:${prefix}\\s*=`).test(m[2] ?? '')) prefixes.add(prefix);
  }
  return [...prefixes];
}

const builders = {
  compact: new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    suppressEmptyNode: false,
    format: false,
  }),
  pretty: new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    suppressEmptyNode: false,
    format: true,
    indentBy: '  ',
  }),
};

/**
 * Writes an alert as a CAP 1.2 XML document: XML declaration (UTF-8), namespace
 * `urn:oasis:names:tc:emergency:cap:1.2`, elements in the schema's order.
 *
 * - dateTimes as given, except that a trailing "Z" is written "-00:00" (CAP 1.2 §3.3.2);
 * - polygons as closed rings of "lat,lon" pairs (the model's `[lon, lat]` is swapped
 *   here), circles as "lat,lon radius", numbers as decimals without exponent;
 * - `references` as "sender,identifier,sent" triples; `addresses` and `incidents`
 *   space-delimited, items containing whitespace in double quotes;
 * - empty arrays and `undefined` optional fields are left out; an empty string is
 *   written as an empty element;
 * - text escaped (`&`, `<`, `>`; carriage returns as `&#13;`); characters XML cannot
 *   carry (C0 controls other than tab and line ends, U+FFFE/U+FFFF, unpaired
 *   surrogates) are dropped;
 * - `signatures` written back verbatim after the infos.
 */
export function toCapXml(alert: CapAlert, options: CapBuildOptions = {}): string {
  const out: Node[] = [
    el('identifier', alert.identifier),
    el('sender', alert.sender),
    el('sent', toCapOffset(alert.sent)),
    el('status', alert.status),
    el('msgType', alert.msgType),
  ];
  optional(out, 'source', alert.source);
  out.push(el('scope', alert.scope));
  optional(out, 'restriction', alert.restriction);
  if (alert.addresses.length > 0) out.push(el('addresses', formatCapList(alert.addresses)));
  for (const code of alert.codes) out.push(el('code', code));
  optional(out, 'note', alert.note);
  if (alert.references.length > 0)
    out.push(el('references', formatCapReferences(alert.references)));
  if (alert.incidents.length > 0) out.push(el('incidents', formatCapList(alert.incidents)));
  for (const i of alert.infos) out.push(info(i));

  const attrs: Record<string, string> = { '@_xmlns': CAP_NAMESPACE };
  for (const prefix of undeclaredSignaturePrefixes(alert.signatures)) {
    attrs[`@_xmlns:${prefix}`] = XMLDSIG_NAMESPACE;
  }
  const doc: Node[] = [
    { '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } },
    { alert: out, ':@': attrs },
  ];
  const pretty = options.pretty === true;
  let xml = (pretty ? builders.pretty : builders.compact).build(doc) as string;
  if (alert.signatures.length > 0) {
    const at = xml.lastIndexOf('</alert>');
    const inserted = pretty
      ? alert.signatures.map((s) => `  ${s}\n`).join('')
      : alert.signatures.join('');
    xml = xml.slice(0, at) + inserted + xml.slice(at);
  }
  return pretty && !xml.endsWith('\n') ? `${xml}\n` : xml;
}
