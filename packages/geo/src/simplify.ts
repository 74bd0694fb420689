import { geoFinding } from './findings.js';
import type { FindingOptions, GeoFinding } from './findings.js';
import {
  coversPolygons,
  jtsInvalidity,
  makeValidPolygons,
  orient,
  polygonToJts,
  tryJts,
} from './jts.js';
import { areaKm2 } from './measure.js';
import {
  circleToPolygon,
  closeRing,
  dropConsecutiveDuplicates,
  polygonsToShape,
  shapePolygons,
  signedRingArea,
} from './shapes.js';
import type { AreaShape, LonLat, PolygonalShape, Ring } from './types.js';

/** The smallest `maxPoints` accepted: 5 positions, i.e. 4 distinct vertices. */
export const MIN_SIMPLIFY_POINTS = 5;

/** What `simplifyToLimit` did. */
export interface SimplifyResult {
  /** The simplified shape; it covers the input. Unchanged when already within the limit. */
  shape: PolygonalShape;
  /** Positions of the largest exterior ring before (closing one counted). */
  pointsBefore: number;
  /** Positions of the largest exterior ring after (closing one counted). */
  pointsAfter: number;
  areaBeforeKm2: number;
  areaAfterKm2: number;
  /** Area added by simplifying (and by filling holes of simplified polygons), km². */
  addedKm2: number;
  /** `addedKm2 / areaBeforeKm2` (0 when the input has no area). */
  addedFraction: number;
  /** Holes dropped (only from polygons that had to be simplified). */
  holesFilled: number;
  /** Whether the result covers the input, checked with jsts. */
  covers: boolean;
  /** `geo.simplified` (info) when something changed; `geo.operation-failed` on failure. */
  findings: GeoFinding[];
}

// ---------------------------------------------------------------------------------------
// A small binary min-heap.

interface Candidate {
  cost: number;
  node: number;
  version: number;
  /** `remove`: drop a reflex vertex; `collapse`: replace edge node→next by point `p`. */
  kind: 'remove' | 'collapse';
  p?: LonLat;
}

class Heap {
  private items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  push(c: Candidate): void {
    const a = this.items;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as Candidate).cost <= c.cost) break;
      a[i] = a[parent] as Candidate;
      i = parent;
    }
    a[i] = c;
  }
  pop(): Candidate | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let mc = last.cost;
        if (l < a.length && (a[l] as Candidate).cost < mc) {
          m = l;
          mc = (a[l] as Candidate).cost;
        }
        if (r < a.length && (a[r] as Candidate).cost < mc) m = r;
        if (m === i) break;
        a[i] = a[m] as Candidate;
        i = m;
      }
      a[i] = last;
    }
    return top;
  }
}

// ---------------------------------------------------------------------------------------
// Outer simplification of one counter-clockwise ring.

/** How often a stalled simplification retries blocked moves before using the hull. */
const MAX_REBUILDS = 20;

type Box = [minX: number, minY: number, maxX: number, maxY: number];

function bboxOf(a: LonLat, b: LonLat, c: LonLat): Box {
  return [
    Math.min(a[0], b[0], c[0]),
    Math.min(a[1], b[1], c[1]),
    Math.max(a[0], b[0], c[0]),
    Math.max(a[1], b[1], c[1]),
  ];
}

function inBox(p: LonLat, box: Box): boolean {
  return p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
}

function boxesOverlap(s1: LonLat, s2: LonLat, box: Box): boolean {
  return (
    Math.max(s1[0], s2[0]) >= box[0] &&
    Math.min(s1[0], s2[0]) <= box[2] &&
    Math.max(s1[1], s2[1]) >= box[1] &&
    Math.min(s1[1], s2[1]) <= box[3]
  );
}

function triArea(a: LonLat, b: LonLat, c: LonLat): number {
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

/** Closed test: q inside or on the counter-clockwise triangle (a, b, c). */
function inTriangle(q: LonLat, a: LonLat, b: LonLat, c: LonLat): boolean {
  return orient(a, b, q) >= 0 && orient(b, c, q) >= 0 && orient(c, a, q) >= 0;
}

function segmentsTouch(p1: LonLat, p2: LonLat, q1: LonLat, q2: LonLat): boolean {
  const o1 = orient(p1, p2, q1);
  const o2 = orient(p1, p2, q2);
  const o3 = orient(q1, q2, p1);
  const o4 = orient(q1, q2, p2);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  const within = (p: LonLat, a: LonLat, b: LonLat): boolean =>
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1]);
  return (
    (o1 === 0 && within(q1, p1, p2)) ||
    (o2 === 0 && within(q2, p1, p2)) ||
    (o3 === 0 && within(p1, q1, q2)) ||
    (o4 === 0 && within(p2, q1, q2))
  );
}

/**
 * Where the line through a→b, extended beyond b, meets the line through d→c, extended
 * beyond c; null when they do not meet on that side. The point is pushed outward (away
 * from the edge b–c) until b and c are robustly on or inside the new edges.
 */
function collapsePoint(a: LonLat, b: LonLat, c: LonLat, d: LonLat): LonLat | null {
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const vx = c[0] - d[0];
  const vy = c[1] - d[1];
  const denom = ux * vy - uy * vx;
  if (denom === 0) return null;
  // b + t·u = c + s·v
  const wx = c[0] - b[0];
  const wy = c[1] - b[1];
  const t = (wx * vy - wy * vx) / denom;
  const s = (wx * uy - wy * ux) / denom;
  if (!(t > 0 && s > 0) || !Number.isFinite(t) || !Number.isFinite(s)) return null;
  let p: LonLat = [b[0] + t * ux, b[1] + t * uy];
  // Push away from the midpoint of b–c: b and c are convex, so the midpoint lies inside
  // both extended edges and the push goes outward across both.
  const mx = p[0] - (b[0] + c[0]) / 2;
  const my = p[1] - (b[1] + c[1]) / 2;
  const len = Math.hypot(mx, my) || 1;
  const nx = mx / len;
  const ny = my / len;
  // Start at a few units in the last place; give up beyond about 1e-7° (1 cm): a point
  // that needs more is a near-degenerate corner, better left alone.
  let step = 4 * Number.EPSILON * Math.max(1, Math.abs(p[0]), Math.abs(p[1]));
  for (let k = 0; k < 20; k++) {
    if (orient(a, p, b) >= 0 && orient(p, d, c) >= 0 && orient(b, c, p) < 0) return p;
    p = [p[0] + nx * step, p[1] + ny * step];
    step *= 2;
  }
  return null;
}

/**
 * Reduces a simple counter-clockwise ring (open: no closing position) to at most `target`
 * vertices without losing any of its area. Two moves, cheapest added area first:
 * dropping a reflex (inward) vertex, which adds the triangle it cut out; and replacing an
 * edge between two convex vertices by the point where its neighbouring edges meet when
 * extended, which adds the triangle beyond the edge. A move is taken only when the added
 * triangle holds no other part of the ring, so the ring stays simple and every result
 * contains the previous one. When no move is possible the convex hull is used (for a
 * convex ring of 5+ vertices an edge can always be replaced).
 */
export function outerSimplifyRing(ring: LonLat[], target: number): LonLat[] {
  const n = ring.length;
  if (n <= target) return ring.map((p) => [p[0], p[1]] as LonLat);
  const pos: LonLat[] = ring.map((p) => [p[0], p[1]] as LonLat);
  const prev = new Int32Array(n);
  const next = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  const version = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    prev[i] = (i - 1 + n) % n;
    next[i] = (i + 1) % n;
  }
  let count = n;
  let start = 0;
  const P = (i: number): number => prev[i] as number;
  const N = (i: number): number => next[i] as number;
  const at = (i: number): LonLat => pos[i] as LonLat;
  const heap = new Heap();

  const candidate = (i: number): Candidate | null => {
    const a = at(P(i));
    const b = at(i);
    const c = at(N(i));
    let best: Candidate | null = null;
    const o = orient(a, b, c);
    if (o < 0) {
      best = { cost: triArea(a, b, c), node: i, version: version[i] as number, kind: 'remove' };
    } else if (o === 0) {
      // Collinear: only when b lies between a and c (no area change).
      const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
      if (dot >= 0) best = { cost: 0, node: i, version: version[i] as number, kind: 'remove' };
    }
    // Collapse edge i → next(i) when both ends are convex.
    const ci = N(i);
    const d = at(N(ci));
    if (o > 0 && orient(b, c, d) > 0 && count >= 4) {
      const p = collapsePoint(a, b, c, d);
      if (p) {
        const cost = triArea(b, p, c);
        if (!best || cost < best.cost) {
          best = { cost, node: i, version: version[i] as number, kind: 'collapse', p };
        }
      }
    }
    return best;
  };

  const push = (i: number): void => {
    if (!alive[i]) return;
    version[i] = (version[i] as number) + 1;
    const c = candidate(i);
    if (c) heap.push(c);
  };

  const isFree = (cand: Candidate): boolean => {
    const i = cand.node;
    const ia = P(i);
    const ic = N(i);
    if (cand.kind === 'remove') {
      const a = at(ia);
      const b = at(i);
      const c = at(ic);
      if (orient(a, b, c) === 0) return true;
      const box = bboxOf(a, b, c);
      for (let q = N(ic); q !== ia; q = N(q)) {
        const pq = at(q);
        if (inBox(pq, box) && inTriangle(pq, a, c, b)) return false;
      }
      return true;
    }
    const p = cand.p as LonLat;
    const b = at(i);
    const c = at(ic);
    const id = N(ic);
    const box = bboxOf(b, p, c);
    // The added triangle (b, p, c) must hold no vertex, and no edge may cross into it.
    for (let q = N(id); q !== ia; q = N(q)) {
      const pq = at(q);
      if (inBox(pq, box) && inTriangle(pq, b, p, c)) return false;
    }
    for (let q = id; q !== ia; q = N(q)) {
      const s1 = at(q);
      const s2 = at(N(q));
      if (!boxesOverlap(s1, s2, box)) continue;
      if (segmentsTouch(b, p, s1, s2) || segmentsTouch(p, c, s1, s2)) return false;
    }
    return true;
  };

  const rebuild = (): void => {
    let i = start;
    do {
      push(i);
      i = N(i);
    } while (i !== start);
  };

  rebuild();
  let rebuilt = false;
  let rebuilds = 0;
  while (count > target) {
    const cand = heap.pop();
    if (!cand) {
      // Moves blocked earlier may be free now; try them all once more.
      if (rebuilt || rebuilds >= MAX_REBUILDS) break;
      rebuilt = true;
      rebuilds++;
      rebuild();
      continue;
    }
    const i = cand.node;
    if (!alive[i] || cand.version !== version[i]) continue;
    if (!isFree(cand)) continue;
    rebuilt = false;
    let removed: number;
    if (cand.kind === 'remove') {
      removed = i;
    } else {
      pos[i] = cand.p as LonLat;
      removed = N(i);
    }
    const pr = P(removed);
    const nx = N(removed);
    next[pr] = nx;
    prev[nx] = pr;
    alive[removed] = 0;
    count--;
    if (start === removed) start = nx;
    // Recompute the candidates whose window included the changed vertices.
    let j = pr;
    for (let k = 0; k < 3; k++) j = P(j);
    for (let k = 0; k < 7; k++) {
      push(j);
      j = N(j);
    }
  }

  const out: LonLat[] = [];
  let i = start;
  do {
    out.push(at(i));
    i = N(i);
  } while (i !== start);
  if (out.length <= target) return out;
  // Stuck: fall back to the convex hull, which contains the ring, and reduce that.
  const hull = convexHull(out);
  if (hull.length >= out.length) return out;
  return outerSimplifyRing(hull, target);
}

/** Convex hull (Andrew's monotone chain), counter-clockwise, open. */
function convexHull(points: LonLat[]): LonLat[] {
  const pts = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  if (pts.length < 3) return pts;
  const lower: LonLat[] = [];
  for (const p of pts) {
    while (
      lower.length >= 2 &&
      orient(lower[lower.length - 2] as LonLat, lower[lower.length - 1] as LonLat, p) <= 0
    ) {
      lower.pop();
    }
    lower.push(p);
  }
  const upper: LonLat[] = [];
  for (let k = pts.length - 1; k >= 0; k--) {
    const p = pts[k] as LonLat;
    while (
      upper.length >= 2 &&
      orient(upper[upper.length - 2] as LonLat, upper[upper.length - 1] as LonLat, p) <= 0
    ) {
      upper.pop();
    }
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return [...lower, ...upper];
}

// ---------------------------------------------------------------------------------------

function cleanPolygons(shape: AreaShape): Ring[][] {
  return shapePolygons(shape)
    .map((rings) =>
      rings.map((r) => dropConsecutiveDuplicates(closeRing(r))).filter((r) => r.length >= 4),
    )
    .filter((rings) => rings.length > 0);
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(3)));
}

/**
 * Simplifies a shape so that every polygon's exterior ring has at most `maxPoints`
 * positions (closing one counted; at least 5), **never shrinking it**: the result
 * contains the input. Polygons within the limit are kept as they are; simplified
 * polygons lose their holes (CAP polygons have none). Invalid input is made valid first;
 * a circle becomes the polygon of `maxPoints - 1` vertices that contains it. Reports the
 * area added. Parts of a MultiPolygon may overlap after simplification (each is sent as
 * its own CAP polygon). Never throws.
 */
export function simplifyToLimit(
  shape: AreaShape,
  maxPoints: number,
  options: FindingOptions = {},
): SimplifyResult {
  const lang = options.lang ?? 'en';
  const path = options.path ?? '';
  const limit = Math.max(MIN_SIMPLIFY_POINTS, Math.floor(maxPoints));
  const target = limit - 1;
  const areaBefore = areaKm2(shape);
  const fail = (detail: string): SimplifyResult => {
    const polys = cleanPolygons(shape);
    const pts = Math.max(0, ...polys.map((r) => r[0]?.length ?? 0));
    return {
      shape: polygonsToShape(polys),
      pointsBefore: pts,
      pointsAfter: pts,
      areaBeforeKm2: areaBefore,
      areaAfterKm2: areaBefore,
      addedKm2: 0,
      addedFraction: 0,
      holesFilled: 0,
      covers: false,
      findings: [
        geoFinding('geo.operation-failed', lang, { severity: 'error', path, params: { detail } }),
      ],
    };
  };

  let polygons: Ring[][];
  if (shape.type === 'Circle') {
    polygons = [circleToPolygon(shape, { segments: target, contain: true }).coordinates];
  } else {
    polygons = cleanPolygons(shape);
    const invalid = tryJts(() => polygons.some((rings) => jtsInvalidity(polygonToJts(rings))));
    if (!invalid.ok) return fail(invalid.error);
    if (invalid.value) {
      const fixed = tryJts(() => makeValidPolygons(polygons));
      if (!fixed.ok) return fail(fixed.error);
      polygons = fixed.value;
    }
  }
  const original = polygons;
  const pointsBefore =
    shape.type === 'Circle' ? 0 : Math.max(0, ...original.map((r) => r[0]?.length ?? 0));

  let holesFilled = 0;
  let changed = false;
  const result: Ring[][] = original.map((rings) => {
    const shell = rings[0] as Ring;
    if (shell.length <= limit) return rings;
    changed = true;
    holesFilled += rings.length - 1;
    let open = shell.slice(0, -1);
    if (signedRingArea(shell) < 0) open = open.reverse();
    const simplified = outerSimplifyRing(open, target);
    const first = simplified[0] as LonLat;
    return [[...simplified, [first[0], first[1]]]];
  });

  const outShape = polygonsToShape(result);
  const pointsAfter = Math.max(0, ...result.map((r) => r[0]?.length ?? 0));
  const areaAfter = result.reduce(
    (sum, rings) => sum + areaKm2({ type: 'Polygon', coordinates: rings }),
    0,
  );
  const coversCheck =
    shape.type === 'Circle'
      ? { ok: true as const, value: true }
      : // Part by part: each simplified polygon covers its own original. (Unioning the
        // parts first would ask jsts to overlay nearly coincident edges.)
        tryJts(() => original.every((rings, i) => coversPolygons([result[i] ?? []], [rings])));
  const covers = coversCheck.ok && coversCheck.value;
  const added = Math.max(0, areaAfter - areaBefore);
  const addedFraction = areaBefore > 0 ? added / areaBefore : 0;
  const findings: GeoFinding[] = [];
  if (changed || shape.type === 'Circle') {
    findings.push(
      geoFinding('geo.simplified', lang, {
        severity: 'info',
        path,
        params: {
          before: pointsBefore,
          after: pointsAfter,
          addedKm2: fmt(added),
          addedPercent: fmt(addedFraction * 100),
        },
      }),
    );
  }
  if (!coversCheck.ok) {
    findings.push(
      geoFinding('geo.operation-failed', lang, {
        severity: 'error',
        path,
        params: { detail: coversCheck.error },
      }),
    );
  }
  return {
    shape: outShape,
    pointsBefore,
    pointsAfter,
    areaBeforeKm2: areaBefore,
    areaAfterKm2: areaAfter,
    addedKm2: added,
    addedFraction,
    holesFilled,
    covers,
    findings,
  };
}
