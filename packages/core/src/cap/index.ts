/**
 * The CAP 1.2 codec: XML ↔ the canonical model, schema validation, CAP dateTimes.
 */
export { toCapXml, escapeXmlText, XMLDSIG_NAMESPACE, type CapBuildOptions } from './build.js';
export { fromCapXml, type CapParseOptions, type CapParseResult } from './parse.js';
export { validateCapSchema, type CapSchemaOptions } from './schema.js';
export {
  formatCapDateTime,
  parseCapDateTime,
  isCapDateTime,
  toCapOffset,
  toWallClock,
  fromWallClock,
  DEFAULT_CAP_TIME_ZONE,
} from './datetime.js';
export {
  formatCapList,
  parseCapList,
  formatCapPolygon,
  parseCapPolygon,
  formatCapCircle,
  parseCapCircle,
  formatDecimal,
  type CapListResult,
  type PolygonResult,
  type CircleResult,
} from './values.js';
export { DEFAULT_MAX_XML_BYTES } from './xml-read.js';
export { CAP_V12_XSD } from './cap-v1.2-xsd.js';
export {
  CAP_CODEC_CODES,
  CAP_MESSAGES,
  type CapCodecCode,
  type CapMessageKey,
} from './messages.js';
