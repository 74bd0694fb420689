import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_effect: var(--sirene-overshoot-estimator-area-color, var(--sirene-color-accent, #0b4f9c));
    --_overshoot: var(
      --sirene-overshoot-estimator-overshoot-color,
      var(--sirene-color-danger, #a4000f)
    );
    --_coverage: var(--sirene-overshoot-estimator-coverage-color, #0b6e2e);
    --_undershoot: var(--sirene-overshoot-estimator-undershoot-color, #7a4d00);
    --_far: var(--sirene-overshoot-estimator-far-color, var(--sirene-color-text-muted, #4a4a4a));
    --_bar: var(--sirene-overshoot-estimator-bar-color, var(--sirene-color-accent, #0b4f9c));
    --_map-height: var(--sirene-overshoot-estimator-map-height, 320px);
    --_surface: var(--sirene-color-surface, #fff);
    --_raised: var(--sirene-color-surface-raised, #f4f5f7);
    --_line: var(--sirene-color-border, #6b6b6b);
    --ol-background-color: var(--_surface);
    --ol-accent-background-color: var(--_raised);
    --ol-subtle-background-color: rgba(128, 128, 128, 0.25);
    --ol-partial-background-color: color-mix(in srgb, var(--_surface) 85%, transparent);
    --ol-foreground-color: var(--sirene-color-text, #1b1b1b);
    --ol-subtle-foreground-color: var(--sirene-color-text-muted, #4a4a4a);
    --ol-brand-color: var(--sirene-color-focus, #0050b3);
    background: var(--_surface);
    color: var(--sirene-color-text);
    font-family: var(--sirene-font-family, system-ui, sans-serif);
  }
  .layout {
    display: grid;
    gap: var(--sirene-space, 0.75rem);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  h3 {
    font-size: 0.95rem;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--sirene-color-text-muted, #4a4a4a);
    font-size: 0.875rem;
  }
  [part='map'] {
    position: relative;
    height: var(--_map-height);
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius, 4px);
    overflow: hidden;
  }
  [part='legend'] {
    display: grid;
    gap: 0.35rem;
    font-size: 0.875rem;
  }
  [part='legend'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='legend'] .network {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
  select {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius, 4px);
    background: var(--_surface);
    color: inherit;
  }
  select:focus-visible {
    outline: 3px solid var(--sirene-color-focus, #0050b3);
    outline-offset: 2px;
  }
  [part='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    display: inline-block;
    width: 1.4rem;
    height: 0.9rem;
    border: 3px solid var(--_effect);
    box-sizing: border-box;
    /* The map keeps its colours in forced-colours mode: so must the key to them. */
    forced-color-adjust: none;
  }
  .swatch.coverage {
    border: 2px solid var(--_coverage);
    background: color-mix(in srgb, var(--_coverage) 15%, transparent);
  }
  .swatch.overshoot {
    border: 3px dashed var(--_overshoot);
    background: repeating-linear-gradient(-45deg, var(--_overshoot) 0 2px, transparent 2px 6px);
  }
  .swatch.undershoot {
    border: 2px dotted var(--_undershoot);
    background: color-mix(in srgb, var(--_undershoot) 10%, transparent);
  }
  .swatch.far {
    border: 2px dashed var(--_far);
    border-width: 2px 0 0;
    height: 0;
  }
  [part='progress'] {
    display: grid;
    gap: 0.25rem;
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_bar);
  }
  [part='findings'] {
    border: 2px solid var(--sirene-color-danger, #a4000f);
    border-radius: var(--sirene-radius, 4px);
    padding: 0.5rem 0.75rem;
  }
  [part='findings'] ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .severity {
    font-weight: 700;
  }
  .charts {
    display: grid;
    gap: var(--sirene-space, 0.75rem);
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
  }
  [part='chart'] {
    display: grid;
    gap: 0.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--sirene-radius, 4px);
    padding: 0.5rem 0.75rem;
  }
  [part='chart'] svg {
    width: 100%;
    max-width: 26rem;
    height: auto;
    overflow: visible;
  }
  svg .bar {
    fill: var(--_bar);
  }
  svg .whisker {
    stroke: var(--sirene-color-text, #1b1b1b);
    stroke-width: 2;
  }
  svg .track {
    fill: var(--_raised);
  }
  svg text {
    fill: var(--sirene-color-text, #1b1b1b);
    font-size: 12px;
  }
  /* Forced colours (Windows contrast themes) leave SVG paint alone: use system colours. */
  @media (forced-colors: active) {
    /* The key on the map's light ground, as its colours appear on the map. */
    .swatch:not(.far) {
      background-color: #fff;
    }
    svg text {
      fill: CanvasText;
    }
    svg .whisker {
      stroke: CanvasText;
    }
    svg .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    svg .bar {
      fill: Highlight;
    }
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    width: max-content;
    max-width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.15rem 0.4rem;
    border-bottom: 1px solid var(--_raised);
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part='suggestion'] {
    display: grid;
    gap: 0.4rem;
    border-inline-start: 4px solid var(--_bar);
    padding: 0.25rem 0.75rem;
    background: var(--_raised);
  }
  button {
    font: inherit;
    justify-self: start;
    min-height: 2.75rem;
    padding: 0.4rem 1rem;
    border-radius: var(--sirene-radius, 4px);
    border: 1px solid var(--_bar);
    background: var(--_bar);
    color: var(--sirene-color-on-accent, #fff);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--sirene-color-focus, #0050b3);
    outline-offset: 2px;
  }
`;
