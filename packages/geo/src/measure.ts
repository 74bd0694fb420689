import { area as turfArea } from '@turf/area';
import { bbox as turfBbox } from '@turf/bbox';
import { centroid as turfCentroid } from '@turf/centroid';
import { length as turfLength } from '@turf/length';
import polylabel from 'polylabel';
import {
  EARTH_RADIUS_KM,
  circleToPolygon,
  isClosed,
  ringVertexCount,
  signedRingArea,
  shapePolygons,
} from './shapes.js';
import type { AreaShape, BBox, LonLat, PolygonalShape, Ring } from './types.js';

/**
 * Where to put a label: the pole of inaccessibility (polylabel) of the largest part, the
 * point inside farthest from its edges, to 1/100 of the part's smaller side. Unlike the
 * centroid it is inside a U or a ring; null for parts without area.
 */
function labelPointOf(polygons: readonly Ring[][]): LonLat | null {
  let best: Ring[] | undefined;
  let bestArea = 0;
  for (const rings of polygons) {
    const area = Math.abs(signedRingArea(rings[0] ?? []));
    if (rings[0] && rings[0].length >= 4 && area > bestArea) [best, bestArea] = [rings, area];
  }
  if (!best) return null;
  const xs = (best[0] ?? []).map((p) => p[0]);
  const ys = (best[0] ?? []).map((p) => p[1]);
  const side = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const p = polylabel(best, Math.max(side / 100, 1e-9));
  return p.distance > 0 ? [p[0] ?? NaN, p[1] ?? NaN] : null;
}

/** Size and place of a shape. */
export interface AreaMeasures {
  /** Geodesic area in km² (holes subtracted; parts summed, overlaps counted twice). */
  areaKm2: number;
  /** Geodesic length of all rings (holes included) in km; a circle's circumference. */
  perimeterKm: number;
  /** Distinct vertices over all rings (a closed ring of 5 positions has 4); 0 for a circle. */
  vertexCount: number;
  /**
   * Positions of the largest exterior ring, counting the closing one — the number CAP
   * profiles limit (`maxPolygonPoints`). 0 for a circle.
   */
  maxPolygonPoints: number;
  /** Bounding box, or null for an empty shape. */
  bbox: BBox | null;
  /** The mean of the vertices (turf `centroid`); a circle's centre. Null when empty. */
  centroid: LonLat | null;
  /** A point guaranteed inside the area, for a label or a marker. Null when empty. */
  labelPoint: LonLat | null;
}

/** turf's GeoJSON Feature type (from @types/geojson, which turf brings along). */
type TurfFeature = Extract<Parameters<typeof turfArea>[0], { type: 'Feature' }>;

function toTurf(shape: PolygonalShape): TurfFeature {
  return { type: 'Feature', properties: {}, geometry: shape };
}

function isEmptyPolygonal(shape: PolygonalShape): boolean {
  return shapePolygons(shape).every((rings) => (rings[0]?.length ?? 0) === 0);
}

/** Area of a spherical cap of radius `radiusKm` (a CAP circle), in km². */
export function circleAreaKm2(radiusKm: number): number {
  const a = radiusKm / EARTH_RADIUS_KM;
  return 2 * Math.PI * EARTH_RADIUS_KM ** 2 * (1 - Math.cos(a));
}

/** Geodesic area of a shape in km². */
export function areaKm2(shape: AreaShape): number {
  if (shape.type === 'Circle') return circleAreaKm2(shape.radiusKm);
  if (isEmptyPolygonal(shape)) return 0;
  return turfArea(toTurf(shape)) / 1e6;
}

/**
 * Measures a shape: area, perimeter, vertex count, bounding box, centroid (turf) and a
 * label point inside it (polylabel). Rings need not be closed; empty shapes measure 0.
 */
export function measure(shape: AreaShape): AreaMeasures {
  if (shape.type === 'Circle') {
    const outline = circleToPolygon(shape, { segments: 360, contain: false });
    const a = shape.radiusKm / EARTH_RADIUS_KM;
    return {
      areaKm2: circleAreaKm2(shape.radiusKm),
      perimeterKm: 2 * Math.PI * EARTH_RADIUS_KM * Math.sin(a),
      vertexCount: 0,
      maxPolygonPoints: 0,
      bbox: turfBbox(toTurf(outline)) as BBox,
      centroid: [shape.center[0], shape.center[1]],
      labelPoint: [shape.center[0], shape.center[1]],
    };
  }
  const polygons = shapePolygons(shape)
    .map((rings) => rings.filter((r) => r.length > 0))
    .filter((rings) => rings.length > 0);
  if (polygons.length === 0) {
    return {
      areaKm2: 0,
      perimeterKm: 0,
      vertexCount: 0,
      maxPolygonPoints: 0,
      bbox: null,
      centroid: null,
      labelPoint: null,
    };
  }
  const closed = polygons.map((rings) =>
    rings.map((r) => (isClosed(r) ? r : [...r, r[0] as LonLat])),
  );
  const closedShape: PolygonalShape = { type: 'MultiPolygon', coordinates: closed };
  const feature = toTurf(closedShape);
  const c = turfCentroid(feature).geometry.coordinates;
  return {
    areaKm2: turfArea(feature) / 1e6,
    perimeterKm: turfLength(feature, { units: 'kilometers' }),
    vertexCount: polygons.flat().reduce((n, r) => n + ringVertexCount(r), 0),
    maxPolygonPoints: Math.max(...closed.map((rings) => rings[0]?.length ?? 0)),
    bbox: turfBbox(feature) as BBox,
    centroid: [c[0] ?? NaN, c[1] ?? NaN],
    labelPoint: labelPointOf(closed),
  };
}
