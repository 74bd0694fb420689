/**
 * JSON schemas of the API: Fastify validates requests against them and
 * @fastify/swagger turns them into the OpenAPI document at /api/openapi.json. Response
 * schemas document; they never filter (the server serialises with JSON.stringify).
 */

const error = {
  type: 'object',
  description: 'An error as data, worded in the language of Accept-Language (nl or en).',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['alert.gate-closed'] },
        message: { type: 'string' },
        findings: { type: 'array', items: { $ref: 'Finding#' } },
      },
      additionalProperties: true,
    },
  },
} as const;

/** Shared component schemas, registered once with `addSchema`. */
export const SHARED_SCHEMAS = [
  {
    $id: 'Finding',
    type: 'object',
    properties: {
      code: { type: 'string' },
      severity: { type: 'string', enum: ['error', 'warning', 'info'] },
      path: { type: 'string' },
      message: { type: 'string' },
      source: { type: 'string' },
    },
  },
  { $id: 'Error', ...error },
  {
    $id: 'User',
    type: 'object',
    properties: {
      id: { type: 'integer' },
      username: { type: 'string' },
      displayName: { type: 'string' },
      roles: {
        type: 'array',
        items: {
          type: 'string',
          enum: ['decider', 'composer', 'broadcaster', 'police-advisor', 'observer', 'admin'],
        },
      },
      demo: { type: 'boolean' },
    },
  },
  {
    $id: 'Session',
    type: 'object',
    properties: {
      user: { $ref: 'User#' },
      csrfToken: {
        type: 'string',
        description: 'Send it in X-CSRF-Token on every POST, PUT and DELETE.',
      },
      mode: { type: 'string', enum: ['exercise', 'actual'] },
      sender: {
        type: 'string',
        description:
          'The CAP sender this server fills in (SIRENE_SENDER); pages start drafts with it.',
      },
    },
  },
  {
    $id: 'Alert',
    type: 'object',
    description:
      'An alert: `alert` is the Sirene alert `{ cap, sirene }` (core model); the rest is server state.',
    properties: {
      id: { type: 'string', format: 'uuid' },
      revision: { type: 'integer', description: 'Content revision; send it back with PUT.' },
      version: {
        type: 'integer',
        description: 'Increases on every change (state, checklist, advice).',
      },
      alert: { type: 'object', additionalProperties: true },
      follows: { type: ['string', 'null'] },
      readyAt: { type: ['string', 'null'] },
      broadcastAt: { type: ['string', 'null'] },
      expiresAt: { type: ['string', 'null'] },
      endedAt: { type: ['string', 'null'] },
      endReason: { type: ['string', 'null'] },
      allowedEvents: { type: 'array', items: { type: 'string' } },
      gates: { type: 'array', items: { type: 'object', additionalProperties: true } },
      policeAdvice: { type: 'array', items: { type: 'object', additionalProperties: true } },
      findings: { type: 'array', items: { $ref: 'Finding#' } },
    },
    additionalProperties: true,
  },
] as const;

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [c, { description: DESCRIPTIONS[c] ?? 'Error', $ref: 'Error#' }]),
  );

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Not logged in',
  403: 'Role not allowed, or CSRF token missing',
  404: 'Not found',
  409: 'Not in this state / conflict',
  422: 'The alert or input has errors',
  429: 'Too many attempts',
};

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

const alertBody = {
  type: 'object',
  required: ['cap'],
  properties: {
    cap: {
      type: 'object',
      additionalProperties: true,
      description: 'A CAP alert in the core model (JSON).',
    },
    sirene: {
      type: 'object',
      additionalProperties: true,
      properties: {
        profile: { type: 'string', examples: ['nl-alert'] },
        channels: { type: 'array', items: { type: 'string' } },
        durationMinutes: { type: 'integer', minimum: 1 },
        templateId: { type: 'string' },
      },
    },
  },
} as const;

const secured = [{ session: [] }];

type Schema = Record<string, unknown>;
const route = (tags: string[], summary: string, extra: Schema): Schema => ({
  tags,
  summary,
  security: secured,
  ...extra,
});

/** Per-route schemas. */
export const S = {
  login: {
    tags: ['session'],
    summary: 'Log in (rate limited per user name and address)',
    body: {
      type: 'object',
      required: ['username', 'password'],
      properties: {
        username: { type: 'string', minLength: 1, maxLength: 100 },
        password: { type: 'string', minLength: 1, maxLength: 1000 },
      },
    },
    response: { 200: { $ref: 'Session#' }, ...errors(400, 401, 403, 429) },
  },
  session: route(['session'], 'The current user and CSRF token', {
    response: { 200: { $ref: 'Session#' }, ...errors(401) },
  }),
  logout: route(['session'], 'Log out', {
    response: { 204: { type: 'null' }, ...errors(401, 403) },
  }),
  users: route(['users'], 'All users (admin)', {
    response: { 200: { type: 'array', items: { $ref: 'User#' } }, ...errors(401, 403) },
  }),
  createUser: route(['users'], 'Create a user (admin)', {
    body: {
      type: 'object',
      required: ['username', 'displayName', 'roles', 'password'],
      properties: {
        username: { type: 'string', pattern: '^[a-z0-9._-]{2,50}$' },
        displayName: { type: 'string', minLength: 1, maxLength: 200 },
        roles: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'string',
            enum: ['decider', 'composer', 'broadcaster', 'police-advisor', 'observer', 'admin'],
          },
        },
        password: { type: 'string', minLength: 12, maxLength: 1000 },
      },
    },
    response: { 201: { $ref: 'User#' }, ...errors(400, 401, 403, 409) },
  }),
  listAlerts: route(['alerts'], 'Alerts, newest first', {
    querystring: {
      type: 'object',
      properties: {
        state: { type: 'string', enum: ['draft', 'ready', 'broadcasting', 'expired', 'stopped'] },
        limit: { type: 'integer', minimum: 1, maximum: 500 },
      },
    },
    response: {
      200: { type: 'array', items: { type: 'object', additionalProperties: true } },
      ...errors(401, 403),
    },
  }),
  createAlert: route(['alerts'], 'Create a draft (decider, composer)', {
    body: alertBody,
    response: { 201: { $ref: 'Alert#' }, ...errors(400, 401, 403, 409, 422) },
  }),
  getAlert: route(['alerts'], 'One alert with its gates, police advice and findings', {
    params: idParams,
    response: { 200: { $ref: 'Alert#' }, ...errors(401, 403, 404) },
  }),
  updateAlert: route(
    ['alerts'],
    'Save a draft (composer); 409 with both versions when someone saved in between',
    {
      params: idParams,
      body: {
        ...alertBody,
        required: ['cap', 'revision'],
        properties: { ...alertBody.properties, revision: { type: 'integer', minimum: 1 } },
      },
      response: { 200: { $ref: 'Alert#' }, ...errors(400, 401, 403, 404, 409, 422) },
    },
  ),
  revisions: route(['alerts'], 'Every saved revision of an alert', {
    params: idParams,
    response: errors(401, 403, 404),
  }),
  capXml: route(['alerts'], 'The CAP 1.2 XML of an alert', {
    params: idParams,
    response: {
      200: {
        description: 'CAP 1.2',
        content: { 'application/cap+xml': { schema: { type: 'string' } } },
      },
      ...errors(401, 403, 404),
    },
  }),
  step: (summary: string) =>
    route(['lifecycle'], summary, {
      params: idParams,
      response: { 200: { $ref: 'Alert#' }, ...errors(401, 403, 404, 409, 422) },
    }),
  broadcast: route(
    ['lifecycle'],
    'Broadcast exactly once (broadcaster); needs an Idempotency-Key header',
    {
      params: idParams,
      headers: {
        type: 'object',
        properties: {
          'idempotency-key': {
            type: 'string',
            description: 'New per broadcast, the same on a retry',
          },
        },
      },
      response: { 200: { $ref: 'Alert#' }, ...errors(400, 401, 403, 404, 409, 422) },
    },
  ),
  followUp: route(['lifecycle'], 'Create an Update or Cancel of a sent alert (decider, composer)', {
    params: idParams,
    body: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string', enum: ['Update', 'Cancel'] } },
    },
    response: { 201: { $ref: 'Alert#' }, ...errors(400, 401, 403, 404, 409) },
  }),
  checklist: route(
    ['alerts'],
    'Tick, untick, set or clear a checklist item (as your checklist role)',
    {
      params: idParams,
      body: {
        type: 'object',
        required: ['checklist', 'action'],
        properties: {
          checklist: { type: 'string', examples: ['nl-alert-procedure'] },
          action: {
            type: 'object',
            required: ['type', 'item'],
            properties: {
              type: { type: 'string', enum: ['tick', 'untick', 'set', 'clear'] },
              item: { type: 'string' },
              value: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            },
          },
        },
      },
      response: { 200: { $ref: 'Alert#' }, ...errors(400, 401, 403, 404, 422) },
    },
  ),
  policeAdvice: route(['alerts'], 'Record police advice (police advisor)', {
    params: idParams,
    body: {
      type: 'object',
      required: ['function', 'name', 'advisedAt', 'secondOpinion', 'recommendation'],
      properties: {
        function: { type: 'string', enum: ['hovd-p', 'ovd-oc'] },
        name: { type: 'string' },
        advisedAt: { type: 'string', format: 'date-time' },
        secondOpinion: { type: 'boolean' },
        recommendation: { type: 'string', enum: ['send', 'send-with-changes', 'do-not-send'] },
        text: { type: 'string' },
      },
    },
    response: { 201: { $ref: 'Alert#' }, ...errors(400, 401, 403, 404) },
  }),
  deliveries: route(['delivery'], 'Delivery progress per channel', {
    params: idParams,
    response: errors(401, 403, 404),
  }),
  estimate: route(['delivery'], 'Recipients, time and cost before sending', {
    params: idParams,
    response: errors(401, 403, 404),
  }),
  estimatePreview: route(
    ['delivery'],
    'Estimate for a composition that is not saved yet (decider, composer, broadcaster)',
    {
      body: alertBody,
      response: errors(400, 401, 403, 422),
    },
  ),
  channels: route(['delivery'], 'Channels this server offers, with their figures', {
    response: errors(401),
  }),
  networkCells: route(
    ['delivery'],
    'The cell network for overshoot estimates (CSV in the format of @sirene/geo: id, operator, lon, lat, azimuth_deg, …); synthetic in this reference host',
    {
      response: {
        200: {
          description: 'One row per cell',
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        ...errors(401),
      },
    },
  ),
  events: route(
    ['events'],
    'Server-sent events (text/event-stream); Last-Event-ID replays missed events',
    {
      response: {
        200: {
          description: 'An event stream',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
        ...errors(401),
      },
    },
  ),
  audit: route(['audit'], 'Audit entries, newest first (admin, observer)', {
    querystring: {
      type: 'object',
      properties: {
        alertId: { type: 'string' },
        limit: { type: 'integer', minimum: 1, maximum: 1000 },
        before: { type: 'integer', minimum: 1 },
      },
    },
    response: errors(401, 403),
  }),
  auditVerify: route(['audit'], 'Recompute the hash chain (admin, observer)', {
    response: errors(401, 403),
  }),
  subscribers: route(['subscribers'], 'Subscriber registry (admin)', {
    querystring: {
      type: 'object',
      properties: {
        limit: { type: 'integer', minimum: 1, maximum: 1000 },
        offset: { type: 'integer', minimum: 0 },
      },
    },
    response: errors(401, 403),
  }),
  addSubscriber: route(['subscribers'], 'Register a subscriber with up to 5 addresses (admin)', {
    body: { type: 'object', additionalProperties: true },
    response: errors(401, 403, 422),
  }),
  deleteSubscriber: route(['subscribers'], 'Remove a subscriber (admin)', {
    params: idParams,
    response: errors(401, 403, 404),
  }),
  health: { tags: ['meta'], summary: 'Liveness and database check' },
  feed: { tags: ['feed'], summary: 'CAP feed (Atom), public' },
  feedEntry: { tags: ['feed'], summary: 'One CAP document of the feed, public', params: idParams },
} as const;
