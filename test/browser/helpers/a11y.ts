// Accessibility assertion for browser tests: runs axe-core (WCAG 2.0/2.1 A and AA rules)
// on an element, shadow roots included, and fails with every violation spelled out.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** Fails when axe finds any WCAG 2.1 A/AA violation in `element`. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  if (results.violations.length > 0) {
    const report = results.violations
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
      )
      .join('\n');
    throw new Error(
      `axe found ${results.violations.length} accessibility violation(s):\n${report}`,
    );
  }
}
