/** Defines `<sirene-area-editor>`. Import this file for its side effect; the class itself is in `./src/index.js`. */
import { SireneAreaEditor } from './src/area-editor.js';

export { SireneAreaEditor };

if (!customElements.get('sirene-area-editor'))
  customElements.define('sirene-area-editor', SireneAreaEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sirene-area-editor': SireneAreaEditor;
  }
}
