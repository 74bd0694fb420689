import {
  applyChecklistAction,
  createChecklistState,
  checklistGateStatus,
  evaluateChecklist,
  resolveChecklistGate,
  getShippedChecklist,
  parseChecklistState,
  type ChecklistDefinition,
  type ChecklistGateBlocker,
  type ChecklistState,
} from '@sirene/core';

/** The checklists an alert of a profile carries, and whether their `send` gate must be open. */
export function checklistsFor(
  profile: string | undefined,
): { id: string; required: (procedure: Record<string, unknown>) => boolean }[] {
  switch (profile) {
    case 'nl-alert':
      return [
        { id: 'nl-alert-procedure', required: () => true },
        // The guideline applies once the procedure says this is extreme violence.
        { id: 'nl-alert-extreme-violence', required: (p) => isExtremeViolence(p) },
      ];
    case 'be-alert':
      return [{ id: 'be-alert', required: () => true }];
    default:
      return [];
  }
}

/** Whether the NL-Alert procedure records that this is a situation of extreme violence. */
export function isExtremeViolence(procedure: Record<string, unknown>): boolean {
  const state = procedure['nl-alert-procedure'] as ChecklistState | undefined;
  return state?.items?.['extreme-violence']?.value === 'yes';
}

/** A checklist's state from the stored procedure, or a fresh one. */
export function stateOf(
  def: ChecklistDefinition,
  procedure: Record<string, unknown>,
): ChecklistState {
  const stored = procedure[def.id];
  if (stored === undefined) return createChecklistState(def);
  const parsed = parseChecklistState(def, stored);
  return parsed.ok ? parsed.state : createChecklistState(def);
}

/** The send gate of one checklist of an alert. */
export interface GateView {
  checklist: string;
  required: boolean;
  open: boolean;
  blockers: ChecklistGateBlocker[];
}

/** Every checklist's send gate for an alert. */
export function sendGates(
  profile: string | undefined,
  procedure: Record<string, unknown>,
): GateView[] {
  return checklistsFor(profile).flatMap(({ id, required }) => {
    const def = getShippedChecklist(id);
    if (!def) return [];
    // The same gate the element shows: `send`, else the first gate, else the whole checklist.
    const gate = checklistGateStatus(
      def,
      evaluateChecklist(def, stateOf(def, procedure)),
      resolveChecklistGate(def),
    );
    return [{ checklist: id, required: required(procedure), ...gate }];
  });
}

/**
 * Sections whose checks no longer hold once an alert goes back to draft: the
 * broadcaster's steps 12–15 (they checked a message that may now change).
 */
const RESET_ON_REOPEN: Readonly<Record<string, readonly string[]>> = {
  'nl-alert-procedure': ['broadcast'],
};

/**
 * The procedure after a reopen: every done item of the sections above undone, recorded
 * in the checklist history as done by the server, so the broadcaster checks again.
 */
export function resetOnReopen(
  procedure: Record<string, unknown>,
  now: Date,
): Record<string, unknown> {
  const next = { ...procedure };
  for (const [id, sections] of Object.entries(RESET_ON_REOPEN)) {
    const def = getShippedChecklist(id);
    if (!def || procedure[id] === undefined) continue;
    let state = stateOf(def, procedure);
    const user = {
      id: 'system',
      name: 'Sirene (reopened / heropend)',
      roles: def.roles.map((r) => r.id),
    };
    for (const section of def.sections.filter((s) => sections.includes(s.id))) {
      for (const item of section.items) {
        const entry = state.items[item.id];
        if (!entry || (!entry.checked && entry.value === undefined)) continue;
        const type = item.kind === 'check' ? 'untick' : 'clear';
        const result = applyChecklistAction(def, state, { type, item: item.id }, { user, now });
        if (result.ok) state = result.state;
      }
    }
    next[id] = state;
  }
  return next;
}
