import type { CapAlert } from './cap.js';

/** Channels Sirene can send an alert on. */
export const CHANNELS = [
  'cell-broadcast',
  'lb-sms',
  'sms',
  'voice',
  'email',
  'cap-feed',
  'burgernet-app',
] as const;
export type ChannelId = (typeof CHANNELS)[number];

/** Lifecycle states of an alert in Sirene (see `lifecycle/`). */
export const ALERT_STATES = ['draft', 'ready', 'broadcasting', 'expired', 'stopped'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/**
 * What Sirene needs beside CAP: never written into the CAP XML, kept next to it.
 */
export interface SireneExtensions {
  /** Validation profile this alert is written for (`nl-alert`, `be-alert`, …). */
  profile?: string;
  /** Channels chosen for broadcast. */
  channels: ChannelId[];
  /** Broadcast duration in minutes (NL-Alert default: 60). */
  durationMinutes: number;
  /** Lifecycle state. */
  state: AlertState;
  /** Template the message was started from, if any. */
  templateId?: string;
  /** Procedure (checklist) state, keyed by checklist id; opaque to the CAP codec. */
  procedure?: Record<string, unknown>;
}

/** An alert as Sirene handles it: the CAP message and, beside it, Sirene's own data. */
export interface SireneAlert {
  cap: CapAlert;
  sirene: SireneExtensions;
}

export const DEFAULT_DURATION_MINUTES = 60;
