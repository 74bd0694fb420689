/**
 * A small RFC 4180 CSV reader: quoted fields with doubled quotes, CRLF or LF line ends,
 * a separator detected from the header (comma, semicolon or tab — Dutch spreadsheets
 * write semicolons), a byte-order mark skipped. Errors are data.
 */

/** One record with the line it starts on. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line number of the record's first character. */
  line: number;
}

/** The records of a CSV text, or the line of an unclosed quote. */
export type CsvResult =
  { ok: true; separator: string; records: CsvRecord[] } | { ok: false; line: number };

/** Picks the separator that occurs most often, outside quotes, on the first line. */
export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ',';
  for (const sep of [';', '\t']) if ((counts[sep] ?? 0) > (counts[best] ?? 0)) best = sep;
  return best;
}

/** Parses CSV text. Blank lines are skipped; fields are not trimmed. */
export function parseCsv(input: string, separator?: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === sep) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, separator: sep, records };
}
