import { gsm7Septets, isGsm7 } from './gsm7.js';

/** One character (or character with combining marks) that is not GSM-7, with its position. */
export interface NonGsm7Char {
  /** The character as it appears in the text: one code point, or a base letter with its combining marks. */
  char: string;
  /** Index of `char` in the JavaScript (UTF-16) string. */
  index: number;
}

/** A character that {@link transliterateToGsm7} replaced. */
export interface Gsm7Replacement extends NonGsm7Char {
  /** What it became; may be longer (`…` → `...`) or empty (a zero-width space is dropped). */
  replacement: string;
}

/** The result of {@link transliterateToGsm7}. */
export interface Gsm7Transliteration {
  /** The text with every replaceable character replaced. GSM-7 when `remaining` is empty. */
  text: string;
  /** What was replaced, in text order; indices point into the original text. */
  replaced: Gsm7Replacement[];
  /** What could not be replaced and still forces UCS-2, in text order; indices point into the original text. */
  remaining: NonGsm7Char[];
}

/**
 * The deliberate table: characters that occur in Dutch, French, German and English
 * warning texts (and what word processors put into them) mapped onto GSM-7.
 * Characters not listed fall back to stripping their diacritics (Unicode NFD) when the
 * base letter is GSM-7; characters already in GSM-7 (é, è, ä, ö, ü, ß, Ç, ñ, …) are
 * never touched.
 *
 * Decisions: `ç` becomes `c`, not the GSM capital `Ç` (0x09): "garÇon" reads worse
 * than "garcon", and older phones differ in how they show 0x09. `°` has no good GSM-7
 * stand-in and is left for the author to rewrite ("40 graden").
 */
const TABLE: Readonly<Record<string, string>> = {
  // Latin-1 letters that GSM-7 lacks
  À: 'A',
  Á: 'A',
  Â: 'A',
  Ã: 'A',
  È: 'E',
  Ê: 'E',
  Ë: 'E',
  Ì: 'I',
  Í: 'I',
  Î: 'I',
  Ï: 'I',
  Ð: 'D',
  Ò: 'O',
  Ó: 'O',
  Ô: 'O',
  Õ: 'O',
  Ù: 'U',
  Ú: 'U',
  Û: 'U',
  Ý: 'Y',
  Þ: 'Th',
  á: 'a',
  â: 'a',
  ã: 'a',
  ç: 'c',
  ê: 'e',
  ë: 'e',
  í: 'i',
  î: 'i',
  ï: 'i',
  ð: 'd',
  ó: 'o',
  ô: 'o',
  õ: 'o',
  ú: 'u',
  û: 'u',
  ý: 'y',
  þ: 'th',
  ÿ: 'y',
  // Ligatures and letters NFD cannot strip
  Œ: 'OE',
  œ: 'oe',
  Ĳ: 'IJ',
  ĳ: 'ij',
  Ÿ: 'Y',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  ﬁ: 'fi',
  ﬂ: 'fl',
  // Quotes and apostrophes
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u00B4': "'", // ´
  '`': "'",
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2039': "'", // ‹
  '\u203A': "'", // ›
  // Dashes, bullets, ellipsis
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\u2022': '-', // bullet
  '\u00B7': '.', // middle dot
  '\u2026': '...', // ellipsis
  // Spaces and invisible characters
  '\t': ' ',
  '\u00A0': ' ', // no-break space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ', // thin space
  '\u200A': ' ',
  '\u202F': ' ', // narrow no-break space (French, before : ; ! ?)
  '\u205F': ' ',
  '\u3000': ' ',
  '\u2028': '\n', // line separator
  '\u2029': '\n', // paragraph separator
  '\u200B': '', // zero-width space
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '', // byte-order mark
  '\u00AD': '', // soft hyphen
  // Symbols
  '\u00A9': '(c)',
  '\u00AE': '(R)',
  '\u2122': 'TM',
  '\u00D7': 'x',
  '\u00F7': '/',
  '\u00B1': '+/-',
  '\u00B9': '1',
  '\u00B2': '2',
  '\u00B3': '3',
  '\u00BC': '1/4',
  '\u00BD': '1/2',
  '\u00BE': '3/4',
  '\u00AA': 'a',
  '\u00BA': 'o',
  '\u00A2': 'c',
  '\u00A6': '|',
  '\u2044': '/',
  '\u2192': '->',
  '\u2190': '<-',
};

const COMBINING_MARK = /^\p{M}$/u;

/**
 * How to write one non-GSM-7 character (or a base with combining marks) in GSM-7, or
 * `undefined` when there is no sensible replacement.
 */
function replacementFor(cluster: string): string | undefined {
  // A decomposed letter ("e" + U+0301) may compose into a GSM-7 one ("é").
  const composed = cluster.normalize('NFC');
  if (isGsm7(composed)) return composed;
  const listed = TABLE[composed];
  if (listed !== undefined) return listed;
  // Fallback: strip the diacritics when what is left is GSM-7 (š → s, ő → o, ů → u).
  const stripped = composed.normalize('NFD').replace(/\p{M}/gu, '');
  if (stripped === composed) return undefined;
  if (isGsm7(stripped)) return stripped;
  // The base letter may itself need the table (a Latin letter with two diacritics).
  return TABLE[stripped];
}

/** One scanned non-GSM-7 unit: its text, index and replacement (when there is one). */
export interface Gsm7Offender extends NonGsm7Char {
  replacement?: string;
}

/**
 * Every character of `text` that is not GSM-7, in text order, with a GSM-7 replacement
 * where one exists. A letter followed by combining marks is one unit (so a decomposed
 * "é" is offered as "é", not as "e" plus a dropped accent). Shared by
 * {@link transliterateToGsm7} and `measureText`.
 */
export function scanNonGsm7(text: string): Gsm7Offender[] {
  const out: Gsm7Offender[] = [];
  const chars = Array.from(text);
  let index = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const start = index;
    let cluster = char;
    index += char.length;
    // Gather the combining marks that follow this character.
    while (i + 1 < chars.length && COMBINING_MARK.test(chars[i + 1] as string)) {
      const mark = chars[++i] as string;
      cluster += mark;
      index += mark.length;
    }
    if (cluster === char && gsm7Septets(char) !== undefined) continue;
    const replacement = replacementFor(cluster);
    out.push(
      replacement === undefined
        ? { char: cluster, index: start }
        : { char: cluster, index: start, replacement },
    );
  }
  return out;
}

/**
 * Rewrites `text` into the GSM 7-bit alphabet where that can be done without changing
 * its meaning, so a cell-broadcast page holds 93 characters instead of 41 and an SMS
 * 160 instead of 70.
 *
 * Characters already in GSM-7 are never changed (é, è, ù, ì, ò, ä, ö, ü, ñ, ß, Ç, Ø, å,
 * €, …). Others are replaced from a deliberate table (ï → i, ê → e, ç → c, curly quotes
 * → straight, en and em dashes → `-`, `…` → `...`, no-break and thin spaces → space,
 * zero-width characters dropped) and otherwise by stripping diacritics when the base
 * letter is GSM-7 (š → s). What cannot be replaced (emoji, `°`, Greek lower case, CJK)
 * is listed in `remaining`; the text then still needs UCS-2.
 *
 * @example transliterateToGsm7('U wordt geïnformeerd – blijf binnen…').text
 *   // 'U wordt geinformeerd - blijf binnen...'
 */
export function transliterateToGsm7(text: string): Gsm7Transliteration {
  const replaced: Gsm7Replacement[] = [];
  const remaining: NonGsm7Char[] = [];
  let out = '';
  let cursor = 0;
  for (const offender of scanNonGsm7(text)) {
    out += text.slice(cursor, offender.index);
    cursor = offender.index + offender.char.length;
    if (offender.replacement === undefined) {
      out += offender.char;
      remaining.push({ char: offender.char, index: offender.index });
    } else {
      out += offender.replacement;
      replaced.push({
        char: offender.char,
        index: offender.index,
        replacement: offender.replacement,
      });
    }
  }
  out += text.slice(cursor);
  return { text: out, replaced, remaining };
}
