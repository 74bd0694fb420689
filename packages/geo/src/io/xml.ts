/**
 * A small, forgiving XML reader for KML and CAP `<area>` snippets, without the DOM (so it
 * runs in Node and in workers). It builds an element tree with line numbers and reports
 * the first well-formedness error with its line and column. It does not validate, expand
 * DTDs or resolve namespaces: element names are matched by their local part.
 */

/** One element. */
export interface XmlElement {
  /** Local name (prefix stripped): `Polygon` for `<kml:Polygon>`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content directly inside this element (entities decoded). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
  /** 1-based line where the text content starts. */
  textLine: number;
}

/** A well-formedness error. */
export interface XmlError {
  message: string;
  line: number;
  column: number;
}

/** The result of `parseXml`: the root element, or the error. */
export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: XmlError };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code =
        ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ent] ?? whole;
  });
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i >= 0 ? qname.slice(i + 1) : qname;
}

/** Line and column (1-based) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/** Offsets at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset, given `lineStarts`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Parses an XML document or fragment with one root element. Never throws. */
export function parseXml(text: string): XmlResult {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const fail = (message: string, at: number): XmlResult => ({
    ok: false,
    error: { message, ...lineColumn(text, at) },
  });
  const starts = lineStarts(text);
  const lineAt = (at: number): number => lineOf(starts, at);
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > i) {
      const chunk = text.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) {
        if (top.text.trim() === '' && chunk.trim() !== '') {
          top.textLine = lineAt(i + (chunk.length - chunk.trimStart().length));
        }
        top.text += decode(chunk);
      } else if (chunk.trim() !== '') {
        return fail('text outside the root element', i);
      }
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return fail('unterminated comment', lt);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return fail('unterminated CDATA section', lt);
      const top = stack[stack.length - 1];
      if (!top) return fail('CDATA outside the root element', lt);
      if (top.text.trim() === '') top.textLine = lineAt(lt);
      top.text += text.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return fail('unterminated processing instruction', lt);
      i = end + 2;
      continue;
    }
    if (text.startsWith('<!', lt)) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return fail('unterminated declaration', lt);
      i = end + 1;
      continue;
    }
    if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      if (end < 0) return fail('unterminated end tag', lt);
      const name = text.slice(lt + 2, end).trim();
      const top = stack.pop();
      if (!top) return fail(`end tag </${name}> without a start tag`, lt);
      if (localName(name) !== top.name) {
        return fail(`end tag </${name}> does not match <${top.name}> of line ${top.line}`, lt);
      }
      i = end + 1;
      continue;
    }
    // Start tag: find its end, respecting quoted attribute values.
    let j = lt + 1;
    let quote = '';
    while (j < text.length) {
      const ch = text[j];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === '>') {
        break;
      } else if (ch === '<') {
        return fail('“<” inside a tag', j);
      }
      j++;
    }
    if (j >= text.length) return fail('unterminated start tag', lt);
    let body = text.slice(lt + 1, j);
    const selfClosing = body.endsWith('/');
    if (selfClosing) body = body.slice(0, -1);
    const m = /^([A-Za-z_][\w.:-]*)/.exec(body);
    if (!m || !m[1]) return fail('invalid tag name', lt + 1);
    const attributes: Record<string, string> = {};
    const attrRe = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
    let a: RegExpExecArray | null;
    while ((a = attrRe.exec(body.slice(m[1].length))) !== null) {
      attributes[a[1] as string] = decode(a[3] ?? a[4] ?? '');
    }
    const el: XmlElement = {
      name: localName(m[1]),
      attributes,
      children: [],
      text: '',
      line: lineAt(lt),
      textLine: lineAt(lt),
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) return fail('more than one root element', lt);
    else root = el;
    if (!selfClosing) stack.push(el);
    i = j + 1;
  }
  const open = stack[stack.length - 1];
  if (open) return fail(`<${open.name}> of line ${open.line} is not closed`, text.length);
  if (!root) return fail('no element found', 0);
  return { ok: true, root };
}

/** All descendants (and the element itself) with the given local name, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    for (const c of e.children) visit(c);
  };
  visit(el);
  return out;
}

/** The first child with the given local name. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
