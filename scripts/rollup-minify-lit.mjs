// Rollup plugins: minify the CSS inside Lit's css`...` tagged templates (and, with
// minifyLitTemplates below, the HTML inside html`...` ones).
//
// terser minifies JavaScript but leaves string contents alone, so every element shipped its
// style sheets with their indentation, line breaks and spacing. This plugin runs esbuild's
// CSS minifier over each css`` template of our own packages (never node_modules) before
// bundling. Used by rollup.config.mjs (what dist/browser ships) and by
// bench/bundle-size.bench.ts (so the bench measures what ships).
//
// Only templates without `${...}` interpolations, backslashes or backticks are touched: their
// source text is exactly the CSS Lit receives, so minifying it cannot change meaning through
// escapes. Anything else is left as written. If esbuild reports a warning or error for a
// template (invalid CSS), the build fails with the file name rather than ship altered CSS.
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// tsc writes `css `...`` (a space before the backtick); the TypeScript sources have none.
const TEMPLATE = /(?<![\w.$])css\s*`([^`\\$]*)`/g;
/** Only modules that import Lit's `css` tag (a comment mentioning ol.css`` is not CSS). */
const IMPORTS_CSS =
  /import\s*\{[^}]*\bcss\b[^}]*\}\s*from\s*['"](lit|lit-element|@lit\/reactive-element)['"]/;

/** @returns {import('rollup').Plugin} */
export function minifyLitCss() {
  return {
    name: 'sirene-minify-lit-css',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.(m?js|ts)$/.test(id) || !IMPORTS_CSS.test(code)) {
        return null;
      }
      const s = new MagicString(code);
      let changed = false;
      for (const match of code.matchAll(TEMPLATE)) {
        const source = match[1] ?? '';
        if (!source.trim()) continue;
        const result = transformSync(source, { loader: 'css', minify: true, logLevel: 'silent' });
        if (result.warnings.length) {
          this.error(
            `${id}: esbuild warns about a css\`\` template: ${result.warnings.map((w) => w.text).join('; ')}`,
          );
        }
        const minified = result.code.trim();
        if (/[`\\$]/.test(minified) || minified.length >= source.length) continue;
        const start = (match.index ?? 0) + match[0].length - source.length - 1;
        s.overwrite(start, start + source.length, minified);
        changed = true;
      }
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * Both template minifiers, in the order they must run: Lit's own HTML-literal minifier
 * (`@lit-labs/rollup-plugin-minify-html-literals`) collapses the indentation and line breaks
 * inside html`` templates, which terser also leaves alone, then {@link minifyLitCss} takes
 * the css`` style sheets. The HTML settings are the careful ones: whitespace collapses to
 * one space and is never removed (text between inline elements keeps its spacing), empty
 * attributes stay (`alt=""` means "decorative"), CSS is left to esbuild, and an HTML
 * template it cannot parse fails the build instead of shipping unminified or altered.
 * @returns {import('rollup').Plugin[]}
 */
export function minifyLitTemplates() {
  return [
    minifyHTML({
      include: ['**/packages/**'],
      exclude: ['**/node_modules/**'],
      failOnError: true,
      options: {
        minifyOptions: {
          conservativeCollapse: true,
          removeEmptyAttributes: false,
          minifyCSS: false,
        },
      },
    }),
    minifyLitCss(),
  ];
}
