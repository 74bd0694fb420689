import { gsm7Septets } from './gsm7.js';
import { scanNonGsm7 } from './transliterate.js';

/** Text channels whose length rules Sirene knows. */
export type TextChannel = 'cell-broadcast' | 'sms' | 'wea';

/** The text channels, for iteration and runtime checks. */
export const TEXT_CHANNELS: readonly TextChannel[] = ['cell-broadcast', 'sms', 'wea'];

/** Character encoding a text needs: GSM 7-bit when every character allows it, UCS-2 otherwise. */
export type TextEncoding = 'GSM-7' | 'UCS-2';

/** A character that forced UCS-2, with a GSM-7 suggestion when there is one. */
export interface ForcedUcs2Char {
  /** The character: one code point, or a letter with its combining marks. */
  char: string;
  /** Its index in the JavaScript (UTF-16) string. */
  index: number;
  /** What to write instead to stay in GSM-7 (see `transliterateToGsm7`); may be empty (drop it). */
  suggestion?: string;
}

/** How a text fits a channel. */
export interface TextMeasure {
  channel: TextChannel;
  encoding: TextEncoding;
  /** Unicode code points in the text (what a person would count, emoji as one). */
  characters: number;
  /**
   * What the channel counts: septets for GSM-7 (two for an extension character such as
   * `€`), UTF-16 code units for UCS-2 (two for an emoji), characters for WEA.
   */
  units: number;
  /** Pages (cell broadcast) or parts (SMS) needed; 0 for empty text. WEA: more than 1 means too long. */
  segments: number;
  /** The most segments the channel allows (cell broadcast 15, SMS {@link SMS_MAX_SEGMENTS}, WEA 1). */
  maxSegments: number;
  /** Units per segment at the current length (SMS: 160/70 for one part, 153/67 per part when concatenated). */
  perSegment: number;
  /**
   * Units still free before the channel's limit (`maxSegments` full segments, less any
   * unit left empty at a boundary because an extension character or surrogate pair may
   * not be split); negative when the text is too long by that many.
   */
  remaining: number;
  /** Units still free in the last segment before another one is needed. */
  remainingInSegment: number;
  /** Whether the text fits: `segments <= maxSegments`. */
  fits: boolean;
  /** Every character that forced UCS-2, in text order. Empty for GSM-7. */
  forcedUcs2: ForcedUcs2Char[];
  /**
   * Characters outside the Basic Multilingual Plane (emoji and the like). They cost two
   * UTF-16 units and are not strictly UCS-2: older phones may show them as boxes or "?".
   */
  outsideBmp: { char: string; index: number }[];
}

/** Options of {@link measureText}. */
export interface MeasureTextOptions {
  /** WEA limit in characters: 90 (legacy) or 360 (WEA 3.0). Default 360. */
  weaLimit?: 90 | 360;
}

/** Cell broadcast: septets per page (82 octets of 7-bit packed text). */
export const CB_GSM7_PER_PAGE = 93;
/** Cell broadcast: UCS-2 characters per page (82 octets). */
export const CB_UCS2_PER_PAGE = 41;
/** Cell broadcast: at most 15 pages (1,395 GSM-7 septets or 615 UCS-2 characters). */
export const CB_MAX_PAGES = 15;
/**
 * SMS parts Sirene allows before it reports a text as not fitting. The standard allows
 * up to 255 concatenated parts, but networks and phones commonly give up well before
 * that, each part is charged (BE-Alert: €0.055 per 160 characters), and a ten-part
 * warning is unreadable anyway. Ten parts: 1,530 GSM-7 or 670 UCS-2 characters.
 */
export const SMS_MAX_SEGMENTS = 10;

/** Per-segment sizes of SMS: one part alone, or each part of a concatenated message. */
const SMS_SIZES = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
} as const;

/**
 * Lays out unit costs on pages of `perPage`, never splitting one character's units
 * across two pages. Returns the page count and the fill of the last page.
 */
function paginate(costs: readonly number[], perPage: number): { pages: number; lastFill: number } {
  let pages = 0;
  let fill = 0;
  for (const cost of costs) {
    if (pages === 0 || fill + cost > perPage) {
      pages++;
      fill = 0;
    }
    fill += cost;
  }
  return { pages, lastFill: fill };
}

/** Units used up to the end of the last page's content, counting the gaps at page ends. */
function paddedUnits(layout: { pages: number; lastFill: number }, perPage: number): number {
  return layout.pages === 0 ? 0 : (layout.pages - 1) * perPage + layout.lastFill;
}

/**
 * Measures `text` for one channel: which encoding it needs, how many units, pages or
 * parts it takes, whether it fits, and which characters forced UCS-2 (with a GSM-7
 * suggestion where there is one).
 *
 * - Cell broadcast: pages of 93 GSM-7 septets or 41 UCS-2 characters, at most 15
 *   (1,395 / 615). An extension character's two septets, or an emoji's two UTF-16
 *   units, never straddle two pages: the unit left over at the page end is lost.
 * - SMS: 160 GSM-7 septets or 70 UCS-2 units in one part; when longer, 153 / 67 per
 *   part (the rest holds the concatenation header), characters never split across
 *   parts. At most {@link SMS_MAX_SEGMENTS} parts.
 * - WEA: 90 or 360 characters (`weaLimit`, default 360), counted as code points, in
 *   one message; WEA does not concatenate.
 *
 * The text is measured as given; use `composeChannelText` first for what a phone shows
 * of an info block.
 */
export function measureText(
  text: string,
  channel: TextChannel,
  options: MeasureTextOptions = {},
): TextMeasure {
  const offenders = scanNonGsm7(text);
  const encoding: TextEncoding = offenders.length === 0 ? 'GSM-7' : 'UCS-2';
  const forcedUcs2 = offenders.map(({ char, index, replacement }) =>
    replacement === undefined ? { char, index } : { char, index, suggestion: replacement },
  );

  const costs: number[] = [];
  const outsideBmp: { char: string; index: number }[] = [];
  let index = 0;
  for (const char of text) {
    if (char.length > 1) outsideBmp.push({ char, index });
    index += char.length;
    costs.push(encoding === 'GSM-7' ? (gsm7Septets(char) ?? 1) : char.length);
  }
  const characters = costs.length;
  const common = { channel, encoding, characters, forcedUcs2, outsideBmp };

  if (channel === 'wea') {
    const limit = options.weaLimit ?? 360;
    const segments = Math.ceil(characters / limit);
    return {
      ...common,
      units: characters,
      segments,
      maxSegments: 1,
      perSegment: limit,
      remaining: limit - characters,
      remainingInSegment: Math.max(segments, 1) * limit - characters,
      fits: characters <= limit,
    };
  }

  const units = costs.reduce((sum, cost) => sum + cost, 0);
  let perSegment: number;
  let maxSegments: number;
  let segments: number;
  let remainingInSegment: number;
  let remaining: number;
  if (channel === 'cell-broadcast') {
    perSegment = encoding === 'GSM-7' ? CB_GSM7_PER_PAGE : CB_UCS2_PER_PAGE;
    maxSegments = CB_MAX_PAGES;
    const layout = paginate(costs, perSegment);
    segments = layout.pages;
    remainingInSegment = perSegment - layout.lastFill;
    remaining = maxSegments * perSegment - paddedUnits(layout, perSegment);
  } else {
    const sizes = SMS_SIZES[encoding];
    maxSegments = SMS_MAX_SEGMENTS;
    const concatenated = paginate(costs, sizes.concatenated);
    remaining = maxSegments * sizes.concatenated - paddedUnits(concatenated, sizes.concatenated);
    if (units <= sizes.single) {
      perSegment = sizes.single;
      segments = units === 0 ? 0 : 1;
      remainingInSegment = sizes.single - units;
    } else {
      perSegment = sizes.concatenated;
      segments = concatenated.pages;
      remainingInSegment = sizes.concatenated - concatenated.lastFill;
    }
  }
  return {
    ...common,
    units,
    segments,
    maxSegments,
    perSegment,
    remaining,
    remainingInSegment,
    fits: segments <= maxSegments,
  };
}
