import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  applyChecklistAction,
  createChecklistState,
  extremeViolenceGuideline,
  type CapArea,
  type ChecklistAction,
  type SireneAlert,
} from '@sirene/core';
import '../sirene-message-composer.js';
import type { SireneMessageComposer } from './message-composer.js';
import type {
  AlertChangeDetail,
  ReadyAnswer,
  ReadyRequestDetail,
  SireneReadyRequestEvent,
} from './events.js';
import { storageKey } from './message-composer.controller.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

const NOW = new Date('2026-11-23T02:12:00Z');
const AREA: CapArea = {
  areaDesc: 'Utrecht centrum',
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

async function mount(
  setup: (el: SireneMessageComposer) => void = () => {},
): Promise<SireneMessageComposer> {
  const el = document.createElement('sirene-message-composer');
  el.setAttribute('lang', 'en');
  el.sender = 'vr-utrecht@nl-alert.nl';
  el.senderName = 'Veiligheidsregio Utrecht';
  el.clock = () => new Date(NOW);
  el.area = AREA;
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: SireneMessageComposer) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SireneMessageComposer, selector: string): T => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const $$ = (el: SireneMessageComposer, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const active = (el: SireneMessageComposer) => root(el).activeElement as HTMLElement | null;

/** Presses Tab until the control with this id has focus, as an operator would. */
async function tabTo(el: SireneMessageComposer, id: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (active(el)?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id}; focus is on ${active(el)?.outerHTML ?? 'nothing'}`);
}

/** Presses Tab until the focused control matches, as `tabTo` does for controls without an id. */
async function tabToMatch(
  el: SireneMessageComposer,
  match: (focused: HTMLElement) => boolean,
  what: string,
  limit = 120,
): Promise<HTMLElement> {
  for (let i = 0; i < limit; i += 1) {
    const focused = active(el);
    if (focused && match(focused)) return focused;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${active(el)?.outerHTML ?? 'nothing'}`);
}

/** A name for the focused control: its id, else what it is. */
function stop(focused: HTMLElement | null): string {
  if (!focused) return 'outside';
  if (focused.id) return focused.id;
  if (focused.localName === 'summary') {
    const details = focused.parentElement as HTMLElement;
    const column = details.closest('article')?.getAttribute('aria-labelledby') ?? '';
    return details.classList.contains('alert-details')
      ? 'details:alert'
      : `details:${column.replace('h-lang-', '')}`;
  }
  if (focused.closest('.finding')) return 'go-to';
  return focused.localName;
}

/** Whether the focused control shows the focus ring (`:focus-visible` outline). */
const ringed = (focused: HTMLElement | null) =>
  !!focused &&
  focused.matches(':focus-visible') &&
  getComputedStyle(focused).outlineStyle !== 'none' &&
  parseFloat(getComputedStyle(focused).outlineWidth) >= 2;

async function press(el: SireneMessageComposer, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function type(el: SireneMessageComposer, text: string): Promise<void> {
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Replaces the text of the focused field. */
async function retype(el: SireneMessageComposer, text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  await type(el, text);
}

function changes(): AlertChangeDetail[] {
  const seen: AlertChangeDetail[] = [];
  document.addEventListener('sirene-alert-change', (e) => seen.push(e.detail));
  return seen;
}

/** Every text the live region says from now on. */
function announcements(el: SireneMessageComposer): string[] {
  const said: string[] = [];
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  new MutationObserver(() => said.push(region.textContent?.trim() ?? '')).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return said;
}

const user = { id: 'u1', name: 'Anna de Vries', roles: ['decide', 'compose'] };

/** The extreme-violence checklist with police advice and second opinion recorded, through core's engine. */
function policeAdvice(): Record<string, unknown> {
  let state = createChecklistState(extremeViolenceGuideline);
  const actions: ChecklistAction[] = [
    { type: 'set', item: 'advisor-function', value: 'hovd-p' },
    { type: 'set', item: 'advisor-name', value: 'J. Jansen' },
    { type: 'set', item: 'advice-time', value: '2026-11-23T03:05:00+01:00' },
    { type: 'tick', item: 'second-opinion' },
  ];
  for (const action of actions) {
    const result = applyChecklistAction(extremeViolenceGuideline, state, action, {
      user,
      now: NOW,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    state = result.state;
  }
  return { [extremeViolenceGuideline.id]: state };
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
});

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('<sirene-message-composer>', () => {
  it('composes an extreme-violence alert by keyboard: template, components, languages, counters, UCS-2, lint, police advice, ready', async () => {
    const seen = changes();
    const requests: ReadyRequestDetail[] = [];
    document.addEventListener('sirene-ready-request', (e) => requests.push(e.detail));
    const el = await mount();
    const said = announcements(el);
    expect(el.alert, 'nothing before a template is picked').to.equal(undefined);
    await expectAccessible(el);

    // Step 8: pick the standard message by typing its name on the closed select.
    await tabTo(el, 'f-template');
    await type(el, 'Extreme');
    expect($<HTMLSelectElement>(el, '#f-template').value).to.equal('nl-alert-extreme-violence');
    expect(el.alert?.sirene.templateId).to.equal('nl-alert-extreme-violence');

    // Fixed components: risk, location, action advice.
    await tabTo(el, 'f-risk');
    await press(el, 'ArrowDown');
    expect($<HTMLSelectElement>(el, '#f-risk').value).to.equal('large-stabbing');
    const counterBefore = $(el, '#counter-nl').textContent ?? '';
    await tabTo(el, 'f-location');
    await type(el, 'Stationsplein, Utrecht');
    await tabTo(el, 'f-action');
    await press(el, 'ArrowDown');
    const alert = el.alert!;
    expect(alert.cap.infos.map((i) => i.language)).to.deep.equal(['nl-NL', 'en-GB']);
    expect(alert.cap.infos[0]?.headline).to.equal('Groot steekincident bij Stationsplein, Utrecht');
    expect(alert.cap.infos[1]?.headline).to.equal(
      'Large stabbing incident at Stationsplein, Utrecht',
    );
    expect(alert.cap.infos[0]?.areas[0]?.polygons.length).to.equal(1);
    expect(seen.length).to.be.greaterThan(3);
    expect(seen.at(-1)?.alert.cap.infos[0]?.headline).to.equal(alert.cap.infos[0]?.headline);

    // Step 9: Dutch and English side by side.
    const [nl, en] = $$(el, 'article.language').map((a) => a.getBoundingClientRect());
    expect(nl && en && Math.abs(nl.top - en.top)).to.be.lessThan(2);
    expect(nl && en && en.left).to.be.greaterThan(nl?.right ?? 0);
    expect($(el, '#message-en').textContent).to.contain('Large stabbing incident at Stationsplein');

    // Counters follow the text; a curly apostrophe forces UCS-2 and is marked.
    expect($(el, '#counter-nl').textContent).not.to.equal(counterBefore);
    expect($(el, '#counter-nl').textContent).to.contain('GSM-7');
    await tabTo(el, 'f-location');
    await retype(el, 'Café ’');
    expect(said.at(-1)).to.contain('Dutch: the text needs UCS-2 now, because of “’”');
    await type(el, 't Hoekje, Utrecht');
    expect($(el, '#counter-nl').textContent).to.contain('UCS-2');
    expect($$(el, '#message-nl mark.ucs2').map((m) => m.textContent)).to.deep.equal(['’']);
    await expectAccessible(el);

    // One-click transliteration, by keyboard.
    await tabTo(el, 'transliterate-nl');
    await press(el, 'Enter');
    await nextFrame();
    expect(active(el)?.id, 'focus on what phones show').to.equal('message-nl');
    expect($$(el, '#message-nl mark.ucs2')).to.have.length(0);
    expect($(el, '#counter-nl').textContent).to.contain('GSM-7');
    expect(el.alert?.cap.infos[0]?.headline).to.equal(
      "Groot steekincident bij Café 't Hoekje, Utrecht",
    );
    expect(said.at(-1)).to.contain('Dutch: characters replaced; the text fits GSM-7 now.');

    // The safety lint: "verzamel bij het station" in extreme violence.
    await tabTo(el, 'f-location');
    await retype(el, 'Stationsplein, Utrecht');
    const details = $$(el, 'article.language')[0]!.querySelector('summary')!;
    details.focus();
    await press(el, 'Enter');
    await tabTo(el, 'f-instruction-nl');
    await retype(el, 'Verzamel bij het station.');
    await new Promise((resolve) => setTimeout(resolve, 900));
    const gather = $(el, '.finding[data-code="lint.gather-at-place"]');
    expect(gather.textContent).to.contain('Verzamel bij');
    expect(gather.textContent).to.contain('Error');
    expect($(el, '#f-instruction-nl').closest('.cap-field')?.textContent).to.contain(
      'Your own text',
    );
    expect(
      said.some((t) => /^Checks: errors 3, warnings \d+\.$/.test(t)),
      said.join(' | '),
    ).to.equal(true);
    expect(said.some((t) => /cell broadcast now \d+ pages/.test(t))).to.equal(true);

    // Ready is blocked: lint error, police advice and second opinion.
    const markReady = $(el, '#mark-ready');
    expect(markReady.getAttribute('aria-disabled')).to.equal('true');
    const reasons = $(el, '#ready-reasons').textContent ?? '';
    expect(reasons).to.contain('police');
    expect(el.readiness.findings.map((f) => f.code)).to.include.members([
      'lint.gather-at-place',
      'lint.police-advice-missing',
      'lint.second-opinion-missing',
    ]);
    await tabTo(el, 'mark-ready');
    await press(el, 'Enter');
    expect($<HTMLDialogElement>(el, 'dialog').open, 'no confirmation while blocked').to.equal(
      false,
    );
    expect(requests).to.have.length(0);

    // Back to the template's advice; still blocked by the missing police advice.
    await tabTo(el, 'reset-instruction-nl');
    await press(el, 'Enter');
    expect(root(el).querySelector('.finding[data-code="lint.gather-at-place"]')).to.equal(null);
    expect(el.readiness.ok).to.equal(false);
    expect(el.readiness.findings.map((f) => f.code).sort()).to.deep.equal([
      'lint.police-advice-missing',
      'lint.second-opinion-missing',
    ]);

    // The host records the police advice (the checklist engine) on the alert: allowed.
    const before = el.alert!;
    el.alert = { ...before, sirene: { ...before.sirene, procedure: policeAdvice() } };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-location').value, 'the form is kept').to.equal(
      'Stationsplein, Utrecht',
    );
    expect(el.readiness.ok, JSON.stringify(el.readiness.findings)).to.equal(true);
    expect(markReady.getAttribute('aria-disabled')).to.equal('false');

    // Mark ready: one button, a confirmation that restates the message, Back is the default.
    markReady.focus();
    await press(el, 'Enter');
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(active(el)?.id).to.equal('confirm-back');
    const restated = dialog.textContent ?? '';
    expect(restated).to.contain('Groot steekincident bij Stationsplein, Utrecht');
    expect(restated).to.contain('Utrecht centrum');
    expect(restated).to.contain('1 h');
    expect(restated).to.contain('ACTUAL ALERT');
    await expectAccessible(el);
    await press(el, 'Tab');
    expect(active(el)?.id).to.equal('confirm-yes');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(requests).to.have.length(1);
    expect(requests[0]?.result.ok).to.equal(true);
    expect(requests[0]?.alert.cap.infos[0]?.headline).to.equal(
      'Groot steekincident bij Stationsplein, Utrecht',
    );
    expect(el.ready).to.equal(true);
    expect(el.alert?.sirene.state).to.equal('ready');
    expect(seen.at(-1)?.alert.sirene.state).to.equal('ready');
    expect($<HTMLInputElement>(el, '#f-location').readOnly).to.equal(true);
    expect($<HTMLSelectElement>(el, '#f-template').disabled).to.equal(true);
    expect(active(el)?.id).to.equal('reopen');
    await expectAccessible(el);

    // Reopen for editing.
    await press(el, 'Enter');
    expect(el.ready).to.equal(false);
    expect($<HTMLInputElement>(el, '#f-location').readOnly).to.equal(false);
  });

  it('keyboard path (README): Tab order, CAP details, reset, go to the field, blocked ready, confirmation with Escape, Back and Yes, reopen', async () => {
    const el = await mount();
    const said = announcements(el);
    expect(document.activeElement, 'nothing focused yet').to.equal(document.body);

    // The first Tab stop is the standard message; typing its first letters picks it.
    await press(el, 'Tab');
    expect(active(el)?.id).to.equal('f-template');
    expect(ringed(active(el)), 'visible focus').to.equal(true);
    await type(el, 'Fire');
    expect(el.alert?.sirene.templateId).to.equal('fire-smoke');
    expect(said.join(' ')).to.contain('Standard message: Fire and smoke.');

    // Tab walks the fixed components, the language columns, the details, the findings and
    // "Mark ready…"; the location is typed and the duration chosen with an arrow key on the way.
    const duration = el.alert!.sirene.durationMinutes;
    const stops: string[] = [];
    for (let i = 0; i < 40 && stops.at(-1) !== 'mark-ready'; i += 1) {
      await press(el, 'Tab');
      stops.push(stop(active(el)));
      expect(ringed(active(el)), `visible focus on ${stops.at(-1)}`).to.equal(true);
      if (stops.at(-1) === 'f-location') await type(el, 'Industrieweg, Utrecht');
      if (stops.at(-1) === 'f-duration') await press(el, 'ArrowDown');
    }
    const goTo = $$(el, '.finding button').length;
    expect(stops).to.deep.equal([
      'f-senderName',
      'f-risk',
      'f-location',
      'f-effectArea',
      'f-action',
      'f-web',
      'f-account',
      'f-duration',
      'details:nl',
      'f-location-en',
      'f-effectArea-en',
      'f-senderName-en',
      'details:en',
      'details:alert',
      ...Array<string>(goTo).fill('go-to'),
      'mark-ready',
    ]);
    expect(el.alert?.cap.infos[0]?.headline).to.contain('Industrieweg, Utrecht');
    expect(el.alert?.sirene.durationMinutes).to.be.greaterThan(duration);
    expect(el.readiness.ok, JSON.stringify(el.readiness.findings)).to.equal(true);
    await expectAccessible(el);

    // Enter on a "CAP details" summary opens it; an own text gets "Reset to template",
    // which puts the template's text back and the focus on the field.
    const summary = await tabToMatch(el, (f) => stop(f) === 'details:nl', 'CAP details (Dutch)');
    await press(el, 'Enter');
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    await press(el, 'Tab');
    expect(active(el)?.id).to.equal('f-event-nl');
    await tabTo(el, 'f-instruction-nl');
    const instruction = $<HTMLTextAreaElement>(el, '#f-instruction-nl').value;
    await press(el, 'End');
    await type(el, ' Extra.');
    expect(el.alert?.cap.infos[0]?.instruction).to.equal(`${instruction} Extra.`);
    await press(el, 'Tab');
    expect(active(el)?.id).to.equal('reset-instruction-nl');
    await press(el, 'Enter');
    expect(active(el)?.id).to.equal('f-instruction-nl');
    expect(el.alert?.cap.infos[0]?.instruction).to.equal(instruction);
    expect(said.at(-1)).to.contain('Instruction (Dutch) follows the template again.');

    // Blocked: "Mark ready…" stays a Tab stop; Enter moves focus to the reasons, no dialog.
    await tabTo(el, 'f-location');
    await retype(el, '');
    expect(el.readiness.ok).to.equal(false);
    await tabTo(el, 'mark-ready');
    expect(active(el)?.getAttribute('aria-disabled')).to.equal('true');
    await press(el, 'Enter');
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(active(el)?.id).to.equal('ready-reasons');
    expect(active(el)?.textContent).to.contain('Location');

    // "Go to the field" focuses the control of its finding.
    await tabToMatch(
      el,
      (f) => stop(f) === 'go-to' && (f.textContent ?? '').includes('Location'),
      '"Go to the field: Location"',
    );
    await press(el, 'Enter');
    await el.updateComplete;
    expect(active(el)?.id).to.equal('f-location');
    await type(el, 'Industrieweg, Utrecht');
    expect(el.readiness.ok, JSON.stringify(el.readiness.findings)).to.equal(true);

    // The confirmation: focus on "Back to editing"; Tab stays in the dialog; Escape and
    // "Back to editing" close it with focus back on "Mark ready…".
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    await tabTo(el, 'mark-ready');
    await press(el, 'Enter');
    expect(dialog.open).to.equal(true);
    expect(active(el)?.id).to.equal('confirm-back');
    await expectAccessible(el);
    await press(el, 'Tab');
    expect(active(el)?.id).to.equal('confirm-yes');
    // Back with Shift+Tab (where Tab goes after the last button is the browser's choice).
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(el)?.id).to.equal('confirm-back');
    await press(el, 'Escape');
    expect(dialog.open).to.equal(false);
    expect(active(el)?.id).to.equal('mark-ready');
    expect(el.ready).to.equal(false);
    await press(el, 'Enter');
    expect(dialog.open).to.equal(true);
    await press(el, 'Enter');
    expect(dialog.open).to.equal(false);
    expect(active(el)?.id).to.equal('mark-ready');
    expect(el.ready).to.equal(false);

    // "Yes, mark ready": read-only, announced, focus on "Reopen for editing".
    await press(el, 'Enter');
    await press(el, 'Tab');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.ready).to.equal(true);
    expect(active(el)?.id).to.equal('reopen');
    expect(said.at(-1)).to.contain('Marked ready for broadcast.');
    expect($<HTMLSelectElement>(el, '#f-duration').disabled, 'selects are skipped').to.equal(true);
    expect($<HTMLInputElement>(el, '#f-location').readOnly).to.equal(true);
    await expectAccessible(el);

    // "Reopen for editing": a draft again, focus on "Mark ready…", not lost to the page.
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.ready).to.equal(false);
    expect(active(el)?.id).to.equal('mark-ready');
    expect(said.at(-1)).to.contain('Reopened');
    await expectAccessible(el);
  });

  it('keyboard path (README): "Keep it" on a restored draft leaves the focus on the standard message', async () => {
    const first = await mount((e) => {
      e.autosaveKey = 'keep';
      e.templateId = 'gas-leak';
    });
    await tabTo(first, 'f-location');
    await type(first, 'Kanaalweg, Utrecht');
    window.dispatchEvent(new Event('pagehide'));
    first.remove();

    const el = await mount((e) => (e.autosaveKey = 'keep'));
    await press(el, 'Tab');
    expect(active(el)?.id).to.equal('discard');
    await press(el, 'Tab');
    expect(active(el)?.textContent?.trim()).to.equal('Keep it');
    await press(el, 'Enter');
    expect(root(el).querySelector('.notice.restored')).to.equal(null);
    expect(active(el)?.id, 'focus not lost to the page').to.equal('f-template');
    expect($<HTMLInputElement>(el, '#f-location').value).to.equal('Kanaalweg, Utrecht');
    await expectAccessible(el);
  });

  it('stays a draft when the host cancels sirene-ready-request', async () => {
    document.addEventListener('sirene-ready-request', (e) => e.preventDefault(), { once: true });
    const el = await mount((e) => (e.templateId = 'fire-smoke'));
    await tabTo(el, 'f-location');
    await type(el, 'Industrieweg, Utrecht');
    expect(el.readiness.ok, JSON.stringify(el.readiness.findings)).to.equal(true);
    await tabTo(el, 'mark-ready');
    await press(el, 'Enter');
    await tabTo(el, 'confirm-yes');
    await press(el, 'Enter');
    expect(el.ready).to.equal(false);
    expect($(el, '[role="status"]').textContent).to.contain('Not marked ready');
    expect(active(el)?.id, 'focus back on the button').to.equal('mark-ready');
    await expectAccessible(el);
  });

  it('waits, read-only, while the host decides "ready" later with respond(), then follows its answer', async () => {
    // A host that asks its server: respond() with a promise it settles later.
    let settle: (answer: ReadyAnswer) => void = () => {};
    let fail: (error: Error) => void = () => {};
    const requests: ReadyRequestDetail[] = [];
    const onRequest = (e: SireneReadyRequestEvent) => {
      requests.push(e.detail);
      e.detail.respond(
        new Promise<ReadyAnswer>((resolve, reject) => {
          settle = resolve;
          fail = reject;
        }),
      );
    };
    document.addEventListener('sirene-ready-request', onRequest);
    try {
      const el = await mount((e) => (e.templateId = 'fire-smoke'));
      const confirm = async () => {
        await tabTo(el, 'mark-ready');
        await press(el, 'Enter');
        await tabTo(el, 'confirm-yes');
        await press(el, 'Enter');
      };
      await tabTo(el, 'f-location');
      await type(el, 'Industrieweg, Utrecht');

      // 1. The server refuses, with its reason: the draft stays, editable, nothing lost.
      await confirm();
      expect(el.ready).to.equal(false);
      expect($<HTMLInputElement>(el, '#f-location').readOnly, 'read-only while waiting').to.equal(
        true,
      );
      expect($(el, '#ready-reasons').textContent).to.contain('Waiting for the application');
      expect($(el, '[role="status"]').textContent).to.contain('Waiting for the application');
      expect($(el, '#mark-ready').getAttribute('aria-disabled')).to.equal('true');
      await expectAccessible(el);
      settle({ ok: false, message: 'The server has no area for this alert.' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.ready).to.equal(false);
      expect($(el, '[role="status"]').textContent).to.contain(
        'Not marked ready: The server has no area for this alert. The draft is kept.',
      );
      expect($<HTMLInputElement>(el, '#f-location').readOnly).to.equal(false);
      expect($<HTMLInputElement>(el, '#f-location').value).to.equal('Industrieweg, Utrecht');
      expect(active(el)?.id, 'focus on "Mark ready…"').to.equal('mark-ready');

      // 2. The request fails (offline): said with the error, the draft stays.
      await confirm();
      fail(new Error('network down'));
      await el.updateComplete;
      await el.updateComplete;
      expect(el.ready).to.equal(false);
      expect($(el, '[role="status"]').textContent).to.contain(
        'the application did not confirm (network down)',
      );

      // 3. The host set another message meanwhile: the late answer is ignored.
      await confirm();
      const signal = requests.at(-1)!.signal;
      el.alert = undefined;
      expect(signal.aborted, 'the request is aborted').to.equal(true);
      settle({ ok: true });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.ready).to.equal(false);

      // 4. Accepted: ready, read-only, focus on "Reopen for editing".
      el.templateId = 'fire-smoke';
      el.alert = requests[0]!.alert;
      await el.updateComplete;
      const seen = changes();
      await confirm();
      expect(el.ready).to.equal(false);
      settle({ ok: true });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.ready).to.equal(true);
      expect(seen.at(-1)?.alert.sirene.state).to.equal('ready');
      expect($(el, '[role="status"]').textContent).to.contain('Marked ready for broadcast');
      expect(active(el)?.id).to.equal('reopen');
      expect(requests).to.have.length(4);
      expect(requests.every((r) => r.alert.sirene.state === 'draft')).to.equal(true);
      await expectAccessible(el);
    } finally {
      document.removeEventListener('sirene-ready-request', onRequest);
    }
  });

  it('restores an autosaved draft after the element is created again with the same key, and discards it', async () => {
    const first = await mount((e) => {
      e.autosaveKey = 'incident-42';
      e.templateId = 'flooding';
    });
    await tabTo(first, 'f-location');
    await type(first, 'Dijk bij Culemborg');
    await tabTo(first, 'f-duration');
    await press(first, 'ArrowDown');
    const alert = first.alert!;
    expect(alert.sirene.durationMinutes).to.equal(90);
    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem(storageKey('incident-42'))).to.contain('Dijk bij Culemborg');
    first.remove();

    const seen = changes();
    const second = await mount((e) => (e.autosaveKey = 'incident-42'));
    expect($<HTMLInputElement>(second, '#f-location').value).to.equal('Dijk bij Culemborg');
    expect($<HTMLSelectElement>(second, '#f-template').value).to.equal('flooding');
    expect(second.alert?.cap.identifier).to.equal(alert.cap.identifier);
    expect(second.alert?.sirene.durationMinutes).to.equal(90);
    expect($(second, '[role="status"]').textContent).to.contain('restored');
    expect(seen.at(-1)?.alert.cap.infos[0]?.headline).to.contain('Dijk bij Culemborg');
    await expectAccessible(second);

    // Debounced saving without pagehide.
    await tabTo(second, 'f-location');
    await press(second, 'End');
    await type(second, ' Noord');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sessionStorage.getItem(storageKey('incident-42'))).to.contain('Culemborg Noord');

    await tabTo(second, 'discard');
    await press(second, 'Enter');
    expect(sessionStorage.getItem(storageKey('incident-42'))).to.equal(null);
    expect(second.alert).to.equal(undefined);
    expect($(second, '[role="status"]').textContent).to.contain('discarded');
    expect(active(second)?.id, 'focus on the standard message').to.equal('f-template');
  });

  it('marks exercise mode everywhere and announces a switch', async () => {
    const el = await mount((e) => {
      e.templateId = 'gas-leak';
      e.mode = 'exercise';
    });
    expect($(el, '[part="watermark"]').textContent?.trim()).to.equal('OEFENING / EXERCISE');
    expect($(el, 'svg.diagonal text').textContent).to.equal('OEFENING / EXERCISE');
    expect($(el, '.chip.mode').textContent).to.contain('Exercise');
    expect(el.alert?.cap.status).to.equal('Exercise');
    await expectAccessible(el);

    el.mode = 'actual';
    await el.updateComplete;
    expect(root(el).querySelector('[part="watermark"]')).to.equal(null);
    expect(el.alert?.cap.status).to.equal('Actual');
    expect($(el, '[role="status"]').textContent).to.contain('Actual mode');
  });

  it('starts an update and an end message from a running alert, with references, and refuses while it broadcasts', async () => {
    const source = await mount((e) => (e.templateId = 'fire-smoke'));
    await tabTo(source, 'f-location');
    await type(source, 'Industrieweg, Utrecht');
    const sent: SireneAlert = { ...source.alert!, sirene: { ...source.alert!.sirene } };
    source.remove();

    const el = await mount();
    const seen = changes();
    const refused = el.startEnd({ ...sent, sirene: { ...sent.sirene, state: 'broadcasting' } });
    expect(refused.ok).to.equal(false);
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('Stop');

    const update = el.startUpdate({ ...sent, sirene: { ...sent.sirene, state: 'stopped' } });
    expect(update.ok).to.equal(true);
    await el.updateComplete;
    expect(el.alert?.cap.msgType).to.equal('Update');
    expect(el.alert?.cap.references).to.deep.equal([
      { sender: sent.cap.sender, identifier: sent.cap.identifier, sent: sent.cap.sent },
    ]);
    expect(el.alert?.cap.identifier).not.to.equal(sent.cap.identifier);
    expect($<HTMLInputElement>(el, '#f-location').value).to.equal('Industrieweg, Utrecht');
    expect(seen.at(-1)?.previous?.cap.identifier).to.equal(sent.cap.identifier);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);

    const end = el.startEnd({ ...sent, sirene: { ...sent.sirene, state: 'expired' } });
    expect(end.ok).to.equal(true);
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#f-template').value).to.equal('end-of-situation');
    expect(el.alert?.cap.infos[0]?.responseTypes).to.deep.equal(['AllClear']);
    expect(el.alert?.cap.references.map((r) => r.identifier)).to.deep.equal([sent.cap.identifier]);
    expect($(el, '.follow-up').textContent).to.contain(sent.cap.identifier);
    expect(el.readiness.ok, JSON.stringify(el.readiness.findings)).to.equal(true);
    await expectAccessible(el);
  });

  it('writes BE-Alert in Dutch, French and German side by side', async () => {
    const el = await mount((e) => {
      e.profile = 'be-alert';
      e.templateId = 'fire-smoke';
      e.setAttribute('lang', 'fr');
    });
    await tabTo(el, 'f-location');
    await type(el, 'Grand-Place, Bruxelles');
    expect(el.alert?.cap.infos.map((i) => i.language)).to.deep.equal(['nl-BE', 'fr-BE', 'de-BE']);
    const tops = $$(el, 'article.language').map((a) => Math.round(a.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    expect($(el, 'h3#h-languages').textContent).to.contain('Langues');
    await expectAccessible(el);
  });

  it('shows in each field what the draft holds while the operator types, resets and discards', async () => {
    const el = await mount((e) => {
      e.templateId = 'fire-smoke';
      e.autosaveKey = 'fields';
    });
    const field = (id: string) => $<HTMLInputElement>(el, `#${id}`);
    await tabTo(el, 'f-location');
    await type(el, 'Stationsplein, Utrecht');
    // A translation of only spaces is none: the field shows empty, the Dutch text is used.
    await tabTo(el, 'f-location-en');
    await type(el, '  ');
    expect(field('f-location-en').value).to.equal('');
    expect(el.alert?.cap.infos[1]?.headline).to.contain('Stationsplein, Utrecht');
    await type(el, 'Station Square');
    expect(field('f-location-en').value).to.equal('Station Square');
    expect(el.alert?.cap.infos[1]?.headline).to.contain('Station Square');
    await retype(el, ' ');
    expect(field('f-location-en').value).to.equal('');
    expect(el.alert?.cap.infos[1]?.headline).to.contain('Stationsplein, Utrecht');
    // An own headline, then back to the template's text.
    $(el, 'details[part="details"]').setAttribute('open', '');
    await el.updateComplete;
    const base = field('f-headline-nl').value;
    await tabTo(el, 'f-headline-nl');
    await type(el, ' nu');
    expect(field('f-headline-nl').value).to.equal(`${base} nu`);
    await tabTo(el, 'reset-headline-nl');
    await press(el, 'Enter');
    expect(field('f-headline-nl').value).to.equal(base);
    expect(el.alert?.cap.infos[0]?.headline).to.equal(base);
    // Discarding the draft (called by the host) empties what was typed, focus stays put.
    const focused = active(el)?.id;
    expect(focused).to.be.a('string');
    el.discardDraft();
    await el.updateComplete;
    expect(active(el)?.id, 'a call from code does not move the focus').to.equal(focused);
    expect(field('f-location').value).to.equal('');
    expect(field('f-location-en').value).to.equal('');
  });

  it('submits the alert with its form and is invalid while it has errors', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = document.createElement('sirene-message-composer');
    el.name = 'alert';
    el.templateId = 'power-outage';
    el.sender = 'vr@nl-alert.nl';
    el.senderName = 'VR';
    el.area = AREA;
    form.append(el);
    await el.updateComplete;
    expect(form.checkValidity(), 'location missing').to.equal(false);
    el.focus();
    await tabTo(el, 'f-location');
    await type(el, 'Utrecht-Oost');
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    const submitted = JSON.parse(String(new FormData(form).get('alert'))) as SireneAlert;
    expect(submitted.cap.infos[0]?.headline).to.contain('Utrecht-Oost');
  });
});
