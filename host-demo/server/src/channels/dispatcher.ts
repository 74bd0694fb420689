/**
 * Delivery: one row per recipient and channel, written in the broadcast's own
 * transaction, then worked off at each channel's pace. The row's unique key and its
 * status make every delivery happen at most once: a row is claimed (`sending`) before
 * its batch goes to the adapter and marked `delivered`/`failed` after; after a crash,
 * rows still `sending` are reported as `unknown` (never sent again), and `pending` rows
 * resume.
 */
import type { CapAlert, CapStatus, ChannelId } from '@sirene/core';
import type { Db, Queryable } from '../db/db.js';
import { appendAudit, SYSTEM } from '../audit.js';
import type { EventHub } from '../events.js';
import { targetSubscribers, type SubscriberTargets } from '../subscribers.js';
import { cellsForAlert } from '../targeting.js';
import {
  modeOf,
  type AdapterMode,
  type AdapterRegistry,
  type DeliveryOutcome,
  type OutboundBatch,
} from './adapter.js';
import { channelContent } from './content.js';

/** Delivery counts of one channel. */
export interface ChannelProgress {
  channel: ChannelId;
  total: number;
  pending: number;
  sending: number;
  delivered: number;
  failed: number;
  unknown: number;
  cancelled: number;
}

type DeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed' | 'unknown' | 'cancelled';

/** Recipient keys of one channel for an alert. */
export async function recipientsFor(
  channel: ChannelId,
  alert: CapAlert,
  targets: SubscriberTargets | undefined,
): Promise<string[]> {
  switch (channel) {
    case 'cell-broadcast':
      return cellsForAlert(alert, 'any-overlap');
    case 'lb-sms':
      return cellsForAlert(alert, 'site-inside');
    case 'sms':
      return targets?.sms ?? [];
    case 'voice':
      return targets?.voice ?? [];
    case 'email':
      return targets?.email ?? [];
    case 'cap-feed':
      return ['feed'];
    default:
      return [];
  }
}

const SUBSCRIBER_CHANNELS: readonly ChannelId[] = ['sms', 'voice', 'email'];

/** Works off deliveries; one worker per alert and channel. */
export class Dispatcher {
  private readonly workers = new Map<string, Promise<void>>();
  private closed = false;
  private readonly lastProgress = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly registry: AdapterRegistry,
    private readonly hub: EventHub,
    private readonly speed: number,
  ) {}

  /**
   * Writes one `pending` row per recipient and channel, inside the broadcast
   * transaction. The adapter mode is fixed here from the CAP status.
   */
  async plan(
    tx: Queryable,
    alertId: string,
    cap: CapAlert,
    channels: readonly ChannelId[],
  ): Promise<Record<string, number>> {
    const targets = channels.some((c) => SUBSCRIBER_CHANNELS.includes(c))
      ? await targetSubscribers(tx, cap)
      : undefined;
    const counts: Record<string, number> = {};
    const mode = modeOf(cap.status);
    for (const channel of channels) {
      const recipients = await recipientsFor(channel, cap, targets);
      counts[channel] = recipients.length;
      if (recipients.length === 0) continue;
      await tx.query(
        `INSERT INTO deliveries (alert_id, channel, recipient, status, alert_status, adapter_mode)
         SELECT $1, $2, r, 'pending', $3, $4 FROM jsonb_array_elements_text($5::jsonb) AS r
         ON CONFLICT (alert_id, channel, recipient) DO NOTHING`,
        [alertId, channel, cap.status, mode, recipients],
      );
    }
    return counts;
  }

  /** Starts (or keeps) a worker for every channel of the alert with pending rows. */
  start(alertId: string): void {
    if (this.closed) return;
    void this.db
      .query<{ channel: ChannelId }>(
        `SELECT DISTINCT channel FROM deliveries WHERE alert_id = $1 AND status = 'pending'`,
        [alertId],
      )
      .then((rows) => {
        for (const { channel } of rows) this.startWorker(alertId, channel);
      })
      .catch((error: unknown) => console.error(`dispatcher: cannot start ${alertId}:`, error));
  }

  private startWorker(alertId: string, channel: ChannelId): void {
    const key = `${alertId}:${channel}`;
    if (this.workers.has(key) || this.closed) return;
    const run = this.work(alertId, channel)
      .catch((error: unknown) => console.error(`dispatcher: ${key} stopped:`, error))
      .finally(() => {
        this.workers.delete(key);
        void this.finishIfDone(alertId).catch(() => undefined);
      });
    this.workers.set(key, run);
  }

  private async work(alertId: string, channel: ChannelId): Promise<void> {
    const [row] = await this.db.query<{ cap: CapAlert }>('SELECT cap FROM alerts WHERE id = $1', [
      alertId,
    ]);
    if (!row) return;
    const status: CapStatus = row.cap.status;
    const adapter = this.registry.resolve(channel, status);
    const content = channelContent(channel, row.cap);
    const rate = adapter ? adapter.figures.ratePerSecond * this.speed : 1;
    const batchSize = Math.max(1, Math.floor(rate / 4));
    while (!this.closed) {
      const claimed = await this.db.query<{ recipient: string }>(
        `UPDATE deliveries SET status = 'sending', attempted_at = now()
          WHERE id IN (SELECT id FROM deliveries
                        WHERE alert_id = $1 AND channel = $2 AND status = 'pending'
                        ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING recipient`,
        [alertId, channel, batchSize],
      );
      if (claimed.length === 0) break;
      const recipients = claimed.map((r) => r.recipient);
      let delivered: string[] = [];
      let failed: { recipient: string; detail: string }[] = [];
      if (!adapter) {
        failed = recipients.map((recipient) => ({
          recipient,
          detail: `no ${modeOf(status)} adapter for ${channel}`,
        }));
      } else {
        try {
          const batch = {
            mode: adapter.mode,
            status,
            alertId,
            channel,
            content,
            recipients,
          } as OutboundBatch<AdapterMode>;
          const send = adapter.send as (
            b: OutboundBatch<AdapterMode>,
          ) => Promise<DeliveryOutcome[]>;
          const outcomes = await send(batch);
          delivered = outcomes.filter((o) => o.ok).map((o) => o.recipient);
          failed = outcomes
            .filter((o) => !o.ok)
            .map((o) => ({ recipient: o.recipient, detail: o.detail ?? 'failed' }));
        } catch (error) {
          failed = recipients.map((recipient) => ({ recipient, detail: (error as Error).message }));
        }
      }
      if (delivered.length > 0) {
        await this.db.query(
          `UPDATE deliveries SET status = 'delivered', finished_at = now()
            WHERE alert_id = $1 AND channel = $2 AND status = 'sending'
              AND recipient IN (SELECT jsonb_array_elements_text($3::jsonb))`,
          [alertId, channel, delivered],
        );
      }
      for (const f of failed) {
        await this.db.query(
          `UPDATE deliveries SET status = 'failed', finished_at = now(), detail = $4
            WHERE alert_id = $1 AND channel = $2 AND recipient = $3 AND status = 'sending'`,
          [alertId, channel, f.recipient, f.detail],
        );
      }
      await this.publishProgress(alertId, false);
    }
  }

  /** Counts per channel and status. */
  async progress(alertId: string, db: Queryable = this.db): Promise<ChannelProgress[]> {
    const rows = await db.query<{
      channel: ChannelId;
      status: DeliveryStatus;
      n: number;
    }>(
      'SELECT channel, status, count(*)::int AS n FROM deliveries WHERE alert_id = $1 GROUP BY channel, status ORDER BY channel',
      [alertId],
    );
    const by = new Map<ChannelId, ChannelProgress>();
    for (const r of rows) {
      const p = by.get(r.channel) ?? {
        channel: r.channel,
        total: 0,
        pending: 0,
        sending: 0,
        delivered: 0,
        failed: 0,
        unknown: 0,
        cancelled: 0,
      };
      p[r.status] += r.n;
      p.total += r.n;
      by.set(r.channel, p);
    }
    return [...by.values()];
  }

  private async publishProgress(alertId: string, force: boolean): Promise<void> {
    const now = Date.now();
    if (!force && now - (this.lastProgress.get(alertId) ?? 0) < 250) return;
    this.lastProgress.set(alertId, now);
    this.hub.publish('delivery.progress', { alertId, channels: await this.progress(alertId) });
  }

  /** When no row of the alert is pending or sending any more: the final report. */
  private async finishIfDone(alertId: string): Promise<void> {
    if (this.closed) return;
    const [open] = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deliveries WHERE alert_id = $1 AND status IN ('pending', 'sending')`,
      [alertId],
    );
    if ((open?.n ?? 0) > 0) return;
    const channels = await this.progress(alertId);
    await this.db.transaction((tx) =>
      appendAudit(tx, SYSTEM, 'delivery.report', alertId, { channels }),
    );
    this.lastProgress.delete(alertId);
    this.hub.publish('delivery.progress', { alertId, channels });
    this.hub.publish('delivery.report', { alertId, channels });
  }

  /** Cancels what was not sent yet (stop, expiry), inside the caller's transaction. */
  async cancelPending(tx: Queryable, alertId: string, reason: string): Promise<number> {
    const rows = await tx.query(
      `UPDATE deliveries SET status = 'cancelled', finished_at = now(), detail = $2
        WHERE alert_id = $1 AND status = 'pending' RETURNING id`,
      [alertId, reason],
    );
    return rows.length;
  }

  /**
   * After a restart: rows left `sending` by a crash become `unknown` (they may or may not
   * have reached the network; they are reported, never sent twice), and every alert that
   * is still broadcasting resumes its pending rows.
   */
  async resume(): Promise<{ unknown: number; resumed: string[] }> {
    const unknownRows = await this.db.transaction(async (tx) => {
      const rows = await tx.query<{ alert_id: string; channel: string }>(
        `UPDATE deliveries SET status = 'unknown', finished_at = now(),
                detail = 'in progress when the server stopped; not sent again'
          WHERE status = 'sending' RETURNING alert_id, channel`,
      );
      const per = new Map<string, number>();
      for (const r of rows) per.set(r.alert_id, (per.get(r.alert_id) ?? 0) + 1);
      for (const [alertId, count] of per) {
        await appendAudit(tx, SYSTEM, 'delivery.unknown-after-restart', alertId, { count });
      }
      return rows.length;
    });
    const alerts = await this.db.query<{ id: string }>(
      `SELECT DISTINCT a.id FROM alerts a JOIN deliveries d ON d.alert_id = a.id
        WHERE a.state = 'broadcasting' AND d.status = 'pending'`,
    );
    for (const { id } of alerts) this.start(id);
    // Alerts whose last rows were cut off get their final report now.
    const stale = await this.db.query<{ alert_id: string }>(
      `SELECT DISTINCT alert_id FROM deliveries WHERE status = 'unknown' AND finished_at >= now() - interval '1 minute'`,
    );
    for (const { alert_id } of stale)
      if (!alerts.some((a) => a.id === alert_id)) await this.finishIfDone(alert_id);
    return { unknown: unknownRows, resumed: alerts.map((a) => a.id) };
  }

  /** Lets running batches finish, then stops. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.workers.values()]);
  }
}
