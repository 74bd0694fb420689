import type { Finding, Lang } from '../validation/finding.js';
import { translate, type MessageCatalog } from '../i18n/translate.js';
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MSG_TYPES,
  CAP_RESPONSE_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  type CapAlert,
  type CapArea,
  type CapCircle,
  type CapInfo,
  type CapReference,
  type CapResource,
  type CapValuePair,
  type LonLat,
} from './cap.js';

const messages = {
  'json.not-object': {
    en: 'Expected an object here, found {found}.',
    nl: 'Hier werd een object verwacht, maar er staat {found}.',
  },
  'json.missing': {
    en: 'The field "{field}" is required. Add it and try again.',
    nl: 'Het veld "{field}" is verplicht. Vul het in en probeer het opnieuw.',
  },
  'json.not-string': {
    en: 'Expected text here, found {found}.',
    nl: 'Hier werd tekst verwacht, maar er staat {found}.',
  },
  'json.not-number': {
    en: 'Expected a number here, found {found}.',
    nl: 'Hier werd een getal verwacht, maar er staat {found}.',
  },
  'json.not-array': {
    en: 'Expected a list here, found {found}.',
    nl: 'Hier werd een lijst verwacht, maar er staat {found}.',
  },
  'json.not-enum': {
    en: '"{value}" is not allowed here. Use one of: {allowed}.',
    nl: '"{value}" is hier niet toegestaan. Gebruik een van: {allowed}.',
  },
  'json.not-position': {
    en: 'Expected a position [longitude, latitude] with two finite numbers.',
    nl: 'Hier werd een positie [lengtegraad, breedtegraad] met twee eindige getallen verwacht.',
  },
  'json.unknown-field': {
    en: 'Unknown field "{field}" is ignored. Check its spelling against the CAP model.',
    nl: 'Onbekend veld "{field}" wordt genegeerd. Controleer de spelling tegen het CAP-model.',
  },
} satisfies MessageCatalog<string>;

type Code = keyof typeof messages;

/** The result of reading an alert from untrusted JSON. */
export type AlertJsonResult =
  { ok: true; alert: CapAlert; findings: Finding[] } | { ok: false; findings: Finding[] };

type Json = Record<string, unknown>;

class Reader {
  readonly findings: Finding[] = [];
  constructor(private readonly lang: Lang) {}

  report(
    code: Code,
    path: string,
    params: Record<string, string | number> = {},
    severity: Finding['severity'] = 'error',
  ): void {
    this.findings.push({
      code,
      severity,
      path,
      source: 'rules',
      message: translate(messages, code, this.lang, params),
    });
  }

  object(value: unknown, path: string): Json | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
    this.report('json.not-object', path, { found: describe(value) });
    return undefined;
  }

  unknownFields(obj: Json, known: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key))
        this.report('json.unknown-field', join(path, key), { field: key }, 'warning');
    }
  }

  requiredString(obj: Json, key: string, path: string): string {
    const value = obj[key];
    if (value === undefined || value === null) {
      this.report('json.missing', join(path, key), { field: key });
      return '';
    }
    if (typeof value !== 'string') {
      this.report('json.not-string', join(path, key), { found: describe(value) });
      return '';
    }
    return value;
  }

  optionalString(obj: Json, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.report('json.not-string', join(path, key), { found: describe(value) });
      return undefined;
    }
    return value;
  }

  optionalNumber(obj: Json, key: string, path: string): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report('json.not-number', join(path, key), { found: describe(value) });
      return undefined;
    }
    return value;
  }

  enumValue<T extends string>(obj: Json, key: string, allowed: readonly T[], path: string): T {
    const value = this.requiredString(obj, key, path);
    if (value !== '' && !(allowed as readonly string[]).includes(value)) {
      this.report('json.not-enum', join(path, key), { value, allowed: allowed.join(', ') });
    }
    return value as T;
  }

  list<T>(
    obj: Json,
    key: string,
    path: string,
    item: (value: unknown, path: string) => T | undefined,
  ): T[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.report('json.not-array', join(path, key), { found: describe(value) });
      return [];
    }
    const out: T[] = [];
    value.forEach((entry, i) => {
      const read = item(entry, `${join(path, key)}[${i}]`);
      if (read !== undefined) out.push(read);
    });
    return out;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string') return value;
    this.report('json.not-string', path, { found: describe(value) });
    return undefined;
  }

  enumItem<T extends string>(allowed: readonly T[]) {
    return (value: unknown, path: string): T | undefined => {
      const s = this.string(value, path);
      if (s === undefined) return undefined;
      if (!(allowed as readonly string[]).includes(s)) {
        this.report('json.not-enum', path, { value: s, allowed: allowed.join(', ') });
        return undefined;
      }
      return s as T;
    };
  }

  position(value: unknown, path: string): LonLat | undefined {
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'number' &&
      typeof value[1] === 'number' &&
      Number.isFinite(value[0]) &&
      Number.isFinite(value[1])
    ) {
      return [value[0], value[1]];
    }
    this.report('json.not-position', path);
    return undefined;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return String(value);
}

function valuePair(r: Reader) {
  return (value: unknown, path: string): CapValuePair | undefined => {
    const obj = r.object(value, path);
    if (!obj) return undefined;
    r.unknownFields(obj, ['valueName', 'value'], path);
    return {
      valueName: r.requiredString(obj, 'valueName', path),
      value: r.requiredString(obj, 'value', path),
    };
  };
}

function readArea(r: Reader, value: unknown, path: string): CapArea | undefined {
  const obj = r.object(value, path);
  if (!obj) return undefined;
  r.unknownFields(
    obj,
    ['areaDesc', 'polygons', 'circles', 'geocodes', 'altitude', 'ceiling'],
    path,
  );
  const area: CapArea = {
    areaDesc: r.requiredString(obj, 'areaDesc', path),
    polygons: r.list(obj, 'polygons', path, (ring, ringPath) => {
      if (!Array.isArray(ring)) {
        r.report('json.not-array', ringPath, { found: describe(ring) });
        return undefined;
      }
      const positions: LonLat[] = [];
      ring.forEach((p, i) => {
        const pos = r.position(p, `${ringPath}[${i}]`);
        if (pos) positions.push(pos);
      });
      return positions;
    }),
    circles: r.list(obj, 'circles', path, (c, cPath): CapCircle | undefined => {
      const circle = r.object(c, cPath);
      if (!circle) return undefined;
      r.unknownFields(circle, ['center', 'radiusKm'], cPath);
      const center = r.position(circle['center'], join(cPath, 'center'));
      const radiusKm = r.optionalNumber(circle, 'radiusKm', cPath);
      if (radiusKm === undefined && circle['radiusKm'] === undefined)
        r.report('json.missing', join(cPath, 'radiusKm'), { field: 'radiusKm' });
      return center && radiusKm !== undefined ? { center, radiusKm } : undefined;
    }),
    geocodes: r.list(obj, 'geocodes', path, valuePair(r)),
  };
  const altitude = r.optionalNumber(obj, 'altitude', path);
  const ceiling = r.optionalNumber(obj, 'ceiling', path);
  if (altitude !== undefined) area.altitude = altitude;
  if (ceiling !== undefined) area.ceiling = ceiling;
  return area;
}

function readResource(r: Reader, value: unknown, path: string): CapResource | undefined {
  const obj = r.object(value, path);
  if (!obj) return undefined;
  r.unknownFields(obj, ['resourceDesc', 'mimeType', 'size', 'uri', 'derefUri', 'digest'], path);
  const resource: CapResource = {
    resourceDesc: r.requiredString(obj, 'resourceDesc', path),
    mimeType: r.requiredString(obj, 'mimeType', path),
  };
  const size = r.optionalNumber(obj, 'size', path);
  if (size !== undefined) resource.size = size;
  for (const key of ['uri', 'derefUri', 'digest'] as const) {
    const v = r.optionalString(obj, key, path);
    if (v !== undefined) resource[key] = v;
  }
  return resource;
}

const INFO_STRINGS = [
  'language',
  'audience',
  'effective',
  'onset',
  'expires',
  'senderName',
  'headline',
  'description',
  'instruction',
  'web',
  'contact',
] as const;

function readInfo(r: Reader, value: unknown, path: string): CapInfo | undefined {
  const obj = r.object(value, path);
  if (!obj) return undefined;
  r.unknownFields(
    obj,
    [
      ...INFO_STRINGS,
      'categories',
      'event',
      'responseTypes',
      'urgency',
      'severity',
      'certainty',
      'eventCodes',
      'parameters',
      'resources',
      'areas',
    ],
    path,
  );
  const info: CapInfo = {
    categories: r.list(obj, 'categories', path, r.enumItem(CAP_CATEGORIES)),
    event: r.requiredString(obj, 'event', path),
    responseTypes: r.list(obj, 'responseTypes', path, r.enumItem(CAP_RESPONSE_TYPES)),
    urgency: r.enumValue(obj, 'urgency', CAP_URGENCIES, path),
    severity: r.enumValue(obj, 'severity', CAP_SEVERITIES, path),
    certainty: r.enumValue(obj, 'certainty', CAP_CERTAINTIES, path),
    eventCodes: r.list(obj, 'eventCodes', path, valuePair(r)),
    parameters: r.list(obj, 'parameters', path, valuePair(r)),
    resources: r.list(obj, 'resources', path, (v, p) => readResource(r, v, p)),
    areas: r.list(obj, 'areas', path, (v, p) => readArea(r, v, p)),
  };
  for (const key of INFO_STRINGS) {
    const v = r.optionalString(obj, key, path);
    if (v !== undefined) info[key] = v;
  }
  return info;
}

/**
 * Reads a CAP alert from untrusted JSON (a file, a request body): either a bare
 * {@link CapAlert} or a Sirene alert `{ cap, sirene }`, whose `cap` part is read. Lists
 * default to empty. Never throws: every wrong type, missing required field or value
 * outside CAP's enumerations is a finding with its path (`infos[0].urgency`); unknown
 * fields are warnings so a typo does not vanish silently.
 */
export function alertFromJson(input: unknown, options: { lang?: Lang } = {}): AlertJsonResult {
  const r = new Reader(options.lang ?? 'en');
  const outer = r.object(input, '');
  if (!outer) return { ok: false, findings: r.findings };
  const isSirene = 'cap' in outer && typeof outer['cap'] === 'object';
  const base = isSirene ? 'cap' : '';
  const obj = isSirene ? r.object(outer['cap'], 'cap') : outer;
  if (!obj) return { ok: false, findings: r.findings };
  r.unknownFields(
    obj,
    [
      'identifier',
      'sender',
      'sent',
      'status',
      'msgType',
      'source',
      'scope',
      'restriction',
      'addresses',
      'codes',
      'note',
      'references',
      'incidents',
      'infos',
      'signatures',
    ],
    base,
  );
  const stringItem = (v: unknown, p: string) => r.string(v, p);
  const alert: CapAlert = {
    identifier: r.requiredString(obj, 'identifier', base),
    sender: r.requiredString(obj, 'sender', base),
    sent: r.requiredString(obj, 'sent', base),
    status: r.enumValue(obj, 'status', CAP_STATUSES, base),
    msgType: r.enumValue(obj, 'msgType', CAP_MSG_TYPES, base),
    scope: r.enumValue(obj, 'scope', CAP_SCOPES, base),
    addresses: r.list(obj, 'addresses', base, stringItem),
    codes: r.list(obj, 'codes', base, stringItem),
    references: r.list(obj, 'references', base, (v, p): CapReference | undefined => {
      const ref = r.object(v, p);
      if (!ref) return undefined;
      return {
        sender: r.requiredString(ref, 'sender', p),
        identifier: r.requiredString(ref, 'identifier', p),
        sent: r.requiredString(ref, 'sent', p),
      };
    }),
    incidents: r.list(obj, 'incidents', base, stringItem),
    infos: r.list(obj, 'infos', base, (v, p) => readInfo(r, v, p)),
    signatures: r.list(obj, 'signatures', base, stringItem),
  };
  for (const key of ['source', 'restriction', 'note'] as const) {
    const v = r.optionalString(obj, key, base);
    if (v !== undefined) alert[key] = v;
  }
  const failed = r.findings.some((f) => f.severity === 'error');
  return failed ? { ok: false, findings: r.findings } : { ok: true, alert, findings: r.findings };
}
