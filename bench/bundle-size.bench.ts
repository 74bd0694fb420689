// Bundle size per element, gzipped, against the targets: composer ≤ 30 kB,
// checklist ≤ 15 kB, CAP preview ≤ 40 kB, area editor ≤ OpenLayers' minimal map + 25 kB
// (that map — Map, View and one VectorLayer — is bundled in the same run).
//
// What "the element" is. An embedder pays for every byte that loads before the element can
// render, so the figure compared with the target is what a page loads UP FRONT for the
// element: its own code, Lit, @sirene/ui, @sirene/geo and every other dependency it imports
// statically (OpenLayers for the area editor) — everything except @sirene/core. Core is left
// out of that one figure because it is the host's domain model (alerts, CAP, checklists) and
// is shared by every element and the host on a page, so no single element's budget can carry
// it; it is NOT hidden: `<element>.core` reports the part of core the element pulls in up
// front, and `<element>.initial` the whole up-front total with core. Chunks loaded later by
// dynamic import() — French/German texts, the municipality boundaries, XML signature
// verification, the XML schema validator, the area editor's geometry engine (jsts
// validation and repair, proj4) — are not up front; `<element>` (all chunks) counts them too.
//
// Each element's define file (the built `dist/sirene-<tag>.js`, as a consumer's bundler
// sees it) is bundled with rollup, node-resolve, commonjs and terser, plus the css``
// minification rollup.config.mjs applies to what dist/browser ships:
//   <element>             everything it imports, all chunks (lazy ones included)
//   <element>.initial     everything it imports, only what loads up front: a page with only it
//   <element>.no-core     @sirene/core external, up front: compared with the target
//   <element>.core        what @sirene/core adds up front (`.initial` minus `.no-core`)
//   <element>.own         lit, ol and every @sirene/* package external, up front: own code
// Each chunk is minified and gzipped at level 9; sizes are in kB (1000 bytes). Files loaded
// by URL (xmllint's .wasm, workers) are not JS chunks of the bundle and are not counted.
// Needs `npm run build` first (at least `tsc -b tsconfig.build.json`).
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk, type Plugin, type RollupCache } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjsModule, { type RollupCommonJSOptions } from '@rollup/plugin-commonjs';
import terserModule, { type Options as TerserOptions } from '@rollup/plugin-terser';
import { minifyLitTemplates } from '../scripts/rollup-minify-lit.mjs';
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
      ...minifyLitTemplates(),
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

function size(el: Element, mode: Externals): Promise<Size> {
  return once(`${el.pkg}:${mode}`, () => gzipKb(defineFile(el), mode));
}

/** A figure reported without a target. */
async function plain(el: Element, mode: Externals, part: keyof Size): Promise<BenchResult> {
  return { value: (await size(el, mode))[part], unit: 'kB gzip' };
}

/** The figure compared with the element's target (see the header). */
async function measure(el: Element, mode: Externals, part: keyof Size): Promise<BenchResult> {
  const value = (await size(el, mode))[part];
  if (el.target === undefined) return { value, unit: 'kB gzip' };
  const target = typeof el.target === 'number' ? el.target : el.target(await olMinimal());
  const what =
    mode === 'none'
      ? 'everything bundled'
      : mode === 'core'
        ? '@sirene/core external, reported as .core'
        : 'own code';
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
      { name: `bundle.${el.pkg}`, run: () => plain(el, 'none', 'total') },
      { name: `bundle.${el.pkg}.initial`, run: () => plain(el, 'none', 'initial') },
      { name: `bundle.${el.pkg}.no-core`, run: () => measure(el, 'core', 'initial') },
      {
        name: `bundle.${el.pkg}.core`,
        run: async () => ({
          value: (await size(el, 'none')).initial - (await size(el, 'core')).initial,
          unit: 'kB gzip',
        }),
      },
      { name: `bundle.${el.pkg}.own`, run: () => plain(el, 'all', 'initial') },
    ]),
];

export default benchmarks;
