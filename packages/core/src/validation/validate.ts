import type { CapAlert } from '../model/cap.js';
import { createFinding, type ValidationContext } from './context.js';
import type { Finding, Lang } from './finding.js';
import { expandProfiles, getProfile, isProfileName, PROFILE_NAMES } from './profiles/index.js';
import type { ProfileName } from './profiles/profile.js';
import { checkCapRules } from './rules.js';

/** Options of {@link validateAlert}. */
export interface ValidationOptions {
  /** Profiles to check besides CAP 1.2 (with the profiles they include). None by default. */
  profiles?: readonly ProfileName[];
  /** Language of the messages; English by default. */
  lang?: Lang;
  /** The moment to judge "already expired" against; the current time by default. */
  now?: Date;
}

/**
 * Validates an alert against the CAP 1.2 rules no schema expresses and, when asked, the
 * named profiles. Returns findings as data, in message order: the CAP rules first, then
 * each profile's. An unknown profile name yields a `profile.unknown` error instead of
 * an exception. Errors block sending, warnings need a look, info is advice.
 *
 * @example
 * const findings = validateAlert(alert, { profiles: ['nl-alert'], lang: 'nl' });
 * if (hasErrors(findings)) showFindings(findings);
 */
export function validateAlert(alert: CapAlert, options: ValidationOptions = {}): Finding[] {
  const context: ValidationContext = {
    lang: options.lang ?? 'en',
    now: options.now ?? new Date(),
  };
  const findings = checkCapRules(alert, context);
  const selected: ProfileName[] = [];
  for (const name of options.profiles ?? []) {
    if (isProfileName(name)) selected.push(name);
    else {
      findings.push(
        createFinding('profile.unknown', '', context, {
          name: String(name),
          known: PROFILE_NAMES.join(', '),
        }),
      );
    }
  }
  for (const name of expandProfiles(selected)) {
    findings.push(...getProfile(name).validate(alert, context));
  }
  return findings;
}
