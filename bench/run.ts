// Runs every benchmark in bench/*.bench.ts and writes bench/results.json:
// { "<name>": { "value": …, "unit": …, "baseline": …, "ratio": … } }.
// `npm run bench -- cap` runs only the files whose name contains "cap".
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, BenchResult } from './lib.js';

const dir = new URL('.', import.meta.url).pathname;
const filter = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((p) => f.includes(p)))
  .sort();

const results: Record<string, BenchResult> = {};
for (const file of files) {
  const mod = (await import(join(dir, file))) as { default: Benchmark[] };
  for (const bench of mod.default) {
    const result = await bench.run();
    results[bench.name] = result;
    const base =
      result.baseline !== undefined
        ? `  (baseline ${format(result.baseline)}, ratio ${format(result.ratio ?? 0)})`
        : '';
    console.log(`${bench.name.padEnd(40)} ${format(result.value)} ${result.unit}${base}`);
  }
}
const out = join(dir, 'results.json');
// A filtered run updates its own figures and keeps the others from the last full run.
const previous: Record<string, BenchResult> =
  filter.length && existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, BenchResult>)
    : {};
writeFileSync(out, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
console.log(`\nWrote ${Object.keys(results).length} results to ${out}`);

function format(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toPrecision(3);
}
