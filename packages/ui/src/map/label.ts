/**
 * Breaks a map label into lines of at most `max` characters at its spaces. OpenLayers
 * draws `\n` as a line break but never wraps by itself, so a long label ("Overshoot, all
 * networks: 517 km² (range 126–1,538)") would run off a narrow map. No-break spaces (as
 * before a French colon) keep their words together; a word longer than `max` gets a line
 * of its own.
 */
export function wrapLabel(text: string, max = 32): string {
  if (text.length <= max) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}
