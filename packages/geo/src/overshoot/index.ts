/**
 * Cell-broadcast overshoot: which cells an alert area selects, how far beyond the drawn
 * edge phones get the alert, and who inside is missed — per operator and combined, always
 * with a band from a ±10 dB path-loss sweep. See src/overshoot/README.md.
 */
export { OvershootEngine } from './engine.js';
export {
  coverageBuffers,
  coverageRings,
  coverageToGeoJson,
  gridUnprojector,
  overlayUnprojector,
  runsArea,
  traceLayer,
  traceOverlay,
  tracedBuffers,
  tracedToGeoJson,
} from './coverage.js';
export type {
  CoverageLayers,
  CoverageOverlay,
  CoverageRing,
  CoverageRuns,
  TracedLayer,
  TracedLayers,
  TracedOverlay,
} from './coverage.js';
export type { OvershootEngineOptions } from './engine.js';
export { RADIO_ENVIRONMENTS, SELECTION_MODES } from './types.js';
export type {
  Band,
  EstimateOptions,
  EstimateStats,
  InsetOption,
  OperatorFigures,
  OvershootCell,
  OvershootEstimate,
  OvershootFigures,
  OvershootModelOptions,
  OvershootProgress,
  OvershootSummary,
  PopulationFeature,
  PopulationInput,
  PopulationPlacement,
  RadioEnvironment,
  SelectionMode,
  TighterAreaSuggestion,
} from './types.js';
export {
  DEFAULT_BEAMWIDTH_DEG,
  DEFAULT_FRONT_TO_BACK_DB,
  DEFAULT_HEIGHT_M,
  DEFAULT_MAX_PATH_LOSS_DB,
  DEFAULT_MOBILE_HEIGHT_M,
  DEFAULT_REFERENCE_ERP_DBW,
  HATA_MAX_MHZ,
  HATA_MIN_MHZ,
  cellRangeKm,
  distanceForLossKm,
  pathLossDb,
  pathLossLine,
  patternAttenuationDb,
  radioHorizonKm,
} from './propagation.js';
export type { PathLossLine, RangeInput, RangeOptions } from './propagation.js';
export {
  MAX_OPERATORS,
  UNKNOWN_OPERATOR,
  parseCells,
  parseCellsCsv,
  parseCellsGeoJson,
  parsePopulation,
} from './parse.js';
export type { ParseCellsOptions, ParseCellsResult, ParsePopulationResult } from './parse.js';
export { cbsSquareCentre } from './parse.js';
export { populationFromBoundaries } from './population.js';
export { parseCsv } from './csv.js';
export type { CsvRecord, CsvResult } from './csv.js';
export { OVERSHOOT_MESSAGES } from './messages.js';
export type { OvershootCode, OvershootFinding } from './messages.js';
export {
  SYNTHETIC_OPERATORS,
  cellsToCsv,
  cellsToGeoJson,
  generateSyntheticNetwork,
  mulberry32,
} from './synthetic.js';
export type { SyntheticArea, SyntheticNetworkOptions } from './synthetic.js';
export { isOvershootRequest, isOvershootResponse } from './protocol.js';
export type { OvershootRequest, OvershootResponse } from './protocol.js';
export { attachOvershootWorker, createOvershootWorkerHandler } from './worker.js';
export type { OvershootWorkerScope } from './worker.js';
export { createOvershootClient } from './client.js';
export type {
  EstimateOutcome,
  InitOutcome,
  OvershootClient,
  OvershootWorkerLike,
} from './client.js';
