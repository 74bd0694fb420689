/**
 * The DOM-free logic of `<sirene-area-editor>`: the tool state machine, keyboard vertex
 * placement and nudging in metres, snapping to municipal borders, undo/redo, repairs and
 * the municipality picker. The element feeds it pointer and keyboard input in
 * `[lon, lat]` and metres and draws what {@link AreaEditorController.state} says.
 * Geometry comes from @sirene/geo; nothing here touches the DOM or OpenLayers.
 */
import type { Lang, MessageParams } from '@sirene/core';
import {
  adminAreasAt,
  adminName,
  circleToPolygon,
  destination,
  distanceKm,
  geoProfile,
  inRegions,
  measure,
  searchAdminAreas,
  type AdminArea,
  type AreaMeasures,
  type AreaShape,
  type BBox,
  type BoundaryLayer,
  type GeoFinding,
  type GeoProfile,
  type LonLat,
  type PolygonShape,
  type Region,
  type Ring,
  type SireneArea,
} from '@sirene/geo';
import type { Geometry } from './geometry.js';
import type { AreaEditorMessageKey } from './messages.js';

/** The drawing tools. */
export const TOOLS = [
  'select',
  'polygon',
  'rectangle',
  'circle',
  'freehand',
  'buffer',
  'municipality',
  'edit',
  'move',
] as const;
/** One of {@link TOOLS}. */
export type Tool = (typeof TOOLS)[number];

/** Which of the alert's two areas is being drawn. */
export type AreaTarget = 'effect' | 'source';

/** A message for the live region: a key of the element's catalog and its parameters. */
export interface Announcement {
  key: AreaEditorMessageKey;
  params?: MessageParams;
}

/** What an input did. */
export interface Outcome {
  /** The area (`value`) changed: the element fires its change events. */
  changed: boolean;
  /** What to tell screen-reader users, if anything. */
  announce?: Announcement;
}

/** A vertex of a polygonal shape: polygon `polygon`, ring `ring`, position `index`. */
export interface VertexRef {
  polygon: number;
  ring: number;
  index: number;
}

/** Everything the element draws. */
export interface EditorState {
  area: SireneArea;
  target: AreaTarget;
  tool: Tool;
  /** Points placed for the shape being drawn. */
  sketch: readonly LonLat[];
  /** The floating end of the sketch (pointer or keyboard cursor), if any. */
  hover: LonLat | null;
  /** The keyboard cursor. */
  cursor: LonLat;
  /** The selected shape of the target, by index. */
  selected: number | null;
  /** The selected vertex of the selected shape (edit tool). */
  vertex: VertexRef | null;
  /** Codes of the municipalities picked for each target. */
  picked: Readonly<Record<AreaTarget, readonly string[]>>;
  /** Circle radius typed by the operator, metres. */
  radiusMetres: number;
  /** Buffer width, metres. */
  bufferMetres: number;
  snap: boolean;
  /** Where the last placed or hovered point snapped to. */
  snapPoint: LonLat | null;
  readonly: boolean;
}

/** Sizes of one area. */
export interface TargetMeasures {
  /** Sum of the shapes' areas (km²). */
  areaKm2: number;
  /** Distinct vertices over all shapes. */
  vertexCount: number;
  /** The largest polygon's point count (closing point counted) — what profiles limit. */
  maxPolygonPoints: number;
  shapes: AreaMeasures[];
  /** Bounding box of all shapes, or null when empty. */
  bbox: BBox | null;
}

/** Options of {@link AreaEditorController}. */
export interface AreaEditorControllerOptions {
  profile?: string;
  /** Where the keyboard cursor starts. */
  cursor?: LonLat;
  /** Undo steps kept (default 100). */
  historyLimit?: number;
  /**
   * The geometry engine (`geometry` from `./geometry.js`). Without it the controller draws,
   * edits and measures, but cannot validate, repair, simplify, buffer or union
   * municipalities until {@link AreaEditorController.setGeometry} is called.
   */
  geometry?: Geometry;
}

const EMPTY: SireneArea = { effect: [], source: [] };
const HISTORY_LIMIT = 100;

/** A move of the keyboard cursor or a nudge, in metres east and north. */
export interface Step {
  east: number;
  north: number;
}

/** Keyboard steps: 100 m, with Shift 1 km, with Alt 10 m. */
export function stepMetres(modifiers: { shiftKey?: boolean; altKey?: boolean }): number {
  return modifiers.shiftKey ? 1000 : modifiers.altKey ? 10 : 100;
}

/** `point` moved `east` and `north` metres (on the sphere). */
export function offsetMetres(point: LonLat, east: number, north: number): LonLat {
  let p = point;
  if (north !== 0) p = destination(p, Math.abs(north) / 1000, north > 0 ? 0 : 180);
  if (east !== 0) p = destination(p, Math.abs(east) / 1000, east > 0 ? 90 : 270);
  return [round7(p[0]), round7(p[1])];
}

/** Seven decimals: about 1 cm, enough for alert areas and stable in tests. */
function round7(n: number): number {
  return Math.round(n * 1e7) / 1e7;
}

function closeRing(points: readonly LonLat[]): Ring {
  const ring = points.map((p): LonLat => [p[0], p[1]]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    ring.push([first[0], first[1]]);
  return ring;
}

function counterClockwise(ring: Ring): Ring {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[i + 1] as LonLat;
    sum += (b[0] - a[0]) * (b[1] + a[1]);
  }
  return sum > 0 ? [...ring].reverse() : ring;
}

/** The polygons of a polygonal shape (a Polygon is one). */
function polygonsOf(shape: AreaShape): Ring[][] {
  if (shape.type === 'Polygon') return [shape.coordinates];
  if (shape.type === 'MultiPolygon') return shape.coordinates;
  return [];
}

function withPolygons(shape: AreaShape, polygons: Ring[][]): AreaShape {
  if (shape.type === 'Polygon') return { type: 'Polygon', coordinates: polygons[0] ?? [] };
  if (shape.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: polygons };
  return shape;
}

/** Distinct positions of a ring (without the closing one). */
function openRing(ring: Ring): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : ring.slice();
}

/** Local planar metres around `origin` (equirectangular; fine within a few km). */
function toLocal(origin: LonLat, p: LonLat): [number, number] {
  const k = (Math.PI / 180) * 6371008.8;
  return [(p[0] - origin[0]) * k * Math.cos((origin[1] * Math.PI) / 180), (p[1] - origin[1]) * k];
}

function fromLocal(origin: LonLat, xy: [number, number]): LonLat {
  const k = (Math.PI / 180) * 6371008.8;
  return [origin[0] + xy[0] / (k * Math.cos((origin[1] * Math.PI) / 180)), origin[1] + xy[1] / k];
}

/** Whether `point` lies in a shape (rings by the even-odd rule, via @sirene/geo's region test). */
export function shapeContains(shape: AreaShape, point: LonLat): boolean {
  if (shape.type === 'Circle') return distanceKm(shape.center, point) <= shape.radiusKm;
  return polygonsOf(shape).some((rings) => {
    const region = (rs: Ring[]): Region => {
      const pts = rs.flat();
      return {
        id: '',
        name: { en: '', nl: '' },
        bbox: [
          Math.min(...pts.map((p) => p[0])),
          Math.min(...pts.map((p) => p[1])),
          Math.max(...pts.map((p) => p[0])),
          Math.max(...pts.map((p) => p[1])),
        ],
        outline: rs,
      };
    };
    const [shell, ...holes] = rings;
    if (!shell || shell.length < 4) return false;
    if (!inRegions(point, [region([shell])])) return false;
    return !holes.some((h) => h.length >= 4 && inRegions(point, [region([h])]));
  });
}

/** The polygon a circle is drawn as on the map (its vertices on the circle). */
export function circleOutline(shape: Extract<AreaShape, { type: 'Circle' }>): PolygonShape {
  return circleToPolygon(shape, { segments: 96, contain: false });
}

/**
 * The editor's state machine. Methods return an {@link Outcome}; read
 * {@link AreaEditorController.state} afterwards to draw.
 */
/** One step of undo history. Picks are replaced, never mutated, so entries can share them. */
interface HistoryEntry {
  area: SireneArea;
  picked: Record<AreaTarget, string[]>;
  pickedIndex: Record<AreaTarget, number | null>;
}

export class AreaEditorController {
  #area: SireneArea = EMPTY;
  #target: AreaTarget = 'effect';
  #tool: Tool = 'select';
  #sketch: LonLat[] = [];
  #hover: LonLat | null = null;
  #cursor: LonLat;
  #selected: number | null = null;
  #vertex: VertexRef | null = null;
  #picked: Record<AreaTarget, string[]> = { effect: [], source: [] };
  /** Index of the shape that holds the union of the picked municipalities, per target. */
  #pickedIndex: Record<AreaTarget, number | null> = { effect: null, source: null };
  #radiusMetres = 1000;
  #bufferMetres = 500;
  #snap = false;
  #snapPoint: LonLat | null = null;
  #readonly = false;
  #lang: Lang = 'en';
  #profile: GeoProfile;
  #past: HistoryEntry[] = [];
  #future: HistoryEntry[] = [];
  #historyLimit: number;
  #boundaries: BoundaryLayer | null = null;
  /** A drag in progress: what is dragged and the area before it. */
  #drag: {
    kind: 'vertex' | 'shape' | 'anchor' | 'freehand';
    from: LonLat;
    before: SireneArea;
  } | null = null;
  #findingsCache: {
    area: SireneArea;
    lang: Lang;
    profile: GeoProfile;
    findings: GeoFinding[];
  } | null = null;

  #geo: Geometry | null;

  constructor(options: AreaEditorControllerOptions = {}) {
    this.#geo = options.geometry ?? null;
    this.#profile = geoProfile(options.profile);
    this.#cursor = options.cursor ?? [5.1214, 52.0907];
    this.#historyLimit = options.historyLimit ?? HISTORY_LIMIT;
  }

  /**
   * Hands over the geometry engine once it has loaded. Findings and measures are computed
   * afresh with it; nothing the operator did is lost.
   */
  setGeometry(geometry: Geometry): void {
    this.#geo = geometry;
    this.#findingsCache = null;
    this.#measuresCache = new WeakMap();
  }

  /**
   * Whether the geometry engine is there. Until it is, `findings` is empty but means
   * "not checked yet", not "no problems": see {@link AreaEditorController.checked}.
   */
  get geometryReady(): boolean {
    return this.#geo !== null;
  }

  /** The geometry engine, once handed over; null until then. */
  get geometry(): Geometry | null {
    return this.#geo;
  }

  /** Whether `findings` reflect a check of the current area (the engine is loaded). */
  get checked(): boolean {
    return this.#geo !== null || (this.#area.effect.length === 0 && this.#area.source.length === 0);
  }

  // -------------------------------------------------------------------------------------
  // State

  get state(): EditorState {
    return {
      area: this.#area,
      target: this.#target,
      tool: this.#tool,
      sketch: this.#sketch,
      hover: this.#hover,
      cursor: this.#cursor,
      selected: this.#selected,
      vertex: this.#vertex,
      picked: this.#picked,
      radiusMetres: this.#radiusMetres,
      bufferMetres: this.#bufferMetres,
      snap: this.#snap,
      snapPoint: this.#snapPoint,
      readonly: this.#readonly,
    };
  }

  get area(): SireneArea {
    return this.#area;
  }

  /** Replaces the area from outside (the `value` property): clears history and selection. */
  setArea(area: SireneArea): void {
    this.#area = { effect: [...area.effect], source: [...area.source] };
    this.#past = [];
    this.#future = [];
    this.#sketch = [];
    this.#selected = null;
    this.#vertex = null;
    this.#picked = { effect: [], source: [] };
    this.#pickedIndex = { effect: null, source: null };
  }

  get profile(): GeoProfile {
    return this.#profile;
  }

  setProfile(id: string | undefined): void {
    this.#profile = geoProfile(id);
  }

  /** Language of names (municipalities) and of findings' messages. */
  setLang(lang: Lang): void {
    this.#lang = lang;
  }

  setReadonly(readonly: boolean): void {
    this.#readonly = readonly;
    if (readonly) {
      this.#sketch = [];
      this.#drag = null;
      this.#tool = 'select';
    }
  }

  /** The municipalities used by the picker and for snapping. */
  setBoundaries(layer: BoundaryLayer | null): void {
    this.#boundaries = layer;
  }

  get boundaries(): BoundaryLayer | null {
    return this.#boundaries;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Whether the sketch has enough points to finish. */
  get canFinish(): boolean {
    const n = this.#sketch.length;
    switch (this.#tool) {
      case 'polygon':
      case 'freehand':
        return n >= 3;
      case 'buffer':
        return n >= 1;
      case 'rectangle':
      case 'circle':
        return n >= 1 && this.#hover !== null;
      default:
        return false;
    }
  }

  /** Shapes of the target being drawn. */
  get shapes(): AreaShape[] {
    return this.#area[this.#target];
  }

  /** Findings about the whole area (effect and source), in `lang`. Cached per area. */
  findings(lang: Lang): GeoFinding[] {
    const c = this.#findingsCache;
    if (c && c.area === this.#area && c.lang === lang && c.profile === this.#profile) {
      return c.findings;
    }
    const empty = this.#area.effect.length === 0 && this.#area.source.length === 0;
    const geo = this.#geo;
    if (!geo) return [];
    const findings = empty ? [] : geo.validateArea(this.#area, { profile: this.#profile, lang });
    this.#findingsCache = { area: this.#area, lang, profile: this.#profile, findings };
    return findings;
  }

  /** Findings about the shape being drawn (live feedback), in `lang`. */
  sketchFindings(lang: Lang): GeoFinding[] {
    const shape = this.sketchShape();
    if (!shape || shape.type === 'Circle') return [];
    const ring = shape.type === 'Polygon' ? shape.coordinates[0] : undefined;
    if (!ring || ring.length < 5 || !this.#geo) return [];
    return this.#geo
      .validateShape(shape, { profile: this.#profile, lang })
      .filter((f) => f.severity === 'error' && f.code === 'geo.self-intersection');
  }

  /** Sizes of a target's area (default: the one being drawn). */
  measures(target: AreaTarget = this.#target): TargetMeasures {
    const cached = this.#measuresCache.get(this.#area[target]);
    if (cached) return cached;
    const shapes = this.#area[target].map((s) => measureValid(s, this.#geo));
    let bbox: BBox | null = null;
    for (const m of shapes) {
      if (!m.bbox) continue;
      bbox = bbox
        ? [
            Math.min(bbox[0], m.bbox[0]),
            Math.min(bbox[1], m.bbox[1]),
            Math.max(bbox[2], m.bbox[2]),
            Math.max(bbox[3], m.bbox[3]),
          ]
        : [...m.bbox];
    }
    const result: TargetMeasures = {
      areaKm2: shapes.reduce((s, m) => s + m.areaKm2, 0),
      vertexCount: shapes.reduce((s, m) => s + m.vertexCount, 0),
      maxPolygonPoints: Math.max(0, ...shapes.map((m) => m.maxPolygonPoints)),
      shapes,
      bbox,
    };
    this.#measuresCache.set(this.#area[target], result);
    return result;
  }

  #measuresCache = new WeakMap<readonly AreaShape[], TargetMeasures>();

  /** The shape the sketch would become if finished now (for live measures), or null. */
  sketchShape(): AreaShape | null {
    const pts = this.#hover ? [...this.#sketch, this.#hover] : [...this.#sketch];
    switch (this.#tool) {
      case 'polygon':
      case 'freehand':
        return pts.length >= 3 ? { type: 'Polygon', coordinates: [closeRing(pts)] } : null;
      case 'rectangle': {
        const [a, b] = pts;
        return a && b ? this.#rectangle(a, b) : null;
      }
      case 'circle': {
        const [c, r] = pts;
        if (!c) return null;
        const radiusKm = r ? distanceKm(c, r) : 0;
        return radiusKm > 0 ? { type: 'Circle', center: c, radiusKm } : null;
      }
      case 'buffer':
        return this.#sketch.length > 0 ? this.#buffer(this.#sketch) : null;
      default:
        return null;
    }
  }

  /** Sizes of the sketch, or null. */
  sketchMeasures(): AreaMeasures | null {
    const shape = this.sketchShape();
    return shape ? measure(shape) : null;
  }

  /** The vertices of the selected shape's polygons (exterior and holes), for handles. */
  vertices(): { ref: VertexRef; at: LonLat }[] {
    const shape = this.#selected !== null ? this.shapes[this.#selected] : undefined;
    if (!shape) return [];
    if (shape.type === 'Circle') {
      return [
        { ref: { polygon: 0, ring: 0, index: 0 }, at: shape.center },
        {
          ref: { polygon: 0, ring: 0, index: 1 },
          at: offsetMetres(shape.center, shape.radiusKm * 1000, 0),
        },
      ];
    }
    const out: { ref: VertexRef; at: LonLat }[] = [];
    polygonsOf(shape).forEach((rings, p) =>
      rings.forEach((ring, r) =>
        openRing(ring).forEach((at, i) => out.push({ ref: { polygon: p, ring: r, index: i }, at })),
      ),
    );
    return out;
  }

  // -------------------------------------------------------------------------------------
  // Settings

  setTool(tool: Tool): Outcome {
    if (this.#readonly && tool !== 'select')
      return { changed: false, announce: { key: 'ann-readonly' } };
    this.#tool = tool;
    this.#sketch = [];
    this.#hover = null;
    this.#drag = null;
    this.#vertex = null;
    if ((tool === 'edit' || tool === 'move') && this.#selected === null && this.shapes.length > 0) {
      this.#selected = this.shapes.length - 1;
    }
    if (tool === 'edit') this.#vertex = this.vertices()[0]?.ref ?? null;
    return {
      changed: false,
      announce: { key: 'ann-tool', params: { tool: `tool-${tool}`, hint: `hint-${tool}` } },
    };
  }

  setTarget(target: AreaTarget): Outcome {
    if (target === this.#target) return { changed: false };
    this.#target = target;
    this.#sketch = [];
    this.#hover = null;
    this.#selected = null;
    this.#vertex = null;
    return {
      changed: false,
      announce: { key: 'ann-target', params: { target: `label-${target}` } },
    };
  }

  setSnap(snap: boolean): void {
    this.#snap = snap;
    this.#snapPoint = null;
  }

  setRadiusMetres(metres: number): void {
    if (Number.isFinite(metres) && metres > 0) this.#radiusMetres = metres;
  }

  setBufferMetres(metres: number): void {
    if (Number.isFinite(metres) && metres > 0) this.#bufferMetres = metres;
  }

  // -------------------------------------------------------------------------------------
  // Keyboard

  /** Moves the keyboard cursor; the sketch's floating end follows it. */
  moveCursor(step: Step): Outcome {
    this.#cursor = offsetMetres(this.#cursor, step.east, step.north);
    if (this.#sketch.length > 0) this.#hover = this.#snapped(this.#cursor);
    return { changed: false };
  }

  setCursor(at: LonLat): void {
    this.#cursor = [at[0], at[1]];
  }

  /** Enter: place a point at the cursor (or pick, select… depending on the tool). */
  activate(toleranceMetres = 50): Outcome {
    return this.#place(this.#cursor, toleranceMetres, 'keyboard');
  }

  /** Arrow keys in the edit and move tools: nudge the selected vertex or shape. */
  nudge(step: Step): Outcome {
    if (this.#readonly) return { changed: false, announce: { key: 'ann-readonly' } };
    if (this.#selected === null) return { changed: false, announce: { key: 'ann-select-first' } };
    if (this.#tool === 'edit' && this.#vertex) {
      const v = this.vertices().find((x) => sameRef(x.ref, this.#vertex));
      if (!v) return { changed: false };
      const to = offsetMetres(v.at, step.east, step.north);
      this.#commit(this.#withVertex(this.#selected, this.#vertex, to));
      this.#cursor = to;
      return {
        changed: true,
        announce: {
          key: 'ann-vertex-moved',
          params: { n: this.#vertex.index + 1, area: this.#km2() },
        },
      };
    }
    if (this.#tool === 'move') {
      this.#commit(this.#translated(this.#selected, step.east, step.north));
      return { changed: true, announce: { key: 'ann-moved' } };
    }
    return { changed: false };
  }

  /** Page Up/Down in the edit tool: choose the previous or next vertex. */
  cycleVertex(delta: 1 | -1): Outcome {
    const all = this.vertices();
    if (all.length === 0) return { changed: false, announce: { key: 'ann-select-first' } };
    const at = this.#vertex ? all.findIndex((v) => sameRef(v.ref, this.#vertex)) : -1;
    const next = all[(at + delta + all.length) % all.length];
    if (!next) return { changed: false };
    this.#vertex = next.ref;
    this.#cursor = next.at;
    return {
      changed: false,
      announce: { key: 'ann-vertex', params: { n: all.indexOf(next) + 1, total: all.length } },
    };
  }

  /** Tab-free shape selection (select tool: Page Up/Down). */
  cycleShape(delta: 1 | -1): Outcome {
    const n = this.shapes.length;
    if (n === 0) return { changed: false, announce: { key: 'ann-no-shape' } };
    this.#selected = ((this.#selected ?? (delta > 0 ? -1 : 0)) + delta + n) % n;
    this.#vertex = null;
    const m = this.measures().shapes[this.#selected] as AreaMeasures;
    if (m.labelPoint) this.#cursor = m.labelPoint;
    return {
      changed: false,
      announce: {
        key: 'ann-selected',
        params: { n: this.#selected + 1, total: n, area: fmtKm2(m.areaKm2) },
      },
    };
  }

  /** Insert in the edit tool: add a vertex halfway to the next one. */
  insertVertex(): Outcome {
    if (this.#readonly) return { changed: false, announce: { key: 'ann-readonly' } };
    const shape = this.#selected !== null ? this.shapes[this.#selected] : undefined;
    const ref = this.#vertex;
    if (!shape || !ref || shape.type === 'Circle')
      return { changed: false, announce: { key: 'ann-select-first' } };
    const polygons = polygonsOf(shape).map((rings) => rings.map((r) => r.slice()));
    const ring = openRing(polygons[ref.polygon]?.[ref.ring] ?? []);
    const a = ring[ref.index];
    const b = ring[(ref.index + 1) % ring.length];
    if (!a || !b) return { changed: false };
    const mid: LonLat = [round7((a[0] + b[0]) / 2), round7((a[1] + b[1]) / 2)];
    ring.splice(ref.index + 1, 0, mid);
    const rings = polygons[ref.polygon];
    if (rings) rings[ref.ring] = closeRing(ring);
    this.#commit(this.#replace(this.#selected as number, withPolygons(shape, polygons)));
    this.#vertex = { ...ref, index: ref.index + 1 };
    this.#cursor = mid;
    return { changed: true, announce: { key: 'ann-vertex-added', params: { count: ring.length } } };
  }

  // -------------------------------------------------------------------------------------
  // Pointer

  /**
   * A button went down at `at`. Returns whether the editor captures the drag (the map
   * then does not pan). `toleranceMetres`: how near a vertex counts as on it.
   */
  pointerDown(at: LonLat, toleranceMetres: number): boolean {
    if (this.#readonly) return false;
    switch (this.#tool) {
      case 'rectangle':
      case 'circle': {
        const p = this.#snapped(at);
        if (this.#sketch.length === 0) this.#sketch = [p];
        this.#hover = p;
        this.#drag = { kind: 'anchor', from: p, before: this.#area };
        return true;
      }
      case 'freehand':
        this.#sketch = [at];
        this.#hover = null;
        this.#drag = { kind: 'freehand', from: at, before: this.#area };
        return true;
      case 'edit': {
        const near = this.#vertexNear(at, toleranceMetres);
        if (!near) return false;
        this.#vertex = near.ref;
        this.#drag = { kind: 'vertex', from: at, before: this.#area };
        return true;
      }
      case 'move': {
        const index = this.#shapeAt(at);
        if (index === null) return false;
        this.#selected = index;
        this.#drag = { kind: 'shape', from: at, before: this.#area };
        return true;
      }
      default:
        return false;
    }
  }

  /** The pointer moved with the button down (only after a captured `pointerDown`). */
  pointerDrag(at: LonLat, minStepMetres = 10): Outcome {
    const drag = this.#drag;
    if (!drag) return { changed: false };
    switch (drag.kind) {
      case 'anchor':
        this.#hover = this.#snapped(at);
        return { changed: false };
      case 'freehand': {
        const last = this.#sketch[this.#sketch.length - 1];
        if (!last || distanceKm(last, at) * 1000 >= minStepMetres) {
          this.#sketch = [...this.#sketch, [round7(at[0]), round7(at[1])]];
        }
        return { changed: false };
      }
      case 'vertex': {
        if (this.#selected === null || !this.#vertex) return { changed: false };
        const to = this.#snapped(at);
        this.#area = this.#withVertex(this.#selected, this.#vertex, to);
        return { changed: false };
      }
      case 'shape': {
        if (this.#selected === null) return { changed: false };
        const [east, north] = toLocal(drag.from, at);
        this.#area = this.#translated(this.#selected, east, north, drag.before);
        return { changed: false };
      }
    }
  }

  /** The button went up. `minDragMetres`: below this a press is a click, not a drag. */
  pointerUp(at: LonLat, minDragMetres = 5): Outcome {
    const drag = this.#drag;
    this.#drag = null;
    if (!drag) return { changed: false };
    switch (drag.kind) {
      case 'anchor': {
        const anchor = this.#sketch[0];
        const end = this.#snapped(at);
        if (anchor && distanceKm(anchor, end) * 1000 >= minDragMetres) {
          this.#hover = end;
          return this.finish();
        }
        return { changed: false };
      }
      case 'freehand':
        return this.finish();
      case 'vertex':
      case 'shape': {
        const after = this.#area;
        if (after === drag.before) return { changed: false };
        this.#area = drag.before;
        this.#commit(after);
        return {
          changed: true,
          announce:
            drag.kind === 'shape'
              ? { key: 'ann-moved' }
              : {
                  key: 'ann-vertex-moved',
                  params: { n: (this.#vertex?.index ?? 0) + 1, area: this.#km2() },
                },
        };
      }
    }
  }

  /** The pointer moved without a button (rubber band). */
  pointerMove(at: LonLat): void {
    if (this.#sketch.length > 0 && !this.#drag) this.#hover = this.#snapped(at);
    else if (this.#snap && this.#tool !== 'select') this.#snapped(at);
  }

  /** A click (press and release without moving). */
  click(at: LonLat, toleranceMetres: number): Outcome {
    if (this.#tool === 'rectangle' || this.#tool === 'circle' || this.#tool === 'freehand') {
      return { changed: false };
    }
    return this.#place(at, toleranceMetres, 'pointer');
  }

  /**
   * A double click: finish the polygon or line — only when both clicks hit the same spot
   * (within `toleranceMetres`); two quick clicks on different spots just place two points.
   * Returns null when it was not used.
   */
  doubleClick(toleranceMetres = Infinity): Outcome | null {
    if (this.#tool !== 'polygon' && this.#tool !== 'buffer') return null;
    if (this.#sketch.length === 0) return null;
    // The two clicks of the double click placed the last point twice.
    const n = this.#sketch.length;
    const a = this.#sketch[n - 1];
    const b = this.#sketch[n - 2];
    if (a && b) {
      if (distanceKm(a, b) * 1000 > toleranceMetres) return null;
      this.#sketch = this.#sketch.slice(0, -1);
    }
    this.#hover = null;
    return this.finish();
  }

  // -------------------------------------------------------------------------------------
  // Commands

  /** Shift+Enter, double click, the Finish button: turn the sketch into a shape. */
  finish(): Outcome {
    if (this.#readonly) return { changed: false, announce: { key: 'ann-readonly' } };
    let shape: AreaShape | null = null;
    const pts = this.#sketch;
    switch (this.#tool) {
      case 'polygon':
        if (pts.length < 3) return { changed: false, announce: { key: 'ann-need-more' } };
        shape = { type: 'Polygon', coordinates: [counterClockwise(closeRing(pts))] };
        break;
      case 'freehand': {
        if (pts.length < 3) {
          this.#sketch = [];
          return { changed: false, announce: { key: 'ann-need-more' } };
        }
        shape = { type: 'Polygon', coordinates: [counterClockwise(closeRing(pts))] };
        // Without the engine the shape is kept as drawn; the findings then offer to simplify it.
        if (pts.length + 1 > this.#profile.maxPolygonPoints && this.#geo) {
          shape = this.#geo.simplifyToLimit(shape, this.#profile.maxPolygonPoints).shape;
        }
        break;
      }
      case 'rectangle':
      case 'circle': {
        const [a] = pts;
        const b = pts[1] ?? this.#hover;
        if (!a || !b) return { changed: false, announce: { key: 'ann-need-more' } };
        shape =
          this.#tool === 'rectangle'
            ? this.#rectangle(a, b)
            : { type: 'Circle', center: a, radiusKm: round7(distanceKm(a, b)) };
        break;
      }
      case 'buffer':
        if (pts.length < 1) return { changed: false, announce: { key: 'ann-need-more' } };
        shape = this.#buffer(pts);
        if (!shape) return { changed: false, announce: { key: 'ann-loading' } };
        break;
      default:
        return { changed: false };
    }
    this.#sketch = [];
    this.#hover = null;
    if (!shape) return { changed: false };
    return this.#addShape(shape);
  }

  /** Draws a circle of the typed radius around the placed centre (or the cursor). */
  circleWithRadius(metres: number): Outcome {
    if (this.#readonly) return { changed: false, announce: { key: 'ann-readonly' } };
    if (!(metres > 0)) return { changed: false };
    this.#radiusMetres = metres;
    const center = this.#sketch[0] ?? this.#cursor;
    this.#sketch = [];
    this.#hover = null;
    return this.#addShape({ type: 'Circle', center, radiusKm: metres / 1000 });
  }

  /** Escape: drop the sketch (or the selection). */
  cancel(): Outcome {
    if (this.#sketch.length > 0 || this.#drag) {
      if (this.#drag && this.#drag.kind !== 'anchor' && this.#drag.kind !== 'freehand') {
        this.#area = this.#drag.before;
      }
      this.#sketch = [];
      this.#hover = null;
      this.#drag = null;
      return { changed: false, announce: { key: 'ann-cancelled' } };
    }
    this.#selected = null;
    this.#vertex = null;
    return { changed: false };
  }

  /** Backspace: remove the sketch's last point. */
  removeLastPoint(): Outcome {
    if (this.#sketch.length === 0) return { changed: false };
    this.#sketch = this.#sketch.slice(0, -1);
    return {
      changed: false,
      announce: { key: 'ann-point-removed', params: { count: this.#sketch.length } },
    };
  }

  /** Delete: the selected vertex (edit tool) or the selected shape. */
  deleteSelection(): Outcome {
    if (this.#readonly) return { changed: false, announce: { key: 'ann-readonly' } };
    if (this.#selected === null) return { changed: false, announce: { key: 'ann-select-first' } };
    const shape = this.shapes[this.#selected];
    if (!shape) return { changed: false };
    if (this.#tool === 'edit' && this.#vertex && shape.type !== 'Circle') {
      const polygons = polygonsOf(shape).map((rings) => rings.map((r) => r.slice()));
      const ring = openRing(polygons[this.#vertex.polygon]?.[this.#vertex.ring] ?? []);
      if (ring.length <= 3) return { changed: false, announce: { key: 'ann-need-more' } };
      ring.splice(this.#vertex.index, 1);
      const rings = polygons[this.#vertex.polygon];
      if (rings) rings[this.#vertex.ring] = closeRing(ring);
      this.#commit(this.#replace(this.#selected, withPolygons(shape, polygons)));
      this.#vertex = { ...this.#vertex, index: Math.min(this.#vertex.index, ring.length - 1) };
      return {
        changed: true,
        announce: { key: 'ann-vertex-removed', params: { count: ring.length, area: this.#km2() } },
      };
    }
    const index = this.#selected;
    const shapes = this.shapes.filter((_, i) => i !== index);
    this.#commit({ ...this.#area, [this.#target]: shapes });
    this.#fixPickedIndex(index);
    this.#selected = null;
    this.#vertex = null;
    return { changed: true, announce: { key: 'ann-deleted', params: { count: shapes.length } } };
  }

  undo(): Outcome {
    const previous = this.#past.pop();
    if (!previous) return { changed: false, announce: { key: 'ann-nothing' } };
    this.#future.push(this.#snapshot());
    this.#restore(previous);
    this.#afterHistory();
    return { changed: true, announce: { key: 'ann-undo', params: { area: this.#km2() } } };
  }

  redo(): Outcome {
    const next = this.#future.pop();
    if (!next) return { changed: false, announce: { key: 'ann-nothing' } };
    this.#past.push(this.#snapshot());
    this.#restore(next);
    this.#afterHistory();
    return { changed: true, announce: { key: 'ann-redo', params: { area: this.#km2() } } };
  }

  /**
   * Applies a finding's repair to the shape it is about (found from its path,
   * `effect[0]…`/`source[1]…`). Returns an announcement either way.
   */
  repair(finding: GeoFinding, lang: Lang): Outcome {
    if (this.#readonly) return { changed: false, announce: { key: 'ann-readonly' } };
    const m = /^(effect|source)\[(\d+)\]/.exec(finding.path);
    if (!m || !finding.repair) return { changed: false, announce: { key: 'ann-nothing' } };
    const target = m[1] as AreaTarget;
    const index = Number(m[2]);
    const shape = this.#area[target][index];
    if (!shape) return { changed: false, announce: { key: 'ann-nothing' } };
    if (!this.#geo) return { changed: false, announce: { key: 'ann-loading' } };
    const result = this.#geo.applyRepair(shape, finding.repair, lang);
    const failure = result.findings.find((f) => f.severity === 'error');
    if (failure) {
      return {
        changed: false,
        announce: { key: 'ann-repair-failed', params: { message: failure.message } },
      };
    }
    const shapes = [...this.#area[target]];
    shapes[index] = result.shape;
    this.#commit({ ...this.#area, [target]: shapes });
    this.#vertex = null;
    const left = this.findings(lang).filter((f) => f.severity !== 'info').length;
    return { changed: true, announce: { key: 'ann-repaired', params: { count: left } } };
  }

  // -------------------------------------------------------------------------------------
  // Municipalities

  /** Municipalities whose name or code matches (for the search box). */
  searchMunicipalities(query: string, limit = 8): AdminArea[] {
    if (!this.#boundaries) return [];
    return searchAdminAreas(this.#boundaries, query, { level: 'municipality', limit });
  }

  /** The municipality at a place, if any. */
  municipalityAt(at: LonLat): AdminArea | null {
    if (!this.#boundaries) return null;
    return adminAreasAt(this.#boundaries, at, { level: 'municipality' })[0] ?? null;
  }

  /** Adds a municipality to the target's picked area, or removes it when already there. */
  toggleMunicipality(code: string, lang: Lang): Outcome {
    if (this.#readonly) return { changed: false, announce: { key: 'ann-readonly' } };
    const layer = this.#boundaries;
    const area = layer?.byCode.get(code);
    if (!layer || !area) return { changed: false, announce: { key: 'ann-no-municipality' } };
    const geo = this.#geo;
    if (!geo) return { changed: false, announce: { key: 'ann-loading' } };
    const picked = this.#picked[this.#target];
    const removing = picked.includes(code);
    const next = removing ? picked.filter((c) => c !== code) : [...picked, code];
    const shapes = [...this.shapes];
    const index = this.#pickedIndex[this.#target];
    let shape: AreaShape | null = null;
    if (next.length > 0) {
      const union = geo.unionAdminAreas(layer, next, { lang });
      if (!union.shape) {
        const message = union.findings[0]?.message ?? '';
        return { changed: false, announce: { key: 'ann-repair-failed', params: { message } } };
      }
      shape = union.shape;
    }
    if (index !== null && index < shapes.length) {
      if (shape) shapes[index] = shape;
      else shapes.splice(index, 1);
    } else if (shape) {
      shapes.push(shape);
    }
    this.#commit({ ...this.#area, [this.#target]: shapes });
    this.#picked = { ...this.#picked, [this.#target]: next };
    this.#pickedIndex = {
      ...this.#pickedIndex,
      [this.#target]: shape
        ? index !== null && index < shapes.length
          ? index
          : shapes.length - 1
        : null,
    };
    const name = adminName(area, lang);
    return removing
      ? {
          changed: true,
          announce: { key: 'ann-municipality-removed', params: { name, count: next.length } },
        }
      : {
          changed: true,
          announce: {
            key: 'ann-municipality-added',
            params: { name, count: next.length, area: this.#km2() },
          },
        };
  }

  /** Names of the picked municipalities of a target (for the CAP `areaDesc`). */
  pickedNames(target: AreaTarget, lang: Lang): string[] {
    const layer = this.#boundaries;
    if (!layer) return [];
    return this.#picked[target]
      .map((c) => layer.byCode.get(c))
      .filter((a): a is AdminArea => a !== undefined)
      .map((a) => adminName(a, lang));
  }

  // -------------------------------------------------------------------------------------
  // Snapping

  /**
   * The nearest point on a municipal border within `toleranceMetres` of `at`: a border
   * vertex when one is that near, else the nearest point on a border edge. Null when
   * nothing is near (or no boundaries are loaded).
   */
  snapTarget(at: LonLat, toleranceMetres: number): LonLat | null {
    const layer = this.#boundaries;
    if (!layer) return null;
    const tolDeg = toleranceMetres / 111_000 / Math.max(0.2, Math.cos((at[1] * Math.PI) / 180));
    let bestVertex: { d: number; p: LonLat } | null = null;
    let bestEdge: { d: number; p: LonLat } | null = null;
    for (const area of layer.areas) {
      if (area.level !== 'municipality') continue;
      const b = area.bbox;
      if (
        at[0] < b[0] - tolDeg ||
        at[0] > b[2] + tolDeg ||
        at[1] < b[1] - tolDeg ||
        at[1] > b[3] + tolDeg
      ) {
        continue;
      }
      for (const rings of polygonsOf(area.shape)) {
        for (const ring of rings) {
          for (let i = 0; i + 1 < ring.length; i++) {
            const a = ring[i] as LonLat;
            const c = ring[i + 1] as LonLat;
            const pa = toLocal(at, a);
            const da = Math.hypot(pa[0], pa[1]);
            if (da <= toleranceMetres && (!bestVertex || da < bestVertex.d))
              bestVertex = { d: da, p: a };
            const pc = toLocal(at, c);
            const vx = pc[0] - pa[0];
            const vy = pc[1] - pa[1];
            const len2 = vx * vx + vy * vy;
            const t = len2 > 0 ? Math.max(0, Math.min(1, -(pa[0] * vx + pa[1] * vy) / len2)) : 0;
            const q: [number, number] = [pa[0] + t * vx, pa[1] + t * vy];
            const dq = Math.hypot(q[0], q[1]);
            if (dq <= toleranceMetres && (!bestEdge || dq < bestEdge.d)) {
              bestEdge = { d: dq, p: fromLocal(at, q) };
            }
          }
        }
      }
    }
    const p = bestVertex?.p ?? bestEdge?.p;
    return p ? [round7(p[0]), round7(p[1])] : null;
  }

  /** The snap tolerance: 12 pixels in metres (set by the element on every zoom). */
  snapToleranceMetres = 150;

  // -------------------------------------------------------------------------------------
  // Internals

  #snapped(at: LonLat): LonLat {
    if (!this.#snap) {
      this.#snapPoint = null;
      return [round7(at[0]), round7(at[1])];
    }
    const snapped = this.snapTarget(at, this.snapToleranceMetres);
    this.#snapPoint = snapped;
    return snapped ?? [round7(at[0]), round7(at[1])];
  }

  #place(at: LonLat, toleranceMetres: number, via: 'keyboard' | 'pointer'): Outcome {
    if (this.#readonly && this.#tool !== 'select')
      return { changed: false, announce: { key: 'ann-readonly' } };
    switch (this.#tool) {
      case 'polygon':
      case 'buffer': {
        const p = this.#snapped(at);
        this.#sketch = [...this.#sketch, p];
        this.#hover = via === 'keyboard' ? null : this.#hover;
        const m = this.sketchMeasures();
        return {
          changed: false,
          announce: {
            key: 'ann-point',
            params: { n: this.#sketch.length, area: fmtKm2(m?.areaKm2 ?? 0) },
          },
        };
      }
      case 'rectangle':
      case 'circle': {
        const p = this.#snapped(at);
        if (this.#sketch.length === 0) {
          this.#sketch = [p];
          this.#hover = null;
          return { changed: false, announce: { key: 'ann-point', params: { n: 1, area: '0' } } };
        }
        this.#hover = p;
        return this.finish();
      }
      case 'municipality': {
        const area = this.municipalityAt(at);
        if (!area) return { changed: false, announce: { key: 'ann-no-municipality' } };
        return this.toggleMunicipality(area.code, this.#lang);
      }
      case 'select':
      case 'move': {
        const index = this.#shapeAt(at);
        if (index === null) {
          this.#selected = null;
          return { changed: false, announce: { key: 'ann-no-shape' } };
        }
        this.#selected = index;
        const m = this.measures().shapes[index] as AreaMeasures;
        return {
          changed: false,
          announce: {
            key: 'ann-selected',
            params: { n: index + 1, total: this.shapes.length, area: fmtKm2(m.areaKm2) },
          },
        };
      }
      case 'edit': {
        const near = this.#vertexNear(at, toleranceMetres);
        if (near) {
          this.#vertex = near.ref;
          const all = this.vertices();
          return {
            changed: false,
            announce: {
              key: 'ann-vertex',
              params: { n: all.findIndex((v) => sameRef(v.ref, near.ref)) + 1, total: all.length },
            },
          };
        }
        const index = this.#shapeAt(at);
        if (index !== null) {
          this.#selected = index;
          this.#vertex = this.vertices()[0]?.ref ?? null;
        }
        return { changed: false };
      }
      default:
        return { changed: false };
    }
  }

  #addShape(shape: AreaShape): Outcome {
    const shapes = [...this.shapes, shape];
    this.#commit({ ...this.#area, [this.#target]: shapes });
    this.#selected = shapes.length - 1;
    const m = measureValid(shape, this.#geo);
    if (shape.type === 'Circle') {
      return {
        changed: true,
        announce: {
          key: 'ann-circle-done',
          params: {
            radius: Math.round(shape.radiusKm * 1000),
            area: fmtKm2(m.areaKm2),
            problems: '',
          },
        },
      };
    }
    return {
      changed: true,
      announce: {
        key: 'ann-shape-done',
        params: { area: fmtKm2(m.areaKm2), count: m.vertexCount, problems: '' },
      },
    };
  }

  /** What undo and redo bring back: the area and which municipalities made it up. */
  #snapshot(): HistoryEntry {
    return { area: this.#area, picked: this.#picked, pickedIndex: this.#pickedIndex };
  }

  #restore(entry: HistoryEntry): void {
    this.#area = entry.area;
    this.#picked = entry.picked;
    this.#pickedIndex = entry.pickedIndex;
  }

  #commit(next: SireneArea): void {
    if (next === this.#area) return;
    this.#past.push(this.#snapshot());
    if (this.#past.length > this.#historyLimit) this.#past.shift();
    this.#future = [];
    this.#area = next;
  }

  #afterHistory(): void {
    this.#sketch = [];
    this.#hover = null;
    this.#drag = null;
    const n = this.shapes.length;
    if (this.#selected !== null && this.#selected >= n) this.#selected = n > 0 ? n - 1 : null;
    this.#vertex = null;
  }

  #fixPickedIndex(removed: number): void {
    const index = this.#pickedIndex[this.#target];
    if (index === null) return;
    if (index === removed) {
      this.#pickedIndex = { ...this.#pickedIndex, [this.#target]: null };
      this.#picked = { ...this.#picked, [this.#target]: [] };
    } else if (index > removed) {
      this.#pickedIndex = { ...this.#pickedIndex, [this.#target]: index - 1 };
    }
  }

  #replace(index: number, shape: AreaShape, base: SireneArea = this.#area): SireneArea {
    const shapes = [...base[this.#target]];
    shapes[index] = shape;
    if (this.#pickedIndex[this.#target] === index) {
      // An edited municipality union is no longer the municipalities.
      this.#pickedIndex = { ...this.#pickedIndex, [this.#target]: null };
      this.#picked = { ...this.#picked, [this.#target]: [] };
    }
    return { ...base, [this.#target]: shapes };
  }

  #withVertex(index: number, ref: VertexRef, to: LonLat): SireneArea {
    const shape = this.shapes[index];
    if (!shape) return this.#area;
    if (shape.type === 'Circle') {
      if (ref.index === 0) return this.#replace(index, { ...shape, center: to });
      return this.#replace(index, { ...shape, radiusKm: round7(distanceKm(shape.center, to)) });
    }
    const polygons = polygonsOf(shape).map((rings) => rings.map((r) => r.slice()));
    const ring = openRing(polygons[ref.polygon]?.[ref.ring] ?? []);
    if (ref.index >= ring.length) return this.#area;
    ring[ref.index] = to;
    const rings = polygons[ref.polygon];
    if (rings) rings[ref.ring] = closeRing(ring);
    return this.#replace(index, withPolygons(shape, polygons));
  }

  #translated(
    index: number,
    east: number,
    north: number,
    base: SireneArea = this.#area,
  ): SireneArea {
    const shape = base[this.#target][index];
    if (!shape) return base;
    if (shape.type === 'Circle') {
      return this.#replace(
        index,
        { ...shape, center: offsetMetres(shape.center, east, north) },
        base,
      );
    }
    const polygons = polygonsOf(shape).map((rings) =>
      rings.map((ring) => ring.map((p) => offsetMetres(p, east, north))),
    );
    return this.#replace(index, withPolygons(shape, polygons), base);
  }

  #shapeAt(at: LonLat): number | null {
    const shapes = this.shapes;
    for (let i = shapes.length - 1; i >= 0; i--) {
      const s = shapes[i];
      if (s && shapeContains(s, at)) return i;
    }
    return null;
  }

  #vertexNear(at: LonLat, toleranceMetres: number): { ref: VertexRef; at: LonLat } | null {
    let best: { ref: VertexRef; at: LonLat; d: number } | null = null;
    for (const v of this.vertices()) {
      const d = distanceKm(v.at, at) * 1000;
      if (d <= toleranceMetres && (!best || d < best.d)) best = { ...v, d };
    }
    return best ? { ref: best.ref, at: best.at } : null;
  }

  #rectangle(a: LonLat, b: LonLat): PolygonShape {
    const w = Math.min(a[0], b[0]);
    const e = Math.max(a[0], b[0]);
    const s = Math.min(a[1], b[1]);
    const n = Math.max(a[1], b[1]);
    return {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    };
  }

  /**
   * The zone within the buffer width of a point (a circle) or of a line: each segment's
   * band and a disc at every point, merged by @sirene/geo's make-valid (which unions
   * overlapping parts). Null for a line while the geometry engine is still loading.
   */
  #buffer(points: readonly LonLat[]): AreaShape | null {
    const km = this.#bufferMetres / 1000;
    const first = points[0] as LonLat;
    if (points.length === 1) return { type: 'Circle', center: first, radiusKm: km };
    const geo = this.#geo;
    if (!geo) return null;
    const parts: Ring[][] = [];
    for (const p of points) {
      parts.push(
        circleToPolygon({ type: 'Circle', center: p, radiusKm: km }, { segments: 24 }).coordinates,
      );
    }
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] as LonLat;
      const b = points[i + 1] as LonLat;
      const [bx, by] = toLocal(a, b);
      const len = Math.hypot(bx, by);
      if (len === 0) continue;
      // Perpendicular offsets, a hair wider than the discs' inner radius.
      const nx = (-by / len) * this.#bufferMetres;
      const ny = (bx / len) * this.#bufferMetres;
      const ring: Ring = [
        fromLocal(a, [nx, ny]),
        fromLocal(a, [-nx, -ny]),
        fromLocal(a, [bx - nx, by - ny]),
        fromLocal(a, [bx + nx, by + ny]),
      ];
      parts.push([counterClockwise(closeRing(ring))]);
    }
    const merged = geo.makeValid({ type: 'MultiPolygon', coordinates: parts });
    const shape = merged.shape;
    if (shape.type === 'MultiPolygon' && shape.coordinates.length === 1) {
      return { type: 'Polygon', coordinates: shape.coordinates[0] ?? [] };
    }
    return shape;
  }

  #km2(): string {
    return fmtKm2(this.measures().areaKm2);
  }
}

function sameRef(a: VertexRef | null, b: VertexRef | null): boolean {
  return !!a && !!b && a.polygon === b.polygon && a.ring === b.ring && a.index === b.index;
}

/**
 * Measures a shape; for a polygon that crosses itself (whose signed lobes would cancel
 * out) the area is that of its repaired form — the area the operator sees enclosed. That
 * needs the geometry engine; without it the plain measure is returned.
 */
export function measureValid(shape: AreaShape, geo: Geometry | null): AreaMeasures {
  const m = measure(shape);
  if (shape.type === 'Circle' || !geo) return m;
  const crossing = geo
    .validateShape(shape, { profile: 'ipaws', checkWinding: false })
    .some((f) => f.code === 'geo.self-intersection' || f.code === 'geo.invalid-topology');
  if (!crossing) return m;
  return { ...m, areaKm2: measure(geo.makeValid(shape).shape).areaKm2 };
}

/** km² with sensible precision for speech and the status line (locale-free). */
export function fmtKm2(km2: number): string {
  if (km2 === 0) return '0';
  if (km2 >= 100) return String(Math.round(km2));
  if (km2 >= 1) return km2.toFixed(1);
  return km2.toPrecision(2);
}

/** The default CAP `areaDesc`: picked municipalities, else the municipality at the area's centre. */
export function describeArea(
  controller: AreaEditorController,
  lang: Lang,
  fallback: string,
): string {
  const picked = controller.pickedNames('effect', lang);
  if (picked.length > 0) return picked.join(', ');
  const first = controller.area.effect[0];
  if (first) {
    const label = measure(first).labelPoint;
    const area = label ? controller.municipalityAt(label) : null;
    if (area) return adminName(area, lang);
  }
  return fallback;
}
