// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'test/fixtures/**',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/host-demo/**', '@sirene/host-demo-*'] }],
    },
  },
  {
    // core, geo and cli never touch the DOM or OpenLayers (DESIGN.md).
    files: ['packages/core/src/**/*.ts', 'packages/geo/src/**/*.ts', 'packages/cli/src/**/*.ts'],
    ignores: ['**/*.browser.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'HTMLElement',
        'customElements',
        'localStorage',
        'sessionStorage',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'ol',
            'ol/*',
            'lit',
            'lit/*',
            '@sirene/ui',
            '**/host-demo/**',
            '@sirene/host-demo-*',
          ],
        },
      ],
    },
  },
  {
    // Tests may assert presence with `!` after checking it; the assertion fails loudly anyway.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
