/**
 * The logic behind `<sirene-overshoot-estimator>`, DOM-free: reading cell input into
 * cells and findings, running the overshoot engine in a worker or in the page with stale
 * results dropped, the figures the chart and table show, the announcement text, and a
 * display overlay (sector lobes of the cells that broadcast, minus the drawn area).
 */
import { translate, type Lang, type MessageParams } from '@sirene/core';
import {
  OvershootEngine,
  circleToPolygon,
  createOvershootClient,
  destination,
  parseCells,
  parseCellsGeoJson,
  parsePopulation,
  shapePolygons,
  type AreaShape,
  type Band,
  type EstimateOptions,
  type LonLat,
  type OvershootCell,
  type OvershootClient,
  type OvershootEngineOptions,
  type OvershootEstimate,
  type OvershootFigures,
  type OvershootFinding,
  type OvershootProgress,
  type OvershootSummary,
  type OvershootWorkerLike,
  type PopulationInput,
  type SelectionMode,
  type SireneArea,
} from '@sirene/geo';
import { messages, type OvershootEstimatorMessageKey } from './messages.js';

/** Cells as the host gives them: parsed cells, or the text of a CSV or GeoJSON cell file. */
export type CellsInput = readonly OvershootCell[] | string | null | undefined;

/** Residents as the host gives them: parsed, or the text of a CSV or GeoJSON file. */
export type PopulationSource = PopulationInput | string | null | undefined;

/** The area as the host gives it: a `SireneArea` (its effect shapes count) or shapes. */
export type AreaInput = SireneArea | readonly AreaShape[] | null | undefined;

/** What reading the cell input gave. */
export interface CellsReading {
  cells: OvershootCell[];
  findings: OvershootFinding[];
  /** Rows (or entries) read. */
  rows: number;
  /** Whether every row was usable. */
  ok: boolean;
}

/** The modes, as the `mode` attribute accepts them. */
export const MODES: readonly SelectionMode[] = ['any-overlap', 'site-inside', 'geofence'];

/** Normalizes a `mode` attribute value (unknown values: `any-overlap`). */
export function normalizeMode(value: string | null | undefined): SelectionMode {
  return (MODES as readonly string[]).includes(value ?? '')
    ? (value as SelectionMode)
    : 'any-overlap';
}

/** `messages[key]` in `lang`. */
export function t(key: OvershootEstimatorMessageKey, lang: Lang, params?: MessageParams): string {
  return translate(messages, key, lang, params);
}

/**
 * Reads the cell input. Text goes through `parseCells` (CSV or GeoJSON); arrays are
 * checked by the same rules (through GeoJSON), so a malformed entry becomes a finding,
 * never an exception.
 */
export function readCells(
  input: CellsInput,
  options: { lang?: Lang; crs?: string } = {},
): CellsReading {
  const lang = options.lang ?? 'en';
  const crs = options.crs ? { crs: options.crs as never } : {};
  if (input == null) return { cells: [], findings: [], rows: 0, ok: true };
  try {
    if (typeof input === 'string') {
      const r = parseCells(input, { lang, ...crs });
      return { cells: r.cells, findings: r.findings, rows: r.rows, ok: r.ok };
    }
    if (!Array.isArray(input)) {
      const r = parseCellsGeoJson(input, { lang, ...crs });
      return { cells: r.cells, findings: r.findings, rows: r.rows, ok: r.ok };
    }
    const features = input.map((c: unknown) => cellFeature(c));
    const r = parseCellsGeoJson({ type: 'FeatureCollection', features }, { lang, ...crs });
    return { cells: r.cells, findings: r.findings, rows: r.rows, ok: r.ok };
  } catch (error) {
    return {
      cells: [],
      findings: [
        {
          code: 'overshoot.failed',
          severity: 'error',
          path: '',
          source: 'rules',
          message: translate(
            {
              f: {
                en: 'The cells could not be read: {detail}',
                nl: 'De cellen konden niet worden gelezen: {detail}',
                fr: 'Les cellules n’ont pas pu être lues : {detail}',
                de: 'Die Zellen konnten nicht gelesen werden: {detail}',
              },
            },
            'f',
            lang,
            { detail: error instanceof Error ? error.message : String(error) },
          ),
        },
      ],
      rows: 0,
      ok: false,
    };
  }
}

/** One array entry as a GeoJSON point feature with the documented property names. */
function cellFeature(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return { type: 'Feature', geometry: null };
  const c = value as Partial<OvershootCell> & Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  const put = (name: string, v: unknown) => {
    if (v !== null && v !== undefined) properties[name] = v;
  };
  put('id', c.id);
  put('operator', c.operator);
  put('azimuth_deg', c.azimuthDeg);
  put('beamwidth_deg', c.beamwidthDeg);
  put('height_m', c.heightM);
  put('frequency_mhz', c.frequencyMhz);
  put('erp_dbw', c.erpDbw);
  put('range_m', c.rangeM);
  put('environment', c.environment);
  const position = Array.isArray(c.position) ? c.position : null;
  return {
    type: 'Feature',
    geometry: position ? { type: 'Point', coordinates: position } : null,
    properties,
  };
}

/** Reads the population input; findings in `lang`. */
export function readPopulation(
  input: PopulationSource,
  options: { lang?: Lang; crs?: string } = {},
): { population: PopulationInput | null; findings: OvershootFinding[] } {
  if (input == null) return { population: null, findings: [] };
  if (typeof input !== 'string') return { population: input, findings: [] };
  const r = parsePopulation(input, {
    lang: options.lang ?? 'en',
    ...(options.crs ? { crs: options.crs as never } : {}),
  });
  return { population: r.population, findings: r.findings };
}

/** The effect shapes of an area input. */
export function areaShapes(area: AreaInput): AreaShape[] {
  if (!area) return [];
  if (Array.isArray(area)) return [...(area as readonly AreaShape[])];
  const effect = (area as SireneArea).effect;
  return Array.isArray(effect) ? [...effect] : [];
}

// ---------------------------------------------------------------------------------------
// Figures

/** The figures the chart and table show, in order. */
export const FIGURES = [
  'overshootArea',
  'overshootPopulation',
  'spillP95',
  'undershootArea',
  'cells',
] as const;

/** One of {@link FIGURES}. */
export type FigureKey = (typeof FIGURES)[number];

/** One row of the chart and table. */
export interface FigureRow {
  key: FigureKey;
  label: string;
  band: Band;
}

function figureBand(f: OvershootFigures, key: FigureKey): Band | null {
  switch (key) {
    case 'overshootArea':
      return f.overshootAreaKm2;
    case 'overshootPopulation':
      return f.overshootPopulation;
    case 'spillP95':
      return f.spillP95Km;
    case 'undershootArea':
      return f.undershootAreaKm2;
    case 'cells':
      return f.cellsSelected;
  }
}

/**
 * The rows for a set of figures: residents only with a population layer, and the missed
 * area inside only where a mode can miss any (not in `any-overlap`).
 */
export function figureRows(
  figures: OvershootFigures,
  mode: SelectionMode,
  lang: Lang,
): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const key of FIGURES) {
    if (key === 'undershootArea' && mode === 'any-overlap') continue;
    const band = figureBand(figures, key);
    if (!band) continue;
    rows.push({ key, label: t(`fig-${key}`, lang), band });
  }
  return rows;
}

/** A number for people: one decimal below 10, whole numbers above, grouped by locale. */
export function formatNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '–';
  // Below what one decimal shows: 0, not "0.0".
  if (Math.abs(value) < 0.05) value = 0;
  const abs = Math.abs(value);
  const digits = abs > 0 && abs < 10 && !Number.isInteger(value) ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** A band as text: "257 (range 57–833)", or with a unit "257 km² (range 57–833)". */
export function formatBand(band: Band, lang: Lang, locale: string, unit = ''): string {
  return t('band', lang, {
    nominal: `${formatNumber(band.nominal, locale)}${unit ? ` ${unit}` : ''}`,
    low: formatNumber(band.low, locale),
    high: formatNumber(band.high, locale),
  });
}

/** Geometry of one row's bar and whisker in a chart `width` wide (0…1 of the scale). */
export function barGeometry(band: Band): { nominal: number; low: number; high: number } {
  const max = Math.max(band.high, band.nominal, band.low, 0);
  if (!(max > 0)) return { nominal: 0, low: 0, high: 0 };
  const f = (v: number) => Math.max(0, Math.min(1, v / max));
  return { nominal: f(band.nominal), low: f(band.low), high: f(band.high) };
}

/** What the live region says after an estimate. */
export function announcement(estimate: OvershootEstimate, lang: Lang, locale: string): string {
  const c = estimate.combined;
  const n = (v: number) => formatNumber(v, locale);
  let text = t('announce', lang, {
    area: n(c.overshootAreaKm2.nominal),
    areaLow: n(c.overshootAreaKm2.low),
    areaHigh: n(c.overshootAreaKm2.high),
    cells: n(c.cellsSelected.nominal),
  });
  if (c.overshootPopulation) {
    text += ` ${t('announce-population', lang, {
      pop: n(c.overshootPopulation.nominal),
      popLow: n(c.overshootPopulation.low),
      popHigh: n(c.overshootPopulation.high),
    })}`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------
// Display overlay

/** Off-axis attenuation per decade of distance used to shape the lobes (dB). */
const LOBE_SLOPE_DB = 35;
/** Points on a lobe's arc. */
const LOBE_STEPS = 16;

/**
 * The coverage lobe of one cell as a convex ring `[lon, lat][]` (closed): the main beam
 * reaches `rangeKm`; off axis the 3GPP pattern (12·(θ/beamwidth)² dB) shortens the reach
 * at ~35 dB per decade, out to ±one beamwidth. Omni cells give a circle. An
 * approximation for display: the engine's figures come from its best-server grid.
 */
export function lobeRing(cell: OvershootCell, rangeKm: number): LonLat[] {
  const r = Math.max(0.01, rangeKm);
  if (cell.azimuthDeg === null || cell.beamwidthDeg >= 360) {
    return circleToPolygon({ type: 'Circle', center: cell.position, radiusKm: r }, { segments: 32 })
      .coordinates[0] as LonLat[];
  }
  const half = Math.min(170, cell.beamwidthDeg);
  const ring: LonLat[] = [cell.position];
  for (let i = 0; i <= LOBE_STEPS; i++) {
    const off = -half + (2 * half * i) / LOBE_STEPS;
    const att = Math.min(25, 12 * (off / cell.beamwidthDeg) ** 2);
    ring.push(destination(cell.position, r * 10 ** (-att / LOBE_SLOPE_DB), cell.azimuthDeg + off));
  }
  ring.push(cell.position);
  return ring;
}

type XY = [number, number];

/** Twice the signed area of a ring in the plane (positive: counter-clockwise). */
function signedArea2(ring: readonly XY[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as XY;
    const b = ring[(i + 1) % ring.length] as XY;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}

/**
 * Sutherland–Hodgman: `subject` (any simple ring) clipped to the convex ring `clip`. Both
 * open or closed, in the plane. The result may hold zero-width bridges where the subject
 * leaves and re-enters the clip region; they fill nothing.
 */
export function clipToConvex(subject: readonly XY[], clip: readonly XY[]): XY[] {
  const open = (r: readonly XY[]) =>
    r.length > 1 && r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1]
      ? r.slice(0, -1)
      : [...r];
  let output = open(subject);
  let c = open(clip);
  if (c.length < 3) return [];
  if (signedArea2(c) < 0) c = c.reverse();
  for (let i = 0; i < c.length && output.length > 0; i++) {
    const a = c[i] as XY;
    const b = c[(i + 1) % c.length] as XY;
    const side = (p: XY) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j] as XY;
      const q = input[(j + 1) % input.length] as XY;
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) output.push(p);
      if (sp >= 0 !== sq >= 0) {
        const k = sp / (sp - sq);
        output.push([p[0] + k * (q[0] - p[0]), p[1] + k * (q[1] - p[1])]);
      }
    }
  }
  return output;
}

/** The display overlay: coverage lobes and the overshoot around the drawn area. */
export interface OverlayGeometry {
  /** Lobes of the cells that broadcast, one polygon each. */
  coverage: LonLat[][][];
  /**
   * The overshoot as one polygon: the convex hull of those lobes with the drawn area cut
   * out as holes (empty when no cell broadcasts). One outline instead of one per lobe.
   */
  overshoot: LonLat[][];
  /** Where to put the overshoot label (the hull's northernmost point), or null. */
  labelAt: LonLat | null;
  /** Box of the lobes and the area, `[west, south, east, north]`, or null. */
  bbox: [number, number, number, number] | null;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise, open. */
export function convexHull(points: readonly XY[]): XY[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: XY, a: XY, b: XY) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: XY[] = [];
  for (const q of p) {
    while (
      lower.length >= 2 &&
      cross(lower[lower.length - 2] as XY, lower[lower.length - 1] as XY, q) <= 0
    )
      lower.pop();
    lower.push(q);
  }
  const upper: XY[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i] as XY;
    while (
      upper.length >= 2 &&
      cross(upper[upper.length - 2] as XY, upper[upper.length - 1] as XY, q) <= 0
    )
      upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * The overlay for the cells that broadcast: their lobes (nominal range each, from the
 * engine summary's `rangesKm`), and the overshoot — the hull of the lobes with the drawn
 * area cut out, drawn hatched. A display approximation: the figures come from the
 * engine's best-server grid. Computed in a local plane (equirectangular around the area).
 */
export function overlayGeometry(
  cells: readonly OvershootCell[],
  selected: ArrayLike<number>,
  rangesKm: ArrayLike<number>,
  area: readonly AreaShape[],
): OverlayGeometry {
  const coverage: LonLat[][][] = [];
  const rings: LonLat[][] = [];
  for (const shape of area) {
    const polygons =
      shape.type === 'Circle'
        ? [circleToPolygon(shape, { segments: 64 }).coordinates]
        : shapePolygons(shape);
    for (const polygon of polygons) for (const ring of polygon) rings.push(ring as LonLat[]);
  }
  const lat0 = rings[0]?.[0]?.[1] ?? cells[0]?.position[1] ?? 52;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const toXY = (p: LonLat): XY => [p[0] * k, p[1]];
  const toLonLat = (p: XY): LonLat => [p[0] / k, p[1]];
  const points: XY[] = [];
  for (let i = 0; i < selected.length; i++) {
    const index = selected[i] as number;
    const cell = cells[index];
    const range = rangesKm[index];
    if (!cell || range === undefined) continue;
    const lobe = lobeRing(cell, range);
    coverage.push([lobe]);
    for (const p of lobe) points.push(toXY(p));
  }
  const bboxOf = (pts: readonly LonLat[]): [number, number, number, number] | null =>
    pts.length === 0
      ? null
      : [
          Math.min(...pts.map((p) => p[0])),
          Math.min(...pts.map((p) => p[1])),
          Math.max(...pts.map((p) => p[0])),
          Math.max(...pts.map((p) => p[1])),
        ];
  const hull = convexHull(points);
  if (hull.length < 3)
    return { coverage, overshoot: [], labelAt: null, bbox: bboxOf(rings.flat()) };
  const outer = hull.map(toLonLat);
  outer.push(outer[0] as LonLat);
  const overshoot: LonLat[][] = [outer];
  for (const ring of rings) {
    const clipped = clipToConvex(ring.map(toXY), hull);
    if (clipped.length >= 3 && Math.abs(signedArea2(clipped)) > 1e-14) {
      const hole = clipped.map(toLonLat);
      hole.push(hole[0] as LonLat);
      overshoot.push(hole);
    }
  }
  let labelAt: LonLat | null = null;
  for (const p of outer) if (!labelAt || p[1] > labelAt[1]) labelAt = p;
  return { coverage, overshoot, labelAt, bbox: bboxOf([...outer, ...rings.flat()]) };
}

// ---------------------------------------------------------------------------------------
// Running the engine

/** How the runner computes: in a worker, or in the page. */
export type RunnerVia = 'worker' | 'thread';

/** What loading cells ended in. */
export type LoadOutcome =
  | { status: 'ready'; summary: OvershootSummary; via: RunnerVia }
  | { status: 'stale' }
  | { status: 'error'; findings: OvershootFinding[] };

/** Options of {@link OvershootRunner}. */
export interface OvershootRunnerOptions {
  /**
   * Makes a worker serving the overshoot protocol (`@sirene/geo/overshoot-worker.js`), or
   * null when none can be made. A browser `Worker` fits; an `error` event on it (or a
   * throw here) falls back to computing in the page.
   */
  createWorker?: (() => OvershootWorkerLike | null) | null;
  /** Fewer cells than this are computed in the page (no worker start-up). Default 150. */
  inThreadBelow?: number;
}

/**
 * Runs the overshoot engine for an element: `load` the cells once (in a worker when one
 * can be made and the input is not small, else in the page), then `estimate` on every
 * area change. Only the newest estimate's result is returned: older ones resolve `null`
 * (superseded in the worker, or dropped when they finish late), so a drag never shows a
 * stale figure.
 */
export class OvershootRunner {
  readonly #createWorker: (() => OvershootWorkerLike | null) | null;
  readonly #inThreadBelow: number;
  #client: OvershootClient | null = null;
  #engine: OvershootEngine | null = null;
  #loadSeq = 0;
  #estimateSeq = 0;
  #loading: Promise<LoadOutcome> | null = null;
  #via: RunnerVia | null = null;

  constructor(options: OvershootRunnerOptions = {}) {
    this.#createWorker = options.createWorker ?? null;
    this.#inThreadBelow = options.inThreadBelow ?? 150;
  }

  /** Where the engine runs, once loaded. */
  get via(): RunnerVia | null {
    return this.#via;
  }

  /** Loads cells; a newer `load` makes an older one resolve `stale`. */
  load(
    cells: readonly OvershootCell[],
    options: OvershootEngineOptions = {},
    onProgress?: (p: OvershootProgress) => void,
  ): Promise<LoadOutcome> {
    const seq = ++this.#loadSeq;
    this.#release();
    const run = async (): Promise<LoadOutcome> => {
      if (cells.length >= this.#inThreadBelow && this.#createWorker) {
        const viaWorker = await this.#loadInWorker(seq, cells, options, onProgress);
        if (viaWorker) return viaWorker;
      }
      if (seq !== this.#loadSeq) return { status: 'stale' };
      try {
        const engine = await OvershootEngine.createAsync(cells, options, {
          ...(onProgress ? { onProgress } : {}),
          isCancelled: () => seq !== this.#loadSeq,
        });
        if (!engine || seq !== this.#loadSeq) return { status: 'stale' };
        this.#engine = engine;
        this.#via = 'thread';
        return { status: 'ready', summary: engine.summary(), via: 'thread' };
      } catch (error) {
        return { status: 'error', findings: [failure(error, options.lang ?? 'en')] };
      }
    };
    const loading = run();
    this.#loading = loading;
    return loading;
  }

  async #loadInWorker(
    seq: number,
    cells: readonly OvershootCell[],
    options: OvershootEngineOptions,
    onProgress?: (p: OvershootProgress) => void,
  ): Promise<LoadOutcome | null> {
    let worker: OvershootWorkerLike | null = null;
    try {
      worker = this.#createWorker?.() ?? null;
    } catch {
      worker = null;
    }
    if (!worker) return null;
    const client = createOvershootClient(worker);
    const failed = new Promise<'failed'>((resolve) => {
      const w = worker as unknown as {
        addEventListener?: (type: string, listener: () => void) => void;
      };
      w.addEventListener?.('error', () => resolve('failed'));
    });
    const outcome = await Promise.race([client.init([...cells], options, onProgress), failed]);
    if (seq !== this.#loadSeq) {
      client.dispose();
      return { status: 'stale' };
    }
    if (outcome === 'failed' || outcome.status === 'cancelled') {
      client.dispose();
      return null;
    }
    if (outcome.status === 'error') {
      client.dispose();
      return { status: 'error', findings: outcome.findings };
    }
    this.#client = client;
    this.#via = 'worker';
    return { status: 'ready', summary: outcome.summary, via: 'worker' };
  }

  /**
   * Estimates for an area; resolves null when a newer estimate (or load) came first, or
   * when nothing is loaded. Findings of a failed estimate come back as `error`.
   */
  async estimate(
    area: readonly AreaShape[],
    options: EstimateOptions,
  ): Promise<OvershootEstimate | { error: OvershootFinding[] } | null> {
    const seq = ++this.#estimateSeq;
    const loadSeq = this.#loadSeq;
    if (this.#loading) await this.#loading;
    if (seq !== this.#estimateSeq || loadSeq !== this.#loadSeq) return null;
    if (this.#client) {
      const outcome = await this.#client.estimate(area, options);
      if (seq !== this.#estimateSeq || loadSeq !== this.#loadSeq) return null;
      if (outcome.status === 'done') return outcome.estimate;
      if (outcome.status === 'error') return { error: outcome.findings };
      return null;
    }
    if (!this.#engine) return null;
    // Let newer requests (the next drag frame) in before computing in the page.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (seq !== this.#estimateSeq || loadSeq !== this.#loadSeq || !this.#engine) return null;
    try {
      return this.#engine.estimate(area, options);
    } catch (error) {
      return { error: [failure(error, 'en')] };
    }
  }

  /** Drops the engine (and terminates the worker). */
  dispose(): void {
    this.#loadSeq++;
    this.#estimateSeq++;
    this.#release();
  }

  #release(): void {
    this.#client?.dispose();
    this.#client = null;
    this.#engine = null;
    this.#via = null;
    this.#loading = null;
  }
}

function failure(error: unknown, lang: Lang): OvershootFinding {
  return {
    code: 'overshoot.failed',
    severity: 'error',
    path: '',
    source: 'rules',
    message: translate(
      {
        f: {
          en: 'The estimate failed: {detail}',
          nl: 'De schatting is mislukt: {detail}',
          fr: 'L’estimation a échoué : {detail}',
          de: 'Die Schätzung ist fehlgeschlagen: {detail}',
        },
      },
      'f',
      lang,
      { detail: error instanceof Error ? error.message : String(error) },
    ),
  };
}
