import type { AreaShape } from '../types.js';
import type { OvershootEngineOptions } from './engine.js';
import type { OvershootFinding } from './messages.js';
import type {
  EstimateOptions,
  OvershootCell,
  OvershootEstimate,
  OvershootProgress,
  OvershootSummary,
} from './types.js';

/**
 * The overshoot worker's message protocol. The host sends `init` once with the cells
 * (and population), gets `progress` messages and then `ready`; then sends `estimate` for
 * every change of the drawn area and gets `result`. `cancel` stops an `init` in progress
 * or an `estimate` not yet started. Each request carries an `id`; every response names
 * the request it answers. A newer `estimate` supersedes one still waiting: the older gets
 * `cancelled` with reason `superseded`, so a dragging vertex never queues up work.
 * An estimate asked with `options.overlay` carries the coverage overlay's row runs; with
 * `options.trace` too, also those runs traced into WGS84 polygons (`estimate.traced`, flat
 * coordinates with ring and polygon ends), so the page only builds map geometries. All
 * typed arrays (and `selectedCells`) are transferred, not copied. Ask for the overlay when
 * the map is redrawn (debounced), and for figures alone on every edit.
 */
export type OvershootRequest =
  | { type: 'init'; id: number; cells: OvershootCell[]; options?: OvershootEngineOptions }
  | { type: 'estimate'; id: number; area: AreaShape[]; options?: EstimateOptions }
  | { type: 'cancel'; id: number };

/** A message from the worker. */
export type OvershootResponse =
  | { type: 'progress'; id: number; progress: OvershootProgress }
  | { type: 'ready'; id: number; summary: OvershootSummary; ms: number }
  | { type: 'result'; id: number; estimate: OvershootEstimate }
  | { type: 'error'; id: number; findings: OvershootFinding[] }
  | { type: 'cancelled'; id: number; reason: 'cancelled' | 'superseded' };

/** Whether a value looks like a request (type and numeric id). */
export function isOvershootRequest(value: unknown): value is OvershootRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; id?: unknown };
  return (
    typeof v.id === 'number' && (v.type === 'init' || v.type === 'estimate' || v.type === 'cancel')
  );
}

/** Whether a value looks like a response. */
export function isOvershootResponse(value: unknown): value is OvershootResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; id?: unknown };
  return (
    typeof v.id === 'number' &&
    ['progress', 'ready', 'result', 'error', 'cancelled'].includes(String(v.type))
  );
}
