/**
 * Validation of untrusted checklist definitions (JSON from a file, a server, an admin
 * screen). Hand-written rather than a JSON Schema validator: most of what matters is
 * beyond JSON Schema (unique ids across sections, references to items, options and
 * roles, condition cycles), and schema validators that compile to code need
 * `new Function`, which strict Content-Security-Policies forbid in the browser.
 */
import { CHECKLIST_ITEM_KINDS, type ChecklistDefinition, type ChecklistItemKind } from './types.js';

/** Why a definition was rejected. */
export type ChecklistDefinitionErrorCode =
  | 'type'
  | 'required'
  | 'unknown-property'
  | 'invalid-id'
  | 'missing-translation'
  | 'empty'
  | 'duplicate-id'
  | 'unknown-item'
  | 'unknown-option'
  | 'unknown-role'
  | 'unknown-section'
  | 'kind-mismatch'
  | 'invalid-condition'
  | 'invalid-rule'
  | 'out-of-range'
  | 'too-deep'
  | 'cycle';

/** One problem in a definition, at a JSON path such as `sections[1].items[0].options`. */
export interface ChecklistDefinitionError {
  /** Where: dotted keys and `[index]`, the empty string for the document itself. */
  path: string;
  code: ChecklistDefinitionErrorCode;
  /** English, for the author of the definition. */
  message: string;
}

/** Result of {@link parseChecklistDefinition}: the definition, or every problem found. */
export type ParseChecklistDefinitionResult =
  { ok: true; definition: ChecklistDefinition } | { ok: false; errors: ChecklistDefinitionError[] };

/** Pattern of every id: lower-case words joined by single hyphens. */
export const CHECKLIST_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MAX_CONDITION_DEPTH = 32;

type Json = Record<string, unknown>;

interface ItemInfo {
  kind: ChecklistItemKind | undefined;
  /** Undefined when the options list itself is broken (reported already): no option checks then. */
  options: Set<string> | undefined;
}

/** A reference from a condition to an item, with the path of the `item`/`of[i]` node. */
interface Ref {
  item: string;
  path: string;
}

class Collector {
  readonly errors: ChecklistDefinitionError[] = [];
  add(path: string, code: ChecklistDefinitionErrorCode, message: string): void {
    this.errors.push({ path, code, message });
  }
}

const key = (base: string, name: string): string => (base ? `${base}.${name}` : name);
const at = (base: string, index: number): string => `${base}[${index}]`;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function checkObject(c: Collector, value: unknown, path: string, what: string): value is Json {
  if (isObject(value)) return true;
  c.add(path, 'type', `${what} must be an object, got ${typeOf(value)}`);
  return false;
}

function checkKeys(c: Collector, obj: Json, path: string, allowed: readonly string[]): void {
  for (const name of Object.keys(obj)) {
    if (!allowed.includes(name)) {
      c.add(key(path, name), 'unknown-property', `unknown property "${name}"`);
    }
  }
}

function checkArray(
  c: Collector,
  obj: Json,
  name: string,
  path: string,
  opts: { required: boolean; nonEmpty: boolean },
): unknown[] | undefined {
  const value = obj[name];
  const p = key(path, name);
  if (value === undefined) {
    if (opts.required) c.add(p, 'required', `"${name}" is required`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    c.add(p, 'type', `"${name}" must be an array, got ${typeOf(value)}`);
    return undefined;
  }
  if (opts.nonEmpty && value.length === 0) c.add(p, 'empty', `"${name}" must not be empty`);
  return value;
}

function checkId(c: Collector, obj: Json, path: string, name = 'id'): string | undefined {
  const value = obj[name];
  const p = key(path, name);
  if (value === undefined) {
    c.add(p, 'required', `"${name}" is required`);
    return undefined;
  }
  if (typeof value !== 'string') {
    c.add(p, 'type', `"${name}" must be a string, got ${typeOf(value)}`);
    return undefined;
  }
  if (!CHECKLIST_ID_PATTERN.test(value)) {
    c.add(p, 'invalid-id', `"${value}" is not a valid id (lower-case words joined by hyphens)`);
    return undefined;
  }
  return value;
}

function checkText(c: Collector, obj: Json, name: string, path: string, required: boolean): void {
  const value = obj[name];
  const p = key(path, name);
  if (value === undefined) {
    if (required) c.add(p, 'required', `"${name}" is required`);
    return;
  }
  if (!checkObject(c, value, p, `"${name}"`)) return;
  checkKeys(c, value, p, ['en', 'nl', 'fr', 'de']);
  for (const lang of ['en', 'nl'] as const) {
    const text = value[lang];
    if (typeof text !== 'string' || text.trim() === '') {
      c.add(key(p, lang), 'missing-translation', `"${name}" needs a non-empty "${lang}" text`);
    }
  }
  for (const lang of ['fr', 'de'] as const) {
    const text = value[lang];
    if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) {
      c.add(key(p, lang), 'type', `"${lang}" must be a non-empty string when present`);
    }
  }
}

function checkOptionalString(c: Collector, obj: Json, name: string, path: string): void {
  const value = obj[name];
  if (value !== undefined && typeof value !== 'string') {
    c.add(key(path, name), 'type', `"${name}" must be a string, got ${typeOf(value)}`);
  }
}

/** Tracks ids within one namespace and reports duplicates. */
function uniqueIds(c: Collector, what: string) {
  const seen = new Set<string>();
  return (id: string | undefined, path: string): boolean => {
    if (id === undefined) return false;
    if (seen.has(id)) {
      c.add(path, 'duplicate-id', `duplicate ${what} id "${id}"`);
      return false;
    }
    seen.add(id);
    return true;
  };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/**
 * Checks the shape of a condition and collects the items it refers to; checks that need
 * the whole definition (unknown items, options, kinds) run later on the collected list.
 */
interface PendingCheck {
  kind: 'equals' | 'includes' | 'done' | 'of';
  item: string;
  path: string;
  /** For equals / includes: the option or string compared with, and its path. */
  operand?: string;
  operandPath?: string;
}

function checkCondition(
  c: Collector,
  value: unknown,
  path: string,
  depth: number,
  refs: Ref[],
  pending: PendingCheck[],
): void {
  if (depth > MAX_CONDITION_DEPTH) {
    c.add(path, 'too-deep', `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels`);
    return;
  }
  if (!checkObject(c, value, path, 'a condition')) return;
  const shape = ['all', 'any', 'not', 'atLeast', 'item'].filter((k) => k in value);
  if (shape.length !== 1) {
    c.add(
      path,
      'invalid-condition',
      'a condition has exactly one of "item", "atLeast", "all", "any", "not"',
    );
    return;
  }
  const form = shape[0];
  if (form === 'all' || form === 'any') {
    checkKeys(c, value, path, [form]);
    const list = checkArray(c, value, form, path, { required: true, nonEmpty: true });
    list?.forEach((sub, i) =>
      checkCondition(c, sub, at(key(path, form), i), depth + 1, refs, pending),
    );
    return;
  }
  if (form === 'not') {
    checkKeys(c, value, path, ['not']);
    checkCondition(c, value.not, key(path, 'not'), depth + 1, refs, pending);
    return;
  }
  if (form === 'atLeast') {
    checkKeys(c, value, path, ['atLeast', 'of']);
    checkAtLeast(c, value, path, refs, pending);
    return;
  }
  // { item, equals | includes | done }
  const ops = ['equals', 'includes', 'done'].filter((k) => k in value);
  checkKeys(c, value, path, ['item', 'equals', 'includes', 'done']);
  const item = checkId(c, value, path, 'item');
  if (ops.length !== 1) {
    c.add(
      path,
      'invalid-condition',
      'an item condition has exactly one of "equals", "includes", "done"',
    );
    return;
  }
  const op = ops[0] as 'equals' | 'includes' | 'done';
  const operand = value[op];
  const operandPath = key(path, op);
  if (op === 'done') {
    if (typeof operand !== 'boolean') c.add(operandPath, 'type', '"done" must be true or false');
  } else if (typeof operand !== 'string') {
    c.add(operandPath, 'type', `"${op}" must be a string, got ${typeOf(operand)}`);
    return;
  }
  if (item === undefined) return;
  refs.push({ item, path: key(path, 'item') });
  pending.push({
    kind: op,
    item,
    path: key(path, 'item'),
    ...(typeof operand === 'string' ? { operand, operandPath } : {}),
  });
}

/** Shared by conditions and gate rules: `{ atLeast: n, of: [ids] }`. */
function checkAtLeast(
  c: Collector,
  value: Json,
  path: string,
  refs: Ref[],
  pending: PendingCheck[],
): void {
  const of = checkArray(c, value, 'of', path, { required: true, nonEmpty: true });
  const ids = uniqueIds(c, 'item');
  of?.forEach((entry, i) => {
    const p = at(key(path, 'of'), i);
    if (typeof entry !== 'string') {
      c.add(p, 'type', `item ids must be strings, got ${typeOf(entry)}`);
      return;
    }
    if (!ids(entry, p)) return;
    refs.push({ item: entry, path: p });
    pending.push({ kind: 'of', item: entry, path: p });
  });
  const n = value.atLeast;
  if (!isPositiveInteger(n)) {
    c.add(key(path, 'atLeast'), 'type', '"atLeast" must be a positive integer');
  } else if (of && n > of.length) {
    c.add(
      key(path, 'atLeast'),
      'out-of-range',
      `"atLeast" is ${n} but only ${of.length} items are listed`,
    );
  }
}

/**
 * Validates an untrusted checklist definition. Returns a clean copy, or every problem
 * with its JSON path: wrong types, unknown properties, missing Dutch or English text,
 * duplicate ids, conditions or gates naming unknown items, options, roles or sections,
 * choices without options, and conditions that (through other items) depend on
 * themselves.
 */
export function parseChecklistDefinition(json: unknown): ParseChecklistDefinitionResult {
  const c = new Collector();
  if (!checkObject(c, json, '', 'a checklist definition')) return { ok: false, errors: c.errors };
  const def = json;

  checkKeys(c, def, '', [
    '$schema',
    'id',
    'version',
    'title',
    'description',
    'source',
    'roles',
    'sections',
    'gates',
  ]);
  checkOptionalString(c, def, '$schema', '');
  checkId(c, def, '');
  if (def.version === undefined) c.add('version', 'required', '"version" is required');
  else if (!isPositiveInteger(def.version)) {
    c.add('version', 'type', '"version" must be a positive integer');
  }
  checkText(c, def, 'title', '', true);
  checkText(c, def, 'description', '', false);
  checkOptionalString(c, def, 'source', '');

  // Roles.
  const roleIds = new Set<string>();
  const roleUnique = uniqueIds(c, 'role');
  checkArray(c, def, 'roles', '', { required: true, nonEmpty: false })?.forEach((role, i) => {
    const p = at('roles', i);
    if (!checkObject(c, role, p, 'a role')) return;
    checkKeys(c, role, p, ['id', 'label', 'description']);
    const id = checkId(c, role, p);
    if (roleUnique(id, key(p, 'id')) && id !== undefined) roleIds.add(id);
    checkText(c, role, 'label', p, true);
    checkText(c, role, 'description', p, false);
  });
  const roleRefs: { role: unknown; path: string }[] = [];

  // Sections and items.
  const items = new Map<string, ItemInfo>();
  const sectionIds = new Set<string>();
  const sectionUnique = uniqueIds(c, 'section');
  const itemUnique = uniqueIds(c, 'item');
  const pending: PendingCheck[] = [];
  /** Per item, the references of its own and its section's condition. */
  const deps = new Map<string, Ref[]>();

  checkArray(c, def, 'sections', '', { required: true, nonEmpty: true })?.forEach((section, s) => {
    const sp = at('sections', s);
    if (!checkObject(c, section, sp, 'a section')) return;
    checkKeys(c, section, sp, ['id', 'title', 'description', 'role', 'when', 'items']);
    const sid = checkId(c, section, sp);
    if (sectionUnique(sid, key(sp, 'id')) && sid !== undefined) sectionIds.add(sid);
    checkText(c, section, 'title', sp, true);
    checkText(c, section, 'description', sp, false);
    if (section.role !== undefined) roleRefs.push({ role: section.role, path: key(sp, 'role') });
    const sectionRefs: Ref[] = [];
    if (section.when !== undefined) {
      checkCondition(c, section.when, key(sp, 'when'), 0, sectionRefs, pending);
    }

    checkArray(c, section, 'items', sp, { required: true, nonEmpty: true })?.forEach((item, i) => {
      const ip = at(key(sp, 'items'), i);
      if (!checkObject(c, item, ip, 'an item')) return;
      checkKeys(c, item, ip, [
        'id',
        'kind',
        'label',
        'help',
        'required',
        'role',
        'when',
        'options',
      ]);
      const id = checkId(c, item, ip);
      const fresh = itemUnique(id, key(ip, 'id'));
      checkText(c, item, 'label', ip, true);
      checkText(c, item, 'help', ip, false);
      if (item.required !== undefined && typeof item.required !== 'boolean') {
        c.add(key(ip, 'required'), 'type', '"required" must be true or false');
      }
      if (item.role !== undefined) roleRefs.push({ role: item.role, path: key(ip, 'role') });

      let kind: ChecklistItemKind | undefined;
      if (item.kind === undefined) c.add(key(ip, 'kind'), 'required', '"kind" is required');
      else if (!(CHECKLIST_ITEM_KINDS as readonly unknown[]).includes(item.kind)) {
        c.add(
          key(ip, 'kind'),
          'type',
          `"kind" must be one of ${CHECKLIST_ITEM_KINDS.join(', ')}, got ${JSON.stringify(item.kind)}`,
        );
      } else kind = item.kind as ChecklistItemKind;

      let options: Set<string> | undefined = new Set<string>();
      const hasOptions = kind === 'choice' || kind === 'multi-choice';
      if (hasOptions) {
        const optionUnique = uniqueIds(c, 'option');
        const list = checkArray(c, item, 'options', ip, { required: true, nonEmpty: true });
        if (!list || list.length === 0) options = undefined;
        list?.forEach((opt, o) => {
          const op = at(key(ip, 'options'), o);
          if (!checkObject(c, opt, op, 'an option')) return;
          checkKeys(c, opt, op, ['id', 'label']);
          const oid = checkId(c, opt, op);
          if (optionUnique(oid, key(op, 'id')) && oid !== undefined) options?.add(oid);
          checkText(c, opt, 'label', op, true);
        });
      } else if (kind !== undefined && item.options !== undefined) {
        c.add(key(ip, 'options'), 'kind-mismatch', `a "${kind}" item has no options`);
      }

      const itemRefs: Ref[] = [];
      if (item.when !== undefined)
        checkCondition(c, item.when, key(ip, 'when'), 0, itemRefs, pending);
      if (fresh && id !== undefined) {
        items.set(id, { kind, options });
        deps.set(id, [...sectionRefs, ...itemRefs]);
      }
    });
  });

  // Gates.
  const gateUnique = uniqueIds(c, 'gate');
  const sectionRefs: { section: string; path: string }[] = [];
  checkArray(c, def, 'gates', '', { required: false, nonEmpty: false })?.forEach((gate, g) => {
    const gp = at('gates', g);
    if (!checkObject(c, gate, gp, 'a gate')) return;
    checkKeys(c, gate, gp, ['id', 'label', 'description', 'requires']);
    gateUnique(checkId(c, gate, gp), key(gp, 'id'));
    checkText(c, gate, 'label', gp, true);
    checkText(c, gate, 'description', gp, false);
    checkArray(c, gate, 'requires', gp, { required: true, nonEmpty: true })?.forEach((rule, r) => {
      const rp = at(key(gp, 'requires'), r);
      if (!checkObject(c, rule, rp, 'a gate rule')) return;
      const shape = ['item', 'section', 'atLeast'].filter((k) => k in rule);
      if (shape.length !== 1) {
        c.add(rp, 'invalid-rule', 'a gate rule has exactly one of "item", "section", "atLeast"');
        return;
      }
      if (shape[0] === 'item') {
        checkKeys(c, rule, rp, ['item']);
        const id = checkId(c, rule, rp, 'item');
        if (id !== undefined) pending.push({ kind: 'done', item: id, path: key(rp, 'item') });
      } else if (shape[0] === 'section') {
        checkKeys(c, rule, rp, ['section']);
        const id = checkId(c, rule, rp, 'section');
        if (id !== undefined) sectionRefs.push({ section: id, path: key(rp, 'section') });
      } else {
        checkKeys(c, rule, rp, ['atLeast', 'of', 'label']);
        checkAtLeast(c, rule, rp, [], pending);
        checkText(c, rule, 'label', rp, false);
      }
    });
  });

  // References that need the whole definition.
  for (const { role, path } of roleRefs) {
    if (typeof role !== 'string')
      c.add(path, 'type', `"role" must be a string, got ${typeOf(role)}`);
    else if (!roleIds.has(role)) c.add(path, 'unknown-role', `unknown role "${role}"`);
  }
  for (const { section, path } of sectionRefs) {
    if (!sectionIds.has(section)) c.add(path, 'unknown-section', `unknown section "${section}"`);
  }
  for (const check of pending) {
    const info = items.get(check.item);
    if (!info) {
      c.add(check.path, 'unknown-item', `unknown item "${check.item}"`);
      continue;
    }
    if (info.kind === undefined || check.operandPath === undefined || check.operand === undefined) {
      continue;
    }
    const options = info.options ?? new Set([check.operand]);
    if (check.kind === 'equals') {
      if (info.kind === 'choice') {
        if (!options.has(check.operand)) {
          c.add(
            check.operandPath,
            'unknown-option',
            `item "${check.item}" has no option "${check.operand}"`,
          );
        }
      } else if (info.kind === 'check' || info.kind === 'multi-choice') {
        c.add(
          check.operandPath,
          'kind-mismatch',
          `"equals" does not apply to a "${info.kind}" item; use ${info.kind === 'check' ? '"done"' : '"includes"'}`,
        );
      }
    } else if (check.kind === 'includes') {
      if (info.kind !== 'multi-choice') {
        c.add(
          check.operandPath,
          'kind-mismatch',
          `"includes" applies to "multi-choice" items only`,
        );
      } else if (!options.has(check.operand)) {
        c.add(
          check.operandPath,
          'unknown-option',
          `item "${check.item}" has no option "${check.operand}"`,
        );
      }
    }
  }
  reportCycles(c, deps);

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, definition: JSON.parse(JSON.stringify(def)) as ChecklistDefinition };
}

/**
 * Depth-first search over "the visibility of item A depends on item B". A back edge is a
 * cycle; it is reported once, at the reference that closes it.
 */
function reportCycles(c: Collector, deps: Map<string, Ref[]>): void {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'active');
    stack.push(id);
    for (const ref of deps.get(id) ?? []) {
      if (!deps.has(ref.item)) continue; // unknown items are reported elsewhere
      const s = state.get(ref.item);
      if (s === 'active') {
        if (!reported.has(ref.path)) {
          reported.add(ref.path);
          const loop = [...stack.slice(stack.indexOf(ref.item)), ref.item];
          c.add(ref.path, 'cycle', `condition cycle: ${loop.join(' → ')}`);
        }
      } else if (s === undefined) visit(ref.item);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of deps.keys()) if (!state.has(id)) visit(id);
}
