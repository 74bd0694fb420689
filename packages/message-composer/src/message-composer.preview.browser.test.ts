// The composer wired to <sirene-cap-preview> as a host wires them: every sirene-alert-change
// sets the preview's alert, and the preview validates the CAP XML in the browser (OASIS
// schema in a WASM worker, CAP rules, the profile). Driven by the keyboard.
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { SHIPPED_TEMPLATES, type CapArea, type SireneAlert } from '@sirene/core';
import '../sirene-message-composer.js';
import '../../cap-preview/sirene-cap-preview.js';
import type { SireneCapPreview } from '../../cap-preview/src/cap-preview.js';
import type { SireneMessageComposer } from './message-composer.js';
import type { ComposerProfile } from './message-composer.controller.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

const AREA: CapArea = {
  areaDesc: 'Centrum',
  polygons: [
    [
      [5.1, 52.08],
      [5.12, 52.08],
      [5.12, 52.1],
      [5.1, 52.1],
      [5.1, 52.08],
    ],
  ],
  circles: [],
  geocodes: [],
};

async function mountPair(
  profile: ComposerProfile,
): Promise<{ composer: SireneMessageComposer; preview: SireneCapPreview }> {
  const composer = document.createElement('sirene-message-composer');
  composer.setAttribute('lang', 'en');
  composer.profile = profile;
  composer.sender = 'vr-utrecht@nl-alert.nl';
  composer.senderName = 'Veiligheidsregio Utrecht';
  composer.area = AREA;
  const preview = document.createElement('sirene-cap-preview');
  preview.setAttribute('profile', profile);
  preview.setAttribute('lang', 'en');
  composer.addEventListener('sirene-alert-change', (e) => {
    preview.alert = e.detail.alert;
    preview.previous = e.detail.previous;
  });
  document.body.append(composer, preview);
  await composer.updateComplete;
  return { composer, preview };
}

const active = (el: SireneMessageComposer) => el.shadowRoot!.activeElement as HTMLElement | null;

async function tabTo(el: SireneMessageComposer, id: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (active(el)?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id}; focus is on ${active(el)?.outerHTML ?? 'nothing'}`);
}

/** Moves a closed select with the arrow keys until it shows `value`. */
async function arrowTo(el: SireneMessageComposer, id: string, value: string): Promise<void> {
  await tabTo(el, id);
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  const values = [...select.options].map((o) => o.value);
  const target = values.indexOf(value);
  expect(target, `${value} offered`).to.be.greaterThan(-1);
  for (let i = 0; i < values.length && select.value !== value; i += 1) {
    await sendKeys({ press: values.indexOf(select.value) < target ? 'ArrowDown' : 'ArrowUp' });
    await el.updateComplete;
  }
  expect(select.value).to.equal(value);
}

/** Waits until the preview has validated what it shows now. */
async function validated(preview: SireneCapPreview): Promise<void> {
  await preview.updateComplete;
  for (let i = 0; i < 200 && preview.pending; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(preview.pending, 'validation finished').to.equal(false);
}

const errorsOf = (preview: SireneCapPreview) =>
  preview.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.path}`);

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
});

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('<sirene-message-composer> → <sirene-cap-preview>', () => {
  for (const profile of ['nl-alert', 'be-alert'] as const) {
    it(`every shipped ${profile} template gives schema-valid CAP in the preview`, async () => {
      const { composer, preview } = await mountPair(profile);
      const templates = SHIPPED_TEMPLATES.filter(
        (t) => t.profiles.includes(profile) && t.cap.msgType === 'Alert',
      );
      let first = true;
      for (const template of templates) {
        await arrowTo(composer, 'f-template', template.id);
        if (first) {
          // Fill once: the fixed components stay when the template changes.
          await tabTo(composer, 'f-location');
          await sendKeys({ type: 'Stationsplein' });
          await tabTo(composer, 'f-effectArea');
          await sendKeys({ press: 'End' });
          await sendKeys({ type: ' Noord' });
          // The translation of the effect area in the second column.
          const second = profile === 'nl-alert' ? 'en' : 'fr';
          await tabTo(composer, `f-effectArea-${second}`);
          await sendKeys({ type: second === 'en' ? 'Centre north' : 'Centre nord' });
          await composer.updateComplete;
          first = false;
        }
        await validated(preview);
        expect(preview.alert, template.id).to.deep.equal(composer.alert);
        expect(errorsOf(preview), `${template.id}/${profile}`).to.deep.equal([]);
        expect(preview.valid, `${template.id}/${profile}`).to.equal(true);
        const languages = composer.alert?.cap.infos.map((i) => i.language);
        expect(languages).to.deep.equal(
          profile === 'nl-alert' ? ['nl-NL', 'en-GB'] : ['nl-BE', 'fr-BE', 'de-BE'],
        );
      }
      await expectAccessible(composer);
    });
  }

  it('the end message after a stopped alert is valid and shows the change in the preview', async () => {
    const { composer, preview } = await mountPair('nl-alert');
    await arrowTo(composer, 'f-template', 'gas-leak');
    await tabTo(composer, 'f-location');
    await sendKeys({ type: 'Kanaalweg' });
    await composer.updateComplete;
    const sent = composer.alert as SireneAlert;
    const running: SireneAlert = { ...sent, sirene: { ...sent.sirene, state: 'stopped' } };
    const started = composer.startEnd(running);
    expect(started.ok).to.equal(true);
    await composer.updateComplete;
    await validated(preview);
    expect(preview.alert).to.deep.equal(composer.alert);
    expect(errorsOf(preview)).to.deep.equal([]);
    expect(preview.valid).to.equal(true);
    expect(composer.alert?.cap.references.map((r) => r.identifier)).to.deep.equal([
      sent.cap.identifier,
    ]);
    expect(
      preview.previous,
      'the host gives the preview what the end message follows',
    ).to.not.equal(undefined);
    await expectAccessible(preview);
  });

  it('a lint warning in the composer is not a schema error: the preview stays valid while ready is blocked', async () => {
    const { composer, preview } = await mountPair('nl-alert');
    await arrowTo(composer, 'f-template', 'nl-alert-extreme-violence');
    await tabTo(composer, 'f-location');
    await sendKeys({ type: 'Stationsplein' });
    await composer.updateComplete;
    await validated(preview);
    expect(preview.valid).to.equal(true);
    expect(composer.readiness.ok).to.equal(false);
    expect(composer.readiness.findings.map((f) => f.code)).to.include('lint.police-advice-missing');
  });
});
