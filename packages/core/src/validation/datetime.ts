/**
 * Diagnoses CAP dateTimes for validation: not only whether a value is valid (that is
 * `parseCapDateTime` of the codec) but what is wrong with it, so that the operator is
 * told to replace "Z" by "-00:00" or to add the missing offset.
 */
import { parseCapDateTime } from '../cap/datetime.js';

/** The outcome of {@link diagnoseCapDateTime}. */
export type DateTimeDiagnosis =
  | { kind: 'ok'; time: number; utcPlus: boolean }
  | { kind: 'utcZ'; suggestion: string }
  | { kind: 'noOffset' }
  | { kind: 'invalid' };

const LOCAL_PART = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;

/**
 * Tells whether `value` is a valid CAP 1.2 dateTime and, if not, why: a trailing "Z"
 * (CAP writes UTC as "-00:00"), no offset at all, or anything else. A valid value comes
 * with its instant in epoch milliseconds and whether it writes UTC as "+00:00" (which CAP
 * 1.2 also forbids, but which is harmless to a reader).
 */
export function diagnoseCapDateTime(value: string): DateTimeDiagnosis {
  const parsed = parseCapDateTime(value);
  if (parsed) return { kind: 'ok', time: parsed.getTime(), utcPlus: value.endsWith('+00:00') };
  const trimmed = value.trim();
  if (/z$/i.test(trimmed)) {
    const local = trimmed.slice(0, -1);
    if (LOCAL_PART.test(local)) {
      const suggestion = `${local.replace(/\.\d+$/, '')}-00:00`;
      if (parseCapDateTime(suggestion)) return { kind: 'utcZ', suggestion };
    }
    return { kind: 'invalid' };
  }
  if (LOCAL_PART.test(trimmed) && parseCapDateTime(`${trimmed.replace(/\.\d+$/, '')}+00:00`)) {
    return { kind: 'noOffset' };
  }
  return { kind: 'invalid' };
}
