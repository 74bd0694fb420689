import type { ChecklistDefinition } from '../types.js';
import { t } from './text.js';

/**
 * Richtlijn inzet NL-Alert bij extreem geweld: the scenario (threat, active attackers,
 * after-phase), police advice from HOvD-P or OvD-OC recorded with name and time, the
 * second opinion from HOvD-P operations of the National Unit, the three risks, and the
 * rules and building blocks for the message.
 */
export const extremeViolenceGuideline: ChecklistDefinition = {
  id: 'nl-alert-extreme-violence',
  version: 1,
  title: t(
    'Richtlijn inzet NL-Alert bij extreem geweld',
    'Guideline: NL-Alert in situations of extreme violence',
  ),
  description: t(
    'Schietincidenten, bomaanslagen, inrijden op menigtes. Dit kan terrorisme zijn, maar hoeft niet. Doel: meer slachtoffers helpen voorkomen door burgers in de directe omgeving adequaat te laten handelen.',
    'Shootings, bombings, vehicles driven into crowds. This may be terrorism, but need not be. Aim: help prevent more casualties by getting people close to the incident to act adequately.',
  ),
  source: 'Richtlijn inzet NL-Alert bij extreem geweld (seeds/001_c166954b5ab4940d.txt)',
  roles: [
    {
      id: 'decide',
      label: t('Bevoegd tot inzet', 'Authorised to deploy'),
      description: t(
        'De functionaris die bevoegd is tot inzet van NL-Alert (bevoegd gezag of gemandateerde).',
        'The official authorised to deploy NL-Alert (competent authority or mandated official).',
      ),
    },
    { id: 'compose', label: t('Stelt het bericht op', 'Composes the message') },
  ],
  sections: [
    {
      id: 'scenario',
      title: t('Scenario', 'Scenario'),
      role: 'decide',
      items: [
        {
          id: 'scenario',
          kind: 'choice',
          required: true,
          label: t('Welk scenario van extreem geweld?', 'Which scenario of extreme violence?'),
          options: [
            {
              id: 'threat',
              label: t(
                '(Acute) dreiging: zeer reële informatie over extreem geweld op korte termijn',
                '(Acute) threat: very credible information about extreme violence shortly',
              ),
            },
            {
              id: 'active',
              label: t(
                'Acute situatie: actieve daders; de tijd voor besluitvorming is zeer beperkt',
                'Acute situation: active attackers; very little time to decide',
              ),
            },
            {
              id: 'after-phase',
              label: t(
                'Nafase: geen actieve, mogelijk wel vluchtende daders',
                'After-phase: no active attackers, possibly fleeing ones',
              ),
            },
          ],
        },
        {
          id: 'after-phase-life-saving',
          kind: 'check',
          required: true,
          when: { item: 'scenario', equals: 'after-phase' },
          label: t(
            'Er zijn restrisico’s; NL-Alert is een zwaar middel: de inzet is gericht op het redden van mensenlevens',
            'Residual risks remain; NL-Alert is a heavy instrument: deployment aims to save lives',
          ),
        },
        {
          id: 'after-phase-search-area',
          kind: 'check',
          required: true,
          when: { item: 'scenario', equals: 'after-phase' },
          label: t(
            'Het bericht geeft (vluchtende) daders geen inzage in de informatiepositie of het zoekgebied',
            'The message gives (fleeing) attackers no insight into the police’s information or search area',
          ),
        },
        {
          id: 'after-phase-lockdown',
          kind: 'check',
          when: { item: 'scenario', equals: 'after-phase' },
          label: t('Inzet voor een lock-down', 'Deployment for a lock-down'),
        },
      ],
    },
    {
      id: 'police-advice',
      title: t('Politieadvies', 'Police advice'),
      description: t(
        'De functionaris die bevoegd is tot inzet vraagt altijd een politiefunctionaris om advies voordat NL-Alert wordt ingezet. Die vraagt altijd een second opinion bij de HOvD-P operations van de Landelijke Eenheid.',
        'The official authorised to deploy always asks a police officer for advice before NL-Alert is deployed. The officer always gets a second opinion from HOvD-P operations of the National Unit.',
      ),
      role: 'decide',
      items: [
        {
          id: 'advisor-function',
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
          id: 'advisor-name',
          kind: 'name',
          required: true,
          label: t(
            'Naam van de adviserende politiefunctionaris',
            'Name of the advising police officer',
          ),
        },
        {
          id: 'advice-time',
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
          id: 'second-opinion-name',
          kind: 'name',
          label: t(
            'Naam van de HOvD-P operations (second opinion)',
            'Name of the HOvD-P operations officer (second opinion)',
          ),
        },
        {
          id: 'advice-to-triangle',
          kind: 'check',
          label: t(
            'Advies voorgelegd aan de bevoegde driehoek (aanbevolen als de tijd het toestaat)',
            'Advice put to the competent triangle of mayor, police and prosecutor (recommended when time allows)',
          ),
          help: t(
            'Staat de tijd dit niet toe, dan wordt de adviesfunctie van de politie in het verzendproces op de meldkamer uitgevoerd.',
            'When there is no time, the police advises within the sending process at the dispatch centre.',
          ),
        },
        {
          id: 'advice-weighed',
          kind: 'check',
          required: true,
          label: t(
            'Politieadvies meegewogen in het besluit tot inzet',
            'Police advice weighed in the decision to deploy',
          ),
        },
        {
          id: 'authority-informed',
          kind: 'check',
          required: true,
          label: t(
            'Het (lokale) bevoegd gezag is ten minste parallel geïnformeerd over de achtergronden; vervolgcommunicatie wordt afgestemd',
            'The (local) competent authority is informed of the background, at least in parallel; follow-up communication is agreed',
          ),
        },
      ],
    },
    {
      id: 'risks',
      title: t('Risico’s van inzet afgewogen', 'Risks of sending considered'),
      description: t(
        'Alle mobiele toestellen in het gebied krijgen het bericht. De politie houdt in haar advies rekening met deze risico’s.',
        'Every mobile device in the area receives the message. The police take these risks into account in their advice.',
      ),
      role: 'decide',
      items: [
        {
          id: 'risk-hiding',
          kind: 'check',
          required: true,
          label: t(
            'Het harde sirenegeluid, bij sommige toestellen óók als de telefoon op stil staat, kan de locatie van schuilende mensen verraden',
            'The loud siren sound, on some devices even when the phone is on silent, can betray where people are hiding',
          ),
        },
        {
          id: 'risk-attackers-informed',
          kind: 'check',
          required: true,
          label: t(
            'De daders ontvangen het bericht óók en krijgen zo inzage in de informatiepositie van de politie',
            'The attackers receive the message too, and so learn what the police know',
          ),
        },
        {
          id: 'risk-detonators',
          kind: 'check',
          required: true,
          label: t(
            'Aanslagmiddelen kunnen via ontstekingsmechanismen aan mobiele toestellen verbonden zijn',
            'Explosive devices may be linked to mobile devices as detonators',
          ),
        },
      ],
    },
    {
      id: 'message',
      title: t('Berichtinhoud', 'Message content'),
      description: t(
        'Vaste berichtelementen: NL-Alert (automatisch), datum/tijd (automatisch), risico, locatie, handelingsperspectief en bij voorkeur een verwijzing naar meer informatie.',
        'Fixed elements: NL-Alert (automatic), date/time (automatic), risk, location, action advice and, preferably, where to find more information.',
      ),
      role: 'compose',
      items: [
        {
          id: 'rule-act-not-motive',
          kind: 'check',
          required: true,
          label: t(
            'Het bericht vermeldt niet of het om terrorisme gaat: het gaat om de daad, niet om het motief',
            'The message does not say whether this is terrorism: what matters is the act, not the motive',
          ),
        },
        {
          id: 'rule-no-specifics',
          kind: 'check',
          required: true,
          label: t(
            'Geen specifieke gegevens of duiding, alleen handelingsperspectief voor burgers en instellingen',
            'No specific details or interpretation, only action advice for the public and institutions',
          ),
        },
        {
          id: 'rule-no-gathering',
          kind: 'check',
          required: true,
          label: t(
            'Geen oproep om naar een locatie te gaan: “verlaat direct het gebied” in plaats van “verzamel op locatie x”',
            'No call to go to a place: “leave the area immediately” rather than “gather at location x”',
          ),
        },
        {
          id: 'message-risk',
          kind: 'choice',
          required: true,
          label: t('Risico', 'Risk'),
          options: [
            { id: 'large-shooting', label: t('Grote schietpartij', 'Large shooting') },
            { id: 'large-stabbing', label: t('Groot steekincident', 'Large stabbing') },
            { id: 'explosion', label: t('Explosie', 'Explosion') },
            { id: 'threat', label: t('Dreiging', 'Threat') },
            { id: 'bomb-threat', label: t('Bomdreiging', 'Bomb threat') },
            {
              id: 'lockdown',
              label: t('Lock-down terrorismescenario', 'Lock-down, terrorism scenario'),
            },
          ],
        },
        {
          id: 'message-location',
          kind: 'text',
          required: true,
          label: t('Locatie', 'Location'),
        },
        {
          id: 'message-action',
          kind: 'choice',
          required: true,
          label: t('Handelingsperspectief', 'Action advice'),
          options: [
            {
              id: 'leave-area',
              label: t('Verlaat direct het gebied', 'Leave the area immediately'),
            },
            {
              id: 'leave-or-hide',
              label: t(
                'Verlaat direct het gebied óf verberg je',
                'Leave the area immediately or hide',
              ),
            },
            {
              id: 'follow-emergency-services',
              label: t(
                'Volg instructies op van hulpdiensten',
                'Follow instructions of emergency services',
              ),
            },
            {
              id: 'give-room',
              label: t('Geef hulpdiensten de ruimte', 'Give emergency services room'),
            },
            {
              id: 'follow-authorities',
              label: t(
                'Volg instructies op van autoriteiten',
                'Follow instructions of the authorities',
              ),
            },
          ],
        },
        {
          id: 'message-more-info',
          kind: 'text',
          label: t(
            'Meer informatie (bij voorkeur): een website of een account op sociale media',
            'More information (preferably): a website or a social media account',
          ),
        },
        {
          id: 'end-message-planned',
          kind: 'check',
          label: t(
            'Een “einde situatie”-bericht is voorzien, bijvoorbeeld na een oproep het gebied te vermijden',
            'An “end of situation” message is planned, for instance after a call to avoid the area',
          ),
        },
      ],
    },
  ],
  gates: [
    {
      id: 'send',
      label: t('Uitzenden', 'Broadcast'),
      requires: [
        { section: 'scenario' },
        { section: 'police-advice' },
        { section: 'risks' },
        { section: 'message' },
      ],
    },
  ],
};
