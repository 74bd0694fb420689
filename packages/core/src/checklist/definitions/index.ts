/**
 * The checklists Sirene ships, each faithful to its source document: in Dutch and English,
 * and BE-Alert (used in Belgium) also in French and German.
 */
import type { ChecklistDefinition } from '../types.js';
import { beAlert } from './be-alert.js';
import { burgernetAction } from './burgernet-action.js';
import { extremeViolenceGuideline } from './extreme-violence.js';
import { netcentricCooperation } from './netcentric-cooperation.js';
import { nlAlertProcedure } from './nl-alert-procedure.js';

export {
  beAlert,
  burgernetAction,
  extremeViolenceGuideline,
  netcentricCooperation,
  nlAlertProcedure,
};
export { NL_ALERT_CRITERIA } from './nl-alert-procedure.js';

/** All shipped checklists, in the order a host would list them. */
export const SHIPPED_CHECKLISTS: readonly ChecklistDefinition[] = [
  nlAlertProcedure,
  extremeViolenceGuideline,
  burgernetAction,
  beAlert,
  netcentricCooperation,
];

/** A shipped checklist by id, or undefined. */
export function getShippedChecklist(id: string): ChecklistDefinition | undefined {
  return SHIPPED_CHECKLISTS.find((d) => d.id === id);
}
