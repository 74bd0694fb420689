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

/** One language's texts of a catalog, by key; a key left out falls back to English. */
export type CatalogTexts<K extends string> = Partial<Record<K, string>>;

/**
 * A catalog whose French and German texts load on demand, each with a dynamic `import()`
 * (`fr: async () => (await import('./messages.fr.js')).messages`), so that a page in
 * English or Dutch never downloads them. English and Dutch are always built in.
 */
export interface LazyCatalog<K extends string = string> {
  catalog: MessageCatalog<K>;
  fr?: () => Promise<CatalogTexts<K>>;
  de?: () => Promise<CatalogTexts<K>>;
}

const pendingLoads = new WeakMap<object, Map<Lang, Promise<void>>>();
const loadedLangs = new WeakMap<object, Set<Lang>>();

/** Whether `lazy`'s texts in `lang` are in its catalog (always so for English and Dutch). */
export function hasTranslations(lazy: LazyCatalog, lang: Lang): boolean {
  if (lang !== 'fr' && lang !== 'de') return true;
  return !lazy[lang] || !!loadedLangs.get(lazy)?.has(lang);
}

/**
 * Loads `lazy`'s texts in `lang` into its catalog, once: later calls share the same load and
 * resolve at once when the texts are there. A load that fails (a network error) rejects and
 * may be tried again; until then `translate` falls back to English for that catalog.
 */
export function loadTranslations(lazy: LazyCatalog, lang: Lang): Promise<void> {
  const load = lang === 'fr' || lang === 'de' ? lazy[lang] : undefined;
  if (!load || hasTranslations(lazy, lang)) return Promise.resolve();
  let pending = pendingLoads.get(lazy);
  if (!pending) pendingLoads.set(lazy, (pending = new Map()));
  let promise = pending.get(lang);
  if (!promise) {
    promise = load().then(
      (texts) => {
        const catalog: Partial<Record<string, LocalizedMessage>> = lazy.catalog;
        for (const [key, text] of Object.entries(texts)) {
          const entry = catalog[key];
          if (entry && typeof text === 'string') entry[lang] = text;
        }
        let done = loadedLangs.get(lazy);
        if (!done) loadedLangs.set(lazy, (done = new Set()));
        done.add(lang);
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
