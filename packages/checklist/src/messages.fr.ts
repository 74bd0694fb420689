/**
 * French texts of `<sirene-checklist>`, imported when the element's language is French
 * (see `translations` in messages.ts), so pages in English or Dutch never load them. Every
 * key is translated: the type says so.
 */
import type * as builtIn from './messages.js';

export const messages = {
  'gate-open': '{gate} : autorisé — toutes les conditions sont remplies.',
  'gate-closed-one': '{gate} : pas encore — 1 point à régler.',
  'gate-closed-other': '{gate} : pas encore — {count} points à régler.',
  'status-open': 'Ouvert',
  'status-closed': 'Fermé',
  'whole-checklist': 'Liste complète',
  'blockers-heading': 'Reste à faire',
  progress: '{done} sur {total}',
  'progress-label': 'Progression de {section}',
  'section-complete': 'Terminé',
  required: 'obligatoire',
  role: 'Rôle : {role}',
  'not-your-role': 'pas votre rôle',
  'ticked-by': 'Coché par {name}, {time}',
  'filled-by': 'Rempli par {name}, {time}',
  'answered-by': 'Répondu par {name}, {time}',
  'cleared-by': 'Effacé par {name}, {time}',
  now: 'Maintenant',
  'clear-answer': 'Effacer la réponse',
  help: 'Explication',
  'time-zone': 'Fuseau horaire : {zone}',
  empty: '(non rempli)',
  'not-saved': 'Non enregistré : {reason}',
  'no-user': 'L’application n’a pas indiqué qui agit : cette liste est en lecture seule.',
  'read-only': 'Lecture seule : cette liste peut être consultée ici, pas modifiée.',
  'no-definition': 'Aucune liste à afficher : indiquez definition ou checklist-id.',
  'unknown-checklist': 'Il n’existe pas de liste fournie « {id} ».',
  'invalid-definition':
    'Cette définition de liste est inutilisable ({count} problèmes), d’abord à {path} : {problem}',
  'invalid-state':
    'La progression enregistrée est inutilisable : rien ne peut être coché avant que l’application charge un état correspondant. {reason}',
  'unknown-gate': 'Cette liste n’a pas de condition « {gate} » : elle reste fermée.',
  'announce-gate-open': '{gate} est autorisé maintenant : toutes les conditions sont remplies.',
  'announce-gate-closed': '{gate} n’est plus autorisé : {count} à régler.',
  'announce-progress': '{section} : {done} sur {total} faits.',
  'announce-appeared-one': '1 point supplémentaire s’applique maintenant.',
  'announce-appeared-other': '{count} points supplémentaires s’appliquent maintenant.',
  'announce-disappeared-one': '1 point ne s’applique plus ; sa réponse est conservée.',
  'announce-disappeared-other':
    '{count} points ne s’appliquent plus ; leurs réponses sont conservées.',
} satisfies Record<keyof typeof builtIn.messages, string>;
