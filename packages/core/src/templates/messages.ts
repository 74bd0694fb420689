/**
 * Messages of templates, in English, Dutch, French and German: problems with the input of
 * `instantiateTemplate` (source `rules`) and with a template read by
 * `parseMessageTemplate` (source `schema`). Each says what to do.
 */
import { translate, type MessageCatalog, type MessageParams } from '../i18n/translate.js';
import type { Finding, Lang } from '../validation/finding.js';

/** Every finding code templates produce. All are errors: the message cannot be made. */
export const TEMPLATE_CODES = [
  'template.input.profile-unsupported',
  'template.input.no-language',
  'template.input.language-unsupported',
  'template.input.language-duplicate',
  'template.input.unknown-risk',
  'template.input.unknown-action',
  'template.input.value-required',
  'template.input.translation-missing',
  'template.input.sent-invalid',
  'template.input.time-zone-invalid',
  'template.input.duration-invalid',
  'template.input.references-required',
  'template.input.status-invalid',
  'template.input.web-invalid',
  'template.schema.invalid-json',
  'template.schema.type',
  'template.schema.required',
  'template.schema.unknown-property',
  'template.schema.invalid-id',
  'template.schema.enum',
  'template.schema.empty',
  'template.schema.missing-translation',
  'template.schema.duplicate',
  'template.schema.unknown-reference',
  'template.schema.placeholder',
  'template.schema.out-of-range',
  'template.schema.invalid-url',
] as const;

/** A finding code of templates. */
export type TemplateCode = (typeof TEMPLATE_CODES)[number];

const MESSAGES: MessageCatalog<TemplateCode> = {
  'template.input.profile-unsupported': {
    en: 'Template “{template}” is not written for {profile}. Choose another template, or one of its systems: {profiles}.',
    nl: 'Sjabloon “{template}” is niet geschreven voor {profile}. Kies een ander sjabloon, of een van zijn systemen: {profiles}.',
    fr: 'Le modèle « {template} » n’est pas écrit pour {profile}. Choisissez un autre modèle, ou l’un de ses systèmes : {profiles}.',
    de: 'Die Vorlage „{template}“ ist nicht für {profile} geschrieben. Wählen Sie eine andere Vorlage oder eines ihrer Systeme: {profiles}.',
  },
  'template.input.no-language': {
    en: 'Choose at least one language for the message.',
    nl: 'Kies minstens één taal voor het bericht.',
    fr: 'Choisissez au moins une langue pour le message.',
    de: 'Wählen Sie mindestens eine Sprache für die Meldung.',
  },
  'template.input.language-unsupported': {
    en: 'Template “{template}” has no {language} text. Choose from: {languages}.',
    nl: 'Sjabloon “{template}” heeft geen tekst in het {language}. Kies uit: {languages}.',
    fr: 'Le modèle « {template} » n’a pas de texte en {language}. Choisissez parmi : {languages}.',
    de: 'Die Vorlage „{template}“ hat keinen Text auf {language}. Wählen Sie aus: {languages}.',
  },
  'template.input.language-duplicate': {
    en: 'The language {language} is chosen twice. Each language gets one part of the message: remove the second.',
    nl: 'De taal {language} is twee keer gekozen. Elke taal krijgt één deel van het bericht: haal de tweede weg.',
    fr: 'La langue {language} est choisie deux fois. Chaque langue a une seule partie du message : retirez la seconde.',
    de: 'Die Sprache {language} ist doppelt gewählt. Jede Sprache erhält einen Teil der Meldung: Entfernen Sie den zweiten.',
  },
  'template.input.unknown-risk': {
    en: '“{id}” is not a risk of template “{template}”. Choose one of: {ids}.',
    nl: '“{id}” is geen risico van sjabloon “{template}”. Kies een van: {ids}.',
    fr: '« {id} » n’est pas un risque du modèle « {template} ». Choisissez parmi : {ids}.',
    de: '„{id}“ ist kein Risiko der Vorlage „{template}“. Wählen Sie eines von: {ids}.',
  },
  'template.input.unknown-action': {
    en: '“{id}” is not an action advice of template “{template}”. Choose one of: {ids}.',
    nl: '“{id}” is geen handelingsperspectief van sjabloon “{template}”. Kies een van: {ids}.',
    fr: '« {id} » n’est pas une consigne du modèle « {template} ». Choisissez parmi : {ids}.',
    de: '„{id}“ ist keine Handlungsempfehlung der Vorlage „{template}“. Wählen Sie eine von: {ids}.',
  },
  'template.input.value-required': {
    en: 'Fill in the {field}.',
    nl: 'Vul de {field} in.',
    fr: 'Indiquez le champ {field}.',
    de: 'Füllen Sie das Feld {field} aus.',
  },
  'template.input.translation-missing': {
    en: 'The {field} has no {language} text. Give it in every language of the message, or once for all.',
    nl: 'De {field} heeft geen tekst in het {language}. Geef hem in elke taal van het bericht, of één keer voor alle talen.',
    fr: 'Le champ {field} n’a pas de texte en {language}. Donnez-le dans chaque langue du message, ou une fois pour toutes.',
    de: 'Das Feld {field} hat keinen Text auf {language}. Geben Sie es in jeder Sprache der Meldung an oder einmal für alle.',
  },
  'template.input.sent-invalid': {
    en: 'The send time is not a valid date and time. Give the moment the message is sent.',
    nl: 'Het verzendtijdstip is geen geldige datum en tijd. Geef het moment van verzenden.',
    fr: 'L’heure d’envoi n’est pas une date et heure valide. Indiquez le moment de l’envoi.',
    de: 'Die Sendezeit ist kein gültiges Datum. Geben Sie den Zeitpunkt des Versands an.',
  },
  'template.input.time-zone-invalid': {
    en: '“{timeZone}” is not a known time zone. Use a name such as Europe/Amsterdam or Europe/Brussels.',
    nl: '“{timeZone}” is geen bekende tijdzone. Gebruik een naam zoals Europe/Amsterdam of Europe/Brussels.',
    fr: '« {timeZone} » n’est pas un fuseau horaire connu. Utilisez un nom comme Europe/Brussels ou Europe/Amsterdam.',
    de: '„{timeZone}“ ist keine bekannte Zeitzone. Verwenden Sie einen Namen wie Europe/Amsterdam oder Europe/Brussels.',
  },
  'template.input.duration-invalid': {
    en: 'The broadcast duration must be a whole number of minutes from 1 to {max}, not {value}. The standard is 60.',
    nl: 'De uitzendduur moet een geheel aantal minuten van 1 tot {max} zijn, niet {value}. Standaard is 60.',
    fr: 'La durée de diffusion doit être un nombre entier de minutes de 1 à {max}, pas {value}. La norme est 60.',
    de: 'Die Sendedauer muss eine ganze Zahl von Minuten zwischen 1 und {max} sein, nicht {value}. Standard ist 60.',
  },
  'template.input.references-required': {
    en: 'An end-of-situation message follows an earlier alert. Choose the alert it ends, so its reference is included.',
    nl: 'Een bericht “einde situatie” volgt op een eerder bericht. Kies het bericht dat het beëindigt, zodat de verwijzing erin komt.',
    fr: 'Un message de fin de situation suit une alerte antérieure. Choisissez l’alerte qu’il clôt, pour en inclure la référence.',
    de: 'Eine Entwarnung folgt auf eine frühere Warnung. Wählen Sie die Warnung, die sie beendet, damit der Verweis enthalten ist.',
  },
  'template.input.status-invalid': {
    en: 'The status must be Actual (a real alert) or Exercise, not “{status}”.',
    nl: 'De status moet Actual (echt bericht) of Exercise (oefening) zijn, niet “{status}”.',
    fr: 'Le statut doit être Actual (alerte réelle) ou Exercise (exercice), pas « {status} ».',
    de: 'Der Status muss Actual (echte Warnung) oder Exercise (Übung) sein, nicht „{status}“.',
  },
  'template.input.web-invalid': {
    en: 'The more-information address “{value}” is not a complete web address. Write it in full, e.g. https://www.nl-alert.nl.',
    nl: 'Het adres voor meer informatie “{value}” is geen volledig webadres. Schrijf het voluit, bijvoorbeeld https://www.nl-alert.nl.',
    fr: 'L’adresse pour plus d’informations « {value} » n’est pas une adresse web complète. Écrivez-la en entier, par ex. https://www.be-alert.be.',
    de: 'Die Adresse für weitere Informationen „{value}“ ist keine vollständige Webadresse. Schreiben Sie sie vollständig, z. B. https://www.be-alert.be.',
  },
  'template.schema.invalid-json': {
    en: 'The template is not valid JSON: {reason}.',
    nl: 'Het sjabloon is geen geldige JSON: {reason}.',
    fr: 'Le modèle n’est pas du JSON valide : {reason}.',
    de: 'Die Vorlage ist kein gültiges JSON: {reason}.',
  },
  'template.schema.type': {
    en: 'Expected {expected}, found {found}.',
    nl: 'Verwacht: {expected}; gevonden: {found}.',
    fr: 'Attendu : {expected} ; trouvé : {found}.',
    de: 'Erwartet: {expected}; gefunden: {found}.',
  },
  'template.schema.required': {
    en: '“{name}” is missing.',
    nl: '“{name}” ontbreekt.',
    fr: '« {name} » manque.',
    de: '„{name}“ fehlt.',
  },
  'template.schema.unknown-property': {
    en: 'Unknown property “{name}”: remove it or check its spelling.',
    nl: 'Onbekende eigenschap “{name}”: haal haar weg of controleer de spelling.',
    fr: 'Propriété inconnue « {name} » : supprimez-la ou vérifiez l’orthographe.',
    de: 'Unbekannte Eigenschaft „{name}“: Entfernen Sie sie oder prüfen Sie die Schreibweise.',
  },
  'template.schema.invalid-id': {
    en: '“{value}” is not a valid id: use lower-case words joined by hyphens, e.g. gas-leak.',
    nl: '“{value}” is geen geldige id: gebruik kleine letters en woorden met koppeltekens, bijvoorbeeld gas-leak.',
    fr: '« {value} » n’est pas un identifiant valide : mots en minuscules reliés par des tirets, par ex. gas-leak.',
    de: '„{value}“ ist keine gültige ID: Kleinbuchstaben, Wörter mit Bindestrichen, z. B. gas-leak.',
  },
  'template.schema.enum': {
    en: '“{value}” is not allowed here. Use one of: {allowed}.',
    nl: '“{value}” is hier niet toegestaan. Gebruik een van: {allowed}.',
    fr: '« {value} » n’est pas autorisé ici. Utilisez l’une des valeurs : {allowed}.',
    de: '„{value}“ ist hier nicht erlaubt. Verwenden Sie einen von: {allowed}.',
  },
  'template.schema.empty': {
    en: 'This must not be empty.',
    nl: 'Dit mag niet leeg zijn.',
    fr: 'Ceci ne doit pas être vide.',
    de: 'Dies darf nicht leer sein.',
  },
  'template.schema.missing-translation': {
    en: 'The {language} text is missing; the template declares the languages {languages}.',
    nl: 'De tekst in het {language} ontbreekt; het sjabloon noemt de talen {languages}.',
    fr: 'Le texte en {language} manque ; le modèle déclare les langues {languages}.',
    de: 'Der Text auf {language} fehlt; die Vorlage nennt die Sprachen {languages}.',
  },
  'template.schema.duplicate': {
    en: '“{value}” appears twice; each must be unique.',
    nl: '“{value}” komt twee keer voor; elk moet uniek zijn.',
    fr: '« {value} » apparaît deux fois ; chacun doit être unique.',
    de: '„{value}“ kommt doppelt vor; jeder Eintrag muss eindeutig sein.',
  },
  'template.schema.unknown-reference': {
    en: '“{value}” is not the id of one of the {what}. Use one of: {ids}.',
    nl: '“{value}” is niet de id van een van de {what}. Gebruik een van: {ids}.',
    fr: '« {value} » n’est l’identifiant d’aucun des {what}. Utilisez l’un de : {ids}.',
    de: '„{value}“ ist nicht die ID eines der {what}. Verwenden Sie eine von: {ids}.',
  },
  'template.schema.placeholder': {
    en: 'Unknown placeholder “{name}”. Use one of: {allowed}.',
    nl: 'Onbekende invulplek “{name}”. Gebruik een van: {allowed}.',
    fr: 'Espace réservé inconnu « {name} ». Utilisez l’un de : {allowed}.',
    de: 'Unbekannter Platzhalter „{name}“. Verwenden Sie einen von: {allowed}.',
  },
  'template.schema.out-of-range': {
    en: '{value} is out of range: use a whole number from {min} to {max}.',
    nl: '{value} valt buiten het bereik: gebruik een geheel getal van {min} tot {max}.',
    fr: '{value} est hors limites : utilisez un entier de {min} à {max}.',
    de: '{value} liegt außerhalb des Bereichs: Verwenden Sie eine ganze Zahl von {min} bis {max}.',
  },
  'template.schema.invalid-url': {
    en: '“{value}” is not an https address. Write the full address, e.g. https://www.nl-alert.nl.',
    nl: '“{value}” is geen https-adres. Schrijf het volledige adres, bijvoorbeeld https://www.nl-alert.nl.',
    fr: '« {value} » n’est pas une adresse https. Écrivez l’adresse complète, par ex. https://www.be-alert.be.',
    de: '„{value}“ ist keine https-Adresse. Schreiben Sie die vollständige Adresse, z. B. https://www.be-alert.be.',
  },
};

/** The template message catalog, for hosts that list or test messages. */
export const TEMPLATE_MESSAGES: Readonly<MessageCatalog<TemplateCode>> = MESSAGES;

/** Makes the finding for `code` at `path`; input codes have source `rules`, schema codes `schema`. */
export function templateFinding(
  code: TemplateCode,
  path: string,
  lang: Lang,
  params: MessageParams = {},
): Finding {
  return {
    code,
    severity: 'error',
    path,
    message: translate(MESSAGES, code, lang, params),
    source: code.startsWith('template.schema.') ? 'schema' : 'rules',
  };
}

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  en: { en: 'English', nl: 'Engels', fr: 'anglais', de: 'Englisch' },
  nl: { en: 'Dutch', nl: 'Nederlands', fr: 'néerlandais', de: 'Niederländisch' },
  fr: { en: 'French', nl: 'Frans', fr: 'français', de: 'Französisch' },
  de: { en: 'German', nl: 'Duits', fr: 'allemand', de: 'Deutsch' },
};

/** The name of language `code` in language `lang` (`fr` in Dutch: "Frans"); the code itself when unknown. */
export function languageName(code: string, lang: Lang): string {
  return (LANGUAGE_NAMES as Record<string, Record<Lang, string> | undefined>)[code]?.[lang] ?? code;
}

/** Input fields of `instantiateTemplate` named in findings. */
export type TemplateInputField = 'location' | 'effectArea' | 'senderName' | 'sender' | 'identifier';

const FIELD_NAMES: Record<TemplateInputField, Record<Lang, string>> = {
  location: { en: 'location', nl: 'locatie', fr: 'lieu', de: 'Ort' },
  effectArea: {
    en: 'effect area',
    nl: 'effectgebied',
    fr: 'zone touchée',
    de: 'betroffenes Gebiet',
  },
  senderName: {
    en: 'sender name',
    nl: 'naam van de afzender',
    fr: 'nom de l’expéditeur',
    de: 'Absendername',
  },
  sender: { en: 'sender ID', nl: 'afzender-ID', fr: 'identifiant d’expéditeur', de: 'Absender-ID' },
  identifier: {
    en: 'message identifier',
    nl: 'berichtkenmerk',
    fr: 'identifiant du message',
    de: 'Meldungskennung',
  },
};

/** The name of an input field in `lang`. */
export function fieldName(field: TemplateInputField, lang: Lang): string {
  return FIELD_NAMES[field][lang];
}
