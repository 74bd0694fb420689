import type { Lang, MessageCatalog } from '@sirene/core';
import { translate } from '@sirene/core';
import type { GeoFinding } from '../findings.js';
import type { AreaShape, LonLat } from '../types.js';

/** Formats `parseArea` recognises. */
export const IMPORT_FORMATS = [
  'geojson',
  'wkt',
  'kml',
  'cap-area',
  'cap-polygon',
  'cap-circle',
  'coordinates',
] as const;
/**
 * An input format: GeoJSON, WKT, KML, a CAP `<area>` (or a whole CAP message), CAP
 * polygon text (`lat,lon lat,lon …`), CAP circle text (`lat,lon radius`), or a pasted
 * list of coordinates (one pair per line).
 */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What an import produced. Errors are findings; shapes hold whatever could be read. */
export interface ImportResult {
  /** The format detected (or asked for); null when unrecognised. */
  format: ImportFormat | null;
  shapes: AreaShape[];
  /** One label per shape when the input names it (GeoJSON `name`, KML `<name>`, CAP `areaDesc`). */
  labels: (string | undefined)[];
  findings: GeoFinding[];
}

/** Options shared by the importers. */
export interface ImportOptions {
  /** Language of the messages (default English). */
  lang?: Lang;
}

/** Localized details used inside import messages. */
export const DETAILS = {
  'not-array': {
    en: 'expected an array',
    nl: 'verwacht een lijst',
    fr: 'un tableau est attendu',
    de: 'Array erwartet',
  },
  'not-position': {
    en: 'expected a position [longitude, latitude]',
    nl: 'verwacht een positie [lengte, breedte]',
    fr: 'une position [longitude, latitude] est attendue',
    de: 'Position [Länge, Breite] erwartet',
  },
  'no-type': {
    en: 'missing “type”',
    nl: '“type” ontbreekt',
    fr: '« type » manquant',
    de: '„type“ fehlt',
  },
  'no-geometry': {
    en: 'the feature has no geometry',
    nl: 'het feature heeft geen geometrie',
    fr: 'l’entité n’a pas de géométrie',
    de: 'das Feature hat keine Geometrie',
  },
} satisfies MessageCatalog<string>;

/** A detail text in `lang`. */
export function detail(key: keyof typeof DETAILS, lang: Lang): string {
  return translate(DETAILS, key, lang);
}

/** Whether a value is a position: an array of at least two finite numbers. */
export function isPositionLike(value: unknown): value is LonLat {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

/** Rounds to `digits` decimals and prints without trailing zeros or exponent. */
export function formatNumber(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** An empty result with one or more findings. */
export function failed(format: ImportFormat | null, findings: GeoFinding[]): ImportResult {
  return { format, shapes: [], labels: [], findings };
}
