/** The templates Sirene ships, each with Dutch, English, French and German texts. */
import type { MessageTemplate } from '../types.js';
import {
  beAlertTestTemplate,
  endOfSituationTemplate,
  nlAlertTestTemplate,
} from './end-and-test.js';
import { extremeViolenceTemplate } from './extreme-violence.js';
import {
  drinkingWaterTemplate,
  fireSmokeTemplate,
  floodingTemplate,
  gasLeakTemplate,
  powerOutageTemplate,
} from './general.js';

export {
  beAlertTestTemplate,
  drinkingWaterTemplate,
  endOfSituationTemplate,
  extremeViolenceTemplate,
  fireSmokeTemplate,
  floodingTemplate,
  gasLeakTemplate,
  nlAlertTestTemplate,
  powerOutageTemplate,
};

/** All shipped templates, in the order a host would list them. */
export const SHIPPED_TEMPLATES: readonly MessageTemplate[] = [
  extremeViolenceTemplate,
  fireSmokeTemplate,
  floodingTemplate,
  drinkingWaterTemplate,
  gasLeakTemplate,
  powerOutageTemplate,
  endOfSituationTemplate,
  nlAlertTestTemplate,
  beAlertTestTemplate,
];

/** A shipped template by id, or undefined. */
export function getShippedTemplate(id: string): MessageTemplate | undefined {
  return SHIPPED_TEMPLATES.find((t) => t.id === id);
}
