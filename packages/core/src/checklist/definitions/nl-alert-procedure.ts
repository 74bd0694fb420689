import type { ChecklistDefinition } from '../types.js';
import { t } from './text.js';

const yesNo = [
  { id: 'yes', label: t('Ja', 'Yes') },
  { id: 'no', label: t('Nee', 'No') },
];

/** The four deployment criteria; at least one must hold. */
export const NL_ALERT_CRITERIA = [
  'criterion-act-now',
  'criterion-physical-threat',
  'criterion-unrest',
  'criterion-danger-to-life',
] as const;

/**
 * Stappenplan NL-Alert: decide (steps 1–2), compose (3, 5–11), broadcast (12–15) and the
 * follow-up (4: end message or new alert), with the four deployment criteria, the
 * attention value and, in extreme violence, the police advice. Gate `send` opens when a
 * criterion holds, the area is drawn and checked, the message and its translation are
 * checked, the duration is set and, in extreme violence, the police advice is recorded.
 */
export const nlAlertProcedure: ChecklistDefinition = {
  id: 'nl-alert-procedure',
  version: 1,
  title: t('Stappenplan NL-Alert', 'NL-Alert procedure'),
  description: t(
    'Beslissen, opstellen en uitzenden van een NL-Alert. Drie rollen, mogelijk drie verschillende personen. Ga altijd vertrouwelijk om met inloggegevens in de NL-Alert applicatie. Gebruik de oefenomgeving om vakbekwaam te blijven.',
    'Deciding on, composing and broadcasting an NL-Alert. Three roles, possibly three different people. Always treat login credentials for the NL-Alert application as confidential. Use the practice environment to stay proficient.',
  ),
  source:
    'Stappenplan NL-Alert (seeds/000_565d04c285cf240b.txt); police advice: Richtlijn inzet NL-Alert bij extreem geweld (seeds/001_c166954b5ab4940d.txt)',
  roles: [
    {
      id: 'decide',
      label: t('Besluit tot inzet', 'Decides on deployment'),
      description: t(
        'Het bevoegd gezag of de gemandateerde functionaris.',
        'The competent authority or the mandated official.',
      ),
    },
    { id: 'compose', label: t('Stelt het bericht op', 'Composes the message') },
    {
      id: 'broadcast',
      label: t('Zendt uit', 'Broadcasts'),
      description: t('Vanuit de meldkamer.', 'From the emergency dispatch centre.'),
    },
  ],
  sections: [
    {
      id: 'decide',
      title: t('Beslissen (stap 1–2)', 'Decide (steps 1–2)'),
      role: 'decide',
      items: [
        {
          id: 'step-1-discuss',
          kind: 'check',
          required: true,
          label: t(
            '1. Er is een incident: bespreek met collega’s of een NL-Alert wordt ingezet',
            '1. There is an incident: discuss with colleagues whether to deploy an NL-Alert',
          ),
        },
        {
          id: 'attention-value',
          kind: 'check',
          required: true,
          label: t(
            'Attentiewaarde afgewogen: hoeveel aandacht en opvolging van gedrag verwachten we?',
            'Attention value weighed: how much attention and behavioural follow-up do we expect?',
          ),
        },
        {
          id: 'extreme-violence',
          kind: 'choice',
          required: true,
          label: t('Is er sprake van extreem geweld?', 'Is this a situation of extreme violence?'),
          help: t(
            'Schietincidenten, bomaanslagen, inrijden op menigtes. Zo ja: stem af met de politie.',
            'Shootings, bombings, vehicles driven into crowds. If so: consult the police.',
          ),
          options: yesNo,
        },
        {
          id: 'decision',
          kind: 'check',
          required: true,
          label: t(
            'Besluit: ja, we zetten een NL-Alert in',
            'Decision: yes, we deploy an NL-Alert',
          ),
        },
        {
          id: 'step-2-inform-composer',
          kind: 'check',
          required: true,
          label: t(
            '2. Informeer degene die het bericht opstelt',
            '2. Inform whoever composes the message',
          ),
        },
      ],
    },
    {
      id: 'criteria',
      title: t('Inzetcriteria', 'Deployment criteria'),
      description: t(
        'Voldoet het incident aan één of meer van de inzetcriteria? Minstens één moet gelden.',
        'Does the incident meet one or more of the deployment criteria? At least one must hold.',
      ),
      role: 'decide',
      items: [
        {
          id: 'criterion-act-now',
          kind: 'check',
          label: t(
            'Het incident vereist dat het publiek onmiddellijk handelt',
            'The incident requires the public to act immediately',
          ),
        },
        {
          id: 'criterion-physical-threat',
          kind: 'check',
          label: t('Het incident vormt een fysieke dreiging', 'The incident is a physical threat'),
        },
        {
          id: 'criterion-unrest',
          kind: 'check',
          label: t(
            'Het incident veroorzaakt grote maatschappelijke onrust of ontwrichting',
            'The incident causes great public unrest or disruption',
          ),
        },
        {
          id: 'criterion-danger-to-life',
          kind: 'check',
          label: t(
            'Het incident levert levensgevaar of een acuut gevaar voor de gezondheid op',
            'The incident brings danger to life or acute danger to health',
          ),
        },
      ],
    },
    {
      id: 'police-advice',
      title: t('Extreem geweld: politieadvies', 'Extreme violence: police advice'),
      description: t(
        'Vraag altijd een politiefunctionaris om advies voordat NL-Alert wordt ingezet bij extreem geweld. Die vraagt altijd een second opinion bij de HOvD-P operations van de Landelijke Eenheid.',
        'Always ask a police officer for advice before deploying NL-Alert in extreme violence. The officer always gets a second opinion from HOvD-P operations of the National Unit.',
      ),
      role: 'decide',
      when: { item: 'extreme-violence', equals: 'yes' },
      items: [
        {
          id: 'police-advisor-function',
          kind: 'choice',
          required: true,
          label: t('Advies gevraagd aan', 'Advice asked from'),
          options: [
            {
              id: 'hovd-p',
              label: t(
                'Hoofd Officier van Dienst Politie (HOvD-P)',
                'Chief police duty officer (HOvD-P)',
              ),
            },
            {
              id: 'ovd-oc',
              label: t(
                'Officier van Dienst Operationeel Centrum (OvD-OC)',
                'Duty officer of the police operational centre (OvD-OC)',
              ),
            },
          ],
        },
        {
          id: 'police-advisor-name',
          kind: 'name',
          required: true,
          label: t(
            'Naam van de adviserende politiefunctionaris',
            'Name of the advising police officer',
          ),
        },
        {
          id: 'police-advice-time',
          kind: 'time',
          required: true,
          label: t('Tijdstip van het politieadvies', 'Time of the police advice'),
        },
        {
          id: 'second-opinion',
          kind: 'check',
          required: true,
          label: t(
            'Second opinion gevraagd bij de HOvD-P operations van de Landelijke Eenheid',
            'Second opinion obtained from HOvD-P operations of the National Unit',
          ),
        },
        {
          id: 'police-advice-weighed',
          kind: 'check',
          required: true,
          label: t(
            'Politieadvies meegewogen in het besluit tot inzet',
            'Police advice weighed in the decision to deploy',
          ),
        },
      ],
    },
    {
      id: 'compose',
      title: t('Opstellen (stap 3, 5–11)', 'Compose (steps 3, 5–11)'),
      description: t(
        '3. Het NL-Alert wordt opgesteld en uitgezonden. Let op: verschillende personen kunnen het opstellen en uitzenden uitvoeren.',
        '3. The NL-Alert is composed and broadcast. Note: different people may compose and broadcast.',
      ),
      role: 'compose',
      items: [
        {
          id: 'step-5-login',
          kind: 'check',
          required: true,
          label: t('5. Inloggen en bericht aanmaken', '5. Log in and create a message'),
          help: t(
            'Meldkamer: inloggen via het Startmenu van de LMS-omgeving. Anderen die alleen opstellen: via de bekende URL.',
            'Dispatch centre: log in through the Start menu of the LMS environment. Others who only compose: through the known URL.',
          ),
        },
        {
          id: 'step-6-agree',
          kind: 'check',
          required: true,
          label: t(
            '6. Stem met de juiste collega(’s) de inhoud, het uitzendgebied en de uitzendduur af',
            '6. Agree content, broadcast area and duration with the right colleague(s)',
          ),
        },
        {
          id: 'step-7-area',
          kind: 'check',
          required: true,
          label: t(
            '7. Teken het uitzendgebied in op de kaart',
            '7. Draw the broadcast area on the map',
          ),
        },
        {
          id: 'step-8-standard-message',
          kind: 'check',
          required: true,
          label: t(
            '8. Selecteer een standaardbericht en pas het aan indien nodig',
            '8. Select a standard message and adapt it where needed',
          ),
          help: t(
            'Vul de vaste componenten in; de meeste gaan automatisch of kies je uit een lijst.',
            'Fill in the fixed components; most are automatic or picked from a list.',
          ),
        },
        {
          id: 'component-sender',
          kind: 'check',
          required: true,
          label: t('Vaste component: afzender', 'Fixed component: sender'),
        },
        {
          id: 'component-date-time',
          kind: 'check',
          required: true,
          label: t('Vaste component: datum en tijd', 'Fixed component: date and time'),
        },
        {
          id: 'component-risk',
          kind: 'check',
          required: true,
          label: t('Vaste component: risico', 'Fixed component: risk'),
        },
        {
          id: 'component-location',
          kind: 'check',
          required: true,
          label: t(
            'Vaste component: locatie (bron- en effectgebied)',
            'Fixed component: location (source and effect area)',
          ),
        },
        {
          id: 'component-action',
          kind: 'check',
          required: true,
          label: t(
            'Vaste component: handelingsperspectief',
            'Fixed component: action advice (what to do)',
          ),
        },
        {
          id: 'component-information',
          kind: 'check',
          required: true,
          label: t('Vaste component: informatie', 'Fixed component: more information'),
        },
        {
          id: 'step-9-check',
          kind: 'check',
          required: true,
          label: t(
            '9. Controleer het bericht met de juiste collega(’s): loopt de tekst goed?',
            '9. Check the message with the right colleague(s): does the text read well?',
          ),
        },
        {
          id: 'step-9-translation',
          kind: 'choice',
          required: true,
          label: t(
            '9. Klopt het bericht met een eventuele vertaling?',
            '9. Does the message match its translation, if any?',
          ),
          options: [
            {
              id: 'matches',
              label: t('Vertaling gecontroleerd: klopt', 'Translation checked: matches'),
            },
            { id: 'no-translation', label: t('Er is geen vertaling', 'There is no translation') },
          ],
        },
        {
          id: 'step-10-duration',
          kind: 'check',
          required: true,
          label: t(
            '10. Stel de uitzendduur in en sla op',
            '10. Set the broadcast duration and save',
          ),
          help: t(
            'Standaard uitzendduur is 1 uur. De uitzending stopt automatisch na het verlopen van de uitzendduur.',
            'The default duration is 1 hour. Broadcasting stops by itself when the duration runs out.',
          ),
        },
        {
          id: 'message-title',
          kind: 'text',
          required: true,
          label: t('Titel van het bericht', 'Title of the message'),
          help: t(
            'Deze titel geef je door aan de meldkamer (stap 11).',
            'You pass this title to the dispatch centre (step 11).',
          ),
        },
        {
          id: 'step-11-inform-dispatch',
          kind: 'check',
          required: true,
          label: t(
            '11. Informeer de meldkamer, telefonisch of via de mail, en geef de titel van het bericht door',
            '11. Inform the dispatch centre, by phone or e-mail, and pass on the title of the message',
          ),
        },
      ],
    },
    {
      id: 'broadcast',
      title: t('Uitzenden (stap 12–15)', 'Broadcast (steps 12–15)'),
      role: 'broadcast',
      items: [
        {
          id: 'step-12-notified',
          kind: 'check',
          required: true,
          label: t(
            '12. Melding komt binnen: het conceptbericht staat klaar',
            '12. Notification received: the draft message is ready',
          ),
        },
        {
          id: 'step-13-login',
          kind: 'check',
          required: true,
          label: t(
            '13. Inloggen in de NL-Alert applicatie',
            '13. Log in to the NL-Alert application',
          ),
          help: t(
            'Meldkamer: log áltijd in via het Startmenu van de LMS-omgeving.',
            'Dispatch centre: always log in through the Start menu of the LMS environment.',
          ),
        },
        {
          id: 'step-14-components',
          kind: 'check',
          required: true,
          label: t(
            '14. Bericht geopend: alle componenten zijn ingevuld',
            '14. Message opened: all components are filled in',
          ),
        },
        {
          id: 'step-14-area',
          kind: 'check',
          required: true,
          label: t('14. Uitzendgebied gecontroleerd', '14. Broadcast area checked'),
        },
        {
          id: 'step-14-duration',
          kind: 'check',
          required: true,
          label: t('14. Uitzendduur gecontroleerd', '14. Broadcast duration checked'),
        },
        {
          id: 'step-15-broadcast',
          kind: 'check',
          required: true,
          label: t('15. Zend het bericht uit', '15. Broadcast the message'),
        },
      ],
    },
    {
      id: 'follow-up',
      title: t(
        '4. Looptijd verlopen of situatie veranderd',
        '4. Duration ran out or situation changed',
      ),
      role: 'decide',
      when: { item: 'step-15-broadcast', done: true },
      items: [
        {
          id: 'follow-up-kind',
          kind: 'choice',
          label: t('Bepaal wat je uitzendt', 'Decide what to broadcast'),
          options: [
            { id: 'end-message', label: t('Een afmeldbericht', 'An end message') },
            { id: 'new-alert', label: t('Een nieuw NL-Alert', 'A new NL-Alert') },
          ],
        },
        {
          id: 'stop-running-broadcast',
          kind: 'check',
          required: true,
          role: 'compose',
          when: { item: 'follow-up-kind', done: true },
          label: t(
            'Stop de uitzending van het bestaande bericht vóór je het vervolg- of eindbericht uitzendt',
            'Stop the running broadcast before sending the follow-up or end message',
          ),
        },
      ],
    },
  ],
  gates: [
    {
      id: 'send',
      label: t('Uitzenden', 'Broadcast'),
      description: t(
        'Het bericht mag pas worden uitgezonden als aan deze voorwaarden is voldaan.',
        'The message may be broadcast only when these conditions are met.',
      ),
      requires: [
        {
          atLeast: 1,
          of: [...NL_ALERT_CRITERIA],
          label: t(
            'Minstens één inzetcriterium moet gelden',
            'At least one deployment criterion must hold',
          ),
        },
        { item: 'extreme-violence' },
        { item: 'decision' },
        { section: 'police-advice' },
        { item: 'step-7-area' },
        { item: 'step-14-area' },
        { item: 'step-9-check' },
        { item: 'step-9-translation' },
        { item: 'step-10-duration' },
      ],
    },
  ],
};
