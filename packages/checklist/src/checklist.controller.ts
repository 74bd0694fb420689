/**
 * What `<sirene-checklist>` decides without a DOM: which definition and state to show,
 * blockers and problems in the operator's language, what to announce after a change, and
 * the conversion between the `datetime-local` inputs and ISO 8601 times in a fixed time
 * zone. Node-testable; the checklist rules themselves, gate resolution included, live in
 * `@sirene/core`'s engine.
 */
import {
  DEFAULT_CHECKLIST_GATE,
  checklistGateStatus,
  createChecklistState,
  evaluateChecklist,
  resolveChecklistGate,
  fromWallClock,
  getShippedChecklist,
  parseChecklistDefinition,
  parseChecklistState,
  toWallClock,
  translate,
  type ChecklistDefinition,
  type ChecklistDefinitionError,
  type ChecklistEvaluation,
  type ChecklistGateBlocker,
  type ChecklistGateRef,
  type ChecklistItem,
  type ChecklistItemState,
  type ChecklistState,
  type ChecklistStateError,
  type ChecklistUser,
  type Lang,
  type LocalizedText,
  type MessageParams,
} from '@sirene/core';
import { messages, type ChecklistElementMessageKey } from './messages.js';

/** The gate `complete` and `blockers` refer to unless the host names another. */
export const DEFAULT_GATE = DEFAULT_CHECKLIST_GATE;

/** Time zone of the time inputs and of every displayed time, unless the host sets another. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** Why the gate is closed, in the element's language. */
export interface ChecklistBlocker {
  /** The item to act on (focus moves there from the summary); empty when no item can help. */
  item: string;
  /**
   * `not-done` and `at-least` come from the engine; the others mean the element cannot
   * evaluate at all: no or an invalid definition, an unusable state, an unknown gate.
   */
  reason:
    | 'not-done'
    | 'at-least'
    | 'unknown-gate'
    | 'no-definition'
    | 'invalid-definition'
    | 'invalid-state';
  /** For `at-least`: how many are needed, and the visible candidates. */
  needed?: number;
  of?: string[];
  /** Localized, ready to show. */
  message: string;
}

/** Why nothing (or nothing editable) can be shown, as data. */
export type ChecklistProblem =
  | { code: 'no-definition' }
  | { code: 'unknown-checklist'; id: string }
  | { code: 'invalid-definition'; errors: ChecklistDefinitionError[] }
  | { code: 'invalid-state'; error: ChecklistStateError };

/** Everything the element renders from, derived from its inputs. */
export interface ChecklistSnapshot {
  definition?: ChecklistDefinition;
  /** The state evaluated: the host's when usable, else a fresh empty one. */
  state?: ChecklistState;
  /** False when the host's state belongs elsewhere or is damaged: then nothing is editable. */
  editable: boolean;
  evaluation?: ChecklistEvaluation;
  gate?: ChecklistGateRef;
  open: boolean;
  /** The gate's blockers as the engine gives them (localized later). */
  gateBlockers: ChecklistGateBlocker[];
  problem?: ChecklistProblem;
}

/** A definition's text in `lang`, English when that language is missing. */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}

function say(key: ChecklistElementMessageKey, lang: Lang, params?: MessageParams): string {
  return translate(messages, key, lang, params);
}

const parsed = new WeakMap<object, ChecklistDefinition | ChecklistProblem>();

/**
 * The definition to show: the host's object (validated once per object, since hosts may
 * load it from anywhere), else the shipped checklist named by `checklistId`.
 */
export function resolveDefinition(
  definition: ChecklistDefinition | undefined,
  checklistId: string | undefined,
): { definition: ChecklistDefinition } | { problem: ChecklistProblem } {
  if (definition !== undefined && definition !== null) {
    const shipped = getShippedChecklist(definition.id);
    if (shipped === definition) return { definition };
    let result = parsed.get(definition);
    if (!result) {
      const r = parseChecklistDefinition(definition);
      result = r.ok ? r.definition : { code: 'invalid-definition', errors: r.errors };
      parsed.set(definition, result);
    }
    return 'code' in result ? { problem: result } : { definition: result };
  }
  if (checklistId) {
    const shipped = getShippedChecklist(checklistId);
    return shipped
      ? { definition: shipped }
      : { problem: { code: 'unknown-checklist', id: checklistId } };
  }
  return { problem: { code: 'no-definition' } };
}

/** What to show for these inputs. Pure: equal inputs give equal snapshots. */
export function snapshot(inputs: {
  definition?: ChecklistDefinition | undefined;
  checklistId?: string | undefined;
  state?: ChecklistState | undefined;
  gate?: string | undefined;
}): ChecklistSnapshot {
  const resolved = resolveDefinition(inputs.definition, inputs.checklistId);
  if ('problem' in resolved) {
    return { editable: false, open: false, gateBlockers: [], problem: resolved.problem };
  }
  const def = resolved.definition;
  let state = inputs.state;
  let editable = true;
  let problem: ChecklistProblem | undefined;
  if (state === undefined || state === null) {
    state = createChecklistState(def);
  } else {
    const checked = parseChecklistState(def, state);
    if (!checked.ok) {
      problem = { code: 'invalid-state', error: checked.error };
      state = createChecklistState(def);
      editable = false;
    }
  }
  const evaluation = evaluateChecklist(def, state);
  const gate = resolveChecklistGate(def, inputs.gate);
  const status = checklistGateStatus(def, evaluation, gate);
  const result: ChecklistSnapshot = {
    definition: def,
    state,
    editable,
    evaluation,
    gate,
    open: status.open && editable,
    gateBlockers: status.blockers,
  };
  if (problem) result.problem = problem;
  return result;
}

/** The label of the resolved gate, in `lang`. */
export function gateLabel(gate: ChecklistGateRef | undefined, lang: Lang): string {
  if (!gate || gate.kind === 'whole') return say('whole-checklist', lang);
  if (gate.kind === 'unknown') return gate.id;
  return pick(gate.label, lang);
}

/** One message explaining a problem, in `lang`. */
export function problemMessage(problem: ChecklistProblem, lang: Lang): string {
  switch (problem.code) {
    case 'no-definition':
      return say('no-definition', lang);
    case 'unknown-checklist':
      return say('unknown-checklist', lang, { id: problem.id });
    case 'invalid-definition': {
      const first = problem.errors[0];
      return say('invalid-definition', lang, {
        count: problem.errors.length,
        path: first?.path || '(root)',
        problem: first?.message ?? '',
      });
    }
    case 'invalid-state':
      return say('invalid-state', lang, { reason: pick(problem.error.message, lang) });
  }
}

/** One engine blocker in `lang` (the engine's messages come in every language Sirene ships). */
export function localizeBlocker(blocker: ChecklistGateBlocker, lang: Lang): ChecklistBlocker {
  const out: ChecklistBlocker = {
    item: blocker.item,
    reason: blocker.reason,
    message: pick(blocker.message, lang),
  };
  if (blocker.needed !== undefined) out.needed = blocker.needed;
  if (blocker.of !== undefined) out.of = [...blocker.of];
  return out;
}

/** The blockers of the snapshot's gate, in `lang`; one explaining blocker when it cannot be evaluated. */
export function blockersOf(s: ChecklistSnapshot, lang: Lang): ChecklistBlocker[] {
  if (s.problem) {
    const reason = s.problem.code === 'unknown-checklist' ? 'no-definition' : s.problem.code;
    return [{ item: '', reason, message: problemMessage(s.problem, lang) }];
  }
  if (s.gate?.kind === 'unknown') {
    return [
      { item: '', reason: 'unknown-gate', message: say('unknown-gate', lang, { gate: s.gate.id }) },
    ];
  }
  return s.gateBlockers.map((b) => localizeBlocker(b, lang));
}

/** Whether `user` holds `role` (no role: anyone). */
export function mayAct(user: ChecklistUser | undefined, role: string | null | undefined): boolean {
  if (!user) return false;
  return role === null || role === undefined || user.roles.includes(role);
}

/** What the "who and when" line of an item says; undefined when nobody acted on it. */
export function recordOf(
  item: ChecklistItem,
  entry: ChecklistItemState | undefined,
):
  | { key: 'ticked-by' | 'filled-by' | 'answered-by' | 'cleared-by'; name: string; at: string }
  | undefined {
  if (!entry) return undefined;
  const filled = item.kind === 'check' ? entry.checked : entry.value !== undefined;
  const key = !filled
    ? 'cleared-by'
    : item.kind === 'check'
      ? 'ticked-by'
      : item.kind === 'choice' || item.kind === 'multi-choice'
        ? 'answered-by'
        : 'filled-by';
  return { key, name: entry.by.name || entry.by.id, at: entry.at };
}

/**
 * What a screen reader hears after a change: the gate opening or closing first, then
 * the progress of the section acted in, then items that appeared or disappeared.
 */
export function describeChange(
  def: ChecklistDefinition,
  before: ChecklistEvaluation,
  after: ChecklistEvaluation,
  gate: ChecklistGateRef,
  lang: Lang,
  actedItem?: string,
): string[] {
  const out: string[] = [];
  const was = checklistGateStatus(def, before, gate);
  const is = checklistGateStatus(def, after, gate);
  const name = gateLabel(gate, lang);
  if (was.open !== is.open) {
    out.push(
      is.open
        ? say('announce-gate-open', lang, { gate: name })
        : say('announce-gate-closed', lang, { gate: name, count: is.blockers.length }),
    );
  }
  if (actedItem !== undefined) {
    const section = def.sections.find((s) => s.items.some((item) => item.id === actedItem));
    const progress = section && after.sections.find((p) => p.id === section.id);
    if (section && progress && progress.visible) {
      out.push(
        say('announce-progress', lang, {
          section: pick(section.title, lang),
          done: progress.done,
          total: progress.total,
        }),
      );
    }
  }
  const previously = new Set(before.visibleItems);
  const now = new Set(after.visibleItems);
  const appeared = after.visibleItems.filter((id) => !previously.has(id)).length;
  const disappeared = before.visibleItems.filter((id) => !now.has(id)).length;
  if (appeared > 0) {
    out.push(
      say(appeared === 1 ? 'announce-appeared-one' : 'announce-appeared-other', lang, {
        count: appeared,
      }),
    );
  }
  if (disappeared > 0) {
    out.push(
      say(disappeared === 1 ? 'announce-disappeared-one' : 'announce-disappeared-other', lang, {
        count: disappeared,
      }),
    );
  }
  return out;
}

// --- Times -----------------------------------------------------------------------------
// Wall-clock times in a zone: core's toWallClock and fromWallClock, with the checklist's
// default zone (the values of the datetime-local inputs).

/** An ISO 8601 date-time as the `YYYY-MM-DDTHH:mm` value of a `datetime-local` input in `timeZone`. */
export function toLocalInput(
  iso: string | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  return toWallClock(iso, timeZone);
}

/** A `datetime-local` value read as wall-clock time in `timeZone` (see core's `fromWallClock`). */
export function fromLocalInput(
  local: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | undefined {
  return fromWallClock(local, timeZone);
}

/** The current moment as an ISO 8601 date-time in `timeZone`, to the minute. */
export function nowIn(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string | undefined {
  return fromLocalInput(toLocalInput(now.toISOString(), timeZone), timeZone);
}
