import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { transform } from 'esbuild';

/**
 * Vite 8 does not lower Lit's standard decorators (`@property() accessor x`), which
 * Chromium cannot parse yet: transpile the packages' TypeScript with esbuild first
 * (target es2022), as @web/test-runner does. Decorated classes stay out of *.stories.ts.
 */
function lowerDecorators(): Plugin {
  return {
    name: 'sirene-lower-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/packages\/[^/]+\/(src\/|sirene-)[^?]*\.ts$/.test(id)) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
      });
      return { code: result.code, map: result.map };
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  docs: { defaultName: 'Docs' },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [lowerDecorators(), ...(viteConfig.plugins ?? [])];
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['source', 'browser', 'module', 'import', 'default'],
    };
    return viteConfig;
  },
};
export default config;
