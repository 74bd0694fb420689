import type { Lang } from '@sirene/core';
import { parseCrs, type CrsCode } from '../crs-definitions.js';
import { geoFinding, joinPath } from '../findings.js';
import type { GeoFinding } from '../findings.js';
import { circleToPolygon } from '../shapes.js';
import type { AreaShape, CircleShape, LonLat, Ring, SireneArea } from '../types.js';
import { detail, failed, isPositionLike } from './common.js';
import type { ImportOptions, ImportResult } from './common.js';
import { lineColumn } from './xml.js';

/** A GeoJSON geometry as `toGeoJSON` writes it. */
export type GeoJsonGeometry =
  | { type: 'Polygon'; coordinates: LonLat[][] }
  | { type: 'MultiPolygon'; coordinates: LonLat[][][] }
  | { type: 'Point'; coordinates: LonLat };

/** A GeoJSON Feature as `toGeoJSON` writes it. */
export interface GeoJsonFeature {
  type: 'Feature';
  geometry: GeoJsonGeometry;
  properties: Record<string, string | number>;
}

/** A GeoJSON FeatureCollection as `toGeoJSON` writes it. */
export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Converts nested coordinate arrays between two systems (`transformNested` in `../crs.js`). */
export type CoordinateTransform = <T>(coordinates: T, from: CrsCode, to: CrsCode) => T;

interface Ctx {
  lang: Lang;
  shapes: AreaShape[];
  labels: (string | undefined)[];
  findings: GeoFinding[];
  skipped: { type: string; where: string }[];
  crs: CrsCode;
  /** Converts coordinates to WGS84; null when only WGS84 can be read (no proj4). */
  transform: CoordinateTransform | null;
}

function coordError(ctx: Ctx, where: string, text: string): void {
  ctx.findings.push(
    geoFinding('import.geojson-coordinates', ctx.lang, {
      severity: 'error',
      path: where,
      params: { where, detail: text },
    }),
  );
}

/** Checks a ring's structure; reports the first problem. */
function readRing(ctx: Ctx, value: unknown, where: string): Ring | null {
  if (!Array.isArray(value)) {
    coordError(ctx, where, detail('not-array', ctx.lang));
    return null;
  }
  const ring: Ring = [];
  for (let i = 0; i < value.length; i++) {
    const p: unknown = value[i];
    if (!isPositionLike(p)) {
      coordError(
        ctx,
        `${where}[${i}]`,
        `${detail('not-position', ctx.lang)}: ${JSON.stringify(p)}`,
      );
      return null;
    }
    ring.push([p[0], p[1]]);
  }
  return ring;
}

function readPolygon(ctx: Ctx, value: unknown, where: string): Ring[] | null {
  if (!Array.isArray(value)) {
    coordError(ctx, where, detail('not-array', ctx.lang));
    return null;
  }
  const rings: Ring[] = [];
  for (let r = 0; r < value.length; r++) {
    const ring = readRing(ctx, value[r], `${where}[${r}]`);
    if (!ring) return null;
    rings.push(ring);
  }
  return rings;
}

function toWgs84<T>(ctx: Ctx, coords: T): T {
  return ctx.crs === 'EPSG:4326' || !ctx.transform
    ? coords
    : ctx.transform(coords, ctx.crs, 'EPSG:4326');
}

function radiusKmOf(props: unknown): number | null {
  if (!isObj(props)) return null;
  if (typeof props.radiusKm === 'number') return props.radiusKm;
  if (typeof props.radiusKilometers === 'number') return props.radiusKilometers;
  if (typeof props.radius === 'number') return props.radius / 1000;
  return null;
}

function labelOf(props: unknown): string | undefined {
  if (!isObj(props)) return undefined;
  for (const key of ['name', 'title', 'areaDesc', 'naam', 'gemeentenaam']) {
    const v = props[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

function readGeometry(ctx: Ctx, g: unknown, where: string, props: unknown): void {
  if (!isObj(g)) {
    coordError(ctx, where, detail('no-geometry', ctx.lang));
    return;
  }
  const type = g.type;
  const label = labelOf(props);
  switch (type) {
    case 'Polygon': {
      const rings = readPolygon(ctx, g.coordinates, joinPath(where, `coordinates`));
      if (rings) {
        ctx.shapes.push({ type: 'Polygon', coordinates: toWgs84(ctx, rings) });
        ctx.labels.push(label);
      }
      return;
    }
    case 'MultiPolygon': {
      const where2 = joinPath(where, `coordinates`);
      if (!Array.isArray(g.coordinates)) {
        coordError(ctx, where2, detail('not-array', ctx.lang));
        return;
      }
      const polys: Ring[][] = [];
      for (let p = 0; p < g.coordinates.length; p++) {
        const rings = readPolygon(ctx, g.coordinates[p], `${where2}[${p}]`);
        if (!rings) return;
        polys.push(rings);
      }
      ctx.shapes.push({ type: 'MultiPolygon', coordinates: toWgs84(ctx, polys) });
      ctx.labels.push(label);
      return;
    }
    case 'GeometryCollection': {
      if (!Array.isArray(g.geometries)) {
        coordError(ctx, joinPath(where, `geometries`), detail('not-array', ctx.lang));
        return;
      }
      g.geometries.forEach((sub: unknown, i) =>
        readGeometry(ctx, sub, joinPath(where, `geometries[${i}]`), props),
      );
      return;
    }
    case 'Point': {
      const radius = radiusKmOf(props);
      if (radius !== null) {
        if (!isPositionLike(g.coordinates)) {
          coordError(ctx, joinPath(where, `coordinates`), detail('not-position', ctx.lang));
          return;
        }
        const center = toWgs84(ctx, [g.coordinates[0], g.coordinates[1]] as LonLat);
        const circle: CircleShape = { type: 'Circle', center, radiusKm: radius };
        ctx.shapes.push(circle);
        ctx.labels.push(label);
        return;
      }
      ctx.skipped.push({ type: 'Point', where });
      return;
    }
    default:
      if (typeof type !== 'string') coordError(ctx, where, detail('no-type', ctx.lang));
      else ctx.skipped.push({ type, where });
  }
}

function readFeature(ctx: Ctx, f: unknown, where: string): void {
  if (!isObj(f)) {
    coordError(ctx, where, detail('no-type', ctx.lang));
    return;
  }
  if (f.type === 'Feature') {
    if (f.geometry === null || f.geometry === undefined) {
      coordError(ctx, joinPath(where, `geometry`), detail('no-geometry', ctx.lang));
      return;
    }
    readGeometry(ctx, f.geometry, joinPath(where, `geometry`), f.properties);
    return;
  }
  if (f.type === 'FeatureCollection') {
    if (!Array.isArray(f.features)) {
      coordError(ctx, joinPath(where, `features`), detail('not-array', ctx.lang));
      return;
    }
    f.features.forEach((sub: unknown, i) =>
      readFeature(ctx, sub, joinPath(where, `features[${i}]`)),
    );
    return;
  }
  readGeometry(ctx, f, where, undefined);
}

/**
 * Finds where JSON text goes wrong (JSON.parse does not always say: V8 reports
 * "Unexpected token" without a position). A small validating scanner; returns the
 * offset of the first error, or null when the text is valid.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    else i += m[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

/** Parses JSON text, turning a syntax error into a finding. */
export function parseJsonText(
  text: string,
  lang: Lang,
): { ok: true; value: unknown } | { ok: false; finding: GeoFinding } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const offset = jsonErrorOffset(text) ?? text.length;
    const { line, column } = lineColumn(text, offset);
    const near = JSON.stringify(text.slice(offset, offset + 12) || '<end>');
    return {
      ok: false,
      finding: geoFinding('import.json-syntax', lang, {
        severity: 'error',
        line,
        column,
        params: { line, column, detail: near },
      }),
    };
  }
}

/**
 * `parseGeoJSON` for RFC 7946 GeoJSON, which is always WGS84, without loading proj4:
 * a legacy `crs` member naming any other system is reported as `import.unsupported-crs`
 * (use `parseGeoJSON` for such files). For code that must stay small, such as an element
 * that accepts GeoJSON as its value.
 */
export function parseGeoJSONWgs84(
  input: string | unknown,
  options: ImportOptions = {},
): ImportResult {
  return parseGeoJSONWith(input, options, null);
}

/**
 * The GeoJSON reader behind {@link parseGeoJSONWgs84} and `parseGeoJSON` (in
 * `./geojson-crs.js`, which brings proj4): `transform` converts national-grid coordinates
 * to WGS84, or is null when only WGS84 can be read.
 */
export function parseGeoJSONWith(
  input: string | unknown,
  options: ImportOptions,
  transform: CoordinateTransform | null,
): ImportResult {
  const lang = options.lang ?? 'en';
  let value: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input, lang);
    if (!parsed.ok) return failed('geojson', [parsed.finding]);
    value = parsed.value;
  }
  const ctx: Ctx = {
    lang,
    shapes: [],
    labels: [],
    findings: [],
    skipped: [],
    crs: 'EPSG:4326',
    transform,
  };
  if (isObj(value) && isObj(value.crs) && isObj(value.crs.properties)) {
    const name = String(value.crs.properties.name ?? '');
    const crs = parseCrs(name);
    if (!crs || (crs !== 'EPSG:4326' && !transform)) {
      return failed('geojson', [
        geoFinding('import.unsupported-crs', lang, {
          severity: 'error',
          path: 'crs',
          params: { crs: name },
        }),
      ]);
    }
    ctx.crs = crs;
  }
  if (Array.isArray(value)) value.forEach((f: unknown, i) => readFeature(ctx, f, `[${i}]`));
  else readFeature(ctx, value, '');
  const severity = ctx.shapes.length > 0 ? 'warning' : 'error';
  for (const s of ctx.skipped) {
    ctx.findings.push(
      geoFinding('import.geojson-type', lang, {
        severity,
        path: s.where,
        params: { type: s.type, where: s.where || '(root)' },
      }),
    );
  }
  return { format: 'geojson', shapes: ctx.shapes, labels: ctx.labels, findings: ctx.findings };
}

/** Options for `toGeoJSON`. */
export interface ToGeoJsonOptions {
  /**
   * Write circles as polygons that contain them (default false: a Point with
   * `radiusKm`, which GeoJSON readers that do not know the convention show as a point).
   */
  circlesAsPolygons?: boolean;
  /** Vertices of such polygons (default 64). */
  circleSegments?: number;
  /** A `name` property per shape. */
  labels?: readonly (string | undefined)[];
}

function shapeFeature(
  shape: AreaShape,
  options: ToGeoJsonOptions,
  properties: Record<string, string | number>,
): GeoJsonFeature {
  if (shape.type === 'Circle') {
    if (options.circlesAsPolygons) {
      const poly = circleToPolygon(shape, { segments: options.circleSegments ?? 64 });
      return {
        type: 'Feature',
        geometry: poly,
        properties: { ...properties, radiusKm: shape.radiusKm },
      };
    }
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [shape.center[0], shape.center[1]] },
      properties: { ...properties, shape: 'Circle', radiusKm: shape.radiusKm },
    };
  }
  return { type: 'Feature', geometry: shape, properties };
}

/**
 * Writes shapes, or an alert's effect and source areas (each feature then gets a
 * `role` property, `effect` or `source`), as a GeoJSON FeatureCollection (RFC 7946,
 * WGS84 lon/lat). Circles become Points with `radiusKm` unless `circlesAsPolygons`.
 */
export function toGeoJSON(
  input: readonly AreaShape[] | SireneArea,
  options: ToGeoJsonOptions = {},
): GeoJsonFeatureCollection {
  const features: GeoJsonFeature[] = [];
  if (Array.isArray(input)) {
    (input as readonly AreaShape[]).forEach((shape, i) => {
      const name = options.labels?.[i];
      features.push(shapeFeature(shape, options, name ? { name } : {}));
    });
  } else {
    const area = input as SireneArea;
    for (const shape of area.effect)
      features.push(shapeFeature(shape, options, { role: 'effect' }));
    for (const shape of area.source)
      features.push(shapeFeature(shape, options, { role: 'source' }));
  }
  return { type: 'FeatureCollection', features };
}
