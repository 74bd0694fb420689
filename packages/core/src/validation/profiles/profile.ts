/**
 * Validation profiles: the extra rules of one alerting system (NL-Alert, BE-Alert,
 * EU-Alert cell broadcast, IPAWS) on top of CAP 1.2. Each profile is a small class
 * implementing {@link ValidationProfile}, selectable by name.
 */
import type { CapAlert, CapInfo } from '../../model/cap.js';
import type { ValidationContext } from '../context.js';
import type { Finding } from '../finding.js';
import { infoLanguage } from '../rules.js';

/** Names of the profiles Sirene ships. */
export const PROFILE_NAMES = ['nl-alert', 'be-alert', 'eu-alert', 'ipaws'] as const;

/** A profile selectable by name. */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** One alerting system's rules beyond CAP 1.2. */
export interface ValidationProfile {
  /** The name it is selected by. */
  readonly name: ProfileName;
  /** Profiles whose checks this one includes; each runs once even when asked for twice. */
  readonly includes: readonly ProfileName[];
  /**
   * Checks `alert`; findings have source `profile` and codes `profile.<name>.<rule>`.
   * Never throws on a well-typed alert.
   */
  validate(alert: CapAlert, context: ValidationContext): Finding[];
}

/** A profile as shown to people picking one (see `listProfiles`). */
export interface ProfileInfo {
  name: ProfileName;
  /** Localized display name. */
  title: string;
  /** Localized one-paragraph description of what the profile checks. */
  description: string;
  /** Profiles it includes. */
  includes: readonly ProfileName[];
}

/** The primary language subtag of an info block, lower case (`nl-NL` → `nl`; none → `en`). */
export function baseLanguage(info: CapInfo): string {
  return (infoLanguage(info).toLowerCase().split('-')[0] ?? '').trim();
}

/** Whether the message carries alert content (types Alert and Update), not a cancel or reply. */
export function carriesContent(alert: CapAlert): boolean {
  return alert.msgType === 'Alert' || alert.msgType === 'Update';
}

/** Whether an optional text is filled in (not only whitespace). */
export function filled(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/**
 * Lists the characters that forced UCS-2 once each, with their GSM-7 replacement when
 * there is one (`“’” → “'”`), at most `max` of them.
 */
export function formatForcedChars(
  forced: readonly { char: string; suggestion?: string }[],
  max = 10,
): string {
  const seen = new Map<string, string | undefined>();
  for (const { char, suggestion } of forced) if (!seen.has(char)) seen.set(char, suggestion);
  const items = [...seen].map(([char, suggestion]) =>
    suggestion === undefined ? `“${char}”` : `“${char}” → “${suggestion}”`,
  );
  return items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', ');
}
