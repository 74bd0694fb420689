import { parseCapDateTime } from '../cap/datetime.js';
import type { SireneAlert } from '../model/sirene.js';

/**
 * When an alert's broadcast ends by itself: the earlier of
 * - `sent` plus `sirene.durationMinutes` (NL-Alert: broadcasting stops when the duration
 *   runs out; `sent` is taken as the start of the broadcast), when the duration is a
 *   positive number; and
 * - CAP's own end: the latest `expires` of the info blocks, when every info block has
 *   one (an info without `expires` stays in force as far as CAP is concerned).
 *
 * Dates that are not valid CAP dateTimes are ignored here (validation reports them).
 *
 * @returns the instant, or `undefined` when neither gives an end
 */
export function expiresAt(alert: SireneAlert): Date | undefined {
  const candidates: number[] = [];
  const sent = parseCapDateTime(alert.cap.sent);
  const minutes = alert.sirene.durationMinutes;
  if (sent !== null && Number.isFinite(minutes) && minutes > 0) {
    candidates.push(sent.getTime() + minutes * 60_000);
  }
  const infos = alert.cap.infos;
  const ends = infos.map((info) =>
    info.expires === undefined ? null : parseCapDateTime(info.expires),
  );
  if (ends.length > 0 && ends.every((end) => end !== null)) {
    candidates.push(Math.max(...ends.map((end) => (end as Date).getTime())));
  }
  return candidates.length === 0 ? undefined : new Date(Math.min(...candidates));
}

/**
 * Whether the alert's time has run out at `now` (see {@link expiresAt}); `false` when
 * it has no end. Purely about time: it does not look at `sirene.state`. A host uses it to
 * fire the `expire` event for a `broadcasting` alert.
 */
export function isExpired(alert: SireneAlert, now: Date): boolean {
  const end = expiresAt(alert);
  return end !== undefined && now.getTime() >= end.getTime();
}
