import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import {
  applyChecklistAction,
  createChecklistState,
  getShippedChecklist,
  type ChecklistAction,
  type ChecklistState,
  type ChecklistUser,
} from '@sirene/core';
import '../../packages/checklist/sirene-checklist.ts';
import { snapshot, type SireneChecklistChangeEvent } from '../../packages/checklist/src/index.js';

interface Args {
  checklistId: string;
  gate: string;
  readonly: boolean;
  lang: string;
  user: ChecklistUser | undefined;
  state: ChecklistState | undefined;
  sendButton: boolean;
}

const decider: ChecklistUser = { id: 'u-17', name: 'Dirk Besluit', roles: ['decide'] };
const composer: ChecklistUser = { id: 'u-23', name: 'Carla Opsteller', roles: ['compose'] };
const broadcaster: ChecklistUser = {
  id: 'u-31',
  name: 'Bram Meldkamer',
  roles: ['broadcast'],
};
const allNlRoles: ChecklistUser = {
  id: 'u-42',
  name: 'Anna de Vries',
  roles: ['decide', 'compose', 'broadcast'],
};

/** A state for a shipped checklist after these steps, each by its user, a minute apart. */
function prefilled(id: string, steps: [ChecklistUser, ChecklistAction][]): ChecklistState {
  const def = getShippedChecklist(id);
  if (!def) throw new Error(`no shipped checklist ${id}`);
  let state = createChecklistState(def);
  steps.forEach(([user, action], i) => {
    const now = new Date(Date.UTC(2026, 10, 23, 2, 12 + i));
    const result = applyChecklistAction(def, state, action, { user, now });
    if (!result.ok) throw new Error(result.error.message.en);
    state = result.state;
  });
  return state;
}

const tickAll = (user: ChecklistUser, items: string[]): [ChecklistUser, ChecklistAction][] =>
  items.map((item) => [user, { type: 'tick', item }]);

const decided: [ChecklistUser, ChecklistAction][] = [
  ...tickAll(decider, ['step-1-discuss', 'attention-value']),
  [decider, { type: 'set', item: 'extreme-violence', value: 'no' }],
  ...tickAll(decider, ['decision', 'step-2-inform-composer', 'criterion-physical-threat']),
];

const composed: [ChecklistUser, ChecklistAction][] = [
  ...tickAll(composer, [
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
  ]),
  [composer, { type: 'set', item: 'step-9-translation', value: 'no-translation' }],
  [composer, { type: 'tick', item: 'step-10-duration' }],
  [
    composer,
    { type: 'set', item: 'message-title', value: 'Brand Stadion Noord: ramen en deuren dicht' },
  ],
  [composer, { type: 'tick', item: 'step-11-inform-dispatch' }],
];

const broadcastChecked = tickAll(broadcaster, [
  'step-12-notified',
  'step-13-login',
  'step-14-components',
  'step-14-area',
  'step-14-duration',
]);

function onChange(e: SireneChecklistChangeEvent): void {
  const button = (e.currentTarget as HTMLElement).querySelector<HTMLButtonElement>(
    '[slot="actions"]',
  );
  if (button) button.disabled = !e.detail.complete;
  console.info('sirene-checklist-change', e.detail.action, e.detail.complete, e.detail.blockers);
}

const meta: Meta<Args> = {
  title: 'Elements/Checklist',
  component: 'sirene-checklist',
  tags: ['autodocs'],
  argTypes: {
    checklistId: {
      control: 'select',
      options: [
        'nl-alert-procedure',
        'nl-alert-extreme-violence',
        'burgernet-action',
        'be-alert',
        'netcentric-cooperation',
      ],
    },
    gate: { control: 'text' },
    readonly: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['en', 'nl', 'fr', 'de'] },
    user: { control: 'object' },
    state: { control: false },
    sendButton: {
      control: 'boolean',
      description: 'Story only: a send button in the `actions` slot.',
    },
  },
  args: {
    checklistId: 'nl-alert-procedure',
    gate: 'send',
    readonly: false,
    lang: 'en',
    user: allNlRoles,
    state: undefined,
    sendButton: false,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The host sets `user` (who is acting), stores `state` from each `sirene-checklist-change` with the alert, and reads `complete` / `blockers` before it lets anyone send.',
      },
    },
  },
  render: (args) => {
    const { open: complete } = snapshot({
      checklistId: args.checklistId,
      state: args.state,
      gate: args.gate,
    });
    return html`<sirene-checklist
      checklist-id=${args.checklistId}
      gate=${args.gate}
      lang=${args.lang}
      ?readonly=${args.readonly}
      .user=${args.user}
      .state=${args.state}
      .clock=${() => new Date()}
      @sirene-checklist-change=${onChange}
    >
      ${
        args.sendButton
          ? html`<button slot="actions" type="button" ?disabled=${!complete}>Send NL-Alert</button>`
          : nothing
      }
    </sirene-checklist>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Stappenplan NL-Alert: decide, compose, broadcast; the `send` gate. */
export const NlAlertProcedure: Story = {};

/** Richtlijn inzet NL-Alert bij extreem geweld: scenario, police advice, risks, message rules. */
export const ExtremeViolence: Story = {
  args: {
    checklistId: 'nl-alert-extreme-violence',
    user: { id: 'u-42', name: 'Anna de Vries', roles: ['decide', 'compose'] },
  },
};

/** A Burgernet action; its gate is `start`, which `gate="send"` falls back to. */
export const Burgernet: Story = {
  args: {
    checklistId: 'burgernet-action',
    user: { id: 'u-8', name: 'Mo Meldkamer', roles: ['dispatcher'] },
  },
};

/** BE-Alert for local authorities: environment, channels (multi-choice), languages, zone. */
export const BeAlert: Story = {
  args: {
    checklistId: 'be-alert',
    lang: 'nl',
    user: { id: 'u-5', name: 'Lien Peeters', roles: ['operator'] },
  },
};

/** BE-Alert in French, as a Walloon or Brussels operator sees it (German works the same). */
export const BeAlertFrench: Story = {
  args: {
    checklistId: 'be-alert',
    lang: 'fr',
    user: { id: 'u-6', name: 'Camille Dubois', roles: ['operator'] },
  },
};

/** Stappenplan netcentrisch samenwerken; the gate is `go-live`. */
export const NetcentricCooperation: Story = {
  args: {
    checklistId: 'netcentric-cooperation',
    user: { id: 'u-9', name: 'Sam Veiligheidsregio', roles: ['safety-region', 'partner'] },
  },
};

/** Decided, composed and checked by three people: the `send` gate is open, the send button enabled. */
export const GateOpen: Story = {
  args: {
    user: broadcaster,
    sendButton: true,
    state: prefilled('nl-alert-procedure', [...decided, ...composed, ...broadcastChecked]),
  },
};

/** Extreme violence answered "yes": the police-advice section appears and blocks the gate. */
export const ExtremeViolencePoliceAdvice: Story = {
  args: {
    user: decider,
    state: prefilled('nl-alert-procedure', [
      ...tickAll(decider, ['step-1-discuss', 'attention-value']),
      [decider, { type: 'set', item: 'extreme-violence', value: 'yes' }],
      [decider, { type: 'set', item: 'police-advisor-function', value: 'hovd-p' }],
      [decider, { type: 'set', item: 'police-advisor-name', value: 'Inspecteur R. Jansen' }],
      [decider, { type: 'set', item: 'police-advice-time', value: '2026-11-23T03:14:00+01:00' }],
    ]),
  },
};

/** Read-only, for review or a supervisor's screen: nothing can change. */
export const ReadOnly: Story = {
  args: {
    readonly: true,
    state: prefilled('nl-alert-procedure', [...decided, ...composed.slice(0, 6)]),
  },
};

/** In Dutch, as the operators in a Dutch control room see it. */
export const Dutch: Story = {
  args: {
    lang: 'nl',
    user: composer,
    state: prefilled('nl-alert-procedure', [...decided, ...composed.slice(0, 4)]),
  },
};

/** A composer tries to tick the decision: refused, with the reason next to the item. */
export const WrongRoleRefusal: Story = {
  args: { user: composer },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sirene-checklist');
    await el?.updateComplete;
    const box = el?.shadowRoot?.querySelector<HTMLInputElement>('#c-decision');
    box?.click();
    await el?.updateComplete;
    box?.focus();
  },
};
