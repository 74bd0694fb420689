import { expect } from '@esm-bundle/chai';
import { LitElement, html } from 'lit';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { SireneMapController } from './map-controller.js';
import { olStyles } from './ol-styles.js';
import { RD_NEW, RD_NEW_TILE_GRID } from './base-layers.js';
import type { BaseLayerConfig, MapPointerEvent } from './types.js';
import { base, tokens } from '../tokens.js';
import { expectAccessible } from '../../../../test/browser/helpers/a11y.js';

/** RD New's proj4 definition (normally filled in by the area editor from @sirene/geo). */
const RD_PROJ4 =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

/** RD New tiles from a closed port: the layer is there, the tiles fail fast. */
const RD_WMTS: BaseLayerConfig = {
  type: 'wmts',
  url: 'http://127.0.0.1:9/{TileMatrix}/{TileCol}/{TileRow}.png',
  layer: 'none',
  matrixSet: 'EPSG:28992',
  projection: { ...RD_NEW, proj4: RD_PROJ4 },
  tileGrid: RD_NEW_TILE_GRID,
  attributions: 'RD tiles',
};

/** A minimal host: the map in a shadow root, as elements use it. */
class TestMapHost extends LitElement {
  static override styles = [tokens, base, olStyles];
  controller?: SireneMapController;
  override render() {
    return html`<div id="map" style="width: 400px; height: 300px"></div>`;
  }
  override firstUpdated() {
    this.controller = new SireneMapController({
      target: this.renderRoot.querySelector<HTMLElement>('#map')!,
      view: { center: [5.12, 52.09], zoom: 12 },
      pixelRatio: 1,
    });
  }
}
customElements.define('test-map-host', TestMapHost);

async function mount(): Promise<{ host: TestMapHost; map: SireneMapController }> {
  const host = document.createElement('test-map-host') as TestMapHost;
  document.body.append(host);
  await host.updateComplete;
  const map = host.controller!;
  await map.whenRendered();
  return { host, map };
}

afterEach(async () => {
  await resetMouse();
  document.body.replaceChildren();
});

const pixelAt = (canvas: HTMLCanvasElement, x: number, y: number) =>
  Array.from(canvas.getContext('2d')!.getImageData(x, y, 1, 1).data);

describe('SireneMapController', () => {
  it('draws features given in lon/lat, and exports them in one canvas', async () => {
    const { host, map } = await mount();
    map.setTheme({ effect: '#ff0000', water: '#0000ff' });
    map.setFeatures([
      {
        id: 'a',
        role: 'effect',
        geometry: {
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
      },
    ]);
    await map.whenRendered();
    const canvas = map.toCanvas();
    expect([canvas.width, canvas.height]).to.deep.equal([400, 300]);
    const [x, y] = map.toPixel([5.12, 52.09])!;
    const [r, g, b] = pixelAt(canvas, Math.round(x), Math.round(y));
    expect(r).to.be.greaterThan(g! + 30, 'the effect fill tints the inside red');
    expect(b).to.be.greaterThan(r! - 60);
    const corner = pixelAt(canvas, 2, 2);
    expect(corner[2]).to.equal(255, 'the water background outside');
    expect(map.toLonLat([x, y])[0]).to.be.closeTo(5.12, 1e-6);
    await expectAccessible(host);
  });

  it('reports pointer input in lon/lat and lets a listener capture the drag', async () => {
    const { host, map } = await mount();
    const seen: MapPointerEvent['type'][] = [];
    map.onPointer((e) => {
      seen.push(e.type);
      return e.type === 'down';
    });
    const rect = host.shadowRoot!.querySelector('#map')!.getBoundingClientRect();
    const before = map.getView().center;
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.left + 100), Math.round(rect.top + 100)],
    });
    await sendMouse({ type: 'down' });
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.left + 200), Math.round(rect.top + 150)],
    });
    await sendMouse({ type: 'up' });
    expect(seen).to.include.members(['move', 'down', 'drag', 'up']);
    expect(map.getView().center, 'a captured drag does not pan').to.deep.equal(before);
  });

  it('pins markers and switches to the RD New grid keeping places in place', async () => {
    const { host, map } = await mount();
    const button = document.createElement('button');
    button.textContent = 'Repair';
    map.setMarkers([{ id: 'm', lonLat: [5.12, 52.09], element: button }]);
    await map.whenRendered();
    expect(host.shadowRoot!.contains(button)).to.equal(true);
    const before = map.toPixel([5.12, 52.09])!;
    const mppBefore = map.metresPerPixel();
    await map.setBaseLayer(RD_WMTS);
    expect(map.baseLayer.type).to.equal('wmts');
    await map.whenRendered(3000);
    const after = map.toPixel([5.12, 52.09])!;
    expect(Math.hypot(after[0] - before[0], after[1] - before[1])).to.be.lessThan(2);
    expect(map.metresPerPixel() / mppBefore, 'the ground scale is kept').to.be.closeTo(1, 0.02);
    const error = await rejection(
      map.setBaseLayer({
        type: 'xyz',
        url: 'x/{z}/{x}/{y}.png',
        projection: { code: 'EPSG:99999' },
      }),
    );
    expect(error.message).to.match(/EPSG:99999 is unknown.*proj4 definition/);
    expect(map.baseLayer, 'the previous base map stays').to.equal(RD_WMTS);
    const stayed = map.toPixel([5.12, 52.09])!;
    expect(Math.hypot(stayed[0] - before[0], stayed[1] - before[1])).to.be.lessThan(2);
    map.dispose();
  });

  it('loads tiles only when asked, and the last base map asked for wins', async () => {
    const { host, map } = await mount();
    map.setTheme({ water: '#0000ff', land: '#00ff00' });
    const viewport = host.shadowRoot!.querySelector<HTMLElement>('.ol-viewport')!;
    const mpp = map.metresPerPixel();
    const slow = map.setBaseLayer(RD_WMTS);
    expect(map.baseLayer.type, 'the tile code is still loading').to.equal('boundaries');
    await map.setBaseLayer({ type: 'boundaries' });
    await slow;
    await map.whenRendered(3000);
    expect(map.baseLayer.type).to.equal('boundaries');
    expect(viewport.style.background, 'no tile layer: water around the land').to.contain(
      'rgb(0, 0, 255)',
    );
    expect(host.shadowRoot!.querySelector('.ol-attribution')?.textContent).not.to.contain(
      'RD tiles',
    );
    expect(map.metresPerPixel() / mpp, 'still in Web Mercator at the same scale').to.be.closeTo(
      1,
      0.001,
    );
    // Two tiled base maps in a row: the second is the one in place.
    const first = map.setBaseLayer(RD_WMTS);
    const second = map.setBaseLayer({
      type: 'xyz',
      url: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      attributions: 'Second tiles',
    });
    await Promise.all([first, second]);
    expect(map.baseLayer.type).to.equal('xyz');
    await map.whenRendered(3000);
    expect(viewport.style.background, 'a tile layer: land behind the tiles').to.contain(
      'rgb(0, 255, 0)',
    );
    expect(host.shadowRoot!.querySelector('.ol-attribution')?.textContent).to.contain(
      'Second tiles',
    );
    expect(host.shadowRoot!.querySelector('.ol-attribution')?.textContent).not.to.contain(
      'RD tiles',
    );
  });

  it('wraps a long licence notice beside the scale line instead of under it', async () => {
    const { host, map } = await mount();
    map.setBoundaries(
      [
        {
          code: 'GM0000',
          name: '',
          geometry: { type: 'Polygon', coordinates: [square(5.09, 52.07, 5.15, 52.11)] },
        },
      ],
      {
        attribution:
          'Gemeentegrenzen: CBS / Kadaster, Wijk- en Buurtkaart 2023 (CC-BY 4.0); Belgique/België: Statbel (CC0)',
      },
    );
    await map.whenRendered();
    const root = host.shadowRoot!;
    const notice = root.querySelector('.ol-attribution')!.getBoundingClientRect();
    const scale = root.querySelector('.ol-scale-line')!.getBoundingClientRect();
    expect(notice.height, 'the 400 px map wraps the notice').to.be.greaterThan(20);
    const overlap =
      notice.left < scale.right &&
      scale.left < notice.right &&
      notice.top < scale.bottom &&
      scale.top < notice.bottom;
    expect(overlap, `notice ${JSON.stringify(notice)} scale ${JSON.stringify(scale)}`).to.equal(
      false,
    );
  });

  it('drops a base map that ends loading after dispose; whenRendered resolves then', async () => {
    const { map } = await mount();
    const drawn = map.whenRendered(5000);
    const loading = map.setBaseLayer(RD_WMTS);
    const rendered = map.whenRendered(5000);
    map.dispose();
    const start = performance.now();
    await loading;
    await Promise.all([drawn, rendered]);
    expect(performance.now() - start, 'whenRendered resolves at dispose').to.be.lessThan(1000);
    expect(map.baseLayer.type).to.equal('boundaries');
  });

  it('draws areas and boundaries in the right place after a switch to RD New', async () => {
    const { map } = await mount();
    map.setTheme({ effect: '#ff0000', border: '#000000', land: '#ffffff', water: '#0000ff' });
    map.setBoundaries([
      {
        code: 'GM0000',
        name: '',
        geometry: { type: 'Polygon', coordinates: [square(5.09, 52.07, 5.15, 52.11)] },
      },
    ]);
    map.setFeatures([
      {
        id: 'a',
        role: 'effect',
        geometry: { type: 'Polygon', coordinates: [square(5.1, 52.08, 5.14, 52.1)] },
      },
      { id: 'v', role: 'vertex', geometry: { type: 'Point', coordinates: [5.1, 52.08] } },
    ]);
    await map.setBaseLayer(RD_WMTS);
    await map.whenRendered(3000);
    const canvas = map.toCanvas();
    const at = (lonLat: [number, number]) => {
      const [x, y] = map.toPixel(lonLat)!;
      return pixelAt(canvas, Math.round(x), Math.round(y));
    };
    const inside = at([5.105, 52.09]);
    expect(inside[0]).to.be.greaterThan(inside[1]! + 30, 'the effect fill inside the area');
    const outside = at([5.095, 52.09]);
    expect(outside[0]! - outside[1]!, 'no effect fill just west of the area').to.be.lessThan(10);
    const [bx, by] = map.toPixel([5.09, 52.09])!;
    const greenOnLine = Math.min(
      ...[-1, 0, 1].map((dx) => pixelAt(canvas, Math.round(bx) + dx, Math.round(by))[1]!),
    );
    expect(greenOnLine, 'the dark boundary line over the white land').to.be.lessThan(150);
    expect(at([5.08, 52.09])[1], 'land beside the boundary').to.be.greaterThan(240);
    const handle = at([5.1, 52.08]);
    expect(Math.min(...handle.slice(0, 3)), 'the white vertex handle on the corner').to.be.above(
      240,
    );
  });
});

/** A closed ring around a lon/lat box. */
function square(w: number, s: number, e: number, n: number): [number, number][] {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error('expected the promise to reject, but it resolved');
}
