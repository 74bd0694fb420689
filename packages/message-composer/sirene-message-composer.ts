/** Defines `<sirene-message-composer>`. Import this file for its side effect; the class itself is in `./src/index.js`. */
import { SireneMessageComposer } from './src/message-composer.js';

export { SireneMessageComposer };

if (!customElements.get('sirene-message-composer'))
  customElements.define('sirene-message-composer', SireneMessageComposer);

declare global {
  interface HTMLElementTagNameMap {
    'sirene-message-composer': SireneMessageComposer;
  }
}
