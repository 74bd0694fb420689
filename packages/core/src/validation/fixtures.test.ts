/**
 * Test fixtures (no tests of their own): complete, realistic alerts that pass their
 * profile without a single finding. Each function returns a fresh object, so tests may
 * break a copy freely. Named `*.test.ts` so that they stay out of the published build.
 */
import type { CapAlert, CapInfo, LonLat } from '../model/cap.js';

/** The moment the fixtures are validated at: three minutes after they were sent. */
export const NOW = new Date('2026-11-23T02:15:00Z');

/** Rotterdam-Noord, a closed ring in `[lon, lat]`. */
const ROTTERDAM_NOORD: LonLat[] = [
  [4.4551, 51.9302],
  [4.4783, 51.9265],
  [4.4967, 51.9338],
  [4.4948, 51.9501],
  [4.4689, 51.9553],
  [4.4517, 51.9447],
  [4.4551, 51.9302],
];

/** Industrial zone of Eupen, a closed ring in `[lon, lat]`. */
const EUPEN_INDUSTRY: LonLat[] = [
  [6.0121, 50.6402],
  [6.0368, 50.6371],
  [6.0442, 50.6489],
  [6.0205, 50.6553],
  [6.0121, 50.6402],
];

function nlInfo(language: string, texts: Pick<CapInfo, 'headline' | 'instruction'>): CapInfo {
  return {
    language,
    categories: ['Fire'],
    event: language.startsWith('nl') ? 'Grote brand' : 'Large fire',
    responseTypes: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    eventCodes: [],
    effective: '2026-11-23T03:12:00+01:00',
    expires: '2026-11-23T04:12:00+01:00',
    senderName: 'Veiligheidsregio Rotterdam-Rijnmond',
    ...texts,
    web: 'https://www.crisis.nl',
    parameters: [],
    resources: [],
    areas: [
      {
        areaDesc: 'Rotterdam-Noord',
        polygons: [ROTTERDAM_NOORD.map((p): LonLat => [p[0], p[1]])],
        circles: [],
        geocodes: [],
      },
    ],
  };
}

/** A complete NL-Alert: Dutch, then English; one hour; Rotterdam-Noord. */
export function nlAlertFixture(): CapAlert {
  return {
    identifier: 'VRR-2026-0000123',
    sender: 'nl-alert@vr-rr.nl',
    sent: '2026-11-23T03:12:00+01:00',
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    addresses: [],
    codes: [],
    references: [],
    incidents: [],
    signatures: [],
    infos: [
      nlInfo('nl-NL', {
        headline: 'Grote brand in Rotterdam-Noord. Er komt veel rook vrij.',
        instruction: 'Ga naar binnen. Sluit ramen en deuren en zet de ventilatie uit.',
      }),
      nlInfo('en-GB', {
        headline: 'Large fire in Rotterdam-Noord. There is a lot of smoke.',
        instruction: 'Go inside. Close windows and doors and switch off ventilation.',
      }),
    ],
  };
}

function beInfo(
  language: string,
  texts: Pick<CapInfo, 'event' | 'headline' | 'instruction' | 'senderName'>,
): CapInfo {
  return {
    language,
    categories: ['Fire', 'Env'],
    responseTypes: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    eventCodes: [],
    expires: '2026-11-23T06:12:00+01:00',
    ...texts,
    web: 'https://www.be-alert.be',
    parameters: [],
    resources: [],
    areas: [
      {
        areaDesc: 'Eupen',
        polygons: [EUPEN_INDUSTRY.map((p): LonLat => [p[0], p[1]])],
        circles: [],
        geocodes: [],
      },
    ],
  };
}

/** A complete BE-Alert in Dutch, French and German; Eupen's industrial zone. */
export function beAlertFixture(): CapAlert {
  return {
    identifier: 'BE-63023-2026-0042',
    sender: 'be-alert@eupen.be',
    sent: '2026-11-23T03:12:00+01:00',
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    addresses: [],
    codes: [],
    references: [],
    incidents: [],
    signatures: [],
    infos: [
      beInfo('nl-BE', {
        event: 'Brand',
        senderName: 'Stad Eupen',
        headline: 'Brand in de industriezone van Eupen, veel rook.',
        instruction: 'Blijf binnen en sluit ramen en deuren.',
      }),
      beInfo('fr-BE', {
        event: 'Incendie',
        senderName: "Ville d'Eupen",
        headline: "Incendie dans le zoning industriel d'Eupen, beaucoup de fumée.",
        instruction: "Restez à l'intérieur et fermez les portes.",
      }),
      beInfo('de-BE', {
        event: 'Brand',
        senderName: 'Stadt Eupen',
        headline: 'Brand im Industriegebiet Eupen, starke Rauchentwicklung.',
        instruction: 'Bleiben Sie drinnen und schließen Sie Fenster und Türen.',
      }),
    ],
  };
}

/** A complete IPAWS alert with WEA texts, SAME codes and a circle-like polygon. */
export function ipawsAlertFixture(): CapAlert {
  return {
    identifier: 'IPAWS-2026-0815',
    sender: 'alerts@montgomerycountymd.gov',
    sent: '2026-11-23T03:12:00-05:00',
    status: 'Actual',
    msgType: 'Alert',
    source: 'Montgomery County, MD',
    scope: 'Public',
    addresses: [],
    codes: ['IPAWSv1.0'],
    references: [],
    incidents: [],
    signatures: [],
    infos: [
      {
        language: 'en-US',
        categories: ['Safety'],
        event: 'Civil Emergency Message',
        responseTypes: ['Shelter'],
        urgency: 'Immediate',
        severity: 'Extreme',
        certainty: 'Observed',
        eventCodes: [{ valueName: 'SAME', value: 'CEM' }],
        expires: '2026-11-23T04:12:00-05:00',
        senderName: 'Montgomery County MD',
        headline: 'Chemical leak near Rockville',
        instruction: 'Shelter in place. Close windows and doors.',
        parameters: [
          { valueName: 'EAS-ORG', value: 'CIV' },
          {
            valueName: 'CMAMtext',
            value: 'Chemical leak near Rockville. Shelter in place now. Close windows and doors.',
          },
          {
            valueName: 'CMAMlongtext',
            value:
              'A chemical leak near the Rockville rail yard releases toxic fumes. Go indoors now, ' +
              'close windows and doors and turn off ventilation. Follow instructions of emergency ' +
              'services.',
          },
        ],
        resources: [],
        areas: [
          {
            areaDesc: 'Rockville, Montgomery County',
            polygons: [
              [
                [-77.1497, 39.0993],
                [-77.1297, 39.0857],
                [-77.1497, 39.0622],
                [-77.1697, 39.0857],
                [-77.1497, 39.0993],
              ],
            ],
            circles: [],
            geocodes: [{ valueName: 'SAME', value: '024031' }],
          },
        ],
      },
    ],
  };
}
