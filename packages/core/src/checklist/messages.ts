/** Messages the checklist engine returns as data, in English, Dutch, French and German. */
import { translate, type MessageCatalog } from '../i18n/translate.js';
import type { LocalizedText } from './types.js';

/**
 * The engine's messages in the four languages Sirene ships, by key: what `checklistMessage`
 * fills. Exported so that hosts and elements that fill these messages themselves use the
 * same texts instead of a copy.
 */
export const checklistMessages = {
  'state-mismatch': {
    en: 'This checklist state belongs to “{stateId}” version {stateVersion}, not to “{id}” version {version}.',
    nl: 'Deze checklist-status hoort bij “{stateId}” versie {stateVersion}, niet bij “{id}” versie {version}.',
    fr: 'Cet état de checklist appartient à « {stateId} » version {stateVersion}, pas à « {id} » version {version}.',
    de: 'Dieser Checklistenstand gehört zu „{stateId}“ Version {stateVersion}, nicht zu „{id}“ Version {version}.',
  },
  'unknown-item': {
    en: 'There is no item “{item}” in this checklist.',
    nl: 'Deze checklist heeft geen onderdeel “{item}”.',
    fr: 'Cette checklist n’a pas de point « {item} ».',
    de: 'Diese Checkliste hat keinen Punkt „{item}“.',
  },
  'role-mismatch': {
    en: 'Only the role “{role}” may change “{label}”.',
    nl: 'Alleen de rol “{role}” mag “{label}” wijzigen.',
    fr: 'Seul le rôle « {role} » peut modifier « {label} ».',
    de: 'Nur die Rolle „{role}“ darf „{label}“ ändern.',
  },
  'hidden-item': {
    en: '“{label}” does not apply at the moment and cannot be changed.',
    nl: '“{label}” is nu niet van toepassing en kan niet worden gewijzigd.',
    fr: '« {label} » ne s’applique pas pour le moment et ne peut pas être modifié.',
    de: '„{label}“ gilt derzeit nicht und kann nicht geändert werden.',
  },
  'not-a-check': {
    en: '“{label}” is filled in, not ticked.',
    nl: '“{label}” vul je in, dat vink je niet aan.',
    fr: '« {label} » se remplit, il ne se coche pas.',
    de: '„{label}“ wird ausgefüllt, nicht abgehakt.',
  },
  'not-an-input': {
    en: '“{label}” is ticked, not filled in.',
    nl: '“{label}” vink je aan, dat vul je niet in.',
    fr: '« {label} » se coche, il ne se remplit pas.',
    de: '„{label}“ wird abgehakt, nicht ausgefüllt.',
  },
  'invalid-value': {
    en: 'Not a valid value for “{label}”: {reason}.',
    nl: 'Geen geldige waarde voor “{label}”: {reason}.',
    fr: 'Valeur non valide pour « {label} » : {reason}.',
    de: 'Kein gültiger Wert für „{label}“: {reason}.',
  },
  'invalid-user': {
    en: 'The acting user needs an id and a display name.',
    nl: 'De handelende gebruiker heeft een id en een naam nodig.',
    fr: 'L’utilisateur qui agit doit avoir un identifiant et un nom.',
    de: 'Der handelnde Benutzer braucht eine Kennung und einen Namen.',
  },
  'invalid-time': {
    en: 'The time of the action is not a valid date and time.',
    nl: 'Het tijdstip van de handeling is geen geldige datum en tijd.',
    fr: 'Le moment de l’action n’est pas une date et une heure valides.',
    de: 'Der Zeitpunkt der Handlung ist kein gültiges Datum mit Uhrzeit.',
  },
  'invalid-json': {
    en: 'The saved checklist state is not valid JSON.',
    nl: 'De opgeslagen checklist-status is geen geldige JSON.',
    fr: 'L’état enregistré de la checklist n’est pas du JSON valide.',
    de: 'Der gespeicherte Checklistenstand ist kein gültiges JSON.',
  },
  'invalid-state': {
    en: 'The saved checklist state is damaged at {path}: {reason}.',
    nl: 'De opgeslagen checklist-status is beschadigd bij {path}: {reason}.',
    fr: 'L’état enregistré de la checklist est endommagé à {path} : {reason}.',
    de: 'Der gespeicherte Checklistenstand ist bei {path} beschädigt: {reason}.',
  },
  'not-done': {
    en: '“{label}” is not done.',
    nl: '“{label}” is nog niet gedaan.',
    fr: '« {label} » n’est pas fait.',
    de: '„{label}“ ist nicht erledigt.',
  },
  'at-least': {
    en: 'At least {count} of these needed: {labels}.',
    nl: 'Minstens {count} hiervan nodig: {labels}.',
    fr: 'Au moins {count} de ces points requis : {labels}.',
    de: 'Mindestens {count} davon nötig: {labels}.',
  },
} satisfies MessageCatalog<string>;

/** Keys of the engine's messages. */
export type ChecklistMessageKey = keyof typeof checklistMessages;

const LANGS = ['en', 'nl', 'fr', 'de'] as const;

/**
 * Fills a message in every language Sirene ships. Parameters that are themselves localized
 * (item and role labels) are given in each language, English where a definition lacks it.
 */
export function checklistMessage(
  key: ChecklistMessageKey,
  params: Record<string, string | number | LocalizedText> = {},
): LocalizedText {
  const [en, nl, fr, de] = LANGS.map((lang) =>
    translate(
      checklistMessages,
      key,
      lang,
      Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? (v[lang] ?? v.en) : v]),
      ),
    ),
  ) as [string, string, string, string];
  return { en, nl, fr, de };
}
