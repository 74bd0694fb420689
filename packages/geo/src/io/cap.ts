import type { CapCircle, Lang } from '@sirene/core';
import { geoFinding } from '../findings.js';
import type { GeoFinding } from '../findings.js';
import type { AreaShape, CircleShape, LonLat, Ring } from '../types.js';
import { failed, formatNumber } from './common.js';
import type { ImportOptions, ImportResult } from './common.js';
import { child, findAll, parseXml } from './xml.js';
import type { WriteOptions } from './wkt.js';

// The model conversions live in cap-area.ts, which imports no validation (and so no jsts):
// a composer that only writes areas does not load geometry validation with them.
export { capAreaToShapes, shapesToCapArea, type ShapesToCapAreaOptions } from './cap-area.js';

/** Writes a ring as CAP polygon text: `lat,lon lat,lon …` (closed as given). */
export function toCapPolygonText(ring: readonly LonLat[], options: WriteOptions = {}): string {
  const digits = options.precision ?? 6;
  return ring.map((p) => `${formatNumber(p[1], digits)},${formatNumber(p[0], digits)}`).join(' ');
}

/** Writes a circle as CAP circle text: `lat,lon radius` (radius in km). */
export function toCapCircleText(
  circle: CircleShape | CapCircle,
  options: WriteOptions = {},
): string {
  const digits = options.precision ?? 6;
  return `${formatNumber(circle.center[1], digits)},${formatNumber(circle.center[0], digits)} ${formatNumber(circle.radiusKm, 3)}`;
}

const NUM = '[-+]?(?:\\d+\\.?\\d*|\\.\\d+)';
const PAIR_RE = new RegExp(`^(${NUM}),(${NUM})$`);
const CIRCLE_RE = new RegExp(`^\\s*(${NUM})\\s*,\\s*(${NUM})\\s+(${NUM})\\s*$`);

function readPolygonText(
  text: string,
  lang: Lang,
  findings: GeoFinding[],
  line?: number,
): Ring | null {
  const pairs = text
    .trim()
    .replace(/\s*,\s*/g, ',')
    .split(/\s+/)
    .filter(Boolean);
  const ring: Ring = [];
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as string;
    const m = PAIR_RE.exec(pair);
    if (!m) {
      findings.push(
        geoFinding('import.cap-polygon', lang, {
          severity: 'error',
          ...(line !== undefined ? { line } : {}),
          params: { index: i + 1, value: pair },
        }),
      );
      return null;
    }
    ring.push([Number(m[2]), Number(m[1])]);
  }
  return ring;
}

function readCircleText(
  text: string,
  lang: Lang,
  findings: GeoFinding[],
  line?: number,
): CircleShape | null {
  const m = CIRCLE_RE.exec(text);
  if (!m) {
    findings.push(
      geoFinding('import.cap-circle', lang, {
        severity: 'error',
        ...(line !== undefined ? { line } : {}),
        params: { value: text.trim() },
      }),
    );
    return null;
  }
  return { type: 'Circle', center: [Number(m[2]), Number(m[1])], radiusKm: Number(m[3]) };
}

/**
 * Reads CAP polygon text, `lat,lon lat,lon …` (CAP's order: latitude first). The ring is
 * taken as written — not closed, not reordered; `validateShape` reports what is wrong.
 * If the pairs look like `lon,lat` (a Dutch or Belgian area read as lat,lon lands in
 * the Indian Ocean) the result carries `geo.swapped-axes` with the `swap-axes` repair
 * (see `parseArea`). Malformed pairs: `import.cap-polygon` with the pair's number.
 */
export function parseCapPolygonText(text: string, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'en';
  const findings: GeoFinding[] = [];
  const ring = readPolygonText(text, lang, findings);
  if (!ring) return failed('cap-polygon', findings);
  return {
    format: 'cap-polygon',
    shapes: [{ type: 'Polygon', coordinates: [ring] }],
    labels: [undefined],
    findings,
  };
}

/** Reads CAP circle text, `lat,lon radius` (radius in km). Never throws. */
export function parseCapCircleText(text: string, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'en';
  const findings: GeoFinding[] = [];
  const circle = readCircleText(text, lang, findings);
  if (!circle) return failed('cap-circle', findings);
  return { format: 'cap-circle', shapes: [circle], labels: [undefined], findings };
}

/**
 * Reads the `<area>` elements of CAP XML — a single `<area>` snippet or a whole
 * `<alert>`: their `<polygon>`s and `<circle>`s become shapes labelled with the
 * `<areaDesc>`. This is a light reader for pasted input; the full CAP codec (schema,
 * signatures) is in @sirene/core. Never throws.
 */
export function parseCapAreaXml(text: string, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'en';
  const xml = parseXml(text);
  if (!xml.ok) {
    const { line, column, message } = xml.error;
    return failed('cap-area', [
      geoFinding('import.xml-syntax', lang, {
        severity: 'error',
        source: 'xml',
        line,
        column,
        params: { line, column, detail: message },
      }),
    ]);
  }
  const findings: GeoFinding[] = [];
  const shapes: AreaShape[] = [];
  const labels: (string | undefined)[] = [];
  const areas = xml.root.name === 'area' ? [xml.root] : findAll(xml.root, 'area');
  // A bare <polygon> or <circle> pasted on its own.
  const containers = areas.length > 0 ? areas : [xml.root];
  for (const area of containers) {
    const desc = child(area, 'areaDesc')?.text.trim() || undefined;
    const polys =
      area.name === 'polygon' ? [area] : area.children.filter((c) => c.name === 'polygon');
    const circles =
      area.name === 'circle' ? [area] : area.children.filter((c) => c.name === 'circle');
    for (const p of polys) {
      const ring = readPolygonText(p.text, lang, findings, p.textLine);
      if (ring) {
        shapes.push({ type: 'Polygon', coordinates: [ring] });
        labels.push(desc);
      }
    }
    for (const c of circles) {
      const circle = readCircleText(c.text, lang, findings, c.textLine);
      if (circle) {
        shapes.push(circle);
        labels.push(desc);
      }
    }
  }
  if (shapes.length === 0 && findings.length === 0) {
    findings.push(
      geoFinding('import.cap-no-area', lang, { severity: 'error', line: xml.root.line }),
    );
  }
  return { format: 'cap-area', shapes, labels, findings };
}
