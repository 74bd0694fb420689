// Bundle size per element, gzipped, against the targets: composer ≤ 30 kB,
// checklist ≤ 15 kB, CAP preview ≤ 40 kB, area editor ≤ OpenLayers' minimal map + 25 kB
// (that map — Map, View and one VectorLayer — is bundled in the same run).
//
// Each element's define file (the built `dist/sirene-<tag>.js`, as a consumer's bundler
// sees it) is bundled with rollup, node-resolve, commonjs and terser, in three ways:
//   <element>            everything it imports (lit, @sirene/*, ol, …): a page with only it
//   <element>.no-core    @sirene/core external: core is shared by every element and the host
//   <element>.own        lit, ol and every @sirene/* package external: the element's own code
// Sizes are the sum of every JS chunk (lazy chunks such as the XML schema validator or
// the municipality boundaries included), each minified and gzipped at level 9, in kB
// (1000 bytes); `<element>.initial` counts only what loads up front (no lazy chunks). Files loaded by URL
// (xmllint's .wasm, workers) are not JS chunks of the bundle and are not counted.
// Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk, type Plugin, type RollupCache } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjsModule, { type RollupCommonJSOptions } from '@rollup/plugin-commonjs';
import terserModule, { type Options as TerserOptions } from '@rollup/plugin-terser';
import { compared, type Benchmark, type BenchResult } from './lib.js';

// The plugins' CommonJS-style typings make their default imports the module namespace
// under NodeNext; at run time the ESM default import is the plugin function itself.
const commonjs = commonjsModule as unknown as (options?: RollupCommonJSOptions) => Plugin;
const terser = terserModule as unknown as (options?: TerserOptions) => Plugin;

const root = new URL('../', import.meta.url).pathname;

type Externals = 'none' | 'core' | 'all';

interface Element {
  /** Package folder under packages/. */
  pkg: string;
  tag: string;
  /** The target in kB, or a function of the OpenLayers baseline. */
  target?: number | ((olMinimal: number) => number);
  targetNote?: string;
}

const elements: Element[] = [
  {
    pkg: 'message-composer',
    tag: 'sirene-message-composer',
    target: 30,
    targetNote: 'target 30 kB',
  },
  { pkg: 'checklist', tag: 'sirene-checklist', target: 15, targetNote: 'target 15 kB' },
  { pkg: 'cap-preview', tag: 'sirene-cap-preview', target: 40, targetNote: 'target 40 kB' },
  {
    pkg: 'area-editor',
    tag: 'sirene-area-editor',
    target: (ol) => ol + 25,
    targetNote: "target: OpenLayers' minimal map (Map + View + VectorLayer) + 25 kB",
  },
  { pkg: 'overshoot-estimator', tag: 'sirene-overshoot-estimator' },
];

const VIRTUAL = '\0sirene-bench-entry';

/** A virtual entry module with the given source, resolved from the repository root. */
function virtualEntry(source: string): Plugin {
  return {
    name: 'sirene-bench-entry',
    resolveId: (id) => (id === VIRTUAL ? id : null),
    load: (id) => (id === VIRTUAL ? source : null),
  };
}

function isExternal(mode: Externals): (id: string) => boolean {
  if (mode === 'none') return () => false;
  if (mode === 'core') return (id) => id === '@sirene/core' || id.startsWith('@sirene/core/');
  return (id) => /^(@sirene\/|lit($|\/)|@lit\/|lit-html|lit-element|ol($|\/))/.test(id);
}

interface Size {
  /** Every JS chunk, lazy ones included. */
  total: number;
  /** The entry chunk and the chunks it imports statically: what a page loads up front. */
  initial: number;
}

/**
 * Parsed and transformed modules, shared between builds with the same externals (the
 * elements share most of their modules). The cache keeps resolved imports, so builds
 * with different externals must not share one.
 */
const caches = new Map<Externals, RollupCache>();

/** Minified and gzipped size in kB of what rollup emits as JS for `input`. */
async function gzipKb(input: string, mode: Externals, plugins: Plugin[] = []): Promise<Size> {
  const bundle = await rollup({
    input,
    cache: caches.get(mode),
    external: isExternal(mode),
    onwarn: () => {},
    plugins: [
      ...plugins,
      nodeResolve({
        browser: true,
        exportConditions: ['browser', 'import', 'default'],
        rootDir: root,
      }),
      commonjs(),
    ],
  });
  if (bundle.cache) caches.set(mode, bundle.cache);
  try {
    const { output } = await bundle.generate({
      format: 'es',
      plugins: [terser({ format: { comments: false } })],
    });
    const chunks = new Map<string, OutputChunk>();
    for (const chunk of output) if (chunk.type === 'chunk') chunks.set(chunk.fileName, chunk);
    const gz = (c: OutputChunk): number => gzipSync(c.code, { level: 9 }).length / 1000;
    const initial = new Set<string>();
    const visit = (name: string): void => {
      const chunk = chunks.get(name);
      if (!chunk || initial.has(name)) return;
      initial.add(name);
      chunk.imports.forEach(visit);
    };
    for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
    let total = 0;
    let upFront = 0;
    for (const c of chunks.values()) {
      const size = gz(c);
      total += size;
      if (initial.has(c.fileName)) upFront += size;
    }
    return { total, initial: upFront };
  } finally {
    await bundle.close();
  }
}

const memo = new Map<string, Promise<Size>>();
function once(key: string, measure: () => Promise<Size>): Promise<Size> {
  let p = memo.get(key);
  if (!p) memo.set(key, (p = measure()));
  return p;
}

const olMinimal = async (): Promise<number> =>
  (
    await once('ol-minimal', () =>
      gzipKb(VIRTUAL, 'none', [
        virtualEntry(`
        import Map from 'ol/Map.js';
        import View from 'ol/View.js';
        import VectorLayer from 'ol/layer/Vector.js';
        import VectorSource from 'ol/source/Vector.js';
        export const map = new Map({
          target: 'map',
          layers: [new VectorLayer({ source: new VectorSource() })],
          view: new View({ center: [0, 0], zoom: 2 }),
        });
      `),
      ]),
    )
  ).total;

function defineFile(el: Element): string {
  const file = `${root}packages/${el.pkg}/dist/${el.tag}.js`;
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` before \`npm run bench\``);
  }
  return file;
}

async function measure(el: Element, mode: Externals, part: keyof Size): Promise<BenchResult> {
  const value = (await once(`${el.pkg}:${mode}`, () => gzipKb(defineFile(el), mode)))[part];
  if (el.target === undefined) return { value, unit: 'kB gzip' };
  const target = typeof el.target === 'number' ? el.target : el.target(await olMinimal());
  const what =
    mode === 'none' ? 'everything bundled' : mode === 'core' ? '@sirene/core external' : 'own code';
  const which = part === 'total' ? 'all chunks' : 'loaded up front';
  return compared(value, 'kB gzip', target, `${el.targetNote ?? ''} (${what}, ${which})`);
}

const benchmarks: Benchmark[] = [
  {
    name: 'bundle.ol-minimal-map',
    run: async () => ({ value: await olMinimal(), unit: 'kB gzip' }),
  },
  ...elements
    .filter((el) => existsSync(`${root}packages/${el.pkg}/${el.tag}.ts`))
    .flatMap((el): Benchmark[] => [
      { name: `bundle.${el.pkg}`, run: () => measure(el, 'none', 'total') },
      { name: `bundle.${el.pkg}.initial`, run: () => measure(el, 'none', 'initial') },
      { name: `bundle.${el.pkg}.no-core`, run: () => measure(el, 'core', 'total') },
      { name: `bundle.${el.pkg}.own`, run: () => measure(el, 'all', 'total') },
    ]),
];

export default benchmarks;
