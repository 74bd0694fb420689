/**
 * The reference host page: login, the dashboard of running and recent alerts with live
 * status and delivery progress, the workspace that wires the five elements together,
 * the broadcaster's view (notification, final check, estimate, send), the one-action
 * end message and the exercise watermark. The elements get data only through
 * properties and answer through events; this page is the only place that calls the API.
 */
import '@sirene/area-editor/sirene-area-editor.js';
import '@sirene/message-composer/sirene-message-composer.js';
import '@sirene/overshoot-estimator/sirene-overshoot-estimator.js';
import '@sirene/cap-preview/sirene-cap-preview.js';
import '@sirene/checklist/sirene-checklist.js';
// Type-only: the events' entries in GlobalEventHandlersEventMap (erased at runtime).
import type {} from '@sirene/area-editor';
import type { ReadyAnswer } from '@sirene/message-composer';
import type {} from '@sirene/overshoot-estimator';
import type {} from '@sirene/cap-preview';
import type {} from '@sirene/checklist';
import { capAreaToShapes } from '@sirene/geo';
import type { ChecklistAction, ChecklistState, SireneAlert } from '@sirene/core';
import type { SireneArea } from '@sirene/geo';
import { Api, describeError, type ApiError } from './api.js';
import { announce, formatTime, h, ht, pageLang, setPageLang, t, ta, tx } from './dom.js';
import {
  checklistRoles,
  dropUnsaved,
  formatEuro,
  formatSeconds,
  gatesOpen,
  IdempotencyKeys,
  keepUnsaved,
  may,
  parseRoute,
  progressOf,
  readUnsaved,
  restoreDecision,
  routeHash,
  saveBody,
  screenFor,
  unsavedKey,
  type AlertSummary,
  type AlertView,
  type ChannelProgress,
  type Estimate,
  type Route,
  type ServerEvent,
  type Session,
} from './logic.js';
import type { MessageKey, PageLang } from './messages.js';

/** The sender name new drafts start with (CAP `senderName`, editable in the composer). */
const SENDER_NAME = 'Veiligheidsregio Rotterdam-Rijnmond';
const LANG_KEY = 'sirene-host:lang';
const SESSION_HINT = 'sirene-host:logged-in';
/** Every alert also goes out on this server's public CAP feed (info boards, screens). */
const ALSO_ON = ['cap-feed'];

const api = new Api();
const keys = new IdempotencyKeys(() => crypto.randomUUID());

interface Screen {
  /** Handles a server event; the dashboard and alert screens refresh what it touches. */
  onEvent(event: ServerEvent): void;
  dispose(): void;
}

const app: {
  session: Session | undefined;
  mode: 'exercise' | 'actual' | undefined;
  events: EventSource | undefined;
  screen: Screen | undefined;
  cells: Promise<string | null> | undefined;
  /** Ready alerts the broadcaster was told about and has not opened yet. */
  notices: Map<string, { headline: string; by: string }>;
  /** The running alert an end message draft was just made for. */
  pendingEnd: { draftId: string; running: SireneAlert } | undefined;
} = {
  session: undefined,
  mode: undefined,
  events: undefined,
  screen: undefined,
  cells: undefined,
  notices: new Map(),
  pendingEnd: undefined,
};

// ── shell ──────────────────────────────────────────────────────────────────────────

function main(): HTMLElement {
  const el = document.getElementById('main');
  if (!el) throw new Error('index.html lacks <main id="main">');
  return el;
}

function renderShell(): void {
  const band = document.getElementById('mode-band');
  if (band) {
    band.hidden = app.mode === undefined;
    band.className = app.mode === 'actual' ? 'band actual' : 'band exercise';
    tx(band, app.mode === 'actual' ? 'actual-band' : 'exercise-band');
  }
  document.body.classList.toggle('exercise', app.mode === 'exercise');
  const bar = document.getElementById('userbar');
  if (!bar) return;
  bar.replaceChildren();
  const s = app.session;
  if (s) {
    const roles = s.user.roles.map((r) => t(`role-${r}` as MessageKey)).join(', ');
    bar.append(
      h('a', { href: '#/', id: 'nav-dashboard' }, ht('span', {}, 'nav-dashboard')),
      ht('span', { class: 'who' }, 'logged-in-as', { name: s.user.displayName, roles }),
      h(
        'span',
        { id: 'live', class: 'live connecting', role: 'status' },
        ht('span', {}, 'live-connecting'),
      ),
    );
  }
  const langButton = ht('button', { type: 'button', id: 'lang-switch' }, 'lang-switch');
  ta(langButton, 'aria-label', 'lang-switch-label');
  langButton.addEventListener('click', () => {
    const next: PageLang = pageLang() === 'nl' ? 'en' : 'nl';
    localStorage.setItem(LANG_KEY, next);
    api.lang = next;
    api.networkMessage = t('error-network');
    setPageLang(next);
    api.networkMessage = t('error-network');
    app.screen?.onEvent({ id: 0, type: 'page.lang', at: '', data: {} });
  });
  bar.append(langButton);
  if (s) {
    const out = ht('button', { type: 'button', id: 'logout' }, 'logout');
    out.addEventListener('click', () => void logout());
    bar.append(out);
  }
  renderNotices();
}

function setLive(state: 'connecting' | 'live' | 'lost'): void {
  const el = document.getElementById('live');
  if (!el) return;
  el.className = `live ${state}`;
  const span = el.firstElementChild as HTMLElement | null;
  if (span)
    tx(span, state === 'live' ? 'live-on' : state === 'lost' ? 'live-lost' : 'live-connecting');
}

function renderNotices(): void {
  const box = document.getElementById('notifications');
  if (!box) return;
  box.replaceChildren();
  for (const [id, n] of app.notices) {
    const open = ht(
      'a',
      { href: routeHash({ name: 'alert', id }), class: 'button primary', id: `notice-open-${id}` },
      'notify-open',
    );
    const hide = ht('button', { type: 'button', class: 'quiet' }, 'notify-dismiss');
    hide.addEventListener('click', () => {
      app.notices.delete(id);
      renderNotices();
    });
    box.append(
      h(
        'div',
        { class: 'notice ready', 'data-alert': id },
        ht('p', {}, 'notify-ready', { headline: n.headline || t('no-title'), by: n.by }),
        h('div', { class: 'row' }, open, hide),
      ),
    );
  }
  document.title = (app.notices.size ? `(${app.notices.size}) ` : '') + t('app-title');
}

// ── session ────────────────────────────────────────────────────────────────────────

async function start(): Promise<void> {
  const stored = localStorage.getItem(LANG_KEY);
  const lang: PageLang = stored === 'en' ? 'en' : 'nl';
  api.lang = lang;
  setPageLang(lang);
  api.networkMessage = t('error-network');
  api.onUnauthorized = () => {
    if (!app.session) return;
    app.session = undefined;
    app.events?.close();
    app.events = undefined;
    renderShell();
    renderLogin(t('session-ended'));
  };
  const health = await fetch('/healthz')
    .then((r) => r.json() as Promise<{ mode?: 'exercise' | 'actual' }>)
    .catch(() => undefined);
  app.mode = health?.mode;
  // Ask for the session only when this browser logged in before: a first visit goes
  // straight to the login form, without a 401 in the console.
  const session = localStorage.getItem(SESSION_HINT)
    ? await api.request<Session>('GET', '/api/session')
    : undefined;
  if (session?.ok) await loggedIn(session.value);
  else {
    localStorage.removeItem(SESSION_HINT);
    renderShell();
    renderLogin();
  }
  window.addEventListener('hashchange', () => {
    if (app.session) route();
  });
}

async function loggedIn(session: Session): Promise<void> {
  localStorage.setItem(SESSION_HINT, '1');
  app.session = session;
  app.mode = session.mode;
  api.csrf = session.csrfToken;
  renderShell();
  connectEvents();
  route();
}

async function logout(): Promise<void> {
  await api.request('DELETE', '/api/session');
  localStorage.removeItem(SESSION_HINT);
  app.session = undefined;
  app.events?.close();
  app.events = undefined;
  app.notices.clear();
  app.screen?.dispose();
  app.screen = undefined;
  api.csrf = '';
  history.replaceState(null, '', '#/');
  renderShell();
  renderLogin();
}

function renderLogin(message?: string): void {
  app.screen?.dispose();
  app.screen = undefined;
  const user = h('input', {
    id: 'username',
    name: 'username',
    autocomplete: 'username',
    required: true,
  });
  const pass = h('input', {
    id: 'password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const error = h('p', { id: 'login-error', class: 'error', role: 'alert' });
  if (message) error.textContent = message;
  const submit = ht(
    'button',
    { type: 'submit', class: 'primary', id: 'login-submit' },
    'login-submit',
  );
  const form = h(
    'form',
    { id: 'login', class: 'panel login', novalidate: true, 'aria-labelledby': 'login-heading' },
    ht('h1', { id: 'login-heading' }, 'login-heading'),
    ht('p', {}, 'login-intro'),
    h('div', { class: 'field' }, ht('label', { for: 'username' }, 'login-username'), user),
    h('div', { class: 'field' }, ht('label', { for: 'password' }, 'login-password'), pass),
    error,
    submit,
    app.mode === 'exercise' ? ht('p', { class: 'hint' }, 'login-demo') : null,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!user.value.trim() || !pass.value) {
      tx(error, 'login-missing');
      (user.value.trim() ? pass : user).focus();
      return;
    }
    submit.disabled = true;
    tx(submit, 'login-busy');
    void api
      .request<Session>('POST', '/api/session', {
        username: user.value.trim(),
        password: pass.value,
      })
      .then(async (r) => {
        submit.disabled = false;
        tx(submit, 'login-submit');
        if (!r.ok) {
          error.textContent = r.error.message;
          pass.select();
          pass.focus();
          return;
        }
        await loggedIn(r.value);
      });
  });
  main().replaceChildren(form);
  user.focus();
}

// ── live updates ───────────────────────────────────────────────────────────────────

function connectEvents(): void {
  app.events?.close();
  const source = new EventSource('/api/events');
  app.events = source;
  setLive('connecting');
  let lost = false;
  source.addEventListener('open', () => {
    setLive('live');
    // After a break (a restarted server replays nothing) the screen reads its data again.
    if (lost) app.screen?.onEvent({ id: 0, type: 'page.reconnect', at: '', data: {} });
    lost = false;
  });
  source.addEventListener('error', () => (lost = true));
  // The browser reconnects by itself (retry: 2000) and sends Last-Event-ID, so the
  // server replays what was missed; the page only says so meanwhile.
  source.addEventListener('error', () =>
    setLive(source.readyState === EventSource.CLOSED ? 'lost' : 'lost'),
  );
  const types = [
    'alert.created',
    'alert.updated',
    'alert.ready',
    'alert.reopened',
    'alert.broadcasting',
    'alert.stopped',
    'alert.expired',
    'alert.checklist',
    'alert.police-advice',
    'delivery.progress',
    'delivery.report',
  ];
  for (const type of types) {
    source.addEventListener(type, (e) => {
      setLive('live');
      let event: ServerEvent;
      try {
        event = JSON.parse((e as MessageEvent<string>).data) as ServerEvent;
      } catch {
        return;
      }
      onServerEvent(event);
    });
  }
}

function onServerEvent(event: ServerEvent): void {
  const s = app.session;
  if (!s) return;
  const id = typeof event.data.alertId === 'string' ? event.data.alertId : undefined;
  if (event.type === 'alert.ready' && id && event.notify?.some((r) => s.user.roles.includes(r))) {
    app.notices.set(id, {
      headline: String(event.data.headline ?? ''),
      by: String(event.data.by ?? ''),
    });
    renderNotices();
  }
  if (
    id &&
    ['alert.broadcasting', 'alert.reopened', 'alert.stopped', 'alert.expired'].includes(event.type)
  ) {
    if (app.notices.delete(id)) renderNotices();
  }
  app.screen?.onEvent(event);
}

// ── routing ────────────────────────────────────────────────────────────────────────

function route(): void {
  const r: Route = parseRoute(location.hash);
  app.screen?.dispose();
  app.screen = undefined;
  if (r.name === 'dashboard') app.screen = new Dashboard();
  else if (r.name === 'new') app.screen = new AlertScreen(undefined);
  else {
    if (app.notices.delete(r.id)) renderNotices();
    app.screen = new AlertScreen(r.id);
  }
  main().focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function go(r: Route): void {
  const hash = routeHash(r);
  if (location.hash === hash) route();
  else location.hash = hash;
}

// ── dashboard ──────────────────────────────────────────────────────────────────────

function stateBadge(state: string): HTMLElement {
  return ht(
    'span',
    { class: `badge state-${state}`, 'data-state': state },
    `state-${state}` as MessageKey,
  );
}

function progressCell(channels: readonly ChannelProgress[] | undefined): HTMLElement {
  if (!channels || channels.length === 0) return ht('span', {}, 'progress-none');
  const p = progressOf(channels);
  return h(
    'span',
    { class: 'progress-cell' },
    h('progress', { max: 100, value: p.percent, 'aria-hidden': 'true' }),
    ht('span', { class: 'progress-text' }, 'progress-line', {
      percent: p.percent,
      done: p.done,
      total: p.total,
    }),
  );
}

class Dashboard implements Screen {
  #disposed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #progress = new Map<string, ChannelProgress[]>();
  readonly #body = h('tbody');
  readonly #status = h('p', { class: 'status', role: 'status' });

  constructor() {
    const s = app.session;
    const heading = ht('h1', { id: 'dashboard-heading' }, 'dashboard-heading');
    const actions = h('div', { class: 'row' });
    if (s && may(s.user.roles, 'create')) {
      const add = ht(
        'a',
        { href: '#/new', class: 'button primary', id: 'new-alert' },
        'dashboard-new',
      );
      actions.append(add);
    }
    const table = h(
      'table',
      { class: 'alerts', id: 'alerts' },
      ht('caption', {}, 'dashboard-caption'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ht('th', { scope: 'col' }, 'col-title'),
          ht('th', { scope: 'col' }, 'col-state'),
          ht('th', { scope: 'col' }, 'col-type'),
          ht('th', { scope: 'col' }, 'col-updated'),
          ht('th', { scope: 'col' }, 'col-progress'),
          ht('th', { scope: 'col' }, 'col-actions'),
        ),
      ),
      this.#body,
    );
    main().replaceChildren(
      h(
        'section',
        { class: 'dashboard', 'aria-labelledby': 'dashboard-heading' },
        h('div', { class: 'title-row' }, heading, actions),
        this.#status,
        table,
      ),
    );
    void this.#load();
  }

  async #load(): Promise<void> {
    const r = await api.request<AlertSummary[]>('GET', '/api/alerts?limit=50');
    if (this.#disposed) return;
    if (!r.ok) {
      tx(this.#status, 'load-failed', { message: r.error.message });
      return;
    }
    this.#status.textContent = '';
    const list = r.value;
    // Progress of what was sent (the newest few; the rest is fetched when opened).
    const sent = list.filter((a) => a.state !== 'draft' && a.state !== 'ready').slice(0, 10);
    await Promise.all(
      sent
        .filter((a) => !this.#progress.has(a.id) || a.state === 'broadcasting')
        .map(async (a) => {
          const d = await api.request<{ channels: ChannelProgress[] }>(
            'GET',
            `/api/alerts/${a.id}/deliveries`,
          );
          if (d.ok) this.#progress.set(a.id, d.value.channels);
        }),
    );
    if (this.#disposed) return;
    const s = app.session;
    for (const a of list) {
      if (a.state === 'ready' && s && may(s.user.roles, 'broadcast') && !app.notices.has(a.id)) {
        app.notices.set(a.id, { headline: a.headline, by: '—' });
      }
    }
    renderNotices();
    const followed = new Set(list.map((a) => a.follows).filter((f): f is string => f !== null));
    this.#body.replaceChildren(
      ...(list.length === 0
        ? [h('tr', {}, ht('td', { colspan: 6 }, 'dashboard-empty'))]
        : list.map((a) => this.#row(a, followed))),
    );
  }

  #row(a: AlertSummary, followed: ReadonlySet<string>): HTMLElement {
    const s = app.session;
    const actions = h('td', { class: 'actions' });
    const open = h('a', { href: routeHash({ name: 'alert', id: a.id }) }, ht('span', {}, 'open'));
    actions.append(open);
    if (s && a.state === 'broadcasting' && may(s.user.roles, 'followUp') && !followed.has(a.id)) {
      const end = ht(
        'button',
        { type: 'button', 'data-action': 'end', 'data-alert': a.id },
        'end-message',
      );
      end.addEventListener('click', () => void startFollowUp(a.id, end, 'end'));
      actions.append(end);
    }
    const title = h(
      'a',
      { href: routeHash({ name: 'alert', id: a.id }), class: 'title' },
      a.headline || t('no-title'),
    );
    return h(
      'tr',
      { 'data-id': a.id, 'data-state': a.state },
      h('td', {}, title, h('div', { class: 'identifier' }, a.identifier)),
      h('td', {}, stateBadge(a.state)),
      h('td', {}, ht('span', {}, `msgtype-${a.msgType}` as MessageKey)),
      h('td', {}, formatTime(a.updatedAt, true)),
      h('td', {}, progressCell(this.#progress.get(a.id))),
      actions,
    );
  }

  onEvent(event: ServerEvent): void {
    if (event.type === 'page.lang') return void this.#load();
    const id = event.data.alertId;
    if (
      event.type === 'delivery.progress' &&
      typeof id === 'string' &&
      Array.isArray(event.data.channels)
    ) {
      this.#progress.set(id, event.data.channels as ChannelProgress[]);
      const cell = this.#body.querySelector(`tr[data-id="${id}"] td:nth-child(5)`);
      cell?.replaceChildren(progressCell(event.data.channels as ChannelProgress[]));
      return;
    }
    // Several events arrive together (a broadcast stops another, …): one reload.
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#load(), 150);
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
  }
}

/**
 * One action: the end message of a running alert (the end-of-situation template over it),
 * or a follow-up (its texts, to change), as a draft that references it.
 */
async function startFollowUp(
  id: string,
  button: HTMLButtonElement,
  kind: 'end' | 'update' | 'cancel',
): Promise<void> {
  const label = FOLLOW_UP_TEXT[kind];
  button.disabled = true;
  tx(button, `${label}-busy`);
  const running = await api.request<AlertView>('GET', `/api/alerts/${id}`);
  const made = running.ok
    ? await api.request<AlertView>('POST', `/api/alerts/${id}/follow-up`, {
        kind: kind === 'cancel' ? 'Cancel' : 'Update',
      })
    : running;
  button.disabled = false;
  tx(button, label);
  if (!made.ok) {
    announceError('load-failed', made.error);
    return;
  }
  if (running.ok && kind === 'end') {
    app.pendingEnd = { draftId: made.value.id, running: running.value.alert };
  }
  announce(t(`${label}-made`));
  go({ name: 'alert', id: made.value.id });
}

const FOLLOW_UP_TEXT = {
  end: 'end-message',
  update: 'follow-up',
  cancel: 'cancel-alert',
} as const satisfies Record<string, MessageKey>;

/**
 * An explicit confirmation in a modal dialog, like the send's: focus starts on "back";
 * back or Escape cancels and returns focus to the button that asked (it needs an id).
 * Resolves true for "yes".
 */
function confirmAction(
  opener: HTMLElement,
  o: { id: string; heading: MessageKey; text: MessageKey; yes: MessageKey; back: MessageKey },
): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = ht('button', { type: 'button', class: 'danger', id: `${o.id}-confirm` }, o.yes);
    const back = ht('button', { type: 'button', id: `${o.id}-back`, autofocus: true }, o.back);
    const dialog = h(
      'dialog',
      {
        id: o.id,
        class: app.mode === 'actual' ? 'confirm actual' : 'confirm exercise',
        'aria-labelledby': `${o.id}-heading`,
        'aria-describedby': `${o.id}-text`,
      },
      ht('h2', { id: `${o.id}-heading` }, o.heading),
      ht('p', { id: `${o.id}-text` }, o.text),
      h('div', { class: 'row' }, back, yes),
    );
    let answered = false;
    const done = (answer: boolean) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      // The screen may have been drawn anew meanwhile (live events): its button of that name.
      if (!answer) (opener.isConnected ? opener : document.getElementById(opener.id))?.focus();
      resolve(answer);
    };
    back.addEventListener('click', () => done(false));
    yes.addEventListener('click', () => done(true));
    dialog.addEventListener('cancel', (ev) => {
      ev.preventDefault();
      done(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    back.focus();
  });
}

function announceError(key: MessageKey, error: ApiError): void {
  const box = document.getElementById('page-error');
  const text = t(key, { message: describeError(error) });
  if (box) {
    box.textContent = text;
    box.hidden = false;
    return;
  }
  // Screens without their own error line (the dashboard): one at the top of the page.
  main().prepend(h('p', { class: 'error', role: 'alert', id: 'page-error' }, text));
}

// ── the alert screen ─────────────────────────────────────────────────────────────

/** A SireneArea from the first area of an alert's first info. */
function areaOf(alert: SireneAlert | undefined): SireneArea | null {
  const area = alert?.cap.infos[0]?.areas[0];
  if (!area) return null;
  return { effect: capAreaToShapes(area), source: [] } as SireneArea;
}

function loadCells(): Promise<string | null> {
  app.cells ??= api
    .request<string>('GET', '/api/network/cells')
    .then((r) => (r.ok ? r.value : null));
  return app.cells;
}

/**
 * One alert: the workspace (draft), the review or the broadcaster's view (ready) or the
 * status (sent), with the same element instances kept while the alert changes state.
 */
class AlertScreen implements Screen {
  view: AlertView | undefined;
  #disposed = false;
  readonly #root = h('section', { class: 'alert-screen' });
  readonly #error = h('p', { id: 'page-error', class: 'error', role: 'alert', hidden: true });
  readonly #saveStatus = h('p', { id: 'save-status', class: 'save-status', role: 'status' });
  #composer: HTMLElementTagNameMap['sirene-message-composer'] | undefined;
  #area: HTMLElementTagNameMap['sirene-area-editor'] | undefined;
  #estimator: HTMLElementTagNameMap['sirene-overshoot-estimator'] | undefined;
  #preview: HTMLElementTagNameMap['sirene-cap-preview'] | undefined;
  #checklists = new Map<string, HTMLElementTagNameMap['sirene-checklist']>();
  #checklistBox = h('div', { class: 'checklists', 'data-pending': '0' });
  #checklistQueue: Promise<void> = Promise.resolve();
  #checklistPending = 0;
  #latest: AlertView | undefined;
  #gatePanel = h('div', { class: 'gate-panel', id: 'gate-panel' });
  #progressPanel = h('div', { class: 'progress-panel', id: 'progress-panel' });
  #estimatePanel = h('div', { class: 'estimate', id: 'estimate' });
  #estimate: Estimate | undefined;
  #progress: readonly ChannelProgress[] | undefined;
  #previous: AlertView | undefined;
  #followedBy: string | undefined;
  #shown: string | undefined;
  // Saving.
  #pending: SireneAlert | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> | undefined;
  #conflict = false;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly id: string | undefined) {
    main().replaceChildren(this.#root);
    this.#root.append(ht('p', { class: 'status' }, 'loading'));
    void this.#load();
    window.addEventListener('pagehide', this.#flushLocal);
  }

  get #user() {
    const s = app.session;
    if (!s) throw new Error('not logged in');
    return s.user;
  }

  get #storageKey(): string {
    return unsavedKey(this.#user.username, this.view?.id);
  }

  async #load(): Promise<void> {
    if (this.id) {
      const r = await api.request<AlertView>('GET', `/api/alerts/${this.id}`);
      if (this.#disposed) return;
      if (!r.ok) {
        this.#root.replaceChildren(
          h(
            'p',
            { class: 'error', role: 'alert' },
            r.error.status === 404
              ? t('not-found')
              : t('load-failed', { message: r.error.message }),
          ),
          this.#backLink(),
        );
        return;
      }
      this.view = r.value;
      await this.#loadRelations();
    }
    this.#render();
  }

  async #loadRelations(): Promise<void> {
    const v = this.view;
    if (!v) return;
    if (v.follows && this.#previous?.id !== v.follows) {
      const p = await api.request<AlertView>('GET', `/api/alerts/${v.follows}`);
      if (p.ok) this.#previous = p.value;
    }
    if (v.alert.sirene.state !== 'draft' && v.alert.sirene.state !== 'ready') {
      const list = await api.request<AlertSummary[]>('GET', '/api/alerts?limit=200');
      if (list.ok) this.#followedBy = list.value.find((a) => a.follows === v.id)?.id;
    }
  }

  #backLink(): HTMLElement {
    return h('a', { href: '#/', class: 'back' }, ht('span', {}, 'back-dashboard'));
  }

  /** Builds the screen for the alert's current state (elements are reused). */
  #render(): void {
    const v = this.view;
    const state = v?.alert.sirene.state ?? 'draft';
    const screen = screenFor(state, this.#user.roles);
    const next = `${screen}:${state}`;
    // A map element taken out of the page drops its map (and does not make it again when
    // put back), and every render builds the screen anew: each render gets new map
    // elements. The area the operator sees carries over (it may be newer than the view).
    if (this.#shown !== undefined) {
      const shown = this.#area?.value;
      this.#area = undefined;
      this.#estimator = undefined;
      if (shown && screen === 'workspace') this.#makeArea(true).value = shown;
    }
    // The new state's screen starts at its top (status, progress, actions).
    if (this.#shown !== undefined && this.#shown !== next) window.scrollTo(0, 0);
    this.#shown = next;
    const header = this.#header();
    if (screen === 'workspace') this.#renderWorkspace(header);
    else this.#renderSent(header, screen);
  }

  #header(): HTMLElement {
    const v = this.view;
    const state = v?.alert.sirene.state ?? 'draft';
    const editable = may(this.#user.roles, 'edit');
    const headingKey: MessageKey = !v
      ? 'workspace-heading-new'
      : state === 'draft'
        ? editable
          ? 'workspace-heading'
          : 'workspace-heading-readonly'
        : state === 'ready'
          ? may(this.#user.roles, 'broadcast')
            ? 'broadcast-heading'
            : 'review-heading'
          : 'status-heading';
    const info = v?.alert.cap.infos[0];
    const meta = h('p', { class: 'meta' });
    if (v) {
      meta.append(
        stateBadge(state),
        ' ',
        ht('span', { class: 'badge' }, `msgtype-${v.alert.cap.msgType}` as MessageKey),
        ' ',
        h('span', { class: 'identifier' }, v.alert.cap.identifier),
      );
      const ref = v.alert.cap.references[0];
      if (v.follows && ref) {
        meta.append(
          ' · ',
          h(
            'a',
            { href: routeHash({ name: 'alert', id: v.follows }) },
            t('follows-line', { identifier: ref.identifier }),
          ),
        );
      }
      if (this.#followedBy) {
        meta.append(
          ' · ',
          h(
            'a',
            { href: routeHash({ name: 'alert', id: this.#followedBy }), id: 'followed-by' },
            t('followed-line', { link: this.#followedBy.slice(0, 8) }),
          ),
        );
      }
      if (v.expiresAt && state === 'broadcasting')
        meta.append(' · ', t('expires-line', { time: formatTime(v.expiresAt, true) }));
      if (v.endedAt)
        meta.append(
          ' · ',
          t('ended-line', { time: formatTime(v.endedAt, true), reason: v.endReason ?? '' }),
        );
    }
    return h(
      'header',
      { class: 'screen-header' },
      this.#backLink(),
      ht('h1', { id: 'screen-heading' }, headingKey),
      h('p', { class: 'headline', id: 'alert-headline' }, info?.headline ?? ''),
      meta,
      this.#error,
    );
  }

  // ── elements ─────────────────────────────────────────────────────────────────

  #makeArea(readonly: boolean): HTMLElementTagNameMap['sirene-area-editor'] {
    let el = this.#area;
    if (!el) {
      el = document.createElement('sirene-area-editor');
      el.profile = 'nl-alert';
      el.addEventListener('sirene-area-change', (e) => {
        if (this.#composer) this.#composer.area = e.detail;
        if (this.#estimator) this.#estimator.area = e.detail.area;
      });
      const initial = areaOf(this.view?.alert);
      if (initial) el.value = initial;
      this.#area = el;
    }
    el.readonly = readonly;
    return el;
  }

  #makeEstimator(): HTMLElementTagNameMap['sirene-overshoot-estimator'] {
    let el = this.#estimator;
    if (!el) {
      const made = document.createElement('sirene-overshoot-estimator');
      el = made;
      made.mode = 'any-overlap';
      made.area = this.#area?.value ?? areaOf(this.view?.alert);
      void loadCells().then((csv) => {
        if (csv) made.cells = csv;
      });
      // A suggested smaller area (less overshoot) goes to the editor; the operator sees it.
      made.addEventListener('sirene-area-suggest', (e) => {
        const area = this.#area;
        if (!area || area.readonly) return;
        area.value = e.detail.area;
        made.area = e.detail.area;
        if (this.#composer) this.#composer.area = e.detail.area;
      });
      this.#estimator = el;
    }
    return el;
  }

  #makePreview(): HTMLElementTagNameMap['sirene-cap-preview'] {
    let el = this.#preview;
    if (!el) {
      el = document.createElement('sirene-cap-preview');
      el.setAttribute('profile', 'nl-alert');
      el.addEventListener('sirene-finding-activate', (e) => {
        void this.#composer?.focusField(e.detail.path);
      });
      this.#preview = el;
    }
    el.alert = this.view?.alert ?? this.#composer?.alert;
    if (this.#previous) el.previous = this.#previous.alert;
    return el;
  }

  #makeComposer(readonly: boolean): HTMLElementTagNameMap['sirene-message-composer'] {
    let el = this.#composer;
    if (!el) {
      const made = document.createElement('sirene-message-composer');
      el = made;
      made.profile = 'nl-alert';
      made.mode = app.mode === 'actual' ? 'actual' : 'exercise';
      made.senderName = SENDER_NAME;
      made.sender = app.session?.sender ?? '';
      if (this.view) made.alert = this.view.alert;
      made.addEventListener('sirene-alert-change', (e) => {
        if (this.#preview) this.#preview.alert = e.detail.alert;
        if (e.detail.alert.sirene.state === 'draft') this.#schedule(e.detail.alert);
      });
      made.addEventListener('sirene-ready-request', (e) => {
        // The composer waits, read-only, until the server has marked the alert ready.
        e.detail.respond(this.#markReady(e.detail.alert));
      });
      this.#composer = el;
    }
    el.readonly = readonly;
    return el;
  }

  #syncChecklists(interactive: boolean): void {
    const v = this.view;
    this.#checklistBox.replaceChildren(ht('h2', { id: 'checklist-heading' }, 'checklist-heading'));
    if (!v) {
      this.#checklistBox.append(
        ht('p', { class: 'hint', id: 'checklist-pending' }, 'checklist-after-save'),
      );
      return;
    }
    const roles = checklistRoles(this.#user.roles);
    const procedure = v.alert.sirene.procedure ?? {};
    for (const gate of v.gates.filter((g) => g.required || this.#checklists.has(g.checklist))) {
      let el = this.#checklists.get(gate.checklist);
      if (!el) {
        const made = document.createElement('sirene-checklist');
        el = made;
        made.checklistId = gate.checklist;
        made.gate = 'send';
        made.addEventListener('sirene-checklist-change', (e) => {
          void this.#checklistAction(gate.checklist, e.detail.action, made);
        });
        this.#checklists.set(gate.checklist, el);
      }
      el.state = procedure[gate.checklist] as ChecklistState | undefined;
      el.user = { id: String(this.#user.id), name: this.#user.displayName, roles };
      el.readonly = !interactive || !may(this.#user.roles, 'checklist');
      this.#checklistBox.append(el);
    }
  }

  /**
   * Sends checklist actions one after another, in the order the operator took them.
   * While some are on their way the element keeps what the operator sees; the server's
   * state is shown once the last one is answered (or at once when one is refused).
   */
  #checklistAction(
    checklist: string,
    action: ChecklistAction,
    el: HTMLElementTagNameMap['sirene-checklist'],
  ): Promise<void> {
    this.#checklistPending++;
    this.#checklistBox.dataset.pending = String(this.#checklistPending);
    const run = async (): Promise<void> => {
      const v = this.view;
      if (!v || this.#disposed) return;
      const r = await api.request<AlertView>('POST', `/api/alerts/${v.id}/checklist`, {
        checklist,
        action,
      });
      if (this.#disposed) return;
      if (!r.ok) {
        // The server decides: show its state again and say why.
        el.state = (this.view?.alert.sirene.procedure ?? {})[checklist] as
          ChecklistState | undefined;
        announceError('checklist-failed', r.error);
        return;
      }
      this.#hideError();
      this.#latest = r.value;
    };
    this.#checklistQueue = this.#checklistQueue.then(run).finally(() => {
      this.#checklistPending--;
      if (this.#checklistPending === 0 && this.#latest) {
        const latest = this.#latest;
        this.#latest = undefined;
        this.#adopt(latest);
      }
      this.#checklistBox.dataset.pending = String(this.#checklistPending);
    });
    return this.#checklistQueue;
  }

  /** Takes a newer server view: checklists, gates and panels follow; the composer keeps its input. */
  #adopt(view: AlertView): void {
    const before = this.view;
    if (before && view.version < before.version) return;
    const stateChanged = before?.alert.sirene.state !== view.alert.sirene.state;
    this.view = view;
    if (stateChanged) {
      void this.#loadRelations().then(() => {
        if (!this.#disposed) this.#render();
      });
      return;
    }
    const procedure = view.alert.sirene.procedure ?? {};
    if (this.#checklistPending === 0) {
      for (const [id, el] of this.#checklists)
        el.state = procedure[id] as ChecklistState | undefined;
    }
    if (this.#composer && before && this.#composer.alert) {
      // Same CAP, new procedure: the composer keeps its form (its documented contract).
      const current = this.#composer.alert;
      this.#composer.alert = { cap: current.cap, sirene: { ...current.sirene, procedure } };
    }
    this.#renderGate();
  }

  #hideError(): void {
    this.#error.hidden = true;
    this.#error.textContent = '';
  }

  /**
   * Police advice (extreme-violence guideline), stored with the alert: the recorded
   * advice for everyone, and for the police advisor the form to record it.
   */
  #policePanel(): HTMLElement | string {
    const v = this.view;
    const advisor = this.#user.roles.includes('police-advisor');
    if (!v || (!advisor && v.policeAdvice.length === 0)) return '';
    const box = h(
      'section',
      { class: 'police', 'aria-labelledby': 'police-heading' },
      ht('h3', { id: 'police-heading' }, 'police-heading'),
    );
    const list = h('ul', { id: 'police-advice' });
    for (const a of v.policeAdvice) {
      list.append(
        h(
          'li',
          {},
          t('police-line', {
            who: `${a.function === 'hovd-p' ? 'HOvD-P' : 'OvD-OC'} ${a.name}`,
            time: formatTime(a.advisedAt, true),
            advice: t(`police-${a.recommendation}` as MessageKey),
            second: t(a.secondOpinion ? 'police-second-yes' : 'police-second-no'),
          }),
          a.text ? h('div', { class: 'hint' }, a.text) : null,
        ),
      );
    }
    if (v.policeAdvice.length) box.append(list);
    if (!advisor) return box;
    const field = (id: string, key: MessageKey, control: HTMLElement) =>
      h('div', { class: 'field' }, ht('label', { for: id }, key), control);
    const fn = h(
      'select',
      { id: 'pa-function' },
      h('option', { value: 'hovd-p' }, 'HOvD-P'),
      h('option', { value: 'ovd-oc' }, 'OvD-OC'),
    );
    const name = h('input', { id: 'pa-name', autocomplete: 'name', required: true });
    const now = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000);
    const time = h('input', {
      id: 'pa-time',
      type: 'datetime-local',
      value: now.toISOString().slice(0, 16),
      required: true,
    });
    const second = h('input', { id: 'pa-second', type: 'checkbox' });
    const rec = h(
      'select',
      { id: 'pa-recommendation' },
      ht('option', { value: 'send' }, 'police-send'),
      ht('option', { value: 'send-with-changes' }, 'police-send-with-changes'),
      ht('option', { value: 'do-not-send' }, 'police-do-not-send'),
    );
    const text = h('textarea', { id: 'pa-text', rows: 2 });
    const error = h('p', { class: 'error', role: 'alert' });
    const submit = ht(
      'button',
      { type: 'submit', class: 'primary', id: 'pa-submit' },
      'police-submit',
    );
    const form = h(
      'form',
      { id: 'police-form', novalidate: true },
      field('pa-function', 'police-function', fn),
      field('pa-name', 'police-name', name),
      field('pa-time', 'police-time', time),
      h('div', { class: 'row' }, second, ht('label', { for: 'pa-second' }, 'police-second')),
      field('pa-recommendation', 'police-recommendation', rec),
      field('pa-text', 'police-text', text),
      error,
      submit,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const at = new Date(time.value);
      if (!name.value.trim() || Number.isNaN(at.getTime())) {
        tx(error, 'police-missing');
        (name.value.trim() ? time : name).focus();
        return;
      }
      submit.disabled = true;
      void api
        .request<AlertView>('POST', `/api/alerts/${v.id}/police-advice`, {
          function: fn.value,
          name: name.value.trim(),
          advisedAt: at.toISOString(),
          secondOpinion: second.checked,
          recommendation: rec.value,
          text: text.value,
        })
        .then((r) => {
          submit.disabled = false;
          if (!r.ok) {
            error.textContent = describeError(r.error);
            return;
          }
          announce(t('police-done'));
          this.view = r.value;
          this.#render();
        });
    });
    box.append(form);
    return box;
  }

  // ── workspace (draft) ──────────────────────────────────────────────────────────

  #renderWorkspace(header: HTMLElement): void {
    const editable = may(this.#user.roles, 'edit');
    const composer = this.#makeComposer(!editable);
    const area = this.#makeArea(!editable);
    const estimator = this.#makeEstimator();
    const preview = this.#makePreview();
    this.#syncChecklists(true);
    this.#root.replaceChildren(
      header,
      editable ? this.#saveStatus : '',
      h(
        'div',
        { class: 'workspace' },
        h(
          'section',
          { class: 'panel area', 'aria-labelledby': 'area-heading' },
          ht('h2', { id: 'area-heading' }, 'area-heading'),
          area,
          h(
            'details',
            { class: 'estimator' },
            ht('summary', { id: 'estimator-heading' }, 'estimator-heading'),
            estimator,
          ),
        ),
        h(
          'section',
          { class: 'panel composer', 'aria-labelledby': 'composer-heading' },
          ht('h2', { id: 'composer-heading' }, 'composer-heading'),
          composer,
        ),
        h(
          'section',
          { class: 'panel checklist', 'aria-labelledby': 'checklist-heading' },
          this.#checklistBox,
          this.#policePanel(),
        ),
        h(
          'section',
          { class: 'panel preview', 'aria-labelledby': 'preview-heading' },
          ht('h2', { id: 'preview-heading' }, 'preview-heading'),
          preview,
        ),
      ),
    );
    if (!editable) return;
    if (!this.view) tx(this.#saveStatus, 'save-idle');
    else
      tx(this.#saveStatus, 'save-done', {
        time: formatTime(this.view.updatedAt),
        revision: this.view.revision,
      });
    this.#restoreLocal();
    void this.#applyPendingEnd();
  }

  /** Unsaved input kept in this browser comes back (or, after someone else saved, is offered). */
  #restoreLocal(): void {
    const unsaved = readUnsaved(localStorage, this.#storageKey);
    const v = this.view;
    const decision = restoreDecision(
      unsaved,
      v ? { revision: v.revision, state: v.alert.sirene.state } : undefined,
    );
    if (!unsaved || decision === 'none') return;
    const composer = this.#composer;
    if (!composer) return;
    if (decision === 'conflict' && v) {
      this.#showConflict(v.revision, unsaved.baseRevision, unsaved.alert);
      return;
    }
    composer.alert = unsaved.alert;
    const restored = areaOf(unsaved.alert);
    if (restored && this.#area) {
      this.#area.value = restored;
      if (this.#estimator) this.#estimator.area = restored;
    }
    if (this.#preview) this.#preview.alert = unsaved.alert;
    announce(t('restored-local', { time: formatTime(unsaved.at) }));
    tx(this.#saveStatus, 'restored-local', { time: formatTime(unsaved.at) });
    this.#schedule(unsaved.alert, 0);
  }

  /** The end message just made from the dashboard: the end template over the running alert. */
  async #applyPendingEnd(): Promise<void> {
    const pending = app.pendingEnd;
    const v = this.view;
    const composer = this.#composer;
    if (!pending || !v || pending.draftId !== v.id || !composer) return;
    app.pendingEnd = undefined;
    // Judged as stopped: the server stops the running broadcast when this one goes out.
    const running: SireneAlert = {
      ...pending.running,
      sirene: { ...pending.running.sirene, state: 'stopped' },
    };
    await composer.updateComplete;
    const started = composer.startEnd(running);
    if (!started.ok) return;
    const alert: SireneAlert = {
      cap: {
        ...started.alert.cap,
        identifier: v.alert.cap.identifier,
        sender: v.alert.cap.sender,
        references: v.alert.cap.references,
      },
      sirene: { ...started.alert.sirene, procedure: v.alert.sirene.procedure ?? {} },
    };
    composer.alert = alert;
    if (this.#preview) this.#preview.alert = alert;
    this.#schedule(composer.alert ?? alert, 0);
  }

  #flushLocal = (): void => {
    if (this.#pending) this.#keepLocal(this.#pending);
  };

  #keepLocal(alert: SireneAlert): void {
    keepUnsaved(localStorage, this.#storageKey, {
      alert,
      baseRevision: this.view?.revision ?? 0,
      at: new Date().toISOString(),
    });
  }

  /** Keeps the input in this browser now and saves it to the server shortly. */
  #schedule(alert: SireneAlert, delay = 600): void {
    if (this.#conflict || !may(this.#user.roles, 'edit')) return;
    if (this.view && this.view.alert.sirene.state !== 'draft') return;
    if (!alert.sirene.templateId && !this.view) return;
    this.#pending = alert;
    this.#keepLocal(alert);
    if (!this.view) tx(this.#saveStatus, 'save-local');
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#save(), delay);
  }

  /** Saves what is pending; one request at a time, the newest input last. */
  async #save(): Promise<void> {
    if (this.#saving) {
      await this.#saving;
      if (this.#pending) return this.#save();
      return;
    }
    const alert = this.#pending;
    if (!alert || this.#conflict) return;
    this.#pending = undefined;
    this.#saving = this.#send(alert).finally(() => (this.#saving = undefined));
    await this.#saving;
    if (this.#pending && !this.#conflict) await this.#save();
  }

  async #send(alert: SireneAlert): Promise<void> {
    tx(this.#saveStatus, 'save-busy');
    const v = this.view;
    const oldKey = this.#storageKey;
    const r = v
      ? await api.request<AlertView>('PUT', `/api/alerts/${v.id}`, {
          ...saveBody(alert, ALSO_ON),
          revision: v.revision,
        })
      : await api.request<AlertView>('POST', '/api/alerts', saveBody(alert, ALSO_ON));
    if (this.#disposed) return;
    if (!r.ok) {
      if (r.error.code === 'alert.conflict') {
        const current = (r.error.details?.current as AlertView | undefined) ?? undefined;
        this.#showConflict(current?.revision ?? 0, v?.revision ?? 0, alert);
        return;
      }
      if (r.error.code === 'alert.not-editable') {
        tx(this.#saveStatus, 'not-editable', {
          state: t(`state-${this.view?.alert.sirene.state ?? 'draft'}` as MessageKey),
        });
        return;
      }
      // Kept locally; the next change (or the button) tries again.
      this.#pending ??= alert;
      const retry = ht('button', { type: 'button', id: 'save-retry' }, 'save-retry');
      retry.addEventListener('click', () => void this.#save());
      this.#saveStatus.replaceChildren(
        ht('span', {}, 'save-failed', { message: describeError(r.error) }),
        ' ',
        retry,
      );
      return;
    }
    const created = !v;
    this.view = r.value;
    if (!this.#pending) dropUnsaved(localStorage, oldKey);
    if (created) {
      dropUnsaved(localStorage, oldKey);
      if (this.#pending) this.#keepLocal(this.#pending);
      history.replaceState(null, '', routeHash({ name: 'alert', id: r.value.id }));
      const heading = document.getElementById('screen-heading');
      if (heading) tx(heading, 'workspace-heading');
      this.#syncChecklists(true);
    }
    tx(this.#saveStatus, 'save-done', {
      time: formatTime(r.value.updatedAt),
      revision: r.value.revision,
    });
    const headline = document.getElementById('alert-headline');
    const now = r.value.alert.cap.infos[0]?.headline;
    if (headline && now) headline.textContent = now;
  }

  #showConflict(current: number, given: number, mine: SireneAlert): void {
    this.#conflict = true;
    clearTimeout(this.#saveTimer);
    this.#keepLocal(mine);
    const keepMine = ht(
      'button',
      { type: 'button', class: 'primary', id: 'conflict-mine' },
      'conflict-mine',
    );
    const theirs = ht('button', { type: 'button', id: 'conflict-theirs' }, 'conflict-theirs');
    const box = h(
      'div',
      { class: 'conflict', role: 'alert', id: 'conflict' },
      ht('h2', {}, 'conflict-heading'),
      ht('p', {}, 'conflict-text', { current, given }),
      h('div', { class: 'row' }, keepMine, theirs),
    );
    this.#saveStatus.replaceChildren(box);
    keepMine.addEventListener('click', () => {
      void (async () => {
        const r = await api.request<AlertView>('GET', `/api/alerts/${this.view?.id ?? ''}`);
        if (!r.ok) return announceError('load-failed', r.error);
        this.view = r.value;
        this.#conflict = false;
        this.#pending = this.#composer?.alert ?? mine;
        await this.#save();
      })();
    });
    theirs.addEventListener('click', () => {
      void (async () => {
        const r = await api.request<AlertView>('GET', `/api/alerts/${this.view?.id ?? ''}`);
        if (!r.ok) return announceError('load-failed', r.error);
        this.view = r.value;
        this.#conflict = false;
        this.#pending = undefined;
        dropUnsaved(localStorage, this.#storageKey);
        if (this.#composer) this.#composer.alert = r.value.alert;
        const area = areaOf(r.value.alert);
        if (area && this.#area) this.#area.value = area;
        if (this.#preview) this.#preview.alert = r.value.alert;
        tx(this.#saveStatus, 'save-done', {
          time: formatTime(r.value.updatedAt),
          revision: r.value.revision,
        });
      })();
    });
    keepMine.focus();
  }

  /** The composer confirmed "mark ready": save exactly that message, then ask the server. */
  /** Saves the draft and asks the server to mark it ready; the composer shows the answer. */
  async #markReady(alert: SireneAlert): Promise<ReadyAnswer> {
    clearTimeout(this.#saveTimer);
    const draft: SireneAlert = { ...alert, sirene: { ...alert.sirene, state: 'draft' } };
    if (this.#saving) await this.#saving;
    this.#pending = draft;
    await this.#save();
    const v = this.view;
    if (this.#conflict || !v) return { ok: false, message: t('ready-unsaved') };
    const r = await api.request<AlertView>('POST', `/api/alerts/${v.id}/ready`);
    if (this.#disposed) return { ok: false };
    if (!r.ok) {
      announceError('ready-failed', r.error);
      return { ok: false, message: describeError(r.error) };
    }
    this.#hideError();
    dropUnsaved(localStorage, this.#storageKey);
    announce(t('ready-done'));
    this.#adopt(r.value);
    return { ok: true };
  }

  // ── ready and sent ─────────────────────────────────────────────────────────────

  #renderSent(header: HTMLElement, screen: 'broadcast' | 'review' | 'status'): void {
    const v = this.view;
    if (!v) return;
    const preview = this.#makePreview();
    const area = this.#makeArea(true);
    const state = v.alert.sirene.state;
    const sections: (HTMLElement | null)[] = [header];
    if (screen === 'broadcast' || screen === 'review') {
      this.#syncChecklists(true);
      sections.push(
        h(
          'div',
          { class: 'broadcast-grid' },
          h(
            'div',
            { class: 'side' },
            h(
              'section',
              { class: 'panel final-check', 'aria-labelledby': 'final-check-heading' },
              ht('h2', { id: 'final-check-heading' }, 'final-check-heading'),
              ht('p', {}, screen === 'broadcast' ? 'final-check-text' : 'review-text'),
              this.#estimatePanel,
              this.#gatePanel,
            ),
          ),
          h(
            'div',
            { class: 'main-column' },
            h(
              'section',
              { class: 'panel preview', 'aria-labelledby': 'preview-heading' },
              ht('h2', { id: 'preview-heading' }, 'preview-heading'),
              preview,
            ),
            h(
              'section',
              { class: 'panel checklist', 'aria-labelledby': 'checklist-heading' },
              this.#checklistBox,
              this.#policePanel(),
            ),
            h(
              'section',
              { class: 'panel area', 'aria-labelledby': 'area-heading' },
              ht('h2', { id: 'area-heading' }, 'area-heading'),
              area,
            ),
          ),
        ),
      );
      this.#renderGate();
      void this.#loadEstimate();
    } else {
      this.#checklistBox.replaceChildren();
      sections.push(
        h(
          'div',
          { class: 'status-grid' },
          h(
            'section',
            { class: 'panel progress', 'aria-labelledby': 'progress-heading' },
            ht('h2', { id: 'progress-heading' }, 'progress-heading'),
            this.#progressPanel,
            this.#statusActions(state),
          ),
          h(
            'section',
            { class: 'panel preview', 'aria-labelledby': 'preview-heading' },
            ht('h2', { id: 'preview-heading' }, 'preview-heading'),
            preview,
          ),
          h(
            'section',
            { class: 'panel area', 'aria-labelledby': 'area-heading' },
            ht('h2', { id: 'area-heading' }, 'area-heading'),
            area,
          ),
        ),
      );
      void this.#loadProgress();
    }
    this.#root.replaceChildren(...sections.filter((s): s is HTMLElement => s !== null));
  }

  #statusActions(state: string): HTMLElement {
    const row = h('div', { class: 'row actions' });
    const roles = this.#user.roles;
    const v = this.view;
    if (!v) return row;
    if (state === 'broadcasting' && may(roles, 'followUp') && !this.#followedBy) {
      const end = ht(
        'button',
        { type: 'button', class: 'primary', id: 'end-message', 'data-action': 'end' },
        'end-message',
      );
      end.addEventListener('click', () => void startFollowUp(v.id, end, 'end'));
      const update = ht('button', { type: 'button', id: 'follow-up' }, 'follow-up');
      update.addEventListener('click', () => void startFollowUp(v.id, update, 'update'));
      row.append(end, update);
    }
    if (state === 'broadcasting' && may(roles, 'stop')) {
      const stop = ht('button', { type: 'button', class: 'danger', id: 'stop' }, 'stop');
      stop.addEventListener('click', () => {
        void (async () => {
          const sure = await confirmAction(stop, {
            id: 'stop-dialog',
            heading: 'stop-heading',
            text: 'stop-confirm',
            yes: 'stop-yes',
            back: 'stop-back',
          });
          if (!sure) return;
          stop.disabled = true;
          tx(stop, 'stop-busy');
          const r = await api.request<AlertView>('POST', `/api/alerts/${v.id}/stop`);
          if (this.#disposed) return;
          if (!r.ok) {
            stop.disabled = false;
            tx(stop, 'stop');
            stop.focus();
            announceError('stop-failed', r.error);
            return;
          }
          announce(t('stop-done'));
          this.#adopt(r.value);
        })();
      });
      row.append(stop);
    }
    const box = h('div', { class: 'status-actions' }, row);
    // Withdrawing an alert sent in error (CAP Cancel) differs from ending it: say when.
    const cancellable = ['broadcasting', 'stopped', 'expired'].includes(state);
    if (
      cancellable &&
      v.alert.cap.msgType !== 'Cancel' &&
      may(roles, 'followUp') &&
      !this.#followedBy
    ) {
      const cancel = ht(
        'button',
        { type: 'button', class: 'danger', id: 'cancel-alert', 'aria-describedby': 'cancel-when' },
        'cancel-alert',
      );
      cancel.addEventListener('click', () => {
        void (async () => {
          const sure = await confirmAction(cancel, {
            id: 'cancel-dialog',
            heading: 'cancel-heading',
            text: 'cancel-confirm',
            yes: 'cancel-yes',
            back: 'cancel-back',
          });
          if (sure) await startFollowUp(v.id, cancel, 'cancel');
        })();
      });
      box.append(
        h(
          'div',
          { class: 'cancel-box' },
          ht('p', { class: 'hint', id: 'cancel-when' }, 'cancel-when'),
          cancel,
        ),
      );
    }
    return box;
  }

  async #loadProgress(): Promise<void> {
    const v = this.view;
    if (!v) return;
    const r = await api.request<{ channels: ChannelProgress[] }>(
      'GET',
      `/api/alerts/${v.id}/deliveries`,
    );
    if (r.ok && !this.#disposed) this.#applyProgress(r.value.channels);
  }

  /**
   * Keeps the most advanced delivery counts (an answer to a request may overtake an
   * event, or arrive before the screen shows progress) and shows them on the status screen.
   */
  #applyProgress(channels: readonly ChannelProgress[]): void {
    const known = this.#progress ? progressOf(this.#progress).done : -1;
    if (progressOf(channels).done >= known) this.#progress = channels;
    if (this.#progress && this.#shown?.startsWith('status')) this.#renderProgress(this.#progress);
  }

  #renderProgress(channels: readonly ChannelProgress[]): void {
    const p = progressOf(channels);
    const total = h(
      'div',
      { class: 'total' },
      h('progress', {
        id: 'progress-total-bar',
        max: 100,
        value: p.percent,
        'aria-labelledby': 'progress-total',
      }),
      ht('p', { id: 'progress-total', 'data-percent': p.percent }, 'progress-total', {
        percent: p.percent,
        done: p.done,
        total: p.total,
      }),
    );
    const list = h('ul', { class: 'channels' });
    for (const c of channels) {
      const cp = progressOf([c]);
      const label = `${t(`channel-${c.channel}` as MessageKey)}`;
      list.append(
        h(
          'li',
          { 'data-channel': c.channel },
          h('span', {}, t('progress-channel', { channel: label, done: cp.done, total: cp.total })),
          h('progress', { max: 100, value: cp.percent, 'aria-label': label }),
          h('span', {}, `${cp.percent} %`),
        ),
      );
    }
    const was = this.#progressPanel.querySelector('#progress-total')?.getAttribute('data-percent');
    this.#progressPanel.replaceChildren(total, list);
    if (p.percent === 100 && was !== '100') announce(t('progress-done'));
  }

  async #loadEstimate(): Promise<void> {
    const v = this.view;
    if (!v) return;
    this.#estimatePanel.replaceChildren(
      ht('h3', { id: 'estimate-heading' }, 'estimate-heading'),
      ht('p', {}, 'estimate-loading'),
    );
    const r = await api.request<Estimate>('GET', `/api/alerts/${v.id}/estimate`);
    if (this.#disposed) return;
    if (!r.ok) {
      this.#estimatePanel.replaceChildren(
        ht('h3', {}, 'estimate-heading'),
        ht('p', { class: 'error' }, 'estimate-failed', { message: r.error.message }),
      );
      return;
    }
    this.#estimate = r.value;
    const e = r.value;
    const lang = pageLang();
    const list = h('ul', {});
    for (const c of e.channels) {
      const channel = t(`channel-${c.channel}` as MessageKey);
      const time = formatSeconds(c.seconds);
      const cost = formatEuro(c.costEur, lang);
      list.append(
        h(
          'li',
          {},
          !c.available
            ? t('estimate-unavailable', { channel })
            : c.cells !== undefined
              ? t('estimate-channel-cells', { channel, cells: c.cells, time, cost })
              : t('estimate-channel-people', {
                  channel,
                  recipients: c.recipients ?? 0,
                  time,
                  cost,
                }),
        ),
      );
    }
    this.#estimatePanel.replaceChildren(
      ht('h3', { id: 'estimate-heading' }, 'estimate-heading'),
      h(
        'p',
        { id: 'estimate-total' },
        h(
          'strong',
          {},
          t('estimate-total', {
            time: formatSeconds(e.seconds),
            cost: formatEuro(e.costEur, lang),
          }),
        ),
      ),
      list,
    );
  }

  /** The send gate as the server sees it, and the send button (broadcaster) or reopen (composer). */
  #renderGate(): void {
    const v = this.view;
    if (!v || v.alert.sirene.state !== 'ready') return;
    const roles = this.#user.roles;
    const lang = pageLang();
    const open = gatesOpen(v.gates);
    const reasons = h('div', { id: 'send-reasons', tabindex: -1, class: open ? 'ok' : 'blocked' });
    if (open) reasons.append(ht('p', {}, 'send-allowed'));
    else {
      reasons.append(ht('p', {}, 'send-blocked'));
      const ul = h('ul', {});
      for (const g of v.gates.filter((x) => x.required && !x.open)) {
        for (const b of g.blockers) {
          const m = b.message as unknown as Record<string, string>;
          ul.append(h('li', {}, m[lang] ?? m.en ?? b.item));
        }
      }
      reasons.append(ul);
    }
    const row = h('div', { class: 'row actions' });
    if (may(roles, 'broadcast')) {
      const send = ht(
        'button',
        {
          type: 'button',
          class: 'primary send',
          id: 'send',
          'aria-describedby': 'send-reasons',
          'aria-disabled': open ? 'false' : 'true',
        },
        'send',
      );
      send.addEventListener('click', () => {
        if (!gatesOpen(this.view?.gates ?? [])) {
          reasons.focus();
          return;
        }
        this.#confirmSend();
      });
      row.append(send);
    } else row.append(ht('p', { class: 'hint' }, 'send-not-yours'));
    if (may(roles, 'reopen')) {
      const reopen = ht('button', { type: 'button', id: 'reopen' }, 'reopen');
      reopen.addEventListener('click', () => {
        void api.request<AlertView>('POST', `/api/alerts/${v.id}/reopen`).then((r) => {
          if (!r.ok) return announceError('load-failed', r.error);
          announce(t('reopen-done'));
          this.#adopt(r.value);
        });
      });
      row.append(reopen);
    }
    this.#gatePanel.replaceChildren(reasons, row);
  }

  /** The explicit confirmation; the idempotency key makes repeated clicks one broadcast. */
  #confirmSend(): void {
    const v = this.view;
    if (!v) return;
    const info = v.alert.cap.infos[0];
    const exercise = v.alert.cap.status === 'Exercise';
    const lang = pageLang();
    const yes = ht(
      'button',
      { type: 'button', class: 'primary send', id: 'send-confirm' },
      'confirm-yes',
    );
    const back = ht('button', { type: 'button', id: 'send-back', autofocus: true }, 'confirm-back');
    const e = this.#estimate;
    const dialog = h(
      'dialog',
      {
        id: 'send-dialog',
        class: exercise ? 'confirm exercise' : 'confirm actual',
        'aria-labelledby': 'send-dialog-heading',
      },
      ht('h2', { id: 'send-dialog-heading' }, 'confirm-heading'),
      ht('p', { class: 'mode-line' }, exercise ? 'confirm-exercise' : 'confirm-actual'),
      h(
        'dl',
        {},
        ht('dt', {}, 'confirm-title'),
        h('dd', {}, info?.headline ?? info?.event ?? ''),
        ht('dt', {}, 'confirm-area'),
        h('dd', {}, info?.areas.map((a) => a.areaDesc).join(', ') ?? ''),
        ht('dt', {}, 'confirm-channels'),
        h('dd', {}, v.alert.sirene.channels.map((c) => t(`channel-${c}` as MessageKey)).join(', ')),
        e ? ht('dt', {}, 'confirm-estimate') : null,
        e
          ? h(
              'dd',
              {},
              t('estimate-total', {
                time: formatSeconds(e.seconds),
                cost: formatEuro(e.costEur, lang),
              }),
            )
          : null,
      ),
      h('div', { class: 'row' }, back, yes),
    );
    document.body.append(dialog);
    const close = () => {
      dialog.close();
      dialog.remove();
      document.getElementById('send')?.focus();
    };
    back.addEventListener('click', close);
    dialog.addEventListener('cancel', (ev) => {
      ev.preventDefault();
      close();
    });
    const key = keys.keyFor(v.id, v.version);
    yes.addEventListener('click', () => {
      yes.disabled = true;
      tx(yes, 'send-busy');
      void api
        .request<AlertView>('POST', `/api/alerts/${v.id}/broadcast`, undefined, {
          'idempotency-key': key,
        })
        .then((r) => {
          dialog.close();
          dialog.remove();
          if (!r.ok) {
            announceError('send-failed', r.error);
            return;
          }
          this.#hideError();
          announce(t('send-done'));
          this.#adopt(r.value);
        });
    });
    dialog.showModal();
    back.focus();
  }

  onEvent(event: ServerEvent): void {
    const v = this.view;
    if (event.type === 'page.lang') {
      if (this.#estimate) void this.#loadEstimate();
      this.#renderGate();
      if (v && v.alert.sirene.state !== 'draft' && v.alert.sirene.state !== 'ready')
        void this.#loadProgress();
      return;
    }
    const id = event.data.alertId;
    if (v && event.type === 'page.reconnect') {
      void api.request<AlertView>('GET', `/api/alerts/${v.id}`).then((r) => {
        if (!r.ok || this.#disposed) return;
        // An editor keeps the revision they edited, so a save in between still conflicts.
        const mine = this.view?.revision ?? r.value.revision;
        const editing = may(this.#user.roles, 'edit');
        this.#adopt(editing ? { ...r.value, revision: Math.min(r.value.revision, mine) } : r.value);
      });
      if (this.#shown?.startsWith('status')) void this.#loadProgress();
      return;
    }
    if (!v || typeof id !== 'string') return;
    if (event.type === 'delivery.progress' && id === v.id && Array.isArray(event.data.channels)) {
      this.#applyProgress(event.data.channels as ChannelProgress[]);
      return;
    }
    if (event.type === 'alert.created' && event.data.follows === v.id) {
      this.#followedBy = id;
    }
    const touches = id === v.id || event.data.follows === v.id || event.data.by === v.id;
    if (!touches || event.type.startsWith('delivery.')) return;
    const version = typeof event.data.version === 'number' ? event.data.version : undefined;
    if (id === v.id && version !== undefined && version <= v.version) return;
    // Someone else's change: fetch the alert once the burst settles.
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => {
      void api.request<AlertView>('GET', `/api/alerts/${v.id}`).then((r) => {
        if (!r.ok || this.#disposed) return;
        if (r.value.alert.sirene.state === 'draft' && this.#composer && !this.#composer.readonly) {
          // The composer's own input wins on screen; a newer revision shows up as a
          // conflict at the next save, with both versions.
          const mine = this.view;
          if (mine)
            this.#adopt({ ...r.value, revision: mine.revision, alert: { ...r.value.alert } });
          return;
        }
        if (r.value.alert.sirene.state === 'draft' && this.#composer)
          this.#composer.alert = r.value.alert;
        if (this.#preview && r.value.alert.sirene.state === 'draft')
          this.#preview.alert = r.value.alert;
        const area = areaOf(r.value.alert);
        if (area && this.#area?.readonly) this.#area.value = area;
        this.#adopt(r.value);
        if (this.#shown?.startsWith('status')) this.#render();
      });
    }, 100);
  }

  dispose(): void {
    this.#disposed = true;
    this.#flushLocal();
    clearTimeout(this.#saveTimer);
    clearTimeout(this.#refreshTimer);
    if (this.#pending) void this.#save();
    window.removeEventListener('pagehide', this.#flushLocal);
  }
}

void start();
