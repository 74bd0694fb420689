/**
 * A small language guess for the lint: counts frequent function words of Dutch, English,
 * French and German. Good enough to pick the language of messages; the lint itself applies
 * every language's patterns when the language is not given.
 */
import type { Lang } from '../validation/finding.js';

const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(
    'de het een en van is in op bij niet je u naar voor dit er met te zijn wordt gebied verlaat blijf uw of ook dan geen binnen'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to is in on at not you your for this with area are be do or leave stay there inside'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les des et de du un une est vous pas pour dans sur ce zone au aux ne ou votre quittez restez'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist nicht sie ein eine zu mit für auf den dem im bitte gebiet oder ihre verlassen bleiben'.split(
      ' ',
    ),
  ),
};

const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];

/**
 * Guesses the language of `text` from its function words: the language with the most
 * hits, when it has at least two and more than any other. Returns `undefined` for short,
 * mixed or unknown texts. A Dutch text with its English translation after it (as NL-Alert
 * sends) is usually reported as the language with more words.
 */
export function detectLanguage(text: string): Lang | undefined {
  const counts = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
  for (const match of text.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    for (const l of LANGS) if (STOPWORDS[l].has(match[0])) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return first[0];
}
