/**
 * Planar polygon helpers for the engine, in a projected metric CRS: a flat edge list, the
 * crossings of a horizontal scanline (even-odd within a polygon, union across polygons),
 * point-in-polygon, point-to-edge distance, and an inward offset for tighter-area
 * suggestions. Internal: not exported from the package.
 */

/** A ring as `[x, y]` pairs in metres (closed or not; the closing edge is implied). */
export type PlanarRing = (readonly [number, number])[];
/** Polygons, each a list of rings (exterior first). */
export type PlanarPolygons = PlanarRing[][];

/** All edges of a set of polygons, grouped by polygon. */
export interface EdgeSet {
  count: number;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** Edges of polygon p are `polyStart[p] … polyStart[p+1] - 1`. */
  polyStart: Int32Array;
  /** A key per edge (polygon and end points) to find the edges that changed. */
  keys: string[];
  /** `[minX, minY, maxX, maxY]`, or infinities when empty. */
  bbox: [number, number, number, number];
}

/** Drops a closing point equal to the first. */
function openRing(ring: PlanarRing): PlanarRing {
  const n = ring.length;
  if (n > 1) {
    const a = ring[0] as readonly [number, number];
    const b = ring[n - 1] as readonly [number, number];
    if (a[0] === b[0] && a[1] === b[1]) return ring.slice(0, n - 1);
  }
  return ring;
}

/** Builds the edge set of polygons (degenerate zero-length edges dropped). */
export function edgeSet(polygons: PlanarPolygons): EdgeSet {
  const ax: number[] = [];
  const ay: number[] = [];
  const bx: number[] = [];
  const by: number[] = [];
  const keys: string[] = [];
  const polyStart: number[] = [0];
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  polygons.forEach((rings, p) => {
    for (const raw of rings) {
      const ring = openRing(raw);
      const n = ring.length;
      if (n < 3) continue;
      for (let i = 0; i < n; i++) {
        const a = ring[i] as readonly [number, number];
        const b = ring[(i + 1) % n] as readonly [number, number];
        if (a[0] === b[0] && a[1] === b[1]) continue;
        ax.push(a[0]);
        ay.push(a[1]);
        bx.push(b[0]);
        by.push(b[1]);
        keys.push(`${p}|${a[0]},${a[1]},${b[0]},${b[1]}`);
        if (a[0] < bbox[0]) bbox[0] = a[0];
        if (a[1] < bbox[1]) bbox[1] = a[1];
        if (a[0] > bbox[2]) bbox[2] = a[0];
        if (a[1] > bbox[3]) bbox[3] = a[1];
      }
    }
    polyStart.push(ax.length);
  });
  return {
    count: ax.length,
    ax: Float64Array.from(ax),
    ay: Float64Array.from(ay),
    bx: Float64Array.from(bx),
    by: Float64Array.from(by),
    polyStart: Int32Array.from(polyStart),
    keys,
    bbox,
  };
}

/**
 * Inside intervals of the horizontal line at `y`: `[x0, x1, x0, x1, …]` written into
 * `out` (grown as needed); returns the number of intervals. A point (x, y) is inside
 * when x0 ≤ x < x1 for some interval. Even-odd per polygon (holes work whatever their
 * orientation); intervals of different polygons may overlap (union).
 */
export function scanIntervals(edges: EdgeSet, y: number, out: { xs: Float64Array }): number {
  let count = 0;
  let scratch = out.xs;
  const np = edges.polyStart.length - 1;
  for (let p = 0; p < np; p++) {
    const start = count * 2;
    let n = 0;
    const e1 = edges.polyStart[p + 1] as number;
    for (let e = edges.polyStart[p] as number; e < e1; e++) {
      const ay = edges.ay[e] as number;
      const by = edges.by[e] as number;
      if (ay > y !== by > y) {
        const ax = edges.ax[e] as number;
        const x = ax + ((y - ay) * ((edges.bx[e] as number) - ax)) / (by - ay);
        if (start + n >= scratch.length) {
          const grown = new Float64Array(scratch.length * 2 + 16);
          grown.set(scratch);
          scratch = grown;
          out.xs = grown;
        }
        // Insertion sort as we go: few crossings per line.
        let j = start + n;
        while (j > start && (scratch[j - 1] as number) > x) {
          scratch[j] = scratch[j - 1] as number;
          j--;
        }
        scratch[j] = x;
        n++;
      }
    }
    count += n >> 1;
  }
  return count;
}

/**
 * Like `scanIntervals`, but the intervals are sorted and merged (no overlaps), so each
 * inside point is in exactly one.
 */
export function scanUnion(edges: EdgeSet, y: number, out: { xs: Float64Array }): number {
  const n = scanIntervals(edges, y, out);
  if (n <= 1 || edges.polyStart.length <= 2) return n;
  const xs = out.xs;
  // Sort intervals by start (insertion sort on pairs; n is small).
  for (let i = 1; i < n; i++) {
    const a = xs[2 * i] as number;
    const b = xs[2 * i + 1] as number;
    let j = i;
    while (j > 0 && (xs[2 * (j - 1)] as number) > a) {
      xs[2 * j] = xs[2 * (j - 1)] as number;
      xs[2 * j + 1] = xs[2 * (j - 1) + 1] as number;
      j--;
    }
    xs[2 * j] = a;
    xs[2 * j + 1] = b;
  }
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = xs[2 * i] as number;
    const b = xs[2 * i + 1] as number;
    if (m > 0 && a <= (xs[2 * m - 1] as number)) {
      if (b > (xs[2 * m - 1] as number)) xs[2 * m - 1] = b;
    } else {
      xs[2 * m] = a;
      xs[2 * m + 1] = b;
      m++;
    }
  }
  return m;
}

/** Whether (x, y) is inside any polygon of the edge set. */
export function pointInEdges(edges: EdgeSet, x: number, y: number): boolean {
  const np = edges.polyStart.length - 1;
  for (let p = 0; p < np; p++) {
    let inside = false;
    const e1 = edges.polyStart[p + 1] as number;
    for (let e = edges.polyStart[p] as number; e < e1; e++) {
      const ay = edges.ay[e] as number;
      const by = edges.by[e] as number;
      if (ay > y !== by > y) {
        const ax = edges.ax[e] as number;
        const cx = ax + ((y - ay) * ((edges.bx[e] as number) - ax)) / (by - ay);
        if (x < cx) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}

/** Squared distance from (x, y) to edge `e`. */
export function edgeDistance2(edges: EdgeSet, e: number, x: number, y: number): number {
  const ax = edges.ax[e] as number;
  const ay = edges.ay[e] as number;
  const dx = (edges.bx[e] as number) - ax;
  const dy = (edges.by[e] as number) - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py;
}

/** Planar area (m²) of polygons: exterior minus holes, per polygon. */
export function planarArea(polygons: PlanarPolygons): number {
  let total = 0;
  for (const rings of polygons) {
    let a = 0;
    rings.forEach((ring, i) => {
      const s = Math.abs(signedArea(ring));
      a += i === 0 ? s : -s;
    });
    total += Math.max(a, 0);
  }
  return total;
}

/** Signed shoelace area (positive counter-clockwise). */
export function signedArea(ring: PlanarRing): number {
  const r = openRing(ring);
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const a = r[i] as readonly [number, number];
    const b = r[(i + 1) % r.length] as readonly [number, number];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

function segmentsCross(
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
  d: readonly [number, number],
): boolean {
  const o = (
    p: readonly [number, number],
    q: readonly [number, number],
    r: readonly [number, number],
  ) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** Whether any two non-adjacent edges of the rings cross (O(n²); rings up to a few hundred points). */
export function ringsSelfIntersect(rings: PlanarRing[]): boolean {
  const segs: [readonly [number, number], readonly [number, number], number, number][] = [];
  rings.forEach((raw, ri) => {
    const r = openRing(raw);
    for (let i = 0; i < r.length; i++) {
      segs.push([
        r[i] as readonly [number, number],
        r[(i + 1) % r.length] as readonly [number, number],
        ri,
        i,
      ]);
    }
  });
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as (typeof segs)[number];
    for (let j = i + 1; j < segs.length; j++) {
      const t = segs[j] as (typeof segs)[number];
      if (segmentsCross(s[0], s[1], t[0], t[1])) return true;
    }
  }
  return false;
}

/**
 * Moves every edge of a polygon `d` metres into its interior (exterior rings shrink,
 * holes grow), joining edges at their offset lines' intersection, with the miter held
 * to 4·d. Returns null when the result collapses or crosses itself.
 */
export function insetPolygon(rings: PlanarRing[], d: number): PlanarRing[] | null {
  const out: PlanarRing[] = [];
  for (let ri = 0; ri < rings.length; ri++) {
    let ring = openRing(rings[ri] as PlanarRing);
    if (ring.length < 3) return null;
    const area = signedArea(ring);
    // Exterior counter-clockwise, holes clockwise: the interior is then on the left.
    if ((ri === 0 && area < 0) || (ri > 0 && area > 0)) ring = [...ring].reverse();
    const n = ring.length;
    const next: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const p0 = ring[(i - 1 + n) % n] as readonly [number, number];
      const p1 = ring[i] as readonly [number, number];
      const p2 = ring[(i + 1) % n] as readonly [number, number];
      const l1 = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) || 1;
      const l2 = Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) || 1;
      // Left normals of the two edges.
      const n1x = -(p1[1] - p0[1]) / l1;
      const n1y = (p1[0] - p0[0]) / l1;
      const n2x = -(p2[1] - p1[1]) / l2;
      const n2y = (p2[0] - p1[0]) / l2;
      let bx = n1x + n2x;
      let by = n1y + n2y;
      const bl = Math.hypot(bx, by);
      if (bl < 1e-9) {
        bx = n1x;
        by = n1y;
      } else {
        bx /= bl;
        by /= bl;
      }
      const cos = bx * n1x + by * n1y;
      const miter = Math.min(d / Math.max(cos, 1e-9), 4 * d);
      next.push([p1[0] + bx * miter, p1[1] + by * miter]);
    }
    const newArea = signedArea(next);
    if (ri === 0 ? newArea <= 0 : newArea >= 0) return null;
    out.push(next);
  }
  const ext = out[0];
  if (!ext || Math.abs(signedArea(ext)) < 1) return null;
  if (ringsSelfIntersect(out)) return null;
  return out;
}
