import type { LocalizedMessage } from '@sirene/core';
import type { BBox } from './types.js';

/**
 * The numbers every part of Sirene uses for areas — the area editor, the CLI and the
 * dispatch host read them from here so they agree.
 */

/** Profiles with geometry rules. */
export const GEO_PROFILE_IDS = ['nl-alert', 'be-alert', 'eu-alert', 'ipaws'] as const;
/** A profile id (`nl-alert`, `be-alert`, `eu-alert`, `ipaws`). */
export type GeoProfileId = (typeof GEO_PROFILE_IDS)[number];

/** A named rectangle in WGS84 (an extent to test areas against). */
export interface Region {
  /** Short id: `NL`, `BE`. */
  id: string;
  /** Name in every language, as it reads after “outside”: `the Netherlands`, `Nederland`. */
  name: LocalizedMessage;
  bbox: BBox;
}

/**
 * The Netherlands including its territorial sea and the Wadden islands
 * (Zeeland's coast at 3.36° E, Rottumeroog at 6.6° E 53.55° N, Eemshaven, Vaals at
 * 50.75° N), with a few kilometres of margin: cell broadcast near the border is normal.
 */
export const REGION_NL: Region = {
  id: 'NL',
  name: { en: 'the Netherlands', nl: 'Nederland', fr: 'Pays-Bas', de: 'Niederlande' },
  bbox: [3.0, 50.7, 7.3, 53.7],
};

/** Belgium (De Panne 2.54° E, Arlon 49.5° N, Ostbelgien 6.41° E) with a small margin. */
export const REGION_BE: Region = {
  id: 'BE',
  name: { en: 'Belgium', nl: 'België', fr: 'Belgique', de: 'Belgien' },
  bbox: [2.5, 49.45, 6.45, 51.55],
};

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

/** Whether `[lon, lat]` lies inside any of the regions. */
export function inRegions(point: readonly [number, number], regions: readonly Region[]): boolean {
  return regions.some((r) => inBBox(point, r.bbox));
}
