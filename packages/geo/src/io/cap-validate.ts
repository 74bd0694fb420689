/**
 * Validating a CAP area. Apart from cap.ts because validation needs jsts, and reading or
 * writing CAP polygon and circle text must not load a geometry engine.
 */
import type { CapArea } from '@sirene/core';
import { geoFinding } from '../findings.js';
import type { GeoFinding } from '../findings.js';
import { validatePolygons, validateShape } from '../validate.js';
import type { PolygonInput, ValidateOptions } from '../validate.js';

/**
 * Validates a CAP area of the model: each polygon (a single ring in CAP) and circle, with
 * paths `polygons[0]`, `polygons[0][3]`, `circles[1].radiusKm` under `options.path`
 * (e.g. `infos[0].areas[1]`). Winding order and overlapping polygons are not reported:
 * CAP has no rule about either. Never throws.
 */
export function validateCapArea(area: CapArea, options: ValidateOptions = {}): GeoFinding[] {
  const opts: ValidateOptions = { checkWinding: false, checkOverlap: false, ...options };
  const inputs: PolygonInput[] = area.polygons.map((ring, i) => ({
    rings: [ring],
    path: `polygons[${i}]`,
    ringPath: () => `polygons[${i}]`,
  }));
  const findings: GeoFinding[] = [];
  if (inputs.length > 0) findings.push(...validatePolygons(inputs, opts, 'polygons'));
  area.circles.forEach((c, i) => {
    const base = options.path ? `${options.path}.circles[${i}]` : `circles[${i}]`;
    findings.push(
      ...validateShape(
        { type: 'Circle', center: c.center, radiusKm: c.radiusKm },
        { ...opts, path: base },
      ),
    );
  });
  if (inputs.length === 0 && area.circles.length === 0) {
    findings.push(
      geoFinding('geo.empty', options.lang ?? 'en', {
        severity: 'error',
        path: options.path ?? '',
      }),
    );
  }
  return findings;
}
