import type { Finding, SireneAlert } from '@sirene/core';
import { SireneEvent } from '@sirene/ui';

/** Whether an alert may be marked ready, and if not, why (core's `canMarkReady`). */
export interface ReadyCheck {
  readonly ok: boolean;
  /** The blocking errors: validation, safety lint, missing police advice, template input. */
  readonly findings: readonly Finding[];
}

/** What `sirene-alert-change` carries. */
export interface AlertChangeDetail {
  /** The alert as built now: a fresh object, CAP plus Sirene's part (`sirene.state`, `procedure`, …). */
  readonly alert: SireneAlert;
  /** Every finding: template input, CAP rules and profile (`validateAlert`), safety lint. Errors first. */
  readonly findings: readonly Finding[];
  /** Whether it may be marked ready now, and what blocks it. */
  readonly ready: ReadyCheck;
  /** The alert this one follows (after `startUpdate` or `startEnd`), for a preview's diff. */
  readonly previous?: SireneAlert;
}

/**
 * Fired after every change of the alert: the operator typed or picked something, a draft
 * was restored, a follow-up started, the area or mode changed, the alert was marked ready
 * or reopened. Not fired when the host sets `alert` itself.
 */
export class SireneAlertChangeEvent extends SireneEvent<AlertChangeDetail> {
  static readonly eventName = 'sirene-alert-change';

  constructor(detail: AlertChangeDetail) {
    super(SireneAlertChangeEvent.eventName, detail);
  }
}

/**
 * The host's answer to `sirene-ready-request`, given with `respond`: `{ ok: true }` marks
 * the alert ready; `{ ok: false, message }` keeps the draft and shows `message` (in the
 * operator's language) as the reason.
 */
export type ReadyAnswer = { ok: true } | { ok: false; message?: string };

/** What `sirene-ready-request` carries. */
export interface ReadyRequestDetail {
  /** The draft to be marked ready (`sirene.state` is still `draft`; its `sent` is frozen). */
  readonly alert: SireneAlert;
  /** Core's `canMarkReady` result for it: always `ok` when the event fires. */
  readonly result: ReadyCheck;
  /**
   * Aborted when the answer is no longer wanted: the host set another message as `alert`
   * (or the same one in another state), the draft was discarded or reset, or the element
   * left the page. An answer after that is ignored.
   */
  readonly signal: AbortSignal;
  /**
   * Lets the host decide later, for instance after its server accepted the message: call
   * it during dispatch with a `ReadyAnswer` or a promise of one. Until it settles the
   * composer is read-only and says it waits for the application; a rejected promise keeps
   * the draft and says the application did not confirm (with the error's message). Without
   * `respond` (and without `preventDefault()`) the alert is marked ready at once.
   */
  respond(answer: ReadyAnswer | Promise<ReadyAnswer>): void;
}

/**
 * Fired when the operator confirmed "mark ready". Cancelable: call `preventDefault()` to
 * keep the draft editable at once (for instance when the host's own checks fail), or
 * `detail.respond(promise)` to decide later; otherwise the composer shows the alert as
 * ready, read-only until reopened, and fires `sirene-alert-change` with `sirene.state`
 * `ready`.
 */
export class SireneReadyRequestEvent extends SireneEvent<ReadyRequestDetail> {
  static readonly eventName = 'sirene-ready-request';

  constructor(detail: ReadyRequestDetail) {
    super(SireneReadyRequestEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sirene-alert-change': SireneAlertChangeEvent;
    'sirene-ready-request': SireneReadyRequestEvent;
  }
}
