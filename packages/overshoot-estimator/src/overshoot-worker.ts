/**
 * The overshoot worker of `<sirene-overshoot-estimator>`: the worker entry of
 * `@sirene/geo`, re-exported beside the element so `new URL('./overshoot-worker.js',
 * import.meta.url)` finds it in every bundler and in the dev server.
 */
import '@sirene/geo/overshoot-worker.js';
