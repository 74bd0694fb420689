/**
 * Validation of untrusted message templates (JSON from a file, a server, an admin
 * screen). Hand-written, like the checklist parser: it also checks what JSON Schema
 * cannot (every text in every declared language, references to risk and action ids,
 * known placeholders), and needs no `new Function`, which strict Content-Security-Policies
 * forbid in browsers.
 */
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_RESPONSE_TYPES,
  CAP_SEVERITIES,
  CAP_URGENCIES,
} from '../model/cap.js';
import type { Finding, Lang } from '../validation/finding.js';
import { isAbsoluteUri } from '../validation/rules.js';
import { TEMPLATE_MAX_DURATION_MINUTES } from './instantiate.js';
import { languageName, templateFinding, type TemplateCode } from './messages.js';
import {
  TEMPLATE_CONTEXTS,
  TEMPLATE_LANGUAGES,
  TEMPLATE_PLACEHOLDERS,
  TEMPLATE_PROFILES,
  type MessageTemplate,
} from './types.js';

/** Pattern of template, risk and action ids: lower-case words joined by single hyphens. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Options of {@link parseMessageTemplate}. */
export interface ParseMessageTemplateOptions {
  /** Language of the finding messages; English by default. */
  lang?: Lang;
}

/** The result of {@link parseMessageTemplate}: a checked copy, or every problem with its JSON path. */
export type ParseMessageTemplateResult =
  { ok: true; template: MessageTemplate } | { ok: false; findings: Finding[] };

type Json = Record<string, unknown>;

const key = (base: string, name: string): string => (base ? `${base}.${name}` : name);
const at = (base: string, index: number): string => `${base}[${index}]`;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

const CAP_OVERRIDE_KEYS = [
  'event',
  'categories',
  'responseTypes',
  'urgency',
  'severity',
  'certainty',
];

/** One run over one template. */
class Checker {
  readonly findings: Finding[] = [];
  languages: Lang[] = [];

  constructor(private readonly lang: Lang) {}

  add(code: TemplateCode, path: string, params: Record<string, string | number> = {}): void {
    this.findings.push(templateFinding(code, path, this.lang, params));
  }

  object(value: unknown, path: string, required: string[], optional: string[]): value is Json {
    if (!isObject(value)) {
      this.add('template.schema.type', path, { expected: 'object', found: typeOf(value) });
      return false;
    }
    for (const name of required) {
      if (!Object.hasOwn(value, name))
        this.add('template.schema.required', key(path, name), { name });
    }
    for (const name of Object.keys(value)) {
      if (!required.includes(name) && !optional.includes(name)) {
        this.add('template.schema.unknown-property', key(path, name), { name });
      }
    }
    return true;
  }

  string(value: unknown, path: string, allowEmpty = false): value is string {
    if (typeof value !== 'string') {
      this.add('template.schema.type', path, { expected: 'string', found: typeOf(value) });
      return false;
    }
    if (!allowEmpty && value.trim() === '') {
      this.add('template.schema.empty', path);
      return false;
    }
    return true;
  }

  id(value: unknown, path: string): value is string {
    if (!this.string(value, path)) return false;
    if (!TEMPLATE_ID_PATTERN.test(value)) {
      this.add('template.schema.invalid-id', path, { value });
      return false;
    }
    return true;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): value is T {
    if (!this.string(value, path)) return false;
    if (!(allowed as readonly string[]).includes(value)) {
      this.add('template.schema.enum', path, { value, allowed: allowed.join(', ') });
      return false;
    }
    return true;
  }

  list<T extends string>(
    value: unknown,
    allowed: readonly T[],
    path: string,
    minItems: number,
  ): value is T[] {
    if (!Array.isArray(value)) {
      this.add('template.schema.type', path, { expected: 'array', found: typeOf(value) });
      return false;
    }
    if (value.length < minItems) this.add('template.schema.empty', path);
    const seen = new Set<unknown>();
    let ok = value.length >= minItems;
    value.forEach((item, i) => {
      if (!this.oneOf(item, allowed, at(path, i))) ok = false;
      else if (seen.has(item)) {
        this.add('template.schema.duplicate', at(path, i), { value: item });
        ok = false;
      }
      seen.add(item);
    });
    return ok;
  }

  /**
   * A text in every declared language. `placeholders`: the names allowed in it (none
   * for option texts, which are themselves put into patterns).
   */
  text(
    value: unknown,
    path: string,
    placeholders: readonly string[] | undefined,
    allowEmpty = false,
  ): void {
    if (!this.object(value, path, [], [...TEMPLATE_LANGUAGES])) return;
    for (const l of this.languages) {
      if (!Object.hasOwn(value, l)) {
        this.add('template.schema.missing-translation', key(path, l), {
          language: languageName(l, this.lang),
          languages: this.languages.join(', '),
        });
      }
    }
    for (const [l, text] of Object.entries(value)) {
      const textPath = key(path, l);
      if (!this.string(text, textPath, allowEmpty) || placeholders === undefined) continue;
      for (const m of text.matchAll(/\{(\w*)\}/g)) {
        const name = m[1] ?? '';
        if (!placeholders.includes(name)) {
          this.add('template.schema.placeholder', textPath, {
            name: `{${name}}`,
            allowed: placeholders.length > 0 ? placeholders.map((p) => `{${p}}`).join(', ') : '—',
          });
        }
      }
    }
  }

  capOverrides(value: unknown, path: string, required: boolean): void {
    const extra = required ? ['msgType', 'durationMinutes'] : [];
    const keys = [...CAP_OVERRIDE_KEYS, ...extra];
    if (!this.object(value, path, required ? keys : [], required ? [] : keys)) return;
    if ('event' in value) this.text(value.event, key(path, 'event'), []);
    if ('categories' in value)
      this.list(value.categories, CAP_CATEGORIES, key(path, 'categories'), 1);
    if ('responseTypes' in value)
      this.list(value.responseTypes, CAP_RESPONSE_TYPES, key(path, 'responseTypes'), 0);
    if ('urgency' in value) this.oneOf(value.urgency, CAP_URGENCIES, key(path, 'urgency'));
    if ('severity' in value) this.oneOf(value.severity, CAP_SEVERITIES, key(path, 'severity'));
    if ('certainty' in value) this.oneOf(value.certainty, CAP_CERTAINTIES, key(path, 'certainty'));
    if ('msgType' in value)
      this.oneOf(value.msgType, ['Alert', 'Update'] as const, key(path, 'msgType'));
    if ('durationMinutes' in value) {
      const d = value.durationMinutes;
      const p = key(path, 'durationMinutes');
      if (typeof d !== 'number') {
        this.add('template.schema.type', p, { expected: 'integer', found: typeOf(d) });
      } else if (!Number.isInteger(d) || d < 1 || d > TEMPLATE_MAX_DURATION_MINUTES) {
        this.add('template.schema.out-of-range', p, {
          value: String(d),
          min: 1,
          max: TEMPLATE_MAX_DURATION_MINUTES,
        });
      }
    }
  }

  /** A list of options; returns their ids (those readable). */
  options(value: unknown, path: string, isRisk: boolean): string[] {
    const ids: string[] = [];
    if (!Array.isArray(value)) {
      this.add('template.schema.type', path, { expected: 'array', found: typeOf(value) });
      return ids;
    }
    if (value.length === 0) this.add('template.schema.empty', path);
    value.forEach((option, i) => {
      const p = at(path, i);
      const optional = isRisk ? ['cap', 'defaultAction'] : ['cap'];
      if (!this.object(option, p, ['id', 'label', 'text'], optional)) return;
      if (this.id(option.id, key(p, 'id'))) {
        if (ids.includes(option.id))
          this.add('template.schema.duplicate', key(p, 'id'), { value: option.id });
        ids.push(option.id);
      }
      this.text(option.label, key(p, 'label'), undefined);
      this.text(option.text, key(p, 'text'), []);
      if ('cap' in option) this.capOverrides(option.cap, key(p, 'cap'), false);
    });
    return ids;
  }

  reference(value: unknown, path: string, ids: string[], what: string): void {
    if (!this.string(value, path)) return;
    if (!ids.includes(value)) {
      this.add('template.schema.unknown-reference', path, { value, what, ids: ids.join(', ') });
    }
  }
}

const ROOT_REQUIRED = [
  'id',
  'version',
  'context',
  'profiles',
  'languages',
  'title',
  'description',
  'cap',
  'risks',
  'defaultRisk',
  'actions',
  'defaultAction',
  'components',
];

const WHAT: Record<Lang, { risks: string; actions: string }> = {
  en: { risks: 'risks', actions: 'actions' },
  nl: { risks: 'risico’s', actions: 'handelingsperspectieven' },
  fr: { risks: 'risques', actions: 'consignes' },
  de: { risks: 'Risiken', actions: 'Handlungsempfehlungen' },
};

/**
 * Checks an untrusted template — JSON text or an already-parsed value — and returns a
 * fresh copy, or every problem found, each with its JSON path (`risks[2].text.fr`) and
 * a message in `options.lang`: wrong types, missing or unknown properties, ids that are
 * not lower-case words joined by hyphens, values outside CAP's code lists, texts missing
 * a declared language, duplicate ids, defaults that name no risk or action, unknown
 * placeholders, a duration outside 1 minute to a week, and a `web` that is not https.
 */
export function parseMessageTemplate(
  json: unknown,
  options: ParseMessageTemplateOptions = {},
): ParseMessageTemplateResult {
  const lang = options.lang ?? 'en';
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      return {
        ok: false,
        findings: [
          templateFinding('template.schema.invalid-json', '', lang, {
            reason: (error as Error).message,
          }),
        ],
      };
    }
  }
  const c = new Checker(lang);
  if (!c.object(value, '', ROOT_REQUIRED, ['$schema', 'source', 'web'])) {
    return { ok: false, findings: c.findings };
  }
  const t = value;
  if ('$schema' in t) c.string(t.$schema, '$schema');
  c.id(t.id, 'id');
  if (typeof t.version !== 'number') {
    if ('version' in t)
      c.add('template.schema.type', 'version', { expected: 'integer', found: typeOf(t.version) });
  } else if (!Number.isInteger(t.version) || t.version < 1) {
    c.add('template.schema.out-of-range', 'version', {
      value: String(t.version),
      min: 1,
      max: Number.MAX_SAFE_INTEGER,
    });
  }
  if ('context' in t) c.oneOf(t.context, TEMPLATE_CONTEXTS, 'context');
  if ('profiles' in t) c.list(t.profiles, TEMPLATE_PROFILES, 'profiles', 1);
  if ('languages' in t && c.list(t.languages, TEMPLATE_LANGUAGES, 'languages', 1)) {
    c.languages = t.languages;
  }
  if ('title' in t) c.text(t.title, 'title', undefined);
  if ('description' in t) c.text(t.description, 'description', undefined);
  if ('source' in t) c.string(t.source, 'source');
  if ('cap' in t) c.capOverrides(t.cap, 'cap', true);
  const risks = 'risks' in t ? c.options(t.risks, 'risks', true) : [];
  const actions = 'actions' in t ? c.options(t.actions, 'actions', false) : [];
  const what = WHAT[lang];
  if ('defaultRisk' in t) c.reference(t.defaultRisk, 'defaultRisk', risks, what.risks);
  if ('defaultAction' in t) c.reference(t.defaultAction, 'defaultAction', actions, what.actions);
  if (Array.isArray(t.risks)) {
    t.risks.forEach((risk, i) => {
      if (isObject(risk) && 'defaultAction' in risk) {
        c.reference(risk.defaultAction, `risks[${i}].defaultAction`, actions, what.actions);
      }
    });
  }
  if ('components' in t) {
    const p = 'components';
    if (c.object(t.components, p, ['headline', 'instruction', 'moreInfo'], ['description'])) {
      const components = t.components;
      c.text(components.headline, key(p, 'headline'), TEMPLATE_PLACEHOLDERS);
      if ('description' in components) {
        c.text(components.description, key(p, 'description'), TEMPLATE_PLACEHOLDERS, true);
      }
      c.text(components.instruction, key(p, 'instruction'), TEMPLATE_PLACEHOLDERS);
      c.text(components.moreInfo, key(p, 'moreInfo'), TEMPLATE_PLACEHOLDERS);
    }
  }
  if ('web' in t && c.string(t.web, 'web')) {
    const web = t.web;
    if (!(isAbsoluteUri(web) && web.toLowerCase().startsWith('https://'))) {
      c.add('template.schema.invalid-url', 'web', { value: web });
    }
  }
  if (c.findings.length > 0) return { ok: false, findings: c.findings };
  return { ok: true, template: structuredClone(t) as unknown as MessageTemplate };
}
