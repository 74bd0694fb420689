/**
 * The host page's decisions, DOM-free so Node tests them: who may do what, which screen
 * an alert opens in, delivery progress, routes, the unsaved-input store and
 * idempotency keys. The API shapes mirror host-demo/server (its OpenAPI document).
 */
import type { AlertState, ChecklistGateBlocker, Finding, SireneAlert } from '@sirene/core';

/** Roles of the dispatch backend (host-demo/server/src/roles.ts). */
export type Role = 'decider' | 'composer' | 'broadcaster' | 'police-advisor' | 'observer' | 'admin';

/** The logged-in user as `/api/session` returns it. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
}

/** `GET /api/session`. */
export interface Session {
  user: User;
  csrfToken: string;
  mode: 'exercise' | 'actual';
  /** The CAP sender the server fills in. */
  sender?: string;
}

/** One checklist's send gate, as the server evaluates it. */
export interface GateView {
  checklist: string;
  required: boolean;
  open: boolean;
  blockers: ChecklistGateBlocker[];
}

/** An alert as the API returns it. */
export interface AlertView {
  id: string;
  revision: number;
  version: number;
  alert: SireneAlert;
  follows: string | null;
  createdAt: string;
  updatedAt: string;
  readyAt: string | null;
  broadcastAt: string | null;
  expiresAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  allowedEvents: string[];
  gates: GateView[];
  policeAdvice: PoliceAdvice[];
  findings: Finding[];
}

/** Police advice as recorded (extreme-violence guideline). */
export interface PoliceAdvice {
  id: number;
  function: 'hovd-p' | 'ovd-oc';
  name: string;
  advisedAt: string;
  secondOpinion: boolean;
  recommendation: 'send' | 'send-with-changes' | 'do-not-send';
  text: string;
  recordedBy: string;
  recordedAt: string;
}

/** A line of `GET /api/alerts`. */
export interface AlertSummary {
  id: string;
  identifier: string;
  status: string;
  msgType: string;
  state: AlertState;
  headline: string;
  profile: string | null;
  channels: string[];
  follows: string | null;
  updatedAt: string;
  expiresAt: string | null;
}

/** Delivery counts of one channel. */
export interface ChannelProgress {
  channel: string;
  total: number;
  pending: number;
  sending: number;
  delivered: number;
  failed: number;
  unknown: number;
  cancelled: number;
}

/** `GET /api/alerts/:id/estimate`. */
export interface Estimate {
  subscribersInArea: number;
  seconds: number;
  costEur: number;
  channels: {
    channel: string;
    available: boolean;
    recipients: number | null;
    cells?: number;
    seconds: number;
    costEur: number;
    note: string;
  }[];
}

/** One server-sent event (`data` of the SSE frame). */
export interface ServerEvent {
  id: number;
  type: string;
  at: string;
  notify?: Role[];
  data: Record<string, unknown>;
}

/** What the page lets a role do; the server enforces the same (roles.ts). */
const ALLOWED = {
  create: ['decider', 'composer'],
  edit: ['composer'],
  ready: ['composer'],
  reopen: ['composer', 'broadcaster'],
  broadcast: ['broadcaster'],
  stop: ['broadcaster', 'composer'],
  followUp: ['decider', 'composer'],
  checklist: ['decider', 'composer', 'broadcaster'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof ALLOWED;

/** Whether a user with `roles` may take `action`. */
export function may(roles: readonly Role[], action: Action): boolean {
  const allowed: readonly Role[] = ALLOWED[action];
  return roles.some((r) => allowed.includes(r));
}

/** The checklist roles (core's checklist definitions) a server role acts as. */
export const CHECKLIST_ROLES: Readonly<Record<Role, readonly string[]>> = {
  decider: ['decide', 'operator'],
  composer: ['compose', 'operator'],
  broadcaster: ['broadcast', 'operator'],
  'police-advisor': [],
  observer: [],
  admin: [],
};

/** The checklist roles of a user. */
export function checklistRoles(roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((r) => CHECKLIST_ROLES[r]))];
}

/** Where an alert opens for a user. */
export type Screen = 'workspace' | 'broadcast' | 'review' | 'status';

/**
 * The screen for an alert: a draft opens in the workspace (editable for the composer,
 * read-only with the checklist for others); a ready alert opens in the broadcaster's
 * view for a broadcaster and in the review for everyone else; a sent one in its status.
 */
export function screenFor(state: AlertState, roles: readonly Role[]): Screen {
  if (state === 'draft') return 'workspace';
  if (state === 'ready') return may(roles, 'broadcast') ? 'broadcast' : 'review';
  return 'status';
}

/** Totals of a delivery: done counts everything that will not change any more. */
export function progressOf(channels: readonly ChannelProgress[]): {
  total: number;
  done: number;
  delivered: number;
  failed: number;
  percent: number;
} {
  let total = 0;
  let done = 0;
  let delivered = 0;
  let failed = 0;
  for (const c of channels) {
    total += c.total;
    delivered += c.delivered;
    failed += c.failed + c.unknown;
    done += c.delivered + c.failed + c.unknown + c.cancelled;
  }
  // 99.6 % is not done: round down so 100 % means every row is finished.
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return { total, done, delivered, failed, percent };
}

/** The page's routes (location hash). */
export type Route = { name: 'dashboard' } | { name: 'new' } | { name: 'alert'; id: string };

/** Reads a location hash (`#/`, `#/new`, `#/alert/<id>`); anything else is the dashboard. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/new') return { name: 'new' };
  const m = /^\/alert\/([0-9a-f-]{36})$/i.exec(path);
  if (m?.[1]) return { name: 'alert', id: m[1].toLowerCase() };
  return { name: 'dashboard' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  return route.name === 'dashboard' ? '#/' : route.name === 'new' ? '#/new' : `#/alert/${route.id}`;
}

/** Input that the server has not confirmed yet, kept in localStorage. */
export interface Unsaved {
  alert: SireneAlert;
  /** The revision the input was based on; 0 for a draft the server has not seen. */
  baseRevision: number;
  /** When it was typed (ISO 8601). */
  at: string;
}

const PREFIX = 'sirene-host:unsaved:';

/** Storage key of unsaved input for an alert id, or for the new draft. */
export function unsavedKey(user: string, id: string | undefined): string {
  return `${PREFIX}${user}:${id ?? 'new'}`;
}

/** Keeps unsaved input; a full storage is reported, never thrown. */
export function keepUnsaved(storage: Storage, key: string, entry: Unsaved): boolean {
  try {
    storage.setItem(key, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Reads unsaved input, or undefined when there is none or it is unreadable. */
export function readUnsaved(storage: Storage, key: string): Unsaved | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Unsaved>;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof value.baseRevision !== 'number' ||
      typeof value.at !== 'string' ||
      typeof value.alert !== 'object' ||
      value.alert === null ||
      typeof value.alert.cap !== 'object' ||
      typeof value.alert.sirene !== 'object'
    ) {
      return undefined;
    }
    return value as Unsaved;
  } catch {
    return undefined;
  }
}

/** Forgets unsaved input. */
export function dropUnsaved(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: the entry stays and is offered again, which loses nothing.
  }
}

/**
 * What to do with unsaved input found when an alert opens: nothing; restore it (it
 * was based on the revision the server has, so it is simply newer); or ask (someone
 * saved in between — both versions are shown, nothing is overwritten silently).
 */
export function restoreDecision(
  unsaved: Unsaved | undefined,
  server: { revision: number; state: AlertState } | undefined,
): 'none' | 'restore' | 'conflict' {
  if (!unsaved) return 'none';
  if (!server) return 'restore';
  if (server.state !== 'draft') return 'none';
  if (unsaved.baseRevision === server.revision) return 'restore';
  return 'conflict';
}

/**
 * One idempotency key per alert version: a double click, a retry after a lost
 * response or a second tab's click on the same version send the same key, so the
 * server broadcasts once.
 */
export class IdempotencyKeys {
  readonly #keys = new Map<string, string>();

  constructor(private readonly make: () => string) {}

  /** The key for broadcasting `alertId` at `version`. */
  keyFor(alertId: string, version: number): string {
    const k = `${alertId}@${version}`;
    let key = this.#keys.get(k);
    if (!key) {
      key = `broadcast-${this.make()}`;
      this.#keys.set(k, key);
    }
    return key;
  }
}

/**
 * The body the API takes for a create or save. `alsoOn` are channels this host adds to
 * every alert (the reference host publishes each one on its public CAP feed too).
 */
export function saveBody(
  alert: SireneAlert,
  alsoOn: readonly string[] = [],
): {
  cap: SireneAlert['cap'];
  sirene: { profile?: string; channels: string[]; durationMinutes: number; templateId?: string };
} {
  const s = alert.sirene;
  const sirene: {
    profile?: string;
    channels: string[];
    durationMinutes: number;
    templateId?: string;
  } = {
    channels: [...new Set([...s.channels, ...alsoOn])],
    durationMinutes: s.durationMinutes,
  };
  if (s.profile) sirene.profile = s.profile;
  if (s.templateId) sirene.templateId = s.templateId;
  return { cap: alert.cap, sirene };
}

/** Whether every required send gate is open. */
export function gatesOpen(gates: readonly GateView[]): boolean {
  return gates.every((g) => !g.required || g.open);
}

/** Seconds as "12 s", "3 min 5 s", "1 h 2 min". */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

/** Euro in the page's language. */
export function formatEuro(eur: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(eur);
}
