import { css } from 'lit';

/**
 * Sirene's global design tokens and their defaults (the default theme). Colours meet
 * WCAG 2.1 AA contrast on `--sirene-color-surface`.
 *
 * How theming works: the tokens are registered as inheriting custom properties whose
 * initial value is the default ({@link registerTokens}, run by every element). Nothing
 * inside an element's shadow root declares them, so a theme set anywhere above the
 * element — `:root { --sirene-color-accent: … }`, a class on a container, or the element
 * itself — reaches inside, and without a theme the defaults apply. Elements read them
 * through per-element custom properties (`--sirene-<element>-<thing>`) that fall back to
 * these.
 */
export const TOKEN_DEFAULTS = {
  '--sirene-color-text': '#1b1b1b',
  '--sirene-color-text-muted': '#4a4a4a',
  '--sirene-color-surface': '#ffffff',
  '--sirene-color-surface-raised': '#f4f5f7',
  '--sirene-color-border': '#6b6b6b',
  '--sirene-color-accent': '#0b4f9c',
  '--sirene-color-on-accent': '#ffffff',
  '--sirene-color-focus': '#0050b3',
  '--sirene-color-danger': '#a4000f',
  '--sirene-color-warning': '#7a4d00',
  '--sirene-color-success': '#0b6e2e',
  '--sirene-color-exercise': '#6a1b9a',
  '--sirene-color-on-exercise': '#ffffff',
  '--sirene-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  '--sirene-font-size': '1rem',
  '--sirene-space': '0.5rem',
  '--sirene-radius': '4px',
} as const;

/** The name of a global token. */
export type TokenName = keyof typeof TOKEN_DEFAULTS;

let registered = false;

/**
 * Registers the tokens once per document as inheriting custom properties with their
 * defaults as initial values (`CSS.registerProperty`). Idempotent; a token a page has
 * registered itself is left as it is. Where the API is missing, elements fall back to
 * no defaults: set them on the page with {@link defaultThemeCss}.
 */
export function registerTokens(): void {
  if (registered || typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function')
    return;
  registered = true;
  for (const [name, initialValue] of Object.entries(TOKEN_DEFAULTS)) {
    try {
      CSS.registerProperty({ name, syntax: '*', inherits: true, initialValue });
    } catch {
      // Already registered (by the page or another copy of Sirene): keep that one.
    }
  }
}

/**
 * The tokens as a stylesheet for the page (`:root`), for hosts that want them spelled
 * out, and the fallback for browsers without `CSS.registerProperty`.
 *
 * @cssprop --sirene-color-text - Body text.
 * @cssprop --sirene-color-text-muted - Secondary text (still ≥ 4.5:1).
 * @cssprop --sirene-color-surface - Background of elements.
 * @cssprop --sirene-color-surface-raised - Background of cards, fields and panels.
 * @cssprop --sirene-color-border - Borders of fields and panels (≥ 3:1).
 * @cssprop --sirene-color-accent - Primary actions and focus.
 * @cssprop --sirene-color-on-accent - Text on the accent colour.
 * @cssprop --sirene-color-focus - Focus ring.
 * @cssprop --sirene-color-danger - Errors and destructive actions.
 * @cssprop --sirene-color-warning - Warnings.
 * @cssprop --sirene-color-success - Done, valid.
 * @cssprop --sirene-color-exercise - Exercise watermark.
 * @cssprop --sirene-color-on-exercise - Text on the exercise colour (bands and banners).
 * @cssprop --sirene-font-family - Font.
 * @cssprop --sirene-font-size - Base font size.
 * @cssprop --sirene-space - Base spacing unit.
 * @cssprop --sirene-radius - Corner radius.
 */
// Marked pure so that bundlers drop the computation from elements that never use it.
export const defaultThemeCss: string = /* @__PURE__ */ (() =>
  `:root {\n${Object.entries(TOKEN_DEFAULTS)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`)();

/**
 * Adopted first by every element, before {@link base}. It deliberately declares no token:
 * a declaration inside the shadow root would shadow the page's theme. The defaults come
 * from {@link registerTokens}.
 */
export const tokens = css``;

/**
 * Base styles every Sirene element adopts after {@link tokens}: box sizing, font,
 * a visible focus ring, the `visually-hidden` utility and reduced motion.
 */
export const base = css`
  :host {
    box-sizing: border-box;
    font-family: var(--sirene-font-family);
    font-size: var(--sirene-font-size);
    color: var(--sirene-color-text);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--sirene-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
