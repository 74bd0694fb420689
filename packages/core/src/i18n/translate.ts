import type { Lang } from '../validation/finding.js';

export type { Lang };

/** Parameters interpolated into a message: `{name}` in the template. */
export type MessageParams = Record<string, string | number>;

/**
 * One message in every language Sirene ships. English and Dutch are required;
 * French and German fall back to English until translated.
 */
export interface LocalizedMessage {
  en: string;
  nl: string;
  fr?: string;
  de?: string;
}

export type MessageCatalog<K extends string> = Record<K, LocalizedMessage>;

/** Picks a supported language from a BCP 47 tag (`nl-BE` → `nl`), English otherwise. */
export function resolveLang(tag: string | undefined | null): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'nl' || base === 'fr' || base === 'de' ? base : 'en';
}

/** Renders `catalog[key]` in `lang`, filling `{param}` placeholders. */
export function translate<K extends string>(
  catalog: MessageCatalog<K>,
  key: K,
  lang: Lang,
  params: MessageParams = {},
): string {
  const entry = catalog[key];
  const template = entry[lang] ?? entry.en;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
