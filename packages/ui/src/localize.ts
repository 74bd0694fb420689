import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { registerTokens } from './tokens.js';
import {
  hasTranslations,
  loadTranslations,
  resolveLang,
  translate,
  type LazyCatalog,
  type Lang,
  type MessageCatalog,
  type MessageParams,
} from '@sirene/core';

/** BCP 47 locales Sirene formats dates and numbers for, per language. */
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', fr: 'fr-BE', de: 'de-BE' };

/** The nearest `lang` attribute from `node` outwards, crossing shadow roots. */
export function inheritedLang(node: Node | null): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang'))
      return current.getAttribute('lang') ?? undefined;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return undefined;
}

/**
 * Gives an element its language: its own `lang` attribute, else the nearest ancestor's
 * (through shadow roots), else the document's; English when none is supported. The host
 * re-renders when any of them changes. Translations are typed catalogs from
 * `@sirene/core` (English and Dutch required, French and German where translated).
 *
 * Catalogs passed as `lazy` keep French and German out of the element's up-front code:
 * when the language becomes one of them, their texts are imported first and the element
 * switches language (and re-renders) once they are there, so it never shows a mix. Until
 * then it keeps the language it had. `ready` resolves when the language in use is the
 * one asked for; elements wait for it in `updateComplete`.
 */
export class LocalizeController implements ReactiveController {
  private observer?: MutationObserver;
  private current: Lang = 'en';
  private wanted: Lang = 'en';
  private loading: Promise<void> = Promise.resolve();
  private readonly lazy: readonly LazyCatalog[];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    ...lazy: LazyCatalog[]
  ) {
    this.lazy = lazy;
    host.addController(this);
    // Every Sirene element localizes, so this is where the design tokens get their
    // defaults registered (once per document), before the first render.
    registerTokens();
  }

  /** The language in use: `nl`, `en`, `fr` or `de`. */
  get lang(): Lang {
    return this.current;
  }

  /** The locale for `Intl` formatting (`nl-NL`, `en-GB`, `fr-BE`, `de-BE`). */
  get locale(): string {
    return LOCALES[this.current];
  }

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    // Own and document language; an ancestor's change is rare and caught on reconnect.
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Resolves when the language asked for is the one in use (its lazily loaded texts are
   * there, or failed to load and English stands in for them).
   */
  get ready(): Promise<void> {
    this.refresh();
    return this.loading;
  }

  /**
   * Re-reads the language and asks the host to update when it changed: at once when its
   * texts are built in or loaded, else after loading them.
   */
  refresh(): void {
    const next = resolveLang(inheritedLang(this.host) ?? document.documentElement.lang);
    if (next === this.wanted) return;
    this.wanted = next;
    const missing = this.lazy.filter((lazy) => !hasTranslations(lazy, next));
    if (missing.length === 0) {
      this.switchTo(next);
      this.loading = Promise.resolve();
      return;
    }
    this.loading = Promise.all(missing.map((lazy) => loadTranslations(lazy, next))).then(
      () => this.switchTo(next),
      (error: unknown) => {
        // Offline or a missing chunk: show the language anyway, its texts in English.
        console.warn(`Sirene: the ${next} texts did not load; showing English instead`, error);
        this.switchTo(next);
      },
    );
  }

  private switchTo(lang: Lang): void {
    if (this.wanted !== lang || this.current === lang) return;
    this.current = lang;
    this.host.requestUpdate();
  }

  /** `catalog[key]` in the current language, `{param}`s filled. */
  t<K extends string>(catalog: MessageCatalog<K>, key: K, params?: MessageParams): string {
    return translate(catalog, key, this.current, params);
  }

  /** A date and time in the current locale (24-hour clock, Europe/Amsterdam by default). */
  dateTime(value: Date | string, options: Intl.DateTimeFormatOptions = {}): string {
    const date = typeof value === 'string' ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) return String(value);
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone: 'Europe/Amsterdam',
      ...options,
    }).format(date);
  }

  /** A number in the current locale. */
  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }
}
