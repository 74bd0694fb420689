import type { TemplateText } from '../types.js';

/** A text in the four languages, Dutch first as in the source documents. Internal to the data modules. */
export function tx(nl: string, en: string, fr: string, de: string): TemplateText {
  return { nl, en, fr, de };
}

/** The same text in every language (names, addresses). */
export function same(text: string): TemplateText {
  return tx(text, text, text, text);
}

/** The line that says who the effect area is. */
export const AREA_LINE = tx(
  'Dit geldt voor {area}.',
  'This applies to {area}.',
  'Ceci concerne {area}.',
  'Dies gilt für {area}.',
);

/** The seed's more-information line for a social media account ("Volg voor meer informatie …"). */
export const MORE_INFO_ACCOUNT = tx(
  'Volg voor meer informatie {account}.',
  'Follow {account} for more information.',
  "Suivez {account} pour plus d'informations.",
  'Folgen Sie {account} für weitere Informationen.',
);
