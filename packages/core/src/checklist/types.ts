/**
 * The checklist format: data-driven procedures (NL-Alert, extreme violence, Burgernet,
 * BE-Alert, netcentric cooperation) that an operator ticks through, and the state that
 * records who did what and when. Everything here is plain JSON; `README.md` documents
 * the format, `checklist.schema.json` describes it for editors.
 */
import type { LocalizedMessage } from '../i18n/translate.js';

/** A text in every language Sirene ships: English and Dutch required, French and German optional. */
export type LocalizedText = LocalizedMessage;

/** Item kinds: a tick box, or an input that is done once it holds a value. */
export const CHECKLIST_ITEM_KINDS = [
  'check',
  'text',
  'name',
  'time',
  'choice',
  'multi-choice',
] as const;

/** One of {@link CHECKLIST_ITEM_KINDS}. */
export type ChecklistItemKind = (typeof CHECKLIST_ITEM_KINDS)[number];

/** Version of the serialized state layout (not of a definition). */
export const CHECKLIST_STATE_FORMAT = 1;

/**
 * A declarative condition over other items' values; never code, never `eval`.
 * Items that are hidden count as empty: not done, no value.
 *
 * - `{ item, equals }`: a `choice` item has this option selected, or a text-like item
 *   (`text`, `name`, `time`) holds exactly this string;
 * - `{ item, includes }`: a `multi-choice` item has this option among its selection;
 * - `{ item, done }`: the item is done (`true`) or not (`false`);
 * - `{ atLeast, of }`: at least `atLeast` of the listed items are done;
 * - `{ all }`, `{ any }`, `{ not }`: combinations.
 */
export type ChecklistCondition =
  | { item: string; equals: string }
  | { item: string; includes: string }
  | { item: string; done: boolean }
  | { atLeast: number; of: string[] }
  | { all: ChecklistCondition[] }
  | { any: ChecklistCondition[] }
  | { not: ChecklistCondition };

/** An option of a `choice` or `multi-choice` item. */
export interface ChecklistOption {
  /** Stable id, stored as the value. */
  id: string;
  label: LocalizedText;
}

/** What every item has, whatever its kind. */
export interface ChecklistItemBase {
  /** Unique across the whole definition: conditions and gates refer to it. */
  id: string;
  label: LocalizedText;
  /** Longer explanation shown on demand. */
  help?: LocalizedText;
  /** A visible required item must be done for its section (and the checklist) to be complete. Default false. */
  required?: boolean;
  /** Role allowed to act on the item; defaults to the section's role; none means anyone. */
  role?: string;
  /** The item shows only while this holds (and while its section shows). */
  when?: ChecklistCondition;
}

/** A tick box: done when ticked. */
export interface ChecklistCheckItem extends ChecklistItemBase {
  kind: 'check';
}

/** Free text, a person's name, or a moment in time: done when it holds a value. */
export interface ChecklistInputItem extends ChecklistItemBase {
  /** `time` values are ISO 8601 date-times with an offset, e.g. `2026-11-23T03:12:00+01:00`. */
  kind: 'text' | 'name' | 'time';
}

/** One option out of a list (`choice`) or any number of them (`multi-choice`). */
export interface ChecklistChoiceItem extends ChecklistItemBase {
  kind: 'choice' | 'multi-choice';
  /** At least one option; ids unique within the item. */
  options: ChecklistOption[];
}

/** An item of any kind. */
export type ChecklistItem = ChecklistCheckItem | ChecklistInputItem | ChecklistChoiceItem;

/** A group of items with its own progress bar. */
export interface ChecklistSection {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Default role for the section's items. */
  role?: string;
  /** The whole section (all its items) shows only while this holds. */
  when?: ChecklistCondition;
  items: ChecklistItem[];
}

/** A role that may act on items, e.g. who decides, composes or broadcasts. */
export interface ChecklistRole {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

/**
 * One requirement of a gate:
 * - `{ item }`: the item is done, or hidden (a hidden item does not apply);
 * - `{ section }`: every visible required item of the section is done;
 * - `{ atLeast, of }`: at least `atLeast` of the listed items are visible and done.
 */
export type ChecklistGateRule =
  { item: string } | { section: string } | { atLeast: number; of: string[]; label?: LocalizedText };

/** A named gate, such as `send`: open when all its rules hold. */
export interface ChecklistGate {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  requires: ChecklistGateRule[];
}

/** A checklist as data. Validate untrusted input with `parseChecklistDefinition`. */
export interface ChecklistDefinition {
  /** Optional pointer to the JSON Schema; ignored by the engine. */
  $schema?: string;
  /** Stable id, e.g. `nl-alert-procedure`. */
  id: string;
  /** Positive integer; bump it whenever items change, since states are tied to id and version. */
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  /** The document the checklist is based on. */
  source?: string;
  roles: ChecklistRole[];
  sections: ChecklistSection[];
  gates?: ChecklistGate[];
}

/** The value of an input item: a string, or option ids for `multi-choice`. */
export type ChecklistValue = string | string[];

/** Who acted, as recorded in state. */
export interface ChecklistActor {
  id: string;
  /** Display name at the time of the action. */
  name: string;
}

/** The user the host says is acting, with the roles they hold. */
export interface ChecklistUser extends ChecklistActor {
  roles: readonly string[];
}

/** The state of one item that has been acted on. */
export interface ChecklistItemState {
  /** Ticked (only `check` items are ever ticked). */
  checked: boolean;
  /** Present while an input item holds a value. */
  value?: ChecklistValue;
  /** Who made the last change. */
  by: ChecklistActor;
  /** When, as an ISO 8601 UTC date-time. */
  at: string;
}

/** The kind of change an action makes. */
export type ChecklistActionType = 'tick' | 'untick' | 'set' | 'clear';

/** Something an operator does to one item. */
export type ChecklistAction =
  | { type: 'tick'; item: string }
  | { type: 'untick'; item: string }
  | { type: 'set'; item: string; value: ChecklistValue }
  | { type: 'clear'; item: string };

/** One recorded change. */
export interface ChecklistHistoryEntry {
  type: ChecklistActionType;
  item: string;
  /** The value set, for `set`. */
  value?: ChecklistValue;
  by: ChecklistActor;
  at: string;
}

/**
 * Everything an operator did on one checklist: plain JSON, so the host stores it with
 * the alert. Items never acted on are absent from `items`.
 */
export interface ChecklistState {
  /** Layout version, {@link CHECKLIST_STATE_FORMAT}. */
  format: typeof CHECKLIST_STATE_FORMAT;
  /** Id of the definition this state belongs to. */
  checklist: string;
  /** Version of that definition. */
  version: number;
  items: Record<string, ChecklistItemState>;
  /** Every accepted change, oldest first. */
  history: ChecklistHistoryEntry[];
}
