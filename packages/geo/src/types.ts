import type { LonLat } from '@sirene/core';

export type { LonLat };

/**
 * A linear ring of `[lon, lat]` positions in WGS84. A valid ring is closed (first
 * position equals the last) and has at least four positions; functions that accept
 * rings from outside report (never throw on) rings that are not.
 */
export type Ring = LonLat[];

/** A GeoJSON Polygon geometry: the exterior ring first, then any holes. */
export interface PolygonShape {
  type: 'Polygon';
  coordinates: Ring[];
}

/** A GeoJSON MultiPolygon geometry: one array of rings per polygon. */
export interface MultiPolygonShape {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

/**
 * A circle, as CAP knows it: a centre and a radius in kilometres. GeoJSON has no circle;
 * exported GeoJSON writes it as a Point feature with a `radiusKm` property (or as a
 * polygon that contains the circle, on request).
 */
export interface CircleShape {
  type: 'Circle';
  center: LonLat;
  radiusKm: number;
}

/** Any shape an alert area can be made of. */
export type AreaShape = PolygonShape | MultiPolygonShape | CircleShape;

/** The polygonal shapes (no circles). */
export type PolygonalShape = PolygonShape | MultiPolygonShape;

/**
 * An alert's area as the NL-Alert message names it: the **effect area** (effectgebied),
 * where people are warned and which is broadcast, and the **source area** (bronlocatie),
 * where the incident is. The source area is optional (empty when not drawn); it is shown
 * to the public in the message text, not broadcast.
 */
export interface SireneArea {
  /** Where people are warned: the broadcast area. */
  effect: AreaShape[];
  /** Where the incident is. Usually inside the effect area. */
  source: AreaShape[];
}

/** `[minLon, minLat, maxLon, maxLat]` in WGS84 degrees. */
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];
