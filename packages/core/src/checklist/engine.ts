/**
 * The checklist engine: pure functions over a definition and a plain-JSON state.
 * Nothing here mutates its arguments or reads the clock; the host passes the user and
 * the time. Definitions are treated as immutable (parse or freeze them once).
 */
import { checklistMessage } from './messages.js';
import type {
  ChecklistAction,
  ChecklistActor,
  ChecklistCondition,
  ChecklistDefinition,
  ChecklistGateRule,
  ChecklistHistoryEntry,
  ChecklistItem,
  ChecklistItemState,
  ChecklistSection,
  ChecklistState,
  ChecklistUser,
  ChecklistValue,
  LocalizedText,
} from './types.js';
import { CHECKLIST_STATE_FORMAT } from './types.js';
import { canonicalValue, isDone, isIsoDateTime, sameValue, valueProblem } from './values.js';

/** An item with where it sits and what governs it. */
interface IndexedItem {
  item: ChecklistItem;
  section: ChecklistSection;
  /** The item's role, else its section's. */
  role: string | undefined;
  /** The section's and the item's conditions; all must hold. */
  conditions: ChecklistCondition[];
}

interface DefinitionIndex {
  items: Map<string, IndexedItem>;
  roles: Map<string, LocalizedText>;
}

const indexes = new WeakMap<ChecklistDefinition, DefinitionIndex>();

function indexDefinition(def: ChecklistDefinition): DefinitionIndex {
  const cached = indexes.get(def);
  if (cached) return cached;
  const items = new Map<string, IndexedItem>();
  for (const section of def.sections) {
    for (const item of section.items) {
      const conditions = [section.when, item.when].filter(
        (c): c is ChecklistCondition => c !== undefined,
      );
      items.set(item.id, { item, section, role: item.role ?? section.role, conditions });
    }
  }
  const roles = new Map(def.roles.map((r) => [r.id, r.label]));
  const index = { items, roles };
  indexes.set(def, index);
  return index;
}

/** Answers visibility and done-ness questions about one state, memoized. */
class Resolver {
  private readonly visibility = new Map<string, boolean>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly index: DefinitionIndex,
    private readonly state: ChecklistState,
  ) {}

  entry(id: string): ChecklistItemState | undefined {
    return Object.hasOwn(this.state.items, id) ? this.state.items[id] : undefined;
  }

  visible(id: string): boolean {
    const known = this.visibility.get(id);
    if (known !== undefined) return known;
    const indexed = this.index.items.get(id);
    // A cycle (only in definitions that skipped parseChecklistDefinition) hides the item.
    if (!indexed || this.pending.has(id)) return false;
    this.pending.add(id);
    const result = indexed.conditions.every((c) => this.holds(c));
    this.pending.delete(id);
    this.visibility.set(id, result);
    return result;
  }

  done(id: string): boolean {
    const indexed = this.index.items.get(id);
    return indexed !== undefined && this.visible(id) && isDone(indexed.item, this.entry(id));
  }

  /** The value as conditions see it: none while hidden. */
  private value(id: string): ChecklistValue | undefined {
    return this.visible(id) ? this.entry(id)?.value : undefined;
  }

  holds(c: ChecklistCondition): boolean {
    if ('all' in c) return c.all.every((s) => this.holds(s));
    if ('any' in c) return c.any.some((s) => this.holds(s));
    if ('not' in c) return !this.holds(c.not);
    if ('atLeast' in c) return c.of.filter((id) => this.done(id)).length >= c.atLeast;
    if ('done' in c) return this.done(c.item) === c.done;
    if ('includes' in c) {
      const value = this.value(c.item);
      return Array.isArray(value) && value.includes(c.includes);
    }
    return this.value(c.item) === c.equals;
  }
}

/** A fresh, empty state for `def`. */
export function createChecklistState(def: ChecklistDefinition): ChecklistState {
  return {
    format: CHECKLIST_STATE_FORMAT,
    checklist: def.id,
    version: def.version,
    items: {},
    history: [],
  };
}

/** Why an action was refused. */
export type ChecklistActionErrorCode =
  | 'state-mismatch'
  | 'unknown-item'
  | 'role-mismatch'
  | 'hidden-item'
  | 'not-a-check'
  | 'not-an-input'
  | 'invalid-value'
  | 'invalid-user'
  | 'invalid-time';

/** A refused action, as data, with a message in English and Dutch. */
export interface ChecklistActionError {
  code: ChecklistActionErrorCode;
  /** The item acted on, when the action named one. */
  item?: string;
  message: LocalizedText;
}

/** Who acts and when; the host decides both. */
export interface ChecklistActionContext {
  user: ChecklistUser;
  /** A Date, or an ISO 8601 date-time with offset; stored as UTC. */
  now: Date | string;
}

/** Result of {@link applyChecklistAction}. `changed` is false when the action repeated the current state. */
export type ApplyActionResult =
  | { ok: true; state: ChecklistState; changed: boolean }
  | { ok: false; error: ChecklistActionError };

function refuse(
  code: ChecklistActionErrorCode,
  message: LocalizedText,
  item?: string,
): ApplyActionResult {
  return { ok: false, error: item === undefined ? { code, message } : { code, item, message } };
}

function timestamp(now: Date | string): string | undefined {
  if (now instanceof Date) return Number.isNaN(now.getTime()) ? undefined : now.toISOString();
  return typeof now === 'string' && isIsoDateTime(now) ? new Date(now).toISOString() : undefined;
}

/**
 * Applies one action, returning a new state (the input is never mutated) or the reason
 * it was refused: a state for another checklist, an unknown or currently hidden item, a
 * user without the item's role, ticking an input or setting a tick box, an invalid
 * value. Values of items that later become hidden stay in the state.
 */
export function applyChecklistAction(
  def: ChecklistDefinition,
  state: ChecklistState,
  action: ChecklistAction,
  context: ChecklistActionContext,
): ApplyActionResult {
  if (state.checklist !== def.id || state.version !== def.version) {
    return refuse(
      'state-mismatch',
      checklistMessage('state-mismatch', {
        stateId: state.checklist,
        stateVersion: state.version,
        id: def.id,
        version: def.version,
      }),
    );
  }
  const { user } = context;
  if (
    typeof user?.id !== 'string' ||
    user.id === '' ||
    typeof user.name !== 'string' ||
    !Array.isArray(user.roles)
  ) {
    return refuse('invalid-user', checklistMessage('invalid-user'));
  }
  const at = timestamp(context.now);
  if (at === undefined) return refuse('invalid-time', checklistMessage('invalid-time'));

  const index = indexDefinition(def);
  const id = action.item;
  const indexed = index.items.get(id);
  if (!indexed) return refuse('unknown-item', checklistMessage('unknown-item', { item: id }), id);
  const { item, role } = indexed;
  const label = item.label;
  if (role !== undefined && !user.roles.includes(role)) {
    const roleLabel = index.roles.get(role) ?? { en: role, nl: role };
    return refuse(
      'role-mismatch',
      checklistMessage('role-mismatch', { role: roleLabel, label }),
      id,
    );
  }
  if (!new Resolver(index, state).visible(id)) {
    return refuse('hidden-item', checklistMessage('hidden-item', { label }), id);
  }

  const current = Object.hasOwn(state.items, id) ? state.items[id] : undefined;
  const by: ChecklistActor = { id: user.id, name: user.name };
  let next: ChecklistItemState;
  let history: ChecklistHistoryEntry;
  switch (action.type) {
    case 'tick':
    case 'untick': {
      if (item.kind !== 'check') {
        return refuse('not-a-check', checklistMessage('not-a-check', { label }), id);
      }
      const checked = action.type === 'tick';
      if ((current?.checked ?? false) === checked) return { ok: true, state, changed: false };
      next = { checked, by, at };
      history = { type: action.type, item: id, by, at };
      break;
    }
    case 'set': {
      if (item.kind === 'check') {
        return refuse('not-an-input', checklistMessage('not-an-input', { label }), id);
      }
      const problem = valueProblem(item, action.value);
      if (problem) {
        return refuse(
          'invalid-value',
          checklistMessage('invalid-value', { label, reason: problem }),
          id,
        );
      }
      const value = canonicalValue(item, action.value);
      if (current && sameValue(current.value, value)) return { ok: true, state, changed: false };
      next = { checked: false, value, by, at };
      history = { type: 'set', item: id, value: canonicalValue(item, value), by, at };
      break;
    }
    case 'clear': {
      if (!current || (!current.checked && current.value === undefined)) {
        return { ok: true, state, changed: false };
      }
      next = { checked: false, by, at };
      history = { type: 'clear', item: id, by, at };
      break;
    }
    default: {
      const unknown: never = action;
      return refuse('unknown-item', checklistMessage('unknown-item', { item: String(unknown) }));
    }
  }
  return {
    ok: true,
    changed: true,
    state: {
      ...state,
      items: { ...state.items, [id]: next },
      history: [...state.history, history],
    },
  };
}

/** How one item stands. */
export interface ChecklistItemStatus {
  visible: boolean;
  /** Done and visible: hidden items never count. */
  done: boolean;
  required: boolean;
  /** The role that may act on it, or null for anyone. */
  role: string | null;
}

/** Progress of one section, for its progress bar. Counts cover visible items only. */
export interface ChecklistSectionProgress {
  id: string;
  visible: boolean;
  /** Visible items that are done. */
  done: number;
  /** Visible items. */
  total: number;
  /** done / total, from 0 to 1; 1 for a section without visible items. */
  progress: number;
  /** Every visible required item is done. */
  complete: boolean;
}

/** Why a gate is closed: an item still to do, or a group of which too few are done. */
export interface ChecklistGateBlocker {
  /** The item to act on; for `at-least`, the first candidate still open. */
  item: string;
  reason: 'not-done' | 'at-least';
  /** For `at-least`: how many are needed, and the visible candidates. */
  needed?: number;
  of?: string[];
  message: LocalizedText;
}

/** A gate's state: open, or the blockers that keep it closed. */
export interface ChecklistGateStatus {
  open: boolean;
  blockers: ChecklistGateBlocker[];
}

/** Everything an element needs to render a checklist. */
export interface ChecklistEvaluation {
  /** Visible item ids in definition order. */
  visibleItems: string[];
  items: Record<string, ChecklistItemStatus>;
  sections: ChecklistSectionProgress[];
  gates: Record<string, ChecklistGateStatus>;
  /** Every visible required item is done and every gate is open. */
  complete: boolean;
}

/**
 * Evaluates a state against its definition: which items show, per-section progress, and
 * which gates are open. Deterministic: equal inputs give deep-equal results.
 */
export function evaluateChecklist(
  def: ChecklistDefinition,
  state: ChecklistState,
): ChecklistEvaluation {
  const index = indexDefinition(def);
  const r = new Resolver(index, state);
  const visibleItems: string[] = [];
  const items: Record<string, ChecklistItemStatus> = {};
  let allRequiredDone = true;

  const sections = def.sections.map((section): ChecklistSectionProgress => {
    let done = 0;
    let total = 0;
    let complete = true;
    for (const item of section.items) {
      const visible = r.visible(item.id);
      const isItemDone = visible && r.done(item.id);
      const required = item.required === true;
      items[item.id] = {
        visible,
        done: isItemDone,
        required,
        role: item.role ?? section.role ?? null,
      };
      if (!visible) continue;
      visibleItems.push(item.id);
      total += 1;
      if (isItemDone) done += 1;
      else if (required) complete = false;
    }
    if (!complete) allRequiredDone = false;
    const visible = section.when === undefined || r.holds(section.when);
    return {
      id: section.id,
      visible,
      done,
      total,
      progress: total === 0 ? 1 : done / total,
      complete,
    };
  });

  const gates: Record<string, ChecklistGateStatus> = {};
  for (const gate of def.gates ?? []) {
    const blockers: ChecklistGateBlocker[] = [];
    const seen = new Set<string>();
    const block = (b: ChecklistGateBlocker): void => {
      const k = `${b.reason}:${b.item}`;
      if (seen.has(k)) return;
      seen.add(k);
      blockers.push(b);
    };
    for (const rule of gate.requires) gateBlockers(def, index, r, rule, block);
    gates[gate.id] = { open: blockers.length === 0, blockers };
  }

  const complete = allRequiredDone && Object.values(gates).every((g) => g.open);
  return { visibleItems, items, sections, gates, complete };
}

function labelOf(index: DefinitionIndex, id: string): LocalizedText {
  return index.items.get(id)?.item.label ?? { en: id, nl: id };
}

/** "“label” is not done." for item `id`: the blocker of a gate rule and of the whole checklist. */
function notDoneBlocker(index: DefinitionIndex, id: string): ChecklistGateBlocker {
  return {
    item: id,
    reason: 'not-done',
    message: checklistMessage('not-done', { label: labelOf(index, id) }),
  };
}

function gateBlockers(
  def: ChecklistDefinition,
  index: DefinitionIndex,
  r: Resolver,
  rule: ChecklistGateRule,
  block: (b: ChecklistGateBlocker) => void,
): void {
  const notDone = (id: string): void => block(notDoneBlocker(index, id));

  if ('item' in rule) {
    // Unknown items (unparsed definitions) block: a gate must not open by a typo.
    if (!index.items.has(rule.item) || (r.visible(rule.item) && !r.done(rule.item))) {
      notDone(rule.item);
    }
    return;
  }
  if ('section' in rule) {
    const section = def.sections.find((s) => s.id === rule.section);
    if (!section) return notDone(rule.section);
    for (const item of section.items) {
      if (item.required === true && r.visible(item.id) && !r.done(item.id)) notDone(item.id);
    }
    return;
  }
  const candidates = rule.of.filter((id) => r.visible(id));
  const doneCount = candidates.filter((id) => r.done(id)).length;
  if (doneCount >= rule.atLeast) return;
  const labels = candidates.map((id) => labelOf(index, id));
  const first = candidates.find((id) => !r.done(id)) ?? rule.of[0] ?? '';
  block({
    item: first,
    reason: 'at-least',
    needed: rule.atLeast,
    of: candidates,
    message:
      rule.label ??
      checklistMessage('at-least', {
        count: rule.atLeast,
        labels: {
          en: joinLabels(labels, 'en'),
          nl: joinLabels(labels, 'nl'),
          fr: joinLabels(labels, 'fr'),
          de: joinLabels(labels, 'de'),
        },
      }),
  });
}

function joinLabels(labels: LocalizedText[], lang: keyof LocalizedText): string {
  return labels.map((l) => l[lang] ?? l.en).join('; ');
}

/** The gate hosts and elements ask about unless they name another. */
export const DEFAULT_CHECKLIST_GATE = 'send';

/** The gate a name stands for in a definition (see {@link resolveChecklistGate}). */
export type ChecklistGateRef =
  | { kind: 'gate'; id: string; label: LocalizedText }
  /** The definition has no gates: the whole checklist (every visible required item) counts. */
  | { kind: 'whole' }
  /** A gate the definition lacks: closed, never open by a typo. */
  | { kind: 'unknown'; id: string };

/**
 * Which gate `name` means in `def`: the gate with that id; for `send` (the default) a
 * definition without a `send` gate falls back to its first gate, and one without gates to
 * the whole checklist. Any other name the definition lacks is `unknown`. The element, the
 * server and the CLI resolve "may this be sent" through this one function.
 */
export function resolveChecklistGate(
  def: ChecklistDefinition,
  name: string = DEFAULT_CHECKLIST_GATE,
): ChecklistGateRef {
  const gates = def.gates ?? [];
  const wanted = name || DEFAULT_CHECKLIST_GATE;
  const gate =
    gates.find((g) => g.id === wanted) ??
    (wanted === DEFAULT_CHECKLIST_GATE ? gates[0] : undefined);
  if (gate) return { kind: 'gate', id: gate.id, label: gate.label };
  return wanted === DEFAULT_CHECKLIST_GATE ? { kind: 'whole' } : { kind: 'unknown', id: wanted };
}

/**
 * Whether `gate` is open in `evaluation` and what keeps it closed: the gate's own
 * blockers, every visible required item not done for the whole checklist, and closed
 * without blockers for an unknown gate.
 */
export function checklistGateStatus(
  def: ChecklistDefinition,
  evaluation: ChecklistEvaluation,
  gate: ChecklistGateRef,
): ChecklistGateStatus {
  if (gate.kind === 'gate') return evaluation.gates[gate.id] ?? { open: false, blockers: [] };
  if (gate.kind === 'unknown') return { open: false, blockers: [] };
  const index = indexDefinition(def);
  const blockers = evaluation.visibleItems
    .filter((id) => evaluation.items[id]?.required && !evaluation.items[id]?.done)
    .map((id) => notDoneBlocker(index, id));
  return { open: evaluation.complete, blockers };
}
