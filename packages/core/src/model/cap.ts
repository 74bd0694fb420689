/**
 * The canonical alert model: a one-to-one image of OASIS CAP 1.2
 * (alert → info per language → area). Everything else in Sirene derives from it.
 *
 * Conventions:
 * - Element names follow CAP; repeated elements become plural arrays
 *   (`code` → `codes`, `info` → `infos`), always present, empty when absent.
 * - Space-delimited CAP lists (`addresses`, `incidents`) are arrays of items here;
 *   the codec quotes items that contain spaces.
 * - Coordinates are GeoJSON order, `[lon, lat]` in WGS84. Only the CAP codec turns them
 *   into CAP's "lat,lon" pairs.
 * - CAP dateTimes are kept as strings with their explicit offset
 *   (`2026-11-23T03:12:00+01:00`), so a parsed message builds back as it was.
 */

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export type CapStatus = (typeof CAP_STATUSES)[number];

export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];

export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
export type CapScope = (typeof CAP_SCOPES)[number];

export const CAP_CATEGORIES = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const;
export type CapCategory = (typeof CAP_CATEGORIES)[number];

export const CAP_RESPONSE_TYPES = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
] as const;
export type CapResponseType = (typeof CAP_RESPONSE_TYPES)[number];

export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export type CapUrgency = (typeof CAP_URGENCIES)[number];

export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export type CapSeverity = (typeof CAP_SEVERITIES)[number];

export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;
export type CapCertainty = (typeof CAP_CERTAINTIES)[number];

/** A CAP dateTime with an explicit offset, e.g. `2026-11-23T03:12:00+01:00`. Never "Z". */
export type CapDateTime = string;

/** `[longitude, latitude]` in WGS84 degrees (GeoJSON order). */
export type LonLat = [lon: number, lat: number];

/** A `valueName`/`value` pair (eventCode, parameter, geocode). */
export interface CapValuePair {
  valueName: string;
  value: string;
}

/** One entry of `references`: the message this one follows. */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: CapDateTime;
}

export interface CapCircle {
  /** Centre, `[lon, lat]`. */
  center: LonLat;
  /** Radius in kilometres (CAP's unit). */
  radiusKm: number;
}

export interface CapArea {
  areaDesc: string;
  /** Each polygon one closed ring of `[lon, lat]` positions (first equals last, at least 4). */
  polygons: LonLat[][];
  circles: CapCircle[];
  geocodes: CapValuePair[];
  /** Feet above mean sea level (CAP's unit). */
  altitude?: number;
  /** Feet above mean sea level; only with `altitude`. */
  ceiling?: number;
}

export interface CapResource {
  resourceDesc: string;
  mimeType: string;
  /** Bytes. */
  size?: number;
  uri?: string;
  /** Base64 data of the resource. */
  derefUri?: string;
  /** SHA-1 hash of the resource, hex. */
  digest?: string;
}

export interface CapInfo {
  /** RFC 3066 language tag; CAP's default when absent is `en-US`. */
  language?: string;
  categories: CapCategory[];
  event: string;
  responseTypes: CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  audience?: string;
  eventCodes: CapValuePair[];
  effective?: CapDateTime;
  onset?: CapDateTime;
  expires?: CapDateTime;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  web?: string;
  contact?: string;
  parameters: CapValuePair[];
  resources: CapResource[];
  areas: CapArea[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: CapDateTime;
  status: CapStatus;
  msgType: CapMsgType;
  source?: string;
  scope: CapScope;
  restriction?: string;
  addresses: string[];
  codes: string[];
  note?: string;
  references: CapReference[];
  incidents: string[];
  infos: CapInfo[];
  /**
   * XML digital signatures (`ds:Signature`) as found in a parsed message, serialized
   * exactly as they appeared. Kept so a signed message can be verified; a built message
   * writes them back unchanged (a changed alert invalidates them, as it should).
   */
  signatures: string[];
}
