import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  applyChecklistAction,
  burgernetAction,
  deserializeState,
  nlAlertProcedure,
  serializeState,
  toWallClock,
  type ChecklistDefinition,
  type ChecklistUser,
} from '@sirene/core';
import '../sirene-checklist.js';
import type { SireneChecklist } from './checklist.js';
import type { ChecklistChangeDetail, SireneChecklistChangeEvent } from './events.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

const decider: ChecklistUser = { id: 'u-decide', name: 'Dirk Besluit', roles: ['decide'] };
const composer: ChecklistUser = { id: 'u-compose', name: 'Carla Opsteller', roles: ['compose'] };
const broadcaster: ChecklistUser = {
  id: 'u-broadcast',
  name: 'Bram Meldkamer',
  roles: ['broadcast'],
};
const fixedClock = () => new Date('2026-11-23T02:12:00Z');

async function mount(
  setup: (el: SireneChecklist) => void = () => {},
  parent: HTMLElement = document.body,
): Promise<SireneChecklist> {
  const el = document.createElement('sirene-checklist');
  el.checklistId = 'nl-alert-procedure';
  el.clock = fixedClock;
  setup(el);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: SireneChecklist) => el.shadowRoot!;
const control = (el: SireneChecklist, id: string) =>
  root(el).querySelector<HTMLInputElement>(`#${id}`);
const active = (el: SireneChecklist) => root(el).activeElement as HTMLElement | null;

/** Presses Tab until the control with this id has focus, as an operator would. */
async function tabTo(el: SireneChecklist, id: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (active(el)?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id}; focus is on ${active(el)?.outerHTML ?? 'nothing'}`);
}

async function press(el: SireneChecklist, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses Shift+Tab until `found` holds for the focused control. */
async function tabBackTo(el: SireneChecklist, found: (a: HTMLElement) => boolean): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    const a = active(el);
    if (a && found(a)) return;
    await shiftTab();
  }
  throw new Error(`Shift+Tab never got there; focus is on ${active(el)?.outerHTML ?? 'nothing'}`);
}

/** The focused control shows the focus ring (3 px in the theme's focus colour). */
function expectFocusRing(el: SireneChecklist): void {
  const a = active(el)!;
  const style = getComputedStyle(a);
  expect(style.outlineStyle, `focus ring on ${a.outerHTML.slice(0, 80)}`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth), `ring width on #${a.id}`).to.be.at.least(2);
}

/** Tabs to a tick box and ticks it with the space bar. */
async function tick(el: SireneChecklist, item: string): Promise<void> {
  await tabTo(el, `c-${item}`);
  await press(el, 'Space');
  expect(control(el, `c-${item}`)?.checked, `${item} ticked`).to.equal(true);
}

function changes(): ChecklistChangeDetail[] {
  const seen: ChecklistChangeDetail[] = [];
  document.addEventListener('sirene-checklist-change', (e: SireneChecklistChangeEvent) =>
    seen.push(e.detail),
  );
  return seen;
}

afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  await emulateMedia({ media: 'screen' });
});

describe('<sirene-checklist>', () => {
  it('ticks through the NL-Alert procedure by keyboard, in role, until the send gate opens', async () => {
    const seen = changes();
    const el = await mount((e) => (e.user = decider));
    expect(el.complete).to.equal(false);
    expect(el.blockers.map((b) => b.item)).to.include.members(['decision', 'step-7-area']);
    await expectAccessible(el);

    // Decide (steps 1–2) and the criteria, as the one who decides.
    await tick(el, 'step-1-discuss');
    await tick(el, 'attention-value');
    await tabTo(el, 'c-extreme-violence--yes');
    await press(el, 'ArrowDown'); // selects "No"
    expect(el.state?.items['extreme-violence']?.value).to.equal('no');
    await tick(el, 'decision');
    await tick(el, 'step-2-inform-composer');
    await tick(el, 'criterion-physical-threat');
    expect(root(el).textContent).to.contain('Ticked by Dirk Besluit');
    expect(root(el).querySelector('#h-decide')?.closest('section')?.textContent).to.contain(
      '5 of 5',
    );

    // Compose (steps 5–11), as the composer.
    el.user = composer;
    await el.updateComplete;
    for (const item of [
      'step-5-login',
      'step-6-agree',
      'step-7-area',
      'step-8-standard-message',
      'component-sender',
      'component-date-time',
      'component-risk',
      'component-location',
      'component-action',
      'component-information',
      'step-9-check',
    ]) {
      await tick(el, item);
    }
    await tabTo(el, 'c-step-9-translation--matches');
    await press(el, 'Space');
    await tick(el, 'step-10-duration');
    await tabTo(el, 'c-message-title');
    await sendKeys({ type: 'Brand in Stadion Noord' });
    await tick(el, 'step-11-inform-dispatch'); // leaving the field saves the title
    expect(el.state?.items['message-title']?.value).to.equal('Brand in Stadion Noord');
    expect(el.state?.items['message-title']?.by.name).to.equal('Carla Opsteller');
    expect(el.complete, 'the broadcaster still has to check the area').to.equal(false);
    expect(el.blockers.map((b) => b.item)).to.deep.equal(['step-14-area']);
    await expectAccessible(el);

    // Broadcast (steps 12–14), as the dispatch centre: the gate opens on the area check.
    el.user = broadcaster;
    await el.updateComplete;
    await tick(el, 'step-12-notified');
    await tick(el, 'step-13-login');
    await tick(el, 'step-14-components');
    expect(el.complete).to.equal(false);
    await tick(el, 'step-14-area');
    expect(el.complete).to.equal(true);
    expect(el.blockers).to.deep.equal([]);

    const last = seen.at(-1)!;
    expect(last.complete).to.equal(true);
    expect(last.blockers).to.deep.equal([]);
    expect(last.action).to.deep.equal({ type: 'tick', item: 'step-14-area' });
    expect(last.state).to.equal(el.state);
    expect(last.evaluation.gates.send?.open).to.equal(true);
    expect(seen.slice(0, -1).every((d) => !d.complete)).to.equal(true);
    expect(seen).to.have.length(25);
    expect(last.state.history.map((h) => h.by.id)).to.include.members([
      'u-decide',
      'u-compose',
      'u-broadcast',
    ]);
    expect(last.state.items['step-14-area']).to.deep.include({
      checked: true,
      at: '2026-11-23T02:12:00.000Z',
      by: { id: 'u-broadcast', name: 'Bram Meldkamer' },
    });

    const gate = root(el).querySelector('[part="gate"]')!;
    expect(gate.textContent).to.contain('Broadcast: allowed');
    expect(root(el).querySelector('[role="status"]')?.textContent).to.contain(
      'Broadcast is allowed now',
    );
    await expectAccessible(el);
  });

  it('shows the police-advice items when extreme violence is answered yes, and keeps their values when they go', async () => {
    const el = await mount((e) => (e.user = decider));
    expect(control(el, 'c-police-advisor-name')).to.equal(null);

    await tabTo(el, 'c-extreme-violence--yes');
    await press(el, 'Space');
    const name = control(el, 'c-police-advisor-name');
    expect(name, 'police advice appears').not.to.equal(null);
    expect(root(el).querySelector('[role="status"]')?.textContent).to.contain(
      '5 more items apply now',
    );
    expect(el.blockers.map((b) => b.item)).to.include('police-advisor-name');
    await expectAccessible(el);

    await tabTo(el, 'c-police-advisor-name');
    await sendKeys({ type: 'Inspecteur Jansen' });
    await tabTo(el, 'c-police-advice-time');
    expect(el.state?.items['police-advisor-name']?.value).to.equal('Inspecteur Jansen');
    await tabTo(el, 'now-police-advice-time');
    await press(el, 'Enter');
    expect(el.state?.items['police-advice-time']?.value).to.equal('2026-11-23T03:12:00+01:00');
    expect(control(el, 'c-police-advice-time')?.value).to.equal('2026-11-23T03:12');

    // Back to the question: "No" hides the section; its answers stay in the state.
    await el.focusItem('extreme-violence');
    expect(active(el)?.id).to.equal('c-extreme-violence--yes');
    await press(el, 'ArrowDown');
    expect(control(el, 'c-police-advisor-name')).to.equal(null);
    expect(active(el)?.id, 'focus stays on the question').to.equal('c-extreme-violence--no');
    expect(el.state?.items['police-advisor-name']?.value).to.equal('Inspecteur Jansen');
    expect(el.blockers.map((b) => b.item)).not.to.include('police-advisor-name');
    expect(root(el).querySelector('[role="status"]')?.textContent).to.contain(
      '5 items no longer apply; their answers are kept.',
    );
    await expectAccessible(el);

    await press(el, 'ArrowUp');
    expect(control(el, 'c-police-advisor-name')?.value).to.equal('Inspecteur Jansen');
    expect(control(el, 'c-police-advice-time')?.value).to.equal('2026-11-23T03:12');
  });

  it('keeps ticks, unsaved typing and focus when the host sets an equal state object', async () => {
    const el = await mount((e) => (e.user = decider));
    await tick(el, 'step-1-discuss');
    const focused = active(el);
    el.state = JSON.parse(JSON.stringify(el.state)) as typeof el.state;
    await el.updateComplete;
    expect(active(el)).to.equal(focused);
    expect(control(el, 'c-step-1-discuss')?.checked).to.equal(true);

    el.user = composer;
    await el.updateComplete;
    await tabTo(el, 'c-message-title', 120);
    await sendKeys({ type: 'Half getypt' });
    const title = active(el);
    el.state = JSON.parse(JSON.stringify(el.state)) as typeof el.state;
    await el.updateComplete;
    expect(active(el)).to.equal(title);
    expect((title as HTMLTextAreaElement).value).to.equal('Half getypt');
    expect(control(el, 'c-step-1-discuss')?.checked).to.equal(true);
    await expectAccessible(el);
  });

  it('refuses a tick in the wrong role with the reason next to the item, keeping state', async () => {
    const seen = changes();
    const el = await mount((e) => (e.user = composer));
    const before = el.state;
    expect(root(el).querySelector('#h-decide')?.closest('section')?.textContent).to.contain(
      'not your role',
    );
    await tabTo(el, 'c-decision');
    await press(el, 'Space');
    expect(control(el, 'c-decision')?.checked, 'the tick is undone').to.equal(false);
    expect(el.state).to.equal(before);
    expect(seen).to.have.length(0);
    const error = root(el).querySelector('#e-decision');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(error?.textContent).to.contain(
      'Not saved: Only the role “Decides on deployment” may change “Decision: yes, we deploy an NL-Alert”.',
    );
    expect(control(el, 'c-decision')?.getAttribute('aria-describedby')).to.contain('e-decision');
    expect(active(el)?.id).to.equal('c-decision');
    await expectAccessible(el);

    el.lang = 'nl';
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(error?.textContent).to.contain('Niet opgeslagen: Alleen de rol “Besluit tot inzet”');

    el.user = decider; // the right person ticks it; the refusal goes away
    await el.updateComplete;
    await press(el, 'Space');
    expect(root(el).querySelector('#e-decision')).to.equal(null);
    expect(el.state?.items.decision?.checked).to.equal(true);
  });

  it('speaks French and German, their texts loaded when the language asks for them', async () => {
    const el = await mount((e) => (e.lang = 'fr'));
    expect(root(el).textContent).to.contain('Reste à faire').and.contain('pas encore');
    el.lang = 'de';
    await el.updateComplete;
    expect(root(el).textContent).to.contain('noch nicht').and.not.contain('pas encore');
    await expectAccessible(el);
  });

  it('shows the BE-Alert checklist itself in French and German, not only its own texts', async () => {
    const el = await mount((e) => {
      e.checklistId = 'be-alert';
      e.lang = 'fr';
    });
    const title = () => root(el).querySelector('.title')?.textContent;
    expect(title()).to.equal('Envoyer une alerte BE-Alert');
    expect(root(el).textContent).to.contain('Lancer la campagne').and.contain('Type de message');
    el.lang = 'de';
    await el.updateComplete;
    expect(title()).to.equal('Eine BE-Alert versenden');
    expect(root(el).textContent).to.contain('Kampagne starten').and.not.contain('Campaign');
    await expectAccessible(el);
  });

  it('restores a serialized state into a new element with the same evaluation', async () => {
    const el = await mount((e) => (e.user = decider));
    await tick(el, 'criterion-act-now');
    await tabTo(el, 'c-extreme-violence--yes');
    await press(el, 'Space');
    await tick(el, 'decision');
    const text = serializeState(el.state!);

    const restored = deserializeState(nlAlertProcedure, text);
    expect(restored.ok).to.equal(true);
    const copy = await mount((e) => {
      e.definition = nlAlertProcedure;
      e.state = restored.ok ? restored.state : undefined;
    });
    expect(copy.evaluation).to.deep.equal(el.evaluation);
    expect(copy.complete).to.equal(el.complete);
    expect(copy.blockers).to.deep.equal(el.blockers);
    for (const id of ['c-criterion-act-now', 'c-decision', 'c-extreme-violence--yes']) {
      expect(control(copy, id)?.checked, id).to.equal(true);
    }
    expect(root(copy).textContent).to.contain('Ticked by Dirk Besluit');
    await expectAccessible(copy);
  });

  it('keeps focus and what is being typed when an item appears above it (a colleague ticked)', async () => {
    const definition: ChecklistDefinition = {
      id: 'appear-above',
      version: 1,
      title: { en: 'Appear above', nl: 'Verschijnt erboven' },
      roles: [],
      sections: [
        {
          id: 's',
          title: { en: 'Section', nl: 'Sectie' },
          items: [
            {
              id: 'a',
              kind: 'check',
              label: { en: 'Evacuation ordered', nl: 'Ontruiming bevolen' },
            },
            {
              id: 'b',
              kind: 'text',
              label: { en: 'Which streets', nl: 'Welke straten' },
              when: { item: 'a', done: true },
            },
            { id: 'c', kind: 'text', label: { en: 'Remarks', nl: 'Opmerkingen' } },
          ],
        },
      ],
    };
    const el = await mount((e) => {
      e.definition = definition;
      e.user = composer;
    });
    expect(control(el, 'c-b')).to.equal(null);
    await tabTo(el, 'c-c');
    await sendKeys({ type: 'Wind draait' });
    // The host sets the state a colleague saved: "a" ticked, so "b" now shows above "c".
    const ticked = applyChecklistAction(
      definition,
      el.state!,
      { type: 'tick', item: 'a' },
      { user: decider, now: fixedClock() },
    );
    expect(ticked.ok).to.equal(true);
    el.state = ticked.ok ? ticked.state : undefined;
    await el.updateComplete;
    expect(control(el, 'c-b'), 'the new item shows').not.to.equal(null);
    expect(active(el)?.id, 'focus stays in the field being typed in').to.equal('c-c');
    expect(control(el, 'c-c')?.value).to.equal('Wind draait');
    expect(control(el, 'c-b')?.value).to.equal('');
    await sendKeys({ type: ' naar het zuiden' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.state?.items.c?.value).to.equal('Wind draait naar het zuiden');
    expect(el.state?.items.b).to.equal(undefined);
  });

  it('submits the state with its form and is invalid while the gate is closed', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mount((e) => {
      e.setAttribute('name', 'procedure');
      e.user = decider;
    }, form);
    expect(new FormData(form).get('procedure')).to.equal(serializeState(el.state!));
    expect(form.checkValidity()).to.equal(false);
    expect(el.blockers[0]?.message).to.equal('At least one deployment criterion must hold');
  });

  it('moves focus from a blocker in the summary to its item, opening a collapsed section', async () => {
    const el = await mount((e) => (e.user = decider));
    await tabTo(el, 'h-decide');
    await press(el, 'Enter');
    expect(control(el, 'h-decide')?.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector<HTMLElement>('#b-decide')?.hidden).to.equal(true);
    await expectAccessible(el);

    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="blockers"] a')].find(
      (a) => a.getAttribute('href') === '#c-decision',
    )!;
    link.focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(root(el).querySelector<HTMLElement>('#b-decide')?.hidden).to.equal(false);
    expect(active(el)?.id).to.equal('c-decision');
  });

  it('keyboard path (README): actions slot, blocker links, collapsing headings, a focus ring on every stop', async () => {
    const send = document.createElement('button');
    send.slot = 'actions';
    send.textContent = 'Send';
    const el = await mount((e) => {
      e.user = decider;
      e.append(send);
    });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'the actions slot comes first').to.equal(send);
    await sendKeys({ press: 'Tab' });
    const links = [...root(el).querySelectorAll('[part="blockers"] a')];
    expect(active(el)).to.equal(links[0]);
    expectFocusRing(el);
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(links[1]);

    // Enter on a heading collapses its section: its items leave the Tab order.
    await tabTo(el, 'h-criteria');
    expectFocusRing(el);
    await press(el, 'Enter');
    expect(control(el, 'h-criteria')?.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id, 'the collapsed items are skipped').to.equal('h-compose');

    // Back to the "Still to do" link of a collapsed item; Enter expands and lands on it.
    await tabBackTo(el, (a) => a.getAttribute('href') === '#c-criterion-act-now');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(control(el, 'h-criteria')?.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el)?.id).to.equal('c-criterion-act-now');
    expectFocusRing(el);
    await press(el, 'Space');
    expect(el.state?.items['criterion-act-now']?.checked).to.equal(true);

    // Space on a heading collapses and expands it too.
    await tabBackTo(el, (a) => a.id === 'h-criteria');
    await press(el, 'Space');
    expect(control(el, 'h-criteria')?.getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'Space');
    expect(control(el, 'h-criteria')?.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector<HTMLElement>('#b-criteria')?.hidden).to.equal(false);

    // Every stop to the end of the element shows where the focus is.
    await tabTo(el, 'c-extreme-violence--yes');
    await press(el, 'Space'); // "Clear answer", a time field and "Now" appear
    const stops = new Set<Element>();
    for (let i = 0; i < 120; i += 1) {
      const a = active(el);
      if (!a) break;
      stops.add(a);
      expectFocusRing(el);
      await sendKeys({ press: 'Tab' });
    }
    const kinds = [...stops].map((a) => a.localName + (a.className ? `.${a.className}` : ''));
    expect(kinds).to.include.members([
      'input',
      'button.clear',
      'summary',
      'textarea',
      'button.now',
      'button',
    ]);
    expect(document.activeElement, 'Tab leaves the element at the end').to.equal(document.body);
    await expectAccessible(el);
  });

  it('keyboard path (README): answers, help, Clear answer, fields and the time field', async () => {
    const el = await mount((e) => (e.user = decider));
    const status = () => root(el).querySelector('[role="status"]')?.textContent ?? '';
    await tabTo(el, 'c-extreme-violence--yes');
    await press(el, 'Space');
    expect(el.state?.items['extreme-violence']?.value).to.equal('yes');
    expect(status()).to.contain('Decide (steps 1–2): 1 of 5 done.');

    // The help, then "Clear answer", which goes with the answer: focus stays in the question.
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.className).to.equal('clear');
    await sendKeys({ press: 'Tab' });
    const help = active(el)?.closest('details');
    expect(active(el)?.localName).to.equal('summary');
    await press(el, 'Enter');
    expect(help?.open, 'Enter opens the help').to.equal(true);
    await press(el, 'Enter');
    expect(help?.open).to.equal(false);
    await tabBackTo(el, (a) => a.className === 'clear');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.state?.items['extreme-violence']?.value).to.equal(undefined);
    expect(root(el).querySelector('button.clear')).to.equal(null);
    expect(active(el)?.id, 'focus moves to the first option').to.equal('c-extreme-violence--yes');
    await press(el, 'ArrowDown');
    expect(el.state?.items['extreme-violence']?.value).to.equal('no');
    await press(el, 'ArrowUp');
    expect(el.state?.items['extreme-violence']?.value).to.equal('yes');

    // A name field saves on Enter; emptying it clears the answer.
    await tabTo(el, 'c-police-advisor-name');
    await sendKeys({ type: 'Jansen' });
    await press(el, 'Enter');
    expect(el.state?.items['police-advisor-name']?.value).to.equal('Jansen');
    expect(active(el)?.id).to.equal('c-police-advisor-name');
    for (let i = 0; i < 6; i += 1) await sendKeys({ press: 'Backspace' });
    await press(el, 'Tab');
    expect(el.state?.items['police-advisor-name']?.value).to.equal(undefined);
    expect(el.state?.items['police-advisor-name']?.by.name).to.equal('Dirk Besluit');

    // The time field: "Now" fills it in; an arrow key changes a part and the complete
    // value is saved at once; Backspace clears the answer and empties the field.
    expect(active(el)?.id).to.equal('c-police-advice-time');
    await tabTo(el, 'now-police-advice-time');
    await press(el, 'Enter');
    const now = '2026-11-23T03:12:00+01:00';
    expect(el.state?.items['police-advice-time']?.value).to.equal(now);
    await shiftTab(); // the field's calendar button
    expect(active(el)?.id).to.equal('c-police-advice-time');
    expectFocusRing(el);
    await shiftTab(); // its last part
    await press(el, 'ArrowUp');
    const changed = el.state?.items['police-advice-time']?.value as string;
    expect(changed).to.be.a('string').and.not.equal(now);
    expect(control(el, 'c-police-advice-time')?.value).to.equal(
      toWallClock(changed, 'Europe/Amsterdam'),
    );
    await press(el, 'Backspace');
    expect(el.state?.items['police-advice-time']?.value).to.equal(undefined);
    expect(control(el, 'c-police-advice-time')?.value).to.equal('');
    await tabTo(el, 'now-police-advice-time');
    await press(el, 'Space');
    expect(el.state?.items['police-advice-time']?.value).to.equal(now);

    // A text area: Enter adds a line; leaving it saves.
    el.user = composer;
    await el.updateComplete;
    await tabTo(el, 'c-message-title', 120);
    await sendKeys({ type: 'Brand' });
    await press(el, 'Enter');
    await sendKeys({ type: 'Noord' });
    expect(el.state?.items['message-title']).to.equal(undefined);
    await press(el, 'Tab');
    expect(el.state?.items['message-title']?.value).to.equal('Brand\nNoord');
    await expectAccessible(el);
  });

  it('is read-only when asked, and without a user', async () => {
    const seen = changes();
    const el = await mount((e) => {
      e.user = decider;
      e.readonly = true;
    });
    const box = control(el, 'c-step-1-discuss')!;
    expect(box.getAttribute('aria-disabled')).to.equal('true');
    box.click();
    await tabTo(el, 'c-extreme-violence--yes');
    await press(el, 'Space');
    await el.updateComplete;
    expect(box.checked).to.equal(false);
    expect(control(el, 'c-extreme-violence--yes')?.checked).to.equal(false);
    expect(seen).to.have.length(0);
    expect(el.state?.history).to.deep.equal([]);
    expect(root(el).querySelector('button.now, button.clear')).to.equal(null);
    expect(root(el).querySelector('.notice')?.textContent?.trim()).to.equal(
      'Read-only: this checklist can be read here, not changed.',
    );
    await expectAccessible(el);
    el.readonly = false;
    await el.updateComplete;
    expect(root(el).querySelector('.notice')).to.equal(null);

    const anonymous = await mount();
    expect(control(anonymous, 'c-step-1-discuss')?.getAttribute('aria-disabled')).to.equal('true');
    expect(root(anonymous).textContent).to.contain('has not said who is acting');
  });

  it('locks and says so inside a disabled fieldset, and unlocks when it is enabled', async () => {
    const form = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    fieldset.disabled = true;
    form.append(fieldset);
    document.body.append(form);
    const el = await mount((e) => (e.user = decider), fieldset);
    await el.updateComplete;
    const box = control(el, 'c-step-1-discuss')!;
    expect(box.getAttribute('aria-disabled')).to.equal('true');
    box.click();
    await el.updateComplete;
    expect(el.state?.history).to.deep.equal([]);
    expect(root(el).querySelector('.notice')?.textContent).to.contain('Read-only');

    fieldset.disabled = false;
    await el.updateComplete;
    expect(root(el).querySelector('.notice')).to.equal(null);
    box.click();
    await el.updateComplete;
    expect(el.state?.items['step-1-discuss']?.checked).to.equal(true);
    await expectAccessible(el);
  });

  it('shows a state of another checklist as a problem, never throwing or overwriting it', async () => {
    const foreign = {
      format: 1,
      checklist: 'burgernet-action',
      version: 1,
      items: {},
      history: [],
    };
    const el = await mount((e) => {
      e.user = decider;
      e.state = foreign as typeof e.state;
    });
    expect(el.state).to.equal(foreign);
    expect(el.complete).to.equal(false);
    expect(el.blockers[0]?.reason).to.equal('invalid-state');
    expect(root(el).querySelector('.problem')?.textContent).to.contain('burgernet-action');
    expect(control(el, 'c-decision')?.getAttribute('aria-disabled')).to.equal('true');
    await expectAccessible(el);
  });

  it('follows the first gate of a checklist without a send gate, and speaks Dutch', async () => {
    document.documentElement.lang = 'nl';
    const el = await mount((e) => {
      e.checklistId = burgernetAction.id;
      e.user = { id: 'u', name: 'Mo', roles: ['dispatcher'] };
    });
    const gate = root(el).querySelector('[part="gate"]')!;
    expect(gate.textContent).to.contain('nog niet');
    expect(root(el).textContent).to.contain('Rol:');
    expect(root(el).textContent).to.contain('verplicht');
    await expectAccessible(el);
  });

  it('records multi-choice answers from check boxes in a fieldset', async () => {
    const el = await mount((e) => {
      e.checklistId = 'be-alert';
      e.user = { id: 'u', name: 'Lien', roles: ['operator'] };
    });
    const fieldset = control(el, 'c-channels--subscribers')?.closest('fieldset');
    expect(fieldset?.querySelector('legend')?.textContent).to.contain('required');
    await tabTo(el, 'c-channels--subscribers', 80);
    await press(el, 'Space');
    await tabTo(el, 'c-channels--cap');
    await press(el, 'Space');
    expect(el.state?.items.channels?.value).to.deep.equal(['subscribers', 'cap']);
    expect(root(el).querySelector('[data-item-row="subscriber-media"]')).not.to.equal(null);
    await expectAccessible(el);
  });

  it('prints every section expanded, with ☐/☑ marks and without buttons', async () => {
    const el = await mount((e) => (e.user = decider));
    await tick(el, 'step-1-discuss');
    await tabTo(el, 'h-compose', 80);
    await press(el, 'Enter');
    await emulateMedia({ media: 'print' });
    const body = root(el).querySelector<HTMLElement>('#b-compose')!;
    expect(getComputedStyle(body).display).to.equal('block');
    const row = root(el).querySelector('[data-item-row="step-1-discuss"]')!;
    const mark = row.querySelector<HTMLElement>('.print-mark')!;
    expect(getComputedStyle(mark).display).not.to.equal('none');
    expect(mark.textContent).to.equal('☑');
    expect(getComputedStyle(control(el, 'c-step-1-discuss')!).display).to.equal('none');
    expect(row.textContent).to.contain('Ticked by Dirk Besluit');
    for (const button of root(el).querySelectorAll<HTMLElement>('button.now, button.clear')) {
      expect(getComputedStyle(button).display).to.equal('none');
    }
  });
});
