/**
 * The profile registry: every profile by name, their localized names for pickers, and
 * the expansion of a selection into the profiles to run.
 */
import { translate } from '../../i18n/translate.js';
import type { Lang } from '../finding.js';
import { PROFILE_TEXTS } from '../messages.js';
import { BeAlertProfile } from './be-alert.js';
import { EuAlertProfile } from './eu-alert.js';
import { IpawsProfile } from './ipaws.js';
import { NlAlertProfile } from './nl-alert.js';
import {
  PROFILE_NAMES,
  type ProfileInfo,
  type ProfileName,
  type ValidationProfile,
} from './profile.js';

export { BE_ALERT_LANGUAGES, BeAlertProfile } from './be-alert.js';
export { EuAlertProfile } from './eu-alert.js';
export {
  IPAWS_MAX_POLYGON_POINTS,
  IPAWS_PROFILE_CODE,
  IPAWS_WEA_LIMITS,
  IpawsProfile,
} from './ipaws.js';
export { NL_ALERT_USUAL_MAX_HOURS, NlAlertProfile } from './nl-alert.js';
export { PROFILE_NAMES, type ProfileInfo, type ProfileName, type ValidationProfile };

const PROFILES: Readonly<Record<ProfileName, ValidationProfile>> = {
  'nl-alert': new NlAlertProfile(),
  'be-alert': new BeAlertProfile(),
  'eu-alert': new EuAlertProfile(),
  ipaws: new IpawsProfile(),
};

/** Whether `name` is the name of a profile Sirene ships. */
export function isProfileName(name: unknown): name is ProfileName {
  return typeof name === 'string' && (PROFILE_NAMES as readonly string[]).includes(name);
}

/** The profile called `name`. */
export function getProfile(name: ProfileName): ValidationProfile {
  return PROFILES[name];
}

/**
 * The profiles to run for a selection: each selected profile followed by the ones it
 * includes, every profile once, in that order.
 */
export function expandProfiles(names: readonly ProfileName[]): ProfileName[] {
  const out: ProfileName[] = [];
  const visit = (name: ProfileName): void => {
    if (out.includes(name)) return;
    out.push(name);
    PROFILES[name].includes.forEach(visit);
  };
  names.forEach(visit);
  return out;
}

/** Every profile with its name and description in `lang`, for a profile picker. */
export function listProfiles(lang: Lang = 'en'): ProfileInfo[] {
  return PROFILE_NAMES.map((name) => ({
    name,
    title: translate(PROFILE_TEXTS, `${name}.title`, lang),
    description: translate(PROFILE_TEXTS, `${name}.description`, lang),
    includes: PROFILES[name].includes,
  }));
}
