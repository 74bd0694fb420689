import type { AreaShape, SireneArea } from '../types.js';
import type { OvershootEngineOptions } from './engine.js';
import type { OvershootFinding } from './messages.js';
import { isOvershootResponse } from './protocol.js';
import type { OvershootRequest, OvershootResponse } from './protocol.js';
import type {
  EstimateOptions,
  OvershootCell,
  OvershootEstimate,
  OvershootProgress,
  OvershootSummary,
} from './types.js';

/**
 * What the client needs from a worker: a browser `Worker` fits as it is; wrap a Node
 * `worker_threads` Worker as `{ postMessage: (m) => w.postMessage(m), addEventListener:
 * (_, f) => w.on('message', (data) => f({ data })), terminate: () => w.terminate() }`.
 */
export interface OvershootWorkerLike {
  postMessage(message: OvershootRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener?(type: 'message', listener: (event: { data: unknown }) => void): void;
  terminate?(): void;
}

/** How an `init` ended. */
export type InitOutcome =
  | { status: 'ready'; summary: OvershootSummary; ms: number }
  | { status: 'cancelled' }
  | { status: 'error'; findings: OvershootFinding[] };

/** How an `estimate` ended: `superseded` when a newer one replaced it before it started. */
export type EstimateOutcome =
  | { status: 'done'; estimate: OvershootEstimate }
  | { status: 'superseded' }
  | { status: 'cancelled' }
  | { status: 'error'; findings: OvershootFinding[] };

/** Talks to an overshoot worker with promises. Errors are outcomes, never rejections. */
export interface OvershootClient {
  /** Sends the cells; resolves when the worker is ready (or cancelled, or failed). */
  init(
    cells: OvershootCell[],
    options?: OvershootEngineOptions,
    onProgress?: (progress: OvershootProgress) => void,
  ): Promise<InitOutcome>;
  /** Asks for an estimate; while dragging, call it every frame — stale ones are superseded. */
  estimate(
    area: readonly AreaShape[] | SireneArea,
    options?: EstimateOptions,
  ): Promise<EstimateOutcome>;
  /** Cancels the running init and any estimate not yet started. */
  cancel(): void;
  /** Stops listening (and terminates the worker when it can). Open requests end `cancelled`. */
  dispose(): void;
}

type Pending =
  | { kind: 'init'; resolve: (o: InitOutcome) => void; onProgress?: (p: OvershootProgress) => void }
  | { kind: 'estimate'; resolve: (o: EstimateOutcome) => void };

/** Creates a client over a worker (browser `Worker`, wrapped Node worker, or a fake). */
export function createOvershootClient(worker: OvershootWorkerLike): OvershootClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listener = (event: { data: unknown }): void => {
    const message = event.data;
    if (!isOvershootResponse(message)) return;
    const p = pending.get(message.id);
    if (!p) return;
    handle(message, p);
  };
  const handle = (m: OvershootResponse, p: Pending): void => {
    if (m.type === 'progress') {
      if (p.kind === 'init') p.onProgress?.(m.progress);
      return;
    }
    pending.delete(m.id);
    if (p.kind === 'init') {
      if (m.type === 'ready') p.resolve({ status: 'ready', summary: m.summary, ms: m.ms });
      else if (m.type === 'error') p.resolve({ status: 'error', findings: m.findings });
      else p.resolve({ status: 'cancelled' });
    } else if (m.type === 'result') p.resolve({ status: 'done', estimate: m.estimate });
    else if (m.type === 'error') p.resolve({ status: 'error', findings: m.findings });
    else if (m.type === 'cancelled') p.resolve({ status: m.reason });
  };
  worker.addEventListener('message', listener);
  return {
    init(cells, options, onProgress) {
      const id = nextId++;
      return new Promise<InitOutcome>((resolve) => {
        const entry: Pending = { kind: 'init', resolve };
        if (onProgress) entry.onProgress = onProgress;
        pending.set(id, entry);
        const request: OvershootRequest = { type: 'init', id, cells };
        if (options) request.options = options;
        worker.postMessage(request);
      });
    },
    estimate(area, options) {
      const id = nextId++;
      const shapes = 'effect' in area ? area.effect : [...area];
      return new Promise<EstimateOutcome>((resolve) => {
        pending.set(id, { kind: 'estimate', resolve });
        const request: OvershootRequest = { type: 'estimate', id, area: shapes };
        if (options) request.options = options;
        worker.postMessage(request);
      });
    },
    cancel() {
      for (const id of pending.keys()) worker.postMessage({ type: 'cancel', id });
    },
    dispose() {
      worker.removeEventListener?.('message', listener);
      for (const [id, p] of pending) {
        pending.delete(id);
        if (p.kind === 'init') p.resolve({ status: 'cancelled' });
        else p.resolve({ status: 'cancelled' });
      }
      worker.terminate?.();
    },
  };
}
