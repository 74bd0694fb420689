import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the keyboard focus in an element when one of its renders removes the control that
 * had it — a button that did its job and went, a list that emptied. The browser would put
 * the focus on `<body>`, and a keyboard or screen-reader user would have to find their
 * way back from the top of the page. After such an update `fallback(lost)` names the
 * control that takes its place (or null to leave it), and it gets the focus.
 */
export class FocusRescueController implements ReactiveController {
  #had: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback: (lost: HTMLElement) => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#had = (this.host.shadowRoot?.activeElement as HTMLElement | null) ?? null;
  }

  hostUpdated(): void {
    const had = this.#had;
    this.#had = null;
    if (had && !had.isConnected && !this.host.shadowRoot?.activeElement) {
      this.fallback(had)?.focus();
    }
  }
}
