/**
 * Alert diff: what a follow-up changes compared with the message it follows.
 */
export {
  diffAlerts,
  ENVELOPE_FIELDS,
  type AlertChange,
  type AlertChangeKind,
  type AlertDiff,
} from './diff.js';
