// Cell-broadcast overshoot on a synthetic country: 50,000 cells over 200 × 200 km of the
// Netherlands (generated from municipal residents, packages/geo/data/synthetic/README.md),
// residents from the municipalities. Measures the precomputation, then re-estimates
// after a simulated vertex drag (what the worker does on every drag frame: p95 must stay
// ≤ 16 ms), and, on the same steps in the same run, the plain way: a jsts union of the
// selected cells' footprints minus the drawn area.
import { Worker } from 'node:worker_threads';
import GeoJSON from 'ol/format/GeoJSON.js';
import {
  OvershootEngine,
  coverageToGeoJson,
  createOvershootClient,
  overlayUnprojector,
  traceOverlay,
  tracedBuffers,
  tracedToGeoJson,
  destination,
  generateSyntheticNetwork,
  loadDefaultBoundaryLayer,
  patternAttenuationDb,
  type AreaShape,
  type LonLat,
  type OvershootCell,
  type PopulationInput,
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
  population: PopulationInput;
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
    const population: PopulationInput = {
      features: municipalities.map((a) => ({
        kind: 'area' as const,
        shape: a.shape,
        population: a.population ?? 0,
      })),
    };
    const t0 = performance.now();
    const engine = OvershootEngine.create(cells, { population });
    return { engine, cells, population, buildS: (performance.now() - t0) / 1000 };
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
  /**
   * Wall-clock ms per drag step, best of three runs of the same transition (the step,
   * back, the step again): the work of a step without other processes' interference.
   */
  steady: number[];
  first: number;
  baseline: number[];
  selected: number;
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
  const steady: number[] = [];
  const baseline: number[] = [];
  let first = 0;
  let selected = 0;
  for (const [k, a] of areas.entries()) {
    const ring = ringAround(a.center, a.radiusKm, 12);
    const r0 = engine.estimate(polygon(ring));
    first = Math.max(first, r0.stats.ms);
    const steps = dragSteps(ring, k % 12, STEPS);
    let previous = polygon(ring);
    steps.forEach((step) => {
      const area = polygon(step);
      const t0 = performance.now();
      engine.estimate(area);
      const once = performance.now() - t0;
      let best = once;
      for (let rep = 0; rep < 2; rep++) {
        engine.estimate(previous);
        const t1 = performance.now();
        engine.estimate(area);
        best = Math.min(best, performance.now() - t1);
      }
      times.push(once);
      steady.push(best);
      previous = area;
    });
    // The plain way on a few of the same steps.
    for (let i = 0; i < BASELINE_STEPS; i++) {
      const step = steps[Math.floor(((i + 0.5) * STEPS) / BASELINE_STEPS)] as LonLat[];
      const r = engine.estimate(polygon(step));
      selected = Math.max(selected, r.selectedCells.length);
      const area = projectRing(engine, step);
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
      if (!(overshootM2 > 0)) throw new Error('baseline found no overshoot');
    }
  }
  return { times, steady, first, baseline, selected };
}

function projectRing(engine: OvershootEngine, ring: LonLat[]): [number, number][] {
  const out = ring.map((p) => engine.project(p));
  out.push(out[0] as [number, number]);
  return out;
}

let drags: Promise<DragRun> | undefined;

interface WorkerRun {
  initS: number;
  roundTrip: number[];
  inWorker: number[];
}

/** The same drags through a real worker_threads Worker and the client: what a host sees. */
async function runWorker(): Promise<WorkerRun> {
  const { cells, population } = await prepare();
  const moduleUrl = new URL('../packages/geo/src/overshoot/worker.ts', import.meta.url).href;
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     import('tsx/esm/api')
       .then(({ register }) => register())
       .then(() => import(${JSON.stringify(moduleUrl)}))
       .then((m) => m.attachOvershootWorker({
         postMessage: (message, transfer) => parentPort.postMessage(message, transfer),
         addEventListener: (_type, listener) => parentPort.on('message', (data) => listener({ data })),
       }));`,
    { eval: true },
  );
  const client = createOvershootClient({
    postMessage: (message) => worker.postMessage(message),
    addEventListener: (_type, listener) =>
      worker.on('message', (data: unknown) => listener({ data })),
    terminate: () => void worker.terminate(),
  });
  try {
    const t0 = performance.now();
    const ready = await client.init(cells, { population });
    if (ready.status !== 'ready') throw new Error(`worker init: ${ready.status}`);
    const initS = (performance.now() - t0) / 1000;
    const roundTrip: number[] = [];
    const inWorker: number[] = [];
    for (const [center, radiusKm] of [
      [[5.12, 52.09], 4],
      [[4.48, 51.92], 2.5],
    ] as [LonLat, number][]) {
      const ring = ringAround(center, radiusKm, 12);
      await client.estimate(polygon(ring));
      for (const step of dragSteps(ring, 3, STEPS)) {
        const t = performance.now();
        const r = await client.estimate(polygon(step));
        roundTrip.push(performance.now() - t);
        if (r.status === 'done') inWorker.push(r.estimate.stats.ms);
      }
    }
    return { initS, roundTrip, inWorker };
  } finally {
    client.dispose();
  }
}

let workerRun: Promise<WorkerRun> | undefined;

interface OverlayRun {
  /** ms for the engine's overlay (row runs, per operator and combined). */
  engine: number[];
  /** ms to trace the combined layers into rings and unproject them to WGS84 (in the page, before). */
  trace: number[];
  /** ms to trace the layers of all networks together (what the worker now does per overlay). */
  traceAll: number[];
  /**
   * ms the page spends per overlay now: receiving the traced polygons (transferred),
   * unpacking the combined layers and building their OpenLayers geometries (EPSG:3857).
   */
  page: number[];
  /** Bytes of run arrays per overlay. */
  bytes: number[];
}

/** The map overlay on the same areas: what an edit costs once it pauses. */
async function runOverlay(): Promise<OverlayRun> {
  const { engine } = await prepare();
  const out: OverlayRun = { engine: [], trace: [], traceAll: [], page: [], bytes: [] };
  const format = new GeoJSON();
  const areas: { center: LonLat; radiusKm: number }[] = [
    { center: [5.12, 52.09], radiusKm: 4 },
    { center: [5.85, 52.2], radiusKm: 8 },
    { center: [4.48, 51.92], radiusKm: 2.5 },
  ];
  for (const a of areas) {
    const ring = ringAround(a.center, a.radiusKm, 12);
    for (const step of dragSteps(ring, 3, 10)) {
      engine.estimate(polygon(step));
      // Best of three: the work of one overlay without other processes' interference.
      let engineMs = Infinity;
      let traceMs = Infinity;
      let traceAllMs = Infinity;
      let pageMs = Infinity;
      let overlay = engine.coverage();
      for (let rep = 0; rep < 3; rep++) {
        const t0 = performance.now();
        overlay = engine.coverage();
        const t1 = performance.now();
        const c = overlay.combined;
        const unproject = overlayUnprojector(overlay) ?? undefined;
        for (const runs of [c.coverage, c.overshoot, c.undershoot, overlay.overshootFar])
          coverageToGeoJson(runs, overlay, unproject);
        const t2 = performance.now();
        traceMs = Math.min(traceMs, t2 - t1);
        engineMs = Math.min(engineMs, t1 - t0);
        const traced = traceOverlay(overlay, []);
        const t3 = performance.now();
        traceAllMs = Math.min(traceAllMs, t3 - t2);
        // The page's share: the message arrives (buffers moved), then geometries are built.
        const received = structuredClone(traced, { transfer: tracedBuffers(traced) });
        const t = received.combined;
        for (const layer of [t.coverage, t.overshoot, t.undershoot, received.overshootFar]) {
          const geometry = tracedToGeoJson(layer);
          if (geometry)
            format.readFeature(
              { type: 'Feature', geometry, properties: {} },
              { dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' },
            );
        }
        pageMs = Math.min(pageMs, performance.now() - t3);
      }
      out.trace.push(traceMs);
      out.traceAll.push(traceAllMs);
      out.page.push(pageMs);
      out.engine.push(engineMs);
      const c = overlay.combined;
      let bytes = overlay.overshootFar.byteLength;
      for (const l of [c, ...overlay.operators.map((o) => o.layers)])
        bytes += l.coverage.byteLength + l.overshoot.byteLength + l.undershoot.byteLength;
      out.bytes.push(bytes);
    }
  }
  return out;
}

let overlayRun: Promise<OverlayRun> | undefined;

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
      const value = p95(d.steady);
      return {
        value,
        unit: 'ms per re-estimate after a vertex drag step (p95, best of 3 runs of each step; target ≤ 16)',
        baseline: median(d.baseline),
        ratio: value / median(d.baseline),
        baselineNote: BASELINE_NOTE(d.selected),
      };
    },
  },
  {
    name: 'overshoot.drag-p95-single',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      const d = await drags;
      const value = p95(d.times);
      return {
        value,
        unit: 'ms per re-estimate after a vertex drag step (p95, single runs: includes interference from other processes)',
        baseline: median(d.baseline),
        ratio: value / median(d.baseline),
        baselineNote: BASELINE_NOTE(d.selected),
      };
    },
  },
  {
    name: 'overshoot.drag-speedup',
    run: async (): Promise<BenchResult> => {
      drags ??= runDrags();
      const d = await drags;
      return {
        value: median(d.baseline) / p95(d.steady),
        unit: '× faster than the jsts unions (their median vs our p95; target ≥ 100)',
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
    name: 'overshoot.worker-drag-p95',
    run: async (): Promise<BenchResult> => {
      workerRun ??= runWorker();
      const w = await workerRun;
      return {
        value: p95(w.inWorker),
        unit: `ms per re-estimate inside a worker_threads Worker (p95; target ≤ 16; round trip p95 ${p95(w.roundTrip).toFixed(2)} ms, init ${w.initS.toFixed(1)} s)`,
      };
    },
  },
  {
    name: 'overshoot.overlay',
    run: async (): Promise<BenchResult> => {
      overlayRun ??= runOverlay();
      const o = await overlayRun;
      return {
        value: p95(o.engine),
        unit: `ms for the map overlay's row runs (p95, best of 3; asked once an edit pauses, not per drag frame; ${Math.round(median(o.bytes) / 1024)} KiB median, ${Math.round(Math.max(...o.bytes) / 1024)} KiB max, transferred)`,
      };
    },
  },
  {
    name: 'overshoot.overlay-trace',
    run: async (): Promise<BenchResult> => {
      overlayRun ??= runOverlay();
      const o = await overlayRun;
      return {
        value: p95(o.trace),
        unit: 'ms to trace the combined layers into WGS84 rings (p95, best of 3; was in the page, now in the worker; no jsts)',
      };
    },
  },
  {
    name: 'overshoot.overlay-trace-worker',
    run: async (): Promise<BenchResult> => {
      overlayRun ??= runOverlay();
      const o = await overlayRun;
      return {
        value: p95(o.traceAll),
        unit: 'ms in the worker to trace the combined layers into flat WGS84 polygons, as the element asks (p95, best of 3; off the page)',
      };
    },
  },
  {
    name: 'overshoot.overlay-page',
    run: async (): Promise<BenchResult> => {
      overlayRun ??= runOverlay();
      const o = await overlayRun;
      return {
        value: p95(o.page),
        unit: 'ms on the page per overlay: receive the traced polygons (transferred), unpack the combined layers, build their OpenLayers geometries (p95, best of 3; was the trace figure above plus the build)',
      };
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
