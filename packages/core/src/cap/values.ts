/**
 * CAP's text encodings of structured values: numbers, space-delimited lists,
 * references, polygons and circles. Coordinates are turned between CAP's
 * "lat,lon" and the model's `[lon, lat]` here and nowhere else.
 */
import type { CapCircle, CapReference, LonLat } from '../model/cap.js';
import { toCapOffset } from './datetime.js';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;

/** Reads an `xs:decimal` (`-4.5`, `.5`, `+3`); no exponent. `null` if it is not one. */
export function parseDecimal(s: string): number | null {
  return DECIMAL.test(s) ? Number(s) : null;
}

/** Reads an `xs:integer`. `null` if it is not one. */
export function parseInteger(s: string): number | null {
  return INTEGER.test(s) ? Number(s) : null;
}

/**
 * Writes a number as an `xs:decimal`: the shortest text that reads back as the same
 * number, without exponent (`1e-7` is written `0.0000001`).
 */
export function formatDecimal(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e === -1) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot === -1 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + out;
}

/**
 * Writes a CAP space-delimited list (`addresses`, `incidents`): items joined by a space,
 * an item containing whitespace (or nothing) wrapped in double quotes. CAP has no escape
 * for a double quote inside an item.
 */
export function formatCapList(items: readonly string[]): string {
  return items.map((item) => (item === '' || /\s/.test(item) ? `"${item}"` : item)).join(' ');
}

/** Result of {@link parseCapList}. */
export interface CapListResult {
  items: string[];
  /** A double quote was opened and never closed; the rest became one item. */
  unterminated: boolean;
}

/** Reads a CAP space-delimited list; double-quoted items may contain whitespace. */
export function parseCapList(text: string): CapListResult {
  const items: string[] = [];
  let unterminated = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      if (close === -1) {
        items.push(text.slice(i + 1));
        unterminated = true;
        break;
      }
      items.push(text.slice(i + 1, close));
      i = close + 1;
    } else {
      const m = /\S+/y;
      m.lastIndex = i;
      const word = m.exec(text)?.[0] ?? c;
      items.push(word);
      i += word.length;
    }
  }
  return { items, unterminated };
}

/** Writes `references`: space-separated "sender,identifier,sent" triples. */
export function formatCapReferences(refs: readonly CapReference[]): string {
  return refs.map((r) => `${r.sender},${r.identifier},${toCapOffset(r.sent)}`).join(' ');
}

/** One triple of `references`, read or refused (`ref` undefined) as its raw text. */
export interface ReferenceToken {
  raw: string;
  ref?: CapReference;
}

/** Reads `references` into triples; a token that is not three non-empty parts is refused. */
export function parseCapReferences(text: string): ReferenceToken[] {
  return text
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((raw) => {
      const parts = raw.split(',');
      const [sender, identifier, sent] = parts;
      if (parts.length !== 3 || !sender || !identifier || !sent) return { raw };
      return { raw, ref: { sender, identifier, sent } };
    });
}

/** Whether `[lon, lat]` lies within WGS84's range. */
export function inRange([lon, lat]: LonLat): boolean {
  return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

/** Reads one CAP "lat,lon" pair into `[lon, lat]`; `null` if it is not two decimals. */
export function parseLatLon(pair: string): LonLat | null {
  const parts = pair.split(',');
  if (parts.length !== 2) return null;
  const lat = parseDecimal(parts[0] ?? '');
  const lon = parseDecimal(parts[1] ?? '');
  return lat === null || lon === null ? null : [lon, lat];
}

/** Writes `[lon, lat]` as CAP's "lat,lon". */
export function formatLatLon([lon, lat]: LonLat): string {
  return `${formatDecimal(lat)},${formatDecimal(lon)}`;
}

/** Tolerates "52.1, 4.3" (a space after the comma) as written by some senders. */
const tidyPairs = (text: string): string => text.trim().replace(/\s*,\s*/g, ',');

/** Result of {@link parseCapPolygon}. */
export type PolygonResult =
  | { ok: true; ring: LonLat[]; closed: boolean; outOfRange: string | undefined }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'pair'; token: string }
  | { ok: false; reason: 'too-few'; count: number };

/**
 * Reads a CAP polygon ("lat,lon lat,lon …") into a closed ring of `[lon, lat]`.
 * A ring whose last point is not its first is closed (`closed: false` says so); a ring
 * of fewer than 4 points after closing is refused.
 */
export function parseCapPolygon(text: string): PolygonResult {
  const tokens = tidyPairs(text)
    .split(/\s+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return { ok: false, reason: 'empty' };
  const ring: LonLat[] = [];
  let outOfRange: string | undefined;
  for (const token of tokens) {
    const p = parseLatLon(token);
    if (!p) return { ok: false, reason: 'pair', token };
    if (!inRange(p)) outOfRange ??= token;
    ring.push(p);
  }
  const first = ring[0] as LonLat;
  const last = ring[ring.length - 1] as LonLat;
  const closed = first[0] === last[0] && first[1] === last[1];
  if (!closed) ring.push([first[0], first[1]]);
  if (ring.length < 4) return { ok: false, reason: 'too-few', count: ring.length };
  return { ok: true, ring, closed, outOfRange };
}

/** Writes a ring as a closed CAP polygon (the first point is repeated if it is not). */
export function formatCapPolygon(ring: readonly LonLat[]): string {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = !first || !last || (first[0] === last[0] && first[1] === last[1]);
  return [...ring, ...(closed || !first ? [] : [first])].map(formatLatLon).join(' ');
}

/** Result of {@link parseCapCircle}. */
export type CircleResult = { ok: true; circle: CapCircle; outOfRange: boolean } | { ok: false };

/** Reads a CAP circle, "lat,lon radius" (radius in km, not negative). */
export function parseCapCircle(text: string): CircleResult {
  const m = /^(\S+)\s+(\S+)$/.exec(tidyPairs(text));
  if (!m) return { ok: false };
  const center = parseLatLon(m[1] ?? '');
  const radiusKm = parseDecimal(m[2] ?? '');
  if (!center || radiusKm === null || radiusKm < 0) return { ok: false };
  return { ok: true, circle: { center, radiusKm }, outOfRange: !inRange(center) };
}

/** Writes a circle as CAP's "lat,lon radius". */
export function formatCapCircle(circle: CapCircle): string {
  return `${formatLatLon(circle.center)} ${formatDecimal(circle.radiusKm)}`;
}
