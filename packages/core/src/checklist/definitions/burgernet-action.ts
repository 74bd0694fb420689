import type { ChecklistDefinition } from '../types.js';
import { t } from './text.js';

/**
 * Burgernetactie: the three criteria (all must hold) and the six steps. Gate `start`
 * opens when the criteria hold and the description and postcode area are filled in.
 */
export const burgernetAction: ChecklistDefinition = {
  id: 'burgernet-action',
  version: 1,
  title: t('Burgernetactie', 'Burgernet action'),
  description: t(
    'Burgernet is een samenwerkingsverband van burgers, gemeenten en politie. Alleen deelnemers in het gekozen postcodegebied krijgen bericht; met tips bellen zij 0800-0011 en komen direct binnen bij de centralist van díe actie. Sinds 1 september 2023 gaan berichten via de Burgernet-app in plaats van spraak en sms.',
    'Burgernet is a partnership of citizens, municipalities and police. Only participants in the chosen postcode area are alerted; they call 0800-0011 with sightings and reach the dispatcher of that very action. Since 1 September 2023 messages go through the Burgernet app instead of voice and SMS.',
  ),
  source: 'Burgernet presentation (seeds/003_b1f7d593d2923ce7.txt)',
  roles: [
    {
      id: 'dispatcher',
      label: t('Centralist meldkamer', 'Dispatcher'),
    },
  ],
  sections: [
    {
      id: 'criteria',
      title: t('Criteria voor een Burgernetactie', 'Criteria for a Burgernet action'),
      description: t('Alle drie moeten gelden.', 'All three must hold.'),
      role: 'dispatcher',
      items: [
        {
          id: 'criterion-time-critical',
          kind: 'check',
          required: true,
          label: t(
            'Tijdkritische actie gericht op opsporing',
            'Time-critical action aimed at tracing',
          ),
        },
        {
          id: 'criterion-description',
          kind: 'check',
          required: true,
          label: t('Duidelijk signalement beschikbaar', 'A clear description is available'),
        },
        {
          id: 'criterion-acute',
          kind: 'check',
          required: true,
          label: t(
            'Acute vermissing (personen of goederen) of heterdaadsituatie',
            'Acute disappearance (of people or goods) or caught in the act',
          ),
        },
        {
          id: 'situation',
          kind: 'choice',
          required: true,
          when: { item: 'criterion-acute', done: true },
          label: t('Soort situatie', 'Kind of situation'),
          options: [
            { id: 'missing-person', label: t('Vermissing van een persoon', 'Missing person') },
            { id: 'missing-goods', label: t('Vermissing van goederen', 'Missing goods') },
            { id: 'theft', label: t('Diefstal', 'Theft') },
            { id: 'robbery', label: t('Overval', 'Robbery') },
            { id: 'burglary', label: t('Inbraak', 'Burglary') },
            { id: 'hit-and-run', label: t('Doorrijden na aanrijding', 'Hit-and-run') },
            { id: 'bag-snatching', label: t('Tasjesroof', 'Bag snatching') },
            { id: 'violence', label: t('Geweld', 'Violence') },
          ],
        },
      ],
    },
    {
      id: 'steps',
      title: t('Burgernetactie in 6 stappen', 'Burgernet action in 6 steps'),
      role: 'dispatcher',
      items: [
        {
          id: 'step-1-report',
          kind: 'check',
          required: true,
          label: t(
            '1. Melding van een burger via 112: heterdaadsituatie én duidelijk signalement',
            '1. Report from a citizen via 112: caught in the act and a clear description',
          ),
        },
        {
          id: 'step-2-direct-officers',
          kind: 'check',
          required: true,
          label: t(
            '2. Centralist stuurt politieagenten aan',
            '2. Dispatcher directs police officers',
          ),
        },
        {
          id: 'signalement',
          kind: 'text',
          required: true,
          label: t('Signalement', 'Description'),
          help: t(
            'Bijvoorbeeld persoon, kleding, voertuig, rij- of looprichting.',
            'For example person, clothing, vehicle, direction of travel.',
          ),
        },
        {
          id: 'postcode-area',
          kind: 'text',
          required: true,
          label: t('Postcodegebied', 'Postcode area'),
          help: t(
            'Alleen deelnemers die in dit postcodegebied zijn toegevoegd krijgen bericht.',
            'Only participants registered in this postcode area are alerted.',
          ),
        },
        {
          id: 'step-3-start-action',
          kind: 'check',
          required: true,
          label: t(
            '3. Centralist start de Burgernetactie',
            '3. Dispatcher starts the Burgernet action',
          ),
        },
        {
          id: 'step-4-reports',
          kind: 'check',
          required: true,
          label: t(
            '4. Meldingen van deelnemers komen binnen (via 0800-0011)',
            '4. Reports from participants come in (via 0800-0011)',
          ),
        },
        {
          id: 'step-5-redirect-officers',
          kind: 'check',
          required: true,
          label: t(
            '5. Centralist stuurt agenten gerichter aan',
            '5. Dispatcher directs officers more precisely',
          ),
        },
        {
          id: 'step-6-outcome',
          kind: 'choice',
          label: t('6. Afloop', '6. Outcome'),
          options: [
            { id: 'suspect-arrested', label: t('Verdachte aangehouden', 'Suspect arrested') },
            {
              id: 'missing-person-found',
              label: t('Vermiste persoon teruggevonden', 'Missing person found'),
            },
          ],
        },
      ],
    },
  ],
  gates: [
    {
      id: 'start',
      label: t('Burgernetactie starten', 'Start the Burgernet action'),
      requires: [{ section: 'criteria' }, { item: 'signalement' }, { item: 'postcode-area' }],
    },
  ],
};
