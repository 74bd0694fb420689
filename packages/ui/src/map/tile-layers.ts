import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import WMTS from 'ol/source/WMTS.js';
import TileGrid from 'ol/tilegrid/TileGrid.js';
import WMTSTileGrid from 'ol/tilegrid/WMTS.js';
import type Projection from 'ol/proj/Projection.js';
import { get as getProjection } from 'ol/proj.js';
import { register as registerProj4 } from 'ol/proj/proj4.js';
import proj4 from 'proj4';
import type { BaseLayerConfig, ProjectionConfig, TileGridConfig } from './types.js';

/**
 * Tiled base maps (XYZ, WMTS) and the projections they come in: loaded by the map
 * controller with `import()` only when a host sets such a base map, so a page with the
 * default embedded boundaries never loads OpenLayers' tile and reprojection code or proj4.
 */

/** A tiled base map. */
export type TileBaseLayerConfig = Extract<BaseLayerConfig, { type: 'xyz' | 'wmts' }>;

const WEB_MERCATOR = 'EPSG:3857';

/** A base layer made ready for the map: the tile layer and the projection the view needs. */
export interface TileBase {
  layer: TileLayer;
  projection: Projection;
}

/**
 * Makes the tile layer of `config` and its projection, registering the projection's
 * proj4 definition with OpenLayers when it does not know the code yet. Throws, with what
 * to do, when the projection is unknown and has no proj4 definition.
 */
export function createTileBase(config: TileBaseLayerConfig): TileBase {
  const projection = resolveProjection(config.projection);
  const source = config.type === 'xyz' ? xyzSource(config) : wmtsSource(config, projection);
  return { layer: new TileLayer({ source, properties: { name: 'base' } }), projection };
}

function resolveProjection(config: ProjectionConfig | undefined): Projection {
  const code = config?.code ?? WEB_MERCATOR;
  if (config && !getProjection(code)) {
    if (!config.proj4) {
      throw new Error(
        `Projection ${code} is unknown: give its proj4 definition in the base layer's projection.`,
      );
    }
    try {
      proj4.defs(code, config.proj4);
      registerProj4(proj4);
    } catch (cause) {
      throw new Error(
        `The proj4 definition of ${code} cannot be read (${cause instanceof Error ? cause.message : String(cause)}): check it against epsg.io.`,
        { cause },
      );
    }
  }
  const projection = getProjection(code);
  if (!projection) {
    throw new Error(
      `Projection ${code} is unknown: give its proj4 definition in the base layer's projection.`,
    );
  }
  if (config?.extent) projection.setExtent(config.extent);
  return projection;
}

function tileGrid(config: TileGridConfig, wmts: true): WMTSTileGrid;
function tileGrid(config: TileGridConfig, wmts: false): TileGrid;
function tileGrid(config: TileGridConfig, wmts: boolean): TileGrid {
  const common = {
    origin: config.origin,
    resolutions: config.resolutions,
    tileSize: config.tileSize ?? 256,
    ...(config.extent ? { extent: config.extent } : {}),
  };
  if (!wmts) return new TileGrid(common);
  return new WMTSTileGrid({
    ...common,
    matrixIds: config.matrixIds ?? config.resolutions.map((_, z) => String(z)),
  });
}

function xyzSource(config: Extract<BaseLayerConfig, { type: 'xyz' }>): XYZ {
  return new XYZ({
    url: config.url,
    crossOrigin: 'anonymous',
    ...(config.attributions ? { attributions: config.attributions } : {}),
    ...(config.maxZoom !== undefined ? { maxZoom: config.maxZoom } : {}),
    ...(config.minZoom !== undefined ? { minZoom: config.minZoom } : {}),
    ...(config.projection ? { projection: config.projection.code } : {}),
    ...(config.tileGrid ? { tileGrid: tileGrid(config.tileGrid, false) } : {}),
  });
}

function wmtsSource(
  config: Extract<BaseLayerConfig, { type: 'wmts' }>,
  projection: Projection,
): WMTS {
  return new WMTS({
    url: config.url,
    layer: config.layer,
    matrixSet: config.matrixSet,
    format: config.format ?? 'image/png',
    style: config.style ?? 'default',
    requestEncoding: config.requestEncoding ?? 'REST',
    projection,
    tileGrid: tileGrid(config.tileGrid, true),
    crossOrigin: 'anonymous',
    wrapX: false,
    ...(config.attributions ? { attributions: config.attributions } : {}),
  });
}
