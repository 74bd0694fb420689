/**
 * Channel adapters behind one interface, and the registry that picks one per alert.
 *
 * Exercise safety is a property of the types *and* of the registry:
 * - an adapter is either `ChannelAdapter<'exercise'>` or `ChannelAdapter<'actual'>`;
 *   a batch carries its mode and a CAP status that fits it (`'Actual'` only in an
 *   actual batch), so handing an exercise batch to a real adapter does not compile;
 * - the registry refuses to register a real adapter on an exercise server, resolves an
 *   alert's adapter from its CAP status (anything but `Actual` → exercise adapter), and
 *   wraps every adapter so a batch of the wrong mode is refused at run time too;
 * - the database refuses a delivery row whose adapter mode does not fit the status.
 */
import type { CapStatus, ChannelId } from '@sirene/core';
import type { ServerMode } from '../config.js';

/** An adapter that reaches real people, or one that only pretends to. */
export type AdapterMode = 'exercise' | 'actual';

/** CAP statuses that are never real: everything but `Actual`. */
export type ExerciseStatus = Exclude<CapStatus, 'Actual'>;

/** The CAP statuses a mode may carry. */
export type StatusOf<M extends AdapterMode> = M extends 'actual' ? 'Actual' : ExerciseStatus;

/** The adapter mode a CAP status needs. */
export type ModeOf<S extends CapStatus> = S extends 'Actual' ? 'actual' : 'exercise';

/** The mode an alert with `status` must be sent through. */
export function modeOf<S extends CapStatus>(status: S): ModeOf<S> {
  return (status === 'Actual' ? 'actual' : 'exercise') as ModeOf<S>;
}

/** One batch of one alert on one channel. */
export interface OutboundBatch<M extends AdapterMode> {
  readonly mode: M;
  readonly status: StatusOf<M>;
  readonly alertId: string;
  readonly channel: ChannelId;
  /** What recipients get: the channel text, or the CAP XML for the CAP feed. */
  readonly content: string;
  /** Recipient keys: phone numbers, e-mail addresses, cell ids, `feed`. */
  readonly recipients: readonly string[];
}

/** What happened to one recipient. */
export interface DeliveryOutcome {
  recipient: string;
  ok: boolean;
  detail?: string;
}

/** The figures an adapter works to, with where they come from. */
export interface ChannelFigures {
  /** Messages (or cells) per second the channel reaches. */
  ratePerSecond: number;
  /** Euro per message unit (one SMS of 160 characters or a 60-second voice message). */
  costPerUnitEur: number;
  /** Whether the number of recipients is known before sending. */
  countable: boolean;
  /** Source of the figures. */
  source: string;
}

/** A channel adapter: sends batches and says how fast and at what cost. */
export interface ChannelAdapter<M extends AdapterMode> {
  readonly channel: ChannelId;
  readonly mode: M;
  readonly name: string;
  readonly figures: ChannelFigures;
  /** Sends one batch; resolves with one outcome per recipient. */
  send(batch: OutboundBatch<M>): Promise<DeliveryOutcome[]>;
}

/** Why the registry refused. */
export class AdapterRefusal extends Error {
  override readonly name = 'AdapterRefusal';
}

/** Adapters by channel and mode, with the exercise guard. */
export class AdapterRegistry {
  private readonly exercise = new Map<ChannelId, ChannelAdapter<'exercise'>>();
  private readonly actual = new Map<ChannelId, ChannelAdapter<'actual'>>();

  constructor(readonly serverMode: ServerMode) {}

  /**
   * Adds an adapter. A real (`actual`) adapter is refused on an exercise server: there,
   * nothing can reach a real person, whatever an alert says.
   */
  register(adapter: ChannelAdapter<'exercise'> | ChannelAdapter<'actual'>): void {
    if (adapter.mode === 'actual') {
      if (this.serverMode !== 'actual') {
        throw new AdapterRefusal(
          `Refused to register the real adapter "${adapter.name}" on an exercise server.`,
        );
      }
      this.actual.set(adapter.channel, guard(adapter, 'actual'));
    } else if (adapter.mode === 'exercise') {
      this.exercise.set(adapter.channel, guard(adapter, 'exercise'));
    } else {
      throw new AdapterRefusal(
        `Adapter "${String((adapter as { name: unknown }).name)}" has no valid mode.`,
      );
    }
  }

  /**
   * The adapter for an alert with `status` on `channel`, or undefined when there is
   * none. `Actual` alerts get only a real adapter (never silently an exercise one),
   * all other statuses only an exercise adapter (never a real one).
   */
  resolve<S extends CapStatus>(
    channel: ChannelId,
    status: S,
  ): ChannelAdapter<ModeOf<S>> | undefined {
    if (status === 'Actual') {
      if (this.serverMode !== 'actual') return undefined;
      return this.actual.get(channel) as ChannelAdapter<ModeOf<S>> | undefined;
    }
    return this.exercise.get(channel) as ChannelAdapter<ModeOf<S>> | undefined;
  }

  /** Channels an alert with `status` can go out on. */
  channels(status: CapStatus): ChannelId[] {
    if (status !== 'Actual') return [...this.exercise.keys()];
    return this.serverMode === 'actual' ? [...this.actual.keys()] : [];
  }

  /** Every adapter, for the channel list. */
  list(): (ChannelAdapter<'exercise'> | ChannelAdapter<'actual'>)[] {
    return [...this.exercise.values(), ...this.actual.values()];
  }
}

/** Wraps an adapter so a batch of another mode or an unfitting status is refused at run time. */
function guard<M extends AdapterMode>(adapter: ChannelAdapter<M>, mode: M): ChannelAdapter<M> {
  return {
    channel: adapter.channel,
    mode,
    name: adapter.name,
    figures: adapter.figures,
    send(batch) {
      const status: CapStatus = batch.status;
      if (batch.mode !== mode || modeOf(status) !== mode) {
        return Promise.reject(
          new AdapterRefusal(
            `Refused: a batch with status ${status} (${batch.mode}) cannot go to the ${mode} adapter "${adapter.name}".`,
          ),
        );
      }
      return adapter.send(batch);
    },
  };
}
