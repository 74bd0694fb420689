import { geoFinding } from '../findings.js';
import type { GeoFinding } from '../findings.js';
import { geoProfile } from '../profiles.js';
import { looksSwapped, validateShape } from '../validate.js';
import type { ValidateOptions } from '../validate.js';
import { parseCapAreaXml, parseCapCircleText, parseCapPolygonText } from './cap.js';
import { failed } from './common.js';
import type { ImportFormat, ImportResult } from './common.js';
import { parseCoordinateList } from './coordinates.js';
import { parseJsonText } from './geojson.js';
import { parseGeoJSON } from './geojson-crs.js';
import { parseKML } from './kml.js';
import { parseWKT } from './wkt.js';

const WKT_START =
  /^\s*(SRID\s*=\s*\d+\s*;\s*)?(MULTI)?(POLYGON|POINT|LINESTRING)|^\s*(GEOMETRYCOLLECTION|TRIANGLE|CURVEPOLYGON|CIRCULARSTRING)\b/i;
const NUM = '[-+]?(?:\\d+\\.?\\d*|\\.\\d+)';
const CAP_CIRCLE = new RegExp(`^\\s*${NUM}\\s*,\\s*${NUM}\\s+${NUM}\\s*$`);
const CAP_PAIR = new RegExp(`^${NUM},${NUM}$`);

/**
 * Detects the format of pasted or uploaded text from its content (not its file name):
 * JSON → GeoJSON (or a JSON array of `[lon, lat]` pairs → coordinates), XML → KML or CAP,
 * a WKT keyword → WKT, `lat,lon radius` → CAP circle, `lat,lon lat,lon …` on one line
 * → CAP polygon, anything else → a coordinate list. Null for empty input.
 */
export function detectFormat(text: string): ImportFormat | null {
  const t = text.trim();
  if (t === '') return null;
  if (t.startsWith('{')) return 'geojson';
  if (t.startsWith('[')) {
    // A JSON array of number pairs is a coordinate list; anything else GeoJSON.
    return /^\[\s*\[\s*[-+.\d]/.test(t) ? 'coordinates' : 'geojson';
  }
  if (t.startsWith('<')) {
    return /<(\w+:)?(kml|Placemark|LinearRing|outerBoundaryIs)\b/.test(t) ? 'kml' : 'cap-area';
  }
  if (WKT_START.test(t)) return 'wkt';
  if (CAP_CIRCLE.test(t)) return 'cap-circle';
  const pairs = t.replace(/\s*,\s*/g, ',').split(/\s+/);
  if (!t.includes('\n') && pairs.length >= 2 && pairs.every((p) => CAP_PAIR.test(p))) {
    return 'cap-polygon';
  }
  return 'coordinates';
}

/** Options for `parseArea`. */
export interface ParseAreaOptions extends ValidateOptions {
  /** Skip detection and read this format. */
  format?: ImportFormat;
  /**
   * Validate every imported shape (default true): the findings then also hold
   * `validateShape`'s findings, with paths `shapes[0]…`. With false only read errors and
   * the swapped-axes check are reported.
   */
  validate?: boolean;
}

/** Reads a JSON array of `[lon, lat]` pairs (GeoJSON order) as a coordinate list. */
function parseJsonPairs(text: string, options: ParseAreaOptions): ImportResult {
  const lang = options.lang ?? 'en';
  const parsed = parseJsonText(text, lang);
  if (!parsed.ok) return failed('coordinates', [parsed.finding]);
  const lines = Array.isArray(parsed.value)
    ? parsed.value.map((p: unknown) =>
        Array.isArray(p) ? `[${p.map(String).join(', ')}]` : JSON.stringify(p),
      )
    : [];
  return parseCoordinateList(lines.join('\n'), { lang });
}

/**
 * Imports an area from text in any supported format, detected from the content:
 * GeoJSON, WKT, KML, CAP `<area>` XML, CAP polygon text, CAP circle text, or a list of
 * coordinates. Every problem is a finding — malformed input with its line and column or
 * path, and (unless `validate: false`) everything `validateShape` reports about the
 * shapes, under paths `shapes[i]`. Coordinates that look like swapped latitude and
 * longitude are not swapped silently: `geo.swapped-axes` carries the `swap-axes` repair.
 * Never throws.
 */
export function parseArea(text: string, options: ParseAreaOptions = {}): ImportResult {
  const lang = options.lang ?? 'en';
  const format = options.format ?? detectFormat(text);
  if (format === null) {
    return failed(null, [geoFinding('import.empty', lang, { severity: 'error' })]);
  }
  // Detected as a coordinate list only because nothing else matched, and no digits at all.
  if (!options.format && format === 'coordinates' && !/\d/.test(text)) {
    return failed(null, [geoFinding('import.unknown-format', lang, { severity: 'error' })]);
  }
  let result: ImportResult;
  switch (format) {
    case 'geojson':
      result = parseGeoJSON(text, { lang });
      break;
    case 'wkt':
      result = parseWKT(text, { lang });
      break;
    case 'kml':
      result = parseKML(text, { lang });
      break;
    case 'cap-area':
      result = parseCapAreaXml(text, { lang });
      break;
    case 'cap-polygon':
      result = parseCapPolygonText(text, { lang });
      break;
    case 'cap-circle':
      result = parseCapCircleText(text, { lang });
      break;
    case 'coordinates':
      result = text.trim().startsWith('[')
        ? parseJsonPairs(text, options)
        : parseCoordinateList(text, { lang });
      break;
  }
  const findings: GeoFinding[] = [...result.findings];
  const validate = options.validate ?? true;
  const p = options.profile;
  const regions = (typeof p === 'object' ? p : geoProfile(p)).regions;
  result.shapes.forEach((shape, i) => {
    const path = options.path ? `${options.path}.shapes[${i}]` : `shapes[${i}]`;
    if (validate) {
      findings.push(...validateShape(shape, { ...options, path }));
    } else if (regions.length > 0 && looksSwapped(shape, regions)) {
      findings.push(
        ...validateShape(shape, { ...options, path }).filter((f) => f.code === 'geo.swapped-axes'),
      );
    }
  });
  if (result.shapes.length === 0 && findings.length === 0) {
    findings.push(geoFinding('import.unknown-format', lang, { severity: 'error' }));
  }
  return { ...result, findings };
}
