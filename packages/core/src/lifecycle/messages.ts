/**
 * Messages of the alert lifecycle, in English, Dutch, French and German. Each says what
 * went wrong and what to do instead.
 */
import { translate, type MessageCatalog, type MessageParams } from '../i18n/translate.js';
import type { AlertState } from '../model/sirene.js';
import type { Finding, Lang } from '../validation/finding.js';

/** Every finding code the lifecycle produces. */
export const LIFECYCLE_CODES = [
  'lifecycle.already-draft',
  'lifecycle.already-ready',
  'lifecycle.not-ready',
  'lifecycle.not-broadcasting',
  'lifecycle.still-broadcasting',
  'lifecycle.already-broadcasting',
  'lifecycle.ended',
  'lifecycle.unknown-event',
  'lifecycle.unknown-state',
  'lifecycle.follow-up-while-broadcasting',
  'lifecycle.follow-up-never-sent',
  'lifecycle.follow-up-after-cancel',
  'lifecycle.follow-up-not-an-alert',
  'lifecycle.follow-up-kind-invalid',
  'lifecycle.follow-up-identifier-invalid',
  'lifecycle.follow-up-identifier-reused',
  'lifecycle.follow-up-sent-invalid',
  'lifecycle.follow-up-sent-before-previous',
] as const;

/** A finding code of the lifecycle. */
export type LifecycleCode = (typeof LIFECYCLE_CODES)[number];

const MESSAGES: MessageCatalog<LifecycleCode> = {
  'lifecycle.already-draft': {
    en: 'The alert is already a draft; you can change it now.',
    nl: 'Het bericht is al een concept; u kunt het nu wijzigen.',
    fr: 'L’alerte est déjà un brouillon ; vous pouvez la modifier maintenant.',
    de: 'Die Warnung ist bereits ein Entwurf; Sie können sie jetzt ändern.',
  },
  'lifecycle.already-ready': {
    en: 'The alert is already marked ready for broadcast. To change it, reopen it first.',
    nl: 'Het bericht staat al klaar voor uitzending. Heropen het eerst om het te wijzigen.',
    fr: 'L’alerte est déjà prête à être diffusée. Rouvrez-la d’abord pour la modifier.',
    de: 'Die Warnung ist bereits zur Aussendung freigegeben. Öffnen Sie sie erneut, um sie zu ändern.',
  },
  'lifecycle.not-ready': {
    en: 'The alert is still a draft. Check it with your colleagues and mark it ready before broadcasting.',
    nl: "Het bericht is nog een concept. Controleer het met uw collega's en zet het op gereed voordat u het uitzendt.",
    fr: 'L’alerte est encore un brouillon. Vérifiez-la avec vos collègues et marquez-la prête avant de la diffuser.',
    de: 'Die Warnung ist noch ein Entwurf. Prüfen Sie sie mit Ihren Kollegen und geben Sie sie frei, bevor Sie sie aussenden.',
  },
  'lifecycle.not-broadcasting': {
    en: 'The alert is not being broadcast ({state}), so there is no broadcast to stop or to let expire.',
    nl: 'Het bericht wordt niet uitgezonden ({state}); er is geen uitzending om te stoppen of te laten verlopen.',
    fr: 'L’alerte n’est pas en cours de diffusion ({state}) : aucune diffusion à arrêter ou à laisser expirer.',
    de: 'Die Warnung wird nicht ausgesendet ({state}); es gibt keine Aussendung zum Stoppen oder Ablaufen.',
  },
  'lifecycle.still-broadcasting': {
    en: 'The alert is being broadcast and cannot be changed. Stop the broadcast first, then send a follow-up or end message.',
    nl: 'Het bericht wordt uitgezonden en kan niet worden gewijzigd. Stop eerst de uitzending en verstuur dan een vervolg- of eindbericht.',
    fr: 'L’alerte est en cours de diffusion et ne peut pas être modifiée. Arrêtez d’abord la diffusion, puis envoyez un message de suivi ou de fin.',
    de: 'Die Warnung wird ausgesendet und kann nicht geändert werden. Stoppen Sie zuerst die Aussendung und senden Sie dann eine Folge- oder Entwarnungsmeldung.',
  },
  'lifecycle.already-broadcasting': {
    en: 'The alert is already being broadcast.',
    nl: 'Het bericht wordt al uitgezonden.',
    fr: 'L’alerte est déjà en cours de diffusion.',
    de: 'Die Warnung wird bereits ausgesendet.',
  },
  'lifecycle.ended': {
    en: 'The broadcast has ended ({state}); the alert cannot be changed or sent again. Create a follow-up (Update) or an end message (Cancel) instead.',
    nl: 'De uitzending is beëindigd ({state}); het bericht kan niet meer worden gewijzigd of opnieuw uitgezonden. Maak in plaats daarvan een vervolgbericht (Update) of een eindbericht (Cancel).',
    fr: 'La diffusion est terminée ({state}) ; l’alerte ne peut plus être modifiée ni rediffusée. Créez plutôt un message de suivi (Update) ou de fin (Cancel).',
    de: 'Die Aussendung ist beendet ({state}); die Warnung kann nicht mehr geändert oder erneut ausgesendet werden. Erstellen Sie stattdessen eine Folgemeldung (Update) oder eine Entwarnung (Cancel).',
  },
  'lifecycle.unknown-event': {
    en: 'Unknown lifecycle step "{event}". Possible now: {allowed}.',
    nl: 'Onbekende stap "{event}". Nu mogelijk: {allowed}.',
    fr: 'Étape inconnue « {event} ». Possible maintenant : {allowed}.',
    de: 'Unbekannter Schritt „{event}“. Jetzt möglich: {allowed}.',
  },
  'lifecycle.unknown-state': {
    en: 'Unknown alert state "{state}". Reload the alert; if this persists, report it.',
    nl: 'Onbekende status "{state}". Laad het bericht opnieuw; meld het als dit blijft gebeuren.',
    fr: 'État d’alerte inconnu « {state} ». Rechargez l’alerte ; signalez-le si cela persiste.',
    de: 'Unbekannter Warnungsstatus „{state}“. Laden Sie die Warnung neu; melden Sie es, wenn es bleibt.',
  },
  'lifecycle.follow-up-while-broadcasting': {
    en: 'The alert is still being broadcast. Stop the running broadcast first, then create the follow-up or end message (NL-Alert procedure, step 10).',
    nl: 'Het bericht wordt nog uitgezonden. Stop eerst de lopende uitzending en maak daarna het vervolg- of eindbericht (NL-Alert-werkwijze, stap 10).',
    fr: 'L’alerte est encore en cours de diffusion. Arrêtez d’abord la diffusion en cours, puis créez le message de suivi ou de fin.',
    de: 'Die Warnung wird noch ausgesendet. Stoppen Sie zuerst die laufende Aussendung und erstellen Sie dann die Folgemeldung oder Entwarnung.',
  },
  'lifecycle.follow-up-never-sent': {
    en: 'This alert has not been broadcast ({state}), so there is nothing to follow up or end. Change the alert itself instead.',
    nl: 'Dit bericht is niet uitgezonden ({state}); er is niets om een vervolg- of eindbericht op te sturen. Wijzig het bericht zelf.',
    fr: 'Cette alerte n’a pas été diffusée ({state}) : il n’y a rien à suivre ni à clore. Modifiez plutôt l’alerte elle-même.',
    de: 'Diese Warnung wurde nicht ausgesendet ({state}); es gibt nichts fortzusetzen oder zu beenden. Ändern Sie stattdessen die Warnung selbst.',
  },
  'lifecycle.follow-up-after-cancel': {
    en: 'This message is an end message (Cancel); its chain is closed. Start a new alert for a new situation.',
    nl: 'Dit bericht is een eindbericht (Cancel); de reeks is afgesloten. Begin een nieuw bericht voor een nieuwe situatie.',
    fr: 'Ce message est un message de fin (Cancel) ; la série est close. Créez une nouvelle alerte pour une nouvelle situation.',
    de: 'Diese Meldung ist eine Entwarnung (Cancel); die Reihe ist abgeschlossen. Beginnen Sie eine neue Warnung für eine neue Lage.',
  },
  'lifecycle.follow-up-not-an-alert': {
    en: 'A message of type {msgType} cannot be followed up. Follow up the alert it refers to.',
    nl: 'Op een bericht van het type {msgType} kan geen vervolg komen. Stuur het vervolg op het bericht waarnaar het verwijst.',
    fr: 'Un message de type {msgType} ne peut pas avoir de suite. Faites suivre l’alerte à laquelle il se réfère.',
    de: 'Auf eine Meldung vom Typ {msgType} kann keine Folgemeldung folgen. Beziehen Sie sich auf die Warnung, auf die sie verweist.',
  },
  'lifecycle.follow-up-kind-invalid': {
    en: 'A follow-up is an Update or a Cancel, not "{kind}".',
    nl: 'Een vervolg is een Update of een Cancel, geen "{kind}".',
    fr: 'Un suivi est un Update ou un Cancel, pas « {kind} ».',
    de: 'Eine Folgemeldung ist ein Update oder ein Cancel, nicht „{kind}“.',
  },
  'lifecycle.follow-up-identifier-invalid': {
    en: 'The {field} "{value}" cannot be used: it must not be empty or contain spaces, commas, "<" or "&".',
    nl: 'De {field} "{value}" is niet bruikbaar: die mag niet leeg zijn en geen spaties, komma\'s, "<" of "&" bevatten.',
    fr: 'Le champ {field} « {value} » n’est pas utilisable : il ne doit pas être vide ni contenir d’espaces, de virgules, « < » ou « & ».',
    de: 'Das Feld {field} „{value}“ ist nicht verwendbar: Es darf nicht leer sein und keine Leerzeichen, Kommas, „<“ oder „&“ enthalten.',
  },
  'lifecycle.follow-up-identifier-reused': {
    en: 'The identifier "{identifier}" is already used in this chain of messages. Every CAP message needs a new, unique identifier.',
    nl: 'De identificatie "{identifier}" wordt al gebruikt in deze reeks berichten. Elk CAP-bericht heeft een nieuwe, unieke identificatie nodig.',
    fr: 'L’identifiant « {identifier} » est déjà utilisé dans cette série de messages. Chaque message CAP a besoin d’un identifiant nouveau et unique.',
    de: 'Die Kennung „{identifier}“ wird in dieser Meldungsreihe bereits verwendet. Jede CAP-Meldung braucht eine neue, eindeutige Kennung.',
  },
  'lifecycle.follow-up-sent-invalid': {
    en: 'The sending time "{sent}" is not a CAP date and time; write it like 2026-11-23T03:12:00+01:00.',
    nl: 'Het verzendtijdstip "{sent}" is geen CAP-datum en -tijd; schrijf het als 2026-11-23T03:12:00+01:00.',
    fr: 'L’heure d’envoi « {sent} » n’est pas une date et heure CAP ; écrivez-la comme 2026-11-23T03:12:00+01:00.',
    de: 'Die Sendezeit „{sent}“ ist keine CAP-Zeitangabe; schreiben Sie sie wie 2026-11-23T03:12:00+01:00.',
  },
  'lifecycle.follow-up-sent-before-previous': {
    en: 'The follow-up would be sent at {sent}, before the message it follows ({previous}). Check the clock and the sending time.',
    nl: 'Het vervolgbericht zou worden verzonden om {sent}, vóór het bericht waarop het volgt ({previous}). Controleer de klok en het verzendtijdstip.',
    fr: 'Le suivi serait envoyé à {sent}, avant le message qu’il suit ({previous}). Vérifiez l’horloge et l’heure d’envoi.',
    de: 'Die Folgemeldung würde um {sent} gesendet, vor der Meldung, der sie folgt ({previous}). Prüfen Sie die Uhr und die Sendezeit.',
  },
};

const STATE_LABELS: MessageCatalog<AlertState> = {
  draft: { en: 'draft', nl: 'concept', fr: 'brouillon', de: 'Entwurf' },
  ready: { en: 'ready', nl: 'gereed', fr: 'prête', de: 'freigegeben' },
  broadcasting: {
    en: 'broadcasting',
    nl: 'wordt uitgezonden',
    fr: 'en diffusion',
    de: 'wird ausgesendet',
  },
  expired: { en: 'expired', nl: 'verlopen', fr: 'expirée', de: 'abgelaufen' },
  stopped: { en: 'stopped', nl: 'gestopt', fr: 'arrêtée', de: 'gestoppt' },
};

/** The name of a state in `lang` ("verlopen" for `expired` in Dutch); unknown states as given. */
export function stateLabel(state: AlertState, lang: Lang): string {
  return Object.hasOwn(STATE_LABELS, state) ? translate(STATE_LABELS, state, lang) : String(state);
}

/** Builds a lifecycle finding (always an error, source `rules`) with its message in `lang`. */
export function lifecycleFinding(
  code: LifecycleCode,
  path: string,
  lang: Lang,
  params: MessageParams = {},
): Finding {
  return {
    code,
    severity: 'error',
    path,
    message: translate(MESSAGES, code, lang, params),
    source: 'rules',
  };
}
