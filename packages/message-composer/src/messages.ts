/**
 * Texts of `<sirene-message-composer>` in English and Dutch; French and German are in
 * messages.fr.ts and messages.de.ts, loaded only when needed (`translations`). Finding
 * messages come from `@sirene/core` in the same language.
 */
import type { LazyCatalog, MessageCatalog } from '@sirene/core';

export const messages = {
  title: {
    en: 'Compose the message',
    nl: 'Bericht opstellen',
  },
  'state-draft': { en: 'Draft', nl: 'Concept' },
  'state-ready': {
    en: 'Ready for broadcast',
    nl: 'Klaar voor uitzending',
  },
  'mode-actual': {
    en: 'Actual alert',
    nl: 'Echte alertering',
  },
  'mode-exercise': { en: 'Exercise', nl: 'Oefening' },
  'exercise-note': {
    en: 'Exercise mode: every part of this message has status Exercise. It is not a real alert.',
    nl: 'Oefenmodus: dit bericht heeft overal de status Exercise (oefening). Het is geen echte alertering.',
  },
  'mode-now-exercise': {
    en: 'Exercise mode: the message has status Exercise.',
    nl: 'Oefenmodus: het bericht heeft de status Exercise.',
  },
  'mode-now-actual': {
    en: 'Actual mode: the message is a real alert.',
    nl: 'Echte modus: het bericht is een echte alertering.',
  },
  saved: {
    en: 'Draft saved {time}',
    nl: 'Concept bewaard {time}',
  },
  'save-failed': {
    en: 'Autosave is not available: the draft is lost if the page reloads.',
    nl: 'Automatisch bewaren werkt niet: het concept gaat verloren als de pagina herlaadt.',
  },
  restored: {
    en: 'Your draft from {time} was restored.',
    nl: 'Uw concept van {time} is teruggezet.',
  },
  'restored-mode': {
    en: 'It was written as “{was}”; it is now “{now}”.',
    nl: 'Het is geschreven als “{was}”; het is nu “{now}”.',
  },
  discard: {
    en: 'Discard draft',
    nl: 'Concept weggooien',
  },
  discarded: {
    en: 'Draft discarded.',
    nl: 'Concept weggegooid.',
  },
  dismiss: { en: 'Keep it', nl: 'Behouden' },

  // Step 8: standard message
  'template-heading': {
    en: 'Standard message',
    nl: 'Standaardbericht',
  },
  'template-choose': {
    en: 'Choose a standard message…',
    nl: 'Kies een standaardbericht…',
  },
  'template-start': {
    en: 'Pick a standard message to start; its fixed components follow.',
    nl: 'Kies een standaardbericht om te beginnen; de vaste componenten volgen.',
  },
  'context-general': { en: 'Incidents', nl: 'Incidenten' },
  'context-extreme-violence': {
    en: 'Extreme violence',
    nl: 'Extreem geweld',
  },
  'context-end': {
    en: 'End of situation',
    nl: 'Einde situatie',
  },
  'context-test': {
    en: 'Test messages',
    nl: 'Testberichten',
  },
  'template-changed': {
    en: 'Standard message: {title}.',
    nl: 'Standaardbericht: {title}.',
  },
  'template-changed-own': {
    en: 'Standard message: {title}. Your own texts of the previous message were removed.',
    nl: 'Standaardbericht: {title}. Uw eigen teksten van het vorige bericht zijn verwijderd.',
  },
  'template-rejected': {
    en: 'Template “{id}” cannot be used: {reason}',
    nl: 'Sjabloon “{id}” is niet bruikbaar: {reason}',
  },

  // Fixed components
  'components-heading': {
    en: 'Fixed components',
    nl: 'Vaste componenten',
  },
  'field-senderName': { en: 'Sender', nl: 'Afzender' },
  'field-datetime': {
    en: 'Date and time',
    nl: 'Datum en tijd',
  },
  'datetime-auto': {
    en: 'Automatic: the moment of broadcast (now {time}).',
    nl: 'Automatisch: het moment van uitzenden (nu {time}).',
  },
  'datetime-frozen': {
    en: 'Fixed when marked ready: {time}.',
    nl: 'Vastgelegd bij klaarzetten: {time}.',
  },
  'field-risk': { en: 'Risk', nl: 'Risico' },
  'field-location': {
    en: 'Location (source area)',
    nl: 'Locatie (brongebied)',
  },
  'location-hint': {
    en: 'Where it happens, e.g. “Stationsplein, Utrecht”.',
    nl: 'Waar het gebeurt, bijv. “Stationsplein, Utrecht”.',
  },
  'field-effectArea': {
    en: 'Effect area',
    nl: 'Effectgebied',
  },
  'effect-hint': {
    en: 'Who it applies to; also the description of the broadcast area.',
    nl: 'Voor wie het geldt; ook de omschrijving van het uitzendgebied.',
  },
  'from-area': {
    en: 'from the map',
    nl: 'van de kaart',
  },
  'field-action': {
    en: 'Action advice',
    nl: 'Handelingsperspectief',
  },
  'field-web': {
    en: 'More information: web address',
    nl: 'Meer informatie: webadres',
  },
  'field-account': {
    en: 'More information: account (optional)',
    nl: 'Meer informatie: account (optioneel)',
  },
  'field-duration': {
    en: 'Duration',
    nl: 'Uitzendduur',
  },
  'duration-hours': { en: '{hours} h', nl: '{hours} uur' },
  'duration-minutes': {
    en: '{minutes} min',
    nl: '{minutes} min',
  },
  'duration-standard': {
    en: '{duration} (standard)',
    nl: '{duration} (standaard)',
  },
  expires: {
    en: 'Broadcasting stops by itself at {time} (local time).',
    nl: 'De uitzending stopt vanzelf om {time} (lokale tijd).',
  },
  'in-language': {
    en: '{field} in {language}',
    nl: '{field} in het {language}',
  },
  'uses-primary': {
    en: 'Leave empty to use the {language} text.',
    nl: 'Laat leeg om de tekst in het {language} te gebruiken.',
  },

  // Step 9: languages side by side
  'languages-heading': {
    en: 'Languages: check the message and its translation',
    nl: 'Talen: controleer het bericht en de vertaling',
  },
  'message-label': {
    en: 'What phones show',
    nl: 'Wat telefoons tonen',
  },
  'message-empty': {
    en: 'No text yet.',
    nl: 'Nog geen tekst.',
  },
  'counter-label': {
    en: 'Length per channel',
    nl: 'Lengte per kanaal',
  },
  'counter-cb': {
    en: 'Cell broadcast',
    nl: 'Cell broadcast',
  },
  'counter-sms': { en: 'SMS', nl: 'Sms' },
  'counter-wea': { en: 'WEA', nl: 'WEA' },
  'cb-value': {
    en: '{pages} of {max} pages · {encoding} · {units} of {limit}',
    nl: '{pages} van {max} pagina’s · {encoding} · {units} van {limit}',
  },
  'sms-value': {
    en: '{parts} of {max} parts · {units} units',
    nl: '{parts} van {max} delen · {units} tekens',
  },
  'wea-value': {
    en: '{chars} of 360 characters',
    nl: '{chars} van 360 tekens',
  },
  'wea-90-ok': {
    en: 'fits 90',
    nl: 'past in 90',
  },
  'wea-90-long': {
    en: 'too long for 90',
    nl: 'te lang voor 90',
  },
  'too-long': { en: 'Too long', nl: 'Te lang' },
  'ucs2-heading': {
    en: 'These characters force UCS-2 (41 instead of 93 characters per page):',
    nl: 'Deze tekens dwingen UCS-2 af (41 in plaats van 93 tekens per pagina):',
  },
  'ucs2-becomes': { en: 'becomes', nl: 'wordt' },
  'ucs2-removed': {
    en: 'is removed',
    nl: 'wordt weggelaten',
  },
  'ucs2-no-replacement': {
    en: 'has no replacement: rewrite it',
    nl: 'heeft geen vervanging: herschrijf het',
  },
  'ucs2-mark': {
    en: 'forces UCS-2',
    nl: 'dwingt UCS-2 af',
  },
  transliterate: {
    en: 'Replace with GSM-7 characters',
    nl: 'Vervang door GSM-7-tekens',
  },
  transliterated: {
    en: '{language}: characters replaced; the text fits GSM-7 now.',
    nl: '{language}: tekens vervangen; de tekst past nu in GSM-7.',
  },
  'transliterated-partly': {
    en: '{language}: characters replaced; {count} still force UCS-2 and need rewriting.',
    nl: '{language}: tekens vervangen; {count} dwingen nog UCS-2 af en moeten herschreven worden.',
  },
  'announce-pages': {
    en: '{language}: cell broadcast now {pages} pages.',
    nl: '{language}: cell broadcast nu {pages} pagina’s.',
  },
  'announce-page-one': {
    en: '{language}: cell broadcast back to 1 page.',
    nl: '{language}: cell broadcast weer 1 pagina.',
  },
  'announce-parts': {
    en: '{language}: SMS now {parts} parts.',
    nl: '{language}: sms nu {parts} delen.',
  },
  'announce-ucs2': {
    en: '{language}: the text needs UCS-2 now, because of “{chars}”.',
    nl: '{language}: de tekst vraagt nu UCS-2, door “{chars}”.',
  },
  'announce-gsm7': {
    en: '{language}: the text fits GSM-7 again.',
    nl: '{language}: de tekst past weer in GSM-7.',
  },
  'details-summary': {
    en: 'CAP details',
    nl: 'CAP-details',
  },
  'field-event': { en: 'Event', nl: 'Gebeurtenis' },
  'field-headline': { en: 'Headline', nl: 'Kop' },
  'field-description': {
    en: 'Description',
    nl: 'Omschrijving',
  },
  'field-instruction': {
    en: 'Instruction',
    nl: 'Instructie',
  },
  'field-contact': { en: 'Contact', nl: 'Contact' },
  'field-areaDesc': {
    en: 'Area description',
    nl: 'Omschrijving gebied',
  },
  'own-text': {
    en: 'Your own text: it no longer follows the fixed components.',
    nl: 'Eigen tekst: volgt de vaste componenten niet meer.',
  },
  'own-badge': { en: 'changed', nl: 'aangepast' },
  reset: {
    en: 'Reset to template',
    nl: 'Terug naar sjabloon',
  },
  'reset-done': {
    en: '{field} ({language}) follows the template again.',
    nl: '{field} ({language}) volgt het sjabloon weer.',
  },
  'alert-details-summary': {
    en: 'CAP details of the whole message',
    nl: 'CAP-details van het hele bericht',
  },
  'field-identifier': {
    en: 'Identifier',
    nl: 'Kenmerk',
  },
  'field-sender': {
    en: 'Sender address',
    nl: 'Afzenderadres',
  },
  'field-urgency': { en: 'Urgency', nl: 'Urgentie' },
  'field-severity': { en: 'Severity', nl: 'Ernst' },
  'field-certainty': {
    en: 'Certainty',
    nl: 'Zekerheid',
  },
  'field-category': { en: 'Category', nl: 'Categorie' },
  'template-value': {
    en: 'As the template ({value})',
    nl: 'Zoals het sjabloon ({value})',
  },

  // Findings
  'checks-heading': { en: 'Checks', nl: 'Controles' },
  'checks-summary': {
    en: 'Errors: {errors} · Warnings: {warnings} · Notes: {infos}',
    nl: 'Fouten: {errors} · Waarschuwingen: {warnings} · Opmerkingen: {infos}',
  },
  'checks-none': {
    en: 'No findings.',
    nl: 'Geen bevindingen.',
  },
  'announce-checks': {
    en: 'Checks: errors {errors}, warnings {warnings}.',
    nl: 'Controles: fouten {errors}, waarschuwingen {warnings}.',
  },
  'severity-error': { en: 'Error', nl: 'Fout' },
  'severity-warning': {
    en: 'Warning',
    nl: 'Waarschuwing',
  },
  'severity-info': { en: 'Note', nl: 'Opmerking' },
  suggestion: {
    en: 'Suggestion: {text}',
    nl: 'Suggestie: {text}',
  },
  'go-to': {
    en: 'Go to the field',
    nl: 'Naar het veld',
  },
  'whole-message': {
    en: 'Whole message',
    nl: 'Hele bericht',
  },
  procedure: {
    en: 'Procedure (checklist)',
    nl: 'Procedure (checklist)',
  },

  // Step 10: ready
  'ready-heading': {
    en: 'Hand over for broadcast',
    nl: 'Klaarzetten voor uitzending',
  },
  'mark-ready': {
    en: 'Mark ready…',
    nl: 'Klaarzetten…',
  },
  'ready-blocked': {
    en: 'Cannot be marked ready yet:',
    nl: 'Kan nog niet worden klaargezet:',
  },
  'ready-allowed': {
    en: 'Nothing blocks it. Marking it ready asks you to confirm first.',
    nl: 'Niets houdt het tegen. Bij klaarzetten vragen we eerst om bevestiging.',
  },
  'confirm-heading': {
    en: 'Mark this message ready for broadcast?',
    nl: 'Dit bericht klaarzetten voor uitzending?',
  },
  'confirm-title': { en: 'Title', nl: 'Titel' },
  'confirm-area': { en: 'Area', nl: 'Gebied' },
  'shape-polygon-one': { en: '1 polygon', nl: '1 polygoon' },
  'shape-polygons': {
    en: '{count} polygons',
    nl: '{count} polygonen',
  },
  'shape-circle-one': { en: '1 circle', nl: '1 cirkel' },
  'shape-circles': {
    en: '{count} circles',
    nl: '{count} cirkels',
  },
  'confirm-no-area': {
    en: 'No area drawn',
    nl: 'Geen gebied getekend',
  },
  'confirm-duration': {
    en: '{duration}, until {time}',
    nl: '{duration}, tot {time}',
  },
  'confirm-mode': { en: 'Mode', nl: 'Modus' },
  'confirm-actual': {
    en: 'ACTUAL ALERT: the public receives it',
    nl: 'ECHTE ALERTERING: het publiek ontvangt dit',
  },
  'confirm-exercise': {
    en: 'EXERCISE: status Exercise',
    nl: 'OEFENING: status Exercise',
  },
  'confirm-type': {
    en: 'Message type',
    nl: 'Soort bericht',
  },
  'confirm-languages': { en: 'Languages', nl: 'Talen' },
  'confirm-follows': { en: 'Follows', nl: 'Volgt op' },
  'confirm-yes': {
    en: 'Yes, mark ready',
    nl: 'Ja, klaarzetten',
  },
  'confirm-back': {
    en: 'Back to editing',
    nl: 'Terug naar bewerken',
  },
  'msgtype-Alert': {
    en: 'New alert',
    nl: 'Nieuwe alertering',
  },
  'msgtype-Update': {
    en: 'Update (follow-up)',
    nl: 'Update (vervolgbericht)',
  },
  'msgtype-Cancel': {
    en: 'Cancel (end message)',
    nl: 'Intrekking (afmeldbericht)',
  },
  'ready-done': {
    en: 'Marked ready for broadcast. The message is read-only until reopened.',
    nl: 'Klaargezet voor uitzending. Het bericht is alleen-lezen tot het heropend wordt.',
  },
  'ready-declined': {
    en: 'Not marked ready: the application kept the draft open.',
    nl: 'Niet klaargezet: de applicatie houdt het concept open.',
  },
  'ready-waiting': {
    en: 'Waiting for the application to confirm “ready”… The message cannot be changed meanwhile.',
    nl: 'Wachten tot de applicatie “klaarzetten” bevestigt… Het bericht kan intussen niet worden gewijzigd.',
  },
  'ready-refused': {
    en: 'Not marked ready: {reason} The draft is kept.',
    nl: 'Niet klaargezet: {reason} Het concept blijft bewaard.',
  },
  'ready-failed': {
    en: 'Not marked ready: the application did not confirm ({reason}). The draft is kept; try again.',
    nl: 'Niet klaargezet: de applicatie heeft het niet bevestigd ({reason}). Het concept blijft bewaard; probeer het opnieuw.',
  },
  reopen: {
    en: 'Reopen for editing',
    nl: 'Heropenen om te bewerken',
  },
  reopened: {
    en: 'Reopened: the draft can be edited again.',
    nl: 'Heropend: het concept kan weer bewerkt worden.',
  },
  'read-only': {
    en: 'This message is “{state}” and read-only.',
    nl: 'Dit bericht is “{state}” en alleen-lezen.',
  },

  // Follow-up
  'followup-update': {
    en: 'Update of {identifier}, sent {time}. Stop the running broadcast before sending this.',
    nl: 'Vervolg op {identifier}, verzonden {time}. Stop de lopende uitzending voordat u dit verzendt.',
  },
  'followup-end': {
    en: 'End message for {identifier}, sent {time}. Stop the running broadcast before sending this.',
    nl: 'Afmeldbericht voor {identifier}, verzonden {time}. Stop de lopende uitzending voordat u dit verzendt.',
  },
  'followup-refused': {
    en: 'Could not start the follow-up: {reason}',
    nl: 'Vervolgbericht niet gestart: {reason}',
  },
  'followup-started': {
    en: 'Follow-up started from {identifier}.',
    nl: 'Vervolgbericht gestart vanaf {identifier}.',
  },
} satisfies MessageCatalog<string>;

/** A key of the composer's texts. */
export type ComposerMessageKey = keyof typeof messages;

/**
 * `messages` with its French and German texts, which are imported when the language asks for
 * them (`LocalizeController` and `loadTranslations` from `@sirene/core` do that).
 */
export const translations: LazyCatalog<keyof typeof messages> = {
  catalog: messages,
  fr: async () => (await import('./messages.fr.js')).messages,
  de: async () => (await import('./messages.de.js')).messages,
};
