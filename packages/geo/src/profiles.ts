import type { LocalizedMessage } from '@sirene/core';
import { BE_OUTLINE, NL_OUTLINE } from './region-outlines.js';
import type { BBox } from './types.js';

/**
 * The numbers every part of Sirene uses for areas — the area editor, the CLI and the
 * dispatch host read them from here so they agree.
 */

/** Profiles with geometry rules. */
export const GEO_PROFILE_IDS = ['nl-alert', 'be-alert', 'eu-alert', 'ipaws'] as const;
/** A profile id (`nl-alert`, `be-alert`, `eu-alert`, `ipaws`). */
export type GeoProfileId = (typeof GEO_PROFILE_IDS)[number];

/** A country (or other extent) that areas are tested against. */
export interface Region {
  /** Short id: `NL`, `BE`. */
  id: string;
  /** Name in every language, as it reads after “outside”: `the Netherlands`, `Nederland`. */
  name: LocalizedMessage;
  /** Bounding box of the outline. */
  bbox: BBox;
  /** Closed exterior rings, `[lon, lat]`; a point inside any of them is in the region. */
  outline: readonly (readonly (readonly [number, number])[])[];
}

function region(
  id: string,
  name: LocalizedMessage,
  outline: readonly (readonly (readonly [number, number])[])[],
): Region {
  const pts = outline.flat();
  const bbox: BBox = [
    Math.min(...pts.map((p) => p[0])),
    Math.min(...pts.map((p) => p[1])),
    Math.max(...pts.map((p) => p[0])),
    Math.max(...pts.map((p) => p[1])),
  ];
  return { id, name, bbox, outline };
}

/**
 * The Netherlands: its municipalities (land and the water they include: IJsselmeer,
 * Wadden Sea, Zeeland's estuaries) with a margin of about 9 km north-south and 5.5 km
 * east-west, since cell broadcast near a border or a coast is normal. Outline generated
 * from the embedded boundaries (src/region-outlines.ts).
 */
export const REGION_NL: Region = region(
  'NL',
  { en: 'the Netherlands', nl: 'Nederland', fr: 'Pays-Bas', de: 'Niederlande' },
  NL_OUTLINE,
);

/** Belgium, with the same margin. */
export const REGION_BE: Region = region(
  'BE',
  { en: 'Belgium', nl: 'België', fr: 'Belgique', de: 'Belgien' },
  BE_OUTLINE,
);

/** Both countries: what the swapped-axes heuristic and the eu-alert profile test against. */
export const REGIONS_NL_BE: readonly Region[] = [REGION_NL, REGION_BE];

/** Geometry rules of one profile. */
export interface GeoProfile {
  id: GeoProfileId;
  /**
   * Most coordinate pairs one CAP `<polygon>` may have, **counting the closing pair**
   * (so 100 allows 99 distinct vertices). Applies to each polygon's exterior ring.
   */
  maxPolygonPoints: number;
  /** Below this area (km²) an area gets a warning: cell broadcast cannot be that precise. */
  minAreaKm2: number;
  /** Above this area (km²) an area gets a warning: is that really meant? `null`: no check. */
  maxAreaKm2: number | null;
  /**
   * Where this profile broadcasts. An area wholly outside every region is an error, one
   * partly outside a warning. Empty: no region check (and no swapped-axes heuristic).
   */
  regions: readonly Region[];
}

/**
 * The profiles.
 *
 * - **ipaws**: 100 points per polygon — the FEMA IPAWS-OPEN / WEA limit.
 * - **nl-alert**, **be-alert**, **eu-alert**: we found no published per-polygon limit
 *   for the Dutch or Belgian cell broadcast centres. We choose **100** as well: the
 *   common denominator of CAP consumers (IPAWS/WEA use it), and plenty for an area drawn
 *   by hand; simplification to it never shrinks the area. A host can pass its own limit.
 * - Area thresholds: below **0.01 km²** (100 m × 100 m) a warning, because a cell covers
 *   far more than that; above **10,000 km²** a warning for the Dutch and Belgian profiles
 *   (a quarter of the Netherlands, a third of Belgium) — large areas are allowed but
 *   should be deliberate. IPAWS has no upper check here.
 */
export const GEO_PROFILES: Readonly<Record<GeoProfileId, GeoProfile>> = {
  'nl-alert': {
    id: 'nl-alert',
    maxPolygonPoints: 100,
    minAreaKm2: 0.01,
    maxAreaKm2: 10_000,
    regions: [REGION_NL],
  },
  'be-alert': {
    id: 'be-alert',
    maxPolygonPoints: 100,
    minAreaKm2: 0.01,
    maxAreaKm2: 10_000,
    regions: [REGION_BE],
  },
  'eu-alert': {
    id: 'eu-alert',
    maxPolygonPoints: 100,
    minAreaKm2: 0.01,
    maxAreaKm2: 10_000,
    regions: REGIONS_NL_BE,
  },
  ipaws: {
    id: 'ipaws',
    maxPolygonPoints: 100,
    minAreaKm2: 0.01,
    maxAreaKm2: null,
    regions: [],
  },
};

/** The profile used when none is given. */
export const DEFAULT_GEO_PROFILE: GeoProfileId = 'nl-alert';

/** Looks up a profile by id; unknown ids get the default profile. */
export function geoProfile(id: string | undefined): GeoProfile {
  return (GEO_PROFILE_IDS as readonly string[]).includes(id ?? '')
    ? GEO_PROFILES[id as GeoProfileId]
    : GEO_PROFILES[DEFAULT_GEO_PROFILE];
}

/** Whether `[lon, lat]` lies inside (or on the edge of) the box. */
export function inBBox(point: readonly [number, number], bbox: BBox): boolean {
  return point[0] >= bbox[0] && point[0] <= bbox[2] && point[1] >= bbox[1] && point[1] <= bbox[3];
}

/** Whether `[lon, lat]` lies inside a closed ring (even-odd rule). */
function inRing(
  point: readonly [number, number],
  ring: readonly (readonly [number, number])[],
): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as readonly [number, number];
    const b = ring[j] as readonly [number, number];
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside;
}

/** Whether `[lon, lat]` lies inside the region's outline. */
export function inRegion(point: readonly [number, number], region: Region): boolean {
  return inBBox(point, region.bbox) && region.outline.some((ring) => inRing(point, ring));
}

/** Whether `[lon, lat]` lies inside any of the regions. */
export function inRegions(point: readonly [number, number], regions: readonly Region[]): boolean {
  return regions.some((r) => inRegion(point, r));
}
