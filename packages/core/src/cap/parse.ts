/**
 * Reading CAP 1.2 XML into the canonical model. Never throws: every problem is a finding.
 */
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MSG_TYPES,
  CAP_NAMESPACE,
  CAP_RESPONSE_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  type CapAlert,
  type CapArea,
  type CapInfo,
  type CapReference,
  type CapResource,
  type CapValuePair,
  type LonLat,
} from '../model/cap.js';
import type { MessageParams } from '../i18n/translate.js';
import type { Finding, Lang, Severity } from '../validation/finding.js';
import { XMLDSIG_NAMESPACE } from './build.js';
import { isCapDateTime } from './datetime.js';
import { capFinding, type CapMessageKey } from './messages.js';
import {
  parseCapCircle,
  parseCapList,
  parseCapPolygon,
  parseCapReferences,
  parseDecimal,
  parseInteger,
} from './values.js';
import { DEFAULT_MAX_XML_BYTES, readXmlTree, screenXml, type XNode } from './xml-read.js';

/** Options of {@link fromCapXml}. */
export interface CapParseOptions {
  /** Language of the findings' messages. Default English. */
  lang?: Lang;
  /** Size limit in UTF-8 bytes; larger input is refused (`xml.too-large`). Default 5 MiB. */
  maxBytes?: number;
}

/**
 * Result of {@link fromCapXml}. `ok: true` carries the alert and findings about what could
 * not be read as written (they may include errors: check them before sending anything on).
 * `ok: false` means there is no alert to show: the input was refused, or a required coded
 * value (status, msgType, scope, urgency, severity, certainty) is missing or unknown, so
 * the model cannot hold the message.
 */
export type CapParseResult =
  { ok: true; alert: CapAlert; findings: Finding[] } | { ok: false; findings: Finding[] };

/** Names of CAP namespaces of other versions, and the version each stands for. */
const OTHER_VERSIONS: Record<string, string> = {
  'http://www.incident.com/cap/1.0': '1.0',
  'urn:oasis:names:tc:emergency:cap:1.0': '1.0',
  'urn:oasis:names:tc:emergency:cap:1.1': '1.1',
};

/** The model's plural names of repeated CAP elements. */
export const REPEATED_ELEMENT_KEYS: Readonly<Record<string, string>> = {
  code: 'codes',
  info: 'infos',
  category: 'categories',
  responseType: 'responseTypes',
  eventCode: 'eventCodes',
  parameter: 'parameters',
  resource: 'resources',
  area: 'areas',
  polygon: 'polygons',
  circle: 'circles',
  geocode: 'geocodes',
  Signature: 'signatures',
};

/** Joins a model path: `join('infos[0]', 'event')` → `infos[0].event`. */
export const joinPath = (base: string, key: string): string => (base ? `${base}.${key}` : key);

const ALERT_CHILDREN = [
  'identifier',
  'sender',
  'sent',
  'status',
  'msgType',
  'source',
  'scope',
  'restriction',
  'addresses',
  'code',
  'note',
  'references',
  'incidents',
  'info',
] as const;
const INFO_CHILDREN = [
  'language',
  'category',
  'event',
  'responseType',
  'urgency',
  'severity',
  'certainty',
  'audience',
  'eventCode',
  'effective',
  'onset',
  'expires',
  'senderName',
  'headline',
  'description',
  'instruction',
  'web',
  'contact',
  'parameter',
  'resource',
  'area',
] as const;
const RESOURCE_CHILDREN = [
  'resourceDesc',
  'mimeType',
  'size',
  'uri',
  'derefUri',
  'digest',
] as const;
const AREA_CHILDREN = ['areaDesc', 'polygon', 'circle', 'geocode', 'altitude', 'ceiling'] as const;
const PAIR_CHILDREN = ['valueName', 'value'] as const;

/** Collects findings and remembers whether the model can hold the message at all. */
class Reader {
  readonly findings: Finding[] = [];
  fatal = false;
  readonly signatures: string[] = [];
  constructor(
    readonly xml: string,
    readonly lang: Lang,
  ) {}

  add(
    key: CapMessageKey,
    severity: Severity,
    path: string,
    line: number,
    params: MessageParams = {},
  ): void {
    this.findings.push(capFinding({ key, severity, path, line, params, source: 'xml' }, this.lang));
  }

  /** Groups the CAP children of `node` by local name; anything else is reported. */
  children<N extends string>(node: XNode, path: string, allowed: readonly N[]): Map<N, XNode[]> {
    const groups = new Map<N, XNode[]>();
    for (const child of node.children) {
      if (child.ns === CAP_NAMESPACE && (allowed as readonly string[]).includes(child.local)) {
        const name = child.local as N;
        groups.set(name, [...(groups.get(name) ?? []), child]);
      } else if (path === '' && child.ns === XMLDSIG_NAMESPACE && child.local === 'Signature') {
        this.signatures.push(this.xml.slice(child.start, child.end));
      } else {
        this.add('cap.element-unknown', 'error', path, child.line, {
          element:
            child.ns && child.ns !== CAP_NAMESPACE ? `{${child.ns}}${child.local}` : child.qname,
        });
      }
    }
    return groups;
  }

  /** The one element `name`; reports a repeat, and its absence when required. */
  one(
    groups: Map<string, XNode[]>,
    name: string,
    parent: XNode,
    path: string,
    required: boolean,
  ): XNode | undefined {
    const nodes = groups.get(name) ?? [];
    const [first, second] = nodes;
    if (second)
      this.add('cap.element-repeated', 'error', joinPath(path, name), second.line, {
        element: name,
      });
    if (!first && required) {
      this.add('cap.required', 'error', joinPath(path, name), parent.line, { element: name });
    }
    return first;
  }

  /** Trimmed character data; child elements inside a value are reported. */
  text(node: XNode, path: string): string {
    for (const child of node.children) {
      this.add('cap.element-unknown', 'error', path, child.line, { element: child.qname });
    }
    return node.text.trim();
  }

  /** Required text element: `''` with a finding when missing. */
  required(groups: Map<string, XNode[]>, name: string, parent: XNode, path: string): string {
    const node = this.one(groups, name, parent, path, true);
    return node ? this.text(node, joinPath(path, name)) : '';
  }

  /** Optional text element: `undefined` when absent or empty. */
  optional(
    groups: Map<string, XNode[]>,
    name: string,
    parent: XNode,
    path: string,
  ): string | undefined {
    const node = this.one(groups, name, parent, path, false);
    const value = node ? this.text(node, joinPath(path, name)) : '';
    return value === '' ? undefined : value;
  }

  /** A coded value; `undefined` with a finding when unknown (or missing and required). */
  code<T extends string>(
    node: XNode | undefined,
    allowed: readonly T[],
    name: string,
    path: string,
  ): T | undefined {
    if (!node) return undefined;
    const value = this.text(node, path);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.add('cap.enum-invalid', 'error', path, node.line, {
      value,
      element: name,
      allowed: allowed.join(', '),
    });
    return undefined;
  }

  /** A required single coded value; its absence makes the message unrepresentable. */
  requiredCode<T extends string>(
    groups: Map<string, XNode[]>,
    name: string,
    allowed: readonly T[],
    parent: XNode,
    path: string,
  ): T | undefined {
    const node = this.one(groups, name, parent, path, true);
    const value = this.code(node, allowed, name, joinPath(path, name));
    if (value === undefined) this.fatal = true;
    return value;
  }

  /** A dateTime, kept as written; a finding when it is not a CAP dateTime. */
  dateTime(node: XNode | undefined, name: string, path: string): string | undefined {
    if (!node) return undefined;
    const value = this.text(node, path);
    if (!isCapDateTime(value)) {
      this.add('cap.datetime-invalid', 'error', path, node.line, { element: name, value });
    }
    return value === '' ? undefined : value;
  }

  /** A number (`xs:decimal`, or `xs:integer` when `integer`); invalid ones are left out. */
  number(node: XNode | undefined, name: string, path: string, integer = false): number | undefined {
    if (!node) return undefined;
    const value = this.text(node, path);
    const n = integer ? parseInteger(value) : parseDecimal(value);
    if (n === null) {
      this.add('cap.number-invalid', 'error', path, node.line, { element: name, value });
      return undefined;
    }
    return n;
  }

  /** A space-delimited list (`addresses`, `incidents`). */
  list(node: XNode | undefined, name: string, path: string): string[] {
    if (!node) return [];
    const { items, unterminated } = parseCapList(this.text(node, path));
    if (unterminated)
      this.add('cap.list-quote-unterminated', 'warning', path, node.line, { element: name });
    return items;
  }
}

const indexed = (path: string, name: string, i: number): string =>
  joinPath(path, `${REPEATED_ELEMENT_KEYS[name] ?? name}[${i}]`);

function readPair(r: Reader, node: XNode, path: string): CapValuePair {
  const g = r.children(node, path, PAIR_CHILDREN);
  return {
    valueName: r.required(g, 'valueName', node, path),
    value: r.required(g, 'value', node, path),
  };
}

function readResource(r: Reader, node: XNode, path: string): CapResource {
  const g = r.children(node, path, RESOURCE_CHILDREN);
  const res: CapResource = {
    resourceDesc: r.required(g, 'resourceDesc', node, path),
    mimeType: r.required(g, 'mimeType', node, path),
  };
  const size = r.number(r.one(g, 'size', node, path, false), 'size', joinPath(path, 'size'), true);
  if (size !== undefined) res.size = size;
  const uri = r.optional(g, 'uri', node, path);
  if (uri !== undefined) res.uri = uri;
  const derefUri = r.optional(g, 'derefUri', node, path);
  if (derefUri !== undefined) res.derefUri = derefUri;
  const digest = r.optional(g, 'digest', node, path);
  if (digest !== undefined) res.digest = digest;
  return res;
}

function readArea(r: Reader, node: XNode, path: string): CapArea {
  const g = r.children(node, path, AREA_CHILDREN);
  const polygons: LonLat[][] = [];
  (g.get('polygon') ?? []).forEach((p, i) => {
    const at = indexed(path, 'polygon', i);
    const result = parseCapPolygon(r.text(p, at));
    if (!result.ok) {
      if (result.reason === 'empty') r.add('cap.polygon-invalid.empty', 'error', at, p.line);
      else if (result.reason === 'pair') {
        r.add('cap.polygon-invalid.pair', 'error', at, p.line, { value: result.token });
      } else r.add('cap.polygon-invalid.too-few', 'error', at, p.line, { count: result.count });
      return;
    }
    if (!result.closed) r.add('cap.polygon-not-closed', 'warning', at, p.line);
    if (result.outOfRange !== undefined) {
      r.add('cap.coordinate-out-of-range', 'error', at, p.line, { value: result.outOfRange });
    }
    polygons.push(result.ring);
  });
  const area: CapArea = {
    areaDesc: r.required(g, 'areaDesc', node, path),
    polygons,
    circles: [],
    geocodes: (g.get('geocode') ?? []).map((c, i) => readPair(r, c, indexed(path, 'geocode', i))),
  };
  (g.get('circle') ?? []).forEach((c, i) => {
    const at = indexed(path, 'circle', i);
    const text = r.text(c, at);
    const result = parseCapCircle(text);
    if (!result.ok) {
      r.add('cap.circle-invalid', 'error', at, c.line, { value: text });
      return;
    }
    if (result.outOfRange)
      r.add('cap.coordinate-out-of-range', 'error', at, c.line, { value: text });
    area.circles.push(result.circle);
  });
  const altitude = r.number(
    r.one(g, 'altitude', node, path, false),
    'altitude',
    joinPath(path, 'altitude'),
  );
  if (altitude !== undefined) area.altitude = altitude;
  const ceiling = r.number(
    r.one(g, 'ceiling', node, path, false),
    'ceiling',
    joinPath(path, 'ceiling'),
  );
  if (ceiling !== undefined) area.ceiling = ceiling;
  return area;
}

function readInfo(r: Reader, node: XNode, path: string): CapInfo | undefined {
  const g = r.children(node, path, INFO_CHILDREN);
  const language = r.optional(g, 'language', node, path);
  const categoryNodes = g.get('category') ?? [];
  if (categoryNodes.length === 0) {
    r.add('cap.required', 'error', joinPath(path, 'categories'), node.line, {
      element: 'category',
    });
  }
  const categories = categoryNodes.flatMap((c, i) => {
    const v = r.code(c, CAP_CATEGORIES, 'category', indexed(path, 'category', i));
    return v === undefined ? [] : [v];
  });
  const event = r.required(g, 'event', node, path);
  const responseTypes = (g.get('responseType') ?? []).flatMap((c, i) => {
    const v = r.code(c, CAP_RESPONSE_TYPES, 'responseType', indexed(path, 'responseType', i));
    return v === undefined ? [] : [v];
  });
  const urgency = r.requiredCode(g, 'urgency', CAP_URGENCIES, node, path);
  const severity = r.requiredCode(g, 'severity', CAP_SEVERITIES, node, path);
  const certainty = r.requiredCode(g, 'certainty', CAP_CERTAINTIES, node, path);
  const audience = r.optional(g, 'audience', node, path);
  const eventCodes = (g.get('eventCode') ?? []).map((c, i) =>
    readPair(r, c, indexed(path, 'eventCode', i)),
  );
  const dt = (name: 'effective' | 'onset' | 'expires'): string | undefined =>
    r.dateTime(r.one(g, name, node, path, false), name, joinPath(path, name));
  const effective = dt('effective');
  const onset = dt('onset');
  const expires = dt('expires');
  const texts = {
    senderName: r.optional(g, 'senderName', node, path),
    headline: r.optional(g, 'headline', node, path),
    description: r.optional(g, 'description', node, path),
    instruction: r.optional(g, 'instruction', node, path),
    web: r.optional(g, 'web', node, path),
    contact: r.optional(g, 'contact', node, path),
  };
  const parameters = (g.get('parameter') ?? []).map((c, i) =>
    readPair(r, c, indexed(path, 'parameter', i)),
  );
  const resources = (g.get('resource') ?? []).map((c, i) =>
    readResource(r, c, indexed(path, 'resource', i)),
  );
  const areas = (g.get('area') ?? []).map((c, i) => readArea(r, c, indexed(path, 'area', i)));
  if (urgency === undefined || severity === undefined || certainty === undefined) return undefined;

  const info: CapInfo = {
    categories,
    event,
    responseTypes,
    urgency,
    severity,
    certainty,
    eventCodes,
    parameters,
    resources,
    areas,
  };
  if (language !== undefined) info.language = language;
  if (audience !== undefined) info.audience = audience;
  if (effective !== undefined) info.effective = effective;
  if (onset !== undefined) info.onset = onset;
  if (expires !== undefined) info.expires = expires;
  for (const [key, value] of Object.entries(texts) as [keyof typeof texts, string | undefined][]) {
    if (value !== undefined) info[key] = value;
  }
  return info;
}

function readAlert(r: Reader, root: XNode): CapAlert | undefined {
  const g = r.children(root, '', ALERT_CHILDREN);
  const identifier = r.required(g, 'identifier', root, '');
  const sender = r.required(g, 'sender', root, '');
  const sentNode = r.one(g, 'sent', root, '', true);
  const sent = r.dateTime(sentNode, 'sent', 'sent') ?? '';
  const status = r.requiredCode(g, 'status', CAP_STATUSES, root, '');
  const msgType = r.requiredCode(g, 'msgType', CAP_MSG_TYPES, root, '');
  const source = r.optional(g, 'source', root, '');
  const scope = r.requiredCode(g, 'scope', CAP_SCOPES, root, '');
  const restriction = r.optional(g, 'restriction', root, '');
  const addresses = r.list(r.one(g, 'addresses', root, '', false), 'addresses', 'addresses');
  const codes = (g.get('code') ?? []).map((c, i) => r.text(c, indexed('', 'code', i)));
  const note = r.optional(g, 'note', root, '');
  const references: CapReference[] = [];
  const refNode = r.one(g, 'references', root, '', false);
  if (refNode) {
    parseCapReferences(r.text(refNode, 'references')).forEach((token, i) => {
      if (!token.ref) {
        r.add('cap.reference-invalid', 'error', `references[${i}]`, refNode.line, {
          value: token.raw,
        });
        return;
      }
      if (!isCapDateTime(token.ref.sent)) {
        r.add('cap.datetime-invalid', 'error', `references[${i}].sent`, refNode.line, {
          element: 'references',
          value: token.ref.sent,
        });
      }
      references.push(token.ref);
    });
  }
  const incidents = r.list(r.one(g, 'incidents', root, '', false), 'incidents', 'incidents');
  const infos = (g.get('info') ?? []).map((c, i) => readInfo(r, c, indexed('', 'info', i)));
  if (status === undefined || msgType === undefined || scope === undefined) return undefined;
  if (infos.some((i) => i === undefined)) return undefined;

  const alert: CapAlert = {
    identifier,
    sender,
    sent,
    status,
    msgType,
    scope,
    addresses,
    codes,
    references,
    incidents,
    infos: infos.filter((i): i is CapInfo => i !== undefined),
    signatures: r.signatures,
  };
  if (source !== undefined) alert.source = source;
  if (restriction !== undefined) alert.restriction = restriction;
  if (note !== undefined) alert.note = note;
  return alert;
}

function parse(xml: unknown, options: CapParseOptions): CapParseResult {
  const lang = options.lang ?? 'en';
  const screened = screenXml(xml, { lang, maxBytes: options.maxBytes ?? DEFAULT_MAX_XML_BYTES });
  if (!screened.ok) return screened;
  const tree = readXmlTree(screened.xml, lang);
  if (!tree.ok) return tree;
  const { root } = tree;
  const fail = (key: CapMessageKey, params: MessageParams): CapParseResult => ({
    ok: false,
    findings: [
      capFinding(
        { key, severity: 'error', path: '', source: 'xml', line: root.line, params },
        lang,
      ),
    ],
  });
  const version = root.ns === undefined ? undefined : OTHER_VERSIONS[root.ns];
  if (root.local === 'alert' && root.ns !== undefined && version !== undefined) {
    return fail('cap.version-unsupported', { version, found: root.ns });
  }
  if (root.local !== 'alert' || root.ns !== CAP_NAMESPACE) {
    const found = root.ns === undefined ? root.qname : `{${root.ns}}${root.local}`;
    return fail('cap.namespace', { found, expected: CAP_NAMESPACE });
  }
  const reader = new Reader(screened.xml, lang);
  const alert = readAlert(reader, root);
  if (!alert || reader.fatal) return { ok: false, findings: reader.findings };
  return { ok: true, alert, findings: reader.findings };
}

/**
 * Reads a CAP 1.2 XML message into the canonical model. Never throws, for any input.
 *
 * Refused before parsing (`ok: false`): input that is not text or is larger than
 * `maxBytes` (`xml.too-large`), any DOCTYPE or ENTITY declaration
 * (`xml.doctype-forbidden`: nothing is ever expanded or fetched), XML that is not
 * well-formed (`xml.malformed`, with the line), a root other than `alert` in the CAP 1.2
 * namespace (`cap.namespace`) and CAP 1.0/1.1 messages (`cap.version-unsupported`).
 *
 * Then every CAP element is mapped into the model, whatever its namespace prefix:
 * "lat,lon" pairs become `[lon, lat]`, dateTimes are kept as written, values are trimmed
 * (description and instruction keep their inner line breaks), empty optional elements
 * become `undefined`, `ds:Signature` elements are kept verbatim in `signatures`.
 * Problems become findings with a model path (`infos[0].areas[2].polygons[0]`, the index
 * counting elements as written) and a line: missing required elements, unknown or repeated
 * elements, invalid values (left out), unclosed polygons (closed, a warning). Element
 * order is not checked here; {@link validateCapSchema} does that.
 */
export function fromCapXml(xml: string, options: CapParseOptions = {}): CapParseResult {
  try {
    return parse(xml, options);
  } catch (e) {
    return {
      ok: false,
      findings: [
        capFinding(
          {
            key: 'xml.malformed',
            severity: 'error',
            path: '',
            source: 'xml',
            params: { detail: e instanceof Error ? e.message : String(e), line: '?' },
          },
          options.lang ?? 'en',
        ),
      ],
    };
  }
}
