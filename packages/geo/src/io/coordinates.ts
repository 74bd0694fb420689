import { geoFinding } from '../findings.js';
import type { GeoFinding } from '../findings.js';
import { closeRing } from '../shapes.js';
import type { AreaShape, LonLat, Ring } from '../types.js';
import { failed, formatNumber } from './common.js';
import type { ImportOptions, ImportResult } from './common.js';
import type { WriteOptions } from './wkt.js';

interface Value {
  value: number;
  /** 'lat' for N/S, 'lon' for E/W, undefined without a hemisphere letter. */
  axis?: 'lat' | 'lon';
}

/**
 * Reads the two values of one line. Values are decimal degrees or degrees°minutes'
 * seconds", each with an optional hemisphere letter — before every value (`N52.1 E5.1`)
 * or after it (`52.1N 5.1E`). Separators: comma, semicolon, tab or spaces; with a
 * semicolon or tab, commas are decimal commas.
 */
function readPair(line: string): [Value, Value] | null {
  const s = line.trim();
  const decimalComma = /[;\t]/.test(s);
  const prefix = /^[NSEW]/i.test(s);
  const num = decimalComma ? '[-+]?\\d+(?:[.,]\\d+)?' : '[-+]?\\d+(?:\\.\\d+)?';
  const dms = `(${num})(?:\\s*°\\s*(?:(${num})\\s*['′]\\s*(?:(${num})\\s*(?:["″]|'')\\s*)?)?)?`;
  const re = prefix
    ? new RegExp(`\\s*([NSEW])\\s*${dms}\\s*[,;\\t]?`, 'iy')
    : new RegExp(`\\s*${dms}\\s*([NSEW])?\\s*[,;\\t]?`, 'iy');
  const values: Value[] = [];
  while (re.lastIndex < s.length && values.length < 3) {
    const m = re.exec(s);
    if (!m || m[0] === '') return null;
    const [letter, d, mi, se] = prefix ? [m[1], m[2], m[3], m[4]] : [m[4], m[1], m[2], m[3]];
    const n = (x: string | undefined): number => (x ? Number(x.replace(',', '.')) : 0);
    const magnitude = Math.abs(n(d)) + n(mi) / 60 + n(se) / 3600;
    let value = d?.startsWith('-') ? -magnitude : magnitude;
    const upper = letter?.toUpperCase();
    if (upper === 'S' || upper === 'W') value = -Math.abs(value);
    const axis = upper === undefined ? undefined : upper === 'N' || upper === 'S' ? 'lat' : 'lon';
    values.push(axis ? { value, axis } : { value });
  }
  const [a, b] = values;
  return values.length === 2 && a && b ? [a, b] : null;
}

/**
 * Reads a pasted list of coordinates, one pair per line: `52.0907, 5.1214`,
 * `52.0907 5.1214`, `52,0907;5,1214` (decimal commas with `;` or tab),
 * `52°05'26.5"N 5°07'17"E`, or `[5.1214, 52.0907]`. The order is **latitude, longitude**
 * as people and CAP write it, unless hemisphere letters (N/S/E/W) say
 * otherwise or the pairs are JSON arrays (GeoJSON's longitude, latitude). A Dutch or
 * Belgian list in the other order is not guessed silently: `parseArea` reports
 * `geo.swapped-axes` with the swap repair. The ring is closed if it is not. Lines that
 * are not a pair: `import.coordinate-list` with the line number. Never throws.
 */
export function parseCoordinateList(text: string, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'en';
  const findings: GeoFinding[] = [];
  const ring: Ring = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim().replace(/,$/, '');
    if (line === '' || line.startsWith('#')) return;
    const bracketed = /^\[.*\]$/.test(line);
    const body = line.replace(/^\[|\]$/g, '').replace(/^\(|\)$/g, '');
    const pair = readPair(body);
    const [a, b] = pair ?? [];
    if (!a || !b || (a.axis !== undefined && a.axis === b.axis)) {
      if (findings.length < 10) {
        findings.push(
          geoFinding('import.coordinate-list', lang, {
            severity: 'error',
            line: index + 1,
            params: { line: index + 1, value: line },
          }),
        );
      }
      return;
    }
    let lonLat: LonLat;
    if (a.axis === 'lon' || b.axis === 'lat') lonLat = [a.value, b.value];
    else if (a.axis === 'lat' || b.axis === 'lon') lonLat = [b.value, a.value];
    else lonLat = bracketed ? [a.value, b.value] : [b.value, a.value];
    ring.push(lonLat);
  });
  if (findings.length > 0) return failed('coordinates', findings);
  if (ring.length === 0) {
    return failed('coordinates', [geoFinding('import.empty', lang, { severity: 'error' })]);
  }
  const shape: AreaShape = { type: 'Polygon', coordinates: [closeRing(ring)] };
  return { format: 'coordinates', shapes: [shape], labels: [undefined], findings };
}

/** Writes a ring as a coordinate list, one `lat, lon` pair per line. */
export function toCoordinateList(ring: readonly LonLat[], options: WriteOptions = {}): string {
  const digits = options.precision ?? 6;
  return ring.map((p) => `${formatNumber(p[1], digits)}, ${formatNumber(p[0], digits)}`).join('\n');
}
