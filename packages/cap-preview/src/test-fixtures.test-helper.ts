/**
 * Test and story fixtures for `<sirene-cap-preview>` (no tests of their own; excluded
 * from the package build). Realistic alerts timed around "now", so the CAP rules'
 * "already expired" check never fires as the calendar moves on. Each call returns a
 * fresh object.
 */
import {
  createFollowUp,
  formatCapDateTime,
  type CapAlert,
  type CapInfo,
  type CapStatus,
  type LonLat,
  type SireneAlert,
} from '@sirene/core';

const MINUTE = 60_000;

/** The `i`-th info block of a fixture, which has it. */
function infoAt(alert: CapAlert, i: number): CapInfo {
  const info = alert.infos[i];
  if (!info) throw new Error(`fixture has no info ${i}`);
  return info;
}
const at = (minutes: number, timeZone = 'Europe/Amsterdam'): string =>
  formatCapDateTime(
    new Date(Math.floor(Date.now() / MINUTE) * MINUTE + minutes * MINUTE),
    timeZone,
  );

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

function nlInfo(
  language: string,
  texts: Pick<CapInfo, 'event' | 'headline' | 'description' | 'instruction'>,
): CapInfo {
  return {
    language,
    categories: ['Fire'],
    responseTypes: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    eventCodes: [],
    effective: at(0),
    expires: at(60),
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

/** A complete NL-Alert (Dutch, then English), one hour, Rotterdam-Noord. */
export function nlAlert(status: CapStatus = 'Actual'): CapAlert {
  return {
    identifier: 'VRR-2026-0000123',
    sender: 'nl-alert@vr-rr.nl',
    sent: at(0),
    status,
    msgType: 'Alert',
    scope: 'Public',
    addresses: [],
    codes: [],
    references: [],
    incidents: [],
    signatures: [],
    infos: [
      nlInfo('nl-NL', {
        event: 'Grote brand',
        headline: 'Grote brand in Rotterdam-Noord. Er komt veel rook vrij.',
        description: 'Bij een bedrijf aan de Schiekade woedt een grote brand.',
        instruction: 'Ga naar binnen. Sluit ramen en deuren en zet de ventilatie uit.',
      }),
      nlInfo('en-GB', {
        event: 'Large fire',
        headline: 'Large fire in Rotterdam-Noord. There is a lot of smoke.',
        description: 'A large fire is burning at a company on the Schiekade.',
        instruction: 'Go inside. Close windows and doors and switch off ventilation.',
      }),
    ],
  };
}

/** The NL-Alert as Sirene holds it, with its profile and lifecycle state. */
export function nlSireneAlert(state: SireneAlert['sirene']['state'] = 'draft'): SireneAlert {
  return {
    cap: nlAlert(),
    sirene: {
      profile: 'nl-alert',
      channels: ['cell-broadcast'],
      durationMinutes: 60,
      state,
    },
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
    expires: at(180, 'Europe/Brussels'),
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
export function beAlert(status: CapStatus = 'Actual'): CapAlert {
  return {
    identifier: 'BE-63023-2026-0042',
    sender: 'be-alert@eupen.be',
    sent: at(0, 'Europe/Brussels'),
    status,
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

/**
 * An NL-Alert whose Dutch text was pasted from a word processor: curly quotes force
 * UCS-2, which fits far fewer characters per cell-broadcast page.
 */
export function ucs2Alert(): CapAlert {
  const alert = nlAlert();
  const nl = infoAt(alert, 0);
  nl.headline = 'Grote brand in Rotterdam-Noord: “veel rook”.';
  nl.instruction = 'Ga naar binnen – sluit ramen en deuren en zet de ventilatie uit.';
  return alert;
}

/** An NL-Alert with warnings only: no web address, and broadcast for two days. */
export function lintAlert(): CapAlert {
  const alert = nlAlert();
  for (const info of alert.infos) {
    delete info.web;
    info.expires = at(48 * 60);
  }
  return alert;
}

/** A follow-up of a stopped broadcast of `previous`, made by core as the host would. */
function followUp(
  previous: CapAlert,
  kind: 'Update' | 'Cancel',
  identifier: string,
  sentInMinutes: number,
): CapAlert {
  const made = createFollowUp(
    {
      cap: previous,
      sirene: { channels: ['cell-broadcast'], durationMinutes: 60, state: 'stopped' },
    },
    kind,
    { identifier, sent: at(sentInMinutes) },
  );
  if (!made.ok) throw new Error(made.finding.message);
  return made.alert.cap;
}

/** An update of {@link nlAlert}, half an hour later, with new action advice. */
export function nlUpdate(previous: CapAlert = nlAlert()): CapAlert {
  const next = followUp(previous, 'Update', 'VRR-2026-0000124', 30);
  infoAt(next, 0).instruction = 'Blijf binnen. Houd ramen en deuren gesloten tot 06:00.';
  infoAt(next, 1).instruction = 'Stay inside. Keep windows and doors closed until 06:00.';
  for (const info of next.infos) info.expires = at(90);
  return next;
}

/** The end message (Cancel) of {@link nlAlert}. */
export function nlCancel(previous: CapAlert = nlAlert()): CapAlert {
  const next = followUp(previous, 'Cancel', 'VRR-2026-0000125', 45);
  infoAt(next, 0).headline = 'Einde NL-Alert: de brand in Rotterdam-Noord is onder controle.';
  infoAt(next, 0).instruction = 'U kunt ramen en deuren weer openen.';
  infoAt(next, 1).headline = 'End of NL-Alert: the fire in Rotterdam-Noord is under control.';
  infoAt(next, 1).instruction = 'You may open windows and doors again.';
  return next;
}

/** CAP XML with a DOCTYPE (an entity-expansion attack vector), which Sirene refuses. */
export const DOCTYPE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>&x;</identifier>
</alert>
`;

/** CAP XML that is well-formed but breaks the schema: `scope` is missing (line 8 has `info`). */
export function missingScopeXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>NL-1</identifier>
  <sender>s@example.nl</sender>
  <sent>${at(0)}</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <info>
    <category>Fire</category>
    <event>Brand</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <certainty>Observed</certainty>
    <area><areaDesc>Utrecht</areaDesc><polygon>52,5 52.1,5 52.1,5.1 52,5</polygon></area>
  </info>
</alert>
`;
}
