/**
 * Property-based tests of the codec: any alert the model accepts builds to schema-valid
 * CAP 1.2, reads back equal, and keeps CAP's "lat,lon" order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MSG_TYPES,
  CAP_RESPONSE_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  type CapAlert,
  type CapArea,
  type CapInfo,
  type CapResource,
  type LonLat,
} from '../model/cap.js';
import { toCapXml } from './build.js';
import { fromCapXml } from './parse.js';
import { validateCapSchema } from './schema.js';
import { formatDecimal } from './values.js';

/** Unicode text without control characters or noncharacters, trimmed, not empty. */
const text = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    .map((s) => s.replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, '').trim())
    .filter((s) => s.length > 0);

/** Several lines of text, as in a description. */
const multiline = fc
  .array(text(30), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n'));

/** A token: no whitespace, no comma (identifiers, senders, list items). */
const token = text(20)
  .map((s) => s.replace(/[\s,"]/g, ''))
  .filter((s) => s.length > 0);

/** An item of a space-delimited list: anything but a double quote. */
const listItem = text(20)
  .map((s) => s.replace(/"/g, ''))
  .filter((s) => s.length > 0);

const two = (n: number) => String(n).padStart(2, '0');
/** CAP dateTimes with an explicit offset, never "Z". */
const capDateTime = fc
  .record({
    y: fc.integer({ min: 1, max: 9999 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    sign: fc.constantFrom('+', '-'),
    oh: fc.integer({ min: 0, max: 14 }),
    om: fc.constantFrom(0, 15, 30, 45),
  })
  .map(
    ({ y, mo, d, h, mi, s, sign, oh, om }) =>
      `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}` +
      `${sign}${two(oh)}:${two(oh === 14 ? 0 : om)}`,
  );

const noNegZero = (n: number): number => (n === 0 ? 0 : n);
const lon = fc.double({ min: -180, max: 180, noNaN: true }).map(noNegZero);
const lat = fc.double({ min: -90, max: 90, noNaN: true }).map(noNegZero);
const position: fc.Arbitrary<LonLat> = fc.tuple(lon, lat);
/** A closed ring: at least 3 positions, then the first again. */
const ring = fc
  .array(position, { minLength: 3, maxLength: 8 })
  .map((ps) => [...ps, [ps[0]?.[0] ?? 0, ps[0]?.[1] ?? 0] as LonLat]);
const decimal = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(noNegZero);

const valuePair = fc.record({ valueName: text(), value: text() }, { noNullPrototype: true });
const uri = fc.webUrl();
const language = fc.constantFrom('nl-NL', 'nl', 'en-US', 'fr-BE', 'de-BE', 'fy');

const area: fc.Arbitrary<CapArea> = fc.record(
  {
    areaDesc: text(),
    polygons: fc.array(ring, { maxLength: 2 }),
    circles: fc.array(
      fc.record(
        {
          center: position,
          radiusKm: fc.double({ min: 0, max: 1000, noNaN: true }).map(noNegZero),
        },
        { noNullPrototype: true },
      ),
      { maxLength: 2 },
    ),
    geocodes: fc.array(valuePair, { maxLength: 2 }),
    altitude: decimal,
    ceiling: decimal,
  },
  { requiredKeys: ['areaDesc', 'polygons', 'circles', 'geocodes'], noNullPrototype: true },
);

const resource: fc.Arbitrary<CapResource> = fc.record(
  {
    resourceDesc: text(),
    mimeType: fc.constantFrom('image/png', 'application/pdf', 'audio/mpeg'),
    size: fc.nat(),
    uri,
    derefUri: fc.base64String({ minLength: 4, maxLength: 40 }),
    digest: fc.stringMatching(/^[0-9a-f]{40}$/),
  },
  { requiredKeys: ['resourceDesc', 'mimeType'], noNullPrototype: true },
);

const info: fc.Arbitrary<CapInfo> = fc.record(
  {
    language,
    categories: fc.uniqueArray(fc.constantFrom(...CAP_CATEGORIES), { minLength: 1, maxLength: 3 }),
    event: text(),
    responseTypes: fc.array(fc.constantFrom(...CAP_RESPONSE_TYPES), { maxLength: 2 }),
    urgency: fc.constantFrom(...CAP_URGENCIES),
    severity: fc.constantFrom(...CAP_SEVERITIES),
    certainty: fc.constantFrom(...CAP_CERTAINTIES),
    audience: text(),
    eventCodes: fc.array(valuePair, { maxLength: 2 }),
    effective: capDateTime,
    onset: capDateTime,
    expires: capDateTime,
    senderName: text(),
    headline: text(),
    description: multiline,
    instruction: multiline,
    web: uri,
    contact: text(),
    parameters: fc.array(valuePair, { maxLength: 2 }),
    resources: fc.array(resource, { maxLength: 2 }),
    areas: fc.array(area, { maxLength: 3 }),
  },
  {
    noNullPrototype: true,
    requiredKeys: [
      'categories',
      'event',
      'responseTypes',
      'urgency',
      'severity',
      'certainty',
      'eventCodes',
      'parameters',
      'resources',
      'areas',
    ],
  },
);

const alert: fc.Arbitrary<CapAlert> = fc.record(
  {
    identifier: token,
    sender: token,
    sent: capDateTime,
    status: fc.constantFrom(...CAP_STATUSES),
    msgType: fc.constantFrom(...CAP_MSG_TYPES),
    source: text(),
    scope: fc.constantFrom(...CAP_SCOPES),
    restriction: text(),
    addresses: fc.array(listItem, { maxLength: 3 }),
    codes: fc.array(text(), { maxLength: 2 }),
    note: multiline,
    references: fc.array(
      fc.record({ sender: token, identifier: token, sent: capDateTime }, { noNullPrototype: true }),
      { maxLength: 2 },
    ),
    incidents: fc.array(listItem, { maxLength: 3 }),
    infos: fc.array(info, { maxLength: 2 }),
    signatures: fc.constant([]),
  },
  {
    noNullPrototype: true,
    requiredKeys: [
      'identifier',
      'sender',
      'sent',
      'status',
      'msgType',
      'scope',
      'addresses',
      'codes',
      'references',
      'incidents',
      'infos',
      'signatures',
    ],
  },
);

test('parse(build(alert)) deep-equals the alert, compact and pretty', () => {
  fc.assert(
    fc.property(alert, fc.boolean(), (a, pretty) => {
      const r = fromCapXml(toCapXml(a, { pretty }));
      assert.ok(r.ok, JSON.stringify(r.findings));
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.alert, a);
    }),
    { numRuns: 400 },
  );
});

test('built alerts are valid against the CAP 1.2 schema', async () => {
  await fc.assert(
    fc.asyncProperty(alert, async (a) => {
      const findings = await validateCapSchema(toCapXml(a));
      assert.deepEqual(findings, []);
    }),
    { numRuns: 10 },
  );
});

test('lat/lon order survives: [lon, lat] is written "lat,lon" and read back', () => {
  fc.assert(
    fc.property(ring, (r) => {
      const a: CapAlert = {
        identifier: 'x',
        sender: 'y',
        sent: '2026-01-01T00:00:00+01:00',
        status: 'Test',
        msgType: 'Alert',
        scope: 'Public',
        addresses: [],
        codes: [],
        references: [],
        incidents: [],
        signatures: [],
        infos: [
          {
            categories: ['Safety'],
            event: 'e',
            responseTypes: [],
            urgency: 'Immediate',
            severity: 'Minor',
            certainty: 'Likely',
            eventCodes: [],
            parameters: [],
            resources: [],
            areas: [{ areaDesc: 'a', polygons: [r], circles: [], geocodes: [] }],
          },
        ],
      };
      const xml = toCapXml(a);
      const expected = r.map(([x, y]) => `${formatDecimal(y)},${formatDecimal(x)}`).join(' ');
      assert.ok(xml.includes(`<polygon>${expected}</polygon>`));
      const back = fromCapXml(xml);
      assert.ok(back.ok);
      assert.deepEqual(back.alert.infos[0]?.areas[0]?.polygons[0], r);
    }),
    { numRuns: 300 },
  );
});
