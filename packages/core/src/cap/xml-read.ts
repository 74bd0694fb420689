/**
 * Reading untrusted XML safely: refuse hostile or broken input before any parser sees
 * it, then parse with fast-xml-parser into a small namespace-resolved tree. Nothing is
 * ever expanded or fetched: DOCTYPE and ENTITY declarations are refused outright, and
 * only XML's five predefined entities and character references are decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding, Lang } from '../validation/finding.js';
import { capFinding, type CapMessageKey } from './messages.js';
import type { MessageParams } from '../i18n/translate.js';

/** Default size limit of an XML message: 5 MiB (UTF-8 bytes). */
export const DEFAULT_MAX_XML_BYTES = 5 * 1024 * 1024;

/** Options of the input screen. */
export interface ScreenOptions {
  lang: Lang;
  maxBytes: number;
}

/** Result of {@link screenXml}: the text to parse, or why it is refused. */
export type ScreenResult = { ok: true; xml: string } | { ok: false; findings: Finding[] };

/** Returns a function mapping a character offset of `text` to its 1-based line. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF), and
 * UTF-16 surrogates that are not part of a pair. Built from a string so the control
 * characters are spelled as escapes.
 */
const FORBIDDEN_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]' +
  '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const FORBIDDEN_CHAR = new RegExp(FORBIDDEN_SOURCE);
/** The same, for removal while writing. */
export const FORBIDDEN_CHARS = new RegExp(FORBIDDEN_SOURCE, 'g');

const REFERENCE = /&(?:#x([0-9a-fA-F]{1,8})|#([0-9]{1,10})|(lt|gt|amp|apos|quot));/y;
const DECLARATION = /<!(?:DOCTYPE|ENTITY)/iy;

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Names of XML constructs in messages. */
const CONSTRUCTS = {
  comment: { en: 'comment', nl: 'commentaar', fr: 'commentaire', de: 'Kommentar' },
  cdata: { en: 'CDATA section', nl: 'CDATA-sectie', fr: 'section CDATA', de: 'CDATA-Abschnitt' },
  pi: {
    en: 'processing instruction',
    nl: 'verwerkingsinstructie',
    fr: 'instruction de traitement',
    de: 'Verarbeitungsanweisung',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Shortens a parser's message for display. */
export const shorten = (s: string, max = 160): string =>
  s.length > max ? `${s.slice(0, max)}…` : s;

/**
 * Screens untrusted input before any XML parser sees it: type, size, DOCTYPE/ENTITY
 * declarations, characters XML forbids, undefined entity references and unclosed
 * comments, CDATA sections and processing instructions. Linear in the input, so hostile
 * input cannot make it hang. Returns the text with a byte-order mark removed and line
 * ends normalized to "\n" (XML 1.0 §2.11), which is what the parser reads.
 */
export function screenXml(input: unknown, options: ScreenOptions): ScreenResult {
  const { lang, maxBytes } = options;
  const fail = (key: CapMessageKey, params: MessageParams = {}, line?: number): ScreenResult => {
    const init = { key, severity: 'error' as const, path: '', source: 'xml' as const, params };
    return {
      ok: false,
      findings: [capFinding(line === undefined ? init : { ...init, line }, lang)],
    };
  };
  if (typeof input !== 'string') return fail('xml.malformed.not-text');
  const size = utf8Length(input);
  if (size > maxBytes) {
    return fail('xml.too-large', {
      size: size.toLocaleString('en'),
      limit: maxBytes.toLocaleString('en'),
    });
  }
  const xml = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (xml.trim() === '') return fail('xml.malformed.empty');
  const lineOf = lineIndex(xml);

  let problem: { key: CapMessageKey; params: MessageParams; at: number } | undefined;
  const note = (key: CapMessageKey, at: number, params: MessageParams = {}): void => {
    problem ??= { key, params, at };
  };
  const skipTo = (from: number, end: string, what: keyof typeof CONSTRUCTS): number => {
    const close = xml.indexOf(end, from);
    if (close === -1) {
      note('xml.malformed.unterminated', from, { what: CONSTRUCTS[what][lang] });
      return xml.length;
    }
    return close + end.length;
  };
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const amp = xml.indexOf('&', i);
    if (lt === -1 && amp === -1) break;
    const at = lt === -1 ? amp : amp === -1 ? lt : Math.min(lt, amp);
    if (at === lt) {
      if (xml.startsWith('<!--', at)) i = skipTo(at + 4, '-->', 'comment');
      else if (xml.startsWith('<![CDATA[', at)) i = skipTo(at + 9, ']]>', 'cdata');
      else if (xml.startsWith('<?', at)) i = skipTo(at + 2, '?>', 'pi');
      else {
        DECLARATION.lastIndex = at;
        if (DECLARATION.test(xml)) {
          return fail('xml.doctype-forbidden', {}, lineOf(at));
        }
        i = at + 1;
      }
      continue;
    }
    REFERENCE.lastIndex = at;
    const ref = REFERENCE.exec(xml);
    if (!ref) {
      note('xml.malformed.entity', at, { text: xml.slice(at, at + 12).split(/[\s<]/)[0] ?? '&' });
      i = at + 1;
      continue;
    }
    if (ref[1] !== undefined || ref[2] !== undefined) {
      const cp = ref[1] !== undefined ? parseInt(ref[1], 16) : parseInt(ref[2] ?? '', 10);
      if (!isXmlChar(cp)) note('xml.malformed.entity', at, { text: ref[0] });
    }
    i = at + ref[0].length;
  }
  const bad = FORBIDDEN_CHAR.exec(xml);
  if (bad) {
    note('xml.malformed.char', bad.index, {
      char: `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    });
  }
  if (problem) return fail(problem.key, problem.params, lineOf(problem.at));
  return { ok: true, xml };
}

/** An XML element with its namespace resolved and its character data decoded. */
export interface XNode {
  /** The name as written, `cap:alert`. */
  qname: string;
  /** The local part, `alert`. */
  local: string;
  /** The namespace URI, `undefined` when the prefix is not declared. */
  ns: string | undefined;
  /** Attributes by name as written, values decoded. */
  attrs: Record<string, string>;
  children: XNode[];
  /** Character data directly inside this element (text and CDATA), decoded. */
  text: string;
  /** Offset of `<` of the start tag in the screened text. */
  start: number;
  /** Offset just past the end tag. */
  end: number;
  line: number;
}

/** Result of {@link readXmlTree}. */
export type TreeResult = { ok: true; root: XNode } | { ok: false; findings: Finding[] };

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Decodes XML's predefined entities and character references (already screened). */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(
    /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|apos|quot));/g,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) return PREDEFINED[name] ?? whole;
      const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
      return isXmlChar(cp) ? String.fromCodePoint(cp) : whole;
    },
  );
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  captureMetaData: true,
  maxNestedTags: 64,
});
const META = XMLParser.getMetaDataSymbol() as unknown as PropertyKey;

type RawNode = Record<string, unknown>;
const isRecord = (v: unknown): v is RawNode => typeof v === 'object' && v !== null;

function elementName(raw: RawNode): string | undefined {
  return Object.keys(raw).find((k) => k !== ':@' && k !== '#text' && k !== '#cdata');
}

function meta(raw: RawNode): { start: number; end: number } {
  const m = (raw as Record<PropertyKey, unknown>)[META];
  const start = isRecord(m) && typeof m['startIndex'] === 'number' ? m['startIndex'] : 0;
  const end = isRecord(m) && typeof m['endIndex'] === 'number' ? m['endIndex'] : start;
  return { start, end };
}

/**
 * Parses screened XML (see {@link screenXml}) into an {@link XNode} tree: checks it is
 * well-formed, has exactly one root element and nothing but comments and processing
 * instructions around it, and resolves namespace prefixes.
 */
export function readXmlTree(xml: string, lang: Lang): TreeResult {
  const lineOf = lineIndex(xml);
  const fail = (key: CapMessageKey, params: MessageParams = {}, line?: number): TreeResult => {
    const init = { key, severity: 'error' as const, path: '', source: 'xml' as const, params };
    return {
      ok: false,
      findings: [capFinding(line === undefined ? init : { ...init, line }, lang)],
    };
  };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return fail('xml.malformed', { detail: shorten(valid.err.msg) }, valid.err.line);
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return /nested/i.test(detail)
      ? fail('xml.malformed.too-deep')
      : fail('xml.malformed', { detail: shorten(detail), line: '?' });
  }
  const top = Array.isArray(parsed) ? parsed.filter(isRecord) : [];
  const roots = top.filter((n) => {
    const name = elementName(n);
    return name !== undefined && !name.startsWith('?');
  });
  const [first, second] = roots;
  if (!first) return fail('xml.malformed.no-root');
  if (second) return fail('xml.malformed.multiple-roots', {}, lineOf(meta(second).start));
  const { start, end } = meta(first);
  const outside = (s: string): boolean =>
    s.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '').trim() !== '';
  if (outside(xml.slice(0, start))) return fail('xml.malformed.outside-root', {}, 1);
  if (outside(xml.slice(end))) return fail('xml.malformed.outside-root', {}, lineOf(end));

  const convert = (raw: RawNode, scope: ReadonlyMap<string, string>): XNode => {
    const qname = elementName(raw) ?? '';
    const rawAttrs = isRecord(raw[':@']) ? raw[':@'] : {};
    const attrs: Record<string, string> = {};
    let inner: Map<string, string> | undefined;
    for (const [name, value] of Object.entries(rawAttrs)) {
      const v = decodeXmlText(typeof value === 'string' ? value : String(value));
      attrs[name] = v;
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        inner ??= new Map(scope);
        inner.set(name === 'xmlns' ? '' : name.slice(6), v);
      }
    }
    const here = inner ?? scope;
    const colon = qname.indexOf(':');
    const prefix = colon === -1 ? '' : qname.slice(0, colon);
    const ns = here.get(prefix);
    const { start: s, end: e } = meta(raw);
    const node: XNode = {
      qname,
      local: colon === -1 ? qname : qname.slice(colon + 1),
      ns: ns === '' ? undefined : ns,
      attrs,
      children: [],
      text: '',
      start: s,
      end: e,
      line: lineOf(s),
    };
    const content = raw[qname];
    for (const child of Array.isArray(content) ? content : []) {
      if (!isRecord(child)) continue;
      if (typeof child['#text'] === 'string' || typeof child['#text'] === 'number') {
        node.text += decodeXmlText(String(child['#text']));
      } else if (Array.isArray(child['#cdata'])) {
        for (const c of child['#cdata']) {
          if (isRecord(c) && c['#text'] !== undefined) node.text += String(c['#text']);
        }
      } else if (elementName(child) !== undefined) {
        node.children.push(convert(child, here));
      }
    }
    return node;
  };
  return {
    ok: true,
    root: convert(first, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])),
  };
}
