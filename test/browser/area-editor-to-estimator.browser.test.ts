// The area editor drives the overshoot estimator the way a host wires them: the editor's
// `sirene-area-change` sets the estimator's `area`, the estimator's `sirene-area-suggest`
// sets the editor's `value` (and the estimator's `area`). Only public APIs and the keyboard.
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { distanceKm, loadDefaultBoundaryLayer, type LonLat, type SireneArea } from '@sirene/geo';
import '../../packages/area-editor/sirene-area-editor.js';
import '../../packages/overshoot-estimator/sirene-overshoot-estimator.js';
import type {
  SireneAreaEditor,
  SireneAreaChangeEvent,
} from '../../packages/area-editor/src/index.js';
import type {
  SireneAreaSuggestEvent,
  SireneOvershootEstimator,
} from '../../packages/overshoot-estimator/src/index.js';
import { expectAccessible } from './helpers/a11y.js';

/** Rotterdam centre, a rectangle from Coolsingel to the Maas. */
const RECT: LonLat[] = [
  [4.46, 51.905],
  [4.49, 51.905],
  [4.49, 51.925],
  [4.46, 51.925],
  [4.46, 51.905],
];
const START: SireneArea = { effect: [{ type: 'Polygon', coordinates: [RECT] }], source: [] };

let cells = '';
before(async () => {
  await setViewport({ width: 1200, height: 1600 });
  const response = await fetch(
    new URL('../../packages/geo/data/synthetic/rotterdam.csv', import.meta.url),
  );
  cells = await response.text();
});

afterEach(() => document.body.replaceChildren());

/** Mounts both elements and wires them as a host does. */
async function mountPair(): Promise<{
  editor: SireneAreaEditor;
  estimator: SireneOvershootEstimator;
  changes: SireneAreaChangeEvent[];
  suggestions: SireneAreaSuggestEvent[];
}> {
  const editor = document.createElement('sirene-area-editor');
  editor.boundaries = await loadDefaultBoundaryLayer();
  editor.view = { center: [4.475, 51.915], zoom: 13 };
  editor.value = START;
  editor.style.width = '900px';
  editor.style.setProperty('--sirene-area-editor-height', '480px');
  const estimator = document.createElement('sirene-overshoot-estimator');
  estimator.cells = cells;
  estimator.area = editor.value;
  const changes: SireneAreaChangeEvent[] = [];
  const suggestions: SireneAreaSuggestEvent[] = [];
  editor.addEventListener('sirene-area-change', (e) => {
    changes.push(e);
    estimator.area = e.detail.area;
  });
  estimator.addEventListener('sirene-area-suggest', (e) => {
    suggestions.push(e);
    editor.value = e.detail.area;
    estimator.area = e.detail.area;
  });
  document.body.append(editor, estimator);
  await editor.whenMapRendered();
  await estimator.whenSettled();
  return { editor, estimator, changes, suggestions };
}

describe('area editor → overshoot estimator, wired as a host does', () => {
  it('moving a vertex with the keyboard updates the figures; applying the suggestion updates the editor', async () => {
    const { editor, estimator, changes, suggestions } = await mountPair();
    const before = estimator.estimate;
    expect(before, 'figures for the first area').to.not.equal(null);
    const servedBefore = before!.combined.servedInsideKm2.nominal;

    // Edit points (e), choose the next vertex (Page Down: the south-east corner), and
    // move it 1 km east with the arrow keys (100 m a press).
    editor.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!.focus();
    await sendKeys({ press: 'e' });
    await sendKeys({ press: 'PageDown' });
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
    await editor.updateComplete;
    expect(changes.length).to.be.at.least(1);
    const ring = (changes.at(-1)!.detail.area.effect[0] as { coordinates: LonLat[][] })
      .coordinates[0]!;
    expect(distanceKm(ring[1]!, RECT[1]!)).to.be.within(0.95, 1.05);

    // The estimator got the editor's area and its figures follow (a larger area serves more).
    expect(estimator.area).to.equal(changes.at(-1)!.detail.area);
    await estimator.whenSettled();
    const after = estimator.estimate!;
    expect(after).to.not.equal(before);
    expect(after.areaKm2).to.be.greaterThan(before!.areaKm2);
    expect(after.combined.servedInsideKm2.nominal).to.be.greaterThan(servedBefore);
    const table = estimator.shadowRoot!.querySelector('[part="table"] tr[data-figure="cells"]');
    expect(table?.querySelector('td')?.textContent?.trim()).to.equal(
      String(after.combined.cellsSelected.nominal),
    );
    await expectAccessible(editor);
    await expectAccessible(estimator);

    // Apply the tighter area with the keyboard: the suggestion event fires, the editor
    // takes the inset shape, and the figures follow it.
    const apply = estimator.shadowRoot!.querySelector<HTMLButtonElement>('[part="apply"]');
    expect(apply, 'a tighter area is proposed').to.not.equal(null);
    apply!.focus();
    await sendKeys({ press: 'Enter' });
    expect(suggestions).to.have.length(1);
    const suggested = suggestions[0]!.detail;
    expect(suggested.insetKm).to.be.greaterThan(0);
    await editor.updateComplete;
    expect(editor.value.effect[0]).to.deep.equal(suggested.shape);
    await estimator.whenSettled();
    const tighter = estimator.estimate!;
    expect(tighter.areaKm2).to.be.lessThan(after.areaKm2);
    // The suggestion counts overshoot against the area as drawn; estimated for the inset
    // area itself, the ring between the two counts as overshoot too.
    const over = tighter.combined.overshootAreaKm2.nominal;
    expect(over).to.be.at.least(suggested.option.overshootAreaKm2.nominal - 1e-6);
    expect(over).to.be.at.most(
      suggested.option.overshootAreaKm2.nominal + (after.areaKm2 - tighter.areaKm2) + 1e-6,
    );
    await expectAccessible(editor);
    await expectAccessible(estimator);
  });
});
