/**
 * Canonicalization through libxml2 (xmllint-wasm), never a hand-written canonicalizer.
 *
 * xmllint canonicalizes whole documents only and always keeps comments, so callers cut
 * what a transform removes (comments, the enveloped `ds:Signature`) out of the text
 * first, and canonicalize a subtree (`ds:SignedInfo`) as a document of its own that
 * carries the namespace declarations and `xml:*` attributes it inherits.
 */
import { validateXML as validateInBrowser } from 'xmllint-wasm/index-browser.mjs';
import type { C14nMethod } from './algorithms.js';

/**
 * xmllint-wasm's browser build (a module Web Worker) is imported statically: it only
 * defines functions until called. Node's build (CommonJS, worker_threads) is loaded only
 * in Node, so no browser evaluates it whether or not its tooling honours the package's
 * "browser" field. (The same arrangement as the schema check in ../cap/schema.ts.)
 */
async function xmllint(): Promise<typeof validateInBrowser> {
  const runtime = globalThis as { process?: { versions?: { node?: unknown } } };
  if (typeof runtime.process?.versions?.node !== 'string') return validateInBrowser;
  return (await import('xmllint-wasm')).validateXML;
}

/** A canonical form, or why libxml2 could not produce one. */
export type C14nResult = { ok: true; text: string } | { ok: false; detail: string };

/** Options for {@link canonicalize}. */
export interface C14nOptions {
  /**
   * Drop ignorable whitespace-only text between elements first (xmllint `--noblanks`,
   * libxml2's heuristic that lxml's `remove_blank_text` also uses).
   */
  noBlanks?: boolean;
}

/**
 * Canonicalizes the document `xml` with libxml2, comments included. The input must not
 * have a DOCTYPE (callers refuse it) and must not start with an XML declaration naming an
 * encoding other than UTF-8, because the text is handed over as UTF-8. Never throws.
 */
export async function canonicalize(
  xml: string,
  method: C14nMethod,
  options: C14nOptions = {},
): Promise<C14nResult> {
  const flags = [...(options.noBlanks ? ['--noblanks'] : []), '--nonet', `--${method}`];
  try {
    const validateXML = await xmllint();
    const result = await validateXML({
      xml: { fileName: 'message.xml', contents: xml },
      normalization: 'c14n',
      modifyArguments: (args) => args.flatMap((arg) => (arg === '--c14n' ? flags : [arg])),
    });
    if (!result.valid) return { ok: false, detail: firstLine(result.rawOutput) };
    // xmllint-wasm collects stdout line by line and ends it with a line feed. A canonical
    // document never ends with one (it ends with '>'), so exactly one is removed.
    const text = result.normalized.endsWith('\n')
      ? result.normalized.slice(0, -1)
      : result.normalized;
    if (!text.endsWith('>')) return { ok: false, detail: 'libxml2 produced no canonical form' };
    return { ok: true, text };
  } catch (error) {
    return { ok: false, detail: firstLine(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * Canonicalizes several documents with one libxml2 run (each run starts a worker and
 * compiles the WebAssembly module, which costs far more than the canonicalization). Each
 * document gets a trailing processing instruction with a random marker, so the outputs can
 * be told apart; a run that fails as a whole falls back to one run per document. Never
 * throws; results are in input order.
 */
export async function canonicalizeMany(
  documents: readonly string[],
  method: C14nMethod,
  options: C14nOptions = {},
): Promise<C14nResult[]> {
  if (documents.length <= 1) {
    return Promise.all(documents.map((d) => canonicalize(d, method, options)));
  }
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  const marker = (i: number): string => `<?sirene-${nonce} ${i}?>`;
  const flags = [...(options.noBlanks ? ['--noblanks'] : []), '--nonet', `--${method}`];
  let output: string;
  let errors: string;
  try {
    const validateXML = await xmllint();
    const result = await validateXML({
      xml: documents.map((contents, i) => ({
        fileName: `message${i}.xml`,
        contents: contents + marker(i),
      })),
      normalization: 'c14n',
      modifyArguments: (args) => args.flatMap((arg) => (arg === '--c14n' ? flags : [arg])),
    });
    output = result.normalized;
    errors = result.rawOutput;
  } catch {
    return Promise.all(documents.map((d) => canonicalize(d, method, options)));
  }
  let pos = 0;
  return documents.map((_, i): C14nResult => {
    // Canonical form puts a line feed before a processing instruction after the root.
    const at = output.indexOf(`\n${marker(i)}`, pos);
    if (at < 0) {
      const own = errors.split('\n').filter((l) => l.startsWith(`message${i}.xml:`));
      return { ok: false, detail: firstLine(own.join('\n') || 'no canonical form') };
    }
    const text = output.slice(pos, at);
    pos = at + 1 + marker(i).length;
    return text.endsWith('>') ? { ok: true, text } : { ok: false, detail: 'no canonical form' };
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? 'unknown error';
  // Drop xmllint's "message.xml:12: " prefix; keep the libxml2 message.
  return line.replace(/^message\d*\.xml:\d+:\s*/, '').trim();
}
