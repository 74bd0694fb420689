import type { Lang } from '@sirene/core';
import { parseCrs, toWgs84, transformNested } from '../crs.js';
import type { CrsCode } from '../crs.js';
import { REGIONS_NL_BE, inRegions } from '../profiles.js';
import type { LonLat, PolygonalShape } from '../types.js';
import { parseCsv } from './csv.js';
import { overshootFinding, overshootHint } from './messages.js';
import type { OvershootFinding } from './messages.js';
import {
  DEFAULT_BEAMWIDTH_DEG,
  DEFAULT_HEIGHT_M,
  HATA_MAX_MHZ,
  HATA_MIN_MHZ,
} from './propagation.js';
import { RADIO_ENVIRONMENTS } from './types.js';
import type {
  OvershootCell,
  PopulationFeature,
  PopulationInput,
  RadioEnvironment,
} from './types.js';

/** The operator name given to cells without one. */
export const UNKNOWN_OPERATOR = 'unknown';

/** Most operators one cell file may name (the engine keeps per-operator bit sets). */
export const MAX_OPERATORS = 10;

/** Options for reading cell and population files. */
export interface ParseCellsOptions {
  /** Language of the findings (default English). */
  lang?: Lang;
  /** CRS of `x`/`y` columns (CSV) or of GeoJSON without a `crs` member (default WGS84). */
  crs?: CrsCode;
  /** Force a format instead of detecting it. */
  format?: 'csv' | 'geojson';
}

/** What a cell file gave: the good cells, and one finding per problem. */
export interface ParseCellsResult {
  /** Cells from the rows without errors, in file order. */
  cells: OvershootCell[];
  findings: OvershootFinding[];
  /** Data rows (or features) read. */
  rows: number;
  /** Whether no finding is an error (every row was usable). */
  ok: boolean;
}

/** What a population file gave. */
export interface ParsePopulationResult {
  population: PopulationInput;
  findings: OvershootFinding[];
  ok: boolean;
}

/** Column names, canonical first, then accepted aliases (lower case). */
const COLUMNS = {
  id: ['id', 'cell_id', 'name'],
  operator: ['operator', 'network', 'mno'],
  lon: ['lon', 'lng', 'longitude'],
  lat: ['lat', 'latitude'],
  x: ['x'],
  y: ['y'],
  azimuth_deg: ['azimuth_deg', 'azimuth', 'hoofdstraalrichting'],
  beamwidth_deg: ['beamwidth_deg', 'beamwidth'],
  height_m: ['height_m', 'height', 'hoogte'],
  frequency_mhz: ['frequency_mhz', 'frequency', 'frequentie'],
  erp_dbw: ['erp_dbw', 'erp', 'vermogen'],
  range_m: ['range_m', 'range'],
  environment: ['environment', 'env'],
} as const;
type Column = keyof typeof COLUMNS;

const POPULATION_COLUMNS = [
  'population',
  'aantalinwoners',
  'aantal_inwoners',
  'inwoners',
  'residents',
  'pop',
];

/**
 * CBS square-statistics grid columns ("Kaart van 100 meter bij 100 meter met
 * statistieken"): the square's id in RD New, `E<x>N<y>` of its south-west corner, in
 * metres (`E121000N487000`, the current releases) or hectometres (`E1210N4870`, older
 * ones).
 */
const CBS_GRID_COLUMNS = [
  { name: 'crs28992res100m', sizeM: 100 },
  { name: 'c28992r100', sizeM: 100 },
  { name: 'crs28992res500m', sizeM: 500 },
  { name: 'c28992r500', sizeM: 500 },
] as const;

/** CBS writes secret counts (fewer than 5 people) as −99997 and similar codes. */
const CBS_SECRET_BELOW = -99990;

/** The centre of a CBS grid square, RD New metres, or null when the id is malformed. */
export function cbsSquareCentre(id: string, sizeM: number): [number, number] | null {
  const m = /^\s*E(\d{3,6})N(\d{4,6})\s*$/i.exec(id);
  if (!m) return null;
  let x = Number(m[1]);
  let y = Number(m[2]);
  // RD New y lies between 300 and 625 km: fewer than 5 digits are hectometres.
  if (y < 10000) {
    x *= 100;
    y *= 100;
  }
  if (y < 289000 || y > 629000 || x < -7000 || x > 300000) return null;
  return [x + sizeM / 2, y + sizeM / 2];
}

/** Reads CBS grid rows: each square's residents on its centre. */
function cbsGrid(
  ctx: Ctx,
  records: readonly { fields: string[]; line: number }[],
  idI: number,
  popI: number,
  sizeM: number,
  done: () => ParsePopulationResult,
): ParsePopulationResult {
  const features = done().population.features;
  let secret = 0;
  records.forEach((rec, k) => {
    const row = k + 1;
    const path = `rows[${row}]`;
    const raw = rec.fields[idI] ?? '';
    if (rec.fields.every((f) => f.trim() === '')) return;
    const centre = cbsSquareCentre(raw, sizeM);
    if (!centre) {
      ctx.findings.push(
        overshootFinding('overshoot.population-grid-id', ctx.lang, {
          severity: 'warning',
          row,
          line: rec.line,
          column: idI + 1,
          path,
          params: { row, value: raw },
        }),
      );
      return;
    }
    const p = toNumber(rec.fields[popI], ctx.decimalComma);
    if (p !== null && p <= CBS_SECRET_BELOW) {
      secret++;
      return;
    }
    if (p === null || p < 0) {
      popFinding(ctx, row, 'population', rec.fields[popI] ?? '', 'population', path, rec.line);
      return;
    }
    if (p === 0) return;
    features.push({ kind: 'point', position: toWgs84(centre, 'EPSG:28992'), population: p });
  });
  if (secret > 0) {
    ctx.findings.push(
      overshootFinding('overshoot.population-secret', ctx.lang, {
        severity: 'info',
        params: { count: secret },
      }),
    );
  }
  return done();
}

/** A value read from a row: a CSV string or a JSON property. */
interface Cell {
  raw: unknown;
  column?: number;
}

interface RowReader {
  row: number;
  line?: number;
  path: string;
  get: (name: Column) => Cell | undefined;
}

/** Whether a raw value is empty (absent, null, blank string). */
function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number from a raw value; `decimalComma` accepts `30,5` (semicolon-separated files). */
function toNumber(raw: unknown, decimalComma: boolean): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let s = raw.trim();
  if (decimalComma && /^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return NUMBER.test(s) ? Number(s) : null;
}

function rawText(raw: unknown): string {
  return typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
}

interface Ctx {
  lang: Lang;
  findings: OvershootFinding[];
  decimalComma: boolean;
  crs: CrsCode | null;
}

/** Reads one row into a cell; pushes findings and returns null on any error. */
function readCell(r: RowReader, ctx: Ctx, position: LonLat | null): OvershootCell | null {
  const { lang, findings } = ctx;
  let bad = false;
  const where = (name: string, cell?: Cell) => ({
    row: r.row,
    field: name,
    path: `${r.path}.${name}`,
    ...(r.line !== undefined ? { line: r.line } : {}),
    ...(cell?.column !== undefined ? { column: cell.column } : {}),
  });
  const num = (name: Column, min: number, max: number, unit: string): number | null => {
    const cell = r.get(name);
    if (!cell || isBlank(cell.raw)) return null;
    const value = toNumber(cell.raw, ctx.decimalComma);
    if (value === null) {
      findings.push(
        overshootFinding('overshoot.cell-not-number', lang, {
          severity: 'error',
          ...where(name, cell),
          params: { row: r.row, column: name, value: rawText(cell.raw) },
        }),
      );
      bad = true;
      return null;
    }
    if (value < min || value > max) {
      findings.push(
        overshootFinding('overshoot.cell-out-of-range', lang, {
          severity: 'error',
          ...where(name, cell),
          params: { row: r.row, column: name, value, min, max, unit },
        }),
      );
      bad = true;
      return null;
    }
    return value;
  };
  const azimuthCell = r.get('azimuth_deg');
  const omniText = typeof azimuthCell?.raw === 'string' && /^\s*omni\s*$/i.test(azimuthCell.raw);
  const azimuth = omniText ? null : num('azimuth_deg', 0, 360, '°');
  const beamwidth = num('beamwidth_deg', 1, 360, '°');
  const height = num('height_m', 0.5, 300, 'm');
  const frequency = num('frequency_mhz', 100, 6000, 'MHz');
  const erp = num('erp_dbw', -20, 45, 'dBW');
  const range = num('range_m', 10, 100_000, 'm');
  const envCell = r.get('environment');
  let environment: RadioEnvironment | null = null;
  if (envCell && !isBlank(envCell.raw)) {
    const v = rawText(envCell.raw).trim().toLowerCase();
    if ((RADIO_ENVIRONMENTS as readonly string[]).includes(v)) environment = v as RadioEnvironment;
    else {
      findings.push(
        overshootFinding('overshoot.cell-environment', lang, {
          severity: 'error',
          ...where('environment', envCell),
          params: { row: r.row, value: rawText(envCell.raw) },
        }),
      );
      bad = true;
    }
  }
  if (range === null && !bad) {
    if (frequency === null && !r.get('frequency_mhz')?.raw) {
      findings.push(
        overshootFinding('overshoot.cell-missing', lang, {
          severity: 'error',
          ...where('frequency_mhz', r.get('frequency_mhz')),
          params: {
            row: r.row,
            column: 'frequency_mhz',
            hint: overshootHint('frequency-or-range', lang),
          },
        }),
      );
      bad = true;
    }
    if (erp === null && !r.get('erp_dbw')?.raw) {
      findings.push(
        overshootFinding('overshoot.cell-missing', lang, {
          severity: 'error',
          ...where('erp_dbw', r.get('erp_dbw')),
          params: { row: r.row, column: 'erp_dbw', hint: overshootHint('erp-or-range', lang) },
        }),
      );
      bad = true;
    }
  }
  if (!position || bad) return null;
  const idCell = r.get('id');
  const opCell = r.get('operator');
  return {
    id: idCell && !isBlank(idCell.raw) ? rawText(idCell.raw).trim() : String(r.row),
    operator: opCell && !isBlank(opCell.raw) ? rawText(opCell.raw).trim() : UNKNOWN_OPERATOR,
    position,
    azimuthDeg: azimuth === null || (beamwidth ?? 0) >= 360 ? null : azimuth % 360,
    beamwidthDeg: beamwidth !== null && beamwidth < 360 ? beamwidth : DEFAULT_BEAMWIDTH_DEG,
    heightM: height ?? DEFAULT_HEIGHT_M,
    frequencyMhz: frequency,
    erpDbw: erp,
    rangeM: range,
    environment,
  };
}

/** Checks a WGS84 position; pushes a finding and returns null when it is not one. */
function checkLonLat(
  lon: number,
  lat: number,
  r: RowReader,
  ctx: Ctx,
  column?: number,
): LonLat | null {
  const valid =
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  // Latitude read as longitude: far from Europe as given, in the Netherlands or Belgium swapped.
  const swapped =
    Math.abs(lat) <= 180 &&
    Math.abs(lon) <= 90 &&
    inRegions([lat, lon], REGIONS_NL_BE) &&
    !(valid && lon > -30 && lon < 45 && lat > 30 && lat < 75);
  if (valid && !swapped) return [lon, lat];
  ctx.findings.push(
    overshootFinding('overshoot.cell-position', ctx.lang, {
      severity: 'error',
      row: r.row,
      field: 'position',
      path: `${r.path}.position`,
      ...(r.line !== undefined ? { line: r.line } : {}),
      ...(column !== undefined ? { column } : {}),
      params: {
        row: r.row,
        value: `${lon}, ${lat}`,
        hint: overshootHint(swapped ? 'position-swapped' : 'position', ctx.lang),
      },
    }),
  );
  return null;
}

/** Reads the position of a CSV row: lon/lat, or x/y in `ctx.crs`. */
function csvPosition(r: RowReader, ctx: Ctx): LonLat | null {
  const lonCell = r.get('lon');
  const useXY = !lonCell;
  const a = useXY ? r.get('x') : lonCell;
  const b = useXY ? r.get('y') : r.get('lat');
  const an = a ? toNumber(a.raw, ctx.decimalComma) : null;
  const bn = b ? toNumber(b.raw, ctx.decimalComma) : null;
  const names: [string, string] = useXY ? ['x', 'y'] : ['lon', 'lat'];
  for (const [value, cell, name] of [
    [an, a, names[0]],
    [bn, b, names[1]],
  ] as const) {
    if (value === null) {
      const blank = !cell || isBlank(cell.raw);
      ctx.findings.push(
        blank
          ? overshootFinding('overshoot.cell-missing', ctx.lang, {
              severity: 'error',
              row: r.row,
              field: name,
              path: `${r.path}.${name}`,
              ...(r.line !== undefined ? { line: r.line } : {}),
              ...(cell?.column !== undefined ? { column: cell.column } : {}),
              params: { row: r.row, column: name, hint: overshootHint('position', ctx.lang) },
            })
          : overshootFinding('overshoot.cell-not-number', ctx.lang, {
              severity: 'error',
              row: r.row,
              field: name,
              path: `${r.path}.${name}`,
              ...(r.line !== undefined ? { line: r.line } : {}),
              ...(cell?.column !== undefined ? { column: cell.column } : {}),
              params: { row: r.row, column: name, value: rawText(cell?.raw) },
            }),
      );
      return null;
    }
  }
  if (an === null || bn === null) return null;
  if (useXY && ctx.crs && ctx.crs !== 'EPSG:4326') {
    const [lon, lat] = toWgs84([an, bn], ctx.crs);
    return checkLonLat(lon, lat, r, ctx, a?.column);
  }
  return checkLonLat(an, bn, r, ctx, a?.column);
}

/** Turns header names into a column lookup. */
function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

function columnOf(index: Map<string, number>, aliases: readonly string[]): number | undefined {
  for (const a of aliases) {
    const i = index.get(a);
    if (i !== undefined) return i;
  }
  return undefined;
}

function jsonParse(text: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The features of a GeoJSON value and the CRS it declares (old-style `crs` member). */
function geoJsonFeatures(value: unknown): { features: unknown[]; crs: CrsCode | null } | null {
  if (!isRecord(value)) return Array.isArray(value) ? { features: value, crs: null } : null;
  const crsName =
    isRecord(value['crs']) && isRecord(value['crs']['properties'])
      ? value['crs']['properties']['name']
      : undefined;
  const crs = typeof crsName === 'string' ? parseCrs(crsName) : null;
  if (value['type'] === 'FeatureCollection' && Array.isArray(value['features'])) {
    return { features: value['features'], crs };
  }
  if (value['type'] === 'Feature') return { features: [value], crs };
  return null;
}

/** Adds the per-file findings: cells without operator, too many operators, extrapolated bands. */
function fileFindings(cells: OvershootCell[], ctx: Ctx): void {
  const unknown = cells.filter((c) => c.operator === UNKNOWN_OPERATOR).length;
  if (unknown > 0) {
    ctx.findings.push(
      overshootFinding('overshoot.no-operator', ctx.lang, {
        severity: 'warning',
        params: { count: unknown, name: UNKNOWN_OPERATOR },
      }),
    );
  }
  const operators = new Set(cells.map((c) => c.operator));
  if (operators.size > MAX_OPERATORS) {
    ctx.findings.push(
      overshootFinding('overshoot.too-many-operators', ctx.lang, {
        severity: 'error',
        params: { count: operators.size, max: MAX_OPERATORS },
      }),
    );
  }
  const extrapolated = new Map<number, number>();
  for (const c of cells) {
    if (c.rangeM === null && c.frequencyMhz !== null) {
      if (c.frequencyMhz < HATA_MIN_MHZ || c.frequencyMhz > HATA_MAX_MHZ) {
        extrapolated.set(c.frequencyMhz, (extrapolated.get(c.frequencyMhz) ?? 0) + 1);
      }
    }
  }
  for (const [band, count] of [...extrapolated].sort((a, b) => a[0] - b[0])) {
    ctx.findings.push(
      overshootFinding('overshoot.model-extrapolated', ctx.lang, {
        severity: 'info',
        params: { count, band },
      }),
    );
  }
}

function finish(cells: OvershootCell[], rows: number, ctx: Ctx): ParseCellsResult {
  fileFindings(cells, ctx);
  if (
    cells.length === 0 &&
    rows > 0 &&
    !ctx.findings.some((f) => f.severity === 'error' && f.row === undefined)
  ) {
    ctx.findings.push(overshootFinding('overshoot.no-cells', ctx.lang, { severity: 'error' }));
  }
  return {
    cells,
    findings: ctx.findings,
    rows,
    ok: !ctx.findings.some((f) => f.severity === 'error'),
  };
}

const KNOWN_COLUMN_NAMES = Object.values(COLUMNS).flat();

/** Reads cells from CSV (see src/overshoot/README.md for the columns). */
export function parseCellsCsv(text: string, options: ParseCellsOptions = {}): ParseCellsResult {
  const ctx: Ctx = {
    lang: options.lang ?? 'en',
    findings: [],
    decimalComma: false,
    crs: options.crs ?? null,
  };
  const csv = parseCsv(text);
  if (!csv.ok) {
    ctx.findings.push(
      overshootFinding('overshoot.csv-quote', ctx.lang, {
        severity: 'error',
        line: csv.line,
        params: { line: csv.line },
      }),
    );
    return finish([], 0, ctx);
  }
  ctx.decimalComma = csv.separator !== ',';
  const [head, ...records] = csv.records;
  if (!head) {
    ctx.findings.push(overshootFinding('overshoot.input-empty', ctx.lang, { severity: 'error' }));
    return finish([], 0, ctx);
  }
  const index = headerIndex(head.fields);
  const cols = new Map<Column, number>();
  for (const [name, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = columnOf(index, aliases);
    if (i !== undefined) cols.set(name, i);
  }
  for (const [name, i] of index) {
    if (!(KNOWN_COLUMN_NAMES as readonly string[]).includes(name) && name !== '') {
      ctx.findings.push(
        overshootFinding('overshoot.unknown-column', ctx.lang, {
          severity: 'info',
          line: head.line,
          column: i + 1,
          field: name,
          params: { column: name, known: Object.keys(COLUMNS).join(', ') },
        }),
      );
    }
  }
  const hasLonLat = cols.has('lon') && cols.has('lat');
  const hasXY = cols.has('x') && cols.has('y');
  if (!hasLonLat && !hasXY) {
    ctx.findings.push(
      overshootFinding('overshoot.csv-no-position', ctx.lang, {
        severity: 'error',
        line: head.line,
      }),
    );
    return finish([], records.length, ctx);
  }
  if (!hasLonLat) {
    cols.delete('lon');
    cols.delete('lat');
    if (!ctx.crs) {
      ctx.findings.push(
        overshootFinding('overshoot.crs-required', ctx.lang, {
          severity: 'error',
          line: head.line,
        }),
      );
      return finish([], records.length, ctx);
    }
  }
  const cells: OvershootCell[] = [];
  records.forEach((rec, k) => {
    const row = k + 1;
    if (rec.fields.length !== head.fields.length) {
      ctx.findings.push(
        overshootFinding('overshoot.csv-field-count', ctx.lang, {
          severity: 'error',
          row,
          line: rec.line,
          path: `rows[${row}]`,
          params: { row, line: rec.line, count: rec.fields.length, expected: head.fields.length },
        }),
      );
      return;
    }
    const reader: RowReader = {
      row,
      line: rec.line,
      path: `rows[${row}]`,
      get: (name) => {
        const i = cols.get(name);
        return i === undefined ? undefined : { raw: rec.fields[i], column: i + 1 };
      },
    };
    const position = csvPosition(reader, ctx);
    const cell = readCell(reader, ctx, position);
    if (cell) cells.push(cell);
  });
  return finish(cells, records.length, ctx);
}

/** Reads cells from GeoJSON: Point features with the properties in src/overshoot/README.md. */
export function parseCellsGeoJson(
  input: string | unknown,
  options: ParseCellsOptions = {},
): ParseCellsResult {
  const ctx: Ctx = {
    lang: options.lang ?? 'en',
    findings: [],
    decimalComma: false,
    crs: options.crs ?? null,
  };
  let value = input;
  if (typeof input === 'string') {
    const parsed = jsonParse(input);
    if (!parsed.ok) {
      ctx.findings.push(
        overshootFinding('overshoot.json-syntax', ctx.lang, {
          severity: 'error',
          params: { detail: parsed.detail },
        }),
      );
      return finish([], 0, ctx);
    }
    value = parsed.value;
  }
  const fc = geoJsonFeatures(value);
  if (!fc) {
    ctx.findings.push(
      overshootFinding('overshoot.input-format', ctx.lang, {
        severity: 'error',
        params: { what: 'cell' },
      }),
    );
    return finish([], 0, ctx);
  }
  const crs = fc.crs ?? ctx.crs;
  const cells: OvershootCell[] = [];
  fc.features.forEach((feature, k) => {
    const row = k + 1;
    const path = `features[${k}]`;
    const geometry = isRecord(feature) ? feature['geometry'] : undefined;
    const props = isRecord(feature) && isRecord(feature['properties']) ? feature['properties'] : {};
    const lowered = new Map(Object.entries(props).map(([key, v]) => [key.toLowerCase(), v]));
    const reader: RowReader = {
      row,
      path: `${path}.properties`,
      get: (name) => {
        for (const alias of COLUMNS[name]) {
          if (lowered.has(alias)) return { raw: lowered.get(alias) };
        }
        return undefined;
      },
    };
    const coords = isRecord(geometry) ? geometry['coordinates'] : undefined;
    if (!isRecord(geometry) || geometry['type'] !== 'Point' || !Array.isArray(coords)) {
      ctx.findings.push(
        overshootFinding('overshoot.feature-not-point', ctx.lang, {
          severity: 'error',
          row,
          path: `${path}.geometry`,
          params: { row, value: isRecord(geometry) ? String(geometry['type']) : 'null' },
        }),
      );
      return;
    }
    const [a, b] = coords as unknown[];
    let position: LonLat | null = null;
    if (typeof a !== 'number' || typeof b !== 'number') {
      ctx.findings.push(
        overshootFinding('overshoot.cell-position', ctx.lang, {
          severity: 'error',
          row,
          field: 'position',
          path: `${path}.geometry.coordinates`,
          params: { row, value: JSON.stringify(coords), hint: overshootHint('position', ctx.lang) },
        }),
      );
    } else if (crs && crs !== 'EPSG:4326') {
      const [lon, lat] = toWgs84([a, b], crs);
      position = checkLonLat(lon, lat, { ...reader, path }, ctx);
    } else {
      position = checkLonLat(a, b, { ...reader, path }, ctx);
    }
    const cell = readCell(reader, ctx, position);
    if (cell) cells.push(cell);
  });
  return finish(cells, fc.features.length, ctx);
}

/** Whether text looks like JSON (GeoJSON) rather than CSV. */
function looksLikeJson(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('{') || t.startsWith('[');
}

/** Reads a cell file, CSV or GeoJSON (detected from the first character). */
export function parseCells(text: string, options: ParseCellsOptions = {}): ParseCellsResult {
  if (text.trim() === '') {
    const lang = options.lang ?? 'en';
    return {
      cells: [],
      findings: [overshootFinding('overshoot.input-empty', lang, { severity: 'error' })],
      rows: 0,
      ok: false,
    };
  }
  const format = options.format ?? (looksLikeJson(text) ? 'geojson' : 'csv');
  return format === 'geojson' ? parseCellsGeoJson(text, options) : parseCellsCsv(text, options);
}

function popFinding(
  ctx: Ctx,
  row: number,
  column: string,
  value: string,
  hint: 'population' | 'population-geometry' | 'position',
  path: string,
  line?: number,
): void {
  ctx.findings.push(
    overshootFinding('overshoot.population-row', ctx.lang, {
      // Population rows are skipped with a warning: CBS marks secret counts with
      // negative codes (−99997), and one missing square must not stop an estimate.
      severity: 'warning',
      row,
      field: column,
      path,
      ...(line !== undefined ? { line } : {}),
      params: { row, column, value, hint: overshootHint(hint, ctx.lang) },
    }),
  );
}

function isPolygonal(g: Record<string, unknown>): boolean {
  return (
    (g['type'] === 'Polygon' || g['type'] === 'MultiPolygon') && Array.isArray(g['coordinates'])
  );
}

/**
 * Reads a population layer: CSV rows (`lon`,`lat` or `x`,`y` with a CRS, and
 * `population`), or GeoJSON features with a `population` (or `aantalInwoners`) property —
 * Points put their residents on one place, Polygons spread them evenly. Unusable rows are
 * skipped with a warning each.
 */
export function parsePopulation(
  text: string,
  options: ParseCellsOptions = {},
): ParsePopulationResult {
  const ctx: Ctx = {
    lang: options.lang ?? 'en',
    findings: [],
    decimalComma: false,
    crs: options.crs ?? null,
  };
  const features: PopulationFeature[] = [];
  const done = (): ParsePopulationResult => ({
    population: { features },
    findings: ctx.findings,
    ok: !ctx.findings.some((f) => f.severity === 'error'),
  });
  if (text.trim() === '') {
    ctx.findings.push(overshootFinding('overshoot.input-empty', ctx.lang, { severity: 'error' }));
    return done();
  }
  if (options.format === 'geojson' || (!options.format && looksLikeJson(text))) {
    const parsed = jsonParse(text);
    if (!parsed.ok) {
      ctx.findings.push(
        overshootFinding('overshoot.json-syntax', ctx.lang, {
          severity: 'error',
          params: { detail: parsed.detail },
        }),
      );
      return done();
    }
    const fc = geoJsonFeatures(parsed.value);
    if (!fc) {
      ctx.findings.push(
        overshootFinding('overshoot.input-format', ctx.lang, {
          severity: 'error',
          params: { what: 'population' },
        }),
      );
      return done();
    }
    const crs = fc.crs ?? ctx.crs;
    const reproject = <T>(coords: T): T =>
      crs && crs !== 'EPSG:4326' ? transformNested(coords, crs, 'EPSG:4326') : coords;
    fc.features.forEach((feature, k) => {
      const row = k + 1;
      const path = `features[${k}]`;
      const props =
        isRecord(feature) && isRecord(feature['properties']) ? feature['properties'] : {};
      const key = Object.keys(props).find((p) => POPULATION_COLUMNS.includes(p.toLowerCase()));
      const raw = key === undefined ? undefined : props[key];
      const value = toNumber(raw, false);
      if (value === null || value < 0) {
        popFinding(
          ctx,
          row,
          key ?? 'population',
          rawText(raw ?? ''),
          'population',
          `${path}.properties`,
        );
        return;
      }
      const g = isRecord(feature) ? feature['geometry'] : undefined;
      if (isRecord(g) && g['type'] === 'Point' && Array.isArray(g['coordinates'])) {
        const [a, b] = reproject(g['coordinates'] as [number, number]);
        if (
          typeof a === 'number' &&
          typeof b === 'number' &&
          Number.isFinite(a) &&
          Number.isFinite(b)
        ) {
          features.push({ kind: 'point', position: [a, b], population: value });
          return;
        }
      } else if (isRecord(g) && isPolygonal(g)) {
        features.push({
          kind: 'area',
          shape: { type: g['type'], coordinates: reproject(g['coordinates']) } as PolygonalShape,
          population: value,
        });
        return;
      }
      popFinding(
        ctx,
        row,
        'geometry',
        isRecord(g) ? String(g['type']) : 'null',
        'population-geometry',
        `${path}.geometry`,
      );
    });
    return done();
  }
  const csv = parseCsv(text);
  if (!csv.ok) {
    ctx.findings.push(
      overshootFinding('overshoot.csv-quote', ctx.lang, {
        severity: 'error',
        line: csv.line,
        params: { line: csv.line },
      }),
    );
    return done();
  }
  ctx.decimalComma = csv.separator !== ',';
  const [head, ...records] = csv.records;
  if (!head) {
    ctx.findings.push(overshootFinding('overshoot.input-empty', ctx.lang, { severity: 'error' }));
    return done();
  }
  const index = headerIndex(head.fields);
  const lonI = columnOf(index, COLUMNS.lon);
  const latI = columnOf(index, COLUMNS.lat);
  const xI = columnOf(index, COLUMNS.x);
  const yI = columnOf(index, COLUMNS.y);
  const popI = columnOf(index, POPULATION_COLUMNS);
  const grid = CBS_GRID_COLUMNS.find((g) => index.has(g.name));
  if (grid && popI !== undefined)
    return cbsGrid(ctx, records, index.get(grid.name) ?? 0, popI, grid.sizeM, done);
  const useXY = lonI === undefined || latI === undefined;
  const ai = useXY ? xI : lonI;
  const bi = useXY ? yI : latI;
  if (ai === undefined || bi === undefined || popI === undefined) {
    ctx.findings.push(
      overshootFinding('overshoot.csv-no-position', ctx.lang, {
        severity: 'error',
        line: head.line,
      }),
    );
    return done();
  }
  if (useXY && !ctx.crs) {
    ctx.findings.push(
      overshootFinding('overshoot.crs-required', ctx.lang, { severity: 'error', line: head.line }),
    );
    return done();
  }
  records.forEach((rec, k) => {
    const row = k + 1;
    const path = `rows[${row}]`;
    const a = toNumber(rec.fields[ai], ctx.decimalComma);
    const b = toNumber(rec.fields[bi], ctx.decimalComma);
    const p = toNumber(rec.fields[popI], ctx.decimalComma);
    if (a === null || b === null) {
      popFinding(
        ctx,
        row,
        useXY ? 'x/y' : 'lon/lat',
        `${rec.fields[ai] ?? ''}, ${rec.fields[bi] ?? ''}`,
        'position',
        path,
        rec.line,
      );
      return;
    }
    if (p === null || p < 0) {
      popFinding(ctx, row, 'population', rec.fields[popI] ?? '', 'population', path, rec.line);
      return;
    }
    const position: LonLat = useXY && ctx.crs ? toWgs84([a, b], ctx.crs) : [a, b];
    features.push({ kind: 'point', position, population: p });
  });
  return done();
}
