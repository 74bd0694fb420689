/**
 * Channel text rules: what a phone shows of an info block, how long it is on each
 * channel (GSM-7 or UCS-2, pages, parts), and rewriting text into GSM-7.
 */
export { GSM7_BASIC_CHARS, GSM7_EXTENSION_CHARS, gsm7Septets, isGsm7 } from './gsm7.js';
export {
  transliterateToGsm7,
  type Gsm7Replacement,
  type Gsm7Transliteration,
  type NonGsm7Char,
} from './transliterate.js';
export {
  CB_GSM7_PER_PAGE,
  CB_MAX_PAGES,
  CB_UCS2_PER_PAGE,
  SMS_MAX_SEGMENTS,
  TEXT_CHANNELS,
  measureText,
  type ForcedUcs2Char,
  type MeasureTextOptions,
  type TextChannel,
  type TextEncoding,
  type TextMeasure,
} from './measure.js';
export { composeChannelText } from './compose.js';
