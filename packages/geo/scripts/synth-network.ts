// Generates the synthetic cell networks committed in packages/geo/data/synthetic/ from
// the embedded municipal boundaries and residents (CBS 2023), with a fixed seed:
//
//   node --conditions=source --import tsx packages/geo/scripts/synth-network.ts [outDir]
//
// Same code, same seed, same bytes. The benchmark builds its 50,000-cell country in
// memory with the same generator (bench/overshoot.bench.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { loadDefaultBoundaryLayer } from '../src/admin.js';
import {
  cellsToCsv,
  cellsToGeoJson,
  generateSyntheticNetwork,
} from '../src/overshoot/synthetic.js';
import type { BBox } from '../src/types.js';

/** The committed samples: a dense city centre and a rural area. */
export const SAMPLES: { name: string; bbox: BBox; seed: number; what: string }[] = [
  {
    name: 'rotterdam',
    bbox: [4.43, 51.89, 4.52, 51.94],
    seed: 20240901,
    what: 'Rotterdam centre (urban)',
  },
  {
    name: 'drenthe',
    bbox: [6.3, 52.75, 6.6, 52.95],
    seed: 20240902,
    what: 'south-west Drenthe (rural)',
  },
];

const outDir = process.argv[2] ?? new URL('../data/synthetic/', import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });
const layer = await loadDefaultBoundaryLayer();
const municipalities = layer.areas
  .filter((a) => a.country === 'NL' && a.level === 'municipality')
  .map((a) => ({ shape: a.shape, population: a.population ?? 0 }));
for (const sample of SAMPLES) {
  const cells = generateSyntheticNetwork(municipalities, { bbox: sample.bbox, seed: sample.seed });
  // Written as the repository's Prettier writes JSON, so `prettier --check` passes.
  const file = join(outDir, `${sample.name}.geojson`);
  const config = (await resolveConfig(file)) ?? {};
  writeFileSync(
    file,
    await format(JSON.stringify(cellsToGeoJson(cells)), { ...config, parser: 'json' }),
  );
  writeFileSync(join(outDir, `${sample.name}.csv`), cellsToCsv(cells));
  console.log(`${sample.name}: ${cells.length} cells (${sample.what}), seed ${sample.seed}`);
}
