/**
 * The end-of-situation message (Stappenplan NL-Alert: "een afmeldbericht uitzendt";
 * guideline extreme violence 4f.2: "een ‘einde situatie’ bericht") and the test messages
 * of NL-Alert and BE-Alert.
 */
import type { MessageTemplate } from '../types.js';
import { MORE_INFO_ACCOUNT, same, tx } from './text.js';

/**
 * End of situation. It follows an earlier alert (CAP `Update` with `AllClear`), so it
 * needs that alert's reference when instantiated; `createFollowUp` makes the chain for
 * an alert Sirene sent itself.
 */
export const endOfSituationTemplate: MessageTemplate = {
  id: 'end-of-situation',
  version: 1,
  context: 'end',
  profiles: ['nl-alert', 'be-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx('Einde situatie', 'End of situation', 'Fin de la situation', 'Entwarnung'),
  description: tx(
    'Afmeldbericht: het gevaar is voorbij. Stop eerst de lopende uitzending.',
    'End message: the danger is over. Stop the running broadcast first.',
    "Message de fin : le danger est écarté. Arrêtez d'abord la diffusion en cours.",
    'Entwarnung: Die Gefahr ist vorbei. Beenden Sie zuerst die laufende Aussendung.',
  ),
  source:
    'Stappenplan NL-Alert, stap 3 (seeds/000_565d04c285cf240b.txt); Richtlijn extreem geweld 4f.2 (seeds/001_c166954b5ab4940d.txt)',
  cap: {
    event: tx('Einde situatie', 'End of situation', 'Fin de la situation', 'Entwarnung'),
    categories: ['Safety'],
    responseTypes: ['AllClear'],
    urgency: 'Past',
    severity: 'Minor',
    certainty: 'Observed',
    msgType: 'Update',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'end',
      label: tx('Einde situatie', 'End of situation', 'Fin de la situation', 'Entwarnung'),
      text: tx('Einde situatie', 'End of situation', 'Fin de la situation', 'Entwarnung'),
    },
  ],
  defaultRisk: 'end',
  actions: [
    {
      id: 'no-longer-avoid',
      label: tx(
        'Gebied niet langer vermijden',
        'No longer avoid the area',
        'Ne plus éviter la zone',
        'Gebiet nicht länger meiden',
      ),
      text: tx(
        'U hoeft het gebied niet langer te vermijden.',
        'You no longer need to avoid the area.',
        "Vous n'avez plus besoin d'éviter la zone.",
        'Sie müssen das Gebiet nicht länger meiden.',
      ),
    },
    {
      id: 'open-windows',
      label: tx(
        'Ramen en deuren weer open',
        'Windows and doors may be opened',
        'Portes et fenêtres peuvent être rouvertes',
        'Fenster und Türen wieder öffnen',
      ),
      text: tx(
        'U kunt ramen en deuren weer openen en de ventilatie aanzetten.',
        'You can open windows and doors and switch ventilation back on.',
        'Vous pouvez rouvrir portes et fenêtres et remettre la ventilation.',
        'Sie können Fenster und Türen wieder öffnen und die Lüftung einschalten.',
      ),
    },
    {
      id: 'follow-emergency-services',
      label: tx(
        'Volg instructies op van hulpdiensten',
        'Follow instructions of emergency services',
        'Suivez les instructions des services de secours',
        'Folgen Sie den Anweisungen der Einsatzkräfte',
      ),
      text: tx(
        'Volg verder de instructies van hulpdiensten op.',
        'Keep following the instructions of the emergency services.',
        'Continuez à suivre les instructions des services de secours.',
        'Folgen Sie weiter den Anweisungen der Einsatzkräfte.',
      ),
    },
  ],
  defaultAction: 'no-longer-avoid',
  components: {
    headline: tx(
      '{risk}: {location}',
      '{risk}: {location}',
      '{risk} : {location}',
      '{risk}: {location}',
    ),
    description: tx(
      'Het gevaar bij {location} is voorbij.\nDit geldt voor {area}.',
      'The danger at {location} is over.\nThis applies to {area}.',
      'Le danger à {location} est écarté.\nCeci concerne {area}.',
      'Die Gefahr bei {location} ist vorbei.\nDies gilt für {area}.',
    ),
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
};

/** NL-Alert test (control) message, as the twice-yearly control message reads. */
export const nlAlertTestTemplate: MessageTemplate = {
  id: 'nl-alert-test',
  version: 1,
  context: 'test',
  profiles: ['nl-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx(
    'Controlebericht NL-Alert',
    'NL-Alert test message',
    'Message test NL-Alert',
    'NL-Alert-Testnachricht',
  ),
  description: tx(
    'Controlebericht om te testen of NL-Alert werkt.',
    'A control message to test that NL-Alert works.',
    "Message de contrôle pour vérifier qu'NL-Alert fonctionne.",
    'Kontrollnachricht, um zu prüfen, ob NL-Alert funktioniert.',
  ),
  cap: {
    event: tx('Controlebericht', 'Test message', 'Message test', 'Testnachricht'),
    categories: ['Other'],
    responseTypes: ['None'],
    urgency: 'Unknown',
    severity: 'Minor',
    certainty: 'Observed',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'control-message',
      label: tx('Controlebericht', 'Test message', 'Message test', 'Testnachricht'),
      text: tx(
        'Dit is een controlebericht van NL-Alert.',
        'This is a test message from NL-Alert.',
        'Ceci est un message test de NL-Alert.',
        'Dies ist eine Testnachricht von NL-Alert.',
      ),
    },
  ],
  defaultRisk: 'control-message',
  actions: [
    {
      id: 'nothing-to-do',
      label: tx('Niets doen', 'No action needed', 'Rien à faire', 'Nichts zu tun'),
      text: tx(
        'U hoeft niets te doen.',
        'You do not need to do anything.',
        "Vous n'avez rien à faire.",
        'Sie müssen nichts tun.',
      ),
    },
  ],
  defaultAction: 'nothing-to-do',
  components: {
    headline: same('{risk}'),
    description: tx(
      'Ontvangt u dit bericht, dan werkt NL-Alert op uw telefoon.',
      'If you receive this message, NL-Alert works on your phone.',
      'Si vous recevez ce message, NL-Alert fonctionne sur votre téléphone.',
      'Wenn Sie diese Nachricht erhalten, funktioniert NL-Alert auf Ihrem Telefon.',
    ),
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
  web: 'https://www.nl-alert.nl',
};

/** BE-Alert test message (BE-Alert advises monthly tests). */
export const beAlertTestTemplate: MessageTemplate = {
  id: 'be-alert-test',
  version: 1,
  context: 'test',
  profiles: ['be-alert'],
  languages: ['nl', 'fr', 'de', 'en'],
  title: tx(
    'Testbericht BE-Alert',
    'BE-Alert test message',
    'Message test BE-Alert',
    'BE-Alert-Testnachricht',
  ),
  description: tx(
    'Testbericht om te controleren of BE-Alert werkt.',
    'A test message to check that BE-Alert works.',
    'Message test pour vérifier que BE-Alert fonctionne.',
    'Testnachricht, um zu prüfen, ob BE-Alert funktioniert.',
  ),
  cap: {
    event: tx('Testbericht', 'Test message', 'Message test', 'Testnachricht'),
    categories: ['Other'],
    responseTypes: ['None'],
    urgency: 'Unknown',
    severity: 'Minor',
    certainty: 'Observed',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'test-message',
      label: tx('Testbericht', 'Test message', 'Message test', 'Testnachricht'),
      text: tx(
        'Dit is een testbericht van BE-Alert.',
        'This is a test message from BE-Alert.',
        'Ceci est un message test de BE-Alert.',
        'Dies ist eine Testnachricht von BE-Alert.',
      ),
    },
  ],
  defaultRisk: 'test-message',
  actions: [
    {
      id: 'nothing-to-do',
      label: tx('Niets doen', 'No action needed', 'Rien à faire', 'Nichts zu tun'),
      text: tx(
        'U hoeft niets te doen.',
        'You do not need to do anything.',
        "Vous n'avez rien à faire.",
        'Sie müssen nichts tun.',
      ),
    },
  ],
  defaultAction: 'nothing-to-do',
  components: {
    headline: same('{risk}'),
    description: tx(
      'Verstuurd door {sender}.',
      'Sent by {sender}.',
      'Envoyé par {sender}.',
      'Gesendet von {sender}.',
    ),
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
  web: 'https://www.be-alert.be',
};
