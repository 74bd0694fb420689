/**
 * Message templates: the standard messages of the source documents (NL-Alert fixed
 * components, the extreme-violence table) and general ones, as data; filling one in to
 * a draft alert; and checking templates that hosts add themselves.
 */
export * from './types.js';
export {
  instantiateTemplate,
  renderTemplateText,
  TEMPLATE_MAX_DURATION_MINUTES,
  type LocalizedInput,
  type TemplateInput,
  type TemplateResult,
} from './instantiate.js';
export {
  parseMessageTemplate,
  TEMPLATE_ID_PATTERN,
  type ParseMessageTemplateOptions,
  type ParseMessageTemplateResult,
} from './parse.js';
export { messageTemplateSchema } from './schema.js';
export { TEMPLATE_CODES, TEMPLATE_MESSAGES, type TemplateCode } from './messages.js';
export * from './shipped/index.js';
