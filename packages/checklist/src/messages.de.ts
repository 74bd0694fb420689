/**
 * German texts of `<sirene-checklist>`, imported when the element's language is German
 * (see `translations` in messages.ts), so pages in English or Dutch never load them. Every
 * key is translated: the type says so.
 */
import type * as builtIn from './messages.js';

export const messages = {
  'gate-open': '{gate}: erlaubt — alle Bedingungen sind erfüllt.',
  'gate-closed-one': '{gate}: noch nicht — 1 Punkt offen.',
  'gate-closed-other': '{gate}: noch nicht — {count} Punkte offen.',
  'status-open': 'Offen',
  'status-closed': 'Geschlossen',
  'whole-checklist': 'Checkliste vollständig',
  'blockers-heading': 'Noch zu erledigen',
  progress: '{done} von {total}',
  'progress-label': 'Fortschritt von {section}',
  'section-complete': 'Erledigt',
  required: 'Pflicht',
  role: 'Rolle: {role}',
  'not-your-role': 'nicht Ihre Rolle',
  'ticked-by': 'Abgehakt von {name}, {time}',
  'filled-by': 'Ausgefüllt von {name}, {time}',
  'answered-by': 'Beantwortet von {name}, {time}',
  'cleared-by': 'Gelöscht von {name}, {time}',
  now: 'Jetzt',
  'clear-answer': 'Antwort löschen',
  help: 'Erläuterung',
  'time-zone': 'Zeitzone: {zone}',
  empty: '(nicht ausgefüllt)',
  'not-saved': 'Nicht gespeichert: {reason}',
  'no-user':
    'Die Anwendung hat nicht mitgeteilt, wer handelt: Diese Checkliste ist schreibgeschützt.',
  'read-only': 'Schreibgeschützt: Diese Checkliste kann hier gelesen, aber nicht geändert werden.',
  'no-definition': 'Keine Checkliste: definition oder checklist-id setzen.',
  'unknown-checklist': 'Es gibt keine mitgelieferte Checkliste „{id}“.',
  'invalid-definition':
    'Diese Checklisten-Definition ist unbrauchbar ({count} Probleme), zuerst bei {path}: {problem}',
  'invalid-state':
    'Der gespeicherte Fortschritt ist unbrauchbar: Nichts kann abgehakt werden, bis die Anwendung einen passenden Stand lädt. {reason}',
  'unknown-gate': 'Diese Checkliste hat kein Tor „{gate}“, es bleibt geschlossen.',
  'announce-gate-open': '{gate} ist jetzt erlaubt: alle Bedingungen sind erfüllt.',
  'announce-gate-closed': '{gate} ist nicht mehr erlaubt: {count} offen.',
  'announce-progress': '{section}: {done} von {total} erledigt.',
  'announce-appeared-one': '1 weiterer Punkt gilt jetzt.',
  'announce-appeared-other': '{count} weitere Punkte gelten jetzt.',
  'announce-disappeared-one': '1 Punkt gilt nicht mehr; die Antwort bleibt erhalten.',
  'announce-disappeared-other': '{count} Punkte gelten nicht mehr; die Antworten bleiben erhalten.',
} satisfies Record<keyof typeof builtIn.messages, string>;
