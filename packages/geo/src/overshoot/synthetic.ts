/**
 * Synthetic cell networks. No public dataset of Dutch or Belgian cells exists (the
 * Antenneregister publishes antennas without operator or cell identity), so tests,
 * stories and the benchmark use networks generated from municipal population with the
 * Antenneregister's fields. Deterministic: same input and seed, same network.
 */
import { areaKm2 } from '../measure.js';
import { shapePolygons } from '../shapes.js';
import type { BBox, LonLat, PolygonalShape } from '../types.js';
import { edgeSet, pointInEdges } from './polygons.js';
import type { OvershootCell } from './types.js';

/** A seeded PRNG (mulberry32): uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A municipality (or any area) with its residents. */
export interface SyntheticArea {
  shape: PolygonalShape;
  population: number;
}

/** Options of the generator; every default is a rough Dutch figure. */
export interface SyntheticNetworkOptions {
  /** PRNG seed (default 20240901). */
  seed?: number;
  /** Operator names (default three fictional networks). */
  operators?: string[];
  /** Only sites inside this WGS84 box. */
  bbox?: BBox;
  /** Residents per site, per operator (default 5,000). */
  residentsPerSite?: number;
  /** Extra sites for area coverage: one per this many km², per operator (default 25). */
  areaPerSiteKm2?: number;
  /** Scale the density so the network has exactly this many cells. */
  targetCells?: number;
}

/** The operators of generated networks (fictional). */
export const SYNTHETIC_OPERATORS = ['Alpha', 'Bravo', 'Charlie'];

type Env = 'urban' | 'suburban' | 'rural';

/** Per band: probability of being on a site, per environment, and an ERP range (dBW). */
const BANDS: { mhz: number; p: Record<Env, number>; erp: [number, number] }[] = [
  { mhz: 800, p: { urban: 1, suburban: 1, rural: 1 }, erp: [27, 31] },
  { mhz: 1800, p: { urban: 0.95, suburban: 0.85, rural: 0.55 }, erp: [28, 32] },
  { mhz: 2100, p: { urban: 0.8, suburban: 0.6, rural: 0.25 }, erp: [28, 32] },
  { mhz: 2600, p: { urban: 0.6, suburban: 0.25, rural: 0.05 }, erp: [27, 31] },
];
const HEIGHTS: Record<Env, [number, number]> = {
  urban: [20, 35],
  suburban: [25, 40],
  rural: [35, 60],
};

interface Site {
  op: number;
  position: LonLat;
  env: Env;
}

/**
 * Generates a network: per operator, sites in every area in proportion to its residents
 * (plus a floor for area coverage), spread evenly with a minimum spacing; each site has 3
 * sectors (a random start azimuth, then +120° and +240°, each jittered ±10°) on the 800
 * MHz band and, more often in cities, on 1800, 2100 and 2600 MHz, with realistic heights
 * (rooftops in cities, masts outside) and ERP (27–32 dBW).
 */
export function generateSyntheticNetwork(
  areas: readonly SyntheticArea[],
  options: SyntheticNetworkOptions = {},
): OvershootCell[] {
  const rand = mulberry32(options.seed ?? 20240901);
  const operators = options.operators ?? SYNTHETIC_OPERATORS;
  const perSite = options.residentsPerSite ?? 5000;
  const perArea = options.areaPerSiteKm2 ?? 25;
  const box = options.bbox;
  const inBox = (p: LonLat): boolean =>
    !box || (p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3]);

  // Expected sites per area (inside the box), to scale to the target.
  const prepared = areas
    .filter((a) => a.population >= 0)
    .map((a) => {
      const polygons = shapePolygons(a.shape);
      const edges = edgeSet(
        polygons.map((rings) => rings.map((r) => r.map((p) => [p[0], p[1]] as const))),
      );
      const km2 = Math.max(areaKm2(a.shape), 1e-6);
      const [x0, y0, x1, y1] = edges.bbox;
      const overlap = box
        ? (Math.max(0, Math.min(x1, box[2]) - Math.max(x0, box[0])) *
            Math.max(0, Math.min(y1, box[3]) - Math.max(y0, box[1]))) /
          Math.max((x1 - x0) * (y1 - y0), 1e-12)
        : 1;
      const density = a.population / km2;
      const env: Env = density >= 1500 ? 'urban' : density >= 400 ? 'suburban' : 'rural';
      return {
        a,
        edges,
        km2,
        overlap,
        env,
        sites: a.population / perSite + km2 / perArea,
      };
    })
    .filter((p) => p.overlap > 0 && p.edges.count > 0);
  const cellsPerSite = (env: Env): number => 3 * BANDS.reduce((s, b) => s + b.p[env], 0);
  const expectedCells = prepared.reduce(
    (s, p) => s + p.sites * p.overlap * operators.length * cellsPerSite(p.env),
    0,
  );
  const scale = options.targetCells ? (1.08 * options.targetCells) / Math.max(expectedCells, 1) : 1;

  const sites: Site[] = [];
  for (const p of prepared) {
    const [x0, y0, x1, y1] = p.edges.bbox;
    const kmPerDegX = 111.32 * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
    for (let op = 0; op < operators.length; op++) {
      const want = p.sites * scale;
      let n = Math.floor(want) + (rand() < want - Math.floor(want) ? 1 : 0);
      const spacingKm = 0.5 * Math.sqrt(p.km2 / Math.max(want, 1));
      const mine: LonLat[] = [];
      let tries = 0;
      while (n > 0 && tries < 200 * (n + 10)) {
        tries++;
        const q: LonLat = [x0 + rand() * (x1 - x0), y0 + rand() * (y1 - y0)];
        if (!pointInEdges(p.edges, q[0], q[1])) continue;
        const crowded =
          tries % 30 !== 0 &&
          mine.some(
            (m) => Math.hypot((m[0] - q[0]) * kmPerDegX, (m[1] - q[1]) * 111.2) < spacingKm,
          );
        if (crowded) continue;
        mine.push(q);
        n--;
        if (inBox(q)) sites.push({ op, position: [round6(q[0]), round6(q[1])], env: p.env });
      }
    }
  }
  // Shuffle (Fisher–Yates) so a target count trims evenly, not one region.
  for (let i = sites.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = sites[i] as Site;
    sites[i] = sites[j] as Site;
    sites[j] = t;
  }
  const cells: OvershootCell[] = [];
  sites.forEach((site, index) => {
    if (options.targetCells && cells.length >= options.targetCells) return;
    const [h0, h1] = HEIGHTS[site.env];
    const height = Math.round(h0 + rand() * (h1 - h0));
    const start = rand() * 120;
    const azimuths = [0, 120, 240].map((d) =>
      Math.round((start + d + (rand() * 20 - 10) + 360) % 360),
    );
    for (const band of BANDS) {
      if (rand() >= band.p[site.env]) continue;
      const erp =
        Math.round(
          (band.erp[0] + rand() * (band.erp[1] - band.erp[0]) - (site.env === 'urban' ? 1 : 0)) *
            10,
        ) / 10;
      azimuths.forEach((az, s) => {
        if (options.targetCells && cells.length >= options.targetCells) return;
        cells.push({
          id: `${operators[site.op]}-${index + 1}-${band.mhz}-${s + 1}`,
          operator: operators[site.op] as string,
          position: site.position,
          azimuthDeg: az,
          beamwidthDeg: 65,
          heightM: height,
          frequencyMhz: band.mhz,
          erpDbw: erp,
          rangeM: null,
          environment: null,
        });
      });
    }
  });
  return cells;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Cells as a GeoJSON FeatureCollection in the documented input format. */
export function cellsToGeoJson(cells: readonly OvershootCell[]): {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: LonLat };
    properties: Record<string, string | number>;
  }[];
} {
  return {
    type: 'FeatureCollection',
    features: cells.map((c) => {
      const properties: Record<string, string | number> = { id: c.id, operator: c.operator };
      if (c.azimuthDeg !== null) properties['azimuth_deg'] = c.azimuthDeg;
      properties['beamwidth_deg'] = c.beamwidthDeg;
      properties['height_m'] = c.heightM;
      if (c.frequencyMhz !== null) properties['frequency_mhz'] = c.frequencyMhz;
      if (c.erpDbw !== null) properties['erp_dbw'] = c.erpDbw;
      if (c.rangeM !== null) properties['range_m'] = c.rangeM;
      if (c.environment !== null) properties['environment'] = c.environment;
      return { type: 'Feature', geometry: { type: 'Point', coordinates: c.position }, properties };
    }),
  };
}

/** Cells as CSV in the documented input format (lon/lat). */
export function cellsToCsv(cells: readonly OvershootCell[]): string {
  const head =
    'id,operator,lon,lat,azimuth_deg,beamwidth_deg,height_m,frequency_mhz,erp_dbw,range_m,environment';
  const q = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const v = (x: number | null): string => (x === null ? '' : String(x));
  return (
    [
      head,
      ...cells.map((c) =>
        [
          q(c.id),
          q(c.operator),
          c.position[0],
          c.position[1],
          v(c.azimuthDeg),
          c.beamwidthDeg,
          c.heightM,
          v(c.frequencyMhz),
          v(c.erpDbw),
          v(c.rangeM),
          c.environment ?? '',
        ].join(','),
      ),
    ].join('\n') + '\n'
  );
}
