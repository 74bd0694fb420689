/**
 * `<sirene-message-composer>`: the element class, its events, and the DOM-free logic it
 * delegates to. Import `@sirene/message-composer/sirene-message-composer.js` to define
 * the element.
 */
export { SireneMessageComposer, type FollowUpStart } from './message-composer.js';
export {
  SireneAlertChangeEvent,
  SireneReadyRequestEvent,
  type AlertChangeDetail,
  type ReadyCheck,
  type ReadyAnswer,
  type ReadyRequestDetail,
} from './events.js';
export {
  COMPOSER_PROFILES,
  DURATION_PRESETS,
  INFO_FIELDS,
  LOCALIZED_FIELDS,
  PROFILE_TIME_ZONES,
  adoptAlert,
  applyArea,
  buildAlert,
  checkAlert,
  createState,
  fieldForPath,
  followUp,
  isComposerProfile,
  measureInfo,
  normalizeArea,
  parseDraft,
  readySummary,
  resolveTemplates,
  selectTemplate,
  serializeDraft,
  storageKey,
  transliterateLanguage,
  type BuildContext,
  type BuildResult,
  type CapChoices,
  type ChannelMeasures,
  type CheckResult,
  type ComposerAreaInput,
  type ComposerMode,
  type ComposerProfile,
  type ComposerState,
  type FieldTarget,
  type InfoField,
  type LocalizedField,
  type LocalizedText,
  type NormalizedArea,
  type StoredDraft,
} from './message-composer.controller.js';
export {
  messages as messageComposerMessages,
  translations as messageComposerTranslations,
} from './messages.js';
