import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  createOvershootWorkerHandler,
  type AreaShape,
  type OvershootCell,
  type OvershootWorkerLike,
} from '@sirene/geo';
import {
  OvershootRunner,
  announcement,
  areaShapes,
  barGeometry,
  figureRows,
  formatBand,
  mapOverlay,
  normalizeMode,
  populationNoteKey,
  readCells,
  readPopulation,
} from './overshoot-estimator.controller.js';

const ROTTERDAM = readFileSync(
  new URL('../../geo/data/synthetic/rotterdam.csv', import.meta.url),
  'utf8',
);

function box(w: number, s: number, e: number, n: number): AreaShape {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

const SMALL = box(4.46, 51.91, 4.48, 51.92);
const LARGE = box(4.44, 51.9, 4.5, 51.935);

/** A worker in the same process: the geo handler behind the worker-like interface. */
function fakeWorker(): OvershootWorkerLike & { terminated: boolean } {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const handle = createOvershootWorkerHandler((message) => {
    setTimeout(() => {
      for (const l of listeners) l({ data: structuredClone(message) });
    }, 0);
  });
  return {
    terminated: false,
    postMessage: (m) => handle(structuredClone(m)),
    addEventListener: (type: string, l: (event: { data: unknown }) => void) => {
      if (type === 'message') listeners.push(l);
    },
    removeEventListener: (_type, l) => {
      const i = listeners.indexOf(l);
      if (i >= 0) listeners.splice(i, 1);
    },
    terminate() {
      this.terminated = true;
    },
  };
}

test('reads the Rotterdam sample as text and as parsed cells alike', () => {
  const text = readCells(ROTTERDAM);
  assert.equal(text.ok, true);
  assert.equal(text.cells.length, 507);
  const again = readCells(text.cells);
  assert.equal(again.ok, true);
  assert.equal(again.cells.length, 507);
  assert.deepEqual(again.cells[3]?.position, text.cells[3]?.position);
});

test('bad cell input becomes findings, never an exception', () => {
  const csv = readCells('id,lon,lat,frequency_mhz,erp_dbw\na,4.4,abc,800,30\nb,4.5,51.9,800,30\n');
  assert.equal(csv.ok, false);
  assert.equal(csv.cells.length, 1);
  assert.ok(csv.findings.some((f) => f.severity === 'error' && f.row === 1));
  const json = readCells('{ not json');
  assert.equal(json.ok, false);
  assert.ok(json.findings.length > 0);
  const array = readCells([
    { id: 'x' } as unknown as OvershootCell,
    42 as unknown as OvershootCell,
  ]);
  assert.equal(array.cells.length, 0);
  assert.ok(array.findings.some((f) => f.severity === 'error'));
  assert.deepEqual(readCells(null).cells, []);
  const nl = readCells('id,lon,lat\n1,x,y\n', { lang: 'nl' });
  assert.match(nl.findings.map((f) => f.message).join(' '), /Rij|rij|Geen|geen/);
});

test('population text is parsed; objects pass through', () => {
  const r = readPopulation('lon,lat,population\n4.47,51.92,1000\n');
  assert.equal(r.population?.features.length, 1);
  assert.equal(readPopulation(null).population, null);
});

test('modes and areas are normalized', () => {
  assert.equal(normalizeMode('geofence'), 'geofence');
  assert.equal(normalizeMode('nonsense'), 'any-overlap');
  assert.equal(areaShapes({ effect: [SMALL], source: [LARGE] }).length, 1);
  assert.equal(areaShapes([SMALL, LARGE]).length, 2);
  assert.equal(areaShapes(null).length, 0);
});

test('bands format as text with their range; bars scale to the high end', () => {
  assert.equal(
    formatBand({ nominal: 257.5, low: 56.6, high: 832.8 }, 'en', 'en-GB'),
    '258 (range 57–833)',
  );
  assert.equal(
    formatBand({ nominal: 2.25, low: 1, high: 3.5 }, 'nl', 'nl-NL'),
    '2,3 (bereik 1–3,5)',
  );
  const g = barGeometry({ nominal: 50, low: 25, high: 100 });
  assert.deepEqual(g, { nominal: 0.5, low: 0.25, high: 1 });
  assert.deepEqual(barGeometry({ nominal: 0, low: 0, high: 0 }), { nominal: 0, low: 0, high: 0 });
});

test('the population note says how residents were placed', () => {
  assert.equal(populationNoteKey('areas'), 'population-areas');
  assert.equal(populationNoteKey('points'), 'population-points');
  assert.equal(populationNoteKey('mixed'), 'population-mixed');
  assert.equal(populationNoteKey('none'), 'population-none');
  assert.equal(populationNoteKey(undefined), 'population-none');
});

test('in the page: figures with bands, a larger area never shows less coverage, stale results dropped', async () => {
  const { cells } = readCells(ROTTERDAM);
  const runner = new OvershootRunner();
  const loaded = await runner.load(cells);
  assert.equal(loaded.status, 'ready');
  assert.equal(runner.via, 'thread');
  const stale = runner.estimate([SMALL], { mode: 'any-overlap' });
  const small = await runner.estimate([SMALL], { mode: 'any-overlap' });
  assert.equal(await stale, null, 'the superseded estimate resolves null');
  assert.ok(small && !('error' in small));
  const c = small.combined.overshootAreaKm2;
  assert.ok(c.low <= c.nominal && c.nominal <= c.high && c.high > 0);
  const large = await runner.estimate([LARGE], { mode: 'any-overlap' });
  assert.ok(large && !('error' in large));
  assert.ok(large.combined.servedInsideKm2.nominal >= small.combined.servedInsideKm2.nominal);
  assert.ok(large.combined.cellsSelected.nominal >= small.combined.cellsSelected.nominal);
  const rows = figureRows(small.combined, 'any-overlap', 'en');
  assert.deepEqual(
    rows.map((r) => r.key),
    ['overshootArea', 'spillP95', 'cells'],
  );
  assert.match(announcement(small, 'en', 'en-GB'), /Overshoot .* km², range .* cells broadcast/);
  // The map overlay: the engine's squares, traced; per operator a part of the whole.
  const withMap = await runner.estimate([SMALL], { mode: 'any-overlap', overlay: true });
  assert.ok(withMap && !('error' in withMap) && withMap.overlay);
  const all = mapOverlay(withMap.overlay, null);
  assert.ok(all.coverage && all.overshoot && all.far && all.labelAt && all.bbox);
  assert.equal(all.undershoot, null, 'any-overlap misses nothing inside');
  // The drawn area is a hole in the overshoot, and the label sits on its northern edge.
  assert.ok(all.overshoot.coordinates.some((p) => p.length > 1));
  const north = Math.max(...all.overshoot.coordinates.flatMap((p) => p[0]!.map((q) => q[1])));
  assert.equal(all.labelAt[1], north);
  // The box (what the map fits) holds the nominal coverage.
  const [w, s2, e, n] = all.bbox;
  for (const p of all.coverage.coordinates.flatMap((q) => q[0]!))
    assert.ok(p[0] >= w && p[0] <= e && p[1] >= s2 && p[1] <= n);
  const alpha = mapOverlay(withMap.overlay, 'Alpha');
  assert.ok(alpha.coverage);
  assert.equal(alpha.far, null, 'the far edge is drawn for all networks only');
  const unknown = mapOverlay(withMap.overlay, 'Nobody');
  assert.equal(unknown.coverage, null);
  // Traced elsewhere (the worker, `trace`): the same polygons, only unpacked here; an
  // operator not traced (the map switched to it) is traced here, the same again.
  const traced = await runner.estimate([SMALL], {
    mode: 'any-overlap',
    overlay: true,
    trace: { operators: ['Alpha'] },
  });
  assert.ok(traced && !('error' in traced) && traced.overlay && traced.traced);
  assert.deepEqual(
    traced.traced.operators.map((o) => o.operator),
    ['Alpha'],
  );
  const others = traced.overlay.operators.map((o) => o.operator).filter((o) => o !== 'Alpha');
  assert.ok(others.length > 0);
  for (const network of [null, 'Alpha', 'Nobody', ...others]) {
    const unpacked = mapOverlay(traced.overlay, network, traced.traced);
    const here = mapOverlay(traced.overlay, network);
    assert.equal(unpacked.pretraced, !others.includes(network ?? ''), `network ${network}`);
    assert.equal(here.pretraced, false);
    assert.deepEqual({ ...unpacked, pretraced: false }, here, `network ${network}`);
  }
  const geofence = await runner.estimate([SMALL], { mode: 'geofence', suggest: true });
  assert.ok(geofence && !('error' in geofence) && geofence.legacy && geofence.suggestion);
  runner.dispose();
});

test('in a worker: progress while it prepares, then estimates; a newer load makes the older stale', async () => {
  const { cells } = readCells(ROTTERDAM);
  const workers: ReturnType<typeof fakeWorker>[] = [];
  const runner = new OvershootRunner({
    createWorker: () => {
      const w = fakeWorker();
      workers.push(w);
      return w;
    },
  });
  const first = runner.load(cells);
  const progress: string[] = [];
  const second = runner.load(cells, {}, (p) => progress.push(p.phase));
  assert.equal((await first).status, 'stale');
  const loaded = await second;
  assert.equal(loaded.status, 'ready');
  assert.equal(runner.via, 'worker');
  assert.ok(progress.length > 0);
  const a = runner.estimate([SMALL], { mode: 'any-overlap' });
  const b = runner.estimate([LARGE], { mode: 'any-overlap' });
  assert.equal(await a, null);
  const result = await b;
  assert.ok(result && !('error' in result) && result.combined.cellsSelected.nominal > 0);
  runner.dispose();
  assert.ok(workers.every((w) => w.terminated));
});

test('small inputs and failing workers run in the page', async () => {
  const { cells } = readCells(ROTTERDAM);
  let made = 0;
  const runner = new OvershootRunner({
    createWorker: () => {
      made++;
      throw new Error('no workers here');
    },
  });
  const few = await runner.load(cells.slice(0, 20));
  assert.equal(few.status, 'ready');
  assert.equal(made, 0);
  const many = await runner.load(cells);
  assert.equal(many.status, 'ready');
  assert.equal(made, 1);
  assert.equal(runner.via, 'thread');
  runner.dispose();
});
