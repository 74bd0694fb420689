import { TOKEN_DEFAULTS, type TokenName } from './tokens.js';

/** A theme: values for some or all of Sirene's global tokens. */
export type Theme = Partial<Record<TokenName, string>>;

/** Dark: light text on a dark surface, every pair at least 4.5:1 (3:1 for borders). */
export const darkTheme: Theme = {
  '--sirene-color-text': '#f2f2f2',
  '--sirene-color-text-muted': '#c4c7cc',
  '--sirene-color-surface': '#16181c',
  '--sirene-color-surface-raised': '#23262c',
  '--sirene-color-border': '#8d939c',
  '--sirene-color-accent': '#7fb2ff',
  '--sirene-color-on-accent': '#0d1420',
  '--sirene-color-focus': '#ffd54f',
  '--sirene-color-danger': '#ff8a8a',
  '--sirene-color-warning': '#ffc66b',
  '--sirene-color-success': '#7fd99a',
  '--sirene-color-exercise': '#d9a6ff',
  '--sirene-color-on-exercise': '#1a0d26',
};

/** High contrast: black on white, pure accents, thick focus colour. */
export const highContrastTheme: Theme = {
  '--sirene-color-text': '#000000',
  '--sirene-color-text-muted': '#000000',
  '--sirene-color-surface': '#ffffff',
  '--sirene-color-surface-raised': '#ffffff',
  '--sirene-color-border': '#000000',
  '--sirene-color-accent': '#0000b3',
  '--sirene-color-on-accent': '#ffffff',
  '--sirene-color-focus': '#c00000',
  '--sirene-color-danger': '#a00000',
  '--sirene-color-warning': '#5c3a00',
  '--sirene-color-success': '#004d1a',
  '--sirene-color-exercise': '#4a0072',
  '--sirene-color-on-exercise': '#ffffff',
};

/**
 * NL Design System: maps the common NL Design System / Utrecht design tokens a
 * municipality's or safety region's theme defines onto Sirene's, falling back to
 * Sirene's defaults where a token is not set.
 */
export const nlDesignSystemTheme: Theme = {
  '--sirene-color-text': `var(--utrecht-document-color, ${TOKEN_DEFAULTS['--sirene-color-text']})`,
  '--sirene-color-text-muted': `var(--utrecht-paragraph-lead-color, var(--utrecht-document-color, ${TOKEN_DEFAULTS['--sirene-color-text-muted']}))`,
  '--sirene-color-surface': `var(--utrecht-document-background-color, ${TOKEN_DEFAULTS['--sirene-color-surface']})`,
  '--sirene-color-surface-raised': `var(--utrecht-page-background-color, ${TOKEN_DEFAULTS['--sirene-color-surface-raised']})`,
  '--sirene-color-border': `var(--utrecht-textbox-border-color, ${TOKEN_DEFAULTS['--sirene-color-border']})`,
  '--sirene-color-accent': `var(--utrecht-button-primary-action-background-color, ${TOKEN_DEFAULTS['--sirene-color-accent']})`,
  '--sirene-color-on-accent': `var(--utrecht-button-primary-action-color, ${TOKEN_DEFAULTS['--sirene-color-on-accent']})`,
  '--sirene-color-focus': `var(--utrecht-focus-outline-color, ${TOKEN_DEFAULTS['--sirene-color-focus']})`,
  '--sirene-color-danger': `var(--utrecht-feedback-danger-color, ${TOKEN_DEFAULTS['--sirene-color-danger']})`,
  '--sirene-color-warning': `var(--utrecht-feedback-warning-color, ${TOKEN_DEFAULTS['--sirene-color-warning']})`,
  '--sirene-color-success': `var(--utrecht-feedback-safe-color, ${TOKEN_DEFAULTS['--sirene-color-success']})`,
  '--sirene-font-family': `var(--utrecht-document-font-family, ${TOKEN_DEFAULTS['--sirene-font-family']})`,
  '--sirene-font-size': `var(--utrecht-document-font-size, ${TOKEN_DEFAULTS['--sirene-font-size']})`,
  '--sirene-radius': `var(--utrecht-border-radius-md, ${TOKEN_DEFAULTS['--sirene-radius']})`,
};

/** The themes Sirene ships, by name. */
export const THEMES = {
  default: {} as Theme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
  'nl-design-system': nlDesignSystemTheme,
} as const;

/** A shipped theme's name. */
export type ThemeName = keyof typeof THEMES;

/**
 * A theme as CSS for a page or container: `themeCss(darkTheme, '.sirene-dark')`. The
 * tokens inherit into every Sirene element below the selector.
 */
export function themeCss(theme: Theme, selector = ':root'): string {
  const body = Object.entries(theme)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  return `${selector} {\n${body}\n}\n`;
}
