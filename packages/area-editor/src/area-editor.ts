import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { translate, type Finding, type Lang } from '@sirene/core';
import {
  CRS_DEFINITIONS,
  DEFAULT_GEO_PROFILE,
  GEO_MESSAGES,
  adminName,
  loadDefaultBoundaryLayer,
  parseGeoJSONWgs84,
  shapesToCapArea,
  toGeoJSON,
  type AdminArea,
  type AreaShape,
  type BoundaryLayer,
  type GeoFinding,
  type GeoJsonFeatureCollection,
  type SireneArea,
} from '@sirene/geo';
import {
  FormController,
  LocalizeController,
  SireneMapController,
  base,
  olStyles,
  tokens,
  type BaseLayerConfig,
  type MapFeature,
  type MapGeometry,
  type MapMarker,
  type MapPointerEvent,
  type MapTheme,
  type MapViewState,
} from '@sirene/ui';
import {
  AreaEditorController,
  TOOLS,
  circleOutline,
  describeArea,
  stepMetres,
  type AreaTarget,
  type Outcome,
  type TargetMeasures,
  type Tool,
} from './area-editor.controller.js';
import { styles } from './area-editor.styles.js';
import { SireneAreaChangeEvent, type AreaChangeDetail } from './events.js';
import type { Geometry } from './geometry.js';
import { messages, translations, type AreaEditorMessageKey } from './messages.js';

let geometryModule: Promise<Geometry> | undefined;

/** The geometry engine (jsts, proj4), loaded on demand once for every editor on the page. */
function loadGeometry(): Promise<Geometry> {
  geometryModule ??= import('./geometry.js').catch((error: unknown) => {
    geometryModule = undefined;
    throw error;
  });
  return geometryModule;
}

const EMPTY_AREA: SireneArea = { effect: [], source: [] };
const TOOL_ICONS: Record<Tool, string> = {
  select: '⬚',
  polygon: '⬠',
  rectangle: '▭',
  circle: '◯',
  freehand: '✎',
  buffer: '◎',
  municipality: '▦',
  edit: '◆',
  move: '✥',
};
/** Tools shown when the editor is read-only. */
const READONLY_TOOLS: readonly Tool[] = ['select'];
/** Keys that choose a tool while the map has focus. */
const TOOL_KEYS: Record<string, Tool> = {
  s: 'select',
  p: 'polygon',
  r: 'rectangle',
  c: 'circle',
  f: 'freehand',
  b: 'buffer',
  m: 'municipality',
  e: 'edit',
  v: 'move',
};
/** Pixels within which a pointer is "on" a vertex. */
const HIT_PX = 12;

function isSireneArea(value: unknown): value is SireneArea {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as SireneArea).effect) &&
    Array.isArray((value as SireneArea).source)
  );
}

/**
 * Reads GeoJSON (FeatureCollection, Feature or geometry): features with `role: 'source'`
 * go to the source area. Null when it names a national grid (a legacy `crs` member) and
 * the geometry engine, which brings proj4, has not loaded yet.
 */
function areaFromGeoJson(value: unknown, geo: Geometry | null): SireneArea | null {
  const parse = geo?.parseGeoJSON ?? parseGeoJSONWgs84;
  const area: SireneArea = { effect: [], source: [] };
  const features =
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: string }).type === 'FeatureCollection'
      ? ((value as { features?: unknown[] }).features ?? [])
      : [value];
  for (const feature of features) {
    const role = (feature as { properties?: { role?: string } } | null)?.properties?.role;
    const parsed = parse(feature);
    if (!geo && parsed.findings.some((f) => f.code === 'import.unsupported-crs')) return null;
    (role === 'source' ? area.source : area.effect).push(...parsed.shapes);
  }
  return area;
}

/**
 * Draws where a warning goes: the **effect area** (where people are warned — what is
 * broadcast) and the **source area** (where the incident is), as NL-Alert names them.
 * Tools: polygon, rectangle, circle (radius typed in metres too), freehand, buffer
 * around a point or a line, municipalities (by click or by name), edit points, move,
 * delete, undo/redo, snapping to municipal borders. Everything works from the keyboard:
 * arrow keys move a cursor in metres, Enter places points, and a live region announces
 * points and area. Findings (self-intersections, the profile's vertex limit, outside the
 * country…) are listed and pinned on the map at their place, each with its one-click
 * repair; invalid shapes are hatched and dashed, not only coloured.
 *
 * The default base map is the embedded municipal boundaries: no network needed. Hosts
 * can set an XYZ or WMTS base map (`baseLayer`), including PDOK's RD New grid
 * (EPSG:28992) and the Belgian equivalents — see `pdokRdNew()`, `ngiCartoWeb()` in
 * `@sirene/ui`.
 *
 * Form-associated: submits the area as GeoJSON under its `name`, and is invalid while a
 * finding is an error (or, with `required`, while no effect area is drawn).
 *
 * @tag sirene-area-editor
 * @summary Draw the effect and source areas of an alert on a map, by pointer or keyboard.
 *
 * @fires {SireneAreaChangeEvent} sirene-area-change - After each change the operator makes: `{ area, geojson, measures, findings, valid, capArea, target }`.
 * @fires {Event} input - Native `input`, with every `sirene-area-change`.
 * @fires {Event} change - Native `change`, with every `sirene-area-change`.
 *
 * @csspart target - The choice between effect and source area.
 * @csspart toolbar - The tool buttons, undo/redo, delete, finish and snap.
 * @csspart options - Options of the current tool: radius, buffer width, municipality search.
 * @csspart map - The map (focusable; the keyboard draws here).
 * @csspart status - Area, points against the profile's limit, validity, cursor position.
 * @csspart findings - The list of findings with their repair buttons.
 * @csspart help - The keyboard help.
 *
 * @cssprop --sirene-area-editor-height - Height of the map (default 480px).
 * @cssprop --sirene-area-editor-effect-color - Effect area (falls back to `--sirene-color-accent`).
 * @cssprop --sirene-area-editor-source-color - Source area (default a dark orange; drawn dotted).
 * @cssprop --sirene-area-editor-invalid-color - Invalid shapes' hatch and dashed outline (falls back to `--sirene-color-danger`).
 * @cssprop --sirene-area-editor-sketch-color - The shape being drawn (falls back to `--sirene-color-exercise`).
 * @cssprop --sirene-area-editor-focus-color - Keyboard cursor, chosen point, snap marker (falls back to `--sirene-color-focus`).
 * @cssprop --sirene-area-editor-land-color - Land on the embedded base map.
 * @cssprop --sirene-area-editor-water-color - Sea and the world outside the boundaries.
 * @cssprop --sirene-area-editor-border-color - Municipal borders.
 * @cssprop --sirene-area-editor-label-color - Municipality names.
 * @cssprop --sirene-area-editor-surface - Background (falls back to `--sirene-color-surface`).
 * @cssprop --sirene-area-editor-toolbar-background - Toolbar and status background (falls back to `--sirene-color-surface-raised`).
 * @cssprop --sirene-area-editor-active-tool-background - The pressed tool button (falls back to `--sirene-color-accent`).
 *
 * @attribute lang - Language of the texts and findings (`nl`, `en`, `fr`, `de`); inherited from ancestors and the document when absent.
 */
export class SireneAreaEditor extends LitElement {
  static override styles = [tokens, base, olStyles, styles];
  static formAssociated = true;

  // Reactive properties are declared here rather than with decorators: TypeScript's
  // down-levelled standard decorators cost about as many bytes as the rest of the class.
  static override properties = {
    profile: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    name: { reflect: true },
    snap: { type: Boolean, reflect: true },
    target: { reflect: true },
    tool: { reflect: true },
    areaDesc: { attribute: 'area-desc' },
    baseLayer: { attribute: false },
    boundaries: { attribute: false },
    view: { attribute: false },
    announcement: { state: true, attribute: false },
    search: { state: true, attribute: false },
    mapFocused: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
    revision: { state: true, attribute: false },
  };

  /** Geometry profile: vertex limit, area thresholds and region (`nl-alert`, `be-alert`, `eu-alert`, `ipaws`). */
  declare profile: string;

  /** Shows the area without letting anyone change it (findings stay visible; no repairs). */
  declare readonly: boolean;

  /** Invalid (for forms) while no effect area is drawn. */
  declare required: boolean;

  /** Form field name: the area is submitted as GeoJSON text. */
  declare name: string | undefined;

  /** Snap placed points to municipal borders (the operator can toggle it). */
  declare snap: boolean;

  /** Which area the operator draws: `effect` (default) or `source`. */
  declare target: AreaTarget;

  /** Tool selected when the element starts (`select`, `polygon`, `rectangle`, `circle`, …). */
  declare tool: Tool;

  /** CAP `areaDesc` of the effect area; default: the picked municipalities, else the municipality at its centre. */
  declare areaDesc: string | undefined;

  /**
   * The base map (property only). Default `{ type: 'boundaries' }`: the embedded
   * municipal boundaries as a vector layer, no network. Or an XYZ/WMTS configuration
   * (`pdokRdNew()`, `pdokWebMercator()`, `ngiCartoWeb()` from `@sirene/ui`). For
   * EPSG:28992, 31370 and 3812 the proj4 definition is filled in from `@sirene/geo`.
   */
  declare baseLayer: BaseLayerConfig;

  /**
   * Municipal boundaries for the base map, the municipality picker and snapping (property
   * only). Default: the embedded NL/BE boundaries of `@sirene/geo`, loaded on first render.
   */
  declare boundaries: BoundaryLayer | undefined;

  /** The first view (`{ center: [lon, lat], zoom }`); default: fit the area, else the Netherlands and Belgium. */
  declare view: MapViewState | undefined;

  declare private announcement: string;
  declare private search: string;
  declare private mapFocused: boolean;
  declare private loading: boolean;
  declare private formDisabled: boolean;
  /** Bumped to re-render after controller changes. */
  declare private revision: number;

  constructor() {
    super();
    this.profile = DEFAULT_GEO_PROFILE;
    this.readonly = false;
    this.required = false;
    this.snap = false;
    this.target = 'effect';
    this.tool = 'select';
    this.baseLayer = { type: 'boundaries' };
    this.announcement = '';
    this.search = '';
    this.mapFocused = false;
    this.loading = false;
    this.formDisabled = false;
    this.revision = 0;
  }

  private get mapElement(): HTMLDivElement {
    return this.renderRoot.querySelector('[part="map"]') as HTMLDivElement;
  }

  readonly #l10n = new LocalizeController(this, translations);

  /**
   * Also waits for the texts of a newly chosen language (French and German load on
   * demand), so after `await el.updateComplete` the element speaks its `lang`.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#l10n.ready;
    await this.#geometryLoad;
    return super.getUpdateComplete();
  }
  readonly #form = new FormController(this);
  readonly #editor = new AreaEditorController();
  #geometryLoad: Promise<void> | undefined;
  /** GeoJSON in a national grid set as `value` before the engine was here. */
  #pendingValue: object | undefined;
  /** A change the operator made before the engine was here: fired once findings exist. */
  #changePending = false;
  /** The engine could not be loaded: the area cannot be checked (said in the findings). */
  #geometryFailed = false;
  #map: SireneMapController | undefined;
  #markerElements = new Map<string, HTMLButtonElement>();
  #initialValue: SireneArea = EMPTY_AREA;
  #valueSet = false;
  #lastTheme = '';
  #boundariesShown: BoundaryLayer | undefined;
  #boundaryLang: Lang | undefined;

  /**
   * The area: `{ effect, source }`, each a list of shapes (GeoJSON Polygon/MultiPolygon
   * geometries, or `{ type: 'Circle', center: [lon, lat], radiusKm }`). Property only.
   * Setting also accepts GeoJSON (a FeatureCollection, Feature or geometry; features with
   * `properties.role === 'source'` go to the source area) or `null` (empty). Setting it
   * does not fire events; it clears undo history.
   */
  get value(): SireneArea {
    return this.#editor.area;
  }

  set value(value: SireneArea | GeoJsonFeatureCollection | object | null | undefined) {
    const old = this.#editor.area;
    this.#pendingValue = undefined;
    const area =
      value == null
        ? EMPTY_AREA
        : isSireneArea(value)
          ? value
          : areaFromGeoJson(value, this.#editor.geometry);
    if (!area) {
      // GeoJSON in a national grid: read it once proj4 (in the geometry engine) is here.
      this.#pendingValue = value as object;
      void this.#loadGeometry();
      return;
    }
    this.#editor.setArea(area);
    if (!this.#valueSet) {
      this.#initialValue = this.#editor.area;
      this.#valueSet = true;
    }
    this.requestUpdate('value', old);
    if (this.#map && !this.view) this.#fitArea();
  }

  /** The area as GeoJSON: one feature per shape, `properties.role` `effect` or `source`. Read-only. */
  get geojson(): GeoJsonFeatureCollection {
    return toGeoJSON(this.value);
  }

  /** Findings about the current area in the element's language (read-only). */
  get findings(): readonly GeoFinding[] {
    return this.#editor.findings(this.#l10n.lang);
  }

  /** Sizes of the effect and source areas (read-only). */
  get measures(): Readonly<Record<AreaTarget, TargetMeasures>> {
    return { effect: this.#editor.measures('effect'), source: this.#editor.measures('source') };
  }

  /** The map controller, once rendered (for hosts that export an image of the map). */
  get map(): SireneMapController | undefined {
    return this.#map;
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#form.form;
  }

  /** Validity from the findings (ElementInternals). */
  get validity(): ValidityState {
    return this.#form.validity;
  }

  /** The first error's message, or ''. */
  get validationMessage(): string {
    return this.#form.validationMessage;
  }

  checkValidity(): boolean {
    return this.#form.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#form.internals.reportValidity();
  }

  /** Resolves when the map has drawn everything (OpenLayers' `rendercomplete`). */
  async whenMapRendered(): Promise<void> {
    await this.updateComplete;
    await this.#boundariesReady;
    await this.#map?.whenRendered();
  }

  #boundariesReady: Promise<void> = Promise.resolve();

  // -------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadGeometry();
    this.addEventListener('keydown', this.#onHostKeydown);
    // Moved in the page (a host re-rendering, a framework reordering nodes): the map was
    // released on disconnect; make a new one on the same view and draw everything again.
    if (this.hasUpdated && !this.#map) {
      this.#createMap(this.#viewAtDisconnect);
      this.#boundariesShown = undefined;
      this.#lastTheme = '';
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onHostKeydown);
    this.#viewAtDisconnect = this.#map?.getView();
    this.#map?.dispose();
    this.#map = undefined;
  }

  /** The operator's view when the element left the page, kept for its return. */
  #viewAtDisconnect: MapViewState | undefined;

  /** Restores the value the element had when first set (form reset). */
  formResetCallback(): void {
    this.value = this.#initialValue;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#editor.setLang(this.#l10n.lang);
    if (changed.has('profile')) this.#editor.setProfile(this.profile);
    if (changed.has('readonly') || changed.has('formDisabled' as keyof SireneAreaEditor)) {
      this.#editor.setReadonly(this.#isReadonly);
    }
    if (changed.has('snap')) this.#editor.setSnap(this.snap);
    if (changed.has('target')) this.#editor.setTarget(this.target);
    if (changed.has('tool') && this.tool !== this.#editor.state.tool) {
      this.#editor.setTool((TOOLS as readonly string[]).includes(this.tool) ? this.tool : 'select');
    }
    if (changed.has('boundaries') && this.boundaries) this.#editor.setBoundaries(this.boundaries);
  }

  protected override firstUpdated(): void {
    this.#createMap(this.view);
    if (!this.boundaries) {
      this.loading = true;
      this.#boundariesReady = loadDefaultBoundaryLayer().then(
        (layer) => {
          this.loading = false;
          if (!this.boundaries) this.boundaries = layer;
        },
        () => {
          this.loading = false;
        },
      );
    }
  }

  /** Makes the map in the shadow root, on `view` or fitted to the area. */
  #createMap(view: MapViewState | undefined): void {
    const map = new SireneMapController({
      target: this.mapElement,
      theme: this.#readTheme(),
      labels: {
        zoomIn: this.#t('zoom-in'),
        zoomOut: this.#t('zoom-out'),
        attributions: this.#t('attributions'),
      },
      ...(view ? { view } : {}),
    });
    this.#map = map;
    map.onPointer((e) => this.#onPointer(e));
    map.onViewChange(() => {
      this.#editor.snapToleranceMetres = HIT_PX * (this.#map?.metresPerPixel() ?? 10);
    });
    map.setBaseLayer(this.#resolvedBaseLayer());
    if (!view) this.#fitArea();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#map) return;
    if (changed.has('baseLayer') && changed.get('baseLayer') !== undefined) {
      this.#map.setBaseLayer(this.#resolvedBaseLayer());
    }
    if (
      this.boundaries &&
      (this.boundaries !== this.#boundariesShown || this.#boundaryLang !== this.#l10n.lang)
    ) {
      this.#boundariesShown = this.boundaries;
      this.#boundaryLang = this.#l10n.lang;
      this.#editor.setBoundaries(this.boundaries);
      const lang = this.#l10n.lang;
      this.#map.setBoundaries(
        this.boundaries.areas
          .filter((a) => a.level === 'municipality')
          .map((a) => ({ code: a.code, name: adminName(a, lang), geometry: a.shape })),
        { attribution: this.boundaries.attribution },
      );
    }
    const theme = this.#readTheme();
    const key = JSON.stringify(theme);
    if (key !== this.#lastTheme) {
      this.#lastTheme = key;
      this.#map.setTheme(theme);
    }
    this.#syncMap();
    this.#syncForm();
  }

  // -------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    const s = this.#editor.state;
    const ro = this.#isReadonly;
    const tools = ro ? READONLY_TOOLS : TOOLS;
    return html`
      <div class="layout">
        ${
          ro
            ? html`<p class="note">${this.#t('readonly-note')}</p>`
            : html`<fieldset part="target">
                <legend>${this.#t('target-legend')}</legend>
                ${(['effect', 'source'] as const).map(
                  (t) =>
                    html`<label>
                      <input
                        type="radio"
                        name="target"
                        value=${t}
                        .checked=${s.target === t}
                        @change=${() => this.#setTarget(t)}
                      />
                      <span class="swatch ${t}" aria-hidden="true"></span>
                      ${this.#t(`target-${t}`)}
                    </label>`,
                )}
              </fieldset>`
        }
        <div part="toolbar" role="group" aria-label=${this.#t('toolbar-label')}>
          ${tools.map(
            (tool) =>
              html`<button
                type="button"
                data-tool=${tool}
                aria-pressed=${s.tool === tool ? 'true' : 'false'}
                @click=${() => this.#chooseTool(tool)}
              >
                <span class="icon" aria-hidden="true">${TOOL_ICONS[tool]}</span>${this.#t(
                  `tool-${tool}`,
                )}
              </button>`,
          )}
          <span class="sep" aria-hidden="true"></span>
          ${
            ro
              ? nothing
              : html`<button
                    type="button"
                    data-action="undo"
                    ?disabled=${!this.#editor.canUndo}
                    aria-keyshortcuts="Control+Z"
                    @click=${() => this.#apply(this.#editor.undo())}
                  >
                    <span class="icon" aria-hidden="true">↶</span>${this.#t('action-undo')}
                  </button>
                  <button
                    type="button"
                    data-action="redo"
                    ?disabled=${!this.#editor.canRedo}
                    aria-keyshortcuts="Control+Shift+Z"
                    @click=${() => this.#apply(this.#editor.redo())}
                  >
                    <span class="icon" aria-hidden="true">↷</span>${this.#t('action-redo')}
                  </button>
                  <button
                    type="button"
                    data-action="delete"
                    ?disabled=${s.selected === null}
                    aria-keyshortcuts="Delete"
                    @click=${() => this.#apply(this.#editor.deleteSelection())}
                  >
                    <span class="icon" aria-hidden="true">✕</span>${this.#t('action-delete')}
                  </button>
                  ${
                    s.sketch.length > 0
                      ? html`<button
                            type="button"
                            class="primary"
                            data-action="finish"
                            ?disabled=${!this.#editor.canFinish && s.tool !== 'buffer'}
                            aria-keyshortcuts="Shift+Enter"
                            @click=${() => this.#apply(this.#editor.finish())}
                          >
                            ${this.#t('action-finish')}
                          </button>
                          <button
                            type="button"
                            data-action="cancel"
                            aria-keyshortcuts="Escape"
                            @click=${() => this.#apply(this.#editor.cancel())}
                          >
                            ${this.#t('action-cancel')}
                          </button>`
                      : nothing
                  }
                  <button
                    type="button"
                    data-action="snap"
                    aria-pressed=${s.snap ? 'true' : 'false'}
                    @click=${() => (this.snap = !this.snap)}
                  >
                    <span class="icon" aria-hidden="true">⊕</span>${this.#t('action-snap')}
                  </button>`
          }
          <button type="button" data-action="zoom-area" @click=${() => this.#fitArea()}>
            <span class="icon" aria-hidden="true">⤢</span>${this.#t('action-zoom-area')}
          </button>
        </div>
        ${this.#renderOptions()}
        <div class="map-wrap">
          <div
            part="map"
            tabindex="0"
            role="application"
            aria-roledescription=${this.#t('map-role')}
            aria-label=${this.#t('map-label', { target: this.#t(`label-${s.target}`) })}
            aria-describedby="help"
            @keydown=${this.#onMapKeydown}
            @focus=${this.#onMapFocus}
            @blur=${() => (this.mapFocused = false)}
          ></div>
          ${
            this.loading
              ? html`<p class="loading" role="status">${this.#t('loading-map')}</p>`
              : nothing
          }
        </div>
        ${this.#renderStatus()} ${this.#renderFindings()}
        <details part="help">
          <summary>${this.#t('tool-' + s.tool)} — ${this.#t(`hint-${s.tool}`)}</summary>
          <p id="help">${this.#t('map-help')}</p>
        </details>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </div>
      </div>
    `;
  }

  #renderOptions(): TemplateResult {
    const s = this.#editor.state;
    if (this.#isReadonly) return html`<div part="options"></div>`;
    if (s.tool === 'circle') {
      return html`<div part="options">
        <div class="field">
          <label for="radius">${this.#t('radius-label')}</label>
          <input
            id="radius"
            type="number"
            min="1"
            step="50"
            inputmode="numeric"
            .value=${String(s.radiusMetres)}
            @change=${(e: Event) =>
              this.#editor.setRadiusMetres(Number((e.target as HTMLInputElement).value))}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                this.#editor.setRadiusMetres(Number((e.target as HTMLInputElement).value));
                this.#apply(this.#editor.circleWithRadius(this.#editor.state.radiusMetres));
              }
            }}
          />
        </div>
        <button
          type="button"
          data-action="circle-radius"
          @click=${() => {
            const input = this.renderRoot.querySelector<HTMLInputElement>('#radius');
            this.#apply(this.#editor.circleWithRadius(Number(input?.value)));
          }}
        >
          ${this.#t('radius-apply')}
        </button>
      </div>`;
    }
    if (s.tool === 'buffer') {
      return html`<div part="options">
        <div class="field">
          <label for="buffer">${this.#t('buffer-label')}</label>
          <input
            id="buffer"
            type="number"
            min="1"
            step="50"
            inputmode="numeric"
            .value=${String(s.bufferMetres)}
            @input=${(e: Event) => {
              this.#editor.setBufferMetres(Number((e.target as HTMLInputElement).value));
              this.#syncMap();
            }}
          />
        </div>
      </div>`;
    }
    if (s.tool === 'municipality') {
      const results = this.search.trim() ? this.#editor.searchMunicipalities(this.search) : [];
      const picked = s.picked[s.target];
      const lang = this.#l10n.lang;
      const layer = this.#editor.boundaries;
      const pickedAreas = picked
        .map((c) => layer?.byCode.get(c))
        .filter((a): a is AdminArea => a !== undefined);
      return html`<div part="options">
        <div class="field">
          <label for="search">${this.#t('search-label')}</label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            aria-describedby="search-status"
            .value=${this.search}
            @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              const first = results[0];
              if (e.key === 'Enter' && first) {
                e.preventDefault();
                this.#pickByName(first.code);
              }
            }}
          />
          <span id="search-status" class="visually-hidden" aria-live="polite"
            >${
              this.search.trim() && results.length === 0
                ? this.#t('search-none', { query: this.search })
                : ''
            }</span
          >
        </div>
        ${
          results.length
            ? html`<ul class="results" aria-label=${this.#t('search-results')}>
                ${results.map(
                  (a) =>
                    html`<li>
                      <button
                        type="button"
                        aria-pressed=${picked.includes(a.code) ? 'true' : 'false'}
                        @click=${() => this.#pickByName(a.code)}
                      >
                        ${adminName(a, lang)} (${a.country})
                      </button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          pickedAreas.length
            ? html`<ul class="picked" aria-label=${this.#t('picked-label')}>
                ${pickedAreas.map(
                  (a) =>
                    html`<li>
                      <button
                        type="button"
                        aria-label=${this.#t('picked-remove', { name: adminName(a, lang) })}
                        @click=${() => this.#toggleMunicipality(a.code)}
                      >
                        ${adminName(a, lang)} <span aria-hidden="true">✕</span>
                      </button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>`;
    }
    return html`<div part="options"></div>`;
  }

  #renderStatus(): TemplateResult {
    const s = this.#editor.state;
    const m = this.#editor.measures();
    const sketch = this.#editor.sketchMeasures();
    const max = this.#editor.profile.maxPolygonPoints;
    const findings = this.findings;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const points = sketch ? sketch.maxPolygonPoints : m.maxPolygonPoints;
    const n = (v: number) => this.#l10n.number(v, { maximumSignificantDigits: 3 });
    const km2 = (v: number) => (v >= 100 ? this.#l10n.number(Math.round(v)) : n(v));
    const empty = s.area[s.target].length === 0 && !sketch;
    return html`<dl part="status" aria-label=${this.#t('status-label')}>
      ${
        empty
          ? html`<div>
              <dt>${this.#t(`label-${s.target}`)}</dt>
              <dd>${this.#t('status-empty')}</dd>
            </div>`
          : html`<div>
                <dt>${sketch ? this.#t('status-drawing') : this.#t('status-area')}</dt>
                <dd data-measure="area">
                  ${
                    // Unchecked (engine loading): a crossing outline's plain area misleads.
                    sketch || this.#editor.checked || this.#geometryFailed
                      ? `${km2(sketch ? sketch.areaKm2 : m.areaKm2)} km²`
                      : this.#t('findings-checking')
                  }
                </dd>
              </div>
              <div>
                <dt>${this.#t('status-points')}</dt>
                <dd data-measure="points" class=${points > max ? 'over' : ''}>
                  ${this.#t('status-points-value', { count: points, max })}
                </dd>
              </div>
              <div>
                <dt>${this.#t('status-shapes')}</dt>
                <dd>${s.area[s.target].length}</dd>
              </div>`
      }
      ${
        s.area.effect.length + s.area.source.length === 0
          ? nothing
          : html`<div>
              <dd data-measure="validity" class=${errors || this.#geometryFailed ? 'invalid' : ''}>
                ${
                  !this.#editor.checked
                    ? `${this.#geometryFailed ? '✖ ' : ''}${this.#uncheckedText()}`
                    : errors
                      ? html`✖ ${this.#t('status-invalid', { count: errors })}`
                      : html`✔ ${this.#t('status-valid')}`
                }
              </dd>
            </div>`
      }
      ${
        this.mapFocused
          ? html`<div>
              <dd>
                ${this.#t('cursor-at', {
                  lat: s.cursor[1].toFixed(5),
                  lon: s.cursor[0].toFixed(5),
                })}
              </dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  #renderFindings(): TemplateResult {
    const findings = this.findings.filter((f) => f.code !== 'geo.winding-order');
    if (this.value.effect.length + this.value.source.length === 0) return html``;
    return html`<section part="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">${this.#t('findings-heading')}</h3>
      ${
        !this.#editor.checked
          ? html`<p class="note">${this.#uncheckedText()}</p>`
          : findings.length === 0
            ? html`<p class="note">${this.#t('findings-none')}</p>`
            : html`<ul>
                ${findings.map(
                  (f) =>
                    html`<li class=${f.severity} data-code=${f.code}>
                      <span class="severity"
                        ><span aria-hidden="true"
                          >${f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : 'ℹ'}</span
                        >
                        ${this.#t(`severity-${f.severity}`)}</span
                      >
                      <span class="message">${f.message}</span>
                      ${
                        f.repair && !this.#isReadonly
                          ? html`<button
                              type="button"
                              data-repair=${f.repair.kind}
                              @click=${() => this.#repair(f)}
                            >
                              ${this.#repairLabel(f)}
                            </button>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }

  // -------------------------------------------------------------------------------------
  // Map sync

  #syncMap(): void {
    const map = this.#map;
    if (!map) return;
    const s = this.#editor.state;
    const findings = this.findings;
    const features: MapFeature[] = [];
    for (const target of ['source', 'effect'] as const) {
      s.area[target].forEach((shape, i) => {
        const invalid = findings.some(
          (f) => f.severity === 'error' && f.path.startsWith(`${target}[${i}]`),
        );
        features.push({
          id: `${target}-${i}`,
          geometry: geometryOf(shape),
          role: target,
          active: target === s.target,
          invalid,
          selected: target === s.target && s.selected === i,
        });
      });
      // Each area is named on the map, so effect and source differ by text, not only colour.
      const first = s.area[target][0];
      const at = first ? (this.#editor.measures(target).shapes[0]?.labelPoint ?? null) : null;
      if (at) {
        features.push({
          id: `label-${target}`,
          geometry: { type: 'Point', coordinates: at },
          role: target,
          label: this.#t(`label-${target}`),
          invalid: features.some((f) => f.id === `${target}-0` && f.invalid),
        });
      }
    }
    const sketch = this.#editor.sketchShape();
    const sketchPoints = s.hover ? [...s.sketch, s.hover] : [...s.sketch];
    if (sketch) {
      const live = this.#editor.sketchFindings(this.#l10n.lang);
      features.push({
        id: 'sketch',
        geometry: geometryOf(sketch),
        role: 'sketch',
        invalid: live.length > 0,
      });
      // Live feedback: where the outline being drawn crosses itself.
      live.forEach((f, i) => {
        if (f.location) {
          features.push({
            id: `sketch-finding-${i}`,
            geometry: { type: 'Point', coordinates: f.location },
            role: 'finding',
            severity: f.severity,
          });
        }
      });
    }
    if ((s.tool === 'polygon' || s.tool === 'buffer') && sketchPoints.length >= 2) {
      features.push({
        id: 'guide',
        geometry: { type: 'LineString', coordinates: sketchPoints },
        role: 'guide',
      });
    }
    s.sketch.forEach((p, i) =>
      features.push({
        id: `sketch-${i}`,
        geometry: { type: 'Point', coordinates: p },
        role: 'vertex',
      }),
    );
    if (s.tool === 'edit') {
      for (const v of this.#editor.vertices()) {
        const selected =
          s.vertex !== null &&
          v.ref.polygon === s.vertex.polygon &&
          v.ref.ring === s.vertex.ring &&
          v.ref.index === s.vertex.index;
        features.push({
          id: `v-${v.ref.polygon}-${v.ref.ring}-${v.ref.index}`,
          geometry: { type: 'Point', coordinates: v.at },
          role: 'vertex',
          selected,
        });
      }
    }
    if (s.snapPoint) {
      features.push({
        id: 'snap',
        geometry: { type: 'Point', coordinates: s.snapPoint },
        role: 'snap',
      });
    }
    for (const [i, f] of findings.entries()) {
      if (!f.location) continue;
      features.push({
        id: `finding-${i}`,
        geometry: { type: 'Point', coordinates: f.location },
        role: 'finding',
        severity: f.severity,
      });
    }
    if (this.mapFocused) {
      features.push({
        id: 'cursor',
        geometry: { type: 'Point', coordinates: s.cursor },
        role: 'cursor',
      });
    }
    map.setFeatures(features);
    map.setCursor(
      s.tool === 'select' || s.tool === 'municipality'
        ? ''
        : s.tool === 'move'
          ? 'move'
          : 'crosshair',
    );
    map.setMarkers(this.#markers(findings));
  }

  #markers(findings: readonly GeoFinding[]): MapMarker[] {
    const out: MapMarker[] = [];
    const keep = new Set<string>();
    findings.forEach((f, i) => {
      if (!f.location || f.severity === 'info') return;
      const id = `${i}-${f.code}-${f.path}`;
      keep.add(id);
      let el = this.#markerElements.get(id);
      if (!el) {
        el = document.createElement('button');
        el.type = 'button';
        this.#markerElements.set(id, el);
      }
      el.className = `sirene-marker ${f.severity}`;
      const canRepair = f.repair && !this.#isReadonly;
      el.textContent = `${f.severity === 'error' ? '✖' : '⚠'} ${canRepair ? this.#repairLabel(f) : this.#t(`severity-${f.severity}`)}`;
      el.setAttribute(
        'aria-label',
        `${this.#t('finding-marker', { severity: this.#t(`severity-${f.severity}`), message: f.message })}${canRepair ? ` — ${this.#repairLabel(f)}` : ''}`,
      );
      el.dataset['code'] = f.code;
      el.onclick = canRepair ? () => this.#repair(f) : null;
      el.disabled = !canRepair;
      out.push({ id, lonLat: f.location, element: el });
    });
    for (const id of [...this.#markerElements.keys()])
      if (!keep.has(id)) this.#markerElements.delete(id);
    return out;
  }

  #syncForm(): void {
    const findings: Finding[] = [...this.findings];
    if (this.required && this.value.effect.length === 0) {
      findings.unshift({
        code: 'geo.effect-empty',
        severity: 'error',
        path: 'effect',
        message: translate(GEO_MESSAGES, 'geo.effect-empty', this.#l10n.lang),
        source: 'rules',
      });
    }
    const empty = this.value.effect.length + this.value.source.length === 0;
    if (!empty && !this.#editor.checked) {
      // Not checked yet is not valid: a form cannot be sent with an unchecked area.
      findings.unshift({
        code: 'area.not-checked',
        severity: 'error',
        path: '',
        message: this.#uncheckedText(),
        source: 'rules',
      });
    }
    this.#form.setValue(empty ? null : JSON.stringify(this.geojson));
    this.#form.setFindings(findings, this.mapElement);
  }

  #readTheme(): Partial<MapTheme> {
    const cs = getComputedStyle(this);
    const v = (name: string) => cs.getPropertyValue(name).trim();
    const theme: Partial<MapTheme> = {};
    const set = (key: keyof MapTheme, name: string) => {
      const value = v(name);
      if (value) theme[key] = value;
    };
    set('effect', '--_effect');
    set('source', '--_source');
    set('invalid', '--_invalid');
    set('sketch', '--_sketch');
    set('focus', '--_focus');
    set('land', '--_land');
    set('border', '--_border');
    set('water', '--_water');
    set('label', '--_label');
    set('labelHalo', '--_surface');
    set('handle', '--_surface');
    const text = v('--sirene-color-text');
    if (text) theme.handleOutline = text;
    return theme;
  }

  #resolvedBaseLayer(): BaseLayerConfig {
    const config = this.baseLayer;
    if (
      (config.type === 'wmts' || config.type === 'xyz') &&
      config.projection &&
      !config.projection.proj4
    ) {
      const def = (CRS_DEFINITIONS as Record<string, string>)[config.projection.code];
      if (def)
        return { ...config, projection: { ...config.projection, proj4: def } } as BaseLayerConfig;
    }
    return config;
  }

  #fitArea(): void {
    const map = this.#map;
    if (!map) return;
    const e = this.#editor.measures('effect').bbox;
    const s = this.#editor.measures('source').bbox;
    const boxes = [e, s].filter((b) => b !== null);
    if (boxes.length === 0) {
      map.fit([2.5, 49.4, 7.3, 53.6], { padding: 10 });
      return;
    }
    map.fit(
      [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ],
      { padding: 48, maxZoom: 15 },
    );
  }

  // -------------------------------------------------------------------------------------
  // Input

  get #isReadonly(): boolean {
    return this.readonly || this.formDisabled;
  }

  #onPointer(e: MapPointerEvent): boolean {
    const tolerance = HIT_PX * e.metresPerPixel;
    switch (e.type) {
      case 'down': {
        const captured = this.#editor.pointerDown(e.lonLat, tolerance);
        if (captured) this.#refresh();
        return captured;
      }
      case 'drag':
        this.#editor.pointerDrag(e.lonLat, 3 * e.metresPerPixel);
        this.#syncMap();
        this.#refresh();
        return true;
      case 'up':
        this.#apply(this.#editor.pointerUp(e.lonLat, 4 * e.metresPerPixel));
        return false;
      case 'move':
        if (this.#editor.state.sketch.length > 0 || this.snap) {
          this.#editor.pointerMove(e.lonLat);
          this.#syncMap();
          this.#refresh();
        }
        return false;
      case 'click': {
        const tool = this.#editor.state.tool;
        this.#editor.setCursor(e.lonLat);
        this.#apply(this.#editor.click(e.lonLat, tolerance));
        return tool !== 'select';
      }
      case 'dblclick': {
        const outcome = this.#editor.doubleClick(tolerance / 2);
        if (!outcome) return false;
        this.#apply(outcome);
        return true;
      }
    }
  }

  readonly #onHostKeydown = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLInputElement && target.type !== 'radio') return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault();
      this.#apply(e.shiftKey ? this.#editor.redo() : this.#editor.undo());
    } else if (mod && (e.key === 'y' || e.key === 'Y')) {
      e.preventDefault();
      this.#apply(this.#editor.redo());
    }
  };

  readonly #onMapFocus = (): void => {
    this.mapFocused = true;
    const map = this.#map;
    if (!map) return;
    const pixel = map.toPixel(this.#editor.state.cursor);
    const rect = this.mapElement.getBoundingClientRect();
    if (!pixel || pixel[0] < 0 || pixel[1] < 0 || pixel[0] > rect.width || pixel[1] > rect.height) {
      this.#editor.setCursor(map.getView().center);
    }
  };

  readonly #onMapKeydown = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey) return;
    const s = this.#editor.state;
    const map = this.#map;
    const tolerance = HIT_PX * (map?.metresPerPixel() ?? 10);
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
    };
    const dir = arrows[e.key];
    let outcome: Outcome | null = null;
    if (dir) {
      const m = stepMetres(e);
      const step = { east: dir[0] * m, north: dir[1] * m };
      const nudging =
        !this.#isReadonly &&
        ((s.tool === 'edit' && s.vertex !== null) || (s.tool === 'move' && s.selected !== null));
      outcome = nudging ? this.#editor.nudge(step) : this.#editor.moveCursor(step);
      map?.ensureVisible(this.#editor.state.cursor, 48);
    } else if (e.key === 'Enter' || e.key === ' ') {
      outcome = e.shiftKey ? this.#editor.finish() : this.#editor.activate(tolerance);
    } else if (e.key === 'Escape') {
      outcome = this.#editor.cancel();
    } else if (e.key === 'Backspace') {
      outcome = this.#editor.removeLastPoint();
    } else if (e.key === 'Delete') {
      outcome = this.#editor.deleteSelection();
    } else if (e.key === 'Insert') {
      outcome = this.#editor.insertVertex();
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      const d = e.key === 'PageDown' ? 1 : -1;
      outcome = s.tool === 'edit' ? this.#editor.cycleVertex(d) : this.#editor.cycleShape(d);
    } else if (e.key === '+' || e.key === '=') {
      map?.zoomBy(1);
      outcome = { changed: false };
    } else if (e.key === '-' || e.key === '_') {
      map?.zoomBy(-1);
      outcome = { changed: false };
    } else if (!e.altKey && TOOL_KEYS[e.key.toLowerCase()] && !e.shiftKey) {
      this.#chooseTool(TOOL_KEYS[e.key.toLowerCase()] as Tool);
      e.preventDefault();
      return;
    }
    if (!outcome) return;
    e.preventDefault();
    this.#apply(outcome);
  };

  #chooseTool(tool: Tool): void {
    const outcome = this.#editor.setTool(tool);
    this.tool = this.#editor.state.tool;
    this.#apply(outcome);
  }

  #setTarget(target: AreaTarget): void {
    this.target = target;
    this.#apply(this.#editor.setTarget(target));
  }

  #toggleMunicipality(code: string): void {
    this.#apply(this.#editor.toggleMunicipality(code, this.#l10n.lang));
  }

  /**
   * A municipality picked from the search results: the operator may not see where it
   * lies, so the map zooms to the area once it is added (not when it is taken out).
   */
  #pickByName(code: string): void {
    this.#toggleMunicipality(code);
    if (this.#editor.state.picked[this.#editor.state.target].includes(code)) this.#fitArea();
  }

  #repair(finding: GeoFinding): void {
    this.#apply(this.#editor.repair(finding, this.#l10n.lang));
  }

  /** Re-renders, announces, and fires the change events when the area changed. */
  #apply(outcome: Outcome): void {
    this.#refresh();
    if (outcome.announce) {
      // While drawing, say at once when the outline starts crossing itself.
      const live =
        outcome.announce.key === 'ann-point' ? this.#editor.sketchFindings(this.#l10n.lang) : [];
      this.#announce(outcome.announce.key, outcome.announce.params, live[0]?.message);
    }
    if (outcome.changed) {
      if (
        outcome.announce?.key === 'ann-shape-done' ||
        outcome.announce?.key === 'ann-circle-done'
      ) {
        const errors = this.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0) {
          this.#announce(outcome.announce.key, {
            ...outcome.announce.params,
            problems: this.#t('ann-problems', {
              count: errors.length,
              first: errors[0]?.message ?? '',
            }),
          });
        }
      }
      this.#fireChange();
    }
  }

  #refresh(): void {
    this.revision++;
  }

  #announce(
    key: AreaEditorMessageKey,
    params: Record<string, string | number> = {},
    suffix?: string,
  ): void {
    const resolved: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) {
      resolved[k] = typeof v === 'string' && v in messages ? this.#t(v as AreaEditorMessageKey) : v;
    }
    const text = suffix ? `${this.#t(key, resolved)} ${suffix}` : this.#t(key, resolved);
    // Re-announce identical text: screen readers skip unchanged live regions.
    this.announcement =
      text === this.announcement.replace(/\u200b$/, '') && !this.announcement.endsWith('\u200b')
        ? `${text}\u200b`
        : text;
  }

  /** What stands for the findings while the area is not checked: loading, or failed to load. */
  #uncheckedText(): string {
    return this.#t(this.#geometryFailed ? 'geometry-failed' : 'findings-checking');
  }

  /**
   * Loads the geometry engine (once per page; again after a failure) and hands it to the
   * controller: findings, exact measures and the tools that need it then work.
   */
  #loadGeometry(): Promise<void> {
    this.#geometryLoad ??= loadGeometry().then(
      (geometry) => {
        this.#geometryFailed = false;
        this.#editor.setGeometry(geometry);
        const pending = this.#pendingValue;
        if (pending !== undefined) this.value = pending;
        this.#refresh();
        if (this.#changePending) {
          this.#changePending = false;
          this.#fireChange();
        }
      },
      (error: unknown) => {
        // Offline or a missing chunk: said in the status and findings; tried again on reconnect.
        console.warn("Sirene: the area editor's geometry checks did not load", error);
        this.#geometryLoad = undefined;
        this.#geometryFailed = true;
        this.#refresh();
      },
    );
    return this.#geometryLoad;
  }

  #fireChange(): void {
    // The event carries findings and validity: wait for the engine rather than say "valid".
    if (!this.#editor.checked) {
      this.#changePending = true;
      return;
    }
    const lang = this.#l10n.lang;
    const findings = this.findings;
    const desc = this.areaDesc ?? describeArea(this.#editor, lang, this.#t('area-desc-default'));
    const detail: AreaChangeDetail = {
      area: this.value,
      geojson: this.geojson,
      measures: this.measures,
      findings,
      valid: !findings.some((f) => f.severity === 'error'),
      capArea: shapesToCapArea(this.value.effect, desc),
      target: this.#editor.state.target,
    };
    // Created apart from dispatchEvent: the manifest analyzer documents it from @fires.
    const event = new SireneAreaChangeEvent(detail);
    this.dispatchEvent(event);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #repairLabel(f: GeoFinding): string {
    const r = f.repair;
    if (!r) return '';
    if (r.kind === 'simplify') return this.#t('repair-simplify', { max: r.maxPoints });
    return this.#t(`repair-${r.kind}`);
  }

  #t(key: AreaEditorMessageKey | string, params?: Record<string, string | number>): string {
    return key in messages ? this.#l10n.t(messages, key as AreaEditorMessageKey, params) : key;
  }
}

/** The geometry a shape is drawn as (a circle as the polygon through its edge). */
function geometryOf(shape: AreaShape): MapGeometry {
  if (shape.type === 'Circle') return circleOutline(shape);
  return shape as MapGeometry;
}
