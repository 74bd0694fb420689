/** `<sirene-checklist>`: the element class, its event, and the DOM-free logic it delegates to. */
export { SireneChecklist } from './checklist.js';
export { SireneChecklistChangeEvent, type ChecklistChangeDetail } from './events.js';
export {
  DEFAULT_GATE,
  DEFAULT_TIME_ZONE,
  blockersOf,
  describeChange,
  fromLocalInput,
  localizeBlocker,
  resolveDefinition,
  snapshot,
  toLocalInput,
  type ChecklistBlocker,
  type ChecklistProblem,
  type ChecklistSnapshot,
} from './checklist.controller.js';
export {
  messages as checklistElementMessages,
  translations as checklistElementTranslations,
} from './messages.js';
