import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import {
  SHIPPED_TEMPLATES,
  applyChecklistAction,
  createChecklistState,
  extremeViolenceGuideline,
  formatCapDateTime,
  type CapArea,
  type ChecklistAction,
  type SireneAlert,
} from '@sirene/core';
import '../../packages/message-composer/sirene-message-composer.ts';
import '../../packages/cap-preview/sirene-cap-preview.ts';
import {
  applyArea,
  buildAlert,
  createState,
  normalizeArea,
  setLocalized,
  setOverride,
  type ComposerState,
} from '../../packages/message-composer/src/message-composer.controller.js';
import type { SireneMessageComposer } from '../../packages/message-composer/src/message-composer.js';
import type { SireneCapPreview } from '../../packages/cap-preview/src/cap-preview.js';

interface Args {
  profile: 'nl-alert' | 'be-alert';
  mode: 'actual' | 'exercise';
  lang: 'en' | 'nl' | 'fr' | 'de';
  templateId?: string;
  alert?: SireneAlert;
  sender: string;
  senderName: string;
}

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

const SENDER = 'vr-utrecht@nl-alert.nl';
const SENDER_NAME = 'Veiligheidsregio Utrecht';

/** Where a draft is set: Utrecht for NL-Alert, Eupen (German-speaking Belgium) for BE-Alert. */
const PLACES = {
  'nl-alert': {
    identifier: 'VRU-2026-0042',
    sender: SENDER,
    senderName: SENDER_NAME,
    location: 'Stationsplein, Utrecht',
    web: 'https://www.nl-alert.nl',
    area: AREA,
  },
  'be-alert': {
    identifier: 'EUPEN-2026-0007',
    sender: 'notfallplanung@eupen.be',
    senderName: 'Stadt Eupen',
    location: 'Bahnhofstraße, Eupen',
    web: 'https://www.be-alert.be',
    area: {
      areaDesc: 'Eupen Unterstadt',
      polygons: [
        [
          [6.03, 50.625],
          [6.05, 50.625],
          [6.05, 50.635],
          [6.03, 50.635],
          [6.03, 50.625],
        ],
      ],
      circles: [],
      geocodes: [],
    } as CapArea,
  },
} as const;

/** The host's settings of a Belgian municipality's BE-Alert composer. */
const BE_HOST = {
  profile: 'be-alert',
  sender: PLACES['be-alert'].sender,
  senderName: PLACES['be-alert'].senderName,
} as const;

/** A draft as an operator would have filled it, built with the composer's own logic. */
function draft(
  templateId: string,
  change: (state: ComposerState) => ComposerState = (s) => s,
  profile: 'nl-alert' | 'be-alert' = 'nl-alert',
  mode: 'actual' | 'exercise' = 'actual',
): SireneAlert {
  const place = PLACES[profile];
  let state = createState({
    profile,
    mode,
    identifier: place.identifier,
    sender: place.sender,
    senderName: place.senderName,
    templateId,
  });
  state = applyArea(state, normalizeArea(place.area));
  state = {
    ...state,
    location: setLocalized(state.location, 'nl', 'nl', place.location),
    web: place.web,
  };
  const result = buildAlert(change(state), {
    templates: SHIPPED_TEMPLATES,
    now: new Date(),
    lang: 'en',
  });
  if (!result.alert) throw new Error(`cannot build ${templateId}`);
  return result.alert;
}

/** The extreme-violence checklist with police advice and second opinion recorded. */
function policeAdvice(): Record<string, unknown> {
  const user = { id: 'u1', name: 'Anna de Vries', roles: ['decide', 'compose'] };
  let state = createChecklistState(extremeViolenceGuideline);
  const actions: ChecklistAction[] = [
    { type: 'set', item: 'advisor-function', value: 'hovd-p' },
    { type: 'set', item: 'advisor-name', value: 'J. Jansen' },
    { type: 'set', item: 'advice-time', value: new Date().toISOString() },
    { type: 'tick', item: 'second-opinion' },
  ];
  for (const action of actions) {
    const r = applyChecklistAction(extremeViolenceGuideline, state, action, {
      user,
      now: new Date(),
    });
    if (r.ok) state = r.state;
  }
  return { [extremeViolenceGuideline.id]: state };
}

/** The alert as sent 40 minutes ago, its broadcast stopped since. */
const stopped = (alert: SireneAlert): SireneAlert => ({
  ...alert,
  cap: {
    ...alert.cap,
    sent: formatCapDateTime(new Date(Date.now() - 40 * 60_000), 'Europe/Amsterdam'),
  },
  sirene: { ...alert.sirene, state: 'stopped' },
});

const logEvent = (e: Event) => console.log(e.type, (e as CustomEvent).detail);

function composer(args: Args, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<sirene-message-composer
      lang=${args.lang}
      profile=${args.profile}
      mode=${args.mode}
      template-id=${args.templateId ?? nothing}
      sender=${args.sender}
      sender-name=${args.senderName}
      .area=${AREA}
      .alert=${args.alert}
      @sirene-alert-change=${logEvent}
      @sirene-ready-request=${logEvent}
    ></sirene-message-composer>
    ${extra}`;
}

const meta: Meta<Args> = {
  title: 'Elements/Message composer',
  component: 'sirene-message-composer',
  tags: ['autodocs'],
  argTypes: {
    profile: { control: 'inline-radio', options: ['nl-alert', 'be-alert'] },
    mode: { control: 'inline-radio', options: ['actual', 'exercise'] },
    lang: { control: 'inline-radio', options: ['en', 'nl', 'fr', 'de'] },
    templateId: {
      control: 'select',
      options: [undefined, ...SHIPPED_TEMPLATES.map((t) => t.id)],
    },
    alert: { control: false },
  },
  args: {
    profile: 'nl-alert',
    mode: 'actual',
    lang: 'en',
    sender: SENDER,
    senderName: SENDER_NAME,
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Steps 8–10 of the NL-Alert procedure: pick a standard message, fill the fixed components, check every language side by side with channel counters and the safety lint, set the duration, and mark ready behind a confirmation.',
      },
    },
  },
  render: (args) => composer(args),
};
export default meta;

type Story = StoryObj<Args>;

/** A new draft: nothing happens until a standard message is picked. */
export const Start: Story = {};

/** Extreme violence (guideline table): police advice still missing, so "mark ready" is blocked. */
export const ExtremeViolence: Story = { args: { templateId: 'nl-alert-extreme-violence' } };

/** Fire and smoke, a location typed. */
export const FireSmoke: Story = { args: { alert: draft('fire-smoke') } };

/** Flooding. */
export const Flooding: Story = { args: { alert: draft('flooding') } };

/** Drinking water. */
export const DrinkingWater: Story = { args: { alert: draft('drinking-water') } };

/** Gas leak. */
export const GasLeak: Story = { args: { alert: draft('gas-leak') } };

/** Power outage. */
export const PowerOutage: Story = { args: { alert: draft('power-outage') } };

/** NL-Alert test (control) message. */
export const NlAlertTest: Story = { args: { alert: draft('nl-alert-test') } };

/** BE-Alert test message, Dutch, French and German side by side. */
export const BeAlertTest: Story = {
  args: { ...BE_HOST, lang: 'fr', alert: draft('be-alert-test', (s) => s, 'be-alert') },
};

/** BE-Alert in Eupen: three languages side by side; the French text goes out in UCS-2 (the ê of "fenêtres"). */
export const BeAlert: Story = {
  args: { ...BE_HOST, lang: 'nl', alert: draft('fire-smoke', (s) => s, 'be-alert') },
};

/** A curly apostrophe from a word processor forces UCS-2: marked, with one-click GSM-7. */
export const Ucs2Text: Story = {
  args: {
    alert: draft('fire-smoke', (s) => ({
      ...s,
      location: setLocalized(s.location, 'nl', 'nl', 'Café ’t Hoekje, Oudegracht'),
    })),
  },
};

/** "Verzamel bij het station" in extreme violence: an error with a suggestion; ready blocked. */
export const LintWarnings: Story = {
  args: {
    alert: draft('nl-alert-extreme-violence', (s) =>
      setOverride(
        { ...s, web: 'http://www.politie.nl' },
        'nl',
        'instruction',
        'Verzamel bij het station. Het motief is terrorisme!!!',
      ),
    ),
  },
};

/** Extreme violence with police advice and second opinion recorded: "mark ready" allowed. */
export const ReadyAllowed: Story = {
  args: {
    alert: draft('nl-alert-extreme-violence', (s) => ({ ...s, procedure: policeAdvice() })),
  },
};

/** Marked ready: read-only until reopened. */
export const MarkedReady: Story = {
  args: {
    alert: draft('gas-leak', (s) => ({ ...s, state: 'ready', sent: undefined })),
  },
};

/** Exercise mode: band, diagonal watermark, status Exercise. */
export const Exercise: Story = {
  args: { mode: 'exercise', alert: draft('flooding', (s) => s, 'nl-alert', 'exercise') },
};

/** The interface in Dutch. */
export const Dutch: Story = { args: { lang: 'nl', alert: draft('gas-leak') } };

/** Renders the composer and a preview wired as a host wires them, and starts a follow-up. */
function followUpPair(args: Args, start: (el: SireneMessageComposer) => void): TemplateResult {
  const started = new WeakSet<Element>();
  return html`<div style="display:grid;gap:1rem">
    <sirene-message-composer
      lang=${args.lang}
      profile=${args.profile}
      mode=${args.mode}
      sender=${args.sender}
      sender-name=${args.senderName}
      @sirene-alert-change=${(e: CustomEvent<{ alert: SireneAlert; previous?: SireneAlert }>) => {
        const preview = (e.target as Element).nextElementSibling as SireneCapPreview | null;
        if (!preview) return;
        preview.alert = e.detail.alert;
        preview.previous = e.detail.previous;
      }}
      ${ref((el) => {
        if (!el || started.has(el)) return;
        started.add(el);
        queueMicrotask(() => start(el as SireneMessageComposer));
      })}
    ></sirene-message-composer>
    <sirene-cap-preview lang=${args.lang} profile=${args.profile} view="diff"></sirene-cap-preview>
  </div>`;
}

/** Update of a stopped alert: references set; the preview shows what changed. */
export const UpdateDiff: Story = {
  render: (args) =>
    followUpPair(args, (el) => {
      el.startUpdate(stopped(draft('fire-smoke')));
    }),
};

/** End message (CAP Cancel, end-of-situation text) of a stopped alert, with the diff. */
export const CancelDiff: Story = {
  render: (args) =>
    followUpPair(args, (el) => {
      el.startEnd(stopped(draft('gas-leak')), { msgType: 'Cancel' });
    }),
};

/** A follow-up refused: the running broadcast has not been stopped yet. */
export const FollowUpRefused: Story = {
  render: (args) =>
    followUpPair(args, (el) => {
      const running = draft('fire-smoke');
      el.startEnd({ ...running, sirene: { ...running.sirene, state: 'broadcasting' } });
    }),
};
