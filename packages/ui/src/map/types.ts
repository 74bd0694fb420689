import type { LonLat } from '@sirene/core';

export type { LonLat };

/** `[west, south, east, north]` in degrees (WGS84). */
export type LonLatBBox = [west: number, south: number, east: number, north: number];

/**
 * Geometries the map draws: GeoJSON (RFC 7946, `[lon, lat]`). Circles are drawn as the
 * polygons that approximate them (the element converts them with @sirene/geo).
 */
export type MapGeometry =
  | { type: 'Point'; coordinates: LonLat }
  | { type: 'LineString'; coordinates: LonLat[] }
  | { type: 'Polygon'; coordinates: LonLat[][] }
  | { type: 'MultiPolygon'; coordinates: LonLat[][][] };

/**
 * What a drawn feature is; each role has its own style (see {@link MapTheme}).
 *
 * - `effect`, `source`: the two areas of an alert (the one being edited is `active`); as
 *   a Point with a `label`, the area's name (a source label is drawn below the point).
 * - `sketch`: the shape being drawn; `guide`: a rubber-band line or a buffer's centre line.
 * - `vertex`: a draggable corner of the shape being edited (`selected` when chosen).
 * - `cursor`: the keyboard cursor (a crosshair).
 * - `snap`: where a point would snap to.
 * - `picked`: a municipality that is part of the picked area.
 * - `finding`: the place of a finding (`severity` decides the symbol).
 */
export type MapFeatureRole =
  'effect' | 'source' | 'sketch' | 'guide' | 'vertex' | 'cursor' | 'snap' | 'picked' | 'finding';

/** One feature on the drawing layer. */
export interface MapFeature {
  /** Stable id (used by hit tests). */
  id?: string;
  geometry: MapGeometry;
  role: MapFeatureRole;
  /** Drawn with a hatch pattern and a dashed outline in the invalid colour. */
  invalid?: boolean;
  /** The chosen vertex or shape. */
  selected?: boolean;
  /** The area of the target being edited (others are drawn fainter). */
  active?: boolean;
  /** `error`, `warning` or `info` for `finding` features. */
  severity?: 'error' | 'warning' | 'info';
  /** Text drawn next to the feature. */
  label?: string;
}

/** A municipality (or other area) of the base layer. */
export interface BoundaryFeature {
  code: string;
  name: string;
  geometry: Extract<MapGeometry, { type: 'Polygon' | 'MultiPolygon' }>;
}

/** Colours of the map, usually read from the element's CSS custom properties. */
export interface MapTheme {
  /** Effect area outline and fill. */
  effect: string;
  /** Source area outline and fill. */
  source: string;
  /** Invalid shapes: hatch and dashed outline. */
  invalid: string;
  /** The shape being drawn and the guides. */
  sketch: string;
  /** Vertex handles (their fill; the outline uses `handleOutline`). */
  handle: string;
  handleOutline: string;
  /** Selected vertex, the keyboard cursor, snap points. */
  focus: string;
  /** Picked municipalities. */
  picked: string;
  /** Finding markers by severity. */
  error: string;
  warning: string;
  info: string;
  /** The embedded base map: land, borders, labels and the sea (map background). */
  land: string;
  border: string;
  label: string;
  labelHalo: string;
  water: string;
}

/** The light theme's colours. */
export const DEFAULT_MAP_THEME: MapTheme = {
  effect: '#0b4f9c',
  source: '#a4000f',
  invalid: '#a4000f',
  sketch: '#6a1b9a',
  handle: '#ffffff',
  handleOutline: '#1b1b1b',
  focus: '#0050b3',
  picked: '#0b6e2e',
  error: '#a4000f',
  warning: '#7a4d00',
  info: '#0b4f9c',
  land: '#f4f1ea',
  border: '#8a8a8a',
  label: '#3a3a3a',
  labelHalo: '#ffffff',
  water: '#cfe3f0',
};

/** A projection other than EPSG:3857 / EPSG:4326, for tiled base maps in a national grid. */
export interface ProjectionConfig {
  /** `EPSG:28992` (RD New), `EPSG:31370` (Belgian Lambert 72), `EPSG:3812` (Lambert 2008)… */
  code: string;
  /** proj4 definition; required unless the code is EPSG:3857 or EPSG:4326. */
  proj4?: string;
  /** The projection's validity extent in its own units. */
  extent?: [number, number, number, number];
}

/** A tile grid in the layer's projection (WMTS or XYZ). */
export interface TileGridConfig {
  /** Top-left corner of the grid. */
  origin: [number, number];
  /** Resolutions (map units per pixel), one per zoom level, largest first. */
  resolutions: number[];
  /** WMTS TileMatrix identifiers, one per resolution. */
  matrixIds?: string[];
  /** The grid's extent. */
  extent?: [number, number, number, number];
  /** Tile size in pixels (default 256). */
  tileSize?: number;
}

/**
 * The base map under the areas.
 *
 * - `boundaries` (default): the municipalities the element hands over with
 *   `setBoundaries`, drawn as a vector layer on a plain background — needs no network.
 * - `xyz`: a tile URL template (`{z}/{x}/{y}`), in EPSG:3857 unless `projection` and
 *   `tileGrid` say otherwise.
 * - `wmts`: a WMTS layer with its tile grid (e.g. PDOK's RD New grid, EPSG:28992).
 * - `none`: only the background colour.
 *
 * The boundaries stay drawn over tiles (without fill) so municipal borders remain visible.
 */
export type BaseLayerConfig =
  | { type: 'boundaries' }
  | { type: 'none' }
  | {
      type: 'xyz';
      url: string;
      attributions?: string;
      minZoom?: number;
      maxZoom?: number;
      projection?: ProjectionConfig;
      tileGrid?: TileGridConfig;
    }
  | {
      type: 'wmts';
      /** The service URL; for REST requests a template with `{TileMatrix}`, `{TileCol}`, `{TileRow}`. */
      url: string;
      layer: string;
      matrixSet: string;
      format?: string;
      style?: string;
      requestEncoding?: 'REST' | 'KVP';
      projection: ProjectionConfig;
      tileGrid: TileGridConfig;
      attributions?: string;
    };

/** A view: centre and zoom level (Web Mercator zoom levels unless the base map is projected). */
export interface MapViewState {
  center: LonLat;
  zoom: number;
}

/** What the map reports about pointer input, in map coordinates. */
export interface MapPointerEvent {
  type: 'down' | 'drag' | 'up' | 'move' | 'click' | 'dblclick';
  lonLat: LonLat;
  pixel: [number, number];
  /** Metres on the ground per screen pixel at the pointer. */
  metresPerPixel: number;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Answers a pointer event. Return `true` from a `down` event to capture the drag (the
 * map then does not pan, and `drag`/`up` events follow); from a `click` or `dblclick`
 * event to keep the map from handling it (no double-click zoom).
 */
export type MapPointerListener = (event: MapPointerEvent) => boolean;

/** An HTML element pinned to a place on the map (a finding with its repair button). */
export interface MapMarker {
  id: string;
  lonLat: LonLat;
  element: HTMLElement;
}
