import type { CapArea, CapCircle, CapValuePair } from '@sirene/core';
import { closeRing, shapePolygons } from '../shapes.js';
import type { AreaShape, LonLat } from '../types.js';

/**
 * The shapes of a CAP area from the model (`CapArea`, already `[lon, lat]`): each
 * polygon becomes a Polygon, each circle a circle. No axis swap happens here — the CAP
 * codec in @sirene/core turns CAP's "lat,lon" text into the model.
 */
export function capAreaToShapes(area: CapArea): AreaShape[] {
  return [
    ...area.polygons.map((ring): AreaShape => ({ type: 'Polygon', coordinates: [ring] })),
    ...area.circles.map((c): AreaShape => ({
      type: 'Circle',
      center: [c.center[0], c.center[1]],
      radiusKm: c.radiusKm,
    })),
  ];
}

/** Options for `shapesToCapArea`. */
export interface ShapesToCapAreaOptions {
  geocodes?: CapValuePair[];
  altitude?: number;
  ceiling?: number;
}

/**
 * A CAP area (the model's `CapArea`) from shapes: every polygon's exterior ring becomes
 * one closed CAP polygon (CAP has no holes: they are dropped — `validateShape` warns
 * about that with `geo.has-holes`), circles stay circles. Coordinates are unchanged
 * (simplify first if the profile limits them).
 */
export function shapesToCapArea(
  shapes: readonly AreaShape[],
  areaDesc: string,
  options: ShapesToCapAreaOptions = {},
): CapArea {
  const polygons: LonLat[][] = [];
  const circles: CapCircle[] = [];
  for (const shape of shapes) {
    if (shape.type === 'Circle') {
      circles.push({ center: [shape.center[0], shape.center[1]], radiusKm: shape.radiusKm });
      continue;
    }
    for (const rings of shapePolygons(shape)) {
      const outer = rings[0];
      if (outer && outer.length > 0) polygons.push(closeRing(outer));
    }
  }
  const area: CapArea = {
    areaDesc,
    polygons,
    circles,
    geocodes: options.geocodes ? options.geocodes.map((g) => ({ ...g })) : [],
  };
  if (options.altitude !== undefined) area.altitude = options.altitude;
  if (options.ceiling !== undefined) area.ceiling = options.ceiling;
  return area;
}
