/**
 * The cell network the host page's overshoot estimator works with: the synthetic
 * networks of `@sirene/geo` (Rotterdam centre and south-west Drenthe, generated, see
 * packages/geo/data/synthetic/README.md). No public dataset of Dutch or Belgian cells
 * exists; a dispatch centre serves its operators' cell data here instead.
 */
import { readFile } from 'node:fs/promises';
import {
  OvershootEngine,
  parseCellsCsv,
  type AreaShape,
  type OvershootCell,
  type SelectionMode,
} from '@sirene/geo';

/** The CSV files served, in order; all share one header. */
export const NETWORK_FILES = ['rotterdam.csv', 'drenthe.csv'] as const;

const dir = new URL('../../../../packages/geo/data/synthetic/', import.meta.url);
let cached: Promise<string> | undefined;
const files = new Map<string, Promise<string>>();

/** One network file's text, read once for both the CSV served and the engines. */
function readNetworkFile(file: string): Promise<string> {
  let text = files.get(file);
  if (!text) {
    text = readFile(new URL(file, dir), 'utf8');
    files.set(file, text);
    text.catch(() => files.delete(file));
  }
  return text;
}

/**
 * The network as one CSV text in the input format of `@sirene/geo`'s overshoot README
 * (`id,operator,lon,lat,azimuth_deg,…`), read once.
 */
export function networkCsv(): Promise<string> {
  cached ??= Promise.all(NETWORK_FILES.map(readNetworkFile)).then((texts) => {
    const [first = '', ...rest] = texts;
    const body = rest.map((t) => t.split('\n').slice(1).join('\n'));
    return [first.trimEnd(), ...body.map((b) => b.trimEnd())].join('\n') + '\n';
  });
  cached.catch(() => (cached = undefined));
  return cached;
}

/** One file's network, ready to say which of its cells an area selects. */
export interface NetworkEngine {
  file: string;
  cells: readonly OvershootCell[];
  engine: OvershootEngine;
}

let engines: Promise<NetworkEngine[]> | undefined;

/**
 * The overshoot engines over the network, one per file (the two regions are far apart, so
 * one grid over both would be mostly empty), built once per process without blocking the
 * event loop for long (`createAsync` yields every ~30 ms). Rows the parser refuses are
 * left out; the shipped files have none (a test holds that).
 */
export function networkEngines(): Promise<NetworkEngine[]> {
  engines ??= Promise.all(
    NETWORK_FILES.map(async (file) => {
      const parsed = parseCellsCsv(await readNetworkFile(file));
      const engine = await OvershootEngine.createAsync(parsed.cells);
      if (!engine) throw new Error(`The network ${file} could not be prepared.`);
      return { file, cells: parsed.cells, engine };
    }),
  );
  engines.catch(() => (engines = undefined));
  return engines;
}

/**
 * The cells of the network that broadcast an alert over `shapes`: `any-overlap` for cell
 * broadcast (every cell whose serving area touches the area, as NL-Alert does),
 * `site-inside` for location-based SMS (cells whose mast stands in the area, as BE-Alert's
 * LB-SMS does). Ids are `operator:cell`. Empty when the area lies outside the network.
 */
export async function networkCellsFor(
  shapes: readonly AreaShape[],
  mode: Extract<SelectionMode, 'any-overlap' | 'site-inside'>,
): Promise<string[]> {
  if (shapes.length === 0) return [];
  const out: string[] = [];
  for (const { cells, engine } of await networkEngines()) {
    const { selectedCells } = engine.estimate(shapes, { mode });
    for (const index of selectedCells) {
      const cell = cells[index];
      if (cell) out.push(`${cell.operator}:${cell.id}`);
    }
  }
  return out;
}
