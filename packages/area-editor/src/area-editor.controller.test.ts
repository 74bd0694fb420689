import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  distanceKm,
  loadDefaultBoundaryLayer,
  measure,
  type AreaShape,
  type LonLat,
  type PolygonShape,
} from '@sirene/geo';
import {
  AreaEditorController,
  describeArea,
  fmtKm2,
  offsetMetres,
  shapeContains,
  stepMetres,
} from './area-editor.controller.js';
import * as geometry from './geometry.js';

const DOM: LonLat = [5.1214, 52.0907];
/** Cursor moves (metres east, north) that draw a bow tie: an outline crossing itself. */
const BOWTIE_STEPS: [number, number][] = [
  [0, 0],
  [1000, 1000],
  [0, -1000],
  [-1000, 1000],
];
const near = (a: number, b: number, tol: number) =>
  assert.ok(Math.abs(a - b) <= tol, `${a} is not within ${tol} of ${b}`);

/** Places points with the keyboard: moves the cursor by each step (metres), then Enter. */
function keyboardPoints(c: AreaEditorController, steps: [number, number][]) {
  for (const [east, north] of steps) {
    c.moveCursor({ east, north });
    c.activate();
  }
}

const BOWTIE: PolygonShape = {
  type: 'Polygon',
  coordinates: [
    [
      [5.1, 52.08],
      [5.14, 52.1],
      [5.14, 52.08],
      [5.1, 52.1],
      [5.1, 52.08],
    ],
  ],
};

test('offsetMetres moves a point by metres east and north', () => {
  const p = offsetMetres(DOM, 1000, 0);
  near(distanceKm(DOM, p), 1, 0.001);
  near(p[1], DOM[1], 1e-4);
  const q = offsetMetres(DOM, 0, -500);
  near(distanceKm(DOM, q), 0.5, 0.001);
  assert.ok(q[1] < DOM[1]);
  assert.equal(stepMetres({}), 100);
  assert.equal(stepMetres({ shiftKey: true }), 1000);
  assert.equal(stepMetres({ altKey: true }), 10);
});

test('keyboard polygon: Enter places points at the cursor, finish makes a closed CCW polygon', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('polygon');
  c.activate();
  const out = c.moveCursor({ east: 1000, north: 0 });
  assert.equal(out.changed, false);
  const second = c.activate();
  assert.equal(second.announce?.key, 'ann-point');
  assert.equal(second.announce?.params?.['n'], 2);
  keyboardPoints(c, [[0, 1000]]);
  assert.equal(c.state.sketch.length, 3);
  assert.ok(c.canFinish);
  const done = c.finish();
  assert.equal(done.changed, true);
  assert.equal(done.announce?.key, 'ann-shape-done');
  const shape = c.area.effect[0] as PolygonShape;
  assert.equal(shape.type, 'Polygon');
  const ring = shape.coordinates[0] ?? [];
  assert.equal(ring.length, 4);
  assert.deepEqual(ring[0], ring[3]);
  near(measure(shape).areaKm2, 0.5, 0.01);
  assert.equal(c.state.sketch.length, 0);
  assert.equal(c.findings('en').length, 0, 'a valid area in Utrecht has no findings');
});

test('polygon: fewer than 3 points cannot be finished; Backspace removes the last; Escape cancels', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('polygon');
  keyboardPoints(c, [
    [0, 0],
    [500, 0],
  ]);
  assert.equal(c.finish().announce?.key, 'ann-need-more');
  assert.equal(c.removeLastPoint().announce?.params?.['count'], 1);
  assert.equal(c.cancel().announce?.key, 'ann-cancelled');
  assert.equal(c.state.sketch.length, 0);
  assert.equal(c.area.effect.length, 0);
});

test('rectangle by keyboard: two opposite corners', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('rectangle');
  c.activate();
  c.moveCursor({ east: 1000, north: 1000 });
  const out = c.activate();
  assert.equal(out.changed, true);
  const shape = c.area.effect[0] as PolygonShape;
  assert.equal(shape.coordinates[0]?.length, 5);
  near(measure(shape).areaKm2, 1, 0.01);
});

test('rectangle by pointer: drag, and click-click, both finish', () => {
  const c = new AreaEditorController({ geometry });
  c.setTool('rectangle');
  const b = offsetMetres(DOM, 2000, 1000);
  assert.equal(c.pointerDown(DOM, 20), true, 'the drag is captured (no panning)');
  c.pointerDrag(offsetMetres(DOM, 1000, 500));
  assert.equal(c.sketchMeasures()?.areaKm2 !== undefined, true);
  assert.equal(c.pointerUp(b).changed, true);
  near(measure(c.area.effect[0] as AreaShape).areaKm2, 2, 0.02);

  c.pointerDown(DOM, 20);
  assert.equal(c.pointerUp(DOM).changed, false, 'a click only anchors the first corner');
  assert.equal(c.state.sketch.length, 1);
  c.pointerDown(b, 20);
  assert.equal(c.pointerUp(b).changed, true);
  assert.equal(c.area.effect.length, 2);
});

test('circle: drag the radius, or type it in metres', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('circle');
  c.pointerDown(DOM, 20);
  c.pointerDrag(offsetMetres(DOM, 500, 0));
  assert.equal(c.sketchShape()?.type, 'Circle');
  c.pointerUp(offsetMetres(DOM, 1500, 0));
  const circle = c.area.effect[0];
  assert.equal(circle?.type, 'Circle');
  if (circle?.type === 'Circle') near(circle.radiusKm, 1.5, 0.001);

  const out = c.circleWithRadius(2500);
  assert.equal(out.changed, true);
  assert.equal(out.announce?.key, 'ann-circle-done');
  assert.equal(out.announce?.params?.['radius'], 2500);
  assert.deepEqual(c.area.effect[1], { type: 'Circle', center: DOM, radiusKm: 2.5 });
});

test('undo and redo step through committed changes', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('circle');
  c.circleWithRadius(1000);
  c.circleWithRadius(2000);
  assert.equal(c.area.effect.length, 2);
  assert.equal(c.undo().changed, true);
  assert.equal(c.area.effect.length, 1);
  assert.equal(c.undo().changed, true);
  assert.equal(c.area.effect.length, 0);
  assert.equal(c.undo().changed, false);
  assert.equal(c.redo().changed, true);
  assert.equal(c.area.effect.length, 1);
  c.circleWithRadius(3000);
  assert.equal(c.canRedo, false, 'a new change drops the redo stack');
});

test('edit: choose a vertex with Page Down, nudge it in metres, insert and delete vertices', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('rectangle');
  c.activate();
  c.moveCursor({ east: 1000, north: 1000 });
  c.activate();
  c.setTool('edit');
  assert.deepEqual(c.state.vertex, { polygon: 0, ring: 0, index: 0 });
  assert.equal(c.cycleVertex(1).announce?.params?.['n'], 2);
  const before = c.vertices()[1]?.at as LonLat;
  const out = c.nudge({ east: 100, north: 0 });
  assert.equal(out.changed, true);
  const after = c.vertices()[1]?.at as LonLat;
  near(distanceKm(before, after) * 1000, 100, 0.5);
  const ring = (c.area.effect[0] as PolygonShape).coordinates[0] ?? [];
  assert.deepEqual(ring[0], ring[ring.length - 1], 'the ring stays closed');

  assert.equal(c.insertVertex().announce?.params?.['count'], 5);
  assert.equal(c.vertices().length, 5);
  assert.equal(c.deleteSelection().changed, true);
  assert.equal(c.vertices().length, 4);
  c.deleteSelection();
  assert.equal(c.deleteSelection().announce?.key, 'ann-need-more', 'a triangle keeps its 3 points');
});

test('edit by pointer: drag a vertex handle', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('rectangle');
  c.activate();
  c.moveCursor({ east: 1000, north: 1000 });
  c.activate();
  c.setTool('edit');
  const corner = c.vertices()[2]?.at as LonLat;
  assert.equal(c.pointerDown(offsetMetres(corner, 5, 5), 20), true);
  c.pointerDrag(offsetMetres(corner, 500, 500));
  const out = c.pointerUp(offsetMetres(corner, 500, 500));
  assert.equal(out.changed, true);
  assert.ok(measure(c.area.effect[0] as AreaShape).areaKm2 > 1.4);
  c.undo();
  near(measure(c.area.effect[0] as AreaShape).areaKm2, 1, 0.01);
  assert.equal(
    c.pointerDown(offsetMetres(DOM, 400, 400), 20),
    false,
    'no vertex there: the map pans',
  );
});

test('move: arrows and dragging translate the selected shape', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('circle');
  c.circleWithRadius(1000);
  c.setTool('move');
  c.nudge({ east: 0, north: 1000 });
  const moved = c.area.effect[0];
  assert.ok(moved?.type === 'Circle');
  near(distanceKm(moved.center, DOM), 1, 0.001);
  assert.equal(c.pointerDown(moved.center, 20), true);
  c.pointerDrag(offsetMetres(moved.center, 1000, 0));
  c.pointerUp(offsetMetres(moved.center, 1000, 0));
  const again = c.area.effect[0];
  assert.ok(again?.type === 'Circle');
  near(distanceKm(again.center, moved.center), 1, 0.01);
});

test('a self-intersecting polygon gets a located finding whose repair makes it valid', () => {
  const c = new AreaEditorController({ geometry });
  c.setArea({ effect: [BOWTIE], source: [] });
  const crossing = c.findings('nl').find((f) => f.code === 'geo.self-intersection');
  assert.ok(crossing);
  assert.equal(crossing.severity, 'error');
  assert.deepEqual(
    crossing.location?.map((v) => Number(v.toFixed(3))),
    [5.12, 52.09],
  );
  assert.match(crossing.message, /snijdt zichzelf/);
  const out = c.repair(crossing, 'en');
  assert.equal(out.changed, true);
  assert.equal(out.announce?.key, 'ann-repaired');
  assert.equal(
    c.findings('en').some((f) => f.severity === 'error'),
    false,
  );
  assert.equal(c.area.effect[0]?.type, 'MultiPolygon');
  c.undo();
  assert.deepEqual(c.area.effect[0], BOWTIE);
});

test('the sketch gets live findings (a crossing) before it is finished', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('polygon');
  keyboardPoints(c, BOWTIE_STEPS);
  assert.ok(c.sketchFindings('en').some((f) => f.code === 'geo.self-intersection'));
});

test('freehand: a long stroke is thinned and kept within the profile’s point limit', () => {
  const c = new AreaEditorController({ geometry });
  c.setTool('freehand');
  const center = DOM;
  const at = (i: number): LonLat => {
    const a = (2 * Math.PI * i) / 400;
    const r = 2000 * (1 + 0.2 * Math.sin(9 * a));
    return offsetMetres(center, r * Math.cos(a), r * Math.sin(a));
  };
  assert.equal(c.pointerDown(at(0), 20), true);
  for (let i = 1; i < 400; i++) c.pointerDrag(at(i), 5);
  const out = c.pointerUp(at(399));
  assert.equal(out.changed, true);
  const m = measure(c.area.effect[0] as AreaShape);
  assert.ok(m.maxPolygonPoints <= 100, `${m.maxPolygonPoints} points`);
  assert.ok(m.areaKm2 > 12, 'simplifying never shrinks the area');
});

test('buffer: around a point a circle, around a line a merged band', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('buffer');
  c.setBufferMetres(300);
  c.activate();
  c.finish();
  assert.deepEqual(c.area.effect[0], { type: 'Circle', center: DOM, radiusKm: 0.3 });
  keyboardPoints(c, [
    [0, 0],
    [2000, 0],
    [0, 1000],
  ]);
  assert.equal(c.finish().changed, true);
  const band = c.area.effect[1] as AreaShape;
  assert.equal(band.type, 'Polygon');
  // Length 3 km × 0.6 km wide plus the round ends (π·0.3²) minus the overlap at the bend.
  const km2 = measure(band).areaKm2;
  assert.ok(km2 > 1.9 && km2 < 2.2, `${km2} km²`);
  assert.equal(
    c.findings('en').some((f) => f.severity === 'error'),
    false,
  );
});

test('target: the source area is drawn separately from the effect area', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setTool('circle');
  c.circleWithRadius(3000);
  assert.equal(c.setTarget('source').announce?.key, 'ann-target');
  c.setTool('circle');
  c.circleWithRadius(500);
  assert.equal(c.area.effect.length, 1);
  assert.equal(c.area.source.length, 1);
  assert.equal(c.findings('en').length, 0, 'the source lies inside the effect area');
  c.setTarget('effect');
  c.setTool('select');
  c.cycleShape(1);
  c.deleteSelection();
  assert.ok(c.findings('en').some((f) => f.code === 'geo.effect-empty'));
});

test('readonly refuses every change', () => {
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setArea({ effect: [BOWTIE], source: [] });
  c.setReadonly(true);
  assert.equal(c.setTool('polygon').announce?.key, 'ann-readonly');
  assert.equal(c.state.tool, 'select');
  assert.equal(c.circleWithRadius(100).changed, false);
  const crossing = c.findings('en').find((f) => f.repair);
  assert.ok(crossing);
  assert.equal(c.repair(crossing, 'en').changed, false);
  assert.equal(c.pointerDown(DOM, 10), false);
});

test('shapeContains and fmtKm2', () => {
  const sq: PolygonShape = {
    type: 'Polygon',
    coordinates: [
      [
        [5, 52],
        [5.1, 52],
        [5.1, 52.1],
        [5, 52.1],
        [5, 52],
      ],
    ],
  };
  assert.equal(shapeContains(sq, [5.05, 52.05]), true);
  assert.equal(shapeContains(sq, [5.15, 52.05]), false);
  assert.equal(fmtKm2(0), '0');
  assert.equal(fmtKm2(0.01234), '0.012');
  assert.equal(fmtKm2(12.34), '12.3');
  assert.equal(fmtKm2(1234.5), '1235');
});

test('municipalities: pick by place and by code, unioned; snapping to their borders', async () => {
  const layer = await loadDefaultBoundaryLayer();
  const c = new AreaEditorController({ cursor: DOM, geometry });
  c.setBoundaries(layer);
  c.setLang('nl');
  c.setTool('municipality');
  const out = c.activate();
  assert.equal(out.changed, true);
  assert.equal(out.announce?.key, 'ann-municipality-added');
  assert.equal(out.announce?.params?.['name'], 'Utrecht');
  const utrecht = c.state.picked.effect[0] as string;
  const km2 = measure(c.area.effect[0] as AreaShape).areaKm2;
  assert.ok(km2 > 90 && km2 < 110, `Utrecht is about 99 km², got ${km2}`);

  const nieuwegein = c.searchMunicipalities('Nieuwegein')[0];
  assert.ok(nieuwegein);
  c.toggleMunicipality(nieuwegein.code, 'nl');
  assert.equal(c.area.effect.length, 1, 'the picks stay one unioned shape');
  assert.ok(measure(c.area.effect[0] as AreaShape).areaKm2 > km2 + 20);
  assert.equal(describeArea(c, 'nl', 'x'), 'Utrecht, Nieuwegein');
  assert.equal(
    c.findings('en').some((f) => f.severity === 'error'),
    false,
  );
  // Undo and redo bring back which municipalities made up the area, not only its shape.
  c.undo();
  assert.deepEqual(c.state.picked.effect, [utrecht]);
  assert.equal(describeArea(c, 'nl', 'x'), 'Utrecht');
  c.redo();
  assert.deepEqual(c.state.picked.effect, [utrecht, nieuwegein.code]);
  assert.equal(describeArea(c, 'nl', 'x'), 'Utrecht, Nieuwegein');

  const removed = c.toggleMunicipality(utrecht, 'nl');
  assert.equal(removed.announce?.key, 'ann-municipality-removed');
  assert.equal(c.state.picked.effect.length, 1);
  c.toggleMunicipality(nieuwegein.code, 'nl');
  assert.equal(c.area.effect.length, 0);

  // Snap: a point 60 m off a border vertex lands on the border.
  const ring = (layer.byCode.get(utrecht)?.shape.type === 'Polygon'
    ? (layer.byCode.get(utrecht)?.shape as PolygonShape).coordinates[0]
    : undefined) ?? [[5.1, 52.1]];
  const vertex = ring[10] as LonLat;
  const off = offsetMetres(vertex, 40, 40);
  const snapped = c.snapTarget(off, 150);
  assert.ok(snapped);
  assert.ok(distanceKm(snapped, vertex) * 1000 < 60);
  c.setSnap(true);
  c.snapToleranceMetres = 150;
  c.setTool('polygon');
  c.setCursor(off);
  c.activate();
  assert.ok(c.state.snapPoint, 'the snap point is shown');
  assert.ok(
    distanceKm(c.state.sketch[0] as LonLat, off) * 1000 > 1,
    'the point moved onto the border',
  );
  assert.equal(c.snapTarget([3.0, 53.5], 150), null, 'nothing to snap to in the North Sea');
});

test('a self-intersecting polygon measures the area it encloses, not its cancelling lobes', () => {
  const c = new AreaEditorController({ geometry });
  c.setArea({ effect: [BOWTIE], source: [] });
  assert.ok(c.measures().areaKm2 > 2, `${c.measures().areaKm2} km²`);
  assert.equal(c.measures(), c.measures(), 'cached per area');
});

test('before the geometry engine loads: drawing works, nothing is called valid, tools that need it say so', () => {
  const c = new AreaEditorController({ cursor: DOM });
  assert.equal(c.geometryReady, false);
  assert.equal(c.checked, true, 'an empty area needs no check');
  // A self-crossing polygon (a bow tie), drawn with the keyboard.
  c.setTool('polygon');
  keyboardPoints(c, BOWTIE_STEPS);
  assert.equal(c.finish().changed, true);
  assert.ok(c.measures().areaKm2 < 0.1, 'plain measure: the lobes cancel until the engine is here');
  assert.equal(c.checked, false, 'an area drawn before the engine is not yet checked');
  assert.deepEqual(c.findings('en'), []);
  // A line buffer needs the engine's union: refused with a message, the sketch is kept.
  c.setTool('buffer');
  keyboardPoints(c, [
    [0, 0],
    [2000, 0],
  ]);
  assert.deepEqual(c.finish(), { changed: false, announce: { key: 'ann-loading' } });
  assert.equal(c.area.effect.length, 1, 'the drawn polygon is kept');
  // The engine arrives: the same area is now checked and the crossing is found.
  c.setGeometry(geometry);
  assert.equal(c.checked, true);
  assert.ok(c.findings('en').some((f) => f.code === 'geo.self-intersection'));
  const km2 = c.measures().areaKm2;
  assert.ok(km2 > 0.45 && km2 < 0.55, `${km2} km²: the repaired bow tie, two lobes of 0.25 km²`);
  // Choosing the shape says the area it encloses, as the status line does (not 0 km²).
  const said = c.cycleShape(1).announce;
  assert.equal(said?.key, 'ann-selected');
  assert.equal(said?.params?.['area'], fmtKm2(km2));
});
