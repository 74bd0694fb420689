import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  loadDefaultBoundaryLayer,
  populationFromBoundaries,
  type AreaShape,
  type LonLat,
  type SireneArea,
} from '@sirene/geo';
import '../sirene-overshoot-estimator.js';
import type { SireneOvershootEstimator } from './overshoot-estimator.js';
import type { SireneAreaSuggestEvent } from './events.js';
import { RD_NEW, RD_NEW_TILE_GRID, type MapFeature } from '@sirene/ui';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

let rotterdam = '';
before(async () => {
  await setViewport({ width: 1000, height: 1400 });
  const response = await fetch(new URL('../../geo/data/synthetic/rotterdam.csv', import.meta.url));
  rotterdam = await response.text();
});

afterEach(() => {
  document.body.replaceChildren();
});

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

const SMALL: SireneArea = { effect: [box(4.46, 51.91, 4.48, 51.92)], source: [] };
const LARGE: SireneArea = { effect: [box(4.44, 51.9, 4.5, 51.935)], source: [] };

async function mount(
  options: { area?: SireneArea; cells?: unknown; attrs?: Record<string, string> } = {},
): Promise<SireneOvershootEstimator> {
  const el = document.createElement('sirene-overshoot-estimator');
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  el.cells = (options.cells ?? rotterdam) as SireneOvershootEstimator['cells'];
  el.area = options.area ?? SMALL;
  document.body.append(el);
  await el.whenSettled();
  return el;
}

/** Area of WGS84 polygons in km² (equirectangular around Rotterdam: close enough at 10 km). */
function areaKm2(polygons: LonLat[][][]): number {
  const k = Math.cos((51.92 * Math.PI) / 180);
  let total = 0;
  for (const rings of polygons) {
    for (const ring of rings) {
      let a = 0;
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[i + 1]!;
        a += ax * k * 111.32 * by * 111.32 - bx * k * 111.32 * ay * 111.32;
      }
      total += a / 2;
    }
  }
  return total;
}

function chartValue(el: SireneOvershootEstimator, figure: string): number[] {
  const row = el.shadowRoot?.querySelector(`[part="table"] tr[data-figure="${figure}"]`);
  expect(row, `row ${figure}`).to.not.equal(null);
  return [...(row?.querySelectorAll('td') ?? [])].map((td) =>
    Number((td.textContent ?? '').replace(/[^\d.]/g, '')),
  );
}

describe('<sirene-overshoot-estimator>', () => {
  it('shows the figures with their bands, in the chart and the table, from a worker', async () => {
    const el = await mount();
    const e = el.estimate;
    expect(e).to.not.equal(null);
    expect(el.engineLocation).to.equal('worker');
    const [nominal, low, high] = chartValue(el, 'overshootArea');
    expect(low).to.be.at.most(nominal as number);
    expect(high).to.be.at.least(nominal as number);
    expect(high).to.be.greaterThan(0);
    const text = el.shadowRoot?.querySelector('[part="chart"] svg text')?.textContent ?? '';
    expect(text).to.match(/\(range \d[\d,.]*–\d[\d,.]*\)/);
    expect(el.shadowRoot?.querySelectorAll('[part="operators"] tbody tr').length).to.equal(3);
    await expectAccessible(el);
  });

  it('never shows less coverage for a larger area, and follows area changes', async () => {
    const el = await mount();
    const small = el.estimate;
    el.area = LARGE;
    await el.whenSettled();
    const large = el.estimate;
    expect(large).to.not.equal(small);
    expect(large?.combined.servedInsideKm2.nominal).to.be.greaterThan(
      small?.combined.servedInsideKm2.nominal ?? Infinity,
    );
    expect(large?.combined.cellsSelected.nominal).to.be.at.least(
      small?.combined.cellsSelected.nominal ?? Infinity,
    );
    const [cells] = chartValue(el, 'cells');
    expect(cells).to.equal(large?.combined.cellsSelected.nominal);
  });

  it('drops stale results while the area is dragged', async () => {
    const el = await mount();
    let fired = 0;
    el.addEventListener('sirene-overshoot-change', () => fired++);
    for (let i = 0; i < 8; i++) {
      el.area = { effect: [box(4.46, 51.91, 4.48 + i * 0.003, 51.92)], source: [] };
      await new Promise((r) => requestAnimationFrame(r));
    }
    await el.whenSettled();
    expect(fired).to.be.lessThan(16);
    const last = el.estimate;
    el.area = { effect: [box(4.46, 51.91, 4.48 + 7 * 0.003, 51.92)], source: [] };
    await el.whenSettled();
    expect(el.estimate?.combined.cellsSelected.nominal).to.equal(
      last?.combined.cellsSelected.nominal,
    );
  });

  it('draws again on the same view after being moved in the page, with its figures', async () => {
    const el = await mount({ area: LARGE });
    const first = el.map;
    el.map!.setView({ center: [4.47, 51.92], zoom: 12.5 });
    const before = el.map!.getView();
    const figure = el.estimate?.combined.overshootAreaKm2.nominal;
    // A host re-rendering its page moves the element into a new container.
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    await el.whenSettled();
    await el.map?.whenRendered();
    expect(el.map, 'a new map after the move').to.exist.and.not.equal(first);
    expect(el.map!.getView().zoom).to.be.closeTo(before.zoom, 0.01);
    expect(el.estimate?.combined.overshootAreaKm2.nominal).to.equal(figure);
    const canvas = el.shadowRoot?.querySelector('[part="map"] canvas');
    expect(canvas, 'the new map draws into the shadow root').to.not.equal(null);
    await expectAccessible(el);
  });

  it('shows an RD New base map without a proj4 definition; reports an unusable one and keeps the map', async () => {
    const el = await mount({ area: LARGE });
    const before = el.map!.toPixel([4.47, 51.92])!;
    // PDOK's grid from a closed port: the layer is set up, the tiles fail fast.
    el.baseLayer = {
      type: 'wmts',
      url: 'http://127.0.0.1:9/{TileMatrix}/{TileCol}/{TileRow}.png',
      layer: 'grijs',
      matrixSet: 'EPSG:28992',
      projection: RD_NEW,
      tileGrid: RD_NEW_TILE_GRID,
    };
    await el.updateComplete;
    await el.map!.whenRendered(3000);
    expect(el.map!.baseLayer.type, 'Sirene fills in the RD New definition').to.equal('wmts');
    const after = el.map!.toPixel([4.47, 51.92])!;
    expect(Math.hypot(after[0] - before[0], after[1] - before[1])).to.be.lessThan(2);
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      el.baseLayer = { type: 'xyz', url: 'x/{z}/{x}/{y}.png', projection: { code: 'EPSG:99999' } };
      await el.updateComplete;
      await el.map!.whenRendered(3000);
    } finally {
      console.error = original;
    }
    expect(logged).to.have.length(1);
    expect(String(logged[0]![0])).to.contain('could not be shown');
    expect(String(logged[0]![1])).to.match(/EPSG:99999 is unknown.*proj4 definition/);
    expect(el.map!.baseLayer.type, 'the previous base map stays').to.equal('wmts');
    expect(el.map!.toPixel([4.47, 51.92])![0]).to.be.closeTo(after[0], 2);
    expect(chartValue(el, 'overshootArea').length).to.be.greaterThan(0);
  });

  it('applies the suggestion with the keyboard, firing sirene-area-suggest with a shape', async () => {
    const el = await mount({ area: LARGE });
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>('[part="apply"]');
    expect(button, 'the apply button').to.not.equal(null);
    const events: SireneAreaSuggestEvent[] = [];
    document.addEventListener('sirene-area-suggest', (e) => events.push(e), { once: true });
    button?.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.length).to.equal(1);
    const detail = events[0]?.detail;
    expect(detail?.shape.type).to.match(/Polygon/);
    expect(detail?.area.effect[0]).to.equal(detail?.shape);
    expect(detail?.insetKm).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('keyboard path (README): map keys, zoom buttons, network picker, tighter area; focus stays in the element', async () => {
    const el = await mount({ area: LARGE });
    const root = el.shadowRoot!;
    // The host's part: apply the suggested area, as from the area editor.
    const events: SireneAreaSuggestEvent[] = [];
    el.addEventListener('sirene-area-suggest', (e) => {
      events.push(e);
      el.area = e.detail.area;
    });
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    document.body.prepend(before);
    document.body.append(after);
    before.focus();
    const tab = async (shift = false) => {
      if (shift) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (shift) await sendKeys({ up: 'Shift' });
      return root.activeElement as HTMLElement | null;
    };
    const waitFor = async (ok: () => boolean, what: string) => {
      for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(ok(), what).to.equal(true);
    };

    // The map: arrow keys pan, + and - zoom, with the focus ring on the map.
    const mapEl = await tab();
    expect(mapEl?.getAttribute('part'), 'Tab 1: the map').to.equal('map');
    expect(getComputedStyle(mapEl!).outlineWidth, 'focus ring on the map').to.equal('3px');
    expect(mapEl?.getAttribute('aria-roledescription')).to.equal('map');
    const keys = root.getElementById(mapEl!.getAttribute('aria-describedby')!);
    expect(keys?.textContent).to.contain('Arrow keys move the map');
    const start = el.map!.getView();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => el.map!.getView().center[0] > start.center[0] + 0.01, 'panned east');
    await new Promise((r) => setTimeout(r, 200)); // the 100 ms pan animation ends
    const east = el.map!.getView().center;
    await sendKeys({ press: 'ArrowUp' });
    await waitFor(() => el.map!.getView().center[1] > east[1] + 0.01, 'panned north');
    expect(el.map!.getView().center[0]).to.be.closeTo(east[0], 1e-6);
    await new Promise((r) => setTimeout(r, 200));
    const zoomed = el.map!.getView().zoom;
    await sendKeys({ press: '+' });
    await waitFor(() => Math.abs(el.map!.getView().zoom - (zoomed + 1)) < 0.01, '+ zooms in');
    await sendKeys({ press: '-' });
    await waitFor(() => Math.abs(el.map!.getView().zoom - zoomed) < 0.01, '- zooms out');
    await new Promise((r) => setTimeout(r, 200));

    // Zoom in and out with the map's buttons, each with the 3 px focus ring.
    const zoom = el.map!.getView().zoom;
    const zoomIn = await tab();
    expect(zoomIn?.classList.contains('ol-zoom-in'), 'Tab 2: Zoom in').to.equal(true);
    expect(getComputedStyle(zoomIn!).outlineWidth, 'focus ring on Zoom in').to.equal('3px');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Math.abs(el.map!.getView().zoom - (zoom + 1)) < 0.01, 'zoomed in');
    const zoomOut = await tab();
    expect(zoomOut?.classList.contains('ol-zoom-out'), 'Tab 3: Zoom out').to.equal(true);
    expect(getComputedStyle(zoomOut!).outlineWidth, 'focus ring on Zoom out').to.equal('3px');
    await sendKeys({ press: 'Space' });
    await waitFor(() => Math.abs(el.map!.getView().zoom - zoom) < 0.01, 'zoomed out');

    // Map shows: one operator, then all networks again.
    const select = (await tab()) as HTMLSelectElement | null;
    expect(select?.getAttribute('part'), 'Tab 4: Map shows').to.equal('network');
    const legend = root.querySelector('[part="legend"]');
    expect(legend?.textContent).to.contain('farthest reach');
    const centre = el.map!.getView().center;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.summary?.operators).to.include(select?.value);
    expect(legend?.textContent, 'one operator: no far edge').to.not.contain('farthest reach');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(select?.value).to.equal('');
    expect(legend?.textContent).to.contain('farthest reach');
    expect(el.map!.getView().center, 'arrows in Map shows do not pan the map').to.deep.equal(
      centre,
    );

    // Use tighter area: Enter applies it; the focus stays in the suggestion section.
    const apply = await tab();
    expect(apply?.getAttribute('part'), 'Tab 5: Use tighter area').to.equal('apply');
    const inset = el.estimate?.suggestion?.options[el.estimate.suggestion.recommended ?? -1];
    await sendKeys({ press: 'Enter' });
    expect(events.length, 'sirene-area-suggest fired once').to.equal(1);
    expect(events[0]?.detail.insetKm).to.equal(inset?.insetKm);
    await el.whenSettled();
    expect(el.estimate?.suggestion, 'the next suggestion').to.not.equal(undefined);
    // Compared as names: a failing comparison of elements would not serialize.
    const focused = () => {
      const active = document.activeElement;
      if (active === el) return `part=${root.activeElement?.getAttribute('part') ?? 'none'}`;
      if (active === after) return 'after';
      return active?.tagName.toLowerCase() ?? 'none';
    };
    expect(focused(), 'focus not lost to <body>').to.equal('part=suggestion');
    const section = root.querySelector('[part="suggestion"]');
    const next = root.querySelector('[part="apply"]');
    expect(next, 'the new apply button').to.not.equal(null);
    expect(next === apply, 'a new button').to.equal(false);
    expect(root.activeElement === section, 'focus on the Tighter area section').to.equal(true);
    expect((await tab()) === next, 'Tab: the new Use tighter area').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(), 'no further Tab stops in the element').to.equal('after');
    expect((await tab(true))?.getAttribute('part')).to.equal('apply');

    // The live region says the new figures once they stop changing (0.9 s after the last;
    // polled, since a loaded machine may take longer to get there).
    const said = () => root.querySelector('[part="status"]')?.textContent ?? '';
    const expected = () =>
      new RegExp(
        `^\\s*Overshoot \\d.* km², range .*; ${el.estimate?.combined.cellsSelected.nominal ?? -1} cells broadcast\\.\\s*$`,
      );
    for (let i = 0; i < 250 && !expected().test(said()); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(said()).to.match(expected());
    await expectAccessible(el);
  });

  it('announces the new figures in a live region', async () => {
    const el = await mount();
    await new Promise((r) => setTimeout(r, 1100));
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('[part="status"]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status?.textContent).to.match(/Overshoot \d.* km², range .* cells broadcast/);
  });

  it('shows what older phones see in geofence mode, in Dutch', async () => {
    const el = await mount({ attrs: { mode: 'geofence', lang: 'nl' } });
    expect(el.estimate?.legacy).to.not.equal(undefined);
    const charts = el.shadowRoot?.querySelectorAll('[part="chart"]');
    expect(charts?.length).to.equal(2);
    // Each figure says which phones it is for: charts, the per-operator table, the map
    // label (older phones, as hatched) and the suggestion (judged for older phones).
    const titles = [...(charts ?? [])].map((c) => c.querySelector('h3')?.textContent ?? '');
    expect(titles[0]).to.contain('nieuwere telefoons met geofencing');
    expect(titles[1]).to.contain('oudere telefoons zonder geofencing');
    const caption = el.shadowRoot?.querySelector('[part="operators"] caption')?.textContent ?? '';
    expect(caption).to.contain('Per operator, nieuwere telefoons met geofencing');
    expect(caption).to.contain('oudere telefoons zonder geofencing');
    let drawn: readonly MapFeature[] = [];
    const map = el.map!;
    const setFeatures = map.setFeatures.bind(map);
    map.setFeatures = (features) => {
      drawn = features;
      setFeatures(features);
    };
    el.requestUpdate();
    await el.updateComplete;
    const label = drawn.find((f) => f.id === 'overshoot-label')?.label;
    expect(label).to.match(/^Overshoot voor oudere telefoons zonder geofencing, alle netwerken: /);
    expect(el.shadowRoot?.querySelector('[part="suggestion"]')?.textContent).to.contain(
      'Beoordeeld voor oudere telefoons zonder geofencing',
    );
    await expectAccessible(el);
  });

  it('lists the findings of bad cell input without throwing', async () => {
    const bad = 'id,lon,lat,frequency_mhz,erp_dbw\na,4.47,north,800,30\nb,4.47,51.92,9000,30\n';
    const el = await mount({ cells: bad });
    const findings = el.shadowRoot?.querySelector('[part="findings"]');
    expect(findings).to.not.equal(null);
    expect(findings?.textContent).to.match(/Error:/);
    expect(el.findings.some((f) => f.severity === 'error')).to.equal(true);
    expect(el.estimate).to.equal(null);
    el.cells = [{ id: 'broken' }] as unknown as SireneOvershootEstimator['cells'];
    await el.whenSettled();
    expect(el.findings.length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('shows progress while the model is prepared, then the figures', async () => {
    const el = document.createElement('sirene-overshoot-estimator');
    el.area = SMALL;
    el.cells = rotterdam;
    document.body.append(el);
    await el.updateComplete;
    const progress = el.shadowRoot?.querySelector('[part="progress"] progress');
    expect(progress, 'a progress bar').to.not.equal(null);
    expect(el.shadowRoot?.querySelector('[part="progress"] label')?.textContent).to.contain(
      'Preparing the network model',
    );
    await el.whenSettled();
    expect(el.shadowRoot?.querySelector('[part="progress"]')).to.equal(null);
    expect(el.estimate).to.not.equal(null);
  });

  it('shows the missed area inside in site-inside mode, in French and German', async () => {
    const el = await mount({ area: LARGE, attrs: { mode: 'site-inside', lang: 'fr' } });
    expect(el.estimate?.mode).to.equal('site-inside');
    chartValue(el, 'undershootArea');
    expect(el.shadowRoot?.textContent).to.contain('Qui d’autre reçoit cette alerte');
    // French typography: the colon keeps a no-break space, in the chart as in the texts.
    const row = el.shadowRoot?.querySelector('[part="chart"] svg text')?.textContent ?? '';
    expect(row).to.match(/^\S.*\u00a0: \d/);
    el.setAttribute('lang', 'de');
    await el.whenSettled();
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Wer diese Warnung außerdem erhält');
    await expectAccessible(el);
  });

  it('computes in the page when workers are off', async () => {
    const el = await mount({ attrs: { worker: 'off' } });
    expect(el.engineLocation).to.equal('thread');
    expect(el.estimate?.combined.overshootAreaKm2.high).to.be.greaterThan(0);
  });

  it('draws the squares behind the figures: overshoot hatched, coverage, farthest reach; one network at a time by keyboard', async () => {
    const el = await mount({ area: LARGE });
    const overlay = el.overlay;
    expect(overlay, 'the overlay').to.not.equal(null);
    expect(el.engineLocation).to.equal('worker');
    expect(overlay?.pretraced, 'traced in the worker, only unpacked in the page').to.equal(true);
    expect(overlay?.coverage).to.not.equal(null);
    expect(overlay?.far).to.not.equal(null);
    expect(overlay?.undershoot).to.equal(null);
    // The hatched polygons are the overshoot figure's squares (not a hull of lobes).
    const drawn = areaKm2(overlay?.overshoot?.coordinates ?? []);
    const figure = el.estimate?.combined.overshootAreaKm2.nominal ?? 0;
    expect(Math.abs(drawn - figure) / figure).to.be.lessThan(0.03);
    const legend = el.shadowRoot?.querySelector('[part="legend"]');
    expect(legend?.textContent).to.contain('Hatched: overshoot');
    expect(legend?.textContent).to.contain('farthest reach, path loss −10 dB');
    expect(legend?.textContent).to.not.contain('approximate');
    // Pick one operator with the keyboard: its coverage only, no far edge.
    const select = el.shadowRoot?.querySelector<HTMLSelectElement>('[part="network"]');
    expect(select, 'the network picker').to.not.equal(null);
    select?.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const picked = select?.value ?? '';
    expect(el.summary?.operators).to.include(picked);
    const alpha = el.overlay;
    expect(alpha?.far).to.equal(null);
    // Traced in the page on the switch; from the next pause on, in the worker.
    expect(alpha?.pretraced).to.equal(false);
    const alphaArea = areaKm2(alpha?.overshoot?.coordinates ?? []);
    const alphaFigure =
      el.estimate?.operators.find((o) => o.operator === picked)?.figures.overshootAreaKm2.nominal ??
      0;
    expect(Math.abs(alphaArea - alphaFigure) / alphaFigure).to.be.lessThan(0.03);
    expect(legend?.textContent).to.not.contain('farthest reach');
    // The next edit's overlay comes traced from the worker for the operator shown.
    el.area = { ...LARGE };
    await el.whenSettled();
    expect(el.overlay?.pretraced).to.equal(true);
    expect(el.overlay?.far).to.equal(null);
    await expectAccessible(el);
  });

  it('keeps the focus in the element when the host clears the area under "Use tighter area"', async () => {
    const el = await mount({ area: LARGE });
    const root = el.shadowRoot!;
    const apply = root.querySelector<HTMLElement>('[part="apply"]');
    expect(apply, 'a tighter area is offered').to.not.equal(null);
    apply!.focus();
    el.area = null;
    await el.whenSettled();
    await el.updateComplete;
    expect(root.querySelector('[part="apply"]'), 'the button went').to.equal(null);
    expect(document.activeElement === el, 'focus still in the element').to.equal(true);
    expect(root.activeElement?.getAttribute('part'), 'on the map').to.equal('map');
  });

  it('shows the missed squares inside in site-inside mode, dotted and in the legend', async () => {
    const el = await mount({ area: LARGE, attrs: { mode: 'site-inside' } });
    const under = el.overlay?.undershoot;
    const figure = el.estimate?.combined.undershootAreaKm2.nominal ?? 0;
    if (figure > 0) {
      expect(under, 'missed squares').to.not.equal(null);
      const drawn = areaKm2(under?.coordinates ?? []);
      expect(Math.abs(drawn - figure) / figure).to.be.lessThan(0.03);
    }
    expect(el.shadowRoot?.querySelector('[part="legend"]')?.textContent).to.contain(
      'Dotted outline: missed inside',
    );
  });

  it('says residents come from municipal totals spread evenly, and without data that they are not estimated', async () => {
    const bare = await mount();
    expect(bare.shadowRoot?.querySelector('[part="population"]')?.textContent).to.contain(
      'No population data given',
    );
    document.body.replaceChildren();
    const el = document.createElement('sirene-overshoot-estimator');
    el.population = populationFromBoundaries(
      await loadDefaultBoundaryLayer(),
      [4.3, 51.8, 4.65, 52.0],
    );
    el.cells = rotterdam;
    el.area = SMALL;
    el.setAttribute('lang', 'nl');
    document.body.append(el);
    await el.whenSettled();
    expect(el.summary?.populationPlacement).to.equal('areas');
    expect(el.shadowRoot?.querySelector('[part="population"]')?.textContent).to.contain(
      'geschat uit gemeentetotalen, gelijk verdeeld',
    );
    chartValue(el, 'overshootPopulation');
    await expectAccessible(el);
  });
});
