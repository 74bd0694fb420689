/**
 * The logic behind `<sirene-message-composer>`, free of the DOM so it runs (and is tested)
 * in Node: the composer's form state, building the alert from it through core's
 * templates, checking it (validation, safety lint, `canMarkReady`), reading an alert back
 * into form state, follow-up and end messages, one-click GSM-7 transliteration, channel
 * counters, mapping finding paths onto fields, and the autosaved draft.
 */
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_SEVERITIES,
  CAP_URGENCIES,
  SHIPPED_TEMPLATES,
  canMarkReady,
  composeChannelText,
  createFollowUp,
  endOfSituationTemplate,
  expiresAt,
  formatCapDateTime,
  getShippedTemplate,
  instantiateTemplate,
  isGsm7,
  lintAlert,
  measureText,
  parseCapDateTime,
  parseMessageTemplate,
  transliterateToGsm7,
  validateAlert,
  type AlertState,
  type CapAlert,
  type CapArea,
  type CapCategory,
  type CapCertainty,
  type CapInfo,
  type CapReference,
  type CapResponseType,
  type CapSeverity,
  type CapUrgency,
  type ChannelId,
  type Finding,
  type Lang,
  type LintFinding,
  type LocalizedInput,
  type MessageTemplate,
  type SireneAlert,
  type TemplateInput,
  type TemplateProfile,
  type TextMeasure,
} from '@sirene/core';
import { shapesToCapArea, type AreaShape, type SireneArea } from '@sirene/geo';

/** `actual`: a real warning (CAP status `Actual`); `exercise`: CAP status `Exercise`. */
export type ComposerMode = 'actual' | 'exercise';

/** The alerting systems the composer writes for (validation profiles with templates). */
export const COMPOSER_PROFILES = ['nl-alert', 'be-alert'] as const satisfies TemplateProfile[];
export type ComposerProfile = (typeof COMPOSER_PROFILES)[number];

/** IANA zone each profile writes its times in, and shows them in. */
export const PROFILE_TIME_ZONES: Record<ComposerProfile, string> = {
  'nl-alert': 'Europe/Amsterdam',
  'be-alert': 'Europe/Brussels',
};

/** Info-block fields the operator may rewrite in "CAP details" (per language). */
export const INFO_FIELDS = [
  'event',
  'headline',
  'description',
  'instruction',
  'web',
  'contact',
  'areaDesc',
] as const;
export type InfoField = (typeof INFO_FIELDS)[number];

/** The fixed components whose text may differ per language. */
export const LOCALIZED_FIELDS = ['senderName', 'location', 'effectArea'] as const;
export type LocalizedField = (typeof LOCALIZED_FIELDS)[number];

/** A text typed once for every language (`all`), with optional translations per language. */
export interface LocalizedText {
  all: string;
  perLang: Partial<Record<Lang, string>>;
}

/** Alert-wide CAP values the operator may set instead of the template's. */
export interface CapChoices {
  urgency?: CapUrgency;
  severity?: CapSeverity;
  certainty?: CapCertainty;
  categories?: CapCategory[];
  responseTypes?: CapResponseType[];
}

/** Parts of an alert read back with `adoptAlert` that the composer has no field for; kept as they were. */
export interface CarriedValues {
  alert?: Partial<Pick<CapAlert, 'source' | 'restriction' | 'addresses' | 'codes' | 'note'>>;
  infos?: Partial<
    Pick<CapInfo, 'audience' | 'eventCodes' | 'effective' | 'onset' | 'parameters' | 'resources'>
  >[];
}

/** The message this draft follows (set by `followUp`). */
export interface FollowUpOrigin {
  kind: 'update' | 'end';
  previous: CapReference;
}

/**
 * Everything the operator has entered: plain JSON, autosaved as it is. The alert is built
 * from it by {@link buildAlert}; nothing else is needed.
 */
export interface ComposerState {
  version: 1;
  /** The standard message; `''` until one is picked. */
  templateId: string;
  profile: ComposerProfile;
  /** Languages of the info blocks, in order; absent: the profile's (NL: nl, en; BE: nl, fr, de). */
  languages?: Lang[];
  mode: ComposerMode;
  /** CAP `identifier`. */
  identifier: string;
  /** CAP `sender` (an address such as `vr-utrecht@nl-alert.nl`). */
  sender: string;
  /** Fixed component "sender" (CAP `senderName`). */
  senderName: LocalizedText;
  /** Chosen risk id (template default when `''`). */
  risk: string;
  /** Chosen action advice id (the risk's or template's default when `''`). */
  action: string;
  /** Fixed component "location": where it happens (source area). */
  location: LocalizedText;
  /** Who it applies to (effect area); also the area description. */
  effectArea: LocalizedText;
  /** Which of location and effect area were filled from the area (and may follow it). */
  fromArea: { location: boolean; effectArea: boolean };
  /** More information: an address (CAP `web`). */
  web: string;
  /** More information: a social media account, e.g. `@politie`. */
  account: string;
  durationMinutes: number;
  /** The broadcast (effect) area as CAP. */
  capArea?: CapArea;
  /** The operator's own texts, per language, instead of the template's. */
  overrides: Partial<Record<Lang, Partial<Record<InfoField, string>>>>;
  cap: CapChoices;
  /** `Update` or `Cancel` for a follow-up; the template's otherwise. */
  msgType?: 'Alert' | 'Update' | 'Cancel';
  references: CapReference[];
  incidents: string[];
  /** Procedure (checklist) states, as the host sets them on the alert. */
  procedure?: Record<string, unknown>;
  channels?: ChannelId[];
  /** `draft` is editable; anything else is shown read-only. */
  state: AlertState;
  /** The send time, frozen when the draft is marked ready; while a draft, the clock decides. */
  sent?: string;
  followUp?: FollowUpOrigin;
  carry?: CarriedValues;
}

/** How the composer reports its own problems (beside core's findings). */
export type ComposerCode = 'composer.template-unknown' | 'composer.template-invalid';

/** Context every build and check needs. */
export interface BuildContext {
  templates: readonly MessageTemplate[];
  now: Date;
  lang: Lang;
}

/** What {@link buildAlert} returns. */
export interface BuildResult {
  /** The alert, or undefined when no template is picked or it cannot be made at all. */
  alert: SireneAlert | undefined;
  template: MessageTemplate | undefined;
  /** The languages of the info blocks, in order. */
  languages: Lang[];
  /** The template's texts per language before the operator's own ("reset to template"). */
  base: Partial<Record<Lang, Partial<Record<InfoField, string>>>>;
  /** Why the template could not be filled as entered (errors at composer field paths). */
  findings: Finding[];
  /** Placeholders put into the text because a required value is missing. */
  placeholders: string[];
}

/** The result of {@link checkAlert}. */
export interface CheckResult {
  /** Build, validation and lint findings, errors first. */
  findings: Finding[];
  /** Whether the draft may be marked ready, and what blocks it. */
  ready: { ok: boolean; findings: Finding[] };
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };
const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];
const PROFILE_LANGUAGES: Record<ComposerProfile, Lang[]> = {
  'nl-alert': ['nl', 'en'],
  'be-alert': ['nl', 'fr', 'de'],
};

/** Whether a string names a composer profile. */
export function isComposerProfile(value: unknown): value is ComposerProfile {
  return value === 'nl-alert' || value === 'be-alert';
}

/** The base language of a CAP language tag (`nl-NL` → `nl`), or undefined when not supported. */
export function baseLang(tag: string | undefined): Lang | undefined {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : undefined;
}

/** A text per language of a template, in `lang`, else the template's first language. */
export function pickText(text: Partial<Record<Lang, string>> | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text).find((v) => v !== undefined) ?? '';
}

// ---------------------------------------------------------------------------------------
// Templates

/** A template by id: the host's first, then the shipped ones (the end message is always there). */
export function findTemplate(
  id: string,
  templates: readonly MessageTemplate[],
): MessageTemplate | undefined {
  return templates.find((t) => t.id === id) ?? getShippedTemplate(id);
}

/** The templates an operator may pick for a profile, in the order given. */
export function templatesFor(
  templates: readonly MessageTemplate[],
  profile: ComposerProfile,
): MessageTemplate[] {
  return templates.filter((t) => t.profiles.includes(profile));
}

/**
 * Checks the host's templates with core's `parseMessageTemplate`: the usable ones, and
 * each rejected one with its findings. Shipped template objects pass as they are.
 */
export function resolveTemplates(
  input: readonly unknown[] | undefined,
  lang: Lang,
): { templates: MessageTemplate[]; rejected: { id: string; findings: Finding[] }[] } {
  if (!input) return { templates: [...SHIPPED_TEMPLATES], rejected: [] };
  const templates: MessageTemplate[] = [];
  const rejected: { id: string; findings: Finding[] }[] = [];
  const seen = new Set<string>();
  input.forEach((raw, i) => {
    if (SHIPPED_TEMPLATES.includes(raw as MessageTemplate)) {
      const t = raw as MessageTemplate;
      if (!seen.has(t.id)) templates.push(t);
      seen.add(t.id);
      return;
    }
    const parsed = parseMessageTemplate(raw, { lang });
    const id =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : `#${i + 1}`;
    if (!parsed.ok) rejected.push({ id, findings: parsed.findings });
    else if (!seen.has(parsed.template.id)) {
      templates.push(parsed.template);
      seen.add(parsed.template.id);
    }
  });
  return { templates, rejected };
}

/** The languages of the info blocks: the state's, else the profile's that the template has. */
export function languagesOf(state: ComposerState, template: MessageTemplate | undefined): Lang[] {
  if (state.languages && state.languages.length > 0) return [...state.languages];
  const wanted = PROFILE_LANGUAGES[state.profile];
  return template ? wanted.filter((l) => template.languages.includes(l)) : wanted;
}

// ---------------------------------------------------------------------------------------
// State

const emptyText = (all = ''): LocalizedText => ({ all, perLang: {} });

/** What a new draft starts from. */
export interface InitialStateInput {
  profile: ComposerProfile;
  mode: ComposerMode;
  identifier: string;
  sender?: string;
  senderName?: string;
  templateId?: string;
  templates?: readonly MessageTemplate[];
}

/** A fresh draft: the template (if given) with its defaults, nothing typed yet. */
export function createState(input: InitialStateInput): ComposerState {
  const state: ComposerState = {
    version: 1,
    templateId: '',
    profile: input.profile,
    mode: input.mode,
    identifier: input.identifier,
    sender: input.sender ?? '',
    senderName: emptyText(input.senderName ?? ''),
    risk: '',
    action: '',
    location: emptyText(),
    effectArea: emptyText(),
    fromArea: { location: false, effectArea: false },
    web: '',
    account: '',
    durationMinutes: 60,
    overrides: {},
    cap: {},
    references: [],
    incidents: [],
    state: 'draft',
  };
  const template = input.templateId
    ? findTemplate(input.templateId, input.templates ?? SHIPPED_TEMPLATES)
    : undefined;
  return template ? selectTemplate(state, template) : state;
}

/**
 * Switches to another standard message. The fixed components typed so far (sender,
 * location, effect area, more information) stay; risk and action advice go to the new
 * template's defaults, the duration to its standard, and the operator's own texts and
 * CAP values are dropped (they were adaptations of the other template).
 */
export function selectTemplate(state: ComposerState, template: MessageTemplate): ComposerState {
  const { msgType, carry: _carry, ...rest } = state;
  // A follow-up stays one (Update or Cancel) whatever template it is written with.
  const keep = state.followUp !== undefined && msgType !== undefined;
  return {
    ...rest,
    ...(keep ? { msgType } : {}),
    templateId: template.id,
    risk: template.defaultRisk,
    action: '',
    durationMinutes: template.cap.durationMinutes,
    overrides: {},
    cap: {},
  };
}

/** Whether the operator has rewritten any text or CAP value of the template. */
export function hasOwnTexts(state: ComposerState): boolean {
  return (
    Object.values(state.overrides).some((o) => o && Object.keys(o).length > 0) ||
    Object.keys(state.cap).length > 0
  );
}

/** The text of a localized field in one language (`primary` edits `all`). */
export function localizedValue(text: LocalizedText, lang: Lang, primary: Lang): string {
  if (lang === primary) return text.all;
  return text.perLang[lang] ?? '';
}

/** Sets a localized field in one language: the primary edits the shared text. */
export function setLocalized(
  text: LocalizedText,
  lang: Lang,
  primary: Lang,
  value: string,
): LocalizedText {
  if (lang === primary) return { ...text, all: value };
  const perLang = { ...text.perLang };
  if (value.trim() === '') Reflect.deleteProperty(perLang, lang);
  else perLang[lang] = value;
  return { ...text, perLang };
}

/** The operator's own text for a field, or undefined when the template's is used. */
export function overrideOf(state: ComposerState, lang: Lang, field: InfoField): string | undefined {
  return state.overrides[lang]?.[field];
}

/**
 * Sets (or, with `undefined` or the template's own text, removes) the operator's text for
 * one field in one language.
 */
export function setOverride(
  state: ComposerState,
  lang: Lang,
  field: InfoField,
  value: string | undefined,
  base?: string,
): ComposerState {
  const own = { ...(state.overrides[lang] ?? {}) };
  if (value === undefined || value === (base ?? undefined)) Reflect.deleteProperty(own, field);
  else own[field] = value;
  const overrides = { ...state.overrides };
  if (Object.keys(own).length === 0) Reflect.deleteProperty(overrides, lang);
  else overrides[lang] = own;
  return { ...state, overrides };
}

/** Sets (or removes) an alert-wide CAP value. */
export function setCapChoice<K extends keyof CapChoices>(
  state: ComposerState,
  key: K,
  value: CapChoices[K] | undefined,
): ComposerState {
  const cap = { ...state.cap };
  if (value === undefined) Reflect.deleteProperty(cap, key);
  else cap[key] = value;
  return { ...state, cap };
}

// ---------------------------------------------------------------------------------------
// Area

/** What hosts may set as the composer's `area`. */
export type ComposerAreaInput =
  | CapArea
  | (SireneArea & { effectDesc?: string; sourceDesc?: string })
  | {
      /** The area editor's value. */
      area: SireneArea;
      /** The area editor's effect area as CAP, with its `areaDesc`. */
      capArea?: CapArea;
      /** A description of the source area (where it happens). */
      sourceDesc?: string;
    };

/** The area as the composer uses it. */
export interface NormalizedArea {
  capArea?: CapArea;
  /** Description of the effect area: the area description and the "effect area" text. */
  effectDesc?: string;
  /** Description of the source area: feeds the "location" component. */
  sourceDesc?: string;
}

const isShapes = (value: unknown): value is AreaShape[] => Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * Reads the `area` property: a `CapArea`; the area editor's value (`SireneArea`
 * `{ effect, source }`, optionally with `effectDesc` and `sourceDesc`); or the area
 * editor's change detail `{ area, capArea }`. The effect area becomes the CAP area
 * (polygons and circles via `shapesToCapArea`); anything else gives an empty result.
 */
export function normalizeArea(value: unknown): NormalizedArea {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.polygons) && Array.isArray(v.circles)) {
    const area = value as CapArea;
    const capArea: CapArea = {
      ...structuredClone(area),
      geocodes: Array.isArray(area.geocodes) ? structuredClone(area.geocodes) : [],
    };
    const effectDesc = text(area.areaDesc);
    return effectDesc ? { capArea, effectDesc } : { capArea };
  }
  const inner = v.area && typeof v.area === 'object' ? (v.area as Record<string, unknown>) : v;
  if (!isShapes(inner.effect)) return {};
  const given = v.capArea as CapArea | undefined;
  const effectDesc = text(v.effectDesc) ?? text(inner.effectDesc) ?? text(given?.areaDesc);
  const sourceDesc = text(v.sourceDesc) ?? text(inner.sourceDesc);
  const capArea =
    given && Array.isArray(given.polygons)
      ? structuredClone(given)
      : inner.effect.length > 0
        ? shapesToCapArea(inner.effect, effectDesc ?? '')
        : undefined;
  return {
    ...(capArea ? { capArea } : {}),
    ...(effectDesc ? { effectDesc } : {}),
    ...(sourceDesc ? { sourceDesc } : {}),
  };
}

/**
 * Puts a new area into the state: the CAP area, and the descriptions into location and
 * effect area unless the operator typed those themselves.
 */
export function applyArea(state: ComposerState, area: NormalizedArea): ComposerState {
  const next: ComposerState = { ...state, fromArea: { ...state.fromArea } };
  if (area.capArea) next.capArea = area.capArea;
  else delete next.capArea;
  const follow = (field: 'location' | 'effectArea', desc: string | undefined) => {
    if (desc === undefined) return;
    if (next[field].all.trim() === '' || next.fromArea[field]) {
      next[field] = { ...next[field], all: desc };
      next.fromArea[field] = true;
    }
  };
  follow('location', area.sourceDesc);
  follow('effectArea', area.effectDesc);
  return next;
}

// ---------------------------------------------------------------------------------------
// Building the alert

const PLACEHOLDER_OF: Partial<Record<string, string>> = {
  location: '{location}',
  senderName: '{sender}',
  sender: '{sender}',
  identifier: '{identifier}',
};

function localizedInput(text: LocalizedText, languages: readonly Lang[]): LocalizedInput {
  const entries = Object.entries(text.perLang).filter(([, v]) => v && v.trim() !== '');
  if (entries.length === 0) return text.all;
  const out: Partial<Record<Lang, string>> = {};
  for (const l of languages) {
    const own = text.perLang[l];
    out[l] = own && own.trim() !== '' ? own : text.all;
  }
  return out;
}

/** The input `instantiateTemplate` gets from the state. */
export function templateInput(
  state: ComposerState,
  template: MessageTemplate,
  now: Date,
  lang: Lang,
): TemplateInput {
  const languages = languagesOf(state, template);
  const sent = (state.sent ? parseCapDateTime(state.sent) : null) ?? now;
  const effect = localizedInput(state.effectArea, languages);
  const input: TemplateInput = {
    profile: state.profile,
    languages,
    identifier: state.identifier,
    sender: state.sender,
    senderName: localizedInput(state.senderName, languages),
    location: localizedInput(state.location, languages),
    sent,
    timeZone: PROFILE_TIME_ZONES[state.profile],
    durationMinutes: state.durationMinutes,
    status: state.mode === 'exercise' ? 'Exercise' : 'Actual',
    choices: {
      ...(state.risk ? { risk: state.risk } : {}),
      ...(state.action ? { action: state.action } : {}),
    },
    references: state.references,
    incidents: state.incidents,
    lang,
  };
  if (typeof effect !== 'string' || effect.trim() !== '') input.effectArea = effect;
  if (state.capArea) input.area = state.capArea;
  if (state.web.trim() !== '') input.web = state.web.trim();
  if (state.account.trim() !== '') input.account = state.account.trim();
  if (state.channels) input.channels = state.channels;
  return input;
}

/** Makes an input `instantiateTemplate` accepts despite missing or wrong values. */
function lenient(
  input: TemplateInput,
  template: MessageTemplate,
  findings: readonly Finding[],
  placeholders: string[],
): { input: TemplateInput; template: MessageTemplate } {
  const next: TemplateInput = { ...input, choices: { ...input.choices } };
  let t = template;
  for (const f of findings) {
    const field = f.path.split('.')[0] ?? '';
    switch (f.code) {
      case 'template.input.value-required':
      case 'template.input.translation-missing': {
        const mark = PLACEHOLDER_OF[field] ?? `{${field}}`;
        placeholders.push(mark);
        const key = field as 'location' | 'senderName' | 'sender' | 'identifier';
        const current = next[key];
        if (typeof current === 'string' || current === undefined) next[key] = mark;
        else {
          const filled: Partial<Record<Lang, string>> = { ...current };
          for (const l of next.languages ?? []) if (!filled[l]?.trim()) filled[l] = mark;
          (next as unknown as Record<string, unknown>)[key] = filled;
        }
        break;
      }
      case 'template.input.unknown-risk':
        delete next.choices?.risk;
        break;
      case 'template.input.unknown-action':
        delete next.choices?.action;
        break;
      case 'template.input.duration-invalid':
        next.durationMinutes = template.cap.durationMinutes;
        break;
      case 'template.input.web-invalid':
        delete next.web;
        break;
      case 'template.input.references-required':
        t = { ...t, cap: { ...t.cap, msgType: 'Alert' } };
        break;
      case 'template.input.language-unsupported':
      case 'template.input.language-duplicate':
        next.languages = [...new Set(next.languages ?? [])].filter((l) =>
          template.languages.includes(l),
        );
        break;
      case 'template.input.profile-unsupported':
        next.profile = template.profiles[0] ?? 'nl-alert';
        break;
      default:
        break;
    }
  }
  return { input: next, template: t };
}

/** Maps a template input path onto the composer's own field path. */
function composerPath(path: string): string {
  if (path.startsWith('choices.')) return path.slice('choices.'.length);
  return path;
}

const INFO_KEYS: readonly Exclude<InfoField, 'areaDesc'>[] = [
  'event',
  'headline',
  'description',
  'instruction',
  'web',
  'contact',
];

function infoTexts(info: CapInfo): Partial<Record<InfoField, string>> {
  const out: Partial<Record<InfoField, string>> = {};
  for (const key of INFO_KEYS) {
    const value = info[key];
    out[key] = value ?? '';
  }
  out.areaDesc = info.areas[0]?.areaDesc ?? '';
  return out;
}

function applyInfoText(info: CapInfo, field: InfoField, value: string): void {
  if (field === 'areaDesc') {
    for (const area of info.areas) area.areaDesc = value;
    return;
  }
  if (field === 'event') info.event = value;
  else if (field === 'headline' || field === 'instruction') info[field] = value;
  else if (value.trim() === '') Reflect.deleteProperty(info, field);
  else info[field] = value;
}

/**
 * Builds the alert from the state: the template filled by core's `instantiateTemplate`
 * (one info block per language), then the operator's own texts and CAP values, the
 * message type and references of a follow-up, the procedure states and the lifecycle
 * state. When a required value is missing the alert is still built, with a placeholder
 * such as `{location}` in its text, and an error finding at the field.
 */
export function buildAlert(state: ComposerState, context: BuildContext): BuildResult {
  const template = state.templateId ? findTemplate(state.templateId, context.templates) : undefined;
  const languages = languagesOf(state, template);
  const empty = { alert: undefined, template, languages, base: {}, placeholders: [] };
  if (!template) {
    return {
      ...empty,
      findings: state.templateId
        ? [
            {
              code: 'composer.template-unknown',
              severity: 'error',
              path: 'templateId',
              message: state.templateId,
              source: 'rules',
            },
          ]
        : [],
    };
  }
  const input = templateInput(state, template, context.now, context.lang);
  let result = instantiateTemplate(template, input);
  const findings: Finding[] = [];
  const placeholders: string[] = [];
  if (!result.ok) {
    findings.push(...result.findings.map((f) => ({ ...f, path: composerPath(f.path) })));
    const retry = lenient(input, template, result.findings, placeholders);
    result = instantiateTemplate(retry.template, retry.input);
    if (!result.ok) return { ...empty, template, findings };
    if (template.cap.msgType === 'Update') result.alert.cap.msgType = 'Update';
  }
  const alert = result.alert;
  const base: BuildResult['base'] = {};
  alert.cap.infos.forEach((info, i) => {
    const l = languages[i];
    if (!l) return;
    base[l] = infoTexts(info);
    const own = state.overrides[l] ?? {};
    for (const field of INFO_FIELDS) {
      const value = own[field];
      if (value !== undefined) applyInfoText(info, field, value);
    }
    const cap = state.cap;
    if (cap.urgency) info.urgency = cap.urgency;
    if (cap.severity) info.severity = cap.severity;
    if (cap.certainty) info.certainty = cap.certainty;
    if (cap.categories && cap.categories.length > 0) info.categories = [...cap.categories];
    if (cap.responseTypes) info.responseTypes = [...cap.responseTypes];
    const carried = state.carry?.infos?.[i];
    if (carried) Object.assign(info, structuredClone(carried));
  });
  if (state.carry?.alert) Object.assign(alert.cap, structuredClone(state.carry.alert));
  if (state.msgType) alert.cap.msgType = state.msgType;
  if (state.procedure) alert.sirene.procedure = structuredClone(state.procedure);
  alert.sirene.state = state.state;
  return { alert, template, languages, base, findings, placeholders };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** Reads the text at a model path such as `infos[1].instruction`. */
function fieldText(alert: SireneAlert, path: string): string | undefined {
  const m = /^infos\[(\d+)\]\.(\w+)$/.exec(path);
  if (!m) return undefined;
  const info = alert.cap.infos[Number(m[1])];
  const value = info ? (info as unknown as Record<string, unknown>)[m[2] ?? ''] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Checks a built alert: the build's findings, core's `validateAlert` with the profile,
 * the safety lint (`lintAlert`) and `canMarkReady`, in the operator's language. Lint
 * findings about a placeholder the build put in for a missing value are left out (the
 * build already reports the missing value at its field).
 */
export function checkAlert(build: BuildResult, context: BuildContext): CheckResult {
  const alert = build.alert;
  const errorsOfBuild = build.findings.filter((f) => f.severity === 'error');
  if (!alert) {
    return { findings: [...build.findings], ready: { ok: false, findings: errorsOfBuild } };
  }
  const profile = isComposerProfile(alert.sirene.profile) ? alert.sirene.profile : 'nl-alert';
  const ours = (f: LintFinding): boolean => {
    if (f.code !== 'lint.placeholder' || !f.range) return true;
    const t = fieldText(alert, f.path);
    return !(t && build.placeholders.includes(t.slice(f.range.start, f.range.end)));
  };
  const validation = validateAlert(alert.cap, {
    profiles: [profile],
    lang: context.lang,
    now: context.now,
  });
  const lint = lintAlert(alert, { lang: context.lang, templates: context.templates }).filter(ours);
  const mark = canMarkReady(alert, {
    lang: context.lang,
    templates: context.templates,
    profiles: [profile],
    now: context.now,
  });
  const seen = new Set<string>();
  const readyFindings = [...errorsOfBuild, ...mark.findings.filter(ours)].filter((f) => {
    const key = `${f.code}@${f.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    findings: sortFindings([...build.findings, ...validation, ...lint]),
    ready: { ok: readyFindings.length === 0, findings: readyFindings },
  };
}

/** Error, warning and info counts. */
export function countFindings(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

// ---------------------------------------------------------------------------------------
// Reading an alert back

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads placeholder values out of a text made from `pattern` (e.g. `{risk} bij {location}`
 * with the risk's text known). Only the first line of the pattern that has the wanted
 * placeholder is used. Returns undefined when the text does not follow the pattern.
 */
export function matchPattern(
  pattern: string,
  textValue: string,
  known: Partial<Record<string, string>>,
  wanted: string,
): string | undefined {
  for (const line of pattern.split('\n')) {
    if (!line.includes(`{${wanted}}`)) continue;
    let source = '';
    let last = 0;
    for (const m of line.matchAll(/\{(\w+)\}/g)) {
      source += escapeRegExp(line.slice(last, m.index));
      const name = m[1] ?? '';
      source +=
        name === wanted
          ? '(.+?)'
          : known[name] !== undefined
            ? escapeRegExp(known[name] ?? '')
            : '.+?';
      last = (m.index ?? 0) + m[0].length;
    }
    source += escapeRegExp(line.slice(last));
    const found = new RegExp(`^${source}$`, 'm').exec(textValue);
    if (found?.[1]) return found[1].trim();
  }
  return undefined;
}

/** What {@link adoptAlert} needs besides the alert. */
export interface AdoptContext extends BuildContext {
  /** Used when the alert names no profile the composer knows. */
  profile: ComposerProfile;
}

/**
 * Reads an alert (from the host, a stored draft, or a follow-up) back into form state.
 * The fixed components are recovered where the texts follow the template (risk and
 * action by their texts, location and effect area from the headline and description
 * patterns); every text or CAP value the template does not reproduce becomes the
 * operator's own, and fields the composer has no control for are carried along, so the
 * rebuilt alert says what the given one said.
 */
export function adoptAlert(alert: SireneAlert, context: AdoptContext): ComposerState {
  const cap = alert.cap;
  const profile = isComposerProfile(alert.sirene.profile) ? alert.sirene.profile : context.profile;
  const known = alert.sirene.templateId
    ? findTemplate(alert.sirene.templateId, context.templates)
    : undefined;
  const template = known ?? templatesFor(context.templates, profile)[0] ?? SHIPPED_TEMPLATES[0];
  const infos = cap.infos;
  const languages = infos
    .map((info) => baseLang(info.language))
    .filter((l): l is Lang => l !== undefined);
  const uniqueLanguages = [...new Set(languages)];
  const first = infos[0];
  const lang0 = uniqueLanguages[0] ?? 'nl';
  const primaryOf = (pick: (info: CapInfo, l: Lang) => string | undefined): LocalizedText => {
    const result: LocalizedText = { all: '', perLang: {} };
    infos.forEach((info, i) => {
      const l = languages[i];
      if (!l) return;
      const value = pick(info, l) ?? '';
      if (l === lang0) result.all = value;
      else if (value !== '') result.perLang[l] = value;
    });
    for (const [l, v] of Object.entries(result.perLang)) {
      if (v === result.all) Reflect.deleteProperty(result.perLang, l);
    }
    return result;
  };

  const risk =
    template?.risks.find((r) => {
      const t = r.text[lang0];
      return t !== undefined && (first?.headline ?? '').includes(t);
    }) ?? undefined;
  const action =
    template?.actions.find((a) => {
      const t = a.text[lang0];
      return t !== undefined && (first?.instruction ?? '').includes(t);
    }) ?? undefined;

  const location = primaryOf((info, l) => {
    if (!template) return undefined;
    const pattern = template.components.headline[l] ?? '';
    const riskText = risk?.text[l];
    return matchPattern(
      pattern,
      info.headline ?? '',
      riskText !== undefined ? { risk: riskText } : {},
      'location',
    );
  });
  const effectArea = primaryOf((info, l) => {
    const pattern = template?.components.description?.[l] ?? '';
    return (
      matchPattern(pattern, info.description ?? '', { location: location.all }, 'area') ??
      info.areas[0]?.areaDesc
    );
  });
  const senderName = primaryOf((info) => info.senderName);
  const sent = parseCapDateTime(cap.sent);
  const firstExpires = first?.expires ? parseCapDateTime(first.expires) : null;
  const duration =
    Number.isFinite(alert.sirene.durationMinutes) && alert.sirene.durationMinutes > 0
      ? alert.sirene.durationMinutes
      : sent && firstExpires
        ? Math.max(1, Math.round((firstExpires.getTime() - sent.getTime()) / 60_000))
        : (template?.cap.durationMinutes ?? 60);
  const area = first?.areas[0];
  const state: ComposerState = {
    version: 1,
    templateId: template?.id ?? '',
    profile,
    ...(uniqueLanguages.length > 0 ? { languages: uniqueLanguages } : {}),
    mode: cap.status === 'Exercise' ? 'exercise' : 'actual',
    identifier: cap.identifier,
    sender: cap.sender,
    senderName,
    risk: risk?.id ?? template?.defaultRisk ?? '',
    action: action?.id ?? '',
    location,
    effectArea,
    fromArea: { location: false, effectArea: false },
    web: first?.web ?? '',
    account: '',
    durationMinutes: duration,
    ...(area ? { capArea: structuredClone(area) } : {}),
    overrides: {},
    cap: {},
    references: cap.references.map((r) => ({ ...r })),
    incidents: [...cap.incidents],
    ...(alert.sirene.procedure ? { procedure: structuredClone(alert.sirene.procedure) } : {}),
    ...(Array.isArray(alert.sirene.channels) ? { channels: [...alert.sirene.channels] } : {}),
    state: alert.sirene.state,
  };
  if (alert.sirene.state !== 'draft') state.sent = cap.sent;
  if (template && cap.msgType !== template.cap.msgType && cap.msgType !== 'Ack') {
    if (cap.msgType === 'Alert' || cap.msgType === 'Update' || cap.msgType === 'Cancel')
      state.msgType = cap.msgType;
  }

  // What the template does not reproduce becomes the operator's own, or is carried.
  const sentAt = sent ?? context.now;
  const rebuilt = buildAlert({ ...state, sent: cap.sent }, { ...context, now: sentAt }).alert;
  if (!rebuilt) return state;
  let next = state;
  infos.forEach((info, i) => {
    const l = languages[i];
    const built = rebuilt.cap.infos[i];
    if (!l || !built) return;
    const want = infoTexts(info);
    const have = infoTexts(built);
    for (const field of INFO_FIELDS) {
      if ((want[field] ?? '') !== (have[field] ?? '')) {
        next = setOverride(next, l, field, want[field] ?? '');
      }
    }
  });
  if (first && rebuilt.cap.infos[0]) {
    const b = rebuilt.cap.infos[0];
    const choices: CapChoices = {};
    if (first.urgency !== b.urgency) choices.urgency = first.urgency;
    if (first.severity !== b.severity) choices.severity = first.severity;
    if (first.certainty !== b.certainty) choices.certainty = first.certainty;
    if (JSON.stringify(first.categories) !== JSON.stringify(b.categories))
      choices.categories = [...first.categories];
    if (JSON.stringify(first.responseTypes) !== JSON.stringify(b.responseTypes))
      choices.responseTypes = [...first.responseTypes];
    next = { ...next, cap: choices };
  }
  const carry: CarriedValues = {};
  const alertCarry: NonNullable<CarriedValues['alert']> = {};
  if (cap.source !== undefined) alertCarry.source = cap.source;
  if (cap.restriction !== undefined) alertCarry.restriction = cap.restriction;
  if (cap.addresses.length > 0) alertCarry.addresses = [...cap.addresses];
  if (cap.codes.length > 0) alertCarry.codes = [...cap.codes];
  if (cap.note !== rebuilt.cap.note && cap.note !== undefined) alertCarry.note = cap.note;
  if (Object.keys(alertCarry).length > 0) carry.alert = alertCarry;
  const infoCarry = infos.map((info) => {
    const c: NonNullable<CarriedValues['infos']>[number] = {};
    if (info.audience !== undefined) c.audience = info.audience;
    if (info.effective !== undefined) c.effective = info.effective;
    if (info.onset !== undefined) c.onset = info.onset;
    if (info.eventCodes.length > 0) c.eventCodes = structuredClone(info.eventCodes);
    if (info.parameters.length > 0) c.parameters = structuredClone(info.parameters);
    if (info.resources.length > 0) c.resources = structuredClone(info.resources);
    return c;
  });
  if (infoCarry.some((c) => Object.keys(c).length > 0)) carry.infos = infoCarry;
  if (Object.keys(carry).length > 0) next = { ...next, carry };
  return next;
}

/** Whether two CAP alerts say the same, field for field. */
export function sameCap(a: CapAlert | undefined, b: CapAlert | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------
// Follow-up and end messages

/** Options of {@link followUp}. */
export interface FollowUpOptions extends AdoptContext {
  /** The new message's identifier. */
  identifier: string;
  /** For an end message: CAP `Update` with `AllClear` (default) or `Cancel`. */
  endMsgType?: 'Update' | 'Cancel';
}

/**
 * Prefills a follow-up (`update`: the running alert's texts, to change) or an end message
 * (`end`: the end-of-situation template with the running alert's location, effect area,
 * sender, area and more information) from an alert that was sent. Core's
 * `createFollowUp` decides whether that is allowed — the running broadcast must be stopped
 * first (or have expired) — and sets `references` to the whole chain. Refusals are its
 * finding, never an exception.
 */
export function followUp(
  running: SireneAlert,
  kind: 'update' | 'end',
  options: FollowUpOptions,
): { ok: true; state: ComposerState } | { ok: false; finding: Finding } {
  const profile = isComposerProfile(running.sirene.profile)
    ? running.sirene.profile
    : options.profile;
  const timeZone = PROFILE_TIME_ZONES[profile];
  const coreKind = kind === 'end' && options.endMsgType === 'Cancel' ? 'Cancel' : 'Update';
  const result = createFollowUp(
    running,
    coreKind,
    { identifier: options.identifier, sent: formatCapDateTime(options.now, timeZone) },
    options.lang,
  );
  if (!result.ok) return result;
  const previous: CapReference = {
    sender: running.cap.sender,
    identifier: running.cap.identifier,
    sent: running.cap.sent,
  };
  const adopted = adoptAlert(result.alert, options);
  const { sent: _sent, ...draft } = adopted;
  if (kind === 'update') {
    return {
      ok: true,
      state: {
        ...draft,
        msgType: 'Update',
        references: result.alert.cap.references,
        state: 'draft',
        followUp: { kind, previous },
      },
    };
  }
  const end = findTemplate(endOfSituationTemplate.id, options.templates) ?? endOfSituationTemplate;
  const chosen = selectTemplate(draft, end);
  const { carry: _carry, ...rest } = chosen;
  const state: ComposerState = {
    ...rest,
    profile,
    templateId: end.id,
    references: result.alert.cap.references,
    state: 'draft',
    followUp: { kind, previous },
  };
  delete state.languages;
  if (coreKind === 'Cancel') state.msgType = 'Cancel';
  else delete state.msgType;
  return { ok: true, state };
}

// ---------------------------------------------------------------------------------------
// Lifecycle in the composer

/** The state marked ready: `sent` frozen at `now`. */
export function markReady(state: ComposerState, now: Date): ComposerState {
  return {
    ...state,
    state: 'ready',
    sent: formatCapDateTime(now, PROFILE_TIME_ZONES[state.profile]),
  };
}

/** Back to an editable draft (the send time follows the clock again). */
export function reopen(state: ComposerState): ComposerState {
  const { sent: _sent, ...rest } = state;
  return { ...rest, state: 'draft' };
}

/** What the confirmation restates. */
export interface ReadySummary {
  title: string;
  areaDesc: string;
  shapes: { polygons: number; circles: number };
  durationMinutes: number;
  expires: Date | undefined;
  status: CapAlert['status'];
  msgType: CapAlert['msgType'];
  languages: string[];
  references: CapReference[];
}

/** The facts the "mark ready" confirmation restates, read from the alert itself. */
export function readySummary(alert: SireneAlert): ReadySummary {
  const first = alert.cap.infos[0];
  const area = first?.areas[0];
  return {
    title: first?.headline ?? '',
    areaDesc: area?.areaDesc ?? '',
    shapes: {
      polygons: first?.areas.reduce((n, a) => n + a.polygons.length, 0) ?? 0,
      circles: first?.areas.reduce((n, a) => n + a.circles.length, 0) ?? 0,
    },
    durationMinutes: alert.sirene.durationMinutes,
    expires: expiresAt(alert),
    status: alert.cap.status,
    msgType: alert.cap.msgType,
    languages: alert.cap.infos.map((i) => i.language ?? ''),
    references: alert.cap.references,
  };
}

// ---------------------------------------------------------------------------------------
// Channels and transliteration

/** The text of one language on each channel. */
export interface ChannelMeasures {
  /** What a phone shows (`composeChannelText`). */
  text: string;
  cellBroadcast: TextMeasure;
  sms: TextMeasure;
  /** WEA at 360 characters (WEA 3.0); `fits90` says whether legacy phones get it whole. */
  wea: TextMeasure;
  fits90: boolean;
}

/** Measures an info block's phone text on cell broadcast, SMS and WEA. */
export function measureInfo(info: CapInfo): ChannelMeasures {
  const t = composeChannelText(info);
  const wea = measureText(t, 'wea', { weaLimit: 360 });
  return {
    text: t,
    cellBroadcast: measureText(t, 'cell-broadcast'),
    sms: measureText(t, 'sms'),
    wea,
    fits90: wea.characters <= 90,
  };
}

/** A text split around characters that force UCS-2, for highlighting. */
export function splitForced(
  value: string,
  forced: readonly { index: number; char: string }[],
): { text: string; forced: boolean }[] {
  const parts: { text: string; forced: boolean }[] = [];
  let at = 0;
  for (const f of [...forced].sort((a, b) => a.index - b.index)) {
    if (f.index < at) continue;
    if (f.index > at) parts.push({ text: value.slice(at, f.index), forced: false });
    parts.push({ text: f.char, forced: true });
    at = f.index + f.char.length;
  }
  if (at < value.length) parts.push({ text: value.slice(at), forced: false });
  return parts;
}

const gsm = (value: string) => transliterateToGsm7(value).text;

/**
 * Rewrites one language's text into GSM-7 where it can (`transliterateToGsm7`): first
 * what the operator typed for that language (location, effect area, sender, account,
 * own texts), so the fixed components keep driving the message; then any template text
 * that still forces UCS-2 becomes the operator's own, transliterated. Other languages are
 * not touched: a shared value is first copied to them when they use it.
 */
export function transliterateLanguage(
  state: ComposerState,
  lang: Lang,
  context: BuildContext,
): ComposerState {
  const build = buildAlert(state, context);
  const languages = build.languages;
  const primary = languages[0] ?? lang;
  let next: ComposerState = { ...state };
  for (const field of LOCALIZED_FIELDS) {
    const current = next[field];
    if (lang === primary) {
      if (isGsm7(current.all)) continue;
      const perLang = { ...current.perLang };
      for (const other of languages) {
        if (other !== primary && perLang[other] === undefined) perLang[other] = current.all;
      }
      next = { ...next, [field]: { all: gsm(current.all), perLang } };
    } else {
      const own = current.perLang[lang] ?? current.all;
      if (isGsm7(own)) continue;
      next = {
        ...next,
        [field]: { ...current, perLang: { ...current.perLang, [lang]: gsm(own) } },
      };
    }
  }
  if (lang === primary) {
    if (!isGsm7(next.account)) next = { ...next, account: gsm(next.account) };
    if (!isGsm7(next.web)) next = { ...next, web: gsm(next.web) };
  }
  const own = next.overrides[lang];
  if (own) {
    const fixed: Partial<Record<InfoField, string>> = {};
    for (const [field, value] of Object.entries(own) as [InfoField, string][]) {
      fixed[field] = isGsm7(value) ? value : gsm(value);
    }
    next = { ...next, overrides: { ...next.overrides, [lang]: fixed } };
  }
  const after = buildAlert(next, context);
  const index = after.languages.indexOf(lang);
  const info = after.alert?.cap.infos[index];
  if (info) {
    for (const field of ['headline', 'description', 'instruction', 'web'] as const) {
      const value = info[field];
      if (value && !isGsm7(value)) next = setOverride(next, lang, field, gsm(value));
    }
  }
  return next;
}

// ---------------------------------------------------------------------------------------
// Findings and fields

/** Where a finding points in the composer: a control id, and the language column or details section it is in. */
export interface FieldTarget {
  /** Id of the control in the composer's shadow root (`f-location`, `f-headline-en`, …). */
  id: string;
  /** The language column, for per-language fields. */
  lang?: Lang;
  /** Which collapsible section must be open: a language's CAP details, or the alert's. */
  details?: 'info' | 'alert';
}

const FIXED_FIELDS: Record<string, string> = {
  templateId: 'f-template',
  risk: 'f-risk',
  action: 'f-action',
  location: 'f-location',
  effectArea: 'f-effectArea',
  senderName: 'f-senderName',
  web: 'f-web',
  account: 'f-account',
  durationMinutes: 'f-duration',
  identifier: 'f-identifier',
  sender: 'f-sender',
  scope: 'f-identifier',
  msgType: 'f-template',
  references: 'f-template',
  profile: 'f-template',
  languages: 'f-template',
};

/**
 * The control a finding's path belongs to: template input paths (`location`,
 * `location.en`, `risk`), alert paths (`infos[1].instruction`, `identifier`) and
 * `expires` (the duration). A text field the operator rewrote points at its own text in
 * the CAP details; otherwise at the fixed component it comes from.
 */
export function fieldForPath(
  path: string,
  state: ComposerState,
  languages: readonly Lang[],
): FieldTarget | undefined {
  const primary = languages[0];
  const local = /^(location|effectArea|senderName)\.(nl|en|fr|de)$/.exec(path);
  if (local) {
    const l = local[2] as Lang;
    return l === primary ? { id: `f-${local[1]}` } : { id: `f-${local[1]}-${l}`, lang: l };
  }
  const clean = path.replace(/^cap\./, '');
  if (FIXED_FIELDS[clean]) {
    const id = FIXED_FIELDS[clean] ?? '';
    return id === 'f-identifier' || id === 'f-sender' ? { id, details: 'alert' } : { id };
  }
  if (clean === 'sent' || clean === 'status') return { id: 'f-duration' };
  const info = /^infos\[(\d+)\](?:\.(\w+))?/.exec(clean);
  if (!info) return undefined;
  const l = languages[Number(info[1])];
  if (!l) return undefined;
  const field = info[2] ?? '';
  const own = (f: InfoField): FieldTarget | undefined =>
    state.overrides[l]?.[f] !== undefined
      ? { id: `f-${f}-${l}`, lang: l, details: 'info' }
      : undefined;
  const localized = (f: LocalizedField): FieldTarget =>
    l === primary ? { id: `f-${f}` } : { id: `f-${f}-${l}`, lang: l };
  switch (field) {
    case 'headline':
      return own('headline') ?? localized('location');
    case 'description':
      return own('description') ?? localized('effectArea');
    case 'instruction':
      return own('instruction') ?? { id: 'f-action' };
    case 'web':
      return own('web') ?? { id: 'f-web' };
    case 'contact':
      return { id: `f-contact-${l}`, lang: l, details: 'info' };
    case 'event':
      return { id: `f-event-${l}`, lang: l, details: 'info' };
    case 'senderName':
      return localized('senderName');
    case 'expires':
    case 'effective':
    case 'onset':
      return { id: 'f-duration' };
    case 'areas':
      return own('areaDesc') ?? localized('effectArea');
    case 'urgency':
    case 'severity':
    case 'certainty':
      return { id: `f-${field}`, details: 'alert' };
    case 'categories':
      return { id: 'f-category', details: 'alert' };
    case 'language':
      return { id: 'f-template' };
    case '':
      return { id: `message-${l}`, lang: l };
    default:
      return undefined;
  }
}

/** The words a lint finding's range covers in its field, for showing with the finding. */
export function findingExcerpt(
  alert: SireneAlert | undefined,
  finding: Finding & { range?: { start: number; end: number } },
): string | undefined {
  if (!alert || !finding.range) return undefined;
  const t = fieldText(alert, finding.path);
  return t?.slice(finding.range.start, finding.range.end) || undefined;
}

// ---------------------------------------------------------------------------------------
// Durations

/** Durations offered, in minutes (standard: 60). */
export const DURATION_PRESETS = [15, 30, 60, 90, 120, 180, 240, 360, 480, 720, 1440] as const;

/** The duration choices, with `current` added in order when it is not a preset. */
export function durationOptions(current: number): number[] {
  const list: number[] = [...DURATION_PRESETS];
  if (Number.isInteger(current) && current > 0 && !list.includes(current)) {
    list.push(current);
    list.sort((a, b) => a - b);
  }
  return list;
}

/** Hours and minutes of a duration. */
export function splitDuration(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

// ---------------------------------------------------------------------------------------
// Autosave

/** What is kept in sessionStorage under the autosave key. */
export interface StoredDraft {
  state: ComposerState;
  /** When it was saved (ISO 8601). */
  savedAt: string;
}

/** The sessionStorage key of an autosave key. */
export function storageKey(key: string): string {
  return `sirene-message-composer:${key}`;
}

/** The draft as stored. */
export function serializeDraft(state: ComposerState, savedAt: Date): string {
  return JSON.stringify({ v: 1, savedAt: savedAt.toISOString(), state });
}

const isText = (v: unknown): v is LocalizedText =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as LocalizedText).all === 'string' &&
  !!(v as LocalizedText).perLang &&
  typeof (v as LocalizedText).perLang === 'object';

/**
 * Reads a stored draft; undefined for anything that is not one this version wrote
 * (corrupt storage never throws and never yields a half-read state).
 */
export function parseDraft(stored: string | null | undefined): StoredDraft | undefined {
  if (!stored) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { v?: unknown; savedAt?: unknown; state?: unknown };
  const s = v.state as Partial<ComposerState> | undefined;
  if (v.v !== 1 || typeof v.savedAt !== 'string' || !s || typeof s !== 'object') return undefined;
  const ok =
    s.version === 1 &&
    typeof s.templateId === 'string' &&
    isComposerProfile(s.profile) &&
    (s.mode === 'actual' || s.mode === 'exercise') &&
    typeof s.identifier === 'string' &&
    typeof s.sender === 'string' &&
    isText(s.senderName) &&
    isText(s.location) &&
    isText(s.effectArea) &&
    typeof s.risk === 'string' &&
    typeof s.action === 'string' &&
    typeof s.web === 'string' &&
    typeof s.account === 'string' &&
    typeof s.durationMinutes === 'number' &&
    !!s.overrides &&
    typeof s.overrides === 'object' &&
    !!s.cap &&
    typeof s.cap === 'object' &&
    Array.isArray(s.references) &&
    Array.isArray(s.incidents) &&
    typeof s.state === 'string';
  if (!ok) return undefined;
  const state = s as ComposerState;
  return {
    savedAt: v.savedAt,
    state: { ...state, fromArea: state.fromArea ?? { location: false, effectArea: false } },
  };
}

/** Valid CAP values, for the CAP details selects. */
export const CAP_CHOICES = {
  urgency: CAP_URGENCIES,
  severity: CAP_SEVERITIES,
  certainty: CAP_CERTAINTIES,
  category: CAP_CATEGORIES,
} as const;

/** A new identifier: unique per draft, CAP-safe (no spaces, commas, `<` or `&`). */
export function newIdentifier(now: Date, random: () => string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `sirene-${stamp}-${random()}`;
}
