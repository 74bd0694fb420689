import type { Lang } from '@sirene/core';
import { fromWgs84, toWgs84 } from '../crs.js';
import { shapePolygons } from '../shapes.js';
import type { AreaShape, LonLat, PolygonalShape, SireneArea } from '../types.js';
import { NOMINAL, SCENARIOS, buildGrid, forSquaresInside, lowerBound, runSync } from './build.js';
import { RunWriter, traceOverlay } from './coverage.js';
import type { CoverageLayers, CoverageOverlay } from './coverage.js';
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
const BIN_M = 100;
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

/** Vertices of a circle in the grid's plane. */
const CIRCLE_SEGMENTS = 72;

/**
 * Projects area shapes into the grid's CRS. Circles become 72-gons drawn in the plane
 * around the projected centre (vertices on the circle). `cache` holds the last call's
 * projected vertices, so a drag reprojects only the vertex that moved.
 */
function projectArea(
  grid: Grid,
  area: readonly AreaShape[],
  cache: Map<string, readonly [number, number]>,
): { polygons: PlanarPolygons; cache: Map<string, readonly [number, number]> } {
  const next = new Map<string, readonly [number, number]>();
  const project = (p: LonLat): readonly [number, number] => {
    const key = `${p[0]},${p[1]}`;
    let xy = next.get(key) ?? cache.get(key);
    if (!xy) {
      const [x, y] = fromWgs84(p, grid.crs);
      xy = [x * grid.scale, y * grid.scale] as const;
    }
    next.set(key, xy);
    return xy;
  };
  const polygons: PlanarPolygons = [];
  for (const shape of area) {
    if (shape.type === 'Circle') {
      const [cx, cy] = project(shape.center);
      const r = shape.radiusKm * 1000;
      if (!(r > 0)) continue;
      const ring: (readonly [number, number])[] = [];
      for (let i = 0; i < CIRCLE_SEGMENTS; i++) {
        const a = (2 * Math.PI * i) / CIRCLE_SEGMENTS;
        ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
      }
      polygons.push([ring]);
      continue;
    }
    for (const rings of shapePolygons(shape)) {
      const kept = rings.filter((r) => r.length >= 3).map((r) => r.map(project));
      if (kept.length > 0) polygons.push(kept);
    }
  }
  return { polygons, cache: next };
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
  private projectionCache = new Map<string, readonly [number, number]>();
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
  /**
   * Per active slot (the active list's order, so the per-estimate pass reads memory
   * sequentially): the square's centre, area, residents, reach pattern, inside flag,
   * squared distance to the drawn edge, nearest edge and the estimate that computed it.
   */
  private readonly slotX: Float64Array;
  private readonly slotY: Float64Array;
  private readonly slotA: Float32Array;
  private readonly slotP: Float32Array;
  private readonly slotPat: Int32Array;
  private readonly slotIn: Uint8Array;
  private readonly slotEdge: Uint8Array;
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
  private readonly sqPattern: Int32Array;
  private readonly patternBits: number[] = [];
  private readonly patternIndex = new Map<number, number>();
  private readonly patternAccs: Int32Array[] = [];
  private pCapacity = 0;
  private pOut: Float64Array = new Float64Array(0);
  private pIn: Float64Array = new Float64Array(0);
  private pHist: Float64Array = new Float64Array(0);
  private pgHist: Float64Array = new Float64Array(0);
  private readonly bins: number;
  /** Selected cells per accumulator (bit o·3 + k, then combined per scenario). */
  private readonly selCount: Float64Array;
  /** Cells selected in the nominal case, as a swap-remove list. */
  private readonly selList: Int32Array;
  private readonly selPos: Int32Array;
  private selLen = 0;
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
    this.slotX = new Float64Array(N);
    this.slotY = new Float64Array(N);
    this.slotA = new Float32Array(N);
    this.slotP = new Float32Array(N);
    this.slotPat = new Int32Array(N);
    this.slotIn = new Uint8Array(N);
    this.slotEdge = new Uint8Array(N);
    this.dist2 = new Float64Array(N);
    this.near = new Int32Array(N);
    this.distEpoch = new Uint32Array(N);
    this.dirty = new Int32Array(SCENARIOS * C);
    this.dirtyStamp = new Uint32Array(SCENARIOS * C);
    this.servedInArea = new Float64Array(this.stride + SCENARIOS);
    this.servedInPop = new Float64Array(this.stride + SCENARIOS);
    this.stampCell = new Uint32Array(C);
    this.sqPattern = new Int32Array(N);
    this.bins = Math.min(4000, Math.ceil(grid.maxReachM / BIN_M) + 2);
    this.selCount = new Float64Array(this.stride + SCENARIOS);
    this.selList = new Int32Array(C);
    this.selPos = new Int32Array(C).fill(-1);
    this.growPatterns();
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
      populationPlacement: g.populationPlacement,
      population: g.population,
      rangesKm: g.cellRangeKm.slice(),
      environments: g.cellEnv.slice(),
    };
  }

  /** A WGS84 position in the engine's planar coordinates (metres, `summary().crs`). */
  project(position: LonLat): [number, number] {
    const [x, y] = fromWgs84(position, this.grid.crs);
    return [x * this.grid.scale, y * this.grid.scale];
  }

  private markDirty(idx: number): void {
    if (this.dirtyStamp[idx] === this.dirtyEpoch) return;
    this.dirtyStamp[idx] = this.dirtyEpoch;
    this.dirty[this.dirtyLen++] = idx;
  }

  private activate(s: number): void {
    const g = this.grid;
    const i = this.activeLen++;
    this.activePos[s] = i;
    this.active[i] = s;
    this.slotX[i] = g.sqX[s] as number;
    this.slotY[i] = g.sqY[s] as number;
    this.slotA[i] = g.sqArea[s] as number;
    this.slotP[i] = g.sqPop[s] as number;
    this.slotPat[i] = this.sqPattern[s] as number;
    this.slotIn[i] = this.inside[s] as number;
    this.slotEdge[i] = (g.sqFlags[s] as number) & 2;
    this.distEpoch[i] = 0;
  }

  private deactivate(s: number): void {
    const at = this.activePos[s] as number;
    const last = --this.activeLen;
    const moved = this.active[last] as number;
    this.active[at] = moved;
    this.activePos[moved] = at;
    this.activePos[s] = -1;
    this.slotX[at] = this.slotX[last] as number;
    this.slotY[at] = this.slotY[last] as number;
    this.slotA[at] = this.slotA[last] as number;
    this.slotP[at] = this.slotP[last] as number;
    this.slotPat[at] = this.slotPat[last] as number;
    this.slotIn[at] = this.slotIn[last] as number;
    this.slotEdge[at] = this.slotEdge[last] as number;
    this.dist2[at] = this.dist2[last] as number;
    this.near[at] = this.near[last] as number;
    this.distEpoch[at] = this.distEpoch[last] as number;
  }

  private flipSquare(s: number, v: number): void {
    const g = this.grid;
    this.inside[s] = v;
    const slot = this.activePos[s] as number;
    if (slot >= 0) {
      this.slotIn[slot] = v;
      this.distEpoch[slot] = 0;
    }
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
    const sign = want ? 1 : -1;
    this.selCount[b] = (this.selCount[b] as number) + sign;
    this.selCount[this.stride + k] = (this.selCount[this.stride + k] as number) + sign;
    if (k === NOMINAL) {
      if (want) {
        this.selPos[c] = this.selLen;
        this.selList[this.selLen++] = c;
      } else {
        const at = this.selPos[c] as number;
        const last = this.selList[--this.selLen] as number;
        this.selList[at] = last;
        this.selPos[last] = at;
        this.selPos[c] = -1;
      }
    }
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
          const pat = this.patternOf(old | bit);
          this.sqPattern[s] = pat;
          if (old === 0) this.activate(s);
          else this.slotPat[this.activePos[s] as number] = pat;
        }
      } else {
        const n = (this.reachCnt[r] as number) - 1;
        this.reachCnt[r] = n;
        if (n === 0) {
          const nb = (this.reachBits[s] as number) & ~bit;
          this.reachBits[s] = nb;
          if (nb === 0) this.deactivate(s);
          else {
            const pat = this.patternOf(nb);
            this.sqPattern[s] = pat;
            this.slotPat[this.activePos[s] as number] = pat;
          }
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
    const projected = projectArea(g, shapes, this.projectionCache);
    this.projectionCache = projected.cache;
    const polygons = projected.polygons;
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
    if (options.overlay) {
      estimate.overlay = this.coverage();
      if (options.trace) {
        const only = options.trace === true ? undefined : options.trace.operators;
        estimate.traced = traceOverlay(estimate.overlay, only);
      }
    }
    estimate.stats.ms = performance.now() - t0;
    return estimate;
  }

  /**
   * The squares behind the last estimate's figures, as row runs per operator and for all
   * networks (nominal path loss; plus how far the overshoot may reach at path loss
   * −sweep): where phones get the alert, the overshoot outside the area, and the
   * undershoot inside. Costs one pass over the reached squares and the squares inside;
   * ask for it when the map needs it, not on every drag frame. See `coverage.ts`.
   */
  coverage(): CoverageOverlay {
    const g = this.grid;
    const ops = g.ops.length;
    const writers = () => ({
      coverage: new RunWriter(),
      overshoot: new RunWriter(),
      undershoot: new RunWriter(),
    });
    const comb = writers();
    const per = g.ops.map(() => writers());
    const far = new RunWriter();
    const u2 = g.options.urbanCellM / 2;
    const r2 = g.options.ruralCellM / 2;
    let bx0 = 0;
    let by0 = 0;
    let bx1 = 0;
    let by1 = 0;
    const box = (s: number): void => {
      const h = (g.sqFlags[s] as number) & 1 ? u2 : r2;
      const x = g.sqX[s] as number;
      const y = g.sqY[s] as number;
      bx0 = Math.round(x - h);
      by0 = Math.round(y - h);
      bx1 = Math.round(x + h);
      by1 = Math.round(y + h);
    };
    const nominal = this.combMask[NOMINAL] as number;
    const optimistic = this.combMask[SCENARIOS - 1] as number;
    // Scanline order is square order: sort the reached squares.
    const reached = this.active.slice(0, this.activeLen).sort();
    for (let i = 0; i < reached.length; i++) {
      const s = reached[i] as number;
      const bits = this.reachBits[s] as number;
      const outside = !this.inside[s];
      box(s);
      if (outside && bits & optimistic) far.push(bx0, by0, bx1, by1);
      if (!(bits & nominal)) continue;
      comb.coverage.push(bx0, by0, bx1, by1);
      if (outside) comb.overshoot.push(bx0, by0, bx1, by1);
      for (let o = 0; o < ops; o++) {
        if (!(bits & (1 << (o * SCENARIOS + NOMINAL)))) continue;
        const w = per[o] as ReturnType<typeof writers>;
        w.coverage.push(bx0, by0, bx1, by1);
        if (outside) w.overshoot.push(bx0, by0, bx1, by1);
      }
    }
    forSquaresInside(g, this.edges, (s) => {
      const served = g.servedBits[s] as number;
      if (!(served & nominal)) return;
      const bits = this.reachBits[s] as number;
      box(s);
      if (!(bits & nominal)) comb.undershoot.push(bx0, by0, bx1, by1);
      for (let o = 0; o < ops; o++) {
        const bit = 1 << (o * SCENARIOS + NOMINAL);
        if (served & bit && !(bits & bit))
          (per[o] as ReturnType<typeof writers>).undershoot.push(bx0, by0, bx1, by1);
      }
    });
    const finish = (w: ReturnType<typeof writers>): CoverageLayers => ({
      coverage: w.coverage.finish(),
      overshoot: w.overshoot.finish(),
      undershoot: w.undershoot.finish(),
    });
    return {
      crs: g.crs,
      scale: g.scale,
      sweepDb: g.options.sweepDb,
      combined: finish(comb),
      overshootFar: far.finish(),
      operators: g.ops.map((operator, o) => ({
        operator,
        layers: finish(per[o] as ReturnType<typeof writers>),
      })),
    };
  }

  private ukBleedKm(): number {
    if (this.insideArea <= 0) return 5;
    const perMi2 = this.insidePop / (this.insideArea / KM2_PER_MI2);
    const m = perMi2 > 0 ? 5900 - 1250 * Math.log10(perMi2) : 5000;
    return Math.min(5000, Math.max(500, m)) / 1000;
  }

  /** The pattern index of a set of reach bits (patterns are few: 4 states per operator). */
  private patternOf(bits: number): number {
    let p = this.patternIndex.get(bits);
    if (p !== undefined) return p;
    p = this.patternBits.length;
    this.patternBits.push(bits);
    this.patternIndex.set(bits, p);
    const accs: number[] = [];
    for (let b = bits; b; b &= b - 1) accs.push(31 - Math.clz32(b & -b));
    for (let k = 0; k < SCENARIOS; k++)
      if (bits & (this.combMask[k] as number)) accs.push(this.stride + k);
    this.patternAccs.push(Int32Array.from(accs));
    if (this.patternBits.length > this.pCapacity) this.growPatterns();
    return p;
  }

  private growPatterns(): void {
    const cap = Math.max(64, this.pCapacity * 2);
    const grow = (a: Float64Array, per: number): Float64Array => {
      const n = new Float64Array(cap * per);
      n.set(a);
      return n;
    };
    this.pOut = grow(this.pOut, 4);
    this.pIn = grow(this.pIn, 2);
    this.pHist = grow(this.pHist, this.bins);
    this.pgHist = grow(this.pgHist, this.bins);
    this.pCapacity = cap;
  }

  /**
   * The pass over every reached square: distance to the drawn edge (incremental), then
   * sums and distance histograms per reach pattern, expanded to operators and scenarios.
   */
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
    const bins = this.bins;
    const P = this.patternBits.length;
    // Per pattern: [out area, out pop, out max, geofence area | geofence pop | geofence max …].
    const pOut = this.pOut;
    const pIn = this.pIn;
    const pHist = this.pHist;
    const pgHist = this.pgHist;
    pOut.fill(0, 0, P * 4);
    pIn.fill(0, 0, P * 2);
    pHist.fill(0, 0, P * bins);
    const geofence = mode === 'geofence';
    const pg = new Float64Array(P * 3);
    if (geofence) pgHist.fill(0, 0, P * bins);
    const tol = g.options.geofenceToleranceM;
    const prevEpoch = this.epoch;
    const epoch = ++this.epoch;
    const addedEdges = Int32Array.from(added);
    const nAdded = addedEdges.length;
    let ab0 = Infinity;
    let ab1 = Infinity;
    let ab2 = -Infinity;
    let ab3 = -Infinity;
    for (let j = 0; j < nAdded; j++) {
      const e = addedEdges[j] as number;
      ab0 = Math.min(ab0, edges.ax[e] as number, edges.bx[e] as number);
      ab1 = Math.min(ab1, edges.ay[e] as number, edges.by[e] as number);
      ab2 = Math.max(ab2, edges.ax[e] as number, edges.bx[e] as number);
      ab3 = Math.max(ab3, edges.ay[e] as number, edges.by[e] as number);
    }
    let gridEdge = false;
    const { slotX, slotY, slotA, slotP, slotPat, slotIn, slotEdge, dist2, near, distEpoch } = this;
    for (let i = 0; i < this.activeLen; i++) {
      const pi = slotPat[i] as number;
      const a = slotA[i] as number;
      const p = slotP[i] as number;
      if (slotIn[i]) {
        pIn[2 * pi] = (pIn[2 * pi] as number) + a;
        pIn[2 * pi + 1] = (pIn[2 * pi + 1] as number) + p;
        continue;
      }
      // Distance to the drawn edge: keep the old nearest edge when it still exists and
      // test only the added edges; otherwise test all.
      const x = slotX[i] as number;
      const y = slotY[i] as number;
      let d2: number;
      let nearest = -1;
      const known = distEpoch[i] === prevEpoch ? (remap[near[i] as number] ?? -1) : -1;
      if (known >= 0) {
        d2 = dist2[i] as number;
        nearest = known;
        // The added edges cannot be nearer when their box is farther than the old distance.
        const bx = x < ab0 ? ab0 - x : x > ab2 ? x - ab2 : 0;
        const by = y < ab1 ? ab1 - y : y > ab3 ? y - ab3 : 0;
        const skip = bx * bx + by * by >= d2;
        for (let j = 0; !skip && j < nAdded; j++) {
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
      dist2[i] = d2;
      near[i] = nearest;
      distEpoch[i] = epoch;
      const d = E > 0 ? Math.sqrt(d2) : 0;
      if (slotEdge[i]) gridEdge = true;
      let bin = (d / BIN_M) | 0;
      if (bin >= bins) bin = bins - 1;
      const o = 4 * pi;
      pOut[o] = (pOut[o] as number) + a;
      pOut[o + 1] = (pOut[o + 1] as number) + p;
      if (d > (pOut[o + 2] as number)) pOut[o + 2] = d;
      pHist[pi * bins + bin] = (pHist[pi * bins + bin] as number) + a;
      if (geofence) {
        const side = Math.sqrt(a) * 1000;
        const w = Math.min(1, Math.max(0, (tol - (d - side / 2)) / side));
        if (w > 0) {
          pg[3 * pi] = (pg[3 * pi] as number) + w * a;
          pg[3 * pi + 1] = (pg[3 * pi + 1] as number) + w * p;
          if (d > (pg[3 * pi + 2] as number)) pg[3 * pi + 2] = d;
          pgHist[pi * bins + bin] = (pgHist[pi * bins + bin] as number) + w * a;
        }
      }
    }

    // Expand patterns to accumulators: bit o·3 + k, then the 3 combined.
    const ACC = this.stride + SCENARIOS;
    const expand = (
      area: (pi: number) => number,
      pop: (pi: number) => number,
      max: (pi: number) => number,
      hist: Float64Array,
    ) => {
      const outArea = new Float64Array(ACC);
      const outPop = new Float64Array(ACC);
      const maxD = new Float64Array(ACC);
      const h = new Float64Array(ACC * bins);
      for (let pi = 0; pi < P; pi++) {
        const ar = area(pi);
        if (ar === 0) continue;
        const pp = pop(pi);
        const mx = max(pi);
        const top = Math.min(bins - 1, Math.ceil(mx / BIN_M));
        const accs = this.patternAccs[pi] as Int32Array;
        for (let j = 0; j < accs.length; j++) {
          const acc = accs[j] as number;
          outArea[acc] = (outArea[acc] as number) + ar;
          outPop[acc] = (outPop[acc] as number) + pp;
          if (mx > (maxD[acc] as number)) maxD[acc] = mx;
          const src = pi * bins;
          const dst = acc * bins;
          for (let bin = 0; bin <= top; bin++)
            h[dst + bin] = (h[dst + bin] as number) + (hist[src + bin] as number);
        }
      }
      return { outArea, outPop, maxD, h };
    };
    const inArea = new Float64Array(ACC);
    const inPop = new Float64Array(ACC);
    for (let pi = 0; pi < P; pi++) {
      const ar = pIn[2 * pi] as number;
      if (ar === 0) continue;
      const accs = this.patternAccs[pi] as Int32Array;
      for (let j = 0; j < accs.length; j++) {
        const acc = accs[j] as number;
        inArea[acc] = (inArea[acc] as number) + ar;
        inPop[acc] = (inPop[acc] as number) + (pIn[2 * pi + 1] as number);
      }
    }
    const all = expand(
      (pi) => pOut[4 * pi] as number,
      (pi) => pOut[4 * pi + 1] as number,
      (pi) => pOut[4 * pi + 2] as number,
      pHist,
    );
    const fenced = geofence
      ? expand(
          (pi) => pg[3 * pi] as number,
          (pi) => pg[3 * pi + 1] as number,
          (pi) => pg[3 * pi + 2] as number,
          pgHist,
        )
      : all;

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
      for (let bin = 0; bin < bins; bin++) {
        sum += h[j * bins + bin] as number;
        if (sum >= target - 1e-12) return Math.min(((bin + 1) * BIN_M) / 1000, max / 1000);
      }
      return max / 1000;
    };
    const pop = g.hasPopulation;
    const cells = this.selCount;
    const make = (acc: (k: number) => number, r: ReturnType<typeof expand>): OvershootFigures => {
      const per = (f: (j: number) => number): Band => {
        const v = [0, 0, 0];
        for (let k = 0; k < SCENARIOS; k++) v[k] = f(acc(k));
        return band(v);
      };
      return {
        overshootAreaKm2: per((j) => r.outArea[j] as number),
        overshootPopulation: pop ? per((j) => r.outPop[j] as number) : null,
        spillP50Km: per((j) =>
          percentile(r.h, j, r.outArea[j] as number, 0.5, r.maxD[j] as number),
        ),
        spillP95Km: per((j) =>
          percentile(r.h, j, r.outArea[j] as number, 0.95, r.maxD[j] as number),
        ),
        spillMaxKm: per((j) => (r.maxD[j] as number) / 1000),
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
    const stride = this.stride;
    const build = (r: ReturnType<typeof expand>) => ({
      combined: make((k) => stride + k, r),
      operators: g.ops.map((operator, o) => ({
        operator,
        figures: make((k) => o * SCENARIOS + k, r),
      })),
    });
    const main = build(fenced);
    const selectedCells = this.selList.slice(0, this.selLen).sort();
    const out: ReturnType<OvershootEngine['figures']> = { ...main, selectedCells, gridEdge };
    if (geofence) out.legacy = build(all);
    return out;
  }

  /**
   * Tries insets of the drawn area and reports what each would do, for every sweep
   * scenario (a band, like the main figures). The recommendation uses the nominal case.
   */
  private suggest(polygons: PlanarPolygons, share: number): TighterAreaSuggestion {
    const g = this.grid;
    const base = this.staticEvaluate(this.edges, NOMINAL);
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
      const edges = edgeSet(inset);
      const res = [0, 1, 2].map((k) => this.staticEvaluate(edges, k));
      const of = (f: (r: StaticResult) => number): Band =>
        band(res.map(f) as [number, number, number]);
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
        overshootAreaKm2: of((r) => r.overArea),
        overshootPopulation: g.hasPopulation ? of((r) => r.overPop) : null,
        undershootAreaKm2: of((r) => r.underArea),
        undershootPopulation: g.hasPopulation ? of((r) => r.underPop) : null,
      });
    }
    let recommended: number | null = null;
    let bestOver = usePop ? base.overPop : base.overArea;
    options.forEach((o, i) => {
      const under = usePop ? (o.undershootPopulation?.nominal ?? 0) : o.undershootAreaKm2.nominal;
      const over = usePop ? (o.overshootPopulation?.nominal ?? 0) : o.overshootAreaKm2.nominal;
      if (under <= share * served && over < bestOver - 1e-9) {
        bestOver = over;
        recommended = i;
      }
    });
    return { options, recommended, maxUndershootShare: share };
  }

  /**
   * Overshoot and undershoot of all networks in sweep scenario `k`, if the cells were
   * chosen by `selection` (an inset) while the drawn area stays the one of the last
   * estimate. Geofence mode is evaluated as any-overlap (phones without geofencing).
   */
  private staticEvaluate(selection: EdgeSet, k: number): StaticResult {
    const g = this.grid;
    const stamp = ++this.stamp;
    const bit = 1 << k;
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
          if ((g.sqMask[e] as number) & bit && this.stampCell[c] !== stamp) {
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
        if (!((g.cellMask[e] as number) & bit)) continue;
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
    const served = this.combMask[k] as number;
    forSquaresInside(g, this.edges, (s) => {
      if ((g.servedBits[s] as number) & served && this.stampSq[s] !== stamp) {
        underArea += g.sqArea[s] as number;
        underPop += g.sqPop[s] as number;
      }
    });
    return { overArea, overPop, underArea, underPop };
  }
}

/** What one inset does in one sweep scenario. */
interface StaticResult {
  overArea: number;
  overPop: number;
  underArea: number;
  underPop: number;
}
