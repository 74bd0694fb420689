import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import {
  distanceKm,
  loadDefaultBoundaryLayer,
  measure,
  type AreaShape,
  type BoundaryLayer,
  type LonLat,
  type SireneArea,
} from '@sirene/geo';
import { pdokRdNew } from '@sirene/ui';
import '../sirene-area-editor.js';
import type { SireneAreaEditor } from './area-editor.js';
import type { SireneAreaChangeEvent } from './events.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

/** The embedded boundaries are big: load them once for the whole file. */
let layer: BoundaryLayer;
before(async () => {
  layer = await loadDefaultBoundaryLayer();
  await setViewport({ width: 1200, height: 1100 });
});

afterEach(async () => {
  await resetMouse();
  document.body.replaceChildren();
});

/** Presses a key with modifiers held (`press: 'Shift+X'` is not understood here). */
async function chord(modifiers: string[], key: string) {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const DOM: LonLat = [5.1214, 52.0907];
const BOWTIE: SireneArea = {
  effect: [
    {
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
    },
  ],
  source: [],
};

async function mount(
  options: { attrs?: Record<string, string>; value?: SireneArea; zoom?: number } = {},
): Promise<SireneAreaEditor> {
  const el = document.createElement('sirene-area-editor');
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  el.boundaries = layer;
  el.view = { center: DOM, zoom: options.zoom ?? 13 };
  if (options.value) el.value = options.value;
  el.style.width = '900px';
  el.style.setProperty('--sirene-area-editor-height', '500px');
  document.body.append(el);
  await el.whenMapRendered();
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SireneAreaEditor, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const mapEl = (el: SireneAreaEditor) => $(el, '[part="map"]');

/** Page coordinates of a place on the map. */
function pageXY(el: SireneAreaEditor, lonLat: LonLat): [number, number] {
  const pixel = el.map!.toPixel(lonLat)!;
  const rect = mapEl(el).getBoundingClientRect();
  return [Math.round(rect.left + pixel[0]), Math.round(rect.top + pixel[1])];
}

/** Collects `sirene-area-change` events. */
function changes(el: SireneAreaEditor): SireneAreaChangeEvent[] {
  const seen: SireneAreaChangeEvent[] = [];
  el.addEventListener('sirene-area-change', (e) => seen.push(e));
  return seen;
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const km2 = (shape: AreaShape | undefined) => (shape ? measure(shape).areaKm2 : 0);

describe('<sirene-area-editor>', () => {
  it('renders the map with OpenLayers’ CSS in its shadow root, and is accessible', async () => {
    const el = await mount();
    const zoom = $(el, '.ol-zoom');
    expect(zoom, 'OpenLayers’ zoom control').to.not.equal(null);
    expect(getComputedStyle(zoom).position).to.equal('absolute');
    expect(getComputedStyle(el).getPropertyValue('--ol-background-color').trim()).to.not.equal('');
    expect($(el, '.ol-attribution').textContent).to.contain('CBS');
    await expectAccessible(el);
  });

  it('reaches every tool and action with Tab, in order', async () => {
    const el = await mount();
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) continue;
      reached.push(
        active.dataset['tool'] ??
          active.dataset['action'] ??
          active.getAttribute('part') ??
          active.tagName,
      );
    }
    for (const tool of [
      'select',
      'polygon',
      'rectangle',
      'circle',
      'freehand',
      'buffer',
      'municipality',
      'edit',
      'move',
    ]) {
      expect(reached, tool).to.include(tool);
    }
    expect(reached).to.include('snap');
    expect(reached).to.include('map');
    expect(reached.indexOf('polygon')).to.be.greaterThan(reached.indexOf('select'));
    before.remove();
  });

  it('shows the 3 px focus ring on the map’s zoom buttons, not ol.css’s 1 px outline', async () => {
    const el = await mount();
    mapEl(el).focus();
    let zoomIn: HTMLElement | null = null;
    for (let i = 0; i < 40 && !zoomIn; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (active?.classList.contains('ol-zoom-in')) zoomIn = active;
    }
    expect(zoomIn, 'Tab reaches Zoom in').not.to.equal(null);
    expect(getComputedStyle(zoomIn!).outlineWidth).to.equal('3px');
    expect(getComputedStyle(zoomIn!).outlineStyle).to.equal('solid');
  });

  it('draws a polygon with the pointer: clicks place points, a double click finishes', async () => {
    const el = await mount();
    const seen = changes(el);
    $(el, '[data-tool="polygon"]').click();
    await el.updateComplete;
    const pts: LonLat[] = [
      [5.1, 52.08],
      [5.14, 52.08],
      [5.13, 52.1],
    ];
    for (const p of pts) {
      await sendMouse({ type: 'click', position: pageXY(el, p) });
      // Slower than a double click, as a person placing points is.
      await pause(320);
    }
    expect(el.value.effect).to.have.length(0, 'nothing is committed while drawing');
    expect($(el, '[data-action="finish"]')).to.not.equal(null);
    expect($(el, '[data-measure="area"]').textContent).to.match(/km²/);
    const last = pageXY(el, [5.1, 52.1]);
    await sendMouse({ type: 'click', position: last });
    await sendMouse({ type: 'click', position: last });
    await el.updateComplete;
    if (el.value.effect.length === 0) {
      // The two clicks were too far apart in time to count as a double click.
      $(el, '[data-action="finish"]').click();
      await el.updateComplete;
    }
    expect(seen.length).to.equal(1);
    const { area, findings, valid, capArea, measures } = seen[0]!.detail;
    const ring = (area.effect[0] as { coordinates: LonLat[][] }).coordinates[0]!;
    expect(ring).to.have.length(5, 'four points and the closing one');
    const expected: LonLat[] = [...pts, [5.1, 52.1]];
    for (const p of expected) {
      expect(
        ring.some((q) => distanceKm(p, q) < 0.05),
        `a vertex near ${p.join(',')}`,
      ).to.equal(true);
    }
    expect(valid).to.equal(true);
    expect(findings.filter((f) => f.severity === 'error')).to.have.length(0);
    expect(measures.effect.areaKm2).to.be.within(4.5, 7.5);
    expect(capArea.polygons).to.have.length(1);
    expect(capArea.areaDesc).to.equal('Utrecht');
    await expectAccessible(el);
  });

  it('draws a polygon with the keyboard only, announcing points and area', async () => {
    const el = await mount();
    const seen = changes(el);
    mapEl(el).focus();
    await el.updateComplete;
    const start = el.map!.getView().center;
    await sendKeys({ press: 'p' });
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await chord(['Shift'], 'ArrowUp');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[role="status"][aria-live]').textContent).to.match(
      /Point 3 placed\. 0\.5\d* km²/,
    );
    await chord(['Shift'], 'Enter');
    await el.updateComplete;
    expect(seen).to.have.length(1);
    const shape = seen[0]!.detail.area.effect[0]!;
    const ring = (shape as { coordinates: LonLat[][] }).coordinates[0]!;
    expect(distanceKm(ring[0]!, start) * 1000).to.be.lessThan(1);
    expect(km2(shape)).to.be.within(0.49, 0.51);
    expect($(el, '[role="status"][aria-live]').textContent).to.match(
      /Shape finished: 0\.5\d* km², 3 points/,
    );
    // The status shows the points against the profile's limit.
    expect($(el, '[data-measure="points"]').textContent).to.match(/4 of at most 100/);
  });

  it('warns while drawing when the outline starts crossing itself', async () => {
    const el = await mount();
    mapEl(el).focus();
    await sendKeys({ press: 'p' });
    const moves: [string, number][] = [
      ['ArrowRight', 0],
      ['ArrowRight', 10],
      ['ArrowUp', 10],
    ];
    await sendKeys({ press: 'Enter' });
    for (const [key, n] of moves.slice(1)) {
      for (let i = 0; i < n; i++) await sendKeys({ press: key });
      await sendKeys({ press: 'Enter' });
    }
    // Back below the first edge: the closing edge now crosses it.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowLeft' });
    for (let i = 0; i < 15; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[role="status"][aria-live]').textContent).to.match(
      /Point 4 placed.*crosses itself/,
    );
  });

  it('draws a rectangle by dragging with the mouse (the map does not pan)', async () => {
    const el = await mount();
    const seen = changes(el);
    $(el, '[data-tool="rectangle"]').click();
    await el.updateComplete;
    const centreBefore = el.map!.getView().center;
    const [x1, y1] = pageXY(el, [5.1, 52.08]);
    const [x2, y2] = pageXY(el, [5.14, 52.1]);
    await sendMouse({ type: 'move', position: [x1, y1] });
    await sendMouse({ type: 'down' });
    await sendMouse({
      type: 'move',
      position: [Math.round((x1 + x2) / 2), Math.round((y1 + y2) / 2)],
    });
    await sendMouse({ type: 'move', position: [x2, y2] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    const shape = seen[0]!.detail.area.effect[0]!;
    expect(shape.type).to.equal('Polygon');
    expect(km2(shape)).to.be.within(5.5, 6.5);
    expect(distanceKm(el.map!.getView().center, centreBefore)).to.be.lessThan(0.001);
  });

  it('draws a circle with a radius typed in metres', async () => {
    const el = await mount();
    const seen = changes(el);
    $(el, '[data-tool="circle"]').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#radius');
    input.focus();
    input.select();
    await sendKeys({ type: '1500' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    const circle = seen[0]!.detail.area.effect[0]!;
    expect(circle.type).to.equal('Circle');
    if (circle.type === 'Circle') expect(circle.radiusKm).to.equal(1.5);
    expect(seen[0]!.detail.capArea.circles).to.have.length(1);
    expect(seen[0]!.detail.geojson.features[0]!.properties).to.deep.include({
      role: 'effect',
      radiusKm: 1.5,
    });
  });

  it('shows a self-intersection on the map with a one-click repair', async () => {
    const el = await mount({ value: BOWTIE });
    const seen = changes(el);
    const marker = $<HTMLButtonElement>(el, '.sirene-marker.error');
    expect(marker, 'a marker at the crossing').to.not.equal(null);
    expect(marker.getAttribute('aria-label')).to.match(/crosses itself/);
    expect($(el, '[data-measure="validity"]').textContent).to.match(/Not valid/);
    const [mx, my] = pageXY(el, [5.12, 52.09]);
    const rect = marker.getBoundingClientRect();
    expect(Math.abs(rect.left + rect.width / 2 - mx)).to.be.lessThan(
      4,
      'the marker sits over the crossing',
    );
    expect(rect.bottom).to.be.lessThan(my);
    await expectAccessible(el);
    marker.click();
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.valid).to.equal(true);
    expect(el.value.effect[0]!.type).to.equal('MultiPolygon');
    expect(el.shadowRoot!.querySelector('.sirene-marker.error')).to.equal(null);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z', async () => {
    const el = await mount({ value: BOWTIE });
    $<HTMLButtonElement>(el, '[data-repair="make-valid"]').click();
    await el.updateComplete;
    expect(el.value.effect[0]!.type).to.equal('MultiPolygon');
    mapEl(el).focus();
    await chord(['Control'], 'z');
    await el.updateComplete;
    expect(el.value.effect[0]).to.deep.equal(BOWTIE.effect[0]);
    await chord(['Control', 'Shift'], 'Z');
    await el.updateComplete;
    expect(el.value.effect[0]!.type).to.equal('MultiPolygon');
  });

  it('edits a vertex with the keyboard: Page Down chooses it, arrows move it by 100 m', async () => {
    const el = await mount({
      value: {
        effect: [
          {
            type: 'Polygon',
            coordinates: [
              [
                [5.1, 52.08],
                [5.14, 52.08],
                [5.14, 52.1],
                [5.1, 52.1],
                [5.1, 52.08],
              ],
            ],
          },
        ],
        source: [],
      },
    });
    const seen = changes(el);
    mapEl(el).focus();
    await sendKeys({ press: 'e' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    const ring = (el.value.effect[0] as { coordinates: LonLat[][] }).coordinates[0]!;
    expect(distanceKm(ring[1]!, [5.14, 52.08]) * 1000).to.be.within(99, 101);
    expect(ring[1]![1]).to.be.lessThan(52.08);
  });

  it('draws freehand with a mouse stroke, kept within the profile’s point limit', async () => {
    const el = await mount();
    const seen = changes(el);
    $(el, '[data-tool="freehand"]').click();
    await el.updateComplete;
    const [cx, cy] = pageXY(el, DOM);
    await sendMouse({ type: 'move', position: [cx + 120, cy] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 60; i++) {
      const a = (2 * Math.PI * i) / 60;
      await sendMouse({
        type: 'move',
        position: [Math.round(cx + 120 * Math.cos(a)), Math.round(cy - 90 * Math.sin(a))],
      });
    }
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    const m = measure(seen[0]!.detail.area.effect[0]!);
    expect(m.maxPolygonPoints).to.be.within(20, 100);
    expect(seen[0]!.detail.valid).to.equal(true);
  });

  it('buffers a line placed with the keyboard by the typed width', async () => {
    const el = await mount();
    const seen = changes(el);
    $(el, '[data-tool="buffer"]').click();
    await el.updateComplete;
    const width = $<HTMLInputElement>(el, '#buffer');
    width.focus();
    width.select();
    await sendKeys({ type: '250' });
    mapEl(el).focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 20; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await chord(['Shift'], 'Enter');
    await el.updateComplete;
    expect(seen).to.have.length(1);
    // 2 km long, 0.5 km wide, with round ends: about 1.2 km².
    expect(seen[0]!.detail.measures.effect.areaKm2).to.be.within(1.1, 1.3);
  });

  it('snaps placed points to municipal borders when Snap is on', async () => {
    const el = await mount({ zoom: 14 });
    $(el, '[data-action="snap"]').click();
    await el.updateComplete;
    expect($(el, '[data-action="snap"]').getAttribute('aria-pressed')).to.equal('true');
    $(el, '[data-tool="polygon"]').click();
    await el.updateComplete;
    // A point of Utrecht's border, and a click 6 pixels beside it.
    const utrecht = layer.byCode.get('GM0344')!.shape;
    const ring = (utrecht.type === 'Polygon' ? utrecht.coordinates : utrecht.coordinates[0]!)[0]!;
    const vertex =
      ring.find((p) => el.map!.toPixel(p)!.every((v) => v > 50 && v < 450)) ?? ring[0]!;
    el.map!.centerOn(vertex);
    await el.map!.whenRendered();
    const [x, y] = pageXY(el, vertex);
    await sendMouse({ type: 'click', position: [x + 6, y + 4] });
    await el.updateComplete;
    const seen = changes(el);
    mapEl(el).focus();
    for (const key of ['ArrowUp', 'ArrowRight']) {
      for (let i = 0; i < 5; i++) await sendKeys({ press: key });
      await sendKeys({ press: 'Enter' });
    }
    await chord(['Shift'], 'Enter');
    await el.updateComplete;
    expect(seen).to.have.length(1);
    const first = (seen[0]!.detail.area.effect[0] as { coordinates: LonLat[][] })
      .coordinates[0]![0]!;
    expect(
      distanceKm(first, vertex) * 1000,
      'the clicked point lies on the border vertex',
    ).to.be.lessThan(1);
  });

  it('shows a WMTS base map in the RD New grid (EPSG:28992), keeping the area in place', async () => {
    const el = await mount({
      value: { effect: [{ type: 'Circle', center: DOM, radiusKm: 1 }], source: [] },
    });
    const before = el.map!.toPixel(DOM)!;
    el.baseLayer = pdokRdNew('grijs');
    await el.updateComplete;
    await el.map!.whenRendered(3000);
    expect(el.map!.baseLayer.type).to.equal('wmts');
    const after = el.map!.toPixel(DOM)!;
    expect(Math.hypot(after[0] - before[0], after[1] - before[1])).to.be.lessThan(2);
    const back = el.map!.toLonLat(after);
    expect(distanceKm(back, DOM) * 1000).to.be.lessThan(1);
    expect(el.map!.metresPerPixel()).to.be.within(5, 30);
    expect($(el, '.ol-attribution').textContent).to.contain('Kadaster');
  });

  it('picks municipalities by name; the CAP area is named after them', async () => {
    const el = await mount({ attrs: { lang: 'nl' } });
    const seen = changes(el);
    $(el, '[data-tool="municipality"]').click();
    await el.updateComplete;
    const search = $<HTMLInputElement>(el, '#search');
    search.focus();
    await sendKeys({ type: 'Nieuwegein' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.capArea.areaDesc).to.equal('Nieuwegein');
    expect(seen[0]!.detail.measures.effect.areaKm2).to.be.within(20, 30);
    expect($(el, '.picked').textContent).to.contain('Nieuwegein');
    // And by clicking the map (back at the Dom after the zoom to Nieuwegein): Utrecht joins.
    el.map!.setView({ center: DOM, zoom: 13 });
    await el.map!.whenRendered(3000);
    await sendMouse({ type: 'click', position: pageXY(el, DOM) });
    await el.updateComplete;
    expect(seen).to.have.length(2);
    expect(seen[1]!.detail.capArea.areaDesc).to.equal('Nieuwegein, Utrecht');
    expect(el.value.effect).to.have.length(1, 'one unioned shape');
    expect($(el, '[role="status"][aria-live]').textContent).to.match(/Utrecht toegevoegd/);
  });

  it('zooms to a municipality picked by name, not when one is taken out', async () => {
    const el = await mount({ zoom: 7 });
    $(el, '[data-tool="municipality"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#search').focus();
    await sendKeys({ type: 'Nieuwegein' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const zoomed = el.map!.getView();
    expect(zoomed.zoom, 'zoomed in from the whole country').to.be.greaterThan(10);
    // The whole municipality is inside the map, not a speck at its edge.
    const [w, h] = [mapEl(el).clientWidth, mapEl(el).clientHeight];
    const bbox = el.measures.effect.bbox!;
    for (const corner of [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ] as LonLat[]) {
      const [x, y] = el.map!.toPixel(corner)!;
      expect(x).to.be.within(0, w);
      expect(y).to.be.within(0, h);
    }
    expect(
      distanceKm(zoomed.center, [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]),
    ).to.be.lessThan(1);
    // Taking it out again (the picked list) leaves the view where the operator is.
    $(el, '.picked button').click();
    await el.updateComplete;
    expect(el.value.effect).to.have.length(0);
    expect(el.map!.getView().zoom).to.equal(zoomed.zoom);
  });

  it('draws again on the same view after being moved in the page', async () => {
    const square: AreaShape = {
      type: 'Polygon',
      coordinates: [
        [
          [DOM[0] - 0.01, DOM[1] - 0.006],
          [DOM[0] + 0.01, DOM[1] - 0.006],
          [DOM[0] + 0.01, DOM[1] + 0.006],
          [DOM[0] - 0.01, DOM[1] + 0.006],
          [DOM[0] - 0.01, DOM[1] - 0.006],
        ],
      ],
    };
    const el = await mount({ value: { effect: [square], source: [] } });
    el.map!.setView({ center: DOM, zoom: 13.5 });
    const before = el.map!.getView();
    const first = el.map;
    // A host re-rendering its page moves the element into a new container.
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    await el.updateComplete;
    await el.whenMapRendered();
    expect(el.map, 'a new map after the move').to.exist.and.not.equal(first);
    const after = el.map!.getView();
    expect(after.zoom).to.be.closeTo(before.zoom, 0.01);
    expect(distanceKm(after.center, before.center)).to.be.lessThan(0.05);
    // The area is drawn on the new map: the pixel at its centre differs from one far outside.
    const canvas = el.map!.toCanvas();
    const ctx = canvas.getContext('2d')!;
    const ratio = canvas.width / mapEl(el).clientWidth;
    const pixel = (lonLat: LonLat) => {
      const [x, y] = el.map!.toPixel(lonLat)!;
      return [...ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
    };
    const inside = pixel(DOM);
    const outside = pixel([DOM[0] + 0.03, DOM[1] + 0.015]);
    expect(inside, 'the area fill is drawn').to.not.deep.equal(outside);
    await expectAccessible(el);
  });

  it('keeps the source area apart from the effect area', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[value="source"]').click();
    await el.updateComplete;
    expect(el.target).to.equal('source');
    $(el, '[data-tool="circle"]').click();
    await el.updateComplete;
    $(el, '[data-action="circle-radius"]').click();
    await el.updateComplete;
    expect(el.value.effect).to.have.length(0);
    expect(el.value.source).to.have.length(1);
    expect(el.geojson.features[0]!.properties).to.deep.include({ role: 'source' });
    expect(el.findings.some((f) => f.code === 'geo.effect-empty')).to.equal(true);
  });

  it('is form-associated: submits GeoJSON and is invalid while a finding is an error', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = document.createElement('sirene-area-editor');
    el.setAttribute('name', 'area');
    el.boundaries = layer;
    el.value = BOWTIE;
    form.append(el);
    await el.whenMapRendered();
    const submitted = JSON.parse(String(new FormData(form).get('area'))) as { type: string };
    expect(submitted.type).to.equal('FeatureCollection');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.match(/crosses itself/);
    $<HTMLButtonElement>(el, '[data-repair="make-valid"]').click();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    el.setAttribute('required', '');
    el.value = null;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(new FormData(form).get('area')).to.equal(null);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(BOWTIE, 'reset restores the first value');
  });

  it('accepts GeoJSON as value, with roles', async () => {
    const el = await mount();
    el.value = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { role: 'effect' },
          geometry: { type: 'Point', coordinates: DOM },
        },
        { type: 'Feature', properties: { role: 'source' }, geometry: BOWTIE.effect[0] },
      ],
    };
    expect(el.value.source).to.have.length(1);
    expect(el.value.effect).to.have.length(0, 'a Point without radiusKm is not an area');
  });

  it('accepts GeoJSON in RD New (a legacy crs member) before its geometry engine has loaded', async () => {
    const el = document.createElement('sirene-area-editor');
    el.boundaries = layer;
    el.view = { center: DOM, zoom: 11 };
    el.value = {
      type: 'Feature',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [155000, 463000],
            [156000, 463000],
            [156000, 464000],
            [155000, 463000],
          ],
        ],
      },
    };
    expect(el.value.effect, 'read once proj4 is loaded, with the engine').to.have.length(0);
    document.body.append(el);
    await el.updateComplete;
    const shape = el.value.effect[0];
    expect(shape?.type).to.equal('Polygon');
    const first = shape?.type === 'Polygon' ? shape.coordinates[0]?.[0] : undefined;
    expect(first?.[0]).to.be.closeTo(5.3872, 1e-3);
    expect(first?.[1]).to.be.closeTo(52.1552, 1e-3);
    expect(el.findings.filter((f) => f.severity === 'error')).to.deep.equal([]);
    expect(el.validity.valid).to.equal(true);
  });

  it('read-only: no drawing tools and no repairs, findings still shown', async () => {
    const el = await mount({ attrs: { readonly: '' }, value: BOWTIE });
    expect(el.shadowRoot!.querySelector('[data-tool="polygon"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-repair]')).to.equal(null);
    expect($(el, '[part="findings"]').textContent).to.match(/crosses itself/);
    mapEl(el).focus();
    await sendKeys({ press: 'p' });
    await el.updateComplete;
    expect(el.tool).to.equal('select');
    await expectAccessible(el);
  });

  it('speaks Dutch, French and German', async () => {
    const el = await mount({ attrs: { lang: 'nl' }, value: BOWTIE });
    expect($(el, '[data-tool="polygon"]').textContent).to.contain('Veelhoek');
    expect($(el, '[part="findings"]').textContent).to.contain('snijdt zichzelf');
    el.lang = 'fr';
    await nextFrame();
    await el.updateComplete;
    expect($(el, '[data-tool="polygon"]').textContent).to.contain('Polygone');
    expect($(el, '[part="findings"]').textContent).to.contain('se croise');
    el.lang = 'de';
    await nextFrame();
    await el.updateComplete;
    expect($(el, '[data-tool="rectangle"]').textContent).to.contain('Rechteck');
  });
});
