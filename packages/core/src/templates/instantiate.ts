import { formatCapDateTime } from '../cap/datetime.js';
import {
  CAP_RESPONSE_TYPES,
  type CapArea,
  type CapInfo,
  type CapReference,
  type CapResponseType,
} from '../model/cap.js';
import { DEFAULT_DURATION_MINUTES, type ChannelId, type SireneAlert } from '../model/sirene.js';
import type { Finding, Lang } from '../validation/finding.js';
import { isAbsoluteUri } from '../validation/rules.js';
import {
  fieldName,
  languageName,
  templateFinding,
  type TemplateCode,
  type TemplateInputField,
} from './messages.js';
import type {
  MessageTemplate,
  TemplateOption,
  TemplatePlaceholder,
  TemplateProfile,
  TemplateText,
} from './types.js';

/** A value the operator types once for all languages, or per language. */
export type LocalizedInput = string | TemplateText;

/** The longest broadcast duration `instantiateTemplate` accepts: one week, in minutes. */
export const TEMPLATE_MAX_DURATION_MINUTES = 7 * 24 * 60;

/** What the operator fills in when starting from a template. */
export interface TemplateInput {
  /** The system; defaults to the template's first profile. */
  profile?: TemplateProfile;
  /**
   * Languages of the info blocks, in order. Default: NL-Alert Dutch then English,
   * BE-Alert Dutch, French, German — those the template has.
   */
  languages?: readonly Lang[];
  /** CAP `identifier`, unique for the sender. */
  identifier: string;
  /** CAP `sender`, e.g. `vr-utrecht@nl-alert.nl`. */
  sender: string;
  /** Display name of the sender (`senderName`, `{sender}`), e.g. "Veiligheidsregio Utrecht". */
  senderName: LocalizedInput;
  /** Where it happens, the source area (`{location}`), e.g. "Stationsplein, Utrecht". */
  location: LocalizedInput;
  /** Who it applies to, the effect area (`{area}`, and the area description). */
  effectArea?: LocalizedInput;
  /** The broadcast area drawn on the map; copied into every info block. */
  area?: CapArea;
  /** When the message is sent. */
  sent: Date;
  /** IANA zone the times are written in; default Europe/Amsterdam (NL-Alert) or Europe/Brussels (BE-Alert). */
  timeZone?: string;
  /** Broadcast duration in minutes; default the template's (60). `expires` = `sent` + this. */
  durationMinutes?: number;
  /** `Actual` (default) or `Exercise`. */
  status?: 'Actual' | 'Exercise';
  /** Chosen risk and action ids; default the template's (or the risk's `defaultAction`). */
  choices?: { risk?: string; action?: string };
  /** More-information address (CAP `web`); default the template's. */
  web?: string;
  /** Social media account for more information (`{account}`), e.g. "@politie". */
  account?: string;
  /** Earlier messages this one follows; required when the template's `msgType` is `Update`. */
  references?: CapReference[];
  /** CAP `incidents`. */
  incidents?: string[];
  /** CAP `note`; an `Exercise` gets one saying so when none is given. */
  note?: string;
  /** Channels to broadcast on; default cell broadcast (NL-Alert) or location-based SMS and CAP feed (BE-Alert). */
  channels?: ChannelId[];
  /** Language of finding messages; default English. */
  lang?: Lang;
}

/** The result of {@link instantiateTemplate}: a draft alert, or why it could not be made. */
export type TemplateResult = { ok: true; alert: SireneAlert } | { ok: false; findings: Finding[] };

const PROFILE_DEFAULTS: Record<
  TemplateProfile,
  { languages: Lang[]; timeZone: string; channels: ChannelId[]; tags: Record<Lang, string> }
> = {
  'nl-alert': {
    languages: ['nl', 'en'],
    timeZone: 'Europe/Amsterdam',
    channels: ['cell-broadcast'],
    tags: { nl: 'nl-NL', en: 'en-GB', fr: 'fr-FR', de: 'de-DE' },
  },
  'be-alert': {
    languages: ['nl', 'fr', 'de'],
    timeZone: 'Europe/Brussels',
    channels: ['lb-sms', 'cap-feed'],
    tags: { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE', de: 'de-BE' },
  },
};

const EXERCISE_NOTE: Record<Lang, string> = {
  nl: 'Oefening: dit is geen echte waarschuwing.',
  en: 'Exercise: this is not a real alert.',
  fr: 'Exercice : ceci n’est pas une vraie alerte.',
  de: 'Übung: Dies ist keine echte Warnung.',
};

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a text pattern. A line whose placeholders are not all given (or are blank) is
 * left out; placeholders a template should not have stay as written, for the safety lint
 * to catch.
 */
export function renderTemplateText(
  pattern: string,
  values: Partial<Record<TemplatePlaceholder, string>>,
): string {
  const known = values as Record<string, string | undefined>;
  return pattern
    .split('\n')
    .filter((line) =>
      [...line.matchAll(PLACEHOLDER)].every((m) => {
        const name = m[1] ?? '';
        return !(name in known) || (known[name] ?? '').trim() !== '';
      }),
    )
    .map((line) =>
      line.replace(PLACEHOLDER, (whole, name: string) => {
        const value = known[name];
        return value === undefined ? whole : value.trim();
      }),
    )
    .join('\n')
    .trim();
}

/** Reads a localized input for one language: a plain string is the same in all. */
function pick(value: LocalizedInput | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : value[lang];
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

function uniqueResponseTypes(...lists: (CapResponseType[] | undefined)[]): CapResponseType[] {
  const seen = new Set<CapResponseType>();
  for (const list of lists) for (const t of list ?? []) seen.add(t);
  return CAP_RESPONSE_TYPES.filter((t) => seen.has(t));
}

/**
 * Starts an alert from a standard message: one CAP info block per language, with the
 * fixed components filled — risk and location in `headline`, the effect area in
 * `description`, the action advice (and an account for more information) in
 * `instruction`, the more-information address in `web`, `senderName`, and `expires` =
 * `sent` + the duration (default 60 minutes), written with the zone's offset. The CAP
 * values come from the template, changed by the chosen risk and then the chosen action;
 * their response types are combined. Sirene's part records `profile`, `channels`,
 * `durationMinutes`, `templateId` and state `draft`.
 *
 * Never throws: an unknown risk or action, a language the template lacks, a missing
 * location or sender name, an invalid date, time zone or duration, or an end message
 * without the reference of the alert it ends are returned as error findings in
 * `input.lang`. The alert made passes `validateAlert` with the template's profile when
 * the input's identifier, sender and area are valid.
 *
 * @example
 * const result = instantiateTemplate(extremeViolenceTemplate, {
 *   identifier: 'VRU-2026-0042', sender: 'vr-utrecht@nl-alert.nl',
 *   senderName: 'Veiligheidsregio Utrecht', location: 'Stationsplein, Utrecht',
 *   area, sent: new Date(), choices: { risk: 'large-shooting' }, web: 'https://www.politie.nl',
 * });
 * if (result.ok) composer.alert = result.alert;
 */
export function instantiateTemplate(
  template: MessageTemplate,
  input: TemplateInput,
): TemplateResult {
  const lang = input.lang ?? 'en';
  const findings: Finding[] = [];
  const fail = (code: TemplateCode, path: string, params: Record<string, string | number> = {}) =>
    findings.push(templateFinding(code, path, lang, params));
  const names = (langs: readonly string[]) => langs.map((l) => languageName(l, lang)).join(', ');

  const profile = input.profile ?? template.profiles[0] ?? 'nl-alert';
  const defaults = PROFILE_DEFAULTS[profile] ?? PROFILE_DEFAULTS['nl-alert'];
  if (!template.profiles.includes(profile)) {
    fail('template.input.profile-unsupported', 'profile', {
      template: template.id,
      profile: String(profile),
      profiles: template.profiles.join(', '),
    });
  }

  const languages = input.languages
    ? [...input.languages]
    : defaults.languages.filter((l) => template.languages.includes(l));
  if (languages.length === 0) fail('template.input.no-language', 'languages');
  const seen = new Set<Lang>();
  languages.forEach((l, i) => {
    if (!template.languages.includes(l)) {
      fail('template.input.language-unsupported', `languages[${i}]`, {
        template: template.id,
        language: languageName(l, lang),
        languages: names(template.languages),
      });
    }
    if (seen.has(l)) {
      fail('template.input.language-duplicate', `languages[${i}]`, {
        language: languageName(l, lang),
      });
    }
    seen.add(l);
  });

  const choose = (
    options: readonly TemplateOption[],
    id: string | undefined,
    code: TemplateCode,
    path: string,
  ): TemplateOption | undefined => {
    const found = options.find((o) => o.id === id);
    if (!found) {
      fail(code, path, {
        id: String(id),
        template: template.id,
        ids: options.map((o) => o.id).join(', '),
      });
    }
    return found;
  };
  const risk = choose(
    template.risks,
    input.choices?.risk ?? template.defaultRisk,
    'template.input.unknown-risk',
    'choices.risk',
  );
  const action = choose(
    template.actions,
    input.choices?.action ?? risk?.defaultAction ?? template.defaultAction,
    'template.input.unknown-action',
    'choices.action',
  );

  const required = (
    field: TemplateInputField,
    value: LocalizedInput | undefined,
    needed: boolean,
  ) => {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      if (needed) fail('template.input.value-required', field, { field: fieldName(field, lang) });
      return;
    }
    if (typeof value === 'string') return;
    for (const l of languages) {
      if (pick(value, l) === undefined) {
        fail('template.input.translation-missing', `${field}.${l}`, {
          field: fieldName(field, lang),
          language: languageName(l, lang),
        });
      }
    }
  };
  required('identifier', input.identifier, true);
  required('sender', input.sender, true);
  required('senderName', input.senderName, true);
  required('location', input.location, true);
  required('effectArea', input.effectArea, false);

  const status = input.status ?? 'Actual';
  if (status !== 'Actual' && status !== 'Exercise') {
    fail('template.input.status-invalid', 'status', { status: String(status) });
  }
  const duration =
    input.durationMinutes ?? template.cap.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  if (!Number.isInteger(duration) || duration < 1 || duration > TEMPLATE_MAX_DURATION_MINUTES) {
    fail('template.input.duration-invalid', 'durationMinutes', {
      value: String(duration),
      max: TEMPLATE_MAX_DURATION_MINUTES,
    });
  }
  const web = input.web ?? template.web;
  if (web !== undefined && !(isAbsoluteUri(web.trim()) && /^https?:/i.test(web.trim()))) {
    fail('template.input.web-invalid', 'web', { value: web });
  }
  const references = input.references ?? [];
  if (template.cap.msgType === 'Update' && references.length === 0) {
    fail('template.input.references-required', 'references');
  }

  const timeZone = input.timeZone ?? defaults.timeZone;
  let sent: string | undefined;
  let expires: string | undefined;
  if (!(input.sent instanceof Date) || Number.isNaN(input.sent.getTime())) {
    fail('template.input.sent-invalid', 'sent');
  } else {
    try {
      sent = formatCapDateTime(input.sent, timeZone);
      expires = formatCapDateTime(new Date(input.sent.getTime() + duration * 60_000), timeZone);
    } catch {
      // An unknown zone; an unwritable year is caught the same way.
      fail('template.input.time-zone-invalid', 'timeZone', { timeZone });
    }
  }

  if (findings.length > 0 || !risk || !action || sent === undefined || expires === undefined) {
    return { ok: false, findings };
  }

  const date = `${sent.slice(8, 10)}-${sent.slice(5, 7)}-${sent.slice(0, 4)}`;
  const time = sent.slice(11, 16);
  const caps = [template.cap, risk.cap ?? {}, action.cap ?? {}];
  const last = <K extends 'categories' | 'urgency' | 'severity' | 'certainty' | 'event'>(key: K) =>
    caps.reduce<(typeof template.cap)[K]>(
      (value, layer) => (layer[key] as (typeof template.cap)[K] | undefined) ?? value,
      template.cap[key],
    );
  const riskAndAction = uniqueResponseTypes(action.cap?.responseTypes, risk.cap?.responseTypes);
  const responseTypes = riskAndAction.length > 0 ? riskAndAction : [...template.cap.responseTypes];
  const event = last('event');

  const infos: CapInfo[] = languages.map((l) => {
    const text = (t: TemplateText | undefined): string => t?.[l] ?? '';
    const values: Partial<Record<TemplatePlaceholder, string>> = {
      risk: text(risk.text),
      action: text(action.text),
      location: pick(input.location, l) ?? '',
      area: pick(input.effectArea, l) ?? '',
      time,
      date,
      sender: pick(input.senderName, l) ?? '',
      web: web?.trim() ?? '',
      account: input.account?.trim() ?? '',
    };
    const description = renderTemplateText(text(template.components.description), values);
    const moreInfo = values.account
      ? renderTemplateText(text(template.components.moreInfo), values)
      : '';
    const instruction = [
      renderTemplateText(text(template.components.instruction), values),
      moreInfo,
    ]
      .filter(Boolean)
      .join('\n');
    const areas: CapArea[] = input.area
      ? [
          {
            ...structuredClone(input.area),
            areaDesc:
              pick(input.effectArea, l) ??
              (input.area.areaDesc.trim() || (pick(input.location, l) ?? '')),
          },
        ]
      : [];
    const info: CapInfo = {
      language: defaults.tags[l],
      categories: [...last('categories')],
      event: event[l] ?? '',
      responseTypes: [...responseTypes],
      urgency: last('urgency'),
      severity: last('severity'),
      certainty: last('certainty'),
      eventCodes: [],
      expires,
      senderName: values.sender,
      headline: renderTemplateText(text(template.components.headline), values),
      instruction,
      parameters: [],
      resources: [],
      areas,
    };
    if (description) info.description = description;
    if (values.web) info.web = values.web;
    return info;
  });

  const note =
    input.note ?? (status === 'Exercise' ? EXERCISE_NOTE[languages[0] ?? 'en'] : undefined);
  return {
    ok: true,
    alert: {
      cap: {
        identifier: input.identifier.trim(),
        sender: input.sender.trim(),
        sent,
        status,
        msgType: template.cap.msgType,
        scope: 'Public',
        addresses: [],
        codes: [],
        ...(note !== undefined ? { note } : {}),
        references: references.map((r) => ({ ...r })),
        incidents: [...(input.incidents ?? [])],
        infos,
        signatures: [],
      },
      sirene: {
        profile,
        channels: [...(input.channels ?? defaults.channels)],
        durationMinutes: duration,
        state: 'draft',
        templateId: template.id,
      },
    },
  };
}
