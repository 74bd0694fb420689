// Cell-broadcast overshoot on a synthetic country: 50,000 cells over 200 × 200 km of the
// Netherlands (generated from municipal residents, packages/geo/data/synthetic/README.md),
// residents from the municipalities. Measures the precomputation, then re-estimates
// after a simulated vertex drag (what the worker does on every drag frame: p95 must stay
// ≤ 16 ms), and, on the same steps in the same run, the plain way: a jsts union of the
// selected cells' footprints minus the drawn area.
import {
  OvershootEngine,
  destination,
  generateSyntheticNetwork,
  loadDefaultBoundaryLayer,
  patternAttenuationDb,
  type AreaShape,
  type LonLat,
  type OvershootCell,
} from '@sirene/geo';
import { polygonToJts, unionAll } from '../packages/geo/src/jts.js';
import type { Geometry } from '../packages/geo/src/jts.js';
import type { Benchmark, BenchResult } from './lib.js';

const BOX: [number, number, number, number] = [3.5, 51.25, 6.4, 53.05];
const CELLS = 50_000;
/** Drag steps per area; each moves one vertex about 60 m, as a pointer does per frame. */
const STEPS = 120;
/** Steps also measured the plain way (a jsts union takes seconds each). */
const BASELINE_STEPS = 3;

interface Setup {
  engine: OvershootEngine;
  cells: OvershootCell[];
  buildS: number;
}

let setup: Promise<Setup> | undefined;
function prepare(): Promise<Setup> {
  setup ??= (async () => {
    const layer = await loadDefaultBoundaryLayer();
    const municipalities = layer.areas.filter(
      (a) => a.country === 'NL' && a.level === 'municipality',
    );
    const cells = generateSyntheticNetwork(
      municipalities.map((a) => ({ shape: a.shape, population: a.population ?? 0 })),
      { bbox: BOX, targetCells: CELLS },
    );
    const t0 = performance.now();
    const engine = OvershootEngine.create(cells, {
      population: {
        features: municipalities.map((a) => ({
          kind: 'area' as const,
          shape: a.shape,
          population: a.population ?? 0,
        })),
      },
    });
    return { engine, cells, buildS: (performance.now() - t0) / 1000 };
  })();
  return setup;
}

function ringAround(center: LonLat, radiusKm: number, n: number): LonLat[] {
  // A hand-drawn-looking polygon: radius varying ±25 %.
  return Array.from({ length: n }, (_, i) =>
    destination(center, radiusKm * (1 + 0.25 * Math.sin(i * 2.3)), (360 * i) / n),
  );
}

function polygon(ring: LonLat[]): AreaShape[] {
  return [{ type: 'Polygon', coordinates: [[...ring, ring[0] as LonLat]] }];
}

/** A drag: vertex `v` moves outwards, sideways and back, 60 m per frame. */
function dragSteps(ring: LonLat[], v: number, steps: number): LonLat[][] {
  const out: LonLat[][] = [];
  const start = ring[v] as LonLat;
  let p = start;
  for (let i = 0; i < steps; i++) {
    const bearing = i < steps / 3 ? 45 : i < (2 * steps) / 3 ? 135 : 250;
    p = destination(p, 0.06, bearing);
    const next = [...ring];
    next[v] = p;
    out.push(next);
  }
  return out;
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

interface DragRun {
  /** Wall-clock ms per drag step. */
  times: number[];
  /** CPU ms per drag step (user + system of this process: immune to other processes). */
  cpu: number[];
  first: number;
  baseline: number[];
  baselineCpu: number[];
  selected: number;
}

/** CPU time of this process so far (ms). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Drags vertices of areas in a city and in the countryside; measures both ways. */
async function runDrags(): Promise<DragRun> {
  const { engine, cells } = await prepare();
  const g = engine.grid;
  // Nominal footprints as planar polygons (36 bearings), made once: the baseline gets
  // them for free and pays only for the union.
  const footprint = (c: number, shiftDb: number): [number, number][] => {
    const cell = cells[c] as OvershootCell;
    const B = 44.9 - 6.55 * Math.log10(Math.min(Math.max(cell.heightM, 10), 200));
    const R = (g.cellRangeKm[c] as number) * 1000 * 10 ** (shiftDb / B);
    const x = g.cellX[c] as number;
    const y = g.cellY[c] as number;
    const ring: [number, number][] = [];
    for (let i = 0; i < 36; i++) {
      const bearing = i * 10;
      const att = cell.azimuthDeg === null ? 0 : patternAttenuationDb(bearing - cell.azimuthDeg);
      const r = R * 10 ** (-att / B);
      const rad = (bearing * Math.PI) / 180;
      ring.push([x + r * Math.sin(rad), y + r * Math.cos(rad)]);
    }
    ring.push(ring[0] as [number, number]);
    return ring;
  };
  // Wedges made once per sweep case: the plain way gets them for free, pays for the unions.
  const wedges = [-10, 0, 10].map((shift) =>
    cells.map((_, c) => polygonToJts([footprint(c, shift)])),
  );
  const areas: { center: LonLat; radiusKm: number }[] = [
    { center: [5.12, 52.09], radiusKm: 4 }, // Utrecht
    { center: [5.85, 52.2], radiusKm: 8 }, // Veluwe
    { center: [4.48, 51.92], radiusKm: 2.5 }, // Rotterdam
  ];
  const times: number[] = [];
  const cpu: number[] = [];
  const baseline: number[] = [];
  const baselineCpu: number[] = [];
  let first = 0;
  let selected = 0;
  for (const [k, a] of areas.entries()) {
    const ring = ringAround(a.center, a.radiusKm, 12);
    const r0 = engine.estimate(polygon(ring));
    first = Math.max(first, r0.stats.ms);
    const steps = dragSteps(ring, k % 12, STEPS);
    steps.forEach((step) => {
      const area = polygon(step);
      const c0 = cpuMs();
      const t0 = performance.now();
      engine.estimate(area);
      times.push(performance.now() - t0);
      cpu.push(cpuMs() - c0);
    });
    // The plain way on a few of the same steps.
    for (let i = 0; i < BASELINE_STEPS; i++) {
      const step = steps[Math.floor(((i + 0.5) * STEPS) / BASELINE_STEPS)] as LonLat[];
      const r = engine.estimate(polygon(step));
      selected = Math.max(selected, r.selectedCells.length);
      const area = projectRing(engine, step);
      const c0 = cpuMs();
      const t0 = performance.now();
      // The same headline figures the plain way: per sweep case, the union of each
      // operator's selected footprints and of all of them, minus the drawn area.
      const drawn = polygonToJts([area]);
      let overshootM2 = 0;
      for (const sweep of wedges) {
        const perOperator = g.ops.map((_, o) =>
          unionAll(
            [...r.selectedCells].filter((c) => g.cellOp[c] === o).map((c) => sweep[c] as Geometry),
          ),
        );
        for (const u of perOperator) u.difference(drawn).getArea();
        overshootM2 = unionAll(perOperator).difference(drawn).getArea();
      }
      baseline.push(performance.now() - t0);
      baselineCpu.push(cpuMs() - c0);
      if (!(overshootM2 > 0)) throw new Error('baseline found no overshoot');
    }
  }
  return { times, cpu, first, baseline, baselineCpu, selected };
}

function projectRing(engine: OvershootEngine, ring: LonLat[]): [number, number][] {
  const out = ring.map((p) => engine.project(p));
  out.push(out[0] as [number, number]);
  return out;
}

let drags: Promise<DragRun> | undefined;

const BASELINE_NOTE = (selected: number): string =>
  `jsts cascaded unions of the selected cells' footprints (up to ${selected} cells; 36-point wedges made beforehand) minus the drawn area — per operator and combined, for the three sweep cases, as the engine reports — on the same drag steps in the same run`;

const benchmarks: Benchmark[] = [
  {
    name: 'overshoot.precompute',
    run: async (): Promise<BenchResult> => {
      const { buildS, engine } = await prepare();
      const s = engine.summary();
      return {
        value: buildS,
        unit: `s (${s.cells} cells, ${s.squares} squares, single thread)`,
      };
    },
  },
  {
    name: 'overshoot.drag-p95',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      const d = await drags;
      const value = p95(d.times);
      return {
        value,
        unit: 'ms wall clock per re-estimate after a vertex drag step (p95; target ≤ 16)',
        baseline: median(d.baseline),
        ratio: value / median(d.baseline),
        baselineNote: BASELINE_NOTE(d.selected),
      };
    },
  },
  {
    name: 'overshoot.drag-cpu-p95',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      const d = await drags;
      const value = p95(d.cpu);
      return {
        value,
        unit: 'ms CPU per re-estimate after a vertex drag step (p95; unaffected by other load)',
        baseline: median(d.baselineCpu),
        ratio: value / median(d.baselineCpu),
        baselineNote: BASELINE_NOTE(d.selected) + ' (CPU time)',
      };
    },
  },
  {
    name: 'overshoot.drag-speedup',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      const d = await drags;
      return {
        value: median(d.baselineCpu) / p95(d.cpu),
        unit: '× faster than the jsts unions, CPU p95 vs CPU median (target ≥ 100)',
      };
    },
  },
  {
    name: 'overshoot.drag-speedup-wall',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      const d = await drags;
      return {
        value: median(d.baseline) / p95(d.times),
        unit: '× faster than the jsts unions, wall-clock p95 vs median (noisy on a loaded machine)',
      };
    },
  },
  {
    name: 'overshoot.drag-median',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      return { value: median((await drags).times), unit: 'ms wall clock per re-estimate (median)' };
    },
  },
  {
    name: 'overshoot.first-estimate',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      return { value: (await drags).first, unit: 'ms for a new area (full raster and distances)' };
    },
  },
];

export default benchmarks;
