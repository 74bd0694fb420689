import type { LocalizedText } from '../types.js';

/**
 * Builds a localized text, Dutch first as in the source documents, then English; French
 * and German where the checklist is used in those languages (BE-Alert, Belgium). Internal
 * to the data modules.
 */
export function t(nl: string, en: string, fr?: string, de?: string): LocalizedText {
  const text: LocalizedText = { en, nl };
  if (fr !== undefined) text.fr = fr;
  if (de !== undefined) text.de = de;
  return text;
}
