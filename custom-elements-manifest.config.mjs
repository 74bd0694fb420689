// The custom-elements manifest (custom-elements.json) is generated from the elements'
// JSDoc by `npm run build`; Storybook reads it for controls and autodocs.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.stories.ts',
    '**/dist/**',
    'packages/core/**',
    'packages/geo/**',
    'packages/cli/**',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
