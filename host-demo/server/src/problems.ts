/**
 * API errors as data: a stable code, an HTTP status, a message in the caller's language
 * (Dutch or English, by Accept-Language) that says what to do, and findings when the
 * problem is in the alert. Rendered as `{ error: { code, message, findings? } }`.
 */
import { resolveLang, translate, type Finding, type Lang, type MessageCatalog } from '@sirene/core';

const MESSAGES = {
  'auth.required': {
    en: 'Log in first (POST /api/session).',
    nl: 'Log eerst in (POST /api/session).',
  },
  'auth.invalid': {
    en: 'The user name or password is wrong. Check both and try again.',
    nl: 'De gebruikersnaam of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.',
  },
  'auth.disabled': {
    en: 'This account cannot log in here: {reason}. Ask an administrator.',
    nl: 'Dit account kan hier niet inloggen: {reason}. Vraag het een beheerder.',
  },
  'auth.forbidden': {
    en: 'Your role ({roles}) may not {action}. This needs a user with the role {allowed}.',
    nl: 'Met uw rol ({roles}) mag u niet: {action}. Dit vraagt een gebruiker met de rol {allowed}.',
  },
  'csrf.invalid': {
    en: 'The CSRF token is missing or wrong. Send the token from GET /api/session in the X-CSRF-Token header.',
    nl: 'Het CSRF-token ontbreekt of klopt niet. Stuur het token van GET /api/session mee in de header X-CSRF-Token.',
  },
  'origin.invalid': {
    en: 'Requests that change data must come from this site ({origin} is not allowed).',
    nl: 'Verzoeken die gegevens wijzigen moeten van deze site komen ({origin} is niet toegestaan).',
  },
  'rate.limited': {
    en: 'Too many attempts. Wait {seconds} seconds and try again.',
    nl: 'Te veel pogingen. Wacht {seconds} seconden en probeer het opnieuw.',
  },
  'request.invalid': {
    en: 'The request is not valid: {detail}. Correct it and send it again.',
    nl: 'Het verzoek is niet geldig: {detail}. Verbeter het en stuur het opnieuw.',
  },
  'route.not-found': {
    en: 'There is nothing at {method} {url}. See /api/openapi.json for the API.',
    nl: 'Er is niets op {method} {url}. Zie /api/openapi.json voor de API.',
  },
  'alert.not-found': {
    en: 'There is no alert {id}. Reload the list of alerts.',
    nl: 'Er is geen alert {id}. Laad de lijst met alerts opnieuw.',
  },
  'alert.invalid': {
    en: 'The alert has errors. Fix the findings and try again.',
    nl: 'Het alert bevat fouten. Los de bevindingen op en probeer het opnieuw.',
  },
  'alert.conflict': {
    en: 'Someone else saved this alert in the meantime (revision {current}, you edited {given}). Your version is not lost: it is in this response. Reload, reapply your change and save again.',
    nl: 'Iemand anders heeft dit alert intussen opgeslagen (revisie {current}, u bewerkte {given}). Uw versie is niet verloren: die staat in dit antwoord. Laad opnieuw, breng uw wijziging opnieuw aan en sla op.',
  },
  'alert.not-editable': {
    en: 'Only a draft can be changed; this alert is {state}. Reopen it first, or create a follow-up.',
    nl: 'Alleen een concept kan worden gewijzigd; dit alert is {state}. Heropen het eerst, of maak een vervolgbericht.',
  },
  'alert.identifier-taken': {
    en: 'The identifier {identifier} is already used by {sender}. Leave it out to get a new one.',
    nl: 'De identifier {identifier} is al gebruikt door {sender}. Laat hem weg om een nieuwe te krijgen.',
  },
  'alert.gate-closed': {
    en: 'The checklist "{checklist}" does not allow sending yet: {blockers}. Complete these items first.',
    nl: 'De checklist "{checklist}" staat uitzenden nog niet toe: {blockers}. Rond deze punten eerst af.',
  },
  'alert.police-advice-missing': {
    en: 'This is an alert in a situation of extreme violence: record the police advice (with the second opinion of the National Unit) before sending.',
    nl: 'Dit is een alert bij extreem geweld: leg eerst het politieadvies vast (met de second opinion van de Landelijke Eenheid) voordat u uitzendt.',
  },
  'alert.status-not-sendable': {
    en: 'An alert with status {status} is not sent. Use Actual, Exercise or Test.',
    nl: 'Een alert met status {status} wordt niet verzonden. Gebruik Actual, Exercise of Test.',
  },
  'alert.actual-on-exercise-server': {
    en: 'This is an exercise server: every alert is sent with status Exercise. Use the live environment for a real alert.',
    nl: 'Dit is een oefenserver: elk alert gaat uit met status Exercise. Gebruik de echte omgeving voor een echt alert.',
  },
  'alert.no-channels': {
    en: 'Choose at least one channel this server offers ({available}).',
    nl: 'Kies minstens één kanaal dat deze server aanbiedt ({available}).',
  },
  'alert.follow-up-open': {
    en: 'This alert already has a follow-up ({id}) that was not sent. Continue with that one.',
    nl: 'Dit alert heeft al een vervolgbericht ({id}) dat nog niet is verzonden. Ga daarmee verder.',
  },
  'alert.previous-not-stoppable': {
    en: 'The alert this one follows is still broadcasting and you may not stop it. Ask a broadcaster or composer to stop it first.',
    nl: 'Het alert waarop dit volgt wordt nog uitgezonden en u mag dat niet stoppen. Vraag een uitzender of opsteller om het eerst te stoppen.',
  },
  'checklist.unknown': {
    en: 'There is no checklist "{checklist}" for this alert. Use one of: {known}.',
    nl: 'Er is geen checklist "{checklist}" voor dit alert. Gebruik een van: {known}.',
  },
  'idempotency.key-missing': {
    en: 'Send an Idempotency-Key header: a new random value for each broadcast, the same value when you retry it.',
    nl: 'Stuur een Idempotency-Key-header mee: een nieuwe willekeurige waarde per uitzending, dezelfde waarde bij een nieuwe poging.',
  },
  'idempotency.key-reused': {
    en: 'This Idempotency-Key was used for another request ({action} of {alertId}). Use a new key.',
    nl: 'Deze Idempotency-Key is gebruikt voor een ander verzoek ({action} van {alertId}). Gebruik een nieuwe sleutel.',
  },
  'user.exists': {
    en: 'The user name {username} is taken. Choose another.',
    nl: 'De gebruikersnaam {username} is al in gebruik. Kies een andere.',
  },
  'subscriber.invalid': {
    en: 'The subscriber is not valid: {detail}.',
    nl: 'De abonnee is niet geldig: {detail}.',
  },
  'subscriber.not-found': {
    en: 'There is no subscriber {id}.',
    nl: 'Er is geen abonnee {id}.',
  },
  internal: {
    en: 'Something went wrong on the server ({ref}); nothing was sent because of it. Try again, and report the reference if it persists.',
    nl: 'Er ging iets mis op de server ({ref}); daardoor is niets verzonden. Probeer het opnieuw en meld de referentie als het blijft gebeuren.',
  },
} satisfies MessageCatalog<string>;

/** A problem code the server itself words. */
export type ProblemCode = keyof typeof MESSAGES;

/** An expected failure, as data. */
export interface Problem {
  status: number;
  /** A {@link ProblemCode}, or a code whose message is given (core's findings, checklist errors). */
  code: string;
  params?: Record<string, string | number>;
  /** Already-worded message (from core), used instead of the catalog. */
  message?: { en: string; nl: string } | string;
  findings?: Finding[];
  /** Extra data for the client (e.g. the current alert on a conflict). */
  details?: Record<string, unknown>;
}

/** Shorthand for a catalog problem. */
export function problem(
  status: number,
  code: ProblemCode,
  params: Record<string, string | number> = {},
  extra: Pick<Problem, 'findings' | 'details'> = {},
): Problem {
  return { status, code, params, ...extra };
}

/** Either a value or a problem. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(p: Problem): Outcome<T> => ({ ok: false, problem: p });

/** The server speaks Dutch and English; the first supported Accept-Language wins. */
export function langOf(acceptLanguage: string | undefined): Lang {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const lang = resolveLang(part.split(';')[0]?.trim());
    if (lang === 'nl') return 'nl';
    if (lang === 'en' && /^en\b/i.test(part.trim())) return 'en';
  }
  return 'en';
}

/** The JSON body of an error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    findings?: Finding[];
    [key: string]: unknown;
  };
}

/** Words a problem in `lang`. */
export function render(p: Problem, lang: Lang): ErrorBody {
  let message: string;
  if (typeof p.message === 'string') message = p.message;
  else if (p.message) message = lang === 'nl' ? p.message.nl : p.message.en;
  else if (p.code in MESSAGES) message = translate(MESSAGES, p.code as ProblemCode, lang, p.params);
  else message = p.code;
  const error: ErrorBody['error'] = { ...(p.details ?? {}), code: p.code, message };
  if (p.findings) error.findings = p.findings;
  return { error };
}
