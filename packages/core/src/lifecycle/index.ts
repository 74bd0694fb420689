/**
 * The alert lifecycle: a pure state machine over `sirene.state`, follow-up and end
 * messages that reference the whole chain, and when an alert expires.
 */
export {
  LIFECYCLE_EVENTS,
  allowedEvents,
  transition,
  transitionAlert,
  type LifecycleEvent,
  type TransitionResult,
} from './state-machine.js';
export {
  createFollowUp,
  type FollowUpInit,
  type FollowUpKind,
  type FollowUpResult,
} from './follow-up.js';
export { expiresAt, isExpired } from './expiry.js';
export { LIFECYCLE_CODES, stateLabel, type LifecycleCode } from './messages.js';
