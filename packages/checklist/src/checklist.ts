import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  applyChecklistAction,
  createChecklistState,
  serializeState,
  type ChecklistAction,
  type ChecklistActionError,
  type ChecklistChoiceItem,
  type ChecklistDefinition,
  type ChecklistEvaluation,
  type ChecklistItem,
  type ChecklistItemState,
  type ChecklistSection,
  type ChecklistState,
  type ChecklistUser,
} from '@sirene/core';
import {
  FocusRescueController,
  FormController,
  LocalizeController,
  base,
  tokens,
} from '@sirene/ui';
import {
  DEFAULT_GATE,
  DEFAULT_TIME_ZONE,
  blockersOf,
  describeChange,
  fromLocalInput,
  gateLabel,
  mayAct,
  nowIn,
  pick,
  problemMessage,
  recordOf,
  resolveDefinition,
  snapshot,
  toLocalInput,
  type ChecklistBlocker,
  type ChecklistSnapshot,
} from './checklist.controller.js';
import { styles } from './checklist.styles.js';
import { SireneChecklistChangeEvent } from './events.js';
import { messages, translations, type ChecklistElementMessageKey } from './messages.js';

/**
 * A procedure as a checklist: operators tick items and fill in answers in their role,
 * each change recording who and when; conditional items appear and disappear as answers
 * change (their values are kept); every section shows its progress; a gate such as
 * `send` opens when its requirements are met. The state is a plain object the host
 * stores with the alert (`sirene-checklist-change` hands over each new one) and sets
 * back after a reload. Refused changes (wrong role, an item that does not apply) are
 * explained next to the item and never lose state. Prints with every section expanded
 * and ☐/☑ marks.
 *
 * Form-associated: submits the serialized state under its `name`, and is invalid while
 * its gate is closed (the message is the first blocker).
 *
 * @tag sirene-checklist
 *
 * @summary Tick through a procedure (NL-Alert, BE-Alert, Burgernet…) with roles, conditional items and a send gate.
 *
 * @fires {SireneChecklistChangeEvent} sirene-checklist-change - After each accepted change: `{ state, evaluation, complete, blockers, action }`.
 * @fires {Event} change - Native `change` after each accepted change, for form-minded hosts.
 *
 * @slot actions - Host controls shown in the gate summary, such as the send button.
 *
 * @csspart header - Title and description of the checklist.
 * @csspart gate - The gate summary: open or closed, and what still blocks it.
 * @csspart blockers - The list of blockers, each linking to its item.
 * @csspart section - One section, with its heading, progress and items.
 * @csspart progress - A section's progress bar.
 * @csspart item - One item with its control, who/when line and messages.
 * @csspart badge - Role and required badges.
 * @csspart error - A refusal or a problem with the definition or state.
 *
 * @cssprop --sirene-checklist-accent - Controls and links (falls back to `--sirene-color-accent`).
 * @cssprop --sirene-checklist-surface - Background (falls back to `--sirene-color-surface`).
 * @cssprop --sirene-checklist-section-background - Background of section headings (falls back to `--sirene-color-surface-raised`).
 * @cssprop --sirene-checklist-border-color - Borders (falls back to `--sirene-color-border`).
 * @cssprop --sirene-checklist-progress-color - Filled part of progress bars (falls back to `--sirene-color-accent`).
 * @cssprop --sirene-checklist-open-color - Gate open (falls back to `--sirene-color-success`).
 * @cssprop --sirene-checklist-closed-color - Gate closed (falls back to `--sirene-color-warning`).
 * @cssprop --sirene-checklist-error-color - Refusals and problems (falls back to `--sirene-color-danger`).
 *
 * @attribute lang - Language of the texts (`nl`, `en`, `fr`, `de`); inherited from ancestors and the document when absent.
 */
export class SireneChecklist extends LitElement {
  static override styles = [tokens, base, styles];
  static formAssociated = true;

  // Reactive properties are declared here rather than with decorators: TypeScript's
  // down-levelled standard decorators cost about as many bytes as the rest of the class.
  static override properties = {
    definition: { attribute: false },
    checklistId: { attribute: 'checklist-id', reflect: true },
    state: { attribute: false },
    user: { attribute: false },
    gate: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    timeZone: { attribute: 'time-zone' },
    clock: { attribute: false },
    collapsed: { state: true, attribute: false },
    refusals: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
  };

  /**
   * The checklist to show, as data (validated once per object; problems are shown, never
   * thrown). Takes precedence over `checklist-id`.
   */
  declare definition: ChecklistDefinition | undefined;

  /** Id of a shipped checklist (`nl-alert-procedure`, `be-alert`, …) when `definition` is unset. */
  declare checklistId: string | undefined;

  /**
   * Everything done so far: a plain, serializable object. When unset the element creates
   * an empty one. Each accepted change replaces it with a new object (and fires
   * `sirene-checklist-change`); setting a state of another checklist or version shows a
   * problem and makes the checklist read-only, leaving the host's object untouched.
   */
  declare state: ChecklistState | undefined;

  /** Who is acting (`{ id, name, roles }`), set by the host. Without a user the checklist is read-only. */
  declare user: ChecklistUser | undefined;

  /**
   * The gate `complete` and `blockers` refer to. `send` (the default) falls back to the
   * definition's first gate when it has none called `send`, and to the whole checklist
   * when it has no gates; any other unknown gate stays closed.
   */
  declare gate: string;

  /** Shows the checklist without letting anyone change it. */
  declare readonly: boolean;

  /** IANA time zone of the time inputs and of the times shown. */
  declare timeZone: string;

  /** The clock for recorded times and the "now" buttons; the host may supply its own (server time). */
  declare clock: () => Date;

  /** Section ids the operator collapsed. */
  declare private collapsed: ReadonlySet<string>;
  /** Refused actions by item id, shown next to the item until it changes. */
  declare private refusals: ReadonlyMap<string, ChecklistActionError>;
  /** The live region's text. */
  declare private announcement: string;
  /** Disabled by an ancestor fieldset or form. */
  declare private formDisabled: boolean;

  constructor() {
    super();
    // "Clear answer" goes with the answer it cleared: focus moves into the question.
    new FocusRescueController(this, (lost) =>
      lost.dataset['clear'] ? this.#controlFor(lost.dataset['clear']) : null,
    );
    this.gate = DEFAULT_GATE;
    this.readonly = false;
    this.timeZone = DEFAULT_TIME_ZONE;
    this.clock = () => new Date();
    this.collapsed = new Set();
    this.refusals = new Map();
    this.announcement = '';
    this.formDisabled = false;
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
  /** The last snapshot and the inputs it was derived from, compared by identity. */
  #cache: { inputs: unknown[]; value: ChecklistSnapshot } | undefined;
  /** The state this element created itself (replaced when the definition changes). */
  #created: ChecklistState | undefined;
  /** The snapshot last rendered, to announce what changed. */
  #rendered: ChecklistSnapshot | undefined;
  /** The item of the element's own last action, for the progress announcement. */
  #actedItem: string | undefined;
  #announcements = 0;

  /** Whether the gate (see `gate`) is open. False while the definition or state is unusable. */
  get complete(): boolean {
    return this.#snapshot().open;
  }

  /** Why the gate is still closed, in the element's language; empty when it is open. */
  get blockers(): ChecklistBlocker[] {
    return blockersOf(this.#snapshot(), this.#l10n.lang);
  }

  /** The engine's evaluation of the current state (visible items, sections, every gate). */
  get evaluation(): ChecklistEvaluation | undefined {
    return this.#snapshot().evaluation;
  }

  /**
   * Moves focus to an item's control (expanding its section); returns false when the
   * item is not shown.
   */
  async focusItem(id: string): Promise<boolean> {
    const snap = this.#snapshot();
    const section = snap.definition?.sections.find((s) => s.items.some((i) => i.id === id));
    if (!section || !snap.evaluation?.items[id]?.visible) return false;
    if (this.collapsed.has(section.id)) {
      const next = new Set(this.collapsed);
      next.delete(section.id);
      this.collapsed = next;
    }
    await this.updateComplete;
    const target = this.#controlFor(id);
    if (!target) return false;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return true;
  }

  /**
   * Called by the browser when an ancestor fieldset or form is disabled.
   * @internal
   */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  #snapshot(): ChecklistSnapshot {
    const { definition, checklistId, state, gate } = this;
    const inputs = [definition, checklistId, state, gate];
    if (!this.#cache?.inputs.every((input, i) => input === inputs[i])) {
      this.#cache = { inputs, value: snapshot({ definition, checklistId, state, gate }) };
    }
    return this.#cache.value;
  }

  get #locked(): boolean {
    return this.readonly || this.formDisabled || !this.user || !this.#snapshot().editable;
  }

  #t(key: ChecklistElementMessageKey, params?: Record<string, string | number>): string {
    return this.#l10n.t(messages, key, params);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const definitionChanged = changed.has('definition') || changed.has('checklistId');
    if (definitionChanged || changed.has('user')) this.refusals = new Map();
    // A state of the element's own making follows the definition; the host's is kept.
    if (definitionChanged || this.state === undefined) {
      const resolved = resolveDefinition(this.definition, this.checklistId);
      const state = this.state;
      if (
        'definition' in resolved &&
        (state === undefined ||
          (state === this.#created &&
            (state.checklist !== resolved.definition.id ||
              state.version !== resolved.definition.version)))
      ) {
        this.state = this.#created = createChecklistState(resolved.definition);
      }
    }

    const snap = this.#snapshot();
    const before = this.#rendered;
    if (
      before &&
      before !== snap &&
      before.definition === snap.definition &&
      before.evaluation &&
      snap.evaluation &&
      snap.definition &&
      snap.gate
    ) {
      const said = describeChange(
        snap.definition,
        before.evaluation,
        snap.evaluation,
        snap.gate,
        this.#l10n.lang,
        this.#actedItem,
      );
      if (said.length > 0) {
        // Alternate a trailing no-break space so an identical message is read again.
        this.#announcements += 1;
        this.announcement = said.join(' ') + (this.#announcements % 2 ? '' : '\u00a0');
      }
    }
    this.#actedItem = undefined;
    this.#rendered = snap;
  }

  override updated(): void {
    const snap = this.#snapshot();
    this.#form.setValue(snap.state && snap.editable ? serializeState(snap.state) : null);
    const first = snap.open ? undefined : blockersOf(snap, this.#l10n.lang)[0];
    this.#form.setFindings(
      first
        ? [
            {
              code: `checklist-${first.reason}`,
              severity: 'error',
              path: first.item,
              message: first.message,
              source: 'rules',
            },
          ]
        : [],
      first?.item ? this.#controlFor(first.item) : undefined,
    );
  }

  /** Applies one operator action; refusals are kept as data and shown by the item. */
  #act(action: ChecklistAction): void {
    const before = this.#snapshot();
    const def = before.definition;
    const state = before.state;
    if (!def || !state || this.#locked || !this.user) {
      this.requestUpdate();
      return;
    }
    const result = applyChecklistAction(def, state, action, { user: this.user, now: this.clock() });
    if (!result.ok) {
      this.refusals = new Map(this.refusals).set(action.item, result.error);
      return;
    }
    if (this.refusals.has(action.item)) {
      const next = new Map(this.refusals);
      next.delete(action.item);
      this.refusals = next;
    }
    if (!result.changed) {
      this.requestUpdate();
      return;
    }
    this.#actedItem = action.item;
    this.state = result.state;
    const after = this.#snapshot();
    if (!after.evaluation) return;
    const event = new SireneChecklistChangeEvent({
      state: result.state,
      evaluation: after.evaluation,
      complete: after.open,
      blockers: blockersOf(after, this.#l10n.lang),
      action,
    });
    this.dispatchEvent(event);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #controlFor(id: string): HTMLElement | undefined {
    const root = this.renderRoot;
    const item = CSS.escape(id);
    return (
      root.querySelector<HTMLElement>(`#c-${item}`) ??
      root.querySelector<HTMLElement>(`input[data-item="${item}"]:checked`) ??
      root.querySelector<HTMLElement>(`input[data-item="${item}"]`) ??
      undefined
    );
  }

  /**
   * Tick boxes and radios stay focusable and legible when locked (`aria-disabled`, not
   * `disabled`), so reviewers can read them; this keeps them from toggling.
   */
  readonly #guard = (e: Event): void => {
    if (this.#locked) e.preventDefault();
  };

  #toggleSection(id: string): void {
    const next = new Set(this.collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.collapsed = next;
  }

  override render(): TemplateResult {
    const snap = this.#snapshot();
    const lang = this.#l10n.lang;
    const def = snap.definition;
    return html`
      ${
        def
          ? html`<header part="header" class="header">
              <h2 class="title">${pick(def.title, lang)}</h2>
              ${
                def.description
                  ? html`<p class="description">${pick(def.description, lang)}</p>`
                  : nothing
              }
            </header>`
          : nothing
      }
      ${
        snap.problem
          ? html`<p class="problem" part="error" role="alert">
              ${problemMessage(snap.problem, lang)}
            </p>`
          : nothing
      }
      ${def ? this.#renderGate(snap) : nothing}
      ${
        // A locked checklist says so: a tick box that silently ignores a click confuses.
        def && snap.editable && (this.readonly || this.formDisabled || !this.user)
          ? html`<p class="notice">
              ${this.#t(this.readonly || this.formDisabled ? 'read-only' : 'no-user')}
            </p>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        def && snap.evaluation && snap.state
          ? this.#renderSections({ def, evaluation: snap.evaluation, state: snap.state })
          : nothing
      }
    `;
  }

  #renderGate(snap: ChecklistSnapshot): TemplateResult {
    const lang = this.#l10n.lang;
    const name = gateLabel(snap.gate, lang);
    const blockers = blockersOf(snap, lang);
    const open = snap.open;
    const status = open
      ? this.#t('gate-open', { gate: name })
      : this.#t(blockers.length === 1 ? 'gate-closed-one' : 'gate-closed-other', {
          gate: name,
          count: blockers.length,
        });
    return html`
      <section part="gate" class="gate ${open ? 'open' : 'closed'}" aria-labelledby="gate-status">
        <div class="gate-head">
          <p id="gate-status" class="gate-status">
            <span class="gate-badge" aria-hidden="true">${open ? '✓' : '✕'}</span>
            <span class="gate-state"
              >${open ? this.#t('status-open') : this.#t('status-closed')}</span
            >
            <span class="gate-text">${status}</span>
          </p>
          <slot name="actions"></slot>
        </div>
        ${
          blockers.length > 0
            ? html`<p class="blockers-heading" id="blockers-heading">
                  ${this.#t('blockers-heading')}
                </p>
                <ul part="blockers" class="blockers" aria-labelledby="blockers-heading">
                  ${blockers.map((b) => this.#renderBlocker(b, snap))}
                </ul>`
            : nothing
        }
      </section>
    `;
  }

  #renderBlocker(b: ChecklistBlocker, snap: ChecklistSnapshot): TemplateResult {
    const linkable = b.item !== '' && snap.evaluation?.items[b.item]?.visible === true;
    return html`<li>
      ${
        linkable
          ? html`<a
              href="#c-${b.item}"
              @click=${(e: Event) => {
                e.preventDefault();
                void this.focusItem(b.item);
              }}
              >${b.message}</a
            >`
          : b.message
      }
    </li>`;
  }

  #renderSections(view: View): TemplateResult {
    const { def, evaluation } = view;
    // Every section and item of the definition keeps its place in the template, with
    // nothing rendered where it does not apply: the DOM of one item is never reused for
    // another when conditional items come and go, so focus and typing stay where they are.
    return html`<div class="sections">
      ${def.sections.map((s) => {
        const p = evaluation.sections.find((x) => x.id === s.id);
        return p !== undefined && p.visible && p.total > 0 ? this.#renderSection(view, s) : nothing;
      })}
    </div>`;
  }

  #roleBadge(
    def: ChecklistDefinition,
    role: string | null | undefined,
  ): TemplateResult | typeof nothing {
    if (!role) return nothing;
    const lang = this.#l10n.lang;
    const label = pick(def.roles.find((r) => r.id === role)?.label, lang) || role;
    const yours = mayAct(this.user, role);
    return html`<span part="badge" class="badge role ${yours ? 'yours' : 'not-yours'}"
      >${this.#t('role', { role: label })}${
        this.user && !yours
          ? html` <span class="not-yours-text">(${this.#t('not-your-role')})</span>`
          : nothing
      }</span
    >`;
  }

  #renderSection(view: View, section: ChecklistSection): TemplateResult | typeof nothing {
    const { def, evaluation } = view;
    const lang = this.#l10n.lang;
    const progress = evaluation.sections.find((p) => p.id === section.id);
    if (!progress) return nothing;
    const collapsed = this.collapsed.has(section.id);
    const title = pick(section.title, lang);
    const items = section.items.filter((i) => evaluation.items[i.id]?.visible);
    const progressText = this.#t('progress', { done: progress.done, total: progress.total });
    // Without required items a section is "complete" at once; say so only when all is done.
    const finished =
      progress.complete && (items.some((i) => i.required) || progress.done === progress.total);
    return html`<section
      part="section"
      class="section ${finished ? 'complete' : ''}"
      aria-labelledby="h-${section.id}"
    >
      <div class="section-head">
        <h3 class="section-title">
          <button
            type="button"
            id="h-${section.id}"
            aria-expanded=${collapsed ? 'false' : 'true'}
            aria-controls="b-${section.id}"
            @click=${() => this.#toggleSection(section.id)}
          >
            <span class="chevron" aria-hidden="true"></span>${title}
          </button>
        </h3>
        <div class="section-meta">
          <progress
            part="progress"
            max=${Math.max(progress.total, 1)}
            .value=${progress.total === 0 ? 1 : progress.done}
            aria-label=${this.#t('progress-label', { section: title })}
          ></progress>
          <span class="progress-text">${progressText}</span>
          ${
            finished
              ? html`<span part="badge" class="badge complete"
                  ><span aria-hidden="true">✓ </span>${this.#t('section-complete')}</span
                >`
              : nothing
          }
          ${this.#roleBadge(def, section.role)}
        </div>
      </div>
      <div class="section-body" id="b-${section.id}" ?hidden=${collapsed}>
        ${
          section.description
            ? html`<p class="section-description">${pick(section.description, lang)}</p>`
            : nothing
        }
        <ul class="items" role="list">
          ${section.items.map((i) =>
            evaluation.items[i.id]?.visible ? this.#renderItem(view, section, i) : nothing,
          )}
        </ul>
      </div>
    </section>`;
  }

  #renderItem(
    view: View,
    section: ChecklistSection,
    item: ChecklistItem,
  ): TemplateResult | typeof nothing {
    const { def, evaluation, state } = view;
    const lang = this.#l10n.lang;
    const status = evaluation.items[item.id];
    if (!status) return nothing;
    const entry: ChecklistItemState | undefined = Object.hasOwn(state.items, item.id)
      ? state.items[item.id]
      : undefined;
    const refusal = this.refusals.get(item.id);
    const record = recordOf(item, entry);
    const describedBy = [`m-${item.id}`, refusal ? `e-${item.id}` : ''].filter(Boolean).join(' ');
    const ownRole = item.role !== undefined && item.role !== section.role ? item.role : undefined;
    const label = html`${pick(item.label, lang)}${
      status.required
        ? html` <span part="badge" class="badge required">${this.#t('required')}</span>`
        : nothing
    }`;
    const ctx = { item, entry, label, describedBy, locked: this.#locked };

    let control: TemplateResult;
    switch (item.kind) {
      case 'check':
        control = this.#renderCheck(ctx);
        break;
      case 'text':
      case 'name':
        control = this.#renderText(ctx);
        break;
      case 'time':
        control = this.#renderTime(ctx);
        break;
      case 'choice':
      case 'multi-choice':
        control = this.#renderChoice({ ...ctx, item });
        break;
    }

    return html`<li
      part="item"
      class="item kind-${item.kind} ${status.done ? 'done' : ''}"
      data-item-row=${item.id}
    >
      ${control}
      <div class="meta" id="m-${item.id}">
        ${this.#roleBadge(def, ownRole)}
        ${
          record
            ? html`<span class="record"
                >${status.done ? html`<span aria-hidden="true">✓ </span>` : nothing}${this.#t(
                  record.key,
                  {
                    name: record.name,
                    time: this.#l10n.dateTime(record.at, { timeZone: this.timeZone }),
                  },
                )}</span
              >`
            : nothing
        }
      </div>
      ${
        item.help
          ? html`<details class="help">
              <summary>
                ${this.#t('help')}<span class="visually-hidden">: ${pick(item.label, lang)}</span>
              </summary>
              <p>${pick(item.help, lang)}</p>
            </details>`
          : nothing
      }
      ${
        refusal
          ? html`<p class="error" part="error" id="e-${item.id}" role="alert">
              ${this.#t('not-saved', { reason: pick(refusal.message, lang) })}
            </p>`
          : nothing
      }
    </li>`;
  }

  #renderCheck(ctx: ItemContext): TemplateResult {
    const { item, entry, label, describedBy, locked } = ctx;
    const checked = entry?.checked ?? false;
    return html`<div class="control-row">
      <input
        type="checkbox"
        id="c-${item.id}"
        .checked=${checked}
        aria-disabled=${locked ? 'true' : nothing}
        @click=${this.#guard}
        aria-describedby=${describedBy}
        @change=${(e: Event) => {
          const box = e.target as HTMLInputElement;
          const tick = box.checked;
          // The box shows the state: a refused tick is undone, an accepted one re-rendered.
          box.checked = checked;
          this.#act({ type: tick ? 'tick' : 'untick', item: item.id });
        }}
      />
      <span class="print-mark" aria-hidden="true">${checked ? '☑' : '☐'}</span>
      <label for="c-${item.id}">${label}</label>
    </div>`;
  }

  #renderText(ctx: ItemContext): TemplateResult {
    const { item, entry, label, describedBy, locked } = ctx;
    const value = typeof entry?.value === 'string' ? entry.value : '';
    const commit = (e: Event): void => {
      const next = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.#act(
        next.trim() === ''
          ? { type: 'clear', item: item.id }
          : { type: 'set', item: item.id, value: next },
      );
    };
    return html`<label class="field-label" for="c-${item.id}">${label}</label>
      ${
        item.kind === 'text'
          ? html`<textarea
              id="c-${item.id}"
              rows="3"
              maxlength="10000"
              .value=${value}
              ?readonly=${locked}
              aria-describedby=${describedBy}
              @change=${commit}
            ></textarea>`
          : html`<input
              type="text"
              id="c-${item.id}"
              maxlength="200"
              autocomplete="off"
              .value=${value}
              ?readonly=${locked}
              aria-describedby=${describedBy}
              @change=${commit}
            />`
      }
      <p class="print-value">${value || this.#t('empty')}</p>`;
  }

  #renderTime(ctx: ItemContext): TemplateResult {
    const { item, entry, label, describedBy, locked } = ctx;
    const value = typeof entry?.value === 'string' ? entry.value : undefined;
    const zone = this.timeZone;
    const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return html`<label class="field-label" for="c-${item.id}">${label}</label>
      <div class="time-row">
        <input
          type="datetime-local"
          id="c-${item.id}"
          .value=${toLocalInput(value, zone)}
          ?readonly=${locked}
          aria-describedby=${describedBy}
          @change=${(e: Event) => {
            const local = (e.target as HTMLInputElement).value;
            if (local === '') return this.#act({ type: 'clear', item: item.id });
            const iso = fromLocalInput(local, zone);
            if (iso) this.#act({ type: 'set', item: item.id, value: iso });
          }}
        />
        ${
          locked
            ? nothing
            : html`<button
                type="button"
                class="now"
                id="now-${item.id}"
                @click=${() => {
                  const iso = nowIn(this.clock(), zone);
                  if (iso) this.#act({ type: 'set', item: item.id, value: iso });
                }}
              >
                ${this.#t('now')}<span class="visually-hidden"
                  >: ${pick(item.label, this.#l10n.lang)}</span
                >
              </button>`
        }
        ${
          localZone !== zone
            ? html`<span class="zone">${this.#t('time-zone', { zone })}</span>`
            : nothing
        }
      </div>
      <p class="print-value">
        ${value ? this.#l10n.dateTime(value, { timeZone: zone }) : this.#t('empty')}
      </p>`;
  }

  #renderChoice(ctx: ItemContext & { item: ChecklistChoiceItem }): TemplateResult {
    const { item, entry, label, describedBy, locked } = ctx;
    const lang = this.#l10n.lang;
    const multi = item.kind === 'multi-choice';
    const selected = new Set(
      Array.isArray(entry?.value) ? entry.value : entry?.value !== undefined ? [entry.value] : [],
    );
    const onChange = (e: Event): void => {
      const boxes = [
        ...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[data-item="${item.id}"]`),
      ];
      const value = multi
        ? boxes.filter((b) => b.checked).map((b) => b.value)
        : (e.target as HTMLInputElement).value;
      // The options show the state: a refused answer is undone, an accepted one re-rendered.
      for (const b of boxes) b.checked = selected.has(b.value);
      this.#act(
        value.length === 0
          ? { type: 'clear', item: item.id }
          : { type: 'set', item: item.id, value },
      );
    };
    return html`<fieldset class="choice" aria-describedby=${describedBy}>
      <legend>${label}</legend>
      ${item.options.map((o) => {
        const on = selected.has(o.id);
        return html`<div class="option">
          <input
            type=${multi ? 'checkbox' : 'radio'}
            name="r-${item.id}"
            id="c-${item.id}--${o.id}"
            data-item=${item.id}
            value=${o.id}
            .checked=${on}
            aria-disabled=${locked ? 'true' : nothing}
            @click=${this.#guard}
            @change=${onChange}
          />
          <span class="print-mark" aria-hidden="true"
            >${multi ? (on ? '☑' : '☐') : on ? '◉' : '○'}</span
          >
          <label for="c-${item.id}--${o.id}">${pick(o.label, lang)}</label>
        </div>`;
      })}
      ${
        !multi && selected.size > 0 && !locked
          ? html`<button
              type="button"
              class="clear"
              data-clear=${item.id}
              @click=${() => this.#act({ type: 'clear', item: item.id })}
            >
              ${this.#t('clear-answer')}<span class="visually-hidden"
                >: ${pick(item.label, lang)}</span
              >
            </button>`
          : nothing
      }
    </fieldset>`;
  }
}

/** What the sections and items render from. */
interface View {
  def: ChecklistDefinition;
  evaluation: ChecklistEvaluation;
  state: ChecklistState;
}

interface ItemContext {
  item: ChecklistItem;
  entry: ChecklistItemState | undefined;
  label: TemplateResult;
  describedBy: string;
  locked: boolean;
}
