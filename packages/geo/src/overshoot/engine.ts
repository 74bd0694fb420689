import type { Lang } from '@sirene/core';
import { toWgs84 } from '../crs.js';
import { circleToPolygon, shapePolygons } from '../shapes.js';
import type { AreaShape, LonLat, PolygonalShape, SireneArea } from '../types.js';
import {
  NOMINAL,
  SCENARIOS,
  buildGrid,
  forSquaresInside,
  lowerBound,
  projectPolygons,
  runSync,
} from './build.js';
import type { Grid } from './build.js';
import { overshootFinding } from './messages.js';
import type { OvershootFinding } from './messages.js';
import {
  edgeDistance2,
  edgeSet,
  insetPolygon,
  planarArea,
  pointInEdges,
  scanUnion,
} from './polygons.js';
import type { EdgeSet, PlanarPolygons } from './polygons.js';
import type {
  Band,
  EstimateOptions,
  InsetOption,
  OperatorFigures,
  OvershootCell,
  OvershootEstimate,
  OvershootFigures,
  OvershootModelOptions,
  OvershootProgress,
  OvershootSummary,
  PopulationInput,
  SelectionMode,
  TighterAreaSuggestion,
} from './types.js';

/** Histogram bin of spill distances (m). */
const BIN_M = 50;
/** Histogram bins (up to 100 km; farther lands in the last bin, the max stays exact). */
const BINS = 2000;
/** Insets tried for the tighter-area suggestion (km). */
const INSETS_KM = [0.25, 0.5, 1, 2, 3, 5];
/** Square miles per km². */
const KM2_PER_MI2 = 2.589988;

/** Options for building an engine. */
export interface OvershootEngineOptions extends OvershootModelOptions {
  /** Residents, for overshoot population; also sets the radio environment and grid detail. */
  population?: PopulationInput;
  /** Language of the findings (default English). */
  lang?: Lang;
}

function band(values: ArrayLike<number>): Band {
  const a = values[0] as number;
  const b = values[1] as number;
  const c = values[2] as number;
  return { nominal: b, low: Math.min(a, b, c), high: Math.max(a, b, c) };
}

/** Projects area shapes (circles become 72-gons) into the grid's CRS. */
function projectArea(grid: Grid, area: readonly AreaShape[]): PlanarPolygons {
  const polygons: LonLat[][][] = [];
  for (const shape of area) {
    const polygonal: PolygonalShape =
      shape.type === 'Circle' ? circleToPolygon(shape, { segments: 72, contain: false }) : shape;
    for (const rings of shapePolygons(polygonal)) {
      const kept = rings.filter((r) => r.length >= 3);
      if (kept.length > 0) polygons.push(kept);
    }
  }
  return projectPolygons(polygons, grid.crs, grid.scale);
}

/**
 * The overshoot engine: built once from cells (and population), then asked for estimates
 * as the drawn area changes. Each estimate updates only the grid squares whose
 * inside/outside state changed (found from the box of the edges that changed) and the
 * cells whose selection they change; a vertex drag costs a few milliseconds on a country
 * of 50,000 cells. DOM-free: runs in a Web Worker (see `worker.ts`), in Node and in the
 * page.
 */
export class OvershootEngine {
  /** The precomputed grid and server lists (internal layout, see build.ts). */
  readonly grid: Grid;
  private readonly lang: Lang;
  private readonly C: number;
  private readonly N: number;
  private readonly nOps: number;
  /** Bits per square: operator o, scenario k at bit o·3 + k. */
  private readonly stride: number;
  private readonly combMask: Uint32Array;
  private mode: SelectionMode | null = null;
  private edges: EdgeSet = edgeSet([]);
  private readonly inside: Uint8Array;
  private readonly insideCount: Int32Array;
  private readonly selected: Uint8Array;
  private readonly siteInside: Uint8Array;
  private readonly reachCnt: Uint8Array;
  private readonly reachBits: Uint32Array;
  private readonly active: Int32Array;
  private readonly activePos: Int32Array;
  private activeLen = 0;
  private readonly dist2: Float64Array;
  private readonly near: Int32Array;
  private readonly distEpoch: Uint32Array;
  private epoch = 1;
  private readonly dirty: Int32Array;
  private readonly dirtyStamp: Uint32Array;
  private dirtyLen = 0;
  private dirtyEpoch = 1;
  /** Served-inside totals: index bit (o·3 + k), then 3 combined (per scenario). */
  private readonly servedInArea: Float64Array;
  private readonly servedInPop: Float64Array;
  private insideArea = 0;
  private insidePop = 0;
  private cellsChanged = 0;
  private readonly stampCell: Uint32Array;
  private readonly stampSq: Uint32Array;
  private stamp = 0;

  private constructor(grid: Grid, lang: Lang) {
    this.grid = grid;
    this.lang = lang;
    this.C = grid.cellCount;
    this.N = grid.squareCount;
    this.nOps = Math.max(1, grid.ops.length);
    this.stride = this.nOps * SCENARIOS;
    this.combMask = new Uint32Array(SCENARIOS);
    for (let k = 0; k < SCENARIOS; k++) {
      for (let o = 0; o < this.nOps; o++)
        this.combMask[k] = (this.combMask[k] as number) | (1 << (o * SCENARIOS + k));
    }
    const { C, N } = this;
    this.inside = new Uint8Array(N);
    this.insideCount = new Int32Array(SCENARIOS * C);
    this.selected = new Uint8Array(SCENARIOS * C);
    this.siteInside = new Uint8Array(C);
    this.reachCnt = new Uint8Array(N * this.stride);
    this.reachBits = new Uint32Array(N);
    this.active = new Int32Array(N);
    this.activePos = new Int32Array(N).fill(-1);
    this.dist2 = new Float64Array(N);
    this.near = new Int32Array(N);
    this.distEpoch = new Uint32Array(N);
    this.dirty = new Int32Array(SCENARIOS * C);
    this.dirtyStamp = new Uint32Array(SCENARIOS * C);
    this.servedInArea = new Float64Array(this.stride + SCENARIOS);
    this.servedInPop = new Float64Array(this.stride + SCENARIOS);
    this.stampCell = new Uint32Array(C);
    this.stampSq = new Uint32Array(N);
  }

  /** Builds an engine synchronously (CLI, tests). */
  static create(
    cells: readonly OvershootCell[],
    options: OvershootEngineOptions = {},
  ): OvershootEngine {
    return new OvershootEngine(
      runSync(buildGrid(cells, options, options.population)),
      options.lang ?? 'en',
    );
  }

  /**
   * Builds an engine step by step, letting the event loop run every ~30 ms (so a worker
   * sees `cancel`), reporting progress. Resolves null when `isCancelled()` turns true.
   */
  static async createAsync(
    cells: readonly OvershootCell[],
    options: OvershootEngineOptions = {},
    hooks: { onProgress?: (p: OvershootProgress) => void; isCancelled?: () => boolean } = {},
  ): Promise<OvershootEngine | null> {
    const gen = buildGrid(cells, options, options.population);
    let last = performance.now();
    for (;;) {
      const step = gen.next();
      if (step.done) return new OvershootEngine(step.value, options.lang ?? 'en');
      const now = performance.now();
      if (now - last > 30) {
        hooks.onProgress?.(step.value);
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        last = performance.now();
        if (hooks.isCancelled?.()) return null;
      }
    }
  }

  /** What the engine was built from. */
  summary(): OvershootSummary {
    const g = this.grid;
    let urban = 0;
    for (let s = 0; s < this.N; s++) urban += (g.sqFlags[s] as number) & 1;
    const lastLine = g.lineY.length - 1;
    return {
      cells: this.C,
      operators: [...g.ops],
      squares: this.N,
      urbanSquares: urban,
      crs: g.crs,
      extent: [
        g.originX,
        g.originY,
        g.originX + g.tilesX * g.tileM,
        (g.lineY[lastLine] ?? g.originY) + g.options.ruralCellM / 2,
      ],
      hasPopulation: g.hasPopulation,
      population: g.population,
      rangesKm: g.cellRangeKm.slice(),
      environments: g.cellEnv.slice(),
    };
  }

  private markDirty(idx: number): void {
    if (this.dirtyStamp[idx] === this.dirtyEpoch) return;
    this.dirtyStamp[idx] = this.dirtyEpoch;
    this.dirty[this.dirtyLen++] = idx;
  }

  private activate(s: number): void {
    this.activePos[s] = this.activeLen;
    this.active[this.activeLen++] = s;
  }

  private deactivate(s: number): void {
    const at = this.activePos[s] as number;
    const last = this.active[--this.activeLen] as number;
    this.active[at] = last;
    this.activePos[last] = at;
    this.activePos[s] = -1;
  }

  private flipSquare(s: number, v: number): void {
    const g = this.grid;
    this.inside[s] = v;
    const sign = v ? 1 : -1;
    const a = (g.sqArea[s] as number) * sign;
    const p = (g.sqPop[s] as number) * sign;
    this.insideArea += a;
    this.insidePop += p;
    let bits = g.servedBits[s] as number;
    for (let k = 0; k < SCENARIOS; k++) {
      if (bits & (this.combMask[k] as number)) {
        this.servedInArea[this.stride + k] = (this.servedInArea[this.stride + k] as number) + a;
        this.servedInPop[this.stride + k] = (this.servedInPop[this.stride + k] as number) + p;
      }
    }
    while (bits) {
      const b = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      this.servedInArea[b] = (this.servedInArea[b] as number) + a;
      this.servedInPop[b] = (this.servedInPop[b] as number) + p;
    }
    const C = this.C;
    for (let e = g.sqStart[s] as number, end = g.sqStart[s + 1] as number; e < end; e++) {
      const c = g.sqCell[e] as number;
      const mask = g.sqMask[e] as number;
      for (let k = 0; k < SCENARIOS; k++) {
        if (!(mask & (1 << k))) continue;
        const idx = k * C + c;
        const cnt = (this.insideCount[idx] as number) + sign;
        this.insideCount[idx] = cnt;
        if ((sign > 0 && cnt === 1) || (sign < 0 && cnt === 0)) this.markDirty(idx);
      }
    }
  }

  private setSelected(idx: number, want: number): void {
    const g = this.grid;
    this.selected[idx] = want;
    this.cellsChanged++;
    const k = (idx / this.C) | 0;
    const c = idx - k * this.C;
    const b = (g.cellOp[c] as number) * SCENARIOS + k;
    const bit = 1 << b;
    const kb = 1 << k;
    const stride = this.stride;
    for (let e = g.cellStart[c] as number, end = g.cellStart[c + 1] as number; e < end; e++) {
      if (!((g.cellMask[e] as number) & kb)) continue;
      const s = g.cellSq[e] as number;
      const r = s * stride + b;
      if (want) {
        const n = this.reachCnt[r] as number;
        this.reachCnt[r] = n + 1;
        if (n === 0) {
          const old = this.reachBits[s] as number;
          this.reachBits[s] = old | bit;
          if (old === 0) this.activate(s);
        }
      } else {
        const n = (this.reachCnt[r] as number) - 1;
        this.reachCnt[r] = n;
        if (n === 0) {
          const nb = (this.reachBits[s] as number) & ~bit;
          this.reachBits[s] = nb;
          if (nb === 0) this.deactivate(s);
        }
      }
    }
  }

  private wantSelected(idx: number): number {
    if (this.mode === 'site-inside') return this.siteInside[idx % this.C] as number;
    return (this.insideCount[idx] as number) > 0 ? 1 : 0;
  }

  /** Re-tests the sites inside a box against the current area. */
  private updateSites(x0: number, y0: number, x1: number, y1: number): void {
    const g = this.grid;
    const bx0 = Math.max(0, Math.floor((x0 - g.bucketOriginX) / g.bucketM));
    const by0 = Math.max(0, Math.floor((y0 - g.bucketOriginY) / g.bucketM));
    const bx1 = Math.min(g.bucketsX - 1, Math.floor((x1 - g.bucketOriginX) / g.bucketM));
    const by1 = Math.min(g.bucketsY - 1, Math.floor((y1 - g.bucketOriginY) / g.bucketM));
    for (let by = by0; by <= by1; by++) {
      for (let bx = bx0; bx <= bx1; bx++) {
        const b = by * g.bucketsX + bx;
        for (let e = g.bucketStart[b] as number; e < (g.bucketStart[b + 1] as number); e++) {
          const c = g.bucketCells[e] as number;
          const x = g.cellX[c] as number;
          const y = g.cellY[c] as number;
          if (x < x0 || x > x1 || y < y0 || y > y1) continue;
          const v = pointInEdges(this.edges, x, y) ? 1 : 0;
          if (v !== this.siteInside[c]) {
            this.siteInside[c] = v;
            for (let k = 0; k < SCENARIOS; k++) this.markDirty(k * this.C + c);
          }
        }
      }
    }
  }

  /** Re-rasterizes the squares inside a box; returns how many flipped. */
  private updateRaster(x0: number, y0: number, x1: number, y1: number): number {
    const g = this.grid;
    const S = g.subOffset.length;
    const buf = { xs: new Float64Array(32) };
    let flipped = 0;
    const tyA = Math.max(0, Math.floor((y0 - g.originY) / g.tileM));
    const tyB = Math.min(g.tilesY - 1, Math.floor((y1 - g.originY) / g.tileM));
    for (let ty = tyA; ty <= tyB; ty++) {
      for (let k = 0; k < S; k++) {
        const l = ty * S + k;
        const y = g.lineY[l] as number;
        if (y < y0 || y > y1) continue;
        const lo = g.lineStart[l] as number;
        const hi = g.lineStart[l + 1] as number;
        if (lo === hi) continue;
        const n = scanUnion(this.edges, y, buf);
        const xs = buf.xs;
        let iv = 0;
        for (let s = lowerBound(g.sqX, lo, hi, x0); s < hi; s++) {
          const x = g.sqX[s] as number;
          if (x > x1) break;
          while (iv < n && (xs[2 * iv + 1] as number) <= x) iv++;
          const v = iv < n && (xs[2 * iv] as number) <= x ? 1 : 0;
          if (v !== this.inside[s]) {
            this.flipSquare(s, v);
            flipped++;
          }
        }
      }
    }
    return flipped;
  }

  /**
   * Estimates overshoot and undershoot for a drawn area (WGS84 shapes; a `SireneArea`'s
   * effect area). Cheap when only part of the area changed since the last call.
   */
  estimate(
    area: readonly AreaShape[] | SireneArea,
    options: EstimateOptions = {},
  ): OvershootEstimate {
    const t0 = performance.now();
    const g = this.grid;
    const mode = options.mode ?? 'any-overlap';
    const shapes = 'effect' in area ? area.effect : area;
    const polygons = projectArea(g, shapes);
    const next = edgeSet(polygons);

    // Which edges changed: their box bounds every square and site that can flip.
    const old = this.edges;
    const oldIndex = new Map<string, number>();
    for (let e = 0; e < old.count; e++) oldIndex.set(old.keys[e] as string, e);
    const remap = new Int32Array(old.count).fill(-1);
    const added: number[] = [];
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const grow = (ax: number, ay: number, bx: number, by: number): void => {
      box[0] = Math.min(box[0], ax, bx);
      box[1] = Math.min(box[1], ay, by);
      box[2] = Math.max(box[2], ax, bx);
      box[3] = Math.max(box[3], ay, by);
    };
    for (let e = 0; e < next.count; e++) {
      const o = oldIndex.get(next.keys[e] as string);
      if (o !== undefined && remap[o] === -1) remap[o] = e;
      else {
        added.push(e);
        grow(
          next.ax[e] as number,
          next.ay[e] as number,
          next.bx[e] as number,
          next.by[e] as number,
        );
      }
    }
    for (let e = 0; e < old.count; e++) {
      if (remap[e] === -1)
        grow(old.ax[e] as number, old.ay[e] as number, old.bx[e] as number, old.by[e] as number);
    }
    this.edges = next;
    this.dirtyEpoch++;
    this.dirtyLen = 0;
    this.cellsChanged = 0;
    let squaresChanged = 0;
    if (box[0] <= box[2]) {
      squaresChanged = this.updateRaster(box[0], box[1], box[2], box[3]);
      this.updateSites(box[0], box[1], box[2], box[3]);
    }
    const full = this.mode !== mode || old.count === 0;
    if (this.mode !== mode) {
      this.mode = mode;
      for (let idx = 0; idx < SCENARIOS * this.C; idx++) {
        const want = this.wantSelected(idx);
        if (want !== this.selected[idx]) this.setSelected(idx, want);
      }
    } else {
      for (let i = 0; i < this.dirtyLen; i++) {
        const idx = this.dirty[i] as number;
        const want = this.wantSelected(idx);
        if (want !== this.selected[idx]) this.setSelected(idx, want);
      }
    }

    const result = this.figures(remap, added, mode);
    const findings: OvershootFinding[] = [];
    const areaKm2 = planarArea(polygons) / 1e6;
    if (next.count === 0) {
      findings.push(overshootFinding('overshoot.area-empty', this.lang, { severity: 'warning' }));
    } else if (areaKm2 > 0) {
      const missing = 1 - this.insideArea / areaKm2;
      if (missing > 0.05 && areaKm2 - this.insideArea > 0.25) {
        findings.push(
          overshootFinding('overshoot.area-outside-cells', this.lang, {
            severity: 'warning',
            params: { percent: Math.round(missing * 100) },
          }),
        );
      }
    }
    if (result.gridEdge) {
      findings.push(
        overshootFinding('overshoot.grid-edge', this.lang, {
          severity: 'warning',
          params: { km: Math.round(g.marginKm) },
        }),
      );
    }
    const estimate: OvershootEstimate = {
      mode,
      sweepDb: g.options.sweepDb,
      areaKm2: this.insideArea,
      combined: result.combined,
      operators: result.operators,
      ukBleedKm: g.hasPopulation ? this.ukBleedKm() : null,
      selectedCells: result.selectedCells,
      findings,
      stats: { ms: 0, squaresChanged, cellsChanged: this.cellsChanged, full },
    };
    if (result.legacy) estimate.legacy = result.legacy;
    if (options.suggest)
      estimate.suggestion = this.suggest(polygons, options.maxUndershootShare ?? 0.01);
    estimate.stats.ms = performance.now() - t0;
    return estimate;
  }

  private ukBleedKm(): number {
    if (this.insideArea <= 0) return 5;
    const perMi2 = this.insidePop / (this.insideArea / KM2_PER_MI2);
    const m = perMi2 > 0 ? 5900 - 1250 * Math.log10(perMi2) : 5000;
    return Math.min(5000, Math.max(500, m)) / 1000;
  }

  /** The pass over every reached square: distances, sums, histograms. */
  private figures(
    remap: Int32Array,
    added: number[],
    mode: SelectionMode,
  ): {
    combined: OvershootFigures;
    operators: OperatorFigures[];
    legacy?: { combined: OvershootFigures; operators: OperatorFigures[] };
    selectedCells: Int32Array;
    gridEdge: boolean;
  } {
    const g = this.grid;
    const edges = this.edges;
    const E = edges.count;
    const ACC = this.stride + SCENARIOS;
    const outArea = new Float64Array(ACC);
    const outPop = new Float64Array(ACC);
    const inArea = new Float64Array(ACC);
    const inPop = new Float64Array(ACC);
    const maxD = new Float64Array(ACC);
    const hist = new Float64Array(ACC * BINS);
    const geofence = mode === 'geofence';
    const gArea = geofence ? new Float64Array(ACC) : outArea;
    const gPop = geofence ? new Float64Array(ACC) : outPop;
    const gMax = geofence ? new Float64Array(ACC) : maxD;
    const gHist = geofence ? new Float64Array(ACC * BINS) : hist;
    const tol = g.options.geofenceToleranceM;
    const prevEpoch = this.epoch;
    const epoch = ++this.epoch;
    const addedEdges = Int32Array.from(added);
    const stride = this.stride;
    let gridEdge = false;
    for (let i = 0; i < this.activeLen; i++) {
      const s = this.active[i] as number;
      let bits = this.reachBits[s] as number;
      const a = g.sqArea[s] as number;
      const p = g.sqPop[s] as number;
      if (this.inside[s]) {
        for (let k = 0; k < SCENARIOS; k++) {
          if (bits & (this.combMask[k] as number)) {
            inArea[stride + k] = (inArea[stride + k] as number) + a;
            inPop[stride + k] = (inPop[stride + k] as number) + p;
          }
        }
        while (bits) {
          const b = 31 - Math.clz32(bits & -bits);
          bits &= bits - 1;
          inArea[b] = (inArea[b] as number) + a;
          inPop[b] = (inPop[b] as number) + p;
        }
        continue;
      }
      // Distance to the drawn edge: keep the old nearest edge when it still exists and
      // test only the added edges; otherwise test all.
      const x = g.sqX[s] as number;
      const y = g.sqY[s] as number;
      let d2: number;
      let nearest = -1;
      const known = this.distEpoch[s] === prevEpoch ? (remap[this.near[s] as number] ?? -1) : -1;
      if (known >= 0) {
        d2 = this.dist2[s] as number;
        nearest = known;
        for (let j = 0; j < addedEdges.length; j++) {
          const e = addedEdges[j] as number;
          const dd = edgeDistance2(edges, e, x, y);
          if (dd < d2) {
            d2 = dd;
            nearest = e;
          }
        }
      } else {
        d2 = Infinity;
        for (let e = 0; e < E; e++) {
          const dd = edgeDistance2(edges, e, x, y);
          if (dd < d2) {
            d2 = dd;
            nearest = e;
          }
        }
      }
      this.dist2[s] = d2;
      this.near[s] = nearest;
      this.distEpoch[s] = epoch;
      const d = E > 0 ? Math.sqrt(d2) : 0;
      const bin = Math.min(BINS - 1, (d / BIN_M) | 0);
      if ((g.sqFlags[s] as number) & 2) gridEdge = true;
      let w = 0;
      if (geofence) {
        const side = Math.sqrt(a) * 1000;
        w = Math.min(1, Math.max(0, (tol - (d - side / 2)) / side));
      }
      for (let k = 0; k < SCENARIOS; k++) {
        if (bits & (this.combMask[k] as number)) {
          const j = stride + k;
          outArea[j] = (outArea[j] as number) + a;
          outPop[j] = (outPop[j] as number) + p;
          hist[j * BINS + bin] = (hist[j * BINS + bin] as number) + a;
          if (d > (maxD[j] as number)) maxD[j] = d;
          if (w > 0) {
            gArea[j] = (gArea[j] as number) + w * a;
            gPop[j] = (gPop[j] as number) + w * p;
            gHist[j * BINS + bin] = (gHist[j * BINS + bin] as number) + w * a;
            if (d > (gMax[j] as number)) gMax[j] = d;
          }
        }
      }
      while (bits) {
        const b = 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        outArea[b] = (outArea[b] as number) + a;
        outPop[b] = (outPop[b] as number) + p;
        hist[b * BINS + bin] = (hist[b * BINS + bin] as number) + a;
        if (d > (maxD[b] as number)) maxD[b] = d;
        if (w > 0) {
          gArea[b] = (gArea[b] as number) + w * a;
          gPop[b] = (gPop[b] as number) + w * p;
          gHist[b * BINS + bin] = (gHist[b * BINS + bin] as number) + w * a;
          if (d > (gMax[b] as number)) gMax[b] = d;
        }
      }
    }

    // Selected cells per accumulator.
    const cells = new Float64Array(ACC);
    const nominal: number[] = [];
    for (let k = 0; k < SCENARIOS; k++) {
      const base = k * this.C;
      for (let c = 0; c < this.C; c++) {
        if (!this.selected[base + c]) continue;
        const b = (g.cellOp[c] as number) * SCENARIOS + k;
        cells[b] = (cells[b] as number) + 1;
        cells[stride + k] = (cells[stride + k] as number) + 1;
        if (k === NOMINAL) nominal.push(c);
      }
    }

    const percentile = (
      h: Float64Array,
      j: number,
      total: number,
      q: number,
      max: number,
    ): number => {
      if (total <= 0) return 0;
      const target = q * total;
      let sum = 0;
      for (let bin = 0; bin < BINS; bin++) {
        sum += h[j * BINS + bin] as number;
        if (sum >= target - 1e-12) return Math.min(((bin + 1) * BIN_M) / 1000, max / 1000);
      }
      return max / 1000;
    };
    const pop = g.hasPopulation;
    const make = (
      acc: (k: number) => number,
      area: Float64Array,
      popAcc: Float64Array,
      h: Float64Array,
      mx: Float64Array,
    ): OvershootFigures => {
      const per = (f: (j: number) => number): Band => {
        const v = [0, 0, 0];
        for (let k = 0; k < SCENARIOS; k++) v[k] = f(acc(k));
        return band(v);
      };
      return {
        overshootAreaKm2: per((j) => area[j] as number),
        overshootPopulation: pop ? per((j) => popAcc[j] as number) : null,
        spillP50Km: per((j) => percentile(h, j, area[j] as number, 0.5, mx[j] as number)),
        spillP95Km: per((j) => percentile(h, j, area[j] as number, 0.95, mx[j] as number)),
        spillMaxKm: per((j) => (mx[j] as number) / 1000),
        undershootAreaKm2: per((j) =>
          Math.max(0, (this.servedInArea[j] as number) - (inArea[j] as number)),
        ),
        undershootPopulation: pop
          ? per((j) => Math.max(0, (this.servedInPop[j] as number) - (inPop[j] as number)))
          : null,
        servedInsideKm2: per((j) => this.servedInArea[j] as number),
        cellsSelected: per((j) => cells[j] as number),
      };
    };
    const build = (
      area: Float64Array,
      popAcc: Float64Array,
      h: Float64Array,
      mx: Float64Array,
    ) => ({
      combined: make((k) => stride + k, area, popAcc, h, mx),
      operators: g.ops.map((operator, o) => ({
        operator,
        figures: make((k) => o * SCENARIOS + k, area, popAcc, h, mx),
      })),
    });
    const main = build(gArea, gPop, gHist, gMax);
    const out: ReturnType<OvershootEngine['figures']> = {
      ...main,
      selectedCells: Int32Array.from(nominal),
      gridEdge,
    };
    if (geofence) out.legacy = build(outArea, outPop, hist, maxD);
    return out;
  }

  /** Tries insets of the drawn area and reports what each would do (nominal case). */
  private suggest(polygons: PlanarPolygons, share: number): TighterAreaSuggestion {
    const g = this.grid;
    const base = this.staticEvaluate(this.edges);
    const usePop = g.hasPopulation && (this.servedInPop[this.stride + NOMINAL] as number) > 0;
    const served = usePop
      ? (this.servedInPop[this.stride + NOMINAL] as number)
      : (this.servedInArea[this.stride + NOMINAL] as number);
    const options: InsetOption[] = [];
    for (const km of INSETS_KM) {
      const inset: PlanarPolygons = [];
      for (const rings of polygons) {
        const r = insetPolygon(rings, km * 1000);
        if (r) inset.push(r);
      }
      if (inset.length === 0) break;
      const res = this.staticEvaluate(edgeSet(inset));
      const unproject = (r: (readonly [number, number])[]): LonLat[] => {
        const ring = r.map((p) => toWgs84([p[0] / g.scale, p[1] / g.scale], g.crs) as LonLat);
        const first = ring[0];
        if (first) ring.push([first[0], first[1]]);
        return ring;
      };
      const coords = inset.map((rings) => rings.map(unproject));
      const shape: PolygonalShape =
        coords.length === 1
          ? { type: 'Polygon', coordinates: coords[0] as LonLat[][] }
          : { type: 'MultiPolygon', coordinates: coords };
      options.push({
        insetKm: km,
        shape,
        overshootAreaKm2: res.overArea,
        overshootPopulation: g.hasPopulation ? res.overPop : null,
        undershootAreaKm2: res.underArea,
        undershootPopulation: g.hasPopulation ? res.underPop : null,
      });
    }
    let recommended: number | null = null;
    let bestOver = usePop ? base.overPop : base.overArea;
    options.forEach((o, i) => {
      const under = usePop ? (o.undershootPopulation ?? 0) : o.undershootAreaKm2;
      const over = usePop ? (o.overshootPopulation ?? 0) : o.overshootAreaKm2;
      if (under <= share * served && over < bestOver - 1e-9) {
        bestOver = over;
        recommended = i;
      }
    });
    return { options, recommended, maxUndershootShare: share };
  }

  /**
   * Overshoot and undershoot, nominal case, all networks, if the cells were chosen by
   * `selection` (an inset) while the drawn area stays the one of the last estimate.
   * Geofence mode is evaluated as any-overlap (phones without geofencing).
   */
  private staticEvaluate(selection: EdgeSet): {
    overArea: number;
    overPop: number;
    underArea: number;
    underPop: number;
  } {
    const g = this.grid;
    const stamp = ++this.stamp;
    const nominalBit = 1 << NOMINAL;
    const chosen: number[] = [];
    if (this.mode === 'site-inside') {
      const [x0, y0, x1, y1] = selection.bbox;
      for (let c = 0; c < this.C; c++) {
        const x = g.cellX[c] as number;
        const y = g.cellY[c] as number;
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && pointInEdges(selection, x, y)) {
          this.stampCell[c] = stamp;
          chosen.push(c);
        }
      }
    } else {
      forSquaresInside(g, selection, (s) => {
        for (let e = g.sqStart[s] as number; e < (g.sqStart[s + 1] as number); e++) {
          const c = g.sqCell[e] as number;
          if ((g.sqMask[e] as number) & nominalBit && this.stampCell[c] !== stamp) {
            this.stampCell[c] = stamp;
            chosen.push(c);
          }
        }
      });
    }
    let overArea = 0;
    let overPop = 0;
    for (const c of chosen) {
      for (let e = g.cellStart[c] as number; e < (g.cellStart[c + 1] as number); e++) {
        if (!((g.cellMask[e] as number) & nominalBit)) continue;
        const s = g.cellSq[e] as number;
        if (this.stampSq[s] === stamp) continue;
        this.stampSq[s] = stamp;
        if (!this.inside[s]) {
          overArea += g.sqArea[s] as number;
          overPop += g.sqPop[s] as number;
        }
      }
    }
    let underArea = 0;
    let underPop = 0;
    const nominalServed = this.combMask[NOMINAL] as number;
    forSquaresInside(g, this.edges, (s) => {
      if ((g.servedBits[s] as number) & nominalServed && this.stampSq[s] !== stamp) {
        underArea += g.sqArea[s] as number;
        underPop += g.sqPop[s] as number;
      }
    });
    return { overArea, overPop, underArea, underPop };
  }
}
