/**
 * The message as libxml2 sees it. The input is first canonicalized whole (comments kept),
 * and everything else works on that canonical text: its grammar is small and regular (no
 * DOCTYPE, no CDATA, no empty-element tags, attribute values in double quotes, only a
 * handful of escapes), so this scanner finds element boundaries exactly where libxml2 put
 * them and cannot be fooled by constructs a second parser might read differently.
 */
import { XML_NS } from './algorithms.js';

/** Half-open range `[start, end)` of offsets into the canonical text. */
export interface Range {
  start: number;
  end: number;
}

/** An attribute other than a namespace declaration. */
export interface ScannedAttribute {
  name: string;
  prefix: string;
  local: string;
  /** Namespace URI; empty for unprefixed attributes. */
  uri: string;
  value: string;
}

/** An element of the canonical text, with its offsets. */
export interface ScannedElement {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  attributes: ScannedAttribute[];
  /** Namespace declarations written on this element: prefix (`''` = default) → URI. */
  declarations: Map<string, string>;
  /** In-scope namespace bindings, `xml` excluded; an empty URI means "undeclared". */
  inScope: Map<string, string>;
  /** Offset of `<`. */
  start: number;
  /** Offset right after the element name in the start tag. */
  nameEnd: number;
  /** Offset right after the `>` of the end tag. */
  end: number;
  parent: ScannedElement | undefined;
  children: ScannedElement[];
  /** Concatenated character data of the element's own text children. */
  text: string;
  /** Whether a whitespace-only text node sits among the element's children. */
  blankText: boolean;
}

/** The scanned canonical document. */
export interface ScannedDocument {
  text: string;
  root: ScannedElement;
  /** Every comment, top-level ones with the line feed that separates them. */
  comments: Range[];
  /** Processing instructions outside the document element (such as `xml-stylesheet`). */
  topLevelInstructions: boolean;
  /** Whether any element has whitespace-only text among its children. */
  blankText: boolean;
}

/** What {@link prepareSource} makes of the raw input. */
export type PreparedSource =
  { ok: true; text: string } | { ok: false; reason: 'doctype' | 'empty' };

/**
 * Checks the prolog for a DOCTYPE (refused: entities are never expanded) and drops a byte
 * order mark and the XML declaration, since the text is already decoded and is handed to
 * libxml2 as UTF-8 whatever encoding the declaration names.
 */
export function prepareSource(xml: string): PreparedSource {
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (/^<\?xml[ \t\r\n]/.test(xml.slice(i, i + 6))) {
    const end = xml.indexOf('?>', i);
    if (end < 0) return { ok: true, text: xml.slice(i) }; // libxml2 reports it
    i = end + 2;
  }
  const body = xml.slice(i);
  // Prolog: (Comment | PI | S)* then a DOCTYPE or the document element.
  let j = 0;
  for (;;) {
    while (j < body.length && ' \t\r\n'.includes(body.charAt(j))) j++;
    if (body.startsWith('<!--', j)) {
      const end = body.indexOf('-->', j + 4);
      if (end < 0) break;
      j = end + 3;
    } else if (body.startsWith('<?', j)) {
      const end = body.indexOf('?>', j + 2);
      if (end < 0) break;
      j = end + 2;
    } else {
      break;
    }
  }
  if (/^<!DOCTYPE/i.test(body.slice(j, j + 9))) return { ok: false, reason: 'doctype' };
  if (body.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text: body };
}

const NAME = /[^\s=/>"'<]+/y;

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9A-Fa-f]+|#[0-9]+);/g, (_, ref: string) => {
    switch (ref) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
        );
    }
  });
}

function split(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon < 0
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** A scanning failure: the text is not in the canonical form libxml2 writes. */
export class CanonicalScanError extends Error {}

/**
 * Scans canonical XML (libxml2 output, comments kept). Throws {@link CanonicalScanError}
 * when the text departs from the canonical grammar.
 */
export function scanCanonical(text: string): ScannedDocument {
  const fail = (what: string, at: number): never => {
    throw new CanonicalScanError(`${what} at offset ${at}`);
  };
  const comments: Range[] = [];
  let topLevelInstructions = false;
  let blankText = false;
  let pos = 0;

  const readComment = (): Range => {
    const start = pos;
    const end = text.indexOf('-->', pos + 4);
    if (end < 0) fail('unterminated comment', pos);
    pos = end + 3;
    return { start, end: pos };
  };
  const skipInstruction = (): void => {
    const end = text.indexOf('?>', pos + 2);
    if (end < 0) fail('unterminated processing instruction', pos);
    pos = end + 2;
  };

  const readStartTag = (parent: ScannedElement | undefined): ScannedElement => {
    const start = pos;
    NAME.lastIndex = pos + 1;
    const m = NAME.exec(text);
    if (!m) return fail('element name expected', pos);
    const name = m[0];
    pos = NAME.lastIndex;
    const nameEnd = pos;
    const declarations = new Map<string, string>();
    const raw: Array<{ name: string; value: string }> = [];
    while (text.charAt(pos) === ' ') {
      NAME.lastIndex = pos + 1;
      const a = NAME.exec(text);
      if (!a || !text.startsWith('="', NAME.lastIndex)) return fail('attribute expected', pos);
      const valueStart = NAME.lastIndex + 2;
      const valueEnd = text.indexOf('"', valueStart);
      if (valueEnd < 0) return fail('unterminated attribute value', valueStart);
      const value = decode(text.slice(valueStart, valueEnd));
      if (a[0] === 'xmlns') declarations.set('', value);
      else if (a[0].startsWith('xmlns:')) declarations.set(a[0].slice(6), value);
      else raw.push({ name: a[0], value });
      pos = valueEnd + 1;
    }
    if (text.charAt(pos) !== '>') fail('end of start tag expected', pos);
    pos++;
    const inScope = new Map(parent?.inScope ?? []);
    for (const [prefix, uri] of declarations) inScope.set(prefix, uri);
    const resolve = (prefix: string, forAttribute: boolean): string => {
      if (prefix === 'xml') return XML_NS;
      if (prefix === '' && forAttribute) return '';
      const uri = inScope.get(prefix) ?? '';
      if (prefix !== '' && uri === '') fail(`unbound prefix ${prefix}`, start);
      return uri;
    };
    const { prefix, local } = split(name);
    const element: ScannedElement = {
      name,
      prefix,
      local,
      uri: resolve(prefix, false),
      attributes: raw.map((r) => {
        const parts = split(r.name);
        return { ...r, ...parts, uri: resolve(parts.prefix, true) };
      }),
      declarations,
      inScope,
      start,
      nameEnd,
      end: -1,
      parent,
      children: [],
      text: '',
      blankText: false,
    };
    parent?.children.push(element);
    return element;
  };

  // Before the document element, each processing instruction or comment is followed by a
  // line feed; after it, each is preceded by one. Comment ranges take their line feed along.
  const prolog = (): void => {
    for (;;) {
      let comment: Range | undefined;
      if (text.startsWith('<?', pos)) {
        topLevelInstructions = true;
        skipInstruction();
      } else if (text.startsWith('<!--', pos)) comment = readComment();
      else return;
      if (text.charAt(pos) !== '\n') fail('line feed expected', pos);
      pos++;
      if (comment) comments.push({ start: comment.start, end: pos });
    }
  };
  const epilog = (): void => {
    while (pos < text.length) {
      if (text.charAt(pos) !== '\n') fail('line feed expected', pos);
      const start = pos++;
      if (text.startsWith('<?', pos)) {
        topLevelInstructions = true;
        skipInstruction();
      } else if (text.startsWith('<!--', pos)) comments.push({ start, end: readComment().end });
      else fail('processing instruction or comment expected', pos);
    }
  };

  prolog();
  if (text.charAt(pos) !== '<') fail('document element expected', pos);
  const root = readStartTag(undefined);
  const stack: ScannedElement[] = [root];
  while (stack.length > 0) {
    const current = stack[stack.length - 1] as ScannedElement;
    const lt = text.indexOf('<', pos);
    if (lt < 0) fail('unterminated element', pos);
    if (lt > pos) {
      const chunk = decode(text.slice(pos, lt));
      current.text += chunk;
      if (/^[ \t\r\n]+$/.test(chunk)) current.blankText = blankText = true;
      pos = lt;
    }
    if (text.startsWith('</', pos)) {
      const close = `</${current.name}>`;
      if (!text.startsWith(close, pos)) fail(`${close} expected`, pos);
      pos += close.length;
      current.end = pos;
      stack.pop();
    } else if (text.startsWith('<!--', pos)) comments.push(readComment());
    else if (text.startsWith('<?', pos)) skipInstruction();
    else stack.push(readStartTag(current));
  }
  epilog();
  return { text, root, comments, topLevelInstructions, blankText };
}

/** Finds the child elements of `element` with namespace `uri` and local name `local`. */
export function childrenNamed(
  element: ScannedElement,
  uri: string,
  local: string,
): ScannedElement[] {
  return element.children.filter((c) => c.uri === uri && c.local === local);
}

/** The first child element named so, if any. */
export function childNamed(
  element: ScannedElement,
  uri: string,
  local: string,
): ScannedElement | undefined {
  return element.children.find((c) => c.uri === uri && c.local === local);
}

/** The value of the unqualified attribute `name`, if present. */
export function attribute(element: ScannedElement, name: string): string | undefined {
  return element.attributes.find((a) => a.uri === '' && a.local === name)?.value;
}

/**
 * Renders `text[from, to)` without the `cuts` ranges (which may overlap or nest), inserting
 * `insert` at offset `insertAt` if given.
 */
export function cutText(
  text: string,
  from: number,
  to: number,
  cuts: readonly Range[],
  insert?: { at: number; text: string },
): string {
  const sorted = cuts
    .filter((c) => c.end > from && c.start < to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = from;
  const emit = (until: number): void => {
    if (insert && insert.at >= pos && insert.at < until) {
      out += text.slice(pos, insert.at) + insert.text + text.slice(insert.at, until);
    } else {
      out += text.slice(pos, until);
    }
  };
  for (const cut of sorted) {
    if (cut.end <= pos) continue;
    const start = Math.max(cut.start, pos);
    emit(start);
    pos = Math.min(cut.end, to);
  }
  emit(to);
  return out;
}
