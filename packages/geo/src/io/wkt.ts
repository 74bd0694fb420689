import type { Lang } from '@sirene/core';
import { parseCrs, transformNested } from '../crs.js';
import { geoFinding } from '../findings.js';
import { circleToPolygon, shapePolygons } from '../shapes.js';
import type { AreaShape, LonLat, Ring } from '../types.js';
import { failed, formatNumber } from './common.js';
import type { ImportOptions, ImportResult } from './common.js';
import { lineColumn } from './xml.js';

/** Localized WKT syntax details. */
const WKT_DETAILS = {
  en: {
    expected: 'expected {what}, found {found}',
    end: 'end of input',
    trailing: 'unexpected text after the geometry',
    number: 'a number',
    type: 'a geometry type',
  },
  nl: {
    expected: 'verwacht {what}, gevonden {found}',
    end: 'einde van de invoer',
    trailing: 'onverwachte tekst na de geometrie',
    number: 'een getal',
    type: 'een geometrietype',
  },
  fr: {
    expected: '{what} attendu, trouvé {found}',
    end: 'fin de l’entrée',
    trailing: 'texte inattendu après la géométrie',
    number: 'un nombre',
    type: 'un type de géométrie',
  },
  de: {
    expected: '{what} erwartet, gefunden {found}',
    end: 'Ende der Eingabe',
    trailing: 'unerwarteter Text nach der Geometrie',
    number: 'eine Zahl',
    type: 'ein Geometrietyp',
  },
} as const;

type Token =
  | { kind: 'word'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'punct'; value: '(' | ')' | ','; at: number }
  | { kind: 'end'; at: number };

class WktSyntaxError {
  constructor(
    readonly at: number,
    readonly what: string,
    readonly found: string,
  ) {}
}

function tokenize(text: string, start: number): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:([A-Za-z]+)|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([(),])|(\S))/y;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text)) !== null) {
    const at = m.index + (m[0].length - m[0].trimStart().length);
    if (m[1]) tokens.push({ kind: 'word', value: m[1].toUpperCase(), at });
    else if (m[2]) tokens.push({ kind: 'number', value: Number(m[2]), at });
    else if (m[3]) tokens.push({ kind: 'punct', value: m[3] as '(' | ')' | ',', at });
    else if (m[4]) {
      if (m[4] === ';' && text.slice(re.lastIndex).trim() === '') break;
      throw new WktSyntaxError(at, 'WKT', JSON.stringify(m[4]));
    } else break;
  }
  tokens.push({ kind: 'end', at: text.trimEnd().length });
  return tokens;
}

interface Parsed {
  shapes: (Ring[] | Ring[][])[];
  multi: boolean[];
  others: string[];
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i] ?? { kind: 'end', at: 0 };
  }

  private describe(t: Token): string {
    return t.kind === 'end' ? '<end>' : JSON.stringify(String(t.value));
  }

  private expect(value: '(' | ')' | ','): void {
    const t = this.peek();
    if (t.kind !== 'punct' || t.value !== value)
      throw new WktSyntaxError(t.at, `“${value}”`, this.describe(t));
    this.i++;
  }

  private accept(value: '(' | ')' | ','): boolean {
    const t = this.peek();
    if (t.kind === 'punct' && t.value === value) {
      this.i++;
      return true;
    }
    return false;
  }

  private number(): number {
    const t = this.peek();
    if (t.kind !== 'number') throw new WktSyntaxError(t.at, 'number', this.describe(t));
    this.i++;
    return t.value;
  }

  private position(): LonLat {
    const x = this.number();
    const y = this.number();
    // Optional Z and M.
    while (this.peek().kind === 'number') this.i++;
    return [x, y];
  }

  private ring(): Ring {
    this.expect('(');
    const ring: Ring = [this.position()];
    while (this.accept(',')) ring.push(this.position());
    this.expect(')');
    return ring;
  }

  private polygonBody(): Ring[] {
    this.expect('(');
    const rings: Ring[] = [this.ring()];
    while (this.accept(',')) rings.push(this.ring());
    this.expect(')');
    return rings;
  }

  private isEmpty(): boolean {
    const t = this.peek();
    if (t.kind === 'word' && t.value === 'EMPTY') {
      this.i++;
      return true;
    }
    return false;
  }

  private skipBalanced(): void {
    if (this.isEmpty()) return;
    this.expect('(');
    let depth = 1;
    while (depth > 0) {
      const t = this.peek();
      if (t.kind === 'end') throw new WktSyntaxError(t.at, '“)”', '<end>');
      if (t.kind === 'punct' && t.value === '(') depth++;
      if (t.kind === 'punct' && t.value === ')') depth--;
      this.i++;
    }
  }

  geometry(out: Parsed): void {
    const t = this.peek();
    if (t.kind !== 'word') throw new WktSyntaxError(t.at, 'type', this.describe(t));
    this.i++;
    const dims = this.peek();
    if (dims.kind === 'word' && ['Z', 'M', 'ZM'].includes(dims.value)) this.i++;
    switch (t.value) {
      case 'POLYGON':
        if (!this.isEmpty()) {
          out.shapes.push(this.polygonBody());
          out.multi.push(false);
        }
        return;
      case 'MULTIPOLYGON': {
        if (this.isEmpty()) return;
        this.expect('(');
        const polys = [this.polygonBody()];
        while (this.accept(',')) polys.push(this.polygonBody());
        this.expect(')');
        out.shapes.push(polys);
        out.multi.push(true);
        return;
      }
      case 'GEOMETRYCOLLECTION':
        if (this.isEmpty()) return;
        this.expect('(');
        this.geometry(out);
        while (this.accept(',')) this.geometry(out);
        this.expect(')');
        return;
      case 'POINT':
      case 'LINESTRING':
      case 'MULTIPOINT':
      case 'MULTILINESTRING':
      case 'TRIANGLE':
      case 'CIRCULARSTRING':
      case 'CURVEPOLYGON':
        out.others.push(t.value);
        this.skipBalanced();
        return;
      default:
        throw new WktSyntaxError(t.at, 'type', this.describe(t));
    }
  }

  end(): void {
    const t = this.peek();
    if (t.kind !== 'end') throw new WktSyntaxError(t.at, '', '');
  }
}

function render(lang: Lang, err: WktSyntaxError): string {
  const d = WKT_DETAILS[lang];
  if (!err.what) return d.trailing;
  const found = err.found === '<end>' ? d.end : err.found;
  const what = err.what === 'number' || err.what === 'type' ? d[err.what] : err.what;
  return d.expected.replace('{what}', what).replace('{found}', found);
}

/**
 * Reads WKT (or EWKT with `SRID=…;`): POLYGON, MULTIPOLYGON, or a GEOMETRYCOLLECTION of
 * them; Z and M values are dropped. Other geometry types are reported
 * (`import.wkt-type`), syntax errors with line and column (`import.wkt-syntax`), an SRID
 * other than 4326, 3857, 28992, 31370 or 3812 as `import.unsupported-crs`. Never throws.
 */
export function parseWKT(text: string, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'en';
  let start = 0;
  let crs: ReturnType<typeof parseCrs> = 'EPSG:4326';
  const srid = /^\s*SRID\s*=\s*(\d+)\s*;/i.exec(text);
  if (srid) {
    crs = parseCrs(`EPSG:${srid[1]}`);
    if (!crs) {
      return failed('wkt', [
        geoFinding('import.unsupported-crs', lang, {
          severity: 'error',
          params: { crs: `EPSG:${srid[1]}` },
        }),
      ]);
    }
    start = srid[0].length;
  }
  const out: Parsed = { shapes: [], multi: [], others: [] };
  try {
    const parser = new Parser(tokenize(text, start));
    parser.geometry(out);
    parser.end();
  } catch (e) {
    const err = e instanceof WktSyntaxError ? e : new WktSyntaxError(start, 'WKT', String(e));
    const { line, column } = lineColumn(text, err.at);
    return failed('wkt', [
      geoFinding('import.wkt-syntax', lang, {
        severity: 'error',
        line,
        column,
        params: { line, column, detail: render(lang, err) },
      }),
    ]);
  }
  const shapes: AreaShape[] = out.shapes.map((coords, i) => {
    const wgs = crs === 'EPSG:4326' ? coords : transformNested(coords, crs, 'EPSG:4326');
    return out.multi[i]
      ? { type: 'MultiPolygon', coordinates: wgs as Ring[][] }
      : { type: 'Polygon', coordinates: wgs as Ring[] };
  });
  const severity = shapes.length > 0 ? 'warning' : 'error';
  const findings = out.others.map((type) =>
    geoFinding('import.wkt-type', lang, { severity, params: { type } }),
  );
  return { format: 'wkt', shapes, labels: shapes.map(() => undefined), findings };
}

/** Options for the text writers. */
export interface WriteOptions {
  /** Decimals of degrees (default 6, about 0.1 m). */
  precision?: number;
  /** Vertices of the polygon that replaces a circle (default 64; it contains the circle). */
  circleSegments?: number;
}

function ringWkt(ring: Ring, digits: number): string {
  return `(${ring.map((p) => `${formatNumber(p[0], digits)} ${formatNumber(p[1], digits)}`).join(', ')})`;
}

/**
 * Writes a shape as WKT (lon lat order, WGS84): POLYGON or MULTIPOLYGON. WKT has no
 * circle, so a circle is written as the polygon that contains it.
 */
export function toWKT(shape: AreaShape, options: WriteOptions = {}): string {
  const digits = options.precision ?? 6;
  const s: AreaShape =
    shape.type === 'Circle'
      ? circleToPolygon(shape, { segments: options.circleSegments ?? 64 })
      : shape;
  const polys = shapePolygons(s);
  const body = (rings: Ring[]): string => `(${rings.map((r) => ringWkt(r, digits)).join(', ')})`;
  if (s.type === 'MultiPolygon') {
    return polys.length === 0
      ? 'MULTIPOLYGON EMPTY'
      : `MULTIPOLYGON (${polys.map(body).join(', ')})`;
  }
  const [rings] = polys;
  return rings && rings.length > 0 ? `POLYGON ${body(rings)}` : 'POLYGON EMPTY';
}
