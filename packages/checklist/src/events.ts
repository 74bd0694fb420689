import { SireneEvent } from '@sirene/ui';
import type { ChecklistAction, ChecklistEvaluation, ChecklistState } from '@sirene/core';
import type { ChecklistBlocker } from './checklist.controller.js';

/** What `sirene-checklist-change` carries: the new state and what it means. */
export interface ChecklistChangeDetail {
  /** The new state, a fresh plain object: store it with the alert. */
  readonly state: ChecklistState;
  /** The engine's evaluation of that state (visible items, sections, all gates). */
  readonly evaluation: ChecklistEvaluation;
  /** Whether the element's gate (attribute `gate`) is open now. */
  readonly complete: boolean;
  /** Why that gate is still closed, in the element's language. */
  readonly blockers: readonly ChecklistBlocker[];
  /** The accepted action. */
  readonly action: ChecklistAction;
}

/**
 * Fired after each accepted action (a tick, an answer, a cleared value) that changed the
 * state. Refused actions do not fire it; the element shows their reason instead.
 */
export class SireneChecklistChangeEvent extends SireneEvent<ChecklistChangeDetail> {
  static readonly eventName = 'sirene-checklist-change';

  constructor(detail: ChecklistChangeDetail) {
    super(SireneChecklistChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sirene-checklist-change': SireneChecklistChangeEvent;
  }
}
