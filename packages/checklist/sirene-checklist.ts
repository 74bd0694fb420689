/** Defines `<sirene-checklist>`. Import this file for its side effect; the class itself is in `./src/index.js`. */
import { SireneChecklist } from './src/checklist.js';

export { SireneChecklist };

if (!customElements.get('sirene-checklist'))
  customElements.define('sirene-checklist', SireneChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'sirene-checklist': SireneChecklist;
  }
}
