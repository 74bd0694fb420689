/**
 * The logic behind `<sirene-overshoot-estimator>`, DOM-free: reading cell input into
 * cells and findings, running the overshoot engine in a worker or in the page with stale
 * results dropped, the figures the chart and table show, the announcement text, and the
 * map overlay (the engine's squares traced into polygons).
 */
import { translate, type Lang, type MessageParams } from '@sirene/core';
import {
  OvershootEngine,
  coverageToGeoJson,
  createOvershootClient,
  overlayUnprojector,
  parseCells,
  parseCellsGeoJson,
  parsePopulation,
  tracedToGeoJson,
  type AreaShape,
  type Band,
  type CoverageOverlay,
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
  type PopulationPlacement,
  type SelectionMode,
  type SireneArea,
  type TracedLayer,
  type TracedOverlay,
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
                fr: 'Les cellules n’ont pas pu être lues : {detail}',
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
// Map overlay

/** A polygonal map geometry in WGS84. */
export type OverlayPolygons = { type: 'MultiPolygon'; coordinates: LonLat[][][] };

/** What the map draws for one estimate: the engine's squares, traced into polygons. */
export interface MapOverlay {
  /** Where phones get the alert: the squares the broadcasting cells reach (nominal). */
  coverage: OverlayPolygons | null;
  /** Of those, the part outside the drawn area (hatched). */
  overshoot: OverlayPolygons | null;
  /** Inside the area: coverage whose phones do not get the alert (site-inside). */
  undershoot: OverlayPolygons | null;
  /** All networks only: how far the overshoot may reach (path loss −sweep), an outline. */
  far: OverlayPolygons | null;
  /** Where to put the overshoot label (its northernmost corner), or null. */
  labelAt: LonLat | null;
  /** Box of the nominal coverage and missed area, `[west, south, east, north]`, or null (the map fits it; the far edge may reach beyond). */
  bbox: [number, number, number, number] | null;
  /** Whether the polygons came traced (by the worker) and were only unpacked in this thread. */
  pretraced: boolean;
}

/**
 * The map overlay of an estimate for all networks (`network` null) or one operator:
 * exactly the squares behind the figures, as WGS84 polygons. With `traced` (the worker's
 * `OvershootEstimate.traced`, asked with `trace`) the polygons are only unpacked here;
 * without it, or when it lacks the operator asked for, the row runs are traced in this
 * thread (`coverageToGeoJson`). `far`
 * (the band's far edge) exists for all networks only.
 */
export function mapOverlay(
  overlay: CoverageOverlay,
  network: string | null,
  traced?: TracedOverlay,
): MapOverlay {
  let result: MapOverlay;
  const tracedLayers =
    network === null
      ? traced?.combined
      : traced?.operators.find((o) => o.operator === network)?.layers;
  if (traced && (tracedLayers || !overlay.operators.some((o) => o.operator === network))) {
    const geo = (layer: TracedLayer | undefined) => (layer ? tracedToGeoJson(layer) : null);
    result = {
      coverage: geo(tracedLayers?.coverage),
      overshoot: geo(tracedLayers?.overshoot),
      undershoot: geo(tracedLayers?.undershoot),
      far: network === null ? geo(traced.overshootFar) : null,
      labelAt: null,
      bbox: null,
      pretraced: true,
    };
  } else {
    const layers =
      network === null
        ? overlay.combined
        : (overlay.operators.find((o) => o.operator === network)?.layers ?? null);
    // One control grid for all layers: a CRS transformation per vertex is slow.
    const unproject = overlayUnprojector(overlay) ?? undefined;
    const geo = (runs: Int32Array | undefined) =>
      runs ? coverageToGeoJson(runs, overlay, unproject) : null;
    result = {
      coverage: geo(layers?.coverage),
      overshoot: geo(layers?.overshoot),
      undershoot: geo(layers?.undershoot),
      far: network === null ? geo(overlay.overshootFar) : null,
      labelAt: null,
      bbox: null,
      pretraced: false,
    };
  }
  for (const polygon of result.overshoot?.coordinates ?? []) {
    for (const p of polygon[0] ?? [])
      if (!result.labelAt || p[1] > result.labelAt[1]) result.labelAt = p;
  }
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of [result.coverage, result.undershoot]) {
    for (const polygon of g?.coordinates ?? []) {
      for (const [x, y] of polygon[0] ?? []) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  if (box[0] <= box[2]) result.bbox = box;
  return result;
}

/** Which population note to show beside residents figures. */
export function populationNoteKey(
  placement: PopulationPlacement | undefined,
): OvershootEstimatorMessageKey {
  switch (placement) {
    case 'areas':
      return 'population-areas';
    case 'points':
      return 'population-points';
    case 'mixed':
      return 'population-mixed';
    default:
      return 'population-none';
  }
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
          fr: 'L’estimation a échoué : {detail}',
          de: 'Die Schätzung ist fehlgeschlagen: {detail}',
        },
      },
      'f',
      lang,
      { detail: error instanceof Error ? error.message : String(error) },
    ),
  };
}
