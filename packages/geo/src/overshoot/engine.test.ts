import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromWgs84 } from '../crs.js';
import { destination } from '../shapes.js';
import type { AreaShape, LonLat } from '../types.js';
import { SCENARIOS } from './build.js';
import type { Grid } from './build.js';
import { OvershootEngine } from './engine.js';
import { parseCellsGeoJson } from './parse.js';
import { pathLossLine, patternAttenuationDb, radioHorizonKm } from './propagation.js';
import type { OvershootCell, OvershootEstimate, OvershootFigures } from './types.js';
import { B30, SITE, cell, circle, near } from './cells.test-helper.js';

function loadSample(name: string): OvershootCell[] {
  const text = readFileSync(
    new URL(`../../data/synthetic/${name}.geojson`, import.meta.url),
    'utf8',
  );
  const parsed = parseCellsGeoJson(text);
  assert.ok(parsed.ok, JSON.stringify(parsed.findings.slice(0, 3)));
  return parsed.cells;
}

test('one omni site with a known 5 km range and a 2 km circle: overshoot is the ring between', () => {
  const engine = OvershootEngine.create([cell({ rangeM: 5000 })]);
  const r = engine.estimate([circle(SITE, 2)]);
  const ring = (outer: number): number => Math.PI * (outer * outer - 4);
  near(r.combined.overshootAreaKm2.nominal, ring(5), 0.03, 'nominal overshoot');
  // The band: path loss ±10 dB moves the range by 10^(±10/B).
  near(r.combined.overshootAreaKm2.low, ring(5 * 10 ** (-10 / B30)), 0.04, 'low overshoot');
  near(r.combined.overshootAreaKm2.high, ring(5 * 10 ** (10 / B30)), 0.03, 'high overshoot');
  near(r.combined.spillMaxKm.nominal, 3, 0.05, 'max spill');
  // Area-weighted: half the ring's area lies within √((25+4)/2) − 2 of the edge.
  near(r.combined.spillP50Km.nominal, Math.sqrt(14.5) - 2, 0.06, 'p50 spill');
  assert.ok(r.combined.spillP95Km.nominal <= r.combined.spillMaxKm.nominal);
  assert.equal(r.combined.undershootAreaKm2.nominal, 0);
  near(r.combined.servedInsideKm2.nominal, Math.PI * 4, 0.03, 'served inside');
  assert.deepEqual(r.combined.cellsSelected, { nominal: 1, low: 1, high: 1 });
  assert.deepEqual([...r.selectedCells], [0]);
  assert.equal(r.operators.length, 1);
  assert.deepEqual(r.operators[0]?.figures, r.combined);
  assert.equal(r.combined.overshootPopulation, null);
  assert.deepEqual(r.findings, []);
});

test('an area beyond every cell selects nothing and says coverage is missing there', () => {
  const engine = OvershootEngine.create([cell({ rangeM: 5000 })]);
  const r = engine.estimate([circle(destination(SITE, 30, 90), 2)]);
  assert.equal(r.combined.overshootAreaKm2.high, 0);
  assert.equal(r.combined.cellsSelected.high, 0);
  assert.deepEqual(
    r.findings.map((f) => f.code),
    ['overshoot.area-outside-cells'],
  );
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

test('two sectors back to back: only the one facing the area broadcasts', () => {
  const cells = [
    cell({ id: 'east', azimuthDeg: 90, rangeM: 5000 }),
    cell({ id: 'west', azimuthDeg: 270, rangeM: 5000 }),
  ];
  const engine = OvershootEngine.create(cells, { secondaryMarginDb: 0 });
  const half = sectorArea(5, -90, 90);
  const east = engine.estimate([circle(destination(SITE, 2, 90), 1)]);
  assert.deepEqual([...east.selectedCells], [0]);
  near(east.combined.overshootAreaKm2.nominal, half - Math.PI, 0.03, 'east overshoot');
  assert.equal(east.combined.undershootAreaKm2.nominal, 0);
  // An area over the site: both broadcast; the footprints together minus the area.
  const both = engine.estimate([circle(SITE, 1)]);
  assert.deepEqual([...both.selectedCells].sort(), [0, 1]);
  near(both.combined.overshootAreaKm2.nominal, 2 * half - Math.PI, 0.03, 'both overshoot');
});

test('a secondary-server margin widens what a sector reaches', () => {
  const cells = [
    cell({ id: 'east', azimuthDeg: 90, rangeM: 5000 }),
    cell({ id: 'west', azimuthDeg: 270, rangeM: 5000 }),
  ];
  const area = [circle(destination(SITE, 2, 90), 1)];
  const tight = OvershootEngine.create(cells, { secondaryMarginDb: 0 }).estimate(area);
  const wide = OvershootEngine.create(cells, { secondaryMarginDb: 4 }).estimate(area);
  assert.ok(
    wide.combined.overshootAreaKm2.nominal > tight.combined.overshootAreaKm2.nominal,
    'phones near the sector boundary may camp on either sector',
  );
});

/** A naive reference: point in polygon for every square, no incremental state. */
function naive(g: Grid, ring: LonLat[]): { overshoot: number; cells: number } {
  const pts = ring.map((p) => fromWgs84(p, g.crs));
  const inside = (x: number, y: number): boolean => {
    let odd = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i] as [number, number];
      const [xj, yj] = pts[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
    return odd;
  };
  const nominal = 1 << 1;
  const isIn = new Uint8Array(g.squareCount);
  const selected = new Set<number>();
  for (let s = 0; s < g.squareCount; s++) {
    if (!inside(g.sqX[s] as number, g.sqY[s] as number)) continue;
    isIn[s] = 1;
    for (let e = g.sqStart[s] as number; e < (g.sqStart[s + 1] as number); e++) {
      if ((g.sqMask[e] as number) & nominal) selected.add(g.sqCell[e] as number);
    }
  }
  let overshoot = 0;
  for (let s = 0; s < g.squareCount; s++) {
    if (isIn[s]) continue;
    for (let e = g.sqStart[s] as number; e < (g.sqStart[s + 1] as number); e++) {
      if ((g.sqMask[e] as number) & nominal && selected.has(g.sqCell[e] as number)) {
        overshoot += g.sqArea[s] as number;
        break;
      }
    }
  }
  return { overshoot, cells: selected.size };
}

function polygon(ring: LonLat[]): AreaShape {
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as LonLat]] };
}

function figuresClose(a: OvershootFigures, b: OvershootFigures, what: string): void {
  for (const key of Object.keys(a) as (keyof OvershootFigures)[]) {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) {
      assert.equal(x, y);
      continue;
    }
    for (const k of ['low', 'nominal', 'high'] as const) {
      assert.ok(Math.abs(x[k] - y[k]) < 1e-6, `${what} ${key}.${k}: ${x[k]} vs ${y[k]}`);
    }
  }
}

test('dragging vertices gives the same figures as estimating from scratch, and as a naive count', () => {
  const cells = loadSample('rotterdam');
  const dragged = OvershootEngine.create(cells);
  const fresh = OvershootEngine.create(cells);
  const centre: LonLat = [4.475, 51.915];
  const ring: LonLat[] = [0, 45, 90, 135, 180, 225, 270, 315].map((b) =>
    destination(centre, 1.5, b),
  );
  const rand = fc.sample(
    fc.tuple(
      fc.nat(7),
      fc.double({ min: 0, max: 360, noNaN: true }),
      fc.double({ min: 0.02, max: 1.2, noNaN: true }),
    ),
    { numRuns: 15, seed: 42 },
  );
  let first = true;
  for (const [vertex, bearing, km] of rand) {
    ring[vertex] = destination(ring[vertex] as LonLat, km, bearing);
    const a = dragged.estimate([polygon(ring)]);
    assert.equal(a.stats.full, first);
    first = false;
    fresh.estimate([]);
    const b = fresh.estimate([polygon(ring)]);
    figuresClose(a.combined, b.combined, 'combined');
    a.operators.forEach((o, i) => figuresClose(o.figures, b.operators[i]!.figures, o.operator));
    const ref = naive(dragged.grid, ring);
    assert.ok(Math.abs(a.combined.overshootAreaKm2.nominal - ref.overshoot) < 1e-6);
    assert.equal(a.combined.cellsSelected.nominal, ref.cells);
  }
});

function reached(f: OvershootFigures, k: 'low' | 'nominal' | 'high'): number {
  return f.overshootAreaKm2[k] + f.servedInsideKm2[k] - f.undershootAreaKm2[k];
}

test('monotonicity: a larger area never has less coverage or fewer cells', () => {
  const engine = OvershootEngine.create(loadSample('drenthe'));
  fc.assert(
    fc.property(
      fc.double({ min: 6.35, max: 6.55, noNaN: true }),
      fc.double({ min: 52.8, max: 52.9, noNaN: true }),
      fc.double({ min: 0.3, max: 3, noNaN: true }),
      fc.double({ min: 1.1, max: 3, noNaN: true }),
      fc.constantFrom('any-overlap' as const, 'site-inside' as const),
      (lon, lat, r, grow, mode) => {
        const small = engine.estimate([circle([lon, lat], r)], { mode });
        const large = engine.estimate([circle([lon, lat], r * grow)], { mode });
        for (const k of ['low', 'nominal', 'high'] as const) {
          assert.ok(reached(large.combined, k) >= reached(small.combined, k) - 1e-9, k);
          assert.ok(large.combined.cellsSelected[k] >= small.combined.cellsSelected[k], k);
          assert.ok(large.combined.servedInsideKm2[k] >= small.combined.servedInsideKm2[k] - 1e-9);
        }
      },
    ),
    { numRuns: 20, seed: 7 },
  );
});

test('modes: site-inside misses people inside, geofence cuts the spill, legacy phones see any-overlap', () => {
  const engine = OvershootEngine.create(loadSample('rotterdam'));
  const area = [circle([4.475, 51.915], 1.5)];
  const any = engine.estimate(area, { mode: 'any-overlap' });
  const site = engine.estimate(area, { mode: 'site-inside' });
  const geo = engine.estimate(area, { mode: 'geofence' });
  assert.equal(any.combined.undershootAreaKm2.nominal, 0);
  assert.ok(any.combined.overshootAreaKm2.nominal > 0);
  assert.ok(site.combined.overshootAreaKm2.nominal <= any.combined.overshootAreaKm2.nominal);
  assert.ok(site.combined.undershootAreaKm2.high > 0, 'cells outside serve squares inside');
  assert.ok(geo.combined.overshootAreaKm2.nominal < any.combined.overshootAreaKm2.nominal / 5);
  // Spill within the location tolerance (100 m) and half a square.
  assert.ok(geo.combined.spillMaxKm.high <= 0.1 + 0.125 + 1e-9);
  assert.ok(geo.legacy);
  figuresClose(geo.legacy.combined, any.combined, 'legacy');
  assert.equal(any.legacy, undefined);
  assert.equal(site.mode, 'site-inside');
});

test('population: residents in the overshoot follow the density, and the UK bleed ring is given', () => {
  const square = (c: LonLat, km: number): AreaShape => {
    const [w, s] = destination(destination(c, km, 180), km, 270);
    const [e, n] = destination(destination(c, km, 0), km, 90);
    return polygon([
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ]);
  };
  const ground = square(SITE, 40) as Extract<AreaShape, { type: 'Polygon' }>;
  const engine = OvershootEngine.create([cell({ rangeM: 5000 })], {
    population: { features: [{ kind: 'area', shape: ground, population: 1000 * 80 * 80 }] },
  });
  const r = engine.estimate([circle(SITE, 2)]);
  const area = r.combined.overshootAreaKm2;
  const pop = r.combined.overshootPopulation;
  assert.ok(pop);
  // 1000 residents per km² (within the rounding of the ground square's area).
  near(pop.nominal, 1000 * area.nominal, 0.02, 'population');
  near(pop.high, 1000 * area.high, 0.02, 'population high');
  // 1000/km² = 2590 per square mile: 5900 − 1250·log10(2590) m.
  assert.ok(r.ukBleedKm !== null);
  near(r.ukBleedKm, (5900 - 1250 * Math.log10(2589.988)) / 1000, 0.02, 'UK bleed');
  assert.equal(engine.summary().hasPopulation, true);
});

test('best server on the grid is the cell with the largest margin (brute force)', () => {
  const rand = fc.sample(
    fc.record({
      lon: fc.double({ min: 4.9, max: 5.1, noNaN: true }),
      lat: fc.double({ min: 51.95, max: 52.05, noNaN: true }),
      az: fc.option(fc.integer({ min: 0, max: 359 }), { nil: null }),
      f: fc.constantFrom(800, 1800, 2600),
      h: fc.integer({ min: 15, max: 60 }),
      erp: fc.double({ min: 25, max: 33, noNaN: true }),
      op: fc.constantFrom('A', 'B'),
    }),
    { numRuns: 40, seed: 3 },
  );
  const cells = rand.map((r, i) =>
    cell({
      id: String(i),
      operator: r.op,
      position: [r.lon, r.lat],
      azimuthDeg: r.az,
      frequencyMhz: r.f,
      heightM: r.h,
      erpDbw: r.erp,
    }),
  );
  const engine = OvershootEngine.create(cells);
  const g = engine.grid;
  const margin = (c: number, x: number, y: number): number => {
    const spec = cells[c] as OvershootCell;
    const dx = x - (g.cellX[c] as number);
    const dy = y - (g.cellY[c] as number);
    const d = Math.max(Math.hypot(dx, dy), 20) / 1000;
    if (d > radioHorizonKm(spec.heightM)) return -Infinity;
    const line = pathLossLine(spec.frequencyMhz as number, spec.heightM, 'rural');
    const loss = line.interceptDb + line.slopeDb * Math.log10(d);
    const off =
      spec.azimuthDeg === null ? 0 : (Math.atan2(dx, dy) * 180) / Math.PI - spec.azimuthDeg;
    return (
      145 +
      ((spec.erpDbw as number) - 30) -
      loss -
      (spec.azimuthDeg === null ? 0 : patternAttenuationDb(off))
    );
  };
  let checked = 0;
  for (let s = 0; s < g.squareCount; s += 37) {
    const x = g.sqX[s] as number;
    const y = g.sqY[s] as number;
    for (let o = 0; o < g.ops.length; o++) {
      let best = -Infinity;
      let bestCell = -1;
      cells.forEach((_, c) => {
        if (g.cellOp[c] !== o) return;
        const m = margin(c, x, y);
        if (m > best) {
          best = m;
          bestCell = c;
        }
      });
      const listed = [];
      for (let e = g.sqStart[s] as number; e < (g.sqStart[s + 1] as number); e++) {
        if (g.cellOp[g.sqCell[e] as number] === o) listed.push(g.sqCell[e] as number);
      }
      if (best < -10) {
        assert.equal(listed.length, 0, `square ${s}: nobody should serve`);
      } else {
        assert.equal(listed[0], bestCell, `square ${s} operator ${o}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 200, String(checked));
  assert.ok(SCENARIOS === 3);
});

test('a tighter-area suggestion trades overshoot against undershoot, each figure with its band', () => {
  const engine = OvershootEngine.create(loadSample('drenthe'));
  const r: OvershootEstimate = engine.estimate([circle([6.45, 52.85], 4)], { suggest: true });
  const s = r.suggestion;
  assert.ok(s);
  assert.ok(s.options.length >= 3);
  assert.equal(s.maxUndershootShare, 0.01);
  for (const o of s.options) {
    for (const b of [o.overshootAreaKm2, o.undershootAreaKm2]) {
      assert.ok(b.low >= 0 && b.low <= b.nominal && b.nominal <= b.high, JSON.stringify(b));
    }
    // Path loss −10 dB reaches farther: the overshoot band is a real range, not a point.
    assert.ok(o.overshootAreaKm2.high > o.overshootAreaKm2.low, JSON.stringify(o.overshootAreaKm2));
    assert.equal(o.shape.type, 'Polygon');
    assert.equal(o.overshootPopulation, null);
  }
  const deepest = s.options[s.options.length - 1]!;
  assert.ok(deepest.undershootAreaKm2.nominal >= s.options[0]!.undershootAreaKm2.nominal);
  if (s.recommended !== null) {
    const o = s.options[s.recommended]!;
    assert.ok(o.undershootAreaKm2.nominal <= 0.01 * r.combined.servedInsideKm2.nominal + 1e-9);
    assert.ok(o.overshootAreaKm2.nominal < r.combined.overshootAreaKm2.nominal);
  }
  // An inset of the whole network's reach, evaluated per scenario, matches estimating
  // that inset area directly in any-overlap (its overshoot counted against the drawn area
  // is at least the inset's own overshoot minus the ring between).
  const first = s.options[0]!;
  const direct = OvershootEngine.create(loadSample('drenthe')).estimate([first.shape]);
  for (const k of ['low', 'nominal', 'high'] as const) {
    assert.ok(
      first.overshootAreaKm2[k] <= direct.combined.overshootAreaKm2[k] + 1e-9,
      `${k}: ${first.overshootAreaKm2[k]} vs ${direct.combined.overshootAreaKm2[k]}`,
    );
  }
  // Without asking, no suggestion (it is not for every drag frame).
  assert.equal(engine.estimate([circle([6.45, 52.85], 4)]).suggestion, undefined);
});

test('a hole in the area is outside: phones there get the alert and count as overshoot', () => {
  const engine = OvershootEngine.create([cell({ rangeM: 5000 })]);
  const box = (d: number): LonLat[] => [
    [5 - d, 52 - d * 0.6],
    [5 + d, 52 - d * 0.6],
    [5 + d, 52 + d * 0.6],
    [5 - d, 52 + d * 0.6],
    [5 - d, 52 - d * 0.6],
  ];
  const holed = engine.estimate([{ type: 'Polygon', coordinates: [box(0.03), box(0.01)] }]);
  const solid = engine.estimate([{ type: 'Polygon', coordinates: [box(0.03)] }]);
  const hole = solid.areaKm2 - holed.areaKm2;
  assert.ok(hole > 1 && hole < 2, String(hole));
  near(
    holed.combined.overshootAreaKm2.nominal - solid.combined.overshootAreaKm2.nominal,
    hole,
    1e-9,
    'hole',
  );
  // No cells at all: nothing reached, and a warning that coverage is missing.
  const empty = OvershootEngine.create([]).estimate([circle(SITE, 2)]);
  assert.equal(empty.combined.overshootAreaKm2.high, 0);
  assert.deepEqual(
    empty.findings.map((f) => f.code),
    ['overshoot.area-outside-cells'],
  );
});
