import type { CrsCode } from '../crs.js';
import type { LonLat, PolygonalShape } from '../types.js';
import type { CoverageOverlay, TracedOverlay } from './coverage.js';
import type { OvershootFinding } from './messages.js';

/** Radio environment, for the Hata correction (urban, suburban, open/rural). */
export type RadioEnvironment = 'urban' | 'suburban' | 'rural';

/** The environments, in order from dense to open. */
export const RADIO_ENVIRONMENTS: readonly RadioEnvironment[] = ['urban', 'suburban', 'rural'];

/**
 * One cell (a sector on one frequency band), with the fields the Dutch Antenneregister
 * publishes per antenna (position, height, main-beam direction, frequency, power in dBW
 * ERP) plus the operator and, optionally, a known range.
 */
export interface OvershootCell {
  /** An identifier to show (defaults to the row number). */
  id: string;
  /** Network operator; cells of one operator compete for best server. */
  operator: string;
  /** Site position, WGS84 `[lon, lat]`. */
  position: LonLat;
  /** Main-beam direction in degrees clockwise from north; `null` for an omni antenna. */
  azimuthDeg: number | null;
  /** Horizontal half-power beamwidth in degrees (default 65). */
  beamwidthDeg: number;
  /** Antenna height above ground in metres (default 30). */
  heightM: number;
  /** Carrier frequency in MHz; may be absent when `rangeM` is given. */
  frequencyMhz: number | null;
  /** Transmit power in dBW ERP (main beam); may be absent when `rangeM` is given. */
  erpDbw: number | null;
  /**
   * Known main-beam range in metres. Overrides the propagation model: the nominal
   * footprint reaches exactly this far on the main beam (the sweep still varies it).
   */
  rangeM: number | null;
  /** Radio environment; absent: derived from the population (or cell) density at the site. */
  environment: RadioEnvironment | null;
}

/**
 * How the network picks the cells that broadcast, chosen by the host.
 *
 * - `any-overlap`: every cell whose serving area touches the drawn area broadcasts, and
 *   every phone camped on one shows the alert (NL-Alert's cell broadcast).
 * - `site-inside`: only cells whose antenna site lies inside the area (Belgian
 *   location-based SMS, LB-SMS).
 * - `geofence`: cells as in `any-overlap`, but the phone shows the alert only when its own
 *   location fix lies inside the area (WEA-style device geofencing; in the Netherlands for
 *   newer phones since 2024). Older phones behave as in `any-overlap`: the result carries
 *   their figures as `legacy`.
 */
export type SelectionMode = 'any-overlap' | 'site-inside' | 'geofence';

/** The selection modes. */
export const SELECTION_MODES: readonly SelectionMode[] = ['any-overlap', 'site-inside', 'geofence'];

/** Residents as input: points (residents at a place) or areas (residents spread evenly). */
export type PopulationFeature =
  | { kind: 'point'; position: LonLat; population: number }
  | { kind: 'area'; shape: PolygonalShape; population: number };

/**
 * How a population layer places residents: `areas` spreads each area's total evenly over
 * it (municipal totals: an estimate, coarse in a municipality with a town and
 * countryside), `points` puts them on grid squares (CBS 100 m squares: fine), `mixed`
 * both, `none` no residents given.
 */
export type PopulationPlacement = 'none' | 'areas' | 'points' | 'mixed';

/** A population layer: a grid of points (CBS 100 m squares) or areas (municipalities). */
export interface PopulationInput {
  features: PopulationFeature[];
}

/** Model settings; every default is documented in src/overshoot/README.md. */
export interface OvershootModelOptions {
  /** Maximum outdoor path loss (dB) at the reference ERP; default 145. */
  maxPathLossDb?: number;
  /** ERP (dBW) at which `maxPathLossDb` holds; a cell 3 dB stronger may lose 3 dB more. Default 30. */
  referenceErpDbw?: number;
  /** Phone height above ground (m); default 1.5. */
  mobileHeightM?: number;
  /** Path-loss sweep either way (dB) for the uncertainty band; default 10. */
  sweepDb?: number;
  /** Secondary servers: cells within this many dB of the best also serve a square; default 4. */
  secondaryMarginDb?: number;
  /** Front-to-back ratio of sector antennas (dB): the pattern floor; default 25. */
  frontToBackDb?: number;
  /** Grid square in cities (m); default 100. Must divide `tileM`. */
  urbanCellM?: number;
  /** Grid square elsewhere (m); default 250. Must divide `tileM`. */
  ruralCellM?: number;
  /** Projected CRS to compute in; default: EPSG:28992 in the Netherlands, EPSG:3812 in Belgium. */
  crs?: CrsCode;
  /** How far beyond the outermost sites the grid reaches (km); default: the largest reach, at most 30. */
  gridMarginKm?: number;
  /** Device location tolerance for `geofence` mode (m); default 100. */
  geofenceToleranceM?: number;
}

/** A figure with its uncertainty: never one number alone. */
export interface Band {
  /** The figure with the model's nominal path loss. */
  nominal: number;
  /** The smallest value over the sweep (path loss ±`sweepDb`). */
  low: number;
  /** The largest value over the sweep. */
  high: number;
}

/** Figures for one network, or for all networks together. */
export interface OvershootFigures {
  /** Area outside the drawn area where phones show the alert (km²). */
  overshootAreaKm2: Band;
  /** Residents living there (null without a population layer). */
  overshootPopulation: Band | null;
  /** Distance beyond the drawn edge that half of the overshoot area lies within (km, area-weighted). */
  spillP50Km: Band;
  /** Distance beyond the drawn edge that 95 % of the overshoot area lies within (km). */
  spillP95Km: Band;
  /** Farthest spill beyond the drawn edge (km). */
  spillMaxKm: Band;
  /** Area inside the drawn area that is served but where phones do not get the alert (km²). */
  undershootAreaKm2: Band;
  /** Residents there (null without a population layer). */
  undershootPopulation: Band | null;
  /** Area inside the drawn area that has coverage at all (km²). */
  servedInsideKm2: Band;
  /** Cells that broadcast. */
  cellsSelected: Band;
}

/** Figures of one operator. */
export interface OperatorFigures {
  operator: string;
  figures: OvershootFigures;
}

/**
 * One inset of the drawn area and what it would do: every figure a band over the
 * path-loss sweep, like the main figures.
 */
export interface InsetOption {
  /** How far every edge moved inwards (km). */
  insetKm: number;
  /** The inset area, WGS84. */
  shape: PolygonalShape;
  /** Overshoot of the combined networks with this area (km²). */
  overshootAreaKm2: Band;
  /** Residents in that overshoot (null without population). */
  overshootPopulation: Band | null;
  /** Area inside the original drawn area no longer reached (km²). */
  undershootAreaKm2: Band;
  /** Residents there (null without population). */
  undershootPopulation: Band | null;
}

/**
 * A tighter area that trades overshoot against undershoot: a few insets of the drawn
 * area with their effect, and the one recommended (the largest overshoot saving whose
 * undershoot stays within `maxUndershootShare` of the served inside).
 */
export interface TighterAreaSuggestion {
  options: InsetOption[];
  /** Index into `options`, or null when no inset keeps undershoot within the limit. */
  recommended: number | null;
  /** The undershoot limit used, as a share (0.01 = 1 %) of the served area (or residents) inside. */
  maxUndershootShare: number;
}

/** One estimate for one drawn area. */
export interface OvershootEstimate {
  mode: SelectionMode;
  /** Path-loss sweep either way (dB). */
  sweepDb: number;
  /** Grid area inside the drawn area (km²). */
  areaKm2: number;
  /** All networks together: a place counts when any network reaches it. */
  combined: OvershootFigures;
  /** Per operator, in the order of `OvershootSummary.operators`. */
  operators: OperatorFigures[];
  /**
   * In `geofence` mode: what phones without geofencing see (the `any-overlap` figures
   * of the same broadcast). Absent in the other modes.
   */
  legacy?: { combined: OvershootFigures; operators: OperatorFigures[] };
  /**
   * The UK public-alert console's bleed ring for comparison:
   * clamp(5900 − 1250·log10(phones per square mile), 500, 5000) m, with residents as
   * phones. Null without population.
   */
  ukBleedKm: number | null;
  /** Indices (into the cells given) of the cells that broadcast, nominal case. */
  selectedCells: Int32Array;
  /** Tighter-area suggestion, when asked for. */
  suggestion?: TighterAreaSuggestion;
  /** The squares behind the figures as row runs for a map, when asked for (`overlay`). */
  overlay?: CoverageOverlay;
  /** That overlay traced into WGS84 polygons, when asked for (`overlay` and `trace`). */
  traced?: TracedOverlay;
  /** Warnings about the estimate (area outside coverage, grid edge). */
  findings: OvershootFinding[];
  /** What this estimate cost. */
  stats: EstimateStats;
}

/** Work done by one estimate (for tuning and the benchmark). */
export interface EstimateStats {
  /** Milliseconds spent. */
  ms: number;
  /** Grid squares whose inside/outside state changed. */
  squaresChanged: number;
  /** Cell selections that changed (summed over the sweep). */
  cellsChanged: number;
  /** Whether the raster was rebuilt from scratch (first estimate, new shape structure, mode change). */
  full: boolean;
}

/** What the engine was built from. */
export interface OvershootSummary {
  cells: number;
  operators: string[];
  squares: number;
  urbanSquares: number;
  crs: CrsCode;
  /** Grid extent in the CRS: `[minX, minY, maxX, maxY]` (m). */
  extent: [number, number, number, number];
  hasPopulation: boolean;
  /** How the residents were placed: say so beside any residents figure. */
  populationPlacement: PopulationPlacement;
  /** Residents on the grid (0 without population). */
  population: number;
  /** Nominal main-beam range per cell (km), in input order. */
  rangesKm: Float32Array;
  /** Environment used per cell: 0 urban, 1 suburban, 2 rural. */
  environments: Uint8Array;
}

/** Progress of the precomputation. */
export interface OvershootProgress {
  phase: 'cells' | 'grid' | 'servers' | 'population' | 'index';
  done: number;
  total: number;
}

/** Options for one estimate. */
export interface EstimateOptions {
  mode?: SelectionMode;
  /** Compute the tighter-area suggestion (slower; not for every drag frame). */
  suggest?: boolean;
  /** Undershoot limit for the recommendation (share of served inside); default 0.01. */
  maxUndershootShare?: number;
  /**
   * Return the coverage overlay (`OvershootEstimate.overlay`): row runs per operator and
   * combined, for a map. A few kilobytes to a few hundred; ask when the map is redrawn
   * (debounced), not on every drag frame.
   */
  overlay?: boolean;
  /**
   * With `overlay`: also trace it into WGS84 polygons (`OvershootEstimate.traced`), flat
   * typed arrays ready to draw. Ask for it from a worker so tracing stays off the page's
   * thread; the runs stay in `overlay`. `true` traces all networks together and every
   * operator; `{ operators }` all networks together and only the operators named (a map
   * shows one network at a time; tracing every operator costs several times as much).
   */
  trace?: boolean | { operators: readonly string[] };
}
