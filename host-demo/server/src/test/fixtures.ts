/** A complete NL-Alert exercise (Dutch, then English) over Rotterdam-Centrum, as JSON. */
export function sampleCap(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const area = {
    areaDesc: 'Rotterdam-Centrum',
    polygons: [
      [
        [4.44, 51.9],
        [4.52, 51.9],
        [4.52, 51.94],
        [4.44, 51.94],
        [4.44, 51.9],
      ],
    ],
    circles: [],
    geocodes: [],
  };
  const info = (language: string, headline: string, instruction: string) => ({
    language,
    categories: ['Fire'],
    event: language === 'nl-NL' ? 'Grote brand' : 'Large fire',
    responseTypes: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    eventCodes: [],
    senderName: 'Veiligheidsregio Rotterdam-Rijnmond',
    headline,
    instruction,
    web: 'https://www.nl-alert.nl',
    parameters: [],
    resources: [],
    areas: [area],
  });
  return {
    status: 'Exercise',
    msgType: 'Alert',
    scope: 'Public',
    addresses: [],
    codes: [],
    references: [],
    incidents: [],
    signatures: [],
    infos: [
      info(
        'nl-NL',
        'Grote brand in Rotterdam-Centrum. Er komt veel rook vrij.',
        'Ga naar binnen. Sluit ramen en deuren.',
      ),
      info(
        'en-GB',
        'Large fire in Rotterdam-Centrum. There is a lot of smoke.',
        'Go inside. Close windows and doors.',
      ),
    ],
    ...overrides,
  };
}

/** NL-Alert procedure items that open the send gate, by who ticks them. */
export const NL_GATE_ACTIONS: readonly {
  role: 'decider' | 'composer' | 'broadcaster';
  action: Record<string, unknown>;
}[] = [
  { role: 'decider', action: { type: 'tick', item: 'criterion-act-now' } },
  { role: 'decider', action: { type: 'set', item: 'extreme-violence', value: 'no' } },
  { role: 'decider', action: { type: 'tick', item: 'decision' } },
  { role: 'composer', action: { type: 'tick', item: 'step-7-area' } },
  { role: 'composer', action: { type: 'tick', item: 'step-9-check' } },
  { role: 'composer', action: { type: 'set', item: 'step-9-translation', value: 'matches' } },
  { role: 'composer', action: { type: 'tick', item: 'step-10-duration' } },
  { role: 'broadcaster', action: { type: 'tick', item: 'step-14-area' } },
];
