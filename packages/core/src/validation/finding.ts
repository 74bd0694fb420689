/** How bad a finding is: errors block sending, warnings need a look, info is advice. */
export type Severity = 'error' | 'warning' | 'info';

/** Languages Sirene speaks. English and Dutch are complete; French and German follow. */
export type Lang = 'en' | 'nl' | 'fr' | 'de';

/**
 * A validation result as data, never an exception.
 * `path` points into the model, e.g. `infos[0].areas[1].polygons[0]` or `sent`;
 * the empty string means the message as a whole.
 */
export interface Finding {
  code: string;
  severity: Severity;
  path: string;
  /** Human-readable, in the language asked for. */
  message: string;
  /** Where the finding came from. */
  source: 'xml' | 'schema' | 'rules' | 'profile' | 'signature' | 'text';
  /** For schema and XML findings: the 1-based line in the XML document. */
  line?: number;
}
