/** One benchmark figure as written to bench/results.json. */
export interface BenchResult {
  value: number;
  unit: string;
  /** The same work done the plain way, measured in the same run, where one exists. */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  /** What the baseline is, in words. */
  baselineNote?: string;
}

export interface Benchmark {
  name: string;
  run: () => Promise<BenchResult>;
}

/**
 * Operations per second of `fn`: warm up, then time batches for about `seconds` and
 * take the median batch rate, which is steadier than the mean on a shared machine.
 */
export async function throughput(
  fn: () => unknown | Promise<unknown>,
  { seconds = 1, batch = 1 }: { seconds?: number; batch?: number } = {},
): Promise<number> {
  for (let i = 0; i < Math.max(3, batch); i++) await fn();
  const rates: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || rates.length < 5) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) await fn();
    const elapsed = performance.now() - start;
    rates.push((batch * 1000) / Math.max(elapsed, 1e-6));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

/** A result with its baseline and ratio filled in. */
export function compared(
  value: number,
  unit: string,
  baseline: number,
  baselineNote: string,
): BenchResult {
  return { value, unit, baseline, ratio: baseline > 0 ? value / baseline : 0, baselineNote };
}
