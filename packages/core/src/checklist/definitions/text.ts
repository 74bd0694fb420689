import type { LocalizedText } from '../types.js';

/** Builds a localized text, Dutch first as in the source documents. Internal to the data modules. */
export function t(nl: string, en: string): LocalizedText {
  return { en, nl };
}
