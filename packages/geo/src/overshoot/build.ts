/**
 * The precomputation: project the cells, classify the radio environment, lay the grid
 * (fine squares in cities, coarse elsewhere), find each square's best server per operator
 * (with secondary servers within a margin), spread the population, and build the
 * per-square and per-cell server lists. Everything in typed arrays.
 *
 * Internal layout (see README.md, "How it is fast"):
 * - Squares are numbered scanline by scanline (south to north), west to east within a
 *   scanline, so the squares of one scanline are a contiguous, x-sorted index range.
 * - Sweep scenarios k = 0 (path loss +sweep: pessimistic), 1 (nominal), 2 (−sweep:
 *   optimistic). A (cell, square) pair carries a 3-bit mask of the scenarios in which the
 *   cell serves the square. A uniform path-loss shift does not change which cell is best,
 *   only how far coverage reaches, so one search serves all three scenarios.
 */
import { REGION_BE, REGION_NL, inRegion } from '../profiles.js';
import { fromWgs84 } from '../crs.js';
import type { CrsCode } from '../crs.js';
import { shapePolygons } from '../shapes.js';
import type { LonLat } from '../types.js';
import { MAX_OPERATORS } from './parse.js';
import { edgeSet, planarArea, scanUnion } from './polygons.js';
import type { EdgeSet, PlanarPolygons } from './polygons.js';
import {
  DEFAULT_FRONT_TO_BACK_DB,
  DEFAULT_MAX_PATH_LOSS_DB,
  DEFAULT_MOBILE_HEIGHT_M,
  DEFAULT_REFERENCE_ERP_DBW,
  pathLossLine,
  radioHorizonKm,
} from './propagation.js';
import type {
  OvershootCell,
  OvershootModelOptions,
  OvershootProgress,
  PopulationInput,
  PopulationPlacement,
  RadioEnvironment,
} from './types.js';
import { RADIO_ENVIRONMENTS } from './types.js';

/** Number of sweep scenarios (pessimistic, nominal, optimistic). */
export const SCENARIOS = 3;
/** Index of the nominal scenario. */
export const NOMINAL = 1;
/** Most servers kept per square and operator. */
const MAX_SERVERS = 4;
/** Server-search bucket size (m); also the site index's. */
const BUCKET_M = 2000;
/** Smallest distance the path-loss formula is evaluated at (m). */
const MIN_DISTANCE_M = 20;

/** Residents per km² (over 1.5 km × 1.5 km) from which the environment is urban / suburban. */
export const URBAN_DENSITY = 1500;
/** See `URBAN_DENSITY`. */
export const SUBURBAN_DENSITY = 400;
/** Sites per km² (over 2.5 km × 2.5 km) from which the environment is urban / suburban, without population. */
export const URBAN_SITE_DENSITY = 1.0;
/** See `URBAN_SITE_DENSITY`. */
export const SUBURBAN_SITE_DENSITY = 0.35;

/** Resolved model settings. */
export interface ResolvedOptions {
  maxPathLossDb: number;
  referenceErpDbw: number;
  mobileHeightM: number;
  sweepDb: number;
  secondaryMarginDb: number;
  frontToBackDb: number;
  urbanCellM: number;
  ruralCellM: number;
  crs: CrsCode | null;
  gridMarginKm: number | null;
  geofenceToleranceM: number;
}

/** Fills in the defaults. */
export function resolveOptions(o: OvershootModelOptions = {}): ResolvedOptions {
  return {
    maxPathLossDb: o.maxPathLossDb ?? DEFAULT_MAX_PATH_LOSS_DB,
    referenceErpDbw: o.referenceErpDbw ?? DEFAULT_REFERENCE_ERP_DBW,
    mobileHeightM: o.mobileHeightM ?? DEFAULT_MOBILE_HEIGHT_M,
    sweepDb: Math.max(0, o.sweepDb ?? 10),
    secondaryMarginDb: Math.max(0, o.secondaryMarginDb ?? 4),
    frontToBackDb: o.frontToBackDb ?? DEFAULT_FRONT_TO_BACK_DB,
    urbanCellM: o.urbanCellM ?? 100,
    ruralCellM: o.ruralCellM ?? 250,
    crs: o.crs ?? null,
    gridMarginKm: o.gridMarginKm ?? null,
    geofenceToleranceM: o.geofenceToleranceM ?? 100,
  };
}

/** The precomputed model. Squares are numbered scanline by scanline. */
export interface Grid {
  options: ResolvedOptions;
  crs: CrsCode;
  /** Projection scale fix (1 except for the Web Mercator fallback). */
  scale: number;
  ops: string[];
  cellCount: number;
  cellOp: Uint8Array;
  cellX: Float64Array;
  cellY: Float64Array;
  cellRangeKm: Float32Array;
  cellEnv: Uint8Array;
  /** Grid origin (south-west corner) and tiles. */
  originX: number;
  originY: number;
  tileM: number;
  tilesX: number;
  tilesY: number;
  /** Sub-rows per tile row: y offset within the tile and whether fine. */
  subOffset: Float64Array;
  subFine: Uint8Array;
  /** 1 where a tile has fine squares. */
  tileFine: Uint8Array;
  /** Scanline l holds squares lineStart[l] … lineStart[l+1] − 1. */
  lineStart: Int32Array;
  lineY: Float64Array;
  squareCount: number;
  sqX: Float64Array;
  sqY: Float64Array;
  /** Bit 0: fine square; bit 1: on the outer tile ring of the grid. */
  sqFlags: Uint8Array;
  sqArea: Float32Array;
  sqPop: Float32Array;
  /** Servers of square s: entries sqStart[s] … sqStart[s+1] − 1 (cell, scenario mask). */
  sqStart: Int32Array;
  sqCell: Int32Array;
  sqMask: Uint8Array;
  /** Bit (o·3 + k): operator o serves the square in scenario k. */
  servedBits: Uint32Array;
  /** Squares of cell c: entries cellStart[c] … cellStart[c+1] − 1 (square, scenario mask). */
  cellStart: Int32Array;
  cellSq: Int32Array;
  cellMask: Uint8Array;
  /** Cells by 2 km bucket (all operators), for site-inside tests in a box. */
  bucketOriginX: number;
  bucketOriginY: number;
  bucketM: number;
  bucketsX: number;
  bucketsY: number;
  bucketStart: Int32Array;
  bucketCells: Int32Array;
  hasPopulation: boolean;
  populationPlacement: PopulationPlacement;
  population: number;
  /** How far the grid reaches beyond the outermost sites (km). */
  marginKm: number;
  /** The farthest any cell reaches, optimistic case (m). */
  maxReachM: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Picks the CRS: the Dutch grid for cells mostly in NL, Belgian Lambert 2008 for BE. */
export function chooseCrs(positions: readonly LonLat[]): { crs: CrsCode; scale: number } {
  let nl = 0;
  let be = 0;
  let lat = 0;
  const step = Math.max(1, Math.floor(positions.length / 500));
  let n = 0;
  for (let i = 0; i < positions.length; i += step) {
    const p = positions[i] as LonLat;
    if (inRegion(p, REGION_NL)) nl++;
    else if (inRegion(p, REGION_BE)) be++;
    lat += p[1];
    n++;
  }
  if (nl + be >= n / 2) return { crs: nl >= be ? 'EPSG:28992' : 'EPSG:3812', scale: 1 };
  // Elsewhere: Web Mercator scaled to true distance at the mean latitude (about 2 %
  // off 200 km north or south of it) — good enough for a rough estimate.
  return { crs: 'EPSG:3857', scale: Math.cos(((n ? lat / n : 0) * Math.PI) / 180) };
}

/** Growable typed arrays for the server lists. */
class GrowInt32 {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
}
class GrowUint8 {
  data = new Uint8Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Uint8Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
}

/** Sums a tile field over a (2w+1)² window with a summed-area table. */
function windowSum(field: Float64Array, tx: number, ty: number, w: number): Float64Array {
  const sat = new Float64Array((tx + 1) * (ty + 1));
  for (let y = 0; y < ty; y++) {
    let row = 0;
    for (let x = 0; x < tx; x++) {
      row += field[y * tx + x] as number;
      sat[(y + 1) * (tx + 1) + x + 1] = (sat[y * (tx + 1) + x + 1] as number) + row;
    }
  }
  const out = new Float64Array(tx * ty);
  for (let y = 0; y < ty; y++) {
    const y0 = Math.max(0, y - w);
    const y1 = Math.min(ty, y + w + 1);
    for (let x = 0; x < tx; x++) {
      const x0 = Math.max(0, x - w);
      const x1 = Math.min(tx, x + w + 1);
      out[y * tx + x] =
        (sat[y1 * (tx + 1) + x1] as number) -
        (sat[y0 * (tx + 1) + x1] as number) -
        (sat[y1 * (tx + 1) + x0] as number) +
        (sat[y0 * (tx + 1) + x0] as number);
    }
  }
  return out;
}

/** Projects WGS84 polygons into the grid CRS. */
export function projectPolygons(
  polygons: readonly (readonly (readonly LonLat[])[])[],
  crs: CrsCode,
  scale: number,
): PlanarPolygons {
  return polygons.map((rings) =>
    rings.map((ring) =>
      ring.map((p) => {
        const [x, y] = fromWgs84(p, crs);
        return [x * scale, y * scale] as const;
      }),
    ),
  );
}

/** Spreads residents of one polygon over the points `(x0 + i·step, y)` of regular rows. */
function rasterizeOnRows(
  polygons: PlanarPolygons,
  rows: number,
  rowY: (r: number) => number,
  visit: (r: number, xFrom: number, xTo: number) => void,
): void {
  const edges = edgeSet(polygons);
  if (edges.count === 0) return;
  const buf = { xs: new Float64Array(32) };
  for (let r = 0; r < rows; r++) {
    const y = rowY(r);
    if (y < edges.bbox[1] || y > edges.bbox[3]) continue;
    const n = scanUnion(edges, y, buf);
    for (let i = 0; i < n; i++) visit(r, buf.xs[2 * i] as number, buf.xs[2 * i + 1] as number);
  }
}

/**
 * Builds the model step by step; yields progress now and then, returns the grid. Drive it
 * with `runSync` or, in a worker, with an async loop that lets messages (cancel) in.
 */
export function* buildGrid(
  cells: readonly OvershootCell[],
  modelOptions: OvershootModelOptions = {},
  population?: PopulationInput,
): Generator<OvershootProgress, Grid> {
  const options = resolveOptions(modelOptions);
  const C = cells.length;
  yield { phase: 'cells', done: 0, total: C };

  // Operators, CRS, projected sites.
  const ops: string[] = [];
  const opIndex = new Map<string, number>();
  const cellOp = new Uint8Array(C);
  cells.forEach((c, i) => {
    let o = opIndex.get(c.operator);
    if (o === undefined) {
      o = ops.length;
      if (o >= MAX_OPERATORS) throw new RangeError(`more than ${MAX_OPERATORS} operators`);
      ops.push(c.operator);
      opIndex.set(c.operator, o);
    }
    cellOp[i] = o;
  });
  const chosen = options.crs
    ? {
        crs: options.crs,
        scale: options.crs === 'EPSG:3857' ? chooseCrs(cells.map((c) => c.position)).scale : 1,
      }
    : chooseCrs(cells.map((c) => c.position));
  const { crs, scale } = chosen;
  const cellX = new Float64Array(C);
  const cellY = new Float64Array(C);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  cells.forEach((c, i) => {
    const [x, y] = fromWgs84(c.position, crs);
    cellX[i] = x * scale;
    cellY[i] = y * scale;
    minX = Math.min(minX, x * scale);
    minY = Math.min(minY, y * scale);
    maxX = Math.max(maxX, x * scale);
    maxY = Math.max(maxY, y * scale);
  });
  if (C === 0) {
    minX = minY = 0;
    maxX = maxY = 1;
  }

  // Tiles on a grid reaching the largest possible margin (environment needs them first).
  const u = options.urbanCellM;
  const r = options.ruralCellM;
  const tileM = (u * r) / gcd(u, r);
  if (tileM % u !== 0 || tileM % r !== 0 || tileM > 5000) {
    throw new RangeError('urbanCellM and ruralCellM must have a common multiple of at most 5 km');
  }
  const maxMarginM = Math.max(1000, (options.gridMarginKm ?? 30) * 1000);
  const originX = Math.floor((minX - maxMarginM) / tileM) * tileM;
  const originY = Math.floor((minY - maxMarginM) / tileM) * tileM;
  const tilesX = Math.ceil((maxX + maxMarginM - originX) / tileM);
  const tilesY = Math.ceil((maxY + maxMarginM - originY) / tileM);
  const T = tilesX * tilesY;
  const tileOf = (x: number, y: number): number => {
    const tx = Math.floor((x - originX) / tileM);
    const ty = Math.floor((y - originY) / tileM);
    return tx < 0 || ty < 0 || tx >= tilesX || ty >= tilesY ? -1 : ty * tilesX + tx;
  };

  // Environment: population density, else site density.
  const hasPopulation = !!population && population.features.length > 0;
  const field = new Float64Array(T);
  const projectedPop: { polygons: PlanarPolygons | null; x: number; y: number; pop: number }[] = [];
  if (hasPopulation && population) {
    for (const f of population.features) {
      if (!(f.population > 0)) continue;
      if (f.kind === 'point') {
        const [x, y] = fromWgs84(f.position, crs);
        projectedPop.push({ polygons: null, x: x * scale, y: y * scale, pop: f.population });
        const t = tileOf(x * scale, y * scale);
        if (t >= 0) field[t] = (field[t] as number) + f.population;
      } else {
        const polygons = projectPolygons(shapePolygons(f.shape), crs, scale);
        const first = polygons[0]?.[0]?.[0];
        projectedPop.push({
          polygons,
          x: first?.[0] ?? NaN,
          y: first?.[1] ?? NaN,
          pop: f.population,
        });
        // Residents per km² of the polygon, on every tile whose centre lies inside it (a
        // polygon partly beyond the grid keeps only its share).
        const density = f.population / Math.max(planarArea(polygons) / 1e6, 1e-9);
        const tileKm2 = (tileM * tileM) / 1e6;
        let hits = 0;
        rasterizeOnRows(
          polygons,
          tilesY,
          (ty) => originY + (ty + 0.5) * tileM,
          (ty, x0, x1) => {
            const a = Math.max(0, Math.ceil((x0 - originX) / tileM - 0.5));
            const b = Math.min(tilesX - 1, Math.ceil((x1 - originX) / tileM - 0.5) - 1);
            for (let tx = a; tx <= b; tx++) {
              field[ty * tilesX + tx] = (field[ty * tilesX + tx] as number) + density * tileKm2;
              hits++;
            }
          },
        );
        if (hits === 0 && first) {
          const t = tileOf(first[0], first[1]);
          if (t >= 0) field[t] = (field[t] as number) + f.population;
        }
      }
    }
  } else {
    const seen = new Set<string>();
    for (let i = 0; i < C; i++) {
      const key = `${Math.round(cellX[i] as number)},${Math.round(cellY[i] as number)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = tileOf(cellX[i] as number, cellY[i] as number);
      if (t >= 0) field[t] = (field[t] as number) + 1;
    }
  }
  const w = hasPopulation ? 1 : 2;
  const windowKm2 = ((2 * w + 1) * tileM) ** 2 / 1e6;
  const sums = windowSum(field, tilesX, tilesY, w);
  const [urbanAt, suburbanAt] = hasPopulation
    ? [URBAN_DENSITY, SUBURBAN_DENSITY]
    : [URBAN_SITE_DENSITY, SUBURBAN_SITE_DENSITY];
  const tileEnv = new Uint8Array(T);
  for (let t = 0; t < T; t++) {
    const density = (sums[t] as number) / windowKm2;
    tileEnv[t] = density >= urbanAt ? 0 : density >= suburbanAt ? 1 : 2;
  }

  // Cell parameters: m(d, θ) = K − B·log10(d_km) − A(θ), cut beyond `cut` metres.
  const cellK = new Float64Array(C);
  const cellB = new Float64Array(C);
  const cellCut2 = new Float64Array(C);
  const cellAz = new Float64Array(C);
  const cellPc = new Float64Array(C);
  const cellRangeKm = new Float32Array(C);
  const cellEnv = new Uint8Array(C);
  const sweep = options.sweepDb;
  let maxReachM = 0;
  const log10 = Math.log10;
  cells.forEach((c, i) => {
    const t = tileOf(cellX[i] as number, cellY[i] as number);
    const envIndex = c.environment
      ? RADIO_ENVIRONMENTS.indexOf(c.environment)
      : t >= 0
        ? (tileEnv[t] as number)
        : 2;
    cellEnv[i] = envIndex;
    const env = RADIO_ENVIRONMENTS[envIndex] as RadioEnvironment;
    let R: number;
    let B: number;
    let horizon = Infinity;
    if (c.rangeM !== null) {
      R = c.rangeM / 1000;
      B = 44.9 - 6.55 * log10(Math.min(Math.max(c.heightM, 10), 200));
    } else {
      const line = pathLossLine(c.frequencyMhz ?? 800, c.heightM, env, options.mobileHeightM);
      const budget =
        options.maxPathLossDb + ((c.erpDbw ?? options.referenceErpDbw) - options.referenceErpDbw);
      R = 10 ** ((budget - line.interceptDb) / line.slopeDb);
      B = line.slopeDb;
      horizon = radioHorizonKm(c.heightM, options.mobileHeightM);
    }
    cellK[i] = B * log10(R);
    cellB[i] = B;
    // Beyond the optimistic main-beam reach the margin is below −sweep anyway.
    const cutKm = Math.min(horizon, R * 10 ** (sweep / B));
    cellCut2[i] = (cutKm * 1000) ** 2;
    maxReachM = Math.max(maxReachM, cutKm * 1000);
    cellRangeKm[i] = Math.min(R, horizon);
    cellAz[i] = c.azimuthDeg === null ? NaN : (c.azimuthDeg * Math.PI) / 180;
    cellPc[i] = 12 / (c.beamwidthDeg * c.beamwidthDeg);
  });
  const frontToBack = options.frontToBackDb;

  // The square grid: tiles within the real margin.
  const marginM = Math.min(maxMarginM, options.gridMarginKm !== null ? maxMarginM : maxReachM);
  // When the margin is smaller than the reach, coverage at the grid edge is cut off.
  const capped = maxReachM > marginM + tileM;
  const tx0 = Math.max(0, Math.floor((minX - marginM - originX) / tileM));
  const ty0 = Math.max(0, Math.floor((minY - marginM - originY) / tileM));
  const tx1 = Math.min(tilesX - 1, Math.floor((maxX + marginM - originX) / tileM));
  const ty1 = Math.min(tilesY - 1, Math.floor((maxY + marginM - originY) / tileM));
  const tileFine = new Uint8Array(T);
  for (let ty = ty0; ty <= ty1; ty++) {
    for (let tx = tx0; tx <= tx1; tx++)
      tileFine[ty * tilesX + tx] = tileEnv[ty * tilesX + tx] === 0 ? 1 : 0;
  }
  const subs: { off: number; fine: boolean }[] = [];
  for (let i = 0; i < tileM / u; i++) subs.push({ off: u / 2 + i * u, fine: true });
  for (let j = 0; j < tileM / r; j++) subs.push({ off: r / 2 + j * r, fine: false });
  subs.sort((a, b) => a.off - b.off || (a.fine ? -1 : 1));
  const subOffset = Float64Array.from(subs.map((s) => s.off));
  const subFine = Uint8Array.from(subs.map((s) => (s.fine ? 1 : 0)));
  const S = subs.length;

  // A cell on the same mast, pointing the same way, with the same pattern and slope but
  // more than the secondary margin weaker everywhere (a higher band next to 800 MHz) can
  // never serve: leave it out of the search. It keeps its range for display.
  const searchable = new Uint8Array(C).fill(1);
  {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < C; i++) {
      const key = `${cellOp[i]}|${cellX[i]}|${cellY[i]}|${cellAz[i]}|${cellPc[i]}|${cellB[i]}`;
      const list = groups.get(key);
      if (list) list.push(i);
      else groups.set(key, [i]);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      for (const i of list) {
        for (const j of list) {
          if (
            j !== i &&
            (cellK[j] as number) - (cellK[i] as number) > options.secondaryMarginDb &&
            (cellCut2[j] as number) >= (cellCut2[i] as number)
          ) {
            searchable[i] = 0;
            break;
          }
        }
      }
    }
  }

  // Buckets of cells per operator, with bounds for pruning.
  const bucketsX = Math.ceil((tilesX * tileM) / BUCKET_M);
  const bucketsY = Math.ceil((tilesY * tileM) / BUCKET_M);
  const NB = bucketsX * bucketsY;
  const nOps = Math.max(ops.length, 1);
  const opBucketStart = new Int32Array(nOps * NB + 1);
  const bucketOfCell = new Int32Array(C);
  for (let i = 0; i < C; i++) {
    const bx = Math.min(
      bucketsX - 1,
      Math.max(0, Math.floor(((cellX[i] as number) - originX) / BUCKET_M)),
    );
    const by = Math.min(
      bucketsY - 1,
      Math.max(0, Math.floor(((cellY[i] as number) - originY) / BUCKET_M)),
    );
    bucketOfCell[i] = by * bucketsX + bx;
    if (!searchable[i]) continue;
    const k = (cellOp[i] as number) * NB + by * bucketsX + bx;
    opBucketStart[k + 1] = (opBucketStart[k + 1] as number) + 1;
  }
  for (let k = 0; k < nOps * NB; k++)
    opBucketStart[k + 1] = (opBucketStart[k + 1] as number) + (opBucketStart[k] as number);
  const opBucketCells = new Int32Array(C);
  {
    const fill = opBucketStart.slice(0, nOps * NB);
    for (let i = 0; i < C; i++) {
      if (!searchable[i]) continue;
      const k = (cellOp[i] as number) * NB + (bucketOfCell[i] as number);
      opBucketCells[fill[k] as number] = i;
      fill[k] = (fill[k] as number) + 1;
    }
  }
  const bKmax = new Float64Array(nOps * NB).fill(-Infinity);
  const bBmin = new Float64Array(nOps * NB).fill(Infinity);
  const bBmax = new Float64Array(nOps * NB);
  const bCut = new Float64Array(nOps * NB);
  const opKmax = new Float64Array(nOps).fill(-Infinity);
  const opBmin = new Float64Array(nOps).fill(Infinity);
  const opBmax = new Float64Array(nOps);
  const opCut = new Float64Array(nOps);
  for (let i = 0; i < C; i++) {
    if (!searchable[i]) continue;
    const o = cellOp[i] as number;
    const k = o * NB + (bucketOfCell[i] as number);
    const K = cellK[i] as number;
    const B = cellB[i] as number;
    const cut = Math.sqrt(cellCut2[i] as number);
    bKmax[k] = Math.max(bKmax[k] as number, K);
    bBmin[k] = Math.min(bBmin[k] as number, B);
    bBmax[k] = Math.max(bBmax[k] as number, B);
    bCut[k] = Math.max(bCut[k] as number, cut);
    opKmax[o] = Math.max(opKmax[o] as number, K);
    opBmin[o] = Math.min(opBmin[o] as number, B);
    opBmax[o] = Math.max(opBmax[o] as number, B);
    opCut[o] = Math.max(opCut[o] as number, cut);
  }
  // Upper bound of any margin at distance ≥ dM metres, given K max and B range.
  const bound = (K: number, Bmin: number, Bmax: number, dM: number): number => {
    const lg = log10(Math.max(dM, MIN_DISTANCE_M) / 1000);
    return K - (lg >= 0 ? Bmin : Bmax) * lg;
  };

  // Server search, scanline by scanline. Per 2 km bucket and operator, a candidate list
  // is made once: every cell whose best possible margin in the bucket (upper bound) comes
  // within the secondary margin of the bucket's guaranteed best (lower bound). Squares
  // then test only their bucket's candidates.
  const thrMin = -sweep;
  const thresholds = [sweep, 0, -sweep];
  const secondary = options.secondaryMarginDb;
  const xs: number[] = [];
  const ys: number[] = [];
  const flags: number[] = [];
  const lineStartList: number[] = [0];
  const lineYList: number[] = [];
  const sqStartList = new GrowInt32();
  sqStartList.push(0);
  const entCell = new GrowInt32();
  const entMask = new GrowUint8();
  const topM = new Float64Array(MAX_SERVERS);
  const topC = new Int32Array(MAX_SERVERS);
  const rows = (ty1 - ty0 + 1) * S;
  let rowsDone = 0;
  let lastYield = 0;
  const TWO_PI = 2 * Math.PI;
  const RAD2DEG = 180 / Math.PI;
  // Attenuation of cell c at bearing offset `a` (radians, any range).
  const att = (c: number, a: number): number => {
    a -= TWO_PI * Math.round(a / TWO_PI);
    const deg = a * RAD2DEG;
    const v = (cellPc[c] as number) * deg * deg;
    return v < frontToBack ? v : frontToBack;
  };
  // Candidate cache for the current bucket row: per (operator, bucket column).
  let cacheRow = -1;
  const cacheStart = new Int32Array(nOps * bucketsX).fill(-1);
  const cacheLen = new Int32Array(nOps * bucketsX);
  const cache = new GrowInt32();
  const pending: number[] = [];
  const pendingUb: number[] = [];
  const candidates = (o: number, bx: number, by: number): number => {
    const key = o * bucketsX + bx;
    if ((cacheStart[key] as number) >= 0) return key;
    const rx0 = originX + bx * BUCKET_M;
    const ry0 = originY + by * BUCKET_M;
    const rx1 = rx0 + BUCKET_M;
    const ry1 = ry0 + BUCKET_M;
    const cornersX = [rx0, rx1, rx1, rx0];
    const cornersY = [ry0, ry0, ry1, ry1];
    let lb = -Infinity;
    let thr = thrMin;
    pending.length = 0;
    pendingUb.length = 0;
    const maxRing = Math.ceil((opCut[o] as number) / BUCKET_M) + 1;
    for (let ring = 0; ring <= maxRing; ring++) {
      const dRing = Math.max(0, ring - 1) * BUCKET_M;
      if (
        ring > 0 &&
        (dRing > (opCut[o] as number) ||
          bound(opKmax[o] as number, opBmin[o] as number, opBmax[o] as number, dRing) < thr)
      ) {
        break;
      }
      for (let gy = by - ring; gy <= by + ring; gy++) {
        if (gy < 0 || gy >= bucketsY) continue;
        const edgeRow = gy === by - ring || gy === by + ring;
        const stepX = edgeRow || ring === 0 ? 1 : 2 * ring;
        for (let gx = bx - ring; gx <= bx + ring; gx += stepX) {
          if (gx < 0 || gx >= bucketsX) continue;
          const g = o * NB + gy * bucketsX + gx;
          const c0 = opBucketStart[g] as number;
          const c1 = opBucketStart[g + 1] as number;
          if (c0 === c1) continue;
          const dgx = Math.max(0, Math.abs(gx - bx) - 1) * BUCKET_M;
          const dgy = Math.max(0, Math.abs(gy - by) - 1) * BUCKET_M;
          const dmin = Math.sqrt(dgx * dgx + dgy * dgy);
          if (
            dmin > (bCut[g] as number) ||
            bound(bKmax[g] as number, bBmin[g] as number, bBmax[g] as number, dmin) < thr
          )
            continue;
          for (let e = c0; e < c1; e++) {
            const c = opBucketCells[e] as number;
            const cx = cellX[c] as number;
            const cy = cellY[c] as number;
            const ddx = cx < rx0 ? rx0 - cx : cx > rx1 ? cx - rx1 : 0;
            const ddy = cy < ry0 ? ry0 - cy : cy > ry1 ? cy - ry1 : 0;
            const dNear2 = ddx * ddx + ddy * ddy;
            const cut2 = cellCut2[c] as number;
            if (dNear2 > cut2) continue;
            let dFar2 = 0;
            for (let q = 0; q < 4; q++) {
              const fx = (cornersX[q] as number) - cx;
              const fy = (cornersY[q] as number) - cy;
              const f2 = fx * fx + fy * fy;
              if (f2 > dFar2) dFar2 = f2;
            }
            const K = cellK[c] as number;
            const hB = 0.5 * (cellB[c] as number);
            let ub = K - hB * log10(Math.max(dNear2, MIN_DISTANCE_M * MIN_DISTANCE_M) * 1e-6);
            if (ub < thr) continue;
            let lbc =
              dFar2 > cut2
                ? -Infinity
                : K - hB * log10(Math.max(dFar2, MIN_DISTANCE_M * MIN_DISTANCE_M) * 1e-6);
            const az = cellAz[c] as number;
            if (az === az) {
              if (dNear2 === 0) {
                lbc -= frontToBack;
              } else {
                let lo = Infinity;
                let hi = -Infinity;
                let aMin = Infinity;
                let aMax = 0;
                for (let q = 0; q < 4; q++) {
                  let off =
                    Math.atan2((cornersX[q] as number) - cx, (cornersY[q] as number) - cy) - az;
                  off -= TWO_PI * Math.round(off / TWO_PI);
                  if (off < lo) lo = off;
                  if (off > hi) hi = off;
                  const v = att(c, off);
                  if (v < aMin) aMin = v;
                  if (v > aMax) aMax = v;
                }
                if (hi - lo > Math.PI) {
                  // The span wraps through the back direction.
                  ub -= aMin;
                  lbc -= frontToBack;
                } else {
                  if (!(lo <= 0 && hi >= 0)) ub -= aMin;
                  lbc -= aMax;
                }
              }
              if (ub < thr) continue;
            }
            if (lbc > lb) {
              lb = lbc;
              thr = Math.max(thrMin, lb - secondary);
            }
            pending.push(c);
            pendingUb.push(ub);
          }
        }
      }
    }
    cacheStart[key] = cache.length;
    for (let i = 0; i < pending.length; i++) {
      if ((pendingUb[i] as number) >= thr) cache.push(pending[i] as number);
    }
    cacheLen[key] = cache.length - (cacheStart[key] as number);
    return key;
  };
  for (let ty = ty0; ty <= ty1; ty++) {
    for (let k = 0; k < S; k++) {
      const fine = subFine[k] === 1;
      const size = fine ? u : r;
      const y = originY + ty * tileM + (subOffset[k] as number);
      lineYList.push(y);
      const by = Math.floor((y - originY) / BUCKET_M);
      if (by !== cacheRow) {
        cacheRow = by;
        cacheStart.fill(-1);
        cache.length = 0;
      }
      for (let tx = tx0; tx <= tx1; tx++) {
        if ((tileFine[ty * tilesX + tx] === 1) !== fine) continue;
        const per = tileM / size;
        const edgeTile = capped && (tx === tx0 || tx === tx1 || ty === ty0 || ty === ty1) ? 2 : 0;
        for (let j = 0; j < per; j++) {
          const x = originX + tx * tileM + size / 2 + j * size;
          const before = entCell.length;
          const bx = Math.floor((x - originX) / BUCKET_M);
          for (let o = 0; o < ops.length; o++) {
            const key = candidates(o, bx, by);
            const c0 = cacheStart[key] as number;
            const c1 = c0 + (cacheLen[key] as number);
            const list = cache.data;
            let n = 0;
            let best = -Infinity;
            let thr = thrMin;
            for (let e = c0; e < c1; e++) {
              const c = list[e] as number;
              const dx = x - (cellX[c] as number);
              const dy = y - (cellY[c] as number);
              const d2 = dx * dx + dy * dy;
              if (d2 > (cellCut2[c] as number)) continue;
              let m =
                (cellK[c] as number) -
                0.5 *
                  (cellB[c] as number) *
                  log10(Math.max(d2, MIN_DISTANCE_M * MIN_DISTANCE_M) * 1e-6);
              if (m < thr) continue;
              const az = cellAz[c] as number;
              if (az === az) {
                m -= att(c, Math.atan2(dx, dy) - az);
                if (m < thr) continue;
              }
              // Insert into the top list (descending).
              if (n === MAX_SERVERS && m <= (topM[MAX_SERVERS - 1] as number)) continue;
              let p = n < MAX_SERVERS ? n++ : MAX_SERVERS - 1;
              while (p > 0 && (topM[p - 1] as number) < m) {
                topM[p] = topM[p - 1] as number;
                topC[p] = topC[p - 1] as number;
                p--;
              }
              topM[p] = m;
              topC[p] = c;
              if (m > best) {
                best = m;
                thr = Math.max(thrMin, best - secondary);
              }
            }
            for (let i = 0; i < n; i++) {
              const m = topM[i] as number;
              if (m < best - secondary || m < thrMin) break;
              let mask = 0;
              for (let sc = 0; sc < SCENARIOS; sc++)
                if (m >= (thresholds[sc] as number)) mask |= 1 << sc;
              if (mask === 0) continue;
              entCell.push(topC[i] as number);
              entMask.push(mask);
            }
          }
          if (entCell.length > before) {
            xs.push(x);
            ys.push(y);
            flags.push((fine ? 1 : 0) | edgeTile);
            sqStartList.push(entCell.length);
          }
        }
      }
      lineStartList.push(xs.length);
      rowsDone++;
      if (rowsDone - lastYield >= 16) {
        lastYield = rowsDone;
        yield { phase: 'servers', done: rowsDone, total: rows };
      }
    }
  }
  yield { phase: 'servers', done: rows, total: rows };

  const N = xs.length;
  const sqXArr = Float64Array.from(xs);
  const sqYArr = Float64Array.from(ys);
  const sqFlags = Uint8Array.from(flags);
  const sqArea = new Float32Array(N);
  for (let s = 0; s < N; s++)
    sqArea[s] = (sqFlags[s] as number) & 1 ? (u * u) / 1e6 : (r * r) / 1e6;
  const sqStart = new Int32Array(sqStartList.data.buffer.slice(0, (N + 1) * 4));
  const E = entCell.length;
  const sqCell = entCell.data.slice(0, E);
  const sqMask = entMask.data.slice(0, E);
  // Lines are per tile row of the full tile range [ty0, ty1]; store them with y.
  const lineStart = Int32Array.from(lineStartList);
  const lineY = Float64Array.from(lineYList);

  // Served bits.
  const servedBits = new Uint32Array(N);
  for (let s = 0; s < N; s++) {
    let bits = 0;
    for (let e = sqStart[s] as number; e < (sqStart[s + 1] as number); e++) {
      const o = cellOp[sqCell[e] as number] as number;
      bits |= (sqMask[e] as number) << (o * SCENARIOS);
    }
    servedBits[s] = bits;
  }
  yield { phase: 'index', done: 0, total: 2 };

  // Per-cell square lists (transpose).
  const cellStart = new Int32Array(C + 1);
  for (let e = 0; e < E; e++) {
    const c = sqCell[e] as number;
    cellStart[c + 1] = (cellStart[c + 1] as number) + 1;
  }
  for (let c = 0; c < C; c++)
    cellStart[c + 1] = (cellStart[c + 1] as number) + (cellStart[c] as number);
  const cellSq = new Int32Array(E);
  const cellMask = new Uint8Array(E);
  {
    const fill = cellStart.slice(0, C);
    for (let s = 0; s < N; s++) {
      for (let e = sqStart[s] as number; e < (sqStart[s + 1] as number); e++) {
        const c = sqCell[e] as number;
        const at = fill[c] as number;
        cellSq[at] = s;
        cellMask[at] = sqMask[e] as number;
        fill[c] = at + 1;
      }
    }
  }
  // Cells by bucket, all operators.
  const bucketStart = new Int32Array(NB + 1);
  for (let i = 0; i < C; i++) {
    const b = bucketOfCell[i] as number;
    bucketStart[b + 1] = (bucketStart[b + 1] as number) + 1;
  }
  for (let b = 0; b < NB; b++)
    bucketStart[b + 1] = (bucketStart[b + 1] as number) + (bucketStart[b] as number);
  const bucketCells = new Int32Array(C);
  {
    const fill = bucketStart.slice(0, NB);
    for (let i = 0; i < C; i++) {
      const b = bucketOfCell[i] as number;
      bucketCells[fill[b] as number] = i;
      fill[b] = (fill[b] as number) + 1;
    }
  }
  yield { phase: 'index', done: 1, total: 2 };

  const grid: Grid = {
    options,
    crs,
    scale,
    ops,
    cellCount: C,
    cellOp,
    cellX,
    cellY,
    cellRangeKm,
    cellEnv,
    originX: originX + 0,
    originY: originY + ty0 * tileM,
    tileM,
    tilesX,
    tilesY: ty1 - ty0 + 1,
    subOffset,
    subFine,
    tileFine: tileFine.slice(ty0 * tilesX, (ty1 + 1) * tilesX),
    lineStart,
    lineY,
    squareCount: N,
    sqX: sqXArr,
    sqY: sqYArr,
    sqFlags,
    sqArea,
    sqPop: new Float32Array(N),
    sqStart,
    sqCell,
    sqMask,
    servedBits,
    cellStart,
    cellSq,
    cellMask,
    bucketOriginX: originX,
    bucketOriginY: originY,
    bucketM: BUCKET_M,
    bucketsX,
    bucketsY,
    bucketStart,
    bucketCells,
    hasPopulation,
    populationPlacement: placementOf(population),
    population: 0,
    marginKm: marginM / 1000,
    maxReachM,
  };

  // Population onto the squares.
  if (hasPopulation) {
    let done = 0;
    for (const f of projectedPop) {
      if (f.polygons) {
        const hits: number[] = [];
        const edges = edgeSet(f.polygons);
        forSquaresInside(grid, edges, (s) => hits.push(s));
        if (hits.length === 0) {
          const s = squareAt(grid, f.x, f.y);
          if (s >= 0) hits.push(s);
        }
        if (
          hits.length === 1 &&
          !(planarArea(f.polygons) > (grid.sqArea[hits[0] as number] as number) * 1e6)
        ) {
          const s = hits[0] as number;
          grid.sqPop[s] = (grid.sqPop[s] as number) + f.pop;
        } else {
          const density = f.pop / Math.max(planarArea(f.polygons) / 1e6, 1e-9);
          for (const s of hits)
            grid.sqPop[s] = (grid.sqPop[s] as number) + density * (grid.sqArea[s] as number);
        }
      } else {
        const s = squareAt(grid, f.x, f.y);
        if (s >= 0) grid.sqPop[s] = (grid.sqPop[s] as number) + f.pop;
      }
      if (++done % 64 === 0) yield { phase: 'population', done, total: projectedPop.length };
    }
    let total = 0;
    for (let s = 0; s < N; s++) total += grid.sqPop[s] as number;
    grid.population = total;
  }
  yield { phase: 'index', done: 2, total: 2 };
  return grid;
}

/** How a population layer places its residents (features with residents only). */
export function placementOf(population: PopulationInput | undefined): PopulationPlacement {
  let areas = false;
  let points = false;
  for (const f of population?.features ?? []) {
    if (!(f.population > 0)) continue;
    if (f.kind === 'area') areas = true;
    else points = true;
  }
  return areas && points ? 'mixed' : areas ? 'areas' : points ? 'points' : 'none';
}

/** Runs a generator to its end and returns its value. */
export function runSync<T>(gen: Generator<unknown, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

/** First index in [lo, hi) of a sorted Float64Array whose value is ≥ v. */
export function lowerBound(a: Float64Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The square containing (x, y), or −1 (outside the grid or no coverage there). */
export function squareAt(grid: Grid, x: number, y: number): number {
  const tx = Math.floor((x - grid.originX) / grid.tileM);
  const ty = Math.floor((y - grid.originY) / grid.tileM);
  if (tx < 0 || ty < 0 || tx >= grid.tilesX || ty >= grid.tilesY) return -1;
  const fine = grid.tileFine[ty * grid.tilesX + tx] === 1;
  const size = fine ? grid.options.urbanCellM : grid.options.ruralCellM;
  const i = Math.floor((y - grid.originY - ty * grid.tileM) / size);
  const offset = size / 2 + i * size;
  const S = grid.subOffset.length;
  for (let k = 0; k < S; k++) {
    if ((grid.subFine[k] === 1) === fine && grid.subOffset[k] === offset) {
      const l = ty * S + k;
      const j = Math.floor((x - grid.originX - tx * grid.tileM) / size);
      const cx = grid.originX + tx * grid.tileM + size / 2 + j * size;
      const lo = grid.lineStart[l] as number;
      const hi = grid.lineStart[l + 1] as number;
      const at = lowerBound(grid.sqX, lo, hi, cx - 1e-6);
      return at < hi && Math.abs((grid.sqX[at] as number) - cx) < 1e-6 ? at : -1;
    }
  }
  return -1;
}

/** Calls `visit` for every square whose centre lies inside the edge set, within a y range. */
export function forSquaresInside(grid: Grid, edges: EdgeSet, visit: (s: number) => void): void {
  const buf = { xs: new Float64Array(32) };
  const [x0, y0, x1, y1] = edges.bbox;
  const S = grid.subOffset.length;
  const tyA = Math.max(0, Math.floor((y0 - grid.originY) / grid.tileM));
  const tyB = Math.min(grid.tilesY - 1, Math.floor((y1 - grid.originY) / grid.tileM));
  for (let ty = tyA; ty <= tyB; ty++) {
    for (let k = 0; k < S; k++) {
      const l = ty * S + k;
      const y = grid.lineY[l] as number;
      if (y < y0 || y > y1) continue;
      const n = scanUnion(edges, y, buf);
      if (n === 0) continue;
      const lo = grid.lineStart[l] as number;
      const hi = grid.lineStart[l + 1] as number;
      for (let i = 0; i < n; i++) {
        const a = buf.xs[2 * i] as number;
        const b = buf.xs[2 * i + 1] as number;
        if (b < x0 || a > x1) continue;
        for (let s = lowerBound(grid.sqX, lo, hi, a); s < hi && (grid.sqX[s] as number) < b; s++)
          visit(s);
      }
    }
  }
}
