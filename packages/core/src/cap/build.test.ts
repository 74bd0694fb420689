import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapAlert, CapInfo } from '../model/cap.js';
import { toCapXml } from './build.js';
import { fromCapXml } from './parse.js';

const alert = (extra: Partial<CapAlert> = {}): CapAlert => ({
  identifier: 'NL-2026-0001',
  sender: 'alert@example.nl',
  sent: '2026-11-23T03:12:00+01:00',
  status: 'Actual',
  msgType: 'Alert',
  scope: 'Public',
  addresses: [],
  codes: [],
  references: [],
  incidents: [],
  infos: [],
  signatures: [],
  ...extra,
});

const info = (extra: Partial<CapInfo> = {}): CapInfo => ({
  categories: ['Safety'],
  event: 'Brand',
  responseTypes: [],
  urgency: 'Immediate',
  severity: 'Severe',
  certainty: 'Observed',
  eventCodes: [],
  parameters: [],
  resources: [],
  areas: [],
  ...extra,
});

const roundTrip = (a: CapAlert): CapAlert => {
  const r = fromCapXml(toCapXml(a));
  assert.ok(r.ok, JSON.stringify(r.findings));
  assert.deepEqual(r.findings, []);
  return r.alert;
};

test('writes the declaration, the CAP 1.2 namespace and the schema order', () => {
  const xml = toCapXml(
    alert({
      note: 'n',
      source: 's',
      codes: ['c1', 'c2'],
      restriction: 'r',
      incidents: ['i1'],
      addresses: ['a1'],
      references: [{ sender: 'x', identifier: 'y', sent: '2026-11-23T02:00:00+01:00' }],
    }),
  );
  assert.equal(
    xml,
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">' +
      '<identifier>NL-2026-0001</identifier><sender>alert@example.nl</sender>' +
      '<sent>2026-11-23T03:12:00+01:00</sent><status>Actual</status><msgType>Alert</msgType>' +
      '<source>s</source><scope>Public</scope><restriction>r</restriction>' +
      '<addresses>a1</addresses><code>c1</code><code>c2</code><note>n</note>' +
      '<references>x,y,2026-11-23T02:00:00+01:00</references><incidents>i1</incidents></alert>',
  );
});

test('info, resource and area children follow the schema order', () => {
  const xml = toCapXml(
    alert({
      infos: [
        info({
          language: 'nl-NL',
          responseTypes: ['Evacuate', 'Avoid'],
          audience: 'a',
          eventCodes: [{ valueName: 'v', value: '1' }],
          effective: '2026-11-23T03:12:00+01:00',
          onset: '2026-11-23T03:12:00+01:00',
          expires: '2026-11-23T04:12:00+01:00',
          senderName: 'sn',
          headline: 'h',
          description: 'd',
          instruction: 'i',
          web: 'https://x.nl',
          contact: 'c',
          parameters: [{ valueName: 'p', value: '2' }],
          resources: [
            {
              resourceDesc: 'r',
              mimeType: 'text/plain',
              size: 3,
              uri: 'https://x.nl/r',
              digest: 'ff',
            },
          ],
          areas: [
            {
              areaDesc: 'A',
              polygons: [],
              circles: [{ center: [5, 52], radiusKm: 1 }],
              geocodes: [{ valueName: 'g', value: '3' }],
              altitude: 1,
              ceiling: 2,
            },
          ],
        }),
      ],
    }),
  );
  const names = [...xml.matchAll(/<([a-zA-Z]+)[ >]/g)].map((m) => m[1]);
  const order = names.slice(names.indexOf('info'));
  const expected =
    'info language category event responseType responseType urgency severity certainty ' +
    'audience eventCode valueName value effective onset expires senderName headline ' +
    'description instruction web contact parameter valueName value resource resourceDesc ' +
    'mimeType size uri digest area areaDesc circle geocode valueName value altitude ceiling';
  assert.deepEqual(order, expected.split(' '));
});

test('lat/lon order: the model point [lon 5, lat 52] is written "52,5"; rings are closed', () => {
  const xml = toCapXml(
    alert({
      infos: [
        info({
          areas: [
            {
              areaDesc: 'Utrecht',
              polygons: [
                [
                  [5, 52],
                  [5.1, 52],
                  [5.1, 52.1],
                ],
              ],
              circles: [{ center: [5.12, 52.09], radiusKm: 0.5 }],
              geocodes: [],
            },
          ],
        }),
      ],
    }),
  );
  assert.match(xml, /<polygon>52,5 52,5\.1 52\.1,5\.1 52,5<\/polygon>/);
  assert.match(xml, /<circle>52\.09,5\.12 0\.5<\/circle>/);
  const back = fromCapXml(xml);
  assert.ok(back.ok);
  assert.deepEqual(back.alert.infos[0]?.areas[0]?.polygons[0], [
    [5, 52],
    [5.1, 52],
    [5.1, 52.1],
    [5, 52],
  ]);
});

test('dateTimes in Z are written with -00:00, everywhere', () => {
  const xml = toCapXml(
    alert({
      sent: '2026-11-23T02:12:00Z',
      references: [{ sender: 'x', identifier: 'y', sent: '2026-11-23T01:00:00Z' }],
      infos: [
        info({
          effective: '2026-11-23T02:12:00Z',
          onset: '2026-11-23T02:12:00Z',
          expires: '2026-11-23T03:12:00Z',
        }),
      ],
    }),
  );
  assert.doesNotMatch(xml, /\dZ</);
  assert.match(xml, /<sent>2026-11-23T02:12:00-00:00<\/sent>/);
  assert.match(xml, /<references>x,y,2026-11-23T01:00:00-00:00<\/references>/);
  assert.match(xml, /<expires>2026-11-23T03:12:00-00:00<\/expires>/);
});

test('addresses and incidents quote items that contain spaces', () => {
  const a = alert({
    addresses: ['team-a', 'Team B', 'c'],
    incidents: ['2026 brand Rotterdam', 'x'],
  });
  const xml = toCapXml(a);
  assert.match(xml, /<addresses>team-a "Team B" c<\/addresses>/);
  assert.match(xml, /<incidents>"2026 brand Rotterdam" x<\/incidents>/);
  assert.deepEqual(roundTrip(a), a);
});

test('text is escaped and survives: &, <, >, quotes, line breaks, carriage returns', () => {
  const a = alert({
    note: `Tom & Jerry <script>alert("x")</script> ]]> 'quoted'`,
    infos: [
      info({ description: 'Regel 1\r\nRegel 2\n\tingesprongen', headline: '"NL-Alert" & <test>' }),
    ],
  });
  const xml = toCapXml(a);
  assert.match(
    xml,
    /<note>Tom &amp; Jerry &lt;script&gt;alert\("x"\)&lt;\/script&gt; \]\]&gt; 'quoted'<\/note>/,
  );
  assert.match(xml, /Regel 1&#13;\nRegel 2/);
  assert.deepEqual(roundTrip(a), a);
});

test('characters XML cannot carry are dropped rather than written', () => {
  const xml = toCapXml(alert({ note: 'a\u0000b\u0007c\uFFFEd\uD800e' }));
  assert.match(xml, /<note>abcde<\/note>/);
  assert.ok(fromCapXml(xml).ok);
});

test('undefined optionals and empty arrays are left out; empty strings are empty elements', () => {
  const xml = toCapXml(alert({ note: '' }));
  assert.match(xml, /<note><\/note>/);
  assert.doesNotMatch(xml, /addresses|references|incidents|<code>|<info>|restriction/);
});

test('signatures are written back verbatim after the infos', () => {
  const sig =
    '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/>\n<SignatureValue>QQ==</SignatureValue></Signature>';
  const a = alert({ infos: [info()], signatures: [sig] });
  for (const pretty of [false, true]) {
    const xml = toCapXml(a, { pretty });
    assert.ok(xml.includes(sig));
    assert.ok(xml.indexOf('</info>') < xml.indexOf('<Signature'));
    assert.ok(xml.indexOf(sig) + sig.length <= xml.indexOf('</alert>'));
  }
  assert.deepEqual(roundTrip(a), a);
});

test('a signature relying on a prefix declared on the original alert gets it declared', () => {
  const sig = '<ds:Signature><ds:SignatureValue>QQ==</ds:SignatureValue></ds:Signature>';
  const a = alert({ signatures: [sig] });
  const xml = toCapXml(a);
  assert.match(
    xml,
    /<alert xmlns="urn:oasis:names:tc:emergency:cap:1\.2" xmlns:ds="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">/,
  );
  assert.deepEqual(roundTrip(a), a);
});

test('pretty output is indented, one element per line, and reads back the same', () => {
  const a = alert({ infos: [info({ description: 'twee\nregels' })] });
  const xml = toCapXml(a, { pretty: true });
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns='));
  assert.match(xml, /\n {2}<identifier>NL-2026-0001<\/identifier>\n/);
  assert.match(xml, /\n {4}<category>Safety<\/category>\n/);
  assert.match(xml, /<description>twee\nregels<\/description>/);
  assert.ok(xml.endsWith('</alert>\n'));
  const back = fromCapXml(xml);
  assert.ok(back.ok);
  assert.deepEqual(back.alert, a);
});

test('numbers are written as decimals without exponent', () => {
  const a = alert({
    infos: [
      info({
        resources: [{ resourceDesc: 'r', mimeType: 'm', size: 12 }],
        areas: [
          {
            areaDesc: 'A',
            polygons: [
              [
                [1e-7, -5e-8],
                [1, 0],
                [1, 1],
                [1e-7, -5e-8],
              ],
            ],
            circles: [],
            geocodes: [],
            altitude: 1e21,
          },
        ],
      }),
    ],
  });
  const xml = toCapXml(a);
  assert.match(xml, /<polygon>-0\.00000005,0\.0000001 /);
  assert.match(xml, /<altitude>1000000000000000000000<\/altitude>/);
  assert.deepEqual(roundTrip(a), a);
});
