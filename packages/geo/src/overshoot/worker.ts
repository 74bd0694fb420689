import { coverageBuffers, tracedBuffers } from './coverage.js';
import { OvershootEngine } from './engine.js';
import { overshootFinding } from './messages.js';
import { isOvershootRequest } from './protocol.js';
import type { OvershootRequest, OvershootResponse } from './protocol.js';

/**
 * What the worker side needs from its global scope: a browser worker's `self`, or a
 * small wrapper around Node's `parentPort`. No DOM, no `node:*`.
 */
export interface OvershootWorkerScope {
  postMessage(message: OvershootResponse, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/**
 * The worker's message handler, without a scope: feed it requests, it posts responses.
 * Used by `attachOvershootWorker` and by in-process fakes in tests.
 */
export function createOvershootWorkerHandler(
  post: (message: OvershootResponse, transfer?: ArrayBuffer[]) => void,
): (data: unknown) => void {
  let engine: OvershootEngine | null = null;
  let lang: 'en' | 'nl' | 'fr' | 'de' = 'en';
  let initId = -1;
  const cancelled = new Set<number>();
  let pending: Extract<OvershootRequest, { type: 'estimate' }> | null = null;
  let scheduled = false;

  const fail = (id: number, detail: unknown): void => {
    const text = detail instanceof Error ? detail.message : String(detail);
    post({
      type: 'error',
      id,
      findings: [
        overshootFinding('overshoot.failed', lang, { severity: 'error', params: { detail: text } }),
      ],
    });
  };

  const runPending = (): void => {
    scheduled = false;
    const request = pending;
    pending = null;
    if (!request) return;
    if (cancelled.delete(request.id)) {
      post({ type: 'cancelled', id: request.id, reason: 'cancelled' });
      return;
    }
    if (!engine) {
      post({
        type: 'error',
        id: request.id,
        findings: [overshootFinding('overshoot.not-ready', lang, { severity: 'error' })],
      });
      return;
    }
    try {
      const estimate = engine.estimate(request.area, request.options);
      // Typed arrays move, not copy: the selected cells and, when asked, the overlay runs
      // and their traced polygons.
      const transfer = [estimate.selectedCells.buffer as ArrayBuffer];
      if (estimate.overlay) transfer.push(...coverageBuffers(estimate.overlay));
      if (estimate.traced) transfer.push(...tracedBuffers(estimate.traced));
      post({ type: 'result', id: request.id, estimate }, transfer);
    } catch (error) {
      fail(request.id, error);
    }
  };

  const init = async (request: Extract<OvershootRequest, { type: 'init' }>): Promise<void> => {
    initId = request.id;
    lang = request.options?.lang ?? 'en';
    engine = null;
    const t0 = performance.now();
    try {
      // Let queued messages in first: a cancel or a newer init right behind this one is
      // honoured before the build spends its first 30 ms without a pause.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      const built =
        cancelled.has(request.id) || initId !== request.id
          ? null
          : await OvershootEngine.createAsync(request.cells, request.options ?? {}, {
              onProgress: (progress) => post({ type: 'progress', id: request.id, progress }),
              isCancelled: () => cancelled.has(request.id) || initId !== request.id,
            });
      if (!built || initId !== request.id) {
        cancelled.delete(request.id);
        post({ type: 'cancelled', id: request.id, reason: 'cancelled' });
        return;
      }
      engine = built;
      const summary = built.summary();
      post({ type: 'ready', id: request.id, summary, ms: performance.now() - t0 }, [
        summary.rangesKm.buffer as ArrayBuffer,
        summary.environments.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      fail(request.id, error);
    }
  };

  return (data: unknown): void => {
    if (!isOvershootRequest(data)) return;
    if (data.type === 'init') {
      void init(data);
    } else if (data.type === 'cancel') {
      if (pending?.id === data.id) {
        pending = null;
        post({ type: 'cancelled', id: data.id, reason: 'cancelled' });
      } else if (data.id === initId) {
        cancelled.add(data.id);
      }
    } else {
      if (pending) post({ type: 'cancelled', id: pending.id, reason: 'superseded' });
      pending = data;
      if (!scheduled) {
        scheduled = true;
        // Let queued messages (a newer estimate, a cancel) in before computing.
        setTimeout(runPending, 0);
      }
    }
  };
}

/**
 * Serves the overshoot protocol on a worker scope. In a browser module worker:
 * `attachOvershootWorker(self)` (what `worker-entry.ts` does); in Node:
 * `attachOvershootWorker({ postMessage: (m, t) => parentPort.postMessage(m, t),
 * addEventListener: (_, f) => parentPort.on('message', (data) => f({ data })) })`.
 */
export function attachOvershootWorker(scope: OvershootWorkerScope): void {
  const handle = createOvershootWorkerHandler((message, transfer) =>
    scope.postMessage(message, transfer ?? []),
  );
  scope.addEventListener('message', (event) => handle(event.data));
}
