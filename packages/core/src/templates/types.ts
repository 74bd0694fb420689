/**
 * Message templates: the standard messages an operator starts from (Stappenplan
 * NL-Alert, step 8: "Selecteer een standaard bericht uit de opties"), as plain JSON.
 * `README.md` documents the format, `template.schema.json` describes it for editors,
 * `parseMessageTemplate` checks untrusted ones.
 */
import type {
  CapCategory,
  CapCertainty,
  CapResponseType,
  CapSeverity,
  CapUrgency,
} from '../model/cap.js';
import type { Lang } from '../validation/finding.js';

/** The languages a template can carry texts in. */
export const TEMPLATE_LANGUAGES = ['nl', 'en', 'fr', 'de'] as const satisfies readonly Lang[];

/**
 * What kind of message a template makes:
 * - `general`: an incident warning (fire, flood, water, gas, power…);
 * - `extreme-violence`: the guideline's table (seed 001); the safety lint and the police
 *   advice requirements apply to alerts made from it;
 * - `end`: an end-of-situation message that follows an earlier alert;
 * - `test`: a test (control) message.
 */
export const TEMPLATE_CONTEXTS = ['general', 'extreme-violence', 'end', 'test'] as const;

/** One of {@link TEMPLATE_CONTEXTS}. */
export type TemplateContext = (typeof TEMPLATE_CONTEXTS)[number];

/** The alerting systems a template is written for, named as validation profiles. */
export const TEMPLATE_PROFILES = ['nl-alert', 'be-alert'] as const;

/** One of {@link TEMPLATE_PROFILES}. */
export type TemplateProfile = (typeof TEMPLATE_PROFILES)[number];

/**
 * Placeholders a text pattern may use, filled by `instantiateTemplate`:
 * - `{risk}`: the public text of the chosen risk;
 * - `{action}`: the public text of the chosen action advice;
 * - `{location}`: where it happens (the source area), e.g. "Stationsplein, Utrecht";
 * - `{area}`: who it applies to (the effect area), e.g. "het centrum van Utrecht";
 * - `{time}`: the send time, `hh:mm` in the alert's time zone;
 * - `{date}`: the send date, `dd-mm-yyyy` in the alert's time zone;
 * - `{sender}`: the sender's display name (`senderName`);
 * - `{web}`: the more-information address;
 * - `{account}`: a social media account for more information, e.g. "@politie".
 *
 * A line (text between line breaks) whose placeholders are not all given is left out, so
 * optional parts such as "Dit geldt voor {area}." disappear when there is no effect area.
 */
export const TEMPLATE_PLACEHOLDERS = [
  'risk',
  'action',
  'location',
  'area',
  'time',
  'date',
  'sender',
  'web',
  'account',
] as const;

/** One of {@link TEMPLATE_PLACEHOLDERS}. */
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/**
 * A text per language. Which languages are required is the template's `languages`:
 * every text of a template has every one of them.
 */
export type TemplateText = Partial<Record<Lang, string>>;

/** CAP values a template, a risk or an action may set. */
export interface TemplateCapOverrides {
  /** CAP `event`, per language (e.g. "Brand" / "Fire"). */
  event?: TemplateText;
  categories?: CapCategory[];
  responseTypes?: CapResponseType[];
  urgency?: CapUrgency;
  severity?: CapSeverity;
  certainty?: CapCertainty;
}

/** The CAP defaults of a template; a chosen risk, then a chosen action, may override them. */
export interface TemplateCapDefaults extends Required<TemplateCapOverrides> {
  /**
   * `Alert` for a new message; `Update` for one that follows an earlier alert (the end
   * message), which then needs `references` when instantiated.
   */
  msgType: 'Alert' | 'Update';
  /** Broadcast duration in minutes (NL-Alert standard: 60). */
  durationMinutes: number;
}

/** One option of a list the operator picks from: a risk or an action advice. */
export interface TemplateOption {
  /** Stable id, lower-case words joined by hyphens (`large-shooting`). */
  id: string;
  /** What the operator sees in the list; may keep a source document's own wording. */
  label: TemplateText;
  /** What the public reads: the value of `{risk}` or `{action}`. */
  text: TemplateText;
  /** CAP values this option changes (e.g. `responseTypes` of an action). */
  cap?: TemplateCapOverrides;
  /** Risks only: the action advice that goes with this risk (the row of a source table). */
  defaultAction?: string;
}

/**
 * The fixed components of the message, as text patterns per language with
 * {@link TEMPLATE_PLACEHOLDERS}. They map onto CAP as the NL-Alert profile reads it:
 * risk and location → `headline`, context → `description`, action advice →
 * `instruction`, more information → `web` (an address) or the `moreInfo` line (an account).
 */
export interface TemplateComponents {
  /** E.g. `{risk} bij {location}`. */
  headline: TemplateText;
  /** Optional context lines, e.g. `Dit geldt voor {area}.`; may be empty. */
  description?: TemplateText;
  /** Usually `{action}`. */
  instruction: TemplateText;
  /**
   * The more-information line added to the instruction when an account is given, e.g.
   * `Volg voor meer informatie {account}.` An address goes to CAP `web` instead, which
   * every channel shows as the last line.
   */
  moreInfo: TemplateText;
}

/** A standard message: data only, JSON-compatible. Validate untrusted ones with `parseMessageTemplate`. */
export interface MessageTemplate {
  /** Optional pointer to the JSON Schema; ignored. */
  $schema?: string;
  /** Stable id, lower-case words joined by hyphens. */
  id: string;
  /** Positive integer; bump it when the texts change. */
  version: number;
  context: TemplateContext;
  /** Systems it is written for; the first is the default of `instantiateTemplate`. */
  profiles: TemplateProfile[];
  /** Languages every text of the template is given in. */
  languages: Lang[];
  /** Name in the template list. */
  title: TemplateText;
  /** When to use it. */
  description: TemplateText;
  /** The document the texts come from. */
  source?: string;
  cap: TemplateCapDefaults;
  /** Risks to pick from; at least one. */
  risks: TemplateOption[];
  /** Id of the risk picked when none is chosen. */
  defaultRisk: string;
  /** Action advice to pick from; at least one. */
  actions: TemplateOption[];
  /** Id of the action picked when none is chosen and the risk has no `defaultAction`. */
  defaultAction: string;
  components: TemplateComponents;
  /** More-information address used when the input gives none (absolute https URL). */
  web?: string;
}
