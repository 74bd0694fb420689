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
  title: t('BE-Alert verzenden', 'Sending a BE-Alert'),
  description: t(
    'Kies de kanalen die bij tijdstip, locatie en aard van het incident passen. Ondersteuning bij en overname van de alarmering, 24/7: Nationaal Crisiscentrum, 02 506 47 11.',
    'Choose the channels that fit the time, place and nature of the incident. Support with, or takeover of, the alert, 24/7: National Crisis Centre, +32 2 506 47 11.',
  ),
  source: 'BE-Alert voor lokale overheden, FAQ (seeds/002_187867c80ed29ae9.txt)',
  roles: [{ id: 'operator', label: t('BE-Alert-gebruiker', 'BE-Alert user') }],
  sections: [
    {
      id: 'environment',
      title: t('Omgeving', 'Environment'),
      role: 'operator',
      items: [
        {
          id: 'environment',
          kind: 'choice',
          required: true,
          label: t('Simulatie of echte alarmering?', 'Simulation or a real alert?'),
          options: [
            {
              id: 'simulation',
              label: t(
                'Simulatie-omgeving: exacte kopie, verzendt niets',
                'Simulation environment: an exact copy that sends nothing',
              ),
            },
            { id: 'real', label: t('Echte alarmering', 'Real alert') },
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
          ),
        },
      ],
    },
    {
      id: 'content',
      title: t('Soort bericht', 'Kind of message'),
      role: 'operator',
      items: [
        {
          id: 'message-kind',
          kind: 'choice',
          required: true,
          label: t('Soort bericht', 'Kind of message'),
          options: [
            {
              id: 'alert',
              label: t(
                'Alarmerings- of waarschuwingsbericht: alleen bij een (dreigende) noodsituatie',
                'Alert or warning: only in an emergency or an imminent one',
              ),
            },
            {
              id: 'general-interest',
              label: t(
                'Bericht van algemeen nut: alleen naar ingeschreven personen die zich hierop abonneerden',
                'Message of general interest: only to registered subscribers who opted in',
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
          ),
        },
        {
          id: 'no-commercial-or-political',
          kind: 'check',
          required: true,
          label: t(
            'Geen commercieel, promotioneel of politiek georiënteerd bericht',
            'No commercial, promotional or political message',
          ),
        },
      ],
    },
    {
      id: 'channels',
      title: t('Kanalen', 'Channels'),
      role: 'operator',
      items: [
        {
          id: 'channels',
          kind: 'multi-choice',
          required: true,
          label: t('Kanalen', 'Channels'),
          options: [
            {
              id: 'subscribers',
              label: t(
                'Ingeschreven personen: sms, gesproken bericht, e-mail (tot op huisnummer)',
                'Registered subscribers: SMS, voice call, e-mail (down to house number)',
              ),
            },
            {
              id: 'location-sms',
              label: t(
                'Iedereen in de alarmeringszone: locatiegebaseerde sms',
                'Everyone in the alert zone: location-based SMS',
              ),
            },
            {
              id: 'cap',
              label: t(
                'CAP: elektronische infoborden en schermen',
                'CAP: electronic information boards and screens',
              ),
            },
          ],
        },
        {
          id: 'subscriber-media',
          kind: 'multi-choice',
          required: true,
          when: { item: 'channels', includes: 'subscribers' },
          label: t('Naar ingeschreven personen via', 'To registered subscribers by'),
          help: t(
            'Sms en gesproken bericht kosten € 0,055 (excl. btw) per sms van 160 tekens of per 60 seconden; e-mail is gratis. Een overbelast telefoonnetwerk spaar je door geen gesproken berichten te sturen.',
            'SMS and voice cost €0.055 (excl. VAT) per 160-character SMS or per 60 seconds; e-mail is free. Spare an overloaded phone network by not sending voice messages.',
          ),
          options: [
            {
              id: 'sms',
              label: t('Sms (minstens 500 per seconde)', 'SMS (at least 500 per second)'),
            },
            {
              id: 'voice',
              label: t(
                'Gesproken bericht (hoogstens 600 oproepen per minuut)',
                'Voice call (at most 600 calls per minute)',
              ),
            },
            {
              id: 'email',
              label: t('E-mail (minstens 2500 per seconde)', 'E-mail (at least 2,500 per second)'),
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
          ),
          help: t(
            'Wettelijke voorwaarde voor een locatiegebaseerde sms.',
            'A legal condition for location-based SMS.',
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
          ),
        },
        {
          id: 'cap-boards',
          kind: 'check',
          when: { item: 'channels', includes: 'cap' },
          label: t(
            'De infoborden en schermen in de zone zijn via de CAP-gateway gekoppeld',
            'The information boards and screens in the zone are linked through the CAP gateway',
          ),
        },
      ],
    },
    {
      id: 'languages',
      title: t('Talen', 'Languages'),
      description: t(
        'Stel het bericht op in één of meer van de officiële talen.',
        'Write the message in one or more of the official languages.',
      ),
      role: 'operator',
      items: [
        {
          id: 'languages',
          kind: 'multi-choice',
          required: true,
          label: t('Talen van het bericht', 'Languages of the message'),
          options: [
            { id: 'nl', label: t('Nederlands', 'Dutch') },
            { id: 'fr', label: t('Frans', 'French') },
            { id: 'de', label: t('Duits', 'German') },
          ],
        },
        {
          id: 'text-nl-checked',
          kind: 'check',
          required: true,
          when: { item: 'languages', includes: 'nl' },
          label: t('Nederlandse tekst gecontroleerd', 'Dutch text checked'),
        },
        {
          id: 'text-fr-checked',
          kind: 'check',
          required: true,
          when: { item: 'languages', includes: 'fr' },
          label: t('Franse tekst gecontroleerd', 'French text checked'),
        },
        {
          id: 'text-de-checked',
          kind: 'check',
          required: true,
          when: { item: 'languages', includes: 'de' },
          label: t('Duitse tekst gecontroleerd', 'German text checked'),
        },
      ],
    },
    {
      id: 'zone',
      title: t('Alarmeringszone', 'Alert zone'),
      role: 'operator',
      items: [
        {
          id: 'zone-drawn',
          kind: 'check',
          required: true,
          label: t(
            'Alarmeringszone op de kaart getekend of groep gekozen',
            'Alert zone drawn on the map, or group chosen',
          ),
        },
        {
          id: 'zone-scope',
          kind: 'choice',
          required: true,
          label: t(
            'Reikt de zone buiten de eigen gemeente?',
            'Does the zone reach beyond the municipality?',
          ),
          options: [
            { id: 'own', label: t('Nee, binnen de eigen gemeente', 'No, within the municipality') },
            {
              id: 'adjacent',
              label: t(
                'Ja, in een aangrenzende buurgemeente, via een ad-hoc samenwerkingsverband',
                'Yes, into an adjacent municipality, through an ad hoc partnership',
              ),
            },
          ],
        },
      ],
    },
    {
      id: 'launch',
      title: t('Verzenden en opvolgen', 'Send and follow up'),
      role: 'operator',
      items: [
        {
          id: 'campaign-launched',
          kind: 'check',
          required: true,
          label: t('Campagne gelanceerd', 'Campaign launched'),
        },
        {
          id: 'delivery-followed',
          kind: 'check',
          label: t(
            'Verloop in real time opgevolgd en eindrapportering bekeken',
            'Delivery followed in real time and final report reviewed',
          ),
        },
      ],
    },
  ],
  gates: [
    {
      id: 'send',
      label: t('Campagne lanceren', 'Launch the campaign'),
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
