/** Data-driven checklists: the format, its validator, the engine and the shipped procedures. */
export * from './types.js';
export {
  CHECKLIST_ID_PATTERN,
  parseChecklistDefinition,
  type ChecklistDefinitionError,
  type ChecklistDefinitionErrorCode,
  type ParseChecklistDefinitionResult,
} from './parse.js';
export {
  DEFAULT_CHECKLIST_GATE,
  applyChecklistAction,
  checklistGateStatus,
  createChecklistState,
  evaluateChecklist,
  resolveChecklistGate,
  type ApplyActionResult,
  type ChecklistActionContext,
  type ChecklistActionError,
  type ChecklistActionErrorCode,
  type ChecklistEvaluation,
  type ChecklistGateBlocker,
  type ChecklistGateRef,
  type ChecklistGateStatus,
  type ChecklistItemStatus,
  type ChecklistSectionProgress,
} from './engine.js';
export {
  deserializeState,
  parseChecklistState,
  serializeState,
  type ChecklistStateError,
  type ChecklistStateErrorCode,
  type ChecklistStateResult,
} from './serialize.js';
export { checklistSchema } from './schema.js';
export { checklistMessages, type ChecklistMessageKey } from './messages.js';
export * from './definitions/index.js';
