/**
 * The cell network the host page's overshoot estimator works with: the synthetic
 * networks of `@sirene/geo` (Rotterdam centre and south-west Drenthe, generated, see
 * packages/geo/data/synthetic/README.md). No public dataset of Dutch or Belgian cells
 * exists; a dispatch centre serves its operators' cell data here instead.
 */
import { readFile } from 'node:fs/promises';

/** The CSV files served, in order; all share one header. */
export const NETWORK_FILES = ['rotterdam.csv', 'drenthe.csv'] as const;

const dir = new URL('../../../../packages/geo/data/synthetic/', import.meta.url);
let cached: Promise<string> | undefined;

/**
 * The network as one CSV text in the input format of `@sirene/geo`'s overshoot README
 * (`id,operator,lon,lat,azimuth_deg,…`), read once.
 */
export function networkCsv(): Promise<string> {
  cached ??= Promise.all(NETWORK_FILES.map((f) => readFile(new URL(f, dir), 'utf8'))).then(
    (texts) => {
      const [first = '', ...rest] = texts;
      const body = rest.map((t) => t.split('\n').slice(1).join('\n'));
      return [first.trimEnd(), ...body.map((b) => b.trimEnd())].join('\n') + '\n';
    },
  );
  cached.catch(() => (cached = undefined));
  return cached;
}
