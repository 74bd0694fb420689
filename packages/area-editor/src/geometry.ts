/**
 * The area editor's geometry engine: validation, repair, simplification and unions of
 * municipalities from @sirene/geo, which need jsts, and GeoJSON import, which needs proj4
 * for national grids. Together they are most of the editor's code, and none of it is
 * needed to show the map, the area and the tools, so the element loads this module with
 * `import()` when it is first connected, in parallel with drawing the map (see
 * `AreaEditorController.setGeometry`). The Node tests and any host that prefers it can
 * import it statically (`import * as geometry from './geometry.js'`) and pass it to the
 * controller.
 */
import type * as engine from './geometry.js';

export {
  applyRepair,
  makeValid,
  parseGeoJSON,
  simplifyToLimit,
  unionAdminAreas,
  validateArea,
  validateShape,
} from '@sirene/geo';

/** The operations the controller delegates to the geometry engine: this module. */
export type Geometry = typeof engine;
