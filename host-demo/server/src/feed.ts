/**
 * The CAP feed for info boards and screens: Atom, one entry per alert that went out on
 * the `cap-feed` channel, each carrying the whole CAP 1.2 document inline (and linked).
 */
import { escapeXmlText, toCapXml, type CapAlert } from '@sirene/core';
import type { Queryable } from './db/db.js';

interface FeedRow {
  id: string;
  cap: CapAlert;
  broadcast_at: Date;
  updated_at: Date;
}

/** The alerts in the feed, newest first: broadcast with `cap-feed` and delivered to it. */
export async function feedAlerts(db: Queryable, limit = 50): Promise<FeedRow[]> {
  return db.query<FeedRow>(
    `SELECT a.id, a.cap, a.broadcast_at, a.updated_at FROM alerts a
       JOIN deliveries d ON d.alert_id = a.id AND d.channel = 'cap-feed' AND d.status = 'delivered'
      WHERE a.broadcast_at IS NOT NULL
      ORDER BY a.broadcast_at DESC, a.id LIMIT $1`,
    [limit],
  );
}

/** A CAP document without its XML declaration, to embed in the feed. */
export function capDocument(cap: CapAlert): string {
  return toCapXml(cap).replace(/^<\?xml[^>]*\?>\s*/, '');
}

const attr = (s: string) => escapeXmlText(s).replaceAll('"', '&quot;');

/** The Atom document; `base` is the server's origin for links. */
export function atomFeed(rows: readonly FeedRow[], base: string): string {
  const updated = rows.reduce((max, r) => Math.max(max, new Date(r.updated_at).getTime()), 0);
  const entries = rows.map((r) => {
    const info = r.cap.infos[0];
    const title = info?.headline ?? info?.event ?? r.cap.identifier;
    const summary = [info?.description, info?.instruction].filter(Boolean).join(' ');
    return `  <entry>
    <id>urn:sirene:alert:${r.id}</id>
    <title>${escapeXmlText(`${r.cap.status === 'Actual' ? '' : `[${r.cap.status}] `}${title}`)}</title>
    <updated>${new Date(r.updated_at).toISOString()}</updated>
    <published>${new Date(r.broadcast_at).toISOString()}</published>
    <author><name>${escapeXmlText(info?.senderName ?? r.cap.sender)}</name></author>
    <category term="${attr(r.cap.msgType)}" label="msgType"/>
    <category term="${attr(r.cap.status)}" label="status"/>
    <link rel="alternate" type="application/cap+xml" href="${attr(`${base}/feeds/cap/${r.id}.xml`)}"/>
    <summary>${escapeXmlText(summary)}</summary>
    <content type="application/cap+xml">${capDocument(r.cap)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:sirene:feed:cap</id>
  <title>Sirene CAP feed</title>
  <subtitle>Public warnings as CAP 1.2, one entry per alert</subtitle>
  <updated>${new Date(updated || Date.now()).toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${attr(`${base}/feeds/cap.atom`)}"/>
  <generator>Sirene reference host</generator>
${entries.join('\n')}
</feed>
`;
}
