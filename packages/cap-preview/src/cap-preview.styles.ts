import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_space: var(--sirene-space, 0.5rem);
    --_border: var(--sirene-cap-preview-border, var(--sirene-color-border));
    --_surface: var(--sirene-cap-preview-background, var(--sirene-color-surface));
    --_raised: var(--sirene-color-surface-raised);
    --_exercise: var(--sirene-cap-preview-exercise, var(--sirene-color-exercise));
    --_danger: var(--sirene-color-danger);
    --_warning: var(--sirene-color-warning);
    --_success: var(--sirene-color-success);
    --_accent: var(--sirene-color-accent);
    --_muted: var(--sirene-color-text-muted);
    background: var(--_surface);
  }

  button {
    font: inherit;
    color: inherit;
  }

  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    vertical-align: -0.15em;
  }
  .sev-error {
    color: var(--_danger);
  }
  .sev-warning {
    color: var(--_warning);
  }
  .sev-info {
    color: var(--_accent);
  }
  .sev-ok {
    color: var(--_success);
  }

  /* Status other than Actual: visible in every view. */
  .banner {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_exercise);
    color: var(--sirene-color-on-exercise);
    font-weight: 700;
    border-radius: var(--sirene-radius);
    background-image: repeating-linear-gradient(
      -45deg,
      transparent 0 12px,
      rgb(255 255 255 / 0.12) 12px 24px
    );
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space);
    border-block-end: 1px solid var(--_border);
  }

  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-block-end: none;
    background: none;
    padding: var(--_space) calc(var(--_space) * 1.5);
    cursor: pointer;
    border-radius: var(--sirene-radius) var(--sirene-radius) 0 0;
    color: var(--_muted);
    position: relative;
    inset-block-end: -1px;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--sirene-color-text);
    background: var(--_surface);
    border-color: var(--_border);
    font-weight: 700;
    box-shadow: inset 0 3px 0 var(--_accent);
  }
  [role='tab']:hover {
    color: var(--sirene-color-text);
    text-decoration: underline;
  }

  .status {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
    font-weight: 600;
  }
  .status[data-checking] .result {
    opacity: 0.75;
  }
  .checking {
    color: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }

  [role='tabpanel'] {
    padding: calc(var(--_space) * 2) 0;
  }
  [role='tabpanel']:focus-visible {
    outline-offset: -3px;
  }

  .notice {
    display: flex;
    gap: var(--_space);
    align-items: start;
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_danger);
    border-radius: var(--sirene-radius);
    background: var(--_raised);
  }
  .notice p {
    margin: 0;
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }

  /* Phone view */
  .phones {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Caption, screen and measure line up across cards, whatever the caption's length. */
  .phones > li,
  .phones figure {
    display: grid;
    grid-row: span 4;
    grid-template-rows: subgrid;
  }
  .phones > li {
    margin-block-end: calc(var(--_space) * 2);
  }
  figure {
    margin: 0;
  }
  .caption {
    align-self: end;
    font-weight: 600;
  }
  .caption .nowrap {
    white-space: nowrap;
  }
  .screen {
    position: relative;
    overflow: hidden;
    min-block-size: 24rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 1.5);
    border: 6px solid #1b1b1b;
    border-radius: 28px;
    color: var(--sirene-cap-preview-phone-color, #fff);
    background: var(
      --sirene-cap-preview-phone-background,
      linear-gradient(160deg, #1f3a5a 0%, #13233a 55%, #0b1522 100%)
    );
  }
  /* A ribbon across the whole card, over the notification too: impossible to miss, yet
     translucent enough to read the text beneath. */
  .screen[data-watermark]::after {
    content: attr(data-watermark);
    position: absolute;
    z-index: 2;
    inset-block-start: 58%;
    inset-inline-start: -25%;
    inline-size: 150%;
    rotate: -24deg;
    padding-block: 0.15em;
    text-align: center;
    white-space: nowrap;
    font-size: 1.6rem;
    font-weight: 900;
    letter-spacing: 0.12em;
    color: rgb(255 255 255 / 0.92);
    background: color-mix(in srgb, var(--_exercise) 55%, transparent);
    border-block: 3px solid rgb(255 255 255 / 0.7);
    pointer-events: none;
  }
  .band {
    margin: calc(var(--_space) * -2) calc(var(--_space) * -1.5) var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_exercise);
    color: var(--sirene-color-on-exercise);
    font-weight: 900;
    letter-spacing: 0.08em;
    text-align: center;
    border-block-end: 3px solid var(--sirene-color-on-exercise);
  }
  .clock {
    margin: var(--_space) 0 0;
    text-align: center;
    font-size: 3rem;
    font-weight: 300;
    line-height: 1.1;
  }
  .date {
    margin: 0 0 calc(var(--_space) * 2);
    text-align: center;
  }
  .notification {
    position: relative;
    z-index: 1;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: 16px;
    color: #1b1b1b;
    background: rgb(255 255 255 / 0.94);
  }
  .notification header {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
    margin-block-end: calc(var(--_space) / 2);
  }
  .notification .title {
    font-weight: 700;
  }
  .notification .stamp {
    margin-inline-start: auto;
    font-size: 0.85em;
    color: #4a4a4a;
  }
  .alert-icon {
    color: #a4000f;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--sirene-radius);
    font-size: 0.85em;
    font-weight: 700;
  }
  .text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .text.empty {
    font-style: italic;
  }
  .area {
    margin: var(--_space) 0 0;
    font-size: 0.9em;
    color: #4a4a4a;
  }
  .measure {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .char {
    display: inline-block;
    margin-inline-end: 0.3em;
    padding: 0 0.3em;
    border: 1px solid var(--_border);
    border-radius: var(--sirene-radius);
    background: var(--_raised);
    color: var(--sirene-color-text);
  }
  .char small {
    color: var(--_muted);
  }
  .measure strong {
    color: var(--_danger);
  }

  /* XML view */
  .toolbar {
    display: flex;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .button {
    display: inline-flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--sirene-radius);
    background: var(--_raised);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
  }
  .code {
    max-block-size: var(--sirene-cap-preview-code-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--sirene-radius);
    background: var(--sirene-cap-preview-code-background, var(--_raised));
  }
  .xml {
    margin: 0;
    padding: var(--_space) 0;
    font-family: var(
      --sirene-cap-preview-code-font,
      ui-monospace,
      'SFMono-Regular',
      Menlo,
      Consolas,
      monospace
    );
    font-size: 0.875rem;
    line-height: 1.5;
  }
  .line {
    display: grid;
    grid-template-columns: 7ch 1fr;
    gap: 1.5ch;
    padding-inline-end: var(--_space);
  }
  .src {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .line.has-error,
  .line.has-warning {
    background: var(--sirene-cap-preview-finding-line, rgb(164 0 15 / 0.06));
  }
  .line[class*='has-'] .ln {
    font-weight: 700;
    color: var(--sirene-color-text);
  }
  .ln .icon {
    margin-inline-end: 0.3ch;
  }
  .line.marked {
    background: var(--sirene-cap-preview-mark, #fff3c4);
    box-shadow: inset 4px 0 0 var(--_warning);
  }
  .line:focus-visible {
    outline-offset: -3px;
  }
  .ln {
    text-align: end;
    color: var(--_muted);
    user-select: none;
  }
  .t-tag {
    color: var(--sirene-cap-preview-xml-tag, var(--sirene-color-accent));
    font-weight: 600;
  }
  .t-attr {
    color: var(--sirene-cap-preview-xml-attribute, var(--sirene-color-warning));
  }
  .t-value {
    color: var(--sirene-cap-preview-xml-value, var(--sirene-color-success));
  }
  .t-comment {
    color: var(--sirene-cap-preview-xml-comment, var(--sirene-color-text-muted));
    font-style: italic;
  }
  .t-punct {
    color: #4a4a4a;
  }
  .t-entity,
  .t-pi,
  .t-doctype,
  .t-cdata {
    color: var(--sirene-cap-preview-xml-declaration, var(--sirene-color-exercise));
  }

  /* Findings view */
  .findings h3 {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: 1.05rem;
  }
  .findings h3:first-child {
    margin-block-start: 0;
  }
  .findings ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .finding {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--sirene-radius);
    margin-block-end: var(--_space);
  }
  .finding.sev-error {
    border-inline-start-color: var(--_danger);
  }
  .finding.sev-warning {
    border-inline-start-color: var(--_warning);
  }
  .finding.sev-info {
    border-inline-start-color: var(--_accent);
  }
  .finding .word {
    align-self: start;
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    font-weight: 700;
  }
  .finding .message,
  .finding .where {
    /* Codes, paths and URLs break rather than widen the page (reflow at 320 px). */
    overflow-wrap: anywhere;
  }
  .finding .message {
    margin: 0;
    color: var(--sirene-color-text);
  }
  .finding .where {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    align-items: baseline;
    color: var(--sirene-color-text);
    font-size: 0.95em;
  }
  .finding .prefix {
    color: var(--_muted);
  }
  .finding .codename {
    color: var(--_muted);
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }
  .empty-state {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin: 0;
    font-weight: 600;
  }

  /* Diff view */
  .diff h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05rem;
  }
  .diff p {
    margin: 0 0 var(--_space);
  }
  .refs {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block: var(--_space);
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_raised);
  }
  del,
  ins {
    text-decoration-thickness: 1px;
  }
  del {
    color: var(--_danger);
  }
  ins {
    color: var(--_success);
    text-decoration: none;
  }
  .kind {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    white-space: nowrap;
  }
  details summary {
    cursor: pointer;
  }
`;
