import type { MessageTemplate } from '../types.js';
import { AREA_LINE, MORE_INFO_ACCOUNT, same, tx } from './text.js';

/**
 * The building blocks of the Richtlijn inzet NL-Alert bij extreem geweld (seed 001,
 * section 4f): risk × location × action advice × more information. Dutch option labels
 * are the table's own words; the public texts keep them, with two deliberate changes:
 *
 * - "Lock-down terrorismescenario" is the operator's label only; the public reads
 *   "Lock-down", because the same guideline forbids saying whether it is terrorism
 *   ("het gaat om de daad, niet om het motief").
 * - "óf" (emphasis in the table) is written "of": "ó" is not in the GSM 7-bit alphabet
 *   and would force the whole broadcast into UCS-2, halving its length.
 *
 * The table lists one action per risk on the same row (with "Volg instructies op van
 * autoriteiten" twice); that pairing is each risk's `defaultAction`. The operator may
 * choose any action.
 */
export const extremeViolenceTemplate: MessageTemplate = {
  id: 'nl-alert-extreme-violence',
  version: 1,
  context: 'extreme-violence',
  profiles: ['nl-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx('Extreem geweld', 'Extreme violence', 'Violence extrême', 'Extreme Gewalt'),
  description: tx(
    'Schietpartij, steekincident, explosie of (bom)dreiging. Vraag altijd eerst politieadvies (HOvD-P of OvD-OC, met second opinion van de Landelijke Eenheid). Noem geen motief; laat mensen het gebied verlaten in plaats van ze naar een plek te sturen.',
    'Shooting, stabbing, explosion or (bomb) threat. Always ask police advice first (HOvD-P or OvD-OC, with a second opinion from the National Unit). Never name a motive; tell people to leave the area rather than sending them to a place.',
    "Fusillade, attaque au couteau, explosion ou menace (à la bombe). Demandez toujours d'abord l'avis de la police (HOvD-P ou OvD-OC, avec second avis de l'Unité nationale). Ne citez jamais de motif ; faites quitter la zone plutôt que d'envoyer les gens vers un lieu.",
    'Schießerei, Messerangriff, Explosion oder (Bomben-)Drohung. Holen Sie immer zuerst den Rat der Polizei ein (HOvD-P oder OvD-OC, mit Zweitmeinung der Landeseinheit). Nennen Sie nie ein Motiv; lassen Sie die Menschen das Gebiet verlassen, statt sie an einen Ort zu schicken.',
  ),
  source: 'Richtlijn inzet NL-Alert bij extreem geweld, 4f (seeds/001_c166954b5ab4940d.txt)',
  cap: {
    event: tx('Extreem geweld', 'Extreme violence', 'Violence extrême', 'Extreme Gewalt'),
    categories: ['Security'],
    responseTypes: ['Evacuate'],
    urgency: 'Immediate',
    severity: 'Extreme',
    certainty: 'Observed',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'large-shooting',
      label: tx(
        'Grote schietpartij',
        'Large shooting',
        'Fusillade de grande ampleur',
        'Große Schießerei',
      ),
      text: tx(
        'Grote schietpartij',
        'Large shooting',
        'Fusillade de grande ampleur',
        'Große Schießerei',
      ),
      defaultAction: 'leave-area',
    },
    {
      id: 'large-stabbing',
      label: tx(
        'Groot steekincident',
        'Large stabbing incident',
        'Attaque au couteau de grande ampleur',
        'Großer Messerangriff',
      ),
      text: tx(
        'Groot steekincident',
        'Large stabbing incident',
        'Attaque au couteau de grande ampleur',
        'Großer Messerangriff',
      ),
      defaultAction: 'leave-or-hide',
    },
    {
      id: 'explosion',
      label: tx('Explosie', 'Explosion', 'Explosion', 'Explosion'),
      text: tx('Explosie', 'Explosion', 'Explosion', 'Explosion'),
      defaultAction: 'follow-emergency-services',
    },
    {
      id: 'threat',
      label: tx('Dreiging', 'Threat', 'Menace', 'Bedrohung'),
      text: tx('Dreiging', 'Threat', 'Menace', 'Bedrohung'),
      cap: { certainty: 'Likely', urgency: 'Immediate' },
      defaultAction: 'give-room',
    },
    {
      id: 'bomb-threat',
      label: tx('Bomdreiging', 'Bomb threat', 'Alerte à la bombe', 'Bombendrohung'),
      text: tx('Bomdreiging', 'Bomb threat', 'Alerte à la bombe', 'Bombendrohung'),
      cap: { certainty: 'Likely' },
      defaultAction: 'follow-authorities',
    },
    {
      id: 'lockdown',
      label: tx(
        'Lock-down terrorismescenario',
        'Lock-down, terrorism scenario',
        'Confinement, scénario terroriste',
        'Lockdown, Terrorszenario',
      ),
      text: tx('Lock-down', 'Lock-down', 'Confinement', 'Lockdown'),
      cap: { responseTypes: ['Shelter'] },
      defaultAction: 'follow-authorities',
    },
  ],
  defaultRisk: 'large-shooting',
  actions: [
    {
      id: 'leave-area',
      label: tx(
        'Verlaat direct het gebied',
        'Leave the area immediately',
        'Quittez immédiatement la zone',
        'Verlassen Sie sofort das Gebiet',
      ),
      text: tx(
        'Verlaat direct het gebied.',
        'Leave the area immediately.',
        'Quittez immédiatement la zone.',
        'Verlassen Sie sofort das Gebiet.',
      ),
      cap: { responseTypes: ['Evacuate'] },
    },
    {
      id: 'leave-or-hide',
      label: tx(
        'Verlaat direct het gebied óf verberg je',
        'Leave the area immediately or hide',
        'Quittez immédiatement la zone ou cachez-vous',
        'Verlassen Sie sofort das Gebiet oder verstecken Sie sich',
      ),
      text: tx(
        'Verlaat direct het gebied of verberg je.',
        'Leave the area immediately or hide.',
        'Quittez immédiatement la zone ou cachez-vous.',
        'Verlassen Sie sofort das Gebiet oder verstecken Sie sich.',
      ),
      cap: { responseTypes: ['Evacuate', 'Shelter'] },
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
        'Volg instructies op van hulpdiensten.',
        'Follow the instructions of the emergency services.',
        'Suivez les instructions des services de secours.',
        'Folgen Sie den Anweisungen der Einsatzkräfte.',
      ),
      cap: { responseTypes: ['Execute'] },
    },
    {
      id: 'give-room',
      label: tx(
        'Geef hulpdiensten de ruimte',
        'Give emergency services room',
        'Laissez le passage aux services de secours',
        'Machen Sie den Einsatzkräften Platz',
      ),
      text: tx(
        'Geef hulpdiensten de ruimte.',
        'Give the emergency services room.',
        'Laissez le passage aux services de secours.',
        'Machen Sie den Einsatzkräften Platz.',
      ),
      cap: { responseTypes: ['Avoid'] },
    },
    {
      id: 'follow-authorities',
      label: tx(
        'Volg instructies op van autoriteiten',
        'Follow instructions of the authorities',
        'Suivez les instructions des autorités',
        'Folgen Sie den Anweisungen der Behörden',
      ),
      text: tx(
        'Volg instructies op van autoriteiten.',
        'Follow the instructions of the authorities.',
        'Suivez les instructions des autorités.',
        'Folgen Sie den Anweisungen der Behörden.',
      ),
      cap: { responseTypes: ['Execute'] },
    },
  ],
  defaultAction: 'leave-area',
  components: {
    headline: tx(
      '{risk} bij {location}',
      '{risk} at {location}',
      '{risk} : {location}',
      '{risk}: {location}',
    ),
    description: AREA_LINE,
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
};
