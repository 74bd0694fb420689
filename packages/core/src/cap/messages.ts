/**
 * Messages of the CAP codec and the schema check, in English, Dutch, French and German.
 * Keys are finding codes, or a code with a `.variant` suffix where one code has several
 * explanations (the finding's `code` is then the part before the last variant).
 */
import { translate, type MessageCatalog, type MessageParams } from '../i18n/translate.js';
import type { Finding, Lang, Severity } from '../validation/finding.js';

/** Every finding code the CAP codec and the schema check produce. */
export const CAP_CODEC_CODES = [
  'xml.too-large',
  'xml.doctype-forbidden',
  'xml.malformed',
  'cap.namespace',
  'cap.version-unsupported',
  'cap.required',
  'cap.element-repeated',
  'cap.element-unknown',
  'cap.enum-invalid',
  'cap.datetime-invalid',
  'cap.number-invalid',
  'cap.polygon-invalid',
  'cap.polygon-not-closed',
  'cap.coordinate-out-of-range',
  'cap.circle-invalid',
  'cap.reference-invalid',
  'cap.list-quote-unterminated',
  'schema.invalid',
  'schema.unavailable',
] as const;

/** A finding code of the CAP codec or the schema check. */
export type CapCodecCode = (typeof CAP_CODEC_CODES)[number];

/** Message keys: the codes, and variants of `xml.malformed` and `schema.invalid`. */
export type CapMessageKey =
  | CapCodecCode
  | 'xml.malformed.not-text'
  | 'xml.malformed.empty'
  | 'xml.malformed.char'
  | 'xml.malformed.entity'
  | 'xml.malformed.unterminated'
  | 'xml.malformed.no-root'
  | 'xml.malformed.multiple-roots'
  | 'xml.malformed.outside-root'
  | 'xml.malformed.too-deep'
  | 'cap.polygon-invalid.empty'
  | 'cap.polygon-invalid.pair'
  | 'cap.polygon-invalid.too-few'
  | 'schema.invalid.not-expected'
  | 'schema.invalid.not-expected-one-of'
  | 'schema.invalid.unexpected'
  | 'schema.invalid.missing'
  | 'schema.invalid.missing-one-of'
  | 'schema.invalid.enumeration'
  | 'schema.invalid.pattern'
  | 'schema.invalid.type'
  | 'schema.invalid.root'
  | 'schema.invalid.no-text'
  | 'schema.invalid.attribute';

/** The catalog behind every message of `cap/`. */
export const CAP_MESSAGES: MessageCatalog<CapMessageKey> = {
  'xml.too-large': {
    en: 'The message is {size} bytes; at most {limit} bytes are accepted.',
    nl: 'Het bericht is {size} bytes; er worden er hoogstens {limit} geaccepteerd.',
    fr: 'Le message fait {size} octets ; au plus {limit} octets sont acceptés.',
    de: 'Die Nachricht ist {size} Bytes groß; höchstens {limit} Bytes werden angenommen.',
  },
  'xml.doctype-forbidden': {
    en: 'Line {line}: the XML contains a DOCTYPE or ENTITY declaration. CAP needs none, and they can be used to attack the reader (external entities, "billion laughs"); the message is refused.',
    nl: 'Regel {line}: de XML bevat een DOCTYPE- of ENTITY-declaratie. CAP heeft die niet nodig en ze kunnen gebruikt worden om de lezer aan te vallen (externe entiteiten, "billion laughs"); het bericht wordt geweigerd.',
    fr: 'Ligne {line} : le XML contient une déclaration DOCTYPE ou ENTITY. CAP n’en a pas besoin et elles peuvent servir à attaquer le lecteur (entités externes, « billion laughs ») ; le message est refusé.',
    de: 'Zeile {line}: Das XML enthält eine DOCTYPE- oder ENTITY-Deklaration. CAP braucht keine, und sie können den Leser angreifen (externe Entitäten, „Billion Laughs“); die Nachricht wird abgelehnt.',
  },
  'xml.malformed': {
    en: 'Line {line}: the XML is not well-formed: {detail}',
    nl: 'Regel {line}: de XML is niet goed gevormd: {detail}',
    fr: 'Ligne {line} : le XML n’est pas bien formé : {detail}',
    de: 'Zeile {line}: Das XML ist nicht wohlgeformt: {detail}',
  },
  'xml.malformed.not-text': {
    en: 'The input is not text.',
    nl: 'De invoer is geen tekst.',
    fr: 'L’entrée n’est pas du texte.',
    de: 'Die Eingabe ist kein Text.',
  },
  'xml.malformed.empty': {
    en: 'The input is empty.',
    nl: 'De invoer is leeg.',
    fr: 'L’entrée est vide.',
    de: 'Die Eingabe ist leer.',
  },
  'xml.malformed.char': {
    en: 'Line {line}: the XML contains a character that XML does not allow (code {char}).',
    nl: 'Regel {line}: de XML bevat een teken dat XML niet toestaat (code {char}).',
    fr: 'Ligne {line} : le XML contient un caractère interdit en XML (code {char}).',
    de: 'Zeile {line}: Das XML enthält ein in XML unzulässiges Zeichen (Code {char}).',
  },
  'xml.malformed.entity': {
    en: 'Line {line}: "{text}" is not an XML character reference; write "&amp;" for "&".',
    nl: 'Regel {line}: "{text}" is geen geldige XML-tekenverwijzing; schrijf "&amp;" voor "&".',
    fr: 'Ligne {line} : « {text} » n’est pas une référence de caractère XML ; écrivez « &amp; » pour « & ».',
    de: 'Zeile {line}: „{text}“ ist keine XML-Zeichenreferenz; schreiben Sie „&amp;“ für „&“.',
  },
  'xml.malformed.unterminated': {
    en: 'Line {line}: a {what} is not closed.',
    nl: 'Regel {line}: een {what} wordt niet afgesloten.',
    fr: 'Ligne {line} : non fermé : {what}.',
    de: 'Zeile {line}: nicht geschlossen: {what}.',
  },
  'xml.malformed.no-root': {
    en: 'The XML has no root element.',
    nl: 'De XML heeft geen hoofdelement.',
    fr: 'Le XML n’a pas d’élément racine.',
    de: 'Das XML hat kein Wurzelelement.',
  },
  'xml.malformed.multiple-roots': {
    en: 'Line {line}: the XML has more than one root element.',
    nl: 'Regel {line}: de XML heeft meer dan één hoofdelement.',
    fr: 'Ligne {line} : le XML a plus d’un élément racine.',
    de: 'Zeile {line}: Das XML hat mehr als ein Wurzelelement.',
  },
  'xml.malformed.outside-root': {
    en: 'Line {line}: there is text outside the root element.',
    nl: 'Regel {line}: er staat tekst buiten het hoofdelement.',
    fr: 'Ligne {line} : du texte se trouve hors de l’élément racine.',
    de: 'Zeile {line}: Außerhalb des Wurzelelements steht Text.',
  },
  'xml.malformed.too-deep': {
    en: 'The XML is nested too deeply to be a CAP message.',
    nl: 'De XML is te diep genest om een CAP-bericht te zijn.',
    fr: 'Le XML est trop profondément imbriqué pour être un message CAP.',
    de: 'Das XML ist zu tief verschachtelt, um eine CAP-Nachricht zu sein.',
  },
  'cap.namespace': {
    en: 'Line {line}: the root element is "{found}"; a CAP 1.2 message starts with "alert" in namespace {expected}.',
    nl: 'Regel {line}: het hoofdelement is "{found}"; een CAP 1.2-bericht begint met "alert" in namespace {expected}.',
    fr: 'Ligne {line} : l’élément racine est « {found} » ; un message CAP 1.2 commence par « alert » dans l’espace de noms {expected}.',
    de: 'Zeile {line}: Das Wurzelelement ist „{found}“; eine CAP-1.2-Nachricht beginnt mit „alert“ im Namensraum {expected}.',
  },
  'cap.version-unsupported': {
    en: 'Line {line}: this is a CAP {version} message (namespace {found}); only CAP 1.2 is supported.',
    nl: 'Regel {line}: dit is een CAP {version}-bericht (namespace {found}); alleen CAP 1.2 wordt ondersteund.',
    fr: 'Ligne {line} : ceci est un message CAP {version} (espace de noms {found}) ; seul CAP 1.2 est pris en charge.',
    de: 'Zeile {line}: Dies ist eine CAP-{version}-Nachricht (Namensraum {found}); nur CAP 1.2 wird unterstützt.',
  },
  'cap.required': {
    en: 'Line {line}: the required element "{element}" is missing.',
    nl: 'Regel {line}: het verplichte element "{element}" ontbreekt.',
    fr: 'Ligne {line} : l’élément obligatoire « {element} » manque.',
    de: 'Zeile {line}: Das Pflichtelement „{element}“ fehlt.',
  },
  'cap.element-repeated': {
    en: 'Line {line}: "{element}" may appear only once; the first one is used.',
    nl: 'Regel {line}: "{element}" mag maar één keer voorkomen; de eerste wordt gebruikt.',
    fr: 'Ligne {line} : « {element} » ne peut apparaître qu’une fois ; le premier est utilisé.',
    de: 'Zeile {line}: „{element}“ darf nur einmal vorkommen; das erste wird verwendet.',
  },
  'cap.element-unknown': {
    en: 'Line {line}: "{element}" is not a CAP 1.2 element here; it is ignored.',
    nl: 'Regel {line}: "{element}" is hier geen CAP 1.2-element; het wordt genegeerd.',
    fr: 'Ligne {line} : « {element} » n’est pas un élément CAP 1.2 à cet endroit ; il est ignoré.',
    de: 'Zeile {line}: „{element}“ ist hier kein CAP-1.2-Element; es wird ignoriert.',
  },
  'cap.enum-invalid': {
    en: 'Line {line}: "{value}" is not a valid {element}; expected one of: {allowed}.',
    nl: 'Regel {line}: "{value}" is geen geldige waarde voor {element}; verwacht een van: {allowed}.',
    fr: 'Ligne {line} : « {value} » n’est pas une valeur valide pour {element} ; attendu : {allowed}.',
    de: 'Zeile {line}: „{value}“ ist kein gültiger Wert für {element}; erwartet: {allowed}.',
  },
  'cap.datetime-invalid': {
    en: 'Line {line}: {element} "{value}" is not a CAP date and time; write e.g. 2026-11-23T03:12:00+01:00 (UTC as -00:00, never "Z").',
    nl: 'Regel {line}: {element} "{value}" is geen CAP-datum en -tijd; schrijf bijvoorbeeld 2026-11-23T03:12:00+01:00 (UTC als -00:00, nooit "Z").',
    fr: 'Ligne {line} : {element} « {value} » n’est pas une date-heure CAP ; écrivez par exemple 2026-11-23T03:12:00+01:00 (UTC en -00:00, jamais « Z »).',
    de: 'Zeile {line}: {element} „{value}“ ist keine CAP-Zeitangabe; schreiben Sie z. B. 2026-11-23T03:12:00+01:00 (UTC als -00:00, nie „Z“).',
  },
  'cap.number-invalid': {
    en: 'Line {line}: {element} "{value}" is not a valid number; it is ignored.',
    nl: 'Regel {line}: {element} "{value}" is geen geldig getal; het wordt genegeerd.',
    fr: 'Ligne {line} : {element} « {value} » n’est pas un nombre valide ; il est ignoré.',
    de: 'Zeile {line}: {element} „{value}“ ist keine gültige Zahl; sie wird ignoriert.',
  },
  'cap.polygon-invalid': {
    en: 'Line {line}: the polygon is not usable; it is left out.',
    nl: 'Regel {line}: de polygoon is onbruikbaar; hij wordt weggelaten.',
    fr: 'Ligne {line} : le polygone est inutilisable ; il est écarté.',
    de: 'Zeile {line}: Das Polygon ist unbrauchbar; es wird weggelassen.',
  },
  'cap.polygon-invalid.empty': {
    en: 'Line {line}: the polygon is empty; it is left out.',
    nl: 'Regel {line}: de polygoon is leeg; hij wordt weggelaten.',
    fr: 'Ligne {line} : le polygone est vide ; il est écarté.',
    de: 'Zeile {line}: Das Polygon ist leer; es wird weggelassen.',
  },
  'cap.polygon-invalid.pair': {
    en: 'Line {line}: in the polygon, "{value}" is not a "latitude,longitude" pair of numbers; the polygon is left out.',
    nl: 'Regel {line}: in de polygoon is "{value}" geen paar getallen "breedte,lengte"; de polygoon wordt weggelaten.',
    fr: 'Ligne {line} : dans le polygone, « {value} » n’est pas une paire de nombres « latitude,longitude » ; le polygone est écarté.',
    de: 'Zeile {line}: Im Polygon ist „{value}“ kein Zahlenpaar „Breite,Länge“; das Polygon wird weggelassen.',
  },
  'cap.polygon-invalid.too-few': {
    en: 'Line {line}: the polygon has {count} points; a closed polygon needs at least 4 (the first repeated at the end). It is left out.',
    nl: 'Regel {line}: de polygoon heeft {count} punten; een gesloten polygoon heeft er minstens 4 nodig (de eerste herhaald aan het eind). Hij wordt weggelaten.',
    fr: 'Ligne {line} : le polygone a {count} points ; un polygone fermé en demande au moins 4 (le premier répété à la fin). Il est écarté.',
    de: 'Zeile {line}: Das Polygon hat {count} Punkte; ein geschlossenes Polygon braucht mindestens 4 (der erste am Ende wiederholt). Es wird weggelassen.',
  },
  'cap.polygon-not-closed': {
    en: 'Line {line}: the polygon does not end with its first point; it has been closed.',
    nl: 'Regel {line}: de polygoon eindigt niet op zijn eerste punt; hij is gesloten.',
    fr: 'Ligne {line} : le polygone ne se termine pas par son premier point ; il a été fermé.',
    de: 'Zeile {line}: Das Polygon endet nicht mit seinem ersten Punkt; es wurde geschlossen.',
  },
  'cap.coordinate-out-of-range': {
    en: 'Line {line}: "{value}" is outside latitude −90…90 or longitude −180…180 (CAP writes latitude first).',
    nl: 'Regel {line}: "{value}" ligt buiten breedte −90…90 of lengte −180…180 (CAP schrijft de breedtegraad eerst).',
    fr: 'Ligne {line} : « {value} » est hors latitude −90…90 ou longitude −180…180 (CAP écrit la latitude d’abord).',
    de: 'Zeile {line}: „{value}“ liegt außerhalb Breite −90…90 oder Länge −180…180 (CAP schreibt die Breite zuerst).',
  },
  'cap.circle-invalid': {
    en: 'Line {line}: the circle "{value}" is not "latitude,longitude radius"; it is left out.',
    nl: 'Regel {line}: de cirkel "{value}" is niet "breedte,lengte straal"; hij wordt weggelaten.',
    fr: 'Ligne {line} : le cercle « {value} » n’est pas « latitude,longitude rayon » ; il est écarté.',
    de: 'Zeile {line}: Der Kreis „{value}“ ist nicht „Breite,Länge Radius“; er wird weggelassen.',
  },
  'cap.reference-invalid': {
    en: 'Line {line}: the reference "{value}" is not "sender,identifier,sent"; it is left out.',
    nl: 'Regel {line}: de verwijzing "{value}" is niet "afzender,kenmerk,verzonden"; ze wordt weggelaten.',
    fr: 'Ligne {line} : la référence « {value} » n’est pas « expéditeur,identifiant,envoi » ; elle est écartée.',
    de: 'Zeile {line}: Der Verweis „{value}“ ist nicht „Absender,Kennung,Sendezeit“; er wird weggelassen.',
  },
  'cap.list-quote-unterminated': {
    en: 'Line {line}: a double quote in {element} is not closed; the rest is read as one item.',
    nl: 'Regel {line}: een dubbel aanhalingsteken in {element} wordt niet gesloten; de rest wordt als één item gelezen.',
    fr: 'Ligne {line} : un guillemet dans {element} n’est pas fermé ; la suite est lue comme un seul élément.',
    de: 'Zeile {line}: Ein Anführungszeichen in {element} wird nicht geschlossen; der Rest wird als ein Eintrag gelesen.',
  },
  'schema.invalid': {
    en: 'Line {line}: the CAP 1.2 schema rejects this: {detail}',
    nl: 'Regel {line}: het CAP 1.2-schema keurt dit af: {detail}',
    fr: 'Ligne {line} : le schéma CAP 1.2 rejette ceci : {detail}',
    de: 'Zeile {line}: Das CAP-1.2-Schema lehnt dies ab: {detail}',
  },
  'schema.invalid.not-expected': {
    en: 'Line {line}: element "{element}" is not expected here; expected: {expected}.',
    nl: 'Regel {line}: element "{element}" wordt hier niet verwacht; verwacht: {expected}.',
    fr: 'Ligne {line} : l’élément « {element} » n’est pas attendu ici ; attendu : {expected}.',
    de: 'Zeile {line}: Element „{element}“ wird hier nicht erwartet; erwartet: {expected}.',
  },
  'schema.invalid.not-expected-one-of': {
    en: 'Line {line}: element "{element}" is not expected here; expected one of: {expected}.',
    nl: 'Regel {line}: element "{element}" wordt hier niet verwacht; verwacht een van: {expected}.',
    fr: 'Ligne {line} : l’élément « {element} » n’est pas attendu ici ; attendu l’un de : {expected}.',
    de: 'Zeile {line}: Element „{element}“ wird hier nicht erwartet; erwartet eines von: {expected}.',
  },
  'schema.invalid.unexpected': {
    en: 'Line {line}: element "{element}" is not allowed here.',
    nl: 'Regel {line}: element "{element}" is hier niet toegestaan.',
    fr: 'Ligne {line} : l’élément « {element} » n’est pas permis ici.',
    de: 'Zeile {line}: Element „{element}“ ist hier nicht erlaubt.',
  },
  'schema.invalid.missing': {
    en: 'Line {line}: element "{element}" lacks a required child: {expected}.',
    nl: 'Regel {line}: element "{element}" mist een verplicht onderdeel: {expected}.',
    fr: 'Ligne {line} : il manque à l’élément « {element} » un enfant obligatoire : {expected}.',
    de: 'Zeile {line}: Element „{element}“ fehlt ein Pflichtelement: {expected}.',
  },
  'schema.invalid.missing-one-of': {
    en: 'Line {line}: element "{element}" lacks a required child, one of: {expected}.',
    nl: 'Regel {line}: element "{element}" mist een verplicht onderdeel, een van: {expected}.',
    fr: 'Ligne {line} : il manque à l’élément « {element} » un enfant obligatoire parmi : {expected}.',
    de: 'Zeile {line}: Element „{element}“ fehlt ein Pflichtelement, eines von: {expected}.',
  },
  'schema.invalid.enumeration': {
    en: 'Line {line}: "{value}" is not allowed in "{element}"; allowed: {expected}.',
    nl: 'Regel {line}: "{value}" is niet toegestaan in "{element}"; toegestaan: {expected}.',
    fr: 'Ligne {line} : « {value} » n’est pas permis dans « {element} » ; permis : {expected}.',
    de: 'Zeile {line}: „{value}“ ist in „{element}“ nicht erlaubt; erlaubt: {expected}.',
  },
  'schema.invalid.pattern': {
    en: 'Line {line}: "{value}" in "{element}" does not have the required form (a date and time like 2026-11-23T03:12:00+01:00).',
    nl: 'Regel {line}: "{value}" in "{element}" heeft niet de vereiste vorm (een datum en tijd als 2026-11-23T03:12:00+01:00).',
    fr: 'Ligne {line} : « {value} » dans « {element} » n’a pas la forme requise (une date-heure comme 2026-11-23T03:12:00+01:00).',
    de: 'Zeile {line}: „{value}“ in „{element}“ hat nicht die verlangte Form (eine Zeitangabe wie 2026-11-23T03:12:00+01:00).',
  },
  'schema.invalid.type': {
    en: 'Line {line}: "{value}" in "{element}" is not a valid {type}.',
    nl: 'Regel {line}: "{value}" in "{element}" is geen geldige waarde van het type {type}.',
    fr: 'Ligne {line} : « {value} » dans « {element} » n’est pas un {type} valide.',
    de: 'Zeile {line}: „{value}“ in „{element}“ ist kein gültiger Wert vom Typ {type}.',
  },
  'schema.invalid.root': {
    en: 'Line {line}: the root element "{element}" is not a CAP 1.2 alert.',
    nl: 'Regel {line}: het hoofdelement "{element}" is geen CAP 1.2-alert.',
    fr: 'Ligne {line} : l’élément racine « {element} » n’est pas une alerte CAP 1.2.',
    de: 'Zeile {line}: Das Wurzelelement „{element}“ ist kein CAP-1.2-Alert.',
  },
  'schema.invalid.no-text': {
    en: 'Line {line}: element "{element}" may contain only elements, not text.',
    nl: 'Regel {line}: element "{element}" mag alleen elementen bevatten, geen tekst.',
    fr: 'Ligne {line} : l’élément « {element} » ne peut contenir que des éléments, pas de texte.',
    de: 'Zeile {line}: Element „{element}“ darf nur Elemente enthalten, keinen Text.',
  },
  'schema.invalid.attribute': {
    en: 'Line {line}: element "{element}" may not have the attribute "{attribute}".',
    nl: 'Regel {line}: element "{element}" mag het attribuut "{attribute}" niet hebben.',
    fr: 'Ligne {line} : l’élément « {element} » ne peut pas avoir l’attribut « {attribute} ».',
    de: 'Zeile {line}: Element „{element}“ darf das Attribut „{attribute}“ nicht haben.',
  },
  'schema.unavailable': {
    en: 'The schema check could not run: {detail}',
    nl: 'De schemacontrole kon niet worden uitgevoerd: {detail}',
    fr: 'La vérification du schéma n’a pas pu s’exécuter : {detail}',
    de: 'Die Schemaprüfung konnte nicht ausgeführt werden: {detail}',
  },
};

/** What a finding of `cap/` needs besides its message. */
export interface CapFindingInit {
  /** Message key; the finding's code is the key without a variant suffix. */
  key: CapMessageKey;
  severity: Severity;
  path: string;
  source: Finding['source'];
  line?: number;
  params?: MessageParams;
}

/** The code of a message key: `xml.malformed.entity` → `xml.malformed`. */
export function codeOfKey(key: CapMessageKey): CapCodecCode {
  return (CAP_CODEC_CODES as readonly string[]).includes(key)
    ? (key as CapCodecCode)
    : (key.slice(0, key.lastIndexOf('.')) as CapCodecCode);
}

/** Builds a localized finding of the CAP codec or schema check. */
export function capFinding(init: CapFindingInit, lang: Lang): Finding {
  const params: MessageParams = { ...init.params };
  if (init.line !== undefined) params['line'] = init.line;
  else if (!('line' in params)) params['line'] = '?';
  const finding: Finding = {
    code: codeOfKey(init.key),
    severity: init.severity,
    path: init.path,
    message: translate(CAP_MESSAGES, init.key, lang, params),
    source: init.source,
  };
  if (init.line !== undefined) finding.line = init.line;
  return finding;
}
