/**
 * The only module that touches jsts. It converts between our `[lon, lat]` rings and jsts
 * geometries and wraps the operations we need. Internal: not exported from the package.
 * jsts throws on bad input (TopologyException and friends); callers catch through
 * `tryJts` and turn failures into findings. Types: src/jsts.d.ts (ambient, picked up by
 * the tsconfig `include`).
 */
import 'jsts/org/locationtech/jts/monkey.js';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import type Geometry from 'jsts/org/locationtech/jts/geom/Geometry.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import Polygonizer from 'jsts/org/locationtech/jts/operation/polygonize/Polygonizer.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import { orient } from './orient.js';
import type { LonLat, Ring } from './types.js';

/** A list of polygons, each a list of closed rings (exterior first). */
export type Polygons = Ring[][];

export type { Geometry };

const factory = new GeometryFactory();

/** Runs a jsts operation; a thrown error becomes `{ ok: false, error }`. */
export function tryJts<T>(op: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: op() };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ok: false, error: error || 'unknown error' };
  }
}

function coord(p: LonLat): Coordinate {
  return new Coordinate(p[0], p[1]);
}

/** A jsts linear ring from a closed ring of at least 4 positions. */
function ringToJts(ring: Ring): Geometry {
  return factory.createLinearRing(ring.map(coord));
}

/** A jsts Polygon from rings (exterior first). Rings must be closed, 4+ positions. */
export function polygonToJts(rings: Ring[]): Geometry {
  const [shell, ...holes] = rings;
  if (!shell) return factory.createPolygon(factory.createLinearRing([]));
  return factory.createPolygon(ringToJts(shell), holes.map(ringToJts));
}

/** A jsts MultiPolygon (or Polygon for one) from polygons. */
export function polygonsToJts(polygons: Polygons): Geometry {
  if (polygons.length === 1 && polygons[0]) return polygonToJts(polygons[0]);
  return factory.createMultiPolygon(polygons.map(polygonToJts));
}

/** A jsts LineString from positions. */
export function lineToJts(points: LonLat[]): Geometry {
  return factory.createLineString(points.map(coord));
}

/** A jsts Point. */
export function pointToJts(p: LonLat): Geometry {
  return factory.createPoint(coord(p));
}

function ringFromJts(g: Geometry): Ring {
  return g.getCoordinates().map((c) => [c.x, c.y] as LonLat);
}

/** Every polygon in a jsts geometry (Polygon, MultiPolygon, or a collection), as rings. */
export function polygonsFromJts(g: Geometry): Polygons {
  const out: Polygons = [];
  const visit = (geom: Geometry): void => {
    const type = geom.getGeometryType();
    if (type === 'Polygon') {
      if (geom.isEmpty()) return;
      const rings: Ring[] = [ringFromJts(geom.getExteriorRing())];
      for (let i = 0; i < geom.getNumInteriorRing(); i++) {
        rings.push(ringFromJts(geom.getInteriorRingN(i)));
      }
      out.push(rings);
    } else if (type === 'MultiPolygon' || type === 'GeometryCollection') {
      for (let i = 0; i < geom.getNumGeometries(); i++) visit(geom.getGeometryN(i));
    }
  };
  visit(g);
  return out;
}

/** Unions jsts geometries (cascaded). */
export function unionAll(geoms: Geometry[]): Geometry {
  return UnaryUnionOp.union(factory.createGeometryCollection(geoms));
}

/** A validation error reported by jsts, with its type number and location. */
export interface JtsInvalidity {
  /** jsts `TopologyValidationError` type: 2 hole outside shell, 3 nested holes, … */
  type: number;
  message: string;
  location: LonLat | null;
}

/** jsts `TopologyValidationError` types. */
export const JTS_ERROR = {
  REPEATED_POINT: 1,
  HOLE_OUTSIDE_SHELL: 2,
  NESTED_HOLES: 3,
  DISCONNECTED_INTERIOR: 4,
  SELF_INTERSECTION: 5,
  RING_SELF_INTERSECTION: 6,
  NESTED_SHELLS: 7,
  DUPLICATE_RINGS: 8,
  TOO_FEW_POINTS: 9,
  INVALID_COORDINATE: 10,
  RING_NOT_CLOSED: 11,
} as const;

/** The first validity problem jsts finds, or null when valid. */
export function jtsInvalidity(g: Geometry): JtsInvalidity | null {
  const err = new IsValidOp(g).getValidationError();
  if (!err) return null;
  const c = err.getCoordinate();
  return {
    type: err.getErrorType(),
    message: err.getMessage(),
    location: c ? [c.x, c.y] : null,
  };
}

/** Winding number of a closed ring around a point that is not on it. */
function windingNumber(ring: Ring, p: LonLat): number {
  let wn = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[i + 1] as LonLat;
    if (a[1] <= p[1]) {
      if (b[1] > p[1] && orient(a, b, p) > 0) wn++;
    } else if (b[1] <= p[1] && orient(a, b, p) < 0) wn--;
  }
  return wn;
}

/**
 * The region a ring encloses, even when it crosses itself: its linework is noded and
 * polygonized, and every face the ring winds around (non-zero winding) is kept. A bow-tie
 * gives both lobes; a loop drawn twice around an area keeps it. Null when it encloses
 * nothing (all points on a line).
 */
function ringRegion(ring: Ring): Geometry | null {
  const line = lineToJts(ring);
  // Unioning linework with itself nodes it at every self-intersection.
  const noded = UnaryUnionOp.union(line);
  const polygonizer = new Polygonizer();
  polygonizer.add(noded);
  const faces = polygonizer.getPolygons().toArray();
  const kept = faces.filter((face) => {
    const pt = face.getInteriorPoint().getCoordinate();
    return pt !== null && windingNumber(ring, [pt.x, pt.y]) !== 0;
  });
  if (kept.length === 0) return null;
  return unionAll(kept);
}

/** Absolute planar area of a ring (in degrees², for ordering only). */
function ringAreaAbs(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[i + 1] as LonLat;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s / 2);
}

/**
 * Makes polygons valid without losing any enclosed area. Per polygon, the largest ring
 * is taken as the exterior (fixing rings given in the wrong order); each ring's region
 * is computed with the non-zero winding rule (self-intersections become separate
 * parts), holes are subtracted from the exterior, and all polygons are unioned (so
 * overlapping parts merge). Rings must be closed with 4+ positions; others are dropped.
 * Throws on jsts failure: call it through `tryJts`.
 */
export function makeValidPolygons(polygons: Polygons): Polygons {
  const parts: Geometry[] = [];
  for (const rings of polygons) {
    const usable = rings.filter((r) => r.length >= 4);
    if (usable.length === 0) continue;
    const ordered = [...usable].sort((a, b) => ringAreaAbs(b) - ringAreaAbs(a));
    const [shell, ...holes] = ordered;
    if (!shell) continue;
    let region = ringRegion(shell);
    if (!region) continue;
    const holeRegions = holes.map(ringRegion).filter((g): g is Geometry => g !== null);
    if (holeRegions.length > 0) region = region.difference(unionAll(holeRegions));
    if (!region.isEmpty()) parts.push(region);
  }
  if (parts.length === 0) return [];
  return polygonsFromJts(unionAll(parts));
}

/**
 * Whether polygons `a` cover polygons `b` (every point of b is in or on a). The parts of
 * `a` are unioned first: they may overlap or share edges (a simplified MultiPolygon),
 * which jsts's predicates do not accept.
 */
export function coversPolygons(a: Polygons, b: Polygons): boolean {
  const cover = a.length > 1 ? unionAll(a.map(polygonToJts)) : polygonsToJts(a);
  return cover.covers(polygonsToJts(b));
}

/** A point guaranteed inside the polygons (jsts interior point), or null when empty. */
export function interiorPoint(polygons: Polygons): LonLat | null {
  const g = polygonsToJts(polygons);
  if (g.isEmpty()) return null;
  const c = g.getInteriorPoint().getCoordinate();
  return c ? [c.x, c.y] : null;
}

export { orient };
