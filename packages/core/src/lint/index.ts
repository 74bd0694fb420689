/**
 * The safety lint: checks the text of public warnings against the extreme-violence
 * guideline (no motive, no gathering at a place, no search area in the after-phase) and
 * general rules (action advice, more information, capitals, http addresses, exclamation
 * marks, unfilled placeholders), and the procedure requirements before an alert may be
 * marked ready.
 */
export * from './types.js';
export { LINT_CODES, LINT_MESSAGES, type LintCode } from './messages.js';
export { detectLanguage } from './detect.js';
export { hasActionAdvice, hasMoreInfo, lintText } from './lint-text.js';
export {
  canMarkReady,
  checkPoliceAdvice,
  lintAlert,
  POLICE_ADVICE_ITEMS,
  resolveLintContext,
  type CanMarkReadyOptions,
  type LintAlertOptions,
} from './lint-alert.js';
