import type { BaseLayerConfig, ProjectionConfig, TileGridConfig } from './types.js';

/**
 * Ready-made base map configurations for Dutch and Belgian hosts. They are data only:
 * nothing is fetched until a host sets one as the element's `baseLayer`. Tile services
 * change — check the provider's capabilities document before relying on a preset.
 */

/** RD New (EPSG:28992) without its proj4 definition: the area editor adds it from @sirene/geo. */
export const RD_NEW: ProjectionConfig = {
  code: 'EPSG:28992',
  extent: [-285401.92, 22598.08, 595401.92, 903401.92],
};

/**
 * The Dutch tiling standard's grid for RD New (Geonovum, "Nederlandse richtlijn tiling"):
 * origin at the top-left of the RD extent, 3440.64 m/px at level 0, halving per level
 * down to 0.21 m/px at level 14; matrix ids `0`…`14` as PDOK names them.
 */
export const RD_NEW_TILE_GRID: TileGridConfig = {
  origin: [-285401.92, 903401.92],
  resolutions: Array.from({ length: 15 }, (_, z) => 3440.64 / 2 ** z),
  matrixIds: Array.from({ length: 15 }, (_, z) => String(z)),
  extent: [-285401.92, 22598.08, 595401.92, 903401.92],
  tileSize: 256,
};

/** PDOK's BRT-Achtergrondkaart layers. */
export type PdokLayer = 'standaard' | 'grijs' | 'pastel' | 'water';

/**
 * PDOK's BRT-Achtergrondkaart as WMTS in the RD New grid (EPSG:28992): the Dutch
 * government's topographic base map, free to use (CC-BY 4.0, Kadaster).
 */
export function pdokRdNew(layer: PdokLayer = 'grijs'): BaseLayerConfig {
  return {
    type: 'wmts',
    url: `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/{Layer}/{TileMatrixSet}/{TileMatrix}/{TileCol}/{TileRow}.png`,
    layer,
    matrixSet: 'EPSG:28992',
    format: 'image/png',
    style: 'default',
    requestEncoding: 'REST',
    projection: RD_NEW,
    tileGrid: RD_NEW_TILE_GRID,
    attributions: 'Kaartgegevens © Kadaster (PDOK, CC-BY 4.0)',
  };
}

/** The same PDOK base map as XYZ tiles in Web Mercator (EPSG:3857). */
export function pdokWebMercator(layer: PdokLayer = 'grijs'): BaseLayerConfig {
  return {
    type: 'xyz',
    url: `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/${layer}/EPSG:3857/{z}/{x}/{y}.png`,
    maxZoom: 19,
    attributions: 'Kaartgegevens © Kadaster (PDOK, CC-BY 4.0)',
  };
}

/** Belgian Lambert 2008 (EPSG:3812), the projection of NGI-IGN's national grids. */
export const BELGIAN_LAMBERT_2008: ProjectionConfig = {
  code: 'EPSG:3812',
  extent: [450000, 500000, 800000, 800000],
};

/** NGI-IGN CartoWeb layers. */
export type CartoWebLayer = 'topo' | 'overlay' | 'crossborder';

/**
 * NGI-IGN's CartoWeb.be (the Belgian national geographic institute's base map) as XYZ
 * tiles in Web Mercator. Attribution © NGI-IGN.
 */
export function ngiCartoWeb(layer: CartoWebLayer = 'topo'): BaseLayerConfig {
  return {
    type: 'xyz',
    url: `https://cartoweb.wmts.ngi.be/1.0.0/${layer}/default/3857/{z}/{y}/{x}.png`,
    maxZoom: 17,
    attributions: '© NGI-IGN (CartoWeb.be)',
  };
}

/**
 * A WMTS layer in Belgian Lambert 2008 (EPSG:3812) for a host's own service: give the
 * service's resolutions, origin and matrix ids from its capabilities document.
 */
export function belgianLambert2008Wmts(
  options: Omit<Extract<BaseLayerConfig, { type: 'wmts' }>, 'type' | 'projection'>,
): BaseLayerConfig {
  return { type: 'wmts', projection: BELGIAN_LAMBERT_2008, ...options };
}
