import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  diffAlerts,
  fromCapXml,
  parseCapDateTime,
  resolveLang,
  translate,
  type AlertChange,
  type AlertDiff,
  type CapAlert,
  type Finding,
  type ProfileName,
  type Severity,
  type SireneAlert,
} from '@sirene/core';
import { FocusRescueController, LocalizeController, base, tokens } from '@sirene/ui';
import {
  SEVERITIES,
  ValidationScheduler,
  capOf,
  downloadName,
  effectiveProfiles,
  fieldLabel,
  groupBySeverity,
  highlightLines,
  isTimeField,
  languageName,
  localeFor,
  parseProfiles,
  phoneCards,
  phoneTime,
  phoneTimeZone,
  phoneTitleKey,
  profilesText,
  resolveSource,
  statusText,
  validateSource,
  type PreviewSource,
  type PreviewValidation,
  type XmlToken,
} from './cap-preview.controller.js';
import { styles } from './cap-preview.styles.js';
import { SireneFindingActivateEvent, SireneFindingsChangeEvent } from './events.js';
import {
  FIELD_LABEL_TRANSLATIONS,
  ITEM_LABEL_TRANSLATIONS,
  MESSAGES,
  MESSAGE_TRANSLATIONS,
  type MessageKey,
} from './messages.js';

/** The views of the preview, in tab order. */
export const PREVIEW_VIEWS = ['phone', 'xml', 'findings', 'diff'] as const;
export type PreviewView = (typeof PREVIEW_VIEWS)[number];

/** How long input must rest before it is validated (schema validation takes ~0.3 s). */
const VALIDATION_DELAY_MS = 200;

/** Values longer than this are folded in the diff table. */
const LONG_VALUE = 160;

const ICONS: Record<Severity | 'ok', TemplateResult> = {
  error: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9zm.8 5.3-1.4 1.4 3.3 3.3-3.3 3.3 1.4 1.4 3.3-3.3 3.3 3.3 1.4-1.4-3.3-3.3 3.3-3.3-1.4-1.4-3.3 3.3z"/>`}
  </svg>`,
  warning: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z"/>`}
  </svg>`,
  info: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v2h-2zm0 4h2v6h-2z"/>`}
  </svg>`,
  ok: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14.2-4.2-4.2 1.4-1.4 2.8 2.8 5.8-5.8 1.4 1.4z"/>`}
  </svg>`,
};

const ALERT_ICON = html`<svg
  class="icon alert-icon"
  viewBox="0 0 24 24"
  aria-hidden="true"
  focusable="false"
>
  ${svg`<path fill="currentColor" d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z"/>`}
</svg>`;

const CHANGE_ICONS: Record<AlertChange['kind'], string> = {
  added: '+',
  removed: '−',
  changed: '~',
};

/**
 * Shows an alert the way it goes out: as phones show it (a lock-screen card per
 * language), as CAP XML (highlighted, to copy or download), with every finding of
 * core's validation (XML, OASIS schema, CAP rules, profiles, signature), and — for an
 * update or cancel — what changed compared with the message it follows.
 *
 * Give it an `alert` (model) or `xml` (pasted CAP); XML that cannot be read is shown as
 * findings, never thrown. Validation runs in the browser, debounced, and only the newest
 * result is shown. Exercise, Test, Draft and System messages carry an unmistakable band
 * in every view.
 *
 * The UI language follows the `lang` attribute of the element, an ancestor or the
 * document (`nl`, `en`, `fr`, `de`); finding messages are in that language too.
 *
 * @tagname sirene-cap-preview
 * @summary Phone, CAP XML, findings and change preview of a public warning.
 *
 * @fires {SireneFindingsChangeEvent} sirene-findings-change - After each validation: `detail.valid`, `detail.findings`.
 * @fires {SireneFindingActivateEvent} sirene-finding-activate - The operator activated a finding: focus the field at `detail.path`.
 *
 * @csspart banner - The band that marks an Exercise, Test, Draft or System message.
 * @csspart tabs - The tab list that switches views.
 * @csspart status - The validation result (a live region).
 * @csspart panel - Each view's panel.
 * @csspart phone - Each lock-screen card.
 * @csspart code - The scrollable CAP XML.
 * @csspart finding - Each finding in the findings view.
 * @csspart table - The table of changes.
 *
 * @cssprop --sirene-cap-preview-background - Background of the element (falls back to `--sirene-color-surface`).
 * @cssprop --sirene-cap-preview-border - Borders (falls back to `--sirene-color-border`).
 * @cssprop --sirene-cap-preview-exercise - Colour of the exercise/test band (falls back to `--sirene-color-exercise`); its text takes `--sirene-color-on-exercise`.
 * @cssprop --sirene-cap-preview-phone-background - Lock-screen background.
 * @cssprop --sirene-cap-preview-phone-color - Lock-screen text colour.
 * @cssprop --sirene-cap-preview-code-background - Background of the XML (falls back to `--sirene-color-surface-raised`).
 * @cssprop --sirene-cap-preview-code-font - Monospace font of the XML.
 * @cssprop --sirene-cap-preview-code-height - Maximum height of the XML before it scrolls (default 32rem).
 * @cssprop --sirene-cap-preview-mark - Background of the XML line a finding points at.
 * @cssprop --sirene-cap-preview-xml-tag - Element names in the XML (falls back to `--sirene-color-accent`).
 * @cssprop --sirene-cap-preview-xml-attribute - Attribute names in the XML (falls back to `--sirene-color-warning`).
 * @cssprop --sirene-cap-preview-xml-value - Attribute values in the XML (falls back to `--sirene-color-success`).
 * @cssprop --sirene-cap-preview-xml-comment - Comments in the XML (falls back to `--sirene-color-text-muted`).
 * @cssprop --sirene-cap-preview-xml-declaration - Declarations, entities and CDATA in the XML (falls back to `--sirene-color-exercise`).
 */
export class SireneCapPreview extends LitElement {
  static override styles = [tokens, base, styles];

  /**
   * The alert to preview: a CAP alert or a Sirene alert (`{ cap, sirene }`, whose
   * `sirene.profile` is checked when `profiles` is empty). Property only. Set a new
   * object to update; an object with missing or mistyped fields shows findings.
   */
  @property({ attribute: false }) accessor alert: CapAlert | SireneAlert | undefined = undefined;

  /**
   * CAP 1.2 XML to preview, shown exactly as given (line numbers match the findings).
   * Takes precedence over `alert` when not empty. Property only.
   */
  @property({ attribute: false }) accessor xml: string | undefined = undefined;

  /**
   * The alert this one updates or cancels (model, Sirene alert or CAP XML), for the
   * Changes view. Without it, the Changes tab is hidden. Property only.
   */
  @property({ attribute: false }) accessor previous: CapAlert | SireneAlert | string | undefined =
    undefined;

  /**
   * Profiles to check beside CAP 1.2 (`nl-alert`, `be-alert`, `eu-alert`, `ipaws`; each
   * with the profiles it includes). Attribute `profile`: names separated by commas. An
   * unknown name is reported as a finding. Also decides the phone's title (NL-Alert,
   * BE-Alert, else "Emergency alert") and time zone.
   */
  @property({
    attribute: 'profile',
    converter: {
      fromAttribute: (value: string | null) => parseProfiles(value),
      toAttribute: (value: readonly string[]) => value.join(','),
    },
  })
  accessor profiles: ProfileName[] = [];

  /** The view shown: `phone`, `xml`, `findings` or `diff` (only with `previous`). */
  @property({ reflect: true }) accessor view: PreviewView = 'phone';

  @state() private accessor validation: PreviewValidation | undefined = undefined;
  @state() private accessor checking = false;
  @state() private accessor markedLine: number | undefined = undefined;
  @state() private accessor announcement = '';

  private readonly l10n = new LocalizeController(
    this,
    MESSAGE_TRANSLATIONS,
    FIELD_LABEL_TRANSLATIONS,
    ITEM_LABEL_TRANSLATIONS,
  );

  constructor() {
    super();
    // A new check can take away the finding (or line) whose button had the focus: the open
    // panel keeps it, rather than the page.
    new FocusRescueController(this, () =>
      this.renderRoot.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])'),
    );
  }

  /**
   * Also waits for the texts of a newly chosen language (French and German load on
   * demand), so after `await el.updateComplete` the element speaks its `lang`.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.l10n.ready;
    return super.getUpdateComplete();
  }
  private source: PreviewSource = { kind: 'none', xml: '', findings: [] };
  private sourceLang: string | undefined;
  private diff: AlertDiff | undefined;
  private previousAlert: CapAlert | undefined;
  private lines: XmlToken[][] = [];
  private interrupted = false;
  private focusAfterUpdate: 'tab' | 'line' | undefined;

  private readonly scheduler = new ValidationScheduler<
    { source: PreviewSource; profiles: ProfileName[]; lang: ReturnType<typeof resolveLang> },
    PreviewValidation
  >(
    ({ source, profiles, lang }) => validateSource(source, profiles, lang),
    (result) => {
      this.validation = result;
      this.checking = false;
      this.emitFindings(result);
    },
    VALIDATION_DELAY_MS,
  );

  /** Findings of the last completed validation (empty before the first). */
  get findings(): readonly Finding[] {
    return this.validation?.findings ?? [];
  }

  /** True when the last completed validation found no error; false before the first. */
  get valid(): boolean {
    return this.validation?.valid ?? false;
  }

  /** True while a validation is waiting or running. */
  get pending(): boolean {
    return this.checking;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.interrupted) {
      this.interrupted = false;
      this.sourceLang = undefined; // re-read and re-validate on the next update
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.scheduler.pending) {
      this.scheduler.cancel();
      this.checking = false;
      this.interrupted = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.l10n.lang;
    const sourceChanged = changed.has('alert') || changed.has('xml') || this.sourceLang !== lang;
    if (sourceChanged) {
      this.source = resolveSource({ alert: this.alert, xml: this.xml }, lang);
      this.sourceLang = lang;
      this.lines = this.source.xml ? highlightLines(this.source.xml) : [];
      this.markedLine = undefined;
    }
    if (sourceChanged || changed.has('previous')) this.updateDiff();
    if (sourceChanged || changed.has('profiles')) {
      if (this.source.kind === 'none') {
        this.scheduler.cancel();
        this.checking = false;
        if (this.validation) {
          this.validation = undefined;
          this.emitFindings({ valid: false, findings: [] });
        }
      } else {
        this.checking = true;
        this.scheduler.schedule({ source: this.source, profiles: this.checkedProfiles, lang });
      }
    }
  }

  protected override updated(): void {
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (focus === 'tab') {
      this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    } else if (focus === 'line') {
      const line = this.renderRoot.querySelector<HTMLElement>('.line.marked');
      line?.scrollIntoView({ block: 'center' });
      line?.focus({ preventScroll: true });
    }
  }

  private emitFindings({ valid, findings }: PreviewValidation): void {
    const event = new SireneFindingsChangeEvent({ valid, findings });
    this.dispatchEvent(event);
  }

  private get checkedProfiles(): ProfileName[] {
    return effectiveProfiles(this.profiles, this.source);
  }

  private updateDiff(): void {
    const previous = this.previous;
    this.diff = undefined;
    this.previousAlert = undefined;
    if (previous === undefined || previous === null || previous === '') return;
    if (typeof previous === 'string') {
      const parsed = fromCapXml(previous);
      if (parsed.ok) this.previousAlert = parsed.alert;
    } else this.previousAlert = capOf(previous);
    const current = this.source.kind === 'none' ? undefined : this.source.alert;
    if (this.previousAlert && current) {
      try {
        this.diff = diffAlerts(this.previousAlert, current);
      } catch {
        this.diff = undefined; // a previous alert of the wrong shape: say it cannot be shown
      }
    }
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.l10n.t(MESSAGES, key, params);
  }

  private get views(): PreviewView[] {
    return PREVIEW_VIEWS.filter((v) => v !== 'diff' || this.hasPrevious);
  }

  private get hasPrevious(): boolean {
    return this.previous !== undefined && this.previous !== null && this.previous !== '';
  }

  private get activeView(): PreviewView {
    return this.views.includes(this.view) ? this.view : 'phone';
  }

  private select(view: PreviewView, focus = false): void {
    this.view = view;
    if (focus) this.focusAfterUpdate = 'tab';
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const views = this.views;
    const index = views.indexOf(this.activeView);
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % views.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
      next = (index - 1 + views.length) % views.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = views.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const view = views[next];
    if (view) this.select(view, true);
  }

  private requestFieldFocus(finding: Finding): void {
    if (finding.line !== undefined) this.markedLine = finding.line;
    this.dispatchEvent(new SireneFindingActivateEvent({ path: finding.path, finding }));
  }

  private showLine(line: number): void {
    this.markedLine = line;
    this.view = 'xml';
    this.focusAfterUpdate = 'line';
  }

  private announce(message: string): void {
    // Clear first so the same message is announced again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = message));
  }

  private async copy(): Promise<void> {
    const text = this.source.xml;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = this.copyWithSelection(text);
    }
    this.announce(this.t(copied ? 'xml.copied' : 'xml.copyFailed'));
  }

  /** For pages without the asynchronous clipboard (insecure origins, old embeds). */
  private copyWithSelection(text: string): boolean {
    // Selecting the textarea focuses it: give focus back to Copy, not to <body>.
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    this.renderRoot.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    focused?.focus({ preventScroll: true });
    return ok;
  }

  private download(): void {
    const name = downloadName(
      this.source.kind === 'none' ? undefined : this.source.alert?.identifier,
    );
    const url = URL.createObjectURL(
      new Blob([this.source.xml], { type: 'application/xml;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.announce(this.t('xml.downloaded', { file: name }));
  }

  // -------------------------------------------------------------------------------------
  // Rendering

  /** `text` with its last `part` (a language tag such as `fr-BE`) never broken at the hyphen. */
  #keepTogether(text: string, part: string): TemplateResult | string {
    const at = text.lastIndexOf(part);
    if (at < 0) return text;
    return html`${text.slice(0, at)}<span class="nowrap">${part}</span>${text.slice(
        at + part.length,
      )}`;
  }

  override render() {
    const active = this.activeView;
    const status = this.source.kind === 'none' ? undefined : this.source.alert?.status;
    return html`
      ${
        status && status !== 'Actual'
          ? html`<div class="banner" part="banner" data-status=${status}>
              ${ICONS.warning}<span>${this.t(`banner.${status}`)}</span>
            </div>`
          : nothing
      }
      <div class="header">
        <div
          role="tablist"
          part="tabs"
          aria-label=${this.t('tablist.label')}
          @keydown=${this.onTabKeydown}
        >
          ${this.views.map(
            (view) =>
              html`<button
                role="tab"
                id="tab-${view}"
                aria-controls="panel-${view}"
                aria-selected=${view === active ? 'true' : 'false'}
                tabindex=${view === active ? 0 : -1}
                @click=${() => this.select(view)}
              >
                ${this.tabLabel(view)}
              </button>`,
          )}
        </div>
        ${this.renderStatus()}
      </div>
      ${this.views.map(
        (view) =>
          html`<div
            role="tabpanel"
            part="panel"
            id="panel-${view}"
            aria-labelledby="tab-${view}"
            tabindex="0"
            ?hidden=${view !== active}
          >
            ${view === active ? this.renderView(view) : nothing}
          </div>`,
      )}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private tabLabel(view: PreviewView): string {
    if (view !== 'findings') return this.t(`tab.${view}`);
    if (this.source.kind === 'none') return this.t('tab.findings', { count: 0 });
    if (!this.validation) return this.t('tab.findings.checking');
    return this.t('tab.findings', { count: this.validation.findings.length });
  }

  private renderStatus() {
    const findings = this.findings;
    const state = this.source.kind === 'none' ? 'idle' : this.validation ? 'done' : 'checking';
    const lang = this.l10n.lang;
    const text = statusText(state, findings, this.checkedProfiles, lang);
    const icon =
      state !== 'done'
        ? nothing
        : findings.some((f) => f.severity === 'error')
          ? html`<span class="sev-error">${ICONS.error}</span>`
          : findings.length > 0
            ? html`<span class="sev-warning">${ICONS.warning}</span>`
            : html`<span class="sev-ok">${ICONS.ok}</span>`;
    return html`<p class="status" part="status" ?data-checking=${this.checking}>
      <span class="result" role="status" aria-live="polite">${icon} ${text}</span>
      ${
        this.checking && state === 'done'
          ? html`<span class="checking" aria-hidden="true">${this.t('status.checking')}</span>`
          : nothing
      }
    </p>`;
  }

  private renderView(view: PreviewView) {
    if (this.source.kind === 'none') return html`<p>${this.t('source.empty')}</p>`;
    switch (view) {
      case 'phone':
        return this.renderPhones();
      case 'xml':
        return this.renderXml();
      case 'findings':
        return this.renderFindings();
      case 'diff':
        return this.renderDiff();
    }
  }

  private renderUnreadable() {
    const key = this.source.kind === 'xml' ? 'source.unreadableXml' : 'source.unreadableAlert';
    return html`<div class="notice" role="note">
      <span class="sev-error">${ICONS.error}</span>
      <p>
        <strong>${this.t('severity.error')}:</strong> ${this.t(key)}
        <button class="link" @click=${() => this.select('findings', true)}>
          ${this.t('source.showFindings')}
        </button>
      </p>
    </div>`;
  }

  private renderPhones() {
    const source = this.source;
    if (source.kind === 'none' || !source.alert) return this.renderUnreadable();
    const alert = source.alert;
    if (alert.infos.length === 0) return html`<p>${this.t('phone.noInfo')}</p>`;
    const profiles = this.checkedProfiles;
    const timeZone = phoneTimeZone(profiles);
    const uiLang = this.l10n.lang;
    const uiLocale = this.l10n.locale;
    const watermark = alert.status !== 'Actual' ? this.t(`watermark.${alert.status}`) : undefined;
    const badge = alert.msgType !== 'Alert' ? this.t(`msgType.${alert.msgType}`) : undefined;
    return html`<ul class="phones" aria-label=${this.t('phone.list')}>
      ${phoneCards(alert).map((card) => {
        const cardLang = resolveLang(card.language);
        const locale = localeFor(card.language, uiLang);
        const time = phoneTime(alert.sent, locale, timeZone);
        const title = translate(MESSAGES, phoneTitleKey(profiles), cardLang);
        const m = card.measure;
        return html`<li>
          <figure class="phone" part="phone" lang=${card.language ?? 'en-US'}>
            <figcaption class="caption" lang=${uiLang}>
              ${this.#keepTogether(
                this.t('phone.caption', {
                  n: card.index + 1,
                  language: languageName(card.language, uiLocale),
                }),
                card.language ?? 'en-US',
              )}
            </figcaption>
            <div class="screen" data-watermark=${watermark ?? nothing}>
              ${watermark ? html`<p class="band" lang=${uiLang}>${watermark}</p>` : nothing}
              ${
                time
                  ? html`<p class="clock">${time.clock}</p>
                      <p class="date">${time.date}</p>`
                  : nothing
              }
              <div class="notification">
                <header>
                  ${ALERT_ICON}<span class="title">${title}</span>
                  ${badge ? html`<span class="badge" lang=${uiLang}>${badge}</span>` : nothing}
                  ${time ? html`<span class="stamp">${time.stamp}</span>` : nothing}
                </header>
                ${
                  card.text
                    ? html`<p class="text">${card.text}</p>`
                    : html`<p class="text empty" lang=${uiLang}>${this.t('phone.noText')}</p>`
                }
                ${
                  card.areas.length
                    ? html`<p class="area" lang=${uiLang}>
                        ${this.t('phone.area', { areas: card.areas.join(', ') })}
                      </p>`
                    : nothing
                }
              </div>
            </div>
            <p class="measure" lang=${uiLang}>
              ${this.t('phone.measure', {
                characters: this.l10n.number(m.characters),
                encoding: m.encoding,
                pages: m.segments,
                maxPages: m.maxSegments,
              })}
              ${
                m.fits
                  ? nothing
                  : html`<strong
                      ><span class="sev-error">${ICONS.error}</span>
                      ${this.t('phone.tooLong')}</strong
                    >`
              }
            </p>
            ${
              m.forcedUcs2.length
                ? html`<p class="measure ucs2" lang=${uiLang}>
                    <span class="sev-warning">${ICONS.warning}</span>
                    ${this.t('phone.ucs2')}
                    ${[...new Set(m.forcedUcs2.map((c) => c.char))].map(
                      (char) =>
                        html`<code class="char"
                          >${char}
                          <small
                            >U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}</small
                          ></code
                        >`,
                    )}
                  </p>`
                : nothing
            }
          </figure>
        </li>`;
      })}
    </ul>`;
  }

  private renderXml() {
    const source = this.source;
    if (source.kind === 'none') return nothing;
    if (!source.xml) return this.renderUnreadable();
    const lineFindings = new Map<number, Severity>();
    for (const f of this.findings) {
      if (f.line === undefined) continue;
      const worst = lineFindings.get(f.line);
      if (!worst || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(worst))
        lineFindings.set(f.line, f.severity);
    }
    return html`
      ${source.unreadable ? this.renderUnreadable() : nothing}
      <div class="toolbar" role="group" aria-label=${this.t('xml.toolbar')}>
        <button class="button" @click=${this.copy}>${this.t('xml.copy')}</button>
        <button class="button" @click=${this.download}>${this.t('xml.download')}</button>
      </div>
      <div
        class="code"
        part="code"
        role="region"
        tabindex="0"
        aria-label=${this.t('xml.label', { lines: this.lines.length })}
      >
        <div class="xml">
          ${this.lines.map((tokens, i) => this.renderLine(tokens, i + 1, lineFindings.get(i + 1)))}
        </div>
      </div>
    `;
  }

  /** One line of XML: its number (hidden from assistive technology), a marker for findings, the tokens. */
  private renderLine(tokens: XmlToken[], n: number, severity: Severity | undefined) {
    const marked = n === this.markedLine;
    const marker = severity
      ? html`<span class="visually-hidden"
          >${this.t(`severity.${severity}`)}, ${this.t('finding.line', { line: n })}:</span
        >`
      : nothing;
    const text = tokens.map((t) => html`<span class="t-${t.kind}">${t.text}</span>`);
    return html`<div
      class="line ${marked ? 'marked' : ''} ${severity ? `has-${severity}` : ''}"
      data-line=${n}
      tabindex=${marked ? -1 : nothing}
    >
      <span class="ln" aria-hidden="true"
        >${severity ? html`<span class="sev-${severity}">${ICONS[severity]}</span>` : nothing}${n}</span
      ><span class="src">${marker}${text}</span>
    </div>`;
  }

  private renderFindings() {
    const source = this.source;
    if (source.kind === 'none') return nothing;
    const profiles = profilesText(this.checkedProfiles, this.l10n.lang);
    if (!this.validation) return html`<p>${this.t('findings.pending', { profiles })}</p>`;
    const groups = groupBySeverity(this.validation.findings);
    if (groups.length === 0) {
      return html`<p class="empty-state">
        <span class="sev-ok">${ICONS.ok}</span>${this.t('findings.empty', { profiles })}
      </p>`;
    }
    const alert = source.alert;
    return html`<div class="findings">
      ${groups.map(
        ({ severity, findings }) =>
          html`<section aria-labelledby="group-${severity}">
            <h3 id="group-${severity}">
              <span class="sev-${severity}">${ICONS[severity]}</span>
              ${this.t(`group.${severity}`, { count: findings.length })}
            </h3>
            <ul>
              ${findings.map((f) => this.renderFinding(f, alert))}
            </ul>
          </section>`,
      )}
    </div>`;
  }

  private renderFinding(f: Finding, alert: CapAlert | undefined) {
    const label = fieldLabel(f.path, alert, this.l10n.lang);
    return html`<li class="finding sev-${f.severity}" part="finding" data-code=${f.code}>
      <span class="word sev-${f.severity}"
        >${ICONS[f.severity]}${this.t(`severity.${f.severity}`)}</span
      >
      <p class="message">${f.message}</p>
      <div class="where">
        <span
          ><span class="prefix" aria-hidden="true">${this.t('finding.field')}</span>
          <button class="link" data-path=${f.path} @click=${() => this.requestFieldFocus(f)}>
            <span class="visually-hidden">${this.t('finding.goTo')}</span> ${label}
          </button></span
        >
        ${
          f.line !== undefined && this.source.xml
            ? html`<button
                class="link"
                aria-label=${this.t('finding.showLine', { line: f.line })}
                @click=${() => this.showLine(f.line ?? 1)}
              >
                ${this.t('finding.line', { line: f.line })}
              </button>`
            : nothing
        }
        <span class="codename">${f.code}</span>
      </div>
    </li>`;
  }

  private renderDiff() {
    const source = this.source;
    const previous = this.previousAlert;
    const diff = this.diff;
    if (source.kind === 'none' || !source.alert || !previous || !diff)
      return html`<p>${this.t('diff.unavailable')}</p>`;
    const alert = source.alert;
    const lang = this.l10n.lang;
    const sent = this.l10n.dateTime(previous.sent, {
      timeZone: phoneTimeZone(this.checkedProfiles),
    });
    return html`<div class="diff">
      <h3>${this.t('diff.heading', { identifier: previous.identifier, sent })}</h3>
      <p>${this.t('diff.msgType', { before: previous.msgType, after: alert.msgType })}</p>
      ${
        diff.referencesPrevious
          ? html`<p class="refs">
              <span class="sev-ok">${ICONS.ok}</span><strong>${this.t('diff.ok')}:</strong>
              ${this.t('diff.references.yes')}
            </p>`
          : html`<p class="refs">
              <span class="sev-warning">${ICONS.warning}</span
              ><strong>${this.t('severity.warning')}:</strong>
              ${this.t('diff.references.no', { identifier: previous.identifier })}
            </p>`
      }
      ${
        diff.changes.length === 0
          ? html`<p>${this.t('diff.none')}</p>`
          : html`<table part="table">
              <caption>
                ${this.t('diff.caption', { count: diff.changes.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${this.t('diff.field')}</th>
                  <th scope="col">${this.t('diff.change')}</th>
                  <th scope="col">${this.t('diff.before')}</th>
                  <th scope="col">${this.t('diff.after')}</th>
                </tr>
              </thead>
              <tbody>
                ${diff.changes.map(
                  (c) =>
                    html`<tr data-path=${c.path} data-kind=${c.kind}>
                      <th scope="row">
                        ${fieldLabel(c.path, c.kind === 'removed' ? previous : alert, lang)}
                      </th>
                      <td>
                        <span class="kind"
                          ><span aria-hidden="true">${CHANGE_ICONS[c.kind]}</span>
                          ${this.t(`diff.${c.kind}`)}</span
                        >
                      </td>
                      <td>
                        ${c.before === undefined ? this.t('diff.empty') : html`<del>${this.value(c.path, c.before)}</del>`}
                      </td>
                      <td>
                        ${c.after === undefined ? this.t('diff.empty') : html`<ins>${this.value(c.path, c.after)}</ins>`}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </div>`;
  }

  /** A value of the diff: times as the operator reads them, long values folded. */
  private value(path: string, text: string) {
    if (isTimeField(path)) {
      const at = parseCapDateTime(text);
      if (at) return this.l10n.dateTime(at, { timeZone: phoneTimeZone(this.checkedProfiles) });
    }
    if (text.length <= LONG_VALUE) return text;
    return html`<details>
      <summary>${text.slice(0, 80)}…</summary>
      ${text}
    </details>`;
  }
}
