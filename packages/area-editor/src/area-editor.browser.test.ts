import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { loadDefaultBoundaryLayer, type BoundaryLayer } from '@sirene/geo';
import '../sirene-area-editor.js';
import type { SireneAreaEditor } from './area-editor.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

let layer: BoundaryLayer;
before(async () => {
  layer = await loadDefaultBoundaryLayer();
});

afterEach(() => document.body.replaceChildren());

async function mount(attrs: Record<string, string> = {}): Promise<SireneAreaEditor> {
  const el = document.createElement('sirene-area-editor');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.boundaries = layer;
  el.style.width = '800px';
  document.body.append(el);
  await el.whenMapRendered();
  return el;
}

describe('sirene-area-editor smoke', () => {
  it('renders', async () => {
    const el = await mount();
    const map = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    map.focus();
    await sendKeys({ press: 'p' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-tool="polygon"]')!.getAttribute('aria-pressed')).to.equal('true');
    await expectAccessible(el);
  });
});
