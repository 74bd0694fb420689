import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCoordinateList, toCoordinateList } from './coordinates.js';
import { UTRECHT } from '../test-fixtures.js';

const ring = (r: ReturnType<typeof parseCoordinateList>): unknown =>
  r.shapes[0]?.type === 'Polygon' ? r.shapes[0].coordinates[0] : undefined;

test('lat, lon per line in many spellings; the ring is closed', () => {
  const expected = [
    [5.105, 52.08],
    [5.14, 52.08],
    [5.14, 52.1],
    [5.105, 52.08],
  ];
  for (const text of [
    '52.08, 5.105\n52.08, 5.14\n52.1, 5.14',
    '52.08 5.105\n52.08 5.14\n52.1 5.14\n52.08 5.105',
    '52,08;5,105\n52,08;5,14\n52,1;5,14',
    '52.08\t5.105\r\n52.08\t5.14\r\n52.1\t5.14\r\n',
    'N52.08 E5.105\nN52.08 E5.14\nN52.1 E5.14',
    '5.105E 52.08N\n5.14E 52.08N\n5.14E 52.1N',
    '[5.105, 52.08],\n[5.14, 52.08],\n[5.14, 52.1]',
  ]) {
    const r = parseCoordinateList(text);
    assert.deepEqual(r.findings, [], text);
    assert.deepEqual(ring(r), expected, text);
  }
});

test('degrees, minutes, seconds', () => {
  const r = parseCoordinateList(`52°05'26.5"N 5°07'17"E\n52°06'N 5°08'E\n52°05'N 5°09'E`);
  assert.deepEqual(r.findings, []);
  const first = (ring(r) as number[][])[0] as number[];
  assert.ok(Math.abs((first[1] as number) - (52 + 5 / 60 + 26.5 / 3600)) < 1e-12);
  assert.ok(Math.abs((first[0] as number) - (5 + 7 / 60 + 17 / 3600)) < 1e-12);
});

test('bad lines are reported with their line number', () => {
  const r = parseCoordinateList('52.08, 5.105\n\nhello\n52.1 5.14 7\nN52 N5');
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.line]),
    [
      ['import.coordinate-list', 3],
      ['import.coordinate-list', 4],
      ['import.coordinate-list', 5],
    ],
  );
  assert.equal(r.shapes.length, 0);
  assert.equal(parseCoordinateList('\n# comment\n').findings[0]?.code, 'import.empty');
});

test('toCoordinateList writes lat, lon lines that read back', () => {
  const text = toCoordinateList(UTRECHT.coordinates[0] ?? []);
  assert.equal(text.split('\n')[0], '52.08, 5.105');
  assert.deepEqual(parseCoordinateList(text).shapes, [UTRECHT]);
});
