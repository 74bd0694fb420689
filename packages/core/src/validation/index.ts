/**
 * Validation of alerts beyond the CAP 1.2 schema: the specification's own rules and the
 * named profiles of alerting systems (NL-Alert, BE-Alert, EU-Alert, IPAWS). Findings are
 * data with stable codes, model paths and localized messages.
 */
export type { Finding, Lang, Severity } from './finding.js';
export { hasErrors, type ValidationContext } from './context.js';
export {
  PROFILE_MESSAGES,
  PROFILE_TEXTS,
  RULE_MESSAGES,
  VALIDATION_MESSAGES,
  type ProfileCode,
  type RuleCode,
  type ValidationCode,
  type ValidationMessage,
} from './messages.js';
export { validateAlert, type ValidationOptions } from './validate.js';
export {
  BE_ALERT_LANGUAGES,
  BeAlertProfile,
  EuAlertProfile,
  expandProfiles,
  getProfile,
  IPAWS_MAX_POLYGON_POINTS,
  IPAWS_PROFILE_CODE,
  IPAWS_WEA_LIMITS,
  IpawsProfile,
  isProfileName,
  listProfiles,
  NL_ALERT_USUAL_MAX_HOURS,
  NlAlertProfile,
  PROFILE_NAMES,
  type ProfileInfo,
  type ProfileName,
  type ValidationProfile,
} from './profiles/index.js';
