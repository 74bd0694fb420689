/**
 * Test and benchmark helpers: an HTTP client that keeps the session cookie and sends
 * the CSRF token like the host page does, and a server-sent events client.
 */
import { request } from 'node:http';

/** A response as tests read it. */
export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** A logged-in (or anonymous) API user. */
export class ApiClient {
  cookie = '';
  csrf = '';

  constructor(
    readonly base: string,
    readonly lang = 'en',
  ) {}

  /** Sends a request; JSON in and out. */
  async req<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in headers))
      h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text !== '')
      parsed = JSON.parse(text);
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0] ?? '';
      if (pair.startsWith('sirene_session=')) this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  /** Logs in; throws when that fails. */
  async login(username: string, password: string): Promise<this> {
    const r = await this.req<{ csrfToken: string }>('POST', '/api/session', { username, password });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
    this.csrf = r.body.csrfToken;
    return this;
  }
}

/** One received event. */
export interface ReceivedEvent {
  id: number;
  type: string;
  data: { type: string; notify?: string[]; data: Record<string, unknown> };
  receivedAt: number;
}

/** A server-sent events stream reader over node:http (no EventSource in Node 20). */
export class SseClient {
  readonly events: ReceivedEvent[] = [];
  private waiters: { test: (e: ReceivedEvent) => boolean; resolve: (e: ReceivedEvent) => void }[] =
    [];
  private req: ReturnType<typeof request> | undefined;
  /** Called for every event as it arrives. */
  onEvent: ((e: ReceivedEvent) => void) | undefined;

  /** Connects and resolves once the stream is open. */
  static async connect(base: string, cookie: string, lastEventId?: number): Promise<SseClient> {
    const client = new SseClient();
    await new Promise<void>((resolve, reject) => {
      const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
      const req = request(`${base}/api/events`, { headers }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`events: HTTP ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            client.frame(frame);
          }
        });
        resolve();
      });
      req.on('error', reject);
      req.end();
      client.req = req;
    });
    return client;
  }

  private frame(frame: string): void {
    let id = 0;
    let type = 'message';
    let data = '';
    for (const line of frame.split('\n')) {
      if (line.startsWith('id: ')) id = Number(line.slice(4));
      else if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (data === '') return;
    const event: ReceivedEvent = {
      id,
      type,
      data: JSON.parse(data) as ReceivedEvent['data'],
      receivedAt: performance.now(),
    };
    this.events.push(event);
    this.onEvent?.(event);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(event)) return true;
      w.resolve(event);
      return false;
    });
  }

  /** The first event (already received or coming) that passes `test`. */
  waitFor(test: (e: ReceivedEvent) => boolean, timeoutMs = 10_000): Promise<ReceivedEvent> {
    const seen = this.events.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('timed out waiting for an event')),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  close(): void {
    this.req?.destroy();
  }
}
