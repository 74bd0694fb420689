import type { CapAlert, ChannelId } from '@sirene/core';
import type { Queryable } from '../db/db.js';
import { targetSubscribers } from '../subscribers.js';
import type { AdapterRegistry } from './adapter.js';
import { recipientsFor } from './dispatcher.js';
import { unitsPerRecipient } from './content.js';

/** What one channel would take. */
export interface ChannelEstimate {
  channel: ChannelId;
  /** Whether this server can send on it for the alert's status. */
  available: boolean;
  /** People (or the feed) reached; `null` where it cannot be counted in advance. */
  recipients: number | null;
  /** Cells covered (cell broadcast, location-based SMS). */
  cells?: number;
  /** Billable units per recipient: SMS parts or voice minutes. */
  unitsPerRecipient: number;
  /** Seconds until the last one is out, at the channel's rate. */
  seconds: number;
  costEur: number;
  note: string;
}

/** The estimate for an alert on its channels. */
export interface Estimate {
  subscribersInArea: number;
  channels: ChannelEstimate[];
  /** Channels run side by side: the slowest sets the time. */
  seconds: number;
  costEur: number;
}

/** Estimates time and cost before sending (€0.055 per SMS part or voice minute; e-mail, CAP free). */
export async function estimate(
  db: Queryable,
  registry: AdapterRegistry,
  cap: CapAlert,
  channels: readonly ChannelId[],
): Promise<Estimate> {
  const targets = await targetSubscribers(db, cap);
  const out: ChannelEstimate[] = [];
  for (const channel of channels) {
    const adapter = registry.resolve(channel, cap.status);
    const list = await recipientsFor(channel, cap, targets);
    const cellular = channel === 'cell-broadcast' || channel === 'lb-sms';
    const units = unitsPerRecipient(channel, cap);
    const rate = adapter?.figures.ratePerSecond ?? 0;
    const cost = adapter ? list.length * units * adapter.figures.costPerUnitEur : 0;
    const item: ChannelEstimate = {
      channel,
      available: adapter !== undefined,
      recipients: cellular ? null : list.length,
      unitsPerRecipient: units,
      seconds: rate > 0 ? Math.ceil((list.length / rate) * 10) / 10 : 0,
      costEur: cellular ? 0 : Math.round(cost * 1000) / 1000,
      note: adapter ? adapter.figures.source : `This server has no adapter for ${channel}.`,
    };
    if (cellular) item.cells = list.length;
    out.push(item);
  }
  return {
    subscribersInArea: targets.subscribers,
    channels: out,
    seconds: Math.max(0, ...out.map((c) => c.seconds)),
    costEur: Math.round(out.reduce((s, c) => s + c.costEur, 0) * 1000) / 1000,
  };
}
