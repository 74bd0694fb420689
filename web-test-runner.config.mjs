// Browser tests: `*.browser.test.ts` beside the code and everything under test/browser/,
// run in Debian's Chromium (never a downloaded browser). TypeScript is transpiled by
// esbuild with target es2022 so Lit's standard decorators are lowered (TOOLCHAIN.md).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * jsts (behind @sirene/geo) imports fastpriorityqueue, whose only export is a CommonJS
 * `module.exports = FastPriorityQueue`: serve it as an ES module so geometry code runs in
 * browser tests (Vite pre-bundles it for Storybook).
 */
const fastPriorityQueueAsEsm = {
  name: 'sirene-fastpriorityqueue-esm',
  transform(context) {
    if (!/\/fastpriorityqueue\/FastPriorityQueue\.js$/.test(context.path)) return undefined;
    return {
      body: String(context.body).replace(
        /module\.exports\s*=\s*FastPriorityQueue;?/,
        'export default FastPriorityQueue;',
      ),
    };
  },
};

export default {
  files: [
    'packages/**/src/**/*.browser.test.ts',
    'test/browser/**/*.test.ts',
    '!**/node_modules/**',
    '!**/dist/**',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    fastPriorityQueueAsEsm,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  // One page at a time: a page the runner keeps in the background gets no
  // requestAnimationFrame, which Lit transitions and OpenLayers rendering need.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
