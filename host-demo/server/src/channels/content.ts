import {
  composeChannelText,
  measureText,
  toCapXml,
  type CapAlert,
  type ChannelId,
} from '@sirene/core';

/** The text recipients get on a text channel: every info block, in message order. */
export function channelText(alert: CapAlert): string {
  return alert.infos
    .map(composeChannelText)
    .filter((t) => t !== '')
    .join('\n\n');
}

/** What one channel delivers for an alert: its text, or the CAP XML for the feed. */
export function channelContent(channel: ChannelId, alert: CapAlert): string {
  return channel === 'cap-feed' ? toCapXml(alert) : channelText(alert);
}

/** Words read per minute in a voice message (a calm, clear reading pace). */
export const VOICE_WORDS_PER_MINUTE = 130;

/**
 * Billable units per recipient: SMS parts of 160 characters (153 when concatenated, 70/67
 * in UCS-2), or started minutes of a voice message; 1 otherwise.
 */
export function unitsPerRecipient(channel: ChannelId, alert: CapAlert): number {
  const text = channelText(alert);
  if (channel === 'sms') return Math.max(1, measureText(text, 'sms').segments);
  if (channel === 'voice') {
    const words = text.split(/\s+/).filter(Boolean).length;
    return Math.max(1, Math.ceil(words / VOICE_WORDS_PER_MINUTE));
  }
  return 1;
}
