// Builds the Vue host. The @sirene/* workspace packages resolve through their `exports`
// maps to the built ESM in their dist/ folders (run `npm run build` first), exactly what an
// embedder installs from npm.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  plugins: [
    vue({
      // sirene-* tags are custom elements, not Vue components: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sirene-') } },
    }),
  ],
  // The CAP schema check runs xmllint in a module worker (new Worker(url, { type: 'module' })).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // One page with every element: OpenLayers, the embedded municipal boundaries, jsts and
    // the CAP schema are large by nature (about 0.6 MB gzipped for the main chunk).
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // @sirene/core loads the CommonJS 'reflect-metadata' polyfill before @peculiar/x509 (for
      // XML signatures), relying on ES module evaluation order. Rolldown runs ESM bodies
      // before CommonJS wrappers unless told to keep source order; without this the page
      // stops with "tsyringe requires a reflect polyfill".
      output: { strictExecutionOrder: true },
      onwarn(warning, warn) {
        // @sirene/core imports xmllint-wasm both statically and lazily; harmless here.
        if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /xmllint-wasm/.test(warning.message))
          return;
        warn(warning);
      },
    },
  },
});
