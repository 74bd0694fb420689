/** Defines `<sirene-overshoot-estimator>`. Import this file for its side effect; the class itself is in `./src/index.js`. */
import { SireneOvershootEstimator } from './src/overshoot-estimator.js';

export { SireneOvershootEstimator };

if (!customElements.get('sirene-overshoot-estimator'))
  customElements.define('sirene-overshoot-estimator', SireneOvershootEstimator);

declare global {
  interface HTMLElementTagNameMap {
    'sirene-overshoot-estimator': SireneOvershootEstimator;
  }
}
