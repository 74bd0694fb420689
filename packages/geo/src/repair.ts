import type { Lang } from '@sirene/core';
import { geoFinding } from './findings.js';
import type { GeoFinding, GeoRepair } from './findings.js';
import { makeValidPolygons, tryJts } from './jts.js';
import { geoProfile } from './profiles.js';
import {
  closeRing,
  dropConsecutiveDuplicates,
  mapRings,
  polygonsToShape,
  shapePolygons,
  signedRingArea,
} from './shapes.js';
import { simplifyToLimit } from './simplify.js';
import type { AreaShape, LonLat, MultiPolygonShape, PolygonShape, Ring } from './types.js';
import { validateShape } from './validate.js';
import type { ValidateOptions } from './validate.js';

/** A repaired shape, and findings when the repair could not be done. */
export interface RepairResult {
  shape: AreaShape;
  /** `geo.operation-failed` when a geometry operation failed (the shape is then unchanged). */
  findings: GeoFinding[];
}

/** Closes every ring that is not closed. */
export function closeRings<S extends AreaShape>(shape: S): S {
  return mapRings(shape, (ring) => closeRing(ring));
}

/** Removes consecutive repeated positions from every ring. */
export function dropDuplicatePoints<S extends AreaShape>(shape: S): S {
  return mapRings(shape, (ring) => dropConsecutiveDuplicates(ring));
}

/** Swaps `[a, b]` to `[b, a]` everywhere (for an area whose latitude and longitude were mixed up). */
export function swapAxes<S extends AreaShape>(shape: S): S {
  if (shape.type === 'Circle') {
    return { ...shape, center: [shape.center[1], shape.center[0]] };
  }
  return mapRings(shape, (ring) => ring.map((p) => [p[1], p[0]] as LonLat));
}

/** Orients rings as RFC 7946 says: exterior rings counter-clockwise, holes clockwise. */
export function rewind<S extends AreaShape>(shape: S): S {
  const fix = (rings: Ring[]): Ring[] =>
    rings.map((ring, r) => {
      const ccw = signedRingArea(ring) > 0;
      const wantCcw = r === 0;
      return ccw === wantCcw ? ring.map((p) => [p[0], p[1]] as LonLat) : [...ring].reverse();
    });
  if (shape.type === 'Polygon') {
    const out: PolygonShape = { type: 'Polygon', coordinates: fix(shape.coordinates) };
    return out as S;
  }
  if (shape.type === 'MultiPolygon') {
    const out: MultiPolygonShape = {
      type: 'MultiPolygon',
      coordinates: shape.coordinates.map(fix),
    };
    return out as S;
  }
  return shape;
}

/** Drops all holes (CAP polygons cannot have them). Grows the area; never shrinks it. */
export function fillHoles<S extends AreaShape>(shape: S): S {
  if (shape.type === 'Polygon') {
    const out: PolygonShape = { type: 'Polygon', coordinates: shape.coordinates.slice(0, 1) };
    return out as S;
  }
  if (shape.type === 'MultiPolygon') {
    const out: MultiPolygonShape = {
      type: 'MultiPolygon',
      coordinates: shape.coordinates.map((rings) => rings.slice(0, 1)),
    };
    return out as S;
  }
  return shape;
}

/**
 * Makes a shape valid without losing any area it encloses: rings are closed and cleaned,
 * the largest ring of each polygon becomes its exterior, self-intersecting rings are
 * split where they cross (every face the ring winds around is kept — a bow-tie becomes
 * two triangles), holes are subtracted, and overlapping parts are merged. The result is
 * a Polygon or MultiPolygon oriented per RFC 7946 (an empty MultiPolygon when nothing
 * remains). Circles are returned unchanged. jsts failures become a finding.
 */
export function makeValid(shape: AreaShape, lang: Lang = 'en'): RepairResult {
  if (shape.type === 'Circle') return { shape, findings: [] };
  const polygons = shapePolygons(shape).map((rings) =>
    rings.map((r) => dropConsecutiveDuplicates(closeRing(r))).filter((r) => r.length >= 4),
  );
  const fixed = tryJts(() => makeValidPolygons(polygons));
  if (!fixed.ok) {
    return {
      shape,
      findings: [
        geoFinding('geo.operation-failed', lang, {
          severity: 'error',
          params: { detail: fixed.error },
        }),
      ],
    };
  }
  return { shape: rewind(polygonsToShape(fixed.value)), findings: [] };
}

/** Applies one repair (as carried by a finding's `repair`). Never throws. */
export function applyRepair(shape: AreaShape, repair: GeoRepair, lang: Lang = 'en'): RepairResult {
  switch (repair.kind) {
    case 'make-valid':
      return makeValid(shape, lang);
    case 'close-rings':
      return { shape: closeRings(shape), findings: [] };
    case 'drop-duplicates':
      return { shape: dropDuplicatePoints(shape), findings: [] };
    case 'swap-axes':
      return { shape: swapAxes(shape), findings: [] };
    case 'rewind':
      return { shape: rewind(shape), findings: [] };
    case 'fill-holes':
      return { shape: fillHoles(shape), findings: [] };
    case 'simplify': {
      const result = simplifyToLimit(shape, repair.maxPoints, { lang });
      return {
        shape: result.shape,
        findings: result.findings.filter((f) => f.severity === 'error'),
      };
    }
  }
}

/** Options for `repairShape`. */
export interface RepairOptions extends ValidateOptions {
  /** Also fill holes (CAP cannot carry them). Default false. */
  fillHoles?: boolean;
  /** Also simplify to the profile's vertex limit. Default false. */
  simplify?: boolean;
}

/** The order repairs are applied in: each one assumes the ones before it. */
const REPAIR_ORDER: GeoRepair['kind'][] = [
  'swap-axes',
  'close-rings',
  'drop-duplicates',
  'make-valid',
  'fill-holes',
  'simplify',
  'rewind',
];

/** The outcome of `repairShape`. */
export interface RepairShapeResult {
  shape: AreaShape;
  /** Repairs applied, in order. */
  applied: GeoRepair[];
  /** Findings on the repaired shape (what is left), plus any failure. */
  findings: GeoFinding[];
}

/**
 * Validates a shape and applies every repair its findings offer, in a safe order
 * (swap axes, close rings, drop duplicates, make valid, [fill holes], [simplify],
 * rewind), until nothing repairable is left (at most three rounds). Filling holes and
 * simplifying change the area, so they only run when asked. Returns the repaired shape,
 * what was applied and the findings that remain. Never throws.
 */
export function repairShape(shape: AreaShape, options: RepairOptions = {}): RepairShapeResult {
  const lang = options.lang ?? 'en';
  const applied: GeoRepair[] = [];
  const failures: GeoFinding[] = [];
  let current = shape;
  let findings = validateShape(current, options);
  for (let round = 0; round < 3; round++) {
    const offered = new Map<GeoRepair['kind'], GeoRepair>();
    for (const f of findings) if (f.repair) offered.set(f.repair.kind, f.repair);
    if (!options.fillHoles) offered.delete('fill-holes');
    if (!options.simplify) offered.delete('simplify');
    if (offered.size === 0) break;
    for (const kind of REPAIR_ORDER) {
      let repair = offered.get(kind);
      if (!repair) continue;
      if (kind === 'simplify') {
        const p = options.profile;
        const max = typeof p === 'object' ? p.maxPolygonPoints : geoProfile(p).maxPolygonPoints;
        repair = { kind: 'simplify', maxPoints: max };
      }
      const result = applyRepair(current, repair, lang);
      failures.push(...result.findings);
      if (result.findings.length === 0) {
        current = result.shape;
        applied.push(repair);
      }
    }
    findings = validateShape(current, options);
    if (failures.length > 0) break;
  }
  return { shape: current, applied, findings: [...findings, ...failures] };
}
