import { ALERT_STATES, type AlertState, type SireneAlert } from '../model/sirene.js';
import type { Finding, Lang } from '../validation/finding.js';
import { lifecycleFinding, stateLabel, type LifecycleCode } from './messages.js';

/** What can happen to an alert. */
export const LIFECYCLE_EVENTS = ['mark-ready', 'reopen', 'broadcast', 'expire', 'stop'] as const;

/**
 * A lifecycle event: `mark-ready` (the composer is done, the draft goes to the
 * broadcaster), `reopen` (back to draft for changes), `broadcast` (sent out),
 * `expire` (the duration ran out), `stop` (the broadcast was stopped by hand).
 */
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

/** The result of a transition: the new state, or a finding saying why not and what to do. */
export type TransitionResult = { ok: true; state: AlertState } | { ok: false; finding: Finding };

/** Where each event leads from each state; absent means refused. */
const NEXT: Readonly<Record<AlertState, Partial<Record<LifecycleEvent, AlertState>>>> = {
  draft: { 'mark-ready': 'ready' },
  ready: { reopen: 'draft', broadcast: 'broadcasting' },
  broadcasting: { expire: 'expired', stop: 'stopped' },
  expired: {},
  stopped: {},
};

/** Why an event is refused in a state. */
function refusal(state: AlertState, event: LifecycleEvent): LifecycleCode {
  if (state === 'expired' || state === 'stopped') return 'lifecycle.ended';
  switch (event) {
    case 'mark-ready':
      return state === 'ready' ? 'lifecycle.already-ready' : 'lifecycle.still-broadcasting';
    case 'reopen':
      return state === 'draft' ? 'lifecycle.already-draft' : 'lifecycle.still-broadcasting';
    case 'broadcast':
      return state === 'draft' ? 'lifecycle.not-ready' : 'lifecycle.already-broadcasting';
    case 'expire':
    case 'stop':
      return 'lifecycle.not-broadcasting';
  }
}

const isState = (s: unknown): s is AlertState => (ALERT_STATES as readonly unknown[]).includes(s);
const isEvent = (e: unknown): e is LifecycleEvent =>
  (LIFECYCLE_EVENTS as readonly unknown[]).includes(e);

/**
 * The events allowed in `state`, in {@link LIFECYCLE_EVENTS} order: what a host may
 * offer as buttons. Empty for the final states `expired` and `stopped` (and for an
 * unknown state).
 */
export function allowedEvents(state: AlertState): LifecycleEvent[] {
  if (!isState(state)) return [];
  return LIFECYCLE_EVENTS.filter((event) => NEXT[state][event] !== undefined);
}

/**
 * The alert lifecycle as a pure state machine:
 *
 * ```
 * draft ──mark-ready──▶ ready ──broadcast──▶ broadcasting ──expire──▶ expired
 *   ▲                     │                       └────────stop───▶ stopped
 *   └───────reopen────────┘
 * ```
 *
 * `expired` and `stopped` are final: a correction or an all-clear is a new message
 * (see `createFollowUp`). A refused event returns a finding (code `lifecycle.*`, path
 * `sirene.state`, severity `error`) whose message says what to do instead.
 *
 * @param lang language of the finding's message (default English)
 */
export function transition(
  state: AlertState,
  event: LifecycleEvent,
  lang: Lang = 'en',
): TransitionResult {
  const path = 'sirene.state';
  if (!isState(state)) {
    return {
      ok: false,
      finding: lifecycleFinding('lifecycle.unknown-state', path, lang, { state: String(state) }),
    };
  }
  if (!isEvent(event)) {
    return {
      ok: false,
      finding: lifecycleFinding('lifecycle.unknown-event', path, lang, {
        event: String(event),
        allowed: allowedEvents(state).join(', ') || '-',
      }),
    };
  }
  const next = NEXT[state][event];
  if (next !== undefined) return { ok: true, state: next };
  return {
    ok: false,
    finding: lifecycleFinding(refusal(state, event), path, lang, {
      state: stateLabel(state, lang),
    }),
  };
}

/**
 * {@link transition} applied to an alert: a copy with the new `sirene.state` (the CAP
 * part shared, not copied), or the finding. The input is never changed.
 */
export function transitionAlert(
  alert: SireneAlert,
  event: LifecycleEvent,
  lang: Lang = 'en',
): { ok: true; alert: SireneAlert } | { ok: false; finding: Finding } {
  const result = transition(alert.sirene.state, event, lang);
  if (!result.ok) return result;
  return { ok: true, alert: { ...alert, sirene: { ...alert.sirene, state: result.state } } };
}
