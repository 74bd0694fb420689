/**
 * The alert lifecycle on the server: core's state machine, follow-ups and expiry, with
 * every rule enforced here (not only in the page): validation, the checklists' send
 * gates, police advice in extreme violence, roles, exercise status, exactly-once
 * broadcast. Every change is one transaction with its audit entry; events go out after
 * the commit.
 */
import { randomUUID } from 'node:crypto';
import {
  alertFromJson,
  allowedEvents,
  applyChecklistAction,
  CHANNELS,
  createFollowUp,
  expiresAt,
  formatCapDateTime,
  getShippedChecklist,
  isProfileName,
  transition,
  validateAlert,
  type AlertState,
  type CapAlert,
  type ChannelId,
  type ChecklistAction,
  type Finding,
  type Lang,
  type LifecycleEvent,
  type SireneAlert,
} from '@sirene/core';
import { GEO_PROFILE_IDS, validateCapArea } from '@sirene/geo';
import { appendAudit, SYSTEM, type Actor } from '../audit.js';
import type { SessionUser } from '../auth/sessions.js';
import type { AdapterRegistry } from '../channels/adapter.js';
import type { Dispatcher } from '../channels/dispatcher.js';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/db.js';
import type { EventHub, ServerEventType } from '../events.js';
import { fail, ok, problem, type Outcome, type Problem } from '../problems.js';
import { CHECKLIST_ROLES, may, PERMISSIONS, type Role } from '../roles.js';
import {
  checklistsFor,
  isExtremeViolence,
  resetOnReopen,
  sendGates,
  stateOf,
  type GateView,
} from './checklists.js';

/** Sirene's own settings of an alert as stored (state and procedure live in columns). */
export interface StoredSirene {
  profile?: string;
  channels: ChannelId[];
  durationMinutes: number;
  templateId?: string;
}

interface AlertRow {
  id: string;
  identifier: string;
  sender: string;
  status: string;
  msg_type: string;
  state: AlertState;
  cap: CapAlert;
  sirene: StoredSirene;
  procedure: Record<string, unknown>;
  revision: number;
  version: number;
  follows: string | null;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
  ready_at: Date | null;
  broadcast_at: Date | null;
  broadcast_by: number | null;
  expires_at: Date | null;
  ended_at: Date | null;
  end_reason: string | null;
}

/** Police advice as recorded by the police advisor (extreme-violence guideline). */
export interface PoliceAdvice {
  id: number;
  /** HOvD-P or OvD-OC. */
  function: 'hovd-p' | 'ovd-oc';
  name: string;
  /** When the advice was given, ISO 8601. */
  advisedAt: string;
  /** The second opinion of HOvD-P operations of the National Unit was obtained. */
  secondOpinion: boolean;
  recommendation: 'send' | 'send-with-changes' | 'do-not-send';
  text: string;
  recordedBy: string;
  recordedAt: string;
}

/** An alert as the API returns it. */
export interface AlertView {
  id: string;
  revision: number;
  version: number;
  alert: SireneAlert;
  follows: string | null;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  readyAt: string | null;
  broadcastAt: string | null;
  expiresAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  allowedEvents: LifecycleEvent[];
  gates: GateView[];
  policeAdvice: PoliceAdvice[];
  findings: Finding[];
}

/** A line of the alert list. */
export interface AlertSummary {
  id: string;
  identifier: string;
  status: string;
  msgType: string;
  state: AlertState;
  headline: string;
  profile: string | null;
  channels: ChannelId[];
  follows: string | null;
  updatedAt: string;
  expiresAt: string | null;
}

const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());
const actor = (u: SessionUser): Actor => ({ id: u.id, username: u.username });

const DEFAULT_CHANNELS: Record<string, ChannelId[]> = {
  'nl-alert': ['cell-broadcast', 'cap-feed'],
  'be-alert': ['sms', 'voice', 'email', 'lb-sms', 'cap-feed'],
};

/** What a create or update request carries. */
export interface AlertInput {
  cap: unknown;
  sirene?: {
    profile?: unknown;
    channels?: unknown;
    durationMinutes?: unknown;
    templateId?: unknown;
  };
}

/** The alert service. */
export class AlertService {
  constructor(
    private readonly db: Db,
    private readonly hub: EventHub,
    private readonly registry: AdapterRegistry,
    private readonly dispatcher: Dispatcher,
    private readonly config: ServerConfig,
  ) {}

  private forbidden(user: SessionUser, action: Parameters<typeof may>[1]): Problem | undefined {
    if (may(user.roles, action)) return undefined;
    return problem(403, 'auth.forbidden', {
      roles: user.roles.join(', ') || '-',
      action,
      allowed: PERMISSIONS[action].join(', '),
    });
  }

  private async load(q: Queryable, id: string, lock = false): Promise<AlertRow | undefined> {
    const [row] = await q.query<AlertRow>(
      `SELECT * FROM alerts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  private async view(q: Queryable, row: AlertRow, lang: Lang): Promise<AlertView> {
    const advice = await q.query<{
      id: number;
      advice: Omit<PoliceAdvice, 'id' | 'recordedAt'>;
      created_at: Date;
    }>('SELECT id, advice, created_at FROM police_advice WHERE alert_id = $1 ORDER BY id', [
      row.id,
    ]);
    const alert = toSirene(row);
    return {
      id: row.id,
      revision: row.revision,
      version: row.version,
      alert,
      follows: row.follows,
      createdBy: row.created_by,
      createdAt: iso(row.created_at) ?? '',
      updatedAt: iso(row.updated_at) ?? '',
      readyAt: iso(row.ready_at),
      broadcastAt: iso(row.broadcast_at),
      expiresAt: iso(row.expires_at),
      endedAt: iso(row.ended_at),
      endReason: row.end_reason,
      allowedEvents: allowedEvents(row.state),
      gates: sendGates(row.sirene.profile, row.procedure),
      policeAdvice: advice.map((a) => ({
        ...a.advice,
        id: a.id,
        recordedAt: new Date(a.created_at).toISOString(),
      })),
      findings: this.findings(
        row.state === 'draft' || row.state === 'ready'
          ? asSent(row.cap, row.sirene, new Date())
          : row.cap,
        row.sirene,
        lang,
      ),
    };
  }

  private findings(cap: CapAlert, sirene: StoredSirene, lang: Lang): Finding[] {
    const profile = sirene.profile;
    const findings: Finding[] = validateAlert(cap, {
      profiles: profile && isProfileName(profile) ? [profile] : [],
      lang,
    });
    // The geometry rules (self-intersections, the profile's point limit, its region) live
    // in geo: a page that skipped the area editor's repair must not get a bad area out.
    const geoProfile = GEO_PROFILE_IDS.find((id) => id === profile);
    cap.infos.forEach((info, i) =>
      info.areas.forEach((area, j) => {
        findings.push(
          ...validateCapArea(area, {
            ...(geoProfile ? { profile: geoProfile } : {}),
            lang,
            path: `infos[${i}].areas[${j}]`,
          }),
        );
      }),
    );
    return findings;
  }

  /** One alert. */
  async get(user: SessionUser, id: string, lang: Lang): Promise<Outcome<AlertView>> {
    const denied = this.forbidden(user, 'alert.read');
    if (denied) return fail(denied);
    const row = await this.load(this.db, id);
    if (!row) return fail(problem(404, 'alert.not-found', { id }));
    return ok(await this.view(this.db, row, lang));
  }

  /** The newest alerts first. */
  async list(
    user: SessionUser,
    opts: { state?: string; limit?: number },
  ): Promise<Outcome<AlertSummary[]>> {
    const denied = this.forbidden(user, 'alert.read');
    if (denied) return fail(denied);
    const rows = await this.db.query<AlertRow>(
      `SELECT * FROM alerts WHERE ($1::text IS NULL OR state = $1) ORDER BY created_at DESC, id LIMIT $2`,
      [opts.state ?? null, Math.min(Math.max(opts.limit ?? 100, 1), 500)],
    );
    return ok(
      rows.map((r) => ({
        id: r.id,
        identifier: r.identifier,
        status: r.status,
        msgType: r.msg_type,
        state: r.state,
        headline: r.cap.infos[0]?.headline ?? r.cap.infos[0]?.event ?? '',
        profile: r.sirene.profile ?? null,
        channels: r.sirene.channels,
        follows: r.follows,
        updatedAt: iso(r.updated_at) ?? '',
        expiresAt: iso(r.expires_at),
      })),
    );
  }

  /**
   * Reads and normalises untrusted input: the CAP part through core's `alertFromJson`,
   * the server's own fields filled in, the status forced to Exercise on an exercise
   * server (with a warning finding saying so).
   */
  private normalise(
    input: AlertInput,
    lang: Lang,
    fixed:
      | {
          msgType: CapAlert['msgType'];
          references: CapAlert['references'];
          status?: CapAlert['status'];
        }
      | undefined,
  ): Outcome<{ cap: CapAlert; sirene: StoredSirene; notes: Finding[] }> {
    const raw = input.cap;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail(
        problem(400, 'request.invalid', { detail: 'cap must be an object (a CAP alert)' }),
      );
    }
    const now = new Date();
    const filled: Record<string, unknown> = {
      identifier: `SIRENE-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomUUID().slice(0, 8)}`,
      sender: this.config.sender,
      sent: formatCapDateTime(now),
      status: this.config.mode === 'exercise' ? 'Exercise' : 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      // Blank server-filled fields take the default instead.
      ...Object.fromEntries(
        Object.entries(raw).filter(
          ([k, v]) => !(['identifier', 'sender', 'sent'].includes(k) && v === ''),
        ),
      ),
    };
    const read = alertFromJson(filled, { lang });
    if (!read.ok) return fail(problem(422, 'alert.invalid', {}, { findings: read.findings }));
    const cap = read.alert;
    const notes: Finding[] = [...read.findings];
    if (fixed) {
      cap.msgType = fixed.msgType;
      cap.references = fixed.references;
      if (fixed.status) cap.status = fixed.status;
    } else if (cap.msgType !== 'Alert') {
      return fail(
        problem(400, 'request.invalid', {
          detail: `a new alert has msgType Alert; for ${cap.msgType} use POST /api/alerts/{id}/follow-up`,
        }),
      );
    }
    if (this.config.mode === 'exercise' && cap.status !== 'Exercise') {
      notes.push({
        code: 'server.exercise-status',
        severity: 'warning',
        path: 'status',
        source: 'rules',
        message:
          lang === 'nl'
            ? `Dit is een oefenserver: de status ${cap.status} is vervangen door Exercise.`
            : `This is an exercise server: status ${cap.status} was replaced by Exercise.`,
      });
      cap.status = 'Exercise';
    }
    const s = input.sirene ?? {};
    const profile = typeof s.profile === 'string' && s.profile !== '' ? s.profile : 'nl-alert';
    if (!isProfileName(profile)) {
      return fail(
        problem(400, 'request.invalid', {
          detail: `sirene.profile "${profile}" is not a known profile`,
        }),
      );
    }
    let channels: ChannelId[];
    if (s.channels === undefined) channels = DEFAULT_CHANNELS[profile] ?? ['cap-feed'];
    else if (
      Array.isArray(s.channels) &&
      s.channels.every((c) => (CHANNELS as readonly unknown[]).includes(c))
    ) {
      channels = [...new Set(s.channels as ChannelId[])];
    } else {
      return fail(
        problem(400, 'request.invalid', {
          detail: `sirene.channels: a list of ${CHANNELS.join(', ')}`,
        }),
      );
    }
    const duration = s.durationMinutes === undefined ? 60 : s.durationMinutes;
    if (
      typeof duration !== 'number' ||
      !Number.isInteger(duration) ||
      duration < 1 ||
      duration > 7 * 24 * 60
    ) {
      return fail(
        problem(400, 'request.invalid', {
          detail: 'sirene.durationMinutes: whole minutes, 1 to 10080',
        }),
      );
    }
    const sirene: StoredSirene = { profile, channels, durationMinutes: duration };
    if (typeof s.templateId === 'string') sirene.templateId = s.templateId;
    return ok({ cap, sirene, notes });
  }

  /**
   * Reads a composition that is not saved (yet) for an estimate: the CAP part and the
   * channels, normalised as a save would.
   */
  preview(
    user: SessionUser,
    input: AlertInput,
    lang: Lang,
  ): Outcome<{ cap: CapAlert; channels: ChannelId[] }> {
    const denied = this.forbidden(user, 'alert.estimate');
    if (denied) return fail(denied);
    const raw = input.cap;
    const cap =
      typeof raw === 'object' && raw !== null && !Array.isArray(raw)
        ? { ...raw, msgType: 'Alert' }
        : raw;
    const read = this.normalise({ ...input, cap }, lang, undefined);
    return read.ok ? ok({ cap: read.value.cap, channels: read.value.sirene.channels }) : read;
  }

  /** A new draft. */
  async create(
    user: SessionUser,
    input: AlertInput,
    lang: Lang,
  ): Promise<Outcome<AlertView & { notes: Finding[] }>> {
    const denied = this.forbidden(user, 'alert.create');
    if (denied) return fail(denied);
    const read = this.normalise(input, lang, undefined);
    if (!read.ok) return read;
    const { cap, sirene, notes } = read.value;
    const id = randomUUID();
    const result = await this.db.transaction(async (tx) => {
      const taken = await tx.query('SELECT 1 FROM alerts WHERE sender = $1 AND identifier = $2', [
        cap.sender,
        cap.identifier,
      ]);
      if (taken.length > 0) {
        return fail<AlertRow>(
          problem(409, 'alert.identifier-taken', {
            identifier: cap.identifier,
            sender: cap.sender,
          }),
        );
      }
      const row = await insertAlert(tx, id, cap, sirene, user.id, null);
      await appendAudit(tx, actor(user), 'alert.create', id, {
        identifier: cap.identifier,
        status: cap.status,
      });
      return ok(row);
    });
    if (!result.ok) return result;
    this.emit('alert.created', result.value);
    return ok({ ...(await this.view(this.db, result.value, lang)), notes });
  }

  /**
   * Saves a draft. `revision` is the one the client edited: when someone saved in
   * between, nothing is overwritten and the 409 carries both versions, so no one's work
   * is lost. Every saved revision is kept.
   */
  async update(
    user: SessionUser,
    id: string,
    revision: number,
    input: AlertInput,
    lang: Lang,
  ): Promise<Outcome<AlertView & { notes: Finding[] }>> {
    const denied = this.forbidden(user, 'alert.edit');
    if (denied) return fail(denied);
    const result = await this.db.transaction(
      async (tx): Promise<Outcome<{ row: AlertRow; notes: Finding[] }>> => {
        const row = await this.load(tx, id, true);
        if (!row) return fail(problem(404, 'alert.not-found', { id }));
        if (row.state !== 'draft')
          return fail(problem(409, 'alert.not-editable', { state: row.state }));
        const read = this.normalise(input, lang, {
          msgType: row.cap.msgType,
          references: row.cap.references,
          ...(row.follows ? { status: row.cap.status } : {}),
        });
        if (!read.ok) return read;
        if (revision !== row.revision) {
          return fail(
            problem(
              409,
              'alert.conflict',
              { current: row.revision, given: revision },
              { details: { current: await this.view(tx, row, lang), yours: input } },
            ),
          );
        }
        const { cap, sirene, notes } = read.value;
        if (cap.identifier !== row.identifier || cap.sender !== row.sender) {
          const taken = await tx.query(
            'SELECT 1 FROM alerts WHERE sender = $1 AND identifier = $2 AND id <> $3',
            [cap.sender, cap.identifier, id],
          );
          if (taken.length > 0) {
            return fail(
              problem(409, 'alert.identifier-taken', {
                identifier: cap.identifier,
                sender: cap.sender,
              }),
            );
          }
        }
        const [saved] = await tx.query<AlertRow>(
          `UPDATE alerts SET cap = $2, sirene = $3, identifier = $4, sender = $5, status = $6,
                revision = revision + 1, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING *`,
          [id, cap, sirene, cap.identifier, cap.sender, cap.status],
        );
        if (!saved) throw new Error('update returned no row');
        await tx.query(
          'INSERT INTO alert_revisions (alert_id, revision, cap, sirene, saved_by) VALUES ($1, $2, $3, $4, $5)',
          [id, saved.revision, cap, sirene, user.id],
        );
        await appendAudit(tx, actor(user), 'alert.edit', id, { revision: saved.revision });
        return ok({ row: saved, notes });
      },
    );
    if (!result.ok) return result;
    this.emit('alert.updated', result.value.row);
    return ok({ ...(await this.view(this.db, result.value.row, lang)), notes: result.value.notes });
  }

  /** Saved revisions of a draft, newest first. */
  async revisions(
    user: SessionUser,
    id: string,
  ): Promise<
    Outcome<
      {
        revision: number;
        savedBy: number | null;
        savedAt: string;
        cap: CapAlert;
        sirene: StoredSirene;
      }[]
    >
  > {
    const denied = this.forbidden(user, 'alert.read');
    if (denied) return fail(denied);
    if (!(await this.load(this.db, id))) return fail(problem(404, 'alert.not-found', { id }));
    const rows = await this.db.query<{
      revision: number;
      saved_by: number | null;
      saved_at: Date;
      cap: CapAlert;
      sirene: StoredSirene;
    }>('SELECT * FROM alert_revisions WHERE alert_id = $1 ORDER BY revision DESC', [id]);
    return ok(
      rows.map((r) => ({
        revision: r.revision,
        savedBy: r.saved_by,
        savedAt: iso(r.saved_at) ?? '',
        cap: r.cap,
        sirene: r.sirene,
      })),
    );
  }

  /** Everything that must hold before an alert may go out; the first problem found. */
  private sendable(row: AlertRow, lang: Lang, withGates: boolean): Problem | undefined {
    const status = row.cap.status;
    if (status !== 'Actual' && status !== 'Exercise' && status !== 'Test') {
      return problem(409, 'alert.status-not-sendable', { status });
    }
    if (this.config.mode === 'exercise' && status !== 'Exercise') {
      return problem(409, 'alert.actual-on-exercise-server');
    }
    const findings = this.findings(asSent(row.cap, row.sirene, new Date()), row.sirene, lang);
    if (findings.some((f) => f.severity === 'error')) {
      return problem(422, 'alert.invalid', {}, { findings });
    }
    const available = this.registry.channels(status);
    if (
      row.sirene.channels.length === 0 ||
      row.sirene.channels.some((c) => !available.includes(c))
    ) {
      return problem(409, 'alert.no-channels', { available: available.join(', ') || '-' });
    }
    if (!withGates) return undefined;
    for (const gate of sendGates(row.sirene.profile, row.procedure)) {
      if (!gate.required || gate.open) continue;
      return problem(
        409,
        'alert.gate-closed',
        {
          checklist: gate.checklist,
          blockers: gate.blockers
            .map((b) => (lang === 'nl' ? b.message.nl : b.message.en))
            .join('; '),
        },
        { details: { gate } },
      );
    }
    return undefined;
  }

  private async policeAdviceProblem(q: Queryable, row: AlertRow): Promise<Problem | undefined> {
    if (!isExtremeViolence(row.procedure)) return undefined;
    const rows = await q.query<{ advice: PoliceAdvice }>(
      'SELECT advice FROM police_advice WHERE alert_id = $1',
      [row.id],
    );
    if (!rows.some((r) => r.advice.secondOpinion))
      return problem(409, 'alert.police-advice-missing');
    return undefined;
  }

  /**
   * A lifecycle step that is not a broadcast: `mark-ready` (composer; checks the alert
   * is valid and notifies the broadcaster at once, step 12), `reopen`, `stop`.
   */
  async step(
    user: SessionUser,
    id: string,
    event: 'mark-ready' | 'reopen' | 'stop',
    lang: Lang,
  ): Promise<Outcome<AlertView>> {
    const permission =
      event === 'mark-ready' ? 'alert.ready' : event === 'reopen' ? 'alert.reopen' : 'alert.stop';
    const denied = this.forbidden(user, permission);
    if (denied) return fail(denied);
    const result = await this.db.transaction(async (tx): Promise<Outcome<AlertRow>> => {
      const row = await this.load(tx, id, true);
      if (!row) return fail(problem(404, 'alert.not-found', { id }));
      const next = transition(row.state, event, lang);
      if (!next.ok) return fail(lifecycleProblem(next.finding));
      if (event === 'mark-ready') {
        const blocked = this.sendable(row, lang, false);
        if (blocked) return fail(blocked);
      }
      // Back to draft: the broadcaster's checks (steps 12–15) must be done again.
      const procedure =
        event === 'reopen' ? resetOnReopen(row.procedure, new Date()) : row.procedure;
      const [saved] = await tx.query<AlertRow>(
        `UPDATE alerts SET state = $2, procedure = $3, version = version + 1, updated_at = now(),
                ready_at = CASE WHEN $2 = 'ready' THEN now() ELSE ready_at END,
                ended_at = CASE WHEN $2 = 'stopped' THEN now() ELSE ended_at END,
                end_reason = CASE WHEN $2 = 'stopped' THEN 'stopped' ELSE end_reason END
          WHERE id = $1 RETURNING *`,
        [id, next.state, procedure],
      );
      if (!saved) throw new Error('update returned no row');
      const details: Record<string, unknown> = { from: row.state, to: next.state };
      if (event === 'stop')
        details.cancelled = await this.dispatcher.cancelPending(tx, id, 'stopped');
      await appendAudit(tx, actor(user), `alert.${event}`, id, details);
      return ok(saved);
    });
    if (!result.ok) return result;
    const row = result.value;
    if (event === 'mark-ready') {
      this.emit('alert.ready', row, ['broadcaster'], { by: user.displayName });
    } else if (event === 'reopen') this.emit('alert.reopened', row);
    else this.emit('alert.stopped', row, undefined, { reason: 'stopped' });
    return ok(await this.view(this.db, row, lang));
  }

  /**
   * Broadcasts exactly once. The alert row is locked first, then the idempotency key
   * looked up: a retry with the same key (double click, lost response) gets the first
   * answer back; a second broadcaster gets "already broadcasting". The gates, the state
   * change, the stop of the alert this one follows, the delivery plan, the audit entry
   * and the key are one transaction.
   */
  async broadcast(
    user: SessionUser,
    id: string,
    key: string | undefined,
    lang: Lang,
  ): Promise<Outcome<{ status: number; body: AlertView & { replayed: boolean } }>> {
    const denied = this.forbidden(user, 'alert.broadcast');
    if (denied) return fail(denied);
    if (key === undefined || !/^[\x21-\x7e]{8,200}$/.test(key))
      return fail(problem(400, 'idempotency.key-missing'));
    const stopped: AlertRow[] = [];
    const result = await this.db.transaction(
      async (
        tx,
      ): Promise<
        Outcome<{ status: number; body: AlertView & { replayed: boolean }; fresh?: AlertRow }>
      > => {
        const row = await this.load(tx, id, true);
        if (!row) return fail(problem(404, 'alert.not-found', { id }));
        const [seen] = await tx.query<{
          alert_id: string;
          action: string;
          status_code: number;
          response: AlertView;
        }>('SELECT alert_id, action, status_code, response FROM idempotency_keys WHERE key = $1', [
          key,
        ]);
        if (seen) {
          if (seen.alert_id !== id || seen.action !== 'broadcast') {
            return fail(
              problem(422, 'idempotency.key-reused', {
                action: seen.action,
                alertId: seen.alert_id,
              }),
            );
          }
          return ok({ status: seen.status_code, body: { ...seen.response, replayed: true } });
        }
        const next = transition(row.state, 'broadcast', lang);
        if (!next.ok) return fail(lifecycleProblem(next.finding));
        const blocked = this.sendable(row, lang, true) ?? (await this.policeAdviceProblem(tx, row));
        if (blocked) return fail(blocked);

        // NL-Alert step 10: stop the running broadcast before its follow-up goes out.
        if (row.follows) {
          const previous = await this.load(tx, row.follows, true);
          if (previous?.state === 'broadcasting') {
            const [prevSaved] = await tx.query<AlertRow>(
              `UPDATE alerts SET state = 'stopped', ended_at = now(), end_reason = 'superseded',
                    version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
              [previous.id],
            );
            const cancelled = await this.dispatcher.cancelPending(tx, previous.id, 'superseded');
            await appendAudit(tx, actor(user), 'alert.stop', previous.id, {
              from: 'broadcasting',
              to: 'stopped',
              reason: 'superseded',
              by: id,
              cancelled,
            });
            if (prevSaved) stopped.push(prevSaved);
          }
        }

        const now = new Date();
        const cap = asSent(row.cap, row.sirene, now);
        const sirene: SireneAlert = { cap, sirene: { ...row.sirene, state: 'broadcasting' } };
        const ends = expiresAt(sirene);
        const [saved] = await tx.query<AlertRow>(
          `UPDATE alerts SET state = 'broadcasting', cap = $2, broadcast_at = $3, broadcast_by = $4,
                expires_at = $5, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING *`,
          [id, cap, now, user.id, ends ?? null],
        );
        if (!saved) throw new Error('update returned no row');
        const recipients = await this.dispatcher.plan(tx, id, cap, row.sirene.channels);
        await appendAudit(tx, actor(user), 'alert.broadcast', id, {
          idempotencyKey: key,
          status: cap.status,
          sent: cap.sent,
          channels: row.sirene.channels,
          recipients,
          expiresAt: ends?.toISOString() ?? null,
        });
        const view = await this.view(tx, saved, lang);
        await tx.query(
          'INSERT INTO idempotency_keys (key, user_id, alert_id, action, status_code, response) VALUES ($1, $2, $3, $4, $5, $6)',
          [key, user.id, id, 'broadcast', 200, view],
        );
        return ok({ status: 200, body: { ...view, replayed: false }, fresh: saved });
      },
    );
    if (!result.ok) return result;
    for (const prev of stopped)
      this.emit('alert.stopped', prev, undefined, { reason: 'superseded', by: id });
    if (result.value.fresh) {
      this.emit('alert.broadcasting', result.value.fresh);
      this.dispatcher.start(id);
    }
    return ok({ status: result.value.status, body: result.value.body });
  }

  /**
   * A follow-up (`Update`) or end message (`Cancel`) of an alert that was sent, as a new
   * draft referencing the whole chain (core's `createFollowUp`). It may be prepared
   * while the alert is still broadcasting; that broadcast is stopped when the follow-up
   * goes out, in the same transaction, so the public is never without a message and
   * never gets two.
   */
  async followUp(
    user: SessionUser,
    id: string,
    kind: 'Update' | 'Cancel',
    lang: Lang,
  ): Promise<Outcome<AlertView>> {
    const denied = this.forbidden(user, 'alert.follow-up');
    if (denied) return fail(denied);
    const newId = randomUUID();
    const result = await this.db.transaction(async (tx): Promise<Outcome<AlertRow>> => {
      const row = await this.load(tx, id, true);
      if (!row) return fail(problem(404, 'alert.not-found', { id }));
      const [open] = await tx.query<{ id: string }>(
        `SELECT id FROM alerts WHERE follows = $1 AND state IN ('draft', 'ready')`,
        [id],
      );
      if (open) return fail(problem(409, 'alert.follow-up-open', { id: open.id }));
      const previous = toSirene(row);
      // Prepared while broadcasting: judged as if stopped; the stop happens at its broadcast.
      const basis: SireneAlert =
        row.state === 'broadcasting'
          ? { ...previous, sirene: { ...previous.sirene, state: 'stopped' } }
          : previous;
      const now = new Date();
      const created = createFollowUp(
        basis,
        kind,
        {
          identifier: `SIRENE-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${newId.slice(0, 8)}`,
          sent: formatCapDateTime(now),
        },
        lang,
      );
      if (!created.ok) return fail(lifecycleProblem(created.finding));
      const { state: _s, procedure: _p, ...sirene } = created.alert.sirene;
      const saved = await insertAlert(tx, newId, created.alert.cap, sirene, user.id, id);
      await appendAudit(tx, actor(user), 'alert.follow-up', newId, {
        kind,
        follows: id,
        identifier: saved.identifier,
      });
      return ok(saved);
    });
    if (!result.ok) return result;
    this.emit('alert.created', result.value, undefined, { follows: id });
    return ok(await this.view(this.db, result.value, lang));
  }

  /** One checklist action, as the acting user with their checklist roles. */
  async checklist(
    user: SessionUser,
    id: string,
    checklistId: string,
    action: ChecklistAction,
    lang: Lang,
  ): Promise<Outcome<AlertView>> {
    const denied = this.forbidden(user, 'alert.checklist');
    if (denied) return fail(denied);
    const result = await this.db.transaction(async (tx): Promise<Outcome<AlertRow>> => {
      const row = await this.load(tx, id, true);
      if (!row) return fail(problem(404, 'alert.not-found', { id }));
      const known = checklistsFor(row.sirene.profile).map((c) => c.id);
      const def = known.includes(checklistId) ? getShippedChecklist(checklistId) : undefined;
      if (!def)
        return fail(
          problem(404, 'checklist.unknown', {
            checklist: checklistId,
            known: known.join(', ') || '-',
          }),
        );
      const roles = [...new Set(user.roles.flatMap((r: Role) => CHECKLIST_ROLES[r]))];
      const applied = applyChecklistAction(def, stateOf(def, row.procedure), action, {
        user: { id: String(user.id), name: user.displayName, roles },
        now: new Date(),
      });
      if (!applied.ok) {
        const status = applied.error.code === 'role-mismatch' ? 403 : 422;
        return fail({
          status,
          code: `checklist.${applied.error.code}`,
          message: applied.error.message,
        });
      }
      if (!applied.changed) return ok(row);
      const [saved] = await tx.query<AlertRow>(
        `UPDATE alerts SET procedure = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
        [id, { ...row.procedure, [checklistId]: applied.state }],
      );
      if (!saved) throw new Error('update returned no row');
      const details: Record<string, unknown> = { checklist: checklistId, item: action.item };
      if (action.type === 'set') details.value = action.value;
      await appendAudit(tx, actor(user), `checklist.${action.type}`, id, details);
      return ok(saved);
    });
    if (!result.ok) return result;
    this.emit('alert.checklist', result.value, undefined, {
      checklist: checklistId,
      gates: sendGates(result.value.sirene.profile, result.value.procedure),
    });
    return ok(await this.view(this.db, result.value, lang));
  }

  /** Records police advice (extreme-violence guideline), stored with the alert. */
  async policeAdvice(
    user: SessionUser,
    id: string,
    input: unknown,
    lang: Lang,
  ): Promise<Outcome<AlertView>> {
    const denied = this.forbidden(user, 'alert.police-advice');
    if (denied) return fail(denied);
    const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const bad = (detail: string) => fail<AlertView>(problem(400, 'request.invalid', { detail }));
    if (o.function !== 'hovd-p' && o.function !== 'ovd-oc')
      return bad('function: hovd-p or ovd-oc');
    if (typeof o.name !== 'string' || o.name.trim() === '' || o.name.length > 200)
      return bad('name: 1 to 200 characters');
    if (
      typeof o.advisedAt !== 'string' ||
      Number.isNaN(Date.parse(o.advisedAt)) ||
      !/(Z|[+-]\d\d:\d\d)$/.test(o.advisedAt)
    ) {
      return bad('advisedAt: an ISO 8601 date-time with offset');
    }
    if (typeof o.secondOpinion !== 'boolean') return bad('secondOpinion: true or false');
    if (!['send', 'send-with-changes', 'do-not-send'].includes(String(o.recommendation))) {
      return bad('recommendation: send, send-with-changes or do-not-send');
    }
    const advice: Omit<PoliceAdvice, 'id' | 'recordedAt'> = {
      function: o.function,
      name: o.name.trim(),
      advisedAt: o.advisedAt,
      secondOpinion: o.secondOpinion,
      recommendation: o.recommendation as PoliceAdvice['recommendation'],
      text: typeof o.text === 'string' ? o.text.slice(0, 10_000) : '',
      recordedBy: user.displayName,
    };
    const result = await this.db.transaction(async (tx): Promise<Outcome<AlertRow>> => {
      const row = await this.load(tx, id, true);
      if (!row) return fail(problem(404, 'alert.not-found', { id }));
      await tx.query('INSERT INTO police_advice (alert_id, user_id, advice) VALUES ($1, $2, $3)', [
        id,
        user.id,
        advice,
      ]);
      const [saved] = await tx.query<AlertRow>(
        'UPDATE alerts SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING *',
        [id],
      );
      await appendAudit(tx, actor(user), 'police-advice.record', id, { ...advice });
      return ok(saved ?? row);
    });
    if (!result.ok) return result;
    this.emit('alert.police-advice', result.value, ['decider'], {
      recommendation: advice.recommendation,
    });
    return ok(await this.view(this.db, result.value, lang));
  }

  /**
   * Ends every broadcast whose time ran out (also those that ran out while the server
   * was down). Called at start-up and then every second.
   */
  async expireDue(now: Date = new Date(), onStartup = false): Promise<string[]> {
    const due = await this.db.query<{ id: string }>(
      `SELECT id FROM alerts WHERE state = 'broadcasting' AND expires_at IS NOT NULL AND expires_at <= $1`,
      [now],
    );
    const expired: string[] = [];
    for (const { id } of due) {
      const row = await this.db.transaction(async (tx) => {
        const current = await this.load(tx, id, true);
        if (!current || current.state !== 'broadcasting') return undefined;
        const next = transition(current.state, 'expire');
        if (!next.ok) return undefined;
        const [saved] = await tx.query<AlertRow>(
          `UPDATE alerts SET state = 'expired', ended_at = $2, end_reason = 'expired',
                  version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
          [id, current.expires_at ?? now],
        );
        const cancelled = await this.dispatcher.cancelPending(tx, id, 'expired');
        await appendAudit(tx, SYSTEM, 'alert.expire', id, {
          expiresAt: iso(current.expires_at),
          onStartup,
          cancelled,
        });
        return saved;
      });
      if (row) {
        expired.push(id);
        this.emit('alert.expired', row);
      }
    }
    return expired;
  }

  /** The CAP document of an alert. */
  async cap(user: SessionUser, id: string): Promise<Outcome<CapAlert>> {
    const denied = this.forbidden(user, 'alert.read');
    if (denied) return fail(denied);
    const row = await this.load(this.db, id);
    return row ? ok(row.cap) : fail(problem(404, 'alert.not-found', { id }));
  }

  /** The stored alert's CAP part and channels (for estimates and deliveries). */
  async raw(
    id: string,
  ): Promise<{ cap: CapAlert; channels: ChannelId[]; state: AlertState } | undefined> {
    const row = await this.load(this.db, id);
    return row ? { cap: row.cap, channels: row.sirene.channels, state: row.state } : undefined;
  }

  private emit(
    type: ServerEventType,
    row: AlertRow,
    notify?: Role[],
    extra: Record<string, unknown> = {},
  ): void {
    this.hub.publish(
      type,
      {
        alertId: row.id,
        identifier: row.identifier,
        state: row.state,
        status: row.status,
        msgType: row.msg_type,
        // Step 11: the broadcaster is told the message title.
        headline: row.cap.infos[0]?.headline ?? row.cap.infos[0]?.event ?? '',
        version: row.version,
        revision: row.revision,
        ...extra,
      },
      notify,
    );
  }
}

/**
 * The CAP message as it goes out at `now`: `sent` is the moment of broadcast, and an
 * info without its own `expires` ends after the alert's duration (NL-Alert: one hour by
 * default). Validation before sending judges this message, not the draft.
 */
export function asSent(cap: CapAlert, sirene: StoredSirene, now: Date): CapAlert {
  const end = formatCapDateTime(new Date(now.getTime() + sirene.durationMinutes * 60_000));
  return {
    ...cap,
    sent: formatCapDateTime(now),
    infos: cap.infos.map((info) => (info.expires === undefined ? { ...info, expires: end } : info)),
  };
}

function toSirene(row: AlertRow): SireneAlert {
  return { cap: row.cap, sirene: { ...row.sirene, state: row.state, procedure: row.procedure } };
}

function lifecycleProblem(finding: Finding): Problem {
  return { status: 409, code: finding.code, message: finding.message, findings: [finding] };
}

async function insertAlert(
  tx: Queryable,
  id: string,
  cap: CapAlert,
  sirene: StoredSirene,
  userId: number,
  follows: string | null,
): Promise<AlertRow> {
  const [row] = await tx.query<AlertRow>(
    `INSERT INTO alerts (id, identifier, sender, status, msg_type, state, cap, sirene, follows, created_by)
     VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9) RETURNING *`,
    [id, cap.identifier, cap.sender, cap.status, cap.msgType, cap, sirene, follows, userId],
  );
  if (!row) throw new Error('insert returned no row');
  await tx.query(
    'INSERT INTO alert_revisions (alert_id, revision, cap, sirene, saved_by) VALUES ($1, 1, $2, $3, $4)',
    [id, cap, sirene, userId],
  );
  return row;
}
