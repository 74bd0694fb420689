import type { CapInfo } from '../model/cap.js';

/**
 * Normalises the whitespace of one part: line breaks become `\n`; runs of spaces, tabs
 * and other horizontal whitespace (no-break and thin spaces too) become one space;
 * lines are trimmed; more than one empty line in a row becomes one; leading and
 * trailing empty lines go.
 */
function normalisePart(part: string | undefined): string {
  if (part === undefined) return '';
  const lines = part
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text a phone shows for one info block, as channels send it: `headline`,
 * `description`, `instruction` and `web`, in that order, each on its own line.
 * Missing or blank parts are skipped. Whitespace is normalised: Windows and Unicode
 * line breaks become `\n`, runs of spaces and tabs (including no-break and thin
 * spaces) become one space, no line has leading or trailing spaces, and at most one
 * empty line separates paragraphs within a part.
 *
 * Fixed prefixes that a channel or profile adds by itself (such as "NL-Alert
 * dd-mm-yyyy hh:mm") are not included; measure them separately if they count.
 */
export function composeChannelText(info: CapInfo): string {
  return [info.headline, info.description, info.instruction, info.web]
    .map(normalisePart)
    .filter((part) => part !== '')
    .join('\n');
}
