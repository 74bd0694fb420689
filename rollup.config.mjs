// Browser bundles for embedding without a build step (plain HTML <script type="module">).
// Each package is also published as plain ESM by `tsc -b`; these bundles are for hosts
// that have no bundler. Output: dist/browser/ at the repository root.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

const require = createRequire(import.meta.url);
const outDir = 'dist/browser';

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

export default [
  {
    input: 'packages/core/dist/index.js',
    output: {
      file: `${outDir}/sirene-core.js`,
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      // @peculiar/x509's helpers (pvtsutils, tsyringe) are CommonJS.
      commonjs(),
      terser({ format: { comments: false } }),
      copyXmllintAssets(),
    ],
  },
];
