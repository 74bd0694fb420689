/** `<sirene-overshoot-estimator>`: the element class, its events, and the DOM-free logic it delegates to. */
export { SireneOvershootEstimator } from './overshoot-estimator.js';
export {
  SireneAreaSuggestEvent,
  SireneOvershootChangeEvent,
  type AreaSuggestDetail,
  type OvershootChangeDetail,
} from './events.js';
export {
  FIGURES,
  MODES,
  OvershootRunner,
  announcement,
  areaShapes,
  barGeometry,
  figureRows,
  formatBand,
  formatNumber,
  mapOverlay,
  normalizeMode,
  populationNoteKey,
  readCells,
  readPopulation,
  type AreaInput,
  type CellsInput,
  type CellsReading,
  type FigureKey,
  type FigureRow,
  type LoadOutcome,
  type MapOverlay,
  type OverlayPolygons,
  type OvershootRunnerOptions,
  type PopulationSource,
  type RunnerVia,
} from './overshoot-estimator.controller.js';
export {
  messages as overshootEstimatorMessages,
  type OvershootEstimatorMessageKey,
} from './messages.js';
