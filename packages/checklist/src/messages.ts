/**
 * Texts of `<sirene-checklist>`: English and Dutch complete, French and German written.
 * The checklist engine in `@sirene/core` returns its own messages in English and Dutch;
 * the French and German versions of those (refusals, blockers) live here too, filled with
 * the definition's labels in the same language.
 */
import type { MessageCatalog } from '@sirene/core';

export const messages = {
  // Gate summary
  'gate-open': {
    en: '{gate}: allowed — every condition is met.',
    nl: '{gate}: toegestaan — aan alle voorwaarden is voldaan.',
    fr: '{gate} : autorisé — toutes les conditions sont remplies.',
    de: '{gate}: erlaubt — alle Bedingungen sind erfüllt.',
  },
  'gate-closed-one': {
    en: '{gate}: not yet — 1 thing to do.',
    nl: '{gate}: nog niet — nog 1 ding te doen.',
    fr: '{gate} : pas encore — 1 point à régler.',
    de: '{gate}: noch nicht — 1 Punkt offen.',
  },
  'gate-closed-other': {
    en: '{gate}: not yet — {count} things to do.',
    nl: '{gate}: nog niet — nog {count} dingen te doen.',
    fr: '{gate} : pas encore — {count} points à régler.',
    de: '{gate}: noch nicht — {count} Punkte offen.',
  },
  'status-open': { en: 'Open', nl: 'Open', fr: 'Ouvert', de: 'Offen' },
  'status-closed': { en: 'Closed', nl: 'Gesloten', fr: 'Fermé', de: 'Geschlossen' },
  'whole-checklist': {
    en: 'Checklist complete',
    nl: 'Checklist volledig',
    fr: 'Liste complète',
    de: 'Checkliste vollständig',
  },
  'blockers-heading': {
    en: 'Still to do',
    nl: 'Nog te doen',
    fr: 'Reste à faire',
    de: 'Noch zu erledigen',
  },
  'go-to-item': {
    en: 'go to the item',
    nl: 'ga naar het onderdeel',
    fr: 'aller au point',
    de: 'zum Punkt springen',
  },

  // Sections and items
  progress: {
    en: '{done} of {total}',
    nl: '{done} van {total}',
    fr: '{done} sur {total}',
    de: '{done} von {total}',
  },
  'progress-label': {
    en: 'Progress of {section}',
    nl: 'Voortgang van {section}',
    fr: 'Progression de {section}',
    de: 'Fortschritt von {section}',
  },
  'section-complete': { en: 'Complete', nl: 'Afgerond', fr: 'Terminé', de: 'Erledigt' },
  required: { en: 'required', nl: 'verplicht', fr: 'obligatoire', de: 'Pflicht' },
  role: { en: 'Role: {role}', nl: 'Rol: {role}', fr: 'Rôle : {role}', de: 'Rolle: {role}' },
  'not-your-role': {
    en: 'not your role',
    nl: 'niet jouw rol',
    fr: 'pas votre rôle',
    de: 'nicht Ihre Rolle',
  },
  'ticked-by': {
    en: 'Ticked by {name}, {time}',
    nl: 'Afgevinkt door {name}, {time}',
    fr: 'Coché par {name}, {time}',
    de: 'Abgehakt von {name}, {time}',
  },
  'filled-by': {
    en: 'Filled in by {name}, {time}',
    nl: 'Ingevuld door {name}, {time}',
    fr: 'Rempli par {name}, {time}',
    de: 'Ausgefüllt von {name}, {time}',
  },
  'answered-by': {
    en: 'Answered by {name}, {time}',
    nl: 'Beantwoord door {name}, {time}',
    fr: 'Répondu par {name}, {time}',
    de: 'Beantwortet von {name}, {time}',
  },
  'cleared-by': {
    en: 'Cleared by {name}, {time}',
    nl: 'Gewist door {name}, {time}',
    fr: 'Effacé par {name}, {time}',
    de: 'Gelöscht von {name}, {time}',
  },
  now: { en: 'Now', nl: 'Nu', fr: 'Maintenant', de: 'Jetzt' },
  'clear-answer': {
    en: 'Clear answer',
    nl: 'Antwoord wissen',
    fr: 'Effacer la réponse',
    de: 'Antwort löschen',
  },
  help: { en: 'Explanation', nl: 'Toelichting', fr: 'Explication', de: 'Erläuterung' },
  'time-zone': {
    en: 'Time zone: {zone}',
    nl: 'Tijdzone: {zone}',
    fr: 'Fuseau horaire : {zone}',
    de: 'Zeitzone: {zone}',
  },
  empty: {
    en: '(not filled in)',
    nl: '(niet ingevuld)',
    fr: '(non rempli)',
    de: '(nicht ausgefüllt)',
  },
  'not-saved': {
    en: 'Not saved: {reason}',
    nl: 'Niet opgeslagen: {reason}',
    fr: 'Non enregistré : {reason}',
    de: 'Nicht gespeichert: {reason}',
  },
  dismiss: { en: 'Dismiss', nl: 'Sluiten', fr: 'Fermer', de: 'Schließen' },

  // Notices
  'no-user': {
    en: 'The host has not said who is acting, so this checklist is read-only.',
    nl: 'De applicatie heeft niet doorgegeven wie er handelt, dus deze checklist is alleen-lezen.',
    fr: 'L’application n’a pas indiqué qui agit : cette liste est en lecture seule.',
    de: 'Die Anwendung hat nicht mitgeteilt, wer handelt: Diese Checkliste ist schreibgeschützt.',
  },
  'read-only': {
    en: 'Read-only.',
    nl: 'Alleen-lezen.',
    fr: 'Lecture seule.',
    de: 'Schreibgeschützt.',
  },
  'no-definition': {
    en: 'No checklist to show: set the definition or checklist-id.',
    nl: 'Geen checklist om te tonen: stel definition of checklist-id in.',
    fr: 'Aucune liste à afficher : indiquez definition ou checklist-id.',
    de: 'Keine Checkliste: definition oder checklist-id setzen.',
  },
  'unknown-checklist': {
    en: 'There is no shipped checklist “{id}”.',
    nl: 'Er is geen meegeleverde checklist “{id}”.',
    fr: 'Il n’existe pas de liste fournie « {id} ».',
    de: 'Es gibt keine mitgelieferte Checkliste „{id}“.',
  },
  'invalid-definition': {
    en: 'This checklist definition cannot be used ({count} problems), first at {path}: {problem}',
    nl: 'Deze checklist-definitie is onbruikbaar ({count} problemen), eerst bij {path}: {problem}',
    fr: 'Cette définition de liste est inutilisable ({count} problèmes), d’abord à {path} : {problem}',
    de: 'Diese Checklisten-Definition ist unbrauchbar ({count} Probleme), zuerst bei {path}: {problem}',
  },
  'invalid-state': {
    en: 'The saved progress cannot be used, so nothing can be ticked until the host loads a matching state. {reason}',
    nl: 'De opgeslagen voortgang is onbruikbaar; er kan niets worden afgevinkt tot de applicatie een passende status laadt. {reason}',
    fr: 'La progression enregistrée est inutilisable : rien ne peut être coché avant que l’application charge un état correspondant. {reason}',
    de: 'Der gespeicherte Fortschritt ist unbrauchbar: Nichts kann abgehakt werden, bis die Anwendung einen passenden Stand lädt. {reason}',
  },
  'unknown-gate': {
    en: 'This checklist has no gate “{gate}”, so it stays closed.',
    nl: 'Deze checklist heeft geen poort “{gate}”, dus die blijft dicht.',
    fr: 'Cette liste n’a pas de condition « {gate} » : elle reste fermée.',
    de: 'Diese Checkliste hat kein Tor „{gate}“, es bleibt geschlossen.',
  },

  // Announcements (live region)
  'announce-gate-open': {
    en: '{gate} is allowed now: every condition is met.',
    nl: '{gate} is nu toegestaan: aan alle voorwaarden is voldaan.',
    fr: '{gate} est autorisé maintenant : toutes les conditions sont remplies.',
    de: '{gate} ist jetzt erlaubt: alle Bedingungen sind erfüllt.',
  },
  'announce-gate-closed': {
    en: '{gate} is no longer allowed: {count} to do.',
    nl: '{gate} is niet meer toegestaan: nog {count} te doen.',
    fr: '{gate} n’est plus autorisé : {count} à régler.',
    de: '{gate} ist nicht mehr erlaubt: {count} offen.',
  },
  'announce-progress': {
    en: '{section}: {done} of {total} done.',
    nl: '{section}: {done} van {total} gedaan.',
    fr: '{section} : {done} sur {total} faits.',
    de: '{section}: {done} von {total} erledigt.',
  },
  'announce-appeared-one': {
    en: '1 more item applies now.',
    nl: '1 onderdeel is nu ook van toepassing.',
    fr: '1 point supplémentaire s’applique maintenant.',
    de: '1 weiterer Punkt gilt jetzt.',
  },
  'announce-appeared-other': {
    en: '{count} more items apply now.',
    nl: '{count} onderdelen zijn nu ook van toepassing.',
    fr: '{count} points supplémentaires s’appliquent maintenant.',
    de: '{count} weitere Punkte gelten jetzt.',
  },
  'announce-disappeared-one': {
    en: '1 item no longer applies; its answer is kept.',
    nl: '1 onderdeel is niet meer van toepassing; het antwoord blijft bewaard.',
    fr: '1 point ne s’applique plus ; sa réponse est conservée.',
    de: '1 Punkt gilt nicht mehr; die Antwort bleibt erhalten.',
  },
  'announce-disappeared-other': {
    en: '{count} items no longer apply; their answers are kept.',
    nl: '{count} onderdelen zijn niet meer van toepassing; de antwoorden blijven bewaard.',
    fr: '{count} points ne s’appliquent plus ; leurs réponses sont conservées.',
    de: '{count} Punkte gelten nicht mehr; die Antworten bleiben erhalten.',
  },

  // The engine's messages, for languages it does not speak (it ships English and Dutch).
  'engine-not-done': {
    en: '“{label}” is not done.',
    nl: '“{label}” is nog niet gedaan.',
    fr: '« {label} » n’est pas fait.',
    de: '„{label}“ ist nicht erledigt.',
  },
  'engine-at-least': {
    en: 'At least {count} of these needed: {labels}.',
    nl: 'Minstens {count} hiervan nodig: {labels}.',
    fr: 'Au moins {count} de ces points requis : {labels}.',
    de: 'Mindestens {count} davon nötig: {labels}.',
  },
  'engine-role-mismatch': {
    en: 'Only the role “{role}” may change “{label}”.',
    nl: 'Alleen de rol “{role}” mag “{label}” wijzigen.',
    fr: 'Seul le rôle « {role} » peut modifier « {label} ».',
    de: 'Nur die Rolle „{role}“ darf „{label}“ ändern.',
  },
  'engine-hidden-item': {
    en: '“{label}” does not apply at the moment and cannot be changed.',
    nl: '“{label}” is nu niet van toepassing en kan niet worden gewijzigd.',
    fr: '« {label} » ne s’applique pas pour le moment et ne peut pas être modifié.',
    de: '„{label}“ gilt derzeit nicht und kann nicht geändert werden.',
  },
  'engine-invalid-user': {
    en: 'The acting user needs an id and a display name.',
    nl: 'De handelende gebruiker heeft een id en een naam nodig.',
    fr: 'L’utilisateur qui agit doit avoir un identifiant et un nom.',
    de: 'Der handelnde Benutzer braucht eine Kennung und einen Namen.',
  },
  'engine-other': {
    en: 'This change was refused ({code}).',
    nl: 'Deze wijziging is geweigerd ({code}).',
    fr: 'Cette modification a été refusée ({code}).',
    de: 'Diese Änderung wurde abgelehnt ({code}).',
  },
} satisfies MessageCatalog<string>;

/** Keys of {@link messages}. */
export type ChecklistElementMessageKey = keyof typeof messages;
