/**
 * Entry of the overshoot Web Worker: `new Worker(new URL('./worker-entry.js',
 * import.meta.url), { type: 'module' })`, then talk to it with `createOvershootClient`.
 * This module has a side effect (it serves the protocol on `self`); nothing else imports it.
 */
import { attachOvershootWorker } from './worker.js';
import type { OvershootWorkerScope } from './worker.js';

attachOvershootWorker(globalThis as unknown as OvershootWorkerScope);
