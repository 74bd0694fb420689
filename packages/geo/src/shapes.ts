import type {
  AreaShape,
  CircleShape,
  LonLat,
  MultiPolygonShape,
  PolygonShape,
  PolygonalShape,
  Ring,
} from './types.js';

/** Mean Earth radius in kilometres (IUGG), the value turf uses. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Whether two positions are exactly equal. */
export function samePosition(a: LonLat | undefined, b: LonLat | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Whether a ring's last position equals its first (and it has at least two). */
export function isClosed(ring: Ring): boolean {
  return ring.length >= 2 && samePosition(ring[0], ring[ring.length - 1]);
}

/** The ring, closed: its first position appended when missing. Returns a copy. */
export function closeRing(ring: Ring): Ring {
  const out = ring.map((p) => [p[0], p[1]] as LonLat);
  const first = out[0];
  if (first && !isClosed(out)) out.push([first[0], first[1]]);
  return out;
}

/** The ring without consecutive repeated positions (the closing position kept). */
export function dropConsecutiveDuplicates(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    if (!samePosition(out[out.length - 1], p)) out.push([p[0], p[1]]);
  }
  return out;
}

/**
 * Signed planar area of a ring in degrees² (shoelace on lon/lat): positive when
 * counter-clockwise. For orientation and ranking only; use `measure` for km².
 */
export function signedRingArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[i + 1] as LonLat;
    s += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return s / 2;
}

/** The shape's polygons as rings: a Polygon gives one, a circle its containing polygon. */
export function shapePolygons(shape: AreaShape): Ring[][] {
  switch (shape.type) {
    case 'Polygon':
      return [shape.coordinates];
    case 'MultiPolygon':
      return shape.coordinates;
    case 'Circle':
      return [circleToPolygon(shape).coordinates];
  }
}

/** Polygons as a shape: one polygon gives a Polygon, otherwise a MultiPolygon. */
export function polygonsToShape(polygons: Ring[][]): PolygonalShape {
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Applies `fn` to every ring of a polygonal shape; circles are returned unchanged. */
export function mapRings<S extends AreaShape>(
  shape: S,
  fn: (ring: Ring, index: number) => Ring,
): S {
  if (shape.type === 'Polygon') {
    const poly: PolygonShape = { type: 'Polygon', coordinates: shape.coordinates.map(fn) };
    return poly as S;
  }
  if (shape.type === 'MultiPolygon') {
    const multi: MultiPolygonShape = {
      type: 'MultiPolygon',
      coordinates: shape.coordinates.map((rings) => rings.map(fn)),
    };
    return multi as S;
  }
  return shape;
}

/** Every position of a shape (a circle gives its centre). */
export function shapePositions(shape: AreaShape): LonLat[] {
  if (shape.type === 'Circle') return [shape.center];
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
  return rings.flat();
}

/**
 * The point `distanceKm` from `origin` along the initial bearing `bearingDeg`
 * (degrees clockwise from north), on a sphere.
 */
export function destination(origin: LonLat, distanceKm: number, bearingDeg: number): LonLat {
  const lat1 = origin[1] * RAD;
  const lon1 = origin[0] * RAD;
  const d = distanceKm / EARTH_RADIUS_KM;
  const brg = bearingDeg * RAD;
  const lat2 = Math.asin(
    Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(brg),
  );
  const lon2 =
    lon1 +
    Math.atan2(
      Math.sin(brg) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  return [lon2 / RAD, lat2 / RAD];
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Options for `circleToPolygon`. */
export interface CircleToPolygonOptions {
  /** Number of vertices (default 64, at least 8). */
  segments?: number;
  /**
   * `true` (default): the polygon contains the circle (its edges touch it from outside),
   * so nobody inside the circle is left out. `false`: vertices on the circle.
   */
  contain?: boolean;
}

/**
 * A polygon approximating a circle, counter-clockwise, closed. By default it contains
 * the circle: vertices lie at `radius / cos(π / segments)`, so that its edges pass
 * outside the circle; since edges are straight in longitude/latitude and the Earth is
 * round, points of the circle are then checked (five per edge) and the polygon grown
 * until they are all inside.
 */
export function circleToPolygon(
  circle: CircleShape,
  options: CircleToPolygonOptions = {},
): PolygonShape {
  const n = Math.max(8, Math.floor(options.segments ?? 64));
  const contain = options.contain ?? true;
  const build = (r: number): Ring => {
    const ring: Ring = [];
    // Counter-clockwise: bearings decreasing from north.
    for (let i = 0; i < n; i++) ring.push(destination(circle.center, r, 360 - (360 * i) / n));
    const first = ring[0] as LonLat;
    ring.push([first[0], first[1]]);
    return ring;
  };
  if (!contain) return { type: 'Polygon', coordinates: [build(circle.radiusKm)] };
  let factor = 1 / Math.cos(Math.PI / n);
  for (let attempt = 0; attempt < 40; attempt++) {
    const ring = build(circle.radiusKm * factor);
    if (containsCircle(ring, circle, n)) return { type: 'Polygon', coordinates: [ring] };
    factor *= 1.002;
  }
  return { type: 'Polygon', coordinates: [build(circle.radiusKm * factor)] };
}

/** Whether points of the circle, five per edge, lie left of (inside) each edge. */
function containsCircle(ring: Ring, circle: CircleShape, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const a = ring[i] as LonLat;
    const b = ring[i + 1] as LonLat;
    const start = 360 - (360 * i) / n;
    for (let k = 0; k <= 4; k++) {
      const p = destination(circle.center, circle.radiusKm, start - (360 * k) / (4 * n));
      const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
      const scale = Math.hypot(b[0] - a[0], b[1] - a[1]);
      // Inside by more than 1e-9 of the edge length (far above rounding).
      if (cross <= 1e-9 * scale * scale) return false;
    }
  }
  return true;
}

/** Number of distinct vertices of a closed ring (its positions minus the closing one). */
export function ringVertexCount(ring: Ring): number {
  return isClosed(ring) ? ring.length - 1 : ring.length;
}
