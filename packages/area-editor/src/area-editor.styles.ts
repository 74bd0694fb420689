import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* Resolved colours the map reads (custom properties → tokens → defaults). */
    --_effect: var(--sirene-area-editor-effect-color, var(--sirene-color-accent, #0b4f9c));
    --_source: var(--sirene-area-editor-source-color, #8a3b00);
    --_invalid: var(--sirene-area-editor-invalid-color, var(--sirene-color-danger, #a4000f));
    --_sketch: var(--sirene-area-editor-sketch-color, var(--sirene-color-exercise, #6a1b9a));
    --_focus: var(--sirene-area-editor-focus-color, var(--sirene-color-focus, #0050b3));
    --_land: var(--sirene-area-editor-land-color, #f4f1ea);
    --_border: var(--sirene-area-editor-border-color, #8a8a8a);
    --_water: var(--sirene-area-editor-water-color, #cfe3f0);
    --_label: var(--sirene-area-editor-label-color, #3a3a3a);
    --_surface: var(--sirene-area-editor-surface, var(--sirene-color-surface, #fff));
    --_raised: var(
      --sirene-area-editor-toolbar-background,
      var(--sirene-color-surface-raised, #f4f5f7)
    );
    --_line: var(--sirene-color-border, #6b6b6b);
    /* OpenLayers' variables, declared here so its CSS works in this shadow root. */
    --ol-background-color: var(--_surface);
    --ol-accent-background-color: var(--_raised);
    --ol-subtle-background-color: rgba(128, 128, 128, 0.25);
    --ol-partial-background-color: color-mix(in srgb, var(--_surface) 85%, transparent);
    --ol-foreground-color: var(--sirene-color-text, #1b1b1b);
    --ol-subtle-foreground-color: var(--sirene-color-text-muted, #4a4a4a);
    --ol-brand-color: var(--_focus);
    background: var(--_surface);
    color: var(--sirene-color-text);
  }
  .layout {
    display: grid;
    gap: var(--sirene-space);
  }
  fieldset {
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius);
    margin: 0;
    padding: calc(var(--sirene-space) / 2) var(--sirene-space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--sirene-space) calc(var(--sirene-space) * 2);
    align-items: center;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.15rem;
    height: 1.15rem;
    accent-color: var(--_focus);
  }
  .swatch {
    display: inline-block;
    width: 1.6rem;
    height: 0;
    border-top: 4px solid var(--_effect);
    /* The map keeps its colours in forced-colours mode: so must the key to them. */
    forced-color-adjust: none;
  }
  .swatch.source {
    border-top: 4px dotted var(--_source);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
    padding: 0.25rem;
    background: var(--_raised);
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius);
  }
  .sep {
    width: 1px;
    align-self: stretch;
    background: var(--_line);
    margin: 0 0.25rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius);
    background: var(--_surface);
    color: var(--sirene-color-text);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  button[aria-pressed='true'] {
    background: var(
      --sirene-area-editor-active-tool-background,
      var(--sirene-color-accent, #0b4f9c)
    );
    color: var(--sirene-color-on-accent, #fff);
    border-color: var(--sirene-color-accent, #0b4f9c);
    font-weight: 600;
    box-shadow: inset 0 -3px 0 var(--sirene-color-on-accent, #fff);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--sirene-color-accent, #0b4f9c);
    color: var(--sirene-color-on-accent, #fff);
    border-color: transparent;
  }
  .icon {
    font-size: 1.1em;
    line-height: 1;
  }
  [part='options'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sirene-space);
    align-items: end;
  }
  [part='options']:empty {
    display: none;
  }
  .field {
    display: grid;
    gap: 0.15rem;
  }
  .field label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  input[type='number'],
  input[type='search'] {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius);
    background: var(--_surface);
    color: var(--sirene-color-text);
    width: 10rem;
  }
  input[type='search'] {
    width: 16rem;
  }
  .results,
  .picked {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .map-wrap {
    position: relative;
  }
  [part='map'] {
    height: var(--sirene-area-editor-height, 480px);
    min-height: 240px;
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius);
    overflow: hidden;
    background: var(--_water);
    position: relative;
  }
  [part='map']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .loading {
    position: absolute;
    inset: auto auto 0.5rem 0.5rem;
    background: var(--_surface);
    border: 1px solid var(--_line);
    padding: 0.25rem 0.5rem;
    border-radius: var(--sirene-radius);
  }
  .sirene-marker {
    font: inherit;
    font-size: 0.85rem;
    min-height: 2rem;
    min-width: 2rem;
    padding: 0.15rem 0.45rem;
    border: 2px solid currentColor;
    border-radius: 1rem;
    background: var(--_surface);
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.4);
    white-space: nowrap;
  }
  .sirene-marker.error {
    color: var(--_invalid);
  }
  .sirene-marker.warning {
    color: var(--sirene-color-warning, #7a4d00);
  }
  .sirene-marker.info {
    color: var(--sirene-color-accent, #0b4f9c);
  }
  [part='status'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0.35rem 0.5rem;
    background: var(--_raised);
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius);
  }
  [part='status'] div {
    display: flex;
    gap: 0.35rem;
  }
  [part='status'] dt {
    font-weight: 600;
  }
  [part='status'] dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .over {
    color: var(--_invalid);
    font-weight: 700;
  }
  .invalid {
    color: var(--_invalid);
    font-weight: 700;
  }
  [part='findings'] h3 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  [part='findings'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part='findings'] li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.35rem 0.5rem;
    border-left: 4px solid var(--_line);
    background: var(--_raised);
  }
  [part='findings'] li.error {
    border-left: 4px dashed var(--_invalid);
  }
  [part='findings'] li.warning {
    border-left-color: var(--sirene-color-warning, #7a4d00);
  }
  .severity {
    font-weight: 700;
  }
  li.error .severity {
    color: var(--_invalid);
  }
  .message {
    flex: 1 1 20rem;
  }
  details summary {
    cursor: pointer;
    min-height: 2rem;
  }
  .note {
    margin: 0;
    font-style: italic;
  }
`;
