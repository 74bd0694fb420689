import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { destination } from '../shapes.js';
import { toWgs84 } from '../crs.js';
import {
  RunWriter,
  coverageRings,
  coverageToGeoJson,
  gridUnprojector,
  overlayUnprojector,
  runsArea,
} from './coverage.js';
import type { CoverageRing, CoverageRuns } from './coverage.js';
import { OvershootEngine } from './engine.js';
import { patternAttenuationDb } from './propagation.js';
import { B30, SITE, cell, circle, near } from './cells.test-helper.js';

/** Signed shoelace area of a closed ring. */
function ringArea(ring: CoverageRing): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[i + 1]!;
    a += ax * by - bx * ay;
  }
  return a / 2;
}

/** Area of polygons (outer minus holes), m². */
function polygonsArea(polygons: CoverageRing[][]): number {
  let total = 0;
  for (const rings of polygons) for (const ring of rings) total += ringArea(ring);
  return total;
}

function runs(...boxes: [number, number, number, number][]): CoverageRuns {
  return Int32Array.from(boxes.flat());
}

/** Checks what every ring must be: closed, axis-parallel edges, no zero-length edge. */
function assertWellFormed(polygons: CoverageRing[][]): void {
  for (const rings of polygons) {
    assert.ok(ringArea(rings[0]!) > 0, 'outer ring counter-clockwise');
    rings.forEach((ring, i) => {
      assert.deepEqual(ring[0], ring.at(-1), 'closed');
      if (i > 0) assert.ok(ringArea(ring) < 0, 'hole clockwise');
      for (let k = 0; k + 1 < ring.length; k++) {
        const [ax, ay] = ring[k]!;
        const [bx, by] = ring[k + 1]!;
        assert.ok((ax === bx) !== (ay === by), `axis-parallel, non-empty edge ${k}`);
      }
    });
  }
}

test('rings: adjacent squares merge; squares touching at a corner stay apart', () => {
  // Two rows of two: one square.
  const square = coverageRings(runs([0, 0, 200, 100], [0, 100, 200, 200]));
  assert.equal(square.length, 1);
  assert.equal(square[0]!.length, 1);
  assert.equal(square[0]![0]!.length, 5, 'four corners, closed');
  assert.equal(polygonsArea(square), 40000);
  // Corner to corner: two polygons, each a simple square (no self-touching ring).
  const pinch = coverageRings(runs([0, 0, 100, 100], [100, 100, 200, 200]));
  assert.equal(pinch.length, 2);
  assert.deepEqual(
    pinch.map((p) => p[0]!.length),
    [5, 5],
  );
  assertWellFormed([...square, ...pinch]);
});

test('rings: a frame of squares is one polygon with a hole; an island in the hole is its own polygon', () => {
  const frame = runs(
    [0, 0, 300, 100],
    [0, 100, 100, 200],
    [200, 100, 300, 200],
    [0, 200, 300, 300],
  );
  const polygons = coverageRings(frame);
  assert.equal(polygons.length, 1);
  assert.equal(polygons[0]!.length, 2, 'outer and hole');
  assert.equal(polygonsArea(polygons), 80000);
  // A 5×5 frame with a square island in the middle of its 3×3 hole.
  const big = runs(
    [0, 0, 500, 100],
    [0, 100, 100, 400],
    [400, 100, 500, 400],
    [200, 200, 300, 300],
    [0, 400, 500, 500],
  );
  const nested = coverageRings(big);
  assert.equal(nested.length, 2);
  const outer = nested.find((p) => p.length === 2);
  assert.ok(outer, 'the frame has its hole');
  assert.equal(polygonsArea(nested), runsArea(big));
  assertWellFormed(nested);
});

test('rings: fine and coarse squares of different heights side by side (T-junctions)', () => {
  // A coarse 250 m square beside three fine 100 m rows (the grid mixes both per tile).
  const mixed = runs(
    [0, 0, 250, 250],
    [250, 0, 350, 100],
    [250, 100, 450, 200],
    [250, 200, 350, 300],
  );
  const polygons = coverageRings(mixed);
  assert.equal(polygons.length, 1);
  assert.equal(polygons[0]!.length, 1);
  assert.equal(polygonsArea(polygons), runsArea(mixed));
  assertWellFormed(polygons);
});

test('rings: random runs on a lattice keep their area and give well-formed rings', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), {
        minLength: 1,
        maxLength: 8,
      }),
      (grid) => {
        const w = new RunWriter();
        grid.forEach((row, y) =>
          row.forEach((on, x) => {
            if (on) w.push(x * 100, y * 100, x * 100 + 100, y * 100 + 100);
          }),
        );
        const r = w.finish();
        const polygons = coverageRings(r);
        assertWellFormed(polygons);
        assert.equal(polygonsArea(polygons), runsArea(r));
      },
    ),
    { numRuns: 200 },
  );
});

test('run writer: adjacent squares in a row become one run', () => {
  const w = new RunWriter();
  w.push(0, 0, 100, 100);
  w.push(100, 0, 200, 100);
  w.push(300, 0, 400, 100);
  w.push(0, 100, 100, 200);
  assert.deepEqual([...w.finish()], [0, 0, 200, 100, 300, 0, 400, 100, 0, 100, 100, 200]);
});

test('overlay: one omni site with a known 5 km range and a 2 km circle: the overshoot is an annulus', () => {
  const engine = OvershootEngine.create([cell({ rangeM: 5000 })]);
  const r = engine.estimate([circle(SITE, 2)], { overlay: true });
  const overlay = r.overlay;
  assert.ok(overlay);
  assert.equal(overlay.crs, 'EPSG:28992');
  // The runs hold exactly the squares behind the figure.
  near(
    runsArea(overlay.combined.overshoot) / 1e6,
    r.combined.overshootAreaKm2.nominal,
    1e-9,
    'runs = figure',
  );
  // One polygon with one hole, of area π(R² − r²) within the grid's tolerance.
  const rings = coverageRings(overlay.combined.overshoot);
  assert.equal(rings.length, 1, 'one polygon');
  assert.equal(rings[0]!.length, 2, 'outer ring and the hole of the drawn circle');
  near(polygonsArea(rings) / 1e6, Math.PI * (25 - 4), 0.03, 'annulus area');
  near(Math.abs(ringArea(rings[0]![1]!)) / 1e6, Math.PI * 4, 0.05, 'hole ≈ the drawn circle');
  // Coverage: the whole disc, no hole; undershoot: none (any-overlap).
  const disc = coverageRings(overlay.combined.coverage);
  assert.equal(disc.length, 1);
  assert.equal(disc[0]!.length, 1);
  near(polygonsArea(disc) / 1e6, Math.PI * 25, 0.03, 'disc area');
  assert.equal(overlay.combined.undershoot.length, 0);
  // At path loss −10 dB the overshoot reaches 5·10^(10/B) km.
  const far = 5 * 10 ** (10 / B30);
  near(runsArea(overlay.overshootFar) / 1e6, Math.PI * (far * far - 4), 0.03, 'far annulus');
  // One operator: its layers are the combined ones.
  assert.deepEqual(overlay.operators[0]?.layers, overlay.combined);
  // As GeoJSON: lon/lat around the site, the hole around the circle's centre.
  const geo = coverageToGeoJson(overlay.combined.overshoot, overlay);
  assert.ok(geo);
  const lons = geo.coordinates[0]![0]!.map((p) => p[0]);
  const lats = geo.coordinates[0]![0]!.map((p) => p[1]);
  near(Math.max(...lats) - SITE[1], 5 / 111.2, 0.03, 'north edge 5 km away');
  near(SITE[0] - Math.min(...lons), 5 / (111.3 * Math.cos((52 * Math.PI) / 180)), 0.03, 'west');
  // One control grid for all layers gives the same outline within a few centimetres.
  const shared = coverageToGeoJson(
    overlay.combined.overshoot,
    overlay,
    overlayUnprojector(overlay) ?? undefined,
  );
  const a = geo.coordinates[0]![0]!;
  const b = shared!.coordinates[0]![0]!;
  assert.equal(a.length, b.length);
  a.forEach((p, i) => {
    assert.ok(Math.abs(p[0] - b[i]![0]) < 1e-6 && Math.abs(p[1] - b[i]![1]) < 1e-6, `vertex ${i}`);
  });
  // Not asked: no overlay (figures only while dragging).
  assert.equal(engine.estimate([circle(SITE, 2.1)]).overlay, undefined);
});

/** Area (km²) of a sector's footprint over the offsets where it is the best server. */
function sectorArea(rangeKm: number, fromDeg: number, toDeg: number): number {
  let sum = 0;
  const steps = 3600;
  const h = (toDeg - fromDeg) / steps;
  for (let i = 0; i < steps; i++) {
    const off = fromDeg + (i + 0.5) * h;
    const r = rangeKm * 10 ** (-patternAttenuationDb(off) / B30);
    sum += 0.5 * r * r * ((h * Math.PI) / 180);
  }
  return sum;
}

test('overlay: two sectors back to back: on one network each serves its half, on two the whole lobe; site-inside shows the undershoot', () => {
  const cells = [
    cell({ id: 'east', operator: 'A', azimuthDeg: 90, rangeM: 5000 }),
    cell({ id: 'west', operator: 'B', azimuthDeg: 270, rangeM: 5000 }),
  ];
  const east = destination(SITE, 2, 90);
  // One network: the sectors compete for best server, each serves its half.
  const one = OvershootEngine.create(
    cells.map((c) => ({ ...c, operator: 'A' })),
    { secondaryMarginDb: 0 },
  ).estimate([circle(east, 1)], { overlay: true }).overlay!;
  const half = sectorArea(5, -90, 90);
  near(runsArea(one.combined.coverage) / 1e6, half, 0.03, 'half lobe');
  near(runsArea(one.combined.overshoot) / 1e6, half - Math.PI, 0.04, 'half lobe minus circle');
  const [x0] = OvershootEngine.create(cells).project(SITE);
  const oneXs = one.combined.coverage.filter((_, i) => i % 4 === 0);
  assert.ok(Math.min(...oneXs) >= x0 - 250, 'the east sector serves only east of the mast');
  assert.equal(coverageRings(one.combined.coverage).length, 1);
  const engine = OvershootEngine.create(cells, { secondaryMarginDb: 0 });
  const r = engine.estimate([circle(east, 1)], { overlay: true });
  const overlay = r.overlay!;
  // Networks do not compete: A's sector serves its whole pattern, back lobe included.
  const lobe = sectorArea(5, -180, 180);
  const back = 5 * 10 ** (-25 / B30);
  const [a, b] = overlay.operators;
  assert.deepEqual(
    overlay.operators.map((o) => o.operator),
    ['A', 'B'],
  );
  // Only the east sector (network A) broadcasts.
  near(runsArea(a!.layers.coverage) / 1e6, lobe, 0.03, 'A coverage');
  near(runsArea(a!.layers.overshoot) / 1e6, lobe - Math.PI, 0.04, 'A overshoot');
  assert.equal(b!.layers.coverage.length, 0, 'B does not broadcast');
  const [siteX] = engine.project(SITE);
  const xs = a!.layers.coverage.filter((_, i) => i % 4 === 0 || i % 4 === 2);
  assert.ok(Math.min(...xs) >= siteX - back * 1000 - 250, 'west of the mast only the back lobe');
  assert.ok(Math.max(...xs) <= siteX + 5000 + 250, 'east: the main beam');
  near(Math.max(...xs) - siteX, 5000, 0.05, 'main beam reach');
  const rings = coverageRings(a!.layers.overshoot);
  assert.equal(rings.length, 1);
  assert.equal(rings[0]!.length, 2, 'the lobe with the drawn circle as a hole');
  // Site-inside (BE LB-SMS), circle east of the mast: no site inside, nothing
  // broadcasts; the served squares inside are the undershoot, on network A only.
  const s = engine.estimate([circle(east, 1)], { mode: 'site-inside', overlay: true });
  const sOverlay = s.overlay!;
  assert.equal(sOverlay.combined.coverage.length, 0);
  near(
    runsArea(sOverlay.combined.undershoot) / 1e6,
    s.combined.undershootAreaKm2.nominal,
    1e-9,
    'undershoot runs = figure',
  );
  near(runsArea(sOverlay.combined.undershoot) / 1e6, Math.PI, 0.03, 'the whole circle is missed');
  assert.deepEqual(sOverlay.operators[0]!.layers.undershoot, sOverlay.combined.undershoot);
  assert.equal(sOverlay.operators[1]!.layers.undershoot.length, 0);
});

test('overlay: after a drag the runs match a fresh engine', () => {
  const cells = [
    cell({ id: 'a', rangeM: 4000 }),
    cell({ id: 'b', position: destination(SITE, 6, 45), rangeM: 3000, operator: 'B' }),
  ];
  const moving = OvershootEngine.create(cells);
  moving.estimate([circle(SITE, 1)]);
  moving.estimate([circle(destination(SITE, 2, 45), 1.5)]);
  const dragged = moving.estimate([circle(destination(SITE, 3, 45), 1.5)], { overlay: true });
  const fresh = OvershootEngine.create(cells).estimate([circle(destination(SITE, 3, 45), 1.5)], {
    overlay: true,
  });
  assert.deepEqual(dragged.overlay, fresh.overlay);
});

test('unprojecting through a control grid stays within half a metre of the exact transformation', () => {
  // 60 km × 60 km of RD New around Utrecht: 17 × 17 control points, 3.75 km apart.
  const box: [number, number, number, number] = [110000, 430000, 170000, 490000];
  const fast = gridUnprojector(box, { crs: 'EPSG:28992', scale: 1 });
  const k = Math.cos((52 * Math.PI) / 180);
  fc.assert(
    fc.property(
      fc.integer({ min: 110000, max: 170000 }),
      fc.integer({ min: 430000, max: 490000 }),
      (x, y) => {
        const [lon, lat] = fast(x, y);
        const [elon, elat] = toWgs84([x, y], 'EPSG:28992');
        const m = Math.hypot((lon - elon) * 111320 * k, (lat - elat) * 110570);
        assert.ok(m < 0.5, `${m} m at ${x},${y}`);
      },
    ),
    { numRuns: 300 },
  );
});
