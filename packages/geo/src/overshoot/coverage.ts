/**
 * The coverage overlay: the engine's grid squares as row runs (compact, transferable
 * typed arrays) and a helper that turns runs into polygon rings for drawing — adjacent
 * squares merged by boundary tracing on the integer grid lattice, never a polygon union
 * per square. DOM-free.
 */
import { toWgs84 } from '../crs.js';
import type { CrsCode } from '../crs.js';
import type { LonLat } from '../types.js';

/**
 * Row runs: four Int32 per run — `x0, y0, x1, y1` — the corners of a row of adjacent,
 * equal grid squares, in metres in the overlay's planar CRS (`CoverageOverlay.crs`,
 * times `scale`). Runs never overlap.
 */
export type CoverageRuns = Int32Array;

/** The overlay layers of one network (or of all together), nominal path loss. */
export interface CoverageLayers {
  /** Where phones get the alert: squares reached by the cells that broadcast, inside and outside the area. */
  coverage: CoverageRuns;
  /** Of those, the squares outside the drawn area: the overshoot. */
  overshoot: CoverageRuns;
  /**
   * Squares inside the drawn area that have coverage but whose phones do not get the
   * alert (their serving cells do not broadcast): the undershoot. Empty in `any-overlap`.
   */
  undershoot: CoverageRuns;
}

/**
 * The squares behind an estimate's figures, for a map: per operator and for all networks
 * together (a square counts when any network reaches it). In `geofence` mode the
 * overshoot is what phones without geofencing see (the `legacy` figures). Ask for it
 * with `EstimateOptions.overlay` (not on every drag frame) or `OvershootEngine.coverage()`.
 * Turn runs into polygons with {@link coverageRings} or {@link coverageToGeoJson}.
 */
export interface CoverageOverlay {
  /** The planar CRS of the runs. */
  crs: CrsCode;
  /** Planar = projected × scale (1 except for the Web Mercator fallback). */
  scale: number;
  /** Path-loss sweep (dB) of `overshootFar`. */
  sweepDb: number;
  /** All networks together. */
  combined: CoverageLayers;
  /**
   * All networks, path loss −`sweepDb` (optimistic): how far the overshoot may reach at
   * the high end of the band (outside the drawn area).
   */
  overshootFar: CoverageRuns;
  /** Per operator, in the order of `OvershootSummary.operators`. */
  operators: { operator: string; layers: CoverageLayers }[];
}

/** Collects runs of squares visited in scanline order (south to north, west to east). */
export class RunWriter {
  #data = new Int32Array(64);
  #length = 0;
  /** Last run's right edge, bottom and top, to extend it. */
  #x1 = NaN;
  #y0 = NaN;
  #y1 = NaN;

  /** Adds the square `[x0, x1] × [y0, y1]`; it extends the last run when adjacent in the same row. */
  push(x0: number, y0: number, x1: number, y1: number): void {
    if (x0 === this.#x1 && y0 === this.#y0 && y1 === this.#y1) {
      this.#data[this.#length - 2] = x1;
      this.#x1 = x1;
      return;
    }
    if (this.#length + 4 > this.#data.length) {
      const d = new Int32Array(this.#data.length * 2);
      d.set(this.#data);
      this.#data = d;
    }
    this.#data[this.#length++] = x0;
    this.#data[this.#length++] = y0;
    this.#data[this.#length++] = x1;
    this.#data[this.#length++] = y1;
    this.#x1 = x1;
    this.#y0 = y0;
    this.#y1 = y1;
  }

  /** The runs, trimmed to size. */
  finish(): CoverageRuns {
    return this.#data.slice(0, this.#length);
  }
}

/** Area covered by runs (m² in the planar CRS; divide by `scale²` for true m² on 3857). */
export function runsArea(runs: CoverageRuns): number {
  let a = 0;
  for (let i = 0; i + 3 < runs.length; i += 4) {
    a +=
      ((runs[i + 2] as number) - (runs[i] as number)) *
      ((runs[i + 3] as number) - (runs[i + 1] as number));
  }
  return a;
}

/** A planar ring, closed (last point equals the first), `[x, y]` in metres. */
export type CoverageRing = [number, number][];

type Interval = [number, number];

/** Sorts and merges touching or overlapping intervals. */
function mergeIntervals(list: Interval[]): Interval[] {
  list.sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const iv of list) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

/** `a \ b` for merged, sorted interval lists. */
function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [a0, a1] of a) {
    let start = a0;
    while (j < b.length && (b[j] as Interval)[1] <= start) j++;
    let k = j;
    while (k < b.length && (b[k] as Interval)[0] < a1) {
      const [b0, b1] = b[k] as Interval;
      if (b0 > start) out.push([start, b0]);
      start = Math.max(start, b1);
      k++;
    }
    if (start < a1) out.push([start, a1]);
  }
  return out;
}

/**
 * Turns row runs into polygons: each a closed outer ring (counter-clockwise) followed by
 * its holes (clockwise), as GeoJSON wants them, in the runs' planar coordinates.
 * Adjacent squares merge into one outline; squares touching only at a corner stay
 * separate polygons. Linear in the number of boundary edges (plus sorting), no polygon
 * union: the boundary is where a row's squares do not continue into the next row (or the
 * next square), traced with the area on the left.
 */
export function coverageRings(runs: CoverageRuns): CoverageRing[][] {
  // Vertex keys are numbers: coordinates relative to the runs' south-west corner.
  let ox = Infinity;
  let oy = Infinity;
  for (let i = 0; i + 3 < runs.length; i += 4) {
    ox = Math.min(ox, runs[i] as number);
    oy = Math.min(oy, runs[i + 1] as number);
  }
  // Horizontal boundary at each y: run bottoms (area above) minus run tops (area below).
  const bottoms = new Map<number, Interval[]>();
  const tops = new Map<number, Interval[]>();
  const lefts = new Map<number, Interval[]>();
  const rights = new Map<number, Interval[]>();
  const add = (m: Map<number, Interval[]>, key: number, iv: Interval) => {
    const list = m.get(key);
    if (list) list.push(iv);
    else m.set(key, [iv]);
  };
  for (let i = 0; i + 3 < runs.length; i += 4) {
    const x0 = runs[i] as number;
    const y0 = runs[i + 1] as number;
    const x1 = runs[i + 2] as number;
    const y1 = runs[i + 3] as number;
    if (!(x1 > x0 && y1 > y0)) continue;
    add(bottoms, y0, [x0, x1]);
    add(tops, y1, [x0, x1]);
    add(lefts, x0, [y0, y1]);
    add(rights, x1, [y0, y1]);
  }
  // Directed edges with the area on the left: bottoms run east, tops west, lefts south,
  // rights north.
  const ex0: number[] = [];
  const ey0: number[] = [];
  const ex1: number[] = [];
  const ey1: number[] = [];
  const edge = (ax: number, ay: number, bx: number, by: number) => {
    ex0.push(ax);
    ey0.push(ay);
    ex1.push(bx);
    ey1.push(by);
  };
  const lines = (
    first: Map<number, Interval[]>,
    second: Map<number, Interval[]>,
    emit: (at: number, iv: Interval, forward: boolean) => void,
  ) => {
    const keys = new Set([...first.keys(), ...second.keys()]);
    for (const at of keys) {
      const a = mergeIntervals(first.get(at) ?? []);
      const b = mergeIntervals(second.get(at) ?? []);
      for (const iv of subtract(a, b)) emit(at, iv, true);
      for (const iv of subtract(b, a)) emit(at, iv, false);
    }
  };
  lines(bottoms, tops, (y, [a, b], east) => (east ? edge(a, y, b, y) : edge(b, y, a, y)));
  lines(lefts, rights, (x, [a, b], south) => (south ? edge(x, b, x, a) : edge(x, a, x, b)));

  // Outgoing edges per vertex.
  const E = ex0.length;
  const key = (x: number, y: number) => (x - ox) * 4294967296 + (y - oy);
  const outgoing = new Map<number, number[]>();
  for (let e = 0; e < E; e++) {
    const k = key(ex0[e] as number, ey0[e] as number);
    const list = outgoing.get(k);
    if (list) list.push(e);
    else outgoing.set(k, [e]);
  }
  // At a vertex where two outlines touch (four edges), turn left: it keeps each outline
  // apart, so rings never touch themselves.
  const next = (e: number): number => {
    const list = outgoing.get(key(ex1[e] as number, ey1[e] as number)) ?? [];
    if (list.length === 1) return list[0] as number;
    const dx = Math.sign((ex1[e] as number) - (ex0[e] as number));
    const dy = Math.sign((ey1[e] as number) - (ey0[e] as number));
    let best = -1;
    let bestRank = 9;
    for (const f of list) {
      const fx = Math.sign((ex1[f] as number) - (ex0[f] as number));
      const fy = Math.sign((ey1[f] as number) - (ey0[f] as number));
      // Left of (dx, dy) is (−dy, dx); then straight on; then right; never back.
      const rank =
        fx === -dy && fy === dx ? 0 : fx === dx && fy === dy ? 1 : fx === dy && fy === -dx ? 2 : 3;
      if (rank < bestRank) {
        bestRank = rank;
        best = f;
      }
    }
    return best;
  };
  const used = new Uint8Array(E);
  const outers: { ring: CoverageRing; area: number; box: [number, number, number, number] }[] = [];
  const holes: { ring: CoverageRing; area: number }[] = [];
  for (let start = 0; start < E; start++) {
    if (used[start]) continue;
    const ring: CoverageRing = [];
    let e = start;
    let guard = E + 1;
    while (!used[e] && guard-- > 0) {
      used[e] = 1;
      ring.push([ex0[e] as number, ey0[e] as number]);
      e = next(e);
      if (e < 0) break;
    }
    if (ring.length < 4) continue;
    ring.push([(ring[0] as [number, number])[0], (ring[0] as [number, number])[1]]);
    let area = 0;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      area += ax * by - bx * ay;
      minX = Math.min(minX, ax);
      minY = Math.min(minY, ay);
      maxX = Math.max(maxX, ax);
      maxY = Math.max(maxY, ay);
    }
    area /= 2;
    if (area > 0) outers.push({ ring, area, box: [minX, minY, maxX, maxY] });
    else if (area < 0) holes.push({ ring, area: -area });
  }
  // Each hole belongs to the smallest outline around a point just beside its first edge,
  // on the covered side (the left).
  const polygons: CoverageRing[][] = outers.map((o) => [o.ring]);
  for (const hole of holes) {
    const [ax, ay] = hole.ring[0] as [number, number];
    const [bx, by] = hole.ring[1] as [number, number];
    const dx = Math.sign(bx - ax);
    const dy = Math.sign(by - ay);
    const px = ax + (bx - ax) / 3 - dy * 0.25;
    const py = ay + (by - ay) / 3 + dx * 0.25;
    let owner = -1;
    let ownerArea = Infinity;
    outers.forEach((o, i) => {
      if (px < o.box[0] || px > o.box[2] || py < o.box[1] || py > o.box[3]) return;
      if (o.area < ownerArea && pointInRing(o.ring, px, py)) {
        owner = i;
        ownerArea = o.area;
      }
    });
    if (owner >= 0) (polygons[owner] as CoverageRing[]).push(hole.ring);
  }
  return polygons;
}

/** Even-odd point-in-ring test. */
function pointInRing(ring: CoverageRing, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Most control points per side of the interpolation grid used to unproject rings. */
const CONTROL_MAX = 16;
/** Smallest spacing of those control points (m). */
const CONTROL_MIN_M = 1000;

/**
 * An unprojection from planar metres to WGS84 for points within `box`: exact at control
 * points every ≥ 1 km (at most 17 × 17 of them), bilinear in between — off by well under
 * the 100 m grid (the projection bends by h²/8R: 0.3 m for 4 km cells, 3 m for 12.5 km
 * ones over 200 km), while a CRS transformation per vertex costs tens of microseconds.
 */
export function gridUnprojector(
  box: readonly [number, number, number, number],
  overlay: Pick<CoverageOverlay, 'crs' | 'scale'>,
): (x: number, y: number) => LonLat {
  const { crs, scale } = overlay;
  const [x0, y0, x1, y1] = box;
  const nx = Math.max(1, Math.min(CONTROL_MAX, Math.ceil((x1 - x0) / CONTROL_MIN_M)));
  const ny = Math.max(1, Math.min(CONTROL_MAX, Math.ceil((y1 - y0) / CONTROL_MIN_M)));
  const dx = (x1 - x0) / nx || 1;
  const dy = (y1 - y0) / ny || 1;
  const lon = new Float64Array((nx + 1) * (ny + 1));
  const lat = new Float64Array((nx + 1) * (ny + 1));
  for (let j = 0; j <= ny; j++) {
    for (let i = 0; i <= nx; i++) {
      const [a, b] = toWgs84([(x0 + i * dx) / scale, (y0 + j * dy) / scale], crs);
      lon[j * (nx + 1) + i] = a;
      lat[j * (nx + 1) + i] = b;
    }
  }
  return (x, y) => {
    const fx = Math.min(nx, Math.max(0, (x - x0) / dx));
    const fy = Math.min(ny, Math.max(0, (y - y0) / dy));
    const i = Math.min(nx - 1, Math.floor(fx));
    const j = Math.min(ny - 1, Math.floor(fy));
    const u = fx - i;
    const v = fy - j;
    const k = j * (nx + 1) + i;
    const k2 = k + nx + 1;
    const mix = (g: Float64Array) =>
      (1 - v) * ((1 - u) * (g[k] as number) + u * (g[k + 1] as number)) +
      v * ((1 - u) * (g[k2] as number) + u * (g[k2 + 1] as number));
    return [mix(lon), mix(lat)];
  };
}

/**
 * Runs as a GeoJSON MultiPolygon in WGS84 (`[lon, lat]`), ready for a map; null when
 * the runs are empty. The staircase outline keeps every grid corner; vertices are
 * unprojected through {@link gridUnprojector} (sub-metre).
 */
export function coverageToGeoJson(
  runs: CoverageRuns,
  overlay: Pick<CoverageOverlay, 'crs' | 'scale'>,
  unprojector?: (x: number, y: number) => LonLat,
): { type: 'MultiPolygon'; coordinates: LonLat[][][] } | null {
  if (runs.length === 0) return null;
  if (unprojector) {
    const coordinates = coverageRings(runs).map((rings) =>
      rings.map((ring) => ring.map(([x, y]) => unprojector(x, y))),
    );
    return coordinates.length > 0 ? { type: 'MultiPolygon', coordinates } : null;
  }
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 3 < runs.length; i += 4) {
    box[0] = Math.min(box[0], runs[i] as number);
    box[1] = Math.min(box[1], runs[i + 1] as number);
    box[2] = Math.max(box[2], runs[i + 2] as number);
    box[3] = Math.max(box[3], runs[i + 3] as number);
  }
  const polygons = coverageRings(runs);
  let vertices = 0;
  for (const rings of polygons) for (const ring of rings) vertices += ring.length;
  // Few vertices: transform them exactly; many: through the control grid.
  const unproject =
    vertices <= (CONTROL_MAX + 1) ** 2
      ? (x: number, y: number) =>
          toWgs84([x / overlay.scale, y / overlay.scale], overlay.crs) as LonLat
      : gridUnprojector(box, overlay);
  const coordinates = polygons.map((rings) =>
    rings.map((ring) => ring.map(([x, y]) => unproject(x, y))),
  );
  return coordinates.length > 0 ? { type: 'MultiPolygon', coordinates } : null;
}

/**
 * One control-grid unprojection for every layer of an overlay (their common box), to
 * pass to {@link coverageToGeoJson} when tracing several layers; null when all are empty.
 */
export function overlayUnprojector(
  overlay: CoverageOverlay,
): ((x: number, y: number) => LonLat) | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const layers = [overlay.combined, ...overlay.operators.map((o) => o.layers)];
  const all = [overlay.overshootFar, ...layers.flatMap((l) => [l.coverage, l.undershoot])];
  for (const runs of all) {
    for (let i = 0; i + 3 < runs.length; i += 4) {
      box[0] = Math.min(box[0], runs[i] as number);
      box[1] = Math.min(box[1], runs[i + 1] as number);
      box[2] = Math.max(box[2], runs[i + 2] as number);
      box[3] = Math.max(box[3], runs[i + 3] as number);
    }
  }
  return box[0] <= box[2] ? gridUnprojector(box, overlay) : null;
}

/** The typed-array buffers of an overlay, to transfer to another thread without copying. */
export function coverageBuffers(overlay: CoverageOverlay): ArrayBuffer[] {
  const layers = [overlay.combined, ...overlay.operators.map((o) => o.layers)];
  const out: ArrayBuffer[] = [overlay.overshootFar.buffer as ArrayBuffer];
  for (const l of layers) {
    out.push(
      l.coverage.buffer as ArrayBuffer,
      l.overshoot.buffer as ArrayBuffer,
      l.undershoot.buffer as ArrayBuffer,
    );
  }
  return out;
}

/**
 * One layer traced into ready-to-draw WGS84 polygons, flat (the layout OpenLayers'
 * `MultiPolygon(flatCoordinates, 'XY', endss)` takes): `coordinates` holds `lon, lat`
 * pairs of every closed ring one after another; `ringEnds[r]` is the index in
 * `coordinates` just after ring `r`; `polygonEnds[p]` is the index in `ringEnds` just
 * after polygon `p`'s last ring (its first ring is the outline, counter-clockwise; the
 * others are holes, clockwise). Typed arrays, so a worker transfers them without copying.
 */
export interface TracedLayer {
  coordinates: Float64Array;
  ringEnds: Uint32Array;
  polygonEnds: Uint32Array;
}

/** The layers of one network (or all together), traced. */
export interface TracedLayers {
  coverage: TracedLayer;
  overshoot: TracedLayer;
  undershoot: TracedLayer;
}

/**
 * A {@link CoverageOverlay} traced into WGS84 polygons: what a map draws, so a page
 * only builds geometries (`EstimateOptions.trace`; the worker does the tracing).
 */
export interface TracedOverlay {
  /** All networks together. */
  combined: TracedLayers;
  /** The band's far edge, all networks (`CoverageOverlay.overshootFar`). */
  overshootFar: TracedLayer;
  /** Per operator traced, in the order of `CoverageOverlay.operators`. */
  operators: { operator: string; layers: TracedLayers }[];
}

/** Traces runs into a {@link TracedLayer} through `unproject` (empty runs: an empty layer). */
export function traceLayer(
  runs: CoverageRuns,
  unproject: ((x: number, y: number) => LonLat) | null,
): TracedLayer {
  const polygons = runs.length > 0 && unproject ? coverageRings(runs) : [];
  let values = 0;
  let rings = 0;
  for (const polygon of polygons) {
    rings += polygon.length;
    for (const ring of polygon) values += ring.length * 2;
  }
  const coordinates = new Float64Array(values);
  const ringEnds = new Uint32Array(rings);
  const polygonEnds = new Uint32Array(polygons.length);
  let v = 0;
  let r = 0;
  polygons.forEach((polygon, p) => {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        const [lon, lat] = (unproject as (x: number, y: number) => LonLat)(x, y);
        coordinates[v++] = lon;
        coordinates[v++] = lat;
      }
      ringEnds[r++] = v;
    }
    polygonEnds[p] = r;
  });
  return { coordinates, ringEnds, polygonEnds };
}

/**
 * Traces the layers of an overlay into WGS84 polygons, through one control grid for all
 * of them ({@link overlayUnprojector}): all networks together, and every operator or only
 * those in `operators`. The costly part of drawing an overlay: run it where the overlay
 * is computed (the worker), not in the page.
 */
export function traceOverlay(
  overlay: CoverageOverlay,
  operators?: readonly string[],
): TracedOverlay {
  const unproject = overlayUnprojector(overlay);
  const layers = (l: CoverageLayers): TracedLayers => ({
    coverage: traceLayer(l.coverage, unproject),
    overshoot: traceLayer(l.overshoot, unproject),
    undershoot: traceLayer(l.undershoot, unproject),
  });
  return {
    combined: layers(overlay.combined),
    overshootFar: traceLayer(overlay.overshootFar, unproject),
    operators: overlay.operators
      .filter((o) => !operators || operators.includes(o.operator))
      .map((o) => ({ operator: o.operator, layers: layers(o.layers) })),
  };
}

/** A traced layer as a GeoJSON MultiPolygon (`[lon, lat]`), or null when it is empty. */
export function tracedToGeoJson(
  layer: TracedLayer,
): { type: 'MultiPolygon'; coordinates: LonLat[][][] } | null {
  const { coordinates: c, ringEnds, polygonEnds } = layer;
  if (polygonEnds.length === 0) return null;
  const out: LonLat[][][] = [];
  let r = 0;
  let v = 0;
  for (let p = 0; p < polygonEnds.length; p++) {
    const rings: LonLat[][] = [];
    for (const rEnd = polygonEnds[p] as number; r < rEnd; r++) {
      const end = ringEnds[r] as number;
      const ring: LonLat[] = new Array<LonLat>((end - v) / 2);
      for (let i = 0; v < end; v += 2, i++) ring[i] = [c[v] as number, c[v + 1] as number];
      rings.push(ring);
    }
    out.push(rings);
  }
  return { type: 'MultiPolygon', coordinates: out };
}

/** The typed-array buffers of a traced overlay, to transfer without copying. */
export function tracedBuffers(traced: TracedOverlay): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const layer = (l: TracedLayer) =>
    out.push(
      l.coordinates.buffer as ArrayBuffer,
      l.ringEnds.buffer as ArrayBuffer,
      l.polygonEnds.buffer as ArrayBuffer,
    );
  for (const ls of [traced.combined, ...traced.operators.map((o) => o.layers)]) {
    layer(ls.coverage);
    layer(ls.overshoot);
    layer(ls.undershoot);
  }
  layer(traced.overshootFar);
  return out;
}
