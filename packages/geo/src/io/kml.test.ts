import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKML, toKML } from './kml.js';
import { UTRECHT, rect } from '../test-fixtures.js';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <Placemark>
      <name>Centrum</name>
      <Polygon>
        <outerBoundaryIs><LinearRing><coordinates>
          5.105,52.08,0 5.14,52.08,0
          5.14,52.1,0 5.105,52.1,0 5.105,52.08,0
        </coordinates></LinearRing></outerBoundaryIs>
        <innerBoundaryIs><LinearRing><coordinates>5.11,52.085 5.11,52.09 5.12,52.09 5.11,52.085</coordinates></LinearRing></innerBoundaryIs>
      </Polygon>
    </Placemark>
    <Placemark><MultiGeometry>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>2,2 3,2 3,3 2,2</coordinates></LinearRing></outerBoundaryIs></Polygon>
    </MultiGeometry></Placemark>
  </Document>
</kml>`;

test('reads polygons with holes and Placemark names', () => {
  const r = parseKML(KML);
  assert.deepEqual(r.findings, []);
  assert.equal(r.shapes.length, 3);
  assert.deepEqual(r.labels, ['Centrum', undefined, undefined]);
  const first = r.shapes[0];
  assert.equal(first?.type === 'Polygon' && first.coordinates.length, 2);
  assert.deepEqual(first?.type === 'Polygon' && first.coordinates[0], UTRECHT.coordinates[0]);
});

test('malformed coordinates: the line of the bad tuple', () => {
  const bad = KML.replace('5.14,52.1,0 5.105,52.1,0', '5.14,52.1,0 5.105;52.1');
  const r = parseKML(bad);
  const f = r.findings.find((x) => x.code === 'import.kml-coordinates');
  assert.equal(f?.line, 10);
  assert.match(f?.message ?? '', /“5\.105;52\.1”/);
});

test('broken XML and KML without polygons', () => {
  const broken = parseKML('<kml>\n<Placemark>\n</kml>');
  assert.deepEqual(
    broken.findings.map((f) => [f.code, f.line, f.source]),
    [['import.xml-syntax', 3, 'xml']],
  );
  const none = parseKML(
    '<kml><Placemark><Point><coordinates>5,52</coordinates></Point></Placemark></kml>',
  );
  assert.deepEqual(
    none.findings.map((f) => f.code),
    ['import.kml-no-polygon'],
  );
});

test('toKML writes a document that reads back', () => {
  const text = toKML(
    [UTRECHT, { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [rect(2, 2, 3, 3)]] }],
    {
      name: 'Gebied <1>',
      labels: ['Centrum & Oost'],
    },
  );
  assert.match(text, /<name>Gebied &lt;1&gt;<\/name>/);
  assert.match(text, /<MultiGeometry>/);
  const back = parseKML(text);
  assert.deepEqual(back.findings, []);
  assert.deepEqual(back.shapes[0], UTRECHT);
  assert.deepEqual(back.labels, ['Centrum & Oost', undefined, undefined]);
});
