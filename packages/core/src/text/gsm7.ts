/**
 * The GSM 03.38 (3GPP TS 23.038) 7-bit default alphabet and its extension table.
 *
 * The default alphabet holds 128 positions; position 0x1B is the escape to the
 * extension table and is not a character a user can type, so it is left out here.
 * A character from the extension table costs two septets (escape + code).
 */

/**
 * The 127 characters of the GSM 7-bit default alphabet, in code order (0x00–0x7F,
 * without the escape at 0x1B). Note 0x02 is `$` and 0x24 is `¤`, 0x00 is `@` and 0x40
 * is `¡`; 0x09 is the capital `Ç`; there is no backtick (0x60 is `¿`).
 */
export const GSM7_BASIC_CHARS: string =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞ' + // 0x10–0x1A; 0x1B (escape) left out
  'ÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

/**
 * The characters of the GSM 7-bit extension table that phones display: form feed,
 * `^ { } \ [ ~ ] |` and `€`. Each costs two septets.
 */
export const GSM7_EXTENSION_CHARS: string = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC_CHARS);
const EXTENSION = new Set(GSM7_EXTENSION_CHARS);

/**
 * Septets one character (a single Unicode code point) costs in GSM-7: 1 for the
 * default alphabet, 2 for the extension table, `undefined` when it is not GSM-7 at all.
 */
export function gsm7Septets(char: string): 1 | 2 | undefined {
  if (BASIC.has(char)) return 1;
  if (EXTENSION.has(char)) return 2;
  return undefined;
}

/** Whether every character of `text` can be sent in GSM-7 (default alphabet or extension table). */
export function isGsm7(text: string): boolean {
  for (const char of text) if (gsm7Septets(char) === undefined) return false;
  return true;
}
