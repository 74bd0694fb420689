import type { ChecklistDefinition } from '../types.js';
import { t } from './text.js';

/**
 * BE-Alert: simulation or real, kind of message, channels (registered subscribers,
 * location-based SMS to everyone in the zone, CAP to info boards and screens), languages
 * (Dutch, French, German), zone. Gate `send` opens when all of these are settled.
 */
export const beAlert: ChecklistDefinition = {
  id: 'be-alert',
  version: 1,
  title: t(
    'BE-Alert verzenden',
    'Sending a BE-Alert',
    'Envoyer une alerte BE-Alert',
    'Eine BE-Alert versenden',
  ),
  description: t(
    'Kies de kanalen die bij tijdstip, locatie en aard van het incident passen. Ondersteuning bij en overname van de alarmering, 24/7: Nationaal Crisiscentrum, 02 506 47 11.',
    'Choose the channels that fit the time, place and nature of the incident. Support with, or takeover of, the alert, 24/7: National Crisis Centre, +32 2 506 47 11.',
    'Choisissez les canaux adaptés au moment, au lieu et à la nature de l’incident. Soutien ou reprise de l’alerte, 24 h/24 et 7 j/7 : Centre de crise National, +32 2 506 47 11.',
    'Wählen Sie die Kanäle, die zu Zeitpunkt, Ort und Art des Vorfalls passen. Unterstützung bei oder Übernahme der Alarmierung, rund um die Uhr: Nationales Krisenzentrum, +32 2 506 47 11.',
  ),
  source: 'BE-Alert voor lokale overheden, FAQ (seeds/002_187867c80ed29ae9.txt)',
  roles: [
    {
      id: 'operator',
      label: t('BE-Alert-gebruiker', 'BE-Alert user', 'Utilisateur BE-Alert', 'BE-Alert-Benutzer'),
    },
  ],
  sections: [
    {
      id: 'environment',
      title: t('Omgeving', 'Environment', 'Environnement', 'Umgebung'),
      role: 'operator',
      items: [
        {
          id: 'environment',
          kind: 'choice',
          required: true,
          label: t(
            'Simulatie of echte alarmering?',
            'Simulation or a real alert?',
            'Simulation ou alerte réelle ?',
            'Simulation oder echte Alarmierung?',
          ),
          options: [
            {
              id: 'simulation',
              label: t(
                'Simulatie-omgeving: exacte kopie, verzendt niets',
                'Simulation environment: an exact copy that sends nothing',
                'Environnement de simulation : copie exacte qui n’envoie rien',
                'Simulationsumgebung: eine exakte Kopie, die nichts versendet',
              ),
            },
            {
              id: 'real',
              label: t('Echte alarmering', 'Real alert', 'Alerte réelle', 'Echte Alarmierung'),
            },
          ],
        },
        {
          id: 'simulation-watermark',
          kind: 'check',
          required: true,
          when: { item: 'environment', equals: 'simulation' },
          label: t(
            'Het watermerk SIMULATIE / SIMULATION staat op de achtergrond',
            'The watermark SIMULATIE / SIMULATION shows in the background',
            'Le filigrane SIMULATIE / SIMULATION apparaît à l’arrière-plan',
            'Das Wasserzeichen SIMULATIE / SIMULATION erscheint im Hintergrund',
          ),
        },
        {
          id: 'real-environment-confirmed',
          kind: 'check',
          required: true,
          when: { item: 'environment', equals: 'real' },
          label: t(
            'Bij het aanmelden de echte omgeving gekozen: berichten worden werkelijk verzonden',
            'The real environment was chosen at login: messages will really be sent',
            'L’environnement réel a été choisi à la connexion : les messages seront réellement envoyés',
            'Bei der Anmeldung wurde die echte Umgebung gewählt: Meldungen werden wirklich versendet',
          ),
        },
      ],
    },
    {
      id: 'content',
      title: t('Soort bericht', 'Kind of message', 'Type de message', 'Art der Meldung'),
      role: 'operator',
      items: [
        {
          id: 'message-kind',
          kind: 'choice',
          required: true,
          label: t('Soort bericht', 'Kind of message', 'Type de message', 'Art der Meldung'),
          options: [
            {
              id: 'alert',
              label: t(
                'Alarmerings- of waarschuwingsbericht: alleen bij een (dreigende) noodsituatie',
                'Alert or warning: only in an emergency or an imminent one',
                'Message d’alerte ou d’avertissement : uniquement en cas de situation d’urgence (imminente)',
                'Alarmierungs- oder Warnmeldung: nur bei einer (drohenden) Notlage',
              ),
            },
            {
              id: 'general-interest',
              label: t(
                'Bericht van algemeen nut: alleen naar ingeschreven personen die zich hierop abonneerden',
                'Message of general interest: only to registered subscribers who opted in',
                'Message d’intérêt général : uniquement aux personnes inscrites qui s’y sont abonnées',
                'Meldung von allgemeinem Interesse: nur an registrierte Personen, die sie abonniert haben',
              ),
            },
          ],
        },
        {
          id: 'alert-components',
          kind: 'check',
          required: true,
          when: { item: 'message-kind', equals: 'alert' },
          label: t(
            'Het bericht noemt aard en locatie van de noodsituatie en geeft advies aan de bevolking',
            'The message names the nature and location of the emergency and advises the public',
            'Le message indique la nature et le lieu de la situation d’urgence et donne des conseils à la population',
            'Die Meldung nennt Art und Ort der Notlage und gibt der Bevölkerung Verhaltenshinweise',
          ),
        },
        {
          id: 'no-commercial-or-political',
          kind: 'check',
          required: true,
          label: t(
            'Geen commercieel, promotioneel of politiek georiënteerd bericht',
            'No commercial, promotional or political message',
            'Aucun message commercial, promotionnel ou à caractère politique',
            'Keine kommerzielle, werbende oder politisch ausgerichtete Meldung',
          ),
        },
      ],
    },
    {
      id: 'channels',
      title: t('Kanalen', 'Channels', 'Canaux', 'Kanäle'),
      role: 'operator',
      items: [
        {
          id: 'channels',
          kind: 'multi-choice',
          required: true,
          label: t('Kanalen', 'Channels', 'Canaux', 'Kanäle'),
          options: [
            {
              id: 'subscribers',
              label: t(
                'Ingeschreven personen: sms, gesproken bericht, e-mail (tot op huisnummer)',
                'Registered subscribers: SMS, voice call, e-mail (down to house number)',
                'Personnes inscrites : SMS, message vocal, e-mail (jusqu’au numéro de maison)',
                'Registrierte Personen: SMS, Sprachnachricht, E-Mail (bis auf die Hausnummer genau)',
              ),
            },
            {
              id: 'location-sms',
              label: t(
                'Iedereen in de alarmeringszone: locatiegebaseerde sms',
                'Everyone in the alert zone: location-based SMS',
                'Toute personne dans la zone d’alerte : SMS géolocalisé',
                'Alle in der Alarmierungszone: standortbasierte SMS',
              ),
            },
            {
              id: 'cap',
              label: t(
                'CAP: elektronische infoborden en schermen',
                'CAP: electronic information boards and screens',
                'CAP : panneaux d’information électroniques et écrans',
                'CAP: elektronische Informationstafeln und Bildschirme',
              ),
            },
          ],
        },
        {
          id: 'subscriber-media',
          kind: 'multi-choice',
          required: true,
          when: { item: 'channels', includes: 'subscribers' },
          label: t(
            'Naar ingeschreven personen via',
            'To registered subscribers by',
            'Aux personnes inscrites par',
            'An registrierte Personen per',
          ),
          help: t(
            'Sms en gesproken bericht kosten € 0,055 (excl. btw) per sms van 160 tekens of per 60 seconden; e-mail is gratis. Een overbelast telefoonnetwerk spaar je door geen gesproken berichten te sturen.',
            'SMS and voice cost €0.055 (excl. VAT) per 160-character SMS or per 60 seconds; e-mail is free. Spare an overloaded phone network by not sending voice messages.',
            'Le SMS et le message vocal coûtent 0,055 € (hors TVA) par SMS de 160 caractères ou par 60 secondes ; l’e-mail est gratuit. Ménagez un réseau téléphonique surchargé en n’envoyant pas de messages vocaux.',
            'SMS und Sprachnachricht kosten 0,055 € (ohne MwSt.) je SMS mit 160 Zeichen oder je 60 Sekunden; E-Mail ist kostenlos. Ein überlastetes Telefonnetz schonen Sie, indem Sie keine Sprachnachrichten senden.',
          ),
          options: [
            {
              id: 'sms',
              label: t(
                'Sms (minstens 500 per seconde)',
                'SMS (at least 500 per second)',
                'SMS (au moins 500 par seconde)',
                'SMS (mindestens 500 pro Sekunde)',
              ),
            },
            {
              id: 'voice',
              label: t(
                'Gesproken bericht (hoogstens 600 oproepen per minuut)',
                'Voice call (at most 600 calls per minute)',
                'Message vocal (au plus 600 appels par minute)',
                'Sprachnachricht (höchstens 600 Anrufe pro Minute)',
              ),
            },
            {
              id: 'email',
              label: t(
                'E-mail (minstens 2500 per seconde)',
                'E-mail (at least 2,500 per second)',
                'E-mail (au moins 2 500 par seconde)',
                'E-Mail (mindestens 2.500 pro Sekunde)',
              ),
            },
          ],
        },
        {
          id: 'location-sms-imminent-danger',
          kind: 'check',
          required: true,
          when: { item: 'channels', includes: 'location-sms' },
          label: t(
            'Er is dreigend gevaar: onmiddellijk gevaar voor de gezondheid en/of veiligheid van de betrokkenen',
            'There is imminent danger: immediate danger to the health and/or safety of those concerned',
            'Il y a un danger imminent : un danger immédiat pour la santé et/ou la sécurité des personnes concernées',
            'Es besteht drohende Gefahr: unmittelbare Gefahr für die Gesundheit und/oder Sicherheit der Betroffenen',
          ),
          help: t(
            'Wettelijke voorwaarde voor een locatiegebaseerde sms.',
            'A legal condition for location-based SMS.',
            'Condition légale pour un SMS géolocalisé.',
            'Gesetzliche Voraussetzung für eine standortbasierte SMS.',
          ),
        },
        {
          id: 'location-sms-reach',
          kind: 'check',
          required: true,
          when: { item: 'channels', includes: 'location-sms' },
          label: t(
            'De sms bereikt ook toestellen buiten de zone, en hoeveel mensen hem ontvangen is vooraf niet bekend',
            'The SMS also reaches devices outside the zone, and how many people receive it is not known in advance',
            'Le SMS atteint aussi des appareils hors de la zone, et le nombre de personnes qui le reçoivent n’est pas connu à l’avance',
            'Die SMS erreicht auch Geräte außerhalb der Zone, und wie viele Menschen sie empfangen, ist vorab nicht bekannt',
          ),
        },
        {
          id: 'cap-boards',
          kind: 'check',
          when: { item: 'channels', includes: 'cap' },
          label: t(
            'De infoborden en schermen in de zone zijn via de CAP-gateway gekoppeld',
            'The information boards and screens in the zone are linked through the CAP gateway',
            'Les panneaux d’information et les écrans de la zone sont reliés via la passerelle CAP',
            'Die Informationstafeln und Bildschirme in der Zone sind über das CAP-Gateway angebunden',
          ),
        },
      ],
    },
    {
      id: 'languages',
      title: t('Talen', 'Languages', 'Langues', 'Sprachen'),
      description: t(
        'Stel het bericht op in één of meer van de officiële talen.',
        'Write the message in one or more of the official languages.',
        'Rédigez le message dans une ou plusieurs des langues officielles.',
        'Verfassen Sie die Meldung in einer oder mehreren der Amtssprachen.',
      ),
      role: 'operator',
      items: [
        {
          id: 'languages',
          kind: 'multi-choice',
          required: true,
          label: t(
            'Talen van het bericht',
            'Languages of the message',
            'Langues du message',
            'Sprachen der Meldung',
          ),
          options: [
            { id: 'nl', label: t('Nederlands', 'Dutch', 'Néerlandais', 'Niederländisch') },
            { id: 'fr', label: t('Frans', 'French', 'Français', 'Französisch') },
            { id: 'de', label: t('Duits', 'German', 'Allemand', 'Deutsch') },
          ],
        },
        {
          id: 'text-nl-checked',
          kind: 'check',
          required: true,
          when: { item: 'languages', includes: 'nl' },
          label: t(
            'Nederlandse tekst gecontroleerd',
            'Dutch text checked',
            'Texte néerlandais vérifié',
            'Niederländischer Text geprüft',
          ),
        },
        {
          id: 'text-fr-checked',
          kind: 'check',
          required: true,
          when: { item: 'languages', includes: 'fr' },
          label: t(
            'Franse tekst gecontroleerd',
            'French text checked',
            'Texte français vérifié',
            'Französischer Text geprüft',
          ),
        },
        {
          id: 'text-de-checked',
          kind: 'check',
          required: true,
          when: { item: 'languages', includes: 'de' },
          label: t(
            'Duitse tekst gecontroleerd',
            'German text checked',
            'Texte allemand vérifié',
            'Deutscher Text geprüft',
          ),
        },
      ],
    },
    {
      id: 'zone',
      title: t('Alarmeringszone', 'Alert zone', 'Zone d’alerte', 'Alarmierungszone'),
      role: 'operator',
      items: [
        {
          id: 'zone-drawn',
          kind: 'check',
          required: true,
          label: t(
            'Alarmeringszone op de kaart getekend of groep gekozen',
            'Alert zone drawn on the map, or group chosen',
            'Zone d’alerte dessinée sur la carte, ou groupe choisi',
            'Alarmierungszone auf der Karte gezeichnet oder Gruppe gewählt',
          ),
        },
        {
          id: 'zone-scope',
          kind: 'choice',
          required: true,
          label: t(
            'Reikt de zone buiten de eigen gemeente?',
            'Does the zone reach beyond the municipality?',
            'La zone s’étend-elle au-delà de la commune ?',
            'Reicht die Zone über die eigene Gemeinde hinaus?',
          ),
          options: [
            {
              id: 'own',
              label: t(
                'Nee, binnen de eigen gemeente',
                'No, within the municipality',
                'Non, dans la commune',
                'Nein, innerhalb der eigenen Gemeinde',
              ),
            },
            {
              id: 'adjacent',
              label: t(
                'Ja, in een aangrenzende buurgemeente, via een ad-hoc samenwerkingsverband',
                'Yes, into an adjacent municipality, through an ad hoc partnership',
                'Oui, dans une commune voisine, via un partenariat ad hoc',
                'Ja, in eine angrenzende Nachbargemeinde, über eine Ad-hoc-Zusammenarbeit',
              ),
            },
          ],
        },
      ],
    },
    {
      id: 'launch',
      title: t(
        'Verzenden en opvolgen',
        'Send and follow up',
        'Envoyer et suivre',
        'Versenden und nachverfolgen',
      ),
      role: 'operator',
      items: [
        {
          id: 'campaign-launched',
          kind: 'check',
          required: true,
          label: t(
            'Campagne gelanceerd',
            'Campaign launched',
            'Campagne lancée',
            'Kampagne gestartet',
          ),
        },
        {
          id: 'delivery-followed',
          kind: 'check',
          label: t(
            'Verloop in real time opgevolgd en eindrapportering bekeken',
            'Delivery followed in real time and final report reviewed',
            'Déroulement suivi en temps réel et rapport final consulté',
            'Verlauf in Echtzeit verfolgt und Abschlussbericht eingesehen',
          ),
        },
      ],
    },
  ],
  gates: [
    {
      id: 'send',
      label: t(
        'Campagne lanceren',
        'Launch the campaign',
        'Lancer la campagne',
        'Kampagne starten',
      ),
      requires: [
        { section: 'environment' },
        { section: 'content' },
        { section: 'channels' },
        { section: 'languages' },
        { section: 'zone' },
      ],
    },
  ],
};
