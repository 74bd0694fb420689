import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Lang } from '@sirene/core';
import type { EncodedBoundaryLayer } from '../data/boundaries.js';
import { polygonsToShape } from './shapes.js';
import type { BBox, LonLat, PolygonalShape, Ring } from './types.js';

/** Administrative levels in the boundary layer. */
export type AdminLevel = 'municipality' | 'arrondissement' | 'province' | 'region';

/** One administrative area of a boundary layer. */
export interface AdminArea {
  /** `GM0363` (Dutch CBS municipality code) or a Belgian NIS code (`21004`, `10000`). */
  code: string;
  level: AdminLevel;
  country: 'NL' | 'BE';
  /** Dutch name. */
  nameNl: string;
  /** French name (Belgium). */
  nameFr?: string;
  /** Residents, when the source has them (NL: CBS 2023; BE: 1 January 2020). */
  population?: number;
  /** Codes of the areas it lies in (BE: arrondissement, province, region). */
  parents: string[];
  shape: PolygonalShape;
  bbox: BBox;
}

/** A set of administrative areas to select from. */
export interface BoundaryLayer {
  areas: readonly AdminArea[];
  byCode: ReadonlyMap<string, AdminArea>;
  /** Attribution to show with the data (required by CC-BY). */
  attribution: string;
}

/** What an area of a custom layer needs; `parents` and `bbox` are optional. */
export type AdminAreaInput = Omit<AdminArea, 'parents' | 'bbox'> & { parents?: string[] };

/** Attribution of the embedded layer (see data/SOURCES.md). */
export const DEFAULT_BOUNDARY_ATTRIBUTION =
  'Gemeentegrenzen: CBS / Kadaster, Wijk- en Buurtkaart 2023 (CC-BY 4.0); Belgique/België: Statbel, bmesuere/belgium-topojson (CC0)';

function bboxOf(shape: PolygonalShape): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** Builds a layer from areas (for hosts that bring their own boundaries). */
export function createBoundaryLayer(
  areas: readonly AdminAreaInput[],
  attribution = '',
): BoundaryLayer {
  const full: AdminArea[] = areas.map((a) => ({
    ...a,
    parents: a.parents ?? [],
    bbox: bboxOf(a.shape),
  }));
  return { areas: full, byCode: new Map(full.map((a) => [a.code, a])), attribution };
}

/** Decodes one ring: polyline-encoded deltas of `lon, lat` integers at 10^-precision. */
function decodeRing(text: string, scale: number): Ring {
  const ring: Ring = [];
  let i = 0;
  let x = 0;
  let y = 0;
  const next = (): number => {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = text.charCodeAt(i++) - 63;
      result |= (b & 0x1f) << shift;
      shift += 5;
    } while (b >= 0x20 && i < text.length);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (i < text.length) {
    x += next();
    y += next();
    ring.push([x / scale, y / scale]);
  }
  const first = ring[0];
  if (first) ring.push([first[0], first[1]]);
  return ring;
}

/** Decodes a geometry string: polygons joined by `;`, rings by a space. */
export function decodeGeometry(text: string, precision: number): PolygonalShape {
  const scale = 10 ** precision;
  const polygons = text
    .split(';')
    .filter(Boolean)
    .map((poly) =>
      poly
        .split(' ')
        .filter(Boolean)
        .map((r) => decodeRing(r, scale)),
    );
  return polygonsToShape(polygons);
}

/** Decodes the embedded layer's format. */
export function decodeBoundaryLayer(encoded: EncodedBoundaryLayer): BoundaryLayer {
  return createBoundaryLayer(
    encoded.features.map((f) => {
      const area: AdminAreaInput = {
        code: f.code,
        level: f.level,
        country: f.country,
        nameNl: f.nameNl,
        parents: f.parents ?? [],
        shape: decodeGeometry(f.geometry, encoded.precision),
      };
      if (f.nameFr !== undefined) area.nameFr = f.nameFr;
      if (f.population !== undefined) area.population = f.population;
      return area;
    }),
    DEFAULT_BOUNDARY_ATTRIBUTION,
  );
}

let defaultLayer: Promise<BoundaryLayer> | undefined;

/**
 * The embedded boundaries: the 342 Dutch municipalities (2023; no provinces — the source
 * has no province key) and Belgium's 581 municipalities, 43 arrondissements, 10
 * provinces and 3 regions (2019), simplified for the browser (about 630 KB, loaded on
 * first call as a separate module). See data/SOURCES.md.
 */
export function loadDefaultBoundaryLayer(): Promise<BoundaryLayer> {
  defaultLayer ??= import('../data/boundaries.js').then((m) => decodeBoundaryLayer(m.default));
  return defaultLayer;
}

/** The area's name in a language: French where Belgium has one, Dutch otherwise. */
export function adminName(area: AdminArea, lang: Lang = 'nl'): string {
  return lang === 'fr' && area.nameFr ? area.nameFr : area.nameNl;
}

function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Options for `searchAdminAreas`. */
export interface AdminSearchOptions {
  level?: AdminLevel;
  country?: 'NL' | 'BE';
  /** At most this many results (default 20). */
  limit?: number;
}

const LEVEL_ORDER: Record<AdminLevel, number> = {
  municipality: 0,
  arrondissement: 1,
  province: 2,
  region: 3,
};

/**
 * Finds areas by name (Dutch or French, ignoring case and accents: `liege` finds Liège)
 * or code. Exact matches first, then names starting with the query, then names
 * containing it.
 */
export function searchAdminAreas(
  layer: BoundaryLayer,
  query: string,
  options: AdminSearchOptions = {},
): AdminArea[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { area: AdminArea; score: number }[] = [];
  for (const area of layer.areas) {
    if (options.level && area.level !== options.level) continue;
    if (options.country && area.country !== options.country) continue;
    const names = [area.nameNl, area.nameFr ?? '', area.code].map(normalize);
    // Names like "Provincie Antwerpen": the last word(s) count too.
    const stripped = names.map((n) =>
      n.replace(
        /^(provincie|province|arrondissement|province de la|province du|province de|d)\s+/,
        '',
      ),
    );
    let score = -1;
    for (const n of [...names, ...stripped]) {
      if (!n) continue;
      if (n === q) score = Math.max(score, 3);
      else if (n.startsWith(q)) score = Math.max(score, 2);
      else if (n.includes(q)) score = Math.max(score, 1);
    }
    if (score >= 0) scored.push({ area, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      LEVEL_ORDER[a.area.level] - LEVEL_ORDER[b.area.level] ||
      a.area.nameNl.localeCompare(b.area.nameNl, 'nl'),
  );
  return scored.slice(0, options.limit ?? 20).map((s) => s.area);
}

/** The areas that contain a point (a municipality, and in Belgium its higher levels). */
export function adminAreasAt(
  layer: BoundaryLayer,
  point: LonLat,
  options: { level?: AdminLevel } = {},
): AdminArea[] {
  return layer.areas.filter(
    (a) =>
      (!options.level || a.level === options.level) &&
      point[0] >= a.bbox[0] &&
      point[0] <= a.bbox[2] &&
      point[1] >= a.bbox[1] &&
      point[1] <= a.bbox[3] &&
      booleanPointInPolygon([point[0], point[1]], a.shape),
  );
}

/** The areas whose parents include `code` (e.g. the municipalities of a province). */
export function adminChildren(layer: BoundaryLayer, code: string, level?: AdminLevel): AdminArea[] {
  return layer.areas.filter((a) => a.parents.includes(code) && (!level || a.level === level));
}
