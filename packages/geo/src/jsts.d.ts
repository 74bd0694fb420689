/**
 * Narrow, hand-written types for the parts of jsts that @sirene/geo uses.
 *
 * jsts ships types under `jsts/types/…` that are mostly `any`; these ambient module
 * declarations replace them for the deep ESM paths we import, so nothing loose leaks
 * into our code. Only `src/jts.ts` imports jsts; nothing here is part of the public API.
 */

declare module 'jsts/org/locationtech/jts/geom/Coordinate.js' {
  /** A planar coordinate (x = longitude, y = latitude in our use). */
  export default class Coordinate {
    constructor(x: number, y: number);
    x: number;
    y: number;
  }
}

declare module 'jsts/org/locationtech/jts/geom/Geometry.js' {
  import type Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';

  /** The envelope (bounding box) of a geometry. */
  export interface JtsEnvelope {
    getMinX(): number;
    getMaxX(): number;
    getMinY(): number;
    getMaxY(): number;
  }

  /** A jsts geometry, with the methods that `jsts/…/monkey.js` adds. */
  export default class Geometry {
    getGeometryType(): string;
    getNumGeometries(): number;
    getGeometryN(n: number): Geometry;
    isEmpty(): boolean;
    getArea(): number;
    getDimension(): number;
    getCoordinates(): Coordinate[];
    getCoordinate(): Coordinate | null;
    getEnvelopeInternal(): JtsEnvelope;
    getFactory(): unknown;
    /** Polygons only. */
    getExteriorRing(): Geometry;
    /** Polygons only. */
    getNumInteriorRing(): number;
    /** Polygons only. */
    getInteriorRingN(n: number): Geometry;
    union(other?: Geometry): Geometry;
    difference(other: Geometry): Geometry;
    intersection(other: Geometry): Geometry;
    buffer(distance: number, quadrantSegments?: number): Geometry;
    covers(other: Geometry): boolean;
    intersects(other: Geometry): boolean;
    isValid(): boolean;
    getInteriorPoint(): Geometry;
    convexHull(): Geometry;
  }
}

declare module 'jsts/org/locationtech/jts/geom/GeometryFactory.js' {
  import type Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
  import type Geometry from 'jsts/org/locationtech/jts/geom/Geometry.js';

  /** Creates jsts geometries. */
  export default class GeometryFactory {
    constructor();
    createPoint(coordinate: Coordinate): Geometry;
    createLineString(coordinates: Coordinate[]): Geometry;
    createLinearRing(coordinates: Coordinate[]): Geometry;
    createPolygon(shell: Geometry, holes?: Geometry[]): Geometry;
    createMultiPolygon(polygons: Geometry[]): Geometry;
    createMultiLineString(lines: Geometry[]): Geometry;
    createGeometryCollection(geometries: Geometry[]): Geometry;
  }
}

declare module 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js' {
  import type Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
  import type Geometry from 'jsts/org/locationtech/jts/geom/Geometry.js';

  /** One reason a geometry is invalid. */
  export interface JtsValidationError {
    getErrorType(): number;
    getCoordinate(): Coordinate | null;
    getMessage(): string;
  }

  /** Checks a geometry against the OGC Simple Features rules. */
  export default class IsValidOp {
    constructor(geometry: Geometry);
    isValid(): boolean;
    getValidationError(): JtsValidationError | null;
  }
}

declare module 'jsts/org/locationtech/jts/operation/polygonize/Polygonizer.js' {
  import type Geometry from 'jsts/org/locationtech/jts/geom/Geometry.js';

  /** Forms polygons from noded linework. */
  export default class Polygonizer {
    constructor();
    add(geometry: Geometry): void;
    getPolygons(): { toArray(): Geometry[] };
  }
}

declare module 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js' {
  import type Geometry from 'jsts/org/locationtech/jts/geom/Geometry.js';

  /** Unions all components of one geometry (cascaded, for polygons). */
  const UnaryUnionOp: { union(geometry: Geometry): Geometry };
  export default UnaryUnionOp;
}

declare module 'jsts/org/locationtech/jts/algorithm/Orientation.js' {
  import type Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';

  /** Robust orientation predicates (double-double arithmetic). */
  const Orientation: {
    /** 1 when q is left of p1→p2 (counter-clockwise), -1 right, 0 collinear. */
    index(p1: Coordinate, p2: Coordinate, q: Coordinate): number;
  };
  export default Orientation;
}

declare module 'jsts/org/locationtech/jts/monkey.js';
