import { orient } from './orient.js';
import type { LonLat, Ring } from './types.js';

/** Where the rings of one polygon cross or touch themselves. */
export interface Crossing {
  /** The crossing point, `[lon, lat]`. */
  location: LonLat;
  /** Index of the first ring involved. */
  ring: number;
  /** Index of the second ring (equal to `ring` for a ring crossing itself). */
  otherRing: number;
  /** Index of the first ring's segment (segment i runs from position i to i + 1). */
  segment: number;
}

interface Seg {
  a: LonLat;
  b: LonLat;
  ring: number;
  index: number;
  count: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function onSegment(p: LonLat, a: LonLat, b: LonLat): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function crossingPoint(a: LonLat, b: LonLat, c: LonLat, d: LonLat): LonLat {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denom = rx * sy - ry * sx;
  const t = denom === 0 ? 0 : ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / denom;
  return [a[0] + t * rx, a[1] + t * ry];
}

/**
 * Finds where closed rings (without consecutive duplicates) cross themselves or each
 * other: proper crossings, a vertex touching a non-adjacent segment of its own ring,
 * spikes (a segment doubling back), and overlapping collinear segments. Two different
 * rings touching at a single point is allowed (OGC) and not reported. A plane sweep over
 * the segments' x-extents; stops after `limit` crossings.
 */
export function findCrossings(rings: Ring[], limit = 50): Crossing[] {
  const segs: Seg[] = [];
  rings.forEach((ring, r) => {
    const count = ring.length - 1;
    for (let i = 0; i < count; i++) {
      const a = ring[i] as LonLat;
      const b = ring[i + 1] as LonLat;
      segs.push({
        a,
        b,
        ring: r,
        index: i,
        count,
        minX: Math.min(a[0], b[0]),
        maxX: Math.max(a[0], b[0]),
        minY: Math.min(a[1], b[1]),
        maxY: Math.max(a[1], b[1]),
      });
    }
  });
  segs.sort((s, t) => s.minX - t.minX);
  const out: Crossing[] = [];
  const seen = new Set<string>();
  const report = (s: Seg, t: Seg, location: LonLat): void => {
    const key = `${location[0]},${location[1]}`;
    if (seen.has(key)) return;
    seen.add(key);
    const [first, second] =
      s.ring < t.ring || (s.ring === t.ring && s.index <= t.index) ? [s, t] : [t, s];
    out.push({ location, ring: first.ring, otherRing: second.ring, segment: first.index });
  };
  for (let i = 0; i < segs.length && out.length < limit; i++) {
    const s = segs[i] as Seg;
    for (let j = i + 1; j < segs.length && out.length < limit; j++) {
      const t = segs[j] as Seg;
      if (t.minX > s.maxX) break;
      if (t.minY > s.maxY || t.maxY < s.minY) continue;
      checkPair(s, t, report);
    }
  }
  return out;
}

function checkPair(s: Seg, t: Seg, report: (s: Seg, t: Seg, at: LonLat) => void): void {
  const sameRing = s.ring === t.ring;
  const diff = Math.abs(s.index - t.index);
  const adjacent = sameRing && (diff === 1 || diff === s.count - 1);
  if (adjacent && s.count > 2) {
    // Consecutive segments share a vertex; they only conflict when they double back.
    const [first, second] = (s.index + 1) % s.count === t.index ? [s, t] : ([t, s] as const);
    const shared = first.b;
    if (orient(first.a, shared, second.b) === 0) {
      const dx1 = shared[0] - first.a[0];
      const dy1 = shared[1] - first.a[1];
      const dx2 = second.b[0] - shared[0];
      const dy2 = second.b[1] - shared[1];
      if (dx1 * dx2 + dy1 * dy2 < 0) report(s, t, shared);
    }
    return;
  }
  const o1 = orient(s.a, s.b, t.a);
  const o2 = orient(s.a, s.b, t.b);
  const o3 = orient(t.a, t.b, s.a);
  const o4 = orient(t.a, t.b, s.b);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    report(s, t, crossingPoint(s.a, s.b, t.a, t.b));
    return;
  }
  // Touches and collinear overlaps.
  const touches: LonLat[] = [];
  if (o1 === 0 && onSegment(t.a, s.a, s.b)) touches.push(t.a);
  if (o2 === 0 && onSegment(t.b, s.a, s.b)) touches.push(t.b);
  if (o3 === 0 && onSegment(s.a, t.a, t.b)) touches.push(s.a);
  if (o4 === 0 && onSegment(s.b, t.a, t.b)) touches.push(s.b);
  if (touches.length === 0) return;
  const collinear = o1 === 0 && o2 === 0;
  if (sameRing) {
    // In a ring of only 2 segments everything is adjacent; handled above.
    const first = touches[0] as LonLat;
    report(s, t, first);
    return;
  }
  // Different rings may touch at single points, but not share a stretch of boundary.
  if (collinear) {
    const distinct = touches.filter(
      (p, k) => touches.findIndex((q) => q[0] === p[0] && q[1] === p[1]) === k,
    );
    if (distinct.length >= 2) report(s, t, distinct[0] as LonLat);
  }
}
