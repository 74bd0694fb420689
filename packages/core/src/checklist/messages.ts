/** Messages the checklist engine returns as data, in English and Dutch. */
import { translate, type MessageCatalog, type MessageParams } from '../i18n/translate.js';
import type { LocalizedText } from './types.js';

/**
 * The engine's messages in English and Dutch, by key: what `checklistMessage` fills. Exported
 * so that hosts and elements that show these messages in other languages, or fill them
 * themselves, use the same texts instead of a copy.
 */
export const checklistMessages = {
  'state-mismatch': {
    en: 'This checklist state belongs to “{stateId}” version {stateVersion}, not to “{id}” version {version}.',
    nl: 'Deze checklist-status hoort bij “{stateId}” versie {stateVersion}, niet bij “{id}” versie {version}.',
  },
  'unknown-item': {
    en: 'There is no item “{item}” in this checklist.',
    nl: 'Deze checklist heeft geen onderdeel “{item}”.',
  },
  'role-mismatch': {
    en: 'Only the role “{role}” may change “{label}”.',
    nl: 'Alleen de rol “{role}” mag “{label}” wijzigen.',
  },
  'hidden-item': {
    en: '“{label}” does not apply at the moment and cannot be changed.',
    nl: '“{label}” is nu niet van toepassing en kan niet worden gewijzigd.',
  },
  'not-a-check': {
    en: '“{label}” is filled in, not ticked.',
    nl: '“{label}” vul je in, dat vink je niet aan.',
  },
  'not-an-input': {
    en: '“{label}” is ticked, not filled in.',
    nl: '“{label}” vink je aan, dat vul je niet in.',
  },
  'invalid-value': {
    en: 'Not a valid value for “{label}”: {reason}.',
    nl: 'Geen geldige waarde voor “{label}”: {reason}.',
  },
  'invalid-user': {
    en: 'The acting user needs an id and a display name.',
    nl: 'De handelende gebruiker heeft een id en een naam nodig.',
  },
  'invalid-time': {
    en: 'The time of the action is not a valid date and time.',
    nl: 'Het tijdstip van de handeling is geen geldige datum en tijd.',
  },
  'invalid-json': {
    en: 'The saved checklist state is not valid JSON.',
    nl: 'De opgeslagen checklist-status is geen geldige JSON.',
  },
  'invalid-state': {
    en: 'The saved checklist state is damaged at {path}: {reason}.',
    nl: 'De opgeslagen checklist-status is beschadigd bij {path}: {reason}.',
  },
  'not-done': {
    en: '“{label}” is not done.',
    nl: '“{label}” is nog niet gedaan.',
  },
  'at-least': {
    en: 'At least {count} of these needed: {labels}.',
    nl: 'Minstens {count} hiervan nodig: {labels}.',
  },
} satisfies MessageCatalog<string>;

/** Keys of the engine's messages. */
export type ChecklistMessageKey = keyof typeof checklistMessages;

/** Fills one message in English and Dutch. */
export function checklistMessage(
  key: ChecklistMessageKey,
  params: MessageParams = {},
): LocalizedText {
  return {
    en: translate(checklistMessages, key, 'en', params),
    nl: translate(checklistMessages, key, 'nl', params),
  };
}

/**
 * Fills a message whose parameters are themselves localized (item labels): each
 * language gets the parameter in that language.
 */
export function checklistMessageWith(
  key: ChecklistMessageKey,
  params: Record<string, string | number | LocalizedText>,
): LocalizedText {
  const pick = (lang: 'en' | 'nl'): MessageParams =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]),
    );
  return {
    en: translate(checklistMessages, key, 'en', pick('en')),
    nl: translate(checklistMessages, key, 'nl', pick('nl')),
  };
}
