import type { Lang } from '@sirene/core';
import { geoFinding, joinPath } from './findings.js';
import type { FindingOptions, GeoCode, GeoFinding } from './findings.js';
import { findCrossings } from './intersections.js';
import {
  JTS_ERROR,
  coversPolygons,
  interiorPoint,
  jtsInvalidity,
  orient,
  polygonToJts,
  polygonsFromJts,
  polygonsToJts,
  tryJts,
} from './jts.js';
import { areaKm2 } from './measure.js';
import { REGIONS_NL_BE, geoProfile, inRegions } from './profiles.js';
import type { GeoProfile, GeoProfileId, Region } from './profiles.js';
import {
  circleToPolygon,
  closeRing,
  dropConsecutiveDuplicates,
  isClosed,
  samePosition,
  shapePolygons,
  shapePositions,
  signedRingArea,
} from './shapes.js';
import type { AreaShape, CircleShape, LonLat, Ring, SireneArea } from './types.js';

/** Options for the validators. */
export interface ValidateOptions extends FindingOptions {
  /** Profile id or profile object (default `nl-alert`): vertex limit, area thresholds, region. */
  profile?: GeoProfileId | GeoProfile;
  /**
   * Check GeoJSON ring orientation (RFC 7946) and report it as info. Default true for
   * shapes; the CAP validator turns it off (CAP has no orientation rule).
   */
  checkWinding?: boolean;
  /**
   * Report overlapping parts of a MultiPolygon (default true). CAP areas may list
   * overlapping polygons; the CAP validator turns it off.
   */
  checkOverlap?: boolean;
}

/** One polygon to validate, with the model paths of its parts. */
export interface PolygonInput {
  rings: Ring[];
  /** Path of the polygon (relative to the options' base path). */
  path: string;
  /** Path of ring `r`. */
  ringPath: (r: number) => string;
}

interface Ctx {
  lang: Lang;
  base: string | undefined;
  profile: GeoProfile;
  checkWinding: boolean;
  checkOverlap: boolean;
  out: GeoFinding[];
}

const MAX_PER_KIND = 10;

function context(options: ValidateOptions): Ctx {
  const p = options.profile;
  return {
    lang: options.lang ?? 'en',
    base: options.path,
    profile: typeof p === 'object' ? p : geoProfile(p),
    checkWinding: options.checkWinding ?? true,
    checkOverlap: options.checkOverlap ?? true,
    out: [],
  };
}

function add(
  ctx: Ctx,
  code: GeoCode,
  severity: GeoFinding['severity'],
  rel: string,
  extras: Omit<Parameters<typeof geoFinding>[2], 'severity' | 'path'> = {},
): void {
  ctx.out.push(geoFinding(code, ctx.lang, { ...extras, severity, path: joinPath(ctx.base, rel) }));
}

function regionName(regions: readonly Region[], lang: Lang): string {
  return regions.map((r) => r.name[lang] ?? r.name.en).join(' / ');
}

function isPosition(p: unknown): p is LonLat {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

function fmtNumber(n: number): string {
  if (n === 0) return '0';
  if (n >= 100) return String(Math.round(n));
  return String(Number(n.toPrecision(3)));
}

/** Whether `p` lies inside or on the closed ring (even-odd with a boundary test). */
function inRingOrOn(ring: Ring, p: LonLat): boolean {
  let inside = false;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[i + 1] as LonLat;
    if (
      orient(a, b, p) === 0 &&
      Math.min(a[0], b[0]) <= p[0] &&
      p[0] <= Math.max(a[0], b[0]) &&
      Math.min(a[1], b[1]) <= p[1] &&
      p[1] <= Math.max(a[1], b[1])
    ) {
      return true;
    }
    if (a[1] > p[1] !== b[1] > p[1]) {
      const x = a[0] + ((p[1] - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      if (p[0] < x) inside = !inside;
    }
  }
  return inside;
}

/** Checks positions; returns false (after reporting) when any is not a valid lon/lat. */
function checkPositions(ctx: Ctx, polygons: PolygonInput[]): boolean {
  let bad = 0;
  for (const poly of polygons) {
    poly.rings.forEach((ring, r) => {
      if (!Array.isArray(ring)) {
        if (bad++ < MAX_PER_KIND) {
          add(ctx, 'geo.invalid-coordinate', 'error', poly.ringPath(r), {
            params: { index: 0, value: JSON.stringify(ring) ?? String(ring) },
          });
        }
        return;
      }
      ring.forEach((p: unknown, i) => {
        if (isPosition(p)) return;
        if (bad++ < MAX_PER_KIND) {
          add(ctx, 'geo.invalid-coordinate', 'error', `${poly.ringPath(r)}[${i}]`, {
            params: { index: i, value: JSON.stringify(p) ?? String(p) },
          });
        }
      });
    });
  }
  return bad === 0;
}

/**
 * Reports swapped axes: no position inside the profile's regions, but every position
 * inside them once swapped. Returns true when swapped.
 */
function checkSwapped(ctx: Ctx, positions: LonLat[], rel: string): boolean {
  const regions = ctx.profile.regions;
  if (regions.length === 0 || positions.length === 0) return false;
  if (positions.some((p) => inRegions(p, regions))) return false;
  if (!positions.every((p) => inRegions([p[1], p[0]], regions))) return false;
  const first = positions[0] as LonLat;
  add(ctx, 'geo.swapped-axes', 'error', rel, {
    location: [first[0], first[1]],
    repair: { kind: 'swap-axes' },
    params: { region: regionName(regions, ctx.lang) },
  });
  return true;
}

/**
 * Whether a shape's coordinates look like latitude and longitude swapped: no position
 * inside the regions (default the Netherlands and Belgium), every position inside them
 * once swapped.
 */
export function looksSwapped(
  shape: AreaShape,
  regions: readonly Region[] = REGIONS_NL_BE,
): boolean {
  const positions = shapePositions(shape).filter(isPosition);
  if (regions.length === 0 || positions.length === 0) return false;
  return (
    !positions.some((p) => inRegions(p, regions)) &&
    positions.every((p) => inRegions([p[1], p[0]], regions))
  );
}

/** Reports positions outside the profile's regions. */
function checkRegion(ctx: Ctx, positions: LonLat[], rel: string): void {
  const regions = ctx.profile.regions;
  if (regions.length === 0 || positions.length === 0) return;
  const outside = positions.filter((p) => !inRegions(p, regions));
  const first = outside[0];
  if (!first) return;
  const params = { region: regionName(regions, ctx.lang), count: outside.length };
  if (outside.length === positions.length) {
    add(ctx, 'geo.outside-region', 'error', rel, { location: first, source: 'profile', params });
  } else {
    add(ctx, 'geo.partly-outside-region', 'warning', rel, {
      location: first,
      source: 'profile',
      params,
    });
  }
}

function checkAreaSize(ctx: Ctx, km2: number, rel: string): void {
  const { minAreaKm2, maxAreaKm2 } = ctx.profile;
  if (km2 < minAreaKm2) {
    add(ctx, 'geo.area-too-small', 'warning', rel, {
      source: 'profile',
      params: { areaKm2: fmtNumber(km2), minKm2: minAreaKm2 },
    });
  } else if (maxAreaKm2 !== null && km2 > maxAreaKm2) {
    add(ctx, 'geo.area-too-large', 'warning', rel, {
      source: 'profile',
      params: { areaKm2: fmtNumber(km2), maxKm2: maxAreaKm2 },
    });
  }
}

const JTS_CODES: Partial<Record<number, GeoCode>> = {
  [JTS_ERROR.HOLE_OUTSIDE_SHELL]: 'geo.hole-outside-shell',
  [JTS_ERROR.NESTED_HOLES]: 'geo.nested-holes',
  [JTS_ERROR.DISCONNECTED_INTERIOR]: 'geo.disconnected-interior',
  [JTS_ERROR.SELF_INTERSECTION]: 'geo.self-intersection',
  [JTS_ERROR.RING_SELF_INTERSECTION]: 'geo.self-intersection',
  [JTS_ERROR.NESTED_SHELLS]: 'geo.overlapping-parts',
};

/** Validates one polygon's rings; returns the cleaned rings when topologically valid. */
function checkPolygon(
  ctx: Ctx,
  poly: PolygonInput,
  swapped: boolean,
): { rings: Ring[]; valid: boolean } | null {
  const cleaned: Ring[] = [];
  let degenerate = false;
  poly.rings.forEach((ring, r) => {
    const path = poly.ringPath(r);
    if (ring.length > 0 && !isClosed(ring)) {
      add(ctx, 'geo.ring-not-closed', 'error', path, {
        location: ring[ring.length - 1] as LonLat,
        repair: { kind: 'close-rings' },
      });
    }
    const closed = closeRing(ring);
    const deduped = dropConsecutiveDuplicates(closed);
    const dupCount = closed.length - deduped.length;
    if (dupCount > 0) {
      const at = closed.findIndex((p, i) => i > 0 && samePosition(p, closed[i - 1]));
      add(ctx, 'geo.duplicate-points', 'warning', `${path}[${at}]`, {
        location: closed[at] as LonLat,
        repair: { kind: 'drop-duplicates' },
        params: { count: dupCount },
      });
    }
    const distinct = Math.max(0, deduped.length - 1);
    if (distinct < 3) {
      add(ctx, 'geo.too-few-points', 'error', path, { params: { count: distinct } });
      degenerate = true;
    }
    cleaned.push(deduped);
  });
  if (degenerate) return null;

  let valid = true;
  const crossings = findCrossings(cleaned, MAX_PER_KIND);
  for (const c of crossings) {
    add(ctx, 'geo.self-intersection', 'error', poly.ringPath(c.ring), {
      location: c.location,
      repair: { kind: 'make-valid' },
    });
    valid = false;
  }
  if (valid) {
    const shell = cleaned[0] as Ring;
    const container = cleaned.findIndex(
      (ring, r) => r > 0 && shell.every((p) => inRingOrOn(ring, p)),
    );
    if (container > 0) {
      add(ctx, 'geo.ring-order', 'error', poly.ringPath(container), {
        location: shell[0] as LonLat,
        repair: { kind: 'make-valid' },
        params: { index: container },
      });
      valid = false;
    }
  }
  if (valid) {
    const inv = tryJts(() => jtsInvalidity(polygonToJts(cleaned)));
    if (!inv.ok) {
      add(ctx, 'geo.operation-failed', 'error', poly.path, { params: { detail: inv.error } });
      valid = false;
    } else if (inv.value) {
      const code = JTS_CODES[inv.value.type] ?? 'geo.invalid-topology';
      add(ctx, code, 'error', poly.path, {
        ...(inv.value.location ? { location: inv.value.location } : {}),
        repair: { kind: 'make-valid' },
        params: { detail: inv.value.message },
      });
      valid = false;
    }
  }
  if (cleaned.length > 1) {
    add(ctx, 'geo.has-holes', 'warning', poly.path, {
      repair: { kind: 'fill-holes' },
      params: { count: cleaned.length - 1 },
    });
  }
  // Winding is meaningless before a swap (which mirrors the ring).
  if (valid && ctx.checkWinding && !swapped) {
    const wrong = cleaned.findIndex((ring, r) =>
      r === 0 ? signedRingArea(ring) < 0 : signedRingArea(ring) > 0,
    );
    if (wrong >= 0) {
      add(ctx, 'geo.winding-order', 'info', poly.ringPath(wrong), { repair: { kind: 'rewind' } });
    }
  }
  return { rings: cleaned, valid };
}

function checkVertexLimit(ctx: Ctx, poly: PolygonInput): void {
  const shell = poly.rings[0];
  if (!shell) return;
  const count = isClosed(shell) ? shell.length : shell.length + 1;
  const max = ctx.profile.maxPolygonPoints;
  if (count > max) {
    add(ctx, 'geo.too-many-vertices', 'error', poly.ringPath(0), {
      source: 'profile',
      repair: { kind: 'simplify', maxPoints: max },
      params: { count, max, profile: ctx.profile.id },
    });
  }
}

/**
 * Validates polygons given with their model paths — the engine behind `validateShape`
 * and `validateCapArea`. Never throws.
 */
export function validatePolygons(
  polygons: PolygonInput[],
  options: ValidateOptions = {},
  shapePath = '',
): GeoFinding[] {
  const ctx = context(options);
  runPolygons(ctx, polygons, shapePath);
  return ctx.out;
}

function runPolygons(ctx: Ctx, polygons: PolygonInput[], shapePath: string): void {
  const nonEmpty = polygons.filter((p) => p.rings.some((r) => Array.isArray(r) && r.length > 0));
  if (nonEmpty.length === 0) {
    add(ctx, 'geo.empty', 'error', shapePath);
    return;
  }
  if (!checkPositions(ctx, polygons)) return;
  const positions = nonEmpty.flatMap((p) => p.rings.flat());
  const swapped = checkSwapped(ctx, positions, shapePath);
  const before = ctx.out.length;
  const results = nonEmpty.map((p) => checkPolygon(ctx, p, swapped));
  const topoErrors = ctx.out.slice(before).some((f) => f.severity === 'error');
  if (!topoErrors && ctx.checkOverlap && results.length > 1) {
    const polys = results.map((r) => (r as { rings: Ring[] }).rings);
    const inv = tryJts(() => jtsInvalidity(polygonsToJts(polys)));
    if (inv.ok && inv.value) {
      add(ctx, 'geo.overlapping-parts', 'warning', shapePath, {
        ...(inv.value.location ? { location: inv.value.location } : {}),
        repair: { kind: 'make-valid' },
      });
    }
  }
  if (!swapped) {
    checkRegion(ctx, positions, shapePath);
    if (!topoErrors) {
      const km2 = results.reduce(
        (sum, r) => sum + (r ? areaKm2({ type: 'Polygon', coordinates: r.rings }) : 0),
        0,
      );
      checkAreaSize(ctx, km2, shapePath);
    }
  }
  for (const p of nonEmpty) checkVertexLimit(ctx, p);
}

function runCircle(ctx: Ctx, circle: CircleShape, rel: string): void {
  const centerPath = joinPath(rel, 'center');
  if (!isPosition(circle.center)) {
    add(ctx, 'geo.invalid-coordinate', 'error', centerPath, {
      params: { index: 0, value: JSON.stringify(circle.center) ?? String(circle.center) },
    });
    return;
  }
  const r = circle.radiusKm;
  if (typeof r !== 'number' || !Number.isFinite(r) || r <= 0) {
    add(ctx, 'geo.circle-radius', 'error', joinPath(rel, 'radiusKm'), {
      location: circle.center,
      params: { value: String(r) },
    });
    return;
  }
  if (checkSwapped(ctx, [circle.center], centerPath)) return;
  const outline = circleToPolygon(circle, { segments: 16 }).coordinates[0] ?? [];
  checkRegion(ctx, [circle.center, ...outline.slice(0, -1)], rel);
  checkAreaSize(ctx, areaKm2(circle), rel);
}

function shapeInputs(shape: AreaShape): PolygonInput[] {
  if (shape.type === 'Polygon') {
    return [
      {
        rings: Array.isArray(shape.coordinates) ? shape.coordinates : [],
        path: 'coordinates',
        ringPath: (r) => `coordinates[${r}]`,
      },
    ];
  }
  if (shape.type === 'MultiPolygon') {
    return (Array.isArray(shape.coordinates) ? shape.coordinates : []).map((rings, p) => ({
      rings: Array.isArray(rings) ? rings : [],
      path: `coordinates[${p}]`,
      ringPath: (r: number) => `coordinates[${p}][${r}]`,
    }));
  }
  return [];
}

function runShape(ctx: Ctx, shape: AreaShape, rel: string): void {
  if (shape.type === 'Circle') {
    runCircle(ctx, shape, rel);
    return;
  }
  const inputs = shapeInputs(shape).map((p) => ({
    ...p,
    path: joinPath(rel, p.path),
    ringPath: (r: number) => joinPath(rel, p.ringPath(r)),
  }));
  runPolygons(ctx, inputs, rel);
}

/**
 * Validates one shape against the geometry rules and a profile. Returns findings, never
 * throws: empty, invalid coordinates, unclosed rings, too few points, consecutive
 * duplicates, self-intersections (each with its location), rings in the wrong order,
 * holes (and holes outside the shell, nested, disconnecting), overlapping parts, winding
 * order (info), swapped latitude/longitude, outside the profile's region, area too small
 * or too large, and more points than the profile allows. Paths are GeoJSON paths
 * (`coordinates[0][3]`) under `options.path`.
 */
export function validateShape(shape: AreaShape, options: ValidateOptions = {}): GeoFinding[] {
  const ctx = context(options);
  runShape(ctx, shape, '');
  return ctx.out;
}

/**
 * Validates an alert's source and effect areas: each shape (paths `effect[0]…`,
 * `source[0]…`), a missing effect area (error), and a source area reaching outside the
 * effect area (warning: people at the source would not be warned).
 */
export function validateArea(area: SireneArea, options: ValidateOptions = {}): GeoFinding[] {
  const ctx = context(options);
  if (area.effect.length === 0) add(ctx, 'geo.effect-empty', 'error', 'effect');
  area.effect.forEach((s, i) => runShape(ctx, s, `effect[${i}]`));
  area.source.forEach((s, i) => runShape(ctx, s, `source[${i}]`));
  if (
    area.effect.length > 0 &&
    area.source.length > 0 &&
    !ctx.out.some((f) => f.severity === 'error')
  ) {
    const effect = area.effect.flatMap(shapePolygons);
    const source = area.source.flatMap(shapePolygons);
    const check = tryJts(() => {
      if (coversPolygons(effect, source)) return null;
      const outside = polygonsToJts(source).difference(polygonsToJts(effect));
      return interiorPoint(polygonsFromJts(outside));
    });
    if (check.ok && check.value !== null) {
      add(ctx, 'geo.source-outside-effect', 'warning', 'source', { location: check.value });
    } else if (check.ok === false) {
      add(ctx, 'geo.operation-failed', 'error', 'source', { params: { detail: check.error } });
    }
  }
  return ctx.out;
}
