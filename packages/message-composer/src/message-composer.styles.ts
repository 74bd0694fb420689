import { css } from 'lit';

/** Styles of `<sirene-message-composer>`, adopted after the global `tokens` and `base`. */
export const styles = css`
  :host {
    display: block;
    position: relative;
    container-type: inline-size;
    --_accent: var(--sirene-message-composer-accent, var(--sirene-color-accent));
    --_surface: var(--sirene-message-composer-surface, var(--sirene-color-surface));
    --_panel: var(--sirene-message-composer-panel, var(--sirene-color-surface-raised));
    --_border: var(--sirene-message-composer-border, var(--sirene-color-border));
    --_exercise: var(--sirene-message-composer-exercise, var(--sirene-color-exercise));
    --_mark: var(--sirene-message-composer-mark, #ffe08a);
    --_error: var(--sirene-message-composer-error, var(--sirene-color-danger));
    --_warning: var(--sirene-message-composer-warning, var(--sirene-color-warning));
    --_success: var(--sirene-message-composer-success, var(--sirene-color-success));
    --_column: var(--sirene-message-composer-column-width, 17rem);
    --_space: var(--sirene-space);
    --_radius: var(--sirene-radius);
    background: var(--_surface);
  }

  .frame {
    display: grid;
    /* Items may shrink below their widest word: the page never scrolls sideways at 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .frame.exercise {
    border: 4px solid var(--_exercise);
    border-top: 0;
    padding: calc(var(--_space) * 1.5);
  }

  /* Exercise: a band nobody can miss, and diagonal text across everything. */
  .band {
    position: sticky;
    top: 0;
    z-index: 3;
    background: var(--_exercise);
    color: var(--sirene-color-on-exercise);
    font-weight: 800;
    font-size: 1.25rem;
    letter-spacing: 0.12em;
    text-align: center;
    padding: calc(var(--_space) * 0.75);
  }
  .diagonal {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    z-index: 2;
    overflow: hidden;
  }
  .diagonal text {
    fill: var(--_exercise);
    fill-opacity: 0.13;
    font-family: var(--sirene-font-family);
    font-size: 34px;
    font-weight: 800;
    letter-spacing: 0.08em;
  }

  h2,
  h3,
  h4 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  .title {
    font-size: 1.375rem;
    margin: 0;
  }
  h3 {
    font-size: 1.125rem;
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  h4 {
    font-size: 1.0625rem;
  }
  .step {
    display: inline-grid;
    place-items: center;
    min-width: 1.6rem;
    height: 1.6rem;
    padding: 0 0.3rem;
    border-radius: 0.8rem;
    /* Invisible here; drawn in forced colours, where the filled circle is dropped. */
    border: 1px solid transparent;
    background: var(--_accent);
    color: var(--sirene-color-on-accent);
    font-size: 0.85rem;
    font-weight: 700;
    margin-inline-end: 0.4rem;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .chip {
    display: inline-block;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    padding: 0.1rem 0.7rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .chip.ready {
    border-color: var(--_success);
    color: var(--_success);
  }
  .chip.mode.exercise {
    background: var(--_exercise);
    border-color: var(--_exercise);
    color: #fff;
  }
  .saved {
    margin-inline-start: auto;
    font-size: 0.875rem;
    color: var(--sirene-color-text-muted);
  }
  .saved.failed {
    color: var(--_error);
    font-weight: 600;
  }

  .notice {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-inline-start: 0.4rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_panel);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .notice p {
    margin: 0;
    flex: 1 1 20rem;
  }
  .notice.exercise-note {
    border-inline-start-color: var(--_exercise);
    font-weight: 600;
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
  }
  .notice.error {
    border-inline-start-color: var(--_error);
    color: var(--_error);
    font-weight: 600;
  }

  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    background: var(--_surface);
  }
  .hint {
    margin: 0.2rem 0 0;
    font-size: 0.875rem;
    color: var(--sirene-color-text-muted);
  }
  .template select {
    width: min(100%, 36rem);
    font-size: 1.0625rem;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  @container (min-width: 48rem) {
    .field.wide {
      grid-column: span 2;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  label,
  .label {
    font-weight: 600;
  }
  .value {
    margin: 0;
    padding: 0.35rem 0;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.5rem;
    background: var(--_surface);
    min-width: 0;
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  input[readonly],
  textarea[readonly],
  select:disabled {
    background: var(--_panel);
    border-style: dashed;
    color: var(--sirene-color-text);
    opacity: 1;
  }
  button {
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.4rem 0.9rem;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--sirene-color-on-accent);
  }
  button.quiet {
    border-color: transparent;
    text-decoration: underline;
    padding-inline: 0.3rem;
    align-self: flex-start;
  }
  button[aria-disabled='true'] {
    background: var(--_panel);
    border-color: var(--_border);
    border-style: dashed;
    color: var(--sirene-color-text-muted);
    cursor: not-allowed;
  }
  .badge {
    display: inline-block;
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 0.6rem;
    padding: 0 0.45rem;
    margin-inline-start: 0.25rem;
    vertical-align: middle;
  }
  .own-badge {
    color: var(--_warning);
  }

  /* Languages side by side (step 9) */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_column)), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .language {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  .language h4 {
    margin: 0;
  }
  .tag {
    font-weight: 400;
    font-size: 0.875rem;
    color: var(--sirene-color-text-muted);
  }
  .translations {
    display: grid;
    gap: var(--_space);
  }
  .translations .hint {
    margin: 0;
  }
  .message-wrap .label {
    margin: 0 0 0.25rem;
  }
  .message {
    overflow-wrap: anywhere;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 3);
    padding: calc(var(--_space) * 1.5);
    min-height: 4rem;
  }
  .message .text {
    white-space: pre-wrap;
  }
  .message .empty {
    color: var(--sirene-color-text-muted);
    font-style: italic;
  }
  mark.ucs2 {
    background: var(--_mark);
    color: #000;
    outline: 2px dashed var(--_error);
    outline-offset: 1px;
    border-radius: 2px;
    padding: 0 0.1rem;
  }
  .ucs2-box {
    margin-top: var(--_space);
    border-inline-start: 0.3rem solid var(--_warning);
    padding-inline-start: var(--_space);
  }
  .ucs2-box p,
  .ucs2-box ul {
    margin: 0 0 0.3rem;
  }
  .char {
    display: inline-block;
    min-width: 1.4em;
    text-align: center;
    font-family: ui-monospace, monospace;
    border: 1px solid var(--_border);
    border-radius: 3px;
    background: var(--_surface);
    padding: 0 0.2em;
  }
  .code {
    font-size: 0.8125rem;
    color: var(--sirene-color-text-muted);
  }
  .counters {
    margin: 0;
    display: grid;
    gap: 0.2rem;
    font-size: 0.9375rem;
  }
  .counters div {
    display: grid;
    grid-template-columns: 8.5rem 1fr;
    gap: var(--_space);
  }
  .counters dt {
    font-weight: 600;
  }
  .counters dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .counters .over dd {
    color: var(--_error);
  }
  .too-long {
    color: var(--_error);
    white-space: nowrap;
  }

  .details summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.2rem 0;
  }
  .details-body {
    display: grid;
    gap: var(--_space);
    padding-top: var(--_space);
  }
  .alert-details .details-body {
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  }
  .cap-field.own textarea,
  .cap-field.own input {
    border-color: var(--_warning);
    border-width: 2px;
  }

  /* Checks */
  .findings .summary {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .finding-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .finding {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.4rem solid var(--_border);
    border-radius: var(--_radius);
  }
  .finding p {
    margin: 0 0 0.2rem;
  }
  .finding.error {
    border-inline-start-color: var(--_error);
  }
  .finding.error > .icon {
    color: var(--_error);
  }
  .finding.warning {
    border-inline-start-color: var(--_warning);
  }
  .finding.warning > .icon {
    color: var(--_warning);
  }
  .finding-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .where {
    color: var(--sirene-color-text-muted);
  }
  .excerpt q {
    background: var(--_mark);
    color: #000;
  }
  .suggestion {
    font-style: italic;
  }
  .icon {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
    vertical-align: text-bottom;
  }

  /* Ready (step 10) */
  .ready-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .ready-row button.primary {
    font-size: 1.0625rem;
    padding: 0.55rem 1.2rem;
  }
  .reasons {
    margin-top: var(--_space);
  }
  .reasons p {
    margin: 0 0 0.2rem;
  }
  .reasons ul {
    margin: 0;
  }
  .reasons .ok {
    color: var(--_success);
    font-weight: 600;
  }
  .ready.done {
    border-color: var(--_success);
    border-width: 2px;
  }
  .ready.done h3 {
    color: var(--_success);
  }

  dialog.confirm {
    border: 2px solid var(--_border);
    border-top: 0.6rem solid var(--_error);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2.5);
    max-width: min(40rem, 95vw);
    color: var(--sirene-color-text);
    background: var(--_surface);
  }
  dialog.confirm.exercise {
    border-top-color: var(--_exercise);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog dl {
    display: grid;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  dialog dl div {
    display: grid;
    grid-template-columns: 9rem 1fr;
    gap: var(--_space);
  }
  dialog dt {
    font-weight: 600;
  }
  dialog dd {
    margin: 0;
  }
  .confirm.actual .mode-line {
    color: var(--_error);
  }
  .confirm.exercise .mode-line {
    color: var(--_exercise);
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }

  @media (max-width: 40rem) {
    .counters div,
    dialog dl div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
