import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_SEVERITIES,
  CAP_URGENCIES,
  expiresAt,
  formatCapDateTime,
  stateLabel,
  type AlertState,
  type CapCategory,
  type Finding,
  type Lang,
  type LintFinding,
  type MessageTemplate,
  type SireneAlert,
  type TemplateContext,
} from '@sirene/core';
import { FormController, LocalizeController, base, tokens } from '@sirene/ui';
import {
  INFO_FIELDS,
  PROFILE_TIME_ZONES,
  adoptAlert,
  applyArea,
  buildAlert,
  checkAlert,
  countFindings,
  createState,
  durationOptions,
  fieldForPath,
  findTemplate,
  findingExcerpt,
  followUp,
  hasOwnTexts,
  localizedValue,
  markReady,
  measureInfo,
  newIdentifier,
  normalizeArea,
  parseDraft,
  pickText,
  readySummary,
  reopen,
  resolveTemplates,
  sameCap,
  selectTemplate,
  serializeDraft,
  setCapChoice,
  setLocalized,
  setOverride,
  splitDuration,
  splitForced,
  storageKey,
  templatesFor,
  transliterateLanguage,
  type BuildContext,
  type BuildResult,
  type ChannelMeasures,
  type CheckResult,
  type ComposerAreaInput,
  type ComposerMode,
  type ComposerProfile,
  type ComposerState,
  type InfoField,
  type LocalizedField,
} from './message-composer.controller.js';
import { styles } from './message-composer.styles.js';
import { SireneAlertChangeEvent, SireneReadyRequestEvent, type ReadyAnswer } from './events.js';
import { messages, translations, type ComposerMessageKey } from './messages.js';

/** How long typing must rest before the draft is written to sessionStorage. */
const AUTOSAVE_DELAY_MS = 400;

/** How long typing must rest before a changed check result is announced (no chatter per keystroke). */
const CHECKS_ANNOUNCE_DELAY_MS = 700;

const CONTEXT_ORDER: readonly TemplateContext[] = ['general', 'extreme-violence', 'end', 'test'];

const WATERMARK: Record<ComposerProfile, string> = {
  'nl-alert': 'OEFENING / EXERCISE',
  'be-alert': 'OEFENING / EXERCICE / ÜBUNG',
};

const ICONS: Record<Finding['severity'], TemplateResult> = {
  error: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9zm.8 5.3-1.4 1.4 3.3 3.3-3.3 3.3 1.4 1.4 3.3-3.3 3.3 3.3 1.4-1.4-3.3-3.3 3.3-3.3-1.4-1.4-3.3 3.3z"/>`}
  </svg>`,
  warning: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z"/>`}
  </svg>`,
  info: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v2h-2zm0 4h2v6h-2z"/>`}
  </svg>`,
};

/** The result of `startUpdate` and `startEnd`. */
export type FollowUpStart = { ok: true; alert: SireneAlert } | { ok: false; finding: Finding };

/**
 * Steps 8–10 of the NL-Alert procedure in one element: pick a standard message and adapt
 * it, fill the fixed components (sender, date and time, risk, location, action advice,
 * more information), check every language side by side with live channel counters
 * (cell-broadcast pages, SMS parts, WEA) and the safety lint, set the duration, and mark
 * the message ready — never by accident: one explicit button, blocked with its reasons
 * while core's `canMarkReady` fails (for extreme violence: until police advice and a
 * second opinion are recorded), then a confirmation that restates title, area, duration
 * and mode.
 *
 * Follow-up and end messages start from a sent alert in one call (`startUpdate`,
 * `startEnd`), with `references` set. In exercise mode every part says so: status
 * Exercise, a band across the top, diagonal text across the element. With
 * `autosave-key`, every change is kept in sessionStorage, so a reload loses nothing.
 *
 * Form-associated: submits the alert as JSON under its `name`, invalid while any finding
 * is an error.
 *
 * @tag sirene-message-composer
 * @summary Compose an NL-Alert or BE-Alert from a standard message: fixed components, languages side by side, counters, safety lint, duration, ready.
 *
 * @fires {SireneAlertChangeEvent} sirene-alert-change - After every change of the alert: `{ alert, findings, ready, previous? }`.
 * @fires {SireneReadyRequestEvent} sirene-ready-request - Cancelable; the operator confirmed "mark ready": `{ alert, result, signal, respond }`; `respond(promise)` to decide later.
 * @fires {Event} change - Native `change` after each change the operator made, for form-minded hosts.
 *
 * @slot actions - Host controls shown next to "Mark ready", such as a link to the checklist.
 *
 * @csspart watermark - The exercise band across the top (only in exercise mode).
 * @csspart header - Title, state, mode and autosave status.
 * @csspart notice - Notices: restored draft, follow-up, refusals, rejected templates.
 * @csspart template - The standard-message picker.
 * @csspart components - The fixed components.
 * @csspart languages - The languages side by side.
 * @csspart language - One language column.
 * @csspart message - The text phones show in one language, with characters that force UCS-2 marked.
 * @csspart counter - The channel counters of one language.
 * @csspart details - A collapsible "CAP details" section.
 * @csspart findings - The list of checks.
 * @csspart finding - One finding.
 * @csspart actions - The "mark ready" area with its reasons.
 * @csspart confirmation - The confirmation dialog.
 *
 * @cssprop --sirene-message-composer-accent - Buttons and focus (falls back to `--sirene-color-accent`).
 * @cssprop --sirene-message-composer-surface - Background (falls back to `--sirene-color-surface`).
 * @cssprop --sirene-message-composer-panel - Background of panels and columns (falls back to `--sirene-color-surface-raised`).
 * @cssprop --sirene-message-composer-border - Borders (falls back to `--sirene-color-border`).
 * @cssprop --sirene-message-composer-exercise - Exercise band and watermark (falls back to `--sirene-color-exercise`); the band's text takes `--sirene-color-on-exercise`.
 * @cssprop --sirene-message-composer-mark - Background of characters that force UCS-2.
 * @cssprop --sirene-message-composer-error - Errors (falls back to `--sirene-color-danger`).
 * @cssprop --sirene-message-composer-warning - Warnings (falls back to `--sirene-color-warning`).
 * @cssprop --sirene-message-composer-success - Ready, fits (falls back to `--sirene-color-success`).
 * @cssprop --sirene-message-composer-column-width - Minimum width of a language column (default 17rem).
 *
 * @attribute lang - Language of the interface and of finding messages (`nl`, `en`, `fr`, `de`); inherited when absent.
 */
export class SireneMessageComposer extends LitElement {
  static override styles = [tokens, base, styles];
  static formAssociated = true;

  // Reactive properties are declared here rather than with decorators: TypeScript's
  // down-levelled standard decorators (target ES2022) cost a helper, a static block, a
  // storage field and an accessor pair per property, about 1 kB gzip of the element.
  static override properties = {
    profile: { reflect: true },
    mode: { reflect: true },
    templates: { attribute: false },
    templateId: { attribute: 'template-id' },
    sender: {},
    senderName: { attribute: 'sender-name' },
    autosaveKey: { attribute: 'autosave-key', reflect: true },
    name: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    clock: { attribute: false },
    draft: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    savedAt: { state: true, attribute: false },
    saveFailed: { state: true, attribute: false },
    restoredAt: { state: true, attribute: false },
    modeNotice: { state: true, attribute: false },
    followUpError: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
    openSections: { state: true, attribute: false },
  };

  /** `nl-alert` (Dutch and English) or `be-alert` (Dutch, French, German): languages, templates, validation, time zone. */
  declare profile: ComposerProfile;

  /**
   * `actual` or `exercise`. In exercise mode the message has status Exercise, and a band
   * and diagonal watermark mark the element. Changing it is announced.
   */
  declare mode: ComposerMode;

  /**
   * Standard messages to pick from (data, see core's template README and JSON schema).
   * Default: the shipped ones. Set `[...SHIPPED_TEMPLATES, ...yours]` to add your own;
   * each is checked with `parseMessageTemplate` and rejected ones are shown with the reason.
   * Only templates written for `profile` are offered.
   */
  declare templates: readonly MessageTemplate[] | undefined;

  /** Id of the standard message a new draft starts with; none picked when absent. */
  declare templateId: string | undefined;

  /** CAP `sender` of new drafts, e.g. `vr-utrecht@nl-alert.nl`. Editable in the CAP details. */
  declare sender: string;

  /** The "sender" fixed component of new drafts (CAP `senderName`), e.g. "Veiligheidsregio Utrecht". */
  declare senderName: string;

  /**
   * Key under which every change is kept in sessionStorage (debounced, and on `pagehide`).
   * When the element connects with the same key, the draft is restored and announced,
   * with a "discard draft" button. No autosave without it.
   */
  declare autosaveKey: string | undefined;

  /** Form field name: the alert is submitted as JSON. */
  declare name: string | undefined;

  /** Shows the message without letting anyone change it. */
  declare readonly: boolean;

  /** The clock for the send time; the host may supply its own (server time). */
  declare clock: () => Date;

  declare private draft: ComposerState | undefined;
  declare private announcement: string;
  declare private savedAt: Date | undefined;
  declare private saveFailed: boolean;
  declare private restoredAt: string | undefined;
  declare private modeNotice: { was: ComposerMode; now: ComposerMode } | undefined;
  declare private followUpError: Finding | undefined;
  declare private formDisabled: boolean;
  declare private openSections: ReadonlySet<string>;

  constructor() {
    super();
    this.profile = 'nl-alert';
    this.mode = 'actual';
    this.sender = '';
    this.senderName = '';
    this.readonly = false;
    this.clock = () => new Date();
    this.announcement = '';
    this.saveFailed = false;
    this.formDisabled = false;
    this.openSections = new Set();
  }

  readonly #l10n = new LocalizeController(this, translations);

  /**
   * Also waits for the texts of a newly chosen language (French and German load on
   * demand), so after `await el.updateComplete` the element speaks its `lang`.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#l10n.ready;
    return super.getUpdateComplete();
  }
  readonly #form = new FormController(this);
  #area: ComposerAreaInput | undefined;
  #hostAlert: SireneAlert | undefined;
  #previous: SireneAlert | undefined;
  #now: Date = new Date();
  #build: BuildResult | undefined;
  #check: CheckResult | undefined;
  #built: { draft: ComposerState; templates: readonly MessageTemplate[]; lang: Lang } | undefined;
  #templates: { input: readonly MessageTemplate[] | undefined; lang: Lang } | undefined;
  #resolved: ReturnType<typeof resolveTemplates> = resolveTemplates(undefined, 'en');
  #emit = false;
  #changed = false;
  #save = false;
  #restoredKey: string | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #said: string[] = [];
  #announcements = 0;
  #lastMeasures = new Map<Lang, { pages: number; parts: number; ucs2: boolean }>();
  #saidCounts: { error: number; warning: number } | undefined;
  #checksTimer: ReturnType<typeof setTimeout> | undefined;
  #focusAfter: string | undefined;
  /** The `sirene-ready-request` whose answer the composer waits for (read-only meanwhile). */
  #readyRequest: AbortController | undefined;

  // ---------------------------------------------------------------------------------
  // Public API

  /**
   * The alert as built now (CAP plus Sirene's part), or undefined before a standard
   * message is picked. Property only. Setting it loads an alert: the fixed components are
   * read back where the texts follow the template, other texts become the operator's
   * own. Setting back the alert of the last `sirene-alert-change` with only
   * `sirene.procedure`, `channels` or `state` changed keeps the form as it is (this is
   * how the host records the checklist's police advice). Does not fire
   * `sirene-alert-change`. A draft restored from autosave wins over an alert set before
   * the element connected.
   */
  get alert(): SireneAlert | undefined {
    return this.#ensureBuilt()?.alert;
  }

  set alert(value: SireneAlert | undefined) {
    const old = this.alert;
    this.#hostAlert = value ? structuredClone(value) : undefined;
    this.restoredAt = undefined;
    if (!value) {
      this.#cancelReady();
      this.#previous = undefined;
      this.draft = this.#fresh();
    } else if (old && this.draft && sameCap(old.cap, value.cap)) {
      // The same message with new procedure, channels or state: a pending "ready" goes on
      // unless the host has decided the state itself.
      if (value.sirene.state !== 'draft') this.#cancelReady();
      const next: ComposerState = { ...this.draft, state: value.sirene.state };
      if (value.sirene.procedure) next.procedure = structuredClone(value.sirene.procedure);
      else delete next.procedure;
      if (Array.isArray(value.sirene.channels)) next.channels = [...value.sirene.channels];
      this.draft = next;
    } else {
      this.#cancelReady();
      this.#previous = undefined;
      this.draft = this.#conform(adoptAlert(value, { ...this.#context(), profile: this.profile }));
    }
    this.requestUpdate('alert', old);
  }

  /**
   * The broadcast area: the area editor's value (`SireneArea` `{ effect, source }`,
   * optionally with `effectDesc` and `sourceDesc`), its `sirene-area-change` detail
   * (`{ area, capArea }`), or a `CapArea`. The effect area becomes the CAP area; its
   * description fills the effect area and the source area's description the location,
   * unless the operator typed those. Property only.
   */
  get area(): ComposerAreaInput | undefined {
    return this.#area;
  }

  set area(value: ComposerAreaInput | undefined) {
    const old = this.#area;
    this.#area = value;
    if (this.draft && this.draft.state === 'draft') {
      this.#update(applyArea(this.draft, normalizeArea(value)), { changed: false });
    }
    this.requestUpdate('area', old);
  }

  /** Every finding of the current alert (template input, CAP rules and profile, safety lint), errors first. */
  get findings(): readonly Finding[] {
    this.#ensureBuilt();
    return this.#check?.findings ?? [];
  }

  /** Whether the alert may be marked ready now (core's `canMarkReady`), and what blocks it. */
  get readiness(): { ok: boolean; findings: readonly Finding[] } {
    this.#ensureBuilt();
    return this.#check?.ready ?? { ok: false, findings: [] };
  }

  /** Whether the message is marked ready (read-only until `reopen()`). */
  get ready(): boolean {
    return this.draft?.state === 'ready';
  }

  /**
   * Starts a follow-up (CAP `Update`) of an alert that was sent: its texts, area and
   * settings, a new identifier, `references` to the whole chain. Refused — with core's
   * finding, also shown in the element — while the running broadcast is not stopped
   * (NL-Alert step 10) or when the alert was never sent.
   */
  startUpdate(running: SireneAlert): FollowUpStart {
    return this.#startFollowUp(running, 'update');
  }

  /**
   * Starts the end message of an alert that was sent: the end-of-situation template with
   * the running alert's location, effect area, sender, area and more information, and
   * `references` set. CAP `Update` with `AllClear` by default; `{ msgType: 'Cancel' }`
   * for a CAP Cancel. Refused like `startUpdate`.
   */
  startEnd(running: SireneAlert, options: { msgType?: 'Update' | 'Cancel' } = {}): FollowUpStart {
    return this.#startFollowUp(running, 'end', options.msgType);
  }

  /**
   * Moves focus to the control a finding's path belongs to (`location`,
   * `infos[1].instruction`, `expires`…), opening its section. Wire the preview's
   * `sirene-finding-activate` to it. Returns false when no control matches.
   */
  async focusField(path: string): Promise<boolean> {
    const build = this.#ensureBuilt();
    if (!this.draft || !build) return false;
    const target = fieldForPath(path, this.draft, build.languages);
    if (!target) return false;
    if (target.details) {
      const section = target.details === 'alert' ? 'alert' : `info-${target.lang ?? ''}`;
      this.openSections = new Set(this.openSections).add(section);
    }
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLElement>(`#${target.id}`);
    if (!control) return false;
    control.scrollIntoView?.({ block: 'center' });
    control.focus();
    return true;
  }

  /** Opens the "mark ready" confirmation, as the button does; false when something blocks it. */
  async requestReady(): Promise<boolean> {
    await this.updateComplete;
    if (!this.readiness.ok || this.#locked) return false;
    await this.#openConfirm();
    return true;
  }

  /** Makes a ready message an editable draft again (the send time follows the clock again). */
  reopen(): void {
    if (!this.draft || this.draft.state !== 'ready') return;
    this.#update(reopen(this.draft), { say: this.#t('reopened') });
  }

  /** Throws the autosaved draft away and starts again (from the host's `alert`, if it set one). */
  discardDraft(): void {
    this.#cancelReady();
    if (this.autosaveKey) this.#storage((s) => s.removeItem(storageKey(this.autosaveKey ?? '')));
    this.restoredAt = undefined;
    this.modeNotice = undefined;
    this.#previous = undefined;
    const next = this.#hostAlert
      ? this.#conform(adoptAlert(this.#hostAlert, { ...this.#context(), profile: this.profile }))
      : this.#fresh();
    this.#update(next, { say: this.#t('discarded'), save: false });
  }

  /** Called by the browser when an ancestor fieldset or form is disabled. @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser when the form is reset: a new, empty draft. @internal */
  formResetCallback(): void {
    this.#cancelReady();
    this.#previous = undefined;
    this.#update(this.#fresh(), { save: true });
  }

  // ---------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#flush);
    this.#restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#flush);
    this.#cancelReady();
    if (this.#checksTimer !== undefined) clearTimeout(this.#checksTimer);
    this.#checksTimer = undefined;
    this.#flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('autosaveKey') && this.isConnected) this.#restore();
    if (!this.draft) this.draft = this.#fresh();
    if (changed.has('mode') && this.draft.mode !== this.mode) {
      const had = changed.get('mode') !== undefined;
      this.draft = { ...this.draft, mode: this.mode };
      if (had) {
        this.#say(this.#t(this.mode === 'exercise' ? 'mode-now-exercise' : 'mode-now-actual'));
        this.#emit = true;
        this.#save = true;
      }
    }
    if (changed.has('profile') && this.draft.profile !== this.profile) {
      this.draft = this.#conform(this.draft);
      this.#emit = true;
    }
    if (changed.has('templateId') && this.templateId && !this.draft.templateId) {
      const template = findTemplate(this.templateId, this.#resolvedTemplates().templates);
      if (template) {
        this.draft = selectTemplate(this.draft, template);
        this.#emit = true;
      }
    }
    const build = this.#ensureBuilt();
    if (build) this.#announceChanges(build);
    if (this.#said.length > 0) {
      this.#announcements += 1;
      this.announcement = this.#said.join(' ') + (this.#announcements % 2 ? '' : '\u00a0');
      this.#said = [];
    }
  }

  protected override updated(): void {
    const alert = this.#build?.alert;
    const check = this.#check;
    this.#form.setValue(alert ? JSON.stringify(alert) : null);
    const firstError = check?.findings.find((f) => f.severity === 'error');
    const anchor =
      firstError && this.draft && this.#build
        ? fieldForPath(firstError.path, this.draft, this.#build.languages)
        : undefined;
    this.#form.setFindings(
      check?.findings ?? [],
      anchor
        ? (this.renderRoot.querySelector<HTMLElement>(`#${anchor.id}`) ?? undefined)
        : undefined,
    );
    if (this.#emit && alert && check) {
      this.#emit = false;
      const event = new SireneAlertChangeEvent({
        alert: structuredClone(alert),
        findings: check.findings,
        ready: check.ready,
        ...(this.#previous ? { previous: structuredClone(this.#previous) } : {}),
      });
      this.dispatchEvent(event);
    }
    if (this.#changed) {
      this.#changed = false;
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (this.#save) {
      this.#save = false;
      this.#scheduleSave();
    }
    if (this.#focusAfter) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.#focusAfter}`)?.focus();
      this.#focusAfter = undefined;
    }
  }

  // ---------------------------------------------------------------------------------
  // State

  #t(key: ComposerMessageKey, params?: Record<string, string | number>): string {
    return this.#l10n.t(messages, key, params);
  }

  #say(text: string): void {
    this.#said.push(text);
  }

  get #locked(): boolean {
    return (
      this.readonly ||
      this.formDisabled ||
      this.#readyRequest !== undefined ||
      this.draft?.state !== 'draft'
    );
  }

  #resolvedTemplates(): ReturnType<typeof resolveTemplates> {
    const lang = this.#l10n.lang;
    if (
      !this.#templates ||
      this.#templates.input !== this.templates ||
      this.#templates.lang !== lang
    ) {
      this.#templates = { input: this.templates, lang };
      this.#resolved = resolveTemplates(this.templates, lang);
    }
    return this.#resolved;
  }

  #context(): BuildContext {
    return {
      templates: this.#resolvedTemplates().templates,
      now: this.#now,
      lang: this.#l10n.lang,
    };
  }

  #ensureBuilt(): BuildResult | undefined {
    const draft = this.draft;
    if (!draft) return undefined;
    const context = this.#context();
    const b = this.#built;
    if (b && b.draft === draft && b.templates === context.templates && b.lang === context.lang) {
      return this.#build;
    }
    this.#build = buildAlert(draft, context);
    this.#check = checkAlert(this.#build, context);
    this.#built = { draft, templates: context.templates, lang: context.lang };
    return this.#build;
  }

  #newIdentifier(): string {
    const random = () =>
      typeof crypto !== 'undefined' && 'randomUUID' in crypto
        ? crypto.randomUUID().slice(0, 8)
        : Math.random().toString(16).slice(2, 10);
    return newIdentifier(this.clock(), random);
  }

  #fresh(): ComposerState {
    this.#now = this.clock();
    const state = createState({
      profile: this.profile,
      mode: this.mode,
      identifier: this.#newIdentifier(),
      sender: this.sender,
      senderName: this.senderName,
      ...(this.templateId ? { templateId: this.templateId } : {}),
      templates: this.#resolvedTemplates().templates,
    });
    return this.#area ? applyArea(state, normalizeArea(this.#area)) : state;
  }

  /** Makes a state from elsewhere (draft, alert, follow-up) follow this element's mode and profile. */
  #conform(next: ComposerState): ComposerState {
    let out = next;
    if (out.mode !== this.mode) {
      this.modeNotice = { was: out.mode, now: this.mode };
      out = { ...out, mode: this.mode };
    }
    if (out.profile !== this.profile) {
      const template = findTemplate(out.templateId, this.#resolvedTemplates().templates);
      const { languages: _languages, ...rest } = out;
      out = { ...rest, profile: this.profile };
      if (template && !template.profiles.includes(this.profile)) out.templateId = '';
    }
    return out;
  }

  /** A change of the draft: rebuilt, announced, emitted and autosaved. */
  #update(
    next: ComposerState,
    options: { say?: string; changed?: boolean; save?: boolean; emit?: boolean } = {},
  ): void {
    this.#now = this.clock();
    this.draft = next;
    this.#emit = options.emit ?? true;
    this.#changed = options.changed ?? true;
    this.#save = options.save ?? true;
    if (options.say) this.#say(options.say);
  }

  #edit(change: (draft: ComposerState) => ComposerState): void {
    if (!this.draft || this.#locked) return;
    this.#update(change(this.draft));
  }

  #startFollowUp(
    running: SireneAlert,
    kind: 'update' | 'end',
    endMsgType?: 'Update' | 'Cancel',
  ): FollowUpStart {
    this.#now = this.clock();
    const result = followUp(running, kind, {
      ...this.#context(),
      profile: this.profile,
      identifier: this.#newIdentifier(),
      ...(endMsgType ? { endMsgType } : {}),
    });
    if (!result.ok) {
      this.followUpError = result.finding;
      this.#say(this.#t('followup-refused', { reason: result.finding.message }));
      this.requestUpdate();
      return result;
    }
    this.followUpError = undefined;
    this.restoredAt = undefined;
    this.#previous = structuredClone(running);
    const next = this.#conform(result.state);
    this.#update(next, {
      say: this.#t('followup-started', { identifier: running.cap.identifier }),
    });
    const build = buildAlert(next, this.#context());
    if (build.alert) return { ok: true, alert: build.alert };
    const finding = build.findings[0] ?? {
      code: 'composer.template-unknown',
      severity: 'error',
      path: 'templateId',
      message: next.templateId,
      source: 'rules',
    };
    return { ok: false, finding };
  }

  // ---------------------------------------------------------------------------------
  // Autosave

  #storage(run: (storage: Storage) => void): boolean {
    try {
      run(window.sessionStorage);
      return true;
    } catch {
      return false;
    }
  }

  #restore(): void {
    const key = this.autosaveKey;
    if (!key || this.#restoredKey === key) return;
    this.#restoredKey = key;
    let stored: string | null = null;
    this.#storage((s) => (stored = s.getItem(storageKey(key))));
    const draft = parseDraft(stored);
    if (!draft) return;
    this.modeNotice = undefined;
    this.#now = this.clock();
    this.draft = this.#conform(draft.state);
    this.restoredAt = draft.savedAt;
    this.#emit = true;
    this.#say(
      this.#t('restored', { time: this.#l10n.dateTime(draft.savedAt, { timeStyle: 'medium' }) }),
    );
  }

  #scheduleSave(): void {
    if (!this.autosaveKey) return;
    if (this.#saveTimer !== undefined) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#writeDraft(), AUTOSAVE_DELAY_MS);
  }

  #writeDraft(): void {
    if (this.#saveTimer !== undefined) clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const key = this.autosaveKey;
    const draft = this.draft;
    if (!key || !draft) return;
    const now = this.clock();
    const ok = this.#storage((s) => s.setItem(storageKey(key), serializeDraft(draft, now)));
    this.saveFailed = !ok;
    if (ok) this.savedAt = now;
  }

  readonly #flush = (): void => {
    if (this.#saveTimer !== undefined || this.#save) {
      this.#save = false;
      this.#writeDraft();
    }
  };

  // ---------------------------------------------------------------------------------
  // Announcements

  /**
   * A language's name in the interface language: as written inside a sentence
   * (`inSentence`: "néerlandais", "Dutch"), or capitalized to start a heading or line.
   */
  #languageName(lang: Lang | string, inSentence = false): string {
    try {
      const name = new Intl.DisplayNames([this.#l10n.locale], { type: 'language' }).of(lang);
      if (!name) return lang;
      return inSentence
        ? name
        : name.charAt(0).toLocaleUpperCase(this.#l10n.locale) + name.slice(1);
    } catch {
      return lang;
    }
  }

  #announceChanges(build: BuildResult): void {
    const alert = build.alert;
    const seen = new Set<Lang>();
    alert?.cap.infos.forEach((info, i) => {
      const l = build.languages[i];
      if (!l) return;
      seen.add(l);
      const m = measureInfo(info);
      const now = {
        pages: m.cellBroadcast.segments,
        parts: m.sms.segments,
        ucs2: m.cellBroadcast.encoding === 'UCS-2',
      };
      const before = this.#lastMeasures.get(l);
      this.#lastMeasures.set(l, now);
      if (!before) return;
      const language = this.#languageName(l);
      if (now.ucs2 && !before.ucs2) {
        const chars = [...new Set(m.cellBroadcast.forcedUcs2.map((c) => c.char))].join(' ');
        this.#say(this.#t('announce-ucs2', { language, chars }));
      } else if (!now.ucs2 && before.ucs2) this.#say(this.#t('announce-gsm7', { language }));
      if (now.pages !== before.pages && now.pages > 0) {
        this.#say(
          now.pages === 1
            ? this.#t('announce-page-one', { language })
            : this.#t('announce-pages', { language, pages: now.pages }),
        );
      } else if (now.parts !== before.parts && now.parts > 0) {
        this.#say(this.#t('announce-parts', { language, parts: now.parts }));
      }
    });
    for (const l of [...this.#lastMeasures.keys()]) if (!seen.has(l)) this.#lastMeasures.delete(l);
    const counts = countFindings(this.#check?.findings ?? []);
    if (!this.#saidCounts) {
      this.#saidCounts = { error: counts.error, warning: counts.warning };
      return;
    }
    if (this.#checksTimer !== undefined) clearTimeout(this.#checksTimer);
    this.#checksTimer = setTimeout(() => {
      this.#checksTimer = undefined;
      const now = countFindings(this.#check?.findings ?? []);
      const said = this.#saidCounts;
      if (said && said.error === now.error && said.warning === now.warning) return;
      this.#saidCounts = { error: now.error, warning: now.warning };
      this.#sayNow(this.#t('announce-checks', { errors: now.error, warnings: now.warning }));
    }, CHECKS_ANNOUNCE_DELAY_MS);
  }

  /** Announces at once, outside an update. */
  #sayNow(text: string): void {
    this.#announcements += 1;
    this.announcement = text + (this.#announcements % 2 ? '' : '\u00a0');
  }

  // ---------------------------------------------------------------------------------
  // Actions

  #pickTemplate(id: string): void {
    const template = findTemplate(id, this.#resolvedTemplates().templates);
    if (!template || !this.draft) return;
    const own = hasOwnTexts(this.draft);
    const title = pickText(template.title, this.#l10n.lang);
    this.#edit((d) => selectTemplate(d, template));
    this.#say(this.#t(own ? 'template-changed-own' : 'template-changed', { title }));
  }

  #setLocalized(field: LocalizedField, lang: Lang, primary: Lang, value: string): void {
    this.#edit((d) => ({
      ...d,
      [field]: setLocalized(d[field], lang, primary, value),
      fromArea:
        field === 'location' || field === 'effectArea'
          ? { ...d.fromArea, [field]: false }
          : d.fromArea,
    }));
  }

  #transliterate(lang: Lang): void {
    if (!this.draft || this.#locked) return;
    const next = transliterateLanguage(this.draft, lang, this.#context());
    const after = buildAlert(next, this.#context());
    const index = after.languages.indexOf(lang);
    const info = after.alert?.cap.infos[index];
    const left = info ? measureInfo(info).cellBroadcast.forcedUcs2.length : 0;
    const language = this.#languageName(lang);
    this.#update(next, {
      say: left
        ? this.#t('transliterated-partly', { language, count: left })
        : this.#t('transliterated', { language }),
    });
    // The measures announce nothing more: this message says it all.
    this.#lastMeasures.delete(lang);
    this.#focusAfter = `message-${lang}`;
  }

  #resetOverride(lang: Lang, field: InfoField): void {
    this.#edit((d) => setOverride(d, lang, field, undefined));
    this.#say(
      this.#t('reset-done', {
        field: this.#t(`field-${field}`),
        language: this.#languageName(lang),
      }),
    );
    this.#focusAfter = `f-${field}-${lang}`;
  }

  async #openConfirm(): Promise<void> {
    if (!this.readiness.ok || this.#locked) {
      this.renderRoot.querySelector<HTMLElement>('#ready-reasons')?.focus();
      return;
    }
    // Restate the message as it would be sent now.
    this.#now = this.clock();
    this.#built = undefined;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  #closeConfirm(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  async #confirmReady(): Promise<void> {
    const draft = this.draft;
    if (!draft || this.#locked) return this.#closeConfirm();
    const now = this.clock();
    const frozen = { ...draft, sent: formatCapDateTime(now, PROFILE_TIME_ZONES[draft.profile]) };
    const context = { ...this.#context(), now };
    const build = buildAlert(frozen, context);
    const check = checkAlert(build, context);
    this.#closeConfirm();
    if (!build.alert || !check.ready.ok) {
      this.requestUpdate();
      return;
    }
    const controller = new AbortController();
    let answer: ReadyAnswer | Promise<ReadyAnswer> | undefined;
    const request = new SireneReadyRequestEvent({
      alert: structuredClone(build.alert),
      result: check.ready,
      signal: controller.signal,
      respond: (a) => void (answer ??= a),
    });
    // dispatchEvent returns false when the host called preventDefault().
    if (!this.dispatchEvent(request)) {
      this.#say(this.#t('ready-declined'));
      this.requestUpdate();
      return;
    }
    if (answer !== undefined) {
      // The host decides later: read-only and saying so until it does.
      this.#cancelReady();
      this.#readyRequest = controller;
      this.#say(this.#t('ready-waiting'));
      this.requestUpdate();
      let refusal: string | undefined;
      try {
        const result = await answer;
        if (!result.ok) {
          const reason = result.message?.trim();
          refusal = reason ? this.#t('ready-refused', { reason }) : this.#t('ready-declined');
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        refusal = this.#t('ready-failed', { reason });
      }
      if (controller.signal.aborted) return;
      this.#readyRequest = undefined;
      if (refusal !== undefined) {
        this.#say(refusal);
        this.#focusAfter = 'mark-ready';
        this.requestUpdate();
        return;
      }
    }
    // The draft now: the host may have recorded procedure or channels while it decided.
    this.#update(markReady(this.draft ?? draft, now), { say: this.#t('ready-done') });
    this.#focusAfter = 'reopen';
  }

  /** Stops waiting for the host's answer to a `sirene-ready-request`; a late answer is ignored. */
  #cancelReady(): void {
    if (!this.#readyRequest) return;
    this.#readyRequest.abort();
    this.#readyRequest = undefined;
    this.requestUpdate();
  }

  #toggleSection(id: string, open: boolean): void {
    if (this.openSections.has(id) === open) return;
    const next = new Set(this.openSections);
    if (open) next.add(id);
    else next.delete(id);
    this.openSections = next;
  }

  // ---------------------------------------------------------------------------------
  // Rendering

  #duration(minutes: number): string {
    const { hours, minutes: rest } = splitDuration(minutes);
    const parts: string[] = [];
    if (hours > 0) parts.push(this.#t('duration-hours', { hours }));
    if (rest > 0 || hours === 0) parts.push(this.#t('duration-minutes', { minutes: rest }));
    return parts.join(' ');
  }

  #shapes(shapes: { polygons: number; circles: number }): string {
    const parts: string[] = [];
    if (shapes.polygons > 0)
      parts.push(
        shapes.polygons === 1
          ? this.#t('shape-polygon-one')
          : this.#t('shape-polygons', { count: shapes.polygons }),
      );
    if (shapes.circles > 0)
      parts.push(
        shapes.circles === 1
          ? this.#t('shape-circle-one')
          : this.#t('shape-circles', { count: shapes.circles }),
      );
    return parts.join(', ');
  }

  /** The draft's state in words: the composer's own for draft and ready, core's for the rest. */
  #stateText(state: AlertState | undefined): string {
    if (state === 'draft') return this.#t('state-draft');
    if (state === 'ready') return this.#t('state-ready');
    return stateLabel(state ?? 'draft', this.#l10n.lang);
  }

  #modeName(mode: ComposerMode): string {
    return this.#t(mode === 'exercise' ? 'mode-exercise' : 'mode-actual');
  }

  /** "It was written as … ; it is now …" for a draft whose mode was changed to this element's. */
  #modeChange(notice: { was: ComposerMode; now: ComposerMode }): string {
    return this.#t('restored-mode', {
      was: this.#modeName(notice.was),
      now: this.#modeName(notice.now),
    });
  }

  #time(value: Date | string | undefined): string {
    if (!value) return '';
    const zone = PROFILE_TIME_ZONES[this.draft?.profile ?? this.profile];
    return this.#l10n.dateTime(value, { timeZone: zone });
  }

  override render(): TemplateResult {
    const draft = this.draft;
    const build = this.#ensureBuilt();
    const exercise = this.mode === 'exercise';
    return html`
      ${
        exercise
          ? html`<div part="watermark" class="band" role="note">${WATERMARK[this.profile]}</div>
              <svg class="diagonal" aria-hidden="true" focusable="false">
                <defs>
                  <pattern
                    id="watermark"
                    width="560"
                    height="240"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(-28)"
                  >
                    <text x="10" y="120">${WATERMARK[this.profile]}</text>
                  </pattern>
                </defs>
                <rect width="100%" height="100%" fill="url(#watermark)"></rect>
              </svg>`
          : nothing
      }
      <div class="frame ${exercise ? 'exercise' : ''}">
        ${this.#renderHeader(draft)} ${this.#renderNotices(draft)}
        ${draft ? this.#renderTemplate(draft, build) : nothing}
        ${draft && build?.template ? this.#renderBody(draft, build) : nothing}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  #renderHeader(draft: ComposerState | undefined): TemplateResult {
    const ready = draft?.state === 'ready';
    const stateText = this.#stateText(draft?.state);
    return html`<header part="header" class="header">
      <h2 class="title">${this.#t('title')}</h2>
      <span class="chip state ${ready ? 'ready' : ''}"
        >${ready ? html`<span aria-hidden="true">✓ </span>` : nothing}${stateText}</span
      >
      <span class="chip profile">${this.profile === 'be-alert' ? 'BE-Alert' : 'NL-Alert'}</span>
      <span class="chip mode ${this.mode}">${this.#modeName(this.mode)}</span>
      ${
        this.autosaveKey
          ? html`<span class="saved ${this.saveFailed ? 'failed' : ''}"
              >${
                this.saveFailed
                  ? this.#t('save-failed')
                  : this.savedAt
                    ? this.#t('saved', {
                        time: this.#l10n.dateTime(this.savedAt, {
                          dateStyle: undefined,
                          timeStyle: 'medium',
                        }),
                      })
                    : nothing
              }</span
            >`
          : nothing
      }
    </header>`;
  }

  #renderNotices(draft: ComposerState | undefined): TemplateResult {
    const rejected = this.#resolvedTemplates().rejected;
    const follow = draft?.followUp;
    return html`
      ${
        this.mode === 'exercise'
          ? html`<p part="notice" class="notice exercise-note">${this.#t('exercise-note')}</p>`
          : nothing
      }
      ${
        this.restoredAt
          ? html`<div part="notice" class="notice restored">
              <p>
                ${this.#t('restored', {
                  time: this.#l10n.dateTime(this.restoredAt, { timeStyle: 'medium' }),
                })}
                ${this.modeNotice ? this.#modeChange(this.modeNotice) : nothing}
              </p>
              <button
                type="button"
                id="discard"
                @click=${() => {
                  this.discardDraft();
                  // The notice and this button go away: keep the focus in the form.
                  this.#focusAfter = 'f-template';
                }}
              >
                ${this.#t('discard')}
              </button>
              <button
                type="button"
                class="quiet"
                @click=${() => {
                  this.restoredAt = undefined;
                  this.modeNotice = undefined;
                  // The notice and this button go away: keep the focus in the form.
                  this.#focusAfter = 'f-template';
                }}
              >
                ${this.#t('dismiss')}
              </button>
            </div>`
          : this.modeNotice
            ? html`<p part="notice" class="notice warning">${this.#modeChange(this.modeNotice)}</p>`
            : nothing
      }
      ${
        follow
          ? html`<p part="notice" class="notice follow-up">
              ${this.#t(follow.kind === 'update' ? 'followup-update' : 'followup-end', {
                identifier: follow.previous.identifier,
                time: this.#time(follow.previous.sent),
              })}
            </p>`
          : nothing
      }
      ${
        this.followUpError
          ? html`<p part="notice" class="notice error" role="alert">
              ${ICONS.error} ${this.#t('followup-refused', { reason: this.followUpError.message })}
            </p>`
          : nothing
      }
      ${rejected.map(
        (r) =>
          html`<p part="notice" class="notice warning">
            ${this.#t('template-rejected', {
              id: r.id,
              reason: r.findings.map((f) => f.message).join(' '),
            })}
          </p>`,
      )}
    `;
  }

  #renderTemplate(draft: ComposerState, build: BuildResult | undefined): TemplateResult {
    const lang = this.#l10n.lang;
    const available = templatesFor(this.#resolvedTemplates().templates, this.profile);
    const current = build?.template;
    if (current && !available.includes(current)) available.push(current);
    const groups = CONTEXT_ORDER.map((context) => ({
      context,
      list: available.filter((t) => t.context === context),
    })).filter((g) => g.list.length > 0);
    return html`<section part="template" class="panel template" aria-labelledby="h-template">
      <h3 id="h-template">
        <span class="step" aria-hidden="true">8</span>${this.#t('template-heading')}
      </h3>
      <label class="visually-hidden" for="f-template">${this.#t('template-heading')}</label>
      <select
        id="f-template"
        ?disabled=${this.#locked}
        aria-describedby="template-description"
        @change=${(e: Event) => this.#pickTemplate((e.target as HTMLSelectElement).value)}
      >
        ${
          draft.templateId
            ? nothing
            : html`<option value="" selected disabled>${this.#t('template-choose')}</option>`
        }
        ${groups.map(
          (g) =>
            html`<optgroup label=${this.#t(`context-${g.context}`)}>
              ${g.list.map(
                (t) =>
                  html`<option value=${t.id} ?selected=${t.id === draft.templateId}>
                    ${pickText(t.title, lang)}
                  </option>`,
              )}
            </optgroup>`,
        )}
      </select>
      <p id="template-description" class="hint">
        ${current ? pickText(current.description, lang) : this.#t('template-start')}
      </p>
    </section>`;
  }

  #renderBody(draft: ComposerState, build: BuildResult): TemplateResult {
    return html`
      ${this.#renderComponents(draft, build)} ${this.#renderLanguages(draft, build)}
      ${this.#renderAlertDetails(draft, build)} ${this.#renderFindings(draft, build)}
      ${this.#renderReady(draft, build)} ${this.#renderConfirm(build)}
    `;
  }

  #renderComponents(draft: ComposerState, build: BuildResult): TemplateResult {
    const template = build.template as MessageTemplate;
    const lang = this.#l10n.lang;
    const primary = build.languages[0] ?? 'nl';
    const locked = this.#locked;
    const risk = template.risks.find((r) => r.id === draft.risk) ?? template.risks[0];
    const actionId = draft.action || risk?.defaultAction || template.defaultAction;
    const expires = build.alert ? expiresAt(build.alert) : undefined;
    const input = (
      field: LocalizedField,
      hint?: ComposerMessageKey,
      badge = false,
    ): TemplateResult =>
      html`<div class="field">
        <label for="f-${field}"
          >${this.#t(`field-${field}`)}${
            badge ? html` <span class="badge">${this.#t('from-area')}</span>` : nothing
          }</label
        >
        <input
          id="f-${field}"
          type="text"
          autocomplete="off"
          .value=${draft[field].all}
          ?readonly=${locked}
          aria-describedby=${hint ? `hint-${field}` : nothing}
          @input=${(e: Event) =>
            this.#setLocalized(field, primary, primary, (e.target as HTMLInputElement).value)}
        />
        ${hint ? html`<p class="hint" id="hint-${field}">${this.#t(hint)}</p>` : nothing}
      </div>`;
    return html`<section part="components" class="panel components" aria-labelledby="h-components">
      <h3 id="h-components">
        <span class="step" aria-hidden="true">8</span>${this.#t('components-heading')}
      </h3>
      <div class="grid">
        ${input('senderName')}
        <div class="field">
          <span class="label" id="l-datetime">${this.#t('field-datetime')}</span>
          <p class="value">
            ${
              draft.sent
                ? this.#t('datetime-frozen', { time: this.#time(draft.sent) })
                : this.#t('datetime-auto', { time: this.#time(this.#now) })
            }
          </p>
        </div>
        <div class="field">
          <label for="f-risk">${this.#t('field-risk')}</label>
          <select
            id="f-risk"
            ?disabled=${locked}
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.#edit((d) => ({ ...d, risk: value }));
            }}
          >
            ${template.risks.map(
              (r) =>
                html`<option value=${r.id} ?selected=${r.id === risk?.id}>
                  ${pickText(r.label, lang)}
                </option>`,
            )}
          </select>
        </div>
        ${input('location', 'location-hint', draft.fromArea.location)}
        ${input('effectArea', 'effect-hint', draft.fromArea.effectArea)}
        <div class="field wide">
          <label for="f-action">${this.#t('field-action')}</label>
          <select
            id="f-action"
            ?disabled=${locked}
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.#edit((d) => ({ ...d, action: value }));
            }}
          >
            ${template.actions.map(
              (a) =>
                html`<option value=${a.id} ?selected=${a.id === actionId}>
                  ${pickText(a.label, lang)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-web">${this.#t('field-web')}</label>
          <input
            id="f-web"
            type="text"
            inputmode="url"
            autocomplete="off"
            spellcheck="false"
            placeholder=${template.web ?? 'https://'}
            .value=${draft.web}
            ?readonly=${locked}
            @input=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              this.#edit((d) => ({ ...d, web: value }));
            }}
          />
        </div>
        <div class="field">
          <label for="f-account">${this.#t('field-account')}</label>
          <input
            id="f-account"
            type="text"
            autocomplete="off"
            spellcheck="false"
            .value=${draft.account}
            ?readonly=${locked}
            @input=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              this.#edit((d) => ({ ...d, account: value }));
            }}
          />
        </div>
        <div class="field">
          <label for="f-duration"
            ><span class="step" aria-hidden="true">10</span>${this.#t('field-duration')}</label
          >
          <select
            id="f-duration"
            ?disabled=${locked}
            aria-describedby="expires"
            @change=${(e: Event) => {
              const value = Number((e.target as HTMLSelectElement).value);
              this.#edit((d) => ({ ...d, durationMinutes: value }));
            }}
          >
            ${durationOptions(draft.durationMinutes).map((m) => {
              const label = this.#duration(m);
              return html`<option value=${m} ?selected=${m === draft.durationMinutes}>
                ${m === template.cap.durationMinutes ? this.#t('duration-standard', { duration: label }) : label}
              </option>`;
            })}
          </select>
          <p class="hint" id="expires">
            ${expires ? this.#t('expires', { time: this.#time(expires) }) : nothing}
          </p>
        </div>
      </div>
    </section>`;
  }

  #renderLanguages(draft: ComposerState, build: BuildResult): TemplateResult {
    return html`<section part="languages" class="languages" aria-labelledby="h-languages">
      <h3 id="h-languages">
        <span class="step" aria-hidden="true">9</span>${this.#t('languages-heading')}
      </h3>
      <div class="columns">
        ${build.languages.map((l, i) => this.#renderLanguage(draft, build, l, i))}
      </div>
    </section>`;
  }

  #renderLanguage(draft: ComposerState, build: BuildResult, l: Lang, i: number): TemplateResult {
    const info = build.alert?.cap.infos[i];
    const primary = build.languages[0] ?? l;
    const name = this.#languageName(l);
    const m = info ? measureInfo(info) : undefined;
    const locked = this.#locked;
    const translation = (field: LocalizedField) => {
      const id = `f-${field}-${l}`;
      return html`<div class="field">
        <label for=${id}
          >${this.#t('in-language', { field: this.#t(`field-${field}`), language: this.#languageName(l, true) })}</label
        >
        <input
          id=${id}
          type="text"
          autocomplete="off"
          lang=${l}
          placeholder=${draft[field].all}
          .value=${localizedValue(draft[field], l, primary)}
          ?readonly=${locked}
          aria-describedby="uses-${l}"
          @input=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            this.#setLocalized(field, l, primary, input.value);
            // Only spaces is no translation (the primary text is used): show the field empty.
            if (!this.#locked && input.value.trim() === '') input.value = '';
          }}
        />
      </div>`;
    };
    return html`<article part="language" class="language" aria-labelledby="h-lang-${l}">
      <h4 id="h-lang-${l}">${name} <span class="tag">${info?.language ?? l}</span></h4>
      ${
        l !== primary
          ? html`<div class="translations">
              <p class="hint" id="uses-${l}">
                ${this.#t('uses-primary', { language: this.#languageName(primary, true) })}
              </p>
              ${translation('location')} ${translation('effectArea')} ${translation('senderName')}
            </div>`
          : nothing
      }
      ${m ? this.#renderMessage(l, m) : nothing} ${m ? this.#renderCounters(l, m) : nothing}
      ${info ? this.#renderInfoDetails(draft, build, l) : nothing}
    </article>`;
  }

  #renderMessage(l: Lang, m: ChannelMeasures): TemplateResult {
    const forced = m.cellBroadcast.forcedUcs2;
    const label = `${this.#t('message-label')} (${this.#languageName(l)})`;
    // No whitespace around the text: the box keeps line breaks as phones do.
    const content = m.text
      ? splitForced(m.text, forced).map((p) =>
          p.forced
            ? html`<mark class="ucs2" title=${this.#t('ucs2-mark')}>${p.text}</mark>`
            : p.text,
        )
      : html`<span class="empty">${this.#t('message-empty')}</span>`;
    const char = (c: string) =>
      html`<span class="char">${c}</span>
        <span class="code"
          >U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}</span
        >`;
    return html`<div class="message-wrap">
      <p class="label" id="message-label-${l}">${label}</p>
      <div
        part="message"
        class="message"
        id="message-${l}"
        lang=${l}
        tabindex="-1"
        role="group"
        aria-labelledby="message-label-${l}"
      >
        <span class="text">${content}</span>
      </div>
      ${
        forced.length > 0
          ? html`<div class="ucs2-box" role="group" aria-labelledby="ucs2-h-${l}">
              <p id="ucs2-h-${l}">${this.#t('ucs2-heading')}</p>
              <ul>
                ${[...new Map(forced.map((c) => [c.char, c])).values()].map(
                  (c) =>
                    html`<li>
                      ${char(c.char)}
                      ${
                        c.suggestion === undefined
                          ? this.#t('ucs2-no-replacement')
                          : c.suggestion === ''
                            ? this.#t('ucs2-removed')
                            : html`<span aria-hidden="true">→</span
                                ><span class="visually-hidden">${this.#t('ucs2-becomes')}</span>
                                <span class="char">${c.suggestion}</span>`
                      }
                    </li>`,
                )}
              </ul>
              ${
                this.#locked || !forced.some((c) => c.suggestion !== undefined)
                  ? nothing
                  : html`<button
                      type="button"
                      id="transliterate-${l}"
                      @click=${() => this.#transliterate(l)}
                    >
                      ${this.#t('transliterate')}<span class="visually-hidden">
                        (${this.#languageName(l)})</span
                      >
                    </button>`
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  #renderCounters(l: Lang, m: ChannelMeasures): TemplateResult {
    const cb = m.cellBroadcast;
    const sms = m.sms;
    const n = (v: number) => this.#l10n.number(v);
    const status = (fits: boolean) =>
      fits
        ? nothing
        : html` <strong class="too-long">${ICONS.error}${this.#t('too-long')}</strong>`;
    return html`<dl
      part="counter"
      class="counters"
      aria-label="${this.#t('counter-label')} (${this.#languageName(l)})"
      id="counter-${l}"
    >
      <div class=${cb.fits ? '' : 'over'}>
        <dt>${this.#t('counter-cb')}</dt>
        <dd>
          ${this.#t('cb-value', {
            pages: n(cb.segments),
            max: n(cb.maxSegments),
            encoding: cb.encoding,
            units: n(cb.units),
            limit: n(cb.perSegment * cb.maxSegments),
          })}${status(cb.fits)}
        </dd>
      </div>
      <div class=${sms.fits ? '' : 'over'}>
        <dt>${this.#t('counter-sms')}</dt>
        <dd>
          ${this.#t('sms-value', { parts: n(sms.segments), max: n(sms.maxSegments), units: n(sms.units) })}${status(sms.fits)}
        </dd>
      </div>
      <div class=${m.wea.fits ? '' : 'over'}>
        <dt>${this.#t('counter-wea')}</dt>
        <dd>
          ${this.#t('wea-value', { chars: n(m.wea.characters) })} ·
          ${this.#t(m.fits90 ? 'wea-90-ok' : 'wea-90-long')}${status(m.wea.fits)}
        </dd>
      </div>
    </dl>`;
  }

  #renderInfoDetails(draft: ComposerState, build: BuildResult, l: Lang): TemplateResult {
    const section = `info-${l}`;
    const base = build.base[l] ?? {};
    const locked = this.#locked;
    const name = this.#languageName(l);
    const field = (f: InfoField) => {
      const own = draft.overrides[l]?.[f];
      const value = own ?? base[f] ?? '';
      const id = `f-${f}-${l}`;
      const multiline = f === 'headline' || f === 'description' || f === 'instruction';
      const onInput = (e: Event) => {
        const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
        this.#edit((d) => setOverride(d, l, f, v, base[f] ?? ''));
      };
      return html`<div class="field cap-field ${own !== undefined ? 'own' : ''}">
        <label for=${id}
          >${this.#t(`field-${f}`)}${
            own !== undefined
              ? html` <span class="badge own-badge">${this.#t('own-badge')}</span>`
              : nothing
          }</label
        >
        ${
          multiline
            ? html`<textarea
                id=${id}
                lang=${l}
                rows=${f === 'headline' ? 2 : 3}
                .value=${value}
                ?readonly=${locked}
                aria-describedby=${own !== undefined ? `own-${f}-${l}` : nothing}
                @input=${onInput}
              ></textarea>`
            : html`<input
                id=${id}
                type="text"
                lang=${l}
                autocomplete="off"
                .value=${value}
                ?readonly=${locked}
                aria-describedby=${own !== undefined ? `own-${f}-${l}` : nothing}
                @input=${onInput}
              />`
        }
        ${
          own !== undefined
            ? html`<p class="hint own-hint" id="own-${f}-${l}">${this.#t('own-text')}</p>
                ${
                  locked
                    ? nothing
                    : html`<button
                        type="button"
                        class="quiet"
                        id="reset-${f}-${l}"
                        @click=${() => this.#resetOverride(l, f)}
                      >
                        ${this.#t('reset')}<span class="visually-hidden"
                          >: ${this.#t(`field-${f}`)}, ${name}</span
                        >
                      </button>`
                }`
            : nothing
        }
      </div>`;
    };
    const ownCount = Object.keys(draft.overrides[l] ?? {}).length;
    return html`<details
      part="details"
      class="details"
      .open=${this.openSections.has(section)}
      @toggle=${(e: Event) => this.#toggleSection(section, (e.target as HTMLDetailsElement).open)}
    >
      <summary>
        ${this.#t('details-summary')}
        (${name})${
          ownCount > 0
            ? html` <span class="badge own-badge">${this.#t('own-badge')}: ${ownCount}</span>`
            : nothing
        }
      </summary>
      <div class="details-body">${INFO_FIELDS.map(field)}</div>
    </details>`;
  }

  #renderAlertDetails(draft: ComposerState, build: BuildResult): TemplateResult {
    const locked = this.#locked;
    const first = build.alert?.cap.infos[0];
    const templateValue = (
      key: 'urgency' | 'severity' | 'certainty',
      values: readonly string[],
    ) => {
      const own = draft.cap[key];
      const baseValue = own ? undefined : first?.[key];
      return html`<div class="field">
        <label for="f-${key}">${this.#t(`field-${key}`)}</label>
        <select
          id="f-${key}"
          ?disabled=${locked}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.#edit((d) => setCapChoice(d, key, (v || undefined) as never));
          }}
        >
          <option value="" ?selected=${!own}>
            ${this.#t('template-value', { value: own ? '…' : (baseValue ?? '') })}
          </option>
          ${values.map((v) => html`<option value=${v} ?selected=${own === v}>${v}</option>`)}
        </select>
      </div>`;
    };
    const category = draft.cap.categories?.[0];
    return html`<details
      part="details"
      class="details panel alert-details"
      .open=${this.openSections.has('alert')}
      @toggle=${(e: Event) => this.#toggleSection('alert', (e.target as HTMLDetailsElement).open)}
    >
      <summary>${this.#t('alert-details-summary')}</summary>
      <div class="details-body grid">
        <div class="field">
          <label for="f-identifier">${this.#t('field-identifier')}</label>
          <input
            id="f-identifier"
            type="text"
            autocomplete="off"
            spellcheck="false"
            .value=${draft.identifier}
            ?readonly=${locked}
            @input=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              this.#edit((d) => ({ ...d, identifier: v }));
            }}
          />
        </div>
        <div class="field">
          <label for="f-sender">${this.#t('field-sender')}</label>
          <input
            id="f-sender"
            type="text"
            autocomplete="off"
            spellcheck="false"
            .value=${draft.sender}
            ?readonly=${locked}
            @input=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              this.#edit((d) => ({ ...d, sender: v }));
            }}
          />
        </div>
        ${templateValue('urgency', CAP_URGENCIES)} ${templateValue('severity', CAP_SEVERITIES)}
        ${templateValue('certainty', CAP_CERTAINTIES)}
        <div class="field">
          <label for="f-category">${this.#t('field-category')}</label>
          <select
            id="f-category"
            ?disabled=${locked}
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value as CapCategory | '';
              this.#edit((d) => setCapChoice(d, 'categories', v ? [v] : undefined));
            }}
          >
            <option value="" ?selected=${!category}>
              ${this.#t('template-value', { value: category ? '…' : (first?.categories.join(', ') ?? '') })}
            </option>
            ${CAP_CATEGORIES.map((c) => html`<option value=${c} ?selected=${category === c}>${c}</option>`)}
          </select>
        </div>
      </div>
    </details>`;
  }

  #where(path: string, build: BuildResult): string {
    const info = /^infos\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (info) {
      const l = build.languages[Number(info[1])];
      const field = info[2] as InfoField | undefined;
      const language = l ? this.#languageName(l) : '';
      const known = field && (INFO_FIELDS as readonly string[]).includes(field);
      return known ? `${language} · ${this.#t(`field-${field}`)}` : language;
    }
    if (path.startsWith('sirene.procedure')) return this.#t('procedure');
    const head = path.split('.')[0] ?? '';
    const keys: Record<string, ComposerMessageKey> = {
      location: 'field-location',
      effectArea: 'field-effectArea',
      senderName: 'field-senderName',
      risk: 'field-risk',
      action: 'field-action',
      web: 'field-web',
      durationMinutes: 'field-duration',
      identifier: 'field-identifier',
      sender: 'field-sender',
    };
    const key = keys[head];
    return key ? this.#t(key) : this.#t('whole-message');
  }

  #renderFindings(draft: ComposerState, build: BuildResult): TemplateResult {
    const findings = this.#check?.findings ?? [];
    const counts = countFindings(findings);
    return html`<section part="findings" class="panel findings" aria-labelledby="h-findings">
      <h3 id="h-findings">${this.#t('checks-heading')}</h3>
      <p class="summary">
        ${this.#t('checks-summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </p>
      ${
        findings.length === 0
          ? html`<p>${this.#t('checks-none')}</p>`
          : html`<ul class="finding-list">
              ${findings.map((f) => this.#renderFinding(f as LintFinding, draft, build))}
            </ul>`
      }
    </section>`;
  }

  #renderFinding(f: LintFinding, draft: ComposerState, build: BuildResult): TemplateResult {
    const target = fieldForPath(f.path, draft, build.languages);
    const excerpt = findingExcerpt(build.alert, f);
    return html`<li part="finding" class="finding ${f.severity}" data-code=${f.code}>
      ${ICONS[f.severity]}
      <div>
        <p class="finding-head">
          <strong>${this.#t(`severity-${f.severity}`)}</strong>
          <span class="where">${this.#where(f.path, build)}</span>
        </p>
        <p>${f.message}</p>
        ${
          excerpt && !f.message.includes(excerpt)
            ? html`<p class="excerpt"><q>${excerpt}</q></p>`
            : nothing
        }
        ${f.suggestion ? html`<p class="suggestion">${this.#t('suggestion', { text: f.suggestion })}</p>` : nothing}
        ${
          target
            ? html`<button type="button" class="quiet" @click=${() => void this.focusField(f.path)}>
                ${this.#t('go-to')}<span class="visually-hidden"
                  >: ${this.#where(f.path, build)}</span
                >
              </button>`
            : nothing
        }
      </div>
    </li>`;
  }

  #renderReady(draft: ComposerState, build: BuildResult): TemplateResult {
    const ready = this.#check?.ready ?? { ok: false, findings: [] };
    if (draft.state !== 'draft') {
      return html`<section part="actions" class="panel ready done" aria-labelledby="h-ready">
        <h3 id="h-ready"><span aria-hidden="true">✓ </span>${this.#stateText(draft.state)}</h3>
        <p>
          ${this.#t('read-only', { state: this.#stateText(draft.state) })}
          ${draft.sent ? this.#t('datetime-frozen', { time: this.#time(draft.sent) }) : nothing}
        </p>
        ${
          draft.state === 'ready' && !this.readonly
            ? html`<button
                type="button"
                id="reopen"
                @click=${() => {
                  this.reopen();
                  // This button goes away with the ready state: "Mark ready…" takes its place.
                  this.#focusAfter = 'mark-ready';
                }}
              >
                ${this.#t('reopen')}
              </button>`
            : nothing
        }
        <slot name="actions"></slot>
      </section>`;
    }
    const reasons = [...new Map(ready.findings.map((f) => [f.message, f])).values()];
    const blocked = !ready.ok || this.#locked;
    return html`<section part="actions" class="panel ready" aria-labelledby="h-ready">
      <h3 id="h-ready">${this.#t('ready-heading')}</h3>
      <div class="ready-row">
        <button
          type="button"
          id="mark-ready"
          class="primary"
          aria-disabled=${blocked ? 'true' : 'false'}
          aria-describedby="ready-reasons"
          @click=${() => void this.#openConfirm()}
        >
          ${this.#t('mark-ready')}
        </button>
        <slot name="actions"></slot>
      </div>
      <div id="ready-reasons" class="reasons" tabindex="-1">
        ${
          this.#readyRequest
            ? html`<p>${this.#t('ready-waiting')}</p>`
            : ready.ok
              ? html`<p class="ok">${this.#t('ready-allowed')}</p>`
              : html`<p>${this.#t('ready-blocked')}</p>
                  <ul>
                    ${reasons.map(
                      (f) =>
                        html`<li>
                          <span class="where">${this.#where(f.path, build)}:</span> ${f.message}
                        </li>`,
                    )}
                  </ul>`
        }
      </div>
    </section>`;
  }

  #renderConfirm(build: BuildResult): TemplateResult {
    const alert = build.alert;
    const s = alert ? readySummary(alert) : undefined;
    const exercise = s?.status === 'Exercise';
    return html`<dialog
      part="confirmation"
      class="confirm ${exercise ? 'exercise' : 'actual'}"
      aria-labelledby="confirm-heading"
    >
      ${
        s
          ? html`<h2 id="confirm-heading">${this.#t('confirm-heading')}</h2>
              <dl>
                <div>
                  <dt>${this.#t('confirm-mode')}</dt>
                  <dd class="mode-line">
                    <strong>${this.#t(exercise ? 'confirm-exercise' : 'confirm-actual')}</strong>
                  </dd>
                </div>
                <div>
                  <dt>${this.#t('confirm-title')}</dt>
                  <dd>${s.title}</dd>
                </div>
                <div>
                  <dt>${this.#t('confirm-area')}</dt>
                  <dd>
                    ${
                      s.shapes.polygons + s.shapes.circles > 0
                        ? html`${s.areaDesc} (${this.#shapes(s.shapes)})`
                        : this.#t('confirm-no-area')
                    }
                  </dd>
                </div>
                <div>
                  <dt>${this.#t('field-duration')}</dt>
                  <dd>
                    ${this.#t('confirm-duration', {
                      duration: this.#duration(s.durationMinutes),
                      time: this.#time(s.expires),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>${this.#t('confirm-type')}</dt>
                  <dd>${this.#t(`msgtype-${s.msgType as 'Alert' | 'Update' | 'Cancel'}`)}</dd>
                </div>
                <div>
                  <dt>${this.#t('confirm-languages')}</dt>
                  <dd>
                    ${s.languages.map((tag) => `${this.#languageName(tag)} (${tag})`).join(', ')}
                  </dd>
                </div>
                ${
                  s.references.length > 0
                    ? html`<div>
                        <dt>${this.#t('confirm-follows')}</dt>
                        <dd>${s.references.map((r) => r.identifier).join(', ')}</dd>
                      </div>`
                    : nothing
                }
              </dl>
              <div class="confirm-actions">
                <button
                  type="button"
                  id="confirm-back"
                  autofocus
                  @click=${() => this.#closeConfirm()}
                >
                  ${this.#t('confirm-back')}
                </button>
                <button
                  type="button"
                  id="confirm-yes"
                  class="primary"
                  @click=${() => void this.#confirmReady()}
                >
                  ${this.#t('confirm-yes')}
                </button>
              </div>`
          : nothing
      }
    </dialog>`;
  }
}

export type { ComposerAreaInput, ComposerMode, ComposerProfile };
