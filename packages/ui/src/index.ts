export {
  tokens,
  base,
  registerTokens,
  defaultThemeCss,
  TOKEN_DEFAULTS,
  type TokenName,
} from './tokens.js';
export { LocalizeController, inheritedLang } from './localize.js';
export {
  SireneEvent,
  SireneRequestEvent,
  RequestError,
  request,
  type RequestDetail,
} from './events.js';
export { FormController, type FormAssociatedHost } from './form.js';
export { FocusRescueController } from './focus.js';
export * from './map/index.js';
export * from './themes.js';
