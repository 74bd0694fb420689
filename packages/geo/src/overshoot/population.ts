import type { BoundaryLayer } from '../admin.js';
import type { PopulationInput } from './types.js';

/**
 * Residents from a boundary layer's municipal totals (the embedded NL/BE layer:
 * `loadDefaultBoundaryLayer()`), as area features the engine spreads **evenly** over each
 * municipality — placement `areas`, a coarse estimate to be labelled as such. Only
 * municipalities count (Belgian arrondissements, provinces and regions repeat the same
 * people); municipalities without a count are left out. `bbox` (`[west, south, east,
 * north]`) keeps only those that reach into it, to keep the model small.
 */
export function populationFromBoundaries(
  layer: BoundaryLayer,
  bbox?: readonly [number, number, number, number],
): PopulationInput {
  const features: PopulationInput['features'] = [];
  for (const area of layer.areas) {
    if (area.level !== 'municipality' || !(area.population !== undefined && area.population > 0))
      continue;
    if (
      bbox &&
      (area.bbox[2] < bbox[0] ||
        area.bbox[0] > bbox[2] ||
        area.bbox[3] < bbox[1] ||
        area.bbox[1] > bbox[3])
    )
      continue;
    features.push({ kind: 'area', shape: area.shape, population: area.population });
  }
  return { features };
}
