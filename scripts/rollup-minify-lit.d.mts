import type { Plugin } from 'rollup';

/** Minifies the CSS inside Lit's css`` templates of our own packages (see the .mjs). */
export function minifyLitCss(): Plugin;

/** Lit's HTML-literal minifier, then {@link minifyLitCss} (see the .mjs). */
export function minifyLitTemplates(): Plugin[];
