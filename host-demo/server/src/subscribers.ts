/**
 * The subscriber registry (BE-Alert: people register up to five addresses and get an
 * SMS, a voice call and/or an e-mail when an alert covers one of them).
 */
import type { CapAlert, LonLat } from '@sirene/core';
import type { Queryable } from './db/db.js';
import { fail, ok, problem, type Outcome } from './problems.js';
import { pointInAlert } from './targeting.js';

/** BE-Alert: up to five addresses per person. */
export const MAX_ADDRESSES = 5;

export interface SubscriberAddress {
  label: string;
  /** `[lon, lat]` WGS84. */
  position: LonLat;
}

export interface Subscriber {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  /** Wants a voice call besides (or instead of) an SMS. */
  voice: boolean;
  language: string;
  addresses: SubscriberAddress[];
}

export type SubscriberInput = Omit<Subscriber, 'id'>;

const PHONE = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks untrusted input; the detail says what to correct. */
export function parseSubscriber(input: unknown): Outcome<SubscriberInput> {
  const bad = (detail: string) =>
    fail<SubscriberInput>(problem(422, 'subscriber.invalid', { detail }));
  if (typeof input !== 'object' || input === null) return bad('expected an object');
  const o = input as Record<string, unknown>;
  const name = typeof o.name === 'string' ? o.name.trim() : '';
  if (name === '' || name.length > 200) return bad('name: 1 to 200 characters');
  const phone = o.phone === undefined || o.phone === null ? null : String(o.phone);
  if (phone !== null && !PHONE.test(phone))
    return bad('phone: international format, e.g. +32470123456');
  const email = o.email === undefined || o.email === null ? null : String(o.email);
  if (email !== null && !EMAIL.test(email)) return bad('email: not an e-mail address');
  if (phone === null && email === null)
    return bad('give a phone number, an e-mail address or both');
  const voice = o.voice === true;
  if (voice && phone === null) return bad('voice calls need a phone number');
  const language =
    typeof o.language === 'string' && /^(nl|fr|de|en)$/.test(o.language) ? o.language : 'nl';
  if (
    !Array.isArray(o.addresses) ||
    o.addresses.length === 0 ||
    o.addresses.length > MAX_ADDRESSES
  ) {
    return bad(`addresses: 1 to ${MAX_ADDRESSES}`);
  }
  const addresses: SubscriberAddress[] = [];
  for (const [i, a] of o.addresses.entries()) {
    const addr = a as { label?: unknown; position?: unknown };
    const pos = addr?.position;
    if (
      !Array.isArray(pos) ||
      pos.length !== 2 ||
      typeof pos[0] !== 'number' ||
      typeof pos[1] !== 'number' ||
      Math.abs(pos[0]) > 180 ||
      Math.abs(pos[1]) > 90
    ) {
      return bad(`addresses[${i}].position: [longitude, latitude] in WGS84`);
    }
    addresses.push({
      label: typeof addr.label === 'string' ? addr.label.slice(0, 200) : '',
      position: [pos[0], pos[1]],
    });
  }
  return ok({ name, phone, email, voice, language, addresses });
}

interface Row {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  voice: boolean;
  language: string;
  addresses: SubscriberAddress[];
}

/** Stores one subscriber. */
export async function addSubscriber(db: Queryable, s: SubscriberInput): Promise<Subscriber> {
  const [row] = await db.query<Row>(
    `INSERT INTO subscribers (name, phone, email, voice, language, addresses)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, name, phone, email, voice, language, addresses`,
    [s.name, s.phone, s.email, s.voice, s.language, s.addresses],
  );
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Recipients per subscriber channel for an alert: distinct phone numbers and addresses. */
export interface SubscriberTargets {
  subscribers: number;
  sms: string[];
  voice: string[];
  email: string[];
}

/**
 * Everyone with at least one address in the alert's area. Each person counts once per
 * channel however many of their addresses lie in the area. (A registry of millions would
 * do this in PostGIS; the reference host filters in memory.)
 */
export async function targetSubscribers(
  db: Queryable,
  alert: CapAlert,
): Promise<SubscriberTargets> {
  const rows = await db.query<Row>('SELECT id, phone, email, voice, addresses FROM subscribers');
  const sms = new Set<string>();
  const voice = new Set<string>();
  const email = new Set<string>();
  let subscribers = 0;
  for (const row of rows) {
    if (!row.addresses.some((a) => pointInAlert(a.position, alert))) continue;
    subscribers++;
    if (row.phone) sms.add(row.phone);
    if (row.phone && row.voice) voice.add(row.phone);
    if (row.email) email.add(row.email);
  }
  return { subscribers, sms: [...sms], voice: [...voice], email: [...email] };
}

/** A small deterministic PRNG (mulberry32), so demo data is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeds `count` demo subscribers once (when the registry is empty): 60 % around
 * Rotterdam, 40 % around Brussels, one to five addresses each, phone numbers in the
 * reserved fictional ranges and e-mail at example.org.
 */
export async function seedDemoSubscribers(db: Queryable, count: number): Promise<number> {
  if (count <= 0) return 0;
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM subscribers');
  if ((existing?.n ?? 0) > 0) return 0;
  const rand = prng(20261123);
  const people: SubscriberInput[] = [];
  for (let i = 0; i < count; i++) {
    const be = rand() < 0.4;
    const [cx, cy] = be ? [4.3517, 50.8503] : [4.4777, 51.9244];
    const n = 1 + Math.floor(rand() ** 3 * MAX_ADDRESSES);
    const addresses: SubscriberAddress[] = [];
    for (let k = 0; k < n; k++) {
      const r = 0.15 * Math.sqrt(rand());
      const a = rand() * 2 * Math.PI;
      addresses.push({
        label: ['Thuis', 'Werk', 'School', 'Ouders', 'Vakantiehuis'][k] ?? 'Adres',
        position: [+(cx + r * Math.cos(a) * 1.6).toFixed(5), +(cy + r * Math.sin(a)).toFixed(5)],
      });
    }
    const hasPhone = rand() < 0.9;
    const number = String(i).padStart(6, '0');
    people.push({
      name: `Demo ${be ? 'BE' : 'NL'} ${i + 1}`,
      phone: hasPhone ? (be ? `+32470${number}` : `+31612${number}`) : null,
      email: !hasPhone || rand() < 0.7 ? `demo${i + 1}@example.org` : null,
      voice: hasPhone && rand() < 0.3,
      language: be ? (rand() < 0.6 ? 'nl' : 'fr') : 'nl',
      addresses,
    });
  }
  await db.query(
    `INSERT INTO subscribers (name, phone, email, voice, language, addresses)
     SELECT x->>'name', x->>'phone', x->>'email', (x->>'voice')::boolean, x->>'language', x->'addresses'
       FROM jsonb_array_elements($1::jsonb) AS x`,
    [people],
  );
  return count;
}
