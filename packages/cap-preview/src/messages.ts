/**
 * The texts of `<sirene-cap-preview>`: English and Dutch here, French and German in
 * messages.fr.ts and messages.de.ts, loaded only when needed (`*_TRANSLATIONS`). Finding messages themselves come from `@sirene/core` in the language asked for.
 */
import type { LazyCatalog, MessageCatalog } from '@sirene/core';

/** Interface texts. */
export const MESSAGES = {
  'tablist.label': {
    en: 'Preview of the alert',
    nl: 'Voorbeeld van de melding',
  },
  'tab.phone': { en: 'Phone', nl: 'Telefoon' },
  'tab.xml': { en: 'CAP XML', nl: 'CAP XML' },
  'tab.findings': {
    en: 'Findings ({count})',
    nl: 'Bevindingen ({count})',
  },
  'tab.findings.checking': {
    en: 'Findings (…)',
    nl: 'Bevindingen (…)',
  },
  'tab.diff': { en: 'Changes', nl: 'Wijzigingen' },

  'status.checking': {
    en: 'Checking…',
    nl: 'Controleren…',
  },
  'status.idle': {
    en: 'Nothing to check yet.',
    nl: 'Nog niets te controleren.',
  },
  'status.blocking': {
    en: 'Not ready to send: {counts}.',
    nl: 'Niet klaar om te verzenden: {counts}.',
  },
  'status.passable': {
    en: 'No errors for {profiles}; please check {counts}.',
    nl: 'Geen fouten voor {profiles}; controleer {counts}.',
  },
  'status.clean': {
    en: 'No problems found for {profiles}.',
    nl: 'Geen problemen gevonden voor {profiles}.',
  },
  'profiles.cap': { en: 'CAP 1.2', nl: 'CAP 1.2' },
  'profiles.list': {
    en: 'CAP 1.2 and profiles {list}',
    nl: 'CAP 1.2 en profielen {list}',
  },
  'count.error.one': { en: '1 error', nl: '1 fout' },
  'count.error.other': {
    en: '{count} errors',
    nl: '{count} fouten',
  },
  'count.warning.one': {
    en: '1 warning',
    nl: '1 waarschuwing',
  },
  'count.warning.other': {
    en: '{count} warnings',
    nl: '{count} waarschuwingen',
  },
  'count.info.one': { en: '1 advice', nl: '1 advies' },
  'count.info.other': {
    en: '{count} pieces of advice',
    nl: '{count} adviezen',
  },

  'severity.error': { en: 'Error', nl: 'Fout' },
  'severity.warning': {
    en: 'Warning',
    nl: 'Waarschuwing',
  },
  'severity.info': { en: 'Advice', nl: 'Advies' },
  'group.error': {
    en: 'Errors ({count})',
    nl: 'Fouten ({count})',
  },
  'group.warning': {
    en: 'Warnings ({count})',
    nl: 'Waarschuwingen ({count})',
  },
  'group.info': {
    en: 'Advice ({count})',
    nl: 'Adviezen ({count})',
  },
  'finding.goTo': {
    en: 'Go to field:',
    nl: 'Ga naar veld:',
  },
  'finding.field': { en: 'Field:', nl: 'Veld:' },
  'finding.line': { en: 'Line {line}', nl: 'Regel {line}' },
  'finding.showLine': {
    en: 'Show line {line} in the XML',
    nl: 'Toon regel {line} in de XML',
  },
  'findings.empty': {
    en: 'No problems found for {profiles}.',
    nl: 'Geen problemen gevonden voor {profiles}.',
  },
  'findings.pending': {
    en: 'Checking the message against {profiles}…',
    nl: 'Het bericht wordt gecontroleerd op {profiles}…',
  },

  'source.empty': {
    en: 'Nothing to preview yet. Write an alert or paste CAP XML.',
    nl: 'Nog niets om te tonen. Stel een melding op of plak CAP XML.',
  },
  'source.unreadableXml': {
    en: 'This XML cannot be read as a CAP 1.2 alert, so there is nothing a phone would show. The findings say why.',
    nl: 'Deze XML is niet te lezen als CAP 1.2-melding, dus een telefoon zou niets tonen. De bevindingen zeggen waarom.',
  },
  'source.unreadableAlert': {
    en: 'This alert cannot be turned into CAP XML: its data is incomplete or of the wrong kind. The findings say where.',
    nl: 'Van deze melding kan geen CAP XML worden gemaakt: de gegevens zijn onvolledig of van de verkeerde soort. De bevindingen zeggen waar.',
  },
  'source.showFindings': {
    en: 'Show findings',
    nl: 'Toon bevindingen',
  },

  'banner.Exercise': {
    en: 'Exercise: status “Exercise”. This message is practice, not a real alert.',
    nl: 'Oefening: status “Exercise”. Dit bericht is een oefening, geen echte waarschuwing.',
  },
  'banner.Test': {
    en: 'Test: status “Test”. This message is a technical test, not a real alert.',
    nl: 'Test: status “Test”. Dit bericht is een technische test, geen echte waarschuwing.',
  },
  'banner.Draft': {
    en: 'Draft: status “Draft”. This message is not meant to be sent.',
    nl: 'Concept: status “Draft”. Dit bericht is niet bedoeld om te verzenden.',
  },
  'banner.System': {
    en: 'System message: status “System”. Not for the public.',
    nl: 'Systeembericht: status “System”. Niet voor het publiek.',
  },
  'watermark.Exercise': {
    en: 'EXERCISE',
    nl: 'OEFENING / EXERCISE',
  },
  'watermark.Test': { en: 'TEST', nl: 'TEST' },
  'watermark.Draft': {
    en: 'DRAFT',
    nl: 'CONCEPT / DRAFT',
  },
  'watermark.System': {
    en: 'SYSTEM',
    nl: 'SYSTEEM / SYSTEM',
  },

  'phone.list': {
    en: 'What a phone shows, per language',
    nl: 'Wat een telefoon toont, per taal',
  },
  'phone.caption': {
    en: 'Info {n}: {language}',
    nl: 'Info {n}: {language}',
  },
  'phone.area': {
    en: 'Area: {areas}',
    nl: 'Gebied: {areas}',
  },
  'phone.noText': {
    en: 'No text: this info block has no headline, description, instruction or web address.',
    nl: 'Geen tekst: dit infoblok heeft geen kop, beschrijving, handelingsperspectief of webadres.',
  },
  'phone.noInfo': {
    en: 'This message has no info block, so phones show nothing.',
    nl: 'Dit bericht heeft geen infoblok, dus telefoons tonen niets.',
  },
  'phone.measure': {
    en: '{characters} characters · {encoding} · {pages} of {maxPages} cell-broadcast pages',
    nl: '{characters} tekens · {encoding} · {pages} van {maxPages} cell-broadcastpagina’s',
  },
  'phone.ucs2': {
    en: 'Sent as UCS-2 because of:',
    nl: 'Verzonden als UCS-2 vanwege:',
  },
  'phone.tooLong': {
    en: 'Too long for cell broadcast',
    nl: 'Te lang voor cell broadcast',
  },

  'xml.copy': { en: 'Copy', nl: 'Kopiëren' },
  'xml.download': { en: 'Download', nl: 'Downloaden' },
  'xml.copied': {
    en: 'CAP XML copied to the clipboard.',
    nl: 'CAP XML gekopieerd naar het klembord.',
  },
  'xml.copyFailed': {
    en: 'Could not copy. Select the XML and press Ctrl+C.',
    nl: 'Kopiëren lukte niet. Selecteer de XML en druk op Ctrl+C.',
  },
  'xml.downloaded': {
    en: 'Saving {file}.',
    nl: '{file} wordt opgeslagen.',
  },
  'xml.label': {
    en: 'CAP XML, {lines} lines',
    nl: 'CAP XML, {lines} regels',
  },
  'xml.toolbar': {
    en: 'CAP XML actions',
    nl: 'Acties voor CAP XML',
  },

  'diff.heading': {
    en: 'Changes compared with {identifier}, sent {sent}',
    nl: 'Wijzigingen ten opzichte van {identifier}, verzonden {sent}',
  },
  'diff.msgType': {
    en: 'Message type: {before} → {after}',
    nl: 'Berichttype: {before} → {after}',
  },
  'diff.references.yes': {
    en: 'References the previous message.',
    nl: 'Verwijst naar het vorige bericht.',
  },
  'diff.references.no': {
    en: 'Does not reference the previous message {identifier}: receivers cannot link them.',
    nl: 'Verwijst niet naar het vorige bericht {identifier}: ontvangers kunnen ze niet koppelen.',
  },
  'diff.ok': { en: 'OK', nl: 'OK' },
  'diff.none': {
    en: 'No field differs from the previous message.',
    nl: 'Geen enkel veld wijkt af van het vorige bericht.',
  },
  'diff.caption': {
    en: 'Changed fields ({count})',
    nl: 'Gewijzigde velden ({count})',
  },
  'diff.field': { en: 'Field', nl: 'Veld' },
  'diff.change': { en: 'Change', nl: 'Wijziging' },
  'diff.before': { en: 'Before', nl: 'Voor' },
  'diff.after': { en: 'After', nl: 'Na' },
  'diff.added': { en: 'Added', nl: 'Toegevoegd' },
  'diff.removed': { en: 'Removed', nl: 'Verwijderd' },
  'diff.changed': { en: 'Changed', nl: 'Gewijzigd' },
  'diff.empty': { en: '(empty)', nl: '(leeg)' },
  'diff.unavailable': {
    en: 'The changes can be shown once both messages can be read.',
    nl: 'De wijzigingen zijn te tonen zodra beide berichten leesbaar zijn.',
  },

  // A phone shows its title in the alert's language, whatever the interface language, so
  // these are built in in all four languages (not in messages.fr.ts / messages.de.ts).
  'phone.title.nl-alert': { en: 'NL-Alert', nl: 'NL-Alert', fr: 'NL-Alert', de: 'NL-Alert' },
  'phone.title.be-alert': { en: 'BE-Alert', nl: 'BE-Alert', fr: 'BE-Alert', de: 'BE-Alert' },
  'phone.title.generic': {
    en: 'Emergency alert',
    nl: 'Noodwaarschuwing',
    fr: "Alerte d'urgence",
    de: 'Notfallwarnung',
  },
  'msgType.Update': { en: 'Update', nl: 'Update' },
  'msgType.Cancel': {
    en: 'Cancellation',
    nl: 'Intrekking',
  },
  'msgType.Ack': { en: 'Acknowledgement', nl: 'Bevestiging' },
  'msgType.Error': {
    en: 'Error report',
    nl: 'Foutmelding',
  },

  'path.message': {
    en: 'Whole message',
    nl: 'Heel bericht',
  },
  'path.info': { en: 'Info {n}', nl: 'Info {n}' },
  'path.infoLang': {
    en: 'Info {n} ({language})',
    nl: 'Info {n} ({language})',
  },
} satisfies MessageCatalog<string>;

/** The model's field names, as the operator knows them. */
export const FIELD_LABELS = {
  identifier: { en: 'Identifier', nl: 'Kenmerk' },
  sender: { en: 'Sender', nl: 'Afzender' },
  sent: { en: 'Sent', nl: 'Verzonden' },
  status: { en: 'Status', nl: 'Status' },
  msgType: { en: 'Message type', nl: 'Berichttype' },
  source: { en: 'Source', nl: 'Bron' },
  scope: { en: 'Scope', nl: 'Bereik' },
  restriction: { en: 'Restriction', nl: 'Beperking' },
  addresses: { en: 'Addresses', nl: 'Adressen' },
  codes: { en: 'Codes', nl: 'Codes' },
  note: { en: 'Note', nl: 'Notitie' },
  references: { en: 'References', nl: 'Verwijzingen' },
  incidents: { en: 'Incidents', nl: 'Incidenten' },
  infos: { en: 'Info blocks', nl: 'Infoblokken' },
  language: { en: 'Language', nl: 'Taal' },
  categories: { en: 'Categories', nl: 'Categorieën' },
  event: { en: 'Event', nl: 'Gebeurtenis' },
  responseTypes: {
    en: 'Response types',
    nl: 'Responstypen',
  },
  urgency: { en: 'Urgency', nl: 'Urgentie' },
  severity: { en: 'Severity', nl: 'Ernst' },
  certainty: { en: 'Certainty', nl: 'Zekerheid' },
  audience: { en: 'Audience', nl: 'Doelgroep' },
  eventCodes: {
    en: 'Event codes',
    nl: 'Gebeurteniscodes',
  },
  effective: { en: 'Effective', nl: 'Geldig vanaf' },
  onset: { en: 'Onset', nl: 'Aanvang' },
  expires: { en: 'Expires', nl: 'Verloopt' },
  senderName: {
    en: 'Sender name',
    nl: 'Naam afzender',
  },
  headline: { en: 'Headline', nl: 'Kop' },
  description: { en: 'Description', nl: 'Beschrijving' },
  instruction: {
    en: 'Instruction',
    nl: 'Handelingsperspectief',
  },
  web: { en: 'Web address', nl: 'Webadres' },
  contact: { en: 'Contact', nl: 'Contact' },
  parameters: { en: 'Parameters', nl: 'Parameters' },
  resources: { en: 'Resources', nl: 'Bijlagen' },
  areas: { en: 'Areas', nl: 'Gebieden' },
  areaDesc: {
    en: 'Area description',
    nl: 'Gebiedsomschrijving',
  },
  polygons: { en: 'Polygons', nl: 'Polygonen' },
  circles: { en: 'Circles', nl: 'Cirkels' },
  geocodes: { en: 'Geocodes', nl: 'Geocodes' },
  altitude: { en: 'Altitude', nl: 'Hoogte' },
  ceiling: { en: 'Ceiling', nl: 'Plafond' },
  resourceDesc: {
    en: 'Resource description',
    nl: 'Omschrijving bijlage',
  },
  mimeType: { en: 'MIME type', nl: 'MIME-type' },
  size: { en: 'Size', nl: 'Grootte' },
  uri: { en: 'URI', nl: 'URI' },
  derefUri: {
    en: 'Embedded data',
    nl: 'Ingesloten gegevens',
  },
  digest: { en: 'Digest', nl: 'Hash' },
  valueName: { en: 'Name', nl: 'Naam' },
  value: { en: 'Value', nl: 'Waarde' },
  signatures: { en: 'Signatures', nl: 'Handtekeningen' },
  state: { en: 'State', nl: 'Toestand' },
} satisfies MessageCatalog<string>;

/** One item of a repeated field, `{n}` counting from 1. */
export const ITEM_LABELS = {
  infos: { en: 'Info {n}', nl: 'Info {n}' },
  areas: { en: 'Area {n}', nl: 'Gebied {n}' },
  polygons: { en: 'Polygon {n}', nl: 'Polygoon {n}' },
  circles: { en: 'Circle {n}', nl: 'Cirkel {n}' },
  geocodes: { en: 'Geocode {n}', nl: 'Geocode {n}' },
  eventCodes: {
    en: 'Event code {n}',
    nl: 'Gebeurteniscode {n}',
  },
  parameters: {
    en: 'Parameter {n}',
    nl: 'Parameter {n}',
  },
  resources: { en: 'Resource {n}', nl: 'Bijlage {n}' },
  references: { en: 'Reference {n}', nl: 'Verwijzing {n}' },
  codes: { en: 'Code {n}', nl: 'Code {n}' },
  addresses: { en: 'Address {n}', nl: 'Adres {n}' },
  incidents: { en: 'Incident {n}', nl: 'Incident {n}' },
  categories: {
    en: 'Category {n}',
    nl: 'Categorie {n}',
  },
  responseTypes: {
    en: 'Response type {n}',
    nl: 'Responstype {n}',
  },
  signatures: {
    en: 'Signature {n}',
    nl: 'Handtekening {n}',
  },
} satisfies MessageCatalog<string>;

export type MessageKey = keyof typeof MESSAGES;
export type FieldKey = keyof typeof FIELD_LABELS;
export type ItemKey = keyof typeof ITEM_LABELS;

/**
 * `MESSAGES` with its French and German texts, which are imported when the language asks for
 * them (`LocalizeController` and `loadTranslations` from `@sirene/core` do that).
 */
export const MESSAGE_TRANSLATIONS: LazyCatalog<keyof typeof MESSAGES> = {
  catalog: MESSAGES,
  fr: async () => (await import('./messages.fr.js')).MESSAGES,
  de: async () => (await import('./messages.de.js')).MESSAGES,
};

/**
 * `FIELD_LABELS` with its French and German texts, which are imported when the language asks for
 * them (`LocalizeController` and `loadTranslations` from `@sirene/core` do that).
 */
export const FIELD_LABEL_TRANSLATIONS: LazyCatalog<keyof typeof FIELD_LABELS> = {
  catalog: FIELD_LABELS,
  fr: async () => (await import('./messages.fr.js')).FIELD_LABELS,
  de: async () => (await import('./messages.de.js')).FIELD_LABELS,
};

/**
 * `ITEM_LABELS` with its French and German texts, which are imported when the language asks for
 * them (`LocalizeController` and `loadTranslations` from `@sirene/core` do that).
 */
export const ITEM_LABEL_TRANSLATIONS: LazyCatalog<keyof typeof ITEM_LABELS> = {
  catalog: ITEM_LABELS,
  fr: async () => (await import('./messages.fr.js')).ITEM_LABELS,
  de: async () => (await import('./messages.de.js')).ITEM_LABELS,
};
