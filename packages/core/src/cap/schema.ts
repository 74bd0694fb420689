/**
 * Validation against the OASIS CAP 1.2 XML schema with libxml2 (xmllint-wasm), in Node
 * (a worker thread) and in browsers (a Web Worker; bundlers pick xmllint-wasm's "browser"
 * build). The XSD is embedded, so nothing is fetched but xmllint's own WebAssembly.
 */
import { validateXML as validateInBrowser } from 'xmllint-wasm/index-browser.mjs';
import { CAP_NAMESPACE } from '../model/cap.js';
import type { MessageParams } from '../i18n/translate.js';
import type { Finding, Lang } from '../validation/finding.js';
import { CAP_V12_XSD } from './cap-v1.2-xsd.js';
import { capFinding, type CapMessageKey } from './messages.js';
import { joinPath, REPEATED_ELEMENT_KEYS } from './parse.js';
import { DEFAULT_MAX_XML_BYTES, readXmlTree, screenXml, type XNode } from './xml-read.js';

/** Options of {@link validateCapSchema}. */
export interface CapSchemaOptions {
  /** Language of the findings' messages. Default English. */
  lang?: Lang;
  /** Size limit in UTF-8 bytes; larger input is refused (`xml.too-large`). Default 5 MiB. */
  maxBytes?: number;
}

const FILE = 'alert.xml';

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  'xs:dateTime': { en: 'date and time', nl: 'datum en tijd', fr: 'date-heure', de: 'Zeitangabe' },
  'xs:integer': { en: 'whole number', nl: 'geheel getal', fr: 'nombre entier', de: 'ganze Zahl' },
  'xs:decimal': {
    en: 'decimal number',
    nl: 'decimaal getal',
    fr: 'nombre décimal',
    de: 'Dezimalzahl',
  },
  'xs:anyURI': { en: 'URI', nl: 'URI', fr: 'URI', de: 'URI' },
  'xs:language': { en: 'language tag', nl: 'taalcode', fr: 'code de langue', de: 'Sprachcode' },
};

/** `{urn:…cap:1.2}info` → `info`; other namespaces stay in braces. */
const clean = (s: string): string =>
  s
    .split(`{${CAP_NAMESPACE}}`)
    .join('')
    .split('{http://www.w3.org/2000/09/xmldsig#}*')
    .join('Signature (XML-DSig)');
const list = (s: string): string =>
  clean(s)
    .split(/,\s*/)
    .map((x) => x.trim().replace(/^'(.*)'$/, '$1'))
    .join(', ');

/** A schema message of libxml2 as a message key and its parameters. */
function explain(
  detail: string,
  lang: Lang,
): { key: CapMessageKey; element: string | undefined; params: MessageParams } {
  const m = /^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$/s.exec(detail);
  if (!m) return { key: 'schema.invalid', element: undefined, params: { detail: clean(detail) } };
  const element = clean(m[1] ?? '');
  const attribute = m[2];
  const rest = m[3] ?? '';
  const p = (key: CapMessageKey, params: MessageParams = {}) => ({
    key,
    element,
    params: { element, ...params },
  });
  let r: RegExpExecArray | null;
  if (attribute !== undefined && / is not allowed\.$/.test(rest)) {
    return p('schema.invalid.attribute', { attribute: clean(attribute) });
  }
  if ((r = /^This element is not expected\. Expected is \( (.+) \)\.$/.exec(rest))) {
    return p('schema.invalid.not-expected', { expected: list(r[1] ?? '') });
  }
  if ((r = /^This element is not expected\. Expected is one of \( (.+) \)\.$/.exec(rest))) {
    return p('schema.invalid.not-expected-one-of', { expected: list(r[1] ?? '') });
  }
  if (/^This element is not expected\.$/.test(rest)) return p('schema.invalid.unexpected');
  if ((r = /^Missing child element\(s\)\. Expected is \( (.+) \)\.$/.exec(rest))) {
    return p('schema.invalid.missing', { expected: list(r[1] ?? '') });
  }
  if ((r = /^Missing child element\(s\)\. Expected is one of \( (.+) \)\.$/.exec(rest))) {
    return p('schema.invalid.missing-one-of', { expected: list(r[1] ?? '') });
  }
  if (
    (r = /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$/s.exec(
      rest,
    ))
  ) {
    return p('schema.invalid.enumeration', { value: r[1] ?? '', expected: list(r[2] ?? '') });
  }
  if (
    (r = /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '.*'\.$/s.exec(rest))
  ) {
    return p('schema.invalid.pattern', { value: r[1] ?? '' });
  }
  if (
    (r = /^'(.*)' is not a valid value of the (?:local )?\w+ type(?: '([^']*)')?\.$/s.exec(rest))
  ) {
    const typeName =
      r[2] ??
      (element === 'sent' || /^(effective|onset|expires)$/.test(element) ? 'xs:dateTime' : '');
    const type = TYPE_NAMES[typeName]?.[lang] ?? (typeName || 'value');
    return p('schema.invalid.type', { value: r[1] ?? '', type });
  }
  if (/^No matching global declaration available for the validation root\.$/.test(rest)) {
    return p('schema.invalid.root');
  }
  if (/^Character content other than whitespace is not allowed/.test(rest)) {
    return p('schema.invalid.no-text');
  }
  return { key: 'schema.invalid', element, params: { detail: clean(detail) } };
}

/** Model paths of the document's elements, by line and element name, for findings. */
function elementPaths(root: XNode): { line: number; name: string; path: string }[] {
  const out: { line: number; name: string; path: string }[] = [];
  const nameOf = (n: XNode): string =>
    n.ns === CAP_NAMESPACE ? n.local : `{${n.ns ?? ''}}${n.local}`;
  const walk = (node: XNode, path: string): void => {
    out.push({ line: node.line, name: nameOf(node), path });
    const counts = new Map<string, number>();
    for (const child of node.children) {
      const key = REPEATED_ELEMENT_KEYS[child.local];
      const i = counts.get(child.local) ?? 0;
      counts.set(child.local, i + 1);
      walk(child, joinPath(path, key === undefined ? child.local : `${key}[${i}]`));
    }
  };
  walk(root, '');
  return out;
}

/** Turns xmllint's output into findings. */
function findingsOf(output: string, xml: string, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  let paths: ReturnType<typeof elementPaths> | undefined;
  const pathOf = (line: number, element: string | undefined): string => {
    if (element === undefined) return '';
    if (!paths) {
      const tree = readXmlTree(xml, lang);
      paths = tree.ok ? elementPaths(tree.root) : [];
    }
    const hits = paths.filter((p) => p.line === line && p.name === element);
    return hits.length === 1 ? (hits[0]?.path ?? '') : '';
  };
  const seen = new Set<string>();
  for (const raw of output.split('\n')) {
    const m = /^alert\.xml:(\d+): (.*)$/.exec(raw);
    if (!m) continue;
    const line = Number(m[1]);
    const text = m[2] ?? '';
    const kind = /^(.*?) : (.*)$/s.exec(text);
    const label = kind?.[1] ?? '';
    const detail = (kind?.[2] ?? text).trim();
    if (/parser error|namespace error/.test(label)) {
      findings.push(
        capFinding(
          {
            key: 'xml.malformed',
            severity: 'error',
            path: '',
            source: 'xml',
            line,
            params: { detail },
          },
          lang,
        ),
      );
      continue;
    }
    if (/Schemas parser/.test(label)) {
      findings.push(
        capFinding(
          {
            key: 'schema.unavailable',
            severity: 'error',
            path: '',
            source: 'schema',
            params: { detail },
          },
          lang,
        ),
      );
      continue;
    }
    const { key, element, params } = explain(detail, lang);
    // libxml2 reports a bad dateTime twice (pattern facet and type); one finding suffices.
    const value = typeof params['value'] === 'string' ? params['value'] : undefined;
    const dedupe = value === undefined ? undefined : `${line}|${element ?? ''}|${value}`;
    if (dedupe !== undefined && seen.has(dedupe)) continue;
    if (dedupe !== undefined) seen.add(dedupe);
    findings.push(
      capFinding(
        {
          key,
          severity: /warning/i.test(label) ? 'warning' : 'error',
          path: pathOf(line, element),
          source: 'schema',
          line,
          params,
        },
        lang,
      ),
    );
  }
  return findings;
}

/**
 * xmllint-wasm has two builds: Node's runs libxml2 in a worker thread (CommonJS,
 * `require('worker_threads')`), the browser's in a module Web Worker. The browser build is
 * imported statically (it only defines functions until called); Node's is loaded only
 * when running in Node, so no browser ever evaluates it, whether or not its dev server or
 * bundler honours the package's "browser" field.
 */
async function xmllint(): Promise<typeof validateInBrowser> {
  const runtime = globalThis as { process?: { versions?: { node?: unknown } } };
  if (typeof runtime.process?.versions?.node !== 'string') return validateInBrowser;
  const node = await import('xmllint-wasm');
  return node.validateXML;
}

/** Declares UTF-8, the encoding the text is handed to libxml2 in (line count unchanged). */
const declareUtf8 = (xml: string): string =>
  xml.replace(/^(<\?xml\b[^?]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');

/**
 * Validates XML against the OASIS CAP 1.2 schema (libxml2 via xmllint-wasm, embedded
 * XSD, no network). Returns no findings when the document is valid; otherwise one
 * finding per libxml2 message: `schema.invalid` (`source: 'schema'`, with the line, a
 * model path when the element is unambiguous on that line, and a readable localized
 * message naming the element), or `xml.malformed` for XML libxml2 cannot parse.
 * Input is screened first exactly as {@link fromCapXml} does, so DOCTYPE/ENTITY
 * declarations (`xml.doctype-forbidden`) and oversized input never reach libxml2.
 * Never rejects: a validator that cannot run gives `schema.unavailable`. Each call starts
 * a worker (about 0.1 s in Node).
 */
export async function validateCapSchema(
  xml: string,
  options: CapSchemaOptions = {},
): Promise<Finding[]> {
  const lang = options.lang ?? 'en';
  try {
    const screened = screenXml(xml, { lang, maxBytes: options.maxBytes ?? DEFAULT_MAX_XML_BYTES });
    if (!screened.ok) return screened.findings;
    const text = declareUtf8(screened.xml);
    const validateXML = await xmllint();
    let output: string;
    try {
      const result = await validateXML({
        xml: { fileName: FILE, contents: text },
        schema: { fileName: 'CAP-v1.2.xsd', contents: CAP_V12_XSD },
        modifyArguments: (args) => ['--nonet', ...args],
      });
      if (result.valid) return [];
      output = result.rawOutput;
    } catch (e) {
      // xmllint exits with an unexpected status (e.g. XML it cannot read at all): the
      // error message is its output.
      output = e instanceof Error ? e.message : String(e);
    }
    const findings = findingsOf(output, text, lang);
    if (findings.length > 0) return findings;
    return [
      capFinding(
        {
          key: 'schema.unavailable',
          severity: 'error',
          path: '',
          source: 'schema',
          params: { detail: output.trim() || 'no output' },
        },
        lang,
      ),
    ];
  } catch (e) {
    return [
      capFinding(
        {
          key: 'schema.unavailable',
          severity: 'error',
          path: '',
          source: 'schema',
          params: { detail: e instanceof Error ? e.message : String(e) },
        },
        lang,
      ),
    ];
  }
}
