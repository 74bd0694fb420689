import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveLang, type Finding, type Lang } from '@sirene/core';
import {
  OvershootEngine,
  SELECTION_MODES,
  parseArea,
  parseCells,
  parseCrs,
  parsePopulation,
  type Band,
  type CrsCode,
  type OvershootEstimate,
  type OvershootFigures,
  type PopulationInput,
  type PopulationPlacement,
  type SelectionMode,
} from '@sirene/geo';
import { readInput, UsageError, type CliIo } from './io.js';

/** Help text of `sirene overshoot`. */
export const OVERSHOOT_HELP = `sirene overshoot estimate — where a cell broadcast reaches beyond the drawn area

Usage:
  sirene overshoot estimate --cells FILE --area FILE [--mode any-overlap|site-inside|geofence]
                            [--population FILE] [--crs EPSG:28992] [--json] [--lang nl|en]

  --cells FILE       cells: GeoJSON points or CSV (lon,lat or x,y with --crs), with operator,
                     azimuth_deg, beamwidth_deg, height_m, frequency_mhz, erp_dbw, range_m
                     (format: packages/geo/src/overshoot/README.md)
  --area FILE        the drawn area: GeoJSON, WKT, KML, CAP <area> or polygon text
  --mode MODE        any-overlap (NL-Alert, default), site-inside (BE LB-SMS), geofence (WEA)
  --population FILE  residents: GeoJSON points or polygons (population or aantalInwoners),
                     CSV with lon,lat,population, or a CBS 100 m grid CSV
                     (crs28992res100m, aantal_inwoners). Polygons such as municipalities
                     are spread evenly over their area: a coarse estimate, said so.
  --crs CODE         coordinate system of x/y columns (EPSG:28992, EPSG:3812, EPSG:31370)
  --sweep DB         uncertainty band: path loss ± this many dB (default 10)
  --max-path-loss DB maximum outdoor path loss at 30 dBW ERP (default 145)
  --no-suggest       skip the tighter-area suggestion
  --json             machine-readable output
Every figure comes with its band (low–high over the sweep). Exit 0 done, 1 bad input, 2 usage.
`;

const OPTIONS = {
  cells: { type: 'string' },
  area: { type: 'string' },
  mode: { type: 'string' },
  population: { type: 'string' },
  crs: { type: 'string' },
  sweep: { type: 'string' },
  'max-path-loss': { type: 'string' },
  'no-suggest': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

const LABELS = {
  en: {
    title: 'Overshoot estimate',
    modes: {
      'any-overlap': 'any-overlap: every cell whose serving area touches the area broadcasts',
      'site-inside': 'site-inside: only cells whose mast stands inside the area broadcast',
      geofence: 'geofence: phones show the alert only when they find themselves inside',
    },
    area: 'Area',
    cells: 'cells',
    networks: 'networks',
    band: 'band: path loss',
    all: 'All networks',
    nominal: 'nominal',
    range: 'low – high',
    overshootArea: 'Overshoot area',
    overshootPop: 'Residents there',
    p50: 'Spill p50',
    p95: 'Spill p95',
    max: 'Spill max',
    underArea: 'Undershoot area',
    underPop: 'Residents missed',
    cellsSel: 'Cells broadcasting',
    legacy: 'Phones without geofencing (older phones) see the any-overlap figures:',
    suggestion: 'Tighter area',
    inset: 'move every edge {km} km inwards',
    none: 'no inset keeps undershoot within {share} % of the served area inside; keep the area as drawn',
    bleed: 'UK bleed ring for comparison',
    notes: 'Notes',
    population: {
      none: 'Residents: not estimated (no --population file given)',
      areas:
        'Residents: estimated from municipal totals, spread evenly over each municipality (not where people live within it)',
      points: 'Residents: from a population grid (such as CBS 100 m squares)',
      mixed: 'Residents: from a population grid and from area totals spread evenly',
    },
  },
  nl: {
    title: 'Overloopschatting',
    modes: {
      'any-overlap':
        'any-overlap: elke cel waarvan het verzorgingsgebied het gebied raakt zendt uit',
      'site-inside': 'site-inside: alleen cellen met de mast binnen het gebied zenden uit',
      geofence:
        'geofence: telefoons tonen de melding alleen als ze zichzelf binnen het gebied vinden',
    },
    area: 'Gebied',
    cells: 'cellen',
    networks: 'netwerken',
    band: 'band: padverlies',
    all: 'Alle netwerken',
    nominal: 'nominaal',
    range: 'laag – hoog',
    overshootArea: 'Overloopgebied',
    overshootPop: 'Inwoners daar',
    p50: 'Overloop p50',
    p95: 'Overloop p95',
    max: 'Overloop max',
    underArea: 'Ondergebied',
    underPop: 'Gemiste inwoners',
    cellsSel: 'Zendende cellen',
    legacy: 'Telefoons zonder geofencing (oudere telefoons) zien de any-overlap-cijfers:',
    suggestion: 'Krapper gebied',
    inset: 'elke rand {km} km naar binnen',
    none: 'geen inperking houdt het ondergebied binnen {share} % van het verzorgde gebied binnen; houd het gebied zoals getekend',
    bleed: 'Britse overloopring ter vergelijking',
    notes: 'Opmerkingen',
    population: {
      none: 'Inwoners: niet geschat (geen --population-bestand gegeven)',
      areas:
        'Inwoners: geschat uit gemeentetotalen, gelijk verdeeld over elke gemeente (niet waar mensen binnen de gemeente wonen)',
      points: 'Inwoners: uit een bevolkingsraster (zoals CBS-vierkanten van 100 m)',
      mixed: 'Inwoners: uit een bevolkingsraster en uit gebiedstotalen, gelijk verdeeld',
    },
  },
} as const;

type Labels = (typeof LABELS)['en'] | (typeof LABELS)['nl'];

function num(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return String(v);
  return v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits);
}

function fmt(b: Band, unit: string, digits = 1): [string, string] {
  return [`${num(b.nominal, digits)}${unit}`, `(${num(b.low, digits)} – ${num(b.high, digits)})`];
}

function figureLines(f: OvershootFigures, l: Labels): string {
  const rows: [string, [string, string]][] = [[l.overshootArea, fmt(f.overshootAreaKm2, ' km²')]];
  if (f.overshootPopulation) rows.push([l.overshootPop, fmt(f.overshootPopulation, '', 0)]);
  rows.push([l.p50, fmt(f.spillP50Km, ' km')]);
  rows.push([l.p95, fmt(f.spillP95Km, ' km')]);
  rows.push([l.max, fmt(f.spillMaxKm, ' km')]);
  rows.push([l.underArea, fmt(f.undershootAreaKm2, ' km²')]);
  if (f.undershootPopulation) rows.push([l.underPop, fmt(f.undershootPopulation, '', 0)]);
  rows.push([l.cellsSel, fmt(f.cellsSelected, '', 0)]);
  return rows.map(([k, [a, b]]) => `  ${k.padEnd(20)} ${a.padStart(14)}  ${b}\n`).join('');
}

function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const where = [f.line !== undefined ? `line ${f.line}` : '', f.path]
        .filter(Boolean)
        .join(' ');
      return `  ${f.severity.padEnd(7)} ${f.code}  ${where ? where + ': ' : ''}${f.message}\n`;
    })
    .join('');
}

function render(
  e: OvershootEstimate,
  cellCount: number,
  notes: readonly Finding[],
  lang: Lang,
  placement: PopulationPlacement,
): string {
  const l: Labels = lang === 'nl' ? LABELS.nl : LABELS.en;
  let out = `${l.title} — ${l.modes[e.mode]}\n`;
  out += `${l.area} ${num(e.areaKm2)} km² · ${cellCount} ${l.cells}, ${e.operators.length} ${l.networks} · ${l.band} ±${e.sweepDb} dB\n`;
  out += `${l.population[placement]}\n\n`;
  out += `${l.all.padEnd(22)} ${l.nominal.padStart(14)}  (${l.range})\n${figureLines(e.combined, l)}`;
  for (const o of e.operators) out += `\n${o.operator}\n${figureLines(o.figures, l)}`;
  if (e.legacy) out += `\n${l.legacy}\n${figureLines(e.legacy.combined, l)}`;
  const s = e.suggestion;
  if (s) {
    out += `\n${l.suggestion}: `;
    const o = s.recommended === null ? null : s.options[s.recommended];
    if (!o) {
      out += `${l.none.replace('{share}', String(s.maxUndershootShare * 100))}\n`;
    } else {
      const base = e.combined.overshootAreaKm2.nominal;
      const over = o.overshootAreaKm2;
      const saved = base > 0 ? Math.round((100 * (base - over.nominal)) / base) : 0;
      const band = (b: Band, unit: string, digits = 1) => fmt(b, unit, digits).join(' ');
      out += `${l.inset.replace('{km}', String(o.insetKm))}: ${band(over, ' km²')} (−${saved} %), ${l.underArea.toLowerCase()} ${band(o.undershootAreaKm2, ' km²', 2)}`;
      if (o.overshootPopulation && o.undershootPopulation) {
        out += `; ${l.overshootPop.toLowerCase()} ${band(o.overshootPopulation, '', 0)}, ${l.underPop.toLowerCase()} ${band(o.undershootPopulation, '', 0)}`;
      }
      out += '\n';
    }
  }
  if (e.ukBleedKm !== null) out += `${l.bleed}: ${num(e.ukBleedKm, 2)} km\n`;
  const all = [...notes, ...e.findings];
  if (all.length > 0) out += `\n${l.notes}:\n${formatFindings(all)}`;
  return out;
}

function dbOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a number of dB from ${min} to ${max}, not "${value}".`);
  }
  return n;
}

/**
 * `sirene overshoot estimate …`: reads cells, an area and optionally residents, and prints
 * overshoot and undershoot per operator and combined, each with its band. `argv` is what
 * follows `overshoot` (a leading `overshoot` is accepted too). Returns the exit code:
 * 0 done, 1 bad input (findings on stderr), 2 usage.
 */
export async function overshootCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = argv[0] === 'overshoot' ? argv.slice(1) : argv;
    const { values, positionals } = parseArgs({
      args,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(OVERSHOOT_HELP);
      return 0;
    }
    if (positionals[0] !== 'estimate' || positionals.length > 1) {
      throw new UsageError(
        `Unknown command "overshoot ${positionals.join(' ')}". Use: sirene overshoot estimate --cells FILE --area FILE.`,
      );
    }
    if (!values.cells) throw new UsageError('Missing --cells FILE (GeoJSON points or CSV).');
    if (!values.area) throw new UsageError('Missing --area FILE (GeoJSON, WKT, KML or CAP).');
    const mode = (values.mode ?? 'any-overlap') as SelectionMode;
    if (!SELECTION_MODES.includes(mode)) {
      throw new UsageError(
        `Unknown mode "${values.mode}". Use one of: ${SELECTION_MODES.join(', ')}.`,
      );
    }
    let crs: CrsCode | undefined;
    if (values.crs !== undefined) {
      const parsed = parseCrs(values.crs);
      if (!parsed)
        throw new UsageError(
          `Unknown coordinate system "${values.crs}". Use EPSG:28992, EPSG:3812 or EPSG:31370.`,
        );
      crs = parsed;
    }
    if (values.lang !== undefined && !['nl', 'en', 'fr', 'de'].includes(values.lang)) {
      throw new UsageError(`Unknown language "${values.lang}". Use nl or en.`);
    }
    const lang = resolveLang(values.lang ?? process.env['LANG']);
    const sweepDb = dbOption(values.sweep, 'sweep', 0, 30);
    const maxPathLossDb = dbOption(values['max-path-loss'], 'max-path-loss', 100, 180);

    const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    const cellText = decode(await readInput(io, values.cells));
    const areaText = decode(await readInput(io, values.area));
    const cells = parseCells(cellText, { lang, ...(crs ? { crs } : {}) });
    const area = parseArea(areaText, { lang });
    let population: PopulationInput | undefined;
    const notes: Finding[] = [...cells.findings.filter((f) => f.severity !== 'error')];
    const errors: Finding[] = [
      ...cells.findings.filter((f) => f.severity === 'error'),
      ...area.findings.filter((f) => f.severity === 'error'),
    ];
    notes.push(...area.findings.filter((f) => f.severity !== 'error'));
    if (values.population) {
      const pop = parsePopulation(decode(await readInput(io, values.population)), {
        lang,
        ...(crs ? { crs } : {}),
      });
      errors.push(...pop.findings.filter((f) => f.severity === 'error'));
      notes.push(...pop.findings.filter((f) => f.severity !== 'error'));
      population = pop.population;
    }
    if (errors.length > 0 || area.shapes.length === 0) {
      io.stderr(`sirene: cannot estimate; fix these first:\n${formatFindings(errors)}`);
      return 1;
    }
    const engine = OvershootEngine.create(cells.cells, {
      lang,
      ...(population ? { population } : {}),
      ...(sweepDb !== undefined ? { sweepDb } : {}),
      ...(maxPathLossDb !== undefined ? { maxPathLossDb } : {}),
    });
    const estimate = engine.estimate(area.shapes, { mode, suggest: !values['no-suggest'] });
    if (values.json) {
      const { selectedCells, ...rest } = estimate;
      const ids = [...selectedCells].map((i) => cells.cells[i]?.id ?? String(i));
      const summary = engine.summary();
      const residents = { placement: summary.populationPlacement, onGrid: summary.population };
      io.stdout(
        JSON.stringify(
          { ...rest, selectedCells: ids, population: residents, inputFindings: notes },
          null,
          2,
        ) + '\n',
      );
    } else {
      io.stdout(
        render(estimate, cells.cells.length, notes, lang, engine.summary().populationPlacement),
      );
    }
    return 0;
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
