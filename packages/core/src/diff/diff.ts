/**
 * The difference between two alerts, field by field: what an update or cancel message
 * changes compared with the message it follows. For previews, reviews and audit logs.
 */
import type { CapAlert, CapArea, CapInfo, CapResource, CapValuePair } from '../model/cap.js';
import {
  formatCapCircle,
  formatCapList,
  formatCapPolygon,
  formatCapReferences,
  formatDecimal,
} from '../cap/values.js';

/** What happened to a field: it appeared, it went, or its value changed. */
export type AlertChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs between two alerts. */
export interface AlertChange {
  kind: AlertChangeKind;
  /**
   * Model path of the field (`infos[1].instruction`, `infos[0].areas[0].polygons[0]`):
   * in the new alert for `added` and `changed`, in the previous alert for `removed`.
   */
  path: string;
  /** Model path in the previous alert (`changed` and `removed`); info blocks are matched by language, so it may differ from `path`. */
  previousPath?: string;
  /** The previous value as CAP writes it (`removed` and `changed`). */
  before?: string;
  /** The new value as CAP writes it (`added` and `changed`). */
  after?: string;
}

/** Result of {@link diffAlerts}. */
export interface AlertDiff {
  /** Every differing field, in CAP's element order (message fields first, then each info block). */
  changes: AlertChange[];
  /** Whether the new alert's `references` name the previous alert (sender and identifier). */
  referencesPrevious: boolean;
}

/** Message fields that are expected to differ in every follow-up. */
export const ENVELOPE_FIELDS = ['identifier', 'sender', 'sent', 'msgType', 'references'] as const;

type Value = string | undefined;

class Differ {
  readonly changes: AlertChange[] = [];

  /** Compares one leaf value. */
  leaf(path: string, previousPath: string, before: Value, after: Value): void {
    if (before === after) return;
    if (before === undefined) this.changes.push({ kind: 'added', path, after });
    else if (after === undefined)
      this.changes.push({ kind: 'removed', path: previousPath, previousPath, before });
    else this.changes.push({ kind: 'changed', path, previousPath, before, after });
  }

  /** Compares two lists item by item, by position. */
  list<T>(
    path: string,
    previousPath: string,
    before: readonly T[],
    after: readonly T[],
    each: (path: string, previousPath: string, b: T | undefined, a: T | undefined) => void,
  ): void {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) {
      each(`${path}[${i}]`, `${previousPath}[${i}]`, before[i], after[i]);
    }
  }
}

const text = (s: string | undefined): Value => s;
const num = (n: number | undefined): Value => (n === undefined ? undefined : formatDecimal(n));
/** A list shown as one value; an empty list counts as absent. */
const joined = (items: readonly string[], join = ', '): Value =>
  items.length === 0 ? undefined : items.join(join);
const pairText = (p: CapValuePair | undefined): Value =>
  p === undefined ? undefined : `${p.valueName}=${p.value}`;

/** The language an info block is in, as matched between alerts (CAP's default is en-US). */
const languageKey = (info: CapInfo): string => (info.language ?? 'en-US').trim().toLowerCase();

/**
 * Pairs each info block of `after` with the one of `before` in the same language (the
 * n-th block of a language with the n-th of that language), so a reordered or added
 * language is not reported as every text changing.
 */
function matchInfos(before: readonly CapInfo[], after: readonly CapInfo[]): [number?, number?][] {
  const pairs: [number?, number?][] = [];
  const used = new Set<number>();
  after.forEach((info, j) => {
    const key = languageKey(info);
    const i = before.findIndex((b, k) => !used.has(k) && languageKey(b) === key);
    if (i >= 0) {
      used.add(i);
      pairs.push([i, j]);
    } else pairs.push([undefined, j]);
  });
  before.forEach((_, i) => {
    if (!used.has(i)) pairs.push([i, undefined]);
  });
  return pairs;
}

function diffInfo(d: Differ, path: string, prev: string, b: CapInfo, a: CapInfo): void {
  const field = (key: keyof CapInfo, before: Value, after: Value) =>
    d.leaf(`${path}.${key}`, `${prev}.${key}`, before, after);
  const pairs = (key: 'eventCodes' | 'parameters') =>
    d.list(`${path}.${key}`, `${prev}.${key}`, b[key], a[key], (p, q, x, y) =>
      d.leaf(p, q, pairText(x), pairText(y)),
    );
  field('language', b.language, a.language);
  field('categories', joined(b.categories), joined(a.categories));
  field('event', b.event, a.event);
  field('responseTypes', joined(b.responseTypes), joined(a.responseTypes));
  for (const key of ['urgency', 'severity', 'certainty', 'audience'] as const) {
    field(key, b[key], a[key]);
  }
  pairs('eventCodes');
  for (const key of [
    'effective',
    'onset',
    'expires',
    'senderName',
    'headline',
    'description',
    'instruction',
    'web',
    'contact',
  ] as const) {
    field(key, b[key], a[key]);
  }
  pairs('parameters');
  d.list(`${path}.resources`, `${prev}.resources`, b.resources, a.resources, (p, q, x, y) =>
    diffResource(d, p, q, x, y),
  );
  d.list(`${path}.areas`, `${prev}.areas`, b.areas, a.areas, (p, q, x, y) =>
    diffArea(d, p, q, x, y),
  );
}

function diffResource(
  d: Differ,
  path: string,
  prev: string,
  b?: CapResource,
  a?: CapResource,
): void {
  if (!b || !a) {
    const r = (b ?? a) as CapResource;
    const summary = `${r.resourceDesc} (${r.mimeType})`;
    d.leaf(path, prev, b && summary, a && summary);
    return;
  }
  d.leaf(`${path}.resourceDesc`, `${prev}.resourceDesc`, b.resourceDesc, a.resourceDesc);
  d.leaf(`${path}.mimeType`, `${prev}.mimeType`, b.mimeType, a.mimeType);
  d.leaf(`${path}.size`, `${prev}.size`, num(b.size), num(a.size));
  d.leaf(`${path}.uri`, `${prev}.uri`, b.uri, a.uri);
  d.leaf(`${path}.derefUri`, `${prev}.derefUri`, b.derefUri, a.derefUri);
  d.leaf(`${path}.digest`, `${prev}.digest`, b.digest, a.digest);
}

function diffArea(d: Differ, path: string, prev: string, b?: CapArea, a?: CapArea): void {
  if (!b || !a) {
    d.leaf(path, prev, b?.areaDesc, a?.areaDesc);
    return;
  }
  d.leaf(`${path}.areaDesc`, `${prev}.areaDesc`, b.areaDesc, a.areaDesc);
  d.list(`${path}.polygons`, `${prev}.polygons`, b.polygons, a.polygons, (p, q, x, y) =>
    d.leaf(p, q, x && formatCapPolygon(x), y && formatCapPolygon(y)),
  );
  d.list(`${path}.circles`, `${prev}.circles`, b.circles, a.circles, (p, q, x, y) =>
    d.leaf(p, q, x && formatCapCircle(x), y && formatCapCircle(y)),
  );
  d.list(`${path}.geocodes`, `${prev}.geocodes`, b.geocodes, a.geocodes, (p, q, x, y) =>
    d.leaf(p, q, pairText(x), pairText(y)),
  );
  d.leaf(`${path}.altitude`, `${prev}.altitude`, num(b.altitude), num(a.altitude));
  d.leaf(`${path}.ceiling`, `${prev}.ceiling`, num(b.ceiling), num(a.ceiling));
}

/**
 * Compares `alert` with the `previous` alert it updates or cancels, field by field, and
 * says whether it references that alert.
 *
 * - Message fields are compared first, in CAP's order; lists of words (`codes`,
 *   `addresses`, `incidents`, `categories`, `responseTypes`) as one value each, and
 *   `references` as CAP writes it.
 * - Info blocks are matched by language, not position; an info block only in one of the
 *   alerts is one `added` or `removed` change at its path, valued with its headline (or
 *   event).
 * - Within an info block, value pairs, resources and areas are compared by position;
 *   polygons and circles as CAP writes them (`"lat,lon lat,lon …"`).
 * - Signatures are not compared: a changed message is signed anew.
 *
 * Values are strings as CAP writes them, so a host can show `before → after` as is.
 */
export function diffAlerts(previous: CapAlert, alert: CapAlert): AlertDiff {
  const d = new Differ();
  const b = previous;
  const a = alert;
  for (const key of [
    'identifier',
    'sender',
    'sent',
    'status',
    'msgType',
    'source',
    'scope',
  ] as const) {
    d.leaf(key, key, text(b[key]), text(a[key]));
  }
  d.leaf('restriction', 'restriction', b.restriction, a.restriction);
  d.leaf('addresses', 'addresses', joined(b.addresses), joined(a.addresses));
  d.leaf('codes', 'codes', joined(b.codes), joined(a.codes));
  d.leaf('note', 'note', b.note, a.note);
  d.leaf(
    'references',
    'references',
    b.references.length ? formatCapReferences(b.references) : undefined,
    a.references.length ? formatCapReferences(a.references) : undefined,
  );
  d.leaf(
    'incidents',
    'incidents',
    b.incidents.length ? formatCapList(b.incidents) : undefined,
    a.incidents.length ? formatCapList(a.incidents) : undefined,
  );
  for (const [i, j] of matchInfos(b.infos, a.infos)) {
    const before = i === undefined ? undefined : b.infos[i];
    const after = j === undefined ? undefined : a.infos[j];
    if (before && after) diffInfo(d, `infos[${j}]`, `infos[${i}]`, before, after);
    else {
      const summary = (info: CapInfo | undefined) => info && (info.headline ?? info.event);
      d.leaf(`infos[${j ?? i}]`, `infos[${i ?? j}]`, summary(before), summary(after));
    }
  }
  return {
    changes: d.changes,
    referencesPrevious: a.references.some(
      (r) => r.sender === b.sender && r.identifier === b.identifier,
    ),
  };
}
