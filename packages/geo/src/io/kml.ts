import { geoFinding } from '../findings.js';
import type { GeoFinding } from '../findings.js';
import { circleToPolygon, shapePolygons } from '../shapes.js';
import type { AreaShape, Ring } from '../types.js';
import { failed, formatNumber } from './common.js';
import type { ImportOptions, ImportResult } from './common.js';
import { child, escapeXml, findAll, parseXml } from './xml.js';
import type { XmlElement } from './xml.js';
import type { WriteOptions } from './wkt.js';

/** Reads a KML `<coordinates>` text; reports the first malformed tuple. */
function readCoordinates(
  el: XmlElement,
  lang: NonNullable<ImportOptions['lang']>,
  findings: GeoFinding[],
): Ring | null {
  const ring: Ring = [];
  const text = el.text;
  let line = el.textLine;
  // Tuples are separated by whitespace; count line breaks for error lines.
  const re = /(\s*)(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    line += (m[1]?.match(/\n/g) ?? []).length;
    const tuple = m[2] as string;
    const parts = tuple.split(',');
    const lon = Number(parts[0]);
    const lat = Number(parts[1]);
    if (
      parts.length < 2 ||
      parts.length > 3 ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat) ||
      parts[0] === '' ||
      parts[1] === ''
    ) {
      findings.push(
        geoFinding('import.kml-coordinates', lang, {
          severity: 'error',
          line,
          params: { line, value: tuple },
        }),
      );
      return null;
    }
    ring.push([lon, lat]);
  }
  return ring;
}

function boundaryRings(
  polygon: XmlElement,
  boundary: string,
  lang: NonNullable<ImportOptions['lang']>,
  findings: GeoFinding[],
): Ring[] | null {
  const rings: Ring[] = [];
  for (const b of polygon.children.filter((c) => c.name === boundary)) {
    for (const lr of b.children.filter((c) => c.name === 'LinearRing')) {
      const coords = child(lr, 'coordinates');
      if (!coords) continue;
      const ring = readCoordinates(coords, lang, findings);
      if (!ring) return null;
      rings.push(ring);
    }
  }
  return rings;
}

/** The Placemark an element belongs to, for its name. */
function placemarkName(root: XmlElement, target: XmlElement): string | undefined {
  for (const pm of findAll(root, 'Placemark')) {
    if (findAll(pm, 'Polygon').includes(target)) {
      const name = child(pm, 'name')?.text.trim();
      return name || undefined;
    }
  }
  return undefined;
}

/**
 * Reads KML (Google Earth, QGIS, My Maps exports): every `<Polygon>` becomes a shape
 * (its `outerBoundaryIs` and `innerBoundaryIs` rings), labelled with its Placemark's
 * `<name>`; polygons of one `<MultiGeometry>` are read as separate shapes. Reports XML
 * errors (`import.xml-syntax`, line and column), malformed coordinates
 * (`import.kml-coordinates`, line), and a document without polygons
 * (`import.kml-no-polygon`). Never throws.
 */
export function parseKML(text: string, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'en';
  const xml = parseXml(text);
  if (!xml.ok) {
    const { line, column, message } = xml.error;
    return failed('kml', [
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
  const polygons = findAll(xml.root, 'Polygon');
  for (const polygon of polygons) {
    const outer = boundaryRings(polygon, 'outerBoundaryIs', lang, findings);
    const inner = boundaryRings(polygon, 'innerBoundaryIs', lang, findings);
    if (!outer || !inner) continue;
    if (outer.length === 0) continue;
    shapes.push({ type: 'Polygon', coordinates: [...outer.slice(0, 1), ...inner] });
    labels.push(placemarkName(xml.root, polygon));
  }
  if (polygons.length === 0) {
    findings.push(
      geoFinding('import.kml-no-polygon', lang, { severity: 'error', line: xml.root.line }),
    );
  }
  return { format: 'kml', shapes, labels, findings };
}

/** Options for `toKML`. */
export interface ToKmlOptions extends WriteOptions {
  /** The document's name. */
  name?: string;
  /** A Placemark name per shape. */
  labels?: readonly (string | undefined)[];
}

/**
 * Writes shapes as a KML 2.2 document, one Placemark per shape (a MultiPolygon as a
 * MultiGeometry). KML has no circle: a circle is written as the polygon that contains it.
 */
export function toKML(shapes: readonly AreaShape[], options: ToKmlOptions = {}): string {
  const digits = options.precision ?? 6;
  const coords = (ring: Ring): string =>
    ring.map((p) => `${formatNumber(p[0], digits)},${formatNumber(p[1], digits)}`).join(' ');
  const polygonKml = (rings: Ring[], indent: string): string => {
    const [outer, ...holes] = rings;
    const lines = [`${indent}<Polygon>`];
    if (outer) {
      lines.push(
        `${indent}  <outerBoundaryIs><LinearRing><coordinates>${coords(outer)}</coordinates></LinearRing></outerBoundaryIs>`,
      );
    }
    for (const h of holes) {
      lines.push(
        `${indent}  <innerBoundaryIs><LinearRing><coordinates>${coords(h)}</coordinates></LinearRing></innerBoundaryIs>`,
      );
    }
    lines.push(`${indent}</Polygon>`);
    return lines.join('\n');
  };
  const placemarks = shapes.map((shape, i) => {
    const s: AreaShape =
      shape.type === 'Circle'
        ? circleToPolygon(shape, { segments: options.circleSegments ?? 64 })
        : shape;
    const polys = shapePolygons(s);
    const label = options.labels?.[i];
    const name = label ? `\n    <name>${escapeXml(label)}</name>` : '';
    const geometry =
      polys.length === 1 && polys[0]
        ? polygonKml(polys[0], '    ')
        : `    <MultiGeometry>\n${polys.map((p) => polygonKml(p, '      ')).join('\n')}\n    </MultiGeometry>`;
    return `  <Placemark>${name}\n${geometry}\n  </Placemark>`;
  });
  const docName = options.name ? `\n  <name>${escapeXml(options.name)}</name>` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    `<Document>${docName}`,
    ...placemarks,
    '</Document>',
    '</kml>',
    '',
  ].join('\n');
}
