import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Overlay from 'ol/Overlay.js';
import type MapBrowserEvent from 'ol/MapBrowserEvent.js';

type AnyMapEvent = MapBrowserEvent<PointerEvent | KeyboardEvent | WheelEvent>;
import VectorLayer from 'ol/layer/Vector.js';
import type TileLayer from 'ol/layer/Tile.js';
import VectorSource from 'ol/source/Vector.js';
import Point from 'ol/geom/Point.js';
import LineString from 'ol/geom/LineString.js';
import Polygon from 'ol/geom/Polygon.js';
import MultiPolygon from 'ol/geom/MultiPolygon.js';
import PointerInteraction from 'ol/interaction/Pointer.js';
import { defaults as defaultInteractions } from 'ol/interaction/defaults.js';
import Attribution from 'ol/control/Attribution.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import Zoom from 'ol/control/Zoom.js';
import { Circle as CircleStyle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style.js';
import type { FeatureLike } from 'ol/Feature.js';
import {
  get as getProjection,
  getPointResolution,
  transform,
  transformExtent,
  type ProjectionLike,
} from 'ol/proj.js';
import {
  DEFAULT_MAP_THEME,
  type BaseLayerConfig,
  type BoundaryFeature,
  type LonLat,
  type LonLatBBox,
  type MapFeature,
  type MapGeometry,
  type MapMarker,
  type MapPointerEvent,
  type MapPointerListener,
  type MapTheme,
  type MapViewState,
} from './types.js';
import type * as TileLayers from './tile-layers.js';
import { wrapLabel } from './label.js';

/** Options of {@link SireneMapController}. */
export interface MapControllerOptions {
  /** The element the map fills. It needs a size (CSS height). */
  target: HTMLElement;
  /** The first view (default: the Netherlands and Belgium). */
  view?: MapViewState;
  theme?: Partial<MapTheme>;
  /** Device pixel ratio of the canvas (default the screen's); 1 for reproducible images. */
  pixelRatio?: number;
  /** Localized tooltips of the map's own controls. */
  labels?: Partial<MapControlLabels>;
  /**
   * Arrow keys pan and `+`/`-` zoom while `target` has focus (OpenLayers' keyboard
   * interactions, listening on `target` only, so keys in the element's other controls never
   * move the map). The element makes `target` focusable (`tabindex="0"`) and says so in its
   * accessible description. Off by default: the area editor handles the keys itself.
   */
  keyboard?: boolean;
}

/** Tooltips and accessible names of the map's own buttons. */
export interface MapControlLabels {
  zoomIn: string;
  zoomOut: string;
  attributions: string;
}

const WGS84 = 'EPSG:4326';
const WEB_MERCATOR = 'EPSG:3857';
/** The Netherlands and Belgium. */
const HOME: MapViewState = { center: [4.9, 51.6], zoom: 7 };

/** Draw order of the roles (higher on top). */
const ROLE_Z: Record<MapFeature['role'], number> = {
  picked: 1,
  source: 2,
  effect: 3,
  sketch: 4,
  guide: 5,
  finding: 6,
  vertex: 7,
  snap: 8,
  cursor: 9,
};

/** A colour with an alpha, from any CSS colour (normalized through a canvas). */
function withAlpha(color: string, alpha: number): string {
  const ctx = scratchContext();
  ctx.fillStyle = '#000000';
  ctx.fillStyle = color;
  const normalized = ctx.fillStyle;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normalized);
  if (hex) {
    const [r, g, b] = [hex[1], hex[2], hex[3]].map((h) => parseInt(h ?? '0', 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgba = /^rgba?\(([^)]+)\)$/.exec(normalized);
  if (rgba) {
    const [r, g, b] = (rgba[1] ?? '').split(',').map((s) => s.trim());
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  return normalized;
}

let scratch: CanvasRenderingContext2D | undefined;
function scratchContext(): CanvasRenderingContext2D {
  scratch ??= document.createElement('canvas').getContext('2d') ?? undefined;
  if (!scratch) throw new Error('No 2D canvas available');
  return scratch;
}

/**
 * The code for tiled base maps (tile sources and grids, reprojection, proj4), loaded the
 * first time a host sets an XYZ or WMTS base map: the default embedded boundaries need none
 * of it, so a page that keeps them never downloads it.
 */
async function loadTileLayers(): Promise<typeof TileLayers> {
  try {
    return await import('./tile-layers.js');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(
      `The code for tiled base maps could not be loaded (${reason}): check the network connection and that the page serves all of Sirene's script files, then set the base map again.`,
      { cause },
    );
  }
}

/** An OpenLayers geometry of a GeoJSON one, still in `[lon, lat]`. */
function olGeometry(geometry: MapGeometry): Point | LineString | Polygon | MultiPolygon {
  switch (geometry.type) {
    case 'Point':
      return new Point(geometry.coordinates);
    case 'LineString':
      return new LineString(geometry.coordinates);
    case 'Polygon':
      return new Polygon(geometry.coordinates);
    case 'MultiPolygon':
      return new MultiPolygon(geometry.coordinates);
  }
}

/** A diagonal hatch: invalid areas are marked by a pattern, not by colour alone. */
function hatch(color: string): CanvasPattern | string {
  const canvas = document.createElement('canvas');
  canvas.width = 10;
  canvas.height = 10;
  const ctx = canvas.getContext('2d');
  if (!ctx) return withAlpha(color, 0.25);
  ctx.fillStyle = withAlpha(color, 0.12);
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = withAlpha(color, 0.8);
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(-1, 11);
  ctx.lineTo(11, -1);
  ctx.moveTo(-1, 1);
  ctx.lineTo(1, -1);
  ctx.moveTo(9, 11);
  ctx.lineTo(11, 9);
  ctx.stroke();
  return ctx.createPattern(canvas, 'repeat') ?? withAlpha(color, 0.25);
}

/**
 * The OpenLayers map behind Sirene's elements — the only code that imports `ol`. Elements
 * talk to it in GeoJSON and `[lon, lat]`; it draws a base map (the embedded boundaries,
 * or XYZ/WMTS tiles in Web Mercator or a national grid such as RD New — the tile code
 * and proj4 load on demand, see {@link SireneMapController.setBaseLayer}), the areas and
 * the drawing aids, reports pointer input in map coordinates, and exports what it shows
 * as a canvas. Create it after the target is in the DOM (Lit: `firstUpdated`).
 */
export class SireneMapController {
  readonly #target: HTMLElement;
  readonly #map: OlMap;
  readonly #boundarySource = new VectorSource();
  readonly #boundaryLayer: VectorLayer<VectorSource>;
  readonly #drawSource = new VectorSource();
  readonly #drawLayer: VectorLayer<VectorSource>;
  #tileLayer: TileLayer | undefined;
  #baseConfig: BaseLayerConfig = { type: 'boundaries' };
  /** Counts setBaseLayer calls: a tiled base map that ends loading applies only if still the last. */
  #baseRequest = 0;
  /** The tiled base map being loaded, if any (whenRendered waits for it). */
  #baseLoad: Promise<void> | undefined;
  /** Pending whenRendered promises, resolved on dispose. */
  readonly #renderWaiters = new Set<() => void>();
  #theme: MapTheme;
  #hatch: CanvasPattern | string;
  #boundaries: readonly BoundaryFeature[] = [];
  #boundaryLabels = true;
  #features: readonly MapFeature[] = [];
  readonly #markers = new Map<string, Overlay>();
  readonly #pointerListeners = new Set<MapPointerListener>();
  readonly #viewListeners = new Set<() => void>();
  readonly #styleCache = new Map<string, Style | Style[]>();
  #disposed = false;

  constructor(options: MapControllerOptions) {
    this.#target = options.target;
    this.#theme = { ...DEFAULT_MAP_THEME, ...options.theme };
    this.#hatch = hatch(this.#theme.invalid);
    this.#boundaryLayer = new VectorLayer({
      source: this.#boundarySource,
      declutter: true,
      style: (feature, resolution) => this.#boundaryStyle(feature, resolution),
      properties: { name: 'boundaries' },
    });
    this.#drawLayer = new VectorLayer({
      source: this.#drawSource,
      style: (feature) => this.#featureStyle(feature),
      updateWhileInteracting: true,
      updateWhileAnimating: true,
      properties: { name: 'drawing' },
    });
    const labels: MapControlLabels = {
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      attributions: 'Attributions',
      ...options.labels,
    };
    const view = options.view ?? HOME;
    this.#map = new OlMap({
      target: this.#target,
      layers: [this.#boundaryLayer, this.#drawLayer],
      view: new View({ center: transform(view.center, WGS84, WEB_MERCATOR), zoom: view.zoom }),
      controls: [
        new Zoom({ zoomInTipLabel: labels.zoomIn, zoomOutTipLabel: labels.zoomOut }),
        new Attribution({ collapsible: false, tipLabel: labels.attributions }),
        new ScaleLine(),
      ],
      // Without `keyboard` the element handles the keys itself (cursor, vertices) and the map
      // must not pan. With it, keys are read on the map's own element: OpenLayers would
      // otherwise listen on the shadow host, where arrows in a <select> look like the map's.
      interactions: defaultInteractions({
        keyboard: options.keyboard === true,
        doubleClickZoom: true,
      }),
      ...(options.keyboard ? { keyboardEventTarget: this.#target } : {}),
      ...(options.pixelRatio !== undefined ? { pixelRatio: options.pixelRatio } : {}),
    });
    this.#map.addInteraction(new SirenePointer((type, event) => this.#emit(type, event)));
    this.#map.getView().on('change', () => this.#notifyView());
    this.#map.on('moveend', () => this.#notifyView());
    this.#applyBackground();
  }

  // -------------------------------------------------------------------------------------
  // Layers

  /**
   * Sets the base map (see {@link BaseLayerConfig}), keeping the view's centre and ground
   * scale (places stay where they are on screen). `boundaries` and `none` take effect at
   * once. A tiled base map (`xyz`, `wmts`) first loads the tile code — and proj4 for a
   * national grid — with `import()`, so a page that keeps the default base map never
   * downloads it; the previous base map stays until the new one is in place.
   *
   * The promise resolves when the base map and the view's projection are in place (an
   * {@link whenRendered} after it then waits for the tiles). It rejects, leaving the
   * previous base map in place, when the configuration cannot be used — a projection
   * OpenLayers does not know without a proj4 definition, a proj4 definition that cannot
   * be read — or when the tile code cannot be loaded; the error says what to do.
   *
   * The last call wins: a call made while a tiled base map is still loading supersedes it,
   * and the earlier promise then resolves without changing the map. A load that ends
   * after {@link dispose} is dropped the same way.
   */
  setBaseLayer(config: BaseLayerConfig): Promise<void> {
    const request = ++this.#baseRequest;
    if (config.type !== 'xyz' && config.type !== 'wmts') {
      this.#baseLoad = undefined;
      if (!this.#disposed) this.#applyBase(config, undefined, WEB_MERCATOR);
      return Promise.resolve();
    }
    const tiled: TileLayers.TileBaseLayerConfig = config;
    const current = () => request === this.#baseRequest && !this.#disposed;
    const load = loadTileLayers().then(
      (tiles) => {
        if (!current()) return;
        const { layer, projection } = tiles.createTileBase(tiled);
        this.#applyBase(tiled, layer, projection);
      },
      (error: unknown) => {
        if (current()) throw error;
      },
    );
    this.#baseLoad = load;
    const settled = () => {
      if (this.#baseLoad === load) this.#baseLoad = undefined;
    };
    load.then(settled, settled);
    return load;
  }

  /** The base map in place (a tiled one still loading is not in place yet). */
  get baseLayer(): BaseLayerConfig {
    return this.#baseConfig;
  }

  /**
   * The municipalities (or other areas) drawn as the embedded base map, and over tiles as
   * borders. `labels`: draw names when zoomed in (default true); `attribution`: the
   * data's licence notice, shown in the map's attribution control.
   */
  setBoundaries(
    features: readonly BoundaryFeature[],
    options: { labels?: boolean; attribution?: string } = {},
  ): void {
    this.#boundaries = features;
    this.#boundaryLabels = options.labels ?? true;
    this.#boundarySource.setAttributions(options.attribution ?? undefined);
    this.#renderBoundaries();
  }

  /** Replaces the drawn features (areas, sketch, handles, cursor…). */
  setFeatures(features: readonly MapFeature[]): void {
    this.#features = features;
    this.#renderFeatures();
  }

  /** Pins HTML elements (finding markers) to places; markers not listed are removed. */
  setMarkers(markers: readonly MapMarker[]): void {
    const keep = new Set(markers.map((m) => m.id));
    for (const [id, overlay] of this.#markers) {
      if (!keep.has(id)) {
        this.#map.removeOverlay(overlay);
        this.#markers.delete(id);
      }
    }
    for (const marker of markers) {
      const position = this.#fromLonLat(marker.lonLat);
      let overlay = this.#markers.get(marker.id);
      if (!overlay || overlay.getElement() !== marker.element) {
        if (overlay) this.#map.removeOverlay(overlay);
        overlay = new Overlay({
          element: marker.element,
          positioning: 'bottom-center',
          offset: [0, -12],
          stopEvent: true,
          className: 'sirene-map-marker',
        });
        this.#map.addOverlay(overlay);
        this.#markers.set(marker.id, overlay);
      }
      overlay.setPosition(position);
    }
  }

  /** Changes colours (e.g. after a theme switch); unspecified colours stay. */
  setTheme(theme: Partial<MapTheme>): void {
    this.#theme = { ...this.#theme, ...theme };
    this.#hatch = hatch(this.#theme.invalid);
    this.#styleCache.clear();
    this.#boundaryLayer.changed();
    this.#drawLayer.changed();
    this.#applyBackground();
  }

  /** The CSS cursor over the map (`crosshair` while drawing). */
  setCursor(cursor: string): void {
    this.#viewport.style.cursor = cursor;
  }

  // -------------------------------------------------------------------------------------
  // View

  /** The current centre (`[lon, lat]`) and zoom level. */
  getView(): MapViewState {
    const view = this.#map.getView();
    const center = view.getCenter() ?? [0, 0];
    return { center: this.#toLonLat(center), zoom: view.getZoom() ?? 0 };
  }

  setView(state: MapViewState): void {
    const view = this.#map.getView();
    view.setCenter(this.#fromLonLat(state.center));
    view.setZoom(state.zoom);
  }

  /** Fits the view to a box, with `padding` pixels around it (default 40). */
  fit(bbox: LonLatBBox, options: { padding?: number; maxZoom?: number } = {}): void {
    const size = this.#map.getSize();
    if (!size || size[0] === 0) return;
    const extent = transformExtent(bbox, WGS84, this.#map.getView().getProjection());
    const p = options.padding ?? 40;
    this.#map.getView().fit(extent, {
      padding: [p, p, p, p],
      maxZoom: options.maxZoom ?? 16,
    });
  }

  /** Zooms in (positive) or out by whole levels, around the centre. */
  zoomBy(delta: number): void {
    const view = this.#map.getView();
    view.setZoom((view.getZoom() ?? 0) + delta);
  }

  /** Centres the map on a place. */
  centerOn(lonLat: LonLat): void {
    this.#map.getView().setCenter(this.#fromLonLat(lonLat));
  }

  /** Pans just enough to keep a place `margin` pixels inside the map. */
  ensureVisible(lonLat: LonLat, margin = 40): void {
    const pixel = this.toPixel(lonLat);
    const size = this.#map.getSize();
    if (!pixel || !size) return;
    const [w, h] = size as [number, number];
    const dx =
      pixel[0] < margin ? pixel[0] - margin : pixel[0] > w - margin ? pixel[0] - (w - margin) : 0;
    const dy =
      pixel[1] < margin ? pixel[1] - margin : pixel[1] > h - margin ? pixel[1] - (h - margin) : 0;
    if (dx === 0 && dy === 0) return;
    const view = this.#map.getView();
    const res = view.getResolution() ?? 1;
    const [cx, cy] = (view.getCenter() ?? [0, 0]) as [number, number];
    view.setCenter([cx + dx * res, cy - dy * res]);
  }

  /** The pixel of a place in the map's viewport, or null before the first render. */
  toPixel(lonLat: LonLat): [number, number] | null {
    const pixel = this.#map.getPixelFromCoordinate(this.#fromLonLat(lonLat));
    return pixel ? [pixel[0] ?? 0, pixel[1] ?? 0] : null;
  }

  /** The place under a viewport pixel. */
  toLonLat(pixel: [number, number]): LonLat {
    return this.#toLonLat(this.#map.getCoordinateFromPixel(pixel));
  }

  /** Ground metres per screen pixel at a place (the view's centre by default). */
  metresPerPixel(at?: LonLat): number {
    const view = this.#map.getView();
    const projection = view.getProjection();
    const point = at ? this.#fromLonLat(at) : (view.getCenter() ?? [0, 0]);
    return getPointResolution(projection, view.getResolution() ?? 1, point, 'm');
  }

  /** Listens to view changes (pan, zoom); returns a function that stops listening. */
  onViewChange(listener: () => void): () => void {
    this.#viewListeners.add(listener);
    return () => this.#viewListeners.delete(listener);
  }

  /** Listens to pointer input; returns a function that stops listening. */
  onPointer(listener: MapPointerListener): () => void {
    this.#pointerListeners.add(listener);
    return () => this.#pointerListeners.delete(listener);
  }

  // -------------------------------------------------------------------------------------
  // Rendering

  /** Re-measures the target (call after it was resized while hidden). */
  updateSize(): void {
    this.#map.updateSize();
  }

  /**
   * Resolves once the map has rendered everything it has (tiles loaded, features drawn):
   * OpenLayers' `rendercomplete`, or after `timeoutMs` at the latest. A tiled base map
   * still loading (see {@link setBaseLayer}) is waited for first, whether it ends in place
   * or fails. Resolves at once after {@link dispose}.
   */
  whenRendered(timeoutMs = 10000): Promise<void> {
    return new Promise((resolve) => {
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.#renderWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.#renderWaiters.add(done);
      const render = () => {
        if (settled) return;
        if (this.#disposed) {
          done();
          return;
        }
        // A newer base map may have been asked for while the previous one loaded.
        const pending = this.#baseLoad;
        if (pending) {
          pending.then(render, render);
          return;
        }
        this.#map.once('rendercomplete', done);
        this.#map.render();
      };
      render();
    });
  }

  /**
   * What the map shows, as one canvas (every layer composed, controls and markers left
   * out) — for image comparison and export. Call after {@link whenRendered}.
   */
  toCanvas(): HTMLCanvasElement {
    const size = this.#map.getSize() ?? [0, 0];
    const ratio = this.#map.getPixelRatio();
    const out = document.createElement('canvas');
    out.width = Math.round((size[0] ?? 0) * ratio);
    out.height = Math.round((size[1] ?? 0) * ratio);
    const ctx = out.getContext('2d');
    if (!ctx) return out;
    const background = getComputedStyle(this.#viewport).backgroundColor;
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, out.width, out.height);
    }
    const canvases = this.#viewport.querySelectorAll<HTMLCanvasElement>(
      '.ol-layer canvas, canvas.ol-layer',
    );
    for (const canvas of canvases) {
      if (canvas.width === 0) continue;
      const parent = canvas.parentElement;
      const opacity = canvas.style.opacity || parent?.style.opacity || '1';
      ctx.globalAlpha = Number(opacity);
      const match = /^matrix\(([^)]*)\)$/.exec(canvas.style.transform);
      const m = match?.[1]?.split(',').map(Number);
      if (m && m.length === 6) {
        ctx.setTransform(m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0);
      } else {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
      }
      ctx.drawImage(canvas, 0, 0);
    }
    ctx.globalAlpha = 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    return out;
  }

  /** Detaches the map and its listeners. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const done of [...this.#renderWaiters]) done();
    this.#pointerListeners.clear();
    this.#viewListeners.clear();
    this.#map.setTarget(undefined);
    this.#map.dispose();
  }

  // -------------------------------------------------------------------------------------
  // Internals

  /** The map's viewport element (created with the map, inside the target). */
  get #viewport(): HTMLElement {
    return this.#map.getViewport() ?? this.#target;
  }

  #emit(type: MapPointerEvent['type'], event: AnyMapEvent): boolean {
    if (this.#pointerListeners.size === 0) return false;
    const lonLat = this.#toLonLat(event.coordinate);
    const original = event.originalEvent as Partial<MouseEvent>;
    const e: MapPointerEvent = {
      type,
      lonLat,
      pixel: [event.pixel[0] ?? 0, event.pixel[1] ?? 0],
      metresPerPixel: this.metresPerPixel(lonLat),
      shiftKey: original.shiftKey ?? false,
      altKey: original.altKey ?? false,
    };
    let captured = false;
    for (const listener of this.#pointerListeners) captured = listener(e) || captured;
    return captured;
  }

  #notifyView(): void {
    for (const listener of this.#viewListeners) listener();
  }

  #fromLonLat(lonLat: LonLat): number[] {
    return transform([lonLat[0], lonLat[1]], WGS84, this.#map.getView().getProjection());
  }

  #toLonLat(coordinate: number[]): LonLat {
    const [lon, lat] = transform(coordinate, this.#map.getView().getProjection(), WGS84);
    return [lon ?? NaN, lat ?? NaN];
  }

  /** Puts a base map in place: the tile layer (none for `boundaries`/`none`) and its projection. */
  #applyBase(config: BaseLayerConfig, layer: TileLayer | undefined, projection: ProjectionLike) {
    this.#baseConfig = config;
    if (this.#tileLayer) {
      this.#map.removeLayer(this.#tileLayer);
      this.#tileLayer = undefined;
    }
    this.#setViewProjection(projection, config);
    if (layer) {
      this.#tileLayer = layer;
      this.#map.getLayers().insertAt(0, layer);
    }
    this.#styleCache.clear();
    this.#boundaryLayer.changed();
    this.#applyBackground();
  }

  #setViewProjection(projection: ProjectionLike, config: BaseLayerConfig): void {
    const old = this.#map.getView();
    const target = getProjection(projection);
    if (!target) return;
    const grid =
      config.type === 'wmts'
        ? config.tileGrid
        : config.type === 'xyz'
          ? config.tileGrid
          : undefined;
    if (old.getProjection() === target && !grid) return;
    const center = this.#toLonLat(old.getCenter() ?? [0, 0]);
    const mpp = this.metresPerPixel();
    const view = new View({
      projection: target,
      center: transform(center, WGS84, target),
      ...(grid ? { resolutions: grid.resolutions, constrainResolution: false } : {}),
    });
    // Keep the ground scale: find the resolution that gives the same metres per pixel.
    const scale = getPointResolution(target, 1, transform(center, WGS84, target), 'm');
    view.setResolution(mpp / (scale || 1));
    view.on('change', () => this.#notifyView());
    this.#map.setView(view);
    this.#renderBoundaries();
    this.#renderFeatures();
    for (const overlay of this.#markers.values()) {
      const pos = overlay.getPosition();
      if (pos) overlay.setPosition(transform(pos, old.getProjection(), target));
    }
  }

  #applyBackground(): void {
    const viewport = this.#viewport;
    viewport.style.background = this.#tileLayer ? this.#theme.land : this.#theme.water;
  }

  #renderBoundaries(): void {
    this.#boundarySource.clear(true);
    const projection = this.#map.getView().getProjection();
    const features = this.#boundaries.map((b) => {
      const geometry = olGeometry(b.geometry).transform(WGS84, projection);
      const feature = new Feature({ geometry, code: b.code, name: b.name });
      feature.setId(b.code);
      return feature;
    });
    this.#boundarySource.addFeatures(features);
  }

  #renderFeatures(): void {
    this.#drawSource.clear(true);
    const projection = this.#map.getView().getProjection();
    const features = this.#features.map((f, i) => {
      const geometry = olGeometry(f.geometry).transform(WGS84, projection);
      const feature = new Feature({ geometry, sirene: f });
      feature.setId(f.id ?? `f${i}`);
      return feature;
    });
    this.#drawSource.addFeatures(features);
  }

  #boundaryStyle(feature: FeatureLike, resolution: number): Style {
    const tiles = this.#tileLayer !== undefined;
    const name = this.#boundaryLabels ? String(feature.get('name') ?? '') : '';
    const mpp = getPointResolution(
      this.#map.getView().getProjection(),
      resolution,
      this.#map.getView().getCenter() ?? [0, 0],
      'm',
    );
    const showLabel = name !== '' && mpp < 60;
    const key = `b|${tiles}|${showLabel ? name : ''}`;
    const cached = this.#styleCache.get(key);
    if (cached && !Array.isArray(cached)) return cached;
    const t = this.#theme;
    const style = new Style({
      ...(tiles ? {} : { fill: new Fill({ color: t.land }) }),
      stroke: new Stroke({ color: tiles ? withAlpha(t.border, 0.8) : t.border, width: 1 }),
      ...(showLabel
        ? {
            text: new Text({
              text: name,
              font: '600 12px system-ui, sans-serif',
              fill: new Fill({ color: t.label }),
              stroke: new Stroke({ color: t.labelHalo, width: 3 }),
              overflow: false,
            }),
          }
        : {}),
    });
    this.#styleCache.set(key, style);
    return style;
  }

  #featureStyle(olFeature: FeatureLike): Style | Style[] {
    const f = olFeature.get('sirene') as MapFeature | undefined;
    if (!f) return [];
    const key = [
      f.role,
      f.geometry.type,
      f.invalid,
      f.selected,
      f.active,
      f.severity,
      f.label,
    ].join('|');
    const cached = this.#styleCache.get(key);
    if (cached) return cached;
    const style = this.#makeStyle(f);
    this.#styleCache.set(key, style);
    return style;
  }

  #makeStyle(f: MapFeature): Style | Style[] {
    const t = this.#theme;
    const z = ROLE_Z[f.role];
    const text = (color: string) =>
      f.label
        ? new Text({
            text: wrapLabel(f.label),
            font: '700 13px system-ui, sans-serif',
            fill: new Fill({ color }),
            stroke: new Stroke({ color: t.labelHalo, width: 4 }),
            overflow: true,
          })
        : undefined;
    switch (f.role) {
      case 'effect':
      case 'source': {
        const color = f.role === 'effect' ? t.effect : t.source;
        if (f.geometry.type === 'Point') {
          // A label of the area, placed by the element (source labels below effect ones).
          return new Style({ zIndex: ROLE_Z.finding, text: text(f.invalid ? t.invalid : color) });
        }
        if (f.invalid) {
          return new Style({
            zIndex: z,
            fill: new Fill({ color: this.#hatch }),
            stroke: new Stroke({ color: t.invalid, width: 3, lineDash: [10, 6] }),
            ...(f.label ? { text: text(t.invalid) } : {}),
          });
        }
        return new Style({
          zIndex: z,
          fill: new Fill({ color: withAlpha(color, f.active === false ? 0.08 : 0.2) }),
          stroke: new Stroke({
            color,
            width: f.selected ? 4 : f.active === false ? 2 : 3,
            // Source areas are dotted, effect areas solid: not told apart by colour alone.
            ...(f.role === 'source' ? { lineDash: [2, 5] } : {}),
          }),
          ...(f.label ? { text: text(color) } : {}),
        });
      }
      case 'picked':
        return new Style({
          zIndex: z,
          fill: new Fill({ color: withAlpha(t.picked, 0.12) }),
          stroke: new Stroke({ color: t.picked, width: 2 }),
        });
      case 'sketch':
        return new Style({
          zIndex: z,
          fill: new Fill({ color: f.invalid ? this.#hatch : withAlpha(t.sketch, 0.12) }),
          stroke: new Stroke({
            color: f.invalid ? t.invalid : t.sketch,
            width: 2.5,
            lineDash: [8, 5],
          }),
          ...(f.label ? { text: text(t.sketch) } : {}),
        });
      case 'guide':
        return new Style({
          zIndex: z,
          stroke: new Stroke({ color: t.sketch, width: 2, lineDash: [4, 4] }),
        });
      case 'vertex':
        return new Style({
          zIndex: z + (f.selected ? 0.5 : 0),
          image: new CircleStyle({
            radius: f.selected ? 8 : 5.5,
            fill: new Fill({ color: f.selected ? t.focus : t.handle }),
            stroke: new Stroke({ color: f.selected ? t.handle : t.handleOutline, width: 2 }),
          }),
        });
      case 'snap':
        return new Style({
          zIndex: z,
          image: new RegularShape({
            points: 4,
            radius: 9,
            angle: Math.PI / 4,
            stroke: new Stroke({ color: t.focus, width: 2.5 }),
          }),
        });
      case 'cursor':
        return [
          new Style({
            zIndex: z,
            image: new RegularShape({
              points: 4,
              radius: 14,
              radius2: 0,
              stroke: new Stroke({ color: t.labelHalo, width: 5 }),
            }),
          }),
          new Style({
            zIndex: z + 0.1,
            image: new RegularShape({
              points: 4,
              radius: 14,
              radius2: 0,
              stroke: new Stroke({ color: t.focus, width: 2 }),
            }),
          }),
        ];
      case 'finding': {
        const color =
          f.severity === 'error' ? t.error : f.severity === 'warning' ? t.warning : t.info;
        return new Style({
          zIndex: z,
          image: new CircleStyle({
            radius: 9,
            fill: new Fill({ color: withAlpha(t.labelHalo, 0.6) }),
            stroke: new Stroke({ color, width: 3 }),
          }),
        });
      }
    }
  }
}

type EmitFn = (type: MapPointerEvent['type'], event: AnyMapEvent) => boolean;

/** Reports pointer input to the controller; captures drags when a listener asks. */
class SirenePointer extends PointerInteraction {
  readonly #emit: EmitFn;
  #dragging = false;

  constructor(emit: EmitFn) {
    super();
    this.#emit = emit;
  }

  override handleEvent(event: AnyMapEvent): boolean {
    if (event.type === 'pointermove' && !this.#dragging) this.#emit('move', event);
    if (event.type === 'click' && this.#emit('click', event)) return false;
    if (event.type === 'dblclick' && this.#emit('dblclick', event)) {
      event.preventDefault();
      return false;
    }
    return super.handleEvent(event);
  }

  protected override handleDownEvent(event: AnyMapEvent): boolean {
    const original = event.originalEvent;
    if (original instanceof MouseEvent && original.button !== 0) return false;
    this.#dragging = this.#emit('down', event);
    return this.#dragging;
  }

  protected override handleDragEvent(event: AnyMapEvent): void {
    this.#emit('drag', event);
  }

  protected override handleUpEvent(event: AnyMapEvent): boolean {
    this.#dragging = false;
    this.#emit('up', event);
    return false;
  }
}
