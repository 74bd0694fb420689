import { css } from 'lit';

/** Styles of `<sirene-checklist>`, adopted after the global `tokens` and `base`. */
export const styles = css`
  :host {
    display: block;
    --_accent: var(--sirene-checklist-accent, var(--sirene-color-accent));
    --_surface: var(--sirene-checklist-surface, var(--sirene-color-surface));
    --_section: var(--sirene-checklist-section-background, var(--sirene-color-surface-raised));
    --_border: var(--sirene-checklist-border-color, var(--sirene-color-border));
    --_progress: var(--sirene-checklist-progress-color, var(--sirene-color-accent));
    --_open: var(--sirene-checklist-open-color, var(--sirene-color-success));
    --_closed: var(--sirene-checklist-closed-color, var(--sirene-color-warning));
    --_error: var(--sirene-checklist-error-color, var(--sirene-color-danger));
    --_space: var(--sirene-space);
    --_radius: var(--sirene-radius);
    background: var(--_surface);
  }

  .header {
    margin-block-end: calc(var(--_space) * 2);
  }
  .title {
    font-size: 1.375rem;
    line-height: 1.25;
    margin: 0 0 var(--_space);
  }
  .description,
  .section-description {
    margin: 0;
    color: var(--sirene-color-text-muted);
    max-width: 70ch;
  }

  /* Gate summary */
  .gate {
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_closed);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
    background: var(--_surface);
  }
  /* Open: every "closed" colour of the summary (border, badge, state) turns "open". */
  .gate.open {
    --_closed: var(--_open);
  }
  .gate-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .gate-status {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    font-weight: 600;
    font-size: 1.125rem;
  }
  .gate-badge {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    color: var(--sirene-color-on-accent);
    background: var(--_closed);
    font-size: 0.9rem;
    align-self: center;
  }
  .gate-state {
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_closed);
  }
  .blockers-heading {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  .blockers {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.25rem;
  }
  .blockers li {
    margin-block: 0.25rem;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  .notice,
  .problem {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_section);
  }
  .problem {
    border-color: var(--_error);
    border-inline-start-width: 0.5rem;
    color: var(--_error);
    font-weight: 600;
  }

  /* Sections */
  .sections {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .section {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .section-head {
    background: var(--_section);
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .section-title {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.3;
  }
  .section-title button {
    all: unset;
    display: inline-flex;
    align-items: baseline;
    gap: 0.5rem;
    cursor: pointer;
    font: inherit;
    font-weight: 700;
    color: var(--sirene-color-text);
    padding: 0.25rem 0.25rem;
    border-radius: var(--_radius);
    min-height: 1.5rem;
  }
  .section-title button:focus-visible,
  /* A time field's calendar button has focus without the field matching :focus(-visible). */
  input[type='datetime-local']:focus-within {
    outline: 3px solid var(--sirene-color-focus);
    outline-offset: 2px;
  }
  .section-title button:hover {
    text-decoration: underline;
  }
  .chevron {
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.15rem) rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='false'] .chevron {
    transform: rotate(-45deg);
  }
  .section-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  progress {
    appearance: none;
    width: 8rem;
    height: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface);
  }
  progress::-webkit-progress-value {
    background: var(--_progress);
  }
  progress::-moz-progress-bar {
    background: var(--_progress);
  }
  .section.complete {
    --_progress: var(--_open);
  }
  .progress-text {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 4.5em;
  }
  .section-body {
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }
  .section-body[hidden] {
    display: none;
  }
  .section-description {
    margin-block: calc(var(--_space) / 2) var(--_space);
  }

  /* Badges */
  .badge {
    display: inline-block;
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.3;
    padding: 0.05rem 0.45rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--sirene-color-text);
    vertical-align: 0.1em;
    white-space: nowrap;
  }
  .badge.required {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .badge.complete {
    border-color: var(--_open);
    color: var(--_open);
  }
  .badge.role.not-yours {
    border-style: dashed;
    color: var(--sirene-color-text-muted);
  }

  /* Items */
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    padding: var(--_space) 0;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
  }
  .item:last-child {
    border-block-end: 0;
  }
  .control-row {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .control-row label,
  .option label {
    cursor: pointer;
    padding-block: 0.1rem;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  input[aria-disabled='true'],
  input[aria-disabled='true'] + .print-mark + label {
    cursor: default;
  }
  /* Under a tick box's label; other kinds have their label above the control. */
  .kind-check > :is(.meta, .help, .error) {
    margin-inline-start: 2rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.875rem;
    color: var(--sirene-color-text-muted);
  }
  .meta:empty {
    display: none;
  }
  .record {
    padding-block-start: 0.15rem;
  }
  .item.done .record {
    color: var(--_open);
  }
  .field-label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
    padding: 0;
  }
  textarea,
  input[type='text'],
  input[type='datetime-local'] {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
  }
  textarea,
  input[type='text'] {
    width: 100%;
    max-width: 40rem;
  }
  textarea {
    resize: vertical;
    min-height: 4.5rem;
  }
  textarea:read-only,
  input:read-only {
    background: var(--_section);
  }
  .time-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .zone {
    font-size: 0.875rem;
    color: var(--sirene-color-text-muted);
  }
  fieldset.choice {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.2rem;
  }
  button.now,
  button.clear {
    font: inherit;
    font-size: 0.9375rem;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.3rem 0.75rem;
    min-height: 2rem;
    cursor: pointer;
  }
  button.clear {
    margin-block-start: 0.25rem;
    margin-inline-start: 2rem;
    font-size: 0.875rem;
    padding: 0.15rem 0.6rem;
  }
  button.now:hover,
  button.clear:hover {
    background: var(--_section);
  }
  .help {
    font-size: 0.9375rem;
    margin-block-start: 0.25rem;
  }
  .help summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
    border-radius: var(--_radius);
  }
  .help p {
    margin: 0.25rem 0 0;
    max-width: 70ch;
  }
  .error {
    margin-block: 0.375rem 0;
    padding: 0.25rem 0.5rem;
    border-inline-start: 0.25rem solid var(--_error);
    color: var(--_error);
    font-weight: 600;
  }

  .print-mark,
  .print-value {
    display: none;
  }

  @media (forced-colors: active) {
    .gate {
      border-inline-start-color: CanvasText;
    }
    /* The styled bars would be blanked: draw the progress in system colours. */
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
    .gate-badge {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .section {
      break-inside: auto;
      border-color: #000;
    }
    .section-head {
      break-after: avoid;
      background: none;
      border-block-end: 1px solid #000;
    }
    .section-body[hidden] {
      display: block;
    }
    .chevron,
    button.now,
    button.clear,
    slot[name='actions'],
    .not-yours-text,
    .help summary,
    .zone {
      display: none;
    }
    .section-title button {
      cursor: auto;
    }
    input,
    textarea {
      display: none;
    }
    .print-mark {
      display: inline-block;
      font-size: 1.25rem;
      line-height: 1;
      width: 1.25rem;
      flex: none;
    }
    .print-value {
      display: block;
      margin: 0 0 0.25rem;
      white-space: pre-wrap;
      border-block-end: 1px dotted #000;
      min-height: 1.5em;
    }
    .item {
      break-inside: avoid;
    }
    .help p {
      display: none;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    progress {
      print-color-adjust: exact;
    }
  }
`;
