/**
 * Live updates for operators: an in-process hub that fans events out to server-sent
 * event streams and keeps the last few hundred so a reconnecting client (Last-Event-ID)
 * misses nothing. One hub per server process: several servers on one PostgreSQL would
 * relay through LISTEN/NOTIFY, which this reference host does not need.
 */
import type { ServerResponse } from 'node:http';
import type { Role } from './roles.js';

/** Event types the server emits. */
export type ServerEventType =
  | 'alert.created'
  | 'alert.updated'
  | 'alert.ready'
  | 'alert.reopened'
  | 'alert.broadcasting'
  | 'alert.stopped'
  | 'alert.expired'
  | 'alert.checklist'
  | 'alert.police-advice'
  | 'delivery.progress'
  | 'delivery.report';

/** One event as sent: `id`, `event` and JSON `data`. */
export interface ServerEvent {
  id: number;
  type: ServerEventType;
  at: string;
  /** Roles that must act on it now (e.g. the broadcaster on `alert.ready`, step 12). */
  notify?: Role[];
  data: Record<string, unknown>;
}

/** Unsent bytes a stream may queue before it is dropped. */
const MAX_BACKLOG_BYTES = 1_000_000;

interface Client {
  res: ServerResponse;
  userId: number;
}

/** The event hub. */
export class EventHub {
  private nextId = 1;
  private readonly recent: ServerEvent[] = [];
  private readonly clients = new Set<Client>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly keep = 500,
    heartbeatMs = 15_000,
  ) {
    // A comment line keeps proxies and browsers from closing an idle stream.
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.res.write(': keep-alive\n\n');
    }, heartbeatMs);
    this.heartbeat.unref();
  }

  /** Number of connected streams. */
  get size(): number {
    return this.clients.size;
  }

  /** Sends an event to every stream now and keeps it for replay. */
  publish(type: ServerEventType, data: Record<string, unknown>, notify?: Role[]): ServerEvent {
    const event: ServerEvent = { id: this.nextId++, type, at: new Date().toISOString(), data };
    if (notify) event.notify = notify;
    this.recent.push(event);
    if (this.recent.length > this.keep) this.recent.shift();
    const frame = format(event);
    for (const c of this.clients) {
      // A client that stopped reading is cut off (it reconnects with Last-Event-ID)
      // rather than letting its backlog grow without bound.
      if (c.res.writableLength > MAX_BACKLOG_BYTES) c.res.destroy();
      else c.res.write(frame);
    }
    return event;
  }

  /**
   * Attaches a response as an event stream, replaying events after `lastEventId`.
   * The caller has already authenticated the user.
   */
  attach(res: ServerResponse, userId: number, lastEventId: number | undefined): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    if (lastEventId !== undefined) {
      for (const e of this.recent) if (e.id > lastEventId) res.write(format(e));
    }
    res.flushHeaders?.();
    const client: Client = { res, userId };
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
  }

  /** Ends every stream (shutdown). */
  close(): void {
    clearInterval(this.heartbeat);
    for (const c of this.clients) c.res.end();
    this.clients.clear();
  }
}

function format(e: ServerEvent): string {
  return `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;
}
