/**
 * Unioning administrative areas into one shape. Kept apart from admin.ts because it needs
 * jsts: looking areas up and searching them by name must not load a geometry engine.
 */
import { geoFinding } from './findings.js';
import type { FindingOptions, GeoFinding } from './findings.js';
import { adminName, type AdminArea, type BoundaryLayer } from './admin.js';
import { polygonsFromJts, polygonsToJts, tryJts, unionAll } from './jts.js';
import type { Geometry } from './jts.js';
import { areaKm2 } from './measure.js';
import { polygonsToShape, signedRingArea } from './shapes.js';
import type { PolygonalShape, Ring } from './types.js';

/** The result of `unionAdminAreas`. */
export interface AdminUnionResult {
  /** The union, or null when nothing could be unioned. */
  shape: PolygonalShape | null;
  /** The areas found, in the order asked. */
  areas: AdminArea[];
  /** Sum of residents; `populationComplete` says whether every area had a number. */
  population: number;
  populationComplete: boolean;
  /** The names joined, for a CAP `areaDesc`. */
  areaDesc: string;
  /** Unknown codes (`admin.unknown-code`), an empty selection, a failed union. */
  findings: GeoFinding[];
}

/** Holes smaller than this (km²) are slivers between neighbours, not real holes. */
const SLIVER_KM2 = 0.001;

function dropSlivers(polygons: Ring[][]): Ring[][] {
  return polygons.map((rings) => {
    const [shell, ...holes] = rings;
    if (!shell) return rings;
    return [
      shell,
      ...holes.filter((h) => areaKm2({ type: 'Polygon', coordinates: [h] }) >= SLIVER_KM2),
    ];
  });
}

function orientRfc7946(polygons: Ring[][]): Ring[][] {
  return polygons.map((rings) =>
    rings.map((ring, r) => (signedRingArea(ring) > 0 === (r === 0) ? ring : [...ring].reverse())),
  );
}

/**
 * Unions administrative areas (municipalities, provinces…) into one shape, robustly:
 * a cascaded jsts union, retried on cleaned input and, as a last resort, on a 1 cm
 * buffer (which only grows the area). Slivers between neighbours (holes under 0.001 km²)
 * are filled. Unknown codes are reported. Never throws.
 */
export function unionAdminAreas(
  layer: BoundaryLayer,
  codes: readonly string[],
  options: FindingOptions = {},
): AdminUnionResult {
  const lang = options.lang ?? 'en';
  const findings: GeoFinding[] = [];
  const areas: AdminArea[] = [];
  codes.forEach((code, i) => {
    const area = layer.byCode.get(code);
    if (area) {
      if (!areas.includes(area)) areas.push(area);
    } else {
      findings.push(
        geoFinding('admin.unknown-code', lang, {
          severity: 'error',
          path: options.path ? `${options.path}[${i}]` : `[${i}]`,
          params: { code },
        }),
      );
    }
  });
  const population = areas.reduce((n, a) => n + (a.population ?? 0), 0);
  const populationComplete = areas.every((a) => a.population !== undefined);
  const areaDesc = areas.map((a) => adminName(a, lang)).join(', ');
  if (areas.length === 0) {
    if (codes.length === 0) {
      findings.push(
        geoFinding('admin.nothing-selected', lang, { severity: 'error', path: options.path ?? '' }),
      );
    }
    return { shape: null, areas, population, populationComplete, areaDesc, findings };
  }
  const parts = (): Geometry[] =>
    areas.map((a) =>
      polygonsToJts(a.shape.type === 'Polygon' ? [a.shape.coordinates] : a.shape.coordinates),
    );
  const attempts: (() => Geometry)[] = [
    () => unionAll(parts()),
    () => unionAll(parts().map((g) => g.buffer(0))),
    () => unionAll(parts()).buffer(1e-7),
  ];
  let error = '';
  for (const attempt of attempts) {
    const result = tryJts(() => polygonsFromJts(attempt()));
    if (result.ok) {
      const shape = polygonsToShape(orientRfc7946(dropSlivers(result.value)));
      return { shape, areas, population, populationComplete, areaDesc, findings };
    }
    error = result.error;
  }
  findings.push(
    geoFinding('geo.operation-failed', lang, {
      severity: 'error',
      path: options.path ?? '',
      params: { detail: error },
    }),
  );
  return { shape: null, areas, population, populationComplete, areaDesc, findings };
}
