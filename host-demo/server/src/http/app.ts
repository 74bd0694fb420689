/**
 * The HTTP layer: Fastify with route schemas (validated, and published as OpenAPI),
 * session cookies, CSRF and origin checks, a rate-limited login, server-sent events,
 * the CAP feed and the static host page. Business rules live in the services; this
 * file only authenticates, translates and renders.
 */
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { toCapXml, type ChecklistAction, type Lang } from '@sirene/core';
import { appendAudit, listAudit, verifyAuditChain } from '../audit.js';
import { verifyPassword } from '../auth/passwords.js';
import {
  createSession,
  createUser,
  deleteSession,
  findUser,
  listUsers,
  lookupSession,
  type SessionUser,
} from '../auth/sessions.js';
import type { AlertService } from '../alerts/service.js';
import type { AdapterRegistry } from '../channels/adapter.js';
import type { Dispatcher } from '../channels/dispatcher.js';
import { estimate } from '../channels/estimate.js';
import { networkCsv } from '../channels/network.js';
import type { ServerConfig } from '../config.js';
import type { Db } from '../db/db.js';
import type { EventHub } from '../events.js';
import { atomFeed, capDocument, feedAlerts } from '../feed.js';
import { langOf, problem, render, type Outcome, type Problem } from '../problems.js';
import { may, type Permission, type Role, PERMISSIONS } from '../roles.js';
import { addSubscriber, parseSubscriber } from '../subscribers.js';
import { S, SHARED_SCHEMAS } from './schemas.js';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'sirene_session';

/** What the HTTP layer needs. */
export interface AppDeps {
  config: ServerConfig;
  db: Db;
  hub: EventHub;
  alerts: AlertService;
  registry: AdapterRegistry;
  dispatcher: Dispatcher;
  version: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: { user: SessionUser; csrfToken: string; token: string } | null;
    lang: Lang;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the Fastify app (not listening yet). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db, hub, alerts, registry, dispatcher } = deps;
  const app = Fastify({
    logger: config.logRequests,
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  // Response schemas document the API; they must never drop a field on the way out.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Sirene dispatch API',
        version: deps.version,
        description:
          'The contract between the Sirene host page and a dispatch backend. A dispatch centre may implement it. ' +
          'Log in with POST /api/session; the session cookie authenticates, and every POST, PUT and DELETE carries ' +
          "the session's CSRF token in X-CSRF-Token. Errors are `{ error: { code, message, findings? } }` in the " +
          'language of Accept-Language (nl, en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
    },
    refResolver: {
      buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`),
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  app.decorateRequest('auth', null);
  app.decorateRequest('lang', 'en');

  const send = (reply: FastifyReply, lang: Lang, p: Problem): FastifyReply =>
    reply.code(p.status).type('application/json; charset=utf-8').send(render(p, lang));

  /** Renders an outcome: the value with `status`, or the problem. */
  const respond = <T>(
    reply: FastifyReply,
    req: FastifyRequest,
    outcome: Outcome<T>,
    status = 200,
  ) =>
    outcome.ok ? reply.code(status).send(outcome.value) : send(reply, req.lang, outcome.problem);

  app.addHook('onRequest', async (req, reply) => {
    req.lang = langOf(req.headers['accept-language']);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!req.url.startsWith('/api/')) return;
    reply.header('cache-control', 'no-store');
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await lookupSession(db, token);
      if (found) req.auth = { ...found, token };
    }
    if (!UNSAFE.has(req.method)) return;
    // Changing requests must come from this site (when the browser says where from) …
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== 'null') {
      let host: string | undefined;
      try {
        host = new URL(origin).host;
      } catch {
        host = undefined;
      }
      if (host !== req.headers.host)
        return send(reply, req.lang, problem(403, 'origin.invalid', { origin }));
    } else if (origin === 'null') {
      return send(reply, req.lang, problem(403, 'origin.invalid', { origin }));
    }
    // … and carry the session's CSRF token (login has no session yet).
    if (req.url === '/api/session' && req.method === 'POST') return;
    if (!req.auth) return send(reply, req.lang, problem(401, 'auth.required'));
    if (req.headers['x-csrf-token'] !== req.auth.csrfToken) {
      return send(reply, req.lang, problem(403, 'csrf.invalid'));
    }
  });

  app.setErrorHandler(
    (
      error: Error & { statusCode?: number; validation?: unknown; code?: string; seconds?: number },
      req,
      reply,
    ) => {
      if (error.code === 'rate.limited') {
        return send(
          reply,
          req.lang,
          problem(429, 'rate.limited', { seconds: error.seconds ?? 60 }),
        );
      }
      if (error.validation) {
        return send(reply, req.lang, problem(400, 'request.invalid', { detail: error.message }));
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return send(
          reply,
          req.lang,
          problem(error.statusCode, 'request.invalid', { detail: error.message }),
        );
      }
      const ref = randomUUID().slice(0, 8);
      req.log.error({ err: error, ref }, 'request failed');
      if (!config.logRequests) console.error(`[${ref}]`, error);
      return send(reply, req.lang, { ...problem(500, 'internal', { ref }) });
    },
  );

  app.setNotFoundHandler((req, reply) =>
    send(
      reply,
      req.lang,
      problem(404, 'route.not-found', { method: req.method, url: req.url.split('?')[0] ?? '' }),
    ),
  );

  /** The logged-in user allowed to take `action`, or undefined after answering 401/403. */
  const guard = (
    req: FastifyRequest,
    reply: FastifyReply,
    action?: Permission,
  ): SessionUser | undefined => {
    if (!req.auth) {
      void send(reply, req.lang, problem(401, 'auth.required'));
      return undefined;
    }
    const user = req.auth.user;
    if (action && !may(user.roles, action)) {
      void send(
        reply,
        req.lang,
        problem(403, 'auth.forbidden', {
          roles: user.roles.join(', ') || '-',
          action,
          allowed: PERMISSIONS[action].join(', '),
        }),
      );
      return undefined;
    }
    return user;
  };

  // ── meta ──────────────────────────────────────────────────────────────────────────
  app.get('/healthz', { schema: S.health }, async (_req, reply) => {
    await db.query('SELECT 1');
    return reply.send({ ok: true, mode: config.mode, database: db.kind, streams: hub.size });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async (_req, reply) =>
    reply.send(app.swagger()),
  );

  // ── session ───────────────────────────────────────────────────────────────────────
  app.post<{ Body: { username: string; password: string } }>(
    '/api/session',
    {
      schema: S.login,
      config: {
        rateLimit: {
          max: config.loginRateMax,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (req: FastifyRequest) =>
            `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
          errorResponseBuilder: (_req: FastifyRequest, ctx: { ttl: number }) => ({
            statusCode: 429,
            code: 'rate.limited',
            seconds: Math.ceil(ctx.ttl / 1000),
            message: 'rate limited',
          }),
        },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const user = await findUser(db, username);
      const valid = await verifyPassword(password, user?.passwordHash);
      if (!user || !valid || user.disabled) {
        await db.transaction((tx) =>
          appendAudit(tx, { id: null, username }, 'session.login-failed', null, { ip: req.ip }),
        );
        return send(reply, req.lang, problem(401, 'auth.invalid'));
      }
      if (user.demo && config.mode !== 'exercise') {
        return send(
          reply,
          req.lang,
          problem(403, 'auth.disabled', { reason: 'demo account on a live server' }),
        );
      }
      const session = await createSession(db, user.id, config.sessionHours);
      await db.transaction((tx) =>
        appendAudit(tx, { id: user.id, username: user.username }, 'session.login', null, {
          ip: req.ip,
        }),
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.cookieSecure,
        path: '/',
        expires: session.expiresAt,
      });
      const { passwordHash: _h, disabled: _d, createdAt: _c, ...view } = user;
      return reply.send({
        user: view,
        csrfToken: session.csrfToken,
        mode: config.mode,
        sender: config.sender,
      });
    },
  );
  app.get('/api/session', { schema: S.session }, async (req, reply) => {
    const user = guard(req, reply);
    if (!user || !req.auth) return reply;
    return reply.send({
      user,
      csrfToken: req.auth.csrfToken,
      mode: config.mode,
      sender: config.sender,
    });
  });
  app.delete('/api/session', { schema: S.logout }, async (req, reply) => {
    const user = guard(req, reply);
    if (!user || !req.auth) return reply;
    await deleteSession(db, req.auth.token);
    await db.transaction((tx) =>
      appendAudit(tx, { id: user.id, username: user.username }, 'session.logout', null),
    );
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  // ── users ─────────────────────────────────────────────────────────────────────────
  app.get('/api/users', { schema: S.users }, async (req, reply) => {
    if (!guard(req, reply, 'users.manage')) return reply;
    return reply.send(await listUsers(db));
  });
  app.post<{ Body: { username: string; displayName: string; roles: Role[]; password: string } }>(
    '/api/users',
    { schema: S.createUser },
    async (req, reply) => {
      const admin = guard(req, reply, 'users.manage');
      if (!admin) return reply;
      const body = req.body;
      const created = await db.transaction(async (tx) => {
        const user = await createUser(tx, { ...body, roles: [...new Set(body.roles)] });
        if (user)
          await appendAudit(tx, admin, 'user.create', null, {
            username: user.username,
            roles: user.roles,
          });
        return user;
      });
      if (!created)
        return send(reply, req.lang, problem(409, 'user.exists', { username: body.username }));
      return reply.code(201).send(created);
    },
  );

  // ── alerts ────────────────────────────────────────────────────────────────────────
  type IdReq = { Params: { id: string } };
  const user = (req: FastifyRequest, reply: FastifyReply) => guard(req, reply);

  app.get<{ Querystring: { state?: string; limit?: number } }>(
    '/api/alerts',
    { schema: S.listAlerts },
    async (req, reply) => {
      const u = user(req, reply);
      return u ? respond(reply, req, await alerts.list(u, req.query)) : reply;
    },
  );
  app.post<{ Body: { cap: unknown; sirene?: Record<string, unknown> } }>(
    '/api/alerts',
    { schema: S.createAlert },
    async (req, reply) => {
      const u = user(req, reply);
      return u ? respond(reply, req, await alerts.create(u, req.body, req.lang), 201) : reply;
    },
  );
  app.get<IdReq>('/api/alerts/:id', { schema: S.getAlert }, async (req, reply) => {
    const u = user(req, reply);
    return u ? respond(reply, req, await alerts.get(u, req.params.id, req.lang)) : reply;
  });
  app.put<IdReq & { Body: { cap: unknown; sirene?: Record<string, unknown>; revision: number } }>(
    '/api/alerts/:id',
    { schema: S.updateAlert },
    async (req, reply) => {
      const u = user(req, reply);
      return u
        ? respond(
            reply,
            req,
            await alerts.update(u, req.params.id, req.body.revision, req.body, req.lang),
          )
        : reply;
    },
  );
  app.get<IdReq>('/api/alerts/:id/revisions', { schema: S.revisions }, async (req, reply) => {
    const u = user(req, reply);
    return u ? respond(reply, req, await alerts.revisions(u, req.params.id)) : reply;
  });
  app.get<IdReq>('/api/alerts/:id/cap.xml', { schema: S.capXml }, async (req, reply) => {
    const u = user(req, reply);
    if (!u) return reply;
    const cap = await alerts.cap(u, req.params.id);
    if (!cap.ok) return send(reply, req.lang, cap.problem);
    return reply
      .type('application/cap+xml; charset=utf-8')
      .send(toCapXml(cap.value, { pretty: true }));
  });
  for (const [path, event, summary] of [
    [
      'ready',
      'mark-ready',
      'Mark ready: validated, and the broadcaster is notified at once (composer)',
    ],
    ['reopen', 'reopen', 'Back to draft (composer, broadcaster)'],
    ['stop', 'stop', 'Stop the running broadcast (broadcaster, composer)'],
  ] as const) {
    app.post<IdReq>(`/api/alerts/:id/${path}`, { schema: S.step(summary) }, async (req, reply) => {
      const u = user(req, reply);
      return u ? respond(reply, req, await alerts.step(u, req.params.id, event, req.lang)) : reply;
    });
  }
  app.post<IdReq>('/api/alerts/:id/broadcast', { schema: S.broadcast }, async (req, reply) => {
    const u = user(req, reply);
    if (!u) return reply;
    const key = req.headers['idempotency-key'];
    const result = await alerts.broadcast(
      u,
      req.params.id,
      typeof key === 'string' ? key : undefined,
      req.lang,
    );
    if (!result.ok) return send(reply, req.lang, result.problem);
    if (result.value.body.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(result.value.status).send(result.value.body);
  });
  app.post<IdReq & { Body: { kind: 'Update' | 'Cancel' } }>(
    '/api/alerts/:id/follow-up',
    { schema: S.followUp },
    async (req, reply) => {
      const u = user(req, reply);
      return u
        ? respond(reply, req, await alerts.followUp(u, req.params.id, req.body.kind, req.lang), 201)
        : reply;
    },
  );
  app.post<IdReq & { Body: { checklist: string; action: ChecklistAction } }>(
    '/api/alerts/:id/checklist',
    { schema: S.checklist },
    async (req, reply) => {
      const u = user(req, reply);
      return u
        ? respond(
            reply,
            req,
            await alerts.checklist(u, req.params.id, req.body.checklist, req.body.action, req.lang),
          )
        : reply;
    },
  );
  app.post<IdReq & { Body: unknown }>(
    '/api/alerts/:id/police-advice',
    { schema: S.policeAdvice },
    async (req, reply) => {
      const u = user(req, reply);
      return u
        ? respond(reply, req, await alerts.policeAdvice(u, req.params.id, req.body, req.lang), 201)
        : reply;
    },
  );
  app.get<IdReq>('/api/alerts/:id/deliveries', { schema: S.deliveries }, async (req, reply) => {
    if (!guard(req, reply, 'alert.read')) return reply;
    const raw = await alerts.raw(req.params.id);
    if (!raw) return send(reply, req.lang, problem(404, 'alert.not-found', { id: req.params.id }));
    return reply.send({
      alertId: req.params.id,
      state: raw.state,
      channels: await dispatcher.progress(req.params.id),
    });
  });
  app.get<IdReq>('/api/alerts/:id/estimate', { schema: S.estimate }, async (req, reply) => {
    if (!guard(req, reply, 'alert.estimate')) return reply;
    const raw = await alerts.raw(req.params.id);
    if (!raw) return send(reply, req.lang, problem(404, 'alert.not-found', { id: req.params.id }));
    return reply.send(await estimate(db, registry, raw.cap, raw.channels));
  });

  app.post<{ Body: { cap: unknown; sirene?: Record<string, unknown> } }>(
    '/api/estimate',
    { schema: S.estimatePreview },
    async (req, reply) => {
      const u = user(req, reply);
      if (!u) return reply;
      const read = alerts.preview(u, req.body, req.lang);
      if (!read.ok) return send(reply, req.lang, read.problem);
      return reply.send(await estimate(db, registry, read.value.cap, read.value.channels));
    },
  );

  // ── channels, events, audit ─────────────────────────────────────────────────────
  app.get('/api/channels', { schema: S.channels }, async (req, reply) => {
    if (!guard(req, reply, 'channels.read')) return reply;
    return reply.send(
      registry
        .list()
        .map((a) => ({ channel: a.channel, mode: a.mode, name: a.name, figures: a.figures })),
    );
  });
  app.get('/api/network/cells', { schema: S.networkCells }, async (req, reply) => {
    if (!guard(req, reply, 'channels.read')) return reply;
    return reply.type('text/csv; charset=utf-8').send(await networkCsv());
  });
  app.get('/api/events', { schema: S.events }, async (req, reply) => {
    const u = guard(req, reply, 'events.read');
    if (!u) return reply;
    const last = Number(req.headers['last-event-id']);
    reply.hijack();
    hub.attach(reply.raw, u.id, Number.isInteger(last) && last > 0 ? last : undefined);
    return reply;
  });
  app.get<{ Querystring: { alertId?: string; limit?: number; before?: number } }>(
    '/api/audit',
    { schema: S.audit },
    async (req, reply) => {
      if (!guard(req, reply, 'audit.read')) return reply;
      return reply.send(await listAudit(db, req.query));
    },
  );
  app.get('/api/audit/verify', { schema: S.auditVerify }, async (req, reply) => {
    if (!guard(req, reply, 'audit.read')) return reply;
    return reply.send(await verifyAuditChain(db));
  });

  // ── subscribers ───────────────────────────────────────────────────────────────────
  app.get<{ Querystring: { limit?: number; offset?: number } }>(
    '/api/subscribers',
    { schema: S.subscribers },
    async (req, reply) => {
      if (!guard(req, reply, 'subscribers.manage')) return reply;
      const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM subscribers');
      const items = await db.query(
        'SELECT id, name, phone, email, voice, language, addresses FROM subscribers ORDER BY id LIMIT $1 OFFSET $2',
        [req.query.limit ?? 100, req.query.offset ?? 0],
      );
      return reply.send({ total: count?.n ?? 0, items });
    },
  );
  app.post<{ Body: unknown }>(
    '/api/subscribers',
    { schema: S.addSubscriber },
    async (req, reply) => {
      const admin = guard(req, reply, 'subscribers.manage');
      if (!admin) return reply;
      const parsed = parseSubscriber(req.body);
      if (!parsed.ok) return send(reply, req.lang, parsed.problem);
      const saved = await db.transaction(async (tx) => {
        const s = await addSubscriber(tx, parsed.value);
        await appendAudit(tx, admin, 'subscriber.add', null, {
          id: s.id,
          addresses: s.addresses.length,
        });
        return s;
      });
      return reply.code(201).send(saved);
    },
  );
  app.delete<IdReq>('/api/subscribers/:id', { schema: S.deleteSubscriber }, async (req, reply) => {
    const admin = guard(req, reply, 'subscribers.manage');
    if (!admin) return reply;
    const id = Number(req.params.id);
    const removed = await db.transaction(async (tx) => {
      const rows = Number.isInteger(id)
        ? await tx.query('DELETE FROM subscribers WHERE id = $1 RETURNING id', [id])
        : [];
      if (rows.length > 0) await appendAudit(tx, admin, 'subscriber.delete', null, { id });
      return rows.length > 0;
    });
    if (!removed)
      return send(reply, req.lang, problem(404, 'subscriber.not-found', { id: req.params.id }));
    return reply.code(204).send();
  });

  // ── CAP feed (public) ─────────────────────────────────────────────────────────────
  const origin = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? 'localhost'}`;
  app.get('/feeds/cap.atom', { schema: S.feed }, async (req, reply) =>
    reply
      .type('application/atom+xml; charset=utf-8')
      .send(atomFeed(await feedAlerts(db), origin(req))),
  );
  app.get<IdReq>('/feeds/cap/:id', { schema: S.feedEntry }, async (req, reply) => {
    const id = req.params.id.replace(/\.xml$/, '');
    const row = (await feedAlerts(db, 500)).find((r) => r.id === id);
    if (!row) return send(reply, req.lang, problem(404, 'alert.not-found', { id }));
    return reply
      .type('application/cap+xml; charset=utf-8')
      .send(`<?xml version="1.0" encoding="UTF-8"?>\n${capDocument(row.cap)}`);
  });

  // ── the host page and the browser bundles ──────────────────────────────────────
  if (config.staticFiles && existsSync(config.staticFiles.web)) {
    await app.register(fastifyStatic, {
      root: config.staticFiles.web,
      prefix: '/',
      cacheControl: false,
      setHeaders: noCache,
    });
  }
  if (config.staticFiles && existsSync(config.staticFiles.dist)) {
    await app.register(fastifyStatic, {
      root: config.staticFiles.dist,
      prefix: '/dist/browser/',
      decorateReply: false,
      cacheControl: false,
      setHeaders: noCache,
    });
  }
  return app;
}

function noCache(reply: FastifyReply): void {
  reply.header('cache-control', 'no-cache');
}
