import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createOvershootClient } from './client.js';
import { coverageToGeoJson, overlayUnprojector, tracedToGeoJson } from './coverage.js';
import type { OvershootWorkerLike } from './client.js';
import { parseCells } from './parse.js';
import type { OvershootRequest, OvershootResponse } from './protocol.js';
import type { OvershootCell, OvershootProgress } from './types.js';
import { createOvershootWorkerHandler } from './worker.js';

const cells: OvershootCell[] = parseCells(
  readFileSync(new URL('../../data/synthetic/rotterdam.geojson', import.meta.url), 'utf8'),
).cells;
const AREA = [
  { type: 'Circle' as const, center: [4.475, 51.915] as [number, number], radiusKm: 1 },
];

/** An in-process fake worker: messages cross with structuredClone on the next tick, as real ones. */
function fakeWorker(): OvershootWorkerLike & {
  sent: OvershootRequest[];
  received: OvershootResponse[];
  transferred: ArrayBuffer[][];
} {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const sent: OvershootRequest[] = [];
  const received: OvershootResponse[] = [];
  const transferred: ArrayBuffer[][] = [];
  const handle = createOvershootWorkerHandler((message, transfer = []) => {
    transferred.push(transfer);
    // Moves the transferred buffers, as postMessage does (the sender's copies detach).
    const copy = structuredClone(message, { transfer });
    received.push(copy);
    setTimeout(() => listeners.forEach((l) => l({ data: copy })), 0);
  });
  return {
    sent,
    received,
    transferred,
    postMessage(message) {
      sent.push(message);
      const copy = structuredClone(message);
      setTimeout(() => handle(copy), 0);
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
    removeEventListener(_type, listener) {
      const i = listeners.indexOf(listener);
      if (i >= 0) listeners.splice(i, 1);
    },
  };
}

test('protocol: estimate before init is an error; init reports progress, then ready; estimate answers', async () => {
  const worker = fakeWorker();
  const client = createOvershootClient(worker);
  const early = await client.estimate(AREA);
  assert.equal(early.status, 'error');
  assert.equal(early.status === 'error' && early.findings[0]?.code, 'overshoot.not-ready');
  const progress: OvershootProgress[] = [];
  const ready = await client.init(cells, {}, (p) => progress.push(p));
  assert.equal(ready.status, 'ready');
  assert.ok(ready.status === 'ready' && ready.summary.cells === cells.length);
  assert.ok(progress.length > 0, 'progress was reported');
  assert.ok(progress.every((p) => p.done <= p.total));
  const result = await client.estimate(AREA, { mode: 'any-overlap' });
  assert.equal(result.status, 'done');
  if (result.status === 'done') {
    assert.ok(result.estimate.combined.overshootAreaKm2.nominal > 0);
    assert.ok(result.estimate.selectedCells instanceof Int32Array);
  }
  assert.deepEqual(
    [...new Set(worker.received.map((m) => m.type))],
    ['error', 'progress', 'ready', 'result'],
  );
  client.dispose();
});

test('protocol: while dragging, a newer estimate supersedes one still waiting', async () => {
  const client = createOvershootClient(fakeWorker());
  await client.init(cells);
  const outcomes = await Promise.all(
    [0.8, 1, 1.2].map((r) => client.estimate([{ ...AREA[0]!, radiusKm: r }])),
  );
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['superseded', 'superseded', 'done'],
  );
  client.dispose();
});

test('protocol: cancel stops an init in progress; dispose ends open requests as cancelled', async () => {
  const worker = fakeWorker();
  const client = createOvershootClient(worker);
  // Cancelled right behind the init: the worker sees it before it starts building, on any
  // machine (a cancel a millisecond later raced a build that can finish within its first,
  // pause-free 30 ms).
  const init = client.init(cells);
  client.cancel();
  const outcome = await init;
  assert.equal(outcome.status, 'cancelled');
  const again = await client.init(cells);
  assert.equal(again.status, 'ready');
  const pending = client.estimate(AREA);
  client.dispose();
  assert.equal((await pending).status, 'cancelled');
});

test('a real worker_threads Worker serves the same protocol', async () => {
  const moduleUrl = new URL('./worker.ts', import.meta.url).href;
  const worker = new Worker(
    // The worker loads the TypeScript source through tsx, as the test runner does.
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
    const ready = await client.init(cells);
    assert.equal(ready.status, 'ready');
    const result = await client.estimate(AREA, { mode: 'site-inside' });
    assert.equal(result.status, 'done');
    assert.ok(result.status === 'done' && result.estimate.mode === 'site-inside');
  } finally {
    client.dispose();
  }
});

test('protocol: the overlay comes only when asked, and its runs are transferred, not copied', async () => {
  const worker = fakeWorker();
  const client = createOvershootClient(worker);
  await client.init(cells);
  const figures = await client.estimate(AREA, { mode: 'any-overlap' });
  assert.equal(figures.status, 'done');
  assert.ok(figures.status === 'done' && figures.estimate.overlay === undefined);
  assert.equal(worker.transferred.at(-1)?.length, 1, 'figures: only the selected cells move');
  const full = await client.estimate(AREA, { mode: 'any-overlap', overlay: true });
  assert.equal(full.status, 'done');
  if (full.status !== 'done') return;
  const overlay = full.estimate.overlay;
  assert.ok(overlay);
  assert.equal(overlay.crs, 'EPSG:28992');
  assert.ok(overlay.combined.overshoot instanceof Int32Array);
  assert.ok(overlay.combined.overshoot.length > 0 && overlay.combined.overshoot.length % 4 === 0);
  // The runs hold the figure's squares: their area is the overshoot figure.
  let m2 = 0;
  const r = overlay.combined.overshoot;
  for (let i = 0; i < r.length; i += 4) m2 += (r[i + 2]! - r[i]!) * (r[i + 3]! - r[i + 1]!);
  assert.ok(Math.abs(m2 / 1e6 - full.estimate.combined.overshootAreaKm2.nominal) < 1e-6);
  assert.deepEqual(
    overlay.operators.map((o) => o.operator),
    full.estimate.operators.map((o) => o.operator),
  );
  // Every run array moved: 1 (selected cells) + overshootFar + 3 per network.
  const moved = worker.transferred.at(-1)!;
  assert.equal(moved.length, 2 + 3 * (1 + overlay.operators.length));
  assert.ok(
    moved.every((b) => b.byteLength === 0),
    'detached on the worker side',
  );
  // Small enough to send after every edit settles: well under a megabyte here.
  const bytes = [overlay.combined, ...overlay.operators.map((o) => o.layers)].reduce(
    (sum, l) => sum + l.coverage.byteLength + l.overshoot.byteLength + l.undershoot.byteLength,
    overlay.overshootFar.byteLength,
  );
  assert.ok(bytes < 1_000_000, `${bytes} bytes`);
  client.dispose();
});

test('protocol: with trace, the worker sends the overlay traced into WGS84 polygons, transferred', async () => {
  const worker = fakeWorker();
  const client = createOvershootClient(worker);
  await client.init(cells);
  const plain = await client.estimate(AREA, { mode: 'any-overlap', overlay: true });
  assert.ok(plain.status === 'done' && plain.estimate.traced === undefined, 'only when asked');
  const full = await client.estimate(AREA, { mode: 'site-inside', overlay: true, trace: true });
  assert.equal(full.status, 'done');
  if (full.status !== 'done') return;
  const { overlay, traced } = full.estimate;
  assert.ok(overlay && traced, 'runs and traced polygons both arrive');
  assert.ok(traced.combined.overshoot.coordinates instanceof Float64Array);
  assert.ok(traced.combined.overshoot.ringEnds instanceof Uint32Array);
  assert.ok(traced.combined.overshoot.polygonEnds.length > 0);
  // Exactly what tracing the runs in the page gives, layer by layer and per operator.
  const unproject = overlayUnprojector(overlay) ?? undefined;
  const pairs: [Int32Array, Parameters<typeof tracedToGeoJson>[0]][] = [
    [overlay.combined.coverage, traced.combined.coverage],
    [overlay.combined.overshoot, traced.combined.overshoot],
    [overlay.combined.undershoot, traced.combined.undershoot],
    [overlay.overshootFar, traced.overshootFar],
    ...overlay.operators.map((o, i): [Int32Array, Parameters<typeof tracedToGeoJson>[0]] => [
      o.layers.overshoot,
      traced.operators[i]!.layers.overshoot,
    ]),
  ];
  for (const [runs, layer] of pairs)
    assert.deepEqual(tracedToGeoJson(layer), coverageToGeoJson(runs, overlay, unproject));
  assert.deepEqual(
    traced.operators.map((o) => o.operator),
    overlay.operators.map((o) => o.operator),
  );
  // Runs and traced arrays all moved: 1 + (1 + 3 per network) runs + 3 × (1 + 3 per network).
  const networks = 1 + overlay.operators.length;
  const moved = worker.transferred.at(-1)!;
  assert.equal(moved.length, 1 + (1 + 3 * networks) + 3 * (1 + 3 * networks));
  assert.ok(
    moved.every((b) => b.byteLength === 0),
    'detached on the worker side',
  );
  client.dispose();
});
