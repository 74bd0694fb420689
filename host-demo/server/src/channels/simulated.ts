import type { ChannelId } from '@sirene/core';
import type { Queryable } from '../db/db.js';
import type {
  AdapterMode,
  ChannelAdapter,
  ChannelFigures,
  DeliveryOutcome,
  OutboundBatch,
} from './adapter.js';
import { CHANNEL_FIGURES } from './figures.js';

/** Options of {@link createSimulatedAdapter}. */
export interface SimulatedOptions {
  /** Where the simulated network's recipients "receive" (the `sim_inbox` table). */
  db: Queryable;
  /** Speed factor: 1 is the real figure, 0.1 ten times slower. */
  speed?: number;
  /** Override the figures (tests). */
  figures?: Partial<ChannelFigures>;
}

/**
 * A channel simulated at its real pace: a batch takes `recipients / rate` seconds and
 * every recipient lands in `sim_inbox`, which tests read to prove nobody got an alert
 * twice. The `actual` flavour stands in for a real gateway (a dispatch centre replaces
 * it with its own); the `exercise` flavour is the practice environment.
 */
export function createSimulatedAdapter<M extends AdapterMode>(
  channel: ChannelId,
  mode: M,
  options: SimulatedOptions,
): ChannelAdapter<M> {
  const base = CHANNEL_FIGURES[channel];
  if (!base) throw new Error(`No figures for channel ${channel}; it cannot be simulated.`);
  const figures: ChannelFigures = { ...base, ...options.figures };
  const speed = options.speed ?? 1;
  return {
    channel,
    mode,
    name: `simulated-${channel}-${mode}`,
    figures,
    async send(batch: OutboundBatch<M>): Promise<DeliveryOutcome[]> {
      const seconds = batch.recipients.length / (figures.ratePerSecond * speed);
      await new Promise((resolve) => setTimeout(resolve, Math.round(seconds * 1000)));
      await options.db.query(
        `INSERT INTO sim_inbox (alert_id, channel, recipient, mode)
         SELECT $1, $2, r, $3 FROM jsonb_array_elements_text($4::jsonb) AS r`,
        [batch.alertId, channel, mode, [...batch.recipients]],
      );
      return batch.recipients.map((recipient) => ({ recipient, ok: true }));
    },
  };
}
