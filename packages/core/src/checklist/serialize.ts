/**
 * Saving and restoring checklist state. The state is plain JSON already; these functions
 * add the checks a host needs on reload: that the state belongs to this definition id
 * and version, and that nothing in it was damaged.
 */
import { checklistMessage } from './messages.js';
import type {
  ChecklistActor,
  ChecklistDefinition,
  ChecklistHistoryEntry,
  ChecklistItem,
  ChecklistItemState,
  ChecklistState,
  LocalizedText,
} from './types.js';
import { CHECKLIST_STATE_FORMAT } from './types.js';
import { isIsoDateTime, valueProblem } from './values.js';

/** Why a saved state was rejected. */
export type ChecklistStateErrorCode =
  'invalid-json' | 'state-mismatch' | 'unsupported-format' | 'invalid-state';

/** A rejected state, as data. */
export interface ChecklistStateError {
  code: ChecklistStateErrorCode;
  /** Where in the state, e.g. `items.step-7-area.at`; empty for the whole. */
  path: string;
  message: LocalizedText;
}

/** Result of {@link deserializeState} and {@link parseChecklistState}. */
export type ChecklistStateResult =
  { ok: true; state: ChecklistState } | { ok: false; error: ChecklistStateError };

/** The state as JSON text, for the host to store with the alert. */
export function serializeState(state: ChecklistState): string {
  return JSON.stringify(state);
}

/** Restores a state from {@link serializeState} output, checking it against `def`. */
export function deserializeState(def: ChecklistDefinition, text: string): ChecklistStateResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: { code: 'invalid-json', path: '', message: checklistMessage('invalid-json') },
    };
  }
  return parseChecklistState(def, value);
}

class Invalid {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {}
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function exactKeys(obj: Json, path: string, required: string[], optional: string[] = []): void {
  for (const k of required) if (!Object.hasOwn(obj, k)) throw new Invalid(join(path, k), 'missing');
  for (const k of Object.keys(obj)) {
    if (!required.includes(k) && !optional.includes(k))
      throw new Invalid(join(path, k), 'unexpected');
  }
}

const join = (path: string, k: string): string => (path ? `${path}.${k}` : k);

function actor(value: unknown, path: string): ChecklistActor {
  if (!isObject(value)) throw new Invalid(path, 'not an object');
  exactKeys(value, path, ['id', 'name']);
  if (typeof value.id !== 'string' || value.id === '')
    throw new Invalid(join(path, 'id'), 'not a user id');
  if (typeof value.name !== 'string') throw new Invalid(join(path, 'name'), 'not a name');
  return { id: value.id, name: value.name };
}

function timeAt(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isIsoDateTime(value))
    throw new Invalid(path, 'not a date-time');
  return value;
}

function itemValue(item: ChecklistItem, value: unknown, path: string): string | string[] {
  if (valueProblem(item, value) !== undefined)
    throw new Invalid(path, `not a valid ${item.kind} value`);
  return Array.isArray(value) ? value.map(String) : String(value);
}

/**
 * Validates an already-parsed state (for hosts that keep it as an object inside the
 * alert) against `def`: same checklist id and version, known items, valid values, users
 * and times. Returns a fresh copy.
 */
export function parseChecklistState(
  def: ChecklistDefinition,
  value: unknown,
): ChecklistStateResult {
  const items = new Map<string, ChecklistItem>();
  for (const section of def.sections) for (const item of section.items) items.set(item.id, item);
  try {
    if (!isObject(value)) throw new Invalid('', 'not an object');
    if (value.format !== CHECKLIST_STATE_FORMAT) {
      return {
        ok: false,
        error: {
          code: 'unsupported-format',
          path: 'format',
          message: checklistMessage('invalid-state', {
            path: 'format',
            reason: `unsupported format ${JSON.stringify(value.format)}`,
          }),
        },
      };
    }
    if (value.checklist !== def.id || value.version !== def.version) {
      return {
        ok: false,
        error: {
          code: 'state-mismatch',
          path: value.checklist !== def.id ? 'checklist' : 'version',
          message: checklistMessage('state-mismatch', {
            stateId: String(value.checklist),
            stateVersion: String(value.version),
            id: def.id,
            version: def.version,
          }),
        },
      };
    }
    exactKeys(value, '', ['format', 'checklist', 'version', 'items', 'history']);
    if (!isObject(value.items)) throw new Invalid('items', 'not an object');
    const out: Record<string, ChecklistItemState> = {};
    for (const [id, raw] of Object.entries(value.items)) {
      const path = `items.${id}`;
      const item = items.get(id);
      if (!item) throw new Invalid(path, 'unknown item');
      if (!isObject(raw)) throw new Invalid(path, 'not an object');
      exactKeys(raw, path, ['checked', 'by', 'at'], ['value']);
      if (typeof raw.checked !== 'boolean')
        throw new Invalid(join(path, 'checked'), 'not a boolean');
      if (raw.checked && item.kind !== 'check')
        throw new Invalid(join(path, 'checked'), 'not a tick box');
      const entry: ChecklistItemState = {
        checked: raw.checked,
        by: actor(raw.by, join(path, 'by')),
        at: timeAt(raw.at, join(path, 'at')),
      };
      if (Object.hasOwn(raw, 'value'))
        entry.value = itemValue(item, raw.value, join(path, 'value'));
      out[id] = entry;
    }
    if (!Array.isArray(value.history)) throw new Invalid('history', 'not an array');
    const history = value.history.map((raw: unknown, i): ChecklistHistoryEntry => {
      const path = `history[${i}]`;
      if (!isObject(raw)) throw new Invalid(path, 'not an object');
      exactKeys(raw, path, ['type', 'item', 'by', 'at'], ['value']);
      const type = raw.type;
      if (type !== 'tick' && type !== 'untick' && type !== 'set' && type !== 'clear') {
        throw new Invalid(join(path, 'type'), 'not an action type');
      }
      const item = typeof raw.item === 'string' ? items.get(raw.item) : undefined;
      if (!item) throw new Invalid(join(path, 'item'), 'unknown item');
      const entry: ChecklistHistoryEntry = {
        type,
        item: item.id,
        by: actor(raw.by, join(path, 'by')),
        at: timeAt(raw.at, join(path, 'at')),
      };
      if ((type === 'set') !== Object.hasOwn(raw, 'value')) {
        throw new Invalid(join(path, 'value'), type === 'set' ? 'missing' : 'unexpected');
      }
      if (type === 'set') entry.value = itemValue(item, raw.value, join(path, 'value'));
      return entry;
    });
    return {
      ok: true,
      state: {
        format: CHECKLIST_STATE_FORMAT,
        checklist: def.id,
        version: def.version,
        items: out,
        history,
      },
    };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return {
      ok: false,
      error: {
        code: 'invalid-state',
        path: e.path,
        message: checklistMessage('invalid-state', { path: e.path || '(root)', reason: e.reason }),
      },
    };
  }
}
