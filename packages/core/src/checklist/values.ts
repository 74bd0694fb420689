/** Item values: what is valid for each kind, and when an item counts as done. */
import type { ChecklistItem, ChecklistItemState, ChecklistValue, LocalizedText } from './types.js';

/** Longest accepted free text, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 10_000;
/** Longest accepted name. */
export const MAX_NAME_LENGTH = 200;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * True for an ISO 8601 date-time with a `Z` or `±hh:mm` offset and real calendar values,
 * e.g. `2026-11-23T03:12:00+01:00` (seconds and milliseconds optional).
 */
export function isIsoDateTime(text: string): boolean {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const offsetHours = m[8] === undefined ? 0 : Number(m[8]);
  const offsetMinutes = m[9] === undefined ? 0 : Number(m[9]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59
  );
}

const NOT_AN_OPTION: LocalizedText = {
  en: 'not one of the options',
  nl: 'geen van de keuzes',
  fr: 'aucun des choix proposés',
  de: 'keine der Optionen',
};

function tooLong(value: string, max: number): LocalizedText | undefined {
  if (value.length <= max) return undefined;
  return {
    en: `at most ${max} characters`,
    nl: `hoogstens ${max} tekens`,
    fr: `${max} caractères au plus`,
    de: `höchstens ${max} Zeichen`,
  };
}

/** Why `value` is not acceptable for `item`, in every language Sirene ships; undefined when it is. */
export function valueProblem(item: ChecklistItem, value: unknown): LocalizedText | undefined {
  switch (item.kind) {
    case 'check':
      return {
        en: 'a tick box holds no value',
        nl: 'een vinkje heeft geen waarde',
        fr: 'une case à cocher n’a pas de valeur',
        de: 'ein Kontrollkästchen hat keinen Wert',
      };
    case 'text':
      if (typeof value !== 'string')
        return {
          en: 'text expected',
          nl: 'tekst verwacht',
          fr: 'texte attendu',
          de: 'Text erwartet',
        };
      return tooLong(value, MAX_TEXT_LENGTH);
    case 'name':
      if (typeof value !== 'string')
        return {
          en: 'a name expected',
          nl: 'een naam verwacht',
          fr: 'un nom attendu',
          de: 'ein Name erwartet',
        };
      return tooLong(value, MAX_NAME_LENGTH);
    case 'time':
      if (typeof value !== 'string' || !isIsoDateTime(value)) {
        return {
          en: 'a date and time such as 2026-11-23T03:12:00+01:00 expected',
          nl: 'een datum en tijd zoals 2026-11-23T03:12:00+01:00 verwacht',
          fr: 'une date et une heure comme 2026-11-23T03:12:00+01:00 attendues',
          de: 'ein Datum mit Uhrzeit wie 2026-11-23T03:12:00+01:00 erwartet',
        };
      }
      return undefined;
    case 'choice':
      if (typeof value !== 'string' || !item.options.some((o) => o.id === value)) {
        return NOT_AN_OPTION;
      }
      return undefined;
    case 'multi-choice': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        return {
          en: 'a list of options expected',
          nl: 'een lijst van keuzes verwacht',
          fr: 'une liste de choix attendue',
          de: 'eine Liste von Optionen erwartet',
        };
      }
      if (new Set(value).size !== value.length) {
        return {
          en: 'an option is listed twice',
          nl: 'een keuze staat er twee keer in',
          fr: 'un choix figure deux fois',
          de: 'eine Option steht doppelt darin',
        };
      }
      if (!value.every((v) => item.options.some((o) => o.id === v))) {
        return NOT_AN_OPTION;
      }
      return undefined;
    }
  }
}

/** A valid value in canonical form: multi-choice selections in the definition's option order, copied. */
export function canonicalValue(item: ChecklistItem, value: ChecklistValue): ChecklistValue {
  if (item.kind === 'multi-choice' && Array.isArray(value)) {
    return item.options.map((o) => o.id).filter((id) => value.includes(id));
  }
  return Array.isArray(value) ? [...value] : value;
}

/** Whether an item's recorded state makes it done (visibility aside). */
export function isDone(item: ChecklistItem, state: ChecklistItemState | undefined): boolean {
  if (!state) return false;
  const value = state.value;
  switch (item.kind) {
    case 'check':
      return state.checked;
    case 'text':
    case 'name':
      return typeof value === 'string' && value.trim() !== '';
    case 'time':
      return typeof value === 'string' && isIsoDateTime(value);
    case 'choice':
      return typeof value === 'string' && item.options.some((o) => o.id === value);
    case 'multi-choice':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => item.options.some((o) => o.id === v))
      );
  }
}

/** Structural equality of two values (strings, or arrays of strings in order). */
export function sameValue(a: ChecklistValue | undefined, b: ChecklistValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return a === b;
}
