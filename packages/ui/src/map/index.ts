/** The OpenLayers map controller and its typed API (GeoJSON and `[lon, lat]` only). */
export {
  SireneMapController,
  type MapControllerOptions,
  type MapControlLabels,
} from './map-controller.js';
export {
  DEFAULT_MAP_THEME,
  type BaseLayerConfig,
  type BoundaryFeature,
  type LonLatBBox,
  type MapFeature,
  type MapFeatureRole,
  type MapGeometry,
  type MapMarker,
  type MapPointerEvent,
  type MapPointerListener,
  type MapTheme,
  type MapViewState,
  type ProjectionConfig,
  type TileGridConfig,
} from './types.js';
export {
  BELGIAN_LAMBERT_2008,
  RD_NEW,
  RD_NEW_TILE_GRID,
  belgianLambert2008Wmts,
  ngiCartoWeb,
  pdokRdNew,
  pdokWebMercator,
  type CartoWebLayer,
  type PdokLayer,
} from './base-layers.js';
export { olStyles, OL_CSS_TEXT } from './ol-styles.js';
