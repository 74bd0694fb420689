/**
 * `<sirene-cap-preview>`: phone, CAP XML, findings and change preview of a public warning.
 * Import `@sirene/cap-preview/sirene-cap-preview.js` to define the element.
 */
export { SireneCapPreview, PREVIEW_VIEWS, type PreviewView } from './cap-preview.js';
export {
  SireneFindingActivateEvent,
  SireneFindingsChangeEvent,
  type FindingActivateDetail,
  type FindingsChangeDetail,
} from './events.js';
export {
  fieldLabel,
  highlightLines,
  tokenizeXml,
  type XmlToken,
  type XmlTokenKind,
} from './cap-preview.controller.js';
export {
  MESSAGES as CAP_PREVIEW_MESSAGES,
  MESSAGE_TRANSLATIONS as CAP_PREVIEW_TRANSLATIONS,
} from './messages.js';
