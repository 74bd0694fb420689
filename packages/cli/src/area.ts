import { parseArgs, type ParseArgsConfig } from 'node:util';
import { escapeXmlText, resolveLang, type Lang } from '@sirene/core';
import {
  GEO_PROFILE_IDS,
  geoProfile,
  measure,
  parseArea,
  repairShape,
  simplifyToLimit,
  toCapCircleText,
  toCapPolygonText,
  toGeoJSON,
  toKML,
  toWKT,
  shapePolygons,
  MIN_SIMPLIFY_POINTS,
  type AreaShape,
  type GeoFinding,
  type GeoProfile,
} from '@sirene/geo';
import { decodeXml, readInput, UsageError, type CliIo } from './io.js';

/** Output formats of `sirene area … --to`. */
const OUTPUT_FORMATS = ['geojson', 'wkt', 'kml', 'cap'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const AREA_HELP = `sirene area — check, repair, simplify and convert alert areas

Usage:
  sirene area check <file|-> [--profile NAME] [--json] [--lang nl|en|fr|de]
      Findings about the area (self-intersections, vertex limit, outside the country…).
      Exit 0 when no finding is an error, 1 otherwise, 2 on usage errors.
  sirene area repair <file|-> [--profile NAME] [--fill-holes] [--simplify] [--to FORMAT]
      Applies every repair the findings offer; the repaired area on stdout.
  sirene area simplify <file|-> [--max-vertices N] [--profile NAME] [--to FORMAT]
      At most N vertices per polygon (default: the profile's limit), never shrinking it.
  sirene area convert <file|-> --to geojson|wkt|kml|cap
      Converts the area; findings (if any) on stderr.

The input format (GeoJSON, WKT, KML, CAP <area> or message, CAP polygon/circle text, a
list of coordinates) is detected from the content. Output is GeoJSON unless --to says
otherwise. Profiles: ${GEO_PROFILE_IDS.join(', ')} (default nl-alert).
`;

const OPTIONS = {
  profile: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  to: { type: 'string' },
  'max-vertices': { type: 'string' },
  'fill-holes': { type: 'boolean', default: false },
  simplify: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

interface AreaOptions {
  profile: GeoProfile;
  json: boolean;
  lang: Lang;
  to: OutputFormat;
  maxVertices?: number;
  fillHoles: boolean;
  simplify: boolean;
}

const COMMANDS = ['check', 'repair', 'simplify', 'convert'] as const;
type AreaSubcommand = (typeof COMMANDS)[number];

/**
 * `sirene area …`: `argv` holds the arguments after `area` (a leading `area` is skipped
 * too), e.g. `['check', 'zone.geojson', '--json']`. Returns the exit code: 0 fine, 1 when
 * the area has errors (or could not be read), 2 on usage errors (with a message saying
 * what to do), 70 on an unexpected failure.
 */
export async function areaCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = argv[0] === 'area' ? argv.slice(1) : argv;
    const { values, positionals } = parseArgs({
      args,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(AREA_HELP);
      return 0;
    }
    const [command, ...files] = positionals;
    if (command === undefined) {
      io.stderr(
        `sirene: name what to do with the area: sirene area ${COMMANDS.join('|')} <file>.\n`,
      );
      io.stderr(AREA_HELP);
      return 2;
    }
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(
        `Unknown command "area ${command}". Use one of: ${COMMANDS.map((c) => `area ${c}`).join(', ')} (sirene area --help).`,
      );
    }
    const sub = command as AreaSubcommand;
    const options = readOptions(values, sub);
    if (files.length !== 1 || files[0] === undefined) {
      throw new UsageError(
        `Expected exactly one file: sirene area ${sub} <file> (or - for standard input).`,
      );
    }
    const file = files[0];
    const text = decodeText(await readInput(io, file));
    const parsed = parseArea(text, { profile: options.profile, lang: options.lang });
    switch (sub) {
      case 'check':
        return check(io, file, parsed, options);
      case 'repair':
        return repair(io, file, parsed, options);
      case 'simplify':
        return simplify(io, file, parsed, options);
      case 'convert':
        return convert(io, file, parsed, options);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`sirene: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`sirene: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}

function readOptions(
  values: {
    profile?: string | undefined;
    json?: boolean | undefined;
    lang?: string | undefined;
    to?: string | undefined;
    'max-vertices'?: string | undefined;
    'fill-holes'?: boolean | undefined;
    simplify?: boolean | undefined;
  },
  command: AreaSubcommand,
): AreaOptions {
  if (
    values.profile !== undefined &&
    !(GEO_PROFILE_IDS as readonly string[]).includes(values.profile)
  ) {
    throw new UsageError(
      `Unknown profile "${values.profile}". Use one of: ${GEO_PROFILE_IDS.join(', ')}.`,
    );
  }
  if (values.lang !== undefined && !['nl', 'en', 'fr', 'de'].includes(values.lang)) {
    throw new UsageError(`Unknown language "${values.lang}". Use nl, en, fr or de.`);
  }
  if (command === 'convert' && values.to === undefined) {
    throw new UsageError(
      `Say what to convert to: sirene area convert <file> --to ${OUTPUT_FORMATS.join('|')}.`,
    );
  }
  if (values.to !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(values.to)) {
    throw new UsageError(
      `Unknown output format "${values.to}". Use --to ${OUTPUT_FORMATS.join(', --to ')}.`,
    );
  }
  if (values.to !== undefined && command === 'check') {
    throw new UsageError('area check writes findings, not an area: drop --to (or use --json).');
  }
  if (values['max-vertices'] !== undefined && command !== 'simplify') {
    throw new UsageError(
      `--max-vertices belongs to "sirene area simplify", not "area ${command}".`,
    );
  }
  const options: AreaOptions = {
    profile: geoProfile(values.profile),
    json: values.json ?? false,
    lang: resolveLang(values.lang ?? process.env['LANG']),
    to: (values.to ?? 'geojson') as OutputFormat,
    fillHoles: values['fill-holes'] ?? false,
    simplify: values.simplify ?? false,
  };
  if (values['max-vertices'] !== undefined) {
    const raw = values['max-vertices'];
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || n < MIN_SIMPLIFY_POINTS - 1) {
      throw new UsageError(
        `--max-vertices must be a whole number of at least ${MIN_SIMPLIFY_POINTS - 1}, not "${raw}".`,
      );
    }
    options.maxVertices = n;
  }
  return options;
}

/** XML is decoded as its declaration says; everything else as UTF-8 (a BOM is dropped). */
function decodeText(bytes: Uint8Array): string {
  let start = 0;
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start] ?? 0)) start++;
  const looksXml =
    bytes[start] === 0x3c ||
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && bytes[3] === 0x3c) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe);
  if (looksXml) return decodeXml(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError('The file is not UTF-8 text. Convert it to UTF-8 and try again.');
  }
}

type Parsed = ReturnType<typeof parseArea>;

function formatFindings(findings: readonly GeoFinding[]): string {
  const width = Math.max(0, ...findings.map((f) => f.code.length));
  return findings
    .map((f) => {
      const where = [
        f.line !== undefined ? `line ${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : '',
        f.path,
      ]
        .filter(Boolean)
        .join(' ');
      const fix = f.repair ? ` [repair: ${f.repair.kind}]` : '';
      return `  ${f.severity.padEnd(7)} ${f.code.padEnd(width)}  ${where ? where + ': ' : ''}${f.message}${fix}\n`;
    })
    .join('');
}

function counts(findings: readonly GeoFinding[]): string {
  const n = (s: GeoFinding['severity']) => findings.filter((f) => f.severity === s).length;
  return (
    [
      [n('error'), 'error'],
      [n('warning'), 'warning'],
      [n('info'), 'note'],
    ] as const
  )
    .filter(([c]) => c > 0)
    .map(([c, w]) => `${c} ${w}${c === 1 ? '' : 's'}`)
    .join(', ');
}

const hasError = (findings: readonly GeoFinding[]) => findings.some((f) => f.severity === 'error');

/** Stops when nothing could be read: findings on stderr, exit 1. */
function unreadable(io: CliIo, file: string, parsed: Parsed): number | null {
  if (parsed.shapes.length > 0) return null;
  io.stderr(`${file}: no area could be read\n${formatFindings(parsed.findings)}`);
  return 1;
}

function check(io: CliIo, file: string, parsed: Parsed, options: AreaOptions): number {
  const valid = !hasError(parsed.findings);
  const shapes = parsed.shapes.map((shape) => {
    const m = measure(shape);
    return {
      type: shape.type,
      areaKm2: round(m.areaKm2, 4),
      vertices: m.vertexCount,
      maxPolygonPoints: m.maxPolygonPoints,
    };
  });
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          file,
          format: parsed.format,
          profile: options.profile.id,
          valid,
          shapes,
          findings: parsed.findings,
        },
        null,
        2,
      ) + '\n',
    );
    return valid ? 0 : 1;
  }
  const c = counts(parsed.findings);
  io.stdout(
    `${file}: ${valid ? 'valid' : 'INVALID'} (${parsed.format ?? 'unknown format'}, profile ${options.profile.id}${c ? `; ${c}` : ''})\n`,
  );
  shapes.forEach((s, i) => {
    const points =
      s.type === 'Circle'
        ? ''
        : `, ${s.vertices} vertices (${s.maxPolygonPoints} of at most ${options.profile.maxPolygonPoints} points)`;
    io.stdout(`  shape ${i}: ${s.type}, ${s.areaKm2} km²${points}\n`);
  });
  io.stdout(formatFindings(parsed.findings));
  return valid ? 0 : 1;
}

function repair(io: CliIo, file: string, parsed: Parsed, options: AreaOptions): number {
  const stop = unreadable(io, file, parsed);
  if (stop !== null) return stop;
  const remaining: GeoFinding[] = [];
  const applied: string[] = [];
  const shapes = parsed.shapes.map((shape, i) => {
    const result = repairShape(shape, {
      profile: options.profile,
      lang: options.lang,
      path: `shapes[${i}]`,
      fillHoles: options.fillHoles,
      simplify: options.simplify,
    });
    applied.push(...result.applied.map((r) => `shapes[${i}]: ${r.kind}`));
    remaining.push(...result.findings);
    return result.shape;
  });
  io.stderr(
    applied.length
      ? `${file}: applied ${applied.join(', ')}\n`
      : `${file}: nothing to repair automatically\n`,
  );
  if (remaining.length) io.stderr(`remaining findings:\n${formatFindings(remaining)}`);
  io.stdout(write(shapes, parsed.labels, options.to));
  return hasError(remaining) ? 1 : 0;
}

function simplify(io: CliIo, file: string, parsed: Parsed, options: AreaOptions): number {
  const stop = unreadable(io, file, parsed);
  if (stop !== null) return stop;
  const maxVertices = options.maxVertices ?? options.profile.maxPolygonPoints - 1;
  const findings: GeoFinding[] = [];
  const shapes = parsed.shapes.map((shape, i): AreaShape => {
    // The limit counts distinct vertices; simplifyToLimit counts the closing point too.
    const result = simplifyToLimit(shape, maxVertices + 1, {
      lang: options.lang,
      path: `shapes[${i}]`,
    });
    findings.push(...result.findings);
    // Circles stay circles unless asked to fit a limit a circle does not have.
    return shape.type === 'Circle' && options.maxVertices === undefined ? shape : result.shape;
  });
  if (findings.length) io.stderr(`${file}:\n${formatFindings(findings)}`);
  else io.stderr(`${file}: already within ${maxVertices} vertices per polygon\n`);
  io.stdout(write(shapes, parsed.labels, options.to));
  return hasError(findings) ? 1 : 0;
}

function convert(io: CliIo, file: string, parsed: Parsed, options: AreaOptions): number {
  const stop = unreadable(io, file, parsed);
  if (stop !== null) return stop;
  if (parsed.findings.length) {
    io.stderr(`${file}: ${counts(parsed.findings)}\n${formatFindings(parsed.findings)}`);
  }
  io.stdout(write(parsed.shapes, parsed.labels, options.to));
  return 0;
}

/** Writes shapes in the output format (GeoJSON by default). */
export function write(
  shapes: readonly AreaShape[],
  labels: readonly (string | undefined)[],
  to: OutputFormat,
): string {
  switch (to) {
    case 'geojson':
      return JSON.stringify(toGeoJSON(shapes, { labels }), null, 2) + '\n';
    case 'wkt':
      // One WKT geometry per shape and line (WKT has no circle: the containing polygon).
      return shapes.map((s) => toWKT(s)).join('\n') + '\n';
    case 'kml':
      return toKML(shapes, { labels });
    case 'cap':
      return capAreaXml(shapes, labels);
  }
}

/** A CAP 1.2 `<area>` element: one `<polygon>` per exterior ring, circles as `<circle>`. */
function capAreaXml(shapes: readonly AreaShape[], labels: readonly (string | undefined)[]): string {
  const desc = labels.filter(Boolean).join(', ') || 'Area';
  const lines = ['<area>', `  <areaDesc>${escapeXmlText(desc)}</areaDesc>`];
  for (const shape of shapes) {
    if (shape.type === 'Circle') {
      lines.push(`  <circle>${toCapCircleText(shape)}</circle>`);
      continue;
    }
    for (const rings of shapePolygons(shape)) {
      const outer = rings[0];
      const first = outer?.[0];
      const last = outer?.[outer.length - 1];
      if (!outer || !first || !last) continue;
      // CAP polygons are closed: repeat the first point when the input did not.
      const ring = first[0] === last[0] && first[1] === last[1] ? outer : [...outer, first];
      lines.push(`  <polygon>${toCapPolygonText(ring)}</polygon>`);
    }
  }
  lines.push('</area>', '');
  return lines.join('\n');
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
