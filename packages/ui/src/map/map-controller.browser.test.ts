import { expect } from '@esm-bundle/chai';
import { LitElement, html } from 'lit';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { SireneMapController } from './map-controller.js';
import { olStyles } from './ol-styles.js';
import { RD_NEW, RD_NEW_TILE_GRID } from './base-layers.js';
import type { MapPointerEvent } from './types.js';
import { base, tokens } from '../tokens.js';
import { expectAccessible } from '../../../../test/browser/helpers/a11y.js';

/** RD New's proj4 definition (normally filled in by the area editor from @sirene/geo). */
const RD_PROJ4 =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

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
    map.setBaseLayer({
      type: 'wmts',
      url: 'http://127.0.0.1:9/{TileMatrix}/{TileCol}/{TileRow}.png',
      layer: 'none',
      matrixSet: 'EPSG:28992',
      projection: { ...RD_NEW, proj4: RD_PROJ4 },
      tileGrid: RD_NEW_TILE_GRID,
    });
    await map.whenRendered(3000);
    const after = map.toPixel([5.12, 52.09])!;
    expect(Math.hypot(after[0] - before[0], after[1] - before[1])).to.be.lessThan(2);
    expect(map.metresPerPixel() / mppBefore, 'the ground scale is kept').to.be.closeTo(1, 0.02);
    expect(() =>
      map.setBaseLayer({
        type: 'xyz',
        url: 'x/{z}/{x}/{y}.png',
        projection: { code: 'EPSG:99999' },
      }),
    ).to.throw(/proj4 definition/);
    map.dispose();
  });
});
