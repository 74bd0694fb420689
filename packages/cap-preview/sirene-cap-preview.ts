import { SireneCapPreview } from './src/cap-preview.js';

export { SireneCapPreview };
export * from './src/index.js';

if (!customElements.get('sirene-cap-preview')) {
  customElements.define('sirene-cap-preview', SireneCapPreview);
}

declare global {
  interface HTMLElementTagNameMap {
    'sirene-cap-preview': SireneCapPreview;
  }
}
