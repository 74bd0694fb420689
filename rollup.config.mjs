// Browser bundles for embedding without a build step (plain HTML <script type="module">).
// Each package is also published as plain ESM by `tsc -b`; these bundles are for hosts
// that have no bundler. Output: dist/browser/ at the repository root.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { minifyLitTemplates } from './scripts/rollup-minify-lit.mjs';

const require = createRequire(import.meta.url);
const outDir = 'dist/browser';
// Chunk names carry content hashes: start empty so old chunks do not pile up beside new ones.
rmSync(outDir, { recursive: true, force: true });

/**
 * xmllint-wasm starts its validator as a module Worker found with
 * `new URL('./xmllint-browser.mjs', import.meta.url)`, which loads `xmllint.wasm` beside
 * itself. Rollup keeps `import.meta.url`, so shipping both files next to the bundle keeps
 * schema validation working in the browser.
 */
function copyXmllintAssets() {
  return {
    name: 'copy-xmllint-assets',
    writeBundle() {
      const dir = dirname(
        require.resolve('xmllint-wasm/package.json', { paths: ['packages/core'] }),
      );
      mkdirSync(outDir, { recursive: true });
      for (const file of ['xmllint-browser.mjs', 'xmllint.wasm', 'COPYING']) {
        copyFileSync(join(dir, file), join(outDir, file === 'COPYING' ? 'xmllint-COPYING' : file));
      }
    },
  };
}

const ELEMENTS = [
  'area-editor',
  'message-composer',
  'cap-preview',
  'overshoot-estimator',
  'checklist',
];

/**
 * TypeScript's decorator helpers read top-level `this` (undefined in ESM, as intended), and
 * jsts has internal import cycles; both are known and harmless, everything else is shown.
 */
function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (
    warning.code === 'CIRCULAR_DEPENDENCY' &&
    warning.ids?.every((id) => id.includes('node_modules'))
  )
    return;
  warn(warning);
}

const plugins = () => [
  // terser leaves template contents alone: minify the elements' css`` style sheets.
  ...minifyLitTemplates(),
  nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
  // @peculiar/x509's helpers (pvtsutils, tsyringe) are CommonJS.
  commonjs(),
  terser({ format: { comments: false } }),
];

export default [
  {
    // One graph for core, ui (themes, tokens) and every element's define file, so Lit,
    // OpenLayers and core are loaded once however many elements a page uses. All files
    // sit flat in dist/browser: `new URL('./x.js', import.meta.url)` in any chunk finds
    // the worker and the xmllint assets beside it.
    input: {
      'sirene-core': 'packages/core/dist/index.js',
      'sirene-geo': 'packages/geo/dist/index.js',
      'sirene-ui': 'packages/ui/dist/index.js',
      ...Object.fromEntries(
        ELEMENTS.map((name) => [`sirene-${name}`, `packages/${name}/dist/sirene-${name}.js`]),
      ),
    },
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunk-[name]-[hash].js',
    },
    plugins: [...plugins(), copyXmllintAssets()],
    onwarn,
  },
  {
    // The overshoot engine's Web Worker, self-contained (a worker must not pull in chunks
    // that touch the DOM); <sirene-overshoot-estimator> starts it as ./overshoot-worker.js.
    input: 'packages/overshoot-estimator/dist/src/overshoot-worker.js',
    output: { file: `${outDir}/overshoot-worker.js`, format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
];
