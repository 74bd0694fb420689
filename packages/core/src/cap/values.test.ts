import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatCapCircle,
  formatCapList,
  formatCapPolygon,
  formatCapReferences,
  formatDecimal,
  parseCapCircle,
  parseCapList,
  parseCapPolygon,
  parseCapReferences,
  parseDecimal,
  parseInteger,
} from './values.js';

test('formatDecimal never writes an exponent and reads back exactly', () => {
  assert.equal(formatDecimal(1e-7), '0.0000001');
  assert.equal(formatDecimal(-1.5e-9), '-0.0000000015');
  assert.equal(formatDecimal(1.2345678901234566e-7), '0.00000012345678901234566');
  assert.equal(formatDecimal(1e21), '1000000000000000000000');
  assert.equal(formatDecimal(52.3676), '52.3676');
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      const s = formatDecimal(n);
      assert.doesNotMatch(s, /e/i);
      assert.equal(parseDecimal(s), n === 0 ? 0 : n, s);
    }),
    { numRuns: 500 },
  );
});

test('parseDecimal and parseInteger accept XML Schema forms only', () => {
  assert.equal(parseDecimal('-4.5'), -4.5);
  assert.equal(parseDecimal('.5'), 0.5);
  assert.equal(parseDecimal('+3.'), 3);
  assert.equal(parseDecimal('1e3'), null);
  assert.equal(parseDecimal('NaN'), null);
  assert.equal(parseDecimal(''), null);
  assert.equal(parseDecimal('5,2'), null);
  assert.equal(parseInteger('98865'), 98865);
  assert.equal(parseInteger('1.0'), null);
});

test('CAP lists quote items with whitespace and read them back', () => {
  assert.equal(formatCapList(['a', 'b c', 'd']), 'a "b c" d');
  assert.equal(formatCapList(['']), '""');
  assert.deepEqual(parseCapList('a  "b c"\td'), { items: ['a', 'b c', 'd'], unterminated: false });
  assert.deepEqual(parseCapList('x "open end'), { items: ['x', 'open end'], unterminated: true });
  assert.deepEqual(parseCapList(''), { items: [], unterminated: false });
  fc.assert(
    fc.property(fc.array(fc.string().filter((s) => !s.includes('"'))), (items) => {
      assert.deepEqual(parseCapList(formatCapList(items)).items, items);
    }),
  );
});

test('references are sender,identifier,sent triples; Z becomes -00:00', () => {
  const refs = [
    { sender: 'a@b.nl', identifier: 'ID-1', sent: '2026-01-01T00:00:00Z' },
    { sender: 'c', identifier: 'ID-2', sent: '2026-01-01T01:00:00+01:00' },
  ];
  assert.equal(
    formatCapReferences(refs),
    'a@b.nl,ID-1,2026-01-01T00:00:00-00:00 c,ID-2,2026-01-01T01:00:00+01:00',
  );
  const tokens = parseCapReferences(' a,b,2026-01-01T00:00:00+01:00\n bad,one  x,,y ');
  assert.deepEqual(tokens[0]?.ref, {
    sender: 'a',
    identifier: 'b',
    sent: '2026-01-01T00:00:00+01:00',
  });
  assert.equal(tokens[1]?.ref, undefined);
  assert.equal(tokens[1]?.raw, 'bad,one');
  assert.equal(tokens[2]?.ref, undefined);
});

test('polygons: CAP "lat,lon" becomes [lon, lat], and back', () => {
  const r = parseCapPolygon('52,5 52.1,5 52.1,5.1 52,5');
  assert.ok(r.ok);
  assert.deepEqual(r.ring, [
    [5, 52],
    [5, 52.1],
    [5.1, 52.1],
    [5, 52],
  ]);
  assert.equal(r.closed, true);
  assert.equal(
    formatCapPolygon([
      [5, 52],
      [5, 52.1],
      [5.1, 52.1],
      [5, 52],
    ]),
    '52,5 52.1,5 52.1,5.1 52,5',
  );
});

test('polygons: unclosed rings are closed, short or malformed ones refused', () => {
  const open = parseCapPolygon('52,5 52.1,5 52.1,5.1');
  assert.ok(open.ok);
  assert.equal(open.closed, false);
  assert.deepEqual(open.ring.at(-1), [5, 52]);
  assert.equal(
    formatCapPolygon([
      [5, 52],
      [5, 52.1],
      [5.1, 52.1],
    ]),
    '52,5 52.1,5 52.1,5.1 52,5',
  );
  assert.deepEqual(parseCapPolygon('52,5 52.1,5 52,5'), { ok: false, reason: 'too-few', count: 3 });
  assert.deepEqual(parseCapPolygon('52,5 52.1;5 52.1,5.1 52,5'), {
    ok: false,
    reason: 'pair',
    token: '52.1;5',
  });
  assert.deepEqual(parseCapPolygon('52,5,1 52.1,5 52.1,5.1 52,5'), {
    ok: false,
    reason: 'pair',
    token: '52,5,1',
  });
  assert.deepEqual(parseCapPolygon('  '), { ok: false, reason: 'empty' });
  // A space after the comma, as some senders write, is tolerated.
  assert.ok(parseCapPolygon('52, 5 52.1, 5 52.1, 5.1 52, 5').ok);
  const far = parseCapPolygon('5,152 5.1,152 5.1,152.1 5,152');
  assert.ok(far.ok);
  assert.equal(far.outOfRange, undefined);
  const swapped = parseCapPolygon('152,5 152.1,5 152.1,5.1 152,5');
  assert.ok(swapped.ok);
  assert.equal(swapped.outOfRange, '152,5');
});

test('circles are "lat,lon radius" with a radius that is not negative', () => {
  assert.deepEqual(parseCapCircle(' 32.9525,-115.5527 0 '), {
    ok: true,
    circle: { center: [-115.5527, 32.9525], radiusKm: 0 },
    outOfRange: false,
  });
  assert.equal(formatCapCircle({ center: [5, 52], radiusKm: 2.5 }), '52,5 2.5');
  assert.deepEqual(parseCapCircle('52,5'), { ok: false });
  assert.deepEqual(parseCapCircle('52,5 -1'), { ok: false });
  assert.deepEqual(parseCapCircle('52 5 1'), { ok: false });
  const outside = parseCapCircle('95,5 1');
  assert.ok(outside.ok);
  assert.equal(outside.outOfRange, true);
});
