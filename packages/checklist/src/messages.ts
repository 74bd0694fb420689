/**
 * Texts of `<sirene-checklist>`: English and Dutch here, French and German in
 * messages.fr.ts and messages.de.ts, loaded only when needed (`translations`).
 * Refusals and blockers come from the checklist engine in `@sirene/core`, already in all
 * four languages.
 */
import type { LazyCatalog, MessageCatalog } from '@sirene/core';

export const messages = {
  // Gate summary
  'gate-open': {
    en: '{gate}: allowed — every condition is met.',
    nl: '{gate}: toegestaan — aan alle voorwaarden is voldaan.',
  },
  'gate-closed-one': {
    en: '{gate}: not yet — 1 thing to do.',
    nl: '{gate}: nog niet — nog 1 ding te doen.',
  },
  'gate-closed-other': {
    en: '{gate}: not yet — {count} things to do.',
    nl: '{gate}: nog niet — nog {count} dingen te doen.',
  },
  'status-open': { en: 'Open', nl: 'Open' },
  'status-closed': { en: 'Closed', nl: 'Gesloten' },
  'whole-checklist': {
    en: 'Checklist complete',
    nl: 'Checklist volledig',
  },
  'blockers-heading': {
    en: 'Still to do',
    nl: 'Nog te doen',
  },

  // Sections and items
  progress: {
    en: '{done} of {total}',
    nl: '{done} van {total}',
  },
  'progress-label': {
    en: 'Progress of {section}',
    nl: 'Voortgang van {section}',
  },
  'section-complete': { en: 'Complete', nl: 'Afgerond' },
  required: { en: 'required', nl: 'verplicht' },
  role: { en: 'Role: {role}', nl: 'Rol: {role}' },
  'not-your-role': {
    en: 'not your role',
    nl: 'niet jouw rol',
  },
  'ticked-by': {
    en: 'Ticked by {name}, {time}',
    nl: 'Afgevinkt door {name}, {time}',
  },
  'filled-by': {
    en: 'Filled in by {name}, {time}',
    nl: 'Ingevuld door {name}, {time}',
  },
  'answered-by': {
    en: 'Answered by {name}, {time}',
    nl: 'Beantwoord door {name}, {time}',
  },
  'cleared-by': {
    en: 'Cleared by {name}, {time}',
    nl: 'Gewist door {name}, {time}',
  },
  now: { en: 'Now', nl: 'Nu' },
  'clear-answer': {
    en: 'Clear answer',
    nl: 'Antwoord wissen',
  },
  help: { en: 'Explanation', nl: 'Toelichting' },
  'time-zone': {
    en: 'Time zone: {zone}',
    nl: 'Tijdzone: {zone}',
  },
  empty: {
    en: '(not filled in)',
    nl: '(niet ingevuld)',
  },
  'not-saved': {
    en: 'Not saved: {reason}',
    nl: 'Niet opgeslagen: {reason}',
  },

  // Notices
  'no-user': {
    en: 'The host has not said who is acting, so this checklist is read-only.',
    nl: 'De applicatie heeft niet doorgegeven wie er handelt, dus deze checklist is alleen-lezen.',
  },
  'read-only': {
    en: 'Read-only: this checklist can be read here, not changed.',
    nl: 'Alleen-lezen: deze checklist is hier te lezen, niet te wijzigen.',
  },
  'no-definition': {
    en: 'No checklist to show: set the definition or checklist-id.',
    nl: 'Geen checklist om te tonen: stel definition of checklist-id in.',
  },
  'unknown-checklist': {
    en: 'There is no shipped checklist “{id}”.',
    nl: 'Er is geen meegeleverde checklist “{id}”.',
  },
  'invalid-definition': {
    en: 'This checklist definition cannot be used ({count} problems), first at {path}: {problem}',
    nl: 'Deze checklist-definitie is onbruikbaar ({count} problemen), eerst bij {path}: {problem}',
  },
  'invalid-state': {
    en: 'The saved progress cannot be used, so nothing can be ticked until the host loads a matching state. {reason}',
    nl: 'De opgeslagen voortgang is onbruikbaar; er kan niets worden afgevinkt tot de applicatie een passende status laadt. {reason}',
  },
  'unknown-gate': {
    en: 'This checklist has no gate “{gate}”, so it stays closed.',
    nl: 'Deze checklist heeft geen poort “{gate}”, dus die blijft dicht.',
  },

  // Announcements (live region)
  'announce-gate-open': {
    en: '{gate} is allowed now: every condition is met.',
    nl: '{gate} is nu toegestaan: aan alle voorwaarden is voldaan.',
  },
  'announce-gate-closed': {
    en: '{gate} is no longer allowed: {count} to do.',
    nl: '{gate} is niet meer toegestaan: nog {count} te doen.',
  },
  'announce-progress': {
    en: '{section}: {done} of {total} done.',
    nl: '{section}: {done} van {total} gedaan.',
  },
  'announce-appeared-one': {
    en: '1 more item applies now.',
    nl: '1 onderdeel is nu ook van toepassing.',
  },
  'announce-appeared-other': {
    en: '{count} more items apply now.',
    nl: '{count} onderdelen zijn nu ook van toepassing.',
  },
  'announce-disappeared-one': {
    en: '1 item no longer applies; its answer is kept.',
    nl: '1 onderdeel is niet meer van toepassing; het antwoord blijft bewaard.',
  },
  'announce-disappeared-other': {
    en: '{count} items no longer apply; their answers are kept.',
    nl: '{count} onderdelen zijn niet meer van toepassing; de antwoorden blijven bewaard.',
  },
} satisfies MessageCatalog<string>;

/** Keys of {@link messages}. */
export type ChecklistElementMessageKey = keyof typeof messages;

/**
 * `messages` with its French and German texts, which are imported when the language asks for
 * them (`LocalizeController` and `loadTranslations` from `@sirene/core` do that).
 */
export const translations: LazyCatalog<keyof typeof messages> = {
  catalog: messages,
  fr: async () => (await import('./messages.fr.js')).messages,
  de: async () => (await import('./messages.de.js')).messages,
};
