import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Lang } from '@sirene/core';
import {
  CRS_DEFINITIONS,
  adminName,
  circleToPolygon,
  loadDefaultBoundaryLayer,
  shapePolygons,
  type BoundaryLayer,
  type CoverageOverlay,
  type LonLat,
  type OvershootEstimate,
  type OvershootFigures,
  type OvershootFinding,
  type OvershootProgress,
  type OvershootSummary,
  type OvershootWorkerLike,
  type SelectionMode,
  type SireneArea,
  type TracedOverlay,
} from '@sirene/geo';
import {
  FocusRescueController,
  LocalizeController,
  SireneMapController,
  base,
  olStyles,
  tokens,
  type BaseLayerConfig,
  type MapFeature,
  type MapTheme,
  type MapViewState,
} from '@sirene/ui';
import {
  OvershootRunner,
  announcement,
  areaShapes,
  barGeometry,
  figureRows,
  formatBand,
  formatNumber,
  mapOverlay,
  normalizeMode,
  populationNoteKey,
  readCells,
  readPopulation,
  t,
  type AreaInput,
  type CellsInput,
  type CellsReading,
  type FigureRow,
  type MapOverlay,
  type PopulationSource,
} from './overshoot-estimator.controller.js';
import { SireneAreaSuggestEvent, SireneOvershootChangeEvent } from './events.js';
import type { OvershootEstimatorMessageKey } from './messages.js';
import { styles } from './overshoot-estimator.styles.js';

/** Sirene's proj4 definition of a CRS code (`EPSG:28992`…), if it has one. */
function crsDefinition(code: string): string | undefined {
  const definitions: Readonly<Record<string, string>> = CRS_DEFINITIONS;
  return definitions[code];
}

/** Milliseconds of quiet before the live region announces the new figures. */
const ANNOUNCE_DELAY_MS = 900;
/**
 * Milliseconds of quiet before the map overlay (the squares behind the figures) is asked
 * for: figures follow every edit, the overlay follows when the edit pauses.
 */
const OVERLAY_DELAY_MS = 120;
/** Milliseconds of quiet after the overlay before the (slower) tighter-area suggestion. */
const SUGGEST_DELAY_MS = 250;

/** Makes the worker beside this module (`./overshoot-worker.js`, the `@sirene/geo` entry). */
function defaultWorker(): OvershootWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  // Served from source (dev server, Vite dev): the worker is the TypeScript file beside this one.
  if (import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./overshoot-worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as OvershootWorkerLike;
  }
  return new Worker(new URL('./overshoot-worker.js', import.meta.url), {
    type: 'module',
  }) as unknown as OvershootWorkerLike;
}

/**
 * `<sirene-overshoot-estimator>`: who else receives a cell-broadcast alert. Cell
 * broadcast goes out on every cell whose coverage touches the drawn area, so phones
 * outside it get the alert too. The element shows, live while the operator draws, the
 * overshoot on a map (the grid squares the cells that broadcast reach — beyond the area
 * hatched and labelled, missed squares inside dotted, the farthest reach of the band
 * dashed — for all networks or one operator) and the figures — overshoot area, residents there, reach beyond
 * the edge, missed area inside, cells — per operator and for all networks together, each
 * with its uncertainty band (path loss ±10 dB) as a bar with a whisker and as text, and a
 * table with the same numbers. It proposes a tighter area; applying it fires
 * `sirene-area-suggest`. The engine runs in a Web Worker when it can (progress is shown
 * while it prepares), else in the page; stale results are dropped.
 *
 * The host wires the area editor's `sirene-area-change` to `area`, and loads the cells
 * (elements never fetch).
 *
 * @tag sirene-overshoot-estimator
 * @summary Overshoot of a cell-broadcast alert, with uncertainty bands.
 *
 * @fires {SireneAreaSuggestEvent} sirene-area-suggest - The operator applied the tighter-area suggestion; `detail.area` is the suggested area, `detail.shape` the inset effect shape.
 * @fires {SireneOvershootChangeEvent} sirene-overshoot-change - A new estimate is shown; `detail.estimate` holds every figure.
 *
 * @csspart header - Title and explanation.
 * @csspart progress - The progress bar while the network model is prepared.
 * @csspart findings - Problems in the cell data (or the estimate), each with its severity in words.
 * @csspart map - The map: drawn area, coverage of the broadcasting cells, overshoot hatched.
 * @csspart legend - The map's legend, with the network picker.
 * @csspart network - The picker of the network the map shows (all networks or one operator).
 * @csspart population - How the residents figures were estimated.
 * @csspart chart - One chart of figures (bars with whiskers, band as text).
 * @csspart table - The table with the same numbers as the chart(s), for screen readers.
 * @csspart operators - The per-operator table.
 * @csspart suggestion - The tighter-area suggestion and its button.
 * @csspart apply - The button that applies the suggestion.
 * @csspart status - The live region announcing new figures.
 *
 * @cssprop --sirene-overshoot-estimator-area-color - Outline of the drawn area (falls back to `--sirene-color-accent`).
 * @cssprop --sirene-overshoot-estimator-overshoot-color - Hatch and outline of the overshoot (falls back to `--sirene-color-danger`).
 * @cssprop --sirene-overshoot-estimator-coverage-color - Coverage of the broadcasting cells (default dark green).
 * @cssprop --sirene-overshoot-estimator-undershoot-color - Dotted outline of the missed area inside (default dark amber).
 * @cssprop --sirene-overshoot-estimator-far-color - Dashed outline of the farthest reach, path loss −10 dB (falls back to `--sirene-color-text-muted`).
 * @cssprop --sirene-overshoot-estimator-bar-color - Chart bars and the apply button (falls back to `--sirene-color-accent`).
 * @cssprop --sirene-overshoot-estimator-map-height - Height of the map (default 320px).
 *
 * @attribute lang - Language of the texts and findings (`nl`, `en`, `fr`, `de`); inherited from ancestors and the document when absent.
 */
export class SireneOvershootEstimator extends LitElement {
  static override styles = [tokens, base, olStyles, styles];

  /**
   * The drawn area (property only): a `SireneArea` (its effect shapes are estimated) or a
   * list of shapes. The host sets it from the area editor's `sirene-area-change`, on every
   * change, also while dragging; estimates follow live.
   */
  @property({ attribute: false }) accessor area: AreaInput = null;

  /**
   * The cells (property only): parsed `OvershootCell`s, or the text of a CSV or GeoJSON
   * cell file in the format of `@sirene/geo`'s overshoot README. Rows with problems are
   * left out and listed as findings; the element never throws on bad input.
   */
  @property({ attribute: false }) accessor cells: CellsInput = null;

  /** Residents (property only, optional): a `PopulationInput` or the text of a CSV/GeoJSON file. */
  @property({ attribute: false }) accessor population: PopulationSource = null;

  /**
   * How cells are selected: `any-overlap` (every cell touching the area, NL-Alert),
   * `site-inside` (masts inside the area, BE LB-SMS), or `geofence` (phones check their
   * location; older phones without geofencing are shown beside them).
   */
  @property({ reflect: true }) accessor mode: SelectionMode = 'any-overlap';

  /** Coordinate system of `x`/`y` columns in cell text (`EPSG:28992`, `EPSG:3812`, `EPSG:31370`). */
  @property({ attribute: 'cells-crs' }) accessor cellsCrs: string | undefined;

  /** Where the engine runs: `auto` (a worker for larger inputs, else the page) or `off` (always the page). */
  @property({ reflect: true }) accessor worker: 'auto' | 'off' = 'auto';

  /**
   * Makes the overshoot worker (property only). Default: a module worker of
   * `@sirene/geo/overshoot-worker.js` beside this element. Return null to compute in the page.
   */
  @property({ attribute: false }) accessor createWorker: () => OvershootWorkerLike | null =
    defaultWorker;

  /**
   * The base map (property only); default the embedded municipal boundaries (no network).
   * A tiled base map loads its code on demand; a national grid without a proj4 definition
   * gets Sirene's own when it knows the code (RD New, Belgian Lambert). A base map that
   * cannot be used is reported in the console and the map keeps the previous one.
   */
  @property({ attribute: false }) accessor baseLayer: BaseLayerConfig = { type: 'boundaries' };

  /** Municipal boundaries for the base map (property only); default the embedded NL/BE ones. */
  @property({ attribute: false }) accessor boundaries: BoundaryLayer | undefined;

  @state() private accessor status: 'empty' | 'loading' | 'ready' | 'error' = 'empty';
  @state() private accessor progress: OvershootProgress | null = null;
  @state() private accessor current: OvershootEstimate | null = null;
  @state() private accessor suggestPending = false;
  @state() private accessor announcementText = '';
  @state() private accessor runFindings: OvershootFinding[] = [];
  @state() private accessor reading: CellsReading = { cells: [], findings: [], rows: 0, ok: true };
  /** The network the map shows: null for all together, else an operator's name. */
  @state() private accessor mapNetwork: string | null = null;
  @state() private accessor overlayPending = false;

  @query('[part="map"]') private accessor mapElement!: HTMLDivElement;

  readonly #l10n = new LocalizeController(this);

  constructor() {
    super();
    // The apply button goes while the next suggestion is looked for (the host applied this
    // one): focus waits on the suggestion section, from where Tab reaches the next button.
    // A control that went with its section (area cleared, one operator left) hands the
    // focus to the map, which is always there.
    new FocusRescueController(
      this,
      (lost) =>
        (lost.getAttribute('part') === 'apply'
          ? this.renderRoot.querySelector<HTMLElement>('[part="suggestion"]')
          : null) ?? this.mapElement,
    );
  }
  #runner: OvershootRunner | null = null;
  #summary: OvershootSummary | null = null;
  #populationFindings: OvershootFinding[] = [];
  #map: SireneMapController | undefined;
  #boundariesShown: BoundaryLayer | undefined;
  #boundaryLang: Lang | undefined;
  #fitted = false;
  #fittedOverlay = false;
  /**
   * The newest overlay from the engine (its runs and, from the worker, its polygons traced
   * there), and the area and mode it belongs to.
   */
  #coverage: {
    overlay: CoverageOverlay;
    traced: TracedOverlay | undefined;
    area: AreaInput;
    mode: SelectionMode;
  } | null = null;
  /** The overlay unpacked for the map, per overlay and network shown (not per render). */
  #traced: { overlay: CoverageOverlay; network: string | null; map: MapOverlay } | null = null;
  #overlayBox: [number, number, number, number] | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #overlayTimer: ReturnType<typeof setTimeout> | undefined;
  #suggestTimer: ReturnType<typeof setTimeout> | undefined;
  #loadedLang: Lang | undefined;
  #settled: Promise<void> = Promise.resolve();
  #settle: (() => void) | undefined;

  /** The newest estimate shown, or null (read-only). */
  get estimate(): OvershootEstimate | null {
    return this.current;
  }

  /** Findings about the cells, the residents and the estimate, in the element's language (read-only). */
  get findings(): readonly OvershootFinding[] {
    return [...this.reading.findings, ...this.#populationFindings, ...this.runFindings];
  }

  /** Summary of the network model once prepared (cells, operators, grid), or null (read-only). */
  get summary(): OvershootSummary | null {
    return this.#summary;
  }

  /** Where the engine runs once prepared: `worker` or `thread` (the page); null before (read-only). */
  get engineLocation(): 'worker' | 'thread' | null {
    return this.#runner?.via ?? null;
  }

  /**
   * What the map draws from the engine for the network shown: the squares behind the
   * figures traced into polygons (coverage, overshoot, missed inside, farthest reach), or
   * null until the overlay arrives (it follows an edit once the edit pauses). Read-only.
   */
  get overlay(): MapOverlay | null {
    return this.current ? this.#mapOverlay() : null;
  }

  /** The map controller, once rendered. */
  get map(): SireneMapController | undefined {
    return this.#map;
  }

  /**
   * Resolves when the figures for the current cells, area and mode are shown (including
   * the suggestion once it is computed).
   */
  async whenSettled(): Promise<void> {
    await this.updateComplete;
    await this.#settled;
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#overlayTimer);
    clearTimeout(this.#suggestTimer);
    this.#runner?.dispose();
    this.#runner = null;
    this.#viewAtDisconnect = this.#map?.getView();
    this.#map?.dispose();
    this.#map = undefined;
    this.#done();
  }

  /** The operator's view when the element left the page, kept for its return. */
  #viewAtDisconnect: MapViewState | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Reconnected after a disconnect (moved in the page): a new map on the same view, and
    // the model prepared again.
    if (!this.#map) {
      this.#createMap(this.#viewAtDisconnect);
      this.#boundariesShown = undefined;
      this.requestUpdate();
    }
    if (!this.#runner) {
      this.#load();
      // Keep the operator's view rather than fitting the map again.
      if (this.#viewAtDisconnect) this.#fitted = this.#fittedOverlay = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.#l10n.lang;
    const langChanged = this.#loadedLang !== undefined && this.#loadedLang !== lang;
    if (
      changed.has('cells') ||
      changed.has('population') ||
      changed.has('cellsCrs') ||
      changed.has('worker') ||
      changed.has('createWorker') ||
      langChanged
    ) {
      this.#loadedLang = lang;
      this.#load();
    } else if (changed.has('area') || changed.has('mode')) {
      this.#requestEstimate();
    }
  }

  /** Makes the map in the shadow root, on `view` or fitted to the area. */
  #createMap(view: MapViewState | undefined): void {
    this.#map = new SireneMapController({
      target: this.mapElement,
      theme: this.#readTheme(),
      labels: {
        zoomIn: this.#t('zoom-in'),
        zoomOut: this.#t('zoom-out'),
        attributions: this.#t('attributions'),
      },
      keyboard: true,
      ...(view ? { view } : {}),
    });
    this.#showBaseLayer(this.#map);
    if (!view) this.#fit();
  }

  /**
   * Sets the base map on the map. A tiled one loads asynchronously; when it cannot be used
   * (unknown projection, unreadable proj4 definition, tile code not loadable) the map keeps
   * its previous base map and stays usable, and the host's developer finds why here.
   */
  #showBaseLayer(map: SireneMapController): void {
    const config = this.#resolvedBaseLayer();
    void map.setBaseLayer(config).catch((error: unknown) => {
      console.error(
        `<sirene-overshoot-estimator>: the base map (${config.type}) could not be shown; the map keeps the previous one.`,
        error,
      );
    });
  }

  /** The base map, with Sirene's proj4 definition filled in for a national grid it knows. */
  #resolvedBaseLayer(): BaseLayerConfig {
    const config = this.baseLayer;
    if ((config.type === 'wmts' || config.type === 'xyz') && config.projection) {
      const def = config.projection.proj4 ?? crsDefinition(config.projection.code);
      if (def && def !== config.projection.proj4) {
        return { ...config, projection: { ...config.projection, proj4: def } };
      }
    }
    return config;
  }

  protected override firstUpdated(): void {
    this.#createMap(undefined);
    if (!this.boundaries) {
      void loadDefaultBoundaryLayer().then(
        (layer) => {
          if (!this.boundaries) this.boundaries = layer;
        },
        () => undefined,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const map = this.#map;
    if (!map) return;
    if (changed.has('baseLayer') && changed.get('baseLayer') !== undefined) {
      this.#showBaseLayer(map);
    }
    if (
      this.boundaries &&
      (this.boundaries !== this.#boundariesShown || this.#boundaryLang !== this.#l10n.lang)
    ) {
      this.#boundariesShown = this.boundaries;
      this.#boundaryLang = this.#l10n.lang;
      const lang = this.#l10n.lang;
      map.setBoundaries(
        this.boundaries.areas
          .filter((a) => a.level === 'municipality')
          .map((a) => ({ code: a.code, name: adminName(a, lang), geometry: a.shape })),
        { attribution: this.boundaries.attribution },
      );
    }
    map.setFeatures(this.#features());
    if (!this.#fitted) this.#fit();
    else if (!this.#fittedOverlay && this.#overlayBox) {
      this.#fittedOverlay = true;
      map.fit(this.#overlayBox, { padding: 24, maxZoom: 15 });
    }
  }

  // -------------------------------------------------------------------------------------
  // Running

  #load(): void {
    clearTimeout(this.#overlayTimer);
    clearTimeout(this.#suggestTimer);
    this.#runner?.dispose();
    this.#summary = null;
    this.#coverage = null;
    this.current = null;
    this.runFindings = [];
    this.#fitted = false;
    this.#fittedOverlay = false;
    const lang = this.#l10n.lang;
    const crs = this.cellsCrs ? { crs: this.cellsCrs } : {};
    this.reading = readCells(this.cells, { lang, ...crs });
    const pop = readPopulation(this.population, { lang, ...crs });
    this.#populationFindings = pop.findings;
    if (this.reading.cells.length === 0) {
      this.#runner = null;
      this.status = this.cells == null ? 'empty' : 'error';
      this.#done();
      return;
    }
    const runner = new OvershootRunner({
      createWorker: this.worker === 'off' ? null : this.createWorker,
    });
    this.#runner = runner;
    this.status = 'loading';
    this.progress = null;
    this.#pending();
    const cells = this.reading.cells;
    void runner
      .load(cells, { lang, ...(pop.population ? { population: pop.population } : {}) }, (p) => {
        if (this.#runner === runner) this.progress = p;
      })
      .then((outcome) => {
        if (this.#runner !== runner || outcome.status === 'stale') return;
        if (outcome.status === 'error') {
          this.status = 'error';
          this.runFindings = outcome.findings;
          this.#done();
          return;
        }
        this.#summary = outcome.summary;
        this.status = 'ready';
        this.progress = null;
        this.#requestEstimate();
      });
  }

  /**
   * Figures on every change; when the change pauses, the map overlay; after that the
   * tighter-area suggestion. A newer change supersedes all three (the runner drops stale
   * results), so a drag never posts overlays it would throw away.
   */
  #requestEstimate(): void {
    clearTimeout(this.#overlayTimer);
    clearTimeout(this.#suggestTimer);
    const runner = this.#runner;
    if (!runner || this.status !== 'ready') return;
    const shapes = areaShapes(this.area);
    if (shapes.length === 0) {
      this.current = null;
      this.#coverage = null;
      this.suggestPending = false;
      this.overlayPending = false;
      this.#done();
      return;
    }
    const mode = normalizeMode(this.mode);
    const area = this.area;
    this.#pending();
    this.suggestPending = true;
    this.overlayPending = true;
    const failed = (findings: OvershootFinding[]) => {
      this.runFindings = findings;
      this.suggestPending = false;
      this.overlayPending = false;
      this.#done();
    };
    void runner.estimate(shapes, { mode }).then((result) => {
      if (!result || this.#runner !== runner) return;
      if ('error' in result) return failed(result.error);
      this.#show(result);
      this.#overlayTimer = setTimeout(() => {
        // Traced where it is computed: in the worker, off this thread (46 ms p95 here
        // before), for all networks and the operator shown (another is traced on a switch).
        const shown = this.mapNetwork;
        const trace = { operators: shown === null ? [] : [shown] };
        void runner.estimate(shapes, { mode, overlay: true, trace }).then((withMap) => {
          if (!withMap || this.#runner !== runner) return;
          if ('error' in withMap) return failed(withMap.error);
          if (withMap.overlay)
            this.#coverage = { overlay: withMap.overlay, traced: withMap.traced, area, mode };
          this.overlayPending = false;
          this.#show(withMap);
          this.#suggestTimer = setTimeout(() => {
            void runner.estimate(shapes, { mode, suggest: true }).then((full) => {
              if (!full || this.#runner !== runner) return;
              this.suggestPending = false;
              if ('error' in full) this.runFindings = full.error;
              else this.#show(full);
              this.#done();
            });
          }, SUGGEST_DELAY_MS);
        });
      }, OVERLAY_DELAY_MS);
    });
  }

  #show(estimate: OvershootEstimate): void {
    this.current = estimate;
    this.runFindings = estimate.findings;
    // Created apart from dispatchEvent: the manifest analyzer documents it from @fires.
    const event = new SireneOvershootChangeEvent({ estimate });
    this.dispatchEvent(event);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.current) {
        this.announcementText = announcement(this.current, this.#l10n.lang, this.#l10n.locale);
      }
    }, ANNOUNCE_DELAY_MS);
  }

  #pending(): void {
    if (this.#settle) return;
    this.#settled = new Promise<void>((resolve) => {
      this.#settle = resolve;
    });
  }

  #done(): void {
    const settle = this.#settle;
    this.#settle = undefined;
    settle?.();
  }

  #applySuggestion(): void {
    const s = this.current?.suggestion;
    const option = s && s.recommended !== null ? s.options[s.recommended] : undefined;
    if (!option) return;
    const source =
      this.area && !Array.isArray(this.area) ? [...((this.area as SireneArea).source ?? [])] : [];
    const area: SireneArea = { effect: [option.shape], source };
    const event = new SireneAreaSuggestEvent({
      area,
      shape: option.shape,
      insetKm: option.insetKm,
      option,
    });
    this.dispatchEvent(event);
  }

  // -------------------------------------------------------------------------------------
  // Map

  /** The overlay for the network shown; unpacked once per overlay and network. */
  #mapOverlay(): MapOverlay | null {
    const coverage = this.#coverage;
    if (!coverage) return null;
    const operators = this.#summary?.operators ?? [];
    const network =
      this.mapNetwork !== null && operators.includes(this.mapNetwork) ? this.mapNetwork : null;
    const cached = this.#traced;
    if (cached && cached.overlay === coverage.overlay && cached.network === network)
      return cached.map;
    const map = mapOverlay(coverage.overlay, network, coverage.traced);
    this.#traced = { overlay: coverage.overlay, network, map };
    return map;
  }

  #features(): MapFeature[] {
    const features: MapFeature[] = [];
    const shapes = areaShapes(this.area);
    const estimate = this.current;
    const overlay = estimate ? this.#mapOverlay() : null;
    this.#overlayBox = overlay?.bbox ?? null;
    if (estimate && overlay) {
      // The engine's squares: coverage below, then the missed part inside, the overshoot
      // hatched, and the band's far edge as a dashed outline.
      if (overlay.coverage)
        features.push({ id: 'coverage', role: 'picked', geometry: overlay.coverage });
      if (overlay.undershoot)
        features.push({
          id: 'undershoot',
          role: 'source',
          active: false,
          geometry: overlay.undershoot,
        });
      if (overlay.overshoot)
        features.push({
          id: 'overshoot',
          role: 'effect',
          invalid: true,
          geometry: overlay.overshoot,
        });
      if (overlay.far) features.push({ id: 'overshoot-far', role: 'guide', geometry: overlay.far });
      if (overlay.labelAt) {
        features.push({
          id: 'overshoot-label',
          role: 'effect',
          invalid: true,
          geometry: { type: 'Point', coordinates: overlay.labelAt },
          // In geofence mode the hatch is what older phones see (newer ones check their fix).
          label: this.#t(estimate.legacy ? 'map-overshoot-legacy-label' : 'map-overshoot-label', {
            network: estimate.operators.some((o) => o.operator === this.mapNetwork)
              ? (this.mapNetwork as string)
              : this.#t('map-label-all'),
            value: formatBand(
              this.#networkFigures(estimate.legacy ?? estimate).overshootAreaKm2,
              this.#l10n.lang,
              this.#l10n.locale,
              'km²',
            ),
          }),
        });
      }
    }
    shapes.forEach((shape, i) => {
      const polygon = shape.type === 'Circle' ? circleToPolygon(shape, { segments: 64 }) : shape;
      features.push({
        id: `area-${i}`,
        role: 'effect',
        active: true,
        geometry:
          polygon.type === 'Polygon'
            ? { type: 'Polygon', coordinates: polygon.coordinates as LonLat[][] }
            : { type: 'MultiPolygon', coordinates: polygon.coordinates as LonLat[][][] },
      });
    });
    return features;
  }

  /** The figures of the network the map shows (all networks, or one operator). */
  #networkFigures(e: {
    combined: OvershootFigures;
    operators: { operator: string; figures: OvershootFigures }[];
  }): OvershootFigures {
    if (this.mapNetwork === null) return e.combined;
    return e.operators.find((o) => o.operator === this.mapNetwork)?.figures ?? e.combined;
  }

  #fit(): void {
    const map = this.#map;
    if (!map) return;
    const points: LonLat[] = [];
    for (const shape of areaShapes(this.area)) {
      if (shape.type === 'Circle') {
        points.push(...((circleToPolygon(shape).coordinates[0] ?? []) as LonLat[]));
      } else {
        for (const polygon of shapePolygons(shape))
          for (const ring of polygon) points.push(...(ring as LonLat[]));
      }
    }
    if (points.length === 0) {
      for (const cell of this.reading.cells) points.push(cell.position);
    }
    if (points.length === 0) {
      map.fit([3.2, 50.6, 7.3, 53.6], { padding: 10 });
      return;
    }
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const w = Math.min(...lons);
    const e = Math.max(...lons);
    const s = Math.min(...lats);
    const n = Math.max(...lats);
    // Room around the area: the overshoot reaches beyond it.
    const padLon = Math.max(0.02, (e - w) * 0.6);
    const padLat = Math.max(0.012, (n - s) * 0.6);
    map.fit([w - padLon, s - padLat, e + padLon, n + padLat], { padding: 8, maxZoom: 15 });
    this.#fitted = this.mapElement.clientWidth > 0;
  }

  #readTheme(): Partial<MapTheme> {
    const cs = getComputedStyle(this);
    const theme: Partial<MapTheme> = {};
    const set = (key: keyof MapTheme, name: string) => {
      const value = cs.getPropertyValue(name).trim();
      if (value) theme[key] = value;
    };
    set('effect', '--_effect');
    set('invalid', '--_overshoot');
    set('picked', '--_coverage');
    set('source', '--_undershoot');
    set('sketch', '--_far');
    return theme;
  }

  // -------------------------------------------------------------------------------------
  // Rendering

  #t(key: OvershootEstimatorMessageKey, params?: Record<string, string | number>): string {
    return t(key, this.#l10n.lang, params);
  }

  override render(): TemplateResult {
    const e = this.current;
    return html`
      <div class="layout">
        <div part="header">
          <h2>${this.#t('title')}</h2>
          <p class="muted">${this.#t('intro', { sweep: e?.sweepDb ?? 10 })}</p>
        </div>
        ${this.#renderProgress()} ${this.#renderFindings()} ${this.#renderEmpty()}
        <div
          part="map"
          tabindex="0"
          role="application"
          aria-roledescription=${this.#t('map-role')}
          aria-label=${this.#t('map-label')}
          aria-describedby="map-keys"
        ></div>
        <p id="map-keys" class="visually-hidden">${this.#t('map-keys')}</p>
        ${this.#renderLegend(e)} ${e ? this.#renderFigures(e) : nothing}
        ${e ? this.#renderSuggestion(e) : nothing}
        <div part="status" role="status" aria-live="polite" class="visually-hidden">
          ${this.announcementText}
        </div>
      </div>
    `;
  }

  #renderLegend(e: OvershootEstimate | null): TemplateResult {
    const mode = normalizeMode(this.mode);
    const operators = this.#summary?.operators ?? [];
    return html`<div part="legend">
      ${
        operators.length > 1
          ? html`<label class="network"
              >${this.#t('map-network')}
              <select
                part="network"
                .value=${this.mapNetwork ?? ''}
                @change=${(ev: Event) => {
                  const v = (ev.target as HTMLSelectElement).value;
                  this.mapNetwork = v === '' ? null : v;
                }}
              >
                <option value="" ?selected=${this.mapNetwork === null}>
                  ${this.#t('map-network-all')}
                </option>
                ${operators.map(
                  (o) => html`<option value=${o} ?selected=${this.mapNetwork === o}>${o}</option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <ul>
        <li><span class="swatch" aria-hidden="true"></span>${this.#t('legend-area')}</li>
        <li>
          <span class="swatch coverage" aria-hidden="true"></span>${this.#t('legend-coverage')}
        </li>
        <li>
          <span class="swatch overshoot" aria-hidden="true"></span>${this.#t(
            mode === 'geofence' ? 'legend-overshoot-legacy' : 'legend-overshoot',
          )}
        </li>
        ${
          mode !== 'any-overlap'
            ? html`<li>
                <span class="swatch undershoot" aria-hidden="true"></span>${this.#t(
                  'legend-undershoot',
                )}
              </li>`
            : nothing
        }
        ${
          this.mapNetwork === null
            ? html`<li>
                <span class="swatch far" aria-hidden="true"></span>${this.#t('legend-far', {
                  sweep: e?.sweepDb ?? 10,
                })}
              </li>`
            : nothing
        }
      </ul>
      <p class="muted" aria-live="off">
        ${this.#t('legend-nominal')}
        ${this.overlayPending && this.#coverage ? this.#t('map-updating') : nothing}
      </p>
    </div>`;
  }

  #renderProgress(): TemplateResult | typeof nothing {
    if (this.status !== 'loading') return nothing;
    const p = this.progress;
    const phase = p ? this.#t(`phase-${p.phase}`) : '';
    return html`<div part="progress">
      <label for="progress">${this.#t('loading')} ${phase}</label>
      <progress id="progress" max=${p?.total || 1} .value=${p ? p.done : 0}></progress>
    </div>`;
  }

  #renderEmpty(): TemplateResult | typeof nothing {
    if (this.status === 'empty') return html`<p>${this.#t('no-cells')}</p>`;
    if (this.status === 'ready' && areaShapes(this.area).length === 0)
      return html`<p>${this.#t('no-area')}</p>`;
    return nothing;
  }

  #renderFindings(): TemplateResult | typeof nothing {
    const findings = this.findings.filter((f) => f.severity !== 'info' || this.status === 'error');
    const skipped = this.reading.rows - this.reading.cells.length;
    if (findings.length === 0 && this.status !== 'error') return nothing;
    return html`<section part="findings" aria-labelledby="findings-title">
      <h3 id="findings-title">${this.#t('findings-title')}</h3>
      ${
        skipped > 0
          ? html`<p>${this.#t('findings-skipped', { count: skipped, rows: this.reading.rows })}</p>`
          : nothing
      }
      ${
        this.status === 'error' && this.reading.cells.length === 0
          ? html`<p>${this.#t('no-cells')}</p>`
          : nothing
      }
      <ul>
        ${findings
          .slice(0, 20)
          .map(
            (f) =>
              html`<li>
                <span class="severity">${this.#t(`severity-${f.severity}`)}:</span> ${f.message}
              </li>`,
          )}
      </ul>
    </section>`;
  }

  #renderFigures(e: OvershootEstimate): TemplateResult {
    const mode = normalizeMode(this.mode);
    const lang = this.#l10n.lang;
    const charts: { id: string; title: string; rows: FigureRow[] }[] = [];
    if (mode === 'geofence' && e.legacy) {
      charts.push({
        id: 'geofence',
        title: this.#t('chart-geofence'),
        rows: figureRows(e.combined, mode, lang),
      });
      charts.push({
        id: 'legacy',
        title: this.#t('chart-legacy'),
        rows: figureRows(e.legacy.combined, 'any-overlap', lang),
      });
    } else {
      charts.push({
        id: 'combined',
        title: this.#t('chart-title'),
        rows: figureRows(e.combined, mode, lang),
      });
    }
    const operators = e.operators;
    return html`
      <div class="charts">${charts.map((c) => this.#renderChart(c.id, c.title, c.rows))}</div>
      <p class="muted" part="population">
        ${this.#t(populationNoteKey(this.#summary?.populationPlacement))}
      </p>
      ${this.#renderOperators(
        operators.map((o) => ({ name: o.operator, figures: o.figures })),
        // In geofence mode these are the geofenced figures; the map shows older phones.
        mode === 'geofence' && e.legacy ? 'operators-title-geofence' : 'operators-title',
      )}
    `;
  }

  #renderChart(id: string, title: string, rows: FigureRow[]): TemplateResult {
    const lang = this.#l10n.lang;
    const locale = this.#l10n.locale;
    const rowH = 40;
    const width = 400;
    const height = rows.length * rowH;
    return html`<section part="chart" data-chart=${id} aria-labelledby="chart-${id}">
      <h3 id="chart-${id}">${title}</h3>
      <svg viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
        ${rows.map((row, i) => {
          const y = i * rowH;
          const g = barGeometry(row.band);
          const x = (v: number) => v * width;
          return svg`<g data-figure=${row.key}>
            <text x="0" y=${y + 12}>${this.#t('chart-row', {
              label: row.label,
              value: formatBand(row.band, lang, locale),
            })}</text>
            <rect class="track" x="0" y=${y + 18} width=${width} height="12"></rect>
            <rect class="bar" x="0" y=${y + 18} width=${x(g.nominal)} height="12"></rect>
            <line class="whisker" x1=${x(g.low)} x2=${x(g.high)} y1=${y + 24} y2=${y + 24}></line>
            <line class="whisker" x1=${x(g.low)} x2=${x(g.low)} y1=${y + 16} y2=${y + 32}></line>
            <line class="whisker" x1=${x(g.high)} x2=${x(g.high)} y1=${y + 16} y2=${y + 32}></line>
          </g>`;
        })}
      </svg>
      <p class="muted">${this.#t('chart-desc')}</p>
      <!-- Hidden in a box: a table ignores a 1px width and would widen the page. -->
      <div class="visually-hidden">
        ${this.#bandTable('table', title, false, this.#t('col-figure'), rows)}
      </div>
    </section>`;
  }

  #renderOperators(
    operators: { name: string; figures: OvershootFigures }[],
    title: 'operators-title' | 'operators-title-geofence',
  ): TemplateResult {
    const caption = this.#t(title);
    return html`${this.#bandTable(
        'operators',
        caption,
        true,
        this.#t('col-operator'),
        operators.map((o) => ({ label: o.name, band: o.figures.overshootAreaKm2 })),
      )}
      <p class="muted">${caption}</p>`;
  }

  /** A table of bands, a row each: its label, then nominal, low and high (the chart's key when given). */
  #bandTable(
    part: 'table' | 'operators',
    caption: string,
    hideCaption: boolean,
    firstColumn: string,
    rows: { key?: string; label: string; band: FigureRow['band'] }[],
  ): TemplateResult {
    const locale = this.#l10n.locale;
    return html`<table part=${part}>
      <caption class=${hideCaption ? 'visually-hidden' : nothing}>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${firstColumn}</th>
          <th scope="col">${this.#t('col-nominal')}</th>
          <th scope="col">${this.#t('col-low')}</th>
          <th scope="col">${this.#t('col-high')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr data-figure=${row.key ?? nothing}>
              <th scope="row">${row.label}</th>
              <td class="num">${formatNumber(row.band.nominal, locale)}</td>
              <td class="num">${formatNumber(row.band.low, locale)}</td>
              <td class="num">${formatNumber(row.band.high, locale)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderSuggestion(e: OvershootEstimate): TemplateResult {
    const s = e.suggestion;
    const locale = this.#l10n.locale;
    let body: TemplateResult;
    if (!s) {
      body = html`<p>${this.#t('suggest-pending')}</p>`;
    } else if (s.recommended === null) {
      body = html`<p>
        ${this.#t('suggest-none', { share: formatNumber(s.maxUndershootShare * 100, locale) })}
      </p>`;
    } else {
      const option = s.options[s.recommended];
      const lang = this.#l10n.lang;
      body = html`<p>
          ${
            option
              ? this.#t('suggest-text', {
                  inset: formatNumber(option.insetKm, locale),
                  overshoot: formatBand(option.overshootAreaKm2, lang, locale, 'km²'),
                  undershoot: formatBand(option.undershootAreaKm2, lang, locale, 'km²'),
                })
              : nothing
          }
        </p>
        ${
          option?.overshootPopulation && option.undershootPopulation
            ? html`<p>
                ${this.#t('suggest-population', {
                  overshoot: formatBand(option.overshootPopulation, lang, locale),
                  undershoot: formatBand(option.undershootPopulation, lang, locale),
                })}
              </p>`
            : nothing
        }
        <button part="apply" type="button" @click=${() => this.#applySuggestion()}>
          ${this.#t('suggest-apply')}
        </button>`;
    }
    return html`<section
      part="suggestion"
      tabindex="-1"
      aria-labelledby="suggest-title"
      aria-busy=${this.suggestPending && !s ? 'true' : 'false'}
    >
      <h3 id="suggest-title">${this.#t('suggest-title')}</h3>
      ${body}
      ${
        // The engine judges insets as any-overlap in geofence mode: say so.
        s && e.legacy ? html`<p class="muted">${this.#t('suggest-legacy')}</p>` : nothing
      }
    </section>`;
  }
}
