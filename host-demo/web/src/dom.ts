/**
 * A small DOM toolkit for the page: element creation, translated text that follows
 * the language switch, and a polite live region.
 */
import { isMessageKey, translate, type MessageKey, type PageLang } from './messages.js';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element with attributes (false/null/undefined left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let lang: PageLang = 'nl';

/** The page's language. */
export function pageLang(): PageLang {
  return lang;
}

/** A text in the page's language. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return translate(lang, key, params);
}

/**
 * Sets an element's text to a message and remembers which, so a language switch
 * re-translates it in place (no re-render, no lost input).
 */
export function tx<E extends HTMLElement>(
  el: E,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): E {
  el.dataset.t = key;
  if (Object.keys(params).length) el.dataset.tp = JSON.stringify(params);
  else delete el.dataset.tp;
  el.textContent = t(key, params);
  return el;
}

/** An element whose text is a message. */
export function ht<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): HTMLElementTagNameMap[K] {
  return tx(h(tag, attrs), key, params);
}

/** Sets an attribute to a message, re-translated on a language switch. */
export function ta<E extends HTMLElement>(el: E, attr: string, key: MessageKey): E {
  el.setAttribute(attr, t(key));
  const list = (el.dataset.ta ?? '').split(' ').filter(Boolean);
  list.push(`${attr}=${key}`);
  el.dataset.ta = list.join(' ');
  return el;
}

/** Switches the language: the document's `lang` (the elements follow it) and every marked text. */
export function setPageLang(next: PageLang): void {
  lang = next;
  document.documentElement.lang = next;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = el.dataset.t ?? '';
    if (!isMessageKey(key)) continue;
    const params = el.dataset.tp
      ? (JSON.parse(el.dataset.tp) as Record<string, string | number>)
      : {};
    el.textContent = t(key, params);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-ta]')) {
    for (const pair of (el.dataset.ta ?? '').split(' ')) {
      const [attr, key] = pair.split('=');
      if (attr && key && isMessageKey(key)) el.setAttribute(attr, t(key));
    }
  }
}

/** Says something in the polite live region (and leaves it visible nowhere else). */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A new text node after a tick makes screen readers read a repeated message again.
  setTimeout(() => (region.textContent = text), 30);
}

/** A date-time as the operator reads it (local time, page language). */
export function formatTime(iso: string | null | undefined, withDate = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    ...(withDate ? { day: 'numeric', month: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(d);
}
