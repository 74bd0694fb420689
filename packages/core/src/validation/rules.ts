/**
 * CAP 1.2 rules that the XML schema does not express: conditional elements, character
 * restrictions, dateTime offsets, geometry, ordering of times, references. Each rule has
 * a stable code under `rules.*` (see `messages.ts`); rules the specification does not
 * state itself are `info` only.
 */
import type { MessageParams } from '../i18n/translate.js';
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
  type CapInfo,
  type CapResource,
  type CapValuePair,
  type LonLat,
} from '../model/cap.js';
import { createFinding, type ValidationContext } from './context.js';
import { diagnoseCapDateTime } from './datetime.js';
import type { Finding, Lang } from './finding.js';
import type { RuleCode } from './messages.js';

/** Characters CAP 1.2 forbids in `identifier`, `sender` and the parts of `references`. */
const RESTRICTED = /[\s,<&]/;

/** CAP headline length the specification suggests as a target ("160 characters MAY be…"). */
export const HEADLINE_TARGET_LENGTH = 160;

/** RFC 3066 language tag: a primary subtag of 1–8 letters, then subtags of 1–8 letters or digits. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** RFC 2046 `type/subtype`, with optional parameters. */
const MIME_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\s*;.*)?$/;

/** URI scheme (RFC 3986): what makes a URI absolute. */
const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

const CHARACTER_NAMES: Record<'space' | 'comma', Record<Lang, string>> = {
  space: { en: 'a space', nl: 'een spatie', fr: 'un espace', de: 'ein Leerzeichen' },
  comma: { en: 'a comma', nl: 'een komma', fr: 'une virgule', de: 'ein Komma' },
};

/** Names the restricted characters found in `value`, in the operator's language. */
function describeRestricted(value: string, lang: Lang): string {
  const found: string[] = [];
  for (const char of value) {
    let name: string;
    if (/\s/.test(char)) name = CHARACTER_NAMES.space[lang];
    else if (char === ',') name = CHARACTER_NAMES.comma[lang];
    else if (char === '<' || char === '&') name = `“${char}”`;
    else continue;
    if (!found.includes(name)) found.push(name);
  }
  return found.join(', ');
}

/** Whether `value` is an absolute URI: a scheme and something after it, no whitespace. */
export function isAbsoluteUri(value: string): boolean {
  if (!URI_SCHEME.test(value) || /\s/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether `value` is Base64 (line breaks and spaces allowed, as in XML). */
function isBase64(value: string): boolean {
  const compact = value.replace(/\s+/g, '');
  return compact.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(compact);
}

/** Whether a position is a finite WGS 84 `[lon, lat]`. */
function inRange(position: LonLat | undefined): boolean {
  if (!position) return false;
  const [lon, lat] = position;
  return (
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

const samePosition = (a: LonLat | undefined, b: LonLat | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * Whether a ring of valid positions encloses no surface: fewer than three distinct
 * positions, or all of them on one line (shoelace area zero, relative to its extent).
 */
function isDegenerate(ring: readonly LonLat[]): boolean {
  const distinct: LonLat[] = [];
  for (const p of ring) if (!distinct.some((q) => samePosition(p, q))) distinct.push(p);
  if (distinct.length < 3) return true;
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[i + 1] as LonLat;
    twiceArea += a[0] * b[1] - b[0] * a[1];
  }
  const lons = distinct.map((p) => p[0]);
  const lats = distinct.map((p) => p[1]);
  const extent = Math.max(
    Math.max(...lons) - Math.min(...lons),
    Math.max(...lats) - Math.min(...lats),
  );
  return Math.abs(twiceArea) <= 1e-12 * Math.max(extent * extent, Number.MIN_VALUE);
}

/** The language an info block declares, CAP's default (`en-US`) when absent or empty. */
export function infoLanguage(info: CapInfo): string {
  const language = info.language?.trim();
  return language ? language : 'en-US';
}

/** One run of the rules over one alert. */
class RuleRun {
  readonly findings: Finding[] = [];
  private readonly sentTime: number | undefined;

  constructor(
    private readonly alert: CapAlert,
    private readonly context: ValidationContext,
  ) {
    this.sentTime = this.checkAlertHeader();
  }

  add(code: RuleCode, path: string, params?: MessageParams): void {
    this.findings.push(createFinding(code, path, this.context, params));
  }

  /** Checks a CAP dateTime; returns its instant when valid. */
  private dateTime(value: string, field: string, path: string): number | undefined {
    const diagnosis = diagnoseCapDateTime(value);
    switch (diagnosis.kind) {
      case 'ok':
        if (diagnosis.utcPlus) {
          this.add('rules.dateTime.utcPlus', path, {
            field,
            suggestion: `${value.slice(0, -6)}-00:00`,
          });
        }
        return diagnosis.time;
      case 'utcZ':
        this.add('rules.dateTime.utcZ', path, { field, suggestion: diagnosis.suggestion });
        return undefined;
      case 'noOffset':
        this.add('rules.dateTime.noOffset', path, { field });
        return undefined;
      case 'invalid':
        this.add('rules.dateTime.invalid', path, { field, value });
        return undefined;
    }
  }

  /** Checks one value against a CAP code list. */
  private enumeration(
    value: string,
    allowed: readonly string[],
    field: string,
    path: string,
    requiredCode?: RuleCode,
  ): void {
    if (requiredCode && !value) this.add(requiredCode, path);
    else if (!allowed.includes(value)) {
      this.add('rules.enum.invalid', path, { field, value, allowed: allowed.join(', ') });
    }
  }

  /** `identifier`, `sender`: present, and without spaces, commas, `<` or `&`. */
  private token(value: string, path: 'identifier' | 'sender'): void {
    if (!value.trim()) {
      this.add(path === 'identifier' ? 'rules.identifier.required' : 'rules.sender.required', path);
    } else if (RESTRICTED.test(value)) {
      this.add(
        path === 'identifier' ? 'rules.identifier.invalidChars' : 'rules.sender.invalidChars',
        path,
        { found: describeRestricted(value, this.context.lang) },
      );
    }
  }

  private checkAlertHeader(): number | undefined {
    const a = this.alert;
    this.token(a.identifier, 'identifier');
    this.token(a.sender, 'sender');
    let sent: number | undefined;
    if (!a.sent.trim()) this.add('rules.sent.required', 'sent');
    else sent = this.dateTime(a.sent, 'sent', 'sent');
    this.enumeration(a.status, CAP_STATUSES, 'status', 'status');
    this.enumeration(a.msgType, CAP_MSG_TYPES, 'msgType', 'msgType');
    this.enumeration(a.scope, CAP_SCOPES, 'scope', 'scope');

    const restriction = a.restriction?.trim();
    if (a.scope === 'Restricted' && !restriction)
      this.add('rules.restriction.required', 'restriction');
    if (a.scope !== 'Restricted' && restriction) {
      this.add('rules.restriction.unexpected', 'restriction', { scope: a.scope });
    }
    if (a.scope === 'Private' && a.addresses.every((item) => !item.trim())) {
      this.add('rules.addresses.required', 'addresses');
    } else {
      a.addresses.forEach((item, i) => {
        if (!item.trim()) this.add('rules.addresses.emptyItem', `addresses[${i}]`);
      });
    }

    const note = a.note?.trim();
    if (!note && (a.status === 'Exercise' || a.status === 'Test' || a.status === 'Draft')) {
      this.add('rules.note.recommended', 'note', { status: a.status });
    }
    if (!note && a.msgType === 'Error') this.add('rules.note.errorExplanation', 'note');
    if (a.infos.length === 0 && (a.msgType === 'Alert' || a.msgType === 'Update')) {
      this.add('rules.alert.noInfo', 'infos', { msgType: a.msgType });
    }
    return sent;
  }

  /** `references`: required for Update, Cancel, Ack and Error; each one well-formed. */
  checkReferences(): void {
    const a = this.alert;
    if (a.references.length === 0) {
      if (a.msgType !== 'Alert' && (CAP_MSG_TYPES as readonly string[]).includes(a.msgType)) {
        this.add('rules.references.required', 'references', { msgType: a.msgType });
      }
      return;
    }
    const seen = new Set<string>();
    a.references.forEach((ref, i) => {
      const path = `references[${i}]`;
      let wellFormed = true;
      for (const part of ['sender', 'identifier'] as const) {
        if (!ref[part].trim() || RESTRICTED.test(ref[part])) {
          this.add('rules.reference.malformed', `${path}.${part}`, { part });
          wellFormed = false;
        }
      }
      let time: number | undefined;
      if (!ref.sent.trim()) {
        this.add('rules.reference.malformed', `${path}.sent`, { part: 'sent' });
        wellFormed = false;
      } else time = this.dateTime(ref.sent, 'sent', `${path}.sent`);
      if (!wellFormed) return;
      const key = `${ref.sender},${ref.identifier},${ref.sent}`;
      if (ref.sender === a.sender && ref.identifier === a.identifier) {
        this.add('rules.reference.self', path);
      } else if (time !== undefined && this.sentTime !== undefined && time > this.sentTime) {
        this.add('rules.reference.notEarlier', path);
      }
      if (seen.has(key)) this.add('rules.reference.duplicate', path);
      seen.add(key);
    });
  }

  checkInfos(): void {
    const firstOfLanguage = new Map<string, number>();
    this.alert.infos.forEach((info, i) => {
      const language = infoLanguage(info).toLowerCase();
      const first = firstOfLanguage.get(language);
      if (first === undefined) firstOfLanguage.set(language, i);
      else {
        this.add('rules.info.duplicateLanguage', `infos[${i}].language`, {
          language: infoLanguage(info),
          first,
        });
      }
      this.checkInfo(info, `infos[${i}]`);
    });
  }

  private checkInfo(info: CapInfo, path: string): void {
    const language = info.language?.trim();
    if (language && !LANGUAGE_TAG.test(language)) {
      this.add('rules.info.language.invalid', `${path}.language`, { value: info.language ?? '' });
    }
    if (info.categories.length === 0)
      this.add('rules.info.categories.required', `${path}.categories`);
    info.categories.forEach((category, k) =>
      this.enumeration(category, CAP_CATEGORIES, 'category', `${path}.categories[${k}]`),
    );
    if (!info.event.trim()) this.add('rules.info.event.required', `${path}.event`);
    info.responseTypes.forEach((type, k) =>
      this.enumeration(type, CAP_RESPONSE_TYPES, 'responseType', `${path}.responseTypes[${k}]`),
    );
    this.enumeration(
      info.urgency,
      CAP_URGENCIES,
      'urgency',
      `${path}.urgency`,
      'rules.info.urgency.required',
    );
    this.enumeration(
      info.severity,
      CAP_SEVERITIES,
      'severity',
      `${path}.severity`,
      'rules.info.severity.required',
    );
    this.enumeration(
      info.certainty,
      CAP_CERTAINTIES,
      'certainty',
      `${path}.certainty`,
      'rules.info.certainty.required',
    );
    this.valuePairs(info.eventCodes, 'eventCode', `${path}.eventCodes`);
    this.valuePairs(info.parameters, 'parameter', `${path}.parameters`);

    const headlineLength = [...(info.headline ?? '')].length;
    if (headlineLength > HEADLINE_TARGET_LENGTH) {
      this.add('rules.info.headline.long', `${path}.headline`, { length: headlineLength });
    }
    if (info.web !== undefined && info.web.trim() && !isAbsoluteUri(info.web.trim())) {
      this.add('rules.info.web.notAbsolute', `${path}.web`, { value: info.web });
    }
    this.checkTimes(info, path);
    info.resources.forEach((resource, k) =>
      this.checkResource(resource, `${path}.resources[${k}]`),
    );
    info.areas.forEach((area, k) => this.checkArea(area, `${path}.areas[${k}]`));
  }

  private checkTimes(info: CapInfo, path: string): void {
    const time = (field: 'effective' | 'onset' | 'expires'): number | undefined => {
      const value = info[field];
      return value === undefined ? undefined : this.dateTime(value, field, `${path}.${field}`);
    };
    const effective = time('effective');
    const onset = time('onset');
    const expires = time('expires');
    if (expires === undefined) return;
    const expiresPath = `${path}.expires`;
    let ordered = true;
    if (this.sentTime !== undefined && expires <= this.sentTime) {
      this.add('rules.info.expires.notAfterSent', expiresPath);
      ordered = false;
    }
    if (effective !== undefined && expires <= effective) {
      this.add('rules.info.expires.notAfterEffective', expiresPath);
      ordered = false;
    }
    if (onset !== undefined && expires <= onset) {
      this.add('rules.info.expires.notAfterOnset', expiresPath);
      ordered = false;
    }
    if (ordered && expires <= this.context.now.getTime()) {
      this.add('rules.info.expired', expiresPath, { expires: info.expires ?? '' });
    }
  }

  private valuePairs(pairs: readonly CapValuePair[], kind: string, path: string): void {
    pairs.forEach((pair, k) => {
      if (!pair.valueName.trim()) {
        this.add('rules.valuePair.nameRequired', `${path}[${k}].valueName`, { kind });
      }
    });
  }

  private checkResource(resource: CapResource, path: string): void {
    if (!resource.resourceDesc.trim()) {
      this.add('rules.resource.resourceDesc.required', `${path}.resourceDesc`);
    }
    const mimeType = resource.mimeType.trim();
    if (!mimeType) this.add('rules.resource.mimeType.required', `${path}.mimeType`);
    else if (!MIME_TYPE.test(mimeType)) {
      this.add('rules.resource.mimeType.invalid', `${path}.mimeType`, { value: resource.mimeType });
    }
    if (
      resource.size !== undefined &&
      !(Number.isSafeInteger(resource.size) && resource.size >= 0)
    ) {
      this.add('rules.resource.size.invalid', `${path}.size`, { value: String(resource.size) });
    }
    const uri = resource.uri?.trim();
    const deref = resource.derefUri?.trim();
    if (uri && !isAbsoluteUri(uri) && !deref) {
      this.add('rules.resource.uri.invalid', `${path}.uri`, { value: resource.uri ?? '' });
    }
    if (uri && !deref && resource.size === undefined) {
      this.add('rules.resource.size.recommended', `${path}.size`);
    }
    if (deref) {
      if (!isBase64(deref)) this.add('rules.resource.derefUri.invalid', `${path}.derefUri`);
      this.add('rules.resource.derefUri.oneWay', `${path}.derefUri`);
    }
    if (!uri && !deref) this.add('rules.resource.content.missing', path);
    const digest = resource.digest?.trim();
    if (digest && !/^[0-9A-Fa-f]{40}$/.test(digest)) {
      this.add('rules.resource.digest.invalid', `${path}.digest`, { value: resource.digest ?? '' });
    }
  }

  private checkArea(area: CapArea, path: string): void {
    if (!area.areaDesc.trim()) this.add('rules.area.areaDesc.required', `${path}.areaDesc`);
    if (area.polygons.length === 0 && area.circles.length === 0 && area.geocodes.length === 0) {
      this.add('rules.area.noGeometry', path);
    }
    area.polygons.forEach((ring, k) => this.checkPolygon(ring, `${path}.polygons[${k}]`));
    area.circles.forEach((circle, k) => {
      const circlePath = `${path}.circles[${k}]`;
      if (!inRange(circle.center)) {
        this.add('rules.coordinate.outOfRange', `${circlePath}.center`, { count: 1, position: 1 });
      }
      if (!(Number.isFinite(circle.radiusKm) && circle.radiusKm >= 0)) {
        this.add('rules.circle.radius.invalid', `${circlePath}.radiusKm`, {
          value: String(circle.radiusKm),
        });
      } else if (circle.radiusKm === 0) {
        this.add('rules.circle.radius.zero', `${circlePath}.radiusKm`);
      }
    });
    this.valuePairs(area.geocodes, 'geocode', `${path}.geocodes`);

    const altitudeOk = this.number(area.altitude, 'altitude', `${path}.altitude`);
    const ceilingOk = this.number(area.ceiling, 'ceiling', `${path}.ceiling`);
    if (area.ceiling !== undefined && area.altitude === undefined) {
      this.add('rules.area.ceilingWithoutAltitude', `${path}.ceiling`);
    } else if (
      altitudeOk &&
      ceilingOk &&
      area.altitude !== undefined &&
      area.ceiling !== undefined &&
      area.ceiling < area.altitude
    ) {
      this.add('rules.area.ceilingBelowAltitude', `${path}.ceiling`, {
        altitude: area.altitude,
        ceiling: area.ceiling,
      });
    }
  }

  /** An optional number in feet: absent, or finite. */
  private number(value: number | undefined, field: string, path: string): boolean {
    if (value === undefined) return true;
    if (Number.isFinite(value)) return true;
    this.add('rules.area.altitude.invalid', path, { field, value: String(value) });
    return false;
  }

  private checkPolygon(ring: readonly LonLat[], path: string): void {
    const bad = ring.flatMap((position, m) => (inRange(position) ? [] : [m]));
    const firstBad = bad[0];
    if (firstBad !== undefined) {
      this.add('rules.coordinate.outOfRange', `${path}[${firstBad}]`, {
        count: bad.length,
        position: firstBad + 1,
      });
    }
    if (ring.length < 4) {
      this.add('rules.polygon.tooFewPositions', path, { count: ring.length });
    }
    const closed = ring.length > 0 && samePosition(ring[0], ring[ring.length - 1]);
    if (ring.length > 1 && !closed) this.add('rules.polygon.notClosed', path);
    if (ring.length >= 4 && closed && firstBad === undefined && isDegenerate(ring)) {
      this.add('rules.polygon.degenerate', path);
    }
  }
}

/**
 * Checks the CAP 1.2 rules no schema expresses and returns what it found, in the order
 * of the message (alert header, references, then each info block). Never throws on a
 * well-typed alert.
 */
export function checkCapRules(alert: CapAlert, context: ValidationContext): Finding[] {
  const run = new RuleRun(alert, context);
  run.checkReferences();
  run.checkInfos();
  checkCharacters(alert, '', (path, params) => run.add('rules.text.invalidChar', path, params));
  return run.findings;
}

/** Characters XML 1.0 cannot carry: C0 controls but tab, CR, LF; lone surrogates; U+FFFE/F. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Walks every text of the alert and reports the first character in each that XML cannot
 * carry, so nothing typed is dropped silently by the codec. (Signatures are kept verbatim
 * and checked by the signature verifier.)
 */
function checkCharacters(
  value: unknown,
  path: string,
  report: (path: string, params: MessageParams) => void,
): void {
  if (typeof value === 'string') {
    const match = NOT_XML_CHAR.exec(value);
    if (match) {
      const code = match[0].codePointAt(0) ?? 0;
      report(path, {
        char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
        position: [...value.slice(0, match.index)].length + 1,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkCharacters(item, `${path}[${i}]`, report));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'signatures') continue;
      checkCharacters(item, path ? `${path}.${key}` : key, report);
    }
  }
}
